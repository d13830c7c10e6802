//! Tests of the parse repairs on hand-built trees.
use super::subject::split_subject;
use super::*;
use crate::tree::testing::sent;

fn heads(t: &[Token]) -> Vec<(usize, &str)> {
    t.iter().map(|t| (t.head, t.deprel.as_str())).collect()
}

#[test]
fn a_participle_with_a_complement_becomes_the_verb() {
    let s = sent("The/DET/3/det two/NUM/3/nummod sides/NOUN/0/root agreed/VERB/3/acl/agree to/PART/6/mark resume/VERB/4/xcomp talks/NOUN/6/obj ./PUNCT/3/punct");
    let mut s = s;
    s.tokens[3].xpos = "VBN".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!(
        heads(&fixed),
        vec![
            (3, "det"),
            (3, "nummod"),
            (4, "nsubj"),
            (0, "root"),
            (6, "mark"),
            (4, "xcomp"),
            (6, "obj"),
            (4, "punct")
        ]
    );
}

#[test]
fn in_prose_a_participle_without_object_is_the_verb_too() {
    // "Senior Bree officials agreed on Wednesday ." — a full stop: prose, not a headline.
    let mut s = sent("Senior/ADJ/3/amod Bree/ADJ/3/amod officials/NOUN/0/root agreed/VERB/3/acl/agree on/ADP/6/case Wednesday/PROPN/4/obl ./PUNCT/3/punct");
    s.tokens[3].xpos = "VBN".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (4, "nsubj"));
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (0, "root"));
    assert_eq!(fixed[6].head, 4);
}

#[test]
fn a_reported_noun_phrase_with_a_participle_becomes_the_reported_clause() {
    // "Bree 's army agreed to a truce , Gondor said ." — the report parsed as a noun phrase.
    let mut s = sent("Bree/PROPN/3/nmod:poss 's/PART/1/case army/NOUN/10/ccomp agreed/VERB/3/acl/agree to/ADP/7/case a/DET/7/det truce/NOUN/4/obl ,/PUNCT/3/punct Gondor/PROPN/10/nsubj said/VERB/0/root/say ./PUNCT/10/punct");
    s.tokens[3].xpos = "VBN".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (10, "ccomp"));
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (4, "nsubj"));
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (0, "root"));
    // Not under a verb that reports nothing: "Bree 's army stationed near the river , Gondor
    // attacked ." keeps its parse.
    let mut s = sent("Bree/PROPN/3/nmod:poss 's/PART/1/case army/NOUN/10/ccomp stationed/VERB/3/acl/station near/ADP/7/case the/DET/7/det river/NOUN/4/obl ,/PUNCT/3/punct Gondor/PROPN/10/nsubj attacked/VERB/0/root/attack ./PUNCT/10/punct");
    s.tokens[3].xpos = "VBN".into();
    assert!(noun_root(&s.tokens).is_none());
}

#[test]
fn a_fronted_phrase_read_as_the_root_hangs_on_the_verb_of_the_noun_after_it() {
    // "In Bree , thousands of people marched through Gondor ." — the phrase of place became
    // the root and the people its apposition.
    let mut s = sent("In/ADP/2/case Bree/PROPN/0/root ,/PUNCT/2/punct thousands/NOUN/2/appos of/ADP/6/case people/NOUN/4/nmod marched/VERB/4/acl/march through/ADP/9/case Gondor/PROPN/7/obl ./PUNCT/2/punct");
    s.tokens[6].xpos = "VBD".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (7, "nsubj"));
    assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (7, "obl"));
    assert_eq!(fixed[9].head, 7);
    // A phrase with nothing in apposition is left alone: "In Bree , talks ." is no sentence.
    let s =
        sent("In/ADP/2/case Bree/PROPN/0/root ,/PUNCT/2/punct talks/NOUN/2/conj ./PUNCT/2/punct");
    assert!(noun_root(&s.tokens).is_none());
}

