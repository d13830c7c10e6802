//! The whole pipeline on the bundled model: API behaviour and hostile input.

mod common;

use common::{check_offsets, nlp};
use detente_nlp::{conllu, Pipeline, ReadOptions};

#[test]
fn only_the_sentences_a_reader_wants_get_a_tree() {
    let nlp = nlp();
    let text = "Pompeo met Lavrov in Sochi. The weather was fine. Both men left on Tuesday.";
    let full = nlp.parse(text);
    assert_eq!(full.len(), 3);
    // A reader that wants trees only for sentences with a proper noun.
    let wants = |tokens: &[detente_nlp::Token]| tokens.iter().any(|t| t.upos == "PROPN");
    let some = nlp.parse_with(
        text,
        &ReadOptions {
            wants_tree: Some(&wants),
            ..ReadOptions::default()
        },
    );
    assert_eq!(some.len(), 3);
    for (a, b) in full.iter().zip(&some) {
        assert_eq!((a.start, a.end), (b.start, b.end));
        let tagged = |s: &detente_nlp::Sentence| {
            s.tokens
                .iter()
                .map(|t| {
                    (
                        t.form.clone(),
                        t.upos.clone(),
                        t.xpos.clone(),
                        t.lemma.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            tagged(a),
            tagged(b),
            "tags and lemmas do not depend on the tree"
        );
        if wants(&b.tokens) {
            assert_eq!(a, b);
        } else {
            assert!(b.tokens.iter().all(|t| t.head == 0 && t.deprel.is_empty()));
        }
    }
    assert!(!wants(&some[1].tokens) && some[1].tokens.iter().all(|t| t.head == 0));
    assert_eq!(some[0], full[0]);
}

#[test]
fn a_sentence_declined_before_tagging_keeps_its_words_only() {
    let nlp = nlp();
    let text = "Pompeo met Lavrov in Sochi. The weather was fine. Both men left on Tuesday.";
    let full = nlp.parse(text);
    // A reader that wants no sentence with "weather" tagged, and trees for all it tags.
    let wants_tags = |forms: &[&str]| !forms.contains(&"weather");
    let asked = std::cell::RefCell::new(Vec::new());
    let wants_tree = |tokens: &[detente_nlp::Token]| {
        asked.borrow_mut().push(tokens[0].form.to_string());
        true
    };
    let got = nlp.parse_with(
        text,
        &ReadOptions {
            wants_tags: Some(&wants_tags),
            wants_tree: Some(&wants_tree),
            ..ReadOptions::default()
        },
    );
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], full[0]);
    assert_eq!(got[2], full[2]);
    let (a, b) = (&full[1], &got[1]);
    assert_eq!((a.start, a.end), (b.start, b.end));
    for (x, y) in a.tokens.iter().zip(&b.tokens) {
        assert_eq!((x.start, x.end, &x.form), (y.start, y.end, &y.form));
        assert!(y.upos.is_empty() && y.xpos.is_empty() && y.lemma.is_empty());
        assert!(y.head == 0 && y.deprel.is_empty());
    }
    assert_eq!(
        *asked.borrow(),
        ["Pompeo", "Both"],
        "no tree asked for a declined one"
    );
}

#[test]
fn a_word_is_tagged_with_one_of_its_readings() {
    let nlp = nlp();
    let text = "Russian soldiers shelled the villages on Monday, officials said. \
                The talks in Geneva ended without a deal, and the envoys left. \
                Protesters are marching towards the parliament to demand new elections.";
    let mut words = 0;
    for s in nlp.parse(text) {
        for t in &s.tokens {
            let mut all = Vec::new();
            nlp.readings(
                &t.form,
                |_| true,
                |u, l| all.push((u.to_string(), l.to_string())),
            );
            let tagged = (t.upos.to_string(), t.lemma.to_string());
            assert!(
                all.contains(&tagged),
                "{:?} tagged {tagged:?}, not among {all:?}",
                t.form
            );
            // Readings can be asked for by their UPOS.
            let mut verbs = Vec::new();
            nlp.readings(&t.form, |u| u == "VERB", |u, _| verbs.push(u.to_string()));
            assert!(verbs.iter().all(|u| u == "VERB"));
            words += 1;
        }
    }
    assert!(words > 30);
    // A frequent word of one class has that class alone; another word has many.
    let count = |w: &str| {
        let mut n = 0;
        nlp.readings(w, |_| true, |_, _| n += 1);
        n
    };
    assert_eq!(count("the"), 1);
    assert!(count("shelled") > 10);
}

#[test]
fn texts_read_together_are_read_as_each_alone() {
    let nlp = nlp();
    let texts = [
        "Pompeo met Lavrov in Sochi. The weather was fine.",
        "",
        "Both men left on Tuesday. Putin did not attend",
    ];
    // Asked in order, sentence by sentence across the texts.
    let asked = std::cell::RefCell::new(Vec::new());
    let wants = |tokens: &[detente_nlp::Token]| {
        asked.borrow_mut().push(tokens[0].form.to_string());
        tokens.iter().any(|t| t.upos == "PROPN")
    };
    let options = ReadOptions {
        wants_tree: Some(&wants),
        ..ReadOptions::default()
    };
    let together = nlp.parse_texts_with(&texts, &options);
    assert_eq!(asked.take(), ["Pompeo", "The", "Both", "Putin"]);
    let alone: Vec<_> = texts.iter().map(|t| nlp.parse_with(t, &options)).collect();
    assert_eq!(together, alone);
    assert_eq!(together.iter().map(Vec::len).collect::<Vec<_>>(), [2, 0, 2]);
    // A declined sentence has no tree; the others have the tree a full parse gives them.
    assert!(together[0][1].tokens.iter().all(|t| t.head == 0));
    assert_eq!(together[2][1], nlp.parse(texts[2])[1]);
    assert_eq!(nlp.parse_paragraphs(&texts)[0], nlp.parse(texts[0]));
}

#[test]
fn parses_news_with_subjects_and_objects() {
    let nlp = nlp();
    let text = "Pompeo met Lavrov in Sochi on Tuesday.\n\nThe talks ended without an agreement.";
    let sents = nlp.parse(text);
    check_offsets(text, &sents);
    assert_eq!(sents.len(), 2);
    let t = &sents[0].tokens;
    assert_eq!(t[1].form, "met");
    assert_eq!((t[0].head, t[0].deprel.as_str()), (2, "nsubj"));
    assert_eq!((t[2].head, t[2].deprel.as_str()), (2, "obj"));
    assert_eq!(t[1].lemma, "meet");
    assert_eq!(t[1].upos, "VERB");
    let paras = nlp.parse_paragraphs(&["First one.", "Second one."]);
    assert_eq!(paras.len(), 2);
    assert_eq!(
        paras[1][0].start, 0,
        "offsets are relative to each paragraph"
    );
}

#[test]
fn pretokenized_annotation_keeps_words() {
    let nlp = nlp();
    let src = "1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n2\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    let mut s = conllu::read(src, "mem").unwrap();
    nlp.annotate_pretokenized(&mut s[0]);
    assert_eq!(s[0].words[0].form, "They");
    assert_eq!(s[0].words[1].head, 0);
    assert_eq!(s[0].words[0].head, 2);
}

#[test]
fn hostile_input_gives_sane_output() {
    let nlp = nlp();
    assert!(nlp.parse("").is_empty());
    assert!(nlp.parse(" \n\n \t ").is_empty());
    for text in [
        "\u{0}\u{1}ctrl\u{7}chars\u{1b}[31m red \u{7f}",
        "Путин встретился с Помпео 👍🏽 和平 مرحبا 👨‍👩‍👧 ok.",
        "?!?!... --- ((( ''' \"\"\"",
    ] {
        check_offsets(text, &nlp.parse(text));
    }
    // A 10,000-word sentence and 1 MB without punctuation.
    let long = "word ".repeat(10_000);
    let sents = nlp.parse(&long);
    check_offsets(&long, &sents);
    assert_eq!(sents.iter().map(|s| s.tokens.len()).sum::<usize>(), 10_000);
    let mb: String = "alpha beta gamma delta ".repeat(1 << 20 >> 5);
    let sents = nlp.parse(&mb);
    assert_eq!(
        sents.iter().map(|s| s.tokens.len()).sum::<usize>(),
        4 * (1 << 15)
    );
    check_offsets(&mb, &sents);
}

#[test]
fn model_round_trips_and_rejects_garbage() {
    let nlp = nlp();
    let bytes = nlp.model().to_bytes();
    let again = Pipeline::from_bytes(&bytes).expect("round trip");
    let text = "The minister said on Monday that talks would continue.";
    assert_eq!(nlp.parse(text), again.parse(text));
    assert!(Pipeline::from_bytes(b"not a model").is_err());
    assert!(Pipeline::from_bytes(&bytes[..bytes.len() / 2]).is_err());
}

#[test]
fn a_dateline_is_parsed_apart_from_its_sentence() {
    let nlp = nlp();
    let text = "KINGSTOWN, St Vincent (Reuters) - Venezuelan President Nicolas Maduro and \
                Guyana's President Irfaan Ali agreed on Thursday not to use force.";
    let sents = nlp.parse(text);
    check_offsets(text, &sents);
    let s = &sents[0];
    let dash = s
        .tokens
        .iter()
        .position(|t| t.form == "-")
        .expect("the dash");
    let root = s.tokens.iter().position(|t| t.head == 0).expect("a root");
    assert_eq!(s.tokens[root].form, "agreed");
    // No word of the sentence hangs on the dateline, and the dateline hangs on the sentence
    // by its root alone, as a loose dependent.
    for t in &s.tokens[dash + 1..] {
        assert!(
            t.head == 0 || t.head > dash + 1,
            "{} hangs on the dateline",
            t.form
        );
    }
    let out: Vec<_> = s.tokens[..=dash]
        .iter()
        .filter(|t| t.head == 0 || t.head > dash + 1)
        .collect();
    assert_eq!(out.len(), 1, "one dateline word hangs outside it");
    assert_eq!((out[0].head, out[0].deprel.as_str()), (root + 1, "dep"));
    let maduro = s
        .tokens
        .iter()
        .find(|t| t.form == "Nicolas")
        .expect("the name");
    assert_eq!(
        maduro.head,
        root + 1,
        "the first name is the verb's subject"
    );
    // A capitalised headline before a dash is no dateline: "US - Russia talks".
    let s = &nlp.parse("NATO allies met - again")[0];
    assert!(s.tokens.iter().all(|t| t.deprel != "dep"));
}
