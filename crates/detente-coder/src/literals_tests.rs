//! Tests of the literal index: it may let through patterns that fail, never drop one that
//! matches.

use super::*;
use crate::dictionary::test_entry;
use crate::pattern::{match_entry, word_hits};
use crate::tree::testing::sent;

/// Sentences whose words hit literals in every way the matcher allows: form, lemma, regular
/// plural under another lemma, hyphenated and open phrases, "never" for "not", a capitalised
/// month (which hits nothing).
const SENTENCES: &[&str] = &[
    "Iran/PROPN/2/nsubj struck/VERB/0/root/strike militant/ADJ/4/amod bases/NOUN/2/obj/basis/NNS",
    "Gondor/PROPN/2/nsubj declared/VERB/0/root/declare cease-fires/NOUN/2/obj/cease-fire",
    "Gondor/PROPN/2/nsubj sent/VERB/0/root/send a/DET/5/det fact-finding/ADJ/5/amod mission/NOUN/2/obj",
    "Gondor/PROPN/2/nsubj sent/VERB/0/root/send a/DET/6/det fact/NOUN/5/compound finding/NOUN/6/compound mission/NOUN/2/obj",
    "Rohan/PROPN/4/nsubj has/AUX/4/aux never/ADV/4/advmod ruled/VERB/0/root/rule out/ADP/4/compound:prt talks/NOUN/4/obj/talk",
    "It/PRON/2/nsubj started/VERB/0/root/start on/ADP/4/case March/PROPN/2/obl 26/NUM/4/nummod",
    "They/PRON/2/nsubj fired/VERB/0/root/fire ballistic/ADJ/4/amod missiles/NOUN/2/obj/missile",
];

/// Literals, single words and phrases, some of which hit the sentences above.
const WORDS: &[&str] = &[
    "base",
    "basis",
    "bases",
    "cease fire",
    "fire",
    "truce",
    "fact finding mission",
    "mission",
    "finding",
    "not",
    "never",
    "rule",
    "out",
    "talk",
    "talks",
    "march",
    "missile",
    "ballistic missile",
    "missiles",
    "strike",
    "declare",
    "send",
    "security mission",
];

fn keys(tree: &Tree, i: usize) -> Vec<String> {
    let mut out = Vec::new();
    token_keys(tree, i, &mut |k: &str| out.push(k.to_string()));
    out
}

#[test]
fn every_word_a_literal_hits_has_the_literals_key() {
    let mut hits = 0;
    for text in SENTENCES {
        let s = sent(text);
        let t = Tree::new(&s.tokens);
        for i in 0..s.tokens.len() {
            let have = keys(&t, i);
            for w in WORDS {
                if word_hits(&t, i, w) {
                    hits += 1;
                    assert!(
                        have.iter().any(|k| k == key_of(w)),
                        "{w:?} hits {:?} but its key is not among {have:?}",
                        t.lower(i)
                    );
                }
            }
        }
    }
    // The sentences do exercise the matcher: plurals, phrases, "never".
    assert!(hits >= 15, "only {hits} hits");
}

#[test]
fn only_patterns_whose_literals_are_there_are_tried() {
    let e = test_entry(
        Some("010"),
        &[
            ("* base", "190"),
            ("* truce", "0871"),
            ("with +", "040"),
            ("* &MISSILE", "195"),
        ],
        |s| (s == "&MISSILE").then(|| vec!["rocket".into(), "ballistic missile".into()]),
    );
    let s = sent(SENTENCES[0]);
    let t = Tree::new(&s.tokens);
    let area = crate::pattern::area(&t, 1, false);
    let ix = e.literals.get(&e.patterns).expect("an index");
    let mut may = Vec::new();
    ix.candidates(&t, 1, &area, &mut may);
    // "bases" may be "base"; nothing here is a truce or a missile; "with +" names only a marker.
    assert_eq!(may, vec![1, 0, 1, 0]);
    let m = match_entry(&t, 1, &e, false, &|i| i == 0, &|_| false).expect("a match");
    assert_eq!(m.code, "190");
    // A phrase member is found by its last word, inflected.
    let s = sent(SENTENCES[6]);
    let t = Tree::new(&s.tokens);
    let area = crate::pattern::area(&t, 1, false);
    ix.candidates(&t, 1, &area, &mut may);
    assert_eq!(may, vec![0, 0, 1, 1]);
}

#[test]
fn an_entry_edited_after_use_is_matched_without_its_stale_index() {
    let mut e = test_entry(None, &[("* truce", "0871")], |_| None);
    assert!(e.literals.get(&e.patterns).is_some());
    e.patterns
        .extend(test_entry(None, &[("* base", "190")], |_| None).patterns);
    assert!(e.literals.get(&e.patterns).is_none());
    let s = sent(SENTENCES[0]);
    let t = Tree::new(&s.tokens);
    let m = match_entry(&t, 1, &e, false, &|_| false, &|_| false).expect("a match");
    assert_eq!(m.code, "190");
}
