//! "Thousands of protesters gathered outside parliament as lawmakers debated the bill" can come
//! out with "debated" the root, both "Thousands" and "lawmakers" its subjects, "as" a
//! preposition and "gathered" a clause on "Thousands": the main clause is lost inside the
//! closing one, and the protesters become what someone gathered. A root with two subjects, the
//! second right after a subordinator ("as", "while", "when" …), and a past verb with no subject
//! of its own hung on the first subject before that subordinator: the past verb is the main
//! verb, the first subject its own, and the root the closing clause's verb.

use detente_nlp::Token;

/// The tokens with a closing clause read as the root hung on the main verb before it, or
/// `None`.
pub fn closing_clause_root(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let r = tokens.iter().position(|t| t.head == 0)?;
    if tokens[r].upos != "VERB" || !matches!(tokens[r].xpos.as_str(), "VBD" | "VBZ" | "VBP") {
        return None;
    }
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let a = kids(r).find(|&c| tokens[c].deprel == "nsubj")?;
    // The closing clause's subject: a noun phrase that ends right before the root, opened by
    // a subordinator (which the parser may have read as the noun's preposition).
    let b = r.checked_sub(1)?;
    if b <= a || !matches!(tokens[b].upos.as_str(), "NOUN" | "PROPN" | "PRON") {
        return None;
    }
    let mut start = b;
    while start > a + 1 && super::within(tokens, start - 1, b) && tokens[start - 1].deprel != "case"
    {
        start -= 1;
    }
    let m = start.checked_sub(1)?;
    let opener = matches!(tokens[m].upos.as_str(), "ADP" | "SCONJ")
        && super::opening::OPENERS.contains(&tokens[m].form.to_lowercase().as_str());
    if m <= a || !opener {
        return None;
    }
    // The main verb: a past form on the first subject's phrase, before the subordinator, that
    // says what the subject did (no subject or auxiliary of its own, no "by" agent).
    let v = (a + 1..m).find(|&c| {
        tokens[c].deprel == "acl"
            && tokens[c].upos == "VERB"
            && matches!(tokens[c].xpos.as_str(), "VBD" | "VBN")
            && (tokens[c].head == a + 1
                || tokens[c]
                    .head
                    .checked_sub(1)
                    .is_some_and(|h| super::within(tokens, h, a)))
            && !kids(c).any(|g| {
                let rel = tokens[g].deprel.as_str();
                rel.starts_with("nsubj")
                    || rel.starts_with("aux")
                    || rel == "obl:agent"
                    || (g < m && kids(g).any(|k| tokens[k].form.eq_ignore_ascii_case("by")))
            })
    })?;
    let mut out = tokens.to_vec();
    out[v].head = 0;
    out[v].deprel = "root".into();
    out[v].xpos = "VBD".into();
    out[a].head = v + 1;
    out[a].deprel = "nsubj".into();
    out[r].head = v + 1;
    out[r].deprel = "advcl".into();
    out[m].head = r + 1;
    out[m].deprel = "mark".into();
    out[m].upos = "SCONJ".into();
    out[b].head = r + 1;
    out[b].deprel = "nsubj".into();
    // What the parser hung on the old root between the two clauses belongs to the main one.
    for c in kids(r).filter(|&c| a < c && c < m) {
        out[c].head = v + 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn a_closing_clause_read_as_the_root_hangs_on_the_verb_before_it() {
        // "Thousands of protesters gathered outside parliament as lawmakers debated the bill ."
        let mut s = sent("Thousands/NOUN/9/nsubj of/ADP/3/case protesters/NOUN/1/nmod gathered/VERB/1/acl/gather outside/ADP/6/case parliament/NOUN/4/obl as/ADP/8/case lawmakers/NOUN/9/nsubj debated/VERB/0/root/debate the/DET/11/det bill/NOUN/9/obj ./PUNCT/9/punct");
        s.tokens[3].xpos = "VBD".into();
        s.tokens[8].xpos = "VBD".into();
        let out = closing_clause_root(&s.tokens).expect("repaired");
        assert_eq!((out[3].head, out[3].deprel.as_str()), (0, "root"));
        assert_eq!((out[0].head, out[0].deprel.as_str()), (4, "nsubj"));
        assert_eq!((out[8].head, out[8].deprel.as_str()), (4, "advcl"));
        assert_eq!((out[6].head, out[6].deprel.as_str()), (9, "mark"));
        assert_eq!((out[7].head, out[7].deprel.as_str()), (9, "nsubj"));
    }

    #[test]
    fn a_closing_subject_read_as_an_oblique_is_the_closing_clauses() {
        // "Hundreds of people marched through the capital as parliament voted on the bill ."
        let mut s = sent("Hundreds/NOUN/10/nsubj of/ADP/3/case people/NOUN/1/nmod marched/VERB/3/acl/march through/ADP/7/case the/DET/7/det capital/NOUN/4/obl as/ADP/9/case parliament/NOUN/4/obl voted/VERB/0/root/vote on/ADP/13/case the/DET/13/det bill/NOUN/10/obl ./PUNCT/10/punct");
        s.tokens[3].xpos = "VBN".into();
        s.tokens[9].xpos = "VBD".into();
        let out = closing_clause_root(&s.tokens).expect("repaired");
        assert_eq!((out[3].head, out[3].deprel.as_str()), (0, "root"));
        assert_eq!((out[0].head, out[0].deprel.as_str()), (4, "nsubj"));
        assert_eq!((out[8].head, out[8].deprel.as_str()), (10, "nsubj"));
        assert_eq!((out[9].head, out[9].deprel.as_str()), (4, "advcl"));
    }

    #[test]
    fn a_root_with_one_subject_or_a_passive_clause_stays() {
        // A noun root: "Thousands gathered … as lawmakers debated" read as a title.
        let mut s = sent("Thousands/NOUN/0/root gathered/VERB/1/acl/gather as/ADP/4/case lawmakers/NOUN/5/nsubj debated/VERB/1/acl/debate");
        s.tokens[1].xpos = "VBD".into();
        assert!(closing_clause_root(&s.tokens).is_none());
        // No subordinator: "Thousands of protesters gathered outside parliament, lawmakers
        // said" is an attribution, another repair's.
        let mut s = sent("Thousands/NOUN/9/nsubj of/ADP/3/case protesters/NOUN/1/nmod gathered/VERB/1/acl/gather outside/ADP/6/case parliament/NOUN/4/obl ,/PUNCT/9/punct lawmakers/NOUN/9/nsubj said/VERB/0/root/say ./PUNCT/9/punct");
        s.tokens[3].xpos = "VBD".into();
        s.tokens[8].xpos = "VBD".into();
        assert!(closing_clause_root(&s.tokens).is_none());
        // "Hundreds of people killed by the blast were mourned as officials spoke": a clause
        // with its agent is what was done to them.
        let mut s = sent("Hundreds/NOUN/8/nsubj of/ADP/3/case people/NOUN/1/nmod killed/VERB/1/acl/kill by/ADP/6/case blast/NOUN/4/obl as/ADP/8/case officials/NOUN/9/nsubj spoke/VERB/0/root/speak");
        s.tokens[3].xpos = "VBN".into();
        s.tokens[8].xpos = "VBD".into();
        assert!(closing_clause_root(&s.tokens).is_none());
    }
}
