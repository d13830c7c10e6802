//! `detente eval` harness (placeholder until its issue lands: it fails with a clear message).

use super::{Context, Status};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Inputs.
    pub inputs: Vec<std::path::PathBuf>,
}

pub fn run(_ctx: &Context, _args: Args) -> anyhow::Result<Status> {
    anyhow::bail!("this evaluation is not implemented yet")
}
