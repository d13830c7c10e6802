//! Coder tests of which country a role acts for: the sentence's, a nationality listed before it,
//! the actors the sentence composed, not a foreign one. The hand-made dictionary is in
//! `coder_tests.rs`.

use super::tests::{brief, briefs, briefs_with, code, dict};
use super::*;

#[test]
fn a_role_as_source_of_a_nominal_event_takes_the_country_of_the_sentence() {
    let d = dict();
    // In Russia, officials launched an attack on Iran.
    let ev = code(
        &d,
        &["In/ADP/2/case Russia/PROPN/5/obl ,/PUNCT/2/punct officials/NOUN/5/nsubj launched/VERB/0/root/launch an/DET/7/det attack/NOUN/5/obj on/ADP/9/case Iran/PROPN/7/nmod"],
    );
    assert_eq!(briefs(&ev), vec!["RUSGOV>IRN:190"]);
}

#[test]
fn nationalities_listed_before_one_role_each_take_it() {
    let d = dict()
        .actor("Hungarian", "HUN", MentionKind::Country)
        .actor("Romanian officials", "ROUGOV", MentionKind::Organization)
        .actor("Danish media", "DNKMED", MentionKind::Organization)
        .actor("government", "---GOV", MentionKind::Agent);
    let ev = code(
        &d,
        &[
            // "Hungarian and Romanian officials met": both countries' officials, each other.
            "Hungarian/ADJ/4/amod and/CCONJ/3/cc Romanian/ADJ/1/conj officials/NOUN/5/nsubj met/VERB/0/root/meet",
            // "US and Russian officials attacked Iran": the bare "US" becomes USAGOV.
            "US/PROPN/4/compound and/CCONJ/3/cc Russian/ADJ/1/conj officials/NOUN/5/nsubj attacked/VERB/0/root/attack Iran/PROPN/5/obj",
            // "Danish media and government rejected Iran": the nationality covers both.
            "Danish/ADJ/2/amod media/NOUN/5/nsubj and/CCONJ/4/cc government/NOUN/2/conj rejected/VERB/0/root/reject Iran/PROPN/5/obj",
        ],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert!(got.contains(&"ROUGOV>HUNGOV:040".to_string()), "{got:?}");
    assert!(got.contains(&"HUNGOV>ROUGOV:040".to_string()), "{got:?}");
    assert!(got.contains(&"USAGOV>IRN:190".to_string()), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("USA>")), "{got:?}");
    assert!(
        !got.iter()
            .any(|e| e.starts_with("---GOV>") || e.starts_with("IRNGOV>")),
        "{got:?}"
    );
}

#[test]
fn foreign_roles_do_not_take_the_country_of_the_sentence() {
    let d = dict().actor("forces", "---MIL", MentionKind::Agent).actor(
        "rebels",
        "---REB",
        MentionKind::Agent,
    );
    let ev = code(
        &d,
        &[
            "Iran/PROPN/2/nsubj rejected/VERB/0/root/reject talks/NOUN/2/obj",
            "Forces/NOUN/2/nsubj attacked/VERB/0/root/attack rebels/NOUN/2/obj",
            "Foreign/ADJ/2/amod forces/NOUN/3/nsubj attacked/VERB/0/root/attack rebels/NOUN/3/obj",
        ],
    );
    let got = briefs_with(&ev, "190");
    // In news about Iran, "forces" are Iran's; "foreign forces" are not.
    assert_eq!(got, vec!["IRNMIL>---REB:190", "---MIL>---REB:190"]);
}

#[test]
fn a_bare_role_conjoined_to_a_placed_one_shares_its_countries() {
    let d = dict().actor("lawmakers", "---LEG", MentionKind::Agent);
    // "Lawmakers and officials in Iran attacked Russia": the officials are Iran's too.
    let ev = code(
        &d,
        &["Lawmakers/NOUN/6/nsubj and/CCONJ/3/cc officials/NOUN/1/conj in/ADP/5/case Iran/PROPN/1/nmod attacked/VERB/0/root/attack Russia/PROPN/6/obj"],
    );
    let got: Vec<String> = ev.iter().map(brief).collect();
    assert_eq!(got, vec!["IRNLEG>RUS:190", "IRNGOV>RUS:190"]);
}

