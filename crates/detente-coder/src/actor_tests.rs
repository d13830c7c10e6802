//! Tests of actor resolution on hand-built trees.
use super::*;
use crate::tree::testing::sent;

fn m(start: usize, end: usize, code: &str, kind: MentionKind) -> Mention {
    Mention {
        start,
        end,
        code: code.into(),
        kind,
        place: false,
    }
}

#[test]
fn nationality_plus_agent_composes() {
    let s = sent("his/PRON/3/nmod:poss Russian/ADJ/3/amod counterpart/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(1, 2, "RUS", MentionKind::Country),
            m(2, 3, "---GOV", MentionKind::Agent),
        ],
        3,
    );
    let a = actors_at(&t, &ms, &Context::default(), 2);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].code, "RUSGOV");
    assert_eq!((a[0].start, a[0].end), (0, 3));
}

#[test]
fn a_place_of_origin_composes_but_a_later_phrase_is_no_title() {
    // "soldiers from Gondor": the country the agent is of.
    let s = sent("soldiers/NOUN/0/root from/ADP/3/case Gondor/PROPN/1/nmod");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "---MIL", MentionKind::Agent),
            m(2, 3, "GON", MentionKind::Country),
        ],
        3,
    );
    let a = actors_at(&t, &ms, &Context::default(), 0);
    assert_eq!(a[0].code, "GONMIL");
    // "ties with Gondor years after Calenardhon crowds …": "years" is no title of Gondor,
    // and the crowds' nationality is not Gondor's.
    let s = sent("Gondor/PROPN/0/root years/NOUN/1/nmod after/ADP/4/case Calenardhon/PROPN/2/nmod");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "GON", MentionKind::Country),
            m(3, 4, "CAL", MentionKind::Country),
        ],
        4,
    );
    let codes: Vec<String> = actors_at(&t, &ms, &Context::default(), 0)
        .into_iter()
        .map(|a| a.code)
        .collect();
    assert_eq!(codes, vec!["GON"]);
}

#[test]
fn nationalities_on_a_thing_stand_for_each_country() {
    // "Russian and Iranian leaders" with no role for "leaders": both countries.
    let s = sent("Russian/ADJ/4/amod and/CCONJ/3/cc Iranian/ADJ/1/conj leaders/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "RUS", MentionKind::Country),
            m(2, 3, "IRN", MentionKind::Country),
        ],
        4,
    );
    let codes: Vec<String> = actors_at(&t, &ms, &Context::default(), 3)
        .into_iter()
        .map(|a| a.code)
        .collect();
    assert_eq!(codes, vec!["RUS", "IRN"]);
}

#[test]
fn title_before_unknown_name_and_conjoined_adjectives() {
    let s = sent(
        "Russian/ADJ/2/amod President/PROPN/4/compound Vladamir/PROPN/4/flat Putin/PROPN/0/root",
    );
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "RUS", MentionKind::Country),
            m(1, 2, "---GOV", MentionKind::Agent),
        ],
        4,
    );
    let a = actors_at(&t, &ms, &Context::default(), 3);
    assert_eq!(a[0].code, "RUSGOV");

    let s = sent("Hungarian/ADJ/4/amod and/CCONJ/3/cc Romanian/ADJ/1/conj officials/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "HUN", MentionKind::Country),
            m(2, 3, "ROU", MentionKind::Country),
            m(3, 4, "---GOV", MentionKind::Agent),
        ],
        4,
    );
    let codes: Vec<_> = actors_at(&t, &ms, &Context::default(), 3)
        .into_iter()
        .map(|a| a.code)
        .collect();
    assert_eq!(codes, vec!["HUNGOV", "ROUGOV"]);
}

#[test]
fn pronouns_and_overlaps() {
    let s = sent("we/PRON/2/nsubj meet/VERB/0/root");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(vec![], 2);
    let a = actors_at(&t, &ms, &Context::default(), 0);
    assert!(a[0].first_person);
    let ms = Mentions::new(
        vec![
            m(0, 2, "AAA", MentionKind::Country),
            m(1, 2, "BBB", MentionKind::Country),
        ],
        2,
    );
    assert_eq!(ms.list.len(), 1);
    assert!(ms.at(1).is_some_and(|m| m.code == "AAA"));
}

