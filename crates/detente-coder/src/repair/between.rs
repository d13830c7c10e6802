//! "Heavy fighting broke out in Khartoum between Sudan's army and the RSF" often comes out with
//! the "between" phrase on the verb. A verb without an object that says something happened
//! (broke out, erupted, continued, was held) relates no two parties itself: the parties are
//! its subject's, "fighting between Sudan's army and the RSF", where an event noun's patterns
//! look for them. So a "between" phrase of such a verb, whose subject is a common noun, is hung
//! on that noun.

use detente_nlp::Token;

/// Verbs that say an event happened or goes on, and nothing of its parties. Verbs of its
/// fortunes ("talks have cooled between …", "collapsed") are left alone: the words say less
/// that it took place.
const HAPPENING: &[&str] = &[
    "break",
    "erupt",
    "flare",
    "continue",
    "resume",
    "rage",
    "intensify",
    "escalate",
    "occur",
    "happen",
    "begin",
    "start",
    "take",
    "ensue",
    "persist",
    "spread",
    "unfold",
    "hold",
];

/// The tokens with a "between" phrase of a subject noun's verb hung on the noun, or `None`.
pub fn between_on_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let mut out: Option<Vec<Token>> = None;
    for (v, tv) in tokens.iter().enumerate() {
        if tv.upos != "VERB" || !HAPPENING.contains(&tv.lemma.to_lowercase().as_str()) {
            continue;
        }
        let kids = || (0..tokens.len()).filter(move |&i| tokens[i].head == v + 1);
        if kids().any(|c| {
            matches!(
                tokens[c].deprel.as_str(),
                "obj" | "iobj" | "ccomp" | "xcomp"
            )
        }) {
            continue;
        }
        let Some(s) =
            kids().find(|&c| tokens[c].deprel.starts_with("nsubj") && tokens[c].upos == "NOUN")
        else {
            continue;
        };
        let between = kids().find(|&c| {
            tokens[c].deprel == "obl"
                && (0..tokens.len()).any(|m| {
                    tokens[m].head == c + 1
                        && tokens[m].deprel == "case"
                        && tokens[m].form.eq_ignore_ascii_case("between")
                })
        });
        if let Some(b) = between {
            let fixed = out.get_or_insert_with(|| tokens.to_vec());
            fixed[b].head = s + 1;
            fixed[b].deprel = "nmod".into();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn a_between_phrase_of_an_occurrence_is_its_subjects() {
        // "Fighting broke out between Sudan and Chad": "between" hangs on "Fighting".
        let s = sent("Fighting/NOUN/2/nsubj broke/VERB/0/root/break out/ADP/2/compound:prt between/ADP/5/case Sudan/PROPN/2/obl and/CCONJ/7/cc Chad/PROPN/5/conj");
        let fixed = between_on_subject(&s.tokens).expect("repaired");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (1, "nmod"));
        // A verb with an object relates its own parties: "Qatar mediated talks between Israel
        // and Hamas" is the talks' anyway; "Qatar brokered a deal between …" keeps its tree.
        let s = sent("Talks/NOUN/2/nsubj produced/VERB/0/root/produce a/DET/4/det deal/NOUN/2/obj between/ADP/6/case Sudan/PROPN/2/obl");
        assert!(between_on_subject(&s.tokens).is_none());
        // A named subject acts itself: "Russia stood between Ukraine and peace".
        let s = sent("Russia/PROPN/2/nsubj continued/VERB/0/root/continue between/ADP/4/case Ukraine/PROPN/2/obl");
        assert!(between_on_subject(&s.tokens).is_none());
        // A verb of the event's fortunes says less that it took place.
        let s =
            sent("Talks/NOUN/2/nsubj cooled/VERB/0/root/cool between/ADP/4/case Sudan/PROPN/2/obl");
        assert!(between_on_subject(&s.tokens).is_none());
    }
}
