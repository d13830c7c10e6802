//! A past verb read as an adjective on its object: "Riot police used water cannon and tear gas
//! to disperse protesters" comes out with "used" a participle ("used cars") on "cannon", the
//! noun phrase the root, and "police" its subject or a compound of it.
//!
//! A sentence is no noun phrase with a subject. When its root is a noun with no copula, and a
//! past form modifying that noun stands right after the noun the root takes as subject or
//! compound, that form is the sentence's verb, the noun before it its subject and the root its
//! object; what hangs on the root after the object's own words (a time, a purpose, the final
//! stop) hangs on the verb. So too when the parser made the subject the root and the object a
//! bare `nmod` of it, with the past form on the object.
//!
//! The reverse: "accused foreign-backed networks of …" sometimes comes out with "backed" a
//! verb whose object is "networks". A past form joined by a hyphen to the word before it
//! ("Iran-backed", "state-run") is one adjective with that word: the noun it took as object
//! takes its place in the sentence, and it modifies the noun.
//!
//! A verb marks nothing: "… arrested three U.S. citizens and two Spaniards accused of plotting
//! to assassinate …" can come out with "accused" a `mark` of the closing "said", and "plotting"
//! that verb's clause. A past participle right after a noun, read as a `mark`, `cc` or `det`, is
//! a reduced relative on the noun, and the clause hung on the same word right after it ("of
//! plotting …") is the participle's.

use detente_nlp::Token;

/// The tokens with every hyphened past form that took the noun after it as its object made
/// that noun's modifier, or `None`.
pub fn hyphened_participle(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let mut out: Option<Vec<Token>> = None;
    for c in 2..n {
        let cur = out.as_deref().unwrap_or(tokens);
        let (t, hyphen, word) = (&cur[c], &cur[c - 1], &cur[c - 2]);
        let glued = hyphen.form == "-" && word.end == hyphen.start && hyphen.end == t.start;
        if !glued || t.upos != "VERB" || t.xpos != "VBN" {
            continue;
        }
        // The object is the noun right after it, with nothing between but its own words.
        let Some(o) = (c + 1..n).find(|&o| cur[o].head == c + 1 && cur[o].deprel == "obj") else {
            continue;
        };
        if !(c + 1..o).all(|i| cur[i].head == o + 1) {
            continue;
        }
        let (head, rel) = (cur[c].head, cur[c].deprel.clone());
        // What else it took after the noun ("of trying to …") is the sentence's.
        let after: Vec<usize> = (o + 1..n).filter(|&k| cur[k].head == c + 1).collect();
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[o].head = head;
        fixed[o].deprel = match rel.as_str() {
            "xcomp" | "ccomp" => "obj".into(),
            _ => rel,
        };
        fixed[c].head = o + 1;
        fixed[c].deprel = "amod".into();
        let parent = if head == 0 { o + 1 } else { head };
        for k in after {
            fixed[k].head = parent;
        }
    }
    out
}

/// The tokens with every past participle read as a function word after a noun made the noun's
/// `acl`, or `None`.
pub fn participle_read_as_marker(tokens: &[Token]) -> Option<Vec<Token>> {
    const REACH: usize = 4;
    let n = tokens.len();
    let mut out: Option<Vec<Token>> = None;
    for c in 1..n {
        let cur = out.as_deref().unwrap_or(tokens);
        let t = &cur[c];
        let marker = matches!(t.deprel.as_str(), "mark" | "cc" | "det");
        let after_noun = matches!(cur[c - 1].upos.as_str(), "NOUN" | "PROPN");
        if t.upos != "VERB" || t.xpos != "VBN" || !marker || !after_noun {
            continue;
        }
        let old = t.head;
        // The clause right after it: the first word after it on the same head, with every word
        // between in that word's own phrase.
        // Its first words ("of plotting") are near: a bound that keeps a 10,000-word sentence
        // linear.
        let clause = (c + 1..n.min(c + 1 + REACH))
            .find(|&k| cur[k].head == old)
            .filter(|&k| {
                matches!(cur[k].deprel.as_str(), "advcl" | "xcomp" | "obl")
                    && (c + 1..k).all(|i| super::near(cur, i, k, REACH))
            });
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[c].head = c;
        fixed[c].deprel = "acl".into();
        if let Some(k) = clause {
            fixed[k].head = c + 1;
        }
    }
    out
}

