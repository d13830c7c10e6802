//! Tests of pattern matching on trees.

use super::*;
use crate::dictionary::test_entry;
use crate::tree::testing::sent;

/// Matches with no place among the actors.
fn match_actors(
    tree: &Tree,
    v: usize,
    entry: &VerbEntry,
    nominal: bool,
    is_actor: &dyn Fn(usize) -> bool,
) -> Option<Match> {
    match_entry(tree, v, entry, nominal, is_actor, &|_| false)
}

fn entry(code: Option<&str>, pats: &[(&str, &str)]) -> VerbEntry {
    test_entry(code, pats, |s| match s {
        "&MISSILE" => Some(vec!["missile".into(), "ballistic missile".into()]),
        // A member whose head is a common verb ("stay-at-home order").
        "&CURFEW" => Some(vec!["curfew".into(), "order".into()]),
        "&PROBE" => Some(vec!["inquiry".into(), "fact finding mission".into()]),
        "&TRUCE" => Some(vec!["truce".into(), "cease fire".into()]),
        _ => None,
    })
}

#[test]
fn a_bare_target_is_the_object_not_a_word_inside_another_phrase() {
    // In the Saudi capital, Iran met Iraq.
    let s = sent("In/ADP/4/case the/DET/4/det Saudi/ADJ/4/amod capital/NOUN/7/obl ,/PUNCT/4/punct Iran/PROPN/7/nsubj met/VERB/0/root/meet Iraq/PROPN/7/obj");
    let t = Tree::new(&s.tokens);
    let e = entry(Some("040"), &[("+", "040")]);
    let m = match_actors(&t, 6, &e, false, &|i| matches!(i, 2 | 5 | 7)).unwrap();
    assert_eq!(m.target, Some(7));
}

#[test]
fn a_name_inside_a_place_phrase_is_no_target() {
    let e = entry(Some("046"), &[]);
    let s = sent("talks/NOUN/0/root in/ADP/4/case Mexico/PROPN/4/compound City/PROPN/1/nmod");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 0, &e, true, &|i| i == 2).unwrap();
    assert_eq!(m.target, None);
    // Inside an "of" phrase it is what the act is about.
    let s = sent("expulsion/NOUN/0/root of/ADP/4/case Brazilian/ADJ/4/amod envoy/NOUN/1/nmod");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 0, &e, true, &|i| i == 2).unwrap();
    assert_eq!(m.target, Some(2));
}

#[test]
fn an_of_target_hangs_on_the_literal_before_it() {
    // Brazil expelled the ambassador in retaliation for the expulsion of its envoy
    let s = sent("Brazil/PROPN/2/nsubj expelled/VERB/0/root/expel the/DET/4/det ambassador/NOUN/2/obj in/ADP/6/case retaliation/NOUN/2/obl for/ADP/9/case the/DET/9/det expulsion/NOUN/6/nmod of/ADP/12/case its/PRON/12/nmod:poss envoy/NOUN/9/nmod");
    let t = Tree::new(&s.tokens);
    let actor = |i: usize| i == 11 || i == 3;
    let e = entry(
        None,
        &[("* ambassador of +", "161"), ("* ambassador", "161")],
    );
    let m = match_actors(&t, 1, &e, false, &actor).unwrap();
    assert_ne!(m.target, Some(11), "the envoy is no ambassador's 'of'");
    // Where the "of" phrase is the ambassador's own, it is the target.
    let s = sent("Brazil/PROPN/2/nsubj expelled/VERB/0/root/expel the/DET/4/det ambassador/NOUN/2/obj of/ADP/6/case Nicaragua/PROPN/4/nmod");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 5).unwrap();
    assert_eq!(m.target, Some(5));
}

#[test]
fn a_month_is_no_pattern_word() {
    let e = entry(None, &[("march", "140")]);
    let s = sent(
        "It/PRON/2/nsubj started/VERB/0/root/start on/ADP/4/case March/PROPN/2/obl 26/NUM/4/nummod",
    );
    let t = Tree::new(&s.tokens);
    assert!(match_actors(&t, 1, &e, false, &|_| false).is_none());
    let s = sent("They/PRON/2/nsubj started/VERB/0/root/start a/DET/4/det march/NOUN/2/obj");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|_| false).map(|m| m.code),
        Some("140".into())
    );
}

