//! Answers to an earlier request, offer or statement: "The embassy declined the request",
//! "Moscow rejected the offer", "Blinken rejected the remarks". The one referred to is the last
//! appeal, demand or offer the article told of, or the last quotation's speaker, so whoever made
//! it is the answer's target.

use super::SentenceCoder;
use crate::actor::Actor;
use crate::context::Context;
use crate::dictionary::VerbEntry;

/// Nouns that name a request or an offer one can answer.
const REQUESTS: &[&str] = &[
    "request",
    "demand",
    "call",
    "appeal",
    "plea",
    "ultimatum",
    "petition",
    "offer",
    "proposal",
    "invitation",
];

/// Nouns that name an act by what it decided: answered by whoever did it.
const DECISIONS: &[&str] = &["decision", "move", "verdict", "ruling", "step", "measure"];

/// Nouns that name something said, answered by rejecting or denying it: its speaker is the
/// target ("Blinken rejected the remarks", "Moscow dismissed the accusations").
const SAYINGS: &[&str] = &[
    "remark",
    "comment",
    "statement",
    "claim",
    "allegation",
    "accusation",
    "assertion",
];

impl SentenceCoder<'_, '_> {
    /// The maker of the earlier request that `v`'s object refers back to, standing where the
    /// object stands; `None` when the object names its maker or refers to nothing before.
    pub(super) fn requester(&self, ctx: &Context, v: usize, sources: &[Actor]) -> Option<Actor> {
        let t = &self.tree;
        // "the request", "their demand"; not "a request", nor "a request from Iran".
        let n = self.object_referring_back(v, true)?;
        let said = SAYINGS.contains(&t.lemma(n));
        if !REQUESTS.contains(&t.lemma(n)) && !said {
            return None;
        }
        // An accusation is its accuser's, whether or not it was told as speech.
        let accused = matches!(t.lemma(n), "accusation" | "allegation");
        let by = if accused && ctx.last_accuser().is_some() {
            ctx.last_accuser()?
        } else if said {
            ctx.speaker().first().map(|a| a.code.as_str())?
        } else {
            ctx.last_request()?.0
        };
        answered(by, n, sources)
    }

    /// Who did the act that `v`'s object refers back to as a decision ("The World Bank
    /// suspended lending to Uganda. Uganda's president denounced the decision") or by an event
    /// noun ("criticised the deportations"): the last one who did something to another, in this
    /// sentence or the two before.
    pub(super) fn decision_maker(
        &self,
        ctx: &Context,
        v: usize,
        sources: &[Actor],
    ) -> Option<Actor> {
        let n = self.object_referring_back(v, true)?;
        // "criticised the deportations", "condemned the arrests": an act the dictionary names
        // by its noun, done by the last one who did something to another.
        let lemma = self.tree.lemma(n);
        if !DECISIONS.contains(&lemma) && self.coder.dict.noun_event(lemma).is_none() {
            return None;
        }
        answered(ctx.last_doer()?, n, sources)
    }

    /// The parties of the meeting `v`'s object refers back to ("denounced the summit",
    /// "criticised the talks"): the article's main pair, the side that is not the source.
    pub(super) fn meeting_parties(
        &self,
        ctx: &Context,
        v: usize,
        sources: &[Actor],
    ) -> Option<Actor> {
        let (n, entry) = self.event_referring_back(v)?;
        if !entry.code.as_deref().is_some_and(|c| c.starts_with("04")) {
            return None;
        }
        let (a, b) = ctx.last_pair()?;
        answered(a, n, sources).or_else(|| answered(b, n, sources))
    }

    /// Between whom a mediator mediates when its participle names only the deal ("restored ties
    /// under a deal *brokered* by China", "agreed to a truce *brokered* by Egypt"): the parties
    /// of the clause the deal belongs to (through a noun it completes: "restored *ties* under a
    /// deal"), its subject and their conjuncts.
    pub(super) fn mediated_parties(&self, ctx: &Context, v: usize, deal: usize) -> Vec<Actor> {
        let t = &self.tree;
        if t.full_rel(v) != "acl" || t.parent(v) != Some(deal) {
            return Vec::new();
        }
        let host = t
            .ancestors(deal)
            .take(2)
            .find(|&u| t.upos(u) != "NOUN")
            .filter(|&u| t.upos(u) == "VERB");
        host.and_then(|u| self.subject(u).0)
            .map(|h| crate::actor::actors_at(t, &self.ms, ctx, h))
            .unwrap_or_default()
    }

