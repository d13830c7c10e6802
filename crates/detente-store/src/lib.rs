//! `detente-store`: the event store. Coded events enter; they are deduplicated and kept in an
//! embedded SQLite database, and leave as queries, dyad time series and exports (GDELT 2.0 TSV,
//! JSONL, Parquet).
