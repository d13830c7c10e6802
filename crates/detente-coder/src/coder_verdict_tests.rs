//! Coder tests of verdicts on earlier acts: given by naming one ("Moscow called the sanctions
//! illegal", "described the remarks as irresponsible", "branded the visit a provocation"), and
//! whose "decision" a condemnation answers. The hand-made dictionary is in `coder_tests.rs`.

use super::tests::{brief, code, dict};
use crate::dictionary::MentionKind;

const ATTACKED: &str = "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Russia/PROPN/2/obj";

fn briefs_of(specs: &[&str]) -> Vec<String> {
    let d = dict();
    code(&d, specs).iter().map(brief).collect()
}

#[test]
fn calling_an_act_by_a_condemning_word_criticises_who_did_it() {
    // After "Iran attacked Russia", each of these is Russia's criticism of Iran, whichever way
    // the parser hangs the verdict on the verb or its object.
    for said in [
        // "Russia called the attack illegal" (the adjective read as the object's modifier)
        "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det attack/NOUN/2/obj illegal/ADJ/4/amod",
        // "Russia called the attack a provocation"
        "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det attack/NOUN/2/obj a/DET/6/det provocation/NOUN/2/xcomp",
        // ... read as indirect and direct object, or as the object's unmarked modifier
        "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det attack/NOUN/2/iobj a/DET/6/det provocation/NOUN/2/obj",
        "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det attack/NOUN/2/obj a/DET/6/det provocation/NOUN/4/nmod:unmarked",
        // "Russia described the attack as irresponsible"
        "Russia/PROPN/2/nsubj described/VERB/0/root/describe the/DET/4/det attack/NOUN/2/obj as/ADP/6/case irresponsible/ADJ/2/obl",
    ] {
        let got = briefs_of(&[ATTACKED, said]);
        assert_eq!(
            got.iter().filter(|e| e.ends_with(":111")).collect::<Vec<_>>(),
            vec!["RUS>IRN:111"],
            "{said}"
        );
    }
    // Calling it a crime is an accusation.
    let crime = "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det attack/NOUN/2/obj a/DET/6/det crime/NOUN/2/xcomp";
    assert!(briefs_of(&[ATTACKED, crime]).contains(&"RUS>IRN:112".to_string()));
}

#[test]
fn naming_without_a_condemning_word_or_with_a_denial_is_no_verdict() {
    // "Russia called the attack a response", "Russia did not call the attack illegal".
    for said in [
        "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det attack/NOUN/2/obj a/DET/6/det response/NOUN/2/xcomp",
        "Russia/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod call/VERB/0/root/call the/DET/6/det attack/NOUN/4/obj illegal/ADJ/4/xcomp",
    ] {
        let got = briefs_of(&[ATTACKED, said]);
        assert!(!got.iter().any(|e| e.ends_with(":111")), "{said}: {got:?}");
    }
    // An adjective before its noun is the noun's, not a verdict: "called the illegal attack".
    let before = "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/5/det illegal/ADJ/5/amod attack/NOUN/2/obj";
    let got = briefs_of(&[ATTACKED, before]);
    assert!(!got.iter().any(|e| e.ends_with(":111")), "{got:?}");
}

#[test]
fn a_decision_answered_is_the_last_act_not_a_word_of_thanks() {
    let d = dict()
        .actor("Germany", "DEU", MentionKind::Country)
        .verb("promise", Some("030"), &[])
        .verb("deliver", Some("062"), &[])
        .verb("thank", Some("051"), &[("+", "051")])
        .verb("condemn", Some("111"), &[("+", "111")]);
    let ev = code(
        &d,
        &[
            // Germany promised to deliver weapons. Iran thanked Germany. Russia condemned the
            // decision: Germany's, which thanks are none.
            "Germany/PROPN/2/nsubj promised/VERB/0/root/promise to/PART/4/mark deliver/VERB/2/xcomp/deliver weapons/NOUN/4/obj",
            "Iran/PROPN/2/nsubj thanked/VERB/0/root/thank Germany/PROPN/2/obj",
            "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det decision/NOUN/2/obj",
        ],
    );
    let last: Vec<String> = ev
        .iter()
        .filter(|e| e.sentence_index == 2)
        .map(brief)
        .collect();
    assert_eq!(last, vec!["RUS>DEU:111"]);
}

#[test]
fn a_party_called_villains_is_criticised_and_the_villains_are_no_party() {
    let d = dict()
        .actor("protesters", "---CVL", MentionKind::Agent)
        .actor("criminals", "---CRM", MentionKind::Agent)
        .verb("call", Some("010"), &[]);
    // "Russia called the protesters criminals", read with the protesters as the object's
    // compound or as the object, the criminals as a second object.
    for said in [
        "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/5/det protesters/NOUN/5/compound criminals/NOUN/2/obj/criminal",
        "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det protesters/NOUN/2/obj criminals/NOUN/2/xcomp/criminal",
    ] {
        let got: Vec<String> = code(&d, &[said]).iter().map(brief).collect();
        assert_eq!(got, vec!["RUS>---CVL:111"], "{said}");
    }
}

