//! Coder tests of appeals made by wishing: "Calenardhon wants Bree to aid Gondor" asks Bree to
//! aid Gondor, as "urged Bree to" does; the aid is only wished for. The hand-made dictionary is
//! in `coder_tests.rs`.

use super::tests::{code_with, Mini};
use super::*;
use crate::tree::testing::sent;

fn dict() -> Mini {
    Mini::default()
        .actor("Calenardhon", "CAL", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .actor("Gondor", "GON", MentionKind::Country)
        .verb("urge", Some("020"), &[])
        .verb("want", Some("030"), &[])
        .verb("aid", Some("070"), &[])
}

#[test]
fn what_one_party_wants_another_to_do_it_asks_of_it() {
    let d = dict();
    let coder = Coder::new(&d, Options::default());
    // "Calenardhon wants Bree to aid Gondor", the party read as object or indirect object: an
    // appeal to Bree (as "urged Bree to aid"), neither Bree's aid nor its intent. It asks for
    // aid (023), what the infinitive says.
    for rel in ["obj", "iobj"] {
        let s = sent(&format!("Calenardhon/PROPN/2/nsubj wants/VERB/0/root/want Bree/PROPN/2/{rel} to/PART/5/mark aid/VERB/2/xcomp/aid Gondor/PROPN/5/obj"));
        assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:023"], "{rel}");
    }
    // "would like Bree to aid Gondor": the same wish, politely put.
    let s = sent("Calenardhon/PROPN/3/nsubj would/AUX/3/aux like/VERB/0/root/like Bree/PROPN/3/obj to/PART/6/mark aid/VERB/3/xcomp/aid Gondor/PROPN/6/obj");
    assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:023"]);
    // "wishes Bree to aid Gondor".
    let s = sent("Calenardhon/PROPN/2/nsubj wishes/VERB/0/root/wish Bree/PROPN/2/obj to/PART/5/mark aid/VERB/2/xcomp/aid Gondor/PROPN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:023"]);
}

#[test]
fn a_wish_on_no_party_is_no_event() {
    let d = dict();
    let coder = Coder::new(&d, Options::default());
    // "Calenardhon wants the money to aid Gondor": no one is asked, and nothing is done.
    let s = sent("Calenardhon/PROPN/2/nsubj wants/VERB/0/root/want the/DET/4/det money/NOUN/2/obj to/PART/6/mark aid/VERB/2/xcomp/aid Gondor/PROPN/6/obj");
    assert_eq!(code_with(&coder, &s), Vec::<String>::new());
    // Wanting to act oneself is still an intent of one's own: "Calenardhon wants to aid Gondor".
    let s = sent("Calenardhon/PROPN/2/nsubj wants/VERB/0/root/want to/PART/4/mark aid/VERB/2/xcomp/aid Gondor/PROPN/4/obj");
    let got = code_with(&coder, &s);
    assert!(
        got.len() == 1 && got[0].starts_with("CAL>GON:03"),
        "{got:?}"
    );
}

#[test]
fn one_wanted_by_a_party_is_sought_not_wished_for() {
    let d = dict().actor("rebels", "---REB", MentionKind::Agent);
    let coder = Coder::new(&d, Options::default());
    // "Bree is wanted by Gondor", "Gondor arrested rebels wanted by Bree": wanted by the law,
    // which is no intent to cooperate.
    let s = sent("Bree/PROPN/3/nsubj:pass is/AUX/3/aux:pass wanted/VERB/0/root/want by/ADP/5/case Gondor/PROPN/3/obl:agent");
    assert_eq!(code_with(&coder, &s), Vec::<String>::new());
    let d = d.verb("arrest", Some("173"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Gondor/PROPN/2/nsubj arrested/VERB/0/root/arrest rebels/NOUN/2/obj wanted/VERB/3/acl/want by/ADP/6/case Bree/PROPN/4/obl:agent");
    assert_eq!(code_with(&coder, &s), vec!["GON>---REB:173"]);
    // Having wanted something is still wanting it: "Gondor has wanted to aid Bree".
    let s = sent("Gondor/PROPN/3/nsubj has/AUX/3/aux wanted/VERB/0/root/want to/PART/5/mark aid/VERB/3/xcomp/aid Bree/PROPN/5/obj");
    let got = code_with(&coder, &s);
    assert!(
        got.len() == 1 && got[0].starts_with("GON>BRE:03"),
        "{got:?}"
    );
}

#[test]
fn a_bare_appeal_asks_for_what_its_infinitive_does() {
    let d = dict()
        .verb("free", Some("0841"), &[])
        .verb("leave", Some("0841"), &[]);
    let coder = Coder::new(&d, Options::default());
    // "Calenardhon urged Bree to free the prisoners": an appeal for a release.
    let s = sent("Calenardhon/PROPN/2/nsubj urged/VERB/0/root/urge Bree/PROPN/2/obj to/PART/5/mark free/VERB/2/xcomp/free prisoners/NOUN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:0253"]);
    // Only an act on something: "urged Bree to leave" keeps the bare appeal.
    let s = sent("Calenardhon/PROPN/2/nsubj urged/VERB/0/root/urge Bree/PROPN/2/obj to/PART/5/mark leave/VERB/2/xcomp/leave");
    assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:020"]);
}