#[test]
fn a_role_takes_the_country_of_the_sentences_composed_actors_before_the_articles() {
    let d = dict()
        .actor("Iranian police", "IRNCOP", MentionKind::Organization)
        .actor("demonstrators", "---CVL", MentionKind::Agent)
        .verb("protest", Some("140"), &[]);
    // Russia met Saudi. Russia attacked Saudi. Iranian police attacked demonstrators protesting.
    let ev = code(
        &d,
        &[
            "Russia/PROPN/2/nsubj met/VERB/0/root/meet Saudi/PROPN/2/obj",
            "Russia/PROPN/2/nsubj attacked/VERB/0/root/attack Saudi/PROPN/2/obj",
            "Iranian/ADJ/2/amod police/NOUN/3/nsubj attacked/VERB/0/root/attack demonstrators/NOUN/3/obj/demonstrator protesting/VERB/4/acl/protest",
        ],
    );
    let b = briefs(&ev);
    assert!(b.contains(&"IRNCVL>-:140".to_string()), "{b:?}");
}

#[test]
fn a_from_place_of_the_sources_own_country_yields_to_the_object() {
    let d = dict()
        .actor("Moscow", "RUS", MentionKind::Country)
        .actor("Tehran", "IRN", MentionKind::Country)
        .actor("Iranian", "IRN", MentionKind::Country)
        .actor("diplomats", "---GOV", MentionKind::Agent)
        .verb("expel", Some("166"), &[("* diplomats from +", "161")]);
    // Russia expelled two Iranian diplomats from Moscow: Iran's diplomats are put out.
    let own = code(
        &d,
        &["Russia/PROPN/2/nsubj expelled/VERB/0/root/expel two/NUM/5/nummod Iranian/ADJ/5/amod diplomats/NOUN/2/obj from/ADP/7/case Moscow/PROPN/2/obl"],
    );
    assert_eq!(briefs(&own), vec!["RUS>IRNGOV:161"]);
    // Russia expelled the diplomats from Tehran: another country's place stays the target.
    let other = code(
        &d,
        &["Russia/PROPN/2/nsubj expelled/VERB/0/root/expel the/DET/4/det diplomats/NOUN/2/obj from/ADP/6/case Tehran/PROPN/2/obl"],
    );
    assert_eq!(briefs(&other), vec!["RUS>IRN:161"]);
}

#[test]
fn a_pattern_without_a_target_slot_acts_on_the_actor_it_spells_out() {
    let d = dict()
        .actor("Moscow", "RUS", MentionKind::Country)
        .actor("government", "---GOV", MentionKind::Agent)
        .actor("general", "---MIL", MentionKind::Agent)
        .verb(
            "protest",
            Some("140"),
            &[("against government", "1411"), ("* general strike", "143")],
        );
    // Iran protested in Moscow against the government's plan: the government is protested
    // against, not the place.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj protested/VERB/0/root/protest in/ADP/4/case Moscow/PROPN/2/obl against/ADP/9/case the/DET/7/det government/NOUN/9/nmod:poss 's/PART/7/case plan/NOUN/2/obl"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>---GOV:1411"]);
    // Iran protested with a general strike: "general" is no one acted on.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj protested/VERB/0/root/protest a/DET/5/det general/ADJ/5/amod strike/NOUN/2/obj"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>-:143"]);
}