#[test]
fn a_fronted_name_read_as_a_vocative_becomes_the_subject() {
    // "Pakistan , a U.S. ally , refused": the apposition had been taken for the subject.
    let s = sent("Pakistan/PROPN/8/vocative ,/PUNCT/1/punct a/DET/5/det key/ADJ/5/amod ally/NOUN/8/nsubj ,/PUNCT/5/punct has/AUX/8/aux refused/VERB/0/root");
    let fixed = fronted_vocative(&s.tokens).expect("repaired");
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (8, "nsubj"));
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (1, "appos"));
    // "Turkey , Syria agree": a headline's comma is "and"; no second comma closes a name.
    let s = sent("Turkey/PROPN/4/vocative ,/PUNCT/1/punct Syria/PROPN/4/nsubj agree/VERB/0/root");
    let fixed = fronted_vocative(&s.tokens).expect("repaired");
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (4, "nsubj"));
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (1, "conj"));
    // Addressing someone inside a quote, with a pronoun subject, stays a vocative.
    let s = sent("Roger/PROPN/4/vocative ,/PUNCT/1/punct you/PRON/4/nsubj have/VERB/0/root");
    assert!(fronted_vocative(&s.tokens).is_none());
    // A name that does not open the sentence is left alone.
    let s = sent("Then/ADV/4/advmod Roger/PROPN/4/vocative ,/PUNCT/2/punct left/VERB/0/root");
    assert!(fronted_vocative(&s.tokens).is_none());
}

#[test]
fn of_two_adjacent_subjects_the_first_is_the_title_of_the_second() {
    // "Dagolath 's Deputy Prime Minister Telemar left": "Deputy" and "Telemar" both subjects.
    let s = sent("Dagolath/PROPN/3/nmod:poss 's/PART/1/case Deputy/NOUN/7/nsubj Prime/ADJ/5/amod Minister/PROPN/6/nmod:desc Telemar/PROPN/7/nsubj left/VERB/0/root/leave");
    let fixed = split_subject(&s.tokens).expect("repaired");
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (6, "compound"));
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (7, "nsubj"));
    // Subjects apart ("Rohan , they said , Gondor left") stay as they are.
    let s = sent("Rohan/PROPN/3/nsubj ,/PUNCT/1/punct Gondor/PROPN/4/nsubj left/VERB/0/root/leave");
    assert!(split_subject(&s.tokens).is_none());
    let s = sent("Ithilen/PROPN/6/nsubj and/CCONJ/3/cc government/NOUN/6/nsubj of/ADP/5/case Gondor/PROPN/3/nmod warned/VERB/0/root/warn");
    assert!(split_subject(&s.tokens).is_none());
    // The title read as an object before the verb, its possessor hung on the verb.
    let s = sent("Dagolath/PROPN/7/nmod:poss 's/PART/1/case Deputy/NOUN/7/obj Prime/ADJ/5/amod Minister/PROPN/6/nmod:desc Telemar/PROPN/7/nsubj left/VERB/0/root/leave");
    let fixed = split_subject(&s.tokens).expect("repaired");
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (6, "compound"));
    assert_eq!(fixed[0].head, 3, "the possessor opens the title");
    // An object after the verb is an object.
    let s = sent("Telemar/PROPN/2/nsubj met/VERB/0/root/meet Deputy/NOUN/2/obj");
    assert!(split_subject(&s.tokens).is_none());
}

#[test]
fn a_dictionary_verb_between_a_modal_and_a_past_form_is_the_verb() {
    let spec = "Arnor/PROPN/4/nsubj will/AUX/4/aux abandon/ADV/4/advmod improved/VERB/0/root/improve economic/ADJ/6/amod relations/NOUN/4/obj";
    let mut s = sent(spec);
    s.tokens[3].xpos = "VBD".into();
    let verbs = |w: &str| w == "abandon";
    let fixed = modal_verb(&s.tokens, &verbs).expect("repaired");
    assert_eq!(
        heads(&fixed),
        vec![
            (3, "nsubj"),
            (3, "aux"),
            (0, "root"),
            (6, "amod"),
            (6, "amod"),
            (3, "obj")
        ]
    );
    assert_eq!(fixed[2].upos, "VERB");
    // A word the dictionary does not know as a verb ("will soon …") stays an adverb.
    assert!(modal_verb(&s.tokens, &|w: &str| w == "leave").is_none());
}

