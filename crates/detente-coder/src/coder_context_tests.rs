//! Coder tests of actors in context: roles and their countries, coordination, pronouns,
//! speakers and the repairs of lost arguments. The hand-made dictionary is in `coder_tests.rs`.

use super::tests::{brief, briefs, briefs_with, code, code_with, dict, entry};
use super::*;
use crate::tree::testing::sent;

#[test]
fn roles_take_the_country_of_the_sentence_or_the_article() {
    let d = dict().actor("police", "---COP", MentionKind::Agent).actor(
        "protesters",
        "---CVL",
        MentionKind::Agent,
    );
    let ev = code(
        &d,
        &[
            "Iran/PROPN/2/nsubj rejected/VERB/0/root/reject talks/NOUN/2/obj",
            "Iran/PROPN/2/nsubj rejected/VERB/0/root/reject demands/NOUN/2/obj",
            "Police/NOUN/2/nsubj attacked/VERB/0/root/attack protesters/NOUN/2/obj",
            "Police/NOUN/2/nsubj attacked/VERB/0/root/attack Russian/ADJ/4/amod protesters/NOUN/2/obj",
        ],
    );
    let got = briefs_with(&ev, "190");
    // The article is about Iran; a sentence that names one country gives its own. Protesters
    // that a country's police attack are that country's.
    assert_eq!(got, vec!["IRNCOP>IRNCVL:190", "RUSCOP>RUSCVL:190"]);
    // Soldiers' targets may be abroad: they keep no country.
    let d = d.actor("soldiers", "---MIL", MentionKind::Agent);
    let ev = code(
        &d,
        &[
            "Iran/PROPN/2/nsubj rejected/VERB/0/root/reject talks/NOUN/2/obj",
            "Soldiers/NOUN/2/nsubj attacked/VERB/0/root/attack protesters/NOUN/2/obj",
        ],
    );
    assert_eq!(briefs_with(&ev, "190"), vec!["IRNMIL>---CVL:190"]);
}

