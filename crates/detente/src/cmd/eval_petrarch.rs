//! `detente eval petrarch-unit RECORDS.xml`: codes every PETRARCH unit-test record with the
//! dictionaries its `<Environment>` names (the `PETR.Validate.*` files next to it, unless
//! given) and prints per-record pass/fail, the tally by category and the total.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use detente_coder::lexicon::LexiconDict;
use detente_coder::petrarch::{passes, records};
use detente_coder::{Coder, Input, Options};
use detente_lexicon::{Lexicon, PetrarchFiles};

use super::{Context, Status};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The records file (PETR.UnitTest.records.xml).
    pub records: PathBuf,
    /// The parser model (default: the bundled one).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Print only the failures and the totals.
    #[arg(long)]
    pub failures: bool,
}

fn env_file(xml: &str, tag: &str, dir: &Path) -> Vec<PathBuf> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    xml.find(&open)
        .and_then(|s| {
            xml[s + open.len()..]
                .find(&close)
                .map(|e| xml[s + open.len()..s + open.len() + e].trim().to_string())
        })
        .map(|f| vec![dir.join(f)])
        .unwrap_or_default()
}

pub fn run(_ctx: &Context, args: Args) -> Result<Status> {
    let xml = std::fs::read_to_string(&args.records)
        .with_context(|| format!("reading {}", args.records.display()))?;
    let dir = args.records.parent().unwrap_or(Path::new("."));
    let files = PetrarchFiles {
        verbs: env_file(&xml, "Verbfile", dir),
        actors: env_file(&xml, "Actorfile", dir),
        agents: env_file(&xml, "Agentfile", dir),
        discards: env_file(&xml, "Discardfile", dir),
        issues: Vec::new(),
    };
    let (lex, _errors) =
        Lexicon::from_petrarch(&files).context("reading the PETR.Validate dictionaries")?;
    let nlp = super::resources::load_model_for(args.model.as_ref(), &lex)?;
    let dict = LexiconDict::new(lex);
    let coder = Coder::new(&dict, Options::default()).future_as_asserted(true);
    let recs = records(&xml);
    let mut by_cat: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut pass = 0;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for r in &recs {
        let sents = nlp.parse(&r.text);
        let inputs: Vec<Input> = sents
            .iter()
            .map(|s| Input {
                text: r.text.get(s.start..s.end).unwrap_or(""),
                offset: s.start,
                tokens: &s.tokens,
            })
            .collect();
        let date = r.date.parse().ok();
        let got: BTreeSet<(String, String, String)> = coder
            .code_article(&r.id, date, &inputs)
            .into_iter()
            .map(|e| {
                (
                    e.source.map(|a| a.code).unwrap_or_else(|| "---".into()),
                    e.target.map(|a| a.code).unwrap_or_else(|| "---".into()),
                    e.cameo,
                )
            })
            .collect();
        let ok = passes(r, &got);
        let c = by_cat.entry(r.category.clone()).or_default();
        c.1 += 1;
        if ok {
            c.0 += 1;
            pass += 1;
        }
        if !ok || !args.failures {
            let show = |s: &BTreeSet<(String, String, String)>| {
                s.iter()
                    .map(|(a, b, c)| format!("{a} {b} {c}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            writeln!(
                out,
                "{} {} [{}] expected: {} | got: {} | {}",
                if ok { "PASS" } else { "FAIL" },
                r.id,
                r.category,
                if r.expected.is_empty() {
                    "none".to_string()
                } else {
                    show(&r.expected)
                },
                if got.is_empty() {
                    "none".to_string()
                } else {
                    show(&got)
                },
                r.text
            )?;
        }
    }
    for (cat, (p, n)) in &by_cat {
        writeln!(out, "category {cat}: {p}/{n}")?;
    }
    writeln!(
        out,
        "petrarch-unit: {pass}/{} records coded exactly as expected",
        recs.len()
    )?;
    out.flush()?;
    Ok(Status::Ok)
}
