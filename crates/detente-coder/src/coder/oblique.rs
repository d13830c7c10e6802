//! Targets in oblique phrases: the actor conjoined parties act on through a preposition
//! ("Ithilen and Gondor warned of the Prince", "protested against Mordor"), before reading them
//! as acting on each other; a place a pattern names as target, which yields to the owner its
//! object names, or to the object itself when it is the source's own place; and a state's own
//! envoys, who are no party to its acts on relations.

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

    /// The actors at `h`, the pattern's target. A place the pattern names as its target
    /// ("struck targets in +") yields to an owner that the verb's object itself names:
    /// "struck Hezbollah targets in southern Lebanon" is an attack on Hezbollah, in Lebanon.
    pub(super) fn targets_at(&self, ctx: &Context, v: usize, h: Option<usize>) -> Vec<Actor> {
        let t = &self.tree;
        // "bombed rebel-held areas", "struck Houthi-controlled ports": the holder of the target
        // or of the object (a word of the pattern, "struck * ports") is the one hit.
        let held = h.iter().copied().chain(t.kid(v, "obj"));
        if let Some(found) = held
            .filter_map(|x| self.holder_of(x))
            .map(|by| actors_at(t, &self.ms, ctx, by))
            .find(|found| !found.is_empty())
        {
            return found;
        }
        let Some(h) = h else {
            return Vec::new();
        };
        let place = t.rel(h) == "obl" && matches!(t.case_of(h), Some("in" | "at" | "near"));
        let owner = t
            .kid(v, "obj")
            .filter(|_| place)
            .map(|o| actors_at(t, &self.ms, ctx, o))
            .filter(|found| found.iter().any(|a| a.country().is_some()));
        owner.unwrap_or_else(|| actors_at(t, &self.ms, ctx, h))
    }

    /// An actor that a pattern with no target slot spells out among its words (`against
    /// &LEADER` over "protested against the government"): the one acted on. Not the verb, a
    /// word of the source's phrase, or a modifier ("general" of "called a general strike").
    pub(super) fn spelled_target(
        &self,
        v: usize,
        words: &[usize],
        source: Option<usize>,
    ) -> Option<usize> {
        let t = &self.tree;
        words.iter().copied().find(|&w| {
            w != v
                && matches!(t.upos(w), "NOUN" | "PROPN")
                && !matches!(t.rel(w), "amod" | "compound")
                && self.ms.at(w).is_some()
                && source.is_none_or(|s| !t.dominates(s, w))
        })
    }

    /// The word naming who holds place or thing `h` in a hyphenated modifier: "rebel" of
    /// "rebel-held areas", "Houthi" of "Houthi-controlled ports", "Hamas" of "Hamas-run
    /// schools".
    fn holder_of(&self, h: usize) -> Option<usize> {
        self.hyphen_actor(h, HELD)
    }

    /// The actor word hyphenated to a participle among `participles` that modifies `h`:
    /// "rebel" of "rebel-held areas", "Saudi" of "Saudi-led coalition".
    pub(super) fn hyphen_actor(&self, h: usize, participles: &[&str]) -> Option<usize> {
        let t = &self.tree;
        t.children(h).iter().copied().find_map(|p| {
            if t.rel(p) != "amod" || !participles.contains(&t.lemma(p)) || p < 2 {
                return None;
            }
            let by = p - 2;
            let joined = t.lower(p - 1) == "-" && t.parent(by) == Some(p);
            (joined && self.ms.at(by).is_some()).then_some(by)
        })
    }
}

impl SentenceCoder<'_, '_> {
    /// "Russia expelled two German diplomats from Moscow": a "from" target in the source's own
    /// country is only where the object was put out of; the object's actors are the target.
    pub(super) fn put_out_of_own_place(
        &self,
        ctx: &Context,
        v: usize,
        target_head: Option<usize>,
        sources: &[Actor],
        targets: &mut Vec<Actor>,
    ) {
        let t = &self.tree;
        let Some(home) = one_country(sources) else {
            return;
        };
        if target_head.is_none_or(|h| t.case_of(h) != Some("from"))
            || one_country(targets) != Some(home)
        {
            return;
        }
        if let Some(o) = t.kid(v, "obj") {
            let put_out = actors_at(t, &self.ms, ctx, o);
            if one_country(&put_out).is_some_and(|c| c != home) {
                *targets = put_out;
            }
        }
    }

    /// Drops a state's own envoys as the target of its act on relations: "Niger recalled its
    /// ambassador" reduces relations with the country the ambassador was posted to, not with
    /// Niger's own government.
    pub(super) fn drop_own_envoys(&self, code: &str, sources: &[Actor], targets: &mut Vec<Actor>) {
        let t = &self.tree;
        let own = |a: &Actor| {
            a.last_word() < t.len()
                && super::domestic::mission_word(t.lemma(a.last_word()))
                && one_country(sources).is_some_and(|c| a.country() == Some(c))
        };
        if code.starts_with("16") && !targets.is_empty() && targets.iter().all(own) {
            targets.clear();
        }
    }
}

/// The one country all of `actors` are of (`None` if there are none, or any is of none).
fn one_country(actors: &[Actor]) -> Option<&str> {
    let first = actors.first()?.country()?;
    actors
        .iter()
        .all(|a| a.country() == Some(first))
        .then_some(first)
}

/// Participles that say who holds a place when an actor is hyphenated to them.
const HELD: &[&str] = &["hold", "control", "run", "occupy", "administer", "govern"];
