//! `detente ingest`, `query` and `series` end to end with the bundled model: re-runs add
//! nothing, syndicated copies are stored once and repeated reports cluster, a run killed with
//! SIGKILL ten times ends with the same database as an uninterrupted one, `series` prints and
//! plots, and bad databases give clear errors without partial rows. Exports are tested in
//! `cli_store_export.rs`.

mod store_common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use detente_store::Store;
use store_common::*;

#[test]
fn reruns_add_nothing_copies_are_stored_once_and_reports_cluster() {
    let (_dir, input, db) = setup(20, 7);
    let out = run(&["ingest", "--db", s(&db), "--jsonl", s(&input)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("22 new articles") || err.contains("21 new articles"),
        "{err}"
    );
    assert!(err.contains("1 syndicated cop"), "{err}");
    let first = dump(&db);
    let out = run(&["ingest", "--db", s(&db), "--jsonl", s(&input)]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("0 new articles") && err.contains("22 already stored"),
        "{err}"
    );
    assert_eq!(dump(&db), first, "a re-run changed the store");

    let rows = ok(&[
        "query",
        "--db",
        s(&db),
        "--source",
        "USA",
        "--target",
        "RUS",
        "--format",
        "jsonl",
    ]);
    let rows: Vec<serde_json::Value> = rows
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert!(
        rows.iter().all(|r| r["doc_id"] != "copy-of-doc0"),
        "the copy's events were stored"
    );
    let meeting = rows
        .iter()
        .find(|r| r["doc_id"] == "doc0" && r["root"] == "04")
        .expect("the Sochi meeting is coded");
    assert_eq!(meeting["num_mentions"], 1);
    assert_eq!(meeting["cluster_articles"], 2, "{meeting}");
    assert_eq!(meeting["cluster_sources"], 2, "{meeting}");
    assert!(meeting["mentions"][0]["sentence"]
        .as_str()
        .unwrap_or("")
        .contains("Lavrov"));

    let csv = ok(&[
        "query",
        "--db",
        s(&db),
        "--source",
        "USA",
        "--root",
        "04",
        "--format",
        "csv",
    ]);
    assert!(csv.starts_with("event_id,cluster_id,date"), "{csv}");
    assert!(csv.lines().count() >= 2, "{csv}");
}

#[test]
fn killed_ingest_resumes_to_the_same_database() {
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    eprintln!("crash test seed {seed}");
    let (dir, input, db) = setup(150, 11);
    let args = |db: &Path| {
        vec![
            "ingest".to_string(),
            "-q".into(),
            "--batch".into(),
            "8".into(),
            "--db".into(),
            s(db).into(),
            "--jsonl".into(),
            s(&input).into(),
        ]
    };
    let reference = dir.path().join("reference.db");
    let t0 = Instant::now();
    let out = bin().args(args(&reference)).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let full = t0.elapsed();
    let mut rng = Rng(seed);
    let mut killed = 0;
    for _ in 0..10 {
        let mut child = bin()
            .args(args(&db))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        // Points after the model has loaded are the interesting ones: most land mid-batch.
        let ms = (full.as_millis() as u64).max(10);
        let at = Duration::from_millis(ms / 4 + rng.next() % ms);
        std::thread::sleep(at);
        if child.try_wait().expect("wait").is_none() {
            child.kill().expect("SIGKILL");
            killed += 1;
        }
        let _ = child.wait();
    }
    eprintln!("killed {killed} of 10 runs (a full run takes {full:?})");
    let out = bin().args(args(&db)).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (a, b) = (dump(&reference), dump(&db));
    assert!(a.lines().filter(|l| l.starts_with("articles\t")).count() == 152);
    assert!(
        a == b,
        "the resumed database differs from the uninterrupted one (seed {seed})"
    );
    assert!(Store::open_existing(&db).expect("open").check().is_ok());
}

#[test]
fn series_prints_and_plots_the_wikinews_corpus() {
    let Some(data) = shared() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("wikinews.db");
    let news = data.join("news/wikinews-dev.jsonl");
    ok(&["ingest", "-q", "--db", s(&db), s(&news)]);
    // The dyad with the most events, from the stored events themselves.
    let rows = ok(&["query", "--db", s(&db), "--format", "jsonl"]);
    let mut pairs: std::collections::HashMap<(String, String), usize> =
        std::collections::HashMap::new();
    for l in rows.lines() {
        let e: serde_json::Value = serde_json::from_str(l).expect("json");
        let c = |k: &str| {
            e[k].as_str()
                .filter(|c| c.len() >= 3 && !c.starts_with("---"))
                .map(|c| c[..3].to_string())
        };
        if let (Some(a), Some(b)) = (c("source"), c("target")) {
            if a != b {
                let key = if a < b { (a, b) } else { (b, a) };
                *pairs.entry(key).or_default() += 1;
            }
        }
    }
    let ((a, b), _) = pairs
        .into_iter()
        .max_by_key(|(k, n)| (*n, std::cmp::Reverse(k.clone())))
        .expect("some dyad in Wikinews");
    let svg = dir.path().join("series.svg");
    let table = ok(&[
        "series",
        "--db",
        s(&db),
        &a,
        &b,
        "--by",
        "week",
        "--format",
        "table",
        "--plot",
        s(&svg),
    ]);
    assert!(
        table.lines().next().unwrap_or("").starts_with("period"),
        "{table}"
    );
    assert!(table.lines().count() >= 2, "{table}");
    let jsonl = ok(&[
        "series",
        "--db",
        s(&db),
        &a,
        &b,
        "--by",
        "week",
        "--format",
        "jsonl",
    ]);
    let total: u64 = jsonl
        .lines()
        .map(|l| {
            let r: serde_json::Value = serde_json::from_str(l).expect("json");
            r["forward"]["events"].as_u64().unwrap_or(0)
                + r["backward"]["events"].as_u64().unwrap_or(0)
        })
        .sum();
    // Each cluster of the dyad counts once, whatever the number of its reports.
    let both = ok(&[
        "query",
        "--db",
        s(&db),
        "--source",
        &a,
        "--target",
        &b,
        "--both",
        "--format",
        "jsonl",
    ]);
    let clusters: std::collections::HashSet<i64> = both
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|e| e["negated"] == false)
        .filter_map(|e| e["cluster_id"].as_i64())
        .collect();
    assert_eq!(
        total,
        clusters.len() as u64,
        "series total vs clusters of {a}-{b}"
    );
    let text = std::fs::read_to_string(&svg).expect("svg written");
    assert!(text.starts_with("<svg") && text.trim_end().ends_with("</svg>"));
    assert!(
        text.contains("<polyline") || text.contains("<circle"),
        "nothing drawn"
    );
    screenshot(&svg, dir.path());
}

