//! `detente eval extraction [--set S] DIR [--baseline]`: main-text extraction scored against a
//! directory of pages with ground truth, the way each set's upstream project scores it.
//!
//! - article-extraction-benchmark: word 4-gram shingle P/R/F1 (`evaluate.py` aggregate, and
//!   raw micro counts);
//! - readability: the same against the text of `expected.html`, plus title and date accuracy;
//! - trafilatura-eval-en: snippet P/R/F1 (`with` found = TP, `without` found = FP).
//!
//! `--baseline` scores plain `dom_smoothie` in the same run.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;
use detente_text::extract::baseline_text;
use detente_text::extract::corpus::{self, evaluate, Output, Page, Report, Set};
use detente_text::{extract, Body, ExtractOptions, RawDocument};

use super::{Context, Status, UsageError};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum SetName {
    Aeb,
    Readability,
    Trafilatura,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The set's directory (e.g. ../shared/data/extraction/article-extraction-benchmark).
    pub dir: PathBuf,
    /// Which set it is (detected from the directory's contents when omitted).
    #[arg(long)]
    pub set: Option<SetName>,
    /// Also score plain dom_smoothie (readability.js port) in the same run.
    #[arg(long)]
    pub baseline: bool,
    /// Print one line per page (id, TP, FP, FN).
    #[arg(long)]
    pub per_page: bool,
}

fn ours(page: &Page) -> Output {
    let raw = RawDocument {
        origin: page.path.display().to_string(),
        id: None,
        url: page.url.clone(),
        date: None,
        title: None,
        body: Body::Html(page.html.clone()),
    };
    match extract(&raw, &ExtractOptions::default()) {
        Ok(d) => Output {
            text: d.text,
            title: d.title,
            published: d.published,
        },
        Err(e) => {
            tracing::warn!("{e}");
            Output::default()
        }
    }
}

fn plain(page: &Page) -> Output {
    Output {
        text: baseline_text(&page.html, page.url.as_deref()),
        ..Output::default()
    }
}

fn print(name: &str, set: Set, r: &Report, secs: f64, per_page: bool) {
    if per_page {
        for (id, c) in &r.per_page {
            println!("{name}\t{id}\t{:.0}\t{:.0}\t{:.0}", c.tp, c.fp, c.fn_);
        }
    }
    match (set, &r.snippets) {
        (Set::Trafilatura, Some(s)) => println!(
            "{name:<14} {:<28} pages {:>3}  snippets P {:.3} R {:.3} F1 {:.3}  ({secs:.1} s)",
            set.name(), r.pages, s.precision, s.recall, s.f1
        ),
        _ => println!(
            "{name:<14} {:<28} pages {:>3}  shingles P {:.3} R {:.3} F1 {:.3}  micro P {:.3} R {:.3} F1 {:.3}  ({secs:.1} s)",
            set.name(), r.pages, r.upstream.precision, r.upstream.recall, r.upstream.f1,
            r.micro.precision, r.micro.recall, r.micro.f1
        ),
    }
    if set == Set::Readability && name == "detente" {
        let pct = |(a, b): (usize, usize)| {
            if b > 0 {
                100.0 * a as f64 / b as f64
            } else {
                0.0
            }
        };
        println!(
            "{name:<14} {:<28} title exact {}/{} ({:.1}%)  published day {}/{} ({:.1}%)",
            set.name(),
            r.title.0,
            r.title.1,
            pct(r.title),
            r.published.0,
            r.published.1,
            pct(r.published)
        );
    }
}

pub fn run(_ctx: &Context, args: Args) -> anyhow::Result<Status> {
    let set = match args.set {
        Some(SetName::Aeb) => Set::Aeb,
        Some(SetName::Readability) => Set::Readability,
        Some(SetName::Trafilatura) => Set::Trafilatura,
        None => Set::detect(&args.dir).ok_or_else(|| {
            UsageError(format!(
                "{}: not a known extraction set; pass --set",
                args.dir.display()
            ))
        })?,
    };
    let pages =
        corpus::load(&args.dir, set).with_context(|| format!("reading {}", args.dir.display()))?;
    let t = Instant::now();
    let r = evaluate(&pages, &ours);
    print("detente", set, &r, t.elapsed().as_secs_f64(), args.per_page);
    if args.baseline {
        let t = Instant::now();
        let r = evaluate(&pages, &plain);
        print(
            "dom_smoothie",
            set,
            &r,
            t.elapsed().as_secs_f64(),
            args.per_page,
        );
    }
    Ok(Status::Ok)
}
