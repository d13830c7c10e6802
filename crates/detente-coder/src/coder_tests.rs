use super::*;
use crate::dictionary::{Discard, Mention, VerbEntry};
use crate::tree::testing::{sent, text};
use detente_nlp::Sentence;
use jiff::civil::{date, Date};

/// A hand-made dictionary: phrases → codes, greedy longest match.
#[derive(Default)]
pub(super) struct Mini {
    actors: Vec<(Vec<String>, String, MentionKind)>,
    pub(super) verbs: HashMap<String, VerbEntry>,
    nouns: HashMap<String, VerbEntry>,
    names: Vec<String>,
    pub(super) linear: HashMap<String, Vec<crate::linear::LinearPattern>>,
}

impl Mini {
    pub(super) fn actor(mut self, phrase: &str, code: &str, kind: MentionKind) -> Self {
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
    pub(super) fn verb(mut self, lemma: &str, code: Option<&str>, pats: &[(&str, &str)]) -> Self {
        self.verbs.insert(lemma.into(), entry(code, pats));
        self
    }
    pub(super) fn noun(mut self, lemma: &str, code: Option<&str>, pats: &[(&str, &str)]) -> Self {
        self.nouns.insert(lemma.into(), entry(code, pats));
        self
    }
}

pub(super) fn entry(code: Option<&str>, pats: &[(&str, &str)]) -> VerbEntry {
    crate::dictionary::test_entry(code, pats, |_| None)
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
                        place: false,
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
    fn begins_phrasal(&self, word: &str) -> bool {
        self.verbs
            .keys()
            .any(|k| k.split_once(' ').is_some_and(|(first, _)| first == word))
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

pub(super) fn dict() -> Mini {
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

pub(super) fn code(d: &Mini, specs: &[&str]) -> Vec<Event> {
    code_on(d, date(2019, 5, 14), specs)
}

/// The events of an article of parsed sentences, dated `on`, with any dictionary.
pub(super) fn code_on(d: &(dyn Dictionary + Sync), on: Date, specs: &[&str]) -> Vec<Event> {
    let sents: Vec<Sentence> = specs.iter().map(|s| sent(s)).collect();
    let texts: Vec<String> = sents.iter().map(text).collect();
    Coder::new(d, Options::default()).code_article("doc", Some(on), &inputs(&sents, &texts))
}

/// The coder's inputs for parsed sentences and their texts (`texts[i]` of `sents[i]`).
pub(super) fn inputs<'a>(sents: &'a [Sentence], texts: &'a [String]) -> Vec<Input<'a>> {
    sents
        .iter()
        .zip(texts)
        .map(|(s, t)| Input {
            text: t,
            offset: 0,
            tokens: &s.tokens,
        })
        .collect()
}

/// The events `coder` gives one parsed sentence (no article date), briefly.
pub(super) fn code_with(coder: &Coder, s: &Sentence) -> Vec<String> {
    let t = text(s);
    let input = Input {
        text: &t,
        offset: 0,
        tokens: &s.tokens,
    };
    coder
        .code_article("doc", None, &[input])
        .iter()
        .map(brief)
        .collect()
}

/// The brief form of the events with code `cameo`, in order.
/// Every event in brief, for assertions and their messages.
pub(super) fn briefs(ev: &[Event]) -> Vec<String> {
    ev.iter().map(brief).collect()
}

pub(super) fn briefs_with(ev: &[Event], cameo: &str) -> Vec<String> {
    ev.iter().filter(|e| e.cameo == cameo).map(brief).collect()
}

pub(super) fn brief(e: &Event) -> String {
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
    assert_eq!(briefs(&ev), vec!["USAGOV>RUSGOV:040"]);
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
    assert_eq!(briefs(&ev), vec!["USAGOV>RUSGOV:040"]);
}

#[test]
fn passive_relative_clause_and_conjoined_actors() {
    let d = dict();
    // Russia was attacked by Iran
    let ev = code(&d, &["Russia/PROPN/3/nsubj:pass was/AUX/3/aux:pass attacked/VERB/0/root/attack by/ADP/5/case Iran/PROPN/3/obl:agent"]);
    assert_eq!(briefs(&ev), vec!["IRN>RUS:190"]);
    // Iran, which Russia met, attacked Saudi officials: the relative clause does not steal the subject.
    let ev = code(&d, &["Iran/PROPN/6/nsubj ,/PUNCT/1/punct which/PRON/5/obj Russia/PROPN/5/nsubj met/VERB/1/acl:relcl/meet attacked/VERB/0/root/attack Saudi/ADJ/8/amod officials/NOUN/6/obj"]);
    let got: Vec<_> = ev.iter().map(brief).collect();
    assert!(got.contains(&"IRN>SAUGOV:190".to_string()), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("RUS>SAU")), "{got:?}");
    // Russia and Iran met US officials: one event per pair.
    let ev = code(&d, &["Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj met/VERB/0/root/meet US/PROPN/6/compound officials/NOUN/4/obj"]);
    assert_eq!(briefs(&ev), vec!["RUS>USAGOV:040", "IRN>USAGOV:040"]);
}

#[test]
fn frames_negation_and_modality() {
    let d = dict();
    // Iran agreed to meet Russia → intent 036 with the matrix subject as source.
    let ev = code(&d, &["Iran/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark meet/VERB/2/xcomp Russia/PROPN/4/obj"]);
    assert_eq!(briefs(&ev), vec!["IRN>RUS:036"]);
    let ev = code(&d, &["Iran/PROPN/2/nsubj refused/VERB/0/root/refuse to/PART/4/mark meet/VERB/2/xcomp Russia/PROPN/4/obj"]);
    assert_eq!(briefs(&ev), vec!["IRN>RUS:125"]);
    let ev = code(&d, &["Iran/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART/4/mark attack/VERB/2/xcomp Russia/PROPN/4/obj"]);
    assert_eq!(briefs(&ev), vec!["IRN>RUS:138"]);
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
    assert_eq!(briefs(&ev), vec!["USAGOV>RUSGOV:036"]);
    assert_eq!(ev[0].quote.as_ref().unwrap().speaker, "Pompeo");
    assert_eq!(ev[0].modality.as_deref(), Some("future"));
    // Nothing specific inside: the statement to an actor is 010.
    let ev = code(&d, &[POMPEO, "Pompeo/PROPN/2/nsubj told/VERB/0/root/tell Russian/ADJ/4/amod officials/NOUN/2/obj it/PRON/6/nsubj rained/VERB/2/ccomp/rain"]);
    assert_eq!(briefs(&ev), vec!["USAGOV>RUSGOV:010"]);
}

#[test]
fn nominal_events_two_sides_misspelling_and_dates() {
    let d = dict();
    let ev = code(&d, &["A/DET/3/det drone/NOUN/3/compound attack/NOUN/0/root on/ADP/8/case a/DET/8/det Saudi/ADJ/8/amod oil/NOUN/8/compound pipeline/NOUN/3/nmod Monday/PROPN/3/nmod:tmod"]);
    assert_eq!(briefs(&ev), vec!["->SAU:190"]);
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
    assert_eq!(briefs(&ev), vec!["RUSGOV>IRN:040"]);
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
    assert_eq!(briefs(&ev), vec!["IRN>RUS:904"]);
    assert_eq!(ev[0].quad_class, 0);
    assert_eq!(ev[0].plover, None);
    // Without the negation the ordinary pattern applies.
    let ev = code(
        &d,
        &["Iran/PROPN/2/nsubj clashed/VERB/0/root/clash with/ADP/4/case Russia/PROPN/2/obl"],
    );
    assert_eq!(briefs(&ev), vec!["IRN>RUS:190"]);
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
    // Cooperation aimed at a role of no named country is with each other too.
    let d =
        d.actor("embassies", "---GOV", MentionKind::Agent)
            .verb("reopen", None, &[("+", "054")]);
    let ev = code(
        &d,
        &["Iran/PROPN/4/nsubj and/CCONJ/3/cc Russia/PROPN/1/conj reopened/VERB/0/root/reopen embassies/NOUN/4/obj/embassy"],
    );
    let mut got: Vec<_> = ev.iter().map(brief).collect();
    got.sort();
    assert_eq!(got, vec!["IRN>RUS:054", "RUS>IRN:054"]);
    // Not when they mediate, nor when their object is someone the context cannot name.
    let d = dict()
        .verb("broker", Some("045"), &[])
        .verb("urge", Some("020"), &[]);
    for s in [
        "Iran/PROPN/4/nsubj and/CCONJ/3/cc Russia/PROPN/1/conj urged/VERB/0/root/urge them/PRON/4/obj",
        "Iran/PROPN/4/nsubj and/CCONJ/3/cc Russia/PROPN/1/conj brokered/VERB/0/root/broker a/DET/6/det truce/NOUN/4/obj",
    ] {
        let got: Vec<_> = code(&d, &[s]).iter().map(brief).collect();
        assert!(
            !got.iter().any(|b| b.starts_with("IRN>RUS") || b.starts_with("RUS>IRN")),
            "{got:?}"
        );
    }
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
    let run = |c: Coder, spec: &str| code_with(&c, &sent(spec));
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
fn failing_to_do_is_coded_like_refusing() {
    let d = dict();
    let ev = code(
        &d,
        &["Russia/PROPN/2/nsubj failed/VERB/0/root/fail to/PART/4/mark meet/VERB/2/xcomp/meet Iran/PROPN/4/obj"],
    );
    let got: Vec<(String, String)> = ev.iter().map(|e| (brief(e), e.root.clone())).collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].0.starts_with("RUS>IRN:") && got[0].1 == "12",
        "{got:?}"
    );
}

#[test]
fn violence_that_befell_a_verbs_subject_has_them_as_target() {
    let d = dict()
        .actor("Iranian", "IRN", MentionKind::Country)
        .actor("Moscow", "RUS", MentionKind::Country)
        .actor("soldiers", "---MIL", MentionKind::Agent)
        .verb("kill", Some("190"), &[])
        .verb("die", None, &[])
        .noun("attack", Some("190"), &[("on +", "190")]);
    let coder = Coder::new(&d, Options::default());
    // The actor on the noun strikes; the verb's subject is struck.
    let s = sent("Iranian/ADJ/2/amod soldiers/NOUN/4/nsubj:pass were/AUX/4/aux:pass killed/VERB/0/root/kill in/ADP/8/case a/DET/8/det Russian/ADJ/8/amod attack/NOUN/4/obl");
    assert_eq!(code_with(&coder, &s), vec!["RUS>IRNMIL:190"]);
    // The attacker named by a participle's agent.
    let s = sent("Iranian/ADJ/2/amod soldiers/NOUN/3/nsubj died/VERB/0/root/die in/ADP/6/case an/DET/6/det attack/NOUN/3/obl carried/VERB/6/acl/carry out/ADP/7/compound:prt by/ADP/10/case Russia/PROPN/7/obl:agent");
    assert_eq!(code_with(&coder, &s), vec!["RUS>IRNMIL:190"]);
    // A city on the noun is where, not who.
    let s = sent("Iranian/ADJ/2/amod soldiers/NOUN/3/nsubj died/VERB/0/root/die in/ADP/6/case the/DET/6/det Moscow/PROPN/6/compound attack/NOUN/3/obl");
    let got = code_with(&coder, &s);
    assert!(!got.iter().any(|e| e.starts_with("RUS>")), "{got:?}");
}

#[test]
fn a_possessor_says_whose_titled_name_it_is() {
    // The dictionary codes the name as Calenardhon's; "Ithilen's minister" is Ithilen's.
    let d = Mini::default()
        .actor("Ithilen", "ITH", MentionKind::Country)
        .actor("Calimehtar", "CAL", MentionKind::Country)
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("minister", "---GOV", MentionKind::Agent)
        .verb("warn", Some("160"), &[]);
    let s = sent("Ithilen/PROPN/4/nmod:poss 's/PART/1/case minister/NOUN/4/nmod:desc Calimehtar/PROPN/5/nsubj warned/VERB/0/root/warn Gondor/PROPN/5/obj");
    let coder = Coder::new(&d, Options::default());
    assert_eq!(code_with(&coder, &s), vec!["ITHGOV>GON:160"]);
    // Without a possessor the name's own country holds.
    let s = sent("minister/NOUN/2/nmod:desc Calimehtar/PROPN/3/nsubj warned/VERB/0/root/warn Gondor/PROPN/3/obj");
    assert_eq!(code_with(&coder, &s), vec!["CALGOV>GON:160"]);
}

#[test]
fn a_prefix_organisation_before_a_composed_actor_is_its_body() {
    // "An MSF Arnor diplomat": MSF is `NGO~` (alone `NGO---`), "Arnor diplomat" ARNGOV.
    let d = Mini::default()
        .actor("MSF", "NGO---", MentionKind::Organization)
        .actor("Arnor diplomat", "ARNGOV", MentionKind::Organization)
        .actor("Gondor", "GON", MentionKind::Country)
        .verb("criticize", Some("121"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("An/DET/4/det MSF/PROPN/3/compound Arnor/PROPN/4/compound diplomat/NOUN/5/nsubj criticized/VERB/0/root/criticize Gondor/PROPN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["NGOARNGOV>GON:121"]);
    let s = sent("An/DET/3/det Arnor/PROPN/3/compound diplomat/NOUN/4/nsubj criticized/VERB/0/root/criticize Gondor/PROPN/4/obj");
    assert_eq!(code_with(&coder, &s), vec!["ARNGOV>GON:121"]);
}

#[test]
fn a_composed_title_on_a_name_of_the_same_country_gives_its_role() {
    // "Bree Prime Minister Romendacil": the dictionary composed "Bree Prime Minister" (BREGOV)
    // and names Romendacil as Bree's.
    let d = Mini::default()
        .actor("Bree Prime Minister", "BREGOV", MentionKind::Organization)
        .actor("Romendacil", "BRE", MentionKind::Country)
        .actor("Eriador", "ERI", MentionKind::Country)
        .verb("criticize", Some("121"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Bree/PROPN/4/compound Prime/ADJ/3/amod Minister/PROPN/4/nmod:desc Romendacil/PROPN/5/nsubj criticized/VERB/0/root/criticize Eriador/PROPN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["BREGOV>ERI:121"]);
}

#[test]
fn what_one_party_urges_on_another_is_not_done() {
    let d = Mini::default()
        .actor("Calenardhon", "CAL", MentionKind::Country)
        .actor("Bree", "BRE", MentionKind::Country)
        .actor("Gondor", "GON", MentionKind::Country)
        .verb("urge", Some("102"), &[])
        .verb("aid", Some("070"), &[]);
    let coder = Coder::new(&d, Options::default());
    // "to aid" read as the infinitive (xcomp) or as a purpose clause (advcl): asked for only.
    for rel in ["xcomp", "advcl"] {
        let s = sent(&format!("Calenardhon/PROPN/2/nsubj urged/VERB/0/root/urge Bree/PROPN/2/obj to/PART/5/mark aid/VERB/2/{rel}/aid Gondor/PROPN/5/obj"));
        assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:102"]);
    }
    // Nor is what one presses another to do: an appeal for the aid (023).
    let d = d.verb("pressure", Some("020"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Calenardhon/PROPN/2/nsubj pressured/VERB/0/root/pressure Bree/PROPN/2/obj to/PART/5/mark aid/VERB/2/xcomp/aid Gondor/PROPN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:023"]);
    // Nor is what one demands "that" another do.
    let d = d.verb("demand", Some("100"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Calenardhon/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/5/mark Bree/PROPN/5/nsubj aid/VERB/2/ccomp/aid Gondor/PROPN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:100"]);
    // An invitation is no more done: "invited Bree to aid Gondor".
    let d = d.verb("invite", Some("020"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Calenardhon/PROPN/2/nsubj invited/VERB/0/root/invite Bree/PROPN/2/obj to/PART/5/mark aid/VERB/2/xcomp/aid Gondor/PROPN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["CAL>BRE:023"]);
    // A purpose clause of another verb is done: "Bree came to aid Gondor".
    let d = d.verb("come", None, &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Bree/PROPN/2/nsubj came/VERB/0/root/come to/PART/4/mark aid/VERB/2/advcl/aid Gondor/PROPN/4/obj");
    assert_eq!(code_with(&coder, &s), vec!["BRE>GON:070"]);
}

#[test]
fn an_agent_of_or_in_an_organisation_is_the_organisation_s() {
    let d = Mini::default()
        .actor("activists", "---OPP", MentionKind::Agent)
        .actor("officials", "---GOV", MentionKind::Agent)
        .actor("Gonzo GMO", "GONGMO", MentionKind::Organization)
        .actor("White House", "USAGOV", MentionKind::Organization)
        .actor("Gondor", "GON", MentionKind::Country)
        .verb("criticize", Some("121"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("activists/NOUN/5/nsubj of/ADP/4/case Gonzo/PROPN/4/compound GMO/PROPN/1/nmod criticized/VERB/0/root/criticize Gondor/PROPN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["GONGMOOPP>GON:121"]);
    // The White House's officials hold its role already.
    let s = sent("officials/NOUN/5/nsubj in/ADP/4/case White/PROPN/4/compound House/PROPN/1/nmod criticized/VERB/0/root/criticize Gondor/PROPN/5/obj");
    assert_eq!(code_with(&coder, &s), vec!["USAGOV>GON:121"]);
}

#[test]
fn a_thing_of_a_country_stands_for_it_as_the_country_s_thing_does() {
    let d = Mini::default()
        .actor("Ithilen", "ITH", MentionKind::Country)
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Rohan", "ROH", MentionKind::Country)
        .verb("warn", Some("160"), &[]);
    let coder = Coder::new(&d, Options::default());
    let of = sent("people/NOUN/4/nsubj of/ADP/3/case Gondor/PROPN/1/nmod warned/VERB/0/root/warn Rohan/PROPN/4/obj");
    assert_eq!(code_with(&coder, &of), vec!["GON>ROH:160"]);
    let poss = sent("Ithilen/PROPN/3/nmod:poss 's/PART/1/case people/NOUN/4/nsubj warned/VERB/0/root/warn Rohan/PROPN/4/obj");
    assert_eq!(code_with(&coder, &poss), vec!["ITH>ROH:160"]);
}

#[test]
fn conjoined_parties_act_on_what_they_warn_of_not_on_each_other() {
    let d = Mini::default()
        .actor("Ithilen", "ITH", MentionKind::Country)
        .actor("Gondor", "GON", MentionKind::Country)
        .actor("Mordor", "MOR", MentionKind::Country)
        .verb("warn", Some("160"), &[])
        .verb("meet", Some("040"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Ithilen/PROPN/4/nsubj and/CCONJ/3/cc Gondor/PROPN/1/conj warned/VERB/0/root/warn of/ADP/6/case Mordor/PROPN/4/obl");
    assert_eq!(code_with(&coder, &s), vec!["ITH>MOR:160", "GON>MOR:160"]);
    // A place is no target: meeting in Mordor, the parties meet each other.
    let s = sent("Ithilen/PROPN/4/nsubj and/CCONJ/3/cc Gondor/PROPN/1/conj met/VERB/0/root/meet in/ADP/6/case Mordor/PROPN/4/obl");
    assert_eq!(code_with(&coder, &s), vec!["ITH>GON:040", "GON>ITH:040"]);
}

#[test]
fn a_counted_crowd_protests_as_civilians_of_the_place() {
    let d = dict()
        .actor("Moscow", "RUS", MentionKind::Country)
        .verb("march", Some("141"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent(
        "Hundreds/NOUN/2/nsubj/hundred marched/VERB/0/root/march in/ADP/4/case Moscow/PROPN/2/obl",
    );
    let got = code_with(&coder, &s);
    assert!(got.iter().any(|e| e.starts_with("RUSCVL>")), "{got:?}");
    // A counted group that is named is that group, not a crowd.
    let s = sent("Hundreds/NOUN/4/nsubj/hundred of/ADP/3/case officials/NOUN/1/nmod marched/VERB/0/root/march in/ADP/6/case Moscow/PROPN/4/obl");
    let got = code_with(&coder, &s);
    assert!(!got.iter().any(|e| e.starts_with("RUSCVL>")), "{got:?}");
}

#[test]
fn a_noun_compounded_onto_another_names_no_event() {
    let d = dict()
        .actor("police", "---COP", MentionKind::Agent)
        .noun("riot", Some("145"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent(
        "Russian/ADJ/3/amod riot/NOUN/3/compound police/NOUN/4/nsubj arrived/VERB/0/root/arrive",
    );
    assert_eq!(code_with(&coder, &s), Vec::<String>::new());
    // The same noun heading its phrase is an event.
    let s = sent("A/DET/2/det riot/NOUN/3/nsubj broke/VERB/0/root/break out/ADP/3/compound:prt in/ADP/6/case Moscow/PROPN/3/obl");
    let d2 = d.actor("Moscow", "RUS", MentionKind::Country);
    let coder = Coder::new(&d2, Options::default());
    let got = code_with(&coder, &s);
    assert!(got.iter().any(|e| e.ends_with(":145")), "{got:?}");
}

#[test]
fn a_thing_as_object_does_not_control_a_purpose_infinitive() {
    let d = dict()
        .actor("police", "---COP", MentionKind::Agent)
        .actor("protesters", "---CVL", MentionKind::Agent)
        .verb("disperse", Some("175"), &[("+", "175")]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Russian/ADJ/2/amod police/NOUN/3/nsubj fired/VERB/0/root/fire gas/NOUN/3/obj to/PART/6/mark disperse/VERB/3/xcomp/disperse protesters/NOUN/6/obj");
    assert_eq!(code_with(&coder, &s), vec!["RUSCOP>RUSCVL:175"]);
    // An actor as object does: "urged Russia to disperse protesters".
    let s = sent("Iran/PROPN/2/nsubj urged/VERB/0/root/urge Russia/PROPN/2/obj to/PART/5/mark disperse/VERB/2/xcomp/disperse protesters/NOUN/5/obj");
    let got = code_with(&coder, &s);
    assert!(
        !got.iter().any(|e| e.starts_with("IRN>---CVL:175")),
        "{got:?}"
    );
}

#[test]
fn a_warning_of_what_another_party_will_suffer_is_a_threat() {
    let d = dict().verb("warn", Some("012"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Russia/PROPN/2/nsubj warned/VERB/0/root/warn that/SCONJ/6/mark Iran/PROPN/6/nsubj would/AUX/6/aux pay/VERB/2/ccomp/pay a/DET/9/det heavy/ADJ/9/amod price/NOUN/6/obj");
    let got = code_with(&coder, &s);
    assert!(got.contains(&"RUS>IRN:130".to_string()), "{got:?}");
    // Paying a price one chose is no threat.
    let s = sent("Russia/PROPN/2/nsubj said/VERB/0/root/say Iran/PROPN/5/nsubj would/AUX/5/aux pay/VERB/2/ccomp/pay the/DET/7/det bill/NOUN/5/obj");
    let got = code_with(&coder, &s);
    assert!(!got.iter().any(|e| e.ends_with(":130")), "{got:?}");
}

#[test]
fn a_speech_verb_with_an_object_acts_through_its_patterns() {
    let d = dict()
        .actor("Taliban", "AFGINS", MentionKind::Organization)
        .verb("claim", Some("010"), &[("responsibility", "015")])
        .verb("announce", Some("010"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Taliban/PROPN/2/nsubj claimed/VERB/0/root/claim responsibility/NOUN/2/obj");
    assert_eq!(code_with(&coder, &s), vec!["AFGINS>-:015"]);
    // Its bare default is no event: "announced the winners in Moscow".
    let s = sent("Russia/PROPN/2/nsubj announced/VERB/0/root/announce Iran/PROPN/2/obj");
    assert_eq!(code_with(&coder, &s), Vec::<String>::new());
}

#[test]
fn a_claim_that_another_party_did_wrong_accuses_it() {
    let d = dict().verb("shell", Some("194"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Russia/PROPN/2/nsubj claimed/VERB/0/root/claim that/SCONJ/5/mark Iran/PROPN/5/nsubj shelled/VERB/2/ccomp/shell the/DET/7/det city/NOUN/5/obj");
    let got = code_with(&coder, &s);
    assert!(got.contains(&"RUS>IRN:112".to_string()), "{got:?}");
    // A claim of one's own doing accuses nobody.
    let s = sent("Russia/PROPN/2/nsubj claimed/VERB/0/root/claim that/SCONJ/5/mark it/PRON/5/nsubj won/VERB/2/ccomp/win");
    let got = code_with(&coder, &s);
    assert!(!got.iter().any(|e| e.ends_with(":112")), "{got:?}");
}

#[test]
fn a_relative_pronoun_as_passive_subject_is_the_noun_it_stands_for() {
    let d = dict()
        .actor("Iranian", "IRN", MentionKind::Country)
        .actor("rebels", "---REB", MentionKind::Agent)
        .verb("back", Some("051"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Iranian/ADJ/2/amod rebels/NOUN/0/root ,/PUNCT/6/punct who/PRON/6/nsubj:pass are/AUX/6/aux:pass backed/VERB/2/acl:relcl/back by/ADP/8/case Russia/PROPN/6/obl:agent");
    assert_eq!(code_with(&coder, &s), vec!["RUS>IRNREB:051"]);
}

#[test]
fn what_one_is_thanked_or_blamed_for_is_ones_own_doing() {
    let d = dict()
        .actor("Syria", "SYR", MentionKind::Country)
        .verb("thank", Some("051"), &[])
        .verb("help", Some("070"), &[("+", "070")]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Iran/PROPN/2/nsubj thanked/VERB/0/root/thank Russia/PROPN/2/obj for/SCONJ/5/mark helping/VERB/2/advcl/help Syria/PROPN/5/obj");
    let got = code_with(&coder, &s);
    assert!(got.contains(&"RUS>SYR:070".to_string()), "{got:?}");
    assert!(!got.contains(&"IRN>SYR:070".to_string()), "{got:?}");
    // The same when the parser made the object an indirect one.
    let s = sent("Iran/PROPN/2/nsubj thanked/VERB/0/root/thank Russia/PROPN/2/iobj for/SCONJ/5/mark helping/VERB/2/advcl/help Syria/PROPN/5/obj");
    let got = code_with(&coder, &s);
    assert!(!got.contains(&"IRN>SYR:070".to_string()), "{got:?}");
}

#[test]
fn a_clause_as_subject_is_no_actor_and_the_reporter_is_not_it() {
    let d = dict().verb("kill", Some("190"), &[]);
    let coder = Coder::new(&d, Options::default());
    // "Fighting has killed 600 people, Russia said": Russia only reports it.
    let s = sent("Fighting/VERB/3/csubj/fight has/AUX/3/aux killed/VERB/6/ccomp/kill Iranians/PROPN/3/obj ,/PUNCT/6/punct Russia/PROPN/6/nsubj said/VERB/0/root/say");
    let got = code_with(&coder, &s);
    assert!(!got.iter().any(|e| e.starts_with("RUS>")), "{got:?}");
}

#[test]
fn conjoined_protesters_protest_together_not_against_each_other() {
    let d = dict().verb("protest", Some("141"), &[]);
    let coder = Coder::new(&d, Options::default());
    let s =
        sent("Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj protested/VERB/0/root/protest");
    let got = code_with(&coder, &s);
    assert!(!got.contains(&"RUS>IRN:141".to_string()), "{got:?}");
    // Meeting is still mutual.
    let s = sent("Russia/PROPN/4/nsubj and/CCONJ/3/cc Iran/PROPN/1/conj met/VERB/0/root/meet");
    let got = code_with(&coder, &s);
    assert!(got.contains(&"RUS>IRN:040".to_string()), "{got:?}");
}

#[test]
fn a_speakers_it_parsed_as_object_is_the_speaker_and_a_warned_off_act_is_not_done() {
    let d = dict()
        .actor("army", "---MIL", MentionKind::Agent)
        .verb("strike", Some("190"), &[("+", "190")])
        .verb("warn", Some("012"), &[("+", "012")]);
    let coder = Coder::new(&d, Options::default());
    // "The Russian army said it struck Iran", "it" read as object of "said".
    let s = sent("The/DET/3/det Russian/ADJ/3/amod army/NOUN/4/nsubj said/VERB/0/root/say it/PRON/4/obj struck/VERB/4/xcomp/strike Iran/PROPN/6/obj");
    let got = code_with(&coder, &s);
    assert!(got.contains(&"RUSMIL>IRN:190".to_string()), "{got:?}");
    // "Russia warned Iran against attacking Saudi": no attack happened.
    let s = sent("Russia/PROPN/2/nsubj warned/VERB/0/root/warn Iran/PROPN/2/obj against/SCONJ/5/mark attacking/VERB/2/advcl/attack Saudi/PROPN/5/obj");
    let got = code_with(&coder, &s);
    assert!(!got.iter().any(|e| e.ends_with(":190")), "{got:?}");
    assert!(got.contains(&"RUS>IRN:012".to_string()), "{got:?}");
}

#[test]
fn a_country_compound_on_an_event_noun_with_its_target_named_acts() {
    let d = dict().noun("sanction", Some("163"), &[("on +", "163")]);
    // "US sanctions on Iran": the target is named, so the compound is who imposes them.
    let ev = code(
        &d,
        &["US/PROPN/2/compound sanctions/NOUN/5/nsubj/sanction on/ADP/4/case Iran/PROPN/2/nmod took/VERB/0/root/take effect/NOUN/5/obj"],
    );
    assert_eq!(briefs_with(&ev, "163"), vec!["USA>IRN:163"]);
    // "Iran sanctions were eased": alone, the compound may be either side; it is not a source.
    let ev = code(
        &d,
        &["Iran/PROPN/2/compound sanctions/NOUN/4/nsubj:pass/sanction were/AUX/4/aux:pass eased/VERB/0/root/ease"],
    );
    assert!(briefs_with(&ev, "163")
        .iter()
        .all(|b| !b.starts_with("IRN>")));
}

#[test]
fn a_word_of_a_name_is_no_event() {
    let d = dict()
        .actor(
            "Rapid Support Forces",
            "SDNUAFRSF",
            MentionKind::Organization,
        )
        .noun("support", Some("051"), &[]);
    let coder = Coder::new(&d, Options::default());
    // The parser misreads the name's "Support" as a noun conjoined to Iran.
    let s = sent("Russia/PROPN/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj and/CCONJ/6/cc Rapid/ADJ/6/amod Support/NOUN/3/conj Forces/PROPN/6/flat");
    let got = code_with(&coder, &s);
    assert!(!got.iter().any(|e| e.ends_with(":051")), "{got:?}");
    // The noun as itself is one: "Russia's support for Iran".
    let d = d.noun("support", Some("051"), &[("for +", "051")]);
    let coder = Coder::new(&d, Options::default());
    let s = sent("Russia/PROPN/3/nmod:poss 's/PART/1/case support/NOUN/0/root for/ADP/5/case Iran/PROPN/3/nmod");
    assert_eq!(code_with(&coder, &s), vec!["RUS>IRN:051"]);
}
