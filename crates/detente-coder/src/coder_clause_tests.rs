//! Coder tests of who acts in a clause the parser or the tagger got half right: participles
//! read as past tenses, passives without their auxiliary; and a clause that is only the means
//! of its verb ("retaliated by expelling"). The hand-made dictionary is in
//! `coder_tests.rs`.

use super::tests::{briefs, briefs_with, code, dict};
use crate::dictionary::MentionKind;

#[test]
fn a_past_tense_on_a_noun_is_a_participle_whose_noun_undergoes_it() {
    let d = dict().verb("arrest", Some("173"), &[]);
    // "Russian army general arrested after coup attempt": the tagger read a past tense.
    let ev = code(
        &d,
        &["Russian/ADJ/3/amod army/NOUN/3/compound general/NOUN/0/root arrested/VERB/3/acl/arrest/VBD after/ADP/7/case coup/NOUN/7/compound attempt/NOUN/4/obl"],
    );
    assert_eq!(briefs(&ev), vec!["->RUS:173"]);
}

#[test]
fn what_an_alleged_failure_governs_is_alleged_too() {
    let d = dict()
        .verb("accuse", Some("112"), &[("+", "112")])
        .verb("fail", None, &[]);
    // Russia accused Iran of failing to meet Saudi officials.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj accused/VERB/0/root/accuse Iran/PROPN/2/obj of/SCONJ/5/mark failing/VERB/2/advcl/fail to/PART/7/mark meet/VERB/5/xcomp/meet Saudi/ADJ/9/amod officials/NOUN/7/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:112"]);
}

