//! Tokenizer and splitter behaviour on news-style text, and the offset invariant as a property.

use detente_nlp::tokenize::{sentences, tokens};
use proptest::prelude::*;

fn toks(text: &str) -> Vec<&str> {
    tokens(text).iter().map(|s| &text[s.start..s.end]).collect()
}

fn words(text: &str) -> Vec<Vec<&str>> {
    sentences(text)
        .iter()
        .map(|s| s.words.iter().map(|w| &text[w.start..w.end]).collect())
        .collect()
}

#[test]
fn abbreviations_initials_and_decimals_stay_whole() {
    assert_eq!(
        toks("Gen. Smith met Mr. J. Doe in the U.S. on Jan. 5, paying $3.50 for 1,000 pens."),
        vec![
            "Gen.", "Smith", "met", "Mr.", "J.", "Doe", "in", "the", "U.S.", "on", "Jan.", "5",
            ",", "paying", "$", "3.50", "for", "1,000", "pens", "."
        ]
    );
}

#[test]
fn urls_emails_hashtags_and_ellipses() {
    assert_eq!(
        toks("See https://example.com/a?b=1, mail jo@example.org #Russia @lavrov... Wow!!"),
        vec![
            "See",
            "https://example.com/a?b=1",
            ",",
            "mail",
            "jo@example.org",
            "#Russia",
            "@lavrov",
            "...",
            "Wow",
            "!!"
        ]
    );
}

#[test]
fn dotted_names_handles_and_unfinished_acronyms_stay_whole() {
    assert_eq!(
        toks("Post to alt.animals.dogs.collies.open-forum, mail @paulhastings.com. In the U.S now"),
        vec![
            "Post",
            "to",
            "alt.animals.dogs.collies.open-forum",
            ",",
            "mail",
            "@paulhastings.com",
            ".",
            "In",
            "the",
            "U.S",
            "now"
        ]
    );
    // Neither a period inside a name nor one between capitals ends a sentence.
    assert_eq!(
        words("Ask alt.animals.dogs.collies.open-forum or the U.S for help.").len(),
        1
    );
}

#[test]
fn contractions_split_into_words_sharing_the_token_span() {
    let text = "Russia's envoy can't say, and I don't know.";
    let s = sentences(text);
    let w: Vec<&str> = s[0].words.iter().map(|w| &text[w.start..w.end]).collect();
    assert_eq!(
        w,
        vec![
            "Russia", "'s", "envoy", "ca", "n't", "say", ",", "and", "I", "do", "n't", "know", "."
        ]
    );
    assert_eq!(s[0].words[0].token_end, s[0].words[1].token_end);
    assert_eq!(
        &text[s[0].words[3].token_start..s[0].words[3].token_end],
        "can't"
    );
}

#[test]
fn hyphens_split_except_after_prefixes() {
    assert_eq!(
        toks("a 15-year e-mail"),
        vec!["a", "15", "-", "year", "e-mail"]
    );
}

#[test]
fn sentences_split_at_terminal_punctuation_not_abbreviations() {
    let s =
        words("Mr. Pompeo met Sergei Lavrov in Sochi. They talked for hours! Did it help? Maybe.");
    assert_eq!(s.len(), 4, "{s:?}");
    assert_eq!(s[0].first(), Some(&"Mr."));
    assert_eq!(s[1].first(), Some(&"They"));
}

#[test]
fn a_comma_after_the_period_keeps_the_quote_together() {
    let s = words("\"We will find a way forward.,\" Pompeo wrote on Twitter. Lavrov agreed.");
    assert_eq!(s.len(), 2, "{s:?}");
}

#[test]
fn punctuation_glued_to_a_lower_case_word_or_a_number_ends_no_sentence() {
    let s = words("Of the works the Nazis stole...70k are still missing. Few came back.");
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1].first(), Some(&"Few"));
}

#[test]
fn an_ellipsis_opening_a_paragraph_belongs_to_its_first_sentence() {
    let s = words("You have all won!\n\n...Now comes the fun part. Wait.");
    assert_eq!(s.len(), 3, "{s:?}");
    assert_eq!(s[1][..2], ["...", "Now"]);
    // An ellipsis after a sentence's end still joins that sentence.
    let s = words("Is that so? ... There is no denying it.");
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].last(), Some(&"..."));
}

#[test]
fn datelines_and_headlines() {
    let text = "Pompeo meets Lavrov in Sochi\nMOSCOW (Reuters) — U.S. Secretary of State Mike Pompeo arrived on Tuesday.";
    let s = words(text);
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1][0], "MOSCOW");
    assert!(s[1].contains(&"—"));
}

#[test]
fn sentences_never_cross_blank_lines() {
    let s = words("First paragraph without end\n\nsecond one");
    assert_eq!(s.len(), 2);
}

#[test]
fn hostile_input_does_not_panic() {
    for text in [
        "",
        "   \n\n\t",
        "\u{0}\u{1}\u{7f}abc\u{1b}[0m",
        "👍🏽 Россия 和平 مرحبا 👨‍👩‍👧",
        "..........!!!!????",
        "'''\"\"\"(((",
    ] {
        for s in sentences(text) {
            for w in &s.words {
                assert!(text.get(w.start..w.end).is_some());
            }
        }
    }
    let long = "word ".repeat(20_000);
    let s = sentences(&long);
    assert_eq!(s.iter().map(|s| s.words.len()).sum::<usize>(), 20_000);
}

#[test]
fn long_runs_without_spaces_tokenize_in_linear_time() {
    // Quadratic look-ahead would take minutes here; linear work takes milliseconds.
    for unit in ["x,", "a.b", "a@", "1.", "ab-"] {
        let text = unit.repeat(300_000);
        let n: usize = sentences(&text).iter().map(|s| s.words.len()).sum();
        assert!(n > 0);
    }
}

proptest! {
    #[test]
    fn offsets_slice_the_input(text in "(\\PC|[ .!?'’\\-\n@#$]){0,200}") {
        let mut prev_end = 0;
        for s in sentences(&text) {
            prop_assert!(s.start <= s.end && s.end <= text.len());
            prop_assert!(s.start >= prev_end);
            prev_end = s.end;
            prop_assert!(!s.words.is_empty());
            for w in &s.words {
                prop_assert!(w.start < w.end);
                prop_assert!(w.token_start <= w.start && w.end <= w.token_end);
                prop_assert!(w.token_start >= s.start && w.token_end <= s.end);
                let slice = text.get(w.start..w.end);
                prop_assert!(slice.is_some());
                prop_assert!(!slice.unwrap().trim().is_empty());
            }
        }
    }
}
