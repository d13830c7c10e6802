//! The orchestration: an article's parsed sentences in, events out.
//!
//! Per sentence: dictionary mentions (plus one-edit repairs of known names), then every
//! predicate with a dictionary entry is matched on the tree; its source is the subject (the agent
//! of a passive, the controller of an infinitive, the shared subject of conjoined verbs, the noun a
//! relative clause modifies), its target the pattern's target; governing verbs and auxiliaries
//! frame it (intent, refusal, threat, negation, modality); quotations hand "we" to the speaker,
//! also in the sentences a quotation runs on into. Event nouns give nominal events; dates and
//! places come from the predicate's phrases.
//!
//! Across sentences the article is context ([`Context`]): the last person, group and country
//! for "he", "they" and "it" (one sentence back at most for the latter two), the pair of parties
//! for "the two sides", the last specific violence for "the attack", the last speaker.

use crate::actor::{actors_at, Actor, Mentions};
use crate::context::Context;
use crate::dictionary::{Dictionary, MentionKind};
use crate::event::{Event, Quote};
use crate::modality::{frame_of_verb, own_frame, recode, Frame};
use crate::pattern::{match_entry, Match};
use crate::speech;
use crate::tree::Tree;
use crate::when;
use detente_nlp::Token;
use jiff::civil::Date;
use rustc_hash::FxHashMap as HashMap;
pub use trigger::Glance;

/// Switches for what the coder keeps.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Emit negated events (flagged `negated: true`) instead of dropping them.
    pub keep_negated: bool,
    /// Emit hypothetical events (`may`, `could`, `if`; flagged in `modality`) instead of dropping them.
    pub keep_hypothetical: bool,
}

/// One parsed sentence of an article.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The sentence exactly as in the article.
    pub text: &'a str,
    /// Byte offset of `text` in the coordinates of the tokens' `start`/`end`.
    pub offset: usize,
    pub tokens: &'a [Token],
}

/// Codes articles with one dictionary.
pub struct Coder<'d> {
    dict: &'d (dyn Dictionary + Sync),
    opts: Options,
    by_last: HashMap<String, Vec<usize>>,
    by_first: HashMap<String, Vec<usize>>,
    /// People's names of two words or more by their family name ("biden" for "Joseph R. Biden
    /// Jr.", "xi" for "Xi Jinping"), for a family name alone or after a title.
    by_surname: HashMap<String, Vec<usize>>,
    /// PETRARCH's reading of the future: "will restore" codes the restoring, not an intent.
    future_as_asserted: bool,
}

impl<'d> Coder<'d> {
    pub fn new(dict: &'d (dyn Dictionary + Sync), opts: Options) -> Self {
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_surname: HashMap<String, Vec<usize>> = HashMap::default();
        for (k, n) in dict.person_names().iter().enumerate() {
            let lower = n.to_lowercase();
            let ws: Vec<&str> = lower.split_whitespace().collect();
            if ws.len() == 2 {
                by_first.entry(ws[0].to_string()).or_default().push(k);
                by_last.entry(ws[1].to_string()).or_default().push(k);
            }
            let family = ws
                .iter()
                .rev()
                .find(|w| !matches!(**w, "jr." | "jr" | "sr." | "sr" | "ii" | "iii" | "iv"));
            if let Some(f) = family.filter(|_| ws.len() >= 2) {
                by_surname.entry(f.to_string()).or_default().push(k);
            }
            // Chinese, Korean and Vietnamese names put the family name first: "Xi" alone is
            // Xi Jinping, "President Xi" too.
            if ws.len() >= 2 && names::FAMILY_FIRST.contains(&ws[0]) {
                by_surname.entry(ws[0].to_string()).or_default().push(k);
            }
        }
        Coder {
            dict,
            opts,
            by_last,
            by_first,
            by_surname,
            future_as_asserted: false,
        }
    }

    /// Whether `word` is the family name of a person of the dictionary ("Biden", "Xi"): a name
    /// for the tagger's gazetteer, though the dictionary names no one by it alone.
    pub fn is_family_name(&self, word: &str) -> bool {
        self.by_surname.contains_key(&word.to_lowercase())
    }

