//! Coder tests of reported speech: who the pronouns of what a speaker reports stand for. The
//! hand-made dictionary is in `coder_tests.rs`.

use super::tests::{briefs, code, dict};
use crate::dictionary::MentionKind;

#[test]
fn the_pronoun_a_speaker_reports_things_done_to_is_the_speaker() {
    let d = dict()
        .actor("Zelensky", "UKRGOV", MentionKind::Person)
        .actor("Biden", "USAGOV", MentionKind::Person)
        .actor("Putin", "RUSGOV", MentionKind::Person)
        .verb("promise", Some("030"), &[("+", "030")]);
    // "Putin spoke." — "Zelensky said he had been promised air defence by Biden": he is not
    // the person named before.
    let before = "Putin/PROPN/2/nsubj spoke/VERB/0/root/speak";
    let s = "Zelensky/PROPN/2/nsubj said/VERB/0/root/say he/PRON/6/nsubj:pass had/AUX/6/aux been/AUX/6/aux:pass promised/VERB/2/ccomp/promise/VBN air/NOUN/8/compound defence/NOUN/6/obj by/ADP/10/case Biden/PROPN/6/obl:agent";
    assert_eq!(briefs(&code(&d, &[before, s])), vec!["USAGOV>UKRGOV:030"]);
    // Named, the one it was done to is no speaker: "Zelensky said Kyiv had been promised …".
    let d = d.actor("Kyiv", "UKR", MentionKind::Country);
    let s = "Zelensky/PROPN/2/nsubj said/VERB/0/root/say Kyiv/PROPN/6/nsubj:pass had/AUX/6/aux been/AUX/6/aux:pass promised/VERB/2/ccomp/promise/VBN air/NOUN/8/compound defence/NOUN/6/obj by/ADP/10/case Biden/PROPN/6/obl:agent";
    assert_eq!(briefs(&code(&d, &[before, s])), vec!["USAGOV>UKR:030"]);
}

#[test]
fn the_pronoun_a_speaker_reports_an_event_noun_of_is_the_speaker() {
    let d = dict()
        .actor("Serbia", "SRB", MentionKind::Country)
        .actor("Ukraine", "UKR", MentionKind::Country)
        .noun("attack", Some("190"), &[("on +", "190")]);
    // "Serbia protested." — "Ukraine said it had carried out an attack on Russia": it is
    // Ukraine, not the country named before.
    let before = "Serbia/PROPN/2/nsubj protested/VERB/0/root/protest";
    let s = "Ukraine/PROPN/2/nsubj said/VERB/0/root/say it/PRON/5/nsubj had/AUX/5/aux carried/VERB/2/ccomp/carry out/ADP/5/compound:prt an/DET/8/det attack/NOUN/5/obj on/ADP/10/case Russia/PROPN/8/nmod";
    let b = briefs(&code(&d, &[before, s]));
    assert!(b.contains(&"UKR>RUS:190".to_string()), "{b:?}");
}

#[test]
fn the_it_a_country_reports_on_is_that_country_for_the_report_too() {
    let d = dict()
        .actor("Serbia", "SRB", MentionKind::Country)
        .actor("Russia", "RUS", MentionKind::Country)
        .actor("drones", "---MIL", MentionKind::Agent)
        .verb("claim", Some("010"), &[("* shoot", "112")])
        .verb("shoot", Some("190"), &[("+", "190")]);
    // "Serbia protested." — "Russia claimed it had shot down drones": Russia speaks of what
    // it did itself, and accuses nobody, least of all the country named before.
    let before = "Serbia/PROPN/2/nsubj protested/VERB/0/root/protest";
    let s = "Russia/PROPN/2/nsubj claimed/VERB/0/root/claim it/PRON/5/nsubj had/AUX/5/aux shot/VERB/2/ccomp/shoot down/ADP/5/compound:prt drones/NOUN/5/obj";
    let b = briefs(&code(&d, &[before, s]));
    assert!(!b.iter().any(|e| e.contains("112")), "{b:?}");
    assert!(b.contains(&"RUS>---MIL:190".to_string()), "{b:?}");
}

#[test]
fn his_country_is_the_country_of_the_person_before_it() {
    let d = dict()
        .actor("Vucic", "SRBGOV", MentionKind::Person)
        .actor("Kosovo", "KSV", MentionKind::Country)
        .verb("reject", Some("120"), &[("+", "120")])
        .verb("bolster", Some("150"), &[]);
    // "Vucic said his country rejected Kosovo."
    let s = "Vucic/PROPN/2/nsubj said/VERB/0/root/say his/PRON/4/nmod:poss country/NOUN/5/nsubj rejected/VERB/2/ccomp/reject Kosovo/PROPN/5/obj";
    assert_eq!(briefs(&code(&d, &[s])), vec!["SRB>KSV:120"]);
    // "Vucic bolstered his country's arsenal": the arsenal is a thing, not the country.
    let s = "Vucic/PROPN/2/nsubj bolstered/VERB/0/root/bolster his/PRON/4/nmod:poss country/NOUN/6/nmod:poss 's/PART/4/case arsenal/NOUN/2/obj";
    let b = briefs(&code(&d, &[s]));
    assert!(!b.iter().any(|e| e.contains(">SRB")), "{b:?}");
}
