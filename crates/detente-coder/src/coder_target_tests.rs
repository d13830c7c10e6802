//! Coder tests of what lends a verb no target when the tree gives it none: a clause of time or
//! cause, a relative clause, a phrase of time; and of who a relative clause with a subject of
//! its own is about: the noun it describes; and of a name in a place phrase of the subject,
//! which lends the verb no source. The hand-made dictionary is in `coder_tests.rs`.

use super::tests::{briefs, code, dict};
use crate::dictionary::MentionKind;

#[test]
fn a_clause_of_time_or_cause_lends_no_target() {
    let d = dict().actor("Britain", "GBR", MentionKind::Country).verb(
        "attack",
        Some("190"),
        &[("+", "190")],
    );
    // "Iran attacked the tanker after Britain seized a ship": Britain is not attacked.
    let s = "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack the/DET/4/det tanker/NOUN/2/obj after/SCONJ/7/mark Britain/PROPN/7/nsubj seized/VERB/2/advcl/seize a/DET/9/det ship/NOUN/7/obj";
    assert_eq!(briefs(&code(&d, &[s])), vec!["IRN>-:190"]);
    // A condition's clause is the verb's own: "Iran will attack if Britain seizes a ship".
    let s = "Iran/PROPN/3/nsubj will/AUX/3/aux attack/VERB/0/root/attack if/SCONJ/6/mark Britain/PROPN/6/nsubj seizes/VERB/3/advcl/seize a/DET/8/det ship/NOUN/6/obj";
    assert!(briefs(&code(&d, &[s]))
        .iter()
        .any(|b| b.starts_with("IRN>GBR")));
}

#[test]
fn a_relative_clause_lends_no_target() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .verb("resume", Some("036"), &[]);
    // "Bree resumed talks, which Gondor had suspended": not talks with Gondor.
    let s = "Bree/PROPN/2/nsubj resumed/VERB/0/root/resume talks/NOUN/2/obj ,/PUNCT/8/punct which/PRON/8/obj Gondor/PROPN/8/nsubj had/AUX/8/aux suspended/VERB/3/acl:relcl/suspend";
    assert_eq!(briefs(&code(&d, &[s])), vec!["BRE>-:036"]);
}

#[test]
fn the_venue_of_a_statement_is_no_target() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .verb("speak", Some("010"), &[]);
    // "Bree spoke at a conference in Gondor".
    let s = "Bree/PROPN/2/nsubj spoke/VERB/0/root/speak at/ADP/5/case a/DET/5/det conference/NOUN/2/obl in/ADP/7/case Gondor/PROPN/5/nmod";
    assert!(briefs(&code(&d, &[s])).iter().all(|b| !b.contains("GON")));
}

#[test]
fn who_struck_when_people_were_killed_killed_them() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .verb("kill", Some("190"), &[])
        .verb("strike", Some("143"), &[("+", "190")]);
    // "People were killed when Gondor's missiles struck the town".
    let s = "People/NOUN/3/nsubj:pass were/AUX/3/aux:pass killed/VERB/0/root/kill/VBN when/ADV/7/advmod Gondor/PROPN/6/nmod:poss missiles/NOUN/7/nsubj struck/VERB/3/advcl/strike the/DET/9/det town/NOUN/7/obj";
    let b = briefs(&code(&d, &[s]));
    assert!(b.iter().any(|x| x == "GON>-:190"), "{b:?}");
    // Not a clause of something else: "People were killed after Gondor held talks".
    let d = d.verb("hold", Some("040"), &[]);
    let s = "People/NOUN/3/nsubj:pass were/AUX/3/aux:pass killed/VERB/0/root/kill/VBN after/SCONJ/6/mark Gondor/PROPN/6/nsubj held/VERB/3/advcl/hold talks/NOUN/6/obj";
    let b = briefs(&code(&d, &[s]));
    assert!(
        !b.iter()
            .any(|x| x.starts_with("GON>") && x.ends_with(":190")),
        "{b:?}"
    );
}

