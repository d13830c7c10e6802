//! The target of conjoined parties: an actor they act on through a preposition ("Ithilen and
//! Gondor warned of the Prince", "protested against Mordor"), before reading them as acting on
//! each other.

use super::SentenceCoder;
use crate::actor::{actors_at, Actor};
use crate::context::Context;

/// Prepositions whose phrase is what the subject acts on, not where or when it acts.
const AIMED: &[&str] = &["of", "against", "toward", "towards"];

impl SentenceCoder<'_, '_> {
    /// The actors of `v`'s first oblique phrase introduced by an [`AIMED`] preposition, none of
    /// them among `sources`.
    pub(super) fn aimed_targets(&self, ctx: &Context, v: usize, sources: &[Actor]) -> Vec<Actor> {
        let t = &self.tree;
        t.kids_with(v, "obl")
            .filter(|&c| t.case_of(c).is_some_and(|p| AIMED.contains(&p)))
            .map(|c| actors_at(t, &self.ms, ctx, c))
            .map(|mut found| {
                found.retain(|a| {
                    !a.code.is_empty()
                        && !a.first_person
                        && !a.second_person
                        && !sources.iter().any(|s| s.code == a.code)
                });
                found
            })
            .find(|found| !found.is_empty())
            .unwrap_or_default()
    }
}
