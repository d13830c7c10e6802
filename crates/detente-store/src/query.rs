//! Reading events back: a [`Filter`] on actors, dates and codes, and [`EventRecord`]s with
//! their evidence sentences and the counts of the cluster they belong to.

use rusqlite::{params_from_iter, types::Value, Row};
use serde::Serialize;

use crate::day;
use crate::error::StoreError;
use crate::store::Store;

/// Which events to read. Actor filters match a code prefix: `USA` matches `USAGOV`.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub source: Option<String>,
    pub target: Option<String>,
    /// Also the events from `target` to `source`.
    pub both_directions: bool,
    /// Day numbers ([`day::parse`]), inclusive.
    pub from: Option<i64>,
    pub to: Option<i64>,
    /// CAMEO root (`04`) or a code prefix (`04`, `042`).
    pub code: Option<String>,
    pub limit: Option<u64>,
}

/// One stored event (repeats within its article folded into mentions).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRecord {
    pub event_id: i64,
    pub cluster_id: i64,
    pub doc_id: String,
    pub url: Option<String>,
    pub source_name: Option<String>,
    pub published: Option<String>,
    pub date: Option<String>,
    pub event_date: Option<String>,
    pub source: Option<String>,
    pub source_text: Option<String>,
    pub target: Option<String>,
    pub target_text: Option<String>,
    pub cameo: String,
    pub root: String,
    pub plover: Option<String>,
    pub goldstein: f64,
    pub quad_class: i64,
    pub negated: bool,
    pub modality: Option<String>,
    pub location: Option<String>,
    pub location_country: Option<String>,
    pub is_root: bool,
    pub num_mentions: i64,
    /// Articles (not counting syndicated copies) that report the cluster.
    pub cluster_articles: i64,
    /// Distinct sources (web domains) that report the cluster.
    pub cluster_sources: i64,
    pub mentions: Vec<MentionRecord>,
}

/// One sentence that reports the event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentionRecord {
    pub sentence_index: i64,
    pub sentence: String,
    pub evidence: String,
}

const SELECT: &str = "SELECT e.id, e.cluster_id, a.doc_id, a.url, a.source_name, a.published, e.day, e.event_date,
    e.source_code, e.source_name, e.target_code, e.target_name, e.cameo, e.root_code, e.plover, e.goldstein,
    e.quad_class, e.negated, e.modality, e.place_name, e.place_country, e.is_root, e.num_mentions
    FROM events e JOIN articles a ON a.id = e.article_id";

fn like_prefix(p: &str) -> String {
    let mut s = String::new();
    for c in p.chars() {
        if matches!(c, '%' | '_' | '\\') {
            s.push('\\');
        }
        s.push(c);
    }
    s.push('%');
    s
}

fn dyad_clause(src: Option<&str>, tgt: Option<&str>, args: &mut Vec<Value>) -> String {
    let mut parts = Vec::new();
    for (col, v) in [("e.source_code", src), ("e.target_code", tgt)] {
        if let Some(v) = v {
            parts.push(format!("{col} LIKE ? ESCAPE '\\'"));
            args.push(Value::Text(like_prefix(v)));
        }
    }
    if parts.is_empty() {
        "1".into()
    } else {
        parts.join(" AND ")
    }
}

impl Filter {
    fn sql(&self) -> (String, Vec<Value>) {
        let mut args = Vec::new();
        let mut wh = Vec::new();
        let (s, t) = (self.source.as_deref(), self.target.as_deref());
        if s.is_some() || t.is_some() {
            let one = dyad_clause(s, t, &mut args);
            if self.both_directions {
                let other = dyad_clause(t, s, &mut args);
                wh.push(format!("(({one}) OR ({other}))"));
            } else {
                wh.push(one);
            }
        }
        if let Some(f) = self.from {
            wh.push("e.day >= ?".into());
            args.push(Value::Integer(f));
        }
        if let Some(t) = self.to {
            wh.push("e.day <= ?".into());
            args.push(Value::Integer(t));
        }
        if let Some(c) = &self.code {
            wh.push("e.cameo LIKE ? ESCAPE '\\'".into());
            args.push(Value::Text(like_prefix(c)));
        }
        let mut sql = SELECT.to_string();
        if !wh.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&wh.join(" AND "));
        }
        sql.push_str(" ORDER BY e.day, e.id");
        if let Some(n) = self.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        (sql, args)
    }
}

