//! Exports: GDELT 2.0 Events and Mentions files ([`gdelt`]), JSON lines ([`jsonl`]) and Parquet
//! ([`parquet`]). Row producers yield typed [`Cell`]s; the writers format them. Each file is
//! written beside its final name and renamed into place when complete, so an export that fails
//! (a full disk, a killed process) leaves no half-written file behind.

pub mod gdelt;
pub mod jsonl;
pub mod parquet;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::StoreError;

/// One typed value of an exported row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Int(Option<i64>),
    /// A number and how many decimals to print in text formats.
    Num(Option<f64>, usize),
    Str(String),
}

impl Cell {
    pub fn str(s: impl Into<String>) -> Cell {
        Cell::Str(s.into())
    }

    pub fn opt_str(s: Option<&str>) -> Cell {
        Cell::Str(s.unwrap_or("").to_string())
    }

    /// The text form for a tab-separated file: empty for missing values; tabs and line
    /// breaks inside strings become spaces, since the format has no quoting.
    pub fn write_tsv(&self, out: &mut impl Write) -> std::io::Result<()> {
        match self {
            Cell::Int(Some(v)) => write!(out, "{v}"),
            Cell::Num(Some(v), d) => write!(out, "{v:.d$}"),
            Cell::Int(None) | Cell::Num(None, _) => Ok(()),
            Cell::Str(s) => {
                if s.contains(['\t', '\n', '\r']) {
                    out.write_all(s.replace(['\t', '\n', '\r'], " ").as_bytes())
                } else {
                    out.write_all(s.as_bytes())
                }
            }
        }
    }
}

/// A file being written under a temporary name, renamed into place by [`Staged::commit`].
pub struct Staged {
    pub out: BufWriter<File>,
    tmp: PathBuf,
    path: PathBuf,
    committed: bool,
}

impl Staged {
    pub fn create(path: &Path) -> Result<Staged, StoreError> {
        let mut name = path
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        name.push(".partial");
        let tmp = path.with_file_name(name);
        let f = File::create(&tmp)
            .map_err(|e| StoreError::io(format!("creating {}", tmp.display()), e))?;
        Ok(Staged {
            out: BufWriter::new(f),
            tmp,
            path: path.to_path_buf(),
            committed: false,
        })
    }

    /// The error for a failed write to this file.
    pub fn err(&self, e: std::io::Error) -> StoreError {
        StoreError::io(format!("writing {}", self.tmp.display()), e)
    }

    /// Flushes, syncs and renames into place.
    pub fn commit(mut self) -> Result<PathBuf, StoreError> {
        self.out.flush().map_err(|e| self.err(e))?;
        self.out.get_ref().sync_all().map_err(|e| self.err(e))?;
        std::fs::rename(&self.tmp, &self.path)
            .map_err(|e| StoreError::io(format!("renaming {}", self.tmp.display()), e))?;
        self.committed = true;
        Ok(self.path.clone())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        // An export that failed part-way leaves nothing behind.
        if !self.committed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes rows from `produce` as a headerless tab-separated file at `path`; returns the count.
pub fn write_tsv(
    path: &Path,
    produce: impl FnOnce(&mut dyn FnMut(&[Cell]) -> Result<(), StoreError>) -> Result<(), StoreError>,
) -> Result<u64, StoreError> {
    let mut staged = Staged::create(path)?;
    let mut n = 0u64;
    {
        let tmp = staged.tmp.clone();
        let out = &mut staged.out;
        let mut sink = |cells: &[Cell]| -> Result<(), StoreError> {
            let r: std::io::Result<()> = (|| {
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        out.write_all(b"\t")?;
                    }
                    c.write_tsv(out)?;
                }
                out.write_all(b"\n")
            })();
            n += 1;
            r.map_err(|e| StoreError::io(format!("writing {}", tmp.display()), e))
        };
        produce(&mut sink)?;
    }
    staged.commit()?;
    Ok(n)
}
