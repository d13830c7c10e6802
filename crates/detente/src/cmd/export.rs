//! `detente export`: the store as GDELT 2.0 Events or Mentions files, Parquet or JSON lines,
//! written into a directory. Each file appears only when complete.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use detente_store::export::{self, gdelt};
use detente_store::query::Filter;
use detente_store::Store;

use super::{Context, Status};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The event database.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// What to write (repeatable).
    #[arg(long, short, value_enum, required = true)]
    pub format: Vec<Format>,
    /// The directory to write into (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `events.export.CSV`: GDELT 2.0 Events, 61 tab-separated columns, no header.
    GdeltEvents,
    /// `events.mentions.CSV`: GDELT 2.0 Mentions, 16 tab-separated columns, no header.
    GdeltMentions,
    /// `events.parquet` and `mentions.parquet`: the GDELT columns, typed (docs/store.md).
    Parquet,
    /// `events.jsonl`: one stored event a line with its evidence sentences.
    Jsonl,
}

pub fn run(ctx: &Context, args: Args) -> Result<Status> {
    let store = Store::open_existing(&args.db)?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating {}", args.out.display()))?;
    let mut written = Vec::new();
    for f in &args.format {
        match f {
            Format::GdeltEvents => {
                let p = args.out.join("events.export.CSV");
                let n = export::write_tsv(&p, |sink| gdelt::events(&store, sink))?;
                written.push((p, n));
            }
            Format::GdeltMentions => {
                let p = args.out.join("events.mentions.CSV");
                let n = export::write_tsv(&p, |sink| gdelt::mentions(&store, sink))?;
                written.push((p, n));
            }
            Format::Parquet => {
                let p = args.out.join("events.parquet");
                let n = export::parquet::write_events(&store, &p)?;
                written.push((p, n));
                let p = args.out.join("mentions.parquet");
                let n = export::parquet::write_mentions(&store, &p)?;
                written.push((p, n));
            }
            Format::Jsonl => {
                let p = args.out.join("events.jsonl");
                let n = export::jsonl::write(&store, &Filter::default(), &p)?;
                written.push((p, n));
            }
        }
    }
    for (p, n) in written {
        if !ctx.quiet {
            eprintln!("wrote {n} rows to {}", p.display());
        }
        println!("{}", p.display());
    }
    Ok(Status::Ok)
}
