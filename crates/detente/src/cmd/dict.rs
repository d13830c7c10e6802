//! `detente dict`: look up an actor mention, check a dictionary directory, import PETRARCH
//! dictionaries into our format.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use detente_lexicon::check::check;
use detente_lexicon::write::write_dir;
use detente_lexicon::{Date, Lexicon, PetrarchFiles};

use super::resources::DictArgs;
use super::{Context, Status, UsageError};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Print the best actor reading of each MENTION as `{"mention", "code", "matched", "why"}`.
    Lookup(LookupArgs),
    /// Validate a dictionary directory; every problem as `file:line: message`.
    Check(CheckArgs),
    /// Convert PETRARCH dictionaries into our format, reporting what is not carried over.
    Import(ImportArgs),
}

/// Where the dictionaries come from: ours (`--dict`, default bundled) or PETRARCH files.
#[derive(Debug, Clone, clap::Args)]
pub struct Source {
    #[command(flatten)]
    pub files: DictArgs,
    /// Skip malformed entries (reported on stderr) instead of failing.
    #[arg(long)]
    pub lenient: bool,
}

impl Source {
    /// Loads the lexicon; malformed entries are printed and counted (lenient) or fail.
    pub fn load(&self) -> Result<(Lexicon, usize)> {
        let (lex, errors) = self.files.load_with(self.lenient)?;
        for e in &errors {
            eprintln!("{e}");
        }
        Ok((lex, errors.len()))
    }
}

#[derive(Debug, clap::Args)]
pub struct LookupArgs {
    /// The document date, YYYY-MM-DD (default: current roles).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    #[command(flatten)]
    pub source: Source,
    /// Also read mentions from stdin, one a line: a phrase, or JSON `{"mention": "...", "date":
    /// "YYYY-MM-DD"}` (its date wins over --date).
    #[arg(long)]
    pub stdin: bool,
    /// Phrases such as "Russian Foreign Minister Sergei Lavrov".
    #[arg(required_unless_present = "stdin")]
    pub mentions: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The dictionary directory (or one file) in our format.
    pub dir: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The format to import from.
    #[arg(long, value_parser = ["petrarch"], default_value = "petrarch")]
    pub from: String,
    /// Verb dictionary: CAMEO 2.0 or PETRARCH-1/TABARI pattern format (repeatable).
    #[arg(long, value_name = "FILE")]
    pub verbs: Vec<PathBuf>,
    /// Actor dictionary (repeatable).
    #[arg(long, value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Agent dictionary (repeatable).
    #[arg(long, value_name = "FILE")]
    pub agents: Vec<PathBuf>,
    /// Discard list (repeatable).
    #[arg(long, value_name = "FILE")]
    pub discards: Vec<PathBuf>,
    /// Issue list (repeatable; reported as not carried over: our format has no issues).
    #[arg(long, value_name = "FILE")]
    pub issues: Vec<PathBuf>,
    /// Output directory.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

pub fn run(_ctx: &Context, args: Args) -> Result<Status> {
    match args.command {
        Command::Lookup(a) => lookup(a),
        Command::Check(a) => run_check(a),
        Command::Import(a) => import(a),
    }
}

fn lookup(a: LookupArgs) -> Result<Status> {
    let date = match &a.date {
        Some(d) => Some(
            Date::parse(d)
                .ok_or_else(|| UsageError(format!("--date: expected YYYY-MM-DD, found `{d}`")))?,
        ),
        None => None,
    };
    let (lex, bad) = a.source.load()?;
    let mut queries: Vec<(String, Option<Date>)> =
        a.mentions.iter().map(|m| (m.clone(), date)).collect();
    let mut failures = bad;
    if a.stdin {
        for (i, line) in std::io::stdin().lines().enumerate() {
            let line = line.context("reading stdin")?;
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            if t.starts_with('{') {
                #[derive(serde::Deserialize)]
                struct Q {
                    mention: String,
                    date: Option<String>,
                }
                match serde_json::from_str::<Q>(t) {
                    Ok(q) => match q.date.as_deref().map(|d| (d, Date::parse(d))) {
                        Some((d, None)) => {
                            eprintln!("stdin:{}: expected a date YYYY-MM-DD, found `{d}`", i + 1);
                            failures += 1;
                        }
                        Some((_, d)) => queries.push((q.mention, d)),
                        None => queries.push((q.mention, date)),
                    },
                    Err(e) => {
                        eprintln!("stdin:{}: {e}", i + 1);
                        failures += 1;
                    }
                }
            } else {
                queries.push((t.to_string(), date));
            }
        }
    }
    let mut out = std::io::stdout().lock();
    for (m, d) in &queries {
        let v = match lex.lookup(m, *d) {
            Some(r) => serde_json::to_string(&r)?,
            None => {
                failures += 1;
                serde_json::json!({"mention": m, "code": null, "matched": [], "why": "no dictionary entry matches"}).to_string()
            }
        };
        writeln!(out, "{v}")?;
    }
    out.flush()?;
    Ok(Status::from_failures(failures))
}

fn run_check(a: CheckArgs) -> Result<Status> {
    if !a.dir.exists() {
        return Err(UsageError(format!("{}: no such file or directory", a.dir.display())).into());
    }
    let (lex, errors) = Lexicon::load_dir_lenient(&a.dir)?;
    let mut out = std::io::stdout().lock();
    for e in &errors {
        writeln!(out, "{e}")?;
    }
    let problems = check(&lex);
    for p in &problems {
        writeln!(out, "{p}")?;
    }
    let n = errors.len() + problems.len();
    out.flush()?;
    if n > 0 {
        eprintln!("{n} problem(s) in {}", a.dir.display());
    }
    Ok(Status::from_failures(n))
}

fn import(a: ImportArgs) -> Result<Status> {
    let files = PetrarchFiles {
        verbs: a.verbs,
        actors: a.actors,
        agents: a.agents,
        discards: a.discards,
        issues: a.issues,
    };
    let all: Vec<String> = [
        &files.verbs,
        &files.actors,
        &files.agents,
        &files.discards,
        &files.issues,
    ]
    .iter()
    .flat_map(|v| v.iter())
    .map(|p| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    })
    .collect();
    if all.is_empty() {
        return Err(UsageError(
            "dict import: give at least one of --verbs, --actors, --agents, --discards, --issues"
                .into(),
        )
        .into());
    }
    let (entries, errors) = detente_lexicon::petrarch::read_all(&files)?;
    for e in &errors {
        eprintln!("{e}");
    }
    let sources = format!("PETRARCH dictionaries {} (imported)", all.join(", "));
    let report = write_dir(&entries, &a.output, &sources)
        .with_context(|| format!("writing {}", a.output.display()))?;
    let mut out = std::io::stdout().lock();
    for (name, n) in &report.written {
        writeln!(out, "wrote {} ({n} entries)", a.output.join(name).display())?;
    }
    if !report.not_carried.is_empty() {
        writeln!(out, "not carried over ({}):", report.not_carried.len())?;
        for l in &report.not_carried {
            writeln!(out, "  {l}")?;
        }
    }
    Ok(Status::from_failures(errors.len()))
}
