//! Coder tests of who does what one party tells, asks or lets another do: the one told acts
//! (however the parser hangs the infinitive), and what is only asked for or allowed has not
//! happened. The hand-made dictionary is in `coder_tests.rs`.

use super::tests::{briefs, code, dict};
use crate::dictionary::MentionKind;

#[test]
fn the_one_ordered_or_told_to_act_is_the_actor() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .actor("Arnor", "ARN", MentionKind::Country)
        .verb("order", Some("100"), &[])
        .verb("tell", Some("010"), &[])
        .verb("release", Some("0841"), &[])
        .verb("withdraw", Some("0874"), &[]);
    // "Gondor ordered Bree to release Arnor's envoy", the infinitive parsed as a purpose.
    let s = "Gondor/PROPN/2/nsubj ordered/VERB/0/root/order Bree/PROPN/2/obj to/PART/5/mark release/VERB/2/advcl/release/VB Arnor/PROPN/8/nmod:poss 's/PART/6/case envoy/NOUN/5/obj";
    let b = briefs(&code(&d, &[s]));
    assert!(
        b.iter()
            .any(|x| x.starts_with("BRE>") && x.ends_with("0841")),
        "{b:?}"
    );
    assert!(
        !b.iter()
            .any(|x| x.starts_with("GON>") && x.ends_with("0841")),
        "{b:?}"
    );
    // "Gondor told Bree to withdraw", the one told parsed as an indirect object.
    let s = "Gondor/PROPN/2/nsubj told/VERB/0/root/tell Bree/PROPN/2/iobj to/PART/5/mark withdraw/VERB/2/xcomp/withdraw/VB";
    let b = briefs(&code(&d, &[s]));
    assert!(b.contains(&"BRE>-:0874".to_string()), "{b:?}");
    assert!(
        !b.iter()
            .any(|x| x.starts_with("GON>") && x.ends_with("0874")),
        "{b:?}"
    );
}

#[test]
fn what_is_only_asked_for_or_allowed_has_not_happened() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .verb("urge", Some("020"), &[("+", "020")])
        .verb("allow", Some("086"), &[("+", "086")])
        .verb("warn", Some("012"), &[("+", "012")])
        .verb("withdraw", Some("0874"), &[])
        .verb("arrest", Some("173"), &[])
        .verb("join", Some("050"), &[]);
    // "Gondor urged Bree to find and arrest the men": the arrest is asked for too.
    let s = "Gondor/PROPN/2/nsubj urged/VERB/0/root/urge Bree/PROPN/2/obj to/PART/5/mark find/VERB/2/xcomp/find/VB and/CCONJ/7/cc arrest/VERB/5/conj/arrest/VB the/DET/9/det men/NOUN/7/obj";
    let b = briefs(&code(&d, &[s]));
    assert_eq!(b, vec!["GON>BRE:020"]);
    // "Gondor allowed Bree to join": the permission, not the joining.
    let s = "Gondor/PROPN/2/nsubj allowed/VERB/0/root/allow Bree/PROPN/2/obj to/PART/5/mark join/VERB/2/xcomp/join/VB";
    let b = briefs(&code(&d, &[s]));
    assert_eq!(b, vec!["GON>BRE:086"]);
    // "Gondor warned Bree to withdraw": a demand, not the withdrawal.
    let s = "Gondor/PROPN/2/nsubj warned/VERB/0/root/warn Bree/PROPN/2/obj to/PART/5/mark withdraw/VERB/2/xcomp/withdraw/VB";
    let b = briefs(&code(&d, &[s]));
    assert_eq!(b, vec!["GON>BRE:012"]);
}
