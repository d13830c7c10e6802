//! Typed errors of the NLP crate.

use std::path::PathBuf;

/// Everything that can go wrong while loading a model, reading CoNLL-U or training.
#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Conllu {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}:{line}: {message}")]
    Vectors {
        file: String,
        line: usize,
        message: String,
    },
    #[error("model: {0}")]
    Model(String),
    #[error("no model found: looked in {0}")]
    NoModel(String),
    #[error("training: {0}")]
    Train(String),
}