#[test]
fn with_marker_and_particle() {
    // Pompeo sat down with his Russian counterpart
    let s = sent("Pompeo/PROPN/2/nsubj sat/VERB/0/root/sit down/ADP/2/compound:prt with/ADP/7/case his/PRON/7/nmod:poss Russian/ADJ/7/amod counterpart/NOUN/2/obl");
    let t = Tree::new(&s.tokens);
    let e = entry(None, &[("with +", "040"), ("+", "043")]);
    let m = match_actors(&t, 1, &e, false, &|i| i == 6).unwrap();
    assert_eq!(m.code, "040");
    assert_eq!(m.target, Some(6));
    assert_eq!(m.words, vec![1, 3]);
}

#[test]
fn a_clauses_marker_is_a_pattern_word_but_not_its_contents() {
    // Gondor warned Rohan against sending troops
    let s = sent("Gondor/PROPN/2/nsubj warned/VERB/0/root/warn Rohan/PROPN/2/obj against/SCONJ/5/mark sending/VERB/2/advcl/send troops/NOUN/5/obj");
    let t = Tree::new(&s.tokens);
    let e = entry(Some("012"), &[("+ against", "130"), ("+ troops", "150")]);
    let m = match_actors(&t, 1, &e, false, &|i| i == 2).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("130", Some(2)));
    assert_eq!(m.words, vec![1, 3]);
}

#[test]
fn a_word_class_never_matches_the_predicate_itself() {
    // Gondor ordered a curfew / Gondor ordered the envoy to leave (parsed as the envoy's
    // acl, as our parser often does)
    let e = entry(Some("100"), &[("* &CURFEW", "1723"), ("+ to leave", "174")]);
    let s = sent("Gondor/PROPN/2/nsubj ordered/VERB/0/root/order a/DET/4/det curfew/NOUN/2/obj");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|_| false).unwrap();
    assert_eq!(m.code, "1723");
    let s = sent("Gondor/PROPN/2/nsubj ordered/VERB/0/root/order the/DET/4/det envoy/NOUN/2/obj to/PART/6/mark leave/VERB/4/acl");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 3).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("174", Some(3)));
    assert_eq!(m.words, vec![1, 4, 5]);
    // An object's other clauses stay outside: "ordered the envoy who had left".
    let s = sent("Gondor/PROPN/2/nsubj ordered/VERB/0/root/order the/DET/4/det envoy/NOUN/2/obj who/PRON/6/nsubj left/VERB/4/acl:relcl/leave");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 3).unwrap();
    assert_eq!(m.code, "100");
}

#[test]
fn what_comes_from_a_party_is_not_aimed_at_it() {
    // Gondor received a warning from Rohan / Gondor received Rohan
    let e = entry(Some("043"), &[("+", "043"), ("* call from +", "041")]);
    let s = sent("Gondor/PROPN/2/nsubj received/VERB/0/root/receive a/DET/4/det warning/NOUN/2/obj from/ADP/6/case Rohan/PROPN/2/obl");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|i| i == 5).and_then(|m| m.target),
        None
    );
    let s = sent("Gondor/PROPN/2/nsubj received/VERB/0/root/receive a/DET/4/det call/NOUN/2/obj from/ADP/6/case Rohan/PROPN/2/obl");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 5).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("041", Some(5)));
    let s = sent("Gondor/PROPN/2/nsubj received/VERB/0/root/receive Rohan/PROPN/2/obj");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|i| i == 2).and_then(|m| m.target),
        Some(2)
    );
}

#[test]
fn a_phrase_of_a_word_class_matches_whole() {
    let e = entry(None, &[("* &PROBE", "090")]);
    let probe = |text: &str| {
        let s = sent(text);
        let t = Tree::new(&s.tokens);
        match_actors(&t, 1, &e, false, &|_| false).map(|m| m.code)
    };
    // Gondor sent a fact-finding mission / a fact finding mission / a security mission
    let hyphenated = "Gondor/PROPN/2/nsubj sent/VERB/0/root/send a/DET/5/det fact-finding/ADJ/5/amod mission/NOUN/2/obj";
    assert_eq!(probe(hyphenated), Some("090".into()));
    let apart = "Gondor/PROPN/2/nsubj sent/VERB/0/root/send a/DET/6/det fact/NOUN/5/compound finding/NOUN/6/compound mission/NOUN/2/obj";
    assert_eq!(probe(apart), Some("090".into()));
    let other = "Gondor/PROPN/2/nsubj sent/VERB/0/root/send a/DET/5/det security/NOUN/5/compound mission/NOUN/2/obj";
    assert_eq!(probe(other), None);
    // The last word may be inflected: "cease-fires" for "cease fire".
    let e = entry(None, &[("* &TRUCE", "0871")]);
    let s =
        sent("Gondor/PROPN/2/nsubj declared/VERB/0/root/declare cease-fires/NOUN/2/obj/cease-fire");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|_| false).map(|m| m.code),
        Some("0871".into())
    );
}

