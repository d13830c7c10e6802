//! Names the tagger misread: a capitalised word that a gazetteer knows, read as a verb, a
//! closed-class word or an adjective ("Beijing", "WHO", "Houthis", "Biden", "Albanese").

use super::rules::{demonym_shaped, AUXILIARIES};
use super::Tagger;
use crate::features::WordInfo;

impl Tagger {
    /// Makes proper nouns of the capitalised words that a gazetteer knows and the tagger read as
    /// a verb or a closed-class word: EWT is web text, where "Beijing" starting a sentence before
    /// a past form looks like a progressive auxiliary and "WHO" is the pronoun; one such word
    /// costs the parse its subject. Call it right after [`Tagger::tag`] with the same scratch.
    ///
    /// A capitalised function word is only taken for a name in capitals ("WHO", not "Who"
    /// opening a question; "US", not "Us") or when the tagger never saw the word ("Houthis"
    /// read as a determiner), and an auxiliary never when it is one of English's ("Will",
    /// "May"). Nouns are left alone: a name read as a noun still heads its phrase. So are
    /// demonyms ("Ukrainian officials"), which are adjectives, and adjectives the tagger knows;
    /// another unseen one is a guess ("Biden to meet Xi" had "Biden" an adjective and the
    /// clause no subject). But an adjective has no verb of its own: a name read as one, first
    /// in the sentence or after another name, right before a finite verb, is the verb's
    /// subject even when it looks like a demonym ("Albanese said", "Anthony Albanese urged").
    pub fn mark_names(&self, forms: &[&str], out: &mut [u16], is_name: &dyn Fn(&str) -> bool) {
        let mut proper = None;
        let mut buf = String::new();
        let mut unseen = |f: &str| !self.ambig.contains_key(&WordInfo::new(f, &mut buf).lower);
        let finite = |c: u16| matches!(self.xpos(c), "VBD" | "VBZ" | "VBP" | "MD");
        for (i, f) in forms.iter().enumerate() {
            if !f.starts_with(|ch: char| ch.is_uppercase()) {
                continue;
            }
            let acronym = f.len() >= 2 && !f.chars().any(|ch| ch.is_lowercase());
            let subject = (i == 0 || self.upos(out[i - 1]) == "PROPN")
                && out.get(i + 1).is_some_and(|&n| finite(n));
            let misread = match self.upos(out[i]) {
                "NOUN" | "PROPN" | "PUNCT" | "SYM" => false,
                "VERB" | "ADV" | "NUM" | "X" | "INTJ" => true,
                "AUX" => acronym || !AUXILIARIES.contains(&f.to_lowercase().as_str()),
                "ADJ" => subject || (!demonym_shaped(f) && unseen(f)),
                _ => acronym || unseen(f),
            };
            if !misread || !is_name(f) {
                continue;
            }
            if let Some(k) = *proper.get_or_insert_with(|| self.class_of("NNP", "PROPN")) {
                out[i] = k;
            }
        }
    }
}
