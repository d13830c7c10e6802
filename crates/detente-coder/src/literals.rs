//! The literal index of a verb entry: which of its patterns the words around a predicate can
//! possibly satisfy, found before any pattern is tried.
//!
//! A common verb has hundreds of patterns, and most fail on a literal word that is nowhere near
//! the predicate; trying each literal of each pattern against each word of the predicate's
//! area (and each member of a word class against each word) was a sixth of coding time. Every
//! way a literal can hit a token (its form, its lemma, a regular plural, the last word of a
//! phrase, "never" for "not") needs the literal's *key*, its last word, to be one of the
//! token's few keys. So the index maps keys to the pattern elements they may satisfy, and a
//! pattern is tried only when each of its required literals has a key among the area's words.
//! It is a necessary condition only: the matcher still checks every pattern it lets through.

use crate::dictionary::{Element, Pattern};
use crate::tree::Tree;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The index of one entry's patterns, built the first time the entry is matched.
#[derive(Default)]
pub struct LiteralIndex {
    /// Key → the (pattern, element) pairs a token with that key may satisfy.
    by_key: FxHashMap<Box<str>, Vec<(u32, u8)>>,
    /// Per pattern, the bit mask of the literal elements that must be found (0: none, or a
    /// pattern too long to index, which is always tried).
    need: Vec<u64>,
}

/// A lazily built [`LiteralIndex`] kept in a verb entry. It takes no part in the entry's
/// equality or cloning: it is derived from the patterns.
#[derive(Default)]
pub struct LiteralCell(OnceLock<LiteralIndex>);

impl Clone for LiteralCell {
    fn clone(&self) -> Self {
        LiteralCell::default()
    }
}

impl PartialEq for LiteralCell {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LiteralCell {}

impl std::fmt::Debug for LiteralCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LiteralCell")
    }
}

impl LiteralCell {
    /// The index of `patterns`, built on first use. `None` if the patterns changed since it was
    /// built (an entry edited after use is matched without the index, never wrongly).
    pub fn get(&self, patterns: &[Pattern]) -> Option<&LiteralIndex> {
        let ix = self.0.get_or_init(|| LiteralIndex::new(patterns));
        (ix.need.len() == patterns.len()).then_some(ix)
    }
}

/// The word before slot `slot` of a pattern, if it is a literal: the slot's marker, which the
/// matcher reads as the slot's case marker and not as a word to find.
pub fn marker_before(els: &[Element], slot: Option<usize>) -> Option<(usize, &str)> {
    slot.and_then(|t| t.checked_sub(1))
        .and_then(|k| match &els[k] {
            Element::Word(w) => Some((k, w.as_str())),
            _ => None,
        })
}

/// The elements of a pattern that the matcher looks for as words: literals and word classes,
/// but not the markers of `+`, `@` and `$`.
pub fn required_literals(els: &[Element]) -> impl Iterator<Item = (usize, &Element)> {
    let tpos = els
        .iter()
        .position(|e| matches!(e, Element::Target | Element::Place));
    let spos = els.iter().position(|e| matches!(e, Element::Source));
    let skip = [marker_before(els, tpos), marker_before(els, spos)];
    els.iter().enumerate().filter(move |(k, e)| {
        matches!(e, Element::Word(_) | Element::Synset(_))
            && !skip.iter().flatten().any(|(m, _)| m == k)
    })
}

/// A literal's key: its last word ("fire" of "cease fire").
fn key_of(word: &str) -> &str {
    word.rsplit(' ').next().unwrap_or(word)
}

impl LiteralIndex {
    fn new(patterns: &[Pattern]) -> LiteralIndex {
        let mut by_key: FxHashMap<Box<str>, Vec<(u32, u8)>> = FxHashMap::default();
        let mut need = Vec::with_capacity(patterns.len());
        for (pi, p) in patterns.iter().enumerate() {
            let (Ok(pi), true) = (u32::try_from(pi), p.elements.len() <= 64) else {
                need.push(0);
                continue;
            };
            let mut mask = 0u64;
            for (k, e) in required_literals(&p.elements) {
                let words: &[String] = match e {
                    Element::Word(w) => std::slice::from_ref(w),
                    Element::Synset(ws) => ws,
                    _ => continue,
                };
                // An element with an empty word could match anything: it is not required.
                if words.is_empty() || words.iter().any(|w| key_of(w).is_empty()) {
                    continue;
                }
                let k8 = k as u8;
                mask |= 1 << k;
                for w in words {
                    let list = by_key.entry(key_of(w).into()).or_default();
                    if list.last() != Some(&(pi, k8)) {
                        list.push((pi, k8));
                    }
                }
            }
            need.push(mask);
        }
        LiteralIndex { by_key, need }
    }

    /// Per pattern, whether it may match at predicate `v` with argument area `area`: each of
    /// its required literals has its key among those words' keys. `found` is a reused buffer.
    pub fn candidates(&self, tree: &Tree, v: usize, area: &[usize], found: &mut Vec<u64>) {
        found.clear();
        found.resize(self.need.len(), 0);
        let mut mark = |key: &str| {
            if let Some(list) = self.by_key.get(key) {
                for &(p, k) in list {
                    found[p as usize] |= 1 << k;
                }
            }
        };
        for i in std::iter::once(v).chain(area.iter().copied()) {
            token_keys(tree, i, &mut mark);
        }
        for (f, need) in found.iter_mut().zip(&self.need) {
            *f = u64::from(*f & need == *need);
        }
    }
}

/// Every key a literal that hits token `i` can have (see `pattern::forms_hit`): the form and
/// lemma, their last words, their last hyphen pieces ("cease-fire"), a regular plural's
/// singular, and "not" for "never".
pub(crate) fn token_keys(tree: &Tree, i: usize, mark: &mut impl FnMut(&str)) {
    let (lower, lemma) = (tree.lower(i), tree.lemma(i));
    for s in [lower, lemma] {
        mark(s);
        let word = key_of(s);
        if word.len() != s.len() {
            mark(word);
        }
        let piece = s.rsplit('-').next().unwrap_or(s);
        if piece.len() != s.len() {
            mark(piece);
        }
    }
    let word = key_of(lower);
    if let Some(singular) = word.strip_suffix('s') {
        mark(singular);
    }
    if lower == "never" {
        mark("not");
    }
}

#[cfg(test)]
#[path = "literals_tests.rs"]
mod tests;