#[test]
fn the_possessor_of_a_verbs_object_is_its_target_but_a_nouns_is_not() {
    // Gondor recognised Rohan's independence
    let e = entry(Some("054"), &[]);
    let s = sent("Gondor/PROPN/2/nsubj recognised/VERB/0/root/recognise Rohan/PROPN/5/nmod:poss 's/PART/3/case independence/NOUN/2/obj");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|i| i == 2).and_then(|m| m.target),
        Some(2)
    );
    // Rohan's attack: the possessor is who attacks.
    let e = entry(Some("190"), &[]);
    let s = sent("Rohan/PROPN/3/nmod:poss 's/PART/1/case attack/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 2, &e, true, &|i| i == 0).and_then(|m| m.target),
        None
    );
}

#[test]
fn a_pattern_opening_on_a_word_means_the_verbs_own_phrase() {
    let e = entry(Some("143"), &[("+", "190"), ("for", "143")]);
    // Gondor struck Rohan in retaliation for raids: "for" is deep in another phrase.
    let s = sent("Gondor/PROPN/2/nsubj struck/VERB/0/root/strike Rohan/PROPN/2/obj in/ADP/5/case retaliation/NOUN/2/obl for/ADP/7/case raids/NOUN/5/nmod/raid");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 2).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("190", Some(2)));
    // Workers struck for higher pay: the verb's own "for".
    let s = sent("Workers/NOUN/2/nsubj struck/VERB/0/root/strike for/ADP/5/case higher/ADJ/5/amod pay/NOUN/2/obl");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|_| false).map(|m| m.code),
        Some("143".into())
    );
}

#[test]
fn a_piece_of_the_subject_cut_off_before_the_verb_is_no_target() {
    // Rohan's foreign ministry condemned the strike, "ministry" hung on the verb.
    let s = sent("Rohan/PROPN/5/nsubj 's/PART/1/case foreign/ADJ/4/amod ministry/PROPN/5/obl condemned/VERB/0/root/condemn the/DET/7/det strike/NOUN/5/obj");
    let t = Tree::new(&s.tokens);
    for e in [entry(None, &[("+", "111")]), entry(Some("111"), &[])] {
        let m = match_actors(&t, 4, &e, false, &|i| i == 0 || i == 3);
        assert_eq!(m.and_then(|m| m.target), None);
    }
}

#[test]
fn a_departure_goes_to_where_it_is_for() {
    // Telemar left for Minas_Tirith for meetings with Arnor
    let s = sent("Telemar/PROPN/2/nsubj left/VERB/0/root/leave for/ADP/4/case Minas_Tirith/PROPN/2/obl for/ADP/6/case meetings/NOUN/2/obl/meeting with/ADP/8/case Arnor/PROPN/6/nmod");
    let t = Tree::new(&s.tokens);
    let e = entry(Some("032"), &[]);
    let actor = |i| i == 3 || i == 7;
    assert_eq!(
        match_actors(&t, 1, &e, false, &actor).unwrap().target,
        Some(3)
    );
    // "for" is no destination of other verbs: "voted for Minas_Tirith …" keeps the rule.
    let s = sent("Telemar/PROPN/2/nsubj voted/VERB/0/root/vote for/ADP/4/case Minas_Tirith/PROPN/2/obl for/ADP/6/case meetings/NOUN/2/obl/meeting with/ADP/8/case Arnor/PROPN/6/nmod");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &actor).unwrap().target,
        Some(7)
    );
}

