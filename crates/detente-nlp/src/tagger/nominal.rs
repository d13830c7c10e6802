//! A verb tag on a word that only a noun phrase can hold: "during a *raid* in Jenin".

use super::Tagger;

/// Articles: the word right after one begins a noun phrase.
const ARTICLES: &[&str] = &["a", "an", "the"];

impl Tagger {
    /// Makes nouns of present-tense and base verbs right after an article that end their
    /// phrase (a preposition, a punctuation mark or nothing follows): "killed during a *raid*
    /// in Jenin" had "raid" a verb, a clause of its own, coded apart from the killing. In the
    /// treebanks' gold tags, 44 of the 44,915 words after an article are verbs, each the
    /// first word of a compound ("a sit down strike", "a follow - on") or a typing error;
    /// a compound goes on to its noun, so the rule leaves words before another word alone.
    pub fn mark_article_nouns(&self, forms: &[&str], out: &mut [u16]) {
        for i in 1..forms.len() {
            if !ARTICLES
                .iter()
                .any(|a| a.eq_ignore_ascii_case(forms[i - 1]))
            {
                continue;
            }
            let noun = match self.xpos(out[i]) {
                "VB" | "VBP" => "NN",
                "VBZ" => "NNS",
                _ => continue,
            };
            let ends = out
                .get(i + 1)
                .is_none_or(|&c| matches!(self.xpos(c), "IN" | "TO" | "," | "." | ":"));
            // (Nor a piece of a contraction typed apart: "the re" for "they're".)
            if !ends || forms[i].len() < 3 || forms.get(i + 1).is_some_and(|f| *f == "-") {
                continue;
            }
            if let Some(k) = self.class_of(noun, "NOUN") {
                out[i] = k;
            }
        }
    }
}