#[test]
fn a_main_verb_read_as_a_noun_subject_of_a_later_clause_is_restored() {
    // "Ethiopia departs from Libya after crowds trashed its embassy".
    let spec = "Ethiopia/PROPN/2/compound departs/NOUN/7/nsubj/depart from/ADP/4/case Libya/PROPN/2/nmod after/SCONJ/7/mark crowds/NOUN/7/nsubj trashed/VERB/0/root/trash embassy/NOUN/7/obj";
    let s = sent(spec);
    let verbs = |w: &str| w == "depart";
    let fixed = lost_main_verb(&s.tokens, &verbs).expect("repaired");
    assert_eq!(
        heads(&fixed)[..7],
        [
            (2, "nsubj"),
            (0, "root"),
            (4, "case"),
            (2, "obl"),
            (7, "mark"),
            (7, "nsubj"),
            (2, "advcl")
        ]
    );
    assert_eq!(fixed[1].upos, "VERB");
    // A noun the dictionary does not code as a verb stays: "Ethiopia's crowds … after …".
    assert!(lost_main_verb(&s.tokens, &|w: &str| w == "leave").is_none());
}

#[test]
fn a_passive_headline_and_a_real_relative_clause_stay() {
    // "Militants killed in Syria": no object, the passive reading stands.
    let mut s =
        sent("Militants/NOUN/0/root killed/VERB/1/acl/kill in/ADP/4/case Syria/PROPN/2/obl");
    s.tokens[1].xpos = "VBN".into();
    assert!(noun_root(&s.tokens).is_none());
    // "The deal that leaders signed": a subject of its own.
    let mut s = sent(
        "The/DET/2/det deal/NOUN/0/root leaders/NOUN/4/nsubj signed/VERB/2/acl/sign it/PRON/4/obj",
    );
    s.tokens[3].xpos = "VBD".into();
    assert!(noun_root(&s.tokens).is_none());
}

#[test]
fn a_compound_read_as_verb_and_object_is_a_noun_again() {
    for spec in [
        "Police/NOUN/2/nsubj fired/VERB/0/root/fire tear/VERB/2/ccomp gas/NOUN/3/obj at/ADP/6/case protesters/NOUN/3/obl",
        // The second word compounding the noun after it: "tear [gas protesters]".
        "Police/NOUN/2/nsubj used/VERB/0/root/use tear/VERB/2/conj gas/NOUN/6/compound against/ADP/6/case protesters/NOUN/3/obl",
    ] {
        let s = sent(spec);
        let fixed = verb_read_compound(&s.tokens).expect("repaired");
        assert_eq!(
            heads(&fixed),
            vec![
                (2, "nsubj"),
                (0, "root"),
                (4, "compound"),
                (2, "obj"),
                (6, "case"),
                (2, "obl")
            ],
            "{spec}"
        );
        assert_eq!(fixed[2].upos, "NOUN");
    }
    // A verb of its own clause stays one.
    let s = sent("They/PRON/2/nsubj tear/VERB/0/root gas/NOUN/2/obj");
    assert!(verb_read_compound(&s.tokens).is_none());
}

#[test]
fn a_noun_compounded_on_a_subjectless_verb_is_its_subject() {
    let mut s = sent("Court/NOUN/2/compound sentences/VERB/0/root/sentence journalist/NOUN/2/obj");
    s.tokens[1].xpos = "VBZ".into();
    let fixed = compound_subject(&s.tokens).expect("repaired");
    assert_eq!(fixed[0].deprel, "nsubj");
    // A verb with a subject keeps its compound as it is (nothing to repair).
    let mut s = sent("Police/NOUN/3/nsubj riot/NOUN/3/compound fired/VERB/0/root/fire");
    s.tokens[2].xpos = "VBD".into();
    assert!(compound_subject(&s.tokens).is_none());
}

