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
