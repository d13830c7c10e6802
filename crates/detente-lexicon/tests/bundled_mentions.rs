//! The bundled dictionaries resolve real mentions to the right country and role for the date:
//! `tests/data/mentions.tsv` holds the cases (people across changes of office, metonyms,
//! compositions, IGOs, misspellings, accents). Every wrong case is listed at once.

use detente_lexicon::{Date, Lexicon};

#[test]
fn bundled_dictionaries_resolve_dated_mentions() {
    let lex = Lexicon::bundled().expect("bundled dictionaries load");
    let cases = include_str!("data/mentions.tsv");
    let mut n = 0;
    let mut wrong = Vec::new();
    for (i, line) in cases.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            f.len(),
            3,
            "mentions.tsv:{}: expected mention, date, code",
            i + 1
        );
        let date = Date::parse(f[1]).unwrap_or_else(|| panic!("mentions.tsv:{}: bad date", i + 1));
        n += 1;
        let got = lex.lookup(f[0], Some(date));
        if got.as_ref().map(|r| r.code.as_str()) != Some(f[2]) {
            wrong.push(format!(
                "mentions.tsv:{}: {} @ {} → {:?}, want {} ({})",
                i + 1,
                f[0],
                f[1],
                got.as_ref().map(|r| &r.code),
                f[2],
                got.as_ref().map_or("no match", |r| r.why.as_str())
            ));
        }
    }
    assert!(n >= 100, "only {n} cases");
    assert!(
        wrong.is_empty(),
        "{} of {n} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The codes the bundled dictionaries find in a sentence's words (split on spaces).
fn codes_in(lex: &Lexicon, sentence: &str) -> Vec<String> {
    let words: Vec<detente_lexicon::TokenView> = sentence
        .split(' ')
        .map(|w| detente_lexicon::TokenView { form: w, lemma: w })
        .collect();
    lex.actors_in(&words, Date::parse("2024-03-07"))
        .into_iter()
        .map(|m| m.code)
        .collect()
}

#[test]
fn seas_and_straits_are_no_party_to_what_happens_in_them() {
    let lex = Lexicon::bundled().expect("bundled dictionaries load");
    // "the Gulf of Oman" is a sea, not the Gulf states, nor Oman.
    assert_eq!(
        codes_in(&lex, "Iran seized a tanker in the Gulf of Oman"),
        ["IRN"]
    );
    assert_eq!(
        codes_in(&lex, "Iran threatened to close the Strait of Hormuz"),
        ["IRN"]
    );
    assert_eq!(
        codes_in(&lex, "Houthis attacked ships in the Gulf of Aden"),
        codes_in(&lex, "Houthis attacked ships")
    );
    // The Gulf's states and council are still there.
    assert_eq!(codes_in(&lex, "Gulf states condemned Iran"), ["PGS", "IRN"]);
    assert_eq!(
        codes_in(&lex, "The Gulf Cooperation Council met"),
        ["IGOPGSGCC"]
    );
}