#[test]
fn only_a_definite_two_is_the_last_pair() {
    let s = sent("the/DET/3/det two/NUM/3/nummod leaders/NOUN/0/root");
    assert!(is_pair_phrase(&Tree::new(&s.tokens), 2));
    let s = sent("both/DET/2/det men/NOUN/0/root");
    assert!(is_pair_phrase(&Tree::new(&s.tokens), 1));
    let s = sent("two/NUM/3/nummod former/ADJ/3/amod ministers/NOUN/0/root");
    assert!(!is_pair_phrase(&Tree::new(&s.tokens), 2));
    // The noun left out: "the two" and a subject "both" are the pair; a bare "two" is not.
    let s = sent("The/DET/2/det two/NUM/3/nsubj discussed/VERB/0/root");
    assert!(is_pair_phrase(&Tree::new(&s.tokens), 1));
    let s = sent("Both/PRON/2/nsubj condemned/VERB/0/root");
    assert!(is_pair_phrase(&Tree::new(&s.tokens), 0));
    let s = sent("Two/NUM/2/nsubj died/VERB/0/root");
    assert!(!is_pair_phrase(&Tree::new(&s.tokens), 0));
}

#[test]
fn them_counted_by_a_quantity_is_a_core_argument() {
    // "Students rallied. Police arrested dozens of them": "them" is the students, as it
    // would be alone; "on their way" is still nobody.
    let mut ctx = Context::default();
    let students = Actor {
        code: "IRNEDU".into(),
        start: 0,
        end: 1,
        kind: MentionKind::Agent,
        first_person: false,
        second_person: false,
    };
    ctx.see(&students, true, false, false);
    let s = sent(
        "Police/NOUN/2/nsubj arrested/VERB/0/root/arrest dozens/NOUN/2/obj/dozen of/ADP/5/case them/PRON/3/nmod/they",
    );
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(vec![m(0, 1, "---COP", MentionKind::Agent)], 5);
    let a = actors_at(&t, &ms, &ctx, 2);
    assert_eq!(
        a.iter().map(|a| a.code.as_str()).collect::<Vec<_>>(),
        ["IRNEDU"]
    );
    let s = sent(
        "Police/NOUN/2/nsubj left/VERB/0/root/leave on/ADP/5/case their/PRON/5/nmod:poss way/NOUN/2/obl",
    );
    let t = Tree::new(&s.tokens);
    assert!(actors_at(&t, &ms, &ctx, 3).is_empty());
}

#[test]
fn a_post_of_a_role_in_a_known_country_stands_for_the_role() {
    // "a police station in Peshawar": the police of Peshawar's country.
    let s = sent("a/DET/3/det police/NOUN/3/compound station/NOUN/0/root in/ADP/5/case Peshawar/PROPN/3/nmod");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(1, 2, "---COP", MentionKind::Agent),
            m(4, 5, "PAK", MentionKind::Country),
        ],
        5,
    );
    let a = actors_at(&t, &ms, &Context::default(), 2);
    assert_eq!(
        a.iter().map(|a| a.code.as_str()).collect::<Vec<_>>(),
        ["PAKCOP"]
    );
    // A thing that is no post ("police reform in Pakistan") stands for nobody.
    let s = sent("police/NOUN/2/compound reform/NOUN/0/root in/ADP/4/case Pakistan/PROPN/2/nmod");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "---COP", MentionKind::Agent),
            m(3, 4, "PAK", MentionKind::Country),
        ],
        4,
    );
    assert!(actors_at(&t, &ms, &Context::default(), 1).is_empty());
}

#[test]
fn the_group_or_the_bloc_is_the_group_or_organisation_named_last() {
    // "Israel struck Hezbollah after the group fired": named in the same sentence.
    let s = sent("Israel/PROPN/2/nsubj struck/VERB/0/root Hezbollah/PROPN/2/obj after/SCONJ/7/mark the/DET/6/det group/NOUN/7/nsubj fired/VERB/2/advcl");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "ISR", MentionKind::Country),
            m(2, 3, "LBNREBHEZ", MentionKind::Organization),
        ],
        7,
    );
    let codes = |a: Vec<Actor>| a.into_iter().map(|a| a.code).collect::<Vec<_>>();
    assert_eq!(
        codes(actors_at(&t, &ms, &Context::default(), 5)),
        ["LBNREBHEZ"]
    );
    // Named in a sentence before.
    let s = sent("the/DET/2/det group/NOUN/3/nsubj fired/VERB/0/root");
    let t = Tree::new(&s.tokens);
    let none = Mentions::new(Vec::new(), 3);
    let mut ctx = Context::default();
    assert!(actors_at(&t, &none, &ctx, 1).is_empty());
    ctx.see_role("group", "PSEREBHMS");
    assert_eq!(codes(actors_at(&t, &none, &ctx, 1)), ["PSEREBHMS"]);
    // "The bloc" is the international organisation named last, never a group.
    let s = sent("the/DET/2/det bloc/NOUN/3/nsubj said/VERB/0/root");
    let t = Tree::new(&s.tokens);
    assert!(actors_at(&t, &none, &ctx, 1).is_empty());
    ctx.see_role("bloc", "IGOEUREEC");
    assert_eq!(codes(actors_at(&t, &none, &ctx, 1)), ["IGOEUREEC"]);
    use crate::proxy::refers_to;
    assert!(refers_to("bloc", "IGOEUREEC") && !refers_to("bloc", "PSEREBHMS"));
    assert!(refers_to("organisation", "IGOUNOHLHWHO") && refers_to("organisation", "NGOHRIHRW"));
    // A country is no group: "the group" after Israel alone is nobody.
    let ms = Mentions::new(vec![m(0, 1, "ISR", MentionKind::Country)], 7);
    let s = sent("Israel/PROPN/2/nsubj struck/VERB/0/root Gaza/PROPN/2/obj after/SCONJ/7/mark the/DET/6/det group/NOUN/7/nsubj fired/VERB/2/advcl");
    let t = Tree::new(&s.tokens);
    assert!(actors_at(&t, &ms, &Context::default(), 5).is_empty());
}