#[test]
fn pattern_words_skip_the_agent_and_actor_names() {
    // "a base used by the Air Force": no "use force".
    let s = sent("base/NOUN/0/root used/VERB/1/acl/use by/ADP/5/case Air/PROPN/5/compound Force/PROPN/2/obl:agent");
    let t = Tree::new(&s.tokens);
    let e = entry(None, &[("* force", "190")]);
    assert!(match_actors(&t, 1, &e, false, &|i| i == 4).is_none());
    // "attacked by protesters": the agent is no object of "* protesters".
    let s = sent("they/PRON/2/nsubj:pass attacked/VERB/0/root/attack by/ADP/4/case protesters/NOUN/2/obl:agent");
    let t = Tree::new(&s.tokens);
    let e = entry(Some("190"), &[("* protesters", "175")]);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|_| false).unwrap().code,
        "190"
    );
    // The same words as a common noun still match: "used force".
    let s = sent("they/PRON/2/nsubj used/VERB/0/root/use force/NOUN/2/obj");
    let t = Tree::new(&s.tokens);
    let e = entry(None, &[("* force", "190")]);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|_| false).unwrap().code,
        "190"
    );
}

#[test]
fn a_source_slot_takes_the_actor_its_marker_introduces() {
    // the withdrawal of Israeli troops from Lebanon
    let s = sent("withdrawal/NOUN/0/root of/ADP/4/case Israeli/ADJ/4/amod troops/NOUN/1/nmod from/ADP/6/case Lebanon/PROPN/1/nmod");
    let t = Tree::new(&s.tokens);
    let e = entry(Some("0874"), &[("from +", "0874"), ("of $ from +", "0874")]);
    let m = match_actors(&t, 0, &e, true, &|i| i == 3 || i == 5).unwrap();
    assert_eq!((m.source, m.target), (Some(3), Some(5)));
    // Without an actor after "of" the slot fails and the plain pattern codes.
    let m = match_actors(&t, 0, &e, true, &|i| i == 5).unwrap();
    assert_eq!((m.source, m.target), (None, Some(5)));
}

#[test]
fn synset_literal_and_default() {
    // Pyongyang launched test missiles
    let s = sent("Pyongyang/PROPN/2/nsubj launched/VERB/0/root/launch test/NOUN/4/compound missiles/NOUN/2/obj/missile");
    let t = Tree::new(&s.tokens);
    let e = entry(None, &[("* &MISSILE", "1951"), ("attack on +", "190")]);
    let m = match_actors(&t, 1, &e, false, &|_| false).unwrap();
    assert_eq!(m.code, "1951");
    assert_eq!(m.target, None);
    assert_eq!(m.words, vec![1, 3]);
    let none = entry(None, &[("attack on +", "190")]);
    assert!(match_actors(&t, 1, &none, false, &|_| false).is_none());
    // A default code takes the direct object as target; a locative oblique is not one.
    let s = sent("Iran/PROPN/2/nsubj attacked/VERB/0/root/attack tankers/NOUN/2/obj in/ADP/5/case Oman/PROPN/2/obl");
    let t = Tree::new(&s.tokens);
    let d = entry(Some("190"), &[]);
    let m = match_actors(&t, 1, &d, false, &|i| i == 2 || i == 4).unwrap();
    assert_eq!(m.target, Some(2));
    let m = match_actors(&t, 1, &d, false, &|i| i == 4).unwrap();
    assert_eq!(m.target, None);
}

#[test]
fn a_pattern_noun_matches_its_plural_whatever_the_lemma() {
    // "Iran struck militant bases": the lemmatizer may read "bases" as "basis".
    let e = entry(Some("143"), &[("* base", "190")]);
    let s = sent("Iran/PROPN/2/nsubj struck/VERB/0/root/strike militant/ADJ/4/amod bases/NOUN/2/obj/basis/NNS");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 0).unwrap();
    assert_eq!(m.code, "190");
    // Not a verb's "-s" form, nor a longer word.
    let s = sent("Iran/PROPN/2/nsubj struck/VERB/0/root/strike basement/NOUN/2/obj");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 0).unwrap();
    assert_eq!(m.code, "143");
}

