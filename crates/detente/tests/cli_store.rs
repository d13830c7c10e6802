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

/// Rows of a tab-separated table with a header, as maps from column name to value.
fn table(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(path).expect("read table");
    let mut lines = text.lines();
    let head: Vec<String> = lines
        .next()
        .unwrap_or("")
        .split('\t')
        .map(String::from)
        .collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            head.iter()
                .cloned()
                .zip(l.split('\t').map(String::from))
                .collect()
        })
        .collect()
}

fn column_set(path: &Path, col: &str) -> std::collections::HashSet<String> {
    table(path)
        .into_iter()
        .filter_map(|mut r| r.remove(col))
        .filter(|v| !v.is_empty())
        .collect()
}

/// The Python of bench/store_pyenv.sh, or $DETENTE_PYTHON; `None` (with a message) if absent.
fn python() -> Option<PathBuf> {
    let p = std::env::var_os("DETENTE_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join(".venv-store/bin/python"));
    let works = Command::new(&p)
        .args(["-c", "import duckdb, pyarrow, pandas"])
        .output()
        .is_ok_and(|o| o.status.success());
    if works {
        Some(p)
    } else {
        eprintln!(
            "skipped: no Python with duckdb, pyarrow and pandas (run bash bench/store_pyenv.sh)"
        );
        None
    }
}

const LOAD_CHECK: &str = r#"
import csv, json, sys
import duckdb, pyarrow.parquet as pq
ev_cols, me_cols, ev_tsv, me_tsv, ev_pq, me_pq = sys.argv[1:]
def cols(p):
    t = {"integer": "BIGINT", "numeric": "DOUBLE"}
    return [(r["name"], t.get(r["type"], "VARCHAR")) for r in csv.DictReader(open(p), delimiter="\t")]
out = {}
con = duckdb.connect()
for key, cfile, tsv, pqf in [("events", ev_cols, ev_tsv, ev_pq), ("mentions", me_cols, me_tsv, me_pq)]:
    c = cols(cfile)
    spec = "{" + ", ".join(f"'{n}': '{t}'" for n, t in c) + "}"
    n_tsv = con.execute(f"SELECT count(*) FROM read_csv(?, delim='\t', header=false, quote='', escape='', columns={spec})", [tsv]).fetchone()[0]
    desc = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [pqf]).fetchall()
    n_pq = con.execute("SELECT count(*) FROM read_parquet(?)", [pqf]).fetchone()[0]
    t = pq.read_table(pqf)
    df = t.to_pandas()
    out[key] = {
        "tsv_rows": n_tsv, "duckdb_parquet_rows": n_pq, "pyarrow_rows": t.num_rows, "pandas_rows": len(df),
        "names_match": [d[0] for d in desc] == [n for n, _ in c] == t.schema.names,
        "types_match": [d[1] for d in desc] == [ty for _, ty in c],
    }
out["join"] = con.execute(
    f"SELECT count(*) FROM read_parquet(?) m JOIN read_parquet(?) e USING (GLOBALEVENTID)", [me_pq, ev_pq]).fetchone()[0]
print(json.dumps(out))
"#;

