//! Violence with an event for a subject: "a car bombing killed five", "the attack wounded
//! twelve". The subject is what happened: the verb's event stands without a source (or with
//! the one the noun names, "US drone attacks killed …") and takes the noun's more specific code
//! (a car bombing is 183x, not plain 190).

use super::SentenceCoder;
use crate::context::Context;
use crate::pattern::match_entry;

fn violent(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

impl SentenceCoder<'_, '_> {
    /// The code of a violent verb (`verb_code`) whose subject `h` is a violent event noun, if so.
    pub(super) fn event_subject_code(
        &self,
        ctx: &Context,
        h: usize,
        verb_code: &str,
    ) -> Option<String> {
        let t = &self.tree;
        if t.upos(h) != "NOUN" || !violent(verb_code) {
            return None;
        }
        let entry = self.coder.dict.noun_event(t.lemma(h))?;
        let noun = match_entry(t, h, entry, true, &|x| self.is_actor(ctx, x))
            .map(|m| m.code)
            .or_else(|| entry.code.clone())?;
        // A family's general code ("attack", 190) says less than the verb ("injured", 182).
        let general = noun.len() == 3 && noun.ends_with('0');
        violent(&noun).then(|| if general { verb_code.to_string() } else { noun })
    }
}
