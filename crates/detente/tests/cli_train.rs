//! `detente train`: a model from a treebank, with word clusters from a vectors file, and a
//! clear error for a bad vectors file.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

const TREEBANK: &str = "\
# text = Russia sanctions Iran.
1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
2\tsanctions\tsanction\tVERB\tVBZ\t_\t0\troot\t_\t_
3\tIran\tIran\tPROPN\tNNP\t_\t2\tobj\t_\t_
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# text = Germany meets France.
1\tGermany\tGermany\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
2\tmeets\tmeet\tVERB\tVBZ\t_\t0\troot\t_\t_
3\tFrance\tFrance\tPROPN\tNNP\t_\t2\tobj\t_\t_
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

";

const VECTORS: &str = "\
russia 1 0.1 0
iran 0.9 0.2 0
germany 1 0 0.1
france 0.95 0.1 0.1
chile 0.9 0 0.2
sanctions 0 1 0
meets 0 0.9 0.3
. 0 0 1
";

fn train(dir: &std::path::Path, vectors: &str) -> (std::process::Output, std::path::PathBuf) {
    let tb = dir.join("tb.conllu");
    std::fs::write(&tb, TREEBANK).expect("write treebank");
    let v = dir.join("vectors.txt");
    std::fs::write(&v, vectors).expect("write vectors");
    let model = dir.join("m.bin");
    let out = bin()
        .args(["train", "-q", "--jackknife", "0", "--treebank"])
        .arg(&tb)
        .arg("--vectors")
        .arg(&v)
        .arg("-o")
        .arg(&model)
        .output()
        .expect("run detente train");
    (out, model)
}

#[test]
fn vectors_give_a_model_with_clusters_that_parses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (out, model) = train(dir.path(), VECTORS);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&model).expect("model written");
    assert_eq!(bytes[8..12], 6u32.to_le_bytes(), "a model with clusters");
    let text = dir.path().join("t.txt");
    std::fs::write(&text, "Chile sanctions Germany.").expect("write text");
    let parsed = bin()
        .args(["parse", "--format", "conllu", "--model"])
        .arg(&model)
        .arg(&text)
        .output()
        .expect("run detente parse");
    assert!(parsed.status.success());
    let conllu = String::from_utf8_lossy(&parsed.stdout);
    let words: Vec<&str> = conllu
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(words.len(), 4, "{conllu}");
    assert_eq!(
        words.iter().filter(|l| l.contains("\t0\troot\t")).count(),
        1,
        "one root: {conllu}"
    );
}

#[test]
fn a_bad_vectors_file_is_named_with_its_line_and_no_model_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (out, model) = train(dir.path(), "russia 1 0 0\niran 1 zero 0\n");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("vectors.txt:2"), "{err}");
    assert!(!model.exists());
}
