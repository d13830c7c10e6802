//! `detente`: the one binary. It parses the command line, sets up logging to stderr and hands
//! each subcommand to its module under `cmd/`. Only this crate talks to the terminal; the library
//! crates return values and typed errors.

/// Coding a sentence makes many small, short-lived allocations (mentions, actors, pattern
/// matches); mimalloc serves them about 5 % faster than the system allocator in `code`
/// (BENCHMARKS.md, stop 18).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Political event data from the world's news: who did what to whom, when and where.
#[derive(Debug, Parser)]
#[command(name = "detente", version, about, long_about = None)]
struct Cli {
    /// More log output on stderr (-v info, -vv debug, -vvv trace). `RUST_LOG` overrides it.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// Only errors on stderr, no progress bar.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract the article (title, author, date, body paragraphs) from pages, feeds, WARC, JSONL.
    Extract(cmd::extract::Args),
    /// Tokenise, split, tag and parse text (CoNLL-U or JSON out).
    Parse(cmd::parse::Args),
    /// Train the tagger and parser on a Universal Dependencies treebank.
    Train(cmd::train::Args),
    /// Evaluate the tagger and parser on a CoNLL-U file.
    EvalParse(cmd::eval_parse::Args),
    /// Dictionaries: look up an actor mention, check a directory, import PETRARCH files.
    Dict(cmd::dict::Args),
    /// Code events (CAMEO, PLOVER) from articles.
    Code(cmd::code::Args),
    /// Evaluation harnesses (extraction, PETRARCH unit tests, gold events).
    Eval(cmd::eval::Args),
    /// Extract, code and store articles in an event database (deduplicated, resumable).
    Ingest(cmd::ingest::Args),
    /// Events from the database by actors, dates and codes, with their evidence.
    Query(cmd::query::Args),
    /// Relations of two actors over time: counts, Goldstein, quad classes, an index (--plot SVG).
    Series(cmd::series::Args),
    /// Export the database: GDELT 2.0 Events/Mentions, Parquet, JSON lines.
    Export(cmd::export::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let usage = e.use_stderr();
            let _ = e.print();
            return if usage {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    cmd::init_logging(cli.verbose, cli.quiet);
    let ctx = cmd::Context { quiet: cli.quiet };
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(&ctx, args),
        Command::Parse(args) => cmd::parse::run(&ctx, args),
        Command::Train(args) => cmd::train::run(&ctx, args),
        Command::EvalParse(args) => cmd::eval_parse::run(&ctx, args),
        Command::Dict(args) => cmd::dict::run(&ctx, args),
        Command::Code(args) => cmd::code::run(&ctx, args),
        Command::Eval(args) => cmd::eval::run(&ctx, args),
        Command::Ingest(args) => cmd::ingest::run(&ctx, args),
        Command::Query(args) => cmd::query::run(&ctx, args),
        Command::Series(args) => cmd::series::run(&ctx, args),
        Command::Export(args) => cmd::export::run(&ctx, args),
    };
    match result {
        Ok(cmd::Status::Ok) => ExitCode::SUCCESS,
        Ok(cmd::Status::SomeFailed) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(if e.is::<cmd::UsageError>() { 2 } else { 1 })
        }
    }
}
