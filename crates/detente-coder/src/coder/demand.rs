//! Demands made by saying what another party must do: "Britain said Iran must release the
//! sailors", "Mubarak said the US should mediate". The embedded event is not asserted (it is
//! only required), but the statement itself is a demand (CAMEO 10) by the speaker on the party
//! that must act. Likewise a warning of what another party will suffer ("China warned that the
//! US would pay a heavy price", "… would face consequences") is a threat (13) on that party,
//! and a claim that another party did wrong ("claimed the protesters were sent by the
//! government") an accusation (112).

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
            if t.upos(s) != "VERB"
                || !(speech::is_speech_verb(t.lemma(s)) || speech::warns(t.lemma(s)))
            {
                continue;
            }
            // "said Iran had made a mistake and would pay for it": a clause conjoined to the
            // reported one shares its subject.
            let clauses: Vec<(usize, Option<usize>)> = t
                .kids_with(s, "ccomp")
                .flat_map(|c| {
                    let subject = t.kid(c, "nsubj");
                    std::iter::once((c, subject)).chain(
                        t.kids_with(c, "conj")
                            .filter(|&x| t.upos(x) == "VERB")
                            .map(move |x| (x, t.kid(x, "nsubj").or(subject))),
                    )
                })
                .collect();
            for (c, subject) in clauses {
                let must = t
                    .children(c)
                    .iter()
                    .copied()
                    .find(|&a| t.rel(a) == "aux" && matches!(t.lower(a), "must" | "should"));
                let (code, aux, who) = match (must, self.suffers(c), self.accused(s, c)) {
                    (Some(aux), _, _) => ("100", aux, subject),
                    (None, Some(aux), _) => ("130", aux, subject),
                    (None, None, Some(who)) => ("112", c, Some(who)),
                    _ => continue,
                };
                let Some(who) = who else {
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
                    m: Match::plain(code, Some(who), vec![s.min(aux), s.max(aux)]),
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

impl SentenceCoder<'_, '_> {
    /// The future auxiliary of a clause that says its subject will suffer for what it does
    /// ("would pay a heavy price", "will face consequences", "will regret it"), if it is one.
    fn suffers(&self, c: usize) -> Option<usize> {
        let t = &self.tree;
        let aux = t.children(c).iter().copied().find(|&a| {
            t.rel(a) == "aux" && matches!(t.lower(a), "will" | "would" | "'ll" | "wo")
        })?;
        let obj = t.kid(c, "obj").map(|o| t.lemma(o));
        // "pay for it", "pay for its crimes": for a deed, not a purchase.
        let for_deed = t.kids_with(c, "obl").any(|o| {
            t.case_of(o) == Some("for")
                && (matches!(t.lower(o), "it" | "this" | "that")
                    || super::evaluation::is_verdict(t.lemma(o))
                    || DEEDS.contains(&t.lemma(o)))
        });
        let suffering = match t.lemma(c) {
            "pay" => obj == Some("price") || for_deed,
            "face" => matches!(
                obj,
                Some("consequence" | "consequences" | "retaliation" | "response" | "retribution")
            ),
            "regret" => true,
            _ => false,
        };
        let denied = own_frame(t, c).1;
        (suffering && !denied).then_some(aux)
    }

    /// Who a claim accuses: "claimed (that) protesters were sent by the government" (the
    /// agent), "claimed that Gondor shelled the city" (the subject of a hostile act).
    fn accused(&self, s: usize, c: usize) -> Option<usize> {
        let t = &self.tree;
        if !matches!(t.lemma(s), "claim" | "charge" | "insist") {
            return None;
        }
        let agent = t.children(c).iter().copied().find(|&a| {
            t.full_rel(a) == "obl:agent" || (t.rel(a) == "obl" && t.case_of(a) == Some("by"))
        });
        if agent.is_some() {
            return agent;
        }
        let hostile = self
            .coder
            .dict
            .verb(t.lemma(c))
            .and_then(|e| e.code.as_deref())
            .and_then(|code| code.get(..2))
            .and_then(|r| r.parse::<u8>().ok())
            .is_some_and(|r| (11..=20).contains(&r));
        hostile.then(|| t.kid(c, "nsubj")).flatten()
    }
}

/// What one pays for when made to suffer: "will pay for its aggression" (besides the verdict
/// words, "its crimes", "this provocation").
const DEEDS: &[&str] = &[
    "aggression",
    "attack",
    "action",
    "act",
    "mistake",
    "behaviour",
    "behavior",
];
