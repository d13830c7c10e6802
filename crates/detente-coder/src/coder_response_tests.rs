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
