//! Coder tests of what the kind of the parties makes of an act: states that clash fight, as
//! armed forces do; people riot. The hand-made dictionary is in `coder_tests.rs`.

use super::tests::{code_with, dict};
use super::*;
use crate::tree::testing::sent;

#[test]
fn states_that_clash_fight_each_other() {
    let d = dict()
        .actor("protesters", "---CVL", MentionKind::Agent)
        .verb("clash", Some("145"), &[("with +", "190")]);
    let coder = Coder::new(&d, Options::default());
    // "Russia and Iran have clashed": states do not riot.
    let s = sent("Russia/PROPN/5/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj have/AUX/5/aux clashed/VERB/0/root/clash");
    let mut got = code_with(&coder, &s);
    got.sort();
    assert_eq!(got, vec!["IRN>RUS:190", "RUS>IRN:190"]);
    // Protesters who clash still riot.
    let s = sent("protesters/NOUN/2/nsubj clashed/VERB/0/root/clash");
    assert_eq!(code_with(&coder, &s), vec!["---CVL>-:145"]);
}

#[test]
fn firing_an_official_is_a_dismissal_and_fighting_an_ill_no_violence() {
    let d = dict()
        .actor("army chief", "---MIL", MentionKind::Agent)
        .verb("fire", Some("190"), &[("at +", "190")])
        .verb("sack", Some("172"), &[("+", "172")])
        .verb("fight", Some("190"), &[("+", "190")]);
    let coder = Coder::new(&d, Options::default());
    // "Russia fired its army chief": dismissed him, as "sacked" says.
    let s = sent("Russia/PROPN/2/nsubj fired/VERB/0/root/fire its/PRON/5/nmod:poss army/NOUN/5/compound chief/NOUN/2/obj");
    assert_eq!(code_with(&coder, &s), vec!["RUS>RUSMIL:172"]);
    // "Russia fired rockets at Iran" is still violence.
    let s = sent("Russia/PROPN/2/nsubj fired/VERB/0/root/fire rockets/NOUN/2/obj at/ADP/5/case Iran/PROPN/2/obl");
    assert_eq!(code_with(&coder, &s), vec!["RUS>IRN:190"]);
    // "Russia is fighting inflation": no violence.
    let s =
        sent("Russia/PROPN/3/nsubj is/AUX/3/aux fighting/VERB/0/root/fight inflation/NOUN/3/obj");
    assert_eq!(code_with(&coder, &s), Vec::<String>::new());
}

#[test]
fn peoples_that_clash_clash_with_each_other_not_with_the_place() {
    let d = dict()
        .actor("Serbians", "SRB", MentionKind::Country)
        .actor("Albanians", "ALB", MentionKind::Country)
        .actor("Kosovo", "KSV", MentionKind::Country)
        .verb("clash", Some("145"), &[("with +", "190")]);
    let coder = Coder::new(&d, Options::default());
    // "Serbians and Albanians clashed in northern Kosovo": people riot, against each other,
    // and Kosovo is where.
    let s = sent("Serbians/PROPN/4/nsubj/Serbian/NNPS and/CCONJ/3/cc Albanians/PROPN/1/conj/Albanian/NNPS clashed/VERB/0/root/clash in/ADP/7/case northern/ADJ/7/amod Kosovo/PROPN/4/obl");
    let mut got = code_with(&coder, &s);
    got.sort();
    assert_eq!(got, vec!["ALB>SRB:145", "SRB>ALB:145"]);
}