    /// Whoever did the violence `v`'s object refers back to ("condemned the attack", "denounced
    /// the bombing"), standing where the object stands.
    pub(super) fn perpetrator(&self, ctx: &Context, v: usize, sources: &[Actor]) -> Option<Actor> {
        let (n, entry) = self.event_referring_back(v)?;
        // "the strikes" may be violence (air strikes) though a bare "strike" is a labour
        // strike: it refers back to violence only where someone was told to have done some.
        let violent = entry.code.as_deref().is_some_and(super::violence::violent)
            || entry
                .patterns
                .iter()
                .any(|p| super::violence::violent(&p.code));
        if !violent {
            return None;
        }
        answered(ctx.last_perpetrator()?, n, sources)
    }

    /// Whom `v` retaliates against when it names nobody ("Iran vowed to retaliate", "hit
    /// back"): the last one who did something to another, in this sentence or the two before,
    /// if not the source itself.
    pub(super) fn retaliated_against(
        &self,
        ctx: &Context,
        v: usize,
        sources: &[Actor],
    ) -> Option<Actor> {
        let t = &self.tree;
        let back = || t.kids_with(v, "compound:prt").any(|p| t.lower(p) == "back");
        let retaliates = match t.lemma(v) {
            "retaliate" | "avenge" => true,
            "hit" | "strike" | "fight" => back(),
            _ => false,
        };
        if !retaliates {
            return None;
        }
        answered(ctx.last_doer()?, v, sources)
    }

    /// Whoever did the violence that subject `h` refers back to, as the subject of a violent
    /// verb: "A car bomb struck the base. The attack killed twelve" is the bombers' act.
    pub(super) fn perpetrator_of_subject(&self, ctx: &Context, h: usize) -> Option<Actor> {
        self.refers_back(h, false)?;
        Some(Actor::standing(ctx.last_perpetrator()?, h))
    }

    /// Whoever made the show of force `v`'s object refers back to ("condemned the drills",
    /// "criticised the exercises"), standing where the object stands.
    pub(super) fn force_shower(&self, ctx: &Context, v: usize, sources: &[Actor]) -> Option<Actor> {
        let (n, entry) = self.event_referring_back(v)?;
        let posture = |c: &str| c.starts_with("15");
        let shown = entry.code.as_deref().is_some_and(posture)
            || entry.patterns.iter().any(|p| posture(&p.code));
        if !shown {
            return None;
        }
        answered(ctx.last_force()?, n, sources)
    }

    /// `v`'s object when it points back at an event told before, with its noun's entry; or
    /// the event the object answers: "vowed revenge for the strike", "retaliation for the
    /// attack".
    fn event_referring_back(&self, v: usize) -> Option<(usize, &VerbEntry)> {
        let t = &self.tree;
        let n = self.object_referring_back(v, false).or_else(|| {
            // The "for" phrase on the object, or on the verb as the parser may hang it.
            let o = t.kid(v, "obj")?;
            let cause = t
                .kids_with(o, "nmod")
                .chain(t.kids_with(v, "obl"))
                .find(|&c| t.case_of(c) == Some("for"))?;
            self.refers_back(cause, false)
        })?;
        Some((n, self.coder.dict.noun_event(t.lemma(n))?))
    }

    /// `v`'s object when it points back at something told before ("the request", "this attack",
    /// and with `possessive` also "their demand") and names no actor of its own.
    fn object_referring_back(&self, v: usize, possessive: bool) -> Option<usize> {
        let t = &self.tree;
        // The object, or what a passive was done to ("The strike was condemned by the EU").
        let n = t.kid(v, "obj").or_else(|| {
            t.children(v)
                .iter()
                .copied()
                .find(|&c| t.full_rel(c) == "nsubj:pass")
        })?;
        self.refers_back(n, possessive)
    }

    /// `n` when its phrase points back at something told before and names no actor.
    fn refers_back(&self, n: usize, possessive: bool) -> Option<usize> {
        let t = &self.tree;
        let refers = t.children(n).iter().any(|&c| {
            let det = match t.lower(c) {
                "the" | "this" | "that" => true,
                "these" | "those" => possessive,
                _ => false,
            };
            (t.rel(c) == "det" && det)
                || (possessive && t.full_rel(c) == "nmod:poss" && t.upos(c) == "PRON")
        });
        let named = t.phrase(n).iter().any(|&i| self.ms.at(i).is_some());
        (refers && !named).then_some(n)
    }
}

/// The party an answer at word `n` is aimed at, unless it is the one answering.
fn answered(by: &str, n: usize, sources: &[Actor]) -> Option<Actor> {
    (!sources.iter().any(|s| s.code == by)).then(|| Actor::standing(by, n))
}
