//! Word clusters: classes of words that occur in like contexts, learned from word vectors
//! trained on far more text than a treebank ([`learn`]). A word the treebank never showed
//! still shares a class with words it did, so the tagger and the parser generalise to it.
//!
//! A table maps a lowercased form's hash (the [`crate::features::WordInfo::lower`] atom) to
//! one class id per level, coarse to fine; [`Clusters::atoms`] turns them into feature atoms.
//! Words not in the table get [`UNLISTED`].

use rustc_hash::FxHashMap;

use crate::features::WordInfo;

pub mod learn;

/// Levels per word, coarse to fine.
pub const LEVELS: usize = 3;
/// The atoms of a word not in the table.
pub const UNLISTED: [u64; LEVELS] = [0x756e_6c31, 0x756e_6c32, 0x756e_6c33];

/// Lowercased-form hash → one class id per level.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Clusters {
    pub(crate) ids: FxHashMap<u64, [u16; LEVELS]>,
}

impl Clusters {
    /// Adds `word` (lowercased) with its class ids, unless its lowercased form is already in:
    /// vector files list the frequent spelling first.
    pub fn insert(&mut self, word: &str, ids: [u16; LEVELS]) {
        let lower = WordInfo::new(word, &mut String::new()).lower;
        self.ids.entry(lower).or_insert(ids);
    }

    /// Adds a word's entry by its hash, as the model file stores it.
    pub fn insert_hash(&mut self, lower: u64, ids: [u16; LEVELS]) {
        self.ids.insert(lower, ids);
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The class ids of the word whose lowercased form hashes to `lower`.
    pub fn ids(&self, lower: u64) -> Option<[u16; LEVELS]> {
        self.ids.get(&lower).copied()
    }

    /// The feature atoms of the word whose lowercased form hashes to `lower`.
    #[inline]
    pub fn atoms(&self, lower: u64) -> [u64; LEVELS] {
        match self.ids.get(&lower) {
            Some(ids) => {
                let mut a = [0u64; LEVELS];
                for (l, (slot, id)) in a.iter_mut().zip(ids).enumerate() {
                    *slot = 0x636c_0000_0000 | (l as u64) << 16 | *id as u64;
                }
                a
            }
            None => UNLISTED,
        }
    }

    /// Every entry, sorted by hash (the model file's order).
    pub fn entries(&self) -> Vec<(u64, [u16; LEVELS])> {
        let mut e: Vec<_> = self.ids.iter().map(|(k, v)| (*k, *v)).collect();
        e.sort_unstable();
        e
    }
}
