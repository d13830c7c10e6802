//! The database handle: opening (with pragmas and migrations), the one-transaction-per-batch
//! writer with both levels of deduplication, and the idempotency check ingest uses to resume.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};

use crate::article::{place_key, GroupedEvent, PreparedArticle};
use crate::error::StoreError;
use crate::fingerprint::{self, Fingerprint, BANDS, MIN_WORDS};
use crate::schema;

/// Reports of one real-world event filed this many days apart (or fewer) are one cluster.
pub const CLUSTER_WINDOW_DAYS: i64 = 2;

/// The event store: one SQLite database file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// What one batch added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchReport {
    /// New articles stored with their events.
    pub articles: usize,
    /// New articles found to be copies of a stored one (recorded, events not stored again).
    pub duplicates: usize,
    /// Documents already in the store (a re-run or a resumed run).
    pub already: usize,
    /// Events (after folding repeats within an article) stored.
    pub events: usize,
    /// Mentions stored.
    pub mentions: usize,
}

impl BatchReport {
    pub fn add(&mut self, o: BatchReport) {
        self.articles += o.articles;
        self.duplicates += o.duplicates;
        self.already += o.already;
        self.events += o.events;
        self.mentions += o.mentions;
    }
}

impl Store {
    /// Opens the database at `path`, creating it if it does not exist, and brings its schema up
    /// to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Self::open_with(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )
    }

    /// Opens an existing database; a missing file is an error rather than a new empty store.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let read_only = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
        if read_only {
            return Self::open_read_only(path);
        }
        Self::open_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
    }

    /// A store held in memory, gone when dropped: for one-shot runs (`detente code --format
    /// gdelt`) that want the store's deduplication and exports without a database file. Errors
    /// name it `:memory:`, SQLite's name for it.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let err = |e| StoreError::sqlite(&path, e);
        let mut conn = Connection::open_in_memory().map_err(err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(err)?;
        schema::migrate(&mut conn).map_err(err)?;
        Ok(Store { conn, path })
    }

    /// A store on a file we may not write (an archive, read-only media): readable as long as
    /// its schema is current, since migrating would need to write.
    fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let err = |e| StoreError::sqlite(path, e);
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(err)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(err)?;
        let found = schema::version(&conn).map_err(err)?;
        if found != schema::SCHEMA_VERSION {
            return Err(StoreError::Invalid(format!(
                "{}: read-only, and its schema (version {found}) needs migrating to version {}",
                path.display(),
                schema::SCHEMA_VERSION
            )));
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    fn open_with(path: &Path, flags: OpenFlags) -> Result<Store, StoreError> {
        let err = |e| StoreError::sqlite(path, e);
        let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let mut conn = Connection::open_with_flags(path, flags).map_err(err)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(err)?;
        // Reading the header first turns a file that is not SQLite into a Corrupt error here.
        let found = schema::version(&conn).map_err(err)?;
        if found > schema::SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                known: schema::SCHEMA_VERSION,
            });
        }
        // WAL: readers (query, series, the server) do not block the writer. NORMAL sync in WAL
        // mode never corrupts; a power cut may drop the last batches, which a resumed ingest
        // writes again because their keys are not in the store.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(err)?;
        schema::migrate(&mut conn).map_err(err)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How long to wait for another writer before failing with [`StoreError::Locked`].
    pub fn set_busy_timeout(&self, t: Duration) -> Result<(), StoreError> {
        self.conn.busy_timeout(t).map_err(|e| self.err(e))
    }

    /// Caps the file size in pages: SQLite then fails as on a full disk. For tests of that path.
    pub fn set_max_page_count(&self, pages: u64) -> Result<(), StoreError> {
        self.conn
            .pragma_update(None, "max_page_count", pages as i64)
            .map_err(|e| self.err(e))
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::sqlite(&self.path, e)
    }

    /// Which of `keys` are already stored, in order.
    pub fn contains_keys(&self, keys: &[[u8; 16]]) -> Result<Vec<bool>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE raw_key = ?1")
            .map_err(|e| self.err(e))?;
        keys.iter()
            .map(|k| {
                st.exists([&k[..]])
                    .map_err(|e| StoreError::sqlite(&self.path, e))
            })
            .collect()
    }

    /// Whether a stored article already has this text (exactly or as a near copy). Ingest asks
    /// before coding: such an article will be stored as a copy, so its events are not needed.
    /// Stored originals never stop being originals, so a yes here is a yes at write time.
    pub fn is_copy(&self, fp: &Fingerprint) -> Result<bool, StoreError> {
        find_original(&self.conn, fp)
            .map(|o| o.is_some())
            .map_err(|e| self.err(e))
    }

    /// Stores a batch in one transaction: all of it or, on any error, none of it.
    pub fn write_batch(&mut self, batch: &[PreparedArticle]) -> Result<BatchReport, StoreError> {
        let added = now_stamp();
        let path = self.path.clone();
        let err = |e| StoreError::sqlite(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        let mut report = BatchReport::default();
        for a in batch {
            write_article(&tx, a, &added, &mut report).map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(report)
    }

    /// Row counts of the main tables: articles, duplicate articles, events, mentions, clusters.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let q = |sql: &str| -> Result<u64, StoreError> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .map_err(|e| self.err(e))
        };
        Ok(Counts {
            articles: q("SELECT count(*) FROM articles WHERE duplicate_of IS NULL")?,
            duplicates: q("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
            events: q("SELECT count(*) FROM events")?,
            mentions: q("SELECT count(*) FROM mentions")?,
            clusters: q("SELECT count(*) FROM clusters")?,
        })
    }

    /// Writes every stored row, table by table in id order, as text: all columns but the
    /// `added` timestamps. Two stores with the same dump hold the same data; the crash test
    /// compares an interrupted-and-resumed ingest with an uninterrupted one this way.
    pub fn dump(&self, out: &mut dyn std::io::Write) -> Result<(), StoreError> {
        const TABLES: &[(&str, &str)] = &[
            ("articles", "id"),
            ("simhash_bands", "band, value, article_id"),
            ("sentences", "article_id, idx"),
            ("actors", "code"),
            ("clusters", "id"),
            ("events", "id"),
            ("mentions", "id"),
        ];
        for (table, order) in TABLES {
            let mut st = self
                .conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
                .map_err(|e| self.err(e))?;
            let keep: Vec<usize> = (0..st.column_count())
                .filter(|&i| st.column_name(i).is_ok_and(|n| n != "added"))
                .collect();
            let mut rows = st.query([]).map_err(|e| self.err(e))?;
            while let Some(r) = rows.next().map_err(|e| self.err(e))? {
                let mut line = table.to_string();
                for &i in &keep {
                    let v: rusqlite::types::Value = r.get(i).map_err(|e| self.err(e))?;
                    line.push('\t');
                    line.push_str(&format!("{v:?}"));
                }
                line.push('\n');
                out.write_all(line.as_bytes())
                    .map_err(|e| StoreError::io("writing the dump", e))?;
            }
        }
        Ok(())
    }

    /// Runs SQLite's integrity check; `Ok(())` or the first problem it names.
    pub fn check(&self) -> Result<(), StoreError> {
        let r: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        if r == "ok" {
            Ok(())
        } else {
            Err(StoreError::Invalid(format!(
                "{}: integrity check failed: {r}",
                self.path.display()
            )))
        }
    }
}

