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
    /// Model file (default: the bundled model).
    #[arg(long)]
    pub model: Option<PathBuf>,
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
    let nlp = super::eval_parse::load(args.model.as_deref())?;
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
            let mut sents = match detente_nlp::conllu::read(&text, &p.display().to_string()) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("error: {e}");
                    failures += 1;
                    continue;
                }
            };
            for s in &mut sents {
                nlp.annotate_pretokenized(s);
                out.write_all(s.to_conllu().as_bytes())?;
            }
            continue;
        }
        if args.format == Format::Conllu {
            // Paragraph by paragraph, so memory stays bounded by the longest paragraph.
            for (ps, pe) in detente_nlp::tokenize::paragraphs(&text) {
                let mut sents = nlp.parse(&text[ps..pe]);
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