fn record(r: &Row) -> rusqlite::Result<EventRecord> {
    Ok(EventRecord {
        event_id: r.get(0)?,
        cluster_id: r.get(1)?,
        doc_id: r.get(2)?,
        url: r.get(3)?,
        source_name: r.get(4)?,
        published: r.get(5)?,
        date: r.get::<_, Option<i64>>(6)?.map(day::format),
        event_date: r.get(7)?,
        source: r.get(8)?,
        source_text: r.get(9)?,
        target: r.get(10)?,
        target_text: r.get(11)?,
        cameo: r.get(12)?,
        root: r.get(13)?,
        plover: r.get(14)?,
        goldstein: r.get(15)?,
        quad_class: r.get(16)?,
        negated: r.get(17)?,
        modality: r.get(18)?,
        location: r.get(19)?,
        location_country: r.get(20)?,
        is_root: r.get(21)?,
        num_mentions: r.get(22)?,
        cluster_articles: 0,
        cluster_sources: 0,
        mentions: Vec::new(),
    })
}

/// Streams the events that pass `filter` to `each`, in date order, with their mentions and
/// cluster counts. `each` may stop the stream by returning an error.
pub fn events<E: From<StoreError>>(
    store: &Store,
    filter: &Filter,
    mut each: impl FnMut(EventRecord) -> Result<(), E>,
) -> Result<(), E> {
    let conn = store.conn();
    let err = |e| E::from(store.err(e));
    let (sql, args) = filter.sql();
    let mut st = conn.prepare(&sql).map_err(err)?;
    let mut ms = conn
        .prepare(
            "SELECT m.sentence_idx, coalesce(s.text, ''), m.evidence FROM mentions m
             JOIN events e ON e.id = m.event_id
             LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = m.sentence_idx
             WHERE m.event_id = ?1 ORDER BY m.id",
        )
        .map_err(err)?;
    let mut cs = conn.prepare(CLUSTER_COUNTS).map_err(err)?;
    let mut rows = st.query(params_from_iter(args)).map_err(err)?;
    while let Some(r) = rows.next().map_err(err)? {
        let mut rec = record(r).map_err(err)?;
        rec.mentions = ms
            .query_map([rec.event_id], |m| {
                Ok(MentionRecord {
                    sentence_index: m.get(0)?,
                    sentence: m.get(1)?,
                    evidence: m.get(2)?,
                })
            })
            .and_then(|it| it.collect())
            .map_err(err)?;
        let c = cs
            .query_row([rec.cluster_id], cluster_counts)
            .map_err(err)?;
        rec.cluster_articles = c.articles;
        rec.cluster_sources = c.sources;
        each(rec)?;
    }
    Ok(())
}

/// GDELT's counts for one cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClusterCounts {
    pub mentions: i64,
    pub articles: i64,
    pub sources: i64,
}

/// Mentions, articles and sources of a cluster. An article without a URL is its own source.
pub(crate) const CLUSTER_COUNTS: &str =
    "SELECT coalesce(sum(e.num_mentions), 0), count(DISTINCT e.article_id),
    count(DISTINCT coalesce(a.source_name, 'doc:' || a.id))
    FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ?1";

pub(crate) fn cluster_counts(r: &Row) -> rusqlite::Result<ClusterCounts> {
    Ok(ClusterCounts {
        mentions: r.get(0)?,
        articles: r.get(1)?,
        sources: r.get(2)?,
    })
}

/// The counts of cluster `id`.
pub fn cluster(store: &Store, id: i64) -> Result<ClusterCounts, StoreError> {
    store
        .conn()
        .prepare_cached(CLUSTER_COUNTS)
        .and_then(|mut st| st.query_row([id], cluster_counts))
        .map_err(|e| store.err(e))
}
