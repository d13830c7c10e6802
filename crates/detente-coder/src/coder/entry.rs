//! Which dictionary entry a predicate reads by: a phrasal verb's, the form's own, the lemma's,
//! a regular stem's; "wants Bree to aid Gondor" reads as "urge", "fired the minister" as "sack",
//! a passive "wanted" by none. And whether a framing verb codes through its complement instead
//! of itself.

use super::{clause, linear_reading, SentenceCoder};
use crate::context::Context;
use crate::dictionary::{MentionKind, VerbEntry};
use crate::modality::{frame_of_verb, Frame};

/// Holders of a post, as the head of what is fired: "fired its chief executive", "fired the
/// coach".
const OFFICES: &[&str] = &[
    "chief",
    "executive",
    "minister",
    "commander",
    "general",
    "coach",
    "manager",
    "director",
    "head",
    "official",
    "spokesman",
    "spokeswoman",
    "adviser",
    "aide",
    "governor",
    "prosecutor",
    "judge",
    "employee",
    "staff",
    "worker",
];

impl SentenceCoder<'_, '_> {
    /// The dictionary entry of a predicate, phrasal first, with the particle it used.
    pub(super) fn entry_for(&self, v: usize, lemma: &str) -> Option<(&VerbEntry, Option<usize>)> {
        if clause::sought(&self.tree, v) {
            return None;
        }
        if clause::wished_of(&self.tree, v).is_some() {
            return self.coder.dict.verb("urge").map(|e| (e, None));
        }
        // "fired its army chief", "fired the minister": dismissed, as "sacked" says.
        if lemma == "fire" && self.fires_a_person(v) {
            return self.coder.dict.verb("sack").map(|e| (e, None));
        }
        if let Some(p) = self.particle(v) {
            if let Some(e) = self
                .coder
                .dict
                .verb(&format!("{lemma} {}", self.tree.lower(p)))
            {
                return Some((e, Some(p)));
            }
        }
        // The word's own form first: a dictionary may code a form apart from its lemma
        // (PETRARCH's "MET [031:032]" beside "MEET [031:031]").
        let form = self.tree.lower(v);
        let own = (form != lemma)
            .then(|| self.coder.dict.verb(form))
            .flatten();
        own.or_else(|| self.coder.dict.verb(lemma))
            .or_else(|| {
                linear_reading::regular_stems(form, lemma).find_map(|s| self.coder.dict.verb(s))
            })
            .map(|e| (e, None))
    }

    /// Does a framing verb's infinitive ("agreed to meet") or, for intent verbs, its clause
    /// ("hope that we can meet") give a coded reading? Then the framing verb is not coded
    /// itself; otherwise it is ("refused to deploy peacekeepers": refuse, 12x).
    pub(super) fn complement_codes(&self, ctx: &Context, v: usize, lemma: &str) -> bool {
        let intent = frame_of_verb(lemma) == Some(Frame::Intent);
        self.complement_readings(ctx, v, intent).next().is_some()
    }

    /// The appeal a bare appeal at `v` makes through its infinitive: "urged allies to deliver
    /// fighter jets" asks for military aid (0232), "asked Iran to release the crew" for a
    /// release (0253). `None` when the infinitive codes no cooperation CAMEO has an appeal for.
    pub(super) fn appeal_through_complement(
        &self,
        ctx: &Context,
        v: usize,
    ) -> Option<&'static str> {
        let t = &self.tree;
        self.complement_readings(ctx, v, false).find_map(|r| {
            // Only an act on something: "urged residents to evacuate" asks them to leave, not
            // for the aid that evacuating people is.
            let acts_on = t.kid(r.v, "obj").is_some() || r.m.words.len() >= 2;
            crate::modality::appeal_for(&r.m.code).filter(|_| !r.negated && acts_on)
        })
    }

    /// The coded readings of `v`'s infinitives (and, with `clauses`, its complement clauses).
    fn complement_readings<'s>(
        &'s self,
        ctx: &'s Context,
        v: usize,
        clauses: bool,
    ) -> impl Iterator<Item = super::Reading> + 's {
        let t = &self.tree;
        t.children(v)
            .iter()
            .copied()
            .filter(move |&x| {
                (t.is_infinitive(x) || (clauses && t.rel(x) == "ccomp"))
                    && t.upos(x) == "VERB"
                    && !aim_of_content(t, v, x)
            })
            .filter_map(move |x| self.read_predicate(ctx, x, t.lemma(x)))
    }

    /// Whether "fire" at `v` has a person for its object (a role or a named person): one fires
    /// officials from their posts, and rockets at the enemy.
    fn fires_a_person(&self, v: usize) -> bool {
        let t = &self.tree;
        let person = |i: usize| {
            self.ms
                .at(i)
                .is_some_and(|m| matches!(m.kind, MentionKind::Agent | MentionKind::Person))
        };
        t.kid(v, "obj").is_some_and(|o| {
            OFFICES.contains(&t.lemma(o))
                || person(o)
                || t.children(o)
                    .iter()
                    .any(|&c| matches!(t.rel(c), "compound" | "flat") && person(c))
        })
    }
}

/// Whether infinitive `x` of `v` is the aim of what `v` already took as its content: an
/// adverbial infinitive after `v`'s "to" phrase. "agreed to a ceasefire *to allow* the delivery
/// of aid": the ceasefire is what was agreed, the aid only its aim.
pub(super) fn aim_of_content(t: &crate::tree::Tree, v: usize, x: usize) -> bool {
    t.rel(x) == "advcl"
        && t.children(v).iter().any(|&c| {
            c < x && t.rel(c) == "obl" && t.kid(c, "case").is_some_and(|k| t.lemma(k) == "to")
        })
}