/// The tokens with past form `p` made the root, a past tense, with subject `s` and object `o`.
fn past_verb(tokens: &[Token], p: usize, s: usize, o: usize) -> Vec<Token> {
    let mut out = tokens.to_vec();
    out[p].head = 0;
    out[p].deprel = "root".into();
    out[p].xpos = "VBD".into();
    out[s].head = p + 1;
    out[s].deprel = "nsubj".into();
    out[o].head = p + 1;
    out[o].deprel = "obj".into();
    out
}

/// The tokens with the past verb restored, or `None`.
pub fn verb_read_as_modifier(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let r = (0..n).find(|&i| tokens[i].head == 0)?;
    if !matches!(tokens[r].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    if kids(r).any(|c| matches!(tokens[c].deprel.as_str(), "cop" | "aux" | "mark")) {
        return None;
    }
    let p = kids(r).find(|&p| {
        p > 0
            && p < r
            && tokens[p].deprel == "amod"
            && tokens[p].upos == "VERB"
            && matches!(tokens[p].xpos.as_str(), "VBN" | "VBD")
    })?;
    let s = p - 1;
    let subject = tokens[s].head == r + 1
        && matches!(tokens[s].deprel.as_str(), "nsubj" | "compound")
        && matches!(tokens[s].upos.as_str(), "NOUN" | "PROPN");
    // The verb takes no words of its own as a participle would ("used by the army").
    if !subject || kids(p).next().is_some() {
        return None;
    }
    let mut out = past_verb(tokens, p, s, r);
    for c in kids(r) {
        let after = c > r && matches!(tokens[c].deprel.as_str(), "obl" | "advcl" | "punct");
        if after || (c < p && c != s) {
            out[c].head = p + 1;
        }
    }
    Some(out)
}

/// The same verb when the parser made its subject the root instead, with the object hung on
/// it as a bare `nmod` and the past form on the object: "Georgian riot police used water
/// cannon and tear gas on Tuesday to disperse protesters" with "police" the root. The past
/// form right after the root noun is the verb, the root its subject and the `nmod` its object;
/// a time, a purpose or the final stop hung on either goes to the verb.
pub fn verb_after_root_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let r = (0..n).find(|&i| tokens[i].head == 0)?;
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let nominal = |i: usize| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN");
    if !nominal(r) || kids(r).any(|c| matches!(tokens[c].deprel.as_str(), "cop" | "aux" | "mark")) {
        return None;
    }
    let p = r + 1;
    let past = tokens.get(p).is_some_and(|t| {
        t.deprel == "amod" && t.upos == "VERB" && matches!(t.xpos.as_str(), "VBN" | "VBD")
    });
    let o = tokens.get(p)?.head.checked_sub(1)?;
    let object = o > p
        && tokens[o].head == r + 1
        && tokens[o].deprel == "nmod"
        && nominal(o)
        && !kids(o).any(|c| tokens[c].deprel == "case");
    if !past || !object || kids(p).next().is_some() {
        return None;
    }
    let mut out = past_verb(tokens, p, r, o);
    for c in kids(r).chain(kids(o)) {
        let after = c > o && matches!(tokens[c].deprel.as_str(), "obl" | "advcl" | "punct");
        if after {
            out[c].head = p + 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn a_past_form_after_the_subject_on_the_object_is_the_verb() {
        // Riot police used water cannon to disperse protesters .
        let s = sent(
            "Riot/PROPN/2/compound police/NOUN/4/nsubj used/VERB/4/amod/use/VBN \
             water_cannon/NOUN/0/root to/PART/6/mark disperse/VERB/4/advcl/disperse/VB \
             protesters/NOUN/6/obj ./PUNCT/4/punct",
        );
        let out = verb_read_as_modifier(&s.tokens).expect("repaired");
        assert_eq!((out[2].head, out[2].deprel.as_str()), (0, "root"));
        assert_eq!((out[1].head, out[1].deprel.as_str()), (3, "nsubj"));
        assert_eq!((out[3].head, out[3].deprel.as_str()), (3, "obj"));
        assert_eq!(out[5].head, 3, "the purpose is the verb's");
        assert_eq!(out[0].head, 2, "the subject keeps its words");
    }

    #[test]
    fn a_participle_read_as_a_marker_after_a_noun_is_the_nouns_relative() {
        // police arrested two Spaniards accused of plotting , officials said .
        let s = sent(
            "police/NOUN/2/nsubj arrested/VERB/0/root/arrest/VBD two/NUM/4/nummod \
             Spaniards/PROPN/2/obj accused/VERB/10/mark/accuse/VBN of/SCONJ/7/mark \
             plotting/VERB/10/advcl/plot/VBG ,/PUNCT/10/punct officials/NOUN/10/nsubj \
             said/VERB/2/parataxis/say/VBD ./PUNCT/2/punct",
        );
        let out = participle_read_as_marker(&s.tokens).expect("repaired");
        assert_eq!((out[4].head, out[4].deprel.as_str()), (4, "acl"));
        assert_eq!((out[6].head, out[6].deprel.as_str()), (5, "advcl"));
        assert_eq!(out[8].head, 10, "the speaker stays the speech verb's");
        // A participle that is no marker ("accused" the parser's `acl` already) is left alone.
        let mut acl = s.tokens.clone();
        acl[4].head = 4;
        acl[4].deprel = "acl".into();
        assert!(participle_read_as_marker(&acl).is_none());
    }

    #[test]
    fn a_hyphened_past_form_with_an_object_modifies_it() {
        // accused "foreign-backed networks" of trying to destabilise the country .
        let mut s = sent(
            "Minister/PROPN/2/nsubj accused/VERB/0/root/accuse/VBD foreign/ADJ/5/amod \
             -/PUNCT/3/punct backed/VERB/2/xcomp/back/VBN networks/NOUN/5/obj \
             of/SCONJ/8/mark trying/VERB/5/advcl/try/VBG ./PUNCT/2/punct",
        )
        .tokens;
        // "foreign-backed" is written as one word.
        for (shift, t) in s[3..5].iter_mut().enumerate() {
            t.start -= shift + 1;
            t.end -= shift + 1;
        }
        let out = hyphened_participle(&s).expect("repaired");
        assert_eq!((out[5].head, out[5].deprel.as_str()), (2, "obj"));
        assert_eq!((out[4].head, out[4].deprel.as_str()), (6, "amod"));
        assert_eq!(out[7].head, 2, "what follows the noun is the verb's");
        assert_eq!(
            out[2].head, 5,
            "the hyphened word stays with its participle"
        );
        // A free-standing dash is no hyphen: "the rebels - backed by Iran - ...".
        let loose =
            sent("rebels/NOUN/0/root -/PUNCT/3/punct backed/VERB/1/acl/back/VBN Iran/PROPN/3/obj");
        assert!(hyphened_participle(&loose.tokens).is_none());
    }

    #[test]
    fn a_noun_phrase_with_a_participle_stays() {
        // A copula: "Police cars used in the raid were ..." is no such root; and an adjective
        // after a possessor: "the army's used vehicles".
        let s = sent(
            "the/DET/3/det army/NOUN/4/nmod:poss used/VERB/4/amod/use/VBN \
             vehicles/NOUN/0/root ./PUNCT/4/punct",
        );
        assert!(verb_read_as_modifier(&s.tokens).is_none());
        let s = sent(
            "Police/NOUN/3/compound used/VERB/3/amod/use/VBN cars/NOUN/0/root \
             were/AUX/3/cop old/ADJ/3/amod",
        );
        assert!(verb_read_as_modifier(&s.tokens).is_none());
    }

    #[test]
    fn a_past_form_after_a_root_subject_on_its_bare_object_is_the_verb() {
        // Riot police used water cannon on Tuesday to disperse protesters .
        let s = sent(
            "Riot/NOUN/2/compound police/NOUN/0/root used/VERB/4/amod/use/VBN \
             water_cannon/NOUN/2/nmod on/ADP/6/case Tuesday/PROPN/4/obl to/PART/8/mark \
             disperse/VERB/4/advcl/disperse/VB protesters/NOUN/8/obj ./PUNCT/2/punct",
        );
        let out = verb_after_root_subject(&s.tokens).expect("repaired");
        assert_eq!((out[2].head, out[2].deprel.as_str()), (0, "root"));
        assert_eq!((out[1].head, out[1].deprel.as_str()), (3, "nsubj"));
        assert_eq!((out[3].head, out[3].deprel.as_str()), (3, "obj"));
        assert_eq!([out[5].head, out[7].head, out[9].head], [3, 3, 3]);
        assert_eq!(out[0].head, 2, "the subject keeps its words");
        // Not when the noun after the past form has a preposition: "police used in riots".
        let s = sent(
            "Riot/NOUN/2/compound police/NOUN/0/root used/VERB/5/amod/use/VBN \
             in/ADP/5/case riots/NOUN/2/nmod",
        );
        assert!(verb_after_root_subject(&s.tokens).is_none());
    }
}