#[test]
fn a_thing_that_names_no_actor_is_acted_on_through_its_owner() {
    let d = dict().verb("protest", Some("140"), &[("against +", "141")]);
    // Saudi protested against Iran's decision.
    let ev = code(
        &d,
        &["Saudi/PROPN/2/nsubj protested/VERB/0/root/protest against/ADP/6/case Iran/PROPN/6/nmod:poss 's/PART/4/case decision/NOUN/2/obl"],
    );
    // (A country protests officially: 114.)
    assert_eq!(briefs(&ev), vec!["SAU>IRN:114"]);
    // "Thousands of Russians protested against Iran's decision": a state is never counted,
    // its people are, and they demonstrate (whatever the tagger made of "Russians").
    let counted = "Thousands/NOUN/4/nsubj of/ADP/3/case Russian/PROPN/1/nmod protested/VERB/0/root/protest against/ADP/8/case Iran/PROPN/8/nmod:poss 's/PART/6/case decision/NOUN/4/obl";
    assert_eq!(briefs(&code(&d, &[counted])), vec!["RUS>IRN:141"]);
}

#[test]
fn a_role_of_a_named_person_is_of_that_persons_country() {
    let d = dict().actor("government", "---GOV", MentionKind::Agent);
    // The government of Vladimir Putin attacked Saudi: Russia's, not Saudi Arabia's.
    let ev = code(
        &d,
        &["The/DET/2/det government/NOUN/6/nsubj of/ADP/5/case Vladimir/PROPN/5/compound Putin/PROPN/2/nmod attacked/VERB/0/root/attack Saudi/PROPN/6/obj"],
    );
    assert_eq!(briefs(&ev), vec!["RUSGOV>SAU:190"]);
    // Vladimir Putin met Iran. The Putin government attacked Saudi: the family name the
    // article gave.
    let ev = code(
        &d,
        &[
            "Vladimir/PROPN/2/compound Putin/PROPN/3/nsubj met/VERB/0/root/meet Iran/PROPN/3/obj",
            "The/DET/3/det Putin/PROPN/3/compound government/NOUN/4/nsubj attacked/VERB/0/root/attack Saudi/PROPN/4/obj",
        ],
    );
    assert_eq!(briefs_with(&ev, "190"), vec!["RUSGOV>SAU:190"]);
}

#[test]
fn armed_groups_against_a_government_are_of_its_country() {
    let d = dict()
        .actor("Turkey", "TUR", MentionKind::Country)
        .actor("Syrian", "SYR", MentionKind::Country)
        .actor("Syrian government", "SYRGOV", MentionKind::Organization)
        .actor("rebels", "---REB", MentionKind::Agent)
        .actor("police", "---COP", MentionKind::Agent)
        .actor("government", "---GOV", MentionKind::Agent)
        .verb("back", Some("051"), &[])
        .verb("topple", Some("137"), &[]);
    // Turkey backed rebels seeking to topple the Syrian government: Syria's rebels, whoever
    // backs them, and whichever country the sentence names first.
    let backed = "Turkey/PROPN/2/nsubj backed/VERB/0/root/back rebels/NOUN/2/obj seeking/VERB/3/acl/seek to/PART/6/mark topple/VERB/4/xcomp/topple the/DET/9/det Syrian/ADJ/9/amod government/NOUN/6/obj";
    let got = briefs(&code(&d, &[backed]));
    assert!(got.contains(&"SYRREB>SYRGOV:137".to_string()), "{got:?}");
    // Rebels the sentence places in a country are of that country.
    let placed = "Turkey/PROPN/2/nsubj backed/VERB/0/root/back rebels/NOUN/2/obj in/ADP/5/case Russia/PROPN/3/nmod seeking/VERB/3/acl/seek to/PART/8/mark topple/VERB/6/xcomp/topple the/DET/11/det Syrian/ADJ/11/amod government/NOUN/8/obj";
    let got = briefs(&code(&d, &[placed]));
    assert!(got.contains(&"RUSREB>SYRGOV:137".to_string()), "{got:?}");
    // A role that is no armed group keeps the country the sentence names first.
    let police = "Turkey/PROPN/2/nsubj backed/VERB/0/root/back police/NOUN/2/obj seeking/VERB/3/acl/seek to/PART/6/mark topple/VERB/4/xcomp/topple the/DET/9/det Syrian/ADJ/9/amod government/NOUN/6/obj";
    let got = briefs(&code(&d, &[police]));
    assert!(got.contains(&"TURCOP>SYRGOV:137".to_string()), "{got:?}");
}

