//! A fixed list of words that the coder asks about on every word of every sentence.
//!
//! A list compared word by word costs one comparison per entry; a set hashes the word once.
//! The list stays a plain `&[&str]` in the source, where it is read and reviewed; the set is
//! built from it on first use.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Words of one list or of several, hashed on first use.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    more: &'static [&'static [&'static str]],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            more: &[],
            set: OnceLock::new(),
        }
    }

    /// The words of several lists that are also asked about one by one.
    pub(crate) const fn union(lists: &'static [&'static [&'static str]]) -> WordSet {
        WordSet {
            words: &[],
            more: lists,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the words, exactly (callers fold case first).
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| {
                let more = self.more.iter().flat_map(|l| l.iter());
                self.words.iter().chain(more).copied().collect()
            })
            .contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn a_word_set_has_its_words_and_no_other() {
        static SET: WordSet = WordSet::new(&["quake", "flood", "storm"]);
        assert!(SET.contains("flood") && SET.contains("quake"));
        assert!(!SET.contains("Flood") && !SET.contains("floods") && !SET.contains(""));
        static BOTH: WordSet = WordSet::union(&[&["quake"], &["flood", "storm"]]);
        assert!(BOTH.contains("quake") && BOTH.contains("storm") && !BOTH.contains("fire"));
    }
}
