//! JSON lines: one stored event a line with its mentions (sentence and evidence) and the counts
//! of its cluster — the [`crate::query::EventRecord`] shape.

use std::io::Write;
use std::path::Path;

use super::Staged;
use crate::error::StoreError;
use crate::query::{self, Filter};
use crate::store::Store;

/// Writes every event that passes `filter` to `path`; returns the count.
pub fn write(store: &Store, filter: &Filter, path: &Path) -> Result<u64, StoreError> {
    let mut staged = Staged::create(path)?;
    let mut n = 0u64;
    query::events(store, filter, |rec| -> Result<(), StoreError> {
        let r = serde_json::to_writer(&mut staged.out, &rec)
            .map_err(std::io::Error::from)
            .and_then(|_| staged.out.write_all(b"\n"));
        n += 1;
        r.map_err(|e| staged.err(e))
    })?;
    staged.commit()?;
    Ok(n)
}
