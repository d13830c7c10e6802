//! The store end to end on synthetic coded articles: idempotent writes, both levels of
//! deduplication with known NumMentions/NumSources/NumArticles, atomic batches under a full
//! disk, and clear errors for corrupt, locked and too-new databases.

mod common;

use common::*;
use detente_store::query::{self, Filter};
use detente_store::{Store, StoreError};

const MEET: &str = "Pompeo met with Lavrov in Sochi.";
const AGAIN: &str = "Pompeo met with Lavrov for three hours, officials said.";

/// A corpus with known answers:
/// - `a1` (a.com) reports the meeting twice → one event, two mentions;
/// - `a1-copy` (b.com) is a syndicated copy of `a1` with a new byline → stored once;
/// - `c1` (c.com) reports the same meeting a day later → same cluster;
/// - `c2` (c.com) reports it again → same cluster, same source;
/// - `e1` (a.com) a meeting two weeks later → a new cluster;
/// - `r1` (d.com) Russia criticises the US the same day → another dyad, another cluster.
fn corpus() -> Vec<detente_store::PreparedArticle> {
    let m = |i, s: &str, d| {
        event(
            i,
            s,
            ("USAGOV", "Pompeo"),
            ("RUSGOV", "Lavrov"),
            "040",
            1.0,
            1,
            d,
        )
    };
    let a_text = body("Sochi", &format!("{MEET} {AGAIN}"));
    vec![
        article(
            "a1",
            "https://www.a.com/1",
            "2019-05-14",
            a_text.clone(),
            vec![m(1, MEET, None), m(2, AGAIN, None)],
        ),
        article(
            "a1-copy",
            "https://b.com/wire/1",
            "2019-05-14",
            format!("By Wire Staff. {a_text}"),
            vec![m(1, MEET, None), m(2, AGAIN, None)],
        ),
        article(
            "c1",
            "https://c.com/x",
            "2019-05-15",
            body("Black Sea", MEET),
            vec![m(1, MEET, Some("2019-05-14"))],
        ),
        article(
            "c2",
            "https://c.com/y",
            "2019-05-15",
            body("resort", MEET),
            vec![m(1, MEET, Some("2019-05-15"))],
        ),
        article(
            "e1",
            "https://a.com/2",
            "2019-05-30",
            body("Helsinki", MEET),
            vec![m(1, MEET, None)],
        ),
        article(
            "r1",
            "https://d.com/r",
            "2019-05-14",
            body("Moscow", "Lavrov criticized Pompeo."),
            vec![event(
                1,
                "Lavrov criticized Pompeo.",
                ("RUSGOV", "Lavrov"),
                ("USAGOV", "Pompeo"),
                "111",
                -2.0,
                3,
                None,
            )],
        ),
    ]
}

fn tmp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("events.db");
    (dir, p)
}

#[test]
fn dedup_gives_known_counts() {
    let (_d, path) = tmp_db();
    let mut s = Store::open(&path).unwrap();
    let r = s.write_batch(&corpus()).unwrap();
    assert_eq!((r.articles, r.duplicates, r.already), (5, 1, 0));
    let c = s.counts().unwrap();
    assert_eq!(c.clusters, 3, "{c:?}");
    let mut seen = Vec::new();
    query::events(&s, &Filter::default(), |e| -> Result<(), StoreError> {
        seen.push(e);
        Ok(())
    })
    .unwrap();
    let a1 = seen.iter().find(|e| e.doc_id == "a1").unwrap();
    assert_eq!(a1.num_mentions, 2);
    assert_eq!(a1.mentions.len(), 2);
    assert_eq!(a1.mentions[1].sentence, AGAIN);
    assert!(seen.iter().all(|e| e.doc_id != "a1-copy"));
    let k = query::cluster(&s, a1.cluster_id).unwrap();
    assert_eq!((k.mentions, k.articles, k.sources), (4, 3, 2));
    let e1 = seen.iter().find(|e| e.doc_id == "e1").unwrap();
    assert_ne!(e1.cluster_id, a1.cluster_id);
    let k = query::cluster(&s, e1.cluster_id).unwrap();
    assert_eq!((k.mentions, k.articles, k.sources), (1, 1, 1));
}