#[test]
fn a_name_that_is_also_a_word_is_still_a_titled_name() {
    // "minister Johnny Plate", "Plate" read as a noun: the title still makes the person.
    let s = sent(
        "the/DET/4/det minister/NOUN/4/compound Johnny/PROPN/4/compound Plate/NOUN/0/root/plate",
    );
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(vec![m(1, 2, "---GOV", MentionKind::Agent)], 4);
    let a = actors_at(&t, &ms, &Context::default(), 3);
    assert_eq!(
        a.iter().map(|a| a.code.as_str()).collect::<Vec<_>>(),
        ["---GOV"]
    );
    // A lowercase noun is no name: "the minister's johnny plate" is a plate.
    let s =
        sent("the/DET/4/det minister/NOUN/4/compound Johnny/PROPN/4/compound plate/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    assert!(actors_at(&t, &ms, &Context::default(), 3).is_empty());
}

#[test]
fn a_nationality_beside_a_groups_role_takes_the_role_alone() {
    // "Israeli and Hamas leaders": the Israeli leaders are ISRGOV, not Israeli members of
    // Hamas.
    let s =
        sent("Israeli/ADJ/4/amod and/CCONJ/3/cc Hamas/PROPN/4/compound leaders/NOUN/0/root/leader");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "ISR", MentionKind::Country),
            // The dictionary composes group and agent into one mention.
            m(2, 4, "PSEREBHMSGOV", MentionKind::Organization),
        ],
        4,
    );
    let mut codes: Vec<_> = actors_at(&t, &ms, &Context::default(), 3)
        .into_iter()
        .map(|a| a.code)
        .collect();
    codes.sort();
    assert_eq!(codes, vec!["ISRGOV", "PSEREBHMSGOV"]);
}

#[test]
fn who_leads_a_force_hyphened_to_its_participle_is_the_forces_country() {
    // "US-led coalition forces", "US" hung on "led" as an oblique.
    let s = sent("US/PROPN/3/obl:unmarked -/PUNCT/1/punct led/VERB/5/amod/lead coalition/NOUN/5/compound forces/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "USA", MentionKind::Country),
            m(4, 5, "---MIL", MentionKind::Agent),
        ],
        5,
    );
    assert_eq!(actors_at(&t, &ms, &Context::default(), 4)[0].code, "USAMIL");
    // "US-built jets": the maker is not the owner.
    let s =
        sent("US/PROPN/3/obl:unmarked -/PUNCT/1/punct built/VERB/4/amod/build jets/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "USA", MentionKind::Country),
            m(3, 4, "---MIL", MentionKind::Agent),
        ],
        4,
    );
    assert_eq!(actors_at(&t, &ms, &Context::default(), 3)[0].code, "---MIL");
}

#[test]
fn a_thing_is_its_possessors_whatever_organisation_its_phrase_names() {
    // "Sweden's NATO membership bid".
    let s = sent("Sweden/PROPN/5/nmod:poss 's/PART/1/case NATO/PROPN/4/compound membership/NOUN/5/compound bid/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(
        vec![
            m(0, 1, "SWE", MentionKind::Country),
            m(2, 3, "IGOWSTNAT", MentionKind::Organization),
        ],
        5,
    );
    assert_eq!(actors_at(&t, &ms, &Context::default(), 4)[0].code, "SWE");
    // Without a possessor the organisation names it: "the NATO membership bid".
    let s = sent("the/DET/4/det NATO/PROPN/3/compound membership/NOUN/4/compound bid/NOUN/0/root");
    let t = Tree::new(&s.tokens);
    let ms = Mentions::new(vec![m(1, 2, "IGOWSTNAT", MentionKind::Organization)], 4);
    assert_eq!(
        actors_at(&t, &ms, &Context::default(), 3)[0].code,
        "IGOWSTNAT"
    );
}
