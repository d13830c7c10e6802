//! Repairs of one parser error that costs whole events: a sentence parsed as a noun phrase.
//!
//! "The two sides agreed to resume talks" sometimes comes out with "sides" as the root and
//! "agreed" as a reduced relative clause on it (`acl`), as if it read "the two sides (that were)
//! agreed …". A reduced relative is passive and takes no object or complement, so when the
//! participle has one ("agreed to resume", "killed five soldiers", "said that …"), has no subject
//! and no auxiliary of its own, and nothing else is the sentence's verb, the active reading is
//! the likely one: the participle becomes the root and the noun its subject. The same holds,
//! object or not, in prose that ends in a full stop ("Senior Hungarian and Romanian officials
//! agreed on Wednesday that …."); headlines such as "Militants killed in Syria" (no object, no
//! full stop) are left alone.

use detente_nlp::Token;

/// The tokens with a noun-root sentence re-rooted on its participle, or `None` when the rule
/// does not apply.
pub fn noun_root(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let roots: Vec<usize> = (0..n).filter(|&i| tokens[i].head == 0).collect();
    let [r] = roots[..] else { return None };
    if !matches!(tokens[r].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    if kids(r).any(|c| matches!(tokens[c].deprel.as_str(), "cop" | "nsubj")) {
        return None;
    }
    let v = kids(r).find(|&c| {
        c > r
            && tokens[c].deprel == "acl"
            && tokens[c].upos == "VERB"
            && matches!(tokens[c].xpos.as_str(), "VBN" | "VBD")
    })?;
    let mut has_complement = false;
    for c in kids(v) {
        let rel = tokens[c].deprel.as_str();
        if rel.starts_with("nsubj") || rel.starts_with("aux") || rel == "mark" {
            return None;
        }
        has_complement |= matches!(rel, "obj" | "xcomp" | "ccomp");
    }
    // A sentence that ends in a full stop is prose, not a headline ("Militants killed in Syria"):
    // there a noun phrase with a past participle is a misread finite verb even without an object.
    let prose = tokens
        .last()
        .is_some_and(|t| t.form == "." && t.head == r + 1)
        && n >= 6;
    if !has_complement && !prose {
        return None;
    }
    let mut out = tokens.to_vec();
    out[v].head = 0;
    out[v].deprel = "root".into();
    out[r].head = v + 1;
    out[r].deprel = "nsubj".into();
    // What hung on the noun after the verb (the final stop, a trailing clause) hangs on the verb.
    for c in kids(r).filter(|&c| c > v).collect::<Vec<_>>() {
        out[c].head = v + 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    fn heads(t: &[Token]) -> Vec<(usize, &str)> {
        t.iter().map(|t| (t.head, t.deprel.as_str())).collect()
    }

    #[test]
    fn a_participle_with_a_complement_becomes_the_verb() {
        let s = sent("The/DET/3/det two/NUM/3/nummod sides/NOUN/0/root agreed/VERB/3/acl/agree to/PART/6/mark resume/VERB/4/xcomp talks/NOUN/6/obj ./PUNCT/3/punct");
        let mut s = s;
        s.tokens[3].xpos = "VBN".into();
        let fixed = noun_root(&s.tokens).expect("repaired");
        assert_eq!(
            heads(&fixed),
            vec![
                (3, "det"),
                (3, "nummod"),
                (4, "nsubj"),
                (0, "root"),
                (6, "mark"),
                (4, "xcomp"),
                (6, "obj"),
                (4, "punct")
            ]
        );
    }

    #[test]
    fn in_prose_a_participle_without_object_is_the_verb_too() {
        // "Senior Bree officials agreed on Wednesday ." — a full stop: prose, not a headline.
        let mut s = sent("Senior/ADJ/3/amod Bree/ADJ/3/amod officials/NOUN/0/root agreed/VERB/3/acl/agree on/ADP/6/case Wednesday/PROPN/4/obl ./PUNCT/3/punct");
        s.tokens[3].xpos = "VBN".into();
        let fixed = noun_root(&s.tokens).expect("repaired");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (4, "nsubj"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (0, "root"));
        assert_eq!(fixed[6].head, 4);
    }

    #[test]
    fn a_passive_headline_and_a_real_relative_clause_stay() {
        // "Militants killed in Syria": no object, the passive reading stands.
        let mut s =
            sent("Militants/NOUN/0/root killed/VERB/1/acl/kill in/ADP/4/case Syria/PROPN/2/obl");
        s.tokens[1].xpos = "VBN".into();
        assert!(noun_root(&s.tokens).is_none());
        // "The deal that leaders signed": a subject of its own.
        let mut s = sent("The/DET/2/det deal/NOUN/0/root leaders/NOUN/4/nsubj signed/VERB/2/acl/sign it/PRON/4/obj");
        s.tokens[3].xpos = "VBD".into();
        assert!(noun_root(&s.tokens).is_none());
    }
}
