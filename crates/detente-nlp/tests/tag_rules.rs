//! The rules the pipeline applies to the tagger's output (`tagger/rules.rs`, the headline
//! rules), each on the news sentences it was written for and on ones it must leave alone.

mod common;

use common::{check_offsets, nlp};

#[test]
fn a_headline_clause_gets_the_verb_the_tagger_nearly_chose() {
    let mut nlp = nlp();
    // As `code` does with its event dictionary's verbs.
    nlp.know_verbs(["kill", "issue", "exchange", "order", "sign", "swap", "fire"]);
    for (text, verb, xpos) in [
        (
            "Car bomb attack kills dozens at military base",
            "kills",
            "VBZ",
        ),
        (
            "Iran issues arrest warrants for 36 people; seeks Interpol's aid",
            "issues",
            "VBZ",
        ),
        // A lowercase word the tagger took for a name, in the tense its spelling allows.
        (
            "Pakistan and India exchange fire along Kashmir border",
            "exchange",
            "VBP",
        ),
        // Subjects joined by a comma, the shorthand for "and".
        (
            "Israel, Hezbollah exchange fire as fears of wider war grow",
            "exchange",
            "VBP",
        ),
        ("Armenia, Azerbaijan sign peace deal", "sign", "VBP"),
        ("Russia, Ukraine swap prisoners of war", "swap", "VBP"),
        // A name and its title before the verb, which the tagger read as a plural noun.
        (
            "UN chief urges ceasefire as Sudan fighting rages",
            "urges",
            "VBZ",
        ),
        ("IMF chief warns of global slowdown", "warns", "VBZ"),
        // Or a body: a plural takes the plain form.
        ("Kenya police arrest opposition leader", "arrest", "VBP"),
        ("Myanmar army says rebels seized border town", "says", "VBZ"),
        // Not a word inside the object's noun phrase ("aid" of "three aid workers").
        (
            "Israeli strike kills three aid workers in Gaza",
            "kills",
            "VBZ",
        ),
        // "tear gas" is a noun, whatever the tagger read in "tear".
        (
            "Bangladesh police fire tear gas at student protesters",
            "fire",
            "VBP",
        ),
    ] {
        let sents = nlp.parse_headline(text);
        check_offsets(text, &sents);
        let w = sents[0]
            .tokens
            .iter()
            .find(|t| t.form == verb)
            .expect("the word");
        assert_eq!((w.upos.as_str(), w.xpos.as_str()), ("VERB", xpos), "{text}");
    }
    // ... and the noun it had read as the verb is a noun again.
    let text = "UN chief urges ceasefire as Sudan fighting rages";
    let s = &nlp.parse_headline(text)[0];
    let ceasefire = s
        .tokens
        .iter()
        .find(|t| t.form == "ceasefire")
        .expect("ceasefire");
    assert_eq!(ceasefire.upos, "NOUN", "{text}");
    // No verb is better than a word that cannot be one: "junta" scored as a third person.
    let text = "Niger junta orders French ambassador to leave";
    let s = &nlp.parse_headline(text)[0];
    let junta = s.tokens.iter().find(|t| t.form == "junta").expect("junta");
    assert_ne!(junta.upos, "VERB", "{text}");
    // A clause that has its verb keeps its tags, and so does a headline's future, "to" and
    // the base form ("Germany to send Patriot systems": "systems" is no verb).
    for plain in [
        "Pompeo meets Lavrov in Sochi",
        "Germany to send Patriot systems to Ukraine",
        // Names and a comma before a word that is no present verb ("meeting").
        "Biden, Xi meeting set for November",
    ] {
        let a: Vec<detente_nlp::SmolStr> = nlp.parse(plain)[0]
            .tokens
            .iter()
            .map(|t| t.xpos.clone())
            .collect();
        let b: Vec<detente_nlp::SmolStr> = nlp.parse_headline(plain)[0]
            .tokens
            .iter()
            .map(|t| t.xpos.clone())
            .collect();
        assert_eq!(a, b, "{plain}");
    }
}

