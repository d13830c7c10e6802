//! What the coding commands load before they start: the dictionaries (ours or PETRARCH's)
//! and the parser model. One set of options and one loader for `code`, `ingest`, `eval gold`
//! and `dict`, so they cannot drift apart.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use detente_lexicon::{EntryError, Lexicon, PetrarchFiles};
use detente_nlp::Pipeline;

use super::UsageError;

/// Which dictionaries to use: ours (`--dict`, default: bundled) or PETRARCH-format files.
#[derive(Debug, Clone, clap::Args)]
pub struct DictArgs {
    /// A dictionary directory in our format (default: the bundled dictionaries).
    #[arg(long, value_name = "DIR")]
    pub dict: Option<PathBuf>,
    /// PETRARCH-format verb dictionary (repeatable); replaces the bundled dictionaries.
    #[arg(long, value_name = "FILE")]
    pub verbs: Vec<PathBuf>,
    /// PETRARCH-format actor dictionary (repeatable).
    #[arg(long, value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// PETRARCH-format agent dictionary (repeatable).
    #[arg(long, value_name = "FILE")]
    pub agents: Vec<PathBuf>,
    /// PETRARCH-format discard list (repeatable).
    #[arg(long, value_name = "FILE")]
    pub discards: Vec<PathBuf>,
}

impl DictArgs {
    fn petrarch(&self) -> Option<PetrarchFiles> {
        let any = !(self.verbs.is_empty()
            && self.actors.is_empty()
            && self.agents.is_empty()
            && self.discards.is_empty());
        any.then(|| PetrarchFiles {
            verbs: self.verbs.clone(),
            actors: self.actors.clone(),
            agents: self.agents.clone(),
            discards: self.discards.clone(),
            issues: Vec::new(),
        })
    }

    /// Loads the lexicon with the malformed entries that were skipped. PETRARCH files are
    /// always read leniently (their published files hold a few malformed lines); our format
    /// only with `lenient`, else its first malformed entry fails the load.
    pub fn load_with(&self, lenient: bool) -> Result<(Lexicon, Vec<EntryError>)> {
        if let Some(files) = self.petrarch() {
            if self.dict.is_some() {
                return Err(UsageError("--dict and PETRARCH files (--verbs/--actors/--agents/--discards) exclude each other".into()).into());
            }
            return Lexicon::from_petrarch(&files).context("reading PETRARCH dictionaries");
        }
        match &self.dict {
            Some(d) if lenient => Lexicon::load_dir_lenient(d)
                .with_context(|| format!("reading dictionaries in {}", d.display())),
            Some(d) => Ok((
                Lexicon::load_dir(d)
                    .with_context(|| format!("reading dictionaries in {}", d.display()))?,
                Vec::new(),
            )),
            None => Ok((
                Lexicon::bundled().context("reading the bundled dictionaries")?,
                Vec::new(),
            )),
        }
    }

    /// Loads the lexicon for coding; skipped PETRARCH entries are logged as warnings.
    pub fn load(&self) -> Result<Lexicon> {
        let (lex, errors) = self.load_with(false)?;
        for e in errors.iter().take(20) {
            tracing::warn!("{e}");
        }
        Ok(lex)
    }
}

/// The parser model (as [`load_model`]) that knows the verbs of `lex`, so that forms of them the
/// treebank never showed are lemmatised to the dictionary's entries.
pub fn load_model_for(path: Option<&PathBuf>, lex: &Lexicon) -> Result<Pipeline> {
    let mut nlp = load_model(path)?;
    nlp.know_verbs(lex.verbs().iter().map(|v| v.lemma.as_str()));
    Ok(nlp)
}

/// The parser model from `--model`, else the bundled one.
pub fn load_model(path: Option<&PathBuf>) -> Result<Pipeline> {
    match path {
        Some(p) => {
            Pipeline::from_path(p).with_context(|| format!("loading the model {}", p.display()))
        }
        None => Pipeline::load_default().context("loading the parser model"),
    }
}