/// Row counts of a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub articles: u64,
    pub duplicates: u64,
    pub events: u64,
    pub mentions: u64,
    pub clusters: u64,
}

/// `YYYYMMDDHHMMSS` in UTC: GDELT's DATEADDED.
fn now_stamp() -> String {
    jiff::Timestamp::now().strftime("%Y%m%d%H%M%S").to_string()
}

fn write_article(
    tx: &Transaction,
    a: &PreparedArticle,
    added: &str,
    report: &mut BatchReport,
) -> rusqlite::Result<()> {
    let exists = tx
        .prepare_cached("SELECT 1 FROM articles WHERE raw_key = ?1")?
        .exists([&a.key[..]])?;
    if exists {
        report.already += 1;
        return Ok(());
    }
    let fp = Fingerprint {
        text_hash: a.text_hash,
        simhash: a.simhash,
        words: a.words,
    };
    let original = find_original(tx, &fp)?;
    tx.prepare_cached(
        "INSERT INTO articles (raw_key, doc_id, url, title, published, source_name, text_hash, simhash, doc_len, duplicate_of, added)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        &a.key[..],
        a.doc_id,
        a.url,
        a.title,
        a.published,
        a.source_name,
        &a.text_hash[..],
        a.simhash as i64,
        a.doc_len as i64,
        original,
        added
    ])?;
    if original.is_some() {
        report.duplicates += 1;
        return Ok(());
    }
    let article_id = tx.last_insert_rowid();
    report.articles += 1;
    if a.words >= MIN_WORDS {
        let mut st = tx.prepare_cached(
            "INSERT OR IGNORE INTO simhash_bands (band, value, article_id) VALUES (?1, ?2, ?3)",
        )?;
        for b in 0..BANDS {
            st.execute(params![b, fingerprint::band(a.simhash, b), article_id])?;
        }
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO sentences (article_id, idx, text, char_start) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for s in &a.sentences {
        st.execute(params![article_id, s.index as i64, s.text, s.char_start])?;
    }
    for g in &a.events {
        write_event(tx, article_id, g, added)?;
        report.events += 1;
        report.mentions += g.mentions.len();
    }
    Ok(())
}

