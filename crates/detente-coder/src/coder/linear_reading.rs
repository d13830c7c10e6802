//! Predicates read through a dictionary's linear (word-order) patterns, when it has them.
//!
//! PETRARCH and TABARI verb dictionaries write their patterns in word order ("HEAVILY *",
//! "* FOR_ASYLUM"); [`crate::linear`] matches them so. A matched pattern gives the code and, where
//! it has `+` or `$`, the target or source; the tree still gives what the pattern leaves open.

use super::SentenceCoder;
use crate::linear::{best_match, LinearMatch, View};
use crate::pattern::{plain_target, Match};

impl SentenceCoder<'_, '_> {
    /// The best linear pattern of `v`'s entry (phrasal key first when a particle was used).
    pub(super) fn linear_match(
        &self,
        v: usize,
        lemma: &str,
        prt: Option<usize>,
    ) -> Option<LinearMatch> {
        let d = self.coder.dict;
        let pats = match prt {
            Some(p) => d.linear(&format!("{lemma} {}", self.tree.lower(p))),
            // The form's own entry first, as in `entry_for`.
            None => match d.verb(self.tree.lower(v)) {
                Some(_) => d.linear(self.tree.lower(v)),
                None => d.linear(lemma),
            },
        };
        if pats.is_empty() {
            return None;
        }
        let view = View {
            tree: &self.tree,
            mentions: &self.ms.list,
        };
        let v_end = prt.filter(|&p| p > v).unwrap_or(v);
        best_match(&view, pats, v, v_end)
    }

    /// The head word of the mention starting at `start`; for a later conjunct ("Iran and
    /// *Iraq*"), the first conjunct, so that the slot takes the whole conjoined phrase.
    pub(super) fn mention_head(&self, start: usize) -> usize {
        let t = &self.tree;
        let end = self
            .ms
            .list
            .iter()
            .find(|m| m.start == start)
            .map_or(start + 1, |m| m.end);
        let mut h = (start..end)
            .find(|&i| t.parent(i).is_none_or(|p| p < start || p >= end))
            .unwrap_or(end - 1);
        for _ in 0..16 {
            match t.parent(h) {
                Some(p) if t.rel(h) == "conj" && crate::actor::is_nominal(t, p) => h = p,
                _ => break,
            }
        }
        h
    }

    /// A linear match as the tree coder's [`Match`]: the pattern's target, else the verb's plain
    /// target on the tree.
    pub(super) fn linear_as_match(
        &self,
        l: &LinearMatch,
        v: usize,
        is_actor: &dyn Fn(usize) -> bool,
    ) -> Match {
        let mut words = l.words.clone();
        words.push(v);
        words.sort_unstable();
        words.dedup();
        let target = match l.target {
            Some(s) => Some(self.mention_head(s)),
            None => plain_target(&self.tree, v, is_actor),
        };
        Match {
            code: l.code.clone(),
            target,
            words,
            reverse: l.reverse.clone(),
        }
    }
}

impl SentenceCoder<'_, '_> {
    /// TABARI's source when the tree gives a predicate none (the parser hung "Pakistan" off the
    /// verb as a modifier): the first actor mention before `v` that no preposition introduces,
    /// with no other verb between it and `v` (but those of the `subject` phrase).
    pub(super) fn linear_source_before(&self, v: usize, subject: Option<usize>) -> Option<usize> {
        let t = &self.tree;
        let m = self
            .ms
            .list
            .iter()
            .filter(|m| m.end <= v)
            .min_by_key(|m| m.start)?;
        let h = self.mention_head(m.start);
        // "Up to 100 Albanians" is a number, not a preposition.
        let case = |c: usize| {
            t.rel(c) == "case" && !(t.lower(c) == "to" && c > 0 && t.lower(c - 1) == "up")
        };
        let introduced = m.start > 0 && matches!(t.upos(m.start - 1), "ADP" | "SCONJ")
            || t.children(h).iter().any(|&c| case(c));
        // A participle on the subject ("aircraft including gunships") does not count.
        let verb_between = (m.end..v).any(|i| {
            t.upos(i) == "VERB"
                && !(t.rel(i) == "acl" && subject.is_some_and(|s| t.parent(i) == Some(s)))
        });
        (!introduced && !verb_between && !t.full_rel(h).ends_with("poss")).then_some(h)
    }
}
