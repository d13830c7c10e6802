//! Coder tests of accusations a participle makes ("a diplomat accused of spying"): who holds
//! them; of what someone is punished for: whose doing it is; and of what is denied: not done. The hand-made dictionary is in
//! `coder_tests.rs`.

use super::tests::{briefs, briefs_with, code, dict};
use crate::dictionary::MentionKind;

#[test]
fn whoever_acts_on_the_accused_of_a_reduced_relative_accuses_them() {
    let d = dict()
        .actor("diplomat", "---GOV", MentionKind::Agent)
        .actor("Indian", "IND", MentionKind::Country)
        .actor("Pakistan", "PAK", MentionKind::Country)
        .verb("expel", Some("161"), &[("+", "161")])
        .verb("accuse", Some("112"), &[("+", "112")]);
    // "Pakistan expelled an Indian diplomat accused of spying": Pakistan accuses him.
    let s = "Pakistan/PROPN/2/nsubj expelled/VERB/0/root/expel an/DET/5/det Indian/ADJ/5/amod diplomat/NOUN/2/obj accused/VERB/5/acl/accuse/VBN of/ADP/8/case spying/NOUN/6/obl";
    assert_eq!(
        briefs(&code(&d, &[s])),
        vec!["PAK>INDGOV:161", "PAK>INDGOV:112"]
    );
    // Said of the subject, the accusation has no accuser in the sentence.
    let s = "An/DET/3/det Indian/ADJ/3/amod diplomat/NOUN/6/nsubj accused/VERB/3/acl/accuse/VBN of/ADP/5/case spying/NOUN/4/obl left/VERB/0/root/leave Pakistan/PROPN/6/obj";
    assert!(briefs(&code(&d, &[s]))
        .iter()
        .all(|e| !e.starts_with("PAK>")));
}

#[test]
fn the_accused_of_a_passive_or_of_the_objects_phrase_have_an_accuser_too() {
    let d = dict()
        .actor("Poland", "POL", MentionKind::Country)
        .actor("Russian", "RUS", MentionKind::Country)
        .actor("Washington", "USA", MentionKind::Country)
        .actor("Chinese", "CHN", MentionKind::Country)
        .actor("firms", "---BUS", MentionKind::Agent)
        .verb("expel", Some("161"), &[("+", "161")])
        .verb("impose", None, &[("* sanctions on +", "163")])
        .verb("accuse", Some("112"), &[("+", "112")]);
    // "A Russian diplomat accused of spying was expelled by Poland": the expeller accuses.
    let s = "A/DET/3/det Russian/ADJ/3/amod diplomat/NOUN/8/nsubj:pass accused/VERB/3/acl/accuse/VBN of/ADP/6/case spying/NOUN/4/obl was/AUX/8/aux:pass expelled/VERB/0/root/expel/VBN by/ADP/10/case Poland/PROPN/8/obl:agent";
    assert_eq!(briefs_with(&code(&d, &[s]), "112"), vec!["POL>RUS:112"]);
    // "Washington imposed sanctions on Chinese firms accused of helping Russia".
    let s = "Washington/PROPN/2/nsubj imposed/VERB/0/root/impose sanctions/NOUN/2/obj on/ADP/6/case Chinese/ADJ/6/amod firms/NOUN/3/nmod accused/VERB/6/acl/accuse/VBN of/SCONJ/9/mark helping/VERB/7/advcl/help Russia/PROPN/9/obj";
    assert_eq!(briefs_with(&code(&d, &[s]), "112"), vec!["USA>CHNBUS:112"]);
}

#[test]
fn one_turned_on_for_doing_something_did_it() {
    let d = dict()
        .actor("Finland", "FIN", MentionKind::Country)
        .actor("Washington", "USA", MentionKind::Country)
        .actor("NATO", "IGOWSTNAT", MentionKind::Organization)
        .actor("Ukraine", "UKR", MentionKind::Country)
        .verb("retaliate", Some("138"), &[("against +", "138")])
        .verb("impose", None, &[("* sanctions on +", "163")])
        .verb("join", Some("050"), &[("+", "050")])
        .verb("invade", Some("192"), &[("+", "192")]);
    // "Russia retaliated against Finland for joining NATO".
    let s = "Russia/PROPN/2/nsubj retaliated/VERB/0/root/retaliate against/ADP/4/case Finland/PROPN/2/obl for/SCONJ/6/mark joining/VERB/2/advcl/join NATO/PROPN/6/obj";
    assert_eq!(
        briefs(&code(&d, &[s])),
        vec!["RUS>FIN:138", "FIN>IGOWSTNAT:050"]
    );
    // "Washington imposed sanctions on Russia for invading Ukraine": the sanctions invade
    // nobody.
    let s = "Washington/PROPN/2/nsubj imposed/VERB/0/root/impose sanctions/NOUN/2/obj on/ADP/5/case Russia/PROPN/2/obl for/SCONJ/7/mark invading/VERB/2/advcl/invade Ukraine/PROPN/7/obj";
    assert_eq!(briefs(&code(&d, &[s])), vec!["USA>RUS:163", "RUS>UKR:192"]);
}

#[test]
fn the_aim_of_an_alleged_act_is_alleged_with_it() {
    let d = dict()
        .actor("Moldova", "MDA", MentionKind::Country)
        .actor("Russia", "RUS", MentionKind::Country)
        .actor("government", "---GOV", MentionKind::Agent)
        .verb("accuse", Some("112"), &[("+", "112")])
        .verb("topple", Some("170"), &[("+", "170")]);
    // "Moldova accused Russia of plotting a coup to topple the government": the toppling is
    // what Russia is said to have aimed at, not done, whether the infinitive hangs on the
    // plotting or on the coup.
    for s in [
        "Moldova/PROPN/2/nsubj accused/VERB/0/root/accuse Russia/PROPN/2/iobj of/SCONJ/5/mark plotting/VERB/2/advcl/plot a/DET/7/det coup/NOUN/5/obj to/PART/9/mark topple/VERB/5/advcl/topple the/DET/11/det government/NOUN/9/obj",
        "Moldova/PROPN/2/nsubj accused/VERB/0/root/accuse Russia/PROPN/2/iobj of/SCONJ/5/mark plotting/VERB/2/advcl/plot a/DET/7/det coup/NOUN/5/obj to/PART/9/mark topple/VERB/7/acl/topple the/DET/11/det government/NOUN/9/obj",
    ] {
        let got = briefs(&code(&d, &[s]));
        assert!(got.contains(&"MDA>RUS:112".to_string()), "{got:?}");
        assert!(!got.iter().any(|e| e.ends_with(":170")), "{got:?}");
    }
}

#[test]
fn what_is_denied_is_not_done_however_its_that_is_parsed() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .actor("Arnor", "ARN", MentionKind::Country)
        .verb("deny", Some("016"), &[])
        .verb("attack", Some("190"), &[]);
    // "Gondor denied that Arnor troops had attacked Bree", the clause's verb read as an
    // adjective on its object, and the object hung on "that".
    let s = "Gondor/PROPN/2/nsubj denied/VERB/0/root/deny that/SCONJ/2/obj Arnor/PROPN/5/compound troops/NOUN/7/nsubj had/AUX/7/aux attacked/VERB/8/amod/attack/VBN Bree/PROPN/3/vocative";
    let b = briefs(&code(&d, &[s]));
    assert!(
        b.iter()
            .any(|x| x.starts_with("GON>") && x.ends_with(":016")),
        "{b:?}"
    );
    assert!(!b.iter().any(|x| x.ends_with(":190")), "{b:?}");
}
