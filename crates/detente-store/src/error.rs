//! The store's typed errors. Each names the database file, and SQLite's low-level codes are
//! sorted into what a user can act on: a corrupt file, a lock held by another process, a full
//! disk, a schema from a newer detente.

use std::path::PathBuf;

use rusqlite::ErrorCode;

/// What can go wrong with the event store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: not a detente database, or the file is corrupt", path.display())]
    Corrupt {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{}: the database is locked by another process (is another ingest running?)", path.display())]
    Locked {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{}: the disk is full; the current batch was rolled back and nothing of it was stored", path.display())]
    Full {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{}: written by a newer detente (schema version {found}, this one knows up to {known})", path.display())]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{}: no such database", path.display())]
    Missing { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Invalid(String),
}

impl StoreError {
    /// Sorts a SQLite error on the database at `path` into the variant a user can act on.
    pub(crate) fn sqlite(path: &std::path::Path, source: rusqlite::Error) -> Self {
        let path = path.to_path_buf();
        match source.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                StoreError::Corrupt { path, source }
            }
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path, source }
            }
            Some(ErrorCode::DiskFull) => StoreError::Full { path, source },
            _ => StoreError::Sqlite { path, source },
        }
    }

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        StoreError::Io {
            context: context.into(),
            source,
        }
    }
}
