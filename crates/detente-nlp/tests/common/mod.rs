//! What the pipeline tests share: the bundled model and the invariants of every parse.

use detente_nlp::Pipeline;

pub fn nlp() -> Pipeline {
    Pipeline::load_default().expect("the bundled model is committed under models/")
}

pub fn check_offsets(text: &str, sents: &[detente_nlp::Sentence]) {
    let mut prev = 0;
    for s in sents {
        assert!(s.start >= prev && s.start <= s.end && s.end <= text.len());
        prev = s.end;
        let n = s.tokens.len();
        let roots = s.tokens.iter().filter(|t| t.head == 0).count();
        assert_eq!(roots, 1, "one root per sentence");
        for t in &s.tokens {
            let slice = text
                .get(t.start..t.end)
                .expect("offsets on char boundaries");
            assert!(
                slice.contains(t.form.as_str()),
                "{:?} vs {:?}",
                slice,
                t.form
            );
            assert!(t.head <= n);
            assert!(!t.upos.is_empty() && !t.xpos.is_empty() && !t.deprel.is_empty());
        }
    }
}
