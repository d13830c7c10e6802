//! `detente code`: articles in, who-did-what-to-whom events out.
//!
//! Each document is extracted (page chrome and bios removed), its title (sentence 0) and body
//! paragraphs are parsed, and the coder turns the parsed sentences into events, one JSON object
//! a line (`jsonl`), a table for people, PLOVER JSON, or GDELT 2.0 Events rows (`gdelt`).
//! Documents are coded in parallel in batches; output keeps input order. A document that fails
//! is reported on stderr and the rest goes on (exit status 1).
//!
//! A GDELT row is a cluster of reports across articles, so `gdelt` cannot stream per document:
//! the documents go through the same preparation and deduplication as `ingest`, into a store
//! held in memory, and the Events table is written once all are in — the rows of `ingest`
//! followed by `export --format gdelt-events`, without a database file. That store grows with
//! the input; for corpora too large for memory, `ingest` and `export` are the way.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::mem::ManuallyDrop;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use detente_coder::lexicon::LexiconDict;
use detente_coder::{Coder, Event, Options};
use detente_store::export::{self, gdelt};
use detente_store::{ArticleInput, Store, StoreError};
use detente_text::extract::{extract, ExtractOptions};
use rayon::prelude::*;

use super::coding::Coding;
use super::ingest::{extract_for_store, prepare_article};
use super::input::{InputArgs, Inputs};
use super::{Context, Status};

const BATCH: usize = 64;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format (default: jsonl when stdout is not a terminal, else table).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub dicts: DictArgs,
    /// The parser model (default: the bundled one under models/).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Also print negated events (flagged "negated": true).
    #[arg(long)]
    pub keep_negated: bool,
    /// Also print hypothetical events (may, could, if; flagged in "modality").
    #[arg(long)]
    pub keep_hypothetical: bool,
    /// At the end, print documents, sentences, events and time to stderr (for benchmarks).
    #[arg(long)]
    pub stats: bool,
}

pub use super::resources::DictArgs;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One event a line as JSON (the contract in INTERFACES.md).
    #[value(alias = "json")]
    Jsonl,
    /// Aligned columns for reading.
    Table,
    /// PLOVER JSON records, one a line.
    Plover,
    /// GDELT 2.0 Events: 61 tab-separated columns, no header, one row per deduplicated event
    /// (as `export --format gdelt-events` writes them).
    Gdelt,
}

/// What `--stats` reports.
#[derive(Debug, Default)]
struct Stats {
    documents: u64,
    sentences: u64,
    events: u64,
}