#[test]
fn them_is_the_group_its_own_sentence_named_before() {
    let d = dict().verb("urge", Some("020"), &[("+", "020")]);
    // Russian officials attacked Iran. Saudi met US officials and urged them to talk.
    let ev = code(
        &d,
        &[
            "Russian/ADJ/2/amod officials/NOUN/3/nsubj attacked/VERB/0/root/attack Iran/PROPN/3/obj",
            "Saudi/PROPN/2/nsubj met/VERB/0/root/meet US/PROPN/4/compound officials/NOUN/2/obj/official/NNS and/CCONJ/6/cc urged/VERB/2/conj/urge them/PRON/6/obj to/PART/9/mark talk/VERB/6/xcomp/talk",
        ],
    );
    // Not Iran, the last group acted on before this sentence.
    assert!(
        briefs(&ev).contains(&"SAU>USAGOV:020".to_string()),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn parties_that_recognise_a_thing_do_not_recognise_each_other() {
    let d = dict().verb("recognise", Some("054"), &[("+", "054")]);
    let ev = code(
        &d,
        &["Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj recognised/VERB/0/root/recognise the/DET/6/det result/NOUN/4/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>-:054", "IRN>-:054"]);
    // With no object, they do.
    let ev = code(
        &d,
        &["Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj recognised/VERB/0/root/recognise"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:054", "IRN>RUS:054"]);
}

#[test]
fn who_is_alleged_to_have_done_it_is_the_target_of_the_allegation() {
    use crate::dictionary::MentionKind;
    let d = dict()
        .actor("government", "---GOV", MentionKind::Agent)
        .verb("allege", Some("112"), &[("+", "112")]);
    // Russia alleged that the government had attacked Saudi.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj alleged/VERB/0/root/allege that/SCONJ/7/mark the/DET/5/det government/NOUN/7/nsubj had/AUX/7/aux attacked/VERB/2/ccomp/attack Saudi/PROPN/7/obj"],
    );
    // The attack itself is only alleged.
    assert_eq!(briefs(&ev), vec!["RUS>---GOV:112"]);
}

#[test]
fn what_two_parties_exchange_goes_from_each_to_the_other() {
    use crate::dictionary::MentionKind;
    let d = dict()
        .actor("prisoners", "---CVL", MentionKind::Agent)
        .verb("exchange", Some("0841"), &[("+", "0841")]);
    let ev = code(
        &d,
        &["Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj exchanged/VERB/0/root/exchange 95/NUM/6/nummod prisoners/NOUN/4/obj/prisoner"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:0841", "IRN>RUS:0841"]);
}

#[test]
fn an_institution_named_as_a_name_is_no_he() {
    use crate::dictionary::MentionKind;
    let d = dict().actor("Congress", "---LEG", MentionKind::Agent);
    // Russia's Congress attacked Iran. He met Saudi officials.
    let ev = code(
        &d,
        &[
            "Russia/PROPN/3/nmod:poss 's/PART/1/case Congress/PROPN/4/nsubj attacked/VERB/0/root/attack Iran/PROPN/4/obj",
            "He/PRON/2/nsubj met/VERB/0/root/meet Saudi/ADJ/4/amod officials/NOUN/2/obj",
        ],
    );
    assert!(
        !briefs(&ev).iter().any(|b| b.starts_with("RUSLEG>SAU")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn the_object_of_an_opening_clause_is_no_lost_subject() {
    let d = dict().verb("contact", Some("040"), &[("+", "040")]);
    // "To track Russian officials, the team contacted Iran": the team is no actor, and the
    // officials are what the purpose clause tracks, not who made contact.
    let ev = code(
        &d,
        &["To/PART/2/mark track/VERB/7/advcl/track/VB Russian/ADJ/4/amod officials/NOUN/2/obj/official/NNS ,/PUNCT/2/punct team/NOUN/7/nsubj contacted/VERB/0/root/contact Iran/PROPN/7/obj"],
    );
    assert!(
        briefs(&ev).iter().all(|b| !b.starts_with("RUS")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn a_decision_to_act_is_its_owner_s_act_framed_as_the_noun_says() {
    let d = dict()
        .verb("thank", Some("051"), &[("+", "051")])
        .verb("attack", Some("190"), &[("+", "190")])
        .verb("condemn", Some("111"), &[("+", "111")]);
    // "Saudi thanked the US for its decision to attack Russia", with the infinitive hung on
    // the main verb, as the parser does: the US decided.
    let ev = code(
        &d,
        &["Saudi/PROPN/2/nsubj thanked/VERB/0/root/thank US/PROPN/2/obj for/ADP/6/case its/PRON/6/nmod:poss decision/NOUN/2/obl to/PART/8/mark attack/VERB/2/advcl/attack Russia/PROPN/8/obj"],
    );
    let b = briefs(&ev);
    assert!(b.iter().any(|x| x.starts_with("USA>RUS:")), "{b:?}");
    assert!(b.iter().all(|x| !x.starts_with("SAU>RUS")), "{b:?}");
    // "Iran condemned Russia's threat to attack Saudi": a threat, by Russia.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj condemned/VERB/0/root/condemn Russia/PROPN/5/nmod:poss 's/PART/3/case threat/NOUN/2/obj to/PART/7/mark attack/VERB/5/acl/attack Saudi/PROPN/7/obj"],
    );
    let b = briefs(&ev);
    assert!(b.iter().any(|x| x.starts_with("RUS>SAU:13")), "{b:?}");
}

#[test]
fn he_is_the_person_his_own_sentence_made_a_subject_before() {
    let d = dict().verb("visit", Some("042"), &[("+", "042")]);
    // "Vladimir Putin visited Iran, where he met Saudi officials", first in its article.
    let ev = code(
        &d,
        &["Vladimir/PROPN/3/nsubj Putin/PROPN/1/flat visited/VERB/0/root/visit Iran/PROPN/3/obj ,/PUNCT/8/punct where/ADV/8/advmod he/PRON/8/nsubj met/VERB/4/acl:relcl/meet Saudi/ADJ/10/amod officials/NOUN/8/obj/official/NNS"],
    );
    let b = briefs(&ev);
    assert!(b.contains(&"RUSGOV>SAUGOV:040".to_string()), "{b:?}");
}

#[test]
fn what_a_consultation_is_about_is_not_whom_it_is_with() {
    let d = dict().verb("discuss", Some("040"), &[("with +", "040")]);
    // "Iran and Saudi discussed the fight against Russia": they talked with each other.
    let ev = code(
        &d,
        &["Iran/PROPN/4/nsubj and/CCONJ/3/cc Saudi/PROPN/1/conj discussed/VERB/0/root/discuss the/DET/6/det fight/NOUN/4/obj against/ADP/8/case Russia/PROPN/6/nmod"],
    );
    let b = briefs(&ev);
    assert!(b.iter().all(|x| !x.ends_with("RUS:040")), "{b:?}");
    assert!(b.contains(&"IRN>SAU:040".to_string()), "{b:?}");
    // A "with" phrase inside the object is still the partner.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj discussed/VERB/0/root/discuss a/DET/4/det truce/NOUN/2/obj with/ADP/6/case Russia/PROPN/4/nmod"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>RUS:040"]);
}

#[test]
fn civilians_at_large_acting_at_nobody_are_no_event_unless_they_protest() {
    use crate::dictionary::MentionKind;
    let d = dict()
        .actor("people", "---CVL", MentionKind::Agent)
        .verb("protest", Some("140"), &[]);
    // "Russian people rejected the idea": nobody political acts on anyone.
    let ev = code(
        &d,
        &["Russian/ADJ/2/amod people/NOUN/3/nsubj rejected/VERB/0/root/reject the/DET/5/det idea/NOUN/3/obj"],
    );
    assert!(briefs(&ev).is_empty(), "{:?}", briefs(&ev));
    // ... but people protest, and people act on a state.
    let ev = code(
        &d,
        &["Russian/ADJ/2/amod people/NOUN/3/nsubj protested/VERB/0/root/protest"],
    );
    assert_eq!(briefs(&ev), vec!["RUSCVL>-:140"]);
    let ev = code(
        &d,
        &["Russian/ADJ/2/amod people/NOUN/3/nsubj rejected/VERB/0/root/reject Iran/PROPN/3/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUSCVL>IRN:120"]);
}

#[test]
fn a_present_participle_on_a_thing_is_the_thing_s_doing() {
    use crate::dictionary::MentionKind;
    let d = dict()
        .actor("monarch", "---GOV", MentionKind::Agent)
        .verb("range", Some("041"), &[]);
    // "the monarch butterflies ranging across Iran": no monarch ranges.
    let ev = code(
        &d,
        &["the/DET/3/det monarch/NOUN/3/compound butterflies/NOUN/0/root/butterfly/NNS ranging/VERB/3/acl/range/VBG across/ADP/6/case Iran/PROPN/4/obl"],
    );
    assert!(
        briefs(&ev).iter().all(|b| !b.contains("GOV>")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn a_yes_no_question_reports_no_event_but_a_why_question_does() {
    let d = dict();
    let asked = code(
        &d,
        &["Did/AUX/3/aux Russia/PROPN/3/nsubj attack/VERB/0/root/attack Iran/PROPN/3/obj ?/PUNCT/3/punct"],
    );
    assert!(asked.is_empty(), "{:?}", briefs(&asked));
    let why = code(
        &d,
        &["Why/ADV/4/advmod did/AUX/4/aux Russia/PROPN/4/nsubj attack/VERB/0/root/attack Iran/PROPN/4/obj ?/PUNCT/4/punct"],
    );
    assert_eq!(briefs(&why), vec!["RUS>IRN:190"]);
}

#[test]
fn a_request_in_a_participle_after_a_letter_or_call_is_the_senders() {
    let d = dict().verb("ask", Some("020"), &[]);
    // "Iran wrote to Russian officials asking for help": the letter asks, so Iran.
    let wrote = code(
        &d,
        &["Iran/PROPN/2/nsubj wrote/VERB/0/root/write to/ADP/5/case Russian/ADJ/5/amod officials/NOUN/2/obl asking/VERB/5/acl/ask/VBG for/ADP/8/case help/NOUN/6/obl"],
    );
    assert_eq!(briefs_with(&wrote, "020"), vec!["IRN>-:020"]);
    // Met, not written to: the officials are the ones asking.
    let met = code(
        &d,
        &["Iran/PROPN/2/nsubj met/VERB/0/root/meet Russian/ADJ/4/amod officials/NOUN/2/obj asking/VERB/4/acl/ask/VBG for/ADP/7/case help/NOUN/5/obl"],
    );
    assert_eq!(briefs_with(&met, "020"), vec!["RUSGOV>-:020"]);
}

#[test]
fn the_speaker_of_a_closing_attribution_is_not_the_target_of_what_it_attributes() {
    let d = dict();
    // "Iran rejected the plan, Vladimir Putin told reporters": no target in the clause, and
    // the first actor after the verb is the attribution's speaker, not whom Iran rejected.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det plan/NOUN/2/obj ,/PUNCT/8/punct Vladimir/PROPN/8/nsubj Putin/PROPN/6/flat told/VERB/2/parataxis/tell reporters/NOUN/8/iobj"],
    );
    assert_eq!(briefs_with(&ev, "120"), vec!["IRN>-:120"]);
}

#[test]
fn a_document_vetoed_or_blocked_says_nothing_one_issued_speaks_for_its_issuer() {
    let d = dict()
        .verb("veto", Some("129"), &[])
        .verb("condemn", Some("111"), &[]);
    let vetoed = code(
        &d,
        &["Russia/PROPN/2/nsubj vetoed/VERB/0/root/veto a/DET/4/det resolution/NOUN/2/obj condemning/VERB/4/acl/condemn Iran/PROPN/5/obj"],
    );
    assert!(
        briefs_with(&vetoed, "111").is_empty(),
        "{:?}",
        briefs(&vetoed)
    );
    let issued = code(
        &d,
        &["Russia/PROPN/2/nsubj issued/VERB/0/root/issue a/DET/4/det resolution/NOUN/2/obj condemning/VERB/4/acl/condemn Iran/PROPN/5/obj"],
    );
    assert_eq!(briefs_with(&issued, "111"), vec!["RUS>IRN:111"]);
}

#[test]
fn scholarship_at_nobody_or_at_where_it_is_done_is_no_political_event() {
    let d = dict()
        .actor("researchers", "---EDU", MentionKind::Agent)
        .verb("examine", Some("090"), &[])
        .verb("plan", Some("030"), &[])
        .verb("accuse", Some("112"), &[]);
    let ev = code(
        &d,
        &[
            "Researchers/NOUN/2/nsubj examined/VERB/0/root/examine coral/NOUN/2/obj off/ADP/5/case Iran/PROPN/2/obl",
            "The/DET/2/det researchers/NOUN/3/nsubj planned/VERB/0/root/plan more/ADJ/5/amod work/NOUN/3/obj",
            "Researchers/NOUN/2/nsubj met/VERB/0/root/meet Russian/ADJ/4/amod officials/NOUN/2/obj",
            "Researchers/NOUN/2/nsubj accused/VERB/0/root/accuse Iran/PROPN/2/obj",
        ],
    );
    let got = briefs(&ev);
    assert!(
        !got.iter()
            .any(|b| b.ends_with(":090") || b.ends_with(":030")),
        "{got:?}"
    );
    assert!(got.iter().any(|b| b.ends_with(">RUSGOV:040")), "{got:?}");
    assert!(got.iter().any(|b| b.ends_with(">IRN:112")), "{got:?}");
}

#[test]
fn civilians_at_civilians_make_no_event_unless_they_fight() {
    let d = dict()
        .actor("residents", "---CVL", MentionKind::Agent)
        .actor("neighbours", "---CVL", MentionKind::Agent)
        .verb("help", Some("070"), &[]);
    let ev = code(
        &d,
        &[
            "Residents/NOUN/2/nsubj helped/VERB/0/root/help neighbours/NOUN/2/obj",
            "Residents/NOUN/2/nsubj attacked/VERB/0/root/attack neighbours/NOUN/2/obj",
            "Residents/NOUN/2/nsubj helped/VERB/0/root/help officials/NOUN/2/obj",
        ],
    );
    let got = briefs(&ev);
    assert!(!got.iter().any(|b| b.ends_with(">---CVL:070")), "{got:?}");
    // The attack still codes (as a crowd's violence).
    assert!(
        got.iter().any(|b| b.starts_with("---CVL>---CVL:1")),
        "{got:?}"
    );
    assert!(got.iter().any(|b| b.ends_with(">---GOV:070")), "{got:?}");
}

#[test]
fn a_currency_is_nobody_whose_country_names_it() {
    let d = dict().verb("invest", Some("061"), &[]);
    let ev = code(
        &d,
        &[
            "Iran/PROPN/2/nsubj invested/VERB/0/root/invest nine/NUM/5/nummod US/PROPN/5/compound dollars/NOUN/2/obj/dollar",
            "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack US/PROPN/4/compound ships/NOUN/2/obj/ship",
        ],
    );
    assert_eq!(briefs_with(&ev, "061"), vec!["IRN>-:061"]);
    assert_eq!(briefs_with(&ev, "190"), vec!["IRN>USA:190"]);
}

#[test]
fn a_headline_drops_the_passive_auxiliary_of_a_verb_that_takes_an_object() {
    let d = dict().verb("kill", Some("190"), &[]);
    // "Russian officials killed in Iran": the officials were killed.
    let headline = "Russian/ADJ/2/amod officials/NOUN/3/nsubj killed/VERB/0/root/kill/VBD in/ADP/5/case Iran/PROPN/3/obl";
    assert_eq!(briefs(&code(&d, &[headline])), vec!["->RUSGOV:190"]);
    // In prose with its full stop the parse is taken at its word.
    let prose = format!("{headline} ./PUNCT/3/punct");
    let got = briefs(&code(&d, &[&prose]));
    assert!(got.iter().all(|b| b.starts_with("RUSGOV>")), "{got:?}");
}

#[test]
fn a_place_named_as_target_yields_to_the_owner_the_object_names() {
    let d = dict()
        .actor("Hezbollah", "LBNREBHEZ", MentionKind::Organization)
        .actor("Lebanon", "LBN", MentionKind::Country)
        .actor("Israel", "ISR", MentionKind::Country)
        .verb("strike", Some("190"), &[("* targets in +", "190")]);
    let struck = |object: &str| {
        let spec = format!("Israel/PROPN/2/nsubj struck/VERB/0/root/strike {object} in/ADP/6/case Lebanon/PROPN/2/obl");
        briefs(&code(&d, &[spec.as_str()]))
    };
    // "Israel struck Hezbollah targets in Lebanon": Hezbollah's.
    assert_eq!(
        struck("Hezbollah/PROPN/4/compound targets/NOUN/2/obj/target"),
        vec!["ISR>LBNREBHEZ:190"]
    );
    // Targets of nobody named: the place's country.
    assert_eq!(
        struck("militant/ADJ/4/amod targets/NOUN/2/obj/target"),
        vec!["ISR>LBN:190"]
    );
}

#[test]
fn a_role_is_of_the_country_named_before_it_or_in_its_phrase_not_of_a_things_origin() {
    let d = dict()
        .actor("opposition", "---OPP", MentionKind::Agent)
        .actor("soldiers", "---MIL", MentionKind::Agent)
        .actor("Georgia", "GEO", MentionKind::Country)
        .actor("Gondor", "GON", MentionKind::Country)
        .verb("protest", Some("141"), &[])
        .verb("raid", Some("190"), &[]);
    // "A Russian law" says where the law comes from, not whose the opposition is.
    let ev = code(
        &d,
        &[
            "Georgia/PROPN/2/nsubj rested/VERB/0/root/rest",
            "The/DET/2/det opposition/NOUN/3/nsubj protested/VERB/0/root/protest against/ADP/7/case a/DET/7/det Russian/ADJ/7/amod law/NOUN/3/obl",
        ],
    );
    let sources: Vec<_> = ev
        .iter()
        .filter_map(|e| e.source.as_ref())
        .map(|s| s.code.as_str())
        .collect();
    assert_eq!(sources, ["GEOOPP"]);
    // A country in the role's own phrase is its country, wherever the verb is.
    let ev = code(
        &d,
        &["Soldiers/NOUN/4/nsubj from/ADP/3/case Gondor/PROPN/1/nmod raided/VERB/0/root/raid Russia/PROPN/4/obj"],
    );
    assert_eq!(briefs(&ev), vec!["GONMIL>RUS:190"]);
}

#[test]
fn a_mediator_between_the_two_sides_is_no_side() {
    let d = dict()
        .actor("Hamas", "PSEREBHMS", MentionKind::Organization)
        .actor("Israel", "ISR", MentionKind::Country)
        .actor("Egypt", "EGY", MentionKind::Country)
        .verb("accuse", Some("112"), &[])
        .verb("mediate", Some("045"), &[("between +", "045")])
        .verb("urge", Some("020"), &[]);
    let ev = code(
        &d,
        &[
            "Hamas/PROPN/2/nsubj accused/VERB/0/root/accuse Israel/PROPN/2/obj",
            "Egypt/PROPN/2/nsubj mediated/VERB/0/root/mediate between/ADP/6/case the/DET/6/det two/NUM/6/nummod sides/NOUN/2/obl/side",
            "Egypt/PROPN/2/nsubj urged/VERB/0/root/urge both/DET/4/det sides/NOUN/2/obj/side",
        ],
    );
    // "Both sides" are still Hamas and Israel, not Egypt and one of them.
    assert_eq!(
        briefs_with(&ev, "020"),
        vec!["EGY>PSEREBHMS:020", "EGY>ISR:020"]
    );
}

#[test]
fn a_role_noun_read_as_a_verb_is_nobody() {
    let d = dict()
        .actor("press", "---MED", MentionKind::Agent)
        .actor("presses", "---MED", MentionKind::Agent)
        .actor("Israel", "ISR", MentionKind::Country)
        .verb("resume", Some("036"), &[]);
    // "Blinken presses Israel as talks resume": no press resumes anything.
    let ev = code(
        &d,
        &["Blinken/PROPN/2/nsubj presses/VERB/0/root/press Israel/PROPN/2/obj as/SCONJ/6/mark talks/NOUN/6/nsubj resume/VERB/2/advcl"],
    );
    let briefs = briefs(&ev);
    assert!(!briefs.iter().any(|b| b.contains("MED")), "{briefs:?}");
}

#[test]
fn a_gerund_right_after_its_framing_verb_is_framed_and_a_speech_participle_is_no_target() {
    let d = dict()
        .actor("Germany", "DEU", MentionKind::Country)
        .actor("Ukraine", "UKR", MentionKind::Country)
        .actor("Europe", "EUR", MentionKind::Country)
        .verb("send", Some("154"), &[])
        .verb("criticise", Some("111"), &[]);
    let coder = crate::coder::Coder::new(&d, crate::coder::Options::default());
    // "Germany ruled out sending troops to Ukraine": a refusal, not a deployment.
    let mut s = crate::tree::testing::sent("Germany/PROPN/2/nsubj ruled/VERB/0/root/rule out/ADP/2/compound:prt sending/VERB/2/advcl/send troops/NOUN/4/obj to/ADP/7/case Ukraine/PROPN/4/obl");
    s.tokens[3].xpos = "VBG".into();
    assert_eq!(super::tests::code_with(&coder, &s), vec!["DEU>UKR:120"]);
    // "Germany criticised the plan, saying it would bring Europe closer to war": the plan's
    // critic aims at nobody the dictionary knows, not at Europe.
    let mut s = crate::tree::testing::sent("Germany/PROPN/2/nsubj criticised/VERB/0/root/criticise the/DET/4/det plan/NOUN/2/obj ,/PUNCT/6/punct saying/VERB/2/advcl/say it/PRON/9/nsubj would/AUX/9/aux bring/VERB/6/ccomp Europe/PROPN/9/obj");
    s.tokens[5].xpos = "VBG".into();
    let got = super::tests::code_with(&coder, &s);
    assert!(got.iter().any(|b| b == "DEU>-:111"), "{got:?}");
    assert!(!got.iter().any(|b| b.ends_with(">EUR:111")), "{got:?}");
}

#[test]
fn the_purpose_of_an_intended_act_is_intended_too() {
    let d = dict()
        .actor("Indonesia", "IDN", MentionKind::Country)
        .actor("China", "CHN", MentionKind::Country)
        .verb("travel", Some("042"), &[]);
    // "Indonesia will travel to China to meet …": the meeting is intended (036), not held.
    let ev = code(
        &d,
        &["Indonesia/PROPN/3/nsubj will/AUX/3/aux travel/VERB/0/root/travel to/ADP/5/case Saudi/PROPN/3/obl to/PART/7/mark meet/VERB/3/advcl/meet China/PROPN/7/obj"],
    );
    assert_eq!(briefs_with(&ev, "040"), Vec::<String>::new());
    assert!(
        briefs(&ev).iter().any(|b| b == "IDN>CHN:036"),
        "{:?}",
        briefs(&ev)
    );
    // Travelled to meet: the meeting happened.
    let ev = code(
        &d,
        &["Indonesia/PROPN/2/nsubj travelled/VERB/0/root/travel to/ADP/4/case Saudi/PROPN/2/obl to/PART/6/mark meet/VERB/2/advcl/meet China/PROPN/6/obj"],
    );
    assert_eq!(briefs_with(&ev, "040"), vec!["IDN>CHN:040"]);
}

#[test]
fn what_a_request_asks_for_has_not_happened() {
    let d = dict().verb("extradite", Some("063"), &[("+", "063")]);
    // "Russia rejected a US request to extradite the officials": nobody extradited anyone.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj rejected/VERB/0/root/reject a/DET/5/det US/PROPN/5/compound request/NOUN/2/obj to/PART/7/mark extradite/VERB/5/acl/extradite the/DET/9/det officials/NOUN/7/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>USA:120"]);
}

#[test]
fn who_is_condemned_for_an_attack_is_the_attacker_it_names() {
    let d = dict().verb("condemn", Some("111"), &[("* attack on +", "111")]);
    // "Iran condemned Russia's attack on Saudi": Russia is blamed, not Saudi.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj condemned/VERB/0/root/condemn Russia/PROPN/5/nmod:poss 's/PART/3/case attack/NOUN/2/obj on/ADP/7/case Saudi/PROPN/5/nmod"],
    );
    assert_eq!(briefs_with(&ev, "111"), vec!["IRN>RUS:111"]);
    // With no attacker named, the pattern's target stands.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det attack/NOUN/2/obj on/ADP/6/case Saudi/PROPN/4/nmod"],
    );
    assert_eq!(briefs_with(&ev, "111"), vec!["IRN>SAU:111"]);
}

#[test]
fn who_holds_a_place_shelled_is_hit() {
    let d = dict().actor("rebel", "---REB", MentionKind::Agent).verb(
        "shell",
        Some("190"),
        &[("+", "190")],
    );
    // "Iran shelled rebel-held areas": the rebels are hit.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj shelled/VERB/0/root/shell rebel/NOUN/5/compound -/PUNCT/3/punct held/VERB/6/amod/hold areas/NOUN/2/obj"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>---REB:190"]);
    // A rebel word that holds nothing is no target: "rebel-style areas" is a kind of place.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj shelled/VERB/0/root/shell rebel/NOUN/5/compound -/PUNCT/3/punct style/NOUN/6/compound areas/NOUN/2/obj"],
    );
    assert!(
        !briefs(&ev).contains(&"IRN>---REB:190".to_string()),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn what_nature_does_and_what_is_done_against_it_is_no_event() {
    let d = dict().verb("hit", Some("190"), &[("+", "190")]).verb(
        "fight",
        Some("190"),
        &[("+", "190")],
    );
    for spec in [
        // "Iran was hit by an earthquake": nobody attacked Iran.
        "Iran/PROPN/3/nsubj:pass was/AUX/3/aux:pass hit/VERB/0/root/hit by/ADP/6/case an/DET/6/det earthquake/NOUN/3/obl:agent",
        // "Iran fought the virus": no fight with anyone.
        "Iran/PROPN/2/nsubj fought/VERB/0/root/fight the/DET/4/det virus/NOUN/2/obj",
    ] {
        assert_eq!(briefs(&code(&d, &[spec])), Vec::<String>::new(), "{spec}");
    }
    // An actor in the same places is one.
    let ev = code(
        &d,
        &["Iran/PROPN/3/nsubj:pass was/AUX/3/aux:pass hit/VERB/0/root/hit by/ADP/5/case Russia/PROPN/3/obl:agent"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:190"]);
    // Fire that people open or set is their attack.
    let d = d.verb("open", None, &[("fire on +", "190")]);
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj opened/VERB/0/root/open fire/NOUN/2/obj on/ADP/5/case Iran/PROPN/2/obl"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:190"]);
}

#[test]
fn who_dies_in_an_accident_is_killed_by_no_one() {
    let d = dict().verb("kill", Some("190"), &[("+", "190")]);
    for spec in [
        // "The Iranian president was killed in a crash."
        "The/DET/3/det Iranian/ADJ/3/amod president/NOUN/5/nsubj:pass was/AUX/5/aux:pass killed/VERB/0/root/kill in/ADP/8/case a/DET/8/det crash/NOUN/5/obl",
        // "The Iranian president was killed when his helicopter crashed."
        "The/DET/3/det Iranian/ADJ/3/amod president/NOUN/5/nsubj:pass was/AUX/5/aux:pass killed/VERB/0/root/kill when/ADV/9/advmod his/PRON/8/nmod:poss helicopter/NOUN/9/nsubj crashed/VERB/5/advcl/crash",
    ] {
        assert_eq!(briefs(&code(&d, &[spec])), Vec::<String>::new(), "{spec}");
    }
    // "An earthquake struck Iran, killing dozens": the quake kills, not Iran.
    let d = d.verb("strike", Some("190"), &[("+", "190")]);
    let ev = code(
        &d,
        &["An/DET/2/det earthquake/NOUN/3/nsubj struck/VERB/0/root/strike Iran/PROPN/3/obj ,/PUNCT/6/punct killing/VERB/3/advcl/kill/VBG dozens/NOUN/6/obj"],
    );
    assert_eq!(briefs(&ev), Vec::<String>::new());
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj struck/VERB/0/root/strike Iran/PROPN/2/obj ,/PUNCT/5/punct killing/VERB/2/advcl/kill/VBG Saudi/PROPN/5/obj"],
    );
    assert!(
        briefs(&ev).contains(&"RUS>SAU:190".to_string()),
        "{:?}",
        briefs(&ev)
    );
    // Killed in an attack: an event, its perpetrator unknown.
    let ev = code(
        &d,
        &["Russia/PROPN/3/nsubj killed/VERB/0/root/kill Iran/PROPN/2/obj in/ADP/6/case an/DET/6/det attack/NOUN/2/obl"],
    );
    assert!(
        briefs(&ev).contains(&"RUS>IRN:190".to_string()),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn what_is_waited_for_until_it_happens_has_not_happened() {
    let d = dict();
    let attack = |aux: &str| {
        let x = if aux == "is" { "VBZ" } else { "VBD" };
        let spec = format!(
            "Russia/PROPN/2/nsubj waited/VERB/0/root/wait until/SCONJ/6/mark Saudi/PROPN/6/nsubj:pass {aux}/AUX/6/aux:pass attacked/VERB/2/advcl/attack"
        );
        let mut s = crate::tree::testing::sent(&spec);
        s.tokens[4].xpos = x.into();
        let texts = [crate::tree::testing::text(&s)];
        let sents = [s];
        let ev = crate::Coder::new(&d, crate::Options::default()).code_article(
            "doc",
            None,
            &super::tests::inputs(&sents, &texts),
        );
        ev.iter().any(|e| e.cameo == "190")
    };
    // "until Saudi is attacked": not yet. "until Saudi was attacked": it was.
    assert!(!attack("is"));
    assert!(attack("was"));
}

#[test]
fn a_hyphened_participle_on_a_noun_is_a_description_not_an_event() {
    let d = dict().verb("back", Some("051"), &[("+", "051")]);
    // "The Iran-backed group attacked Saudi": an attack, and no act of backing.
    let ev = code(
        &d,
        &["The/DET/5/det Iran/PROPN/4/compound -/PUNCT/2/punct backed/VERB/5/amod/back group/NOUN/6/nsubj attacked/VERB/0/root/attack Saudi/PROPN/6/obj"],
    );
    assert!(
        !briefs(&ev).iter().any(|b| b.ends_with(":051")),
        "{:?}",
        briefs(&ev)
    );
    // Backing as the sentence's verb is an event.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj backed/VERB/0/root/back Saudi/PROPN/2/obj"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>SAU:051"]);
}

#[test]
fn a_defeat_at_the_polls_is_no_fight() {
    let d = dict()
        .verb("defeat", Some("190"), &[("+", "190")])
        .verb("win", None, &[]);
    // "Iran won the election, defeating Saudi" (the participle hung on the election), and
    // "Iran defeated Saudi in the runoff".
    for spec in [
        "Iran/PROPN/2/nsubj won/VERB/0/root/win the/DET/4/det election/NOUN/2/obj ,/PUNCT/6/punct defeating/VERB/4/acl/defeat/VBG Saudi/PROPN/6/obj",
        "Iran/PROPN/2/nsubj defeated/VERB/0/root/defeat Saudi/PROPN/2/obj in/ADP/6/case the/DET/6/det runoff/NOUN/2/obl",
    ] {
        assert!(!briefs(&code(&d, &[spec])).iter().any(|b| b.ends_with(":190")), "{spec}");
    }
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj defeated/VERB/0/root/defeat Saudi/PROPN/2/obj"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>SAU:190"]);
}

#[test]
fn a_sentence_mostly_in_another_script_codes_nothing() {
    let d = dict();
    // An English name and verb in a Russian sentence are no English event.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj Россия/X/2/dep напала/X/2/dep на/X/2/dep Иран/X/2/dep сегодня/X/2/dep утром/X/2/dep"],
    );
    assert!(briefs(&ev).is_empty(), "{:?}", briefs(&ev));
    // A few letters of another alphabet in an English sentence do not matter.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj Вучич/X/2/dep"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:190"]);
}

#[test]
fn a_verb_done_by_a_coded_means_is_that_means() {
    let d = dict()
        .actor("German", "DEU", MentionKind::Country)
        .actor("diplomats", "---GOV", MentionKind::Agent)
        .verb("retaliate", Some("190"), &[("against +", "190")])
        .verb("expel", Some("166"), &[("* diplomats", "161")]);
    // Russia retaliated by expelling German diplomats: one event, the expulsion.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj retaliated/VERB/0/root/retaliate by/SCONJ/4/mark expelling/VERB/2/advcl/expel German/ADJ/6/amod diplomats/NOUN/4/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>DEUGOV:161"]);
    // Its own pattern still codes: retaliated against Iran by attacking.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj retaliated/VERB/0/root/retaliate against/ADP/4/case Iran/PROPN/2/obl by/SCONJ/6/mark attacking/VERB/2/advcl/attack"],
    );
    assert!(briefs(&ev).contains(&"RUS>IRN:190".to_string()), "{ev:?}");
}

#[test]
fn a_show_of_force_does_not_act_on_the_sources_own_forces() {
    let d = dict().actor("army", "---MIL", MentionKind::Agent).verb(
        "place",
        None,
        &[("* on alert", "152"), ("+ under arrest", "173")],
    );
    // Russia placed its army on alert: no target.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj placed/VERB/0/root/place its/PRON/4/nmod:poss army/NOUN/2/obj on/ADP/6/case alert/NOUN/2/obl"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>-:152"]);
    // Nor the army of no country named, or the country's own: no target either.
    for spec in [
        "Russia/PROPN/2/nsubj placed/VERB/0/root/place army/NOUN/2/obj on/ADP/5/case alert/NOUN/2/obl",
        "Russia/PROPN/2/nsubj placed/VERB/0/root/place the/DET/4/det country/NOUN/6/nmod:poss 's/PART/4/case army/NOUN/2/obj on/ADP/8/case alert/NOUN/2/obl",
    ] {
        assert_eq!(briefs(&code(&d, &[spec])), vec!["RUS>-:152"], "{spec}");
    }
    // Another's army placed under arrest is acted on.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj placed/VERB/0/root/place Iran/PROPN/4/nmod:poss army/NOUN/2/obj under/ADP/6/case arrest/NOUN/2/obl"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRNMIL:173"]);
}

#[test]
fn a_pronoun_under_a_closing_attribution_is_not_the_reporter() {
    let d = dict()
        .actor("media", "---MED", MentionKind::Agent)
        .verb("arrive", None, &[]);
    // Vladimir Putin arrived. He met Iran, Russian media reported: Putin met Iran.
    let arrived = "Vladimir/PROPN/2/compound Putin/PROPN/3/nsubj arrived/VERB/0/root/arrive";
    let met = "He/PRON/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj ,/PUNCT/7/punct Russian/ADJ/6/amod media/NOUN/7/nsubj reported/VERB/2/parataxis/report ./PUNCT/2/punct";
    let got = briefs_with(&code(&d, &[arrived, met]), "040");
    assert_eq!(got, vec!["RUSGOV>IRN:040"]);
}

#[test]
fn a_crossing_a_state_opens_does_not_act() {
    let d = dict()
        .actor("Egypt", "EGY", MentionKind::Country)
        .actor("Rafah", "PSE", MentionKind::Country)
        .verb("arrest", Some("173"), &[("+", "173")]);
    // "Egypt opened the Rafah crossing to arrest Pompeo": the infinitive hung on the crossing
    // is Egypt's purpose, not the crossing's (or Palestine's) act.
    let s = "Egypt/PROPN/2/nsubj opened/VERB/0/root/open the/DET/5/det Rafah/PROPN/5/compound crossing/NOUN/2/obj to/PART/7/mark arrest/VERB/5/acl/arrest Mike/PROPN/9/compound Pompeo/PROPN/7/obj";
    assert_eq!(briefs_with(&code(&d, &[s]), "173"), vec!["EGY>USAGOV:173"]);
}

#[test]
fn what_a_passive_was_done_by_is_not_its_subjects_doing() {
    let d = dict()
        .actor("civilians", "---CVL", MentionKind::Agent)
        .verb("fight", Some("190"), &[]);
    // "Civilians were displaced by fighting": the civilians did not fight.
    let s = "Civilians/NOUN/3/nsubj:pass were/AUX/3/aux:pass displaced/VERB/0/root/displace by/SCONJ/5/mark fighting/VERB/3/advcl/fight";
    let got = briefs(&code(&d, &[s]));
    assert!(!got.iter().any(|e| e.starts_with("---CVL>")), "{got:?}");
}
