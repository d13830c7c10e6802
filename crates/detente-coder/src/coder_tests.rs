use super::*;
use crate::dictionary::{parse_elements, Pattern, VerbEntry};
use crate::tree::testing::{sent, text};
use detente_nlp::Sentence;
use jiff::civil::date;

/// A hand-made dictionary: phrases → codes, greedy longest match.
#[derive(Default)]
struct Mini {
    actors: Vec<(Vec<String>, String, MentionKind)>,
    verbs: HashMap<String, VerbEntry>,
    nouns: HashMap<String, VerbEntry>,
    names: Vec<String>,
    linear: HashMap<String, Vec<crate::linear::LinearPattern>>,
}

impl Mini {
    fn actor(mut self, phrase: &str, code: &str, kind: MentionKind) -> Self {
        self.actors.push((
            phrase.to_lowercase().split(' ').map(String::from).collect(),
            code.into(),
            kind,
        ));
        if kind == MentionKind::Person {
            self.names.push(phrase.to_string());
        }
        self
    }
    fn verb(mut self, lemma: &str, code: Option<&str>, pats: &[(&str, &str)]) -> Self {
        self.verbs.insert(lemma.into(), entry(code, pats));
        self
    }
    fn noun(mut self, lemma: &str, code: Option<&str>, pats: &[(&str, &str)]) -> Self {
        self.nouns.insert(lemma.into(), entry(code, pats));
        self
    }
}

fn entry(code: Option<&str>, pats: &[(&str, &str)]) -> VerbEntry {
    VerbEntry {
        code: code.map(String::from),
        reverse: None,
        patterns: pats
            .iter()
            .map(|(l, c)| Pattern {
                reverse: None,
                elements: parse_elements(l, |_| None),
                code: c.to_string(),
            })
            .collect(),
    }
}

impl Dictionary for Mini {
    fn actors_in(&self, tokens: &[Token], _date: Option<Date>) -> Vec<Mention> {
        let lw: Vec<String> = tokens.iter().map(|w| w.form.to_lowercase()).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < lw.len() {
            let best = self
                .actors
                .iter()
                .filter(|(p, _, _)| lw[i..].starts_with(p))
                .max_by_key(|(p, _, _)| p.len());
            match best {
                Some((p, c, k)) => {
                    out.push(Mention {
                        start: i,
                        end: i + p.len(),
                        code: c.clone(),
                        kind: *k,
                    });
                    i += p.len();
                }
                None => i += 1,
            }
        }
        out
    }
    fn verb(&self, lemma: &str) -> Option<&VerbEntry> {
        self.verbs.get(lemma)
    }
    fn noun_event(&self, lemma: &str) -> Option<&VerbEntry> {
        self.nouns.get(lemma)
    }
    fn discard(&self, sentence: &str) -> Option<Discard> {
        sentence
            .contains("premier league")
            .then_some(Discard::Sentence)
    }
    fn person_names(&self) -> &[String] {
        &self.names
    }
    fn linear(&self, lemma: &str) -> &[crate::linear::LinearPattern] {
        self.linear.get(lemma).map_or(&[], Vec::as_slice)
    }
}

fn dict() -> Mini {
    Mini::default()
        .actor("Russia", "RUS", MentionKind::Country)
        .actor("Russian", "RUS", MentionKind::Country)
        .actor("Iran", "IRN", MentionKind::Country)
        .actor("Saudi", "SAU", MentionKind::Country)
        .actor("US", "USA", MentionKind::Country)
        .actor("Mike Pompeo", "USAGOV", MentionKind::Person)
        .actor("Vladimir Putin", "RUSGOV", MentionKind::Person)
        .actor("counterpart", "---GOV", MentionKind::Agent)
        .actor("foreign minister", "---GOV", MentionKind::Agent)
        .actor("President", "---GOV", MentionKind::Agent)
        .actor("officials", "---GOV", MentionKind::Agent)
        .verb("meet", Some("040"), &[("with +", "040")])
        .verb("sit down", None, &[("with +", "040")])
        .verb("attack", Some("190"), &[])
        .verb("talk", Some("040"), &[])
        .verb("pull out", Some("161"), &[])
        .verb("reject", Some("120"), &[])
        .noun("attack", None, &[("on +", "190")])
        .noun("meeting", Some("040"), &[])
        .noun("ceasefire", Some("0871"), &[("with +", "0871")])
}