#[test]
fn a_foreign_missions_nationality_is_not_the_country_a_role_acts_in() {
    let d = dict()
        .actor("Georgia", "GEO", MentionKind::Country)
        .actor("opposition leaders", "---OPP", MentionKind::Agent)
        .actor("lawmakers", "---LEG", MentionKind::Agent)
        .actor("ambassador", "---GOV", MentionKind::Agent)
        .verb("summon", Some("114"), &[]);
    // "Opposition leaders met the US ambassador": an envoy is abroad, so the opposition is not
    // the United States'.
    let met = "Opposition/NOUN/2/compound leaders/NOUN/3/nsubj met/VERB/0/root/meet the/DET/6/det US/PROPN/6/compound ambassador/NOUN/3/obj";
    assert_eq!(briefs(&code(&d, &[met])), vec!["---OPP>USAGOV:040"]);
    // Nor are lawmakers who summon "Russia's ambassador" Russia's.
    let summoned = "Lawmakers/NOUN/2/nsubj summoned/VERB/0/root/summon Russia/PROPN/5/nmod:poss 's/PART/3/case ambassador/NOUN/2/obj";
    assert_eq!(briefs(&code(&d, &[summoned])), vec!["---LEG>RUSGOV:114"]);
    // ... nor a dictionary's composed "Chinese ambassador".
    let d = d.actor("Chinese ambassador", "CHNGOV", MentionKind::Organization);
    let chinese = "Lawmakers/NOUN/2/nsubj summoned/VERB/0/root/summon the/DET/5/det Chinese/ADJ/5/amod ambassador/NOUN/2/obj";
    assert_eq!(briefs(&code(&d, &[chinese])), vec!["---LEG>CHNGOV:114"]);
    // In an article about Georgia, they are Georgia's.
    let ev = code(
        &d,
        &[
            "Georgia/PROPN/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
            met,
        ],
    );
    assert_eq!(briefs_with(&ev, "040"), vec!["GEOOPP>USAGOV:040"]);
}

#[test]
fn its_forces_are_those_of_the_subject_before_it() {
    let d = dict()
        .actor("military", "---MIL", MentionKind::Agent)
        .actor("forces", "---MIL", MentionKind::Agent);
    // "Russia's military said its forces attacked Iran", read with "its forces" as the object
    // of "said": Russia's forces.
    let s = "Russia/PROPN/3/nmod:poss 's/PART/1/case military/NOUN/4/nsubj said/VERB/0/root/say its/PRON/6/nmod:poss forces/NOUN/4/obj attacked/VERB/4/xcomp/attack Iran/PROPN/7/obj";
    assert_eq!(briefs_with(&code(&d, &[s]), "190"), vec!["RUSMIL>IRN:190"]);
    // ... also when the dictionary composes both sides, "Russia's military" and "Iranian
    // troops", so that the sentence has no one country.
    let d = d
        .actor("Russia 's military", "RUSMIL", MentionKind::Organization)
        .actor("Iranian troops", "IRNMIL", MentionKind::Organization);
    let s = "Russia/PROPN/3/nmod:poss 's/PART/1/case military/NOUN/4/nsubj said/VERB/0/root/say its/PRON/6/nmod:poss forces/NOUN/4/obj attacked/VERB/4/xcomp/attack Iranian/ADJ/9/amod troops/NOUN/7/obj";
    assert_eq!(
        briefs_with(&code(&d, &[s]), "190"),
        vec!["RUSMIL>IRNMIL:190"]
    );
}

