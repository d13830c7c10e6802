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

/// Guesses the language of `text` from function words; `None` when too little evidence.
pub fn guess(text: &str) -> Option<String> {
    let mut counts = [0usize; 7];
    let mut total = 0usize;
    for w in text.split_whitespace().take(2000) {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        total += 1;
        for (i, (_, words)) in STOPWORDS.iter().enumerate() {
            if words.contains(&w.as_str()) {
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
        let en = "The minister said that the talks with the delegation were useful and that he \
                  was hoping for progress in the coming weeks for the sake of the region.";
        assert_eq!(super::guess(en).as_deref(), Some("en"));
        assert_eq!(super::guess("short").as_deref(), None);
    }
}