#[test]
fn a_subject_the_parser_missed_is_the_first_actor_before_the_verb() {
    let d = dict();
    // The parser hung "Iran" on "today" instead of making it the subject.
    let ev = code(
        &d,
        &["Iran/PROPN/2/compound today/NOUN/3/obl:unmarked attacked/VERB/0/root/attack Russia/PROPN/3/obj"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>RUS:190"]);
    // Not an actor inside a prepositional phrase ("in Iran").
    let ev = code(
        &d,
        &["In/ADP/2/case Iran/PROPN/4/obl today/NOUN/4/obl:unmarked attacked/VERB/0/root/attack Russia/PROPN/4/obj"],
    );
    assert!(ev.iter().all(|e| e.source.is_none()), "{:?}", briefs(&ev));
}

#[test]
fn a_reverse_code_gives_the_other_side_its_event_and_forms_come_first() {
    let mut d = dict();
    let mut visit = entry(Some("032"), &[]);
    visit.reverse = Some("033".into());
    d.verbs.insert("visit".into(), visit);
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj visited/VERB/0/root/visit Iran/PROPN/2/obj"],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert_eq!(got, vec!["RUS>IRN:032", "IRN>RUS:033"]);
    // A form with its own entry is coded by it, not by its lemma's.
    d.verbs.insert("visited".into(), entry(Some("042"), &[]));
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj visited/VERB/0/root/visit Iran/PROPN/2/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:042"]);
}

#[test]
fn an_actor_before_the_verb_stands_in_for_a_subject_that_names_none() {
    // Iran, a regional power, attacked Russia: the parser took "a" for the subject.
    let ev = code(
        &dict(),
        &["Iran/PROPN/7/obl:unmarked ,/PUNCT/3/punct a/DET/7/nsubj regional/ADJ/5/amod power/NOUN/3/appos ,/PUNCT/7/punct attacked/VERB/0/root/attack Russia/PROPN/7/obj"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>RUS:190"]);
    // A pronoun subject is kept (its antecedent is for the context to find).
    let ev = code(
        &dict(),
        &["Iran/PROPN/4/obl:unmarked ,/PUNCT/1/punct it/PRON/4/nsubj attacked/VERB/0/root/attack Russia/PROPN/4/obj"],
    );
    assert!(ev.is_empty(), "{:?}", briefs(&ev));
}

#[test]
fn a_dictionary_refinement_of_a_code_keeps_its_name_and_it_is_the_speaker() {
    let d = dict()
        .verb("strike", Some("190K"), &[])
        .verb("say", Some("010"), &[]);
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj said/VERB/0/root/say it/PRON/4/nsubj struck/VERB/2/ccomp/strike Iran/PROPN/4/obj"],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert!(got.contains(&"RUS>IRN:190K".to_string()), "{got:?}");
    assert_eq!(
        ev.iter()
            .find(|e| e.cameo == "190K")
            .map(|e| e.root.as_str()),
        Some("19")
    );
}

#[test]
fn a_participle_of_state_keeps_its_subject_and_up_to_is_a_number() {
    let d =
        dict()
            .verb("oppose", Some("120"), &[("to +", "120")])
            .verb("protest", Some("140"), &[]);
    let ev = code(
        &d,
        &["Iran/PROPN/3/nsubj:pass is/AUX/3/aux:pass opposed/VERB/0/root/oppose to/ADP/5/case Russia/PROPN/3/obl"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>RUS:120"]);
    // With a "by" agent it is a passive event: Russia opposes Iran.
    let ev = code(
        &d,
        &["Iran/PROPN/3/nsubj:pass was/AUX/3/aux:pass opposed/VERB/0/root/oppose by/ADP/5/case Russia/PROPN/3/obl"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:120"]);
    // "Up to 100 Russians protested", the parser hanging "Russians" on "to".
    let d = d.actor("Russians", "RUS", MentionKind::Country);
    let mut s = sent("Up/ADP/5/advmod to/ADP/4/case 100/NUM/4/nummod Russians/PROPN/5/obl protested/VERB/0/root/protest");
    s.tokens[3].xpos = "NNPS".into();
    let coder = Coder::new(&d, Options::default());
    assert_eq!(code_with(&coder, &s), vec!["RUS>-:140"]);
    // An actor a preposition introduces is not the source.
    let ev = code(
        &d,
        &["In/ADP/2/case Russians/PROPN/3/obl protested/VERB/0/root/protest"],
    );
    assert!(ev.is_empty());
}

#[test]
fn the_role_named_before_is_the_same_one_later() {
    let d = dict()
        .actor("embassy", "---GOV", MentionKind::Agent)
        .verb("criticize", Some("111"), &[])
        .verb("protest", Some("140"), &[]);
    let ev = code(
        &d,
        &[
            "the/DET/3/det Russian/ADJ/3/amod embassy/NOUN/4/nsubj protested/VERB/0/root/protest",
            "Iran/PROPN/2/nsubj criticized/VERB/0/root/criticize the/DET/4/det embassy/NOUN/2/obj",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    // (An embassy that protests complains officially: 114.)
    assert_eq!(got, vec!["RUSGOV>-:114", "IRN>RUSGOV:111"]);
}

#[test]
fn a_violent_event_as_subject_codes_the_verb_without_a_perpetrator() {
    let d = dict()
        .verb("kill", Some("190"), &[])
        .noun("bombing", Some("183"), &[]);
    // "A bombing killed five soldiers": no actor did it, the event still happened.
    let ev = code(
        &d,
        &["A/DET/2/det bombing/NOUN/3/nsubj killed/VERB/0/root/kill five/NUM/5/nummod soldiers/NOUN/3/obj"],
    );
    assert_eq!(briefs(&ev), vec!["->-:183"]);
    // A subject that is not an event still needs to be an actor.
    let ev = code(
        &d,
        &["A/DET/2/det storm/NOUN/3/nsubj killed/VERB/0/root/kill five/NUM/5/nummod soldiers/NOUN/3/obj"],
    );
    assert!(ev.is_empty());
}

#[test]
fn a_lemmatiser_slip_falls_back_to_the_regular_stems_of_the_form() {
    let d = dict().verb("concede", Some("080"), &[]);
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj conceded/VERB/0/root/conced to/ADP/4/case Iran/PROPN/2/obl"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:080"]);
    // "-es" is only stripped after a sibilant: "concedees" is no form of "concede".
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj concedees/VERB/0/root/concedees to/ADP/4/case Iran/PROPN/2/obl"],
    );
    assert!(ev.is_empty());
}

#[test]
fn a_nominal_event_takes_the_frame_of_its_support_verb() {
    let d = dict()
        .verb("refuse", Some("120"), &[])
        .verb("condemn", Some("111"), &[])
        .noun("talks", Some("040"), &[("with +", "040")]);
    let run = |spec: &str| code(&d, &[spec]).iter().map(brief).collect::<Vec<_>>();
    // "hold" has no entry: it carries the negation and the refusal to the noun.
    assert!(run("Russia/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod hold/VERB/0/root talks/NOUN/4/obj with/ADP/7/case Iran/PROPN/5/nmod").is_empty());
    // Refused talks are a rejection, not a meeting.
    let got = run("Russia/PROPN/2/nsubj refused/VERB/0/root/refuse to/PART/4/mark hold/VERB/2/xcomp talks/NOUN/4/obj with/ADP/7/case Iran/PROPN/5/nmod");
    assert!(
        !got.is_empty() && got.iter().all(|e| e.contains(":12")),
        "{got:?}"
    );
    // A verb with its own event does not: not condemning an attack leaves the attack.
    let got = run("Russia/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod condemn/VERB/0/root the/DET/6/det attack/NOUN/4/obj on/ADP/8/case Iran/PROPN/6/nmod");
    assert!(got.iter().any(|e| e.ends_with("IRN:190")), "{got:?}");
}

#[test]
fn saying_what_another_party_must_do_is_a_demand() {
    let d = dict()
        .verb("say", Some("010"), &[])
        .verb("release", Some("0841"), &[]);
    let run = |spec: &str| code(&d, &[spec]).iter().map(brief).collect::<Vec<_>>();
    let got = run("Russia/PROPN/2/nsubj said/VERB/0/root/say Iran/PROPN/5/nsubj must/AUX/5/aux release/VERB/2/ccomp prisoners/NOUN/5/obj");
    assert_eq!(got, vec!["RUS>IRN:100"]);
    // "We must …" is no demand; nor is what a party will do.
    assert!(run("Russia/PROPN/2/nsubj said/VERB/0/root/say we/PRON/5/nsubj must/AUX/5/aux release/VERB/2/ccomp prisoners/NOUN/5/obj").is_empty());
    assert!(!run("Russia/PROPN/2/nsubj said/VERB/0/root/say Iran/PROPN/5/nsubj will/AUX/5/aux release/VERB/2/ccomp prisoners/NOUN/5/obj")
        .iter()
        .any(|e| e.ends_with(":100")));
}

#[test]
fn a_title_before_a_name_composes_even_when_the_parser_scatters_it() {
    let d = dict()
        .actor("Valdoria", "VAL", MentionKind::Country)
        .actor("Prime Minister", "---GOV", MentionKind::Agent)
        .actor("Kerv", "KRV", MentionKind::Country);
    // Kerv attacked Valdoria Prime Minister Ostrom (a name no dictionary knows): the parser
    // hung "Valdoria" on the verb.
    let ev = code(
        &d,
        &["Kerv/PROPN/2/nsubj attacked/VERB/0/root/attack Valdoria/PROPN/2/obl:unmarked Prime/ADJ/4/amod Minister/PROPN/5/nmod:desc Ostrom/PROPN/2/obj"],
    );
    assert_eq!(briefs(&ev), vec!["KRV>VALGOV:190"]);
}

#[test]
fn a_participle_on_the_subject_does_not_hide_the_actor_before_it() {
    let d = dict().verb("kill", Some("190"), &[]);
    // "Russian aircraft including gunships killed Iranian soldiers", "Russian" hung on the verb.
    let spec = "Russian/ADJ/5/advmod aircraft/NOUN/5/nsubj including/VERB/2/acl gunships/NOUN/3/obj killed/VERB/0/root/kill Iran/PROPN/5/obj";
    assert_eq!(
        code(&d, &[spec]).iter().map(brief).collect::<Vec<_>>(),
        vec!["RUS>IRN:190"]
    );
    // A verb of another clause between them does.
    let spec = "Russian/ADJ/6/advmod aircraft/NOUN/3/nsubj left/VERB/6/advcl/leave and/CCONJ/5/cc troops/NOUN/6/nsubj killed/VERB/0/root/kill Iran/PROPN/6/obj";
    assert!(code(&d, &[spec]).is_empty());
}

#[test]
fn us_in_capitals_is_the_country_not_the_pronoun() {
    let d = dict();
    let run = |spec: &str| code(&d, &[spec]).iter().map(brief).collect::<Vec<_>>();
    assert_eq!(
        run("Russia/PROPN/2/nsubj attacked/VERB/0/root/attack US/PROPN/2/obj"),
        vec!["RUS>USA:190"]
    );
    assert_eq!(
        run("Russia/PROPN/2/nsubj attacked/VERB/0/root/attack us/PRON/2/obj"),
        vec!["RUS>-:190"]
    );
}

#[test]
fn indicating_is_reporting_and_it_is_the_one_who_indicated() {
    let d = dict();
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj indicated/VERB/0/root/indicate it/PRON/4/nsubj attacked/VERB/2/ccomp/attack Iran/PROPN/4/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUS>IRN:190"]);
}

#[test]
fn speech_inside_speech_takes_the_outer_speaker() {
    let d = dict();
    // "we have said that we met Iran," Vladimir Putin said
    let ev = code(
        &d,
        &["we/PRON/3/nsubj have/AUX/3/aux said/VERB/11/ccomp/say that/SCONJ/6/mark we/PRON/6/nsubj met/VERB/3/ccomp/meet Iran/PROPN/6/obj ,/PUNCT/3/punct Vladimir/PROPN/10/compound Putin/PROPN/11/nsubj said/VERB/0/root/say"],
    );
    assert_eq!(briefs(&ev), vec!["RUSGOV>IRN:040"]);
}

#[test]
fn the_two_leaders_are_the_last_pair() {
    let d = dict();
    // Pompeo met the Russian foreign minister. The two men will meet again.
    let ev = code(
        &d,
        &[
            "Mike/PROPN/2/compound Pompeo/PROPN/3/nsubj met/VERB/0/root/meet the/DET/7/det Russian/ADJ/7/amod foreign/ADJ/7/amod minister/NOUN/3/obj",
            "The/DET/3/det two/NUM/3/nummod men/NOUN/4/nsubj met/VERB/0/root/meet again/ADV/4/advmod",
        ],
    );
    assert_eq!(briefs(&ev), vec!["USAGOV>RUSGOV:040", "USAGOV>RUSGOV:040"]);
    assert_eq!(ev[1].sentence_index, 1);
    // "The two" without its noun is the pair too, and is no "he" afterwards.
    let ev = code(
        &d,
        &[
            "Mike/PROPN/2/compound Pompeo/PROPN/3/nsubj met/VERB/0/root/meet the/DET/7/det Russian/ADJ/7/amod foreign/ADJ/7/amod minister/NOUN/3/obj",
            "The/DET/2/det two/NUM/3/nsubj met/VERB/0/root/meet again/ADV/3/advmod",
            "He/PRON/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj",
        ],
    );
    assert_eq!(
        briefs(&ev),
        vec!["USAGOV>RUSGOV:040", "USAGOV>RUSGOV:040", "USAGOV>IRN:040"]
    );
}

#[test]
fn a_title_the_dictionary_composed_gives_its_country_to_the_name_after_it() {
    let d = dict()
        .actor(
            "Bree Defence Secretary",
            "BREGOV",
            MentionKind::Organization,
        )
        .actor("King", "---GOV", MentionKind::Agent);
    // Bree Defence Secretary Tom King attacked Iran: the parser hung the title on the verb, and
    // the surname alone reads as a role without a country.
    let ev = code(
        &d,
        &["Bree/ADJ/3/amod Defence/PROPN/3/compound Secretary/PROPN/6/obl:unmarked Tom/PROPN/6/nsubj King/PROPN/4/flat attacked/VERB/0/root/attack Iran/PROPN/6/obj"],
    );
    assert_eq!(briefs(&ev), vec!["BREGOV>IRN:190"]);
}

#[test]
fn a_ceasefire_declared_alone_is_an_event_without_a_target() {
    let d = dict();
    // Iran declared a unilateral ceasefire. / Iran held a meeting. (talks need a party)
    let ev = code(
        &d,
        &[
            "Iran/PROPN/2/nsubj declared/VERB/0/root/declare a/DET/5/det unilateral/ADJ/5/amod ceasefire/NOUN/2/obj",
            "Iran/PROPN/2/nsubj held/VERB/0/root/hold a/DET/4/det meeting/NOUN/2/obj",
        ],
    );
    assert_eq!(briefs(&ev), vec!["IRN>-:0871"]);
}

#[test]
fn civilians_who_fight_riot() {
    let d = dict()
        .actor("police", "---COP", MentionKind::Agent)
        .actor("protesters", "---CVL", MentionKind::Agent)
        .actor("journalists", "---MED", MentionKind::Agent);
    let ev = code(
        &d,
        &[
            "Protesters/NOUN/2/nsubj attacked/VERB/0/root/attack police/NOUN/2/obj",
            "Police/NOUN/2/nsubj attacked/VERB/0/root/attack protesters/NOUN/2/obj",
            "Protesters/NOUN/2/nsubj attacked/VERB/0/root/attack journalists/NOUN/2/obj",
            // A passive without its own subject: the agent acts on the main clause's subject.
            "Journalists/NOUN/3/nsubj were/AUX/3/cop injured/ADJ/0/root after/SCONJ/6/mark being/AUX/6/aux:pass attacked/VERB/3/advcl/attack by/ADP/8/case protesters/NOUN/6/obl:agent",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    // The same verb: a riot when civilians attack the police, force when the police attack,
    // assault when civilians attack people of no side.
    assert_eq!(
        got,
        vec![
            "---CVL>---COP:145",
            "---COP>---CVL:190",
            "---CVL>---MED:182",
            "---CVL>---MED:182"
        ]
    );
}

#[test]
fn a_light_verb_default_needs_a_target() {
    let d = dict().verb("give", Some("070"), &[("* aid", "0711")]);
    let ev = code(
        &d,
        &[
            "Russia/PROPN/2/nsubj gave/VERB/0/root/give Iran/PROPN/2/iobj weapons/NOUN/2/obj",
            "Russia/PROPN/2/nsubj gave/VERB/0/root/give a/DET/4/det speech/NOUN/2/obj",
            "Russia/PROPN/2/nsubj gave/VERB/0/root/give aid/NOUN/2/obj to/ADP/5/case refugees/NOUN/2/obl",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    // The default with a target, and a pattern without one, code; the bare default does not.
    assert_eq!(got, vec!["RUS>IRN:070", "RUS>-:0711"]);
}

#[test]
fn it_and_they_reach_back_one_sentence_only() {
    let d = dict();
    let near = code(
        &d,
        &[
            "Russia/PROPN/2/nsubj talked/VERB/0/root/talk",
            "It/PRON/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
        ],
    );
    assert!(near.iter().any(|e| brief(e) == "RUS>IRN:190"), "{near:?}");
    let far = code(
        &d,
        &[
            "Russia/PROPN/2/nsubj talked/VERB/0/root/talk",
            "The/DET/2/det weather/NOUN/3/nsubj changed/VERB/0/root/change",
            "The/DET/2/det sea/NOUN/3/nsubj rose/VERB/0/root/rise",
            "It/PRON/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
        ],
    );
    // Three sentences on, "it" is no longer Russia.
    assert!(!far.iter().any(|e| brief(e) == "RUS>IRN:190"), "{far:?}");
}

#[test]
fn a_speaker_the_parser_lost_is_the_first_actor_before_the_speech_verb() {
    let d = dict();
    // "Today, Vladimir Putin said he attacked Iran", with "Today" parsed as the subject.
    let ev = code(
        &d,
        &["Today/NOUN/5/nsubj ,/PUNCT/3/punct Vladimir/PROPN/1/appos Putin/PROPN/3/flat said/VERB/0/root/say he/PRON/7/nsubj attacked/VERB/5/ccomp/attack Iran/PROPN/7/obj"],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert!(got.contains(&"RUSGOV>IRN:190".to_string()), "{got:?}");
}

#[test]
fn a_protest_nobody_is_named_for_is_held_by_civilians_where_it_takes_place() {
    let d = dict().noun("protest", Some("141"), &[]);
    let ev = code(
        &d,
        &["Protests/NOUN/2/nsubj/protest continued/VERB/0/root/continue in/ADP/4/case Iran/PROPN/2/obl"],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert_eq!(got, vec!["IRNCVL>-:141"]);
}

#[test]
fn members_named_with_including_share_the_slot() {
    let d = dict().actor("people", "---CVL", MentionKind::Agent);
    // "Russia attacked 36 people, including Mike Pompeo": the member is a target too.
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj attacked/VERB/0/root/attack 36/NUM/4/nummod people/NOUN/2/obj ,/PUNCT/8/punct including/VERB/8/case Mike/PROPN/8/flat Pompeo/PROPN/4/nmod"],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert!(got.contains(&"RUS>USAGOV:190".to_string()), "{got:?}");
}

#[test]
fn a_named_person_known_by_title_only_is_the_next_he() {
    let d = dict()
        .actor("constable", "---COP", MentionKind::Agent)
        .actor("Iran", "IRN", MentionKind::Country);
    let ev = code(
        &d,
        &[
            "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj talked/VERB/0/root/talk",
            "Constable/NOUN/3/compound Nick/PROPN/3/flat Adderley/PROPN/4/nsubj talked/VERB/0/root/talk",
            "He/PRON/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    // "He" is the constable, not Putin.
    assert!(got.iter().any(|e| e.ends_with("COP>IRN:190")), "{got:?}");
    assert!(!got.contains(&"RUSGOV>IRN:190".to_string()), "{got:?}");
}

#[test]
fn a_linear_pattern_spelling_the_governing_verb_takes_its_future_as_asserted() {
    use crate::linear::{LinearPattern, Raw};
    let mut d = dict().verb("celebrate", Some("040"), &[]);
    d.linear.insert(
        "celebrate".into(),
        vec![LinearPattern::compile(
            &[
                Raw::Word("hosting".into()),
                Raw::Target,
                Raw::Word("to".into()),
                Raw::Verb,
            ],
            "042",
        )
        .unwrap()],
    );
    // "Russia will be hosting Iran to celebrate": the pattern spells "hosting", whose "will"
    // is the celebration's future too — the pattern's own code, not the intent (036). Iran,
    // the host's object, is who celebrates.
    let s = sent("Russia/PROPN/4/nsubj will/AUX/4/aux be/AUX/4/aux hosting/VERB/0/root/host Iran/PROPN/4/obj to/PART/7/mark celebrate/VERB/4/xcomp/celebrate");
    let got = code_with(
        &Coder::new(&d, Options::default()).future_as_asserted(true),
        &s,
    );
    assert_eq!(got, vec!["IRN>-:042"]);
}

#[test]
fn confirming_and_admitting_report_speech_like_saying() {
    let d = dict();
    for verb in [
        "confirmed/VERB/0/root/confirm",
        "admitted/VERB/0/root/admit",
    ] {
        let spec = format!("Russia/PROPN/2/nsubj {verb} it/PRON/4/nsubj attacked/VERB/2/ccomp/attack Iran/PROPN/4/obj");
        let got: Vec<String> = code(&d, &[spec.as_str()]).iter().map(brief).collect();
        // "it" is the one who confirmed, even with no country named before.
        assert_eq!(got, vec!["RUS>IRN:190"], "{verb}");
    }
}

#[test]
fn a_protest_only_referred_to_is_not_held_again() {
    let d = dict()
        .noun("protest", Some("141"), &[])
        .verb("blame", Some("112"), &[]);
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj blamed/VERB/0/root/blame Iran/PROPN/2/obj for/ADP/5/case protests/NOUN/2/obl/protest"],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert_eq!(got, vec!["RUS>IRN:112"]);
}

#[test]
fn the_attack_is_the_violence_the_article_told_of() {
    let d = dict()
        .noun("bombing", Some("1832"), &[])
        .noun("assault", Some("190"), &[])
        .verb("kill", Some("190"), &[]);
    let ev = code(
        &d,
        &[
            "A/DET/2/det bombing/NOUN/3/nsubj/bombing killed/VERB/0/root/kill Iran/PROPN/3/obj",
            "The/DET/2/det assault/NOUN/3/nsubj/assault killed/VERB/0/root/kill Russia/PROPN/3/obj",
            "An/DET/2/det assault/NOUN/3/nsubj/assault killed/VERB/0/root/kill Iran/PROPN/3/obj",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    // "The assault" is the bombing told of; "an assault" is another, of the verb's code.
    assert_eq!(got, vec!["->IRN:1832", "->RUS:1832", "->IRN:190"]);
}

#[test]
fn a_quotation_running_into_the_next_sentence_keeps_its_speaker() {
    let d = dict();
    let ev = code(
        &d,
        &[
            "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj said/VERB/0/root/say ,/PUNCT/3/punct \"/PUNCT/7/punct we/PRON/7/nsubj attacked/VERB/3/ccomp/attack Iran/PROPN/7/obj ./PUNCT/3/punct",
            "We/PRON/2/nsubj attacked/VERB/0/root/attack Russia/PROPN/2/obj ./PUNCT/2/punct \"/PUNCT/2/punct",
            "We/PRON/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    // Inside the quotation "we" is Putin; after it closes, narration's "we" is nobody known.
    assert_eq!(got, vec!["RUSGOV>IRN:190", "RUSGOV>RUS:190"]);
}

#[test]
fn with_and_a_participle_is_a_passive_whose_subject_is_the_target() {
    let d = dict().verb("sabotage", Some("171"), &[]);
    // "… with Saudi tankers sabotaged on their way to the US", parsed with "tankers" as subject.
    let mut s = sent("with/ADP/3/case Saudi/ADJ/3/amod tankers/NOUN/4/nsubj sabotaged/VERB/0/root/sabotage on/ADP/6/case way/NOUN/4/obl to/ADP/8/case US/PROPN/6/nmod");
    s.tokens[3].xpos = "VBD".into();
    let got = code_with(&Coder::new(&d, Options::default()), &s);
    assert_eq!(got, vec!["->SAU:171"]);
}

#[test]
fn a_participle_with_a_complement_on_a_noun_is_active() {
    let d = dict();
    // "… Russian officials agreed to attack Iran", parsed with "agreed" as a participle on
    // "officials": with a complement it is no reduced passive.
    let mut s = sent("Russian/ADJ/2/amod officials/NOUN/0/root agreed/VERB/2/acl/agree to/PART/5/mark attack/VERB/3/xcomp/attack Iran/PROPN/5/obj");
    s.tokens[2].xpos = "VBN".into();
    let got = code_with(&Coder::new(&d, Options::default()), &s);
    // Agreeing to attack is a threat (138), by the officials.
    assert_eq!(got, vec!["RUSGOV>IRN:138"]);
}

#[test]
fn a_thing_as_the_last_subject_is_what_it_means() {
    let d = dict();
    let ev = code(
        &d,
        &[
            "The/DET/2/det meeting/NOUN/6/nsubj with/ADP/4/case Russia/PROPN/2/nmod was/AUX/6/cop long/ADJ/0/root",
            "It/PRON/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
        ],
    );
    // "It" is the meeting, not Russia named in the same sentence.
    assert!(!ev.iter().any(|e| brief(e) == "RUS>IRN:190"), "{ev:?}");
}

#[test]
fn a_headline_role_named_as_one_proper_name_is_what_the_role_word_means_later() {
    let d = dict()
        .actor("Niger", "NER", MentionKind::Country)
        .actor("France", "FRA", MentionKind::Country)
        .actor("junta", "---GOV", MentionKind::Agent)
        .verb("expel", Some("174"), &[])
        .verb("welcome", Some("051"), &[]);
    let ev = code(
        &d,
        &[
            // The headline's capitals: "junta" hangs on "Niger" as part of one name.
            "Niger/PROPN/3/nsubj Junta/PROPN/1/flat/junta expels/VERB/0/root/expel French/ADJ/5/amod troops/NOUN/3/obj",
            "France/PROPN/2/nsubj agreed/VERB/0/root/agree",
            "The/DET/2/det junta/NOUN/3/nsubj welcomed/VERB/0/root/welcome Russia/PROPN/3/obj",
        ],
    );
    let last: Vec<&Event> = ev.iter().filter(|e| e.sentence_index == 2).collect();
    assert_eq!(last.len(), 1, "{ev:?}");
    assert_eq!(brief(last[0]), "NERGOV>RUS:051");
}

#[test]
fn armed_sides_that_clash_fight_each_other_and_protesters_riot() {
    let d = dict()
        .actor("troops", "---MIL", MentionKind::Agent)
        .actor("rebels", "---REB", MentionKind::Agent)
        .actor("protesters", "---CVL", MentionKind::Agent)
        .verb("clash", Some("145"), &[("with +", "190")]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Russian/ADJ/4/amod and/CCONJ/3/cc Saudi/ADJ/1/conj troops/NOUN/5/nsubj clashed/VERB/0/root/clash");
    let mut got = code_with(&coder, &s);
    got.sort();
    assert_eq!(got, vec!["RUSMIL>SAUMIL:190", "SAUMIL>RUSMIL:190"]);
    let s = sent("rebels/NOUN/4/nsubj and/CCONJ/3/cc troops/NOUN/1/conj clashed/VERB/0/root/clash");
    let mut got = code_with(&coder, &s);
    got.sort();
    assert_eq!(got, vec!["---MIL>---REB:190", "---REB>---MIL:190"]);
    let s = sent("protesters/NOUN/2/nsubj clashed/VERB/0/root/clash");
    assert_eq!(code_with(&coder, &s), vec!["---CVL>-:145"]);
}

#[test]
fn conjoined_parties_act_on_each_other_only_where_it_takes_two() {
    let d = dict()
        .verb("veto", Some("129"), &[("* resolution", "129")])
        .verb("accuse", Some("112"), &[("+", "112")])
        .verb("postpone", Some("161"), &[])
        .verb("agree", Some("019"), &[]);
    let coder = Coder::new(&d, Options::default());
    let sorted = |s: &str| {
        let mut got = code_with(&coder, &sent(s));
        got.sort();
        got
    };
    // Side by side, aimed at somebody else: "Russia and Iran vetoed the resolution".
    let got = sorted("Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj vetoed/VERB/0/root/veto the/DET/6/det resolution/NOUN/4/obj");
    assert_eq!(got, vec!["IRN>-:129", "RUS>-:129"]);
    // Said outright: "accused each other".
    let got = sorted("Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj accused/VERB/0/root/accuse each/DET/6/det other/ADJ/4/obj");
    assert_eq!(got, vec!["IRN>RUS:112", "RUS>IRN:112"]);
    // What they do to their meeting they do to each other.
    let got = sorted("Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj postponed/VERB/0/root/postpone their/PRON/6/nmod:poss meeting/NOUN/4/obj");
    assert_eq!(got, vec!["IRN>RUS:161", "RUS>IRN:161"]);
    // Two that agree agree with each other.
    let got =
        sorted("Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj agree/VERB/0/root/agree");
    assert_eq!(got, vec!["IRN>RUS:019", "RUS>IRN:019"]);
}

#[test]
fn a_state_that_protests_complains_and_its_people_demonstrate() {
    let d = dict()
        .actor("Russians", "RUS", MentionKind::Country)
        .verb("protest", Some("140"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Russia/PROPN/2/nsubj protested/VERB/0/root/protest");
    assert_eq!(code_with(&coder, &s), vec!["RUS>-:114"]);
    let mut s = sent("Russians/PROPN/2/nsubj protested/VERB/0/root/protest");
    s.tokens[0].xpos = "NNPS".into();
    assert_eq!(code_with(&coder, &s), vec!["RUS>-:140"]);
}

#[test]
fn a_leader_takes_the_role_of_what_is_led() {
    let d = dict()
        .actor("police", "---COP", MentionKind::Agent)
        .actor("leader", "---GOV", MentionKind::Agent)
        .actor("opposition", "---OPP", MentionKind::Agent)
        .actor("minister", "---GOV", MentionKind::Agent)
        .verb("arrest", Some("173"), &[]);
    let coder = Coder::new(&d, Options::default());
    // Police arrested the leader of the opposition.
    let s = sent("police/NOUN/2/nsubj arrested/VERB/0/root/arrest the/DET/4/det leader/NOUN/2/obj of/ADP/7/case the/DET/7/det opposition/NOUN/4/nmod");
    assert_eq!(code_with(&coder, &s), vec!["---COP>---OPP:173"]);
    // A minister of the opposition's government is still a minister.
    let s = sent("police/NOUN/2/nsubj arrested/VERB/0/root/arrest the/DET/4/det minister/NOUN/2/obj of/ADP/7/case the/DET/7/det opposition/NOUN/4/nmod");
    assert_eq!(code_with(&coder, &s), vec!["---COP>---GOV:173"]);
    // "head", no actor word of the dictionary's, leads the opposition all the same.
    let s = sent("police/NOUN/2/nsubj arrested/VERB/0/root/arrest the/DET/4/det head/NOUN/2/obj of/ADP/7/case the/DET/7/det opposition/NOUN/4/nmod");
    assert_eq!(code_with(&coder, &s), vec!["---COP>---OPP:173"]);
}

#[test]
fn him_is_the_person_this_sentence_named_before_it() {
    // One-word names, as a family name alone gives them, prime no context.
    let d = dict()
        .actor("Aragorn", "GONGOV", MentionKind::Person)
        .actor("Theoden", "ROHGOV", MentionKind::Person)
        .verb("phone", Some("041"), &[("+", "041")])
        .verb("urge", Some("020"), &[("+", "020")]);
    // Aragorn phoned Theoden to urge him to ride: the article named nobody before.
    let ev = code(
        &d,
        &["Aragorn/PROPN/2/nsubj phoned/VERB/0/root/phone Theoden/PROPN/2/obj to/PART/5/mark urge/VERB/2/advcl/urge him/PRON/5/obj"],
    );
    assert!(
        briefs(&ev).contains(&"GONGOV>ROHGOV:020".to_string()),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn an_event_turned_down_did_not_take_place() {
    let d = dict().noun("resignation", Some("0831"), &[]);
    // Putin rejected the foreign minister's resignation.
    let ev = code(
        &d,
        &["Vladimir/PROPN/3/nsubj Putin/PROPN/1/flat rejected/VERB/0/root/reject the/DET/6/det foreign/ADJ/6/amod minister/NOUN/8/nmod:poss 's/PART/6/case resignation/NOUN/3/obj"],
    );
    assert!(
        !briefs(&ev).iter().any(|b| b.ends_with(":0831")),
        "{:?}",
        briefs(&ev)
    );
}

#[test]
fn a_dictionary_name_the_parser_split_is_one_actor_in_its_words() {
    let d = dict().actor("South Korea", "KOR", MentionKind::Country);
    // "Korea" hung as a second subject: the conjunct "South" alone heads the name.
    let ev = code(
        &d,
        &["The/DET/2/det US/PROPN/6/nsubj and/CCONJ/4/cc South/PROPN/2/conj Korea/PROPN/6/nsubj met/VERB/0/root/meet Iran/PROPN/6/obj"],
    );
    let kor = ev
        .iter()
        .find_map(|e| e.source.as_ref().filter(|s| s.code == "KOR"));
    assert_eq!(kor.map(|s| s.text.as_str()), Some("South Korea"), "{ev:?}");
}

#[test]
fn rejecting_the_accusation_targets_the_last_accuser() {
    let d = dict().verb("accuse", Some("112"), &[]);
    // Saudi accused Iran. Putin said, "we attacked Iran." Iran rejected the accusation: Saudi's,
    // not the last speaker's.
    let accused = "Saudi/PROPN/2/nsubj accused/VERB/0/root/accuse Iran/PROPN/2/obj";
    let said = "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj said/VERB/0/root/say ,/PUNCT/3/punct \"/PUNCT/7/punct we/PRON/7/nsubj attacked/VERB/3/ccomp/attack Iran/PROPN/7/obj ./PUNCT/3/punct \"/PUNCT/3/punct";
    let rejected =
        "Iran/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det accusation/NOUN/2/obj";
    let got = briefs_with(&code(&d, &[accused, said, rejected]), "120");
    assert_eq!(got, vec!["IRN>SAU:120"]);
}

#[test]
fn a_name_of_three_short_syllables_puts_the_family_name_first() {
    let d = dict().actor("Kim Jong Un", "PRKGOV", MentionKind::Person);
    // Kim Jong Un met Putin. Kim attacked Saudi.
    let met = "Kim/PROPN/4/nsubj Jong/PROPN/1/flat Un/PROPN/1/flat met/VERB/0/root/meet Vladimir/PROPN/6/compound Putin/PROPN/4/obj";
    let attacked = "Kim/PROPN/2/nsubj attacked/VERB/0/root/attack Saudi/PROPN/2/obj";
    let got = briefs_with(&code(&d, &[met, attacked]), "190");
    assert_eq!(got, vec!["PRKGOV>SAU:190"]);
}

#[test]
fn denouncing_the_decision_targets_whoever_just_made_it() {
    let d = dict()
        .verb("suspend", Some("160"), &[])
        .verb("denounce", Some("111"), &[]);
    let suspended = "Russia/PROPN/2/nsubj suspended/VERB/0/root/suspend talks/NOUN/2/obj with/ADP/5/case Iran/PROPN/2/obl";
    let denounced =
        "Saudi/PROPN/2/nsubj denounced/VERB/0/root/denounce the/DET/4/det decision/NOUN/2/obj";
    let got = briefs_with(&code(&d, &[suspended, denounced]), "111");
    assert_eq!(got, vec!["SAU>RUS:111"]);
    // Three sentences later, the decision is no longer the one told of.
    let filler = "Iran/PROPN/2/nsubj spoke/VERB/0/root/speak";
    let got = briefs_with(
        &code(&d, &[suspended, filler, filler, filler, denounced]),
        "111",
    );
    assert_eq!(got, vec!["SAU>-:111"]);
}
