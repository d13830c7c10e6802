//! Verbs in a series the parser took into the object before them: "Niger expelled French
//! troops, suspended cooperation with Paris and recalled its ambassador".
//!
//! News lists a party's acts as verb phrases joined by commas and "and". The parser sometimes
//! hangs a middle one on the object of the first: a finite verb as a conjunct of that noun
//! ("expels French troops, suspends cooperation with Paris", a headline), or a past form read
//! as a participle on the next noun, in apposition to the object ("…, suspended cooperation
//! with Paris and recalled …"). A noun has no finite verb as its conjunct, and a participle
//! between a comma and a noun, in a list whose last verb is a past form conjoined to the first,
//! is one more past verb of that list: each becomes a conjunct of the first verb, with its own
//! object. So does a finite verb with an object of its own and no subject that the parser
//! joined to a word deeper in the phrase of an earlier verb ("vowed to punish those
//! responsible and accused the opposition of …", "accused" a conjunct of "responsible"): it
//! joins the nearest verb above that word in the same tense. A finite verb after a comma that
//! the parser made a `parataxis` of the verb before it, in the same tense, with an object and
//! no subject of its own ("expels French troops, suspends cooperation"), is that verb's
//! conjunct too: a clause set beside another has its own subject, a verb phrase of a list
//! shares the first one's.

use detente_nlp::Token;

use super::{finite, has_kid};

/// The tokens with the verbs of a series hung back on its first verb, or `None`.
pub fn verbs_in_series(tokens: &[Token]) -> Option<Vec<Token>> {
    let mut out: Option<Vec<Token>> = None;
    let n = tokens.len();
    for c in 1..n {
        let cur = out.as_deref().unwrap_or(tokens);
        let Some((verb, object)) = conjoined_to_object(cur, c)
            .or_else(|| listed_participle(cur, c))
            .or_else(|| conjoined_below(cur, c))
            .or_else(|| set_beside(cur, c))
        else {
            continue;
        };
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[c].head = verb + 1;
        fixed[c].deprel = "conj".into();
        if let Some(o) = object {
            fixed[o].head = c + 1;
            fixed[o].deprel = "obj".into();
        }
    }
    out
}

/// The head of the object of a verb, when `x` is one: `(verb, x)`.
fn object_of_verb(tokens: &[Token], x: usize) -> Option<usize> {
    let t = tokens.get(x)?;
    let v = t.head.checked_sub(1)?;
    (matches!(t.upos.as_str(), "NOUN" | "PROPN")
        && t.deprel == "obj"
        && tokens.get(v)?.upos == "VERB")
        .then_some(v)
}

/// "expels French troops, suspends cooperation": finite verb `c`, after a comma, a conjunct of
/// the object before it. Its verb, and no object to move (the verb keeps its own).
fn conjoined_to_object(tokens: &[Token], c: usize) -> Option<(usize, Option<usize>)> {
    let t = &tokens[c];
    if !finite(t) || t.deprel != "conj" || tokens[c - 1].form != "," {
        return None;
    }
    let o = t.head.checked_sub(1).filter(|&o| o < c)?;
    let v = object_of_verb(tokens, o)?;
    // A series keeps its tense: "expels …, suspends …".
    (finite(&tokens[v]) && tokens[v].xpos == t.xpos).then_some((v, None))
}

/// "expels French troops, suspends cooperation": finite verb `c`, after a comma, a subjectless
/// `parataxis` with an object, of a verb in the same tense that has its object before the
/// comma. That verb, and no object to move.
fn set_beside(tokens: &[Token], c: usize) -> Option<(usize, Option<usize>)> {
    let t = &tokens[c];
    if !finite(t) || t.deprel != "parataxis" || tokens[c - 1].form != "," {
        return None;
    }
    let v = t.head.checked_sub(1).filter(|&v| v < c)?;
    let kid = |h: usize, rel: &str, range: std::ops::Range<usize>| {
        range
            .into_iter()
            .any(|k| tokens[k].head == h + 1 && tokens[k].deprel.split(':').next() == Some(rel))
    };
    let n = tokens.len();
    let own_subject = has_kid(tokens, c, "nsubj") || has_kid(tokens, c, "expl");
    let listed = kid(c, "obj", c + 1..n) && kid(v, "obj", v + 1..c);
    (finite(&tokens[v]) && tokens[v].xpos == t.xpos && !own_subject && listed).then_some((v, None))
}

