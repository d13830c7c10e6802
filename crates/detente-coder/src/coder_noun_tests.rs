//! Coder tests of event nouns: who acts and on whom when the event is a noun ("mediation by
//! Qatar between Israel and Hamas"). The hand-made dictionary is in `coder_tests.rs`.

use super::tests::{briefs, briefs_with, code, dict};
use crate::dictionary::MentionKind;

#[test]
fn a_third_party_by_whom_a_between_event_happens_acts_on_both() {
    let d = dict().noun(
        "mediation",
        Some("045"),
        &[("between +", "045"), ("by $", "045")],
    );
    // The deal followed mediation by Russia between Iran and Saudi.
    let ev = code(
        &d,
        &[
            "The/DET/2/det deal/NOUN/3/nsubj followed/VERB/0/root/follow mediation/NOUN/3/obj by/ADP/6/case Russia/PROPN/4/nmod between/ADP/8/case Iran/PROPN/4/nmod and/CCONJ/10/cc Saudi/PROPN/8/conj",
        ],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:045", "RUS>SAU:045"]);
    // Without a third party, the first party acts on the other.
    let ev = code(
        &d,
        &[
            "The/DET/2/det deal/NOUN/3/nsubj followed/VERB/0/root/follow mediation/NOUN/3/obj between/ADP/6/case Iran/PROPN/4/nmod and/CCONJ/8/cc Saudi/PROPN/6/conj",
        ],
    );
    assert_eq!(briefs(&ev), vec!["IRN>SAU:045"]);
}

#[test]
fn a_role_word_on_an_act_says_its_kind_or_who_carries_it_out() {
    use crate::dictionary::MentionKind;
    let d = dict()
        .actor("military", "---MIL", MentionKind::Agent)
        .actor("police", "---COP", MentionKind::Agent)
        .verb("threaten", Some("130"), &[("+", "130")])
        .verb("welcome", Some("051"), &[("+", "051")])
        .noun("intervention", None, &[])
        .noun("investigation", Some("090"), &[]);
    // Iran threatened military intervention: no one is threatened, least of all "military".
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj threatened/VERB/0/root/threaten military/ADJ/4/amod intervention/NOUN/2/obj"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>-:130"]);
    // Russia welcomed a police investigation: the police investigate, nobody investigates them.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj welcomed/VERB/0/root/welcome a/DET/5/det police/NOUN/5/compound investigation/NOUN/2/obj"],
    );
    assert!(
        !briefs(&ev).iter().any(|b| b.ends_with(">---COP:090")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn a_planned_or_proposed_event_has_not_happened() {
    let d = dict().verb("welcome", Some("051"), &[("+", "051")]);
    // "Iran welcomed the proposed meeting with Saudi": the welcome happened, the meeting not.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj welcomed/VERB/0/root/welcome the/DET/5/det proposed/VERB/5/amod/propose meeting/NOUN/2/obj with/ADP/7/case Saudi/PROPN/5/nmod"],
    );
    assert!(
        briefs(&ev).iter().all(|b| !b.ends_with(":040")),
        "{:?}",
        briefs(&ev)
    );
    // Without "proposed", the meeting is an event of its own.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj welcomed/VERB/0/root/welcome the/DET/4/det meeting/NOUN/2/obj with/ADP/6/case Saudi/PROPN/4/nmod"],
    );
    assert!(
        briefs(&ev).iter().any(|b| b.ends_with(":040")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn an_event_noun_conjoined_to_a_modifier_is_a_modifier_too() {
    use crate::dictionary::MentionKind;
    let d =
        dict()
            .actor("military", "---MIL", MentionKind::Agent)
            .noun("protest", Some("140"), &[]);
    // "The military and protest leaders reached a deal", read with "military" as an adjective
    // and "protest" conjoined to it: both modify "leaders", and nobody protests.
    let ev = code(
        &d,
        &["The/DET/5/det military/ADJ/5/amod and/CCONJ/4/cc protest/NOUN/2/conj leaders/NOUN/6/nsubj met/VERB/0/root/meet"],
    );
    assert!(
        !briefs(&ev).iter().any(|b| b.ends_with(":140")),
        "{:?}",
        briefs(&ev)
    );
    // The same noun heading its own phrase is an event.
    let ev = code(
        &d,
        &["The/DET/2/det protest/NOUN/3/nsubj ended/VERB/0/root/end"],
    );
    assert!(
        briefs(&ev).iter().any(|b| b.ends_with(":140")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn the_leader_hyphenated_to_a_striking_force_strikes() {
    let d = dict().noun("strike", Some("195"), &[]);
    // "a Saudi-led coalition strike on Sunday": Saudi strikes, nobody strikes Saudi.
    let ev = code(
        &d,
        &["a/DET/6/det Saudi/PROPN/4/compound -/PUNCT/2/punct led/VERB/6/amod/lead coalition/NOUN/6/compound strike/NOUN/0/root on/ADP/8/case Sunday/PROPN/6/nmod"],
    );
    assert_eq!(briefs_with(&ev, "195"), vec!["SAU>-:195"]);
}

#[test]
fn the_performers_own_description_on_an_event_noun_is_no_target() {
    use crate::dictionary::MentionKind;
    // The bundled dictionaries read "Russia's military" as one actor, the Russian military.
    let d = dict()
        .actor("military", "---MIL", MentionKind::Agent)
        .actor("Russia 's military", "RUSMIL", MentionKind::Country)
        .noun("drill", Some("150"), &[]);
    // "Russia's military drills": the Russian military drills; nobody drills at it.
    let ev = code(
        &d,
        &["Russia/PROPN/4/nmod:poss 's/PART/1/case military/ADJ/4/amod drills/NOUN/0/root/drill"],
    );
    let b = briefs(&ev);
    assert!(!b.is_empty(), "the drills are an event");
    for e in &b {
        let (who, rest) = e.split_once('>').unwrap_or_default();
        let whom = rest.split(':').next().unwrap_or_default();
        assert_ne!(who, whom, "{b:?}");
    }
}

#[test]
fn whom_an_act_is_laid_on_did_it_and_is_not_its_target() {
    let d = dict()
        .noun("raid", Some("190"), &[("on +", "190")])
        .noun("attack", Some("190"), &[("on +", "190"), ("to +", "190")])
        .verb("kill", Some("183"), &[("+", "183")]);
    // The raid, blamed on Iran, left ten dead.
    let ev = code(
        &d,
        &["The/DET/2/det raid/NOUN/7/nsubj ,/PUNCT/4/punct blamed/VERB/2/acl/blame on/ADP/6/case Iran/PROPN/4/obl left/VERB/0/root/leave ten/NUM/7/obj dead/ADJ/8/amod"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>-:190"]);
    // Officials attributed the attack to Iran: Iran attacked; the officials did not.
    let ev = code(
        &d,
        &["Officials/NOUN/2/nsubj attributed/VERB/0/root/attribute the/DET/4/det attack/NOUN/2/obj to/ADP/6/case Iran/PROPN/4/nmod"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>-:190"]);
    // A car bombing killed five, another attack ascribed to Iran: Iran is killed by no one.
    let ev = code(
        &d,
        &["A/DET/3/det car/NOUN/3/compound bombing/NOUN/4/nsubj killed/VERB/0/root/kill five/NUM/4/obj ,/PUNCT/8/punct another/DET/8/det attack/NOUN/5/appos ascribed/VERB/8/acl/ascribe to/ADP/11/case Iran/PROPN/9/obl"],
    );
    let b = briefs(&ev);
    assert!(b.contains(&"IRN>-:190".to_string()), "{b:?}");
    assert!(!b.iter().any(|x| x.contains(">IRN")), "{b:?}");
}

#[test]
fn adherents_of_a_group_are_of_the_group_but_not_of_a_government() {
    use crate::dictionary::MentionKind;
    let d = dict()
        .actor("police", "---COP", MentionKind::Agent)
        .actor("opposition", "---OPP", MentionKind::Agent)
        .actor("government", "---GOV", MentionKind::Agent)
        .verb("arrest", Some("173"), &[("+", "173")]);
    let arrested = |who: &str| {
        let spec = format!(
            "Police/NOUN/2/nsubj arrested/VERB/0/root/arrest {who}/NOUN/4/compound supporters/NOUN/2/obj/supporter"
        );
        briefs(&code(&d, &[spec.as_str()]))
    };
    assert_eq!(arrested("opposition"), vec!["---COP>---OPP:173"]);
    assert!(
        !arrested("government").iter().any(|b| b.contains(">---GOV")),
        "{:?}",
        arrested("government")
    );
}

#[test]
fn who_brokers_or_hosts_what_others_do_is_not_their_target() {
    let d = dict().verb("agree", Some("030"), &[("to ceasefire", "0871")]);
    // Iran agreed to a ceasefire in talks mediated by Saudi: Saudi is no party to it.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj agreed/VERB/0/root/agree to/ADP/5/case a/DET/5/det ceasefire/NOUN/2/obl in/ADP/7/case talks/NOUN/2/obl/talk mediated/VERB/7/acl/mediate by/ADP/10/case Saudi/PROPN/8/obl:agent"],
    );
    let b = briefs(&ev);
    assert!(b.iter().any(|x| x.starts_with("IRN>-:087")), "{b:?}");
    assert!(!b.iter().any(|x| x.starts_with("IRN>SAU")), "{b:?}");
}

#[test]
fn the_aim_of_what_was_agreed_is_no_part_of_the_agreement() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .verb("agree", Some("019"), &[("to ceasefire", "0871")])
        .verb("allow", Some("086"), &[("delivery of aid", "0863")]);
    // "Gondor and Bree agreed to a ceasefire to allow the delivery of aid": the agreement is
    // the event, the aid only its aim (the infinitive parsed as the verb's adverbial clause).
    let s = "Gondor/PROPN/4/nsubj and/CCONJ/3/cc Bree/PROPN/1/conj agreed/VERB/0/root/agree to/ADP/7/case a/DET/7/det ceasefire/NOUN/4/obl to/PART/9/mark allow/VERB/4/advcl/allow/VB the/DET/11/det delivery/NOUN/9/obj of/ADP/13/case aid/NOUN/11/nmod";
    let b = briefs(&code(&d, &[s]));
    assert_eq!(b, vec!["GON>BRE:0871", "BRE>GON:0871"]);
    // With nothing agreed before it, the infinitive is what was agreed: an intent.
    let s = "Gondor/PROPN/2/nsubj agreed/VERB/0/root/agree on/ADP/4/case Monday/PROPN/2/obl to/PART/6/mark allow/VERB/2/advcl/allow/VB the/DET/8/det delivery/NOUN/6/obj of/ADP/10/case aid/NOUN/8/nmod";
    let b = briefs(&code(&d, &[s]));
    assert!(
        b.iter().all(|x| x.contains(":03")) && !b.is_empty(),
        "{b:?}"
    );
}

#[test]
fn an_event_noun_asked_for_or_of_manner_did_not_happen() {
    let d = dict()
        .noun("protest", Some("141"), &[("at +", "141"), ("in +", "141")])
        .noun("resignation", Some("0831"), &[])
        .verb("recall", Some("161"), &[])
        .verb("demand", None, &[]);
    // Saudi recalled its envoy in protest at the war in Iran: a recall, no demonstration.
    let ev = code(
        &d,
        &["Saudi/PROPN/2/nsubj recalled/VERB/0/root/recall its/PRON/4/nmod:poss envoy/NOUN/2/obj in/ADP/6/case protest/NOUN/2/obl at/ADP/9/case the/DET/9/det war/NOUN/6/nmod in/ADP/11/case Iran/PROPN/6/nmod"],
    );
    assert!(briefs_with(&ev, "141").is_empty(), "{ev:?}");
    // Iran demanded Putin's resignation: no resignation.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj demanded/VERB/0/root/demand Vladimir/PROPN/4/compound Putin/PROPN/6/nmod:poss 's/PART/4/case resignation/NOUN/2/obj"],
    );
    assert!(briefs_with(&ev, "0831").is_empty(), "{ev:?}");
    // Iran joined the protest at Saudi: a demonstration.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj joined/VERB/0/root/join the/DET/4/det protest/NOUN/2/obj at/ADP/6/case Saudi/PROPN/4/nmod"],
    );
    assert_eq!(briefs_with(&ev, "141"), vec!["IRN>SAU:141"]);
    // Iran urged Saudi to allow the protest at Iraq: asked for only.
    let d = d.verb("urge", Some("020"), &[]).verb("allow", None, &[]);
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj urged/VERB/0/root/urge Saudi/PROPN/2/obj to/PART/5/mark allow/VERB/2/xcomp/allow the/DET/7/det protest/NOUN/5/obj at/ADP/9/case Iraq/PROPN/7/nmod"],
    );
    assert!(briefs_with(&ev, "141").is_empty(), "{ev:?}");
}

#[test]
fn condemning_the_drills_targets_whoever_held_them() {
    let d = dict()
        .verb("launch", None, &[("+ drill", "150")])
        .verb("condemn", Some("111"), &[])
        .noun("drill", Some("150"), &[]);
    let launched = "Russia/PROPN/2/nsubj launched/VERB/0/root/launch drills/NOUN/2/obj/drill near/ADP/5/case Iran/PROPN/2/obl";
    let condemned =
        "Saudi/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det drills/NOUN/2/obj/drill";
    let got = briefs_with(&code(&d, &[launched, condemned]), "111");
    assert_eq!(got, vec!["SAU>RUS:111"]);
    // With no show of force told before, the drills are nobody's.
    let got = briefs_with(&code(&d, &[condemned]), "111");
    assert_eq!(got, vec!["SAU>-:111"]);
}

#[test]
fn a_show_of_force_is_held_by_the_actor_that_modifies_it() {
    let d = dict().actor("military", "---MIL", MentionKind::Agent).noun(
        "drill",
        Some("150"),
        &[("with +", "062")],
    );
    // Russian military drills near Iran alarmed Saudi: Russia's military holds them.
    let ev = code(
        &d,
        &["Russian/ADJ/2/amod military/NOUN/3/compound drills/NOUN/6/nsubj/drill near/ADP/5/case Iran/PROPN/3/nmod alarmed/VERB/0/root/alarm Saudi/PROPN/6/obj"],
    );
    let got = briefs_with(&ev, "150");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("RUSMIL>"), "{got:?}");
}

#[test]
fn a_person_named_before_an_event_noun_is_who_acts() {
    let d = dict().noun("visit", Some("042"), &[("to +", "042")]);
    // "Mike Pompeo visit": Pompeo's visit, not one paid to him.
    let ev = code(
        &d,
        &["Mike/PROPN/2/flat Pompeo/PROPN/3/compound visit/NOUN/0/root/visit"],
    );
    assert!(!briefs(&ev).iter().any(|b| b.contains(">USAGOV")), "{ev:?}");
    // "Mike Pompeo visit to Russia": his, to Russia.
    let ev = code(
        &d,
        &["Mike/PROPN/2/flat Pompeo/PROPN/3/compound visit/NOUN/0/root/visit to/ADP/5/case Russia/PROPN/3/nmod"],
    );
    assert_eq!(briefs(&ev), vec!["USAGOV>RUS:042"]);
    // An organisation there is no person: "the G20 summit" is not the G20's alone (which,
    // with no other party, would leave no event); it stays a party of it.
    let d = d
        .actor("G20", "IGOBUS", MentionKind::Organization)
        .noun("summit", Some("040"), &[]);
    let ev = code(
        &d,
        &["the/DET/3/det G20/PROPN/3/compound summit/NOUN/0/root/summit"],
    );
    assert_eq!(briefs(&ev), vec!["->IGOBUS:040"]);
}

#[test]
fn condemning_the_attack_after_a_riot_targets_the_rioters() {
    let d = dict()
        .actor("protesters", "---CVL", MentionKind::Agent)
        .verb("storm", Some("145"), &[])
        .verb("condemn", Some("111"), &[]);
    // Protesters in Iran stormed the Saudi embassy. Russia condemned the attack.
    let stormed = "Protesters/NOUN/4/nsubj in/ADP/3/case Iran/PROPN/1/nmod stormed/VERB/0/root/storm the/DET/7/det Saudi/ADJ/7/amod embassy/NOUN/4/obj";
    let condemned =
        "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det attack/NOUN/2/obj";
    let got = briefs_with(&code(&d, &[stormed, condemned]), "111");
    assert_eq!(got, vec!["RUS>IRNCVL:111"]);
}

#[test]
fn the_violence_told_before_does_what_its_noun_does_later() {
    let d = dict()
        .actor("soldiers", "---MIL", MentionKind::Agent)
        .noun("attack", Some("190"), &[("on +", "190")])
        .verb("kill", Some("183"), &[("+", "183")]);
    // Iran attacked Russia. The attack killed soldiers: Iran's attack.
    let ev = code(
        &d,
        &[
            "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Russia/PROPN/2/obj",
            "The/DET/2/det attack/NOUN/3/nsubj killed/VERB/0/root/kill soldiers/NOUN/3/obj",
        ],
    );
    let got: Vec<String> = ev
        .iter()
        .filter(|e| e.sentence_index == 1)
        .map(super::tests::brief)
        .collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("IRN>"), "{got:?}");
    // "An attack killed soldiers" is some other attack, by no one named.
    let ev = code(
        &d,
        &[
            "Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Russia/PROPN/2/obj",
            "An/DET/2/det attack/NOUN/3/nsubj killed/VERB/0/root/kill soldiers/NOUN/3/obj",
        ],
    );
    assert!(
        !briefs(&ev)
            .iter()
            .any(|e| e.starts_with("IRN>") && e.contains(":18")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn what_an_attack_destroyed_is_its_target() {
    let d = dict()
        .actor("Iranian", "IRN", MentionKind::Country)
        .actor("embassy", "---GOV", MentionKind::Agent)
        .verb("destroy", Some("1712"), &[("+", "1712")])
        .noun("attack", Some("190"), &[("on +", "190")]);
    // The Iranian embassy was destroyed in a Russian attack.
    let ev = code(
        &d,
        &["The/DET/3/det Iranian/ADJ/3/amod embassy/NOUN/5/nsubj:pass was/AUX/5/aux:pass destroyed/VERB/0/root/destroy in/ADP/9/case a/DET/9/det Russian/ADJ/9/amod attack/NOUN/5/obl"],
    );
    assert!(
        briefs(&ev).contains(&"RUS>IRNGOV:190".to_string()),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn fighting_that_broke_out_between_two_parties_is_between_them() {
    let d = dict().noun("fighting", Some("190"), &[("between +", "190")]);
    // The parser hung "between" on the verb; the parties are the fighting's.
    let s = "Fighting/NOUN/2/nsubj broke/VERB/0/root/break out/ADP/2/compound:prt between/ADP/5/case Russia/PROPN/2/obl and/CCONJ/7/cc Iran/PROPN/5/conj";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUS>IRN:190"]);
}

#[test]
fn an_event_noun_in_a_packages_of_phrase_takes_the_verbs_subject() {
    let d = dict().actor("Japan", "JPN", MentionKind::Country).noun(
        "sanction",
        None,
        &[("against +", "163")],
    );
    // "Japan adopted a new package of sanctions against Russia": the package is the sanctions.
    let s = "Japan/PROPN/2/nsubj adopted/VERB/0/root/adopt a/DET/5/det new/ADJ/5/amod package/NOUN/2/obj of/ADP/7/case sanctions/NOUN/5/nmod/sanction against/ADP/9/case Russia/PROPN/7/nmod";
    assert_eq!(briefs(&code(&d, &[s])), vec!["JPN>RUS:163"]);
}

#[test]
fn a_happening_with_no_party_is_no_event_of_its_own() {
    let d = dict()
        .actor("protesters", "---CVL", MentionKind::Agent)
        .actor("police", "---COP", MentionKind::Agent)
        .actor("Dhaka", "BGD", MentionKind::Country)
        .verb("break", Some("160"), &[("out", "190")])
        .noun("clash", Some("190"), &[("between +", "190")]);
    // "Clashes broke out between protesters and police": the clashes are between them; that
    // they broke out names nobody, and is not a second, partyless 190.
    let s = "Clashes/NOUN/2/nsubj/clash broke/VERB/0/root/break out/ADP/2/compound:prt between/ADP/5/case protesters/NOUN/2/obl and/CCONJ/7/cc police/NOUN/5/conj in/ADP/9/case Dhaka/PROPN/5/nmod";
    assert_eq!(briefs(&code(&d, &[s])), vec!["BGDCVL>BGDCOP:145"]);
}

#[test]
fn its_on_an_event_noun_is_the_party_named_before_it() {
    let d = dict()
        .actor("Brazil", "BRA", MentionKind::Country)
        .actor("Venezuela", "VEN", MentionKind::Country)
        .actor("United States", "USA", MentionKind::Country)
        .verb("criticize", Some("111"), &[("+", "111")])
        .noun("sanction", Some("163"), &[("on +", "163")]);
    // "Brazil criticized the United States for its sanctions on Venezuela": the sanctions are
    // the United States'.
    let s = "Brazil/PROPN/2/nsubj criticized/VERB/0/root/criticize the/DET/5/det United/PROPN/5/compound States/PROPN/2/obj for/ADP/8/case its/PRON/8/nmod:poss sanctions/NOUN/2/obl/sanction on/ADP/10/case Venezuela/PROPN/8/nmod";
    assert_eq!(briefs(&code(&d, &[s])), vec!["BRA>USA:111", "USA>VEN:163"]);
}

#[test]
fn a_bomb_set_off_in_the_passive_attacks_what_the_verbs_phrase_names() {
    let d = dict()
        .actor("base", "---MIL", MentionKind::Agent)
        .actor("Kabul", "AFG", MentionKind::Country)
        .verb("detonate", Some("183"), &[("* car bomb", "1832")])
        .noun("bomb", Some("183"), &[("car", "1832")]);
    // "A car bomb was detonated outside a military base in Kabul".
    let s = "A/DET/3/det car/NOUN/3/compound bomb/NOUN/5/nsubj:pass was/AUX/5/aux:pass detonated/VERB/0/root/detonate outside/ADP/9/case a/DET/9/det military/ADJ/9/amod base/NOUN/5/obl in/ADP/11/case Kabul/PROPN/9/nmod";
    let got = briefs(&code(&d, &[s]));
    assert!(
        got.len() == 1 && got[0].starts_with("->AFG") && got[0].ends_with(":1832"),
        "{got:?}"
    );
}

#[test]
fn an_event_noun_a_verb_coded_nothing_of_is_framed_by_that_verb() {
    let d = dict()
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .noun("cooperation", Some("060"), &[])
        .verb("agree", Some("030"), &[])
        .verb("expand", None, &[("* settlements", "1721")]);
    // "Bree and Gondor agreed to expand cooperation": intended, not done.
    let ev = code(
        &d,
        &["Bree/PROPN/4/nsubj and/CCONJ/3/cc Gondor/PROPN/1/conj agreed/VERB/0/root/agree to/PART/6/mark expand/VERB/4/xcomp/expand cooperation/NOUN/6/obj"],
    );
    assert!(
        !ev.is_empty() && ev.iter().all(|e| e.cameo.starts_with("03")),
        "{ev:?}"
    );
}

#[test]
fn what_one_reports_on_is_no_event_of_the_reporter() {
    use crate::dictionary::MentionKind;
    let d = dict()
        .actor("journalists", "---MED", MentionKind::Agent)
        .actor("workers", "---LAB", MentionKind::Agent)
        .noun("protest", Some("141"), &[])
        .noun("strike", Some("143"), &[]);
    // "Journalists reported on the protests": not the journalists' protest.
    let ev = code(
        &d,
        &["Journalists/NOUN/2/nsubj reported/VERB/0/root/report on/ADP/5/case the/DET/5/det protests/NOUN/2/obl/protest"],
    );
    assert!(
        !briefs(&ev).iter().any(|b| b.starts_with("---MED>")),
        "{:?}",
        briefs(&ev)
    );
    // One goes "on" strike oneself.
    let ev = code(
        &d,
        &["Workers/NOUN/2/nsubj went/VERB/0/root/go on/ADP/4/case strike/NOUN/2/obl/strike"],
    );
    assert!(
        briefs(&ev).iter().any(|b| b.starts_with("---LAB>")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn the_people_a_countrys_police_clash_with_are_its_own() {
    let d = dict()
        .actor("Russian police", "RUSCOP", MentionKind::Organization)
        .actor("protesters", "---CVL", MentionKind::Agent)
        .noun("clash", Some("190"), &[("with +", "190")]);
    // "Russian police clash with protesters", a headline whose verb was read as a noun.
    let s = "Russian/ADJ/3/amod police/NOUN/3/compound clash/NOUN/0/root with/ADP/5/case protesters/NOUN/3/nmod/protester";
    assert_eq!(briefs(&code(&d, &[s])), vec!["RUSCOP>RUSCVL:190"]);
}
