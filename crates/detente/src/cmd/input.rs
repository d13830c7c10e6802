//! What every document-reading command shares: the input options ([`InputArgs`]), reading in
//! batches with errors and warnings reported on stderr and counted ([`Inputs`]), and the
//! progress bar.
//!
//! A command does `let mut inputs = Inputs::open(&args.input, ctx)?;`, then
//! `while let Some(batch) = inputs.next_batch(n) { ... inputs.fail(origin, err) ...;
//! inputs.done(k) }` and ends with `Ok(inputs.finish())`, which is `Status::SomeFailed` when any
//! input failed.

use std::fmt::Display;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use detente_text::read::{ReadOptions, Reader, DEFAULT_MAX_DOC_SIZE, STDIN};
use detente_text::{Document, RawDocument};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;

use super::{Context, Status, UsageError};

/// Below this many documents no progress bar is drawn: it would only flicker.
const QUIET_BELOW: u64 = 8;

/// Where documents come from.
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// HTML or text files (also `.gz`), directories (read recursively), WARC files
    /// (`.warc`, `.warc.gz`), RSS/Atom feeds, JSONL files; `-` is standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Read JSON lines, one document a line ({"id", "url", "date", "title", "text" or "html"}),
    /// from the given files or from standard input.
    #[arg(long)]
    pub jsonl: bool,
    /// The publication date for documents that lack one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    /// Skip (and report) documents larger than this many bytes; K, M and G suffixes allowed.
    #[arg(long, value_name = "SIZE", default_value = "32M", value_parser = parse_size)]
    pub max_doc_size: u64,
}

impl InputArgs {
    /// The reader over these inputs; standard input when none is given and it is not a
    /// terminal (or `--jsonl` is set).
    pub fn reader(&self) -> Result<Reader, UsageError> {
        let mut paths = self.inputs.clone();
        if paths.is_empty() {
            if !self.jsonl && std::io::stdin().is_terminal() {
                return Err(UsageError(
                    "no input: give files or directories, or pipe documents to standard input \
                     (with --jsonl for JSON lines)"
                        .into(),
                ));
            }
            paths.push(PathBuf::from(STDIN));
        }
        let options = ReadOptions {
            jsonl: self.jsonl,
            max_doc_size: if self.max_doc_size == 0 {
                DEFAULT_MAX_DOC_SIZE
            } else {
                self.max_doc_size
            },
        };
        Ok(Reader::new(paths, options))
    }
}

/// `32M`, `512K`, `1G`, `1000`: a size in bytes (binary multiples).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, mult) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 1u64 << 10),
        Some((i, 'm' | 'M')) => (&s[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("invalid size {s:?} (expected e.g. 32M, 512K, 1000000)"))
}

/// The documents of a run, read in batches, with failures reported and counted.
pub struct Inputs {
    reader: Reader,
    progress: Progress,
    failures: usize,
    default_date: Option<Date>,
}

impl Inputs {
    pub fn open(args: &InputArgs, ctx: &Context) -> Result<Self> {
        Ok(Inputs {
            reader: args.reader()?,
            progress: Progress::new(ctx),
            failures: 0,
            default_date: args.date,
        })
    }

    /// Up to `n` documents that were read; those that could not be read are reported and
    /// counted. `None` when all inputs are done.
    pub fn next_batch(&mut self, n: usize) -> Option<Vec<RawDocument>> {
        let mut batch = Vec::with_capacity(n);
        let mut seen = false;
        while batch.len() < n {
            let Some(item) = self.reader.next() else {
                break;
            };
            seen = true;
            // A document whose bytes lied about their charset, or were not valid in it, is
            // kept (decoded as well as can be) but the input was bad: it is reported as an
            // error and counts towards exit status 1, so a batch never passes silently.
            for w in self.reader.take_warnings() {
                self.failures += 1;
                self.progress
                    .message(&format!("error: {w} (the document was kept)"));
            }
            match item {
                Ok(doc) => batch.push(doc),
                Err(e) => {
                    self.failures += 1;
                    self.progress.message(&format!("error: {e}"));
                    self.progress.inc(1);
                }
            }
        }
        seen.then_some(batch)
    }

    /// Reports a document that failed after reading (`error: ORIGIN: message`) and counts it.
    pub fn fail(&mut self, origin: &str, error: impl Display) {
        self.failures += 1;
        let message = error.to_string();
        // Errors that already name their origin are not prefixed twice.
        if message.starts_with(origin) {
            self.progress.message(&format!("error: {message}"));
        } else {
            self.progress
                .message(&format!("error: {origin}: {message}"));
        }
    }

    /// Counts `n` documents as done, for the progress bar.
    pub fn done(&mut self, n: u64) {
        self.progress.inc(n);
    }

    /// Gives `doc` the `--date` as its publication date if it has none.
    pub fn fill_date(&self, doc: &mut Document) {
        if doc.published.is_none() {
            doc.published = self.default_date;
        }
    }

    /// The `--date`, for commands that need it before extraction.
    pub fn default_date(&self) -> Option<Date> {
        self.default_date
    }

    /// Messages on stderr without tearing the progress bar (for commands that report more
    /// than errors, like `code`).
    #[allow(dead_code)]
    pub fn message(&self, text: &str) {
        self.progress.message(text);
    }

    /// Ends the run: clears the bar, and tells whether anything failed.
    pub fn finish(self) -> Status {
        self.progress.finish();
        Status::from_failures(self.failures)
    }
}

/// A documents-per-second counter on stderr, drawn only on a terminal, without `--quiet`,
/// and once more than a few documents have gone by.
pub struct Progress {
    bar: Option<ProgressBar>,
    shown: bool,
}

impl Progress {
    pub fn new(ctx: &Context) -> Self {
        let bar = (!ctx.quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            let style = ProgressStyle::with_template(
                "{spinner} {human_pos} documents  {rate} documents/s  {elapsed_precise}",
            )
            .map(|s| {
                s.with_key(
                    "rate",
                    |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0}", state.per_sec());
                    },
                )
            })
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
            bar.set_style(style);
            bar
        });
        Progress { bar, shown: false }
    }

    pub fn inc(&mut self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
            if !self.shown && bar.position() >= QUIET_BELOW {
                bar.set_draw_target(ProgressDrawTarget::stderr());
                bar.enable_steady_tick(Duration::from_millis(200));
                self.shown = true;
            }
        }
    }

    /// Prints a line on stderr above the bar.
    pub fn message(&self, text: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{text}")),
            None => eprintln!("{text}"),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("32M"), Ok(32 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("lots").is_err());
    }
}
