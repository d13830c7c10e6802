//! Helpers shared by the store's command-line tests: the binary, `../shared`, a generated
//! corpus of our own template articles, and a canonical dump of a database.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use detente_store::Store;

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared/data");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/data is absent");
        None
    }
}

pub fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run detente")
}

pub fn ok(args: &[&str]) -> String {
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
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

pub const ACTORS: &[&str] = &[
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
pub const VERBS: &[&str] = &[
    "met with",
    "criticized",
    "accused",
    "praised",
    "condemned",
    "threatened",
];
pub const FILLER: &[&str] = &[
    "Relations between the two countries have been strained for years.",
    "Officials said further meetings were planned.",
    "The ministry did not respond to a request for comment.",
    "Markets reacted calmly to the news.",
];

/// `n` short articles from our own templates as JSON lines, plus a syndicated copy of the
/// first one and a second outlet's report of the first one's lead event.
pub fn corpus(n: usize, seed: u64) -> String {
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

pub fn dump(db: &Path) -> String {
    let s = Store::open_existing(db).expect("open the store");
    let mut out = Vec::new();
    s.dump(&mut out).expect("dump");
    String::from_utf8(out).expect("utf-8 dump")
}

pub fn setup(n: usize, seed: u64) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("corpus.jsonl");
    std::fs::write(&input, corpus(n, seed)).expect("write corpus");
    let db = dir.path().join("events.db");
    (dir, input, db)
}

pub fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}