fn code(d: &Mini, specs: &[&str]) -> Vec<Event> {
    let sents: Vec<Sentence> = specs.iter().map(|s| sent(s)).collect();
    let texts: Vec<String> = sents.iter().map(text).collect();
    let inputs: Vec<Input> = sents
        .iter()
        .zip(&texts)
        .map(|(s, t)| Input {
            text: t,
            offset: 0,
            tokens: &s.tokens,
        })
        .collect();
    Coder::new(d, Options::default()).code_article("doc", Some(date(2019, 5, 14)), &inputs)
}

fn brief(e: &Event) -> String {
    format!(
        "{}>{}:{}",
        e.source.as_ref().map_or("-", |a| a.code.as_str()),
        e.target.as_ref().map_or("-", |a| a.code.as_str()),
        e.cameo
    )
}

const POMPEO: &str = "Secretary/PROPN/5/compound of/ADP/3/case State/PROPN/1/nmod Mike/PROPN/5/compound Pompeo/PROPN/6/nsubj arrived/VERB/0/root/arrive";

#[test]
fn surname_and_composed_target_with_particle_pattern() {
    let d = dict();
    let ev = code(
        &d,
        &[
            POMPEO,
            "Pompeo/PROPN/2/nsubj sat/VERB/0/root/sit down/ADP/2/compound:prt with/ADP/7/case his/PRON/7/nmod:poss Russian/ADJ/7/amod counterpart/NOUN/2/obl",
        ],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["USAGOV>RUSGOV:040"]
    );
    let e = &ev[0];
    assert_eq!(e.sentence_index, 1);
    assert_eq!(e.evidence, "sat down with");
    assert_eq!(e.target.as_ref().unwrap().text, "his Russian counterpart");
    assert_eq!(e.plover.as_deref(), Some("CONSULT"));
    assert_eq!(e.date.as_deref(), Some("2019-05-14"));
}

#[test]
fn headline_surname_resolves_to_later_full_mention() {
    let d = dict();
    let ev = code(
        &d,
        &[
            "Pompeo/PROPN/2/nsubj meets/VERB/0/root/meet Russian/ADJ/4/amod counterpart/NOUN/2/obj",
            POMPEO,
        ],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["USAGOV>RUSGOV:040"]
    );
}

#[test]
fn passive_relative_clause_and_conjoined_actors() {
    let d = dict();
    // Russia was attacked by Iran
    let ev = code(&d, &["Russia/PROPN/3/nsubj:pass was/AUX/3/aux:pass attacked/VERB/0/root/attack by/ADP/5/case Iran/PROPN/3/obl:agent"]);
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:190"]
    );
    // Iran, which Russia met, attacked Saudi officials: the relative clause does not steal the subject.
    let ev = code(&d, &["Iran/PROPN/6/nsubj ,/PUNCT/1/punct which/PRON/5/obj Russia/PROPN/5/nsubj met/VERB/1/acl:relcl/meet attacked/VERB/0/root/attack Saudi/ADJ/8/amod officials/NOUN/6/obj"]);
    let got: Vec<_> = ev.iter().map(brief).collect();
    assert!(got.contains(&"IRN>SAUGOV:190".to_string()), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("RUS>SAU")), "{got:?}");
    // Russia and Iran met US officials: one event per pair.
    let ev = code(&d, &["Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj met/VERB/0/root/meet US/PROPN/6/compound officials/NOUN/4/obj"]);
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["RUS>USAGOV:040", "IRN>USAGOV:040"]
    );
}

#[test]
fn frames_negation_and_modality() {
    let d = dict();
    // Iran agreed to meet Russia → intent 036 with the matrix subject as source.
    let ev = code(&d, &["Iran/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark meet/VERB/2/xcomp Russia/PROPN/4/obj"]);
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:036"]
    );
    let ev = code(&d, &["Iran/PROPN/2/nsubj refused/VERB/0/root/refuse to/PART/4/mark meet/VERB/2/xcomp Russia/PROPN/4/obj"]);
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:125"]
    );
    let ev = code(&d, &["Iran/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART/4/mark attack/VERB/2/xcomp Russia/PROPN/4/obj"]);
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:138"]
    );
    let ev = code(&d, &["Iran/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod meet/VERB/0/root Russia/PROPN/4/obj"]);
    assert!(ev.is_empty());
    let ev = code(
        &d,
        &["Iran/PROPN/3/nsubj may/AUX/3/aux meet/VERB/0/root Russia/PROPN/3/obj"],
    );
    assert!(ev.is_empty());
}