    /// Codes "X will do Y" as Y itself, as PETRARCH does, rather than as an intent to do Y
    /// (CAMEO 03x). For evaluating against PETRARCH's own codings.
    pub fn future_as_asserted(mut self, yes: bool) -> Self {
        self.future_as_asserted = yes;
        self
    }
}

const PARTICLES: &[&str] = &[
    "down", "up", "out", "off", "back", "in", "on", "over", "away", "forward", "through", "ahead",
];

/// Relative pronouns that stand for the noun a relative clause modifies.
const RELATIVE: &[&str] = &["who", "which", "that", "whom"];

struct SentenceCoder<'a, 'd> {
    coder: &'a Coder<'d>,
    doc_id: &'a str,
    index: usize,
    input: &'a Input<'a>,
    tree: Tree<'a>,
    ms: Mentions,
    date: Option<Date>,
    /// Date expressions of the sentence, read as past (0) and as future (1).
    whens: [Vec<when::When>; 2],
    /// The country the article names most often.
    main_country: Option<&'a str>,
    /// The sentence opens inside a quotation begun in an earlier sentence: its "I" and "we"
    /// are that quotation's speaker.
    in_quote: bool,
}

/// A predicate's coded reading before it becomes events.
struct Reading {
    v: usize,
    m: Match,
    sources: Vec<Actor>,
    targets: Vec<Actor>,
    frame: Frame,
    negated: bool,
    modality: Option<&'static str>,
    /// Conjoined parties acting on each other: code both directions.
    mutual: bool,
}

impl SentenceCoder<'_, '_> {
    fn code(&self, ctx: &mut Context, out: &mut Vec<Event>) {
        let t = &self.tree;
        for m in &self.ms.list {
            if m.kind == MentionKind::Person && m.end - m.start >= 2 {
                ctx.add_person(&self.input.tokens[m.end - 1].form, &m.code);
                if let Some(f) = self.coder.name_first_word(self.input.tokens, m, self.date) {
                    ctx.add_person(&self.input.tokens[f].form, &m.code);
                }
            }
        }
        let mut coded_words: Vec<usize> = Vec::new();
        let mut quoted_events: Vec<usize> = Vec::new();
        let first_event = out.len();
        for v in 0..t.len() {
            if !matches!(t.upos(v), "VERB") || clause::hyphened_modifier(t, v) {
                continue;
            }
            let lemma = t.lemma(v);
            let speech = speech::is_speech_verb(lemma);
            if speech && !speech::acts(t, v) {
                continue;
            }
            // "Wants Bree to aid Gondor" asks it of Bree, as "urged" does (`entry_for`); a wish
            // on no party is none.
            let wished = clause::wished_of(t, v);
            if wished.is_some_and(|o| !self.is_actor(ctx, o)) {
                continue;
            }
            // A framing verb with an infinitive codes through it ("agreed to meet").
            // When the infinitive cannot be coded ("refused to deploy peacekeepers"), the framing
            // verb codes itself (refuse: 12x).
            if wished.is_none()
                && frame_of_verb(lemma).is_some()
                && self.complement_codes(ctx, v, lemma)
            {
                continue;
            }
            let Some(mut r) = self.read_predicate(ctx, v, lemma) else {
                continue;
            };
            // A bare appeal asks for what its infinitive says: "urged allies to deliver jets".
            if r.m.code == "020" {
                if let Some(code) = self.appeal_through_complement(ctx, v) {
                    r.m.code = code.into();
                }
            }
            // An acting speech verb codes through its patterns only, never its bare 010.
            if speech && r.m.words.len() < 2 {
                continue;
            }
            // "Russia retaliated by expelling two German diplomats": the means is the act.
            if r.m.words.len() < 2 && self.done_by_means(v) {
                continue;
            }
            coded_words.extend(&r.m.words);
            if let Some(tg) = r.m.target {
                coded_words.push(tg);
            }
            if let Some(s) = speech::speech_verb_over(t, v) {
                quoted_events.push(s);
            }
            self.emit(ctx, r, out);
        }
        self.code_nouns(ctx, &coded_words, out);
        self.code_demands(ctx, out);
        self.code_verdicts(ctx, out);
        self.code_statements(ctx, &quoted_events, first_event, out);
        crate::merge::tidy(out, first_event);
        crate::merge::merge_compatible(out, first_event);
        self.remember(ctx);
    }