/// Renders the SVG in headless Chromium where it is installed and checks the picture is not
/// blank; skips otherwise.
fn screenshot(svg: &Path, dir: &Path) {
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    let Some(browser) = browser else {
        eprintln!("skipped screenshot: no headless Chromium installed");
        return;
    };
    let png = dir.join("series.png");
    let o = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=960,540",
        ])
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", svg.display()))
        .output()
        .expect("run chromium");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&png).expect("screenshot written");
    assert!(bytes.starts_with(b"\x89PNG"), "not a PNG");
    // A blank 960×540 page compresses to about a kilobyte; drawn lines, bars and text do not.
    assert!(
        bytes.len() > 8_000,
        "screenshot looks blank ({} bytes)",
        bytes.len()
    );
}

#[test]
fn corrupt_missing_and_locked_databases_are_clear_errors_without_partial_rows() {
    let (dir, input, db) = setup(12, 5);
    // Corrupt: left as it was, named in the error.
    let junk = vec![0x5au8; 8192];
    std::fs::write(&db, &junk).expect("write junk");
    let out = run(&["ingest", "--db", s(&db), "--jsonl", s(&input)]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("events.db") && err.contains("corrupt"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&db).expect("read"),
        junk,
        "the corrupt file was modified"
    );
    let out = run(&["query", "--db", s(&db)]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("corrupt"));

    // Missing: query does not create an empty database.
    let missing = dir.path().join("missing.db");
    let out = run(&["series", "--db", s(&missing), "USA", "RUS"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such database"));
    assert!(!missing.exists());

    // Locked: another writer holds the database; ingest waits, then fails, writing nothing.
    let good = dir.path().join("good.db");
    ok(&["ingest", "-q", "--db", s(&good), "--jsonl", s(&input)]);
    let before = dump(&good);
    let more = dir.path().join("more.jsonl");
    std::fs::write(&more, corpus(12, 99).replace("\"doc", "\"more")).expect("write");
    let holder = detente_store::rusqlite::Connection::open(&good).expect("open");
    holder.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    let t0 = Instant::now();
    let out = run(&[
        "ingest",
        "--wait",
        "1",
        "--db",
        s(&good),
        "--jsonl",
        s(&more),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("good.db") && err.contains("locked"), "{err}");
    assert!(t0.elapsed() < Duration::from_secs(30));
    holder.execute_batch("ROLLBACK").expect("unlock");
    drop(holder);
    assert_eq!(dump(&good), before, "rows were written while locked");
}

#[test]
fn full_disk_stops_with_a_clear_error_and_the_store_resumes_cleanly() {
    let (dir, input, _) = setup(150, 21);
    let reference = dir.path().join("reference.db");
    ok(&["ingest", "-q", "--db", s(&reference), "--jsonl", s(&input)]);
    let small = dir.path().join("small");
    std::fs::create_dir(&small).expect("mkdir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=192k", "tmpfs"])
        .arg(&small)
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).output();
        }
    }
    let _guard = Unmount(small.clone());
    let db = small.join("events.db");
    let out = run(&[
        "ingest",
        "--batch",
        "8",
        "--db",
        s(&db),
        "--jsonl",
        s(&input),
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "ingest did not fail on a full disk"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("events.db") && (err.contains("disk is full") || err.contains("full")),
        "{err}"
    );
    // Move what was stored to a roomy disk and finish: the result equals an uninterrupted run,
    // so nothing half-written was left behind and nothing is stored twice.
    let moved = dir.path().join("moved.db");
    for ext in ["", "-wal"] {
        let from = PathBuf::from(format!("{}{ext}", db.display()));
        if from.exists() {
            std::fs::copy(&from, format!("{}{ext}", moved.display())).expect("copy");
        }
    }
    let partial = Store::open_existing(&moved)
        .expect("open")
        .counts()
        .expect("counts");
    assert!(
        partial.articles < 152,
        "the small disk held everything; make it smaller"
    );
    ok(&["ingest", "-q", "--db", s(&moved), "--jsonl", s(&input)]);
    assert!(
        dump(&moved) == dump(&reference),
        "the resumed store differs from the reference"
    );
}
