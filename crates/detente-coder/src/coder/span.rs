//! Where an actor or a phrase stands in the sentence's text: its words and byte span, for the
//! evidence and the actor references of an event.

use super::SentenceCoder;
use crate::actor::Actor;
use crate::event::ActorRef;

impl SentenceCoder<'_, '_> {
    pub(super) fn span_text(&self, a: usize, b: usize) -> (String, usize, usize) {
        let toks = self.input.tokens;
        // An actor always lies in its sentence; clamp all the same, since a slip here must not
        // take the whole batch down.
        let b = b.min(toks.len());
        let a = a.min(b.saturating_sub(1));
        let (Some(first), Some(last)) = (toks.get(a), toks.get(b.wrapping_sub(1))) else {
            return (String::new(), 0, 0);
        };
        let (s, e) = (
            first.start.saturating_sub(self.input.offset),
            last.end.saturating_sub(self.input.offset),
        );
        match self.input.text.get(s..e) {
            Some(x) if s < e => (x.to_string(), s, e),
            _ => (
                toks[a..b.max(a)]
                    .iter()
                    .map(|t| t.form.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                s,
                e,
            ),
        }
    }

    pub(super) fn actor_ref(&self, a: &Actor) -> ActorRef {
        let (text, start, end) =
            self.span_text(a.start, a.end.min(self.input.tokens.len()).max(a.start + 1));
        ActorRef {
            code: a.code.clone(),
            text,
            start,
            end,
        }
    }

    pub(super) fn phrase_text(&self, h: usize) -> String {
        let p = self.tree.phrase(h);
        let (a, b) = (
            p.first().copied().unwrap_or(h),
            p.last().copied().unwrap_or(h) + 1,
        );
        self.span_text(a, b).0
    }
}