#[test]
fn quote_with_we_takes_the_speaker_and_told_addressee() {
    let d = dict();
    // "we 'll keep talking," Pompeo told Russian officials
    let ev = code(
        &d,
        &[
            POMPEO,
            "we/PRON/3/nsubj 'll/AUX/3/aux keep/VERB/0/root talking/VERB/3/xcomp/talk ,/PUNCT/7/punct Pompeo/PROPN/7/nsubj told/VERB/3/parataxis/tell Russian/ADJ/9/amod officials/NOUN/7/obj",
        ],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["USAGOV>RUSGOV:036"]
    );
    assert_eq!(ev[0].quote.as_ref().unwrap().speaker, "Pompeo");
    assert_eq!(ev[0].modality.as_deref(), Some("future"));
    // Nothing specific inside: the statement to an actor is 010.
    let ev = code(&d, &[POMPEO, "Pompeo/PROPN/2/nsubj told/VERB/0/root/tell Russian/ADJ/4/amod officials/NOUN/2/obj it/PRON/6/nsubj rained/VERB/2/ccomp/rain"]);
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["USAGOV>RUSGOV:010"]
    );
}

#[test]
fn nominal_events_two_sides_misspelling_and_dates() {
    let d = dict();
    let ev = code(&d, &["A/DET/3/det drone/NOUN/3/compound attack/NOUN/0/root on/ADP/8/case a/DET/8/det Saudi/ADJ/8/amod oil/NOUN/8/compound pipeline/NOUN/3/nmod Monday/PROPN/3/nmod:tmod"]);
    assert_eq!(ev.iter().map(brief).collect::<Vec<_>>(), vec!["->SAU:190"]);
    assert_eq!(ev[0].date.as_deref(), Some("2019-05-13"));
    assert_eq!(ev[0].date_text.as_deref(), Some("Monday"));
    let ev = code(
        &d,
        &[
            POMPEO,
            "the/DET/2/det meeting/NOUN/0/root between/ADP/4/case Pompeo/PROPN/2/nmod and/CCONJ/8/cc the/DET/8/det Russian/ADJ/8/amod counterpart/NOUN/4/conj",
            "The/DET/3/det two/NUM/3/nummod sides/NOUN/4/nsubj meet/VERB/0/root/meet next/ADJ/6/amod month/NOUN/4/obl:tmod",
        ],
    );
    let got: Vec<_> = ev
        .iter()
        .map(|e| format!("{} {}", e.sentence_index, brief(e)))
        .collect();
    assert_eq!(got, vec!["1 USAGOV>RUSGOV:040", "2 USAGOV>RUSGOV:040"]);
    assert_eq!(ev[1].date_text.as_deref(), Some("next month"));
    let ev = code(&d, &["Russian/ADJ/2/amod President/PROPN/4/compound Vladamir/PROPN/4/compound Putin/PROPN/5/nsubj met/VERB/0/root/meet Iran/PROPN/5/obj"]);
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["RUSGOV>IRN:040"]
    );
    assert_eq!(
        ev[0].source.as_ref().unwrap().text,
        "Russian President Vladamir Putin"
    );
}

#[test]
fn discards_and_edit_distance() {
    let d = dict();
    assert!(code(
        &d,
        &["premier/ADJ/2/amod league/NOUN/3/nsubj attacked/VERB/0/root/attack Iran/PROPN/3/obj"]
    )
    .is_empty());
    assert!(edit_distance_at_most_one(
        "vladamir putin",
        "vladimir putin"
    ));
    assert!(edit_distance_at_most_one("putin", "puttin"));
    assert!(!edit_distance_at_most_one("putin", "pitun"));
}

#[test]
fn spelled_out_negation_and_foreign_codes_pass() {
    let d = dict().verb("clash", None, &[("not * +", "904"), ("with +", "190")]);
    // "Iran did not clash with Russia": the pattern names the negation, so it is coded.
    let ev = code(&d, &["Iran/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod clash/VERB/0/root with/ADP/6/case Russia/PROPN/4/obl"]);
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:904"]
    );
    assert_eq!(ev[0].quad_class, 0);
    assert_eq!(ev[0].plover, None);
    // Without the negation the ordinary pattern applies.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj clashed/VERB/0/root/clash with/ADP/4/case Russia/PROPN/2/obl"],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:190"]
    );
}