#[test]
fn a_verbless_sentence_gets_the_past_tense_its_object_follows() {
    let nlp = nlp();
    // "shot" after a plural subject reads as a noun ("flu shot"), and the sentence has no verb.
    for text in [
        "Police shot dead three militants in a raid.",
        "Soldiers shot a protester on Monday.",
        "Police shot three militants.",
    ] {
        let s = &nlp.parse(text)[0];
        check_offsets(text, std::slice::from_ref(s));
        let shot = s.tokens.iter().find(|t| t.form == "shot").expect("shot");
        assert_eq!(
            (shot.upos.as_str(), shot.xpos.as_str()),
            ("VERB", "VBD"),
            "{text}"
        );
        assert_eq!(shot.head, 0, "{text}: the verb is the root");
    }
    // The clause before an attribution's comma is checked alone, and a particle may come
    // between the verb and its object.
    for text in [
        "The army shot down two drones over the city, officials said.",
        "Police shot dead three militants, the ministry said.",
    ] {
        let s = &nlp.parse(text)[0];
        let shot = s.tokens.iter().find(|t| t.form == "shot").expect("shot");
        assert_eq!(
            (shot.upos.as_str(), shot.xpos.as_str()),
            ("VERB", "VBD"),
            "{text}"
        );
    }
    // Fragments have no past tense with an object after it, and keep their tags.
    for text in [
        "Background support systems.",
        "Great shot, thanks.",
        "A shot in the dark.",
        "Great shot, a shot in the dark.",
    ] {
        let s = &nlp.parse(text)[0];
        assert!(
            s.tokens.iter().all(|t| t.upos != "VERB"),
            "{text}: {:?}",
            s.tokens.iter().map(|t| t.upos.as_str()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn chief_at_the_end_of_a_noun_phrase_is_a_noun() {
    let nlp = nlp();
    // "rights chief" read as an adjective left "criticized" a participle and no main verb.
    let text = "The UN human rights chief criticized Myanmar's military.";
    let s = &nlp.parse(text)[0];
    let tag = |f: &str| {
        s.tokens
            .iter()
            .find(|t| t.form == f)
            .map(|t| (t.upos.to_string(), t.xpos.to_string()))
    };
    assert_eq!(tag("chief"), Some(("NOUN".into(), "NN".into())), "{text}");
    assert_eq!(
        tag("criticized"),
        Some(("VERB".into(), "VBD".into())),
        "{text}"
    );
    // Before its noun it stays an adjective.
    let s = &nlp.parse("The chief executive resigned.")[0];
    assert_ne!(s.tokens[1].upos, "NOUN");
}

#[test]
fn a_preposition_before_a_clause_is_its_subordinator() {
    let nlp = nlp();
    let text = "The talks collapsed on Friday after Russia rejected the proposal.";
    let s = &nlp.parse(text)[0];
    let at = |w: &str| s.tokens.iter().position(|t| t.form == w).expect("the word");
    let (after, russia, rejected) = (at("after"), at("Russia"), at("rejected"));
    assert_eq!(s.tokens[after].upos, "SCONJ");
    // The clause keeps its subject.
    assert_eq!(s.tokens[russia].head, rejected + 1);
    assert_eq!(s.tokens[russia].deprel, "nsubj");
    // "After" with a noun phrase and no verb stays a preposition.
    let s = &nlp.parse("The talks collapsed after the elections in May.")[0];
    let after = s.tokens.iter().find(|t| t.form == "after").expect("after");
    assert_eq!(after.upos, "ADP");
}

#[test]
fn for_before_the_subject_of_an_infinitive_is_its_subordinator() {
    let nlp = nlp();
    let s = &nlp.parse("They waited for the rebels to leave the city.")[0];
    let at = |w: &str| s.tokens.iter().position(|t| t.form == w).expect("the word");
    let (for_, rebels, leave) = (at("for"), at("rebels"), at("leave"));
    assert_eq!(s.tokens[for_].upos, "SCONJ");
    // The infinitive gets its subject and its marker.
    assert_eq!(s.tokens[rebels].head, leave + 1);
    assert_eq!(s.tokens[rebels].deprel, "nsubj");
    assert_eq!(s.tokens[for_].head, leave + 1);
    // A noun with an infinitive of its own, and the idiom "to come", keep the preposition.
    for text in [
        "He was praised for his efforts to end the war.",
        "The deal will stand for years to come.",
    ] {
        let s = &nlp.parse(text)[0];
        let for_ = s.tokens.iter().find(|t| t.form == "for").expect("for");
        assert_eq!(for_.upos, "ADP", "{text}");
    }
}

#[test]
fn a_word_that_is_only_a_preposition_is_one() {
    // "Amid" occurs once in the treebank; news writes it all the time.
    let nlp = nlp();
    let s =
        &nlp.parse_headline("Sri Lanka's president declares state of emergency amid protests")[0];
    let amid = s.tokens.iter().find(|t| t.form == "amid").expect("amid");
    assert_eq!((amid.upos.as_str(), amid.xpos.as_str()), ("ADP", "IN"));
}

#[test]
fn a_participle_that_can_only_be_the_main_verb_is_a_past_tense() {
    let nlp = nlp();
    let xpos = |text: &str, w: &str| {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == w).expect("the word");
        (t.xpos.to_string(), t.deprel.to_string())
    };
    let text = "Serbian President Aleksandar Vucic hosted Chinese leader Xi Jinping in Belgrade.";
    assert_eq!(xpos(text, "hosted"), ("VBD".into(), "root".into()));
    // A participle with the main verb after it, or on a preposition's object, stays one.
    assert_ne!(
        xpos("Photos released Monday show heavy damage.", "released").0,
        "VBD"
    );
    let text = "In a statement issued Monday, the ministry said nothing.";
    assert_ne!(xpos(text, "issued").0, "VBD");
    // The first noun phrase may hold an "of" phrase: "Thousands of protesters", "supporters of
    // the opposition".
    for (text, w) in [
        ("Thousands of protesters blocked roads in Paris.", "blocked"),
        (
            "Supporters of the opposition stormed the building.",
            "stormed",
        ),
    ] {
        assert_eq!(xpos(text, w), ("VBD".into(), "root".into()), "{text}");
    }
}

#[test]
fn a_participle_that_can_only_be_the_main_verb_is_a_past_tense_before_an_infinitive_a_number_or_nothing(
) {
    let nlp = nlp();
    let xpos = |text: &str, w: &str| {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == w).expect("the word");
        (t.xpos.to_string(), t.deprel.to_string())
    };
    let text = "NATO allies promised to increase defence spending at the summit in Vilnius.";
    assert_eq!(xpos(text, "promised"), ("VBD".into(), "root".into()));
    // With a main verb after it, the participle stays one.
    // So is one before a counted object.
    let text = "Israeli air strikes killed at least 20 people in Gaza, the ministry said.";
    assert_eq!(xpos(text, "killed").0, "VBD");
    // And one with nothing after it, the only verb after parties joined by "and".
    let text = "Chinese and Philippine vessels collided near a disputed reef.";
    assert_eq!(xpos(text, "collided"), ("VBD".into(), "root".into()));
    // Not a passive's: "Two men and a woman arrested by police in Paris."
    let text = "Two men and a woman arrested by police in Paris.";
    assert_eq!(xpos(text, "arrested").0, "VBN");
    let text = "Troops sent to guard the border say they lack food.";
    assert_eq!(xpos(text, "sent").0, "VBN");
    // The day the news gives may stand between the verb and its infinitive or object, and a
    // gerund of means after "by" is no passive's agent.
    for (text, w) in [
        (
            "European Union foreign ministers agreed on Monday to impose new sanctions on Iranian officials, diplomats said.",
            "agreed",
        ),
        ("Moscow responded by expelling three Polish diplomats.", "responded"),
    ] {
        assert_eq!(xpos(text, w).0, "VBD", "{text}");
    }
    // Or between the subject and the verb.
    for text in [
        "Kenyan police on Tuesday detained opposition leader Martha Karua, her party said.",
        "Kenyan police yesterday detained opposition leader Martha Karua.",
    ] {
        assert_eq!(xpos(text, "detained").0, "VBD", "{text}");
    }
    // The clause a verb of saying opens is read as a sentence, with "that" or without.
    for (text, w) in [
        (
            "Pakistan said Indian jets violated its airspace.",
            "violated",
        ),
        (
            "Kyiv said that Russian forces shelled the city overnight.",
            "shelled",
        ),
    ] {
        assert_eq!(xpos(text, w).0, "VBD", "{text}");
    }
    // Not when the clause has a verb of its own.
    let text = "Officials said documents released Monday show the plan.";
    assert_eq!(xpos(text, "released").0, "VBN", "{text}");
}

#[test]
fn an_infinitive_after_a_word_that_takes_one_is_no_preposition_and_noun() {
    let mut nlp = nlp();
    nlp.know_verbs(["exchange"]);
    let text = "Azerbaijan and Armenia have agreed to exchange prisoners of war.";
    let s = &nlp.parse(text)[0];
    let tag = |w: &str| {
        let t = s.tokens.iter().find(|t| t.form == w).expect("the word");
        (t.upos.to_string(), t.xpos.to_string())
    };
    assert_eq!(tag("to"), ("PART".into(), "TO".into()));
    assert_eq!(tag("exchange"), ("VERB".into(), "VB".into()));
    // Not after a word that takes no infinitive.
    let s = &nlp.parse("The party returned to power in May.")[0];
    let power = s.tokens.iter().find(|t| t.form == "power").expect("power");
    assert_eq!(power.upos, "NOUN");
}

#[test]
fn a_present_verb_after_an_adjective_after_a_verb_is_a_noun() {
    let nlp = nlp();
    // "military" read as a subject left "exercises" a verb and "held" without its object.
    for (text, word) in [
        ("China held military exercises around Taiwan.", "exercises"),
        (
            "Volunteers were moving heavy objects, the report said.",
            "objects",
        ),
    ] {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == word).expect("word");
        assert_eq!(t.upos, "NOUN", "{text}");
    }
    // So is a third-person verb after a common noun the verb takes as its object's first word,
    // with a preposition after it.
    for (text, word) in [
        (
            "The United States imposed visa bans on Georgian officials.",
            "bans",
        ),
        ("Russia imposed entry bans on British journalists.", "bans"),
    ] {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == word).expect("word");
        assert_eq!(
            (t.upos.as_str(), t.xpos.as_str()),
            ("NOUN", "NNS"),
            "{text}"
        );
    }
    // Not after a verb that takes a clause: there the noun is the clause's subject.
    for (text, word) in [
        ("Officials said security remains in place.", "remains"),
        (
            "The minister says oil flows through the pipeline again.",
            "flows",
        ),
    ] {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == word).expect("word");
        assert_eq!(t.upos, "VERB", "{text}");
    }
    // A verb after a noun subject stays one, with no verb before it. (Not "the military
    // exercises restraint": the tagger itself reads "restraint", a word the treebank lacks,
    // as the verb there, and "military" as an adjective.)
    for text in [
        "The military exercises caution.",
        "The government exercises restraint.",
    ] {
        let s = &nlp.parse(text)[0];
        let t = s
            .tokens
            .iter()
            .find(|t| t.form == "exercises")
            .expect("word");
        assert_eq!(t.upos, "VERB", "{text}");
    }
}

