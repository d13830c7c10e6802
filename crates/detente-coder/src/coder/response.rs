//! Answers to an earlier request or offer: "The embassy declined the request", "Moscow rejected
//! the offer". The one referred to is the last appeal, demand or offer the article told of, so
//! whoever made it is the answer's target.

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

impl SentenceCoder<'_, '_> {
    /// The maker of the earlier request that `v`'s object refers back to, standing where the
    /// object stands; `None` when the object names its maker or refers to nothing before.
    pub(super) fn requester(&self, ctx: &Context, v: usize, sources: &[Actor]) -> Option<Actor> {
        let t = &self.tree;
        let n = t.kid(v, "obj")?;
        if !REQUESTS.contains(&t.lemma(n)) {
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
        let (by, _) = ctx.last_request()?;
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