#[test]
fn a_relative_clause_with_its_own_subject_is_about_the_noun_it_describes() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .actor("diplomats", "---GOV", MentionKind::Agent)
        .actor("firms", "---BUS", MentionKind::Agent)
        .verb("expel", Some("161"), &[])
        .verb("accuse", Some("112"), &[])
        .verb("sell", Some("072"), &[("+ to", "072")])
        .verb("sanction", Some("163"), &[]);
    // "Gondor expelled two Bree diplomats it accused": "it" is Gondor, not the last country
    // the article named, and the accused are the diplomats.
    let s = "Gondor/PROPN/2/nsubj expelled/VERB/0/root/expel two/NUM/5/nummod Bree/PROPN/5/compound diplomats/NOUN/2/obj it/PRON/7/nsubj accused/VERB/5/acl:relcl/accuse";
    let b = briefs(&code(&d, &[s]));
    assert!(b.contains(&"GON>BREGOV:112".to_string()), "{b:?}");
    // "Gondor sanctioned firms it said had sold arms to Bree": the firms sold them.
    let s = "Gondor/PROPN/2/nsubj sanctioned/VERB/0/root/sanction firms/NOUN/2/obj it/PRON/5/nsubj said/VERB/3/acl:relcl/say had/AUX/7/aux sold/VERB/5/ccomp/sell arms/NOUN/7/obj to/ADP/10/case Bree/PROPN/7/obl";
    let b = briefs(&code(&d, &[s]));
    assert!(
        b.iter()
            .any(|x| x.contains("BUS>BRE") && x.ends_with(":072")),
        "{b:?}"
    );
    assert!(
        !b.iter()
            .any(|x| x.starts_with("GON>BRE") && x.ends_with(":072")),
        "{b:?}"
    );
}

#[test]
fn a_name_in_a_place_phrase_of_the_subject_is_no_source() {
    let d = dict()
        .actor("police", "---COP", MentionKind::Agent)
        .verb("kill", Some("190"), &[]);
    // "An explosion near a police station killed five people": not the police's doing.
    let s = "An/DET/2/det explosion/NOUN/7/nsubj near/ADP/6/case a/DET/6/det police/NOUN/6/compound station/NOUN/2/nmod killed/VERB/0/root/kill five/NUM/9/nummod people/NOUN/7/obj";
    let b = briefs(&code(&d, &[s]));
    assert!(!b.iter().any(|x| x.starts_with("---COP")), "{b:?}");
    // A name the parser left outside the subject still is its source: "Police, a force
    // of thousands, killed five people" with the name read as a vocative.
    let s = "Police/NOUN/6/vocative ,/PUNCT/1/punct a/DET/4/det force/NOUN/6/nsubj ,/PUNCT/4/punct killed/VERB/0/root/kill five/NUM/8/nummod people/NOUN/6/obj";
    let b = briefs(&code(&d, &[s]));
    assert!(b.iter().any(|x| x.starts_with("---COP>")), "{b:?}");
}

#[test]
fn what_is_discussed_is_no_party_to_the_talks() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .actor("Arnor", "ARN", MentionKind::Country)
        .verb("meet", Some("040"), &[("+", "040")])
        .verb("discuss", Some("040"), &[]);
    // "Gondor met Bree to discuss support for Arnor": Arnor is what they talked about.
    let s = "Gondor/PROPN/2/nsubj met/VERB/0/root/meet Bree/PROPN/2/obj to/PART/5/mark discuss/VERB/2/advcl/discuss support/NOUN/5/obj for/ADP/8/case Arnor/PROPN/6/nmod";
    let b = briefs(&code(&d, &[s]));
    assert!(b.contains(&"GON>BRE:040".to_string()), "{b:?}");
    assert!(!b.iter().any(|x| x.contains("ARN")), "{b:?}");
}