#[test]
fn a_verb_spelt_as_a_plural_agent_noun_of_no_known_verb_is_that_noun() {
    let nlp = nlp();
    // "negotiators" read as the verb of "Hamas" left "resumed" a complement of it.
    let text = "Talks between Israeli and Hamas negotiators resumed in Cairo on Sunday.";
    let s = &nlp.parse(text)[0];
    let t = s
        .tokens
        .iter()
        .find(|t| t.form == "negotiators")
        .expect("the word");
    assert_eq!((t.upos.as_str(), t.xpos.as_str()), ("NOUN", "NNS"));
    // A verb that is one stays one: "The UN monitors the ceasefire".
    let s = &nlp.parse("The UN monitors the ceasefire.")[0];
    let t = s
        .tokens
        .iter()
        .find(|t| t.form == "monitors")
        .expect("the word");
    assert_eq!(t.upos, "VERB");
}

#[test]
fn shot_before_dead_is_the_verb() {
    let nlp = nlp();
    let tag = |text: &str| {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == "shot").expect("shot");
        (t.xpos.to_string(), t.deprel.to_string())
    };
    let text = "Israeli troops shot dead two Palestinians during a raid in Jenin.";
    assert_eq!(tag(text), ("VBD".into(), "root".into()));
    let text = "Two protesters were shot dead in Nairobi.";
    assert_eq!(tag(text).0, "VBN");
}

