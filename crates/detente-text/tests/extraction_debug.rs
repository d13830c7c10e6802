//! A developer's tool, not a check: `EXTRACT_PAGE=<id prefix> cargo test --release --test
//! extraction_debug -- --ignored --nocapture` writes our paragraphs and the ground truth of
//! matching pages to /tmp/extract-debug/.

use std::path::Path;

use detente_text::extract::corpus::{self, Truth};
use detente_text::{extract, Body, ExtractOptions, RawDocument};

#[test]
#[ignore]
fn dump_pages() {
    let Ok(prefix) = std::env::var("EXTRACT_PAGE") else {
        return;
    };
    let base = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/extraction"
    ));
    let out = Path::new("/tmp/extract-debug");
    std::fs::create_dir_all(out).expect("debug dir");
    for set in [
        "article-extraction-benchmark",
        "readability",
        "trafilatura-eval-en",
    ] {
        let Ok((_, pages)) = corpus::open(&base.join(set)) else {
            continue;
        };
        for p in pages.iter().filter(|p| p.id.starts_with(&prefix)) {
            let raw = RawDocument {
                origin: p.id.clone(),
                id: None,
                url: p.url.clone(),
                date: None,
                title: None,
                body: Body::Html(p.html.clone()),
            };
            let d = extract(&raw, &ExtractOptions::default()).expect("extracts");
            let ours: String = d
                .paragraphs
                .iter()
                .map(|p| format!("{}\n", p.text))
                .collect();
            let truth = match &p.truth {
                Truth::Body(t) => t.clone(),
                Truth::Readability { text, .. } => text.clone(),
                Truth::Snippets { with, without } => format!("WITH {with:?}\nWITHOUT {without:?}"),
            };
            std::fs::write(out.join(format!("{}.ours", p.id)), ours).expect("write");
            std::fs::write(out.join(format!("{}.truth", p.id)), truth).expect("write");
            println!(
                "{} title {:?} author {:?} date {:?}",
                p.id, d.title, d.author, d.published
            );
        }
    }
}
