//! Extraction quality on the developer sets in `../shared/data/extraction` (skipped when absent).
//! Floors sit a little under the measured figures (see BENCHMARKS.md) to catch regressions.

use std::path::{Path, PathBuf};

use detente_text::extract::corpus::{self, Page, Set, Truth};
use detente_text::extract::eval::{compare, micro, upstream, Counts};
use detente_text::{extract, Body, ExtractOptions, RawDocument};

fn data() -> Option<PathBuf> {
    let p = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/extraction"));
    if p.exists() {
        Some(p.to_path_buf())
    } else {
        eprintln!("skipping: {} is absent", p.display());
        None
    }
}

fn run(page: &Page) -> detente_text::Document {
    let raw = RawDocument {
        origin: page.path.display().to_string(),
        id: None,
        url: page.url.clone(),
        date: None,
        title: None,
        body: Body::Html(page.html.clone()),
    };
    extract(&raw, &ExtractOptions::default()).expect("page under the size limit")
}

fn body_scores(set: &str) -> Option<(f64, f64)> {
    let dir = data()?.join(set);
    let (_, pages) = corpus::open(&dir).expect("set loads");
    let verbose = std::env::var("EXTRACT_DEBUG").is_ok();
    let mut counts: Vec<Counts> = Vec::new();
    for p in &pages {
        let truth = match &p.truth {
            Truth::Body(t) => t.clone(),
            Truth::Readability { text, .. } => text.clone(),
            Truth::Snippets { .. } => continue,
        };
        let d = run(p);
        let c = compare(&truth, &d.text);
        if verbose {
            println!("{}\t{:.0}\t{:.0}\t{:.0}", p.id, c.tp, c.fp, c.fn_);
        }
        counts.push(c);
    }
    let u = upstream(&counts);
    let m = micro(&counts);
    println!("{set}: upstream P {:.3} R {:.3} F1 {:.3}; micro P {:.3} R {:.3} F1 {:.3}", u.precision, u.recall, u.f1, m.precision, m.recall, m.f1);
    Some((u.f1, m.f1))
}

#[test]
fn aeb_main_text() {
    let Some((f1, _)) = body_scores("article-extraction-benchmark") else { return };
    assert!(f1 >= 0.90, "AEB F1 {f1:.3}");
}

#[test]
fn readability_main_text() {
    let Some((f1, _)) = body_scores("readability") else { return };
    assert!(f1 >= 0.80, "readability F1 {f1:.3}");
}

#[test]
fn trafilatura_snippets() {
    let Some(dir) = data().map(|d| d.join("trafilatura-eval-en")) else { return };
    let pages = corpus::load(&dir, Set::Trafilatura).expect("set loads");
    let (mut tp, mut fn_, mut fp, mut tn) = (0, 0, 0, 0);
    for p in &pages {
        let Truth::Snippets { with, without } = &p.truth else { continue };
        let text = run(p).text;
        for w in with {
            if text.contains(w.as_str()) { tp += 1 } else { fn_ += 1 }
        }
        for w in without {
            if text.contains(w.as_str()) { fp += 1 } else { tn += 1 }
        }
    }
    let prec = tp as f64 / (tp + fp).max(1) as f64;
    let rec = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * prec * rec / (prec + rec);
    println!("trafilatura: P {prec:.3} R {rec:.3} F1 {f1:.3} (tn {tn})");
    assert!(f1 >= 0.80, "trafilatura F1 {f1:.3}");
}