#[test]
fn only_an_auxiliary_is_tagged_as_one() {
    let nlp = nlp();
    // "police" after a nationality the model has not seen was read as "were": a passive
    // with "Kenyan" as its subject. Auxiliaries are a closed class.
    let s = &nlp.parse("Kenyan police arrested a pastor.")[0];
    let upos: Vec<&str> = s.tokens.iter().map(|t| t.upos.as_str()).collect();
    assert_eq!(upos[1], "NOUN", "{upos:?}");
    assert_eq!(s.tokens[2].deprel, "root");
    // Real auxiliaries keep their class.
    let s = &nlp.parse("The talks would have been held in Geneva.")[0];
    let aux = s.tokens.iter().filter(|t| t.upos == "AUX").count();
    assert_eq!(aux, 3);
}

#[test]
fn a_past_form_after_an_article_or_a_number_modifies_the_noun() {
    let nlp = nlp();
    let xpos = |text: &str, word: &str| {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == word).expect("the word");
        (t.xpos.to_string(), t.deprel.to_string())
    };
    // Read as a past tense, "kidnapped" became a second main verb of the soldiers'.
    let (x, rel) = xpos(
        "The Nigerian military rescued 20 kidnapped schoolchildren in Kaduna state.",
        "kidnapped",
    );
    assert_eq!(x, "VBN");
    assert_eq!(rel, "amod");
    // A past tense after "one" is its verb.
    let (x, _) = xpos("Of the thousands, one seemed motionless.", "seemed");
    assert_eq!(x, "VBD");
}

