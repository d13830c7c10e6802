//! Document language: from the page's declaration when there is one, else a stopword guess.

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
        for (i, (_, words)) in STOPWORDS.iter().enumerate() {
            if words.contains(&lower.as_str()) {
                counts[i] += 1;
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
    }
}
