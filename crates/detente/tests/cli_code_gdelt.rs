//! `detente code --format gdelt` end to end: its rows are those of `ingest` followed by
//! `export --format gdelt-events` on the same input (the contract), 61 columns each, dated by
//! `--date`, with the actors `code --format jsonl` finds; bad input is reported and the rest
//! of the batch is still written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// DATEADDED: the time the rows were stored, so it differs between two runs.
const DATEADDED: usize = 59;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn model_present() -> bool {
    let ok = std::env::var_os("DETENTE_NLP_MODEL").is_some()
        || repo().join("models/en-ud.bin").is_file();
    if !ok {
        eprintln!("skipping: no parser model (models/en-ud.bin)");
    }
    ok
}

fn seed() -> Option<PathBuf> {
    let p = repo().join("../shared/seed/pompeo-lavrov.txt");
    if p.is_file() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared is absent");
        None
    }
}

fn run(args: &[&str], inputs: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_detente"))
        .current_dir(repo())
        .args(args)
        .args(inputs)
        .stdin(Stdio::null())
        .output()
        .expect("run detente")
}

fn ok(args: &[&str], inputs: &[&Path]) -> String {
    let out = run(args, inputs);
    assert!(
        out.status.success(),
        "detente {args:?} {inputs:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Rows as fields, each checked to have GDELT 2.0's 61 columns and a `YYYYMMDDHHMMSS`
/// DATEADDED, which is then blanked so that two runs compare equal.
fn rows(tsv: &str) -> Vec<Vec<String>> {
    tsv.lines()
        .map(|l| {
            let mut f: Vec<String> = l.split('\t').map(String::from).collect();
            assert_eq!(f.len(), 61, "not 61 fields: {l:?}");
            let added = &f[DATEADDED];
            assert!(
                added.len() == 14 && added.bytes().all(|b| b.is_ascii_digit()),
                "DATEADDED {added:?}"
            );
            f[DATEADDED].clear();
            f
        })
        .collect()
}

/// What `ingest` into a fresh database and `export --format gdelt-events` give.
fn ingest_export(date: Option<&str>, inputs: &[&Path]) -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("events.db");
    let db = db.to_str().expect("utf-8 path");
    let mut args = vec!["--quiet", "ingest", "--db", db];
    if let Some(d) = date {
        args.extend(["--date", d]);
    }
    ok(&args, inputs);
    let out = dir.path().join("out");
    let out_dir = out.to_str().expect("utf-8 path");
    ok(
        &[
            "--quiet",
            "export",
            "--db",
            db,
            "--format",
            "gdelt-events",
            "--out",
            out_dir,
        ],
        &[],
    );
    let text = std::fs::read_to_string(out.join("events.export.CSV")).expect("export file");
    rows(&text)
}

fn code_gdelt(date: Option<&str>, inputs: &[&Path]) -> Vec<Vec<String>> {
    let mut args = vec!["code", "--format", "gdelt"];
    if let Some(d) = date {
        args.extend(["--date", d]);
    }
    rows(&ok(&args, inputs))
}

#[test]
fn summit_rows_equal_ingest_then_export() {
    if !model_present() {
        return;
    }
    let page = repo().join("examples/summit.html");
    let coded = code_gdelt(None, &[&page]);
    assert!(!coded.is_empty(), "no events from examples/summit.html");
    assert_eq!(coded, ingest_export(None, &[&page]));
    // GLOBALEVENTIDs count from 1 in row order, as in a fresh database.
    let ids: Vec<&str> = coded.iter().map(|r| r[0].as_str()).collect();
    let want: Vec<String> = (1..=coded.len()).map(|i| i.to_string()).collect();
    assert_eq!(ids, want);
    // A document given twice is stored once, as ingest does: the same rows.
    assert_eq!(code_gdelt(None, &[&page, &page]), coded);
}

#[test]
fn seed_rows_equal_ingest_then_export_and_agree_with_jsonl() {
    let Some(seed) = seed() else { return };
    if !model_present() {
        return;
    }
    let date = Some("2019-05-14");
    let coded = code_gdelt(date, &[&seed]);
    assert!(!coded.is_empty(), "no events from the seed");
    assert_eq!(coded, ingest_export(date, &[&seed]));

    // Dated from --date: events without a date of their own fall on it, none after it, and
    // the derived date columns follow SQLDATE.
    let on_day = coded.iter().filter(|r| r[1] == "20190514").count();
    assert!(
        on_day * 2 > coded.len(),
        "{on_day} of {} rows on 2019-05-14",
        coded.len()
    );
    for r in &coded {
        assert!(
            r[1].starts_with("2019") && r[1].as_str() <= "20190514",
            "SQLDATE {}",
            r[1]
        );
        assert_eq!(r[2], r[1][..6], "MonthYear");
        assert_eq!(r[3], "2019", "Year");
    }

    // The actors and codes are those `code --format jsonl` gives.
    let jsonl = ok(
        &["code", "--format", "jsonl", "--date", "2019-05-14"],
        &[&seed],
    );
    let code_of =
        |v: &serde_json::Value, k: &str| v[k]["code"].as_str().unwrap_or_default().to_string();
    let triples: std::collections::HashSet<(String, String, String)> = jsonl
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            (
                code_of(&v, "source"),
                code_of(&v, "target"),
                v["cameo"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    for r in &coded {
        let t = (r[5].clone(), r[15].clone(), r[26].clone());
        assert!(
            triples.contains(&t),
            "GDELT row {t:?} not among {triples:?}"
        );
    }
    let meet = coded
        .iter()
        .find(|r| r[5] == "USAGOV" && r[15] == "RUSGOV")
        .expect("a USAGOV -> RUSGOV event");
    // Actor1CountryCode, Actor1Type1Code, Actor2CountryCode, Actor2Type1Code.
    assert_eq!(
        (&*meet[7], &*meet[12], &*meet[17], &*meet[22]),
        ("USA", "GOV", "RUS", "GOV")
    );
    assert!(triples
        .iter()
        .any(|(s, t, _)| s == "USAGOV" && t == "RUSGOV"));
}

#[test]
fn bad_input_is_reported_and_the_rest_is_written() {
    if !model_present() {
        return;
    }
    let page = repo().join("examples/summit.html");
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.html");
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "not json\n").expect("write");
    let out = run(&["code", "--format", "gdelt"], &[&missing, &page]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.html"), "stderr: {err}");
    let rows_after = rows(&String::from_utf8(out.stdout).expect("utf-8"));
    assert_eq!(rows_after, code_gdelt(None, &[&page]));

    let out = run(&["code", "--format", "gdelt", "--jsonl"], &[&bad]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.jsonl:1"), "stderr: {err}");
    assert!(out.stdout.is_empty());
}