/// "vowed to punish those responsible and accused the opposition": finite verb `c`, after "and"
/// or a comma, with an object and no subject, a conjunct of a word that is no verb. The nearest
/// verb above that word in the same tense, and no object to move.
fn conjoined_below(tokens: &[Token], c: usize) -> Option<(usize, Option<usize>)> {
    // Phrases inside a verb phrase are not deep: a few steps reach its verb.
    const REACH: usize = 6;
    let t = &tokens[c];
    let joined = matches!(tokens[c - 1].form.as_str(), "and" | ",");
    if !finite(t) || t.deprel != "conj" || !joined {
        return None;
    }
    let kid = |rel: &str| tokens.iter().any(|k| k.head == c + 1 && k.deprel == rel);
    if kid("nsubj") || !kid("obj") {
        return None;
    }
    let mut a = t.head.checked_sub(1).filter(|&h| h < c)?;
    if matches!(tokens[a].upos.as_str(), "VERB" | "AUX") {
        return None;
    }
    for _ in 0..REACH {
        a = tokens[a].head.checked_sub(1)?;
        let u = &tokens[a];
        if finite(u) && u.xpos == t.xpos {
            return Some((a, None));
        }
    }
    None
}

/// "expelled French troops, suspended cooperation with Paris and recalled …": past form `c`
/// right after a comma, an adjective on the noun after it, which stands in apposition to the
/// object of a past verb that a later past verb is conjoined to. The first verb, and the noun
/// as the participle's object.
fn listed_participle(tokens: &[Token], c: usize) -> Option<(usize, Option<usize>)> {
    let t = &tokens[c];
    if t.upos != "VERB" || t.xpos != "VBN" || t.deprel != "amod" || tokens[c - 1].form != "," {
        return None;
    }
    let noun = t.head.checked_sub(1).filter(|&h| h == c + 1)?;
    if tokens[noun].deprel != "appos" {
        return None;
    }
    let o = tokens[noun].head.checked_sub(1).filter(|&o| o < c)?;
    let v = object_of_verb(tokens, o)?;
    let past = |i: usize| tokens[i].upos == "VERB" && tokens[i].xpos == "VBD";
    let last = (noun + 1..tokens.len())
        .any(|k| past(k) && tokens[k].deprel == "conj" && tokens[k].head == v + 1);
    (past(v) && last).then_some((v, Some(noun)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn a_finite_verb_conjoined_to_an_object_is_the_first_verbs_conjunct() {
        // Niger junta expels French troops , suspends cooperation with Paris
        let s = sent(
            "Niger/PROPN/3/nsubj junta/NOUN/1/flat expels/VERB/0/root/expel/VBZ \
             French/ADJ/5/amod troops/NOUN/3/obj ,/PUNCT/7/punct \
             suspends/VERB/5/conj/suspend/VBZ cooperation/NOUN/7/obj with/ADP/10/case \
             Paris/PROPN/8/nmod",
        );
        let out = verbs_in_series(&s.tokens).expect("repaired");
        assert_eq!((out[6].head, out[6].deprel.as_str()), (3, "conj"));
        assert_eq!(out[7].head, 7, "the verb keeps its object");
        // Two nouns joined by a comma are left alone.
        let s = sent(
            "Niger/PROPN/2/nsubj expels/VERB/0/root/expel/VBZ troops/NOUN/2/obj ,/PUNCT/5/punct \
             diplomats/NOUN/3/conj",
        );
        assert!(verbs_in_series(&s.tokens).is_none());
    }

    #[test]
    fn a_subjectless_verb_set_beside_the_first_with_its_object_is_its_conjunct() {
        // Niger junta expels French troops , suspends cooperation with Paris
        let words = |seventh: &str| {
            format!(
                "Niger/PROPN/2/compound junta/NOUN/3/nsubj expels/VERB/0/root/expel/VBZ \
                 French/ADJ/5/amod troops/NOUN/3/obj ,/PUNCT/7/punct \
                 suspends/VERB/3/parataxis/suspend/VBZ {seventh} with/ADP/10/case \
                 Paris/PROPN/8/nmod"
            )
        };
        let s = sent(&words("cooperation/NOUN/7/obj"));
        let out = verbs_in_series(&s.tokens).expect("repaired");
        assert_eq!((out[6].head, out[6].deprel.as_str()), (3, "conj"));
        assert_eq!(out[7].head, 7, "the verb keeps its object");
        // With a subject of its own it is a clause of its own: "…, Paris suspends …".
        let own =
            words("cooperation/NOUN/7/obj").replace("Paris/PROPN/8/nmod", "Paris/PROPN/7/nsubj");
        assert!(verbs_in_series(&sent(&own).tokens).is_none());
        // In another tense it is no verb of the same list.
        let other = words("cooperation/NOUN/7/obj").replace("suspend/VBZ", "suspend/VBD");
        assert!(verbs_in_series(&sent(&other).tokens).is_none());
    }

    #[test]
    fn a_finite_verb_conjoined_deep_in_a_phrase_joins_the_verb_above_in_its_tense() {
        // Erdogan vowed to punish those responsible and accused the opposition .
        let s = sent(
            "Erdogan/PROPN/2/nsubj vowed/VERB/0/root/vow/VBD to/PART/4/mark \
             punish/VERB/2/advcl/punish/VB those/DET/4/obj responsible/ADJ/5/amod \
             and/CCONJ/8/cc accused/VERB/6/conj/accuse/VBD the/DET/10/det \
             opposition/NOUN/8/obj ./PUNCT/2/punct",
        );
        let out = verbs_in_series(&s.tokens).expect("repaired");
        assert_eq!((out[7].head, out[7].deprel.as_str()), (2, "conj"));
        // With a subject of its own it is a clause of the noun's ("the man who left and
        // Smith praised") and is left alone.
        let mut own = s.tokens.clone();
        own[8].head = 8;
        own[8].deprel = "nsubj".into();
        own[9].head = 8;
        assert!(verbs_in_series(&own).is_none());
    }

    #[test]
    fn a_participle_between_a_comma_and_a_noun_in_a_list_of_past_verbs_is_one_of_them() {
        // Niger expelled French troops , suspended cooperation with Paris and recalled its
        // ambassador .
        let list = "Niger/PROPN/2/nsubj expelled/VERB/0/root/expel/VBD French/ADJ/4/amod \
             troops/NOUN/2/obj ,/PUNCT/7/punct suspended/VERB/7/amod/suspend/VBN \
             cooperation/NOUN/4/appos with/ADP/9/case Paris/PROPN/7/obl";
        let s = sent(&format!(
            "{list} and/CCONJ/11/cc recalled/VERB/2/conj/recall/VBD its/PRON/13/nmod:poss \
             ambassador/NOUN/11/obj ./PUNCT/2/punct"
        ));
        let out = verbs_in_series(&s.tokens).expect("repaired");
        assert_eq!((out[5].head, out[5].deprel.as_str()), (2, "conj"));
        assert_eq!((out[6].head, out[6].deprel.as_str()), (6, "obj"));
        // Without a last past verb in the list, "troops, trained soldiers" stays a noun phrase.
        let s = sent(&format!("{list} ./PUNCT/2/punct"));
        assert!(verbs_in_series(&s.tokens).is_none());
    }
}
