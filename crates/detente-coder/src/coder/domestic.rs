//! Roles without a country ("police", "protesters", "the army") and the country they act in.
//!
//! News about one country names it once and then speaks of "police" and "protesters": those
//! roles belong to the country the sentence names before them, else to the one country it names
//! at all, else to the article's main country (the country its mentions name most often).

use super::SentenceCoder;
use crate::actor::Actor;
use crate::dictionary::{Mention, MentionKind};

/// The country an article's mentions name most often (first named wins a tie), if any.
pub(super) fn main_country(mentions: &[Vec<Mention>]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in mentions.iter().flatten() {
        if m.kind != MentionKind::Country || m.code.len() != 3 {
            continue;
        }
        match counts.iter_mut().find(|(c, _)| *c == m.code) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.code.as_str(), 1)),
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts
        .iter()
        .find(|&&(_, n)| n == best)
        .map(|(c, _)| c.to_string())
}

impl SentenceCoder<'_, '_> {
    /// The first country the sentence names before word `v`, if any.
    pub(super) fn sentence_country(&self, v: usize) -> Option<&str> {
        self.ms
            .list
            .iter()
            .find(|m| m.kind == MentionKind::Country && m.code.len() == 3 && m.start < v)
            .map(|m| m.code.as_str())
    }

    /// Gives the roles without a country among `sources` of the predicate at `v` the country
    /// they act in ("police" → "IRNCOP" in news about Iran).
    pub(super) fn place_roles(&self, v: usize, sources: &mut [Actor]) {
        if let Some(c) = self.role_country(v) {
            for a in sources {
                // "Foreign forces", "international troops" are exactly not the country's own.
                let outside = (a.start..a.end.min(self.tree.len())).any(|i| {
                    matches!(self.tree.lower(i), "foreign" | "international" | "overseas")
                });
                if outside {
                    continue;
                }
                if let Some(role) = a.code.strip_prefix("---") {
                    a.code = format!("{c}{role}");
                }
            }
        }
    }

    /// The country a role without one acts in, for a predicate at `v`.
    pub(super) fn role_country(&self, v: usize) -> Option<&str> {
        if let Some(c) = self.sentence_country(v) {
            return Some(c);
        }
        let mut named = self
            .ms
            .list
            .iter()
            .filter(|m| m.kind == MentionKind::Country && m.code.len() == 3);
        match (named.next(), named.next()) {
            (Some(a), None) => Some(a.code.as_str()),
            (Some(a), Some(b)) if a.code == b.code => Some(a.code.as_str()),
            (Some(_), Some(_)) => None,
            (None, _) => self.main_country,
        }
    }
}
