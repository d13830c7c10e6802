//! `detente code --stats`: the summary on stderr counts what was coded — its event count is the
//! number of lines on stdout, and every document read is counted.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn stats_count_documents_sentences_and_the_events_printed() {
    if !repo().join("models/en-ud.bin").is_file() {
        eprintln!("skipping: no parser model (models/en-ud.bin)");
        return;
    }
    let dir = std::env::temp_dir().join(format!("detente-stats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let page = dir.join("two.txt");
    std::fs::write(
        &page,
        "Talks in Geneva\n\nRussian President Vladimir Putin met Chinese President Xi Jinping \
         in Moscow on Monday. The two leaders signed an energy agreement.\n\nGermany criticised \
         Iran on Tuesday.\n",
    )
    .expect("write page");
    let out = Command::new(env!("CARGO_BIN_EXE_detente"))
        .current_dir(repo())
        .args([
            "--quiet",
            "code",
            "--stats",
            "--format",
            "jsonl",
            "--date",
            "2024-03-04",
        ])
        .arg(&page)
        .arg(repo().join("examples/summit.html"))
        .output()
        .expect("run detente");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .find(|l| l.starts_with("coded "))
        .unwrap_or_else(|| panic!("no summary in stderr: {stderr}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    let num = |i: usize| -> usize { words[i].parse().expect("a count") };
    assert_eq!(num(1), 2, "{line}");
    assert!(
        num(3) >= 4,
        "at least the 3 body sentences and a title: {line}"
    );
    assert_eq!(num(5), stdout.lines().count(), "{line}");
    assert!(num(5) > 0, "{line}");
    let _ = std::fs::remove_dir_all(&dir);
}
