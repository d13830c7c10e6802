//! Document language: from the page's declaration when there is one, else a stopword guess.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Normalises a declared language tag (`en-US`, `en_GB`, `EN`) to its ISO 639-1 code.
pub fn normalize(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}

const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "in", "for", "with", "was",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "nicht", "ist", "mit", "sich", "auf", "ein",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "et", "des", "est", "une", "dans", "pour", "que", "pas",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "que", "del", "una", "por", "con", "para",
        ],
    ),
    (
        "it",
        &[
            "il", "che", "della", "per", "una", "sono", "con", "non", "gli", "del",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "que", "não", "uma", "com", "para", "do", "da", "em",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "van", "en", "niet", "dat", "is", "voor", "op",
        ],
    ),
];

/// Bytes of the longest stopword.
const MAX_STOPWORD: usize = 5;

/// Stopword → the languages (bit `i` for `STOPWORDS[i]`) that list it: one lookup a word
/// instead of seventy comparisons.
fn stopword_langs() -> &'static HashMap<&'static str, u8> {
    static MAP: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for (i, (_, words)) in STOPWORDS.iter().enumerate() {
            for w in *words {
                *m.entry(*w).or_insert(0) |= 1 << i;
            }
        }
        m
    })
}

/// Guesses the language of `text` from function words; `None` when too little evidence.
pub fn guess(text: &str) -> Option<String> {
    let mut counts = [0usize; 7];
    let mut total = 0usize;
    let mut lower = String::new();
    for w in text.split_whitespace().take(2000) {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        total += 1;
        // A word that lower-cases to a stopword is short (twice the bytes is a wide margin:
        // its letters are ASCII or 'ã'), so most words need neither lower-casing nor the
        // comparisons, and the lower-cased word goes into one reused buffer.
        if w.len() > MAX_STOPWORD * 2 {
            continue;
        }
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        if lower.len() > MAX_STOPWORD {
            continue;
        }
        if let Some(&langs) = stopword_langs().get(lower.as_str()) {
            for (i, c) in counts.iter_mut().enumerate() {
                *c += usize::from(langs & (1 << i) != 0);
            }
        }
    }
    let (best, &n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (total >= 20 && n * 10 >= total).then(|| STOPWORDS[best].0.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn guesses_and_normalizes() {
        assert_eq!(super::normalize("en-US").as_deref(), Some("en"));
        assert_eq!(super::normalize("x").as_deref(), None);
        let longest = super::STOPWORDS
            .iter()
            .flat_map(|(_, w)| w.iter())
            .map(|w| w.len());
        assert_eq!(longest.max(), Some(super::MAX_STOPWORD));
        let en = "The minister said that the talks with the delegation were useful and that he \
                  was hoping for progress in the coming weeks for the sake of the region.";
        assert_eq!(super::guess(en).as_deref(), Some("en"));
        assert_eq!(super::guess("short").as_deref(), None);
        let de = "Die Regierung hat nicht gesagt, dass sie mit der Opposition und den Ländern \
                  sprechen will; das ist ein Problem, sagt die Partei, die sich auf DIE Wahl freut.";
        assert_eq!(super::guess(de).as_deref(), Some("de"));
        // "que" is French, Spanish and Portuguese; "is" English and Dutch.
        assert_eq!(super::stopword_langs()["que"], 1 << 2 | 1 << 3 | 1 << 5);
        assert_eq!(super::stopword_langs()["is"], 1 << 0 | 1 << 6);
    }
}