    fn read_predicate(&self, ctx: &Context, v: usize, lemma: &str) -> Option<Reading> {
        let t = &self.tree;
        let (entry, prt) = self.entry_for(v, lemma)?;
        // "Called the protesters criminals" is a verdict (`evaluation`), not a word to them.
        if self.verdict_named(v).is_some() {
            return None;
        }
        if self.natural(v) || self.electoral(v) || light::no_act_of_its_own(t, v) {
            return None;
        }
        let is_actor = |h| self.is_actor(ctx, h);
        let lin = self.linear_match(v, lemma, prt);
        let mut m = match &lin {
            Some(l) => self.linear_as_match(l, v, &is_actor),
            None => match_entry(t, v, entry, false, &is_actor, &|h| self.is_place(h))?,
        };
        if violence::violent(&m.code) && self.is_no_assault(v) {
            return None;
        }
        // Only the verb itself carries the code: its entry's default, no pattern words (the
        // case marker of a default target does not count).
        self.drop_topic_target(v, &mut m);
        self.blame_the_actor(v, &mut m);
        self.gap_target(v, &mut m, &is_actor);
        let bare = prt.is_none() && m.words.iter().all(|&w| w == v || t.rel(w) == "case");
        m.words.extend(prt);
        m.words.sort_unstable();
        m.words.dedup();
        let (mut frame, mut negated, mut modality) = self.frame(v);
        // "failed to capture Kharkiv": the assault took place; only a failure to agree or
        // comply is CAMEO's refusal.
        if frame == Frame::Refusal
            && matches!(m.code.get(..2), Some("18" | "19" | "20"))
            && t.rel(v) == "xcomp"
            && t.parent(v).is_some_and(|p| t.lemma(p) == "fail")
        {
            frame = Frame::Plain;
        }
        // A pattern that spells out the negation ("NOT * RELATIONS") has coded it already.
        if m.words
            .iter()
            .any(|&w| matches!(t.lower(w), "not" | "n't" | "never" | "no"))
        {
            negated = false;
        }
        // A linear pattern that spells out the modal ("INDICATED SHOULD *") has coded it.
        if lin.is_some()
            && m.words.iter().any(|&w| {
                t.parent(w) == Some(v)
                    && t.rel(w) == "aux"
                    && matches!(
                        t.lower(w),
                        "will" | "would" | "should" | "may" | "might" | "could" | "must"
                    )
            })
        {
            frame = Frame::Plain;
            modality = None;
        }
        // A linear pattern that spells out the verb this one complements ("+ HOSTING * …" over
        // "will be hosting X to celebrate") makes that verb's future this one's own.
        let spelled_parent = lin.is_some()
            && t.rel(v) == "xcomp"
            && t.parent(v)
                .is_some_and(|p| m.words.contains(&p) && own_frame(t, p).2 == Some("future"));
        if self.coder.future_as_asserted
            && frame == Frame::Intent
            && modality == Some("future")
            && ((own_frame(t, v).2 == Some("future") && t.rel(v) != "xcomp") || spelled_parent)
        {
            frame = Frame::Plain;
        }
        // "would" in reported speech is the future of the past: "said they would meet".
        if modality == Some("would") && speech::speech_verb_over(t, v).is_some() {
            frame = Frame::Intent;
            modality = Some("future");
        }
        // "will withdraw … unless …", "would respond to any attack": a conditional
        // announcement is a threat (CAMEO 13x).
        let promised = frame == Frame::Intent || matches!(modality, Some("future" | "would"));
        if promised
            && (t.kids_with(v, "advcl").any(|c| {
                t.children(c)
                    .iter()
                    .any(|&m| t.rel(m) == "mark" && t.lower(m) == "unless")
            }) || crate::modality::answers_what_may_come(t, v))
        {
            frame = Frame::Threat;
            modality = Some("conditional");
        }
        let (mut src_head, passive_subject) = self.subject(v);
        if let Some(s) = lin.as_ref().and_then(|l| l.source) {
            src_head = Some(self.mention_head(s));
        } else if let Some(s) = m.source {
            src_head = Some(s);
        }
        let mut sources = src_head
            .map(|h| actors_at(t, &self.ms, ctx, h))
            .unwrap_or_default();
        let event_subject = src_head.and_then(|h| self.event_subject_code(ctx, h, &m.code));
        if let Some(c) = &event_subject {
            m.code = c.clone();
            // "The attack killed twelve": the attack told of before, by whoever did it.
            if sources.is_empty() {
                sources.extend(src_head.and_then(|h| self.perpetrator_of_subject(ctx, h)));
            }
        }
        // "A car bomb was detonated outside a base": the weapon a passive names is the attack,
        // aimed at what the verb's phrases name.
        let weapon = passive_subject
            .filter(|_| sources.is_empty() && event_subject.is_none())
            .and_then(|p| self.event_subject_code(ctx, p, &m.code));
        if let Some(c) = &weapon {
            m.code = c.clone();
        }
        // No subject, or one that names no actor while an actor stands before the verb
        // ("Pakistan, a key ally, has refused"): the parser likely lost the real subject. (Not
        // a present participle on a thing: "signed a pact allowing troops …" is the pact's.)
        if sources.is_empty()
            && passive_subject.is_none()
            && event_subject.is_none()
            && src_head.is_none_or(|h| {
                t.upos(h) != "PRON" && !(t.full_rel(v) == "acl" && t.tokens[v].xpos == "VBG")
            })
        {
            if let Some(h) = self.linear_source_before(v, src_head) {
                src_head = Some(h);
                sources = actors_at(t, &self.ms, ctx, h);
            }
        }
        // "expelled an Indian diplomat accused of spying": the expeller accuses.
        if let Some(h) = passive_subject
            .filter(|_| sources.is_empty() && m.code.starts_with("11"))
            .and_then(|a| self.accuser_of_object(v, a))
        {
            src_head = Some(h);
            sources = actors_at(t, &self.ms, ctx, h);
        }
        if sources.is_empty() && m.code.starts_with("14") {
            sources.extend(src_head.and_then(|h| self.crowd(h)));
        }
        // A passive's subject is what the event was done to; the first actor among the verb's
        // other phrases is only a guess, which a bare default makes ("sabotaged on their way
        // to the US").
        let target_head = match passive_subject {
            Some(p) if bare => Some(p),
            _ => m.target.or(passive_subject),
        }
        .or_else(|| self.spelled_target(v, &m.words, src_head));
        let mut targets = self.targets_at(ctx, v, target_head);
        if let Some(r) = self.requester(ctx, v, &sources) {
            targets = vec![r];
        } else if targets.is_empty() && matches!(m.code.get(..2), Some("09" | "11" | "12" | "13")) {
            // "alleged that the government had rigged the vote": who is said to have done it.
            let accused = (m.code.starts_with("11") && t.kid(v, "obj").is_none())
                .then(|| t.kid(v, "ccomp").and_then(|c| t.kid(c, "nsubj")))
                .flatten()
                .map(|h| actors_at(t, &self.ms, ctx, h))
                .filter(|a| !a.is_empty() && a.iter().all(|x| !x.first_person));
            match accused {
                Some(a) => targets = a,
                // Condemning, blaming, investigating the attack: its perpetrator; denouncing
                // the summit: who met; criticising the drills: who held them.
                None => targets.extend(
                    self.perpetrator(ctx, v, &sources)
                        .or_else(|| self.meeting_parties(ctx, v, &sources))
                        .or_else(|| self.force_shower(ctx, v, &sources))
                        .or_else(|| self.decision_maker(ctx, v, &sources)),
                ),
            }
        }
        if targets.is_empty() {
            targets.extend(self.retaliated_against(ctx, v, &sources));
        }
        if let Some(deal) = passive_subject.filter(|_| targets.is_empty() && m.code == "045") {
            targets = self.mediated_parties(ctx, v, deal);
        }
        if let Some(s) = speech::speech_verb_over(t, v) {
            let said_by = self.subject(s).0;
            let mut speaker = said_by
                .map(|h| actors_at(t, &self.ms, ctx, h))
                .unwrap_or_default();
            // The parser lost the speaker ("In an interview this weekend, President X said"):
            // the first actor before the speech verb, as for any verb.
            if speaker.is_empty() && said_by.is_none_or(|h| t.upos(h) != "PRON") {
                if let Some(h) = self.linear_source_before(s, said_by) {
                    speaker = actors_at(t, &self.ms, ctx, h);
                }
            }
            // Speech inside speech ("'… we have said that we would like to …,' Putin said"):
            // a first-person speaker is the speaker of the speech around it.
            let mut outer = s;
            for _ in 0..3 {
                if speaker.is_empty() || !speaker.iter().all(|a| a.first_person) {
                    break;
                }
                let Some(up) = speech::speech_verb_over(t, outer) else {
                    break;
                };
                let up_speaker = self
                    .subject(up)
                    .0
                    .map(|h| actors_at(t, &self.ms, ctx, h))
                    .unwrap_or_default();
                speech::replace_person(&mut speaker, |a| a.first_person, &up_speaker);
                outer = up;
            }
            let addressee = speech::addressee(t, s)
                .map(|h| actors_at(t, &self.ms, ctx, h))
                .unwrap_or_default();
            speech::replace_person(&mut sources, |a| a.first_person, &speaker);
            // "X said they would meet …": a third-person pronoun subject of reported speech is
            // the speaker. (Not under an attribution after it: in "He met Assad, state media
            // reported" he is no reporter.)
            let speaker_pronoun = |h: usize| {
                t.upos(h) == "PRON" && matches!(t.lower(h), "he" | "she" | "they" | "it") && s < h
            };
            // So is the subject of a passive, what the event was done to: "Zelensky said he
            // had been promised more air defence" (not a person named before). Unless the
            // pronoun is someone the article made its topic and we cannot code: "… announced
            // she was now banned from the team".
            if passive_subject.is_some_and(|p| Some(p) == target_head && speaker_pronoun(p))
                && !speaker.is_empty()
                && !targets.is_empty()
            {
                targets = speaker.clone();
            }
            if src_head.is_some_and(speaker_pronoun) && !speaker.is_empty() {
                sources = speaker.clone();
                // "The EU warned it could impose tariffs": a warning of one's own act threatens
                // (one of deploying forces shows them, as said).
                if speech::warns(t.lemma(s)) && !m.code.starts_with("15") {
                    frame = Frame::Threat;
                }
            } else if let Some(h) = src_head {
                speech::owned_by_speaker(t, h, &speaker, &mut sources);
            }
            speech::replace_person(&mut targets, |a| a.second_person, &addressee);
            // The press told is the audience, not the one acted on ("rejected the accusations,
            // spokesman Peskov told reporters").
            if targets.is_empty() {
                targets = addressee
                    .into_iter()
                    .filter(|a| !a.first_person && !a.code.is_empty() && !a.code.ends_with("MED"))
                    .collect();
            }
        } else if self.in_quote {
            // A quotation that began in an earlier sentence: its "I" and "we" are its speaker.
            // The speaker was named in another sentence: here they stand where "I" stands.
            if let Some(me) = sources.iter().find(|a| a.first_person).cloned() {
                let here = ctx.speaker_at(me.start, me.end);
                speech::replace_person(&mut sources, |a| a.first_person, &here);
            }
        }
        sources.retain(|a| !a.code.is_empty() && !a.first_person && !a.second_person);
        targets.retain(|a| !a.code.is_empty() && !a.first_person && !a.second_person);
        self.put_out_of_own_place(ctx, v, target_head, &sources, &mut targets);
        self.drop_own_envoys(&m.code, &sources, &mut targets);
        // A role without a country as source ("police", "the military") acts in the country
        // the sentence or the article is about.
        self.place_roles(v, &m.code, &mut sources, &targets);
        domestic::place_subjects(&sources, &mut targets);
        self.place_people(v, &mut targets);
        // Not for statements, whose target is often a word of the speaker's own title.
        if !m.code.starts_with("01") {
            domestic::place_authorities(&sources, &mut targets);
        }
        // "Macron urged him": an object pronoun is never its own clause's subject, so "him"
        // is the person named before, not the one the subject names.
        // The person this sentence named before it comes first ("Macron phoned Putin to urge
        // him …"), then the article's.
        for a in targets.iter_mut() {
            let pronoun = a.end == a.start + 1 && matches!(t.lower(a.start), "him" | "her");
            if pronoun {
                let again = sources.iter().any(|s| s.code == a.code);
                let before = again.then(|| ctx.person_other_than(&a.code)).flatten();
                let here = self.person_before(ctx, a.start, &sources).map(|p| p.code);
                if let Some(other) = here.or_else(|| before.map(Into::into)) {
                    a.code = other;
                }
            }
        }
        // "thanked the leaders for their support and urged them to act": an object "them" is
        // the group this sentence named before it, not one from the sentences before.
        // (Only over a group the article gave it: where nothing before is a group, "them" is
        // most often a thing: "the people who built them".)
        if let Some(o) = t
            .kid(v, "obj")
            .filter(|&o| t.lower(o) == "them" && !targets.is_empty())
        {
            if let Some(group) = self.group_before(ctx, o, &sources) {
                targets = group;
            }
        }
        if targets.is_empty() {
            if let Some(o) = t
                .kid(v, "obj")
                .filter(|&o| matches!(t.lower(o), "him" | "her"))
            {
                targets.extend(self.person_before(ctx, o, &sources));
            }
        }
        // Nor on forces of no country, or of the source's own, that the verb's patterns spell
        // out as its means: "deployed thousands of troops to its border" deploys the troops, it
        // does not act on them; nor on such forces that a show of force puts in place: its own
        // ("placed its army on alert", "put the country's nuclear forces on high alert").
        // (Not other roles: "held the hostages" acts on them.)
        let posture = m.code.starts_with("15");
        let source_countries: Vec<String> = sources
            .iter()
            .filter_map(|s| s.country().map(str::to_string))
            .collect();
        let means = |a: &Actor| {
            let head =
                (a.start..a.end).find(|&i| t.parent(i).is_none_or(|p| p < a.start || p >= a.end));
            let own = |h: usize| posture && t.parent(h) == Some(v) && t.rel(h) == "obj";
            let ours = a
                .country()
                .is_none_or(|c| source_countries.iter().any(|s| s == c));
            matches!(a.role(), "MIL" | "COP")
                && ours
                && head.is_some_and(|h| crate::pattern::is_means_word(t, h, entry) || own(h))
        };
        targets.retain(|a| !means(a));
        // Nobody acts on themselves: not the same mention, nor the party of the source's own
        // country that "the two leaders" or "both sides" among the targets stands for ("Macron
        // met the king and the two leaders signed", where the pair is France and Morocco).
        targets.retain(|a| {
            let pair = (a.start..a.end).any(|h| crate::actor::is_pair_phrase(t, h));
            !sources.iter().any(|s| {
                (s.code == a.code && s.start == a.start)
                    || (pair && s.code.get(..3) == a.code.get(..3))
            })
        });
        // "The two sides met", "Russia and Iran met": with no target, the first party acts on
        // the others; "the two sides" always means each other (not "at the G20 summit").
        let pair_subject = src_head.is_some_and(|h| crate::actor::is_pair_phrase(t, h));
        self.fit_code_to_sources(v, &mut m, &sources);
        let mutual = self.each_other(ctx, v, &m, pair_subject, &mut sources, &mut targets);
        // TABARI's rule when the tree gives no target (`fallback`).
        if targets.is_empty() && (!sources.is_empty() || weapon.is_some()) {
            if let Some(h) = self.fallback_target(v, &m.code, &sources) {
                targets = actors_at(t, &self.ms, ctx, h);
                targets.retain(|a| {
                    !a.code.is_empty() && !a.first_person && !a.second_person && !means(a)
                });
            }
        }
        // "Clashes broke out between protesters and police": the clashes are theirs, coded from
        // the noun; that they broke out is no second event, of nobody.
        if sources.is_empty()
            && targets.is_empty()
            && event_subject.is_some()
            && src_head.is_some_and(|h| self.event_noun_has_parties(ctx, h))
        {
            return None;
        }
        // A verbal event needs its source, unless the clause is passive ("was attacked").
        if sources.is_empty()
            && event_subject.is_none()
            && (passive_subject.is_none() || targets.is_empty())
        {
            return None;
        }
        // A light verb's default code needs someone on the receiving end: "Russia gave Syria
        // arms" is aid, "they gave a talk", "it is going up" and "the researchers observed
        // flies" are no events.
        // Passive and with no agent, nobody gives: "executives held since 2017".
        let unagented = passive_subject.is_some() && sources.is_empty();
        let framing = t.kid(v, "xcomp").is_some();
        if bare && (targets.is_empty() || unagented) && light::needs_target(t.lemma(v), framing) {
            return None;
        }
        if bare && light::lacks_object(t, v, m.target.is_some()) {
            return None;
        }
        Some(Reading {
            v,
            m,
            sources,
            targets,
            frame,
            negated,
            modality,
            mutual,
        })
    }