#[test]
fn a_place_target_takes_only_a_place_named_as_the_object() {
    let e = entry(Some("171"), &[("+", "173"), ("@", "192")]);
    // Rebels seized Goma in May.
    let s = sent("Rebels/NOUN/2/nsubj seized/VERB/0/root/seize Goma/PROPN/2/obj in/ADP/5/case May/PROPN/2/obl");
    let t = Tree::new(&s.tokens);
    let m = match_entry(&t, 1, &e, false, &|i| i == 2, &|i| i == 2).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("192", Some(2)));
    // Police seized the suspect: an actor, no place.
    let m = match_entry(&t, 1, &e, false, &|i| i == 2, &|_| false).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("173", Some(2)));
    // Rebels seized weapons in Goma: the place is where, not what was seized.
    let s = sent("Rebels/NOUN/2/nsubj seized/VERB/0/root/seize weapons/NOUN/2/obj in/ADP/5/case Goma/PROPN/2/obl");
    let t = Tree::new(&s.tokens);
    let m = match_entry(&t, 1, &e, false, &|i| i == 4, &|i| i == 4).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("171", None));
}

#[test]
fn a_patterns_not_is_any_negation_of_the_verb() {
    let e = entry(
        Some("010"),
        &[("out &TRUCE", "1246"), ("not out &TRUCE", "138")],
    );
    let s = sent("China/PROPN/4/nsubj has/AUX/4/aux never/ADV/4/advmod ruled/VERB/0/root/rule out/ADP/4/compound:prt a/DET/7/det truce/NOUN/4/obj");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 3, &e, false, &|_| false).unwrap().code,
        "138"
    );
    let s = sent("China/PROPN/2/nsubj ruled/VERB/0/root/rule out/ADP/2/compound:prt a/DET/5/det truce/NOUN/2/obj");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|_| false).unwrap().code,
        "1246"
    );
}

#[test]
fn a_marked_target_inside_the_complement_clause_needs_the_clause_spelled_out() {
    let e = entry(Some("019"), &[("to +", "081"), ("hold with +", "036")]);
    // Kenya agreed to lead a mission to Haiti: "to Haiti" is the leading's.
    let s = sent("Kenya/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark lead/VERB/2/xcomp/lead a/DET/6/det mission/NOUN/4/obj to/ADP/8/case Haiti/PROPN/4/obl");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|i| i == 7).unwrap().code,
        "019"
    );
    // Kenya agreed to hold talks with Haiti: the pattern names the clause.
    let s = sent("Kenya/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark hold/VERB/2/xcomp/hold a/DET/6/det truce/NOUN/4/obj with/ADP/8/case Haiti/PROPN/4/obl");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 7).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("036", Some(7)));
    // Kenya agreed to Haiti's demands... the phrase on the verb itself.
    let s = sent("Kenya/PROPN/2/nsubj agreed/VERB/0/root/agree to/ADP/4/case Haiti/PROPN/2/obl");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|i| i == 3).unwrap().code,
        "081"
    );
}

#[test]
fn a_word_in_a_phrase_of_place_is_not_the_verbs_own() {
    let e = entry(None, &[("* islands", "192"), ("* waters", "150")]);
    // Warships entered Japanese waters near the Senkaku Islands.
    let s = sent("Warships/NOUN/2/nsubj entered/VERB/0/root/enter Japanese/ADJ/4/amod waters/NOUN/2/obj near/ADP/8/case the/DET/8/det Senkaku/PROPN/8/compound Islands/PROPN/2/obl");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|_| false).unwrap().code,
        "150"
    );
    // A pattern that names the marker means the place: "near + = ...".
    let e = entry(None, &[("near islands", "192"), ("* waters", "150")]);
    assert_eq!(
        match_actors(&t, 1, &e, false, &|_| false).unwrap().code,
        "192"
    );
}

#[test]
fn a_word_without_marks_is_no_pattern_word() {
    let e = entry(Some("---"), &[("* agreement", "160")]);
    // The talks ended without agreement.
    let s = sent("The/DET/2/det talks/NOUN/3/nsubj ended/VERB/0/root/end without/ADP/5/case agreement/NOUN/3/obl");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 2, &e, false, &|_| false).map(|m| m.code),
        Some("---".into())
    );
    // The talks ended the agreement.
    let s = sent(
        "The/DET/2/det talks/NOUN/3/nsubj ended/VERB/0/root/end the/DET/5/det agreement/NOUN/3/obj",
    );
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 2, &e, false, &|_| false).unwrap().code,
        "160"
    );
}

