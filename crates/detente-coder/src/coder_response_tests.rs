//! Coder tests of answers to an earlier act: whose "decision" or "move" a later sentence
//! denounces. The hand-made dictionary is in `coder_tests.rs`.

use super::tests::{briefs, briefs_with, code, dict};
use crate::dictionary::MentionKind;

#[test]
fn the_move_denounced_is_the_main_clauses_not_its_reason() {
    let d = dict()
        .actor("America", "USA", MentionKind::Country)
        .actor("Chinese", "CHN", MentionKind::Country)
        .actor("firms", "---BUS", MentionKind::Agent)
        .verb("sanction", Some("163"), &[("+", "163")])
        .verb("supply", Some("061"), &[("+", "061")])
        .verb("denounce", Some("111"), &[]);
    // "America sanctioned Chinese firms for supplying Russia. Saudi denounced the move": the
    // move is the sanctions, not the supplying they punish.
    let sanctioned = "America/PROPN/2/nsubj sanctioned/VERB/0/root/sanction Chinese/ADJ/4/amod firms/NOUN/2/obj for/SCONJ/6/mark supplying/VERB/2/advcl/supply Russia/PROPN/6/obj";
    let denounced =
        "Saudi/PROPN/2/nsubj denounced/VERB/0/root/denounce the/DET/4/det move/NOUN/2/obj";
    let got = briefs_with(&code(&d, &[sanctioned, denounced]), "111");
    assert_eq!(got, vec!["SAU>USA:111"]);
    // Told first, the reason is still not the move: the main clause comes after it.
    let after = "After/SCONJ/2/mark supplying/VERB/6/advcl/supply Russia/PROPN/2/obj ,/PUNCT/6/punct America/PROPN/6/nsubj sanctioned/VERB/0/root/sanction Chinese/ADJ/8/amod firms/NOUN/6/obj";
    let got = briefs_with(&code(&d, &[after, denounced]), "111");
    assert_eq!(got, vec!["SAU>USA:111"]);
}

#[test]
fn retaliating_with_no_target_is_against_whoever_just_acted() {
    let d = dict()
        .actor("Israel", "ISR", MentionKind::Country)
        .verb("strike", Some("190"), &[("+", "190")])
        .verb("retaliate", Some("190"), &[("against +", "190")]);
    // "Israel struck Iran. Iran vowed to retaliate": against Israel.
    let struck = "Israel/PROPN/2/nsubj struck/VERB/0/root/strike Iran/PROPN/2/obj";
    let vowed =
        "Iran/PROPN/2/nsubj vowed/VERB/0/root/vow to/PART/4/mark retaliate/VERB/2/xcomp/retaliate";
    let got = briefs(&code(&d, &[struck, vowed]));
    assert!(got.iter().any(|e| e.starts_with("IRN>ISR:13")), "{got:?}");
    // "Iran retaliated" with nobody before it acting: no target to guess.
    let retaliated = "Iran/PROPN/2/nsubj retaliated/VERB/0/root/retaliate";
    assert_eq!(briefs(&code(&d, &[retaliated])), vec!["IRN>-:190"]);
}

#[test]
fn a_mediator_of_a_deal_mediates_between_the_deals_parties() {
    let d = dict()
        .actor("Iran", "IRN", MentionKind::Country)
        .actor("Saudi", "SAU", MentionKind::Country)
        .actor("China", "CHN", MentionKind::Country)
        .verb("restore", Some("030"), &[("+", "030")])
        .verb("broker", Some("045"), &[("+", "045")]);
    // "Iran and Saudi restored ties under a deal brokered by China": between Iran and Saudi.
    let s = "Iran/PROPN/4/nsubj and/CCONJ/3/cc Saudi/PROPN/1/conj restored/VERB/0/root/restore ties/NOUN/4/obj under/ADP/8/case a/DET/8/det deal/NOUN/5/nmod brokered/VERB/8/acl/broker/VBN by/ADP/11/case China/PROPN/9/obl:agent";
    let got = briefs_with(&code(&d, &[s]), "045");
    assert_eq!(got, vec!["CHN>IRN:045", "CHN>SAU:045"]);
    // "The deal brokered by China took effect": nobody named to mediate between.
    let s = "The/DET/2/det deal/NOUN/5/nsubj brokered/VERB/2/acl/broker/VBN by/ADP/5/case China/PROPN/3/obl:agent took/VERB/0/root/take effect/NOUN/6/obj";
    assert_eq!(briefs_with(&code(&d, &[s]), "045"), vec!["CHN>-:045"]);
}
