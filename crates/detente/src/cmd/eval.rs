//! `detente eval ...`: evaluation harnesses, one module each.

use super::{Context, Status};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Main-text extraction against a directory of pages with ground truth (P/R/F1, metadata).
    Extraction(super::eval_extraction::Args),
    /// PETRARCH2 unit-test records: per-record pass/fail by category and the total.
    PetrarchUnit(super::eval_petrarch::Args),
    /// Precision, recall and F1 of coded events against hand-coded gold events.
    Gold(super::eval_gold::Args),
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<Status> {
    match args.what {
        What::Extraction(a) => super::eval_extraction::run(ctx, a),
        What::PetrarchUnit(a) => super::eval_petrarch::run(ctx, a),
        What::Gold(a) => super::eval_gold::run(ctx, a),
    }
}
