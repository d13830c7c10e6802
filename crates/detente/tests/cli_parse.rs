//! `detente parse`, `detente eval-parse`: the command-line contract of the NLP pipeline, run on
//! the bundled model.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

fn run_with_stdin(args: &[&str], input: &str) -> (String, String, bool) {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn detente");
    // A command that refuses its options exits without reading stdin: a broken pipe then is
    // its answer, not the test's failure.
    match child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("write stdin: {e}"),
        _ => {}
    }
    let out = child.wait_with_output().expect("wait");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

#[test]
fn json_tokens_carry_offsets_into_the_input_and_a_tree() {
    let text = "Pompeo met Lavrov in Sochi on Tuesday. They didn't agree on Venezuela.\n\n\
                MOSCOW (Reuters) — U.S. Secretary of State Mike Pompeo met Russian Foreign \
                Minister Sergei Lavrov on Tuesday.";
    let (out, err, ok) = run_with_stdin(&["parse", "--format", "json", "-"], text);
    assert!(ok, "{err}");
    let doc: serde_json::Value = serde_json::from_str(out.trim()).expect("one JSON document");
    let sents = doc["sentences"].as_array().expect("sentences");
    assert_eq!(sents.len(), 3, "{out}");
    for s in sents {
        let toks = s["tokens"].as_array().expect("tokens");
        let n = toks.len();
        let mut roots = 0;
        for t in toks {
            let (a, b) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            let form = t["form"].as_str().unwrap();
            assert!(text[a..b].contains(form), "{form} not in {:?}", &text[a..b]);
            let head = t["head"].as_u64().unwrap() as usize;
            assert!(head <= n);
            roots += (head == 0) as usize;
            assert!(!t["upos"].as_str().unwrap().is_empty());
            assert!(!t["deprel"].as_str().unwrap().is_empty());
        }
        assert_eq!(roots, 1);
    }
    // Who met whom: the subject and object of "met".
    let toks = sents[0]["tokens"].as_array().unwrap();
    let met = toks.iter().position(|t| t["form"] == "met").expect("met") + 1;
    let dep = |rel: &str| {
        toks.iter()
            .find(|t| t["head"].as_u64() == Some(met as u64) && t["deprel"] == rel)
            .map(|t| t["form"].as_str().unwrap().to_string())
    };
    assert_eq!(dep("nsubj").as_deref(), Some("Pompeo"));
    assert_eq!(dep("obj").as_deref(), Some("Lavrov"));
    // "didn't" is one token of two words sharing its span.
    let toks = sents[1]["tokens"].as_array().unwrap();
    let did = toks.iter().position(|t| t["form"] == "did").expect("did");
    assert_eq!(toks[did + 1]["form"], "n't");
    assert_eq!(toks[did]["start"], toks[did + 1]["start"]);
}

#[test]
fn pretokenized_keeps_sentences_ids_forms_and_multiword_lines() {
    let input = "# sent_id = a\n# text = I don't know.\n1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    let (out, err, ok) = run_with_stdin(&["parse", "--pretokenized", "-"], input);
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "# sent_id = a");
    assert!(lines.iter().any(|l| l.starts_with("2-3\tdon't\t")));
    let words: Vec<Vec<&str>> = lines
        .iter()
        .filter(|l| {
            l.split('\t')
                .next()
                .map(|id| id.parse::<usize>().is_ok())
                .unwrap_or(false)
        })
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(words.len(), 5);
    let forms: Vec<&str> = words.iter().map(|w| w[1]).collect();
    assert_eq!(forms, ["I", "do", "n't", "know", "."]);
    assert_eq!(words[3][3], "VERB");
    assert_eq!(words[3][7], "root");
    assert_eq!(words[0][7], "nsubj");
    assert_eq!(words[4][9], "_");
}

#[test]
fn eval_parse_on_ewt_dev_reaches_a_sane_accuracy() {
    let dev = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud/UD_English-EWT/en_ewt-ud-dev.conllu"
    );
    if !std::path::Path::new(dev).exists() {
        eprintln!("skipping: {dev} not found (../shared absent)");
        return;
    }
    let out = bin().args(["eval-parse", dev]).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| -> f64 {
        s.split('\t')
            .find_map(|f| f.strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.0)
    };
    assert!(field("UPOS ") > 93.0, "{s}");
    assert!(field("UAS ") > 80.0, "{s}");
    assert!(field("LAS ") > 76.0, "{s}");
}

#[test]
fn bad_inputs_fail_with_the_file_named() {
    let out = bin()
        .args(["parse", "--pretokenized", "/nonexistent/x.conllu"])
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.conllu"));
    let (_, err, ok) = run_with_stdin(&["parse", "--pretokenized", "-"], "1\tbroken line\n\n");
    assert!(!ok);
    assert!(err.contains("-:1:"), "{err}");
}

#[test]
fn a_malformed_sentence_is_reported_by_line_and_the_rest_of_the_file_is_parsed() {
    let word = |id: usize, form: &str| format!("{id}\t{form}\t_\t_\t_\t_\t_\t_\t_\t_\n");
    let input = [
        "# sent_id = a\n".to_string(),
        word(1, "Hello"),
        "\n# sent_id = b\n".to_string(),
        word(1, "Broken"),
        "2\tline with two columns\n".to_string(),
        word(3, "skipped"),
        "\n# sent_id = c\n".to_string(),
        word(1, "World"),
        word(2, "again"),
        "\n".to_string(),
    ]
    .concat();
    let (out, err, ok) = run_with_stdin(&["parse", "--pretokenized", "-"], &input);
    assert!(!ok, "a skipped sentence is a failure of the run");
    assert!(err.contains("-:6:"), "{err}");
    let ids: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_prefix("# sent_id = "))
        .collect();
    assert_eq!(ids, ["a", "c"]);
    let forms: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|l| l.split('\t').nth(1))
        .collect();
    assert_eq!(forms, ["Hello", "World", "again"]);
}

#[test]
fn a_beam_width_for_the_greedy_bundled_model_is_refused_with_the_reason() {
    let (out, err, ok) = run_with_stdin(&["parse", "--beam", "8", "-"], "Pompeo met Lavrov.\n");
    assert!(!ok, "{out}");
    assert!(out.is_empty(), "nothing parsed: {out}");
    assert!(err.contains("--beam 8") && err.contains("greedy"), "{err}");
    // Width 1 is the greedy parser itself.
    let (out, err, ok) = run_with_stdin(&["parse", "--beam", "1", "-"], "Pompeo met Lavrov.\n");
    assert!(ok, "{err}");
    assert!(out.contains("\tmet\tmeet\t"), "{out}");
    let (_, _, ok) = run_with_stdin(&["parse", "--beam", "0", "-"], "Pompeo met Lavrov.\n");
    assert!(!ok, "a width of 0 is no beam");
}
