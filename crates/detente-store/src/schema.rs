//! The schema and its migrations. `PRAGMA user_version` holds the number of migrations applied;
//! opening a database applies the missing ones, each in its own transaction, so a database
//! written by an older detente is brought up to date and one from a newer detente is refused.

use rusqlite::Connection;

/// Migration `i` takes the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: articles with their idempotency key, fingerprints and syndication link; the sentences
    // that are evidence; article-level events with their mentions; clusters across articles.
    r#"
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        raw_key BLOB NOT NULL UNIQUE,
        doc_id TEXT NOT NULL,
        url TEXT,
        title TEXT,
        published TEXT,
        source_name TEXT,
        text_hash BLOB NOT NULL,
        simhash INTEGER NOT NULL,
        doc_len INTEGER NOT NULL,
        duplicate_of INTEGER REFERENCES articles(id),
        added TEXT NOT NULL
    );
    CREATE INDEX articles_text_hash ON articles(text_hash);
    CREATE INDEX articles_doc_id ON articles(doc_id);
    CREATE TABLE simhash_bands (
        band INTEGER NOT NULL,
        value INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, value, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE sentences (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        char_start INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE actors (
        code TEXT PRIMARY KEY,
        country TEXT,
        name TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        source_code TEXT NOT NULL,
        target_code TEXT NOT NULL,
        base_code TEXT NOT NULL,
        place_key TEXT NOT NULL,
        day INTEGER,
        added TEXT NOT NULL
    );
    CREATE INDEX clusters_key ON clusters(source_code, target_code, base_code, place_key, day);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        cluster_id INTEGER NOT NULL REFERENCES clusters(id),
        source_code TEXT,
        source_name TEXT,
        source_country TEXT,
        target_code TEXT,
        target_name TEXT,
        target_country TEXT,
        cameo TEXT NOT NULL,
        base_code TEXT NOT NULL,
        root_code TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        plover TEXT,
        negated INTEGER NOT NULL,
        modality TEXT,
        quote_speaker TEXT,
        event_date TEXT,
        day INTEGER,
        place_name TEXT,
        place_country TEXT,
        lat REAL,
        lon REAL,
        is_root INTEGER NOT NULL,
        num_mentions INTEGER NOT NULL,
        cluster_first INTEGER NOT NULL
    );
    CREATE INDEX events_dyad ON events(source_country, target_country, day);
    CREATE INDEX events_first ON events(cluster_first, source_country, target_country, day);
    CREATE INDEX events_cluster ON events(cluster_id);
    CREATE INDEX events_article ON events(article_id);
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id),
        sentence_idx INTEGER NOT NULL,
        source_start INTEGER,
        source_end INTEGER,
        target_start INTEGER,
        target_end INTEGER,
        evidence TEXT NOT NULL,
        date_text TEXT
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The database's schema version.
pub(crate) fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies every migration past the database's version, each atomically with its version bump.
pub(crate) fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let from = version(conn)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        tx.commit()?;
    }
    Ok(())
}