#[test]
fn rewriting_adds_nothing_and_batches_split_alike() {
    let (_d, path) = tmp_db();
    let mut s = Store::open(&path).unwrap();
    let all = corpus();
    s.write_batch(&all[..2]).unwrap();
    s.write_batch(&all[2..]).unwrap();
    let once = s.counts().unwrap();
    let r = s.write_batch(&all).unwrap();
    assert_eq!(
        (r.articles, r.duplicates, r.already, r.events),
        (0, 0, 6, 0)
    );
    assert_eq!(s.counts().unwrap(), once);
    let (_d2, path2) = tmp_db();
    let mut t = Store::open(&path2).unwrap();
    t.write_batch(&all).unwrap();
    assert_eq!(t.counts().unwrap(), once);
}

#[test]
fn query_filters_by_dyad_date_and_code() {
    let (_d, path) = tmp_db();
    let mut s = Store::open(&path).unwrap();
    s.write_batch(&corpus()).unwrap();
    let count = |f: Filter| {
        let mut n = 0;
        query::events(&s, &f, |_| -> Result<(), StoreError> {
            n += 1;
            Ok(())
        })
        .unwrap();
        n
    };
    let usa_rus = Filter {
        source: Some("USA".into()),
        target: Some("RUS".into()),
        ..Filter::default()
    };
    assert_eq!(count(usa_rus.clone()), 4);
    assert_eq!(
        count(Filter {
            both_directions: true,
            ..usa_rus.clone()
        }),
        5
    );
    let from = detente_store::day::parse("2019-05-20");
    assert_eq!(
        count(Filter {
            from,
            ..usa_rus.clone()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            code: Some("11".into()),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            source: Some("US%".into()),
            ..Filter::default()
        }),
        0
    );
}

#[test]
fn full_disk_rolls_back_the_whole_batch() {
    let (_d, path) = tmp_db();
    let mut s = Store::open(&path).unwrap();
    let all = corpus();
    s.write_batch(&all[..1]).unwrap();
    let before = s.counts().unwrap();
    let pages: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    s.set_max_page_count(pages as u64).unwrap();
    // Many new articles: more pages than the cap allows.
    let big: Vec<_> = (0..200)
        .map(|i| {
            let t = body(&format!("story {i} unique words {}", i * 7919), MEET);
            article(
                &format!("big{i}"),
                &format!("https://z.com/{i}"),
                "2019-06-01",
                t,
                vec![],
            )
        })
        .collect();
    let err = s.write_batch(&big).unwrap_err();
    assert!(matches!(err, StoreError::Full { .. }), "{err}");
    assert!(err.to_string().contains("events.db"), "{err}");
    assert_eq!(s.counts().unwrap(), before, "no partial rows");
}

#[test]
fn corrupt_file_is_a_clear_error() {
    let (_d, path) = tmp_db();
    std::fs::write(
        &path,
        b"this is not a database, just some bytes that are long enough to fill a header..",
    )
    .unwrap();
    let err = Store::open(&path).err().expect("must fail");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    assert!(err.to_string().contains("events.db"));
}

#[test]
fn locked_database_is_a_clear_error_and_writes_nothing() {
    let (_d, path) = tmp_db();
    let mut s = Store::open(&path).unwrap();
    s.set_busy_timeout(std::time::Duration::from_millis(100))
        .unwrap();
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let err = s.write_batch(&corpus()).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(s.counts().unwrap().articles, 0);
}

#[test]
fn newer_schema_is_refused_and_missing_file_named() {
    let (_d, path) = tmp_db();
    drop(Store::open(&path).unwrap());
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    let err = Store::open(&path).err().expect("must fail");
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
    let missing = path.with_file_name("nope.db");
    assert!(matches!(
        Store::open_existing(&missing),
        Err(StoreError::Missing { .. })
    ));
    assert!(!missing.exists());
}

#[test]
fn read_only_file_can_be_queried() {
    let (dir, path) = tmp_db();
    {
        let mut s = Store::open(&path).unwrap();
        s.write_batch(&corpus()).unwrap();
    }
    // Closing the last connection checkpoints the WAL into the file.
    assert!(!dir.path().join("events.db-wal").exists());
    let mut perm = std::fs::metadata(&path).unwrap().permissions();
    perm.set_readonly(true);
    std::fs::set_permissions(&path, perm).unwrap();
    let s = Store::open_existing(&path).unwrap();
    assert_eq!(s.counts().unwrap().articles, 5);
    let mut n = 0;
    query::events(&s, &Filter::default(), |_| -> Result<(), StoreError> {
        n += 1;
        Ok(())
    })
    .unwrap();
    // a1 (two mentions folded), c1, c2, e1, r1; the copy's events are not stored.
    assert_eq!(n, 5);
}
