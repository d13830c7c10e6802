//! `detente series`: the relations of two actors over time, per period and direction, with a
//! cooperation–conflict index and its confidence band; `--plot FILE.svg` draws it.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use detente_store::series::{self, Period, SeriesRow};
use detente_store::Store;

use super::query::{csv_field, is_broken_pipe, parse_day};
use super::{Context, Status};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The event database.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// The first actor (a code or prefix: `USA`, `USAGOV`).
    pub a: String,
    /// The second actor.
    pub b: String,
    /// Period length.
    #[arg(long, value_enum, default_value = "week")]
    pub by: By,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// Output format (default: jsonl when stdout is not a terminal, else table).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
    /// Also draw the series as an SVG file.
    #[arg(long, value_name = "FILE.svg")]
    pub plot: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    #[value(alias = "json")]
    Jsonl,
    Csv,
}

pub fn run(_ctx: &Context, args: Args) -> Result<Status> {
    let from = parse_day("--from", args.from.as_deref())?;
    let to = parse_day("--to", args.to.as_deref())?;
    let (period, name) = match args.by {
        By::Day => (Period::Day, "day"),
        By::Week => (Period::Week, "week"),
        By::Month => (Period::Month, "month"),
        By::Year => (Period::Year, "year"),
    };
    let store = Store::open_existing(&args.db)?;
    let rows = series::series(&store, &args.a, &args.b, period, from, to)?;
    if let Some(p) = &args.plot {
        let svg = detente_store::plot::svg(&rows, &args.a, &args.b, name);
        std::fs::write(p, svg).with_context(|| format!("writing {}", p.display()))?;
    }
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let r = print(&rows, &args.a, &args.b, format);
    match r {
        Err(e) if is_broken_pipe(&e) => Ok(Status::Ok),
        Err(e) => Err(e),
        Ok(()) => Ok(Status::Ok),
    }
}

fn opt(v: Option<f64>, d: usize) -> String {
    v.map_or(String::new(), |v| format!("{v:.d$}"))
}

fn print(rows: &[SeriesRow], a: &str, b: &str, format: Format) -> Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match format {
        Format::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut out, r)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let h = [
                "period",
                "events_ab",
                "goldstein_sum_ab",
                "goldstein_mean_ab",
                "q1_ab",
                "q2_ab",
                "q3_ab",
                "q4_ab",
                "events_ba",
                "goldstein_sum_ba",
                "goldstein_mean_ba",
                "q1_ba",
                "q2_ba",
                "q3_ba",
                "q4_ba",
                "index",
                "index_low",
                "index_high",
            ];
            writeln!(out, "# a={},b={}", csv_field(a), csv_field(b))?;
            writeln!(out, "{}", h.join(","))?;
            for r in rows {
                let mut f = vec![r.period.clone()];
                for d in [&r.forward, &r.backward] {
                    f.push(d.events.to_string());
                    f.push(format!("{:.1}", d.goldstein_sum));
                    f.push(opt(d.goldstein_mean, 3));
                    f.extend(d.quad.iter().map(|q| q.to_string()));
                }
                f.extend([opt(r.index, 3), opt(r.index_low, 3), opt(r.index_high, 3)]);
                writeln!(out, "{}", f.join(","))?;
            }
        }
        Format::Table => {
            writeln!(
                out,
                "{:<10}  {:>6} {:>7} {:>6} {:<15}  {:>6} {:>7} {:>6} {:<15}  {:>6}  95% band",
                "period",
                format!("{a}→{b}"),
                "gs_sum",
                "gs_avg",
                "q1/q2/q3/q4",
                format!("{b}→{a}"),
                "gs_sum",
                "gs_avg",
                "q1/q2/q3/q4",
                "index",
            )?;
            for r in rows {
                let quads = |q: &[u64; 4]| format!("{}/{}/{}/{}", q[0], q[1], q[2], q[3]);
                writeln!(
                    out,
                    "{:<10}  {:>6} {:>7.1} {:>6} {:<15}  {:>6} {:>7.1} {:>6} {:<15}  {:>6}  {}",
                    r.period,
                    r.forward.events,
                    r.forward.goldstein_sum,
                    opt(r.forward.goldstein_mean, 2),
                    quads(&r.forward.quad),
                    r.backward.events,
                    r.backward.goldstein_sum,
                    opt(r.backward.goldstein_mean, 2),
                    quads(&r.backward.quad),
                    opt(r.index, 2),
                    match (r.index_low, r.index_high) {
                        (Some(l), Some(h)) => format!("[{l:+.2}, {h:+.2}]"),
                        _ => String::new(),
                    }
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
