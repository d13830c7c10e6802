//! A fixed list of words that the coder asks about on every word of every sentence.
//!
//! A list compared word by word costs one comparison per entry; a set hashes the word once.
//! The list stays a plain `&[&str]` in the source, where it is read and reviewed; the set is
//! built from it on first use.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Words, hashed on first use.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the words, exactly (callers fold case first).
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
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
    }
}
