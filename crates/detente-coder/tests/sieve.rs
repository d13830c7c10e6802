//! The sieve against the tagger: every sentence of the UD English treebanks' raw text that the
//! sieve declines to have tagged is one the coder, once it is tagged, finds idle. Needs
//! ../shared and the bundled model (skips with a message otherwise).

use detente_coder::dictionary::names_by_itself;
use detente_coder::lexicon::LexiconDict;
use detente_coder::{Coder, Options, Sieve};
use detente_lexicon::Lexicon;
use detente_nlp::Pipeline;
use std::path::Path;

/// The bundled model and dictionaries as `detente code` loads them (the lemmatizer knows the
/// dictionary's verbs), or `None` with a message when there is no model.
fn loaded() -> Option<(Pipeline, LexiconDict)> {
    let Ok(mut nlp) = Pipeline::load_default() else {
        eprintln!("skipping: no parser model");
        return None;
    };
    let lex = Lexicon::bundled().unwrap();
    nlp.know_verbs(lex.verbs().iter().map(|v| v.lemma.as_str()));
    Some((nlp, LexiconDict::new(lex)))
}

#[test]
fn a_sentence_the_sieve_declines_is_idle_once_tagged() {
    let ud = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud");
    if !ud.is_dir() {
        eprintln!("skipping: ../shared/data/ud is absent");
        return;
    }
    let Some((nlp, dict)) = loaded() else {
        return;
    };
    let coder = Coder::new(&dict, Options::default());
    let sieve = Sieve::new(&coder, &nlp);
    let date = Some(jiff::civil::date(2019, 5, 14));
    let is_name = |w: &str| names_by_itself(&dict, w, date);
    let (mut sentences, mut declined) = (0, 0);
    for tb in ["UD_English-EWT", "UD_English-GUM"] {
        let dir = ud.join(tb);
        let Some(f) = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().ends_with("-test.conllu"))
        else {
            continue;
        };
        let ss = detente_nlp::conllu::read_file(&f).unwrap();
        let text: String = ss
            .iter()
            .filter_map(|s| s.text())
            .collect::<Vec<_>>()
            .join("\n\n");
        for s in nlp.parse_with_names(&text, &is_name) {
            let forms: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
            sentences += 1;
            if !sieve.wants_tags(&forms) {
                declined += 1;
                assert!(
                    !coder.glance(&s.tokens, date).wants_tree(),
                    "declined but not idle: {:?}",
                    &text[s.start..s.end]
                );
            }
        }
    }
    eprintln!("the sieve declined {declined} of {sentences} sentences");
    // Web and spoken-style text has many sentences with nothing for the coder.
    assert!(sentences > 1000 && declined * 5 > sentences);
}

#[test]
fn a_verb_coded_only_through_patterns_keeps_its_sentence_only_with_their_words() {
    let Some((nlp, dict)) = loaded() else {
        return;
    };
    let coder = Coder::new(&dict, Options::default());
    let sieve = Sieve::new(&coder, &nlp);
    let wants = |s: &str| sieve.wants_tags(&s.split(' ').collect::<Vec<_>>());
    // "study" codes only as considering a proposal (014).
    assert!(!wants("They studied lichens in the Arctic ."));
    assert!(wants("They studied the proposals ."));
    // A verb with a code of its own keeps any sentence.
    assert!(wants("They rejected the lichens ."));
}
