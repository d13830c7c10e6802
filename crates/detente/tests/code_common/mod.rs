//! Helpers shared by the `detente code` command-line tests: the binary, the model check, and
//! coding JSON lines into "SOURCE>TARGET:CAMEO" briefs.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn model_present() -> bool {
    let ok = std::env::var_os("DETENTE_NLP_MODEL").is_some()
        || repo().join("models/en-ud.bin").is_file();
    if !ok {
        eprintln!("skipping: no parser model (models/en-ud.bin)");
    }
    ok
}

pub fn detente() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_detente"));
    c.current_dir(repo());
    c
}

/// `detente code ARGS` with `input` on its standard input.
pub fn code_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = detente()
        .arg("code")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The events `detente code --jsonl` finds in one JSON-lines document: its output, and per
/// event its sentence, CAMEO code, source and target codes ("-" for none).
pub fn coded_events(doc: &str) -> (String, Vec<(u64, String, String, String)>) {
    let out = code_stdin(&["--jsonl"], doc);
    let text = String::from_utf8(out.stdout).unwrap();
    let events = text
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            let code = |x: &serde_json::Value| x["code"].as_str().unwrap_or("-").to_string();
            Some((
                v["sentence_index"].as_u64()?,
                v["cameo"].as_str()?.to_string(),
                code(&v["source"]),
                code(&v["target"]),
            ))
        })
        .collect();
    (text, events)
}

/// The events of sentence `i` as "SOURCE>TARGET:CAMEO", sorted.
pub fn briefs_at(events: &[(u64, String, String, String)], i: u64) -> Vec<String> {
    let mut got: Vec<String> = events
        .iter()
        .filter(|e| e.0 == i)
        .map(|e| format!("{}>{}:{}", e.2, e.3, e.1))
        .collect();
    got.sort();
    got
}

/// The events of sentence `i` as "SOURCE>TARGET:CAMEO@DATE", sorted.
pub fn dated_at(text: &str, i: u64) -> Vec<String> {
    let mut got: Vec<String> = text
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            let code = |x: &serde_json::Value| x["code"].as_str().unwrap_or("-").to_string();
            (v["sentence_index"].as_u64()? == i).then(|| {
                format!(
                    "{}>{}:{}@{}",
                    code(&v["source"]),
                    code(&v["target"]),
                    v["cameo"].as_str().unwrap_or("?"),
                    v["date"].as_str().unwrap_or("-")
                )
            })
        })
        .collect();
    got.sort();
    got
}
