//! Answers to an earlier request, offer or statement: "The embassy declined the request",
//! "Moscow rejected the offer", "Blinken rejected the remarks". The one referred to is the last
//! appeal, demand or offer the article told of, or the last quotation's speaker, so whoever made
//! it is the answer's target.

use super::SentenceCoder;
use crate::actor::Actor;
use crate::context::Context;
use crate::dictionary::MentionKind;

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
        let n = t.kid(v, "obj")?;
        let said = SAYINGS.contains(&t.lemma(n));
        if !REQUESTS.contains(&t.lemma(n)) && !said {
            return None;
        }
        // "the request", "their demand"; not "a request", nor "a request from Iran".
        let refers = t.children(n).iter().any(|&c| {
            (t.rel(c) == "det" && matches!(t.lower(c), "the" | "this" | "that" | "these" | "those"))
                || (t.full_rel(c) == "nmod:poss" && t.upos(c) == "PRON")
        });
        let named = t.phrase(n).iter().any(|&i| self.ms.at(i).is_some());
        if !refers || named {
            return None;
        }
        let by = if said {
            ctx.speaker().first().map(|a| a.code.as_str())?
        } else {
            ctx.last_request()?.0
        };
        if sources.iter().any(|s| s.code == by) {
            return None;
        }
        Some(Actor {
            code: by.to_string(),
            start: n,
            end: n + 1,
            kind: if by.starts_with("---") {
                MentionKind::Agent
            } else {
                MentionKind::Country
            },
            first_person: false,
            second_person: false,
        })
    }

    /// Whoever did the violence `v`'s object refers back to ("condemned the attack", "denounced
    /// the bombing"), standing where the object stands.
    pub(super) fn perpetrator(&self, ctx: &Context, v: usize, sources: &[Actor]) -> Option<Actor> {
        let t = &self.tree;
        let n = t.kid(v, "obj")?;
        let violent = self
            .coder
            .dict
            .noun_event(t.lemma(n))
            .and_then(|e| e.code.as_deref())
            .is_some_and(super::violence::violent);
        let definite = t
            .children(n)
            .iter()
            .any(|&c| t.rel(c) == "det" && matches!(t.lower(c), "the" | "this" | "that"));
        let named = t.phrase(n).iter().any(|&i| self.ms.at(i).is_some());
        if !violent || !definite || named {
            return None;
        }
        let by = ctx.last_perpetrator()?;
        if sources.iter().any(|s| s.code == by) {
            return None;
        }
        Some(Actor {
            code: by.to_string(),
            start: n,
            end: n + 1,
            kind: if by.starts_with("---") {
                MentionKind::Agent
            } else {
                MentionKind::Country
            },
            first_person: false,
            second_person: false,
        })
    }
}
