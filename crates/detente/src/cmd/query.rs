//! `detente query`: events from the store by actors, dates and codes, with their evidence
//! sentences, as a table, JSON lines or CSV.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Result;
use detente_store::query::{self, EventRecord, Filter};
use detente_store::Store;

use super::{Context, Status, UsageError};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The event database.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// Source actor: a code or its prefix (`USA`, `USAGOV`).
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor: a code or its prefix.
    #[arg(long)]
    pub target: Option<String>,
    /// Also the events from the target to the source.
    #[arg(long)]
    pub both: bool,
    /// First day, inclusive.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Last day, inclusive.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// CAMEO root code (`04`) or any code prefix (`042`).
    #[arg(long, alias = "code", value_name = "CODE")]
    pub root: Option<String>,
    /// At most this many events.
    #[arg(long)]
    pub limit: Option<u64>,
    /// Output format (default: jsonl when stdout is not a terminal, else table).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    #[value(alias = "json")]
    Jsonl,
    Csv,
}

/// A `--from`/`--to` value as a day number, or a usage error naming the option.
pub fn parse_day(opt: &str, v: Option<&str>) -> Result<Option<i64>, UsageError> {
    v.map(|s| {
        detente_store::day::parse(s)
            .ok_or_else(|| UsageError(format!("{opt} {s:?}: expected a date YYYY-MM-DD")))
    })
    .transpose()
}

pub fn run(_ctx: &Context, args: Args) -> Result<Status> {
    let filter = Filter {
        source: args.source.clone(),
        target: args.target.clone(),
        both_directions: args.both,
        from: parse_day("--from", args.from.as_deref())?,
        to: parse_day("--to", args.to.as_deref())?,
        code: args.root.clone(),
        limit: args.limit,
    };
    let store = Store::open_existing(&args.db)?;
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if format == Format::Csv {
        writeln!(out, "{}", CSV_HEADER.join(","))?;
    }
    let r = query::events(&store, &filter, |e| -> Result<()> {
        match format {
            Format::Jsonl => {
                serde_json::to_writer(&mut out, &e)?;
                writeln!(out)?;
            }
            Format::Csv => write_csv(&mut out, &e)?,
            Format::Table => write_table(&mut out, &e)?,
        }
        Ok(())
    });
    let r = r.and_then(|_| out.flush().map_err(Into::into));
    match r {
        Err(e) if is_broken_pipe(&e) => Ok(Status::Ok),
        Err(e) => Err(e),
        Ok(()) => Ok(Status::Ok),
    }
}

/// Whether writing failed because the reader went away (`| head`): not an error.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

const CSV_HEADER: &[&str] = &[
    "event_id",
    "cluster_id",
    "date",
    "source",
    "target",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "num_mentions",
    "cluster_articles",
    "cluster_sources",
    "doc_id",
    "url",
    "sentence",
    "evidence",
];

/// A CSV field, quoted when it needs to be (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn write_csv(out: &mut impl Write, e: &EventRecord) -> io::Result<()> {
    let first = e.mentions.first();
    let fields = [
        e.event_id.to_string(),
        e.cluster_id.to_string(),
        e.date.clone().unwrap_or_default(),
        e.source.clone().unwrap_or_default(),
        e.target.clone().unwrap_or_default(),
        e.cameo.clone(),
        e.root.clone(),
        e.quad_class.to_string(),
        format!("{:.1}", e.goldstein),
        e.num_mentions.to_string(),
        e.cluster_articles.to_string(),
        e.cluster_sources.to_string(),
        e.doc_id.clone(),
        e.url.clone().unwrap_or_default(),
        first.map(|m| m.sentence.clone()).unwrap_or_default(),
        first.map(|m| m.evidence.clone()).unwrap_or_default(),
    ];
    let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    writeln!(out, "{}", line.join(","))
}

fn write_table(out: &mut impl Write, e: &EventRecord) -> io::Result<()> {
    writeln!(
        out,
        "{:<10}  {:<10} -> {:<10}  {:<5} {:>5.1}  {}×{}  {}",
        e.date.as_deref().unwrap_or("-"),
        e.source.as_deref().unwrap_or("-"),
        e.target.as_deref().unwrap_or("-"),
        e.cameo,
        e.goldstein,
        e.num_mentions,
        e.cluster_articles,
        e.url.as_deref().unwrap_or(&e.doc_id)
    )?;
    for m in &e.mentions {
        writeln!(out, "    [{}] {}", m.sentence_index, m.sentence)?;
    }
    Ok(())
}
