//! Two objects the parser joined as one: "Japan gave the Philippines five patrol vessels" can
//! come out with "vessels" a conjunct of "Philippines", with no "and" and no comma between
//! them, so that the recipient and the thing given read as two recipients and the gift is
//! lost. Edited English joins noun phrases with a conjunction or a comma; after a verb of
//! giving, two noun phrases side by side are its two objects.

use detente_nlp::Token;

/// Verbs that take a recipient and a thing given as two objects.
const GIVING: &[&str] = &[
    "give", "send", "offer", "hand", "sell", "lend", "grant", "award", "promise", "pay", "owe",
    "supply", "deny", "show",
];

/// Whether token `i` is `x` or hangs below it.
fn descends(tokens: &[Token], mut i: usize, x: usize) -> bool {
    for _ in 0..=tokens.len() {
        if i == x {
            return true;
        }
        match tokens.get(i).and_then(|t| t.head.checked_sub(1)) {
            Some(h) => i = h,
            None => return false,
        }
    }
    false
}

/// The tokens with a verb of giving's object and the noun phrase joined to it without a
/// conjunction or a comma made its two objects (the first the recipient, `iobj`), or `None`.
pub fn joined_objects(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let nominal = |i: usize, also: &str| {
        let u = tokens[i].upos.as_str();
        matches!(u, "NOUN" | "PROPN") || u == also
    };
    for x in 0..n {
        if tokens[x].deprel != "conj" || !nominal(x, "NUM") {
            continue;
        }
        let Some(h) = tokens[x].head.checked_sub(1).filter(|&h| h < x) else {
            continue;
        };
        if tokens[h].deprel != "obj" || !nominal(h, "PRON") {
            continue;
        }
        let Some(v) = tokens[h].head.checked_sub(1).filter(|&v| v < h) else {
            continue;
        };
        if tokens[v].upos != "VERB" || !GIVING.contains(&tokens[v].lemma.as_str()) {
            continue;
        }
        let first = (h + 1..=x).find(|&i| descends(tokens, i, x)).unwrap_or(x);
        let joined = (h + 1..first)
            .chain((first..x).filter(|&i| tokens[i].head == x + 1))
            .any(|i| matches!(tokens[i].upos.as_str(), "PUNCT" | "CCONJ"));
        if joined {
            continue;
        }
        let mut out = tokens.to_vec();
        out[h].deprel = "iobj".into();
        out[x].head = v + 1;
        out[x].deprel = "obj".into();
        return Some(out);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn two_noun_phrases_side_by_side_after_give_are_its_two_objects() {
        // Japan gave the Philippines five patrol vessels.
        let s = sent(
            "Japan/PROPN/2/nsubj gave/VERB/0/root/give the/DET/4/det Philippines/PROPN/2/obj \
             five/NUM/7/nummod patrol/NOUN/7/compound vessels/NOUN/4/conj/vessel",
        );
        let out = joined_objects(&s.tokens).expect("repaired");
        assert_eq!(out[3].deprel, "iobj");
        assert_eq!((out[6].head, out[6].deprel.as_str()), (2, "obj"));
        // Joined by "and" or a comma, they are one object of two parts.
        for joined in [
            "Japan/PROPN/2/nsubj gave/VERB/0/root/give Manila/PROPN/2/obj and/CCONJ/5/cc \
             Hanoi/PROPN/3/conj",
            "Japan/PROPN/2/nsubj gave/VERB/0/root/give Manila/PROPN/2/obj ,/PUNCT/5/punct \
             Hanoi/PROPN/3/conj",
        ] {
            assert!(joined_objects(&sent(joined).tokens).is_none(), "{joined}");
        }
        // Not after a verb that takes one object.
        let s = sent(
            "Japan/PROPN/2/nsubj criticised/VERB/0/root/criticise Manila/PROPN/2/obj \
             Hanoi/PROPN/3/conj",
        );
        assert!(joined_objects(&s.tokens).is_none());
    }
}
