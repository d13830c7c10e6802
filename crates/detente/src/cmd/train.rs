//! `detente train`: trains the tagger, lemmatizer and parser on a UD treebank and writes the
//! model file.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use detente_nlp::train::{train, TrainOptions};

use super::{Context, Status, UsageError};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Treebank directory (its `*-train.conllu` is used) or a CoNLL-U file.
    #[arg(long)]
    pub treebank: PathBuf,
    /// Also train on the treebank directory's `*-dev.conllu`: the shipped model uses every
    /// sentence of its treebank except the test set, which stays untouched for evaluation.
    #[arg(long)]
    pub with_dev: bool,
    /// Output model file.
    #[arg(short, long, default_value = "models/en-ud.bin")]
    pub output: PathBuf,
    /// Random seed: the same seed gives the same model.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Models trained with seeds `seed`, `seed + 1`, … and averaged into the one written: an
    /// ensemble at the cost of one model (1: a single model).
    #[arg(long, default_value_t = TrainOptions::default().members)]
    pub members: usize,
    /// Tagger epochs.
    #[arg(long, default_value_t = TrainOptions::default().tagger_epochs)]
    pub tagger_epochs: usize,
    /// Parser epochs.
    #[arg(long, default_value_t = TrainOptions::default().parser_epochs)]
    pub parser_epochs: usize,
    /// Jackknife folds for the parser's training tags (0: gold tags).
    #[arg(long, default_value_t = TrainOptions::default().jackknife)]
    pub jackknife: usize,
    /// A held-out CoNLL-U file scored after every parser epoch (progress only).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Also train a supertagger (each word's relation and head direction) whose guesses the
    /// parser reads: better trees, at the cost of one more tagging pass.
    #[arg(long)]
    pub supertags: bool,
    /// Train the parser for a beam of this width (1: greedy). A beam parser keeps the best
    /// partial parses instead of committing to one move at a time: better trees, several
    /// times slower. The model records its width and always parses with it
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub beam: u16,
    /// Drop the parser's weights under this fraction of its largest (0: keep all). A beam
    /// model is 48 MB whole; at 0.01 it is under 30 MB and parses as well.
    #[arg(long, default_value_t = 0.0, value_parser = parse_fraction)]
    pub prune: f32,
    /// Word vectors (GloVe or fastText text format, optionally gzipped) to learn word clusters
    /// from, which the tagger and parser then read: words the treebank never showed share a
    /// class with words it did. `scripts/vectors.sh` fetches the ones the bundled model uses.
    #[arg(long)]
    pub vectors: Option<PathBuf>,
    /// How many of the vectors (the file's first, its most frequent words in GloVe's files)
    /// to cluster.
    #[arg(long, default_value_t = 200_000)]
    pub vector_words: usize,
}

/// Learns word clusters from the vectors in `path` ([`detente_nlp::clusters::learn`]).
fn clusters(
    path: &Path,
    words: usize,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> anyhow::Result<detente_nlp::clusters::Clusters> {
    use detente_nlp::clusters::learn;
    let vectors = learn::Vectors::open(path, words)?;
    log(&format!(
        "{} vectors of {} dimensions read; clustering at sizes {:?}",
        vectors.words.len(),
        vectors.dim,
        learn::SIZES
    ));
    let c = learn::learn(&vectors, learn::SIZES, learn::ROUNDS, seed);
    log(&format!("{} words clustered", c.len()));
    Ok(c)
}

fn parse_fraction(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(f) if (0.0..1.0).contains(&f) => Ok(f),
        _ => Err(format!("{s:?} is not a fraction in [0, 1)")),
    }
}

/// The `*-{part}.conllu` file of treebank directory `p`, or `p` itself if it is a file.
fn part_file(p: &Path, part: &str) -> anyhow::Result<PathBuf> {
    if p.is_file() {
        return Ok(p.to_path_buf());
    }
    let suffix = format!("-{part}.conllu");
    let rd = std::fs::read_dir(p).with_context(|| format!("reading {}", p.display()))?;
    let mut found: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|f| f.to_string_lossy().ends_with(&suffix))
        .collect();
    found.sort();
    found
        .into_iter()
        .next()
        .ok_or_else(|| UsageError(format!("{}: no *{suffix} file", p.display())).into())
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<Status> {
    let file = part_file(&args.treebank, "train")?;
    let mut sentences = detente_nlp::conllu::read_file(&file)?;
    if args.with_dev {
        if args.treebank.is_file() {
            return Err(UsageError("--with-dev needs a treebank directory".into()).into());
        }
        sentences.extend(detente_nlp::conllu::read_file(&part_file(
            &args.treebank,
            "dev",
        )?)?);
    }
    let t0 = std::time::Instant::now();
    let quiet = ctx.quiet;
    let mut log = |m: &str| {
        if !quiet {
            eprintln!("[{:>6.1}s] {m}", t0.elapsed().as_secs_f64());
        }
    };
    let clusters = match &args.vectors {
        Some(p) => clusters(p, args.vector_words, args.seed, &mut log)?,
        None => Default::default(),
    };
    let opts = TrainOptions {
        clusters: std::sync::Arc::new(clusters),
        seed: args.seed,
        tagger_epochs: args.tagger_epochs,
        parser_epochs: args.parser_epochs,
        jackknife: args.jackknife,
        members: args.members,
        supertags: args.supertags,
        beam: args.beam as usize,
        prune: args.prune,
        dev: match &args.dev {
            Some(p) => detente_nlp::conllu::read_file(p)?,
            None => Vec::new(),
        },
        ..TrainOptions::default()
    };
    let model = train(&sentences, &opts, &mut log)?;
    let bytes = model.to_bytes();
    if let Some(dir) = args.output.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("writing {}", args.output.display()))?;
    if !quiet {
        eprintln!(
            "wrote {} ({:.1} MB) in {:.1}s",
            args.output.display(),
            bytes.len() as f64 / 1e6,
            t0.elapsed().as_secs_f64()
        );
    }
    Ok(Status::Ok)
}
