//! "Fighting broke out in Khartoum", "Shelling continued overnight", "Voting began at seven":
//! a sentence that opens on a bare gerund often comes out with the gerund as the root, a
//! participle, and the finite verb after it as its complement. Nothing then does what the
//! sentence says happened, and the event noun ("fighting", "shelling") that the dictionaries
//! code is no noun. A gerund that opens the sentence with no word of its own (no object, no
//! oblique: not "Speaking to reporters, Lavrov said") and a finite verb right after it (past
//! auxiliaries and adverbs between) is that verb's subject: a noun, as the treebank reads it.
//! When the parser made it the subject already, it is still that noun.
//!
//! An opening plural event noun fares the same: "Clashes erupted between …" comes out as a
//! present-tense verb with the past participle after it, and "Riots erupted in Paris" with
//! "Riots" a name. The treebank has few sentences that open on a bare plural; news has many.

use detente_nlp::Token;

/// The tokens with an opening bare gerund made the subject of the finite verb after it, or
/// `None`.
///
/// An opening present-tense verb that is the plural of an event noun (`is_event_noun` asks of
/// a lemma) counts as such a gerund, with a past participle after it taken for the past tense
/// it nearly always is there.
pub fn gerund_subject(
    tokens: &[Token],
    is_event_noun: &dyn Fn(&str) -> bool,
) -> Option<Vec<Token>> {
    let g = tokens.first()?;
    let plural = match g.xpos.as_str() {
        "VBG" => None,
        "VBZ" => Some(plural_event_noun(&g.form, is_event_noun)?),
        _ => return None,
    };
    if g.deprel == "nsubj" && plural.is_none() {
        return gerund_read_as_subject(tokens);
    }
    if g.deprel != "root" {
        return None;
    }
    // The verb: the first word that is neither an auxiliary nor an adverb, hung on the gerund.
    let v = (1..tokens.len()).find(|&i| !matches!(tokens[i].upos.as_str(), "AUX" | "ADV"))?;
    let tv = &tokens[v];
    let finite = |t: &Token| {
        matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
            || (plural.is_some() && t.xpos == "VBN")
    };
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
    // The participle taken for a past tense ("Clashes erupted"), not one after an auxiliary.
    if plural.is_some() && tv.xpos == "VBN" && !(1..v).any(|i| tokens[i].upos == "AUX") {
        fixed[v].xpos = "VBD".into();
    }
    let g = &mut fixed[0];
    g.head = v + 1;
    g.deprel = "nsubj".into();
    g.upos = "NOUN".into();
    match plural {
        Some(lemma) => {
            g.xpos = "NNS".into();
            g.lemma = lemma.into();
        }
        None => {
            g.xpos = "NN".into();
            g.lemma = g.form.to_lowercase().into();
        }
    }
    Some(fixed)
}

/// The tokens with an opening bare gerund the parser already made the subject of a finite
/// verb ("Fighting broke out …" read right) made the noun it is, or `None`.
fn gerund_read_as_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let v = tokens.first()?.head.checked_sub(1)?;
    let tv = tokens.get(v)?;
    let finite = |t: &Token| matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD");
    let kids = |h: usize| (0..tokens.len()).filter(move |&i| tokens[i].head == h + 1);
    let finite_verb = tv.upos == "VERB"
        && (finite(tv) || kids(v).any(|a| tokens[a].upos == "AUX" && finite(&tokens[a])));
    if !finite_verb || kids(0).next().is_some() {
        return None;
    }
    let mut fixed = tokens.to_vec();
    let g = &mut fixed[0];
    g.upos = "NOUN".into();
    g.xpos = "NN".into();
    g.lemma = g.form.to_lowercase().into();
    Some(fixed)
}

