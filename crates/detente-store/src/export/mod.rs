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
    let tmp = staged.tmp.display().to_string();
    let n = write_tsv_to(&mut staged.out, &tmp, produce)?;
    staged.commit()?;
    Ok(n)
}

/// Writes rows from `produce` as headerless tab-separated lines to `out` (standard output, a
/// pipe), in the same form as [`write_tsv`]; returns the count. `what` names `out` in errors.
/// The caller flushes `out`.
pub fn write_tsv_to(
    mut out: &mut dyn Write,
    what: &str,
    produce: impl FnOnce(&mut dyn FnMut(&[Cell]) -> Result<(), StoreError>) -> Result<(), StoreError>,
) -> Result<u64, StoreError> {
    let mut n = 0u64;
    let mut sink = |cells: &[Cell]| -> Result<(), StoreError> {
        let r: std::io::Result<()> = (|| {
            for (i, c) in cells.iter().enumerate() {
                if i > 0 {
                    out.write_all(b"\t")?;
                }
                c.write_tsv(&mut out)?;
            }
            out.write_all(b"\n")
        })();
        n += 1;
        r.map_err(|e| StoreError::io(format!("writing {what}"), e))
    };
    produce(&mut sink)?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(sink: &mut dyn FnMut(&[Cell]) -> Result<(), StoreError>) -> Result<(), StoreError> {
        sink(&[Cell::Int(Some(7)), Cell::Num(None, 4), Cell::str("a\tb")])?;
        sink(&[Cell::Num(Some(2.5), 1), Cell::Int(None), Cell::str("")])
    }

    #[test]
    fn a_stream_and_a_file_get_the_same_lines() {
        let mut buf = Vec::new();
        assert_eq!(write_tsv_to(&mut buf, "a buffer", rows).unwrap(), 2);
        assert_eq!(
            String::from_utf8(buf.clone()).unwrap(),
            "7\t\ta b\n2.5\t\t\n"
        );
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.tsv");
        assert_eq!(write_tsv(&p, rows).unwrap(), 2);
        assert_eq!(std::fs::read(&p).unwrap(), buf);
    }

    #[test]
    fn an_in_memory_store_stores_and_exports() {
        let mut store = crate::Store::open_in_memory().unwrap();
        assert_eq!(store.counts().unwrap(), crate::Counts::default());
        let a = crate::ArticleInput {
            key: [1; 16],
            doc_id: "d".into(),
            url: None,
            title: None,
            published: Some("2019-05-14".into()),
            text: "Nothing happened.".into(),
            events: Vec::new(),
        };
        let batch = [crate::PreparedArticle::new(a)];
        assert_eq!(store.write_batch(&batch).unwrap().articles, 1);
        assert_eq!(store.write_batch(&batch).unwrap().already, 1);
        assert_eq!(
            store.contains_keys(&[[1; 16], [2; 16]]).unwrap(),
            [true, false]
        );
        let mut buf = Vec::new();
        let n = write_tsv_to(&mut buf, "a buffer", |sink| gdelt::events(&store, sink)).unwrap();
        assert_eq!((n, buf.len()), (0, 0));
    }
}
