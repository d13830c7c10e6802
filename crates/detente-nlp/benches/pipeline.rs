//! In-process speed of the whole pipeline (tokenise, tag, lemmatise, parse) on one thread, the
//! model load left out: the text of UD English-EWT test and GUM test (`# text` lines, one
//! paragraph per document), parsed `ROUNDS` times; the best and the median round are reported.
//! Repeated rounds in one process are steadier than whole-process timings on a shared machine,
//! so this is the figure to compare two builds by; `bench/nlp_bench.sh` gives the end-to-end one.
//!
//!     taskset -c 0 cargo bench -p detente-nlp --bench pipeline

use detente_nlp::Pipeline;
use std::path::Path;
use std::time::Instant;

fn texts(path: &Path) -> Vec<String> {
    let Ok(s) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut docs = vec![String::new()];
    for line in s.lines() {
        if line.starts_with("# newdoc") && !docs.last().is_some_and(String::is_empty) {
            docs.push(String::new());
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            let d = docs.last_mut().expect("one document at least");
            if !d.is_empty() {
                d.push(' ');
            }
            d.push_str(t);
        }
    }
    docs.retain(|d| !d.is_empty());
    docs
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let ud = root.join("../shared/data/ud");
    let docs: Vec<String> = [
        "UD_English-EWT/en_ewt-ud-test.conllu",
        "UD_English-GUM/en_gum-ud-test.conllu",
    ]
    .iter()
    .flat_map(|f| texts(&ud.join(f)))
    .collect();
    if docs.is_empty() {
        println!(
            "pipeline bench skipped: no treebank text under {}",
            ud.display()
        );
        return;
    }
    let nlp = match Pipeline::from_path(&root.join("models/en-ud.bin")) {
        Ok(p) => p,
        Err(e) => {
            println!("pipeline bench skipped: {e}");
            return;
        }
    };
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(9);
    let mut words = 0;
    let mut times = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        words = 0;
        for d in &docs {
            words += nlp.parse(d).iter().map(|s| s.tokens.len()).sum::<usize>();
        }
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let best = times[0];
    let median = times[times.len() / 2];
    println!(
        "pipeline: {} documents, {words} words; best round {:.3} s ({:.0} words/s), median {:.3} s ({:.0} words/s), {rounds} rounds",
        docs.len(),
        best,
        words as f64 / best,
        median,
        words as f64 / median
    );
}