/// The tokens with an opening name that is only an event noun capitalised ("Riots erupted in
/// Paris", "Protests spread") read as that noun, or `None`. A name of several words ("Strikes
/// Group") is left alone.
pub fn opening_noun(tokens: &[Token], is_event_noun: &dyn Fn(&str) -> bool) -> Option<Vec<Token>> {
    let g = tokens.first()?;
    let next_is_name = tokens
        .get(1)
        .is_some_and(|t| t.upos == "PROPN" || t.form.starts_with(char::is_uppercase));
    let named = tokens
        .iter()
        .any(|t| t.head == 1 && matches!(t.deprel.as_str(), "flat" | "compound"));
    if g.upos != "PROPN" || next_is_name || named {
        return None;
    }
    let lower = g.form.to_lowercase();
    let (lemma, xpos) = match plural_event_noun(&g.form, is_event_noun) {
        Some(l) => (l, "NNS"),
        None if is_event_noun(&lower) => (lower, "NN"),
        None => return None,
    };
    let mut fixed = tokens.to_vec();
    let g = &mut fixed[0];
    g.upos = "NOUN".into();
    g.xpos = xpos.into();
    g.lemma = lemma.into();
    Some(fixed)
}

/// The event noun `form` is the regular plural of ("clashes" → "clash", "riots" → "riot").
fn plural_event_noun(form: &str, is_event_noun: &dyn Fn(&str) -> bool) -> Option<String> {
    let lower = form.to_lowercase();
    let stem = lower.strip_suffix('s')?;
    let es = stem
        .strip_suffix('e')
        .filter(|s| ["sh", "ch", "x", "ss", "z"].iter().any(|e| s.ends_with(e)));
    match es.filter(|s| is_event_noun(s)) {
        Some(s) => Some(s.to_string()),
        None => is_event_noun(stem).then(|| stem.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    fn tree(spec: &str) -> Vec<Token> {
        sent(spec).tokens
    }

    fn nouns(w: &str) -> bool {
        matches!(w, "clash" | "riot" | "protest" | "violence")
    }

    #[test]
    fn an_opening_bare_gerund_already_the_subject_is_a_noun() {
        let t = tree("Fighting/VERB/2/nsubj/fight/VBG broke/VERB/0/root/break/VBD out/ADP/2/compound:prt ./PUNCT/2/punct");
        let f = gerund_subject(&t, &nouns).expect("repaired");
        assert_eq!(
            (f[0].upos.as_str(), f[0].lemma.as_str(), f[0].head),
            ("NOUN", "fighting", 2)
        );
        // Not one with words of its own ("Fighting fires is hard"), nor before no finite verb.
        let t = tree("Fighting/VERB/3/nsubj/fight/VBG fires/NOUN/1/obj/fire is/AUX/4/cop/be/VBZ hard/ADJ/0/root");
        assert!(gerund_subject(&t, &nouns).is_none());
        let t = tree("Fighting/VERB/2/nsubj/fight/VBG continuing/VERB/0/root/continue/VBG");
        assert!(gerund_subject(&t, &nouns).is_none());
    }

    #[test]
    fn an_opening_bare_gerund_is_the_subject_of_the_verb_after_it() {
        let t = tree("Fighting/VERB/0/root/fight/VBG broke/VERB/1/xcomp/break/VBD out/ADP/2/compound:prt in/ADP/5/case Khartoum/PROPN/2/obl ./PUNCT/1/punct");
        let f = gerund_subject(&t, &nouns).expect("repaired");
        assert_eq!((f[0].upos.as_str(), f[0].head), ("NOUN", 2));
        assert_eq!(
            (f[0].deprel.as_str(), f[0].lemma.as_str()),
            ("nsubj", "fighting")
        );
        assert_eq!((f[1].head, f[1].deprel.as_str()), (0, "root"));
        assert_eq!(f[5].head, 2, "the full stop goes with the root");
        // An auxiliary between them: "Shelling has continued".
        let t = tree("Shelling/VERB/0/root/shell/VBG has/AUX/3/aux/have/VBZ continued/VERB/1/xcomp/continue/VBN");
        let f = gerund_subject(&t, &nouns).expect("repaired");
        assert_eq!((f[0].deprel.as_str(), f[0].head), ("nsubj", 3));
        assert_eq!(f[2].deprel, "root");
    }

    #[test]
    fn a_gerund_with_words_of_its_own_is_left_alone() {
        // "Speaking to reporters, Lavrov said …": an adverbial clause.
        let t = tree("Speaking/VERB/0/root/speak/VBG to/ADP/3/case reporters/NOUN/1/obl ,/PUNCT/1/punct Lavrov/PROPN/6/nsubj said/VERB/1/parataxis/say/VBD");
        assert!(gerund_subject(&t, &nouns).is_none());
        // "Fighting corruption remains a priority": the gerund has an object.
        let t = tree(
            "Fighting/VERB/0/root/fight/VBG corruption/NOUN/1/obj remains/VERB/1/ccomp/remain/VBZ",
        );
        assert!(gerund_subject(&t, &nouns).is_none());
        // A gerund that is not the root, or a verb that is not finite.
        let t = tree("Fighting/VERB/2/csubj/fight/VBG broke/VERB/0/root/break/VBD");
        assert!(gerund_subject(&t, &nouns).is_none());
        let t = tree("Fighting/VERB/0/root/fight/VBG continuing/VERB/1/xcomp/continue/VBG");
        assert!(gerund_subject(&t, &nouns).is_none());
    }

    #[test]
    fn an_opening_plural_event_noun_read_as_a_verb_is_the_subject() {
        let t = tree("Clashes/VERB/0/root/clash/VBZ erupted/VERB/1/xcomp/erupt/VBN between/ADP/4/case police/NOUN/2/obl");
        let f = gerund_subject(&t, &nouns).expect("repaired");
        assert_eq!((f[0].upos.as_str(), f[0].xpos.as_str()), ("NOUN", "NNS"));
        assert_eq!((f[0].lemma.as_str(), f[0].head), ("clash", 2));
        assert_eq!((f[1].deprel.as_str(), f[1].xpos.as_str()), ("root", "VBD"));
        // A verb that is no event noun's plural ("Says …"), or a participle after a real
        // gerund, is left alone.
        let t = tree("Remains/VERB/0/root/remain/VBZ unclear/ADJ/1/xcomp");
        assert!(gerund_subject(&t, &nouns).is_none());
        let t = tree("Fighting/VERB/0/root/fight/VBG continued/VERB/1/xcomp/continue/VBN");
        assert!(gerund_subject(&t, &nouns).is_none());
    }

    #[test]
    fn an_opening_name_that_is_only_an_event_noun_is_that_noun() {
        let t = tree("Riots/PROPN/2/nsubj/Riots/NNP erupted/VERB/0/root/erupt/VBD in/ADP/4/case Paris/PROPN/2/obl");
        let f = opening_noun(&t, &nouns).expect("repaired");
        assert_eq!(
            (f[0].upos.as_str(), f[0].xpos.as_str(), f[0].lemma.as_str()),
            ("NOUN", "NNS", "riot")
        );
        let t = tree("Violence/PROPN/2/nsubj/Violence/NNP spread/VERB/0/root/spread/VBD");
        assert_eq!(
            opening_noun(&t, &nouns).expect("repaired")[0].lemma,
            "violence"
        );
        // A name of several words, or a word that is no event noun.
        let t = tree("Protests/PROPN/3/nsubj/Protests/NNP Square/PROPN/1/flat/Square/NNP opened/VERB/0/root/open/VBD");
        assert!(opening_noun(&t, &nouns).is_none());
        let t = tree("Paris/PROPN/2/nsubj/Paris/NNP protested/VERB/0/root/protest/VBD");
        assert!(opening_noun(&t, &nouns).is_none());
    }
}
