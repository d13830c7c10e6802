//! "A Russian diplomat accused of spying was expelled by Poland", "Two men charged with spying
//! for Russia appeared in court": a subject with a reduced relative clause is a garden path for
//! a greedy parser. It reads the participle as the main verb (the diplomat accused someone) or
//! hangs the real main verb inside the relative ("appeared" a complement of "charged"), and the
//! event's parties come out reversed or lost. A participle right after its noun, opening an
//! "of" or "with" phrase, and then a finite verb with nothing between to open a clause of its
//! own (no comma, conjunction or relative pronoun) is a reduced relative, and the finite verb is
//! the sentence's.

use detente_nlp::Token;

/// Words that open a clause of their own or close a phrase: a finite verb after one of them may
/// belong to that clause.
const BREAKS: &[&str] = &[
    ",", ";", ":", "(", ")", "-", "--", "and", "or", "but", "that", "which", "who", "whom",
    "whose", "while", "because", "when", "where", "if", "as",
];

/// Forms of "be" that make a past participle after them passive.
const BE: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];

/// The tokens with a reduced relative on the subject rebuilt, the finite verb after it the
/// root, or `None`.
pub fn reduced_relative(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let (v1, subject) = (1..n.saturating_sub(2)).find_map(|v| {
        let t = &tokens[v];
        // The tags first: most words are no past verb, and the next word is not looked at.
        let opens = || {
            ["of", "with"]
                .iter()
                .any(|w| tokens[v + 1].form.eq_ignore_ascii_case(w))
        };
        if t.upos != "VERB" || !matches!(t.xpos.as_str(), "VBN" | "VBD") || !opens() {
            return None;
        }
        let subject = match t.deprel.as_str() {
            // Read as the main verb: its subject right before it.
            "root" => kids(v).find(|&c| c + 1 == v && tokens[c].deprel.starts_with("nsubj")),
            // Read as the relative it is, on a noun that heads the sentence.
            "acl" => Some(t.head.checked_sub(1)?).filter(|&h| {
                h + 1 == v
                    && tokens[h].deprel == "root"
                    && matches!(tokens[h].upos.as_str(), "NOUN" | "PROPN")
            }),
            _ => None,
        }?;
        Some((v, subject))
    })?;
    // The finite verb after the participle's phrase, its auxiliaries before it.
    let finite = |t: &Token| matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD");
    let mut v2 = None;
    for k in v1 + 2..n.min(v1 + 16) {
        let t = &tokens[k];
        if BREAKS.contains(&t.form.to_lowercase().as_str()) {
            return None;
        }
        let aux_before = k > v1 + 2 && tokens[k - 1].upos == "AUX" && finite(&tokens[k - 1]);
        // A past tense read as a participle after the gerund ("accused of spying *left*
        // Pakistan"): it has an object and no auxiliary.
        let past = t.xpos == "VBN"
            && !aux_before
            && kids(k).any(|c| tokens[c].deprel == "obj")
            && !kids(k).any(|c| tokens[c].upos == "AUX");
        if t.upos == "VERB" && (finite(t) || aux_before || past) {
            v2 = Some(k);
            break;
        }
    }
    let v2 = v2?;
    let mut aux = v2;
    while aux > v1 + 2 && tokens[aux - 1].upos == "AUX" {
        aux -= 1;
    }
    // The phrase "of …" / "with …" is v1 + 1 .. aux; its head is its first content word.
    let phrase = v1 + 1..aux;
    let g =
        (v1 + 2..aux).find(|&i| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN" | "VERB"))?;
    // The finite verb must be the participle's (in its subtree), as the misparse has it, and
    // no subordinator may open its clause: "Protesters clashed with police after the vote was
    // postponed" is a clause of time, not the sentence's main verb.
    if !super::within(tokens, v2, v1) || kids(v2).any(|c| tokens[c].deprel == "mark") {
        return None;
    }
    let mut out = tokens.to_vec();
    let passive = tokens[v2].xpos == "VBN"
        && (aux..v2).any(|i| BE.contains(&tokens[i].form.to_lowercase().as_str()));
    out[v2].head = 0;
    out[v2].deprel = "root".into();
    out[subject].head = v2 + 1;
    out[subject].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
    out[v1].head = subject + 1;
    out[v1].deprel = "acl".into();
    out[v1].xpos = "VBN".into();
    if !finite(&tokens[v2]) && !(aux..v2).any(|i| finite(&tokens[i])) {
        // The past tense the tagger took for a participle.
        out[v2].xpos = "VBD".into();
    }
    let clausal = tokens[g].upos == "VERB";
    out[g].head = v1 + 1;
    out[g].deprel = if clausal { "advcl" } else { "obl" }.into();
    out[v1 + 1].head = g + 1;
    out[v1 + 1].deprel = if clausal { "mark" } else { "case" }.into();
    for i in phrase.clone().filter(|&i| i != g && i != v1 + 1) {
        // A word of the phrase the parser hung outside it belongs to its head: "killing *a
        // police officer*", which the misparse made the subject of "arrested".
        let h = tokens[i].head;
        if h == 0 || !phrase.contains(&(h - 1)) {
            out[i].head = g + 1;
            out[i].deprel = if clausal { "obj" } else { "nmod" }.into();
        }
    }
    for (i, t) in out.iter_mut().enumerate().take(v2).skip(aux) {
        t.head = v2 + 1;
        let be = BE.contains(&tokens[i].form.to_lowercase().as_str());
        t.deprel = if passive && be { "aux:pass" } else { "aux" }.into();
    }
    // What follows the finite verb and hung on the participle, its phrase or the subject (the
    // full stop, a place) is the finite verb's.
    for i in v2 + 1..n {
        let h = tokens[i].head;
        if h == v1 + 1 || h == subject + 1 || (h > 0 && phrase.contains(&(h - 1))) {
            out[i].head = v2 + 1;
        }
    }
    Some(out)
}

/// The tokens with a reduced relative on a joined object rebuilt, or `None`. "have arrested
/// three U.S. citizens and two Spaniards accused of plotting …" comes out of the parser as a
/// second clause, "two Spaniards accused …", joined to "arrested": the Spaniards accuse, and
/// the arrest has one party. A past form with no auxiliary, right after its own subject that
/// "and" opens, with "of" or "with" after it and no object, joined to a verb that has an
/// object, is the relative of a second object.
pub fn joined_object_relative(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    (2..n.saturating_sub(1)).find_map(|v| {
        let t = &tokens[v];
        // The tags first, as in `reduced_relative`: most words are no joined past verb.
        if t.upos != "VERB" || !matches!(t.xpos.as_str(), "VBN" | "VBD") || t.deprel != "conj" {
            return None;
        }
        let opens = ["of", "with"]
            .iter()
            .any(|w| tokens[v + 1].form.eq_ignore_ascii_case(w));
        let subject = v - 1;
        let s = &tokens[subject];
        if !opens
            || s.head != v + 1
            || !s.deprel.starts_with("nsubj")
            || !matches!(s.upos.as_str(), "NOUN" | "PROPN")
            || kids(v).any(|c| tokens[c].upos == "AUX" || tokens[c].deprel == "obj")
        {
            return None;
        }
        // "and" opens the subject's phrase, and nothing but its words lies between.
        let cc = kids(v).find(|&c| tokens[c].deprel == "cc" && c < subject)?;
        let phrase = |i: usize| super::within(tokens, i, subject);
        if !(cc + 1..subject).all(phrase) {
            return None;
        }
        let object = kids(t.head.checked_sub(1)?).find(|&c| tokens[c].deprel == "obj")?;
        if object > cc {
            return None;
        }
        let mut out = tokens.to_vec();
        out[subject].head = object + 1;
        out[subject].deprel = "conj".into();
        out[cc].head = subject + 1;
        out[v].head = subject + 1;
        out[v].deprel = "acl".into();
        out[v].xpos = "VBN".into();
        Some(out)
    })
}

/// The tokens with a relative clause the parser hung on a verb put back on its noun, or `None`.
/// "agreed to resume talks, which Beijing had suspended" sometimes comes out with "suspended"
/// an adverbial clause of "resume", and Beijing then the one talks resume with. A clause that
/// opens with ", which" or ", who" as its subject or object is a relative on the noun before
/// the comma.
pub fn relative_on_verb(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    (2..n).find_map(|w| {
        let pronoun = &tokens[w];
        let relative = pronoun.upos == "PRON"
            && (pronoun.deprel.starts_with("nsubj") || pronoun.deprel == "obj")
            && ["which", "who", "whom"]
                .iter()
                .any(|r| pronoun.form.eq_ignore_ascii_case(r));
        let x = pronoun.head.checked_sub(1)?;
        let noun = w - 2;
        if !relative
            || tokens[w - 1].form != ","
            || !matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN")
            || !matches!(
                tokens[x].deprel.as_str(),
                "advcl" | "ccomp" | "conj" | "parataxis"
            )
            || tokens[x].upos != "VERB"
            || x < w
        {
            return None;
        }
        let mut out = tokens.to_vec();
        out[x].head = noun + 1;
        out[x].deprel = "acl:relcl".into();
        if tokens[w - 1].head == x + 1 || tokens[w - 1].head == tokens[x].head {
            out[w - 1].head = x + 1;
        }
        Some(out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    fn heads(t: &[Token]) -> Vec<(usize, &str)> {
        t.iter().map(|t| (t.head, t.deprel.as_str())).collect()
    }

    #[test]
    fn a_participle_read_as_the_main_verb_is_the_subjects_relative() {
        // A Russian diplomat accused of spying was expelled by Poland.
        let mut s = sent("A/DET/3/det Russian/ADJ/3/amod diplomat/NOUN/4/nsubj accused/VERB/0/root/accuse of/SCONJ/6/case spying/NOUN/8/nsubj:pass was/AUX/8/aux:pass expelled/VERB/4/ccomp/expel by/ADP/10/case Poland/PROPN/8/obl:agent ./PUNCT/4/punct").tokens;
        s[3].xpos = "VBD".into();
        s[6].xpos = "VBD".into();
        s[7].xpos = "VBN".into();
        let out = reduced_relative(&s).expect("repaired");
        let h = heads(&out);
        assert_eq!(h[7], (0, "root"));
        assert_eq!(h[2], (8, "nsubj:pass"));
        assert_eq!((h[3], h[5], h[4]), ((3, "acl"), (4, "obl"), (6, "case")));
        assert_eq!((h[6], h[10]), ((8, "aux:pass"), (8, "punct")));
    }

    #[test]
    fn a_main_verb_hung_inside_the_relative_is_the_sentences() {
        // A man suspected of killing a police officer was arrested in Paris.
        let mut s = sent("A/DET/2/det man/NOUN/0/root suspected/VERB/2/acl/suspect of/SCONJ/5/mark killing/VERB/3/advcl/kill a/DET/8/det police/NOUN/8/compound officer/NOUN/10/nsubj:pass was/AUX/10/aux:pass arrested/VERB/5/ccomp/arrest in/ADP/12/case Paris/PROPN/10/obl ./PUNCT/2/punct").tokens;
        s[2].xpos = "VBN".into();
        s[4].xpos = "VBG".into();
        s[8].xpos = "VBD".into();
        s[9].xpos = "VBN".into();
        let out = reduced_relative(&s).expect("repaired");
        let h = heads(&out);
        assert_eq!((h[9], h[1]), ((0, "root"), (10, "nsubj:pass")));
        assert_eq!((h[2], h[4], h[7]), ((2, "acl"), (3, "advcl"), (5, "obj")));
        assert_eq!((h[11], h[12]), ((10, "obl"), (10, "punct")));
    }

    #[test]
    fn a_participle_with_an_object_or_a_clause_of_its_own_is_left_alone() {
        // Russia accused Ukraine of shelling the plant: an object, no "of" right after.
        let mut s = sent("Russia/PROPN/2/nsubj accused/VERB/0/root/accuse Ukraine/PROPN/2/obj of/SCONJ/5/mark shelling/VERB/2/advcl/shell the/DET/7/det plant/NOUN/5/obj");
        s.tokens[1].xpos = "VBD".into();
        assert!(reduced_relative(&s.tokens).is_none());
        // The minister accused of corruption, who denies it, resigned: a comma between.
        let mut s = sent("minister/NOUN/2/nsubj accused/VERB/0/root/accuse of/ADP/4/case corruption/NOUN/2/obl ,/PUNCT/6/punct who/PRON/7/nsubj denies/VERB/4/acl:relcl/deny it/PRON/7/obj ,/PUNCT/10/punct resigned/VERB/2/conj/resign");
        s.tokens[1].xpos = "VBD".into();
        s.tokens[6].xpos = "VBZ".into();
        s.tokens[9].xpos = "VBD".into();
        assert!(reduced_relative(&s.tokens).is_none());
        // Protesters clashed with police after the vote was postponed: a subordinator opens
        // the later verb's clause, a clause of time, not the main verb.
        let s = sent("Protesters/PROPN/2/nsubj/Protesters/NNP clashed/VERB/0/root/clash/VBD with/ADP/4/case/with/IN police/NOUN/2/obl/police/NN after/SCONJ/9/mark/after/IN the/DET/7/det/the/DT vote/NOUN/9/nsubj:pass/vote/NN was/AUX/9/aux:pass/be/VBD postponed/VERB/2/advcl/postpone/VBN ./PUNCT/2/punct/./.");
        assert!(reduced_relative(&s.tokens).is_none());
    }

    #[test]
    fn a_participle_after_a_joined_object_is_its_relative() {
        // Gondor arrested three men and two women accused of spying.
        let mut s = sent("Gondor/PROPN/2/nsubj arrested/VERB/0/root/arrest three/NUM/4/nummod men/NOUN/2/obj and/CCONJ/8/cc two/NUM/7/nummod women/NOUN/8/nsubj accused/VERB/2/conj/accuse of/SCONJ/10/mark spying/VERB/8/advcl/spy").tokens;
        s[7].xpos = "VBN".into();
        let out = joined_object_relative(&s).expect("repaired");
        let h = heads(&out);
        assert_eq!((h[6], h[4], h[7]), ((4, "conj"), (7, "cc"), (7, "acl")));
        // A clause of its own: "and two women accused him of spying" has an object.
        let mut s = sent("Gondor/PROPN/2/nsubj arrested/VERB/0/root/arrest three/NUM/4/nummod men/NOUN/2/obj and/CCONJ/8/cc two/NUM/7/nummod women/NOUN/8/nsubj accused/VERB/2/conj/accuse him/PRON/8/obj of/SCONJ/11/mark spying/VERB/8/advcl/spy").tokens;
        s[7].xpos = "VBD".into();
        assert!(joined_object_relative(&s).is_none());
        // "and two women were accused of spying": an auxiliary.
        let mut s = sent("Gondor/PROPN/2/nsubj arrested/VERB/0/root/arrest three/NUM/4/nummod men/NOUN/2/obj and/CCONJ/9/cc two/NUM/7/nummod women/NOUN/9/nsubj:pass were/AUX/9/aux:pass accused/VERB/2/conj/accuse of/SCONJ/11/mark spying/VERB/9/advcl/spy").tokens;
        s[8].xpos = "VBN".into();
        assert!(joined_object_relative(&s).is_none());
    }

    #[test]
    fn a_relative_hung_on_a_verb_goes_back_to_its_noun() {
        // "Bree agreed to resume talks , which Gondor had suspended ."
        let s = sent("Bree/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark resume/VERB/2/xcomp/resume talks/NOUN/4/obj ,/PUNCT/10/punct which/PRON/10/obj Gondor/PROPN/10/nsubj had/AUX/10/aux suspended/VERB/4/advcl/suspend ./PUNCT/2/punct");
        let out = relative_on_verb(&s.tokens).expect("repaired");
        assert_eq!((out[9].head, out[9].deprel.as_str()), (5, "acl:relcl"));
        // A clause that is no relative is left alone: ", as Gondor had suspended them".
        let s = sent("Bree/PROPN/2/nsubj resumed/VERB/0/root/resume talks/NOUN/2/obj ,/PUNCT/8/punct as/SCONJ/8/mark Gondor/PROPN/8/nsubj had/AUX/8/aux suspended/VERB/2/advcl/suspend");
        assert!(relative_on_verb(&s.tokens).is_none());
    }
}
