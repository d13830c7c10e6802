//! `detente extract`: the article in each document (title, author, date, language, body
//! paragraphs with byte offsets), one JSON object a line, or readable text for people.
//!
//! Documents are read lazily in batches and extracted in parallel; output keeps input order.
//! A document that cannot be read or extracted is reported on stderr as
//! `error: ORIGIN: message` and the rest goes on; the exit status is then 1.

use std::io::{self, BufWriter, Write};

use anyhow::{Context as _, Result};
use detente_text::extract::{extract, ExtractOptions};
use detente_text::Document;
use rayon::prelude::*;

use super::input::{InputArgs, Inputs};
use super::{Context, Status};

/// Documents extracted in parallel at a time: enough to keep the cores busy, few enough that
/// memory stays bounded (a batch holds at most this many documents of `--max-doc-size`).
const BATCH: usize = 64;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format: `json` (one object a line) or `text` (title and body, for reading).
    #[arg(long, short, value_enum, default_value_t = Format::Json)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per document, one per line:
    /// {"doc_id", "title", "author", "published", "url", "language", "text", "paragraphs"}.
    #[value(alias = "jsonl")]
    Json,
    /// Title, byline and body paragraphs, documents separated by a rule.
    Text,
}

pub fn run(ctx: &Context, args: Args) -> Result<Status> {
    let mut inputs = Inputs::open(&args.input, ctx)?;
    let options = ExtractOptions {
        max_bytes: usize::try_from(args.input.max_doc_size).unwrap_or(usize::MAX),
        ..ExtractOptions::default()
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut first = true;
    while let Some(batch) = inputs.next_batch(BATCH) {
        let results: Vec<_> = batch.par_iter().map(|raw| extract(raw, &options)).collect();
        for (raw, result) in batch.iter().zip(results) {
            match result {
                Ok(mut doc) => {
                    inputs.fill_date(&mut doc);
                    let written = write_doc(&mut out, &doc, args.format, first);
                    first = false;
                    if let Err(e) = written {
                        if e.kind() == io::ErrorKind::BrokenPipe {
                            // The reader went away (`| head`): stop quietly.
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
    Ok(inputs.finish())
}

fn write_doc(out: &mut impl Write, doc: &Document, format: Format, first: bool) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, doc)?;
            out.write_all(b"\n")
        }
        Format::Text => {
            if !first {
                writeln!(out, "\n{}\n", "─".repeat(72))?;
            }
            if let Some(title) = &doc.title {
                writeln!(out, "{title}")?;
            }
            let mut byline = Vec::new();
            if let Some(author) = &doc.author {
                byline.push(format!("by {author}"));
            }
            if let Some(date) = doc.published {
                byline.push(date.to_string());
            }
            if let Some(url) = &doc.url {
                byline.push(url.clone());
            }
            if !byline.is_empty() {
                writeln!(out, "{}", byline.join(" · "))?;
            }
            writeln!(out, "[{}]", doc.origin)?;
            for p in &doc.paragraphs {
                writeln!(out, "\n{}", p.text)?;
            }
            Ok(())
        }
    }
}