#[test]
fn a_participle_two_of_phrases_down_is_the_verb() {
    // "Tens of thousands of supporters rallied in Istanbul."
    let mut s = sent("Tens/NOUN/0/root of/ADP/3/case thousands/NOUN/1/nmod of/ADP/5/case supporters/NOUN/3/nmod rallied/VERB/5/acl/rally in/ADP/8/case Istanbul/PROPN/6/obl ./PUNCT/1/punct");
    s.tokens[5].xpos = "VBD".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (6, "nsubj"));
}

#[test]
fn a_participle_on_a_quantitys_of_phrase_is_the_verb() {
    let mut s = sent("Hundreds/NOUN/0/root of/ADP/3/case people/NOUN/1/nmod demonstrated/VERB/3/acl/demonstrate outside/ADP/6/case embassy/NOUN/4/obl ./PUNCT/1/punct");
    s.tokens[3].xpos = "VBD".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (4, "nsubj"));
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (0, "root"));
    assert_eq!(fixed[6].head, 4);
}

#[test]
fn a_short_prose_sentence_with_a_participle_has_it_as_verb() {
    // "Protesters gathered in Lima ." — four words and a stop: prose still.
    let mut s = sent("Protesters/NOUN/0/root gathered/VERB/1/acl/gather in/ADP/4/case Lima/PROPN/2/obl ./PUNCT/1/punct");
    s.tokens[1].xpos = "VBN".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (2, "nsubj"));
}

#[test]
fn a_participle_on_the_last_conjunct_is_the_verb_of_them_all() {
    let mut s = sent("army/NOUN/0/root and/CCONJ/4/cc the/DET/4/det rebels/NOUN/1/conj agreed/VERB/4/acl/agree to/ADP/7/case truce/NOUN/5/obl ./PUNCT/1/punct");
    s.tokens[4].xpos = "VBN".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (5, "nsubj"));
    assert_eq!(fixed[3].head, 1, "the conjunct stays on the first noun");
}

#[test]
fn a_closing_attribution_hangs_on_the_main_verb_however_it_was_parsed() {
    // "The Kremlin dismissed the report, spokesman Peskov told reporters ." as a relative
    // clause, as a reduced one with the name in apposition, and as a conjunct.
    let start = "The/DET/2/det Kremlin/PROPN/3/nsubj dismissed/VERB/0/root/dismiss the/DET/5/det report/NOUN/3/obj";
    for end in [
        ",/PUNCT/8/punct spokesman/NOUN/8/compound Peskov/PROPN/9/nsubj told/VERB/5/acl:relcl/tell reporters/NOUN/9/iobj ./PUNCT/3/punct",
        ",/PUNCT/8/punct spokesman/NOUN/8/compound Peskov/PROPN/5/appos told/VERB/5/acl/tell reporters/NOUN/9/iobj ./PUNCT/3/punct",
        ",/PUNCT/8/punct spokesman/NOUN/8/compound Peskov/PROPN/5/appos told/VERB/3/conj/tell reporters/NOUN/9/iobj ./PUNCT/3/punct",
        // … and as the complement of the verb before it.
        ",/PUNCT/8/punct spokesman/NOUN/8/compound Peskov/PROPN/9/nsubj told/VERB/3/ccomp/tell reporters/NOUN/9/iobj ./PUNCT/3/punct",
    ] {
        let s = sent(&format!("{start} {end}"));
        let fixed = attribution_as_relative(&s.tokens).expect(end);
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (3, "parataxis"));
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (9, "nsubj"));
    }
    // A headline's attribution read as a phrase of its verb: "…, U.S. Navy says".
    let s = sent("Iran/PROPN/2/nsubj seizes/VERB/0/root/seize tanker/NOUN/2/obj ,/PUNCT/7/punct U.S./PROPN/6/compound Navy/PROPN/7/nsubj says/VERB/2/obl/say");
    let fixed = attribution_as_relative(&s.tokens).expect("a headline's attribution");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "parataxis"));
    // A real relative clause stays: "the report, which Peskov wrote".
    let s = sent(&format!(
        "{start} ,/PUNCT/9/punct which/PRON/9/obj Peskov/PROPN/9/nsubj wrote/VERB/5/acl:relcl/write ./PUNCT/3/punct"
    ));
    assert!(attribution_as_relative(&s.tokens).is_none());
}