#[test]
fn the_people_an_article_names_count_towards_its_main_country() {
    let d = dict()
        .actor("Maduro", "VENGOV", MentionKind::Person)
        .actor("police", "---COP", MentionKind::Agent)
        .actor("protesters", "---CVL", MentionKind::Agent)
        .verb("arrest", Some("173"), &[("+", "173")]);
    // Maduro met Iran. Maduro attacked the US. The US attacked Iran. Police arrested
    // protesters: Venezuela's, whom the article is about, though it names Iran and the US as
    // often.
    let ev = code(
        &d,
        &[
            "Maduro/PROPN/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj",
            "Maduro/PROPN/2/nsubj attacked/VERB/0/root/attack US/PROPN/2/obj",
            "US/PROPN/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
            "Police/NOUN/2/nsubj arrested/VERB/0/root/arrest protesters/NOUN/2/obj",
        ],
    );
    assert_eq!(briefs_with(&ev, "173"), vec!["VENCOP>VENCVL:173"]);
    // Leaders around the world are no one country's.
    let d = d.actor("leaders", "---GOV", MentionKind::Agent);
    let ev = code(
        &d,
        &[
            "Maduro/PROPN/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj",
            "Leaders/NOUN/5/nsubj around/ADP/4/case the/DET/4/det world/NOUN/1/nmod attacked/VERB/0/root/attack Russia/PROPN/5/obj",
        ],
    );
    assert_eq!(briefs_with(&ev, "190"), vec!["---GOV>RUS:190"]);
}

#[test]
fn a_role_acting_in_a_named_place_is_of_that_places_country_not_the_articles() {
    let d = dict()
        .actor("Maduro", "VENGOV", MentionKind::Person)
        .actor("protesters", "---CVL", MentionKind::Agent)
        .actor("soldiers", "---MIL", MentionKind::Agent)
        .verb("protest", Some("140"), &[("against +", "140")]);
    // Maduro met Iran. Protesters protested in Brussels against Iran: where they act is
    // named, and it is not Venezuela.
    let ev = code(
        &d,
        &[
            "Maduro/PROPN/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj",
            "Protesters/NOUN/2/nsubj protested/VERB/0/root/protest in/ADP/4/case Brussels/PROPN/2/obl against/ADP/6/case Maduro/PROPN/2/obl",
        ],
    );
    assert_eq!(briefs_with(&ev, "140"), vec!["BELCVL>VENGOV:140"]);
    // Soldiers who attack in a place may be anyone's: the article's country stays.
    let ev = code(
        &d,
        &[
            "Maduro/PROPN/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj",
            "Soldiers/NOUN/2/nsubj attacked/VERB/0/root/attack Maduro/PROPN/2/obj in/ADP/5/case Brussels/PROPN/2/obl",
        ],
    );
    assert_eq!(briefs_with(&ev, "190"), vec!["VENMIL>VENGOV:190"]);
}

#[test]
fn people_acted_on_in_a_named_place_are_of_that_places_country() {
    let d = dict()
        .actor("gunmen", "---UAF", MentionKind::Agent)
        .actor("civilians", "---CVL", MentionKind::Agent)
        .actor("soldiers", "---MIL", MentionKind::Agent)
        .verb("kill", Some("190"), &[("+", "190")]);
    // "Gunmen killed civilians in Kabul": Afghanistan's civilians.
    let s = "Gunmen/NOUN/2/nsubj killed/VERB/0/root/kill civilians/NOUN/2/obj in/ADP/5/case Kabul/PROPN/2/obl";
    let got = briefs_with(&code(&d, &[s]), "190");
    assert!(got.iter().any(|e| e.ends_with(">AFGCVL:190")), "{got:?}");
    // Soldiers killed there may be anyone's.
    let s = "Gunmen/NOUN/2/nsubj killed/VERB/0/root/kill soldiers/NOUN/2/obj in/ADP/5/case Kabul/PROPN/2/obl";
    let got = briefs_with(&code(&d, &[s]), "190");
    assert!(got.iter().any(|e| e.ends_with(">---MIL:190")), "{got:?}");
}

