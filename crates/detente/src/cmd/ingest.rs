//! `detente ingest`: articles in, a deduplicated event database out.
//!
//! The main thread reads documents in batches and skips those whose key (a hash of the
//! document as read) is already in the store, so a re-run adds nothing and an interrupted run
//! resumes where its last committed batch ended. The rest are extracted, coded and fingerprinted
//! in parallel (rayon); documents whose text is already stored (syndicated copies) are recorded
//! without being coded. One writer thread stores each batch in one transaction. A bounded
//! channel between them keeps at most a few batches in memory however large the input.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use detente_coder::lexicon::LexiconDict;
use detente_coder::{Coder, Options};
use detente_store::fingerprint::Fingerprint;
use detente_store::{ArticleInput, BatchReport, PreparedArticle, Store};
use detente_text::extract::{extract, ExtractOptions};
use detente_text::{Document, ExtractError, RawDocument};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;
use rayon::prelude::*;

use super::code::DictArgs;
use super::coding::Coding;
use super::input::InputArgs;
use super::{Context, Status};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// The event database (created if it does not exist).
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    #[command(flatten)]
    pub dicts: DictArgs,
    /// The parser model (default: the bundled one under models/).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Also store negated events (flagged "negated").
    #[arg(long)]
    pub keep_negated: bool,
    /// Also store hypothetical events (flagged in "modality").
    #[arg(long)]
    pub keep_hypothetical: bool,
    /// Documents per transaction.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch: u64,
    /// Seconds to wait for another process that holds the database before giving up.
    #[arg(long, default_value_t = 10)]
    pub wait: u64,
}

/// A document extracted and fingerprinted, or where it came from and why it failed.
type Extracted = Result<([u8; 16], Document, Fingerprint), (String, String)>;

/// Extracts a document for the store: `--date` where it has none, and its fingerprint (which
/// finds syndicated copies). Shared with `code --format gdelt`, which stores as ingest does.
pub fn extract_for_store(
    raw: &RawDocument,
    options: &ExtractOptions,
    default_date: Option<Date>,
) -> Result<(Document, Fingerprint), ExtractError> {
    let mut doc = extract(raw, options)?;
    if doc.published.is_none() {
        doc.published = default_date;
    }
    let fp = Fingerprint::of(doc.title.as_deref(), &doc.text);
    Ok((doc, fp))
}

/// Codes an extracted document (unless it is a copy of a stored one: copies are stored without
/// events) and readies it for the store.
pub fn prepare_article(
    coding: &Coding,
    key: [u8; 16],
    doc: Document,
    fp: Fingerprint,
    copy: bool,
) -> PreparedArticle {
    let events = if copy { Vec::new() } else { coding.code(&doc) };
    let input = ArticleInput {
        key,
        published: doc.published.map(|d| d.to_string()),
        doc_id: doc.doc_id,
        url: doc.url,
        title: doc.title,
        text: doc.text,
        events,
    };
    PreparedArticle::with_fingerprint(input, fp)
}

/// Batches prepared but not yet stored: bounds memory while keeping the writer busy.
const IN_FLIGHT: usize = 2;

pub fn run(ctx: &Context, args: Args) -> Result<Status> {
    let mut reader = args.input.reader()?;
    let lex = args.dicts.load()?;
    let nlp = super::resources::load_model_for(args.model.as_ref(), &lex)?;
    let dict = LexiconDict::new(lex);
    let coder = Coder::new(
        &dict,
        Options {
            keep_negated: args.keep_negated,
            keep_hypothetical: args.keep_hypothetical,
        },
    );
    let coding = Coding::new(&nlp, &dict, &coder);
    let wait = Duration::from_secs(args.wait);
    let store = Store::open(&args.db)?;
    store.set_busy_timeout(wait)?;
    let keys = Store::open_existing(&args.db)?;
    keys.set_busy_timeout(wait)?;

    let progress = Progress::new(ctx, || estimate_total(&args.input));
    let events = Arc::new(AtomicU64::new(0));
    let (send, recv) = sync_channel::<Vec<PreparedArticle>>(IN_FLIGHT);
    let writer = {
        let events = Arc::clone(&events);
        let mut store = store;
        std::thread::spawn(move || -> Result<BatchReport, detente_store::StoreError> {
            let mut total = BatchReport::default();
            for batch in recv {
                let r = store.write_batch(&batch)?;
                events.fetch_add(r.events as u64, Ordering::Relaxed);
                total.add(r);
            }
            Ok(total)
        })
    };

    let options = ExtractOptions::default();
    let default_date = args.input.date;
    let mut failures = 0usize;
    let mut skipped = 0usize;
    let batch_size = args.batch as usize;
    let mut raw = Vec::with_capacity(batch_size);
    let mut done = false;
    while !done {
        raw.clear();
        while raw.len() < batch_size {
            let Some(item) = reader.next() else {
                done = true;
                break;
            };
            for w in reader.take_warnings() {
                progress.message(&format!("warning: {w}"));
            }
            match item {
                Ok(doc) => raw.push(doc),
                Err(e) => {
                    failures += 1;
                    progress.message(&format!("error: {e}"));
                    progress.inc(1);
                }
            }
        }
        if raw.is_empty() {
            continue;
        }
        let doc_keys: Vec<[u8; 16]> = raw
            .iter()
            .map(|d| ArticleInput::key_of(d.id.as_deref(), d.url.as_deref(), d.body.as_str()))
            .collect();
        let known = keys.contains_keys(&doc_keys)?;
        skipped += known.iter().filter(|&&k| k).count();
        // Extract and fingerprint the documents not yet stored (in parallel)...
        let extracted: Vec<Extracted> = raw
            .par_iter()
            .zip(doc_keys.par_iter())
            .zip(known.par_iter())
            .filter(|(_, &k)| !k)
            .map(|((d, key), _)| {
                let (doc, fp) = extract_for_store(d, &options, default_date)
                    .map_err(|e| (d.origin.clone(), e.to_string()))?;
                Ok((*key, doc, fp))
            })
            .collect();
        // ...find syndicated copies of stored articles: they are stored as copies, so coding
        // them would be wasted...
        let copies = extracted
            .iter()
            .map(|r| match r {
                Ok((_, _, fp)) => keys.is_copy(fp),
                Err(_) => Ok(false),
            })
            .collect::<Result<Vec<bool>, _>>()?;
        // ...and code the rest (in parallel).
        let results: Vec<Result<PreparedArticle, (String, String)>> = extracted
            .into_par_iter()
            .zip(copies.into_par_iter())
            .map(|(r, copy)| {
                let (key, doc, fp) = r?;
                Ok(prepare_article(&coding, key, doc, fp, copy))
            })
            .collect();
        let mut prepared = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(p) => prepared.push(p),
                Err((origin, message)) => {
                    failures += 1;
                    if message.starts_with(&origin) {
                        progress.message(&format!("error: {message}"));
                    } else {
                        progress.message(&format!("error: {origin}: {message}"));
                    }
                }
            }
        }
        progress.inc(raw.len() as u64);
        if send.send(prepared).is_err() {
            // The writer stopped on an error; it is reported below.
            break;
        }
        progress.events(events.load(Ordering::Relaxed));
    }
    drop(send);
    let report = match writer.join() {
        Ok(r) => {
            let mut r = r?;
            r.already += skipped;
            r
        }
        Err(_) => anyhow::bail!("the database writer thread panicked"),
    };
    progress.finish();
    if !ctx.quiet {
        eprintln!("{}", summary(&args.db, &report, failures));
    }
    Ok(Status::from_failures(failures))
}

