//! An infinitive the parser gave to the attribution after it: "European Union foreign
//! ministers agreed on Monday to impose new sanctions …, diplomats said" can come out with
//! "impose" a second complement of "said", beside "agreed", and the agreement's content lost.
//!
//! A report's complement is a clause with a verb of its own; a bare "to" infinitive before the
//! speech verb, with no subject, is no report but the complement of the verb before it. When
//! that verb is itself the speech verb's complement and has no object (an object would make
//! the infinitive a purpose or the object's own act, which this cannot tell apart), the
//! infinitive becomes its `xcomp`, as "agreed to impose" is.
//!
//! So with a gerund after a comma: "forces launched rocket fire against guerrilla camps today,
//! killing or wounding 50, Thai military sources said" can come out with "killing" a complement
//! of "said". A subjectless gerund reports nothing; it tells what the reported act did, and
//! becomes that verb's `advcl`.

use detente_nlp::Token;

use super::{finite, has_kid};

/// The reported verb that non-finite `v`, hung on the speech verb after it, belongs to: the
/// nearest verb before `v`, a finite complement of the same speech verb.
fn reported_verb(tokens: &[Token], v: usize) -> Option<usize> {
    let speech = tokens[v].head.checked_sub(1)?;
    let u = (0..v).rev().find(|&u| tokens[u].upos == "VERB")?;
    (tokens[u].head == speech + 1
        && matches!(tokens[u].deprel.as_str(), "ccomp" | "parataxis")
        && finite(&tokens[u]))
    .then_some(u)
}

/// The tokens with `v` hung on `u` as `rel`.
fn rehang(tokens: &[Token], v: usize, u: usize, rel: &str) -> Vec<Token> {
    let mut out = tokens.to_vec();
    out[v].head = u + 1;
    out[v].deprel = rel.into();
    out
}

/// The tokens with a "to" infinitive hung back on the reported verb before it, or `None`.
pub fn given_to_the_report(tokens: &[Token]) -> Option<Vec<Token>> {
    let v = (1..tokens.len()).find(|&v| {
        let t = &tokens[v];
        let to = &tokens[v - 1];
        t.upos == "VERB"
            && t.xpos == "VB"
            && matches!(t.deprel.as_str(), "ccomp" | "parataxis")
            && to.form.eq_ignore_ascii_case("to")
            && to.head == v + 1
            && t.head > v + 1
            && !has_kid(tokens, v, "nsubj")
    })?;
    let u = reported_verb(tokens, v)?;
    let bare = has_kid(tokens, u, "nsubj") && !has_kid(tokens, u, "obj");
    bare.then(|| rehang(tokens, v, u, "xcomp"))
}

/// The tokens with a gerund after a comma hung back on the reported verb before it, or `None`.
pub fn gerund_given_to_the_report(tokens: &[Token]) -> Option<Vec<Token>> {
    let v = (1..tokens.len()).find(|&v| {
        let t = &tokens[v];
        t.upos == "VERB"
            && t.xpos == "VBG"
            && matches!(t.deprel.as_str(), "ccomp" | "parataxis")
            && tokens[v - 1].form == ","
            && t.head > v + 1
            && !has_kid(tokens, v, "nsubj")
            && !has_kid(tokens, v, "aux")
    })?;
    let speech = tokens[v].head - 1;
    if !crate::speech::is_speech_verb(&tokens[speech].lemma) {
        return None;
    }
    let u = reported_verb(tokens, v)?;
    Some(rehang(tokens, v, u, "advcl"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    const AGREED: &str = "ministers/NOUN/2/nsubj agreed/VERB/10/ccomp/agree/VBD on/ADP/4/case \
         Monday/PROPN/2/obl to/PART/6/mark impose/VERB/10/ccomp/impose/VB \
         sanctions/NOUN/6/obj ,/PUNCT/6/punct diplomats/NOUN/10/nsubj \
         said/VERB/0/root/say/VBD ./PUNCT/10/punct";

    #[test]
    fn an_infinitive_beside_the_reported_verb_is_that_verbs_complement() {
        // ministers agreed on Monday to impose sanctions , diplomats said .
        let s = sent(AGREED);
        let out = given_to_the_report(&s.tokens).expect("repaired");
        assert_eq!((out[5].head, out[5].deprel.as_str()), (2, "xcomp"));
    }

    #[test]
    fn a_gerund_after_the_reported_act_tells_what_it_did() {
        // forces launched fire today , killing 50 , sources said .
        let s = sent(
            "forces/NOUN/2/nsubj launched/VERB/10/ccomp/launch/VBD fire/NOUN/2/obj \
             today/NOUN/2/obl:unmarked ,/PUNCT/6/punct killing/VERB/10/ccomp/kill/VBG \
             50/NUM/6/obj ,/PUNCT/10/punct sources/NOUN/10/nsubj said/VERB/0/root/say/VBD \
             ./PUNCT/10/punct",
        );
        let out = gerund_given_to_the_report(&s.tokens).expect("repaired");
        assert_eq!((out[5].head, out[5].deprel.as_str()), (2, "advcl"));
        // With an auxiliary it is a clause of its own ("…, is killing …").
        let mut own = s.tokens.clone();
        own[6].deprel = "aux".into();
        assert!(gerund_given_to_the_report(&own).is_none());
    }

    #[test]
    fn a_reported_verb_with_an_object_keeps_what_the_parser_gave() {
        // ministers met envoys on Monday to impose … : a purpose or the envoys' act, not told.
        let s = sent(
            "ministers/NOUN/2/nsubj met/VERB/9/ccomp/meet/VBD envoys/NOUN/2/obj \
             to/PART/5/mark impose/VERB/9/ccomp/impose/VB sanctions/NOUN/5/obj \
             ,/PUNCT/5/punct diplomats/NOUN/9/nsubj said/VERB/0/root/say/VBD",
        );
        assert!(given_to_the_report(&s.tokens).is_none());
        // With a subject of its own, the infinitive is a clause of its own ("for them to …").
        let mut own = sent(AGREED).tokens;
        own[8].head = 6;
        assert!(given_to_the_report(&own).is_none());
    }
}