#[test]
fn a_conjoined_name_right_before_a_subjectless_verb_is_its_subject() {
    // "Washington tried to broker a deal, and envoy Hochstein met officials", the envoy
    // read as a conjunct of "deal".
    let s = sent("Washington/PROPN/2/nsubj tried/VERB/0/root to/PART/4/mark broker/VERB/2/xcomp a/DET/6/det deal/NOUN/4/obj ,/PUNCT/10/punct and/CCONJ/10/cc envoy/NOUN/10/nmod:desc Hochstein/PROPN/6/conj met/VERB/2/parataxis/meet officials/NOUN/11/obj");
    let s = s.tokens;
    let mut s = s;
    s[10].xpos = "VBD".into();
    let out = stranded_subject(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!(h[9], (11, "nsubj"));
    // The title stays on the name; the "and" now joins the clauses.
    assert_eq!(h[8], (10, "nmod:desc"));
    assert_eq!(h[7], (11, "cc"));
    // A verb with its own subject is left alone.
    let s = sent("Russia/PROPN/2/nsubj sent/VERB/0/root arms/NOUN/2/obj and/CCONJ/5/cc tanks/NOUN/3/conj ,/PUNCT/8/punct Iran/PROPN/8/nsubj said/VERB/2/parataxis/say");
    let mut s = s.tokens;
    s[7].xpos = "VBD".into();
    assert!(stranded_subject(&s).is_none());
}

#[test]
fn a_headlines_opening_name_made_root_is_a_second_subject() {
    // "Israel, Hezbollah exchange fire as fears grow", Israel the root.
    let s = sent("Israel/PROPN/0/root ,/PUNCT/1/punct Hezbollah/PROPN/4/nsubj exchange/VERB/1/parataxis fire/NOUN/4/obj as/ADP/7/case fears/NOUN/4/obl grow/VERB/1/parataxis");
    let mut s = s.tokens;
    s[3].xpos = "VBP".into();
    let out = named_root(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!(h[3], (0, "root"));
    assert_eq!(h[0], (4, "nsubj"));
    assert_eq!(h[2], (1, "conj"));
    assert_eq!(h[7], (4, "parataxis"));
    // A name in capitals is a name ("US, China agree"); prose that ends in a full stop is
    // left alone.
    let mut caps = s.clone();
    caps[0].form = "US".into();
    assert!(named_root(&caps).is_some());
    let mut prose = s;
    prose.push(prose[1].clone());
    prose[8].form = ".".into();
    assert!(named_root(&prose).is_none());
}

#[test]
fn a_headlines_opening_name_read_as_a_time_is_a_second_subject() {
    // "US, China agree to resume military talks", "US" read like "Monday".
    let s = sent("US/PROPN/4/obl:unmarked ,/PUNCT/1/punct China/PROPN/4/nsubj agree/VERB/0/root to/PART/6/mark resume/VERB/4/xcomp talks/NOUN/6/obj");
    let mut s = s.tokens;
    s[3].xpos = "VBP".into();
    let out = stray_name(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!((h[0], h[2]), ((4, "nsubj"), (1, "conj")));
    // A dateline is no subject: "MOSCOW, Lavrov says …" is filed from Moscow.
    let mut dated = s.clone();
    dated[1].form = "—".into();
    dated[0].form = "MOSCOW".into();
    assert!(stray_name(&dated).is_none());
    // A two-word name hung as a plain oblique: "South Korea, Japan agree to resume talks".
    let s = sent("South/PROPN/2/compound Korea/PROPN/5/obl ,/PUNCT/2/punct Japan/PROPN/5/nsubj agree/VERB/0/root to/PART/7/mark resume/VERB/5/xcomp talks/NOUN/7/obj");
    let mut s = s.tokens;
    s[4].xpos = "VBP".into();
    let out = stray_name(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!((h[1], h[3]), ((5, "nsubj"), (2, "conj")));
    // An oblique with its preposition is no stray name: "In South Korea, Japan agrees …".
    let mut marked = s.clone();
    marked[0].deprel = "case".into();
    marked[0].upos = "ADP".into();
    assert!(stray_name(&marked).is_none());
}

#[test]
fn a_verb_after_the_comma_that_closes_the_subjects_relative_clause_is_the_main_verb() {
    // "Egypt, which mediated between the sides, hosted talks", "hosted" read as a reduced
    // relative on "sides".
    let s = sent("Egypt/PROPN/0/root ,/PUNCT/4/punct which/PRON/4/nsubj mediated/VERB/1/acl:relcl between/ADP/7/case the/DET/7/det sides/NOUN/4/obl ,/PUNCT/7/punct hosted/VERB/7/acl talks/NOUN/9/obj ./PUNCT/1/punct");
    let mut s = s.tokens;
    s[8].xpos = "VBD".into();
    let out = noun_root(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!(
        (h[8], h[0], h[10]),
        ((0, "root"), (9, "nsubj"), (9, "punct"))
    );
    // A participle inside the clause, with no comma before it, stays.
    let mut inside = s.clone();
    inside[7].form = "and".into();
    inside[7].upos = "CCONJ".into();
    assert!(noun_root(&inside).is_none());
}

#[test]
fn an_opening_adjective_made_root_is_the_nationality_of_the_subject() {
    // "German Chancellor Scholz ruled out sending troops", "German" the root.
    let s = sent("German/ADJ/0/root Chancellor/PROPN/1/nsubj Scholz/PROPN/2/flat ruled/VERB/2/acl/rule out/ADP/4/compound:prt sending/VERB/4/advcl/send troops/NOUN/6/obj ./PUNCT/1/punct");
    let mut s = s.tokens;
    s[3].xpos = "VBN".into();
    let out = adjective_root(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!(
        (h[3], h[1], h[0], h[7]),
        ((0, "root"), (4, "nsubj"), (2, "amod"), (4, "punct"))
    );
    // A participle with nothing a finite verb has is a reduced relative: no repair.
    let mut bare = s.clone();
    bare[4].deprel = "advmod".into();
    bare[5].head = 2;
    assert!(adjective_root(&bare).is_none());
    // An adjective with its copula is a predicate.
    let s = sent("Happy/ADJ/0/root are/AUX/1/cop the/DET/4/det people/NOUN/1/nsubj");
    assert!(adjective_root(&s.tokens).is_none());
}

#[test]
fn a_reports_subject_taken_by_the_reporting_verb_is_given_back() {
    // "The army and the RSF agreed to a truce, the US said", "said" with two subjects.
    let s = sent("army/NOUN/9/nsubj and/CCONJ/3/cc RSF/PROPN/1/conj agreed/VERB/3/acl/agree to/ADP/6/case truce/NOUN/4/obl ,/PUNCT/8/punct US/PROPN/9/nsubj said/VERB/0/root/say ./PUNCT/9/punct");
    let mut s = s.tokens;
    s[3].xpos = "VBN".into();
    let out = attributed_subject(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!(
        (h[3], h[0], h[8], h[9]),
        ((0, "root"), (4, "nsubj"), (4, "parataxis"), (4, "punct"))
    );
    // A speech verb with its report ("Hackers linked to Korea stole money, the FBI said")
    // keeps its parse.
    let mut reported = s.clone();
    reported[5].head = 9;
    reported[5].deprel = "ccomp".into();
    reported[5].upos = "VERB".into();
    assert!(attributed_subject(&reported).is_none());
}

#[test]
fn a_report_with_three_subjects_gives_back_the_first_and_its_phrases() {
    // "The army and the RSF agreed on Saturday to a truce, Egypt and the US said": "said" with
    // three subjects, "Saturday" and "truce" its phrases.
    let s = sent("army/NOUN/13/nsubj and/CCONJ/3/cc RSF/PROPN/1/conj agreed/VERB/3/acl/agree on/ADP/6/case Saturday/PROPN/13/obl to/ADP/8/case truce/NOUN/13/obl ,/PUNCT/10/punct Egypt/PROPN/13/nsubj and/CCONJ/12/cc US/PROPN/13/nsubj said/VERB/0/root/say ./PUNCT/13/punct");
    let mut s = s.tokens;
    s[3].xpos = "VBN".into();
    let out = attributed_subject(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!(
        (h[3], h[0], h[5], h[7], h[12]),
        (
            (0, "root"),
            (4, "nsubj"),
            (4, "obl"),
            (4, "obl"),
            (4, "parataxis")
        )
    );
    // The speaker's own subjects stay with the speech verb.
    assert_eq!((h[9], h[11]), ((13, "nsubj"), (13, "nsubj")));
}

#[test]
fn a_reports_object_taken_for_the_report_goes_back_to_its_verb() {
    // "Ukrainian forces shot down 35 of the 40 missiles, the air force said": "shot" a reduced
    // relative, and "35" the report of "said".
    let s = sent("forces/NOUN/11/nsubj shot/VERB/1/acl/shoot down/ADV/2/compound:prt 35/NUM/11/ccomp of/ADP/7/case the/DET/7/det missiles/NOUN/4/nmod ,/PUNCT/4/punct air/NOUN/10/compound force/NOUN/11/nsubj said/VERB/0/root/say ./PUNCT/11/punct");
    let mut s = s.tokens;
    s[1].xpos = "VBD".into();
    let out = attributed_subject(&s).expect("repaired");
    let h = heads(&out);
    assert_eq!(
        (h[1], h[0], h[3], h[10]),
        ((0, "root"), (2, "nsubj"), (2, "obj"), (2, "parataxis"))
    );
}

#[test]
fn a_verbless_second_report_is_the_first_reports_object() {
    // "The army shot down two drones over the city, officials said": "shot" and "drones" both
    // reports of "said".
    let s = sent("The/DET/2/det army/NOUN/3/nsubj shot/VERB/12/ccomp/shoot down/ADV/3/advmod two/NUM/6/nummod drones/NOUN/12/ccomp over/ADP/9/case the/DET/9/det city/NOUN/6/nmod ,/PUNCT/6/punct officials/NOUN/12/nsubj said/VERB/0/root/say ./PUNCT/12/punct");
    let out = second_report(&s.tokens).expect("repaired");
    assert_eq!(heads(&out)[5], (3, "obj"));
    // A first report with its own object, or a second report that is a clause, is left alone.
    let mut has_object = s.tokens.clone();
    has_object[3].head = 3;
    has_object[3].deprel = "obj".into();
    assert!(second_report(&has_object).is_none());
    let mut clause = s.tokens.clone();
    clause[5].upos = "VERB".into();
    assert!(second_report(&clause).is_none());
}

#[test]
fn a_second_subject_before_the_attributions_comma_is_the_verbs_object() {
    // "Bree fired 50 missiles at Gondor , officials said": "said" hung on "fired", with
    // "missiles" and "officials" its subjects.
    let s = sent("Bree/PROPN/2/nsubj fired/VERB/0/root/fire 50/NUM/4/nummod missiles/NOUN/9/nsubj at/ADP/6/case Gondor/PROPN/4/nmod ,/PUNCT/6/punct officials/NOUN/9/nsubj said/VERB/2/ccomp/say ./PUNCT/2/punct");
    let out = report::object_as_second_subject(&s.tokens).expect("repaired");
    assert_eq!(heads(&out)[3], (2, "obj"));
    assert_eq!(heads(&out)[7], (9, "nsubj"));
    // Not when the verb has an object already, nor with no comma between the two subjects.
    let mut has_object = s.tokens.clone();
    has_object[5].head = 2;
    has_object[5].deprel = "obj".into();
    assert!(report::object_as_second_subject(&has_object).is_none());
    let mut no_comma = s.tokens.clone();
    no_comma[6].form = "and".into();
    assert!(report::object_as_second_subject(&no_comma).is_none());
}

#[test]
fn a_participle_on_the_last_word_of_the_roots_phrase_is_the_verb() {
    // "Talks between Bree and Gondor negotiators resumed in Arnor ."
    let mut s = sent("Talks/NOUN/0/root between/ADP/3/case Bree/PROPN/1/nmod and/CCONJ/6/cc Gondor/PROPN/6/compound negotiators/NOUN/3/conj resumed/VERB/6/acl/resume in/ADP/9/case Arnor/PROPN/7/obl ./PUNCT/1/punct");
    s.tokens[6].xpos = "VBN".into();
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (7, "nsubj"));
    assert_eq!(fixed[9].head, 7);
    // Not past a verb or a colon: "Bree conducted searches : all three nations offered aid".
    let mut s = sent("Bree/PROPN/0/root conducted/VERB/3/amod searches/NOUN/1/conj :/PUNCT/3/punct all/DET/7/det three/NUM/7/nummod nations/NOUN/4/obj offered/VERB/7/acl/offer aid/NOUN/8/obj ./PUNCT/1/punct");
    s.tokens[7].xpos = "VBN".into();
    assert!(noun_root(&s.tokens).is_none());
}

#[test]
fn a_verb_after_the_comma_that_closes_an_apposition_is_the_root() {
    // "Bree , the northern member of the council , also voted against the text ." — the verb
    // read as a participle on the apposition.
    let s = sent("Bree/PROPN/0/root ,/PUNCT/1/punct the/DET/5/det northern/ADJ/5/amod member/NOUN/1/appos of/ADP/8/case the/DET/8/det council/NOUN/5/nmod ,/PUNCT/11/punct also/ADV/11/advmod voted/VERB/5/acl/vote/VBD against/ADP/14/case the/DET/14/det text/NOUN/11/obl ./PUNCT/1/punct");
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (11, "nsubj"));
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (1, "appos"));
    assert_eq!(fixed[14].head, 11);
    // A participle inside the apposition, with no comma before it, is the apposition's own:
    // "Bree , the member elected last year ." stays a noun phrase.
    let s = sent("Bree/PROPN/0/root ,/PUNCT/1/punct the/DET/4/det member/NOUN/1/appos elected/VERB/4/acl/elect/VBN last/ADJ/7/amod year/NOUN/5/obl:tmod ./PUNCT/1/punct");
    assert!(noun_root(&s.tokens).is_none());
}

#[test]
fn a_verb_read_as_a_conjunct_of_a_closed_relative_clause_is_the_root() {
    // "Bree , which intercepted some of the drones , summoned Gondor 's envoy ."
    let s = sent("Bree/PROPN/0/root ,/PUNCT/1/punct which/PRON/4/nsubj intercepted/VERB/1/acl:relcl/intercept/VBD some/DET/4/obj of/ADP/8/case the/DET/8/det drones/NOUN/5/nmod ,/PUNCT/10/punct summoned/VERB/4/conj/summon/VBD Gondor/PROPN/13/nmod:poss 's/PART/11/case envoy/NOUN/10/obj ./PUNCT/1/punct");
    let fixed = noun_root(&s.tokens).expect("repaired");
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (10, "nsubj"));
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (1, "acl:relcl"));
    // A conjunct the relative clause joins with "and" is its own: "Bree , which intercepted
    // the drones and summoned the envoy ." stays a noun phrase.
    let s = sent("Bree/PROPN/0/root ,/PUNCT/1/punct which/PRON/4/nsubj intercepted/VERB/1/acl:relcl/intercept/VBD the/DET/6/det drones/NOUN/4/obj and/CCONJ/8/cc summoned/VERB/4/conj/summon/VBD the/DET/10/det envoy/NOUN/8/obj ./PUNCT/1/punct");
    assert!(noun_root(&s.tokens).is_none());
}