fn summary(db: &Path, r: &BatchReport, failures: usize) -> String {
    let mut s = format!(
        "{}: {} new articles, {} events ({} mentions)",
        db.display(),
        r.articles,
        r.events,
        r.mentions
    );
    if r.duplicates > 0 {
        s.push_str(&format!(
            ", {} syndicated copies of stored articles",
            r.duplicates
        ));
    }
    if r.already > 0 {
        s.push_str(&format!(", {} already stored", r.already));
    }
    if failures > 0 {
        s.push_str(&format!(", {failures} failed"));
    }
    s
}

/// How many documents the inputs hold, when that can be told cheaply: files count one each,
/// JSON lines one a line. WARC archives, feeds, compressed JSONL and standard input cannot
/// be counted without reading them, and then there is no ETA.
fn estimate_total(args: &InputArgs) -> Option<u64> {
    if args.inputs.is_empty() {
        return None;
    }
    let mut n = 0u64;
    for p in &args.inputs {
        n += count_path(p, args.jsonl)?;
    }
    Some(n)
}

fn count_path(p: &Path, jsonl: bool) -> Option<u64> {
    let meta = std::fs::metadata(p).ok()?;
    if meta.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(p).ok()?.filter_map(|e| e.ok()).collect();
        entries.sort_by_key(|e| e.file_name());
        let mut n = 0;
        for e in entries {
            if e.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            n += count_path(&e.path(), jsonl)?;
        }
        return Some(n);
    }
    let name = p.file_name()?.to_string_lossy().to_ascii_lowercase();
    if [".warc", ".gz", ".xml", ".rss", ".atom"]
        .iter()
        .any(|x| name.ends_with(x))
    {
        return None;
    }
    if jsonl || name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        return count_lines(p);
    }
    Some(1)
}

/// Non-blank lines of a file, read in blocks: the count must not cost the memory of the file.
fn count_lines(p: &Path) -> Option<u64> {
    use std::io::Read;
    let mut f = std::fs::File::open(p).ok()?;
    let mut buf = vec![0u8; 1 << 16];
    let (mut n, mut blank) = (0u64, true);
    loop {
        let k = f.read(&mut buf).ok()?;
        if k == 0 {
            break;
        }
        for &b in &buf[..k] {
            if b == b'\n' {
                n += u64::from(!blank);
                blank = true;
            } else if !b.is_ascii_whitespace() {
                blank = false;
            }
        }
    }
    Some(n + u64::from(!blank))
}

/// Documents/s, events/s and an ETA on stderr, drawn only on a terminal without `--quiet`.
struct Progress {
    bar: Option<ProgressBar>,
    started: std::time::Instant,
}

impl Progress {
    /// `total` is only asked for when a bar is drawn: counting reads the inputs once more.
    fn new(ctx: &Context, total: impl FnOnce() -> Option<u64>) -> Self {
        use std::io::IsTerminal;
        let bar = (!ctx.quiet && std::io::stderr().is_terminal()).then(|| {
            let total = total();
            let (bar, template) = match total {
                Some(n) => (
                    ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
                    "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} documents  {per_sec}  {msg}  ETA {eta}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                    "{spinner} [{elapsed_precise}] {human_pos} documents  {per_sec}  {msg}",
                ),
            };
            bar.set_style(ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()));
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            started: std::time::Instant::now(),
        }
    }

    fn inc(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }

    fn events(&self, n: u64) {
        if let Some(b) = &self.bar {
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            b.set_message(format!("{n} events  {:.0} events/s", n as f64 / secs));
        }
    }

    fn message(&self, text: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{text}")),
            None => eprintln!("{text}"),
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