    fn emit(&self, ctx: &mut Context, mut r: Reading, out: &mut Vec<Event>) {
        (r.frame, r.negated) =
            crate::modality::declared_refusal(&r.m.code, r.frame, r.negated, r.modality);
        if (r.negated && !self.coder.opts.keep_negated)
            || (r.frame == Frame::Hypothetical && !self.coder.opts.keep_hypothetical)
        {
            return;
        }
        let code = recode(&r.m.code, r.frame);
        if violence::specific_violence(&code) && !r.negated && r.frame == Frame::Plain {
            ctx.see_violence(&code);
        }
        match (code.get(..2), r.sources.first()) {
            (Some("02" | "03" | "10"), Some(s)) => {
                ctx.see_request(&s.code, r.targets.first().map(|a| a.code.as_str()))
            }
            // A riot (145) is violence someone did: "the attack" after it is the rioters'.
            (Some("18" | "19" | "20"), Some(s)) if !r.negated => ctx.see_perpetrator(&s.code),
            (Some("14"), Some(s)) if code.starts_with("145") && !r.negated => {
                ctx.see_perpetrator(&s.code)
            }
            (Some("15"), Some(s)) if !r.negated => ctx.see_force(&s.code),
            (Some("11"), Some(s)) if !r.negated => ctx.see_accuser(&s.code),
            _ => {}
        }
        // A decision or move that later sentences answer is an act done to another: not a
        // statement, an appeal, a demand, praise or thanks, criticism, a rejection or a threat,
        // but a verdict (115, 116) is one; so is a promise to act, whoever it is made to.
        let said = (matches!(code.get(..2), Some("01" | "02" | "10" | "11" | "12" | "13"))
            || code.starts_with("051"))
            && !matches!(code.as_str(), "115" | "116");
        let promise = code.starts_with("03");
        // The main clause's act is the move later sentences answer, not the reason or the
        // circumstance a clause under it tells ("sanctioned firms for supplying Russia"), in
        // whichever order the two are told.
        let under_told = matches!(self.tree.rel(r.v), "advcl" | "acl") && ctx.saw_doer_here();
        if let (Some(s), false) = (
            r.sources.first(),
            said || (r.targets.is_empty() && !promise) || r.negated || under_told,
        ) {
            ctx.see_doer(&s.code);
        }
        if !relevance::political(&code, &r.sources, &r.targets) {
            return;
        }
        let quote = speech::speech_verb_over(&self.tree, r.v)
            .and_then(|s| self.subject(s).0)
            .map(|h| Quote {
                speaker: self.phrase_text(h),
            });
        let future = r.frame == Frame::Intent;
        let sources: Vec<Option<&Actor>> = if r.sources.is_empty() {
            vec![None]
        } else {
            r.sources.iter().map(Some).collect()
        };
        // The reverse direction: conjoined parties acting on each other share the code; a
        // dictionary's reverse code ("[032:033]": the visited hosts) gives its own.
        let back = r.m.reverse.as_deref().map(|c| recode(c, r.frame));
        let mut pairs_extra: Vec<(Option<&Actor>, Option<&Actor>, &str)> = Vec::new();
        if r.mutual || back.is_some() {
            let c = back.as_deref().unwrap_or(&code);
            for a in &r.targets {
                for b in &r.sources {
                    pairs_extra.push((Some(a), Some(b), c));
                }
            }
        }
        let targets: Vec<Option<&Actor>> = if r.targets.is_empty() {
            vec![None]
        } else {
            r.targets.iter().map(Some).collect()
        };
        let (date, date_text) = self.date_of(r.v, future);
        let location = self.place_of(r.v);
        let pairs = sources
            .iter()
            .flat_map(|s| targets.iter().map(|t| (*s, *t, code.as_str())))
            .chain(pairs_extra);
        for (s, tg, code) in pairs {
            if let (Some(a), Some(b)) = (s, tg) {
                if a.code == b.code && a.start == b.start {
                    continue;
                }
                self.see_pair(ctx, a, b);
            }
            if let Some(e) = self.event(code, s, tg, &r.m.words) {
                out.push(Event {
                    negated: r.negated,
                    modality: r.modality.map(String::from),
                    quote: quote.clone(),
                    date: date.clone(),
                    date_text: date_text.clone(),
                    location: location.clone(),
                    ..e
                });
            }
        }
        self.see_parties(ctx, &r.sources, &r.targets);
    }
}

