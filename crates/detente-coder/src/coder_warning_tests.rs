//! Coder tests of warnings and failures: what a party warns that it may do itself is a threat
//! ("the EU warned it could impose tariffs"); what it fails to take by force it still fought
//! for. The hand-made dictionary is in `coder_tests.rs`.

use super::tests::{briefs, code, dict};

#[test]
fn a_warning_of_ones_own_act_is_a_threat_and_of_anothers_none() {
    let d =
        dict()
            .verb("warn", Some("012"), &[])
            .verb("impose", None, &[("* sanctions on +", "163")]);
    // "Russia warned it could impose sanctions on Iran": "it" is the warner, who threatens.
    let s = "Russia/PROPN/2/nsubj warned/VERB/0/root/warn it/PRON/5/nsubj could/AUX/5/aux impose/VERB/2/ccomp sanctions/NOUN/5/obj/sanction on/ADP/8/case Iran/PROPN/5/obl";
    let got = briefs(&code(&d, &[s]));
    assert!(got.contains(&"RUS>IRN:1312".to_string()), "{got:?}");
    assert!(!got.iter().any(|b| b.starts_with("->")), "{got:?}");
    // "Russia warned Iran could impose sanctions on the US": a forecast of another's act
    // threatens no one.
    let s = "Russia/PROPN/2/nsubj warned/VERB/0/root/warn Iran/PROPN/5/nsubj could/AUX/5/aux impose/VERB/2/ccomp sanctions/NOUN/5/obj/sanction on/ADP/8/case US/PROPN/5/obl";
    let got = briefs(&code(&d, &[s]));
    assert!(!got.iter().any(|b| b.contains(":13")), "{got:?}");
}

#[test]
fn a_failed_attack_is_an_attack_and_a_failed_agreement_a_refusal() {
    let d = dict().verb("capture", Some("190"), &[("+", "190")]).verb(
        "reach",
        None,
        &[("* agreement with +", "057")],
    );
    // "Russia failed to capture Iran": the assault took place.
    let s = "Russia/PROPN/2/nsubj failed/VERB/0/root/fail to/PART/4/mark capture/VERB/2/xcomp/capture Iran/PROPN/4/obj";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>IRN:190"]);
    // "Russia failed to reach an agreement with Iran": CAMEO's refusal.
    let s = "Russia/PROPN/2/nsubj failed/VERB/0/root/fail to/PART/4/mark reach/VERB/2/xcomp/reach an/DET/6/det agreement/NOUN/4/obj with/ADP/8/case Iran/PROPN/4/obl";
    let got = briefs(&code(&d, &[s]));
    assert!(got.iter().all(|e| e.contains(":12")), "{got:?}");
}

#[test]
fn a_response_promised_to_any_attack_is_a_threat_and_one_given_is_not() {
    let d = dict().verb("respond", None, &[("to +", "010")]);
    // "Iran will respond to any attack by Russia": what may come is answered in advance.
    let s = "Iran/PROPN/3/nsubj will/AUX/3/aux respond/VERB/0/root/respond to/ADP/6/case any/DET/6/det attack/NOUN/3/obl by/ADP/8/case Russia/PROPN/6/nmod";
    assert_eq!(briefs(&code(&d, &[s])), vec!["IRN>RUS:130"]);
    // "Iran would respond to any attack by Russia": so too.
    let s = s.replace("will/AUX", "would/AUX");
    assert_eq!(briefs(&code(&d, &[&s])), vec!["IRN>RUS:130"]);
    // "Iran will respond to the attack by Russia": an attack that came; "Iran responded to
    // any attack by Russia": no promise. Neither threatens.
    for s in [
        "Iran/PROPN/3/nsubj will/AUX/3/aux respond/VERB/0/root/respond to/ADP/6/case the/DET/6/det attack/NOUN/3/obl by/ADP/8/case Russia/PROPN/6/nmod",
        "Iran/PROPN/2/nsubj responded/VERB/0/root/respond to/ADP/5/case any/DET/5/det attack/NOUN/2/obl by/ADP/7/case Russia/PROPN/5/nmod",
    ] {
        let got = briefs(&code(&d, &[s]));
        assert!(!got.iter().any(|b| b.contains(":13")), "{s}: {got:?}");
    }
}
