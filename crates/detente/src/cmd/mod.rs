//! One module per subcommand, plus what they share: logging, the run status, usage errors.

pub mod code;
pub mod coding;
pub mod dict;
pub mod eval;
pub mod eval_extraction;
pub mod eval_gold;
pub mod eval_parse;
pub mod eval_petrarch;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod input;
pub mod parse;
pub mod query;
pub mod resources;
pub mod series;
pub mod train;

use tracing_subscriber::EnvFilter;

/// What every command may need from the top level.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// No progress bars, only errors.
    pub quiet: bool,
}

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every input was processed.
    Ok,
    /// Some inputs failed (each was reported on stderr); the rest was processed. Exit status 1.
    SomeFailed,
}

impl Status {
    /// `SomeFailed` when `failures > 0`.
    pub fn from_failures(failures: usize) -> Self {
        if failures > 0 {
            Status::SomeFailed
        } else {
            Status::Ok
        }
    }
}

/// A mistake in how the command was called (exit status 2), as opposed to bad input data.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Logs go to stderr; `RUST_LOG` wins over `-v`.
pub fn init_logging(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}
