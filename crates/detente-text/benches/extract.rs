//! Extraction throughput: MB of HTML per second on one core, over the developer sets in
//! `../shared/data/extraction` (all pages, several passes), for our extractor, for plain
//! `dom_smoothie`, and for the HTML parse alone. Also checks that a 100 MB page is refused.
//!
//! Run: `cargo bench -p detente-text --bench extract`

use std::path::Path;
use std::time::Instant;

use detente_text::extract::baseline_text;
use detente_text::extract::corpus::{self, Set};
use detente_text::{extract, Body, ExtractError, ExtractOptions, RawDocument};

/// CPU seconds this process has used (user + system, from /proc; Linux only, else 0): with the
/// cores shared, wall time counts waiting for a core, CPU time does not.
fn cpu_secs() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let field = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (field(11) + field(12)) / 100.0
}

fn main() {
    let base = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/extraction"
    ));
    let mut pages = Vec::new();
    for (dir, set) in [
        ("article-extraction-benchmark", Set::Aeb),
        ("readability", Set::Readability),
        ("trafilatura-eval-en", Set::Trafilatura),
    ] {
        match corpus::load(&base.join(dir), set) {
            Ok(p) => pages.extend(p),
            Err(e) => {
                eprintln!("skipping: {e}");
                return;
            }
        }
    }
    let raws: Vec<RawDocument> = pages
        .iter()
        .map(|p| RawDocument {
            origin: p.id.clone(),
            id: None,
            url: p.url.clone(),
            date: None,
            title: None,
            body: Body::Html(p.html.clone()),
        })
        .collect();
    let bytes: usize = raws.iter().map(|r| r.body.as_str().len()).sum();
    let passes = std::env::var("PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3);
    println!(
        "{} pages, {:.1} MB of HTML, {passes} passes",
        raws.len(),
        bytes as f64 / 1e6
    );

    let opts = ExtractOptions::default();
    let time = |name: &str, f: &dyn Fn(&RawDocument) -> usize| {
        let t = Instant::now();
        let c = cpu_secs();
        let mut n = 0;
        for _ in 0..passes {
            for r in &raws {
                n += f(r);
            }
        }
        let s = t.elapsed().as_secs_f64();
        let cpu = cpu_secs() - c;
        let mb = (bytes * passes) as f64 / 1e6;
        println!(
            "{name:<26} {:>6.1} MB/s wall {:>6.1} MB/s CPU  ({:.2} ms/page wall, {n} chars out)",
            mb / s,
            if cpu > 0.0 { mb / cpu } else { 0.0 },
            s * 1e3 / (raws.len() * passes) as f64
        );
    };
    time("detente extract", &|r| {
        extract(r, &opts).map(|d| d.text.len()).unwrap_or(0)
    });
    time("plain dom_smoothie", &|r| {
        baseline_text(r.body.as_str(), r.url.as_deref()).len()
    });
    time("prefilter + parse", &|r| {
        dom_query::Document::from(detente_text::extract::prefilter::strip(r.body.as_str()))
            .root()
            .children()
            .len()
    });
    time("prefilter + parse + meta", &|r| {
        let d = dom_query::Document::from(detente_text::extract::prefilter::strip(r.body.as_str()));
        detente_text::meta::read(&d).title.map_or(0, |t| t.len())
    });
    time("html5ever parse only", &|r| {
        dom_query::Document::from(r.body.as_str())
            .root()
            .children()
            .len()
    });

    let big = RawDocument {
        origin: "synthetic-100MB.html".into(),
        id: None,
        url: None,
        date: None,
        title: None,
        body: Body::Html("<p>word </p>".repeat((100 << 20) / 12 + 1)),
    };
    let t = Instant::now();
    match extract(&big, &opts) {
        Err(e @ ExtractError::TooLarge { .. }) => {
            println!("100 MB page: refused in {:?}: {e}", t.elapsed())
        }
        Ok(_) => println!("100 MB page: extracted"),
    }
}