#[test]
fn a_verb_after_an_article_that_ends_its_phrase_is_a_noun() {
    let nlp = nlp();
    let tag = |text: &str, w: &str| {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == w).expect("the word");
        (t.upos.to_string(), t.xpos.to_string())
    };
    let text = "Two Palestinians were killed by Israeli troops during a raid in Jenin on Monday, the ministry said.";
    assert_eq!(tag(text, "raid"), ("NOUN".into(), "NN".into()));
    // The first word of a compound goes on to its noun, and is left as the tagger read it.
    let text = "We took a take home test.";
    assert_eq!(tag(text, "take").0, "VERB");
    // Nor a piece of a contraction typed apart.
    assert_ne!(tag("I know the re from Ireland.", "re").0, "NOUN");
}

#[test]
fn a_verb_that_takes_an_infinitive_after_a_name_is_no_plural_noun() {
    let nlp = nlp();
    let tag = |text: &str, w: &str| {
        let s = &nlp.parse(text)[0];
        let t = s.tokens.iter().find(|t| t.form == w).expect("the word");
        (t.upos.to_string(), t.xpos.to_string())
    };
    let text = "UN Security Council fails to agree on Gaza resolution";
    assert_eq!(tag(text, "fails"), ("VERB".into(), "VBZ".into()));
    // A plural noun of no such verb stays one: "Hamas fighters to leave Gaza".
    let text = "Deal allows Hamas fighters to leave Gaza";
    assert_eq!(tag(text, "fighters").1, "NNS");
}

#[test]
fn a_name_shaped_like_a_demonym_before_its_verb_is_a_proper_noun() {
    let nlp = nlp();
    let names = |f: &str| matches!(f, "Albanese" | "Chinese" | "Beijing");
    let tag = |text: &str, w: &str| {
        let s = &nlp.parse_with_names(text, &names)[0];
        let t = s.tokens.iter().find(|t| t.form == w).expect("the word");
        t.upos.to_string()
    };
    let text = "Albanese said he had raised the case of a detained writer and urged Beijing to lift trade barriers.";
    assert_eq!(tag(text, "Albanese"), "PROPN");
    // A demonym before its noun stays an adjective.
    assert_eq!(
        tag("Chinese officials said the talks went well.", "Chinese"),
        "ADJ"
    );
}

#[test]
fn have_before_a_participle_is_the_perfects_auxiliary() {
    let nlp = nlp();
    // The bundled tagger read "has" as the main verb in the first two, with the participle
    // its complement.
    for (text, verb) in [
        ("China has rejected the claims.", "rejected"),
        (
            "The United States has imposed sanctions on Iran.",
            "imposed",
        ),
        ("Russia has threatened to stop negotiations.", "threatened"),
        ("The rebels have already agreed to a ceasefire.", "agreed"),
    ] {
        let s = &nlp.parse(text)[0];
        let have = s
            .tokens
            .iter()
            .find(|t| t.lemma == "have")
            .expect("a form of have");
        let v = s.tokens.iter().position(|t| t.form == verb).expect("verb");
        assert_eq!(have.upos, "AUX", "{text}");
        assert_eq!(s.tokens[v].xpos, "VBN", "{text}");
        assert_eq!(s.tokens[v].head, 0, "{text}: the participle is the root");
        assert_eq!(have.head, v + 1, "{text}: and has the auxiliary");
    }
    // "have" with its object keeps its reading as the main verb.
    let s = &nlp.parse("The rebels have weapons.")[0];
    let have = s.tokens.iter().find(|t| t.form == "have").expect("have");
    assert_eq!((have.upos.as_str(), have.head), ("VERB", 0));
}

#[test]
fn outside_between_a_verb_and_a_noun_phrase_is_a_preposition() {
    let nlp = nlp();
    let s = &nlp.parse("Hundreds of protesters gathered outside parliament in Belgrade.")[0];
    let outside = s
        .tokens
        .iter()
        .position(|t| t.form == "outside")
        .expect("outside");
    assert_eq!(s.tokens[outside].upos, "ADP");
    assert_eq!(
        s.tokens[outside].head,
        outside + 2,
        "it opens \"parliament\""
    );
    // Without a noun phrase after it, it is no preposition.
    let s = &nlp.parse("The protesters waited outside.")[0];
    let outside = s
        .tokens
        .iter()
        .find(|t| t.form == "outside")
        .expect("outside");
    assert_ne!(outside.upos, "ADP");
}
