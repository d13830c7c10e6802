//! Development driver: codes JSON-line documents (`{"id", "date", "title", "text"}`) from stdin
//! with the bundled model and dictionaries, paragraphs split on blank lines, no page extraction.
//! Events go to stdout as JSON lines. `detente code --jsonl` is the product; this runs without
//! the binary's other crates (handy while they are being rebuilt).
//!
//!     cargo run --release -p detente-coder --example code_jsonl < docs.jsonl

use detente_coder::lexicon::LexiconDict;
use detente_coder::{Coder, Input, Options};
use detente_lexicon::Lexicon;
use detente_nlp::{Pipeline, Sentence};
use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dict = LexiconDict::new(Lexicon::bundled()?);
    let nlp = Pipeline::load_default()?;
    let coder = Coder::new(&dict, Options::default());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let (id, title, text) = (s("id"), s("title"), s("text"));
        let date = s("date").parse().ok();
        let mut parsed: Vec<(String, Sentence)> = Vec::new();
        if !title.trim().is_empty() {
            let is_name = |w: &str| detente_coder::dictionary::names_by_itself(&dict, w, date);
            let recased = detente_coder::headline::recase(&title, &text, &is_name);
            for mut st in nlp.parse_headline(&recased) {
                for t in &mut st.tokens {
                    if let Some(f) = title.get(t.start..t.end) {
                        t.form = f.into();
                    }
                }
                parsed.push((title.clone(), st));
            }
        }
        for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            for st in nlp.parse(para) {
                parsed.push((para.to_string(), st));
            }
        }
        // CJ_SHOW=1 prints every parse to stderr (for debugging a document).
        if std::env::var_os("CJ_SHOW").is_some() {
            for (_, st) in &parsed {
                for (i, t) in st.tokens.iter().enumerate() {
                    eprintln!(
                        "{i} {} {} {} {} {}",
                        t.form,
                        t.lemma,
                        t.upos,
                        t.head as i64 - 1,
                        t.deprel
                    );
                }
                eprintln!();
            }
        }
        let inputs: Vec<Input> = parsed
            .iter()
            .map(|(t, st)| Input {
                text: &t[st.start..st.end],
                offset: st.start,
                tokens: &st.tokens,
            })
            .collect();
        for e in coder.code_article(&id, date, &inputs) {
            serde_json::to_writer(&mut out, &e)?;
            writeln!(out)?;
        }
    }
    Ok(())
}