#[test]
fn an_event_noun_takes_the_phrases_of_the_verb_that_says_it_broke_out() {
    let e = entry(Some("145"), &[("in +", "145")]);
    // Riots erupted in Paris: the riots in Paris.
    let s = sent("Riots/NOUN/2/nsubj erupted/VERB/0/root/erupt in/ADP/4/case Paris/PROPN/2/obl");
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 0, &e, true, &|i| i == 3).unwrap().target,
        Some(3)
    );
    // Riots took place in Paris: an event that goes on is told where it began.
    let s = sent(
        "Riots/NOUN/2/nsubj took/VERB/0/root/take place/NOUN/2/obj in/ADP/5/case Paris/PROPN/2/obl",
    );
    let t = Tree::new(&s.tokens);
    assert_eq!(
        match_actors(&t, 0, &e, true, &|i| i == 4).unwrap().target,
        None
    );
}

#[test]
fn a_word_inside_a_phrase_of_time_is_no_target() {
    let e = entry(Some("160"), &[("+", "160")]);
    // Beijing suspended the talks after a visit to Taiwan.
    let s = sent("Beijing/PROPN/2/nsubj suspended/VERB/0/root/suspend the/DET/4/det talks/NOUN/2/obj after/ADP/7/case a/DET/7/det visit/NOUN/2/obl to/ADP/9/case Taiwan/PROPN/7/nmod");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| i == 0 || i == 8).unwrap();
    assert_eq!(m.target, None);
}

#[test]
fn a_passive_subject_with_its_agent_named_is_what_the_object_would_be() {
    let e = entry(Some("091"), &[("* ambassador", "114")]);
    // The ambassador was summoned by Gondor.
    let s = sent("The/DET/2/det ambassador/NOUN/4/nsubj:pass was/AUX/4/aux:pass summoned/VERB/0/root/summon by/ADP/6/case Gondor/PROPN/4/obl:agent");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 3, &e, false, &|i| i == 5).unwrap();
    assert_eq!(m.code, "114");
    // Without an agent nobody did it: the words of a bare passive match no pattern.
    let s = sent(
        "The/DET/2/det ambassador/NOUN/4/nsubj:pass was/AUX/4/aux:pass summoned/VERB/0/root/summon",
    );
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 3, &e, false, &|_| false).unwrap();
    assert_eq!(m.code, "091");
}

#[test]
fn an_infinitive_spelt_by_a_pattern_matches_however_the_parser_hangs_it() {
    let e = entry(Some("100"), &[("+ to", "100"), ("+ to leave", "174")]);
    // "Niger ordered Russia to leave": the infinitive on the verb (xcomp), as it should be...
    let s = sent("Niger/PROPN/2/nsubj ordered/VERB/0/root/order Russia/PROPN/2/obj to/PART/5/mark leave/VERB/2/xcomp");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| matches!(i, 0 | 2)).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("174", Some(2)));
    // ... or on the object (acl), as the parser often has it.
    let s = sent("Niger/PROPN/2/nsubj ordered/VERB/0/root/order Russia/PROPN/2/obj to/PART/5/mark leave/VERB/3/acl");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| matches!(i, 0 | 2)).unwrap();
    assert_eq!((m.code.as_str(), m.target), ("174", Some(2)));
}

#[test]
fn an_infinitives_to_is_no_word_of_another_phrase() {
    // "In the end, Iran wanted Russia to exist": the "to" of "to exist" and the noun "end"
    // do not make the pattern's "to end".
    let e = entry(Some("020"), &[("+ to end", "025")]);
    let s = sent("In/ADP/3/case the/DET/3/det end/NOUN/6/obl ,/PUNCT/3/punct Iran/PROPN/6/nsubj wanted/VERB/0/root/want Russia/PROPN/6/obj to/PART/9/mark exist/VERB/6/xcomp");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 5, &e, false, &|i| matches!(i, 4 | 6)).unwrap();
    assert_eq!(m.code, "020");
    // "Iran wanted Russia to end the war": the pattern's own infinitive.
    let s = sent("Iran/PROPN/2/nsubj wanted/VERB/0/root/want Russia/PROPN/2/obj to/PART/5/mark end/VERB/2/xcomp the/DET/7/det war/NOUN/5/obj");
    let t = Tree::new(&s.tokens);
    let m = match_actors(&t, 1, &e, false, &|i| matches!(i, 0 | 2)).unwrap();
    assert_eq!(m.code, "025");
}
