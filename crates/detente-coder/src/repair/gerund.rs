//! "Fighting broke out in Khartoum", "Shelling continued overnight", "Voting began at seven":
//! a sentence that opens on a bare gerund often comes out with the gerund as the root, a
//! participle, and the finite verb after it as its complement. Nothing then does what the
//! sentence says happened, and the event noun ("fighting", "shelling") that the dictionaries
//! code is no noun. A gerund that opens the sentence with no word of its own (no object, no
//! oblique: not "Speaking to reporters, Lavrov said") and a finite verb right after it (past
//! auxiliaries and adverbs between) is that verb's subject: a noun, as the treebank reads it.

use detente_nlp::Token;

/// The tokens with an opening bare gerund made the subject of the finite verb after it, or
/// `None`.
pub fn gerund_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let g = tokens.first()?;
    if g.xpos != "VBG" || g.deprel != "root" {
        return None;
    }
    // The verb: the first word that is neither an auxiliary nor an adverb, hung on the gerund.
    let v = (1..tokens.len()).find(|&i| !matches!(tokens[i].upos.as_str(), "AUX" | "ADV"))?;
    let tv = &tokens[v];
    let finite = |t: &Token| matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD");
    if tv.upos != "VERB"
        || tv.head != 1
        || !(finite(tv) || (1..v).any(|i| tokens[i].upos == "AUX" && finite(&tokens[i])))
    {
        return None;
    }
    // The gerund's own words: none but the verb, the words between them and punctuation.
    let own = |i: usize| i <= v || tokens[i].upos == "PUNCT";
    if !(1..tokens.len()).all(|i| tokens[i].head != 1 || own(i)) {
        return None;
    }
    let mut fixed = tokens.to_vec();
    for t in fixed.iter_mut().skip(1) {
        if t.head == 1 {
            t.head = v + 1;
            if matches!(t.upos.as_str(), "AUX") {
                t.deprel = "aux".into();
            }
        }
    }
    fixed[v].head = 0;
    fixed[v].deprel = "root".into();
    let g = &mut fixed[0];
    g.head = v + 1;
    g.deprel = "nsubj".into();
    g.upos = "NOUN".into();
    g.xpos = "NN".into();
    g.lemma = g.form.to_lowercase().into();
    Some(fixed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    fn tree(spec: &str) -> Vec<Token> {
        sent(spec).tokens
    }

    #[test]
    fn an_opening_bare_gerund_is_the_subject_of_the_verb_after_it() {
        let t = tree("Fighting/VERB/0/root/fight/VBG broke/VERB/1/xcomp/break/VBD out/ADP/2/compound:prt in/ADP/5/case Khartoum/PROPN/2/obl ./PUNCT/1/punct");
        let f = gerund_subject(&t).expect("repaired");
        assert_eq!((f[0].upos.as_str(), f[0].head), ("NOUN", 2));
        assert_eq!(
            (f[0].deprel.as_str(), f[0].lemma.as_str()),
            ("nsubj", "fighting")
        );
        assert_eq!((f[1].head, f[1].deprel.as_str()), (0, "root"));
        assert_eq!(f[5].head, 2, "the full stop goes with the root");
        // An auxiliary between them: "Shelling has continued".
        let t = tree("Shelling/VERB/0/root/shell/VBG has/AUX/3/aux/have/VBZ continued/VERB/1/xcomp/continue/VBN");
        let f = gerund_subject(&t).expect("repaired");
        assert_eq!((f[0].deprel.as_str(), f[0].head), ("nsubj", 3));
        assert_eq!(f[2].deprel, "root");
    }

    #[test]
    fn a_gerund_with_words_of_its_own_is_left_alone() {
        // "Speaking to reporters, Lavrov said …": an adverbial clause.
        let t = tree("Speaking/VERB/0/root/speak/VBG to/ADP/3/case reporters/NOUN/1/obl ,/PUNCT/1/punct Lavrov/PROPN/6/nsubj said/VERB/1/parataxis/say/VBD");
        assert!(gerund_subject(&t).is_none());
        // "Fighting corruption remains a priority": the gerund has an object.
        let t = tree(
            "Fighting/VERB/0/root/fight/VBG corruption/NOUN/1/obj remains/VERB/1/ccomp/remain/VBZ",
        );
        assert!(gerund_subject(&t).is_none());
        // A gerund that is not the root, or a verb that is not finite.
        let t = tree("Fighting/VERB/2/csubj/fight/VBG broke/VERB/0/root/break/VBD");
        assert!(gerund_subject(&t).is_none());
        let t = tree("Fighting/VERB/0/root/fight/VBG continuing/VERB/1/xcomp/continue/VBG");
        assert!(gerund_subject(&t).is_none());
    }
}
