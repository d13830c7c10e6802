//! Robustness: every sentence of the UD English treebanks (gold trees, and raw text through the
//! bundled parser when the model is present) is coded without a panic; a 10,000-word sentence
//! with degenerate trees is coded too. Needs ../shared (skips with a message otherwise).

use detente_coder::lexicon::LexiconDict;
use detente_coder::{Coder, Input, Options};
use detente_lexicon::Lexicon;
use detente_nlp::{Pipeline, Token};
use std::path::{Path, PathBuf};

fn ud() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared/data/ud is absent");
        None
    }
}

fn conllu_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for tb in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(tb.path()).into_iter().flatten().flatten() {
            if f.path().extension().is_some_and(|e| e == "conllu") {
                out.push(f.path());
            }
        }
    }
    out.sort();
    out
}

fn tokens_of(s: &detente_nlp::conllu::ConllSentence) -> (String, Vec<Token>) {
    let mut text = String::new();
    let mut tokens = Vec::new();
    for w in &s.words {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(&w.form);
        tokens.push(Token {
            start,
            end: text.len(),
            form: w.form.as_str().into(),
            lemma: w.lemma.as_str().into(),
            upos: w.upos.as_str().into(),
            xpos: w.xpos.as_str().into(),
            head: w.head,
            deprel: w.deprel.as_str().into(),
        });
    }
    (text, tokens)
}

#[test]
fn every_treebank_sentence_is_coded() {
    let Some(dir) = ud() else { return };
    let dict = LexiconDict::new(Lexicon::bundled().unwrap());
    let coder = Coder::new(&dict, Options::default());
    let date = jiff::civil::date(2019, 5, 14);
    let nlp = Pipeline::load_default().ok();
    if nlp.is_none() {
        eprintln!("no parser model: raw text is not parsed, gold trees only");
    }
    let (mut sentences, mut events) = (0, 0);
    for f in conllu_files(&dir) {
        let ss = detente_nlp::conllu::read_file(&f).unwrap();
        let prepared: Vec<(String, Vec<Token>)> = ss.iter().map(tokens_of).collect();
        for chunk in prepared.chunks(25) {
            let inputs: Vec<Input> = chunk
                .iter()
                .map(|(t, toks)| Input {
                    text: t,
                    offset: 0,
                    tokens: toks,
                })
                .collect();
            events += coder.code_article("ud", Some(date), &inputs).len();
            sentences += inputs.len();
        }
        // Raw text of the test files through the whole pipeline.
        if let (Some(nlp), true) = (&nlp, f.to_string_lossy().ends_with("-test.conllu")) {
            for chunk in ss.chunks(25) {
                let text: String = chunk
                    .iter()
                    .filter_map(|s| s.text())
                    .collect::<Vec<_>>()
                    .join(" ");
                let parsed = nlp.parse(&text);
                let inputs: Vec<Input> = parsed
                    .iter()
                    .map(|s| Input {
                        text: &text[s.start..s.end],
                        offset: s.start,
                        tokens: &s.tokens,
                    })
                    .collect();
                for e in coder.code_article("ud-raw", Some(date), &inputs) {
                    assert!(text.contains(&e.sentence));
                    if let Some(a) = &e.source {
                        assert_eq!(&e.sentence[a.start..a.end], a.text);
                    }
                }
            }
        }
    }
    assert!(sentences > 10_000, "{sentences}");
    assert!(events > 0);
}

#[test]
fn ten_thousand_word_sentence_is_bounded() {
    let dict = LexiconDict::new(Lexicon::bundled().unwrap());
    let coder = Coder::new(&dict, Options::default());
    let words = [
        "Russia", "attacked", "Ukraine", "and", "said", "that", "Iran", "met", "the", "Russian",
        "minister", "on", "Monday", "\"",
    ];
    let n = 10_000;
    let mut text = String::new();
    let mut chain = Vec::with_capacity(n);
    for i in 0..n {
        let w = words[i % words.len()];
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w);
        let upos = if w.ends_with("ed") || w == "met" || w == "said" {
            "VERB"
        } else {
            "PROPN"
        };
        // A chain: every word heads the next (depth 10,000), with a cycle-free bad head at the end.
        chain.push(Token {
            start,
            end: text.len(),
            form: w.into(),
            lemma: w.to_lowercase().into(),
            upos: upos.into(),
            xpos: Default::default(),
            head: if i + 2 <= n { i + 2 } else { 0 },
            deprel: ["nsubj", "obj", "ccomp", "parataxis", "xcomp", "obl", "conj"][i % 7].into(),
        });
    }
    let inputs = [Input {
        text: &text,
        offset: 0,
        tokens: &chain,
    }];
    let _ = coder.code_article("long", None, &inputs);
    // Flat: everything attached to one verb; out-of-range heads are tolerated.
    let mut flat = chain.clone();
    for (i, t) in flat.iter_mut().enumerate() {
        t.head = if i == 1 {
            0
        } else if i % 97 == 0 {
            n + 5
        } else {
            2
        };
    }
    let inputs = [Input {
        text: &text,
        offset: 0,
        tokens: &flat,
    }];
    let _ = coder.code_article("long", None, &inputs);
}