#[test]
fn conjoined_parties_without_target_act_on_each_other() {
    let d = dict();
    let ev = code(
        &d,
        &["Iran/PROPN/4/nsubj and/CCONJ/3/cc Russia/PROPN/1/conj met/VERB/0/root/meet"],
    );
    let mut got: Vec<_> = ev.iter().map(brief).collect();
    got.sort();
    assert_eq!(got, vec!["IRN>RUS:040", "RUS>IRN:040"]);
}

#[test]
fn a_dateline_place_is_not_the_source() {
    let d = dict().actor("Moscow", "RUS", MentionKind::Country);
    let ev = code(
        &d,
        &["MOSCOW/PROPN/8/nsubj (/PUNCT/3/punct Reuters/PROPN/1/appos )/PUNCT/3/punct —/PUNCT/1/punct Mike/PROPN/7/compound Pompeo/PROPN/8/nsubj met/VERB/0/root/meet with/ADP/11/case Vladimir/PROPN/11/compound Putin/PROPN/8/obl"],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["USAGOV>RUSGOV:040"]
    );
    assert!(ev
        .iter()
        .all(|e| e.source.as_ref().is_none_or(|s| s.text != "MOSCOW")));
}

#[test]
fn future_reading_and_linear_patterns_that_spell_the_modal() {
    use crate::linear::{LinearPattern, Raw};
    let mut d = dict().verb("act", Some("100"), &[]);
    d.linear.insert(
        "act".into(),
        vec![LinearPattern::compile(
            &[
                Raw::Word("would".into()),
                Raw::Verb,
                Raw::Word("now".into()),
            ],
            "1010",
        )
        .unwrap()],
    );
    let will = "Russia/PROPN/3/nsubj will/AUX/3/aux attack/VERB/0/root Iran/PROPN/3/obj";
    let run = |c: Coder, spec: &str| -> Vec<String> {
        let s = sent(spec);
        let t = text(&s);
        let input = Input {
            text: &t,
            offset: 0,
            tokens: &s.tokens,
        };
        c.code_article("doc", None, &[input])
            .iter()
            .map(brief)
            .collect()
    };
    // CAMEO's reading: a future attack is an intent (138); PETRARCH's: the attack itself.
    assert_eq!(
        run(Coder::new(&d, Options::default()), will),
        vec!["RUS>IRN:138"]
    );
    assert_eq!(
        run(
            Coder::new(&d, Options::default()).future_as_asserted(true),
            will
        ),
        vec!["RUS>IRN:190"]
    );
    // "would" makes an event hypothetical unless the pattern itself says "would".
    let would = "Russia/PROPN/3/nsubj would/AUX/3/aux act/VERB/0/root now/ADV/3/advmod against/ADP/6/case Iran/PROPN/3/obl";
    assert_eq!(
        run(Coder::new(&d, Options::default()), would),
        vec!["RUS>IRN:1010"]
    );
    let later = "Russia/PROPN/3/nsubj would/AUX/3/aux act/VERB/0/root against/ADP/5/case Iran/PROPN/3/obl later/ADV/3/advmod";
    assert!(run(Coder::new(&d, Options::default()), later).is_empty());
}

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
    let got: Vec<String> = ev.iter().filter(|e| e.cameo == "190").map(brief).collect();
    // The article is about Iran; a sentence that names one country gives its own.
    assert_eq!(got, vec!["IRNCOP>---CVL:190", "RUSCOP>RUSCVL:190"]);
}

#[test]
fn a_subject_the_parser_missed_is_the_first_actor_before_the_verb() {
    let d = dict();
    // The parser hung "Iran" on "today" instead of making it the subject.
    let ev = code(
        &d,
        &["Iran/PROPN/2/compound today/NOUN/3/obl:unmarked attacked/VERB/0/root/attack Russia/PROPN/3/obj"],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:190"]
    );
    // Not an actor inside a prepositional phrase ("in Iran").
    let ev = code(
        &d,
        &["In/ADP/2/case Iran/PROPN/4/obl today/NOUN/4/obl:unmarked attacked/VERB/0/root/attack Russia/PROPN/4/obj"],
    );
    assert!(
        ev.iter().all(|e| e.source.is_none()),
        "{:?}",
        ev.iter().map(brief).collect::<Vec<_>>()
    );
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
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["RUS>IRN:042"]
    );
}

