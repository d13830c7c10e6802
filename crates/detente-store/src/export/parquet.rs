//! Parquet export: the GDELT 2.0 Events and Mentions tables as typed Parquet files, readable by
//! DuckDB, pandas/pyarrow and Spark.
//!
//! Schema: the column names of the GDELT 2.0 codebook, in its order; `integer` columns are
//! `INT64`, `numeric` columns `DOUBLE`, both `OPTIONAL` (null where the TSV field is empty:
//! AvgTone, an unresolved place); `string` columns are `REQUIRED BYTE_ARRAY (UTF8)`, empty
//! where GDELT leaves them empty. Snappy-compressed, row groups of [`ROW_GROUP`] rows. Written
//! with the `parquet` crate's column writers (no Arrow), so the export costs little to build.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use parquet::basic::{Compression, LogicalType, Repetition, Type as PhysicalType};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;

use super::{gdelt, Cell, Staged};
use crate::codes::{event_columns, mention_columns, Column, ColumnType};
use crate::error::StoreError;
use crate::store::Store;

/// Rows per row group: bounds memory while keeping groups large enough to scan fast.
pub const ROW_GROUP: usize = 65_536;

fn perr(path: &Path, e: parquet::errors::ParquetError) -> StoreError {
    StoreError::Invalid(format!("writing {}: {e}", path.display()))
}

/// The Parquet schema of a GDELT column list.
pub fn schema(name: &str, columns: &[Column]) -> Result<Type, parquet::errors::ParquetError> {
    let fields = columns
        .iter()
        .map(|c| {
            let t = match c.kind {
                ColumnType::Integer => Type::primitive_type_builder(c.name, PhysicalType::INT64)
                    .with_repetition(Repetition::OPTIONAL),
                ColumnType::Numeric => Type::primitive_type_builder(c.name, PhysicalType::DOUBLE)
                    .with_repetition(Repetition::OPTIONAL),
                ColumnType::String => {
                    Type::primitive_type_builder(c.name, PhysicalType::BYTE_ARRAY)
                        .with_repetition(Repetition::REQUIRED)
                        .with_logical_type(Some(LogicalType::String))
                }
            };
            t.build().map(Arc::new)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Type::group_type_builder(name).with_fields(fields).build()
}

/// One column's values of the row group being built.
enum Buffer {
    Int(Vec<i64>, Vec<i16>),
    Num(Vec<f64>, Vec<i16>),
    Str(Vec<ByteArray>),
}

struct Writer<'a> {
    path: &'a Path,
    columns: &'static [Column],
    buffers: Vec<Buffer>,
    rows: usize,
    file: SerializedFileWriter<File>,
}

impl<'a> Writer<'a> {
    fn new(
        path: &'a Path,
        file: File,
        name: &str,
        columns: &'static [Column],
    ) -> Result<Self, StoreError> {
        let schema = Arc::new(schema(name, columns).map_err(|e| perr(path, e))?);
        let props = Arc::new(
            WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .set_created_by("detente".into())
                .build(),
        );
        let file = SerializedFileWriter::new(file, schema, props).map_err(|e| perr(path, e))?;
        let mut w = Writer {
            path,
            columns,
            buffers: Vec::new(),
            rows: 0,
            file,
        };
        w.reset();
        Ok(w)
    }

    fn reset(&mut self) {
        self.buffers = self
            .columns
            .iter()
            .map(|c| match c.kind {
                ColumnType::Integer => Buffer::Int(Vec::new(), Vec::new()),
                ColumnType::Numeric => Buffer::Num(Vec::new(), Vec::new()),
                ColumnType::String => Buffer::Str(Vec::new()),
            })
            .collect();
        self.rows = 0;
    }

    fn push(&mut self, cells: &[Cell]) -> Result<(), StoreError> {
        if cells.len() != self.columns.len() {
            return Err(StoreError::Invalid(format!(
                "{}: a row has {} cells, the schema {} columns",
                self.path.display(),
                cells.len(),
                self.columns.len()
            )));
        }
        for (b, c) in self.buffers.iter_mut().zip(cells) {
            match (b, c) {
                (Buffer::Int(v, d), Cell::Int(x)) => {
                    d.push(x.is_some() as i16);
                    v.extend(x);
                }
                (Buffer::Num(v, d), Cell::Num(x, _)) => {
                    d.push(x.is_some() as i16);
                    v.extend(x);
                }
                (Buffer::Str(v), Cell::Str(s)) => v.push(ByteArray::from(s.as_str())),
                // A cell whose type disagrees with the codebook is a bug in the row producer.
                _ => {
                    return Err(StoreError::Invalid(format!(
                        "{}: a cell does not match its column type",
                        self.path.display()
                    )))
                }
            }
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        if self.rows == 0 {
            return Ok(());
        }
        let path = self.path;
        let mut rg = self.file.next_row_group().map_err(|e| perr(path, e))?;
        for b in &self.buffers {
            let Some(mut col) = rg.next_column().map_err(|e| perr(path, e))? else {
                break;
            };
            let r = match b {
                Buffer::Int(v, d) => col.typed::<Int64Type>().write_batch(v, Some(d), None),
                Buffer::Num(v, d) => col.typed::<DoubleType>().write_batch(v, Some(d), None),
                Buffer::Str(v) => col.typed::<ByteArrayType>().write_batch(v, None, None),
            };
            r.map_err(|e| perr(path, e))?;
            col.close().map_err(|e| perr(path, e))?;
        }
        rg.close().map_err(|e| perr(path, e))?;
        self.reset();
        Ok(())
    }

    fn finish(mut self) -> Result<(), StoreError> {
        self.flush()?;
        self.file.close().map_err(|e| perr(self.path, e))?;
        Ok(())
    }
}

type Producer<'s> =
    dyn Fn(&mut dyn FnMut(&[Cell]) -> Result<(), StoreError>) -> Result<(), StoreError> + 's;

fn write(
    path: &Path,
    name: &str,
    columns: &'static [Column],
    produce: &Producer,
) -> Result<u64, StoreError> {
    let staged = Staged::create(path)?;
    let file = staged
        .out
        .get_ref()
        .try_clone()
        .map_err(|e| staged.err(e))?;
    let mut w = Writer::new(path, file, name, columns)?;
    let mut n = 0u64;
    produce(&mut |cells| {
        n += 1;
        w.push(cells)
    })?;
    w.finish()?;
    staged.commit()?;
    Ok(n)
}

/// Writes the GDELT Events table to `path`; returns the number of rows.
pub fn write_events(store: &Store, path: &Path) -> Result<u64, StoreError> {
    write(path, "gdelt_events", event_columns(), &|sink| {
        gdelt::events(store, sink)
    })
}

/// Writes the GDELT Mentions table to `path`; returns the number of rows.
pub fn write_mentions(store: &Store, path: &Path) -> Result<u64, StoreError> {
    write(path, "gdelt_mentions", mention_columns(), &|sink| {
        gdelt::mentions(store, sink)
    })
}
