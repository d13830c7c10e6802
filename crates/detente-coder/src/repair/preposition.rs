//! A preposition the parser hung on the first noun of a compound: "marched against German
//! weapons deliveries to Ukraine" comes out with "against" on "weapons" and "deliveries" the
//! object of "marched", so that the protest has no "against" phrase and the deliveries'
//! "to Ukraine" reads as its target. A preposition opens the whole noun phrase; in UD English
//! no object takes one.

use detente_nlp::Token;

/// The tokens with a compound's preposition moved to the compound's head, the verb's object,
/// which becomes an oblique; or `None`. Common nouns only (a name may hold a preposition of its
/// own: "the Office of Vice Presidency"), with no punctuation inside and no coordination on
/// the first noun ("with the speed and shutter settings").
pub fn compound_preposition(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    for p in 0..n {
        if tokens[p].deprel != "case" || tokens[p].upos != "ADP" {
            continue;
        }
        let Some(x) = tokens[p].head.checked_sub(1).filter(|&x| x > p && x < n) else {
            continue;
        };
        let Some(h) = tokens[x].head.checked_sub(1).filter(|&h| h > x && h < n) else {
            continue;
        };
        let verb = tokens[h]
            .head
            .checked_sub(1)
            .is_some_and(|v| tokens.get(v).is_some_and(|t| t.upos == "VERB"));
        let plain = (p + 1..h).all(|i| tokens[i].upos != "PUNCT");
        let joined = kids(x).any(|c| matches!(tokens[c].deprel.as_str(), "conj" | "cc"));
        if tokens[x].deprel != "compound"
            || tokens[x].upos != "NOUN"
            || tokens[h].upos != "NOUN"
            || tokens[h].deprel != "obj"
            || !verb
            || !plain
            || joined
        {
            continue;
        }
        let mut out = tokens.to_vec();
        out[p].head = h + 1;
        out[h].deprel = "obl".into();
        return Some(out);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn a_preposition_on_a_compounds_first_noun_opens_the_whole_phrase() {
        // Protesters marched against German weapons deliveries to Ukraine.
        let s = sent(
            "Protesters/NOUN/2/nsubj marched/VERB/0/root/march against/ADP/5/case \
             German/ADJ/5/amod weapons/NOUN/6/compound deliveries/NOUN/2/obj to/ADP/8/case \
             Ukraine/PROPN/6/nmod",
        );
        let out = compound_preposition(&s.tokens).expect("repaired");
        assert_eq!(out[2].head, 6);
        assert_eq!((out[5].head, out[5].deprel.as_str()), (2, "obl"));
        // Not in a name, and not across coordination.
        let s = sent(
            "They/PRON/2/nsubj held/VERB/0/root/hold the/DET/4/det Office/PROPN/2/obj \
             of/ADP/7/case Vice/PROPN/7/compound Presidency/PROPN/4/nmod",
        );
        assert!(compound_preposition(&s.tokens).is_none());
        let s = sent(
            "It/PRON/2/nsubj has/VERB/0/root/have with/ADP/4/case speed/NOUN/7/compound \
             and/CCONJ/6/cc shutter/NOUN/4/conj settings/NOUN/2/obj",
        );
        assert!(compound_preposition(&s.tokens).is_none());
    }
}
