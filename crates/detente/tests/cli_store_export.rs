//! `detente export` end to end: GDELT 2.0 Events and Mentions follow the codebook column by
//! column, and the files load in DuckDB and pyarrow where bench/store_pyenv.sh installed them.

mod store_common;

use std::path::{Path, PathBuf};
use std::process::Command;

use store_common::*;

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