mod arguments;
mod article;
mod clause;
mod dating;
mod demand;
mod domestic;
mod entry;
mod evaluation;
mod fallback;
mod light;
mod linear_reading;
mod memory;
pub(crate) use memory::is_institution;
mod mutual;
mod names;
mod nature;
pub use names::edit_distance_at_most_one;
mod oblique;
mod record;
mod relevance;
mod response;
mod sieve;
pub use sieve::Sieve;
mod span;
mod trigger;
mod violence;

#[cfg(test)]
#[path = "coder_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "coder_context_tests.rs"]
mod context_tests;

#[cfg(test)]
#[path = "coder_reference_tests.rs"]
mod reference_tests;

#[cfg(test)]
#[path = "coder_noun_tests.rs"]
mod noun_tests;

#[cfg(test)]
#[path = "coder_clause_tests.rs"]
mod clause_tests;

#[cfg(test)]
#[path = "coder_country_tests.rs"]
mod country_tests;

#[cfg(test)]
#[path = "coder_when_tests.rs"]
mod when_tests;

#[cfg(test)]
#[path = "coder_appeal_tests.rs"]
mod appeal_tests;

#[cfg(test)]
#[path = "coder_verdict_tests.rs"]
mod verdict_tests;

#[cfg(test)]
#[path = "coder_kind_tests.rs"]
mod kind_tests;

#[cfg(test)]
#[path = "coder_warning_tests.rs"]
mod warning_tests;

#[cfg(test)]
#[path = "coder_response_tests.rs"]
mod response_tests;

#[cfg(test)]
#[path = "coder_accusation_tests.rs"]
mod accusation_tests;

#[cfg(test)]
#[path = "coder_speaker_tests.rs"]
mod speaker_tests;

#[cfg(test)]
#[path = "coder_target_tests.rs"]
mod target_tests;

#[cfg(test)]
#[path = "coder_control_tests.rs"]
mod control_tests;