/// The stored original this article copies: same text exactly, or a SimHash within a few
/// bits. The oldest such original wins, so the answer does not depend on index order.
fn find_original(tx: &Connection, a: &Fingerprint) -> rusqlite::Result<Option<i64>> {
    if a.words == 0 {
        return Ok(None);
    }
    let exact: Option<i64> = tx
        .prepare_cached("SELECT id FROM articles WHERE text_hash = ?1 AND duplicate_of IS NULL ORDER BY id LIMIT 1")?
        .query_row([&a.text_hash[..]], |r| r.get(0))
        .optional()?;
    if exact.is_some() || a.words < MIN_WORDS {
        return Ok(exact);
    }
    let mut best: Option<i64> = None;
    let mut st = tx.prepare_cached(
        "SELECT a.id, a.simhash FROM simhash_bands b JOIN articles a ON a.id = b.article_id
         WHERE b.band = ?1 AND b.value = ?2",
    )?;
    for b in 0..BANDS {
        let mut rows = st.query(params![b, fingerprint::band(a.simhash, b)])?;
        while let Some(r) = rows.next()? {
            let (id, h): (i64, i64) = (r.get(0)?, r.get(1)?);
            if fingerprint::near(h as u64, a.simhash) && best.is_none_or(|b| id < b) {
                best = Some(id);
            }
        }
    }
    Ok(best)
}

fn write_event(
    tx: &Transaction,
    article_id: i64,
    g: &GroupedEvent,
    added: &str,
) -> rusqlite::Result<()> {
    let e = &g.event;
    let src = e.source.as_ref().map(|a| a.code.as_str());
    let tgt = e.target.as_ref().map(|a| a.code.as_str());
    let base: String = e.cameo.chars().take(3).collect();
    let place = place_key(e);
    let cluster_id = find_cluster(
        tx,
        src.unwrap_or(""),
        tgt.unwrap_or(""),
        &base,
        &place,
        g.day,
    )?;
    let first = cluster_id.is_none();
    let cluster_id = match cluster_id {
        Some(id) => id,
        None => {
            tx.prepare_cached(
                "INSERT INTO clusters (source_code, target_code, base_code, place_key, day, added) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![src.unwrap_or(""), tgt.unwrap_or(""), base, place, g.day, added])?;
            tx.last_insert_rowid()
        }
    };
    let loc = e.location.as_ref();
    tx.prepare_cached(
        "INSERT INTO events (article_id, cluster_id, source_code, source_name, source_country, target_code, target_name,
            target_country, cameo, base_code, root_code, quad_class, goldstein, plover, negated, modality, quote_speaker,
            event_date, day, place_name, place_country, lat, lon, is_root, num_mentions, cluster_first)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)",
    )?
    .execute(params![
        article_id,
        cluster_id,
        src,
        e.source.as_ref().map(|a| a.text.as_str()),
        e.source_country(),
        tgt,
        e.target.as_ref().map(|a| a.text.as_str()),
        e.target_country(),
        e.cameo,
        base,
        e.root,
        e.quad_class,
        e.goldstein,
        e.plover,
        e.negated,
        e.modality,
        e.quote.as_ref().map(|q| q.speaker.as_str()),
        e.date,
        g.day,
        loc.map(|l| l.name.as_str()),
        loc.map(|l| l.country.as_str()),
        loc.map(|l| l.lat),
        loc.map(|l| l.lon),
        g.is_root(),
        g.mentions.len() as i64,
        first
    ])?;
    let event_id = tx.last_insert_rowid();
    let mut st = tx.prepare_cached(
        "INSERT INTO mentions (event_id, sentence_idx, source_start, source_end, target_start, target_end, evidence, date_text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for m in &g.mentions {
        st.execute(params![
            event_id,
            m.sentence_index as i64,
            m.source_span.map(|s| s.0 as i64),
            m.source_span.map(|s| s.1 as i64),
            m.target_span.map(|s| s.0 as i64),
            m.target_span.map(|s| s.1 as i64),
            m.evidence,
            m.date_text
        ])?;
    }
    let mut st = tx
        .prepare_cached("INSERT OR IGNORE INTO actors (code, country, name) VALUES (?1, ?2, ?3)")?;
    for a in [e.source.as_ref(), e.target.as_ref()].into_iter().flatten() {
        let country = if a.code.len() >= 3 && !a.code.starts_with("---") {
            a.code.get(..3)
        } else {
            None
        };
        st.execute(params![a.code, country, a.text.to_uppercase()])?;
    }
    Ok(())
}

/// The cluster this event joins: same dyad, CAMEO base code and place, filed within the window
/// (the nearest day wins, then the oldest cluster).
fn find_cluster(
    tx: &Transaction,
    src: &str,
    tgt: &str,
    base: &str,
    place: &str,
    day: Option<i64>,
) -> rusqlite::Result<Option<i64>> {
    match day {
        Some(d) => tx
            .prepare_cached(
                "SELECT id FROM clusters WHERE source_code = ?1 AND target_code = ?2 AND base_code = ?3 AND place_key = ?4
                 AND day BETWEEN ?5 - ?6 AND ?5 + ?6 ORDER BY abs(day - ?5), id LIMIT 1",
            )?
            .query_row(params![src, tgt, base, place, d, CLUSTER_WINDOW_DAYS], |r| r.get(0))
            .optional(),
        None => tx
            .prepare_cached(
                "SELECT id FROM clusters WHERE source_code = ?1 AND target_code = ?2 AND base_code = ?3 AND place_key = ?4
                 AND day IS NULL ORDER BY id LIMIT 1",
            )?
            .query_row(params![src, tgt, base, place], |r| r.get(0))
            .optional(),
    }
}
