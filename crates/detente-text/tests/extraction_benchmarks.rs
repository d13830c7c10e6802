//! Extraction quality on the developer sets in `../shared/data/extraction` (skipped when absent).
//! Floors sit a little under the measured figures (see BENCHMARKS.md) to catch regressions.

use std::path::Path;

use detente_text::extract::corpus::{self, evaluate, Output, Page, Report};
use detente_text::{extract, Body, ExtractOptions, RawDocument};

fn ours(page: &Page) -> Output {
    let raw = RawDocument {
        origin: page.path.display().to_string(),
        id: None,
        url: page.url.clone(),
        date: None,
        title: None,
        body: Body::Html(page.html.clone()),
    };
    let d = extract(&raw, &ExtractOptions::default()).expect("page under the size limit");
    Output {
        text: d.text,
        title: d.title,
        published: d.published,
    }
}

fn report(set: &str) -> Option<Report> {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/extraction"
    ))
    .join(set);
    if !dir.exists() {
        eprintln!("skipping: {} is absent", dir.display());
        return None;
    }
    let (_, pages) = corpus::open(&dir).expect("set loads");
    let r = evaluate(&pages, &ours);
    if std::env::var("EXTRACT_DEBUG").is_ok() {
        for (id, c) in &r.per_page {
            println!("{id}\t{:.0}\t{:.0}\t{:.0}", c.tp, c.fp, c.fn_);
        }
    }
    println!(
        "{set}: upstream P {:.3} R {:.3} F1 {:.3}; micro F1 {:.3}; snippets {:?}; title {:?}; date {:?}",
        r.upstream.precision, r.upstream.recall, r.upstream.f1, r.micro.f1, r.snippets, r.title, r.published
    );
    Some(r)
}

#[test]
fn aeb_main_text() {
    let Some(r) = report("article-extraction-benchmark") else {
        return;
    };
    assert!(r.upstream.f1 >= 0.96, "AEB F1 {:.3}", r.upstream.f1);
}

#[test]
fn readability_main_text_and_metadata() {
    let Some(r) = report("readability") else {
        return;
    };
    assert!(r.upstream.f1 >= 0.96, "readability F1 {:.3}", r.upstream.f1);
    let (ok, n) = r.title;
    assert!(ok as f64 >= 0.95 * n as f64, "titles {ok}/{n}");
    let (ok, n) = r.published;
    assert!(ok as f64 >= 0.90 * n as f64, "dates {ok}/{n}");
}

#[test]
fn trafilatura_snippets() {
    let Some(r) = report("trafilatura-eval-en") else {
        return;
    };
    let s = r.snippets.expect("snippet set");
    assert!(s.f1 >= 0.87, "trafilatura snippet F1 {:.3}", s.f1);
}
