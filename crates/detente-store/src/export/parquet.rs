//! Parquet export (placeholder until the writer lands).
