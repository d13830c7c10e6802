//! Demands made by saying what another party must do: "Britain said Iran must release the
//! sailors", "Mubarak said the US should mediate". The embedded event is not asserted (it is
//! only required), but the statement itself is a demand (CAMEO 10) by the speaker on the party
//! that must act.

use super::{Reading, SentenceCoder};
use crate::actor::actors_at;
use crate::context::Context;
use crate::event::Event;
use crate::modality::own_frame;
use crate::pattern::Match;
use crate::speech;

impl SentenceCoder<'_, '_> {
    pub(super) fn code_demands(&self, ctx: &mut Context, out: &mut Vec<Event>) {
        let t = &self.tree;
        for s in 0..t.len() {
            if t.upos(s) != "VERB" || !speech::is_speech_verb(t.lemma(s)) {
                continue;
            }
            for c in t.kids_with(s, "ccomp") {
                let Some(aux) = t
                    .children(c)
                    .iter()
                    .copied()
                    .find(|&a| t.rel(a) == "aux" && matches!(t.lower(a), "must" | "should"))
                else {
                    continue;
                };
                let Some(who) = t.kid(c, "nsubj") else {
                    continue;
                };
                let Some(speaker) = self.subject(s).0 else {
                    continue;
                };
                let sources: Vec<_> = actors_at(t, &self.ms, ctx, speaker)
                    .into_iter()
                    .filter(|a| !a.code.is_empty() && !a.first_person)
                    .collect();
                // "We must …" is the speaker's own resolve, not a demand on anyone.
                let targets: Vec<_> = actors_at(t, &self.ms, ctx, who)
                    .into_iter()
                    .filter(|a| !a.code.is_empty() && !a.first_person)
                    .filter(|a| !sources.iter().any(|s| s.code == a.code))
                    .collect();
                if sources.is_empty() || targets.is_empty() {
                    continue;
                }
                let (frame, negated, modality) = own_frame(t, s);
                let r = Reading {
                    v: s,
                    m: Match::plain("100", Some(who), vec![s.min(aux), s.max(aux)]),
                    sources,
                    targets,
                    frame,
                    negated,
                    modality,
                    mutual: false,
                };
                self.emit(ctx, r, out);
            }
        }
    }
}