#[test]
fn an_actor_before_the_verb_stands_in_for_a_subject_that_names_none() {
    // Iran, a regional power, attacked Russia: the parser took "a" for the subject.
    let ev = code(
        &dict(),
        &["Iran/PROPN/7/obl:unmarked ,/PUNCT/3/punct a/DET/7/nsubj regional/ADJ/5/amod power/NOUN/3/appos ,/PUNCT/7/punct attacked/VERB/0/root/attack Russia/PROPN/7/obj"],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:190"]
    );
    // A pronoun subject is kept (its antecedent is for the context to find).
    let ev = code(
        &dict(),
        &["Iran/PROPN/4/obl:unmarked ,/PUNCT/1/punct it/PRON/4/nsubj attacked/VERB/0/root/attack Russia/PROPN/4/obj"],
    );
    assert!(
        ev.is_empty(),
        "{:?}",
        ev.iter().map(brief).collect::<Vec<_>>()
    );
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
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["IRN>RUS:120"]
    );
    // With a "by" agent it is a passive event: Russia opposes Iran.
    let ev = code(
        &d,
        &["Iran/PROPN/3/nsubj:pass was/AUX/3/aux:pass opposed/VERB/0/root/oppose by/ADP/5/case Russia/PROPN/3/obl"],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["RUS>IRN:120"]
    );
    // "Up to 100 Russians protested", the parser hanging "Russians" on "to".
    let d = d.actor("Russians", "RUS", MentionKind::Country);
    let ev = code(
        &d,
        &["Up/ADP/5/advmod to/ADP/4/case 100/NUM/4/nummod Russians/PROPN/5/obl protested/VERB/0/root/protest"],
    );
    assert_eq!(ev.iter().map(brief).collect::<Vec<_>>(), vec!["RUS>-:140"]);
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
    assert_eq!(got, vec!["RUSGOV>-:140", "IRN>RUSGOV:111"]);
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
    assert_eq!(ev.iter().map(brief).collect::<Vec<_>>(), vec!["->-:183"]);
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
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["RUS>IRN:080"]
    );
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
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["KRV>VALGOV:190"]
    );
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
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["RUS>IRN:190"]
    );
}

#[test]
fn speech_inside_speech_takes_the_outer_speaker() {
    let d = dict();
    // "we have said that we met Iran," Vladimir Putin said
    let ev = code(
        &d,
        &["we/PRON/3/nsubj have/AUX/3/aux said/VERB/11/ccomp/say that/SCONJ/6/mark we/PRON/6/nsubj met/VERB/3/ccomp/meet Iran/PROPN/6/obj ,/PUNCT/3/punct Vladimir/PROPN/10/compound Putin/PROPN/11/nsubj said/VERB/0/root/say"],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["RUSGOV>IRN:040"]
    );
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
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["USAGOV>RUSGOV:040", "USAGOV>RUSGOV:040"]
    );
    assert_eq!(ev[1].sentence_index, 1);
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
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["BREGOV>IRN:190"]
    );
}

#[test]
fn a_role_as_source_of_a_nominal_event_takes_the_country_of_the_sentence() {
    let d = dict();
    // In Russia, officials launched an attack on Iran.
    let ev = code(
        &d,
        &["In/ADP/2/case Russia/PROPN/5/obl ,/PUNCT/2/punct officials/NOUN/5/nsubj launched/VERB/0/root/launch an/DET/7/det attack/NOUN/5/obj on/ADP/9/case Iran/PROPN/7/nmod"],
    );
    assert_eq!(
        ev.iter().map(brief).collect::<Vec<_>>(),
        vec!["RUSGOV>IRN:190"]
    );
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
    assert_eq!(ev.iter().map(brief).collect::<Vec<_>>(), vec!["IRN>-:0871"]);
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
    let got: Vec<String> = ev.iter().filter(|e| e.cameo == "190").map(brief).collect();
    // In news about Iran, "forces" are Iran's; "foreign forces" are not.
    assert_eq!(got, vec!["IRNMIL>---REB:190", "---MIL>---REB:190"]);
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
    let t = text(&s);
    let input = Input {
        text: &t,
        offset: 0,
        tokens: &s.tokens,
    };
    let got: Vec<String> = Coder::new(&d, Options::default())
        .future_as_asserted(true)
        .code_article("doc", None, &[input])
        .iter()
        .map(brief)
        .collect();
    assert_eq!(got, vec!["IRN>-:042"]);
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