#[test]
fn gdelt_export_follows_the_codebook_and_loads_in_duckdb_and_pyarrow() {
    let Some(data) = shared() else { return };
    let cameo = data.join("cameo");
    let (dir, input, db) = setup(40, 3);
    ok(&["ingest", "-q", "--db", s(&db), "--jsonl", s(&input)]);
    let out = dir.path().join("out");
    ok(&[
        "export",
        "--db",
        s(&db),
        "-f",
        "gdelt-events",
        "-f",
        "gdelt-mentions",
        "-f",
        "parquet",
        "-f",
        "jsonl",
        "--out",
        s(&out),
    ]);

    let columns = table(&cameo.join("gdelt2-events-columns.tsv"));
    assert_eq!(columns.len(), 61);
    let codes: std::collections::HashMap<String, std::collections::HashMap<String, String>> =
        table(&cameo.join("eventcodes.tsv"))
            .into_iter()
            .map(|r| (r["code"].clone(), r))
            .collect();
    let countries = column_set(&cameo.join("countries.tsv"), "code");
    let groups = column_set(&cameo.join("knowngroups.tsv"), "code");
    let types = column_set(&cameo.join("actor-types.tsv"), "code");
    let religions = column_set(&cameo.join("religion.tsv"), "code");
    let fips = column_set(&cameo.join("country-names.tsv"), "fips10");

    let events = std::fs::read_to_string(out.join("events.export.CSV")).expect("events file");
    let mut ids = std::collections::HashSet::new();
    let mut n = 0;
    for (k, line) in events.lines().enumerate() {
        n += 1;
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 61, "row {k}: {} fields", f.len());
        let get = |name: &str| {
            let i = columns
                .iter()
                .position(|c| c["name"] == name)
                .expect("column in codebook");
            f[i]
        };
        for (c, v) in columns.iter().zip(&f) {
            let ok = match c["type"].as_str() {
                "integer" => v.is_empty() || v.parse::<i64>().is_ok(),
                "numeric" => v.is_empty() || v.parse::<f64>().is_ok(),
                _ => !v.contains(['\t', '\n']),
            };
            assert!(ok, "row {k}: {} = {v:?} is not {}", c["name"], c["type"]);
        }
        assert!(
            ids.insert(get("GLOBALEVENTID").to_string()),
            "row {k}: GLOBALEVENTID repeats"
        );
        let date: i64 = get("SQLDATE").parse().expect("SQLDATE");
        assert!(
            (19_000_101..=21_001_231).contains(&date),
            "row {k}: SQLDATE {date}"
        );
        assert_eq!(get("MonthYear").parse::<i64>().ok(), Some(date / 100));
        assert_eq!(get("Year").parse::<i64>().ok(), Some(date / 10_000));
        let frac: f64 = get("FractionDate").parse().expect("FractionDate");
        assert!(
            frac >= (date / 10_000) as f64 && frac < (date / 10_000 + 1) as f64 + 0.01,
            "row {k}: {frac}"
        );
        let code = get("EventCode");
        let entry = codes
            .get(code)
            .unwrap_or_else(|| panic!("row {k}: EventCode {code} not in eventcodes.tsv"));
        assert_eq!(get("EventRootCode"), entry["root_code"], "row {k}");
        assert_eq!(get("EventBaseCode"), entry["base_code"], "row {k}");
        assert_eq!(
            get("QuadClass"),
            entry["quadclass"],
            "row {k}: quad class of {code}"
        );
        let g: f64 = get("GoldsteinScale").parse().expect("Goldstein");
        let want: f64 = entry["goldstein"].parse().expect("table Goldstein");
        assert!(
            (g - want).abs() < 1e-9,
            "row {k}: Goldstein {g} for {code}, table says {want}"
        );
        assert!(matches!(get("IsRootEvent"), "0" | "1"));
        let (m, s_, a): (i64, i64, i64) = (
            get("NumMentions").parse().expect("n"),
            get("NumSources").parse().expect("n"),
            get("NumArticles").parse().expect("n"),
        );
        assert!(
            m >= a && a >= s_ && s_ >= 1,
            "row {k}: mentions {m}, articles {a}, sources {s_}"
        );
        for actor in ["Actor1", "Actor2"] {
            let code = get(&format!("{actor}Code"));
            let country = get(&format!("{actor}CountryCode"));
            assert!(
                country.is_empty() || countries.contains(country),
                "row {k}: {actor} country {country}"
            );
            assert!(code.starts_with(country) || country.is_empty());
            let g = get(&format!("{actor}KnownGroupCode"));
            assert!(g.is_empty() || groups.contains(g), "row {k}: group {g}");
            for t in 1..=3 {
                let t = get(&format!("{actor}Type{t}Code"));
                assert!(t.is_empty() || types.contains(t), "row {k}: type {t}");
            }
            for r in 1..=2 {
                let r = get(&format!("{actor}Religion{r}Code"));
                assert!(
                    r.is_empty() || religions.contains(r),
                    "row {k}: religion {r}"
                );
            }
        }
        for geo in ["Actor1Geo", "Actor2Geo", "ActionGeo"] {
            let t: i64 = get(&format!("{geo}_Type")).parse().expect("geo type");
            assert!((0..=5).contains(&t));
            let c = get(&format!("{geo}_CountryCode"));
            assert!(c.is_empty() || fips.contains(c), "row {k}: {geo} FIPS {c}");
            assert!(t != 0 || c.is_empty());
        }
        let added = get("DATEADDED");
        assert!(
            added.len() == 14 && added.parse::<u64>().is_ok(),
            "row {k}: DATEADDED {added}"
        );
        assert!(!get("SOURCEURL").is_empty());
    }
    assert!(n >= 20, "only {n} events");

    let mcols = table(&cameo.join("gdelt2-mentions-columns.tsv"));
    let mentions = std::fs::read_to_string(out.join("events.mentions.CSV")).expect("mentions file");
    let mut m = 0;
    for (k, line) in mentions.lines().enumerate() {
        m += 1;
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), mcols.len(), "mention row {k}");
        for (c, v) in mcols.iter().zip(&f) {
            let ok = match c["type"].as_str() {
                "integer" => v.is_empty() || v.parse::<i64>().is_ok(),
                "numeric" => v.is_empty() || v.parse::<f64>().is_ok(),
                _ => true,
            };
            assert!(ok, "mention row {k}: {} = {v:?}", c["name"]);
        }
        assert!(
            ids.contains(f[0]),
            "mention row {k}: unknown event {}",
            f[0]
        );
        assert!(f[6].parse::<i64>().is_ok_and(|s| s >= 1), "SentenceID");
        assert!(matches!(f[3], "1" | "2"), "MentionType");
        assert!(
            f[11].parse::<i64>().is_ok_and(|c| (10..=100).contains(&c)),
            "Confidence"
        );
    }
    assert!(m >= n);

    let Some(py) = python() else { return };
    let o = Command::new(py)
        .args(["-c", LOAD_CHECK])
        .arg(cameo.join("gdelt2-events-columns.tsv"))
        .arg(cameo.join("gdelt2-mentions-columns.tsv"))
        .arg(out.join("events.export.CSV"))
        .arg(out.join("events.mentions.CSV"))
        .arg(out.join("events.parquet"))
        .arg(out.join("mentions.parquet"))
        .output()
        .expect("run python");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    for (key, rows) in [("events", n), ("mentions", m)] {
        let x = &r[key];
        for c in [
            "tsv_rows",
            "duckdb_parquet_rows",
            "pyarrow_rows",
            "pandas_rows",
        ] {
            assert_eq!(x[c], rows, "{key} {c}: {r}");
        }
        assert_eq!(x["names_match"], true, "{r}");
        assert_eq!(x["types_match"], true, "{r}");
    }
    assert_eq!(r["join"], m, "{r}");
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