#[test]
fn an_international_groups_code_is_no_country_a_role_acts_in() {
    let d = dict()
        .actor("police", "---COP", MentionKind::Agent)
        .actor("Qaeda fighters", "IMGINSALQ", MentionKind::Organization)
        .actor("Afghan troops", "AFGMIL", MentionKind::Organization);
    // "Police attacked Qaeda fighters with Afghan troops": Afghanistan's police; the group's
    // IMG is no country beside it.
    let s = "Police/NOUN/2/nsubj attacked/VERB/0/root/attack Qaeda/PROPN/4/compound fighters/NOUN/2/obj with/ADP/7/case Afghan/ADJ/7/amod troops/NOUN/2/obl";
    let got = briefs_with(&code(&d, &[s]), "190");
    assert!(got.iter().all(|e| e.starts_with("AFGCOP>")), "{got:?}");
    assert!(!got.is_empty(), "{got:?}");
}

#[test]
fn a_third_party_by_whom_something_was_done_lends_no_country_to_a_role() {
    let d = dict()
        .actor("Lebanon", "LBN", MentionKind::Country)
        .actor("Qatar", "QAT", MentionKind::Country)
        .actor("rebels", "---REB", MentionKind::Agent)
        .actor("hostages", "---CVL", MentionKind::Agent)
        .verb("protest", Some("140"), &[])
        .verb("release", Some("084"), &[("+", "084")])
        .verb("mediate", Some("045"), &[("+", "045")]);
    let before = "Lebanon/PROPN/2/nsubj protested/VERB/0/root/protest";
    // "The rebels released hostages after talks mediated by Qatar": not Qatar's rebels.
    let s = "The/DET/2/det rebels/NOUN/3/nsubj released/VERB/0/root/release hostages/NOUN/3/obj after/ADP/6/case talks/NOUN/3/obl mediated/VERB/6/acl/mediate/VBN by/ADP/9/case Qatar/PROPN/7/obl:agent";
    let got = briefs_with(&code(&d, &[before, s]), "084");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("LBNREB>"), "{got:?}");
    // "Rebels backed by Qatar released hostages": the backer in the rebels' own phrase is
    // not their country either.
    let s = "Rebels/NOUN/5/nsubj backed/VERB/1/acl/back/VBN by/ADP/4/case Qatar/PROPN/2/obl:agent released/VERB/0/root/release hostages/NOUN/5/obj";
    let got = briefs_with(&code(&d, &[before, s]), "084");
    assert!(got.iter().all(|e| !e.starts_with("QAT")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("LBNREB>")), "{got:?}");
}

#[test]
fn the_government_of_a_sentence_that_named_a_country_is_that_countrys() {
    let d = dict()
        .actor("Afghan", "AFG", MentionKind::Country)
        .actor("Israeli", "ISR", MentionKind::Country)
        .actor("government", "---GOV", MentionKind::Agent)
        .actor("protesters", "---CVL", MentionKind::Agent)
        .actor("man", "---CVL", MentionKind::Agent)
        .verb("execute", Some("1823"), &[("+", "1823")])
        .verb("protest", Some("141"), &[("against +", "141")]);
    let before = "The/DET/3/det Afghan/ADJ/3/amod government/NOUN/4/nsubj executed/VERB/0/root/execute a/DET/6/det man/NOUN/4/obj";
    // "Israeli protesters protested against the government": Israel's, not the Afghan one
    // named before.
    let s = "Israeli/ADJ/2/amod protesters/NOUN/3/nsubj protested/VERB/0/root/protest against/ADP/6/case the/DET/6/det government/NOUN/3/obl";
    assert_eq!(
        briefs_with(&code(&d, &[before, s]), "141"),
        vec!["ISRCVL>ISRGOV:141"]
    );
    // With no country in its sentence, "the government" is the one named before.
    let s = "Protesters/NOUN/2/nsubj protested/VERB/0/root/protest against/ADP/5/case the/DET/5/det government/NOUN/2/obl";
    let got = briefs_with(&code(&d, &[before, s]), "141");
    assert!(
        !got.is_empty() && got.iter().all(|e| e.ends_with(">AFGGOV:141")),
        "{got:?}"
    );
}