#[test]
fn a_party_inside_what_an_act_is_called_is_not_its_target() {
    let d = dict()
        .actor("UN", "IGOUNO", MentionKind::Organization)
        .verb("condemn", Some("111"), &[("+", "111")]);
    // "Russia condemned the launch as a violation of UN resolutions": the UN is no target.
    let s = "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det launch/NOUN/2/obj as/ADP/7/case a/DET/7/det violation/NOUN/2/obl of/ADP/10/case UN/PROPN/10/compound resolutions/NOUN/7/nmod";
    let got: Vec<String> = code(&d, &[s]).iter().map(brief).collect();
    assert!(!got.iter().any(|e| e.contains("IGOUNO")), "{got:?}");
}

#[test]
fn saying_a_party_will_pay_for_what_it_did_threatens_it() {
    let d = dict().verb("make", None, &[]);
    // "Russia said Iran had made a mistake and would pay for it": the paying is conjoined to
    // the clause with the subject.
    let s = "Russia/PROPN/2/nsubj said/VERB/0/root/say Iran/PROPN/5/nsubj had/AUX/5/aux made/VERB/2/ccomp/make a/DET/7/det mistake/NOUN/5/obj and/CCONJ/10/cc would/AUX/10/aux pay/VERB/5/conj/pay for/ADP/12/case it/PRON/10/obl";
    let got: Vec<String> = code(&d, &[s]).iter().map(brief).collect();
    assert!(got.contains(&"RUS>IRN:130".to_string()), "{got:?}");
    // "... would pay for the oil" is a purchase.
    let s = "Russia/PROPN/2/nsubj said/VERB/0/root/say Iran/PROPN/5/nsubj would/AUX/5/aux pay/VERB/2/ccomp/pay for/ADP/8/case the/DET/8/det oil/NOUN/5/obl";
    let got: Vec<String> = code(&d, &[s]).iter().map(brief).collect();
    assert!(!got.iter().any(|e| e.ends_with(":130")), "{got:?}");
}

#[test]
fn an_act_named_by_its_noun_is_answered_to_whoever_did_it() {
    let d = dict()
        .actor("Afghans", "AFG", MentionKind::Country)
        .actor("rights groups", "---HRI", MentionKind::Agent)
        .verb("deport", Some("174"), &[("+", "174")])
        .verb("criticise", Some("111"), &[("+", "111")])
        .noun("deportation", Some("174"), &[]);
    // Russia deported Afghans. Rights groups criticised the deportations: Russia's.
    let ev = code(
        &d,
        &[
            "Russia/PROPN/2/nsubj deported/VERB/0/root/deport Afghans/PROPN/2/obj",
            "Rights/NOUN/2/compound groups/NOUN/3/nsubj criticised/VERB/0/root/criticise the/DET/5/det deportations/NOUN/3/obj/deportation",
        ],
    );
    let last: Vec<String> = ev
        .iter()
        .filter(|e| e.sentence_index == 1)
        .map(brief)
        .collect();
    assert_eq!(last, vec!["RUSHRI>RUS:111"]);
}

#[test]
fn revenge_for_the_attack_is_aimed_at_who_attacked() {
    let d = dict().verb("vow", None, &[("revenge", "138")]).noun(
        "attack",
        Some("190"),
        &[("on +", "190")],
    );
    // Iran attacked Russia. Russia vowed revenge for the attack: on Iran, whether the parser
    // hangs "for the attack" on "revenge" or on "vowed".
    for (head, rel) in [(3, "nmod"), (2, "obl")] {
        let vowed = format!("Russia/PROPN/2/nsubj vowed/VERB/0/root/vow revenge/NOUN/2/obj for/ADP/6/case the/DET/6/det attack/NOUN/{head}/{rel}");
        let ev = code(&d, &[ATTACKED, &vowed]);
        let last: Vec<String> = ev
            .iter()
            .filter(|e| e.sentence_index == 1)
            .map(brief)
            .collect();
        assert_eq!(last, vec!["RUS>IRN:138"], "{rel}");
    }
}

#[test]
fn calling_an_act_troubling_or_reckless_criticises_it() {
    // After "Iran attacked Russia": "Russia called the attack deeply troubling".
    let said = "Russia/PROPN/2/nsubj called/VERB/0/root/call the/DET/4/det attack/NOUN/2/obj deeply/ADV/6/advmod troubling/ADJ/2/xcomp/troubling";
    let got = briefs_of(&[ATTACKED, said]);
    assert!(got.contains(&"RUS>IRN:111".to_string()), "{got:?}");
}

#[test]
fn whom_the_accused_failed_is_not_the_accused() {
    let d = dict().verb("accuse", Some("112"), &[("+", "112"), ("+ of", "112")]);
    // "Russia accused the alliance of failing to protect Iran": the alliance (no actor here) is
    // accused, not Iran.
    let s = "Russia/PROPN/2/nsubj accused/VERB/0/root/accuse the/DET/4/det alliance/NOUN/2/obj of/SCONJ/6/mark failing/VERB/4/acl/fail to/PART/8/mark protect/VERB/6/xcomp/protect Iran/PROPN/8/obj";
    let got: Vec<String> = code(&d, &[s]).iter().map(brief).collect();
    assert!(!got.iter().any(|e| e.contains(">IRN")), "{got:?}");
}
