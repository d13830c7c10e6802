//! `detente parse`: raw text (or a pre-tokenised CoNLL-U file) → sentences with tags, lemmas and
//! dependency trees, as CoNLL-U or JSON.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;

use super::{Context, Status, UsageError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Conllu,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Conllu)]
    pub format: Format,
    /// Inputs are CoNLL-U: keep their sentences and words, fill in our annotation.
    #[arg(long)]
    pub pretokenized: bool,
    #[command(flatten)]
    pub model: super::eval_parse::ModelArgs,
    /// Text files (`-` for stdin).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
}

fn read_input(p: &std::path::Path) -> anyhow::Result<String> {
    if p.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).context("reading stdin")?;
        return Ok(s);
    }
    let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

pub fn run(_ctx: &Context, args: Args) -> anyhow::Result<Status> {
    if args.pretokenized && args.format == Format::Json {
        return Err(UsageError("--pretokenized writes CoNLL-U only".into()).into());
    }
    let nlp = super::eval_parse::load(&args.model)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failures = 0;
    let mut sent_id = 1;
    for p in &args.inputs {
        let text = match read_input(p) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e:#}");
                failures += 1;
                continue;
            }
        };
        if args.pretokenized {
            // A malformed sentence is reported and skipped; the rest of the file is parsed.
            let (mut sents, errors) =
                detente_nlp::conllu::read_lenient(&text, &p.display().to_string());
            for e in &errors {
                eprintln!("error: {e} (sentence skipped)");
            }
            failures += errors.len();
            for s in &mut sents {
                nlp.annotate_pretokenized(s);
                out.write_all(s.to_conllu().as_bytes())?;
            }
            continue;
        }
        if args.format == Format::Conllu {
            // A run of paragraphs at a time (the pipeline tags a run's sentences before it
            // parses them, which keeps each model's tables in cache), so that memory stays
            // bounded by the run or the longest paragraph.
            let paragraphs = detente_nlp::tokenize::paragraphs(&text);
            for run in paragraph_runs(&paragraphs, RUN_BYTES) {
                let texts: Vec<&str> = run.iter().map(|&(ps, pe)| &text[ps..pe]).collect();
                let parsed = nlp.parse_texts_with(&texts, &detente_nlp::ReadOptions::default());
                for (&(ps, _), mut sents) in run.iter().zip(parsed) {
                    for s in &mut sents {
                        s.start += ps;
                        s.end += ps;
                        for t in &mut s.tokens {
                            t.start += ps;
                            t.end += ps;
                        }
                    }
                    let s = detente_nlp::conllu::write_sentences(&text, &sents, sent_id);
                    out.write_all(s.as_bytes())?;
                    sent_id += sents.len();
                }
            }
            continue;
        }
        let sents = nlp.parse(&text);
        match args.format {
            Format::Conllu => {}
            Format::Json => {
                let doc = serde_json::json!({
                    "file": p.display().to_string(),
                    "sentences": sents.iter().map(|s| serde_json::json!({
                        "start": s.start,
                        "end": s.end,
                        "text": text.get(s.start..s.end).unwrap_or(""),
                        "tokens": s.tokens,
                    })).collect::<Vec<_>>(),
                });
                serde_json::to_writer(&mut out, &doc)?;
                out.write_all(b"\n")?;
            }
        }
        sent_id += sents.len();
    }
    out.flush()?;
    Ok(Status::from_failures(failures))
}

/// Bytes of text parsed together in CoNLL-U output (see [`paragraph_runs`]).
const RUN_BYTES: usize = 64 * 1024;

/// Consecutive paragraphs (byte ranges in order) grouped into runs of about `bytes` each: a
/// run ends once it holds `bytes` or more.
fn paragraph_runs(paragraphs: &[(usize, usize)], bytes: usize) -> Vec<&[(usize, usize)]> {
    let mut runs = Vec::new();
    let (mut from, mut size) = (0, 0);
    for (i, &(ps, pe)) in paragraphs.iter().enumerate() {
        size += pe - ps;
        if size >= bytes {
            runs.push(&paragraphs[from..=i]);
            (from, size) = (i + 1, 0);
        }
    }
    if from < paragraphs.len() {
        runs.push(&paragraphs[from..]);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::paragraph_runs;

    #[test]
    fn paragraphs_run_together_up_to_the_size() {
        let ps = [(0, 10), (11, 15), (16, 40), (41, 42), (43, 50)];
        let runs = paragraph_runs(&ps, 12);
        assert_eq!(runs, [&ps[0..2], &ps[2..3], &ps[3..5]]);
        assert_eq!(runs.concat(), ps);
        assert!(paragraph_runs(&[], 12).is_empty());
        assert_eq!(paragraph_runs(&ps, 1).len(), ps.len());
    }
}
