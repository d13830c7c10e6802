//! Coder tests of what an article tells before a sentence: people known by title and surname,
//! speakers of running quotations, requests and offers answered, verdicts on what was done, and
//! the roles a possessive or a modifier points to. The hand-made dictionary is in
//! `coder_tests.rs`.

use super::tests::{brief, briefs, briefs_with, code, dict};
use super::*;

#[test]
fn a_person_known_by_title_is_known_by_surname_later() {
    let d = dict()
        .actor("British", "GBR", MentionKind::Country)
        .actor("police chief", "---COP", MentionKind::Agent)
        .verb("write", None, &[]);
    let ev = code(
        &d,
        &[
            "British/ADJ/3/amod police/NOUN/3/compound chief/NOUN/4/nmod:desc Nick/PROPN/6/nsubj Adderley/PROPN/4/flat wrote/VERB/0/root/write",
            "Russia/PROPN/2/nsubj met/VERB/0/root/meet Adderley/PROPN/2/obj",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert_eq!(got, vec!["RUS>GBRCOP:040"]);
}

#[test]
fn a_speaker_named_late_in_an_earlier_sentence_stands_at_we() {
    let d = dict();
    // Putin is words 6-7 of the first sentence; the second has five words.
    let ev = code(
        &d,
        &[
            "Late/ADV/2/advmod yesterday/NOUN/8/obl:tmod in/ADP/4/case Moscow/PROPN/2/nmod ,/PUNCT/8/punct Vladimir/PROPN/7/flat Putin/PROPN/8/nsubj said/VERB/0/root/say ,/PUNCT/8/punct \"/PUNCT/12/punct we/PRON/12/nsubj attacked/VERB/8/ccomp/attack Iran/PROPN/12/obj ./PUNCT/8/punct",
            "We/PRON/2/nsubj attacked/VERB/0/root/attack Russia/PROPN/2/obj ./PUNCT/2/punct \"/PUNCT/2/punct",
        ],
    );
    let second: Vec<&Event> = ev.iter().filter(|e| e.sentence_index == 1).collect();
    assert_eq!(second.len(), 1, "{ev:?}");
    assert_eq!(brief(second[0]), "RUSGOV>RUS:190");
    assert_eq!(
        second[0].source.as_ref().map(|a| a.text.as_str()),
        Some("We")
    );
}

#[test]
fn rejecting_the_request_targets_whoever_made_it() {
    let d = dict().verb("ask", Some("020"), &[("+", "020")]);
    let asked = "Russia/PROPN/2/nsubj asked/VERB/0/root/ask Iran/PROPN/2/obj to/PART/5/mark leave/VERB/2/xcomp";
    let rejected =
        "Iran/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det request/NOUN/2/obj";
    let got: Vec<String> = code(&d, &[asked, rejected]).iter().map(brief).collect();
    assert!(got.contains(&"IRN>RUS:120".to_string()), "{got:?}");
    // With no request told of before, "the request" is nobody.
    let got: Vec<String> = code(&d, &[rejected]).iter().map(brief).collect();
    assert!(!got.iter().any(|e| e.starts_with("IRN>RUS")), "{got:?}");
}

#[test]
fn an_event_referred_to_in_a_conjunct_is_not_coded_again() {
    let d = dict()
        .verb("blame", Some("112"), &[("+", "112")])
        .noun("unrest", Some("140"), &[]);
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj blamed/VERB/0/root/blame Russia/PROPN/2/obj for/ADP/5/case violence/NOUN/2/obl and/CCONJ/7/cc unrest/NOUN/5/conj"],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert_eq!(got, vec!["IRN>RUS:112"]);
}

#[test]
fn the_role_named_before_is_not_the_one_a_noun_modifier_sets_apart() {
    let d = dict();
    let first = "Russian/ADJ/2/amod officials/NOUN/3/nsubj met/VERB/0/root/meet Iran/PROPN/3/obj";
    let same = "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack the/DET/4/det officials/NOUN/2/obj";
    let other = "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack the/DET/5/det opposition/NOUN/5/compound officials/NOUN/2/obj";
    let got: Vec<String> = code(&d, &[first, same]).iter().map(brief).collect();
    assert!(got.contains(&"IRN>RUSGOV:190".to_string()), "{got:?}");
    let got: Vec<String> = code(&d, &[first, other]).iter().map(brief).collect();
    assert!(!got.contains(&"IRN>RUSGOV:190".to_string()), "{got:?}");
}

#[test]
fn a_light_verb_in_the_passive_without_agent_is_no_event() {
    let d = dict().verb("hold", Some("040"), &[]);
    let got: Vec<String> = code(
        &d,
        &["Iran/PROPN/3/nsubj:pass was/AUX/3/aux:pass held/VERB/0/root/hold"],
    )
    .iter()
    .map(brief)
    .collect();
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_role_a_speaker_calls_his_is_of_the_speakers_country() {
    let d = dict();
    let ev = code(
        &d,
        &[
            "Mike/PROPN/2/flat Pompeo/PROPN/3/nsubj arrived/VERB/0/root/arrive",
            "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj said/VERB/0/root/say his/PRON/5/nmod:poss officials/NOUN/6/nsubj attacked/VERB/3/ccomp/attack Iran/PROPN/6/obj",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert!(got.contains(&"RUSGOV>IRN:190".to_string()), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("USA")), "{got:?}");
}

#[test]
fn a_verdict_in_reported_speech_criticises_the_party_it_is_about() {
    let d = dict().verb("attack", Some("190"), &[]);
    let attacked = "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Russia/PROPN/2/obj";
    // "Putin said it was illegal": the act just told of, by its other party.
    let verdict = "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj said/VERB/0/root/say it/PRON/6/nsubj was/AUX/6/cop illegal/ADJ/3/ccomp";
    let got: Vec<String> = code(&d, &[attacked, verdict]).iter().map(brief).collect();
    assert!(got.contains(&"RUSGOV>IRN:111".to_string()), "{got:?}");
    // "… was not illegal" is no criticism.
    let cleared = "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj said/VERB/0/root/say it/PRON/7/nsubj was/AUX/7/cop not/PART/7/advmod illegal/ADJ/3/ccomp";
    let got: Vec<String> = code(&d, &[attacked, cleared]).iter().map(brief).collect();
    assert!(!got.iter().any(|e| e.ends_with(":111")), "{got:?}");
}

#[test]
fn calling_an_act_a_crime_is_an_accusation_and_an_offer_refused_targets_its_maker() {
    let d = dict()
        .verb("attack", Some("190"), &[])
        .verb("offer", Some("030"), &[("+", "030")]);
    let attacked = "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Russia/PROPN/2/obj";
    let verdict = "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj said/VERB/0/root/say this/PRON/7/nsubj was/AUX/7/cop a/DET/7/det crime/NOUN/3/ccomp";
    let got: Vec<String> = code(&d, &[attacked, verdict]).iter().map(brief).collect();
    assert!(got.contains(&"RUSGOV>IRN:112".to_string()), "{got:?}");
    let offered =
        "Iran/PROPN/2/nsubj offered/VERB/0/root/offer Russia/PROPN/2/iobj talks/NOUN/2/obj";
    let refused = "Russia/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det offer/NOUN/2/obj";
    let got: Vec<String> = code(&d, &[offered, refused]).iter().map(brief).collect();
    assert!(got.contains(&"RUS>IRN:120".to_string()), "{got:?}");
}

#[test]
fn a_person_known_by_title_as_object_is_known_by_surname_later() {
    let d = dict().actor("British", "GBR", MentionKind::Country).actor(
        "police chief",
        "---COP",
        MentionKind::Agent,
    );
    let ev = code(
        &d,
        &[
            "Russia/PROPN/2/nsubj met/VERB/0/root/meet British/ADJ/5/amod police/NOUN/5/compound chief/NOUN/6/nmod:desc Nick/PROPN/2/obj Adderley/PROPN/6/flat",
            "Iran/PROPN/2/nsubj met/VERB/0/root/meet Adderley/PROPN/2/obj",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert!(got.contains(&"IRN>GBRCOP:040".to_string()), "{got:?}");
}

#[test]
fn a_denied_approval_in_a_running_quotation_criticises_the_other_party() {
    let d = dict();
    let ev = code(
        &d,
        &[
            "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj said/VERB/0/root/say ,/PUNCT/3/punct \"/PUNCT/7/punct we/PRON/7/nsubj attacked/VERB/3/ccomp/attack Iran/PROPN/7/obj ./PUNCT/3/punct",
            "I/PRON/4/nsubj do/AUX/4/aux not/PART/4/advmod think/VERB/0/root/think it/PRON/7/expl is/AUX/7/cop right/ADJ/4/ccomp \"/PUNCT/4/punct",
        ],
    );
    let second: Vec<String> = ev
        .iter()
        .filter(|e| e.sentence_index == 1)
        .map(brief)
        .collect();
    assert_eq!(second, vec!["RUSGOV>IRN:111"]);
}

#[test]
fn the_role_named_before_is_remembered_a_few_sentences_only() {
    let d = dict();
    let first = "Russian/ADJ/2/amod officials/NOUN/3/nsubj met/VERB/0/root/meet Iran/PROPN/3/obj";
    let filler = "Iran/PROPN/2/nsubj arrived/VERB/0/root/arrive";
    let later = "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack the/DET/4/det officials/NOUN/2/obj";
    let near: Vec<String> = code(&d, &[first, filler, later])
        .iter()
        .map(brief)
        .collect();
    assert!(near.contains(&"IRN>RUSGOV:190".to_string()), "{near:?}");
    let far: Vec<String> = code(&d, &[first, filler, filler, filler, filler, filler, later])
        .iter()
        .map(brief)
        .collect();
    assert!(!far.contains(&"IRN>RUSGOV:190".to_string()), "{far:?}");
}

#[test]
fn rejecting_the_remarks_targets_the_last_speaker() {
    let d = dict();
    let said = "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj said/VERB/0/root/say ,/PUNCT/3/punct \"/PUNCT/7/punct we/PRON/7/nsubj attacked/VERB/3/ccomp/attack Iran/PROPN/7/obj ./PUNCT/3/punct \"/PUNCT/3/punct";
    let rejected =
        "Iran/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det remarks/NOUN/2/obj/remark";
    let got: Vec<String> = code(&d, &[said, rejected]).iter().map(brief).collect();
    assert!(got.contains(&"IRN>RUSGOV:120".to_string()), "{got:?}");
}

#[test]
fn condemning_the_attack_targets_whoever_did_it() {
    let d = dict()
        .verb("condemn", Some("111"), &[])
        .noun("bombing", Some("183"), &[]);
    let attacked = "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Russia/PROPN/2/obj";
    let condemned = "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj condemned/VERB/0/root/condemn the/DET/5/det bombing/NOUN/3/obj";
    let got: Vec<String> = code(&d, &[attacked, condemned]).iter().map(brief).collect();
    assert!(got.contains(&"RUSGOV>IRN:111".to_string()), "{got:?}");
    // ... and is no bombing by the one who condemns it.
    assert!(
        !got.iter()
            .any(|e| e.starts_with("RUSGOV>") && e.ends_with(":183")),
        "{got:?}"
    );
    // So is the attack condemned in the passive.
    let passive = "The/DET/2/det bombing/NOUN/4/nsubj:pass was/AUX/4/aux:pass condemned/VERB/0/root/condemn by/ADP/6/case Saudi/PROPN/4/obl";
    let got: Vec<String> = code(&d, &[attacked, passive]).iter().map(brief).collect();
    assert!(got.contains(&"SAU>IRN:111".to_string()), "{got:?}");
}

#[test]
fn the_two_sides_as_target_leave_out_the_sources_own_party() {
    let d = dict().verb("praise", Some("051"), &[]);
    // Russia met Iran. Putin praised the two sides: Iran is praised, not Russia by Russia.
    let ev = code(
        &d,
        &[
            "Russia/PROPN/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj",
            "Vladimir/PROPN/2/compound Putin/PROPN/3/nsubj praised/VERB/0/root/praise the/DET/6/det two/NUM/6/nummod sides/NOUN/3/obj",
        ],
    );
    let praise = briefs_with(&ev, "051");
    assert_eq!(praise, vec!["RUSGOV>IRN:051"]);
}

#[test]
fn an_event_noun_in_a_measures_of_phrase_takes_the_verbs_subject() {
    let d = dict()
        .actor("China", "CHN", MentionKind::Country)
        .noun("drill", Some("150"), &[]);
    // "began" has no event of its own; "three days of drills" stands where "days" does.
    let ev = code(
        &d,
        &["China/PROPN/2/nsubj began/VERB/0/root/begin three/NUM/4/nummod days/NOUN/2/obj/day of/ADP/6/case drills/NOUN/4/nmod/drill"],
    );
    assert_eq!(briefs(&ev), vec!["CHN>-:150"]);
}

#[test]
fn a_counted_crowd_of_no_actor_protests_as_civilians() {
    let d = dict().verb("rally", Some("141"), &[]);
    let ev = code(
        &d,
        &["Thousands/NOUN/4/nsubj/thousand of/ADP/3/case supporters/NOUN/1/nmod/supporter rallied/VERB/0/root/rally"],
    );
    assert_eq!(briefs(&ev), vec!["---CVL>-:141"]);
}

#[test]
fn any_attack_is_no_attack_that_happened() {
    let d = dict();
    let with = |det: &str| {
        let s = format!("Russia/PROPN/2/nsubj warned/VERB/0/root/warn against/ADP/5/case {det}/DET/5/det attack/NOUN/2/obl on/ADP/7/case Iran/PROPN/5/nmod");
        code(&d, &[s.as_str()])
            .iter()
            .filter(|e| e.cameo == "190")
            .count()
    };
    assert_eq!(with("an"), 1);
    assert_eq!(with("any"), 0);
    assert_eq!(with("no"), 0);
}

#[test]
fn two_roles_of_one_country_meet_each_other_but_fight_side_by_side() {
    let d = dict().actor("rebels", "---REB", MentionKind::Agent);
    let s = "Russian/ADJ/2/amod officials/NOUN/5/nsubj and/CCONJ/4/cc rebels/NOUN/2/conj met/VERB/0/root/meet";
    let got: Vec<String> = code(&d, &[s]).iter().map(brief).collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].starts_with("RUSGOV>") && got[1].ends_with(">RUSGOV:040"),
        "{got:?}"
    );
    let s = "Russian/ADJ/2/amod officials/NOUN/5/nsubj and/CCONJ/4/cc rebels/NOUN/2/conj attacked/VERB/0/root/attack";
    let got: Vec<String> = code(&d, &[s]).iter().map(brief).collect();
    assert!(!got.iter().any(|e| e.contains(">RUSGOV")), "{got:?}");
    // A ceasefire is agreed with each other too.
    let d = d.verb("agree", None, &[("to ceasefire", "0871")]);
    let s = "Russian/ADJ/2/amod officials/NOUN/5/nsubj and/CCONJ/4/cc rebels/NOUN/2/conj agreed/VERB/0/root/agree to/ADP/8/case a/DET/8/det ceasefire/NOUN/5/obl";
    let got: Vec<String> = code(&d, &[s]).iter().map(brief).collect();
    assert!(got.iter().any(|e| e.ends_with(">RUSGOV:0871")), "{got:?}");
}

#[test]
fn an_event_noun_under_an_alleged_act_is_alleged_too() {
    let d = dict().verb("launch", None, &[]);
    // Iran accused Russia of launching an attack on Saudi (targets): no attack is coded.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj accused/VERB/0/root/accuse Russia/PROPN/2/obj of/SCONJ/5/mark launching/VERB/3/acl/launch an/DET/7/det attack/NOUN/5/obj on/ADP/9/case Saudi/PROPN/7/nmod"],
    );
    assert!(
        !ev.iter().any(|e| e.cameo.starts_with("19")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn an_object_pronoun_is_not_its_clauses_subject() {
    let d = dict().verb("urge", Some("020"), &[]);
    let ev = code(
        &d,
        &[
            "Mike/PROPN/2/compound Pompeo/PROPN/3/nsubj met/VERB/0/root/meet Vladimir/PROPN/5/compound Putin/PROPN/3/obj",
            "Pompeo/PROPN/2/nsubj urged/VERB/0/root/urge him/PRON/2/obj/he",
        ],
    );
    let urged = briefs_with(&ev, "020");
    assert_eq!(urged, vec!["USAGOV>RUSGOV:020"]);
}

#[test]
fn the_strikes_condemned_after_an_attack_are_the_attackers() {
    let d =
        dict()
            .verb("condemn", Some("111"), &[])
            .noun("strike", Some("143"), &[("air *", "195")]);
    let ev = code(
        &d,
        &[
            "Russia/PROPN/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
            "Iran/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det strikes/NOUN/2/obj/strike",
        ],
    );
    let condemned = briefs_with(&ev, "111");
    assert_eq!(condemned, vec!["IRN>RUS:111"]);
}

#[test]
fn an_infinitive_after_a_phrase_is_still_what_was_agreed() {
    let d = dict().verb("agree", Some("019"), &[]);
    // The parser made "to meet" an adverbial clause because "on Friday" stands between.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj agreed/VERB/0/root/agree on/ADP/4/case Friday/PROPN/2/obl to/PART/6/mark meet/VERB/2/advcl/meet Iran/PROPN/6/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:036"]);
}

#[test]
fn the_meeting_condemned_is_the_one_of_the_last_pair() {
    let d = dict().verb("condemn", Some("111"), &[]);
    let ev = code(
        &d,
        &[
            "Mike/PROPN/2/compound Pompeo/PROPN/3/nsubj met/VERB/0/root/meet Vladimir/PROPN/5/compound Putin/PROPN/3/obj",
            "Iran/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det meeting/NOUN/2/obj",
        ],
    );
    let condemned = briefs_with(&ev, "111");
    assert_eq!(condemned, vec!["IRN>USAGOV:111"]);
}

#[test]
fn a_known_two_word_name_may_be_known_by_its_first_word() {
    // Family name first: "Xi" alone, later, is Xi Jinping; also when the mention is three
    // words with the title (its name is still the last two).
    let plain = dict().actor("Xi Jinping", "CHNGOV", MentionKind::Person);
    let titled = dict()
        .actor("Xi Jinping", "CHNGOV", MentionKind::Person)
        .actor("President Xi Jinping", "CHNGOV", MentionKind::Person);
    for (d, first) in [
        (&plain, "Xi/PROPN/3/nsubj Jinping/PROPN/1/flat met/VERB/0/root/meet Vladimir/PROPN/5/compound Putin/PROPN/3/obj"),
        (&titled, "President/PROPN/3/compound Xi/PROPN/3/compound Jinping/PROPN/4/nsubj met/VERB/0/root/meet Vladimir/PROPN/6/compound Putin/PROPN/4/obj"),
    ] {
        let ev = code(d, &[first, "Xi/PROPN/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj"]);
        assert!(
            ev.iter().any(|e| brief(e) == "CHNGOV>IRN:040"),
            "{first}: {:?}",
            briefs(&ev)
        );
    }
}

#[test]
fn a_word_of_a_dictionary_name_tagged_as_a_pronoun_is_the_name() {
    let d = dict().actor("Wang Yi", "CHNGOV", MentionKind::Person);
    // The tagger read "Yi" as a pronoun and the parser made it the subject.
    let ev = code(
        &d,
        &["Wang/NOUN/7/nsubj Yi/PRON/3/nsubj met/VERB/7/ccomp/meet Iran/PROPN/3/obj ,/PUNCT/3/punct officials/NOUN/7/nsubj said/VERB/0/root/say"],
    );
    assert!(
        ev.iter().any(|e| brief(e) == "CHNGOV>IRN:040"),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn an_event_claimed_is_the_claimants() {
    let d = dict()
        .actor("Taliban", "AFGREB", MentionKind::Organization)
        .noun("attack", Some("190"), &[("on +", "190")])
        .noun("bombing", Some("183"), &[])
        .verb("kill", Some("190"), &[]);
    let ev = code(
        &d,
        &["Taliban/PROPN/2/nsubj claimed/VERB/0/root/claim responsibility/NOUN/2/obj for/ADP/6/case the/DET/6/det attack/NOUN/3/nmod on/ADP/8/case Iran/PROPN/6/nmod"],
    );
    assert!(
        briefs_with(&ev, "190").contains(&"AFGREB>IRN:190".to_string()),
        "{:?}",
        briefs(&ev)
    );
    // ... and so is what the claimed event did.
    let ev = code(
        &d,
        &["Taliban/PROPN/2/nsubj claimed/VERB/0/root/claim responsibility/NOUN/2/obj for/ADP/5/case bombing/NOUN/3/nmod that/PRON/7/nsubj killed/VERB/5/acl:relcl/kill Iran/PROPN/7/obj"],
    );
    assert!(
        ev.iter().any(|e| brief(e).starts_with("AFGREB>IRN:")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn a_place_held_by_an_actor_stands_for_it() {
    let d =
        dict()
            .actor("rebels", "---REB", MentionKind::Agent)
            .verb("bomb", None, &[("+", "195")]);
    // The pattern needs its target on the object.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj bombed/VERB/0/root/bomb positions/NOUN/2/obj held/VERB/3/acl/hold by/ADP/6/case Iran/PROPN/4/obl:agent"],
    );
    assert_eq!(briefs_with(&ev, "195"), vec!["RUS>IRN:195"]);
    // Not any participle: "positions shelled by Iran" are no more Iran's.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj bombed/VERB/0/root/bomb positions/NOUN/2/obj shelled/VERB/3/acl/shell by/ADP/6/case Iran/PROPN/4/obl:agent"],
    );
    assert!(!briefs_with(&ev, "195").contains(&"RUS>IRN:195".to_string()));
}

#[test]
fn a_deed_done_by_an_actor_stands_for_it() {
    let d = dict().verb("condemn", Some("111"), &[("+", "111")]);
    // "the use of force in Iran by Saudi": Saudi, not the first actor after the verb.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det use/NOUN/2/obj of/ADP/6/case force/NOUN/4/nmod in/ADP/8/case Iran/PROPN/6/nmod by/ADP/10/case Saudi/PROPN/4/nmod"],
    );
    assert_eq!(briefs_with(&ev, "111"), vec!["RUS>SAU:111"]);
}

#[test]
fn who_summons_an_ambassador_to_protest_protests() {
    let d = dict()
        .actor("ambassador", "---GOV", MentionKind::Agent)
        // (Another root than the protest's, so that the two stay apart.)
        .verb("summon", Some("020"), &[])
        .verb("protest", Some("140"), &[]);
    // As the parser reads it: the infinitive on the ambassador, or on the verb.
    for s in [
        "Iran/PROPN/2/nsubj summoned/VERB/0/root/summon Russian/ADJ/4/amod ambassador/NOUN/2/obj to/PART/6/mark protest/VERB/4/acl/protest",
        "Iran/PROPN/2/nsubj summoned/VERB/0/root/summon Russian/ADJ/4/amod ambassador/NOUN/2/obj to/PART/6/mark protest/VERB/2/xcomp/protest",
    ] {
        let ev = code(&d, &[s]);
        // A state's protest is an official complaint (114).
        let protests = briefs_with(&ev, "114");
        assert!(
            !protests.is_empty() && protests.iter().all(|b| b.starts_with("IRN>")),
            "{:?}",
            briefs(&ev)
        );
    }
}

#[test]
fn an_institution_is_never_he() {
    let d = dict()
        .actor("court", "---JUD", MentionKind::Agent)
        .actor("police", "---COP", MentionKind::Agent)
        .verb("sentence", Some("116"), &[])
        .verb("arrest", Some("173"), &[]);
    let ev = code(
        &d,
        &[
            "A/DET/3/det Russian/ADJ/3/amod court/NOUN/4/nsubj sentenced/VERB/0/root/sentence Mike/PROPN/6/compound Pompeo/PROPN/4/obj",
            "Police/NOUN/2/nsubj arrested/VERB/0/root/arrest him/PRON/2/obj/he",
        ],
    );
    let arrests = briefs_with(&ev, "173");
    assert!(
        arrests.iter().all(|b| !b.contains(">RUSJUD"))
            && arrests.iter().any(|b| b.ends_with(">USAGOV:173")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn supporters_of_a_party_act_for_it() {
    let d = dict().actor("police", "---COP", MentionKind::Agent).verb(
        "clash",
        None,
        &[("with +", "145")],
    );
    let ev = code(
        &d,
        &[
            "Mike/PROPN/2/compound Pompeo/PROPN/3/nsubj met/VERB/0/root/meet Vladimir/PROPN/5/compound Putin/PROPN/3/obj",
            "Supporters/NOUN/4/nsubj/supporter of/ADP/3/case Pompeo/PROPN/1/nmod clashed/VERB/0/root/clash with/ADP/6/case police/NOUN/4/obl",
        ],
    );
    assert!(
        briefs_with(&ev, "145")
            .iter()
            .any(|b| b.starts_with("USAGOV>")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn a_building_does_not_act() {
    let d = dict()
        .actor("embassy", "---GOV", MentionKind::Agent)
        .actor("police", "---COP", MentionKind::Agent)
        .verb("storm", Some("145"), &[])
        .verb("arrest", Some("173"), &[("+", "173")]);
    // The infinitive on the verb (object control) or on the embassy (its own clause).
    for s in [
        "Saudi/ADJ/2/amod police/NOUN/3/nsubj stormed/VERB/0/root/storm the/DET/6/det Russian/ADJ/6/amod embassy/NOUN/3/obj to/PART/8/mark arrest/VERB/3/xcomp/arrest Mike/PROPN/10/compound Pompeo/PROPN/8/obj",
        "Saudi/ADJ/2/amod police/NOUN/3/nsubj stormed/VERB/0/root/storm the/DET/6/det Russian/ADJ/6/amod embassy/NOUN/3/obj to/PART/8/mark arrest/VERB/6/acl/arrest Mike/PROPN/10/compound Pompeo/PROPN/8/obj",
    ] {
        let ev = code(&d, &[s]);
        assert_eq!(briefs_with(&ev, "173"), vec!["SAUCOP>USAGOV:173"], "{s}");
    }
}

#[test]
fn an_event_noun_after_which_something_happened_is_not_the_subjects() {
    let d = dict()
        .verb("resign", Some("0831"), &[])
        .verb("flee", None, &[])
        .noun("protest", Some("140"), &[]);
    // "resigned after weeks of protests": the protests are not the minister's.
    let ev = code(
        &d,
        &["Russian/ADJ/2/amod officials/NOUN/3/nsubj fled/VERB/0/root/flee after/ADP/5/case weeks/NOUN/3/obl/week of/ADP/7/case protests/NOUN/5/nmod/protest"],
    );
    assert!(
        briefs_with(&ev, "140")
            .iter()
            .all(|b| !b.starts_with("RUSGOV>")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn the_press_told_is_an_audience_not_a_target() {
    let d = dict()
        .actor("reporters", "---MED", MentionKind::Agent)
        .verb("reject", Some("120"), &[]);
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det plan/NOUN/2/obj ,/PUNCT/7/punct officials/NOUN/7/nsubj told/VERB/2/parataxis/tell reporters/NOUN/7/iobj"],
    );
    let rejections = briefs_with(&ev, "120");
    assert!(
        !rejections.is_empty() && rejections.iter().all(|b| !b.contains("MED")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn conjoined_parties_meeting_a_role_of_no_country_meet_that_role() {
    let d = dict().actor("rebels", "---REB", MentionKind::Agent);
    let ev = code(
        &d,
        &["Iran/PROPN/4/nsubj and/CCONJ/3/cc Russia/PROPN/1/conj met/VERB/0/root/meet with/ADP/6/case rebels/NOUN/4/obl/rebel"],
    );
    let got: Vec<_> = ev.iter().map(brief).collect();
    assert!(got.iter().all(|b| b.ends_with(">---REB:040")), "{got:?}");
}

#[test]
fn a_document_without_an_author_of_its_own_speaks_for_whoever_issued_it() {
    let d = dict()
        .verb("pass", Some("010"), &[("* resolution", "010")])
        .verb("condemn", Some("111"), &[("+", "111")]);
    // Russia passed a resolution condemning Iran
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj passed/VERB/0/root/pass a/DET/4/det resolution/NOUN/2/obj condemning/VERB/4/acl/condemn Iran/PROPN/5/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:111"]);
    // Protesters condemning Iran are who condemns, not whoever they are the object of.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj passed/VERB/0/root/pass Saudi/ADJ/4/amod protesters/NOUN/2/obj condemning/VERB/4/acl/condemn Iran/PROPN/5/obj"],
    );
    assert!(!briefs(&ev).contains(&"RUS>IRN:111".to_string()), "{ev:?}");
    // A resolution with an author of its own is that author's.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj welcomed/VERB/0/root/welcome a/DET/5/det Russian/ADJ/5/amod resolution/NOUN/2/obj condemning/VERB/5/acl/condemn Saudi/PROPN/6/obj"],
    );
    assert!(briefs(&ev).contains(&"RUS>SAU:111".to_string()), "{ev:?}");
}

#[test]
fn a_title_and_a_family_name_name_the_one_person_in_that_kind_of_office() {
    let titled =
        "President/PROPN/2/compound Putin/PROPN/3/nsubj met/VERB/0/root/meet Iran/PROPN/3/obj";
    let later = "Putin/PROPN/2/nsubj met/VERB/0/root/meet Saudi/PROPN/2/obj";
    // A namesake in business does not hold the office the title names.
    let d = dict().actor("Ivan Putin", "RUSBUS", MentionKind::Person);
    assert_eq!(
        briefs(&code(&d, &[titled, later])),
        vec!["RUSGOV>IRN:040", "RUSGOV>SAU:040"]
    );
    // Two in such offices: the title does not say which.
    let d = d.actor("Boris Putin", "BLRGOV", MentionKind::Person);
    let got = briefs(&code(&d, &[titled]));
    assert!(
        !got.iter()
            .any(|e| e.starts_with("RUSGOV") || e.starts_with("BLRGOV")),
        "{got:?}"
    );
}

#[test]
fn what_one_draws_or_faces_from_another_is_aimed_at_the_one_who_draws_it() {
    let d = dict().noun(
        "criticism",
        Some("111"),
        &[("of +", "111"), ("from $", "111")],
    );
    // The "from" phrase on the verb, as the parser often hangs it, or on the noun.
    for (head, rel) in [(2, "obl"), (3, "nmod")] {
        let s = format!("Iran/PROPN/2/nsubj faced/VERB/0/root/face criticism/NOUN/2/obj from/ADP/5/case Russia/PROPN/{head}/{rel}");
        assert_eq!(briefs(&code(&d, &[&s])), vec!["RUS>IRN:111"], "{rel}");
    }
    // A "from" phrase before the noun is no part of it: "took from Russia criticism".
    let s = "Iran/PROPN/2/nsubj took/VERB/0/root/take from/ADP/4/case Russia/PROPN/2/obl criticism/NOUN/2/obj";
    assert!(briefs(&code(&d, &[s])).is_empty());
}

#[test]
fn a_roles_adjective_on_an_event_noun_is_its_kind_and_the_verbs_phrases_may_complete_it() {
    let d = dict()
        .actor("military", "---MIL", MentionKind::Agent)
        .noun("exercises", Some("150"), &[])
        .noun("aid", None, &[("to +", "070")]);
    // Saudi troops began military exercises: no exercise aimed at "military".
    let s = "Saudi/PROPN/2/nsubj began/VERB/0/root/begin military/ADJ/4/amod exercises/NOUN/2/obj";
    assert_eq!(briefs(&code(&d, &[s])), vec!["SAU>-:150"]);
    // Russia increased its military aid to Iran, "to Iran" hung on the verb.
    let s = "Russia/PROPN/2/nsubj increased/VERB/0/root/increase its/PRON/5/nmod:poss military/ADJ/5/amod aid/NOUN/2/obj to/ADP/7/case Iran/PROPN/2/obl";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>IRN:070"]);
}

#[test]
fn the_agent_of_a_verb_that_only_says_an_event_took_place_did_it() {
    let d = dict()
        .noun("raid", Some("190"), &[])
        .verb("condemn", Some("111"), &[("+", "111")]);
    let s = "The/DET/2/det raid/NOUN/4/nsubj:pass was/AUX/4/aux:pass conducted/VERB/0/root/conduct by/ADP/6/case Russia/PROPN/4/obl:agent";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>-:190"]);
    // Nor may one claim what one did not do: "the raid was claimed by Russia".
    let s = "The/DET/2/det raid/NOUN/4/nsubj:pass was/AUX/4/aux:pass claimed/VERB/0/root/claim by/ADP/6/case Russia/PROPN/4/obl:agent";
    assert!(briefs(&code(&d, &[s])).contains(&"RUS>-:190".to_string()));
    // Who condemned the raid did not carry it out.
    let s = "The/DET/2/det raid/NOUN/4/nsubj:pass was/AUX/4/aux:pass condemned/VERB/0/root/condemn by/ADP/6/case Russia/PROPN/4/obl:agent";
    assert!(!briefs(&code(&d, &[s])).contains(&"RUS>-:190".to_string()));
}

#[test]
fn a_noun_listed_by_its_plural_is_found_and_one_goes_for_talks_to_hold_them() {
    let d = dict().noun(
        "talks",
        Some("046"),
        &[("with +", "046"), ("between +", "046")],
    );
    // The lemmatizer takes "Talks" back to "talk"; the dictionary lists "talks".
    let s = "Talks/NOUN/0/root/talk between/ADP/3/case Russia/PROPN/1/nmod and/CCONJ/5/cc Iran/PROPN/3/conj";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>IRN:046"]);
    // Russia went to Geneva for talks with Iran: a purpose, not a reason.
    let s = "Russia/PROPN/2/nsubj went/VERB/0/root/go to/ADP/4/case Geneva/PROPN/2/obl for/ADP/6/case talks/NOUN/2/obl/talk with/ADP/8/case Iran/PROPN/6/nmod";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>IRN:046"]);
}

#[test]
fn general_verbs_need_a_party_or_a_thing_and_conjoined_parties_talk_to_each_other() {
    let d = dict()
        .verb("return", Some("084"), &[])
        .verb("offer", Some("030"), &[])
        .verb("cut", Some("160"), &[])
        .noun("talks", Some("046"), &[("with +", "046")]);
    // "cut jobs" reduces no relations; "cut supplies to Iran" does.
    let s = "Russia/PROPN/2/nsubj cut/VERB/0/root/cut jobs/NOUN/2/obj/job";
    assert!(briefs(&code(&d, &[s])).is_empty());
    let s = "Russia/PROPN/2/nsubj cut/VERB/0/root/cut supplies/NOUN/2/obj/supply to/ADP/5/case Iran/PROPN/2/obl";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>IRN:160"]);
    // Nor does "delayed releasing a new episode".
    let d = d.verb("delay", Some("160"), &[]);
    let s = "Russia/PROPN/2/nsubj delayed/VERB/0/root/delay releasing/VERB/2/xcomp/release episodes/NOUN/3/obj/episode";
    assert!(briefs(&code(&d, &[s])).is_empty());
    // "returned to Iran" is a journey; "returned the prisoners" gives something back.
    let s = "Russia/PROPN/2/nsubj returned/VERB/0/root/return to/ADP/4/case Iran/PROPN/2/obl";
    assert!(briefs(&code(&d, &[s])).is_empty());
    let s = "Russia/PROPN/2/nsubj returned/VERB/0/root/return the/DET/4/det prisoners/NOUN/2/obj/prisoner";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>-:084"]);
    // An offer to nobody is no event: "offered scholarships"; to a party it is.
    let s = "Russia/PROPN/2/nsubj offered/VERB/0/root/offer scholarships/NOUN/2/obj/scholarship";
    assert!(briefs(&code(&d, &[s])).is_empty());
    let s = "Russia/PROPN/2/nsubj offered/VERB/0/root/offer Iran/PROPN/2/iobj scholarships/NOUN/2/obj/scholarship";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>IRN:030"]);
    // An offer to do something is an intent, to whomever it goes.
    let s = "Russia/PROPN/2/nsubj offered/VERB/0/root/offer to/PART/4/mark mediate/VERB/2/xcomp/mediate";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>-:030"]);
    // "Russia and Iran went to Geneva for talks": with each other.
    let s = "Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj went/VERB/0/root/go to/ADP/6/case Geneva/PROPN/4/obl for/ADP/8/case talks/NOUN/4/obl/talk";
    let mut got = briefs(&code(&d, &[s]));
    got.sort();
    assert_eq!(got, vec!["IRN>RUS:046", "RUS>IRN:046"]);
}

#[test]
fn they_who_act_are_the_last_subject_and_them_the_last_acted_on() {
    let d = dict();
    // Russian officials attacked Iran in Saudi. They attacked the US. Saudi officials attacked
    // them.
    let ev = code(
        &d,
        &[
            "Russian/ADJ/2/amod officials/NOUN/3/nsubj attacked/VERB/0/root/attack Iran/PROPN/3/obj in/ADP/6/case Saudi/PROPN/3/obl",
            "They/PRON/2/nsubj attacked/VERB/0/root/attack the/DET/4/det US/PROPN/2/obj",
            "Saudi/PROPN/2/compound officials/NOUN/3/nsubj attacked/VERB/0/root/attack them/PRON/3/obj",
        ],
    );
    // Not the last group named ("in Saudi" is a place, and Iran was acted on), but the
    // subject; and "them", what was last acted on.
    assert_eq!(
        briefs(&ev),
        vec!["RUSGOV>IRN:190", "RUSGOV>USA:190", "SAUGOV>USA:190"]
    );
}

#[test]
fn a_role_word_inside_a_named_title_is_that_country_s_later() {
    let d = dict()
        .actor("opposition", "---OPP", MentionKind::Agent)
        .actor("leader", "---GOV", MentionKind::Agent);
    // The Russian opposition leader met Iran. Iran met the opposition again.
    let ev = code(
        &d,
        &[
            "The/DET/4/det Russian/ADJ/4/amod opposition/NOUN/4/compound leader/NOUN/5/nsubj met/VERB/0/root/meet Iran/PROPN/5/obj",
            "Iran/PROPN/2/nsubj met/VERB/0/root/meet the/DET/4/det opposition/NOUN/2/obj again/ADV/2/advmod",
        ],
    );
    assert_eq!(briefs(&ev), vec!["RUSOPP>IRN:040", "IRN>RUSOPP:040"]);
}

#[test]
fn it_is_the_institution_last_named_as_subject() {
    let d = dict().actor("court", "---JUD", MentionKind::Agent);
    // The Russian court attacked Iran. It met Saudi officials.
    let ev = code(
        &d,
        &[
            "The/DET/3/det Russian/ADJ/3/amod court/NOUN/4/nsubj attacked/VERB/0/root/attack Iran/PROPN/4/obj",
            "It/PRON/2/nsubj met/VERB/0/root/meet Saudi/PROPN/2/obj",
        ],
    );
    assert_eq!(briefs(&ev), vec!["RUSJUD>IRN:190", "RUSJUD>SAU:040"]);
}