pub fn run(ctx: &Context, args: Args) -> Result<Status> {
    let lex = args.dicts.load()?;
    // The model and dictionaries live until the process exits: freeing their millions of
    // table rows and strings one by one on the way out would only cost time (about as much
    // as coding a dozen articles) for memory the exit returns anyway.
    let nlp = ManuallyDrop::new(super::resources::load_model_for(args.model.as_ref(), &lex)?);
    let dict = ManuallyDrop::new(LexiconDict::new(lex));
    let coder = Coder::new(
        &*dict,
        Options {
            keep_negated: args.keep_negated,
            keep_hypothetical: args.keep_hypothetical,
        },
    );
    let coding = Coding::new(&nlp, &dict, &coder);
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let mut inputs = Inputs::open(&args.input, ctx)?;
    if format == Format::Gdelt {
        return run_gdelt(inputs, &coding);
    }
    let options = ExtractOptions::default();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let default_date = inputs.default_date();
    let started = std::time::Instant::now();
    let mut stats = Stats::default();
    while let Some(batch) = inputs.next_batch(BATCH) {
        let results: Vec<_> = batch
            .par_iter()
            .map(|raw| {
                extract(raw, &options).map(|mut doc| {
                    if doc.published.is_none() {
                        doc.published = default_date;
                    }
                    coding.code_counting(&doc)
                })
            })
            .collect();
        for (raw, result) in batch.iter().zip(results) {
            match result {
                Ok((events, sentences)) => {
                    stats.documents += 1;
                    stats.sentences += sentences as u64;
                    stats.events += events.len() as u64;
                    if let Err(e) = write_events(&mut out, &events, format) {
                        if e.kind() == io::ErrorKind::BrokenPipe {
                            return Ok(inputs.finish());
                        }
                        return Err(e).context("writing to standard output");
                    }
                }
                Err(e) => inputs.fail(&raw.origin, e),
            }
        }
        inputs.done(batch.len() as u64);
        if let Err(e) = out.flush() {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(inputs.finish());
            }
            return Err(e).context("writing to standard output");
        }
    }
    if args.stats {
        eprintln!(
            "coded {} documents, {} sentences, {} events in {:.2} s",
            stats.documents,
            stats.sentences,
            stats.events,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(inputs.finish())
}

/// `--format gdelt`: every document into a store in memory (as `ingest` stores it: documents
/// read twice are skipped, syndicated copies recorded without their events), then the GDELT
/// Events table to standard output.
fn run_gdelt(mut inputs: Inputs, coding: &Coding) -> Result<Status> {
    let mut store = Store::open_in_memory()?;
    let options = ExtractOptions::default();
    let default_date = inputs.default_date();
    while let Some(batch) = inputs.next_batch(BATCH) {
        let keys: Vec<[u8; 16]> = batch
            .iter()
            .map(|d| ArticleInput::key_of(d.id.as_deref(), d.url.as_deref(), d.body.as_str()))
            .collect();
        let known = store.contains_keys(&keys)?;
        let extracted: Vec<_> = batch
            .par_iter()
            .zip(keys.par_iter())
            .zip(known.par_iter())
            .filter(|(_, &k)| !k)
            .map(|((raw, &key), _)| {
                let doc =
                    extract_for_store(raw, &options, default_date).map(|(doc, fp)| (key, doc, fp));
                (raw, doc)
            })
            .collect();
        // Copies of stored articles are stored as copies, without events: not worth coding.
        let copies = extracted
            .iter()
            .map(|(_, r)| match r {
                Ok((_, _, fp)) => store.is_copy(fp),
                Err(_) => Ok(false),
            })
            .collect::<Result<Vec<bool>, _>>()?;
        let coded: Vec<_> = extracted
            .into_par_iter()
            .zip(copies.into_par_iter())
            .map(|((raw, r), copy)| {
                let prepared = r.map(|(key, doc, fp)| prepare_article(coding, key, doc, fp, copy));
                (raw, prepared)
            })
            .collect();
        let mut prepared = Vec::with_capacity(coded.len());
        for (raw, r) in coded {
            match r {
                Ok(p) => prepared.push(p),
                Err(e) => inputs.fail(&raw.origin, e),
            }
        }
        store.write_batch(&prepared)?;
        inputs.done(batch.len() as u64);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = export::write_tsv_to(&mut out, "standard output", |sink| {
        gdelt::events(&store, sink)
    });
    match written {
        Err(StoreError::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(e.into()),
        Ok(_) => match out.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            r => r.context("writing to standard output")?,
        },
    }
    Ok(inputs.finish())
}

fn write_events(out: &mut impl Write, events: &[Event], format: Format) -> io::Result<()> {
    let mut k = 0;
    let mut last = usize::MAX;
    for e in events {
        match format {
            Format::Jsonl => {
                serde_json::to_writer(&mut *out, e)?;
                writeln!(out)?;
            }
            Format::Plover => {
                k = if e.sentence_index == last { k + 1 } else { 0 };
                last = e.sentence_index;
                serde_json::to_writer(&mut *out, &detente_coder::plover::to_plover(e, k))?;
                writeln!(out)?;
            }
            // Written from the store by `run_gdelt`: rows are clusters across documents.
            Format::Gdelt => {}
            Format::Table => {
                let who = |a: &Option<detente_coder::ActorRef>| {
                    a.as_ref()
                        .map_or("-".to_string(), |a| format!("{} ({})", a.code, a.text))
                };
                writeln!(
                    out,
                    "{:>3}  {:<5} {:<10} {:<32} -> {:<32} {:<12} {}",
                    e.sentence_index,
                    e.cameo,
                    e.plover.as_deref().unwrap_or("-"),
                    truncate(&who(&e.source), 32),
                    truncate(&who(&e.target), 32),
                    e.date.as_deref().unwrap_or("-"),
                    e.evidence
                )?;
            }
        }
    }
    Ok(())
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
