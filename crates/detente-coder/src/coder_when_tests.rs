//! Coder tests of when and where an event is: its date from its own clause, not the place of
//! the dateline; where what is discussed happens is no party to the talks. The hand-made
//! dictionary is in `coder_tests.rs`.

use super::tests::{briefs, code, dict};
use crate::dictionary::MentionKind;

#[test]
fn a_dateline_place_is_not_the_source() {
    let d = dict().actor("Moscow", "RUS", MentionKind::Country);
    let ev = code(
        &d,
        &["MOSCOW/PROPN/8/nsubj (/PUNCT/3/punct Reuters/PROPN/1/appos )/PUNCT/3/punct —/PUNCT/1/punct Mike/PROPN/7/compound Pompeo/PROPN/8/nsubj met/VERB/0/root/meet with/ADP/11/case Vladimir/PROPN/11/compound Putin/PROPN/8/obl"],
    );
    assert_eq!(briefs(&ev), vec!["USAGOV>RUSGOV:040"]);
    assert!(ev
        .iter()
        .all(|e| e.source.as_ref().is_none_or(|s| s.text != "MOSCOW")));
}

#[test]
fn a_date_in_a_clause_that_describes_a_noun_is_not_the_events() {
    let d = dict();
    // (Article of Tuesday 2019-05-14.) Iran attacked Saudi, which had struck it on Monday.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Saudi/PROPN/2/obj ,/PUNCT/7/punct which/PRON/7/nsubj had/AUX/7/aux struck/VERB/3/acl:relcl/strike it/PRON/7/obj on/ADP/10/case Monday/PROPN/7/obl"],
    );
    let attack = ev.iter().find(|e| e.cameo == "190").expect("the attack");
    assert_eq!(attack.date.as_deref(), Some("2019-05-14"));
    assert_eq!(attack.date_text, None);
    // A marked complement is the verb's own: accused Saudi of attacking on Monday.
    let d = dict().verb("accuse", Some("112"), &[("+", "112")]);
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj accused/VERB/0/root/accuse Saudi/PROPN/2/obj of/SCONJ/5/mark attacking/VERB/3/acl/attack on/ADP/7/case Monday/PROPN/5/obl"],
    );
    let accused = ev
        .iter()
        .find(|e| e.cameo == "112")
        .expect("the accusation");
    assert_eq!(accused.date.as_deref(), Some("2019-05-13"));
}

#[test]
fn a_date_that_names_an_earlier_event_is_not_the_events() {
    let d = dict();
    let attacked = |spec: &str| {
        let ev = code(&d, &[spec]);
        let e = ev.iter().find(|e| e.cameo == "190").expect("the attack");
        (e.date.clone(), e.date_text.clone())
    };
    // (Article of Tuesday 2019-05-14.) Iran attacked Saudi after Monday's strike.
    let after = attacked("Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Saudi/PROPN/2/obj after/ADP/7/case Monday/PROPN/7/nmod 's/PART/5/case strike/NOUN/2/obl");
    assert_eq!(after, (Some("2019-05-14".into()), None));
    // During Monday's strike: the same time.
    let during = attacked("Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Saudi/PROPN/2/obj during/ADP/7/case Monday/PROPN/7/nmod 's/PART/5/case strike/NOUN/2/obl");
    assert_eq!(during.0.as_deref(), Some("2019-05-13"));
    // After the talks on Monday: a date after its noun is no name of it.
    let later = attacked("Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Saudi/PROPN/2/obj after/ADP/6/case the/DET/6/det talks/NOUN/2/obl on/ADP/8/case Monday/PROPN/6/nmod");
    assert_eq!(later.0.as_deref(), Some("2019-05-13"));
}

#[test]
fn a_date_on_the_framing_verb_is_read_as_that_verbs_past() {
    let d = dict().verb("meet", Some("040"), &[("+", "040")]);
    // (Article of Tuesday 2019-05-14.) "Iran agreed on Monday to meet Saudi": the agreement,
    // an intent to meet, was Monday last, not next Monday.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj agreed/VERB/0/root/agree on/ADP/4/case Monday/PROPN/2/obl to/PART/6/mark meet/VERB/2/xcomp/meet Saudi/PROPN/6/obj"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>SAU:036"]);
    assert_eq!(ev[0].date.as_deref(), Some("2019-05-13"));
    // On the infinitive itself the date is the intended one: "agreed to meet Saudi on Monday".
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark meet/VERB/2/xcomp/meet Saudi/PROPN/4/obj on/ADP/7/case Monday/PROPN/4/obl"],
    );
    assert_eq!(ev[0].date.as_deref(), Some("2019-05-20"));
}

#[test]
fn the_place_of_what_is_discussed_is_no_target() {
    let d = dict().actor("Gaza", "PSE", MentionKind::Country).verb(
        "discuss",
        Some("040"),
        &[("with +", "040")],
    );
    // "Iran discussed the situation in Gaza": nobody in Gaza is talked with.
    let s = "Iran/PROPN/2/nsubj discussed/VERB/0/root/discuss the/DET/4/det situation/NOUN/2/obj in/ADP/6/case Gaza/PROPN/4/nmod";
    assert_eq!(briefs(&code(&d, &[s])), vec!["IRN>-:040"]);
}

#[test]
fn a_place_named_after_a_comma_is_where_it_happened() {
    let d = dict().actor("Iran", "IRN", MentionKind::Country);
    // "Iran attacked Saudi in the capital, Riyadh": the capital's name, in apposition.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj attacked/VERB/0/root/attack Saudi/PROPN/2/obj in/ADP/6/case the/DET/6/det capital/NOUN/2/obl ,/PUNCT/8/punct Riyadh/PROPN/6/appos"],
    );
    let attack = ev.iter().find(|e| e.cameo == "190").expect("the attack");
    let place = attack
        .location
        .as_ref()
        .map(|l| (l.name.as_str(), l.country.as_str()));
    assert_eq!(place, Some(("Riyadh", "SAU")));
    // Not a name after a time: "In early February, Iran attacked Saudi".
    let ev = code(
        &d,
        &["In/ADP/3/case early/ADJ/3/amod February/PROPN/6/obl ,/PUNCT/3/punct Iran/PROPN/6/nsubj attacked/VERB/0/root/attack Saudi/PROPN/6/obj"],
    );
    let attack = ev.iter().find(|e| e.cameo == "190").expect("the attack");
    assert!(attack.location.is_none(), "{:?}", attack.location);
}

#[test]
fn the_gazetteer_knows_every_state() {
    // Niger, Haiti and Lithuania had no place at all.
    for (name, country) in [
        ("Niamey", "NER"),
        ("Port-au-Prince", "HTI"),
        ("Vilnius", "LTU"),
        ("Niger", "NER"),
    ] {
        let l = crate::place::lookup(name).expect(name);
        assert_eq!(l.country, country, "{name}");
    }
    // Every sovereign state in the CAMEO country table has a place (when the data is here).
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/cameo/country-names.tsv"
    );
    let Ok(table) = std::fs::read_to_string(path) else {
        eprintln!("skipped: no {path}");
        return;
    };
    // By either of its names (columns 7 and 8); territories (Aruba, Guernsey) may lack one.
    let missing: Vec<&str> = table
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|f| f.len() > 7 && f[0].len() == 3)
        .filter(|f| crate::place::lookup(f[6]).is_none() && crate::place::lookup(f[7]).is_none())
        .map(|f| f[6])
        .collect();
    assert!(
        missing.len() <= 12,
        "{} without a place: {missing:?}",
        missing.len()
    );
}
