//! The first acceptance case: the scraped Pompeo–Lavrov page gives the title, author and body
//! bounds its gold file states, and none of the chrome strings (skipped when `../shared` is
//! absent).

use std::path::Path;

use detente_text::{extract, Body, ExtractOptions, RawDocument};

#[test]
fn pompeo_lavrov_seed() {
    let seed = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed"));
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(seed.join("pompeo-lavrov.txt")),
        std::fs::read_to_string(seed.join("pompeo-lavrov.gold.json")),
    ) else {
        eprintln!("skipping: {} is absent", seed.display());
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold JSON");
    let g = &gold["extraction"];
    let raw = RawDocument {
        origin: "pompeo-lavrov.txt".into(),
        id: None,
        url: None,
        date: None,
        title: None,
        body: Body::Text(text.clone()),
    };
    let d = extract(&raw, &ExtractOptions::default()).expect("extracts");
    assert_eq!(d.title.as_deref(), g["title"].as_str());
    assert_eq!(d.author.as_deref(), g["author"].as_str());
    let first = g["body_first_words"].as_str().expect("first words");
    let last = g["body_last_words"].as_str().expect("last words");
    assert!(
        d.text.starts_with(first),
        "body starts {:?}",
        &d.text[..80.min(d.text.len())]
    );
    assert!(
        d.text.ends_with(last),
        "body ends {:?}",
        &d.text[d.text.len().saturating_sub(80)..]
    );
    for s in g["must_not_be_body"].as_array().expect("list") {
        let s = s.as_str().expect("string");
        assert!(!d.text.contains(s), "{s:?} is in the body");
    }
    for p in &d.paragraphs {
        let src = text[p.start..p.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(src, p.text, "offsets point at the paragraph");
    }
    assert_eq!(d.language.as_deref(), Some("en"));
}
