//! A verb that takes an infinitive, read as a plural noun after a name: "UN Security Council
//! *fails* to agree on Gaza resolution".

use super::rules::TAKE_INFINITIVE;
use super::Tagger;

impl Tagger {
    /// Makes present tenses of plural nouns between a proper noun and "to" with a base verb,
    /// when the word is the present form of a verb that takes an infinitive ("fails", "vows",
    /// "plans"). Read as a noun, the word makes the name a modifier and the infinitive a
    /// clause on a noun: the failure or the plan is lost, and what it governs is coded as
    /// done. In the treebanks' gold tags, all 17 such words after a proper noun are verbs
    /// ("Iran wants to turn", "China intends to develop"). `lemma(word, xpos)` gives a word's
    /// lemma.
    pub fn mark_control_verbs(
        &self,
        forms: &[&str],
        out: &mut [u16],
        lemma: &dyn Fn(&str, &str) -> String,
    ) {
        for i in 1..forms.len().saturating_sub(2) {
            if self.xpos(out[i]) != "NNS"
                || !matches!(self.xpos(out[i - 1]), "NNP" | "NNPS")
                || !forms[i + 1].eq_ignore_ascii_case("to")
                || self.xpos(out[i + 2]) != "VB"
            {
                continue;
            }
            if !TAKE_INFINITIVE.contains(&lemma(forms[i], "VBZ").as_str()) {
                continue;
            }
            if let Some(k) = self.class_of("VBZ", "VERB") {
                out[i] = k;
            }
        }
    }
}
