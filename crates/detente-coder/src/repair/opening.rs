//! "As they tried to storm parliament, police fired tear gas at them" sometimes comes out with
//! "tried" the root, "police" a conjunct of "parliament" and "fired" a clause on a noun: the main
//! clause is lost inside the opening one. A sentence that opens with a subordinator ("as",
//! "when", "after" …) opens with a clause that is not the main one, and that clause ends at its
//! comma; when the parser made that clause's verb the root, the first finite verb after the
//! comma with no subject of its own is the main verb, and the noun right after the comma its
//! subject.

use detente_nlp::Token;

/// Subordinators that open a sentence with a clause of time, cause or condition.
pub(super) const OPENERS: &[&str] = &[
    "as", "when", "after", "while", "because", "since", "although", "though", "if", "before",
    "once", "until", "whereas",
];

/// The tokens with an opening clause hung on the main verb after its comma, or `None`.
pub fn opening_clause_root(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let first = tokens.first()?;
    if first.upos != "SCONJ" || !OPENERS.contains(&first.form.to_lowercase().as_str()) {
        return None;
    }
    let r = tokens.iter().position(|t| t.head == 0)?;
    if tokens[r].upos != "VERB" || first.head != r + 1 {
        return None;
    }
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    // The opening clause's comma, after its verb.
    let comma = (r + 1..n).find(|&i| tokens[i].form == ",")?;
    // The subject: the first word after the comma, a noun or pronoun the parser hung before it.
    let s = comma + 1;
    let nominal = |i: usize| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN" | "PRON");
    if s >= n || !nominal(s) || tokens[s].head == 0 || tokens[s].head > comma {
        return None;
    }
    // The main verb: the first finite verb after it, with no subject of its own, in the
    // subject's reach (its own phrase may come between: "police in response fired"). A
    // regular past participle is spelt as the past tense the tagger may have missed.
    let v = (s + 1..n.min(s + 8)).find(|&i| {
        tokens[i].upos == "VERB"
            && match tokens[i].xpos.as_str() {
                "VBD" | "VBZ" | "VBP" => true,
                "VBN" => tokens[i].form.ends_with("ed"),
                _ => false,
            }
    })?;
    if kids(v).any(|c| tokens[c].deprel.starts_with("nsubj") || tokens[c].deprel.starts_with("aux"))
        || (s + 1..v).any(|i| !super::within(tokens, i, s))
    {
        return None;
    }
    let mut out = tokens.to_vec();
    out[v].head = 0;
    out[v].deprel = "root".into();
    out[s].head = v + 1;
    out[s].deprel = "nsubj".into();
    out[r].head = v + 1;
    out[r].deprel = "advcl".into();
    out[comma].head = v + 1;
    out[comma].deprel = "punct".into();
    // What hung on the old root after the main verb (the final stop) hangs on the main verb.
    for c in kids(r).filter(|&c| c > v) {
        out[c].head = v + 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn an_opening_clause_read_as_the_root_hangs_on_the_verb_after_its_comma() {
        // "As they tried to storm parliament , police in response fired tear gas at them ."
        let mut s = sent("As/SCONJ/3/mark they/PRON/3/nsubj tried/VERB/0/root/try to/PART/5/mark storm/VERB/3/xcomp/storm parliament/NOUN/5/obj ,/PUNCT/8/punct police/NOUN/6/conj in/ADP/10/case response/NOUN/8/nmod fired/VERB/10/acl/fire gas/NOUN/11/obj ./PUNCT/3/punct");
        s.tokens[10].xpos = "VBN".into();
        let out = opening_clause_root(&s.tokens).expect("repaired");
        assert_eq!((out[10].head, out[10].deprel.as_str()), (0, "root"));
        assert_eq!((out[7].head, out[7].deprel.as_str()), (11, "nsubj"));
        assert_eq!((out[2].head, out[2].deprel.as_str()), (11, "advcl"));
        assert_eq!(out[12].head, 11);
    }

    #[test]
    fn a_main_clause_the_parser_found_is_left_alone() {
        // "As talks stalled , Iran fired missiles": "fired" is the root already.
        let mut s = sent("As/SCONJ/3/mark talks/NOUN/3/nsubj stalled/VERB/6/advcl/stall ,/PUNCT/6/punct Iran/PROPN/6/nsubj fired/VERB/0/root/fire missiles/NOUN/6/obj");
        s.tokens[5].xpos = "VBD".into();
        assert!(opening_clause_root(&s.tokens).is_none());
        // No subordinator: "They tried to storm parliament , police …" is another matter.
        let mut s = sent("They/PRON/2/nsubj tried/VERB/0/root/try to/PART/4/mark storm/VERB/2/xcomp/storm parliament/NOUN/4/obj ,/PUNCT/7/punct police/NOUN/5/conj fired/VERB/7/acl/fire gas/NOUN/8/obj");
        s.tokens[7].xpos = "VBD".into();
        assert!(opening_clause_root(&s.tokens).is_none());
    }
}
