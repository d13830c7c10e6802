//! `detente-store`: the event store. Coded events enter; they are deduplicated and kept in an
//! embedded SQLite database, and leave as queries, dyad time series and exports (GDELT 2.0 TSV,
//! JSONL, Parquet).
//!
//! Data enters as [`ArticleInput`]s (an extracted article with its coded
//! [`detente_coder::Event`]s), which [`PreparedArticle::new`] fingerprints and folds on any
//! thread; [`Store::write_batch`] then stores a batch in one transaction from a single writer.
//! Deduplication happens at three levels: a document already stored (its key, a hash of the
//! document as read) is skipped, so re-runs and resumed runs add nothing; an article whose text
//! is a copy of a stored one (exact hash or SimHash within 3 bits) is recorded as a duplicate
//! and its events are not stored again; within an article, repeats of one event become mentions
//! of it, and across articles, events with the same dyad, CAMEO base code and place within
//! [`CLUSTER_WINDOW_DAYS`] are one cluster — GDELT's event, with NumMentions, NumSources and
//! NumArticles. Data leaves through [`query`], [`series`] and [`export`].

pub mod article;
pub mod codes;
pub mod day;
pub mod error;
pub mod export;
pub mod fingerprint;
pub mod plot;
pub mod query;
pub mod schema;
pub mod series;
mod store;

pub use article::{ArticleInput, PreparedArticle};
pub use error::StoreError;
/// The SQLite binding the store is built on, for callers that open a store file directly.
pub use rusqlite;
pub use store::{BatchReport, Counts, Store, CLUSTER_WINDOW_DAYS};
