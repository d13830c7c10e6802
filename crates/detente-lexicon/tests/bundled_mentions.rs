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
