//! `detente eval-parse`: scores the model on CoNLL-U files, with gold tokens (accuracies) or
//! from the raw `# text` lines (`--raw`, CoNLL 2018-style F1).

use std::path::PathBuf;

use super::{Context, Status};

/// The model options that `parse` and `eval-parse` share.
#[derive(Debug, clap::Args)]
pub struct ModelArgs {
    /// Model file (default: the bundled model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Parse with a beam of this width instead of the one the model was trained for (beam
    /// models only: see `detente train --beam`).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub beam: Option<u16>,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Start from raw text through our tokenizer and splitter.
    #[arg(long)]
    pub raw: bool,
    /// CoNLL-U files with gold annotation.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// The model `args` name (default: the bundled one), parsing with their beam width if given.
pub fn load(args: &ModelArgs) -> anyhow::Result<detente_nlp::Pipeline> {
    let mut nlp = match &args.model {
        Some(p) => detente_nlp::Pipeline::from_path(p)?,
        None => detente_nlp::Pipeline::load_default()?,
    };
    if let Some(width) = args.beam {
        nlp.set_beam(width)
            .map_err(|e| super::UsageError(format!("--beam {width}: {e}")))?;
    }
    Ok(nlp)
}

pub fn run(_ctx: &Context, args: Args) -> anyhow::Result<Status> {
    let nlp = load(&args.model)?;
    let mut failures = 0;
    for f in &args.files {
        let gold = match detente_nlp::conllu::read_file(f) {
            Ok(g) => g,
            Err(e) => {
                eprintln!("error: {e}");
                failures += 1;
                continue;
            }
        };
        let t0 = std::time::Instant::now();
        if args.raw {
            let s = detente_nlp::eval::eval_raw(&nlp, &gold);
            println!(
                "{}\traw\ttokens {:.2}\tsentences {:.2}\twords {:.2}\tUPOS {:.2}\tUAS {:.2}\tLAS {:.2}\t({:.1}s)",
                f.display(),
                s.tokens,
                s.sentences,
                s.words,
                s.upos,
                s.uas,
                s.las,
                t0.elapsed().as_secs_f64()
            );
        } else {
            let s = detente_nlp::eval::eval_gold(&nlp, &gold);
            println!(
                "{}\tgold-tok\twords {}\tUPOS {:.2}\tXPOS {:.2}\tlemma {:.2}\tUAS {:.2}\tLAS {:.2}\tLAS(full labels) {:.2}\t({:.1}s)",
                f.display(),
                s.words,
                s.upos,
                s.xpos,
                s.lemma,
                s.uas,
                s.las,
                s.las_full,
                t0.elapsed().as_secs_f64()
            );
        }
    }
    Ok(Status::from_failures(failures))
}
