//! What can go wrong while reading, and where: every error names its origin (a file, a line of a
//! JSONL file, a record of a WARC file or an item of a feed) so that the caller can report it and
//! go on with the rest of the batch.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where a document or an error came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A whole file (or `-` for standard input).
    File(PathBuf),
    /// A line of a JSONL file, counting from 1.
    Line(PathBuf, u64),
    /// A record of a WARC file, counting from 1, with the byte offset where it (or its gzip
    /// member) starts in the file.
    Record(PathBuf, u64, u64),
    /// An item (RSS) or entry (Atom) of a feed, counting from 1.
    Item(PathBuf, usize),
}

impl Origin {
    /// The file this origin is in.
    pub fn path(&self) -> &Path {
        match self {
            Origin::File(p) | Origin::Line(p, _) | Origin::Record(p, _, _) | Origin::Item(p, _) => {
                p
            }
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(p) => write!(f, "{}", p.display()),
            Origin::Line(p, n) => write!(f, "{}:{n}", p.display()),
            Origin::Record(p, n, _) => write!(f, "{}#record {n}", p.display()),
            Origin::Item(p, n) => write!(f, "{}#item {n}", p.display()),
        }
    }
}

/// Why a file, line, record or item could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadErrorKind {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("empty input")]
    Empty,
    #[error("binary content, not text ({0})")]
    Binary(String),
    #[error(
        "document of {size} bytes exceeds the maximum of {max} bytes (see --max-doc-size); skipped"
    )]
    TooLarge { size: u64, max: u64 },
    #[error("document of more than {size} bytes exceeds the maximum of {max} bytes (see --max-doc-size); skipped")]
    TooLargeAtLeast { size: u64, max: u64 },
    #[error("invalid gzip data: {0}")]
    Gzip(String),
    #[error("truncated gzip member at byte {offset}: {message}")]
    TruncatedGzip { offset: u64, message: String },
    #[error("invalid WARC record at byte {offset}: {message}")]
    Warc { offset: u64, message: String },
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("{0}")]
    Jsonl(String),
    #[error("invalid feed: {0}")]
    Feed(String),
    #[error("feed item has no content (no content:encoded, content, description or summary)")]
    EmptyItem,
}

/// A read error: what went wrong ([`ReadErrorKind`]) and where ([`Origin`]).
///
/// Displays as `path: message`, `path:LINE: message`, `path#record N: message` or
/// `path#item N: message`.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct ReadError {
    pub origin: Origin,
    #[source]
    pub kind: ReadErrorKind,
}

impl ReadError {
    pub fn new(origin: Origin, kind: impl Into<ReadErrorKind>) -> Self {
        ReadError {
            origin,
            kind: kind.into(),
        }
    }
}

/// Something odd about a document that did not stop it from being read (a wrong charset label,
/// invalid UTF-8 decoded lossily, an unparseable date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadWarning {
    pub origin: Origin,
    pub message: String,
}

impl fmt::Display for ReadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}
