//! Article-level context: what earlier sentences tell the coder about later mentions.
//!
//! Surname-only mentions resolve to the last full mention with that surname (or, in a headline
//! written before the body names anyone, to the first one after); "he"/"she" to the last person;
//! "it"/"the country's" to the country in focus; "the two sides" to the parties of the last
//! bilateral event.

use crate::actor::Actor;
use crate::dictionary::MentionKind;

#[derive(Debug, Default, Clone)]
pub struct Context {
    /// (lowercased surname, code), most recent last.
    surnames: Vec<(String, String)>,
    /// Full mentions found anywhere in the article, for headlines (first one wins).
    later: Vec<(String, String)>,
    last_person: Option<String>,
    /// People (and persons' roles, "RUSGOV") named in any role, most recent last, a few.
    persons: Vec<String>,
    last_group: Option<String>,
    focus: Option<String>,
    pair: Option<(String, String)>,
    /// The last bilateral pair seen, and its sentence.
    recent_pair: Option<((String, String), usize)>,
    /// Unordered country pairs of bilateral events with their counts, in order of first use.
    pairs: Vec<((String, String), usize, usize)>,
    events: usize,
    /// (head noun lemma, code) of roles named with their country ("the US embassy"), most
    /// recent last: "the embassy" later means the same one.
    roles: Vec<(String, String, usize)>,
    /// The sentence being coded, and the sentences where the focus country and the last group
    /// were last named: a pronoun reaches back only so far.
    sentence: usize,
    focus_at: usize,
    group_at: usize,
    /// A clause subject named the last group in this sentence: later mentions in it do not
    /// take over "they".
    group_by_subject: bool,
    /// The last group named other than as a subject, and its sentence: what "they" were
    /// done to ("they were released") and "them" are.
    last_patient: Option<(String, usize)>,
    /// The last specific violence the article told of ("1832", a car bombing): "the attack"
    /// later is that one.
    violence: Option<String>,
    /// Who did the last violence the article told of, when it said so.
    perpetrator: Option<String>,
    /// Who made the last show of force (CAMEO 15x: drills, alerts, deployments).
    force: Option<String>,
    /// The party that made the last appeal, offer or demand, and the one it was made to.
    request: Option<(String, Option<String>)>,
    /// Who made the last accusation (CAMEO 11x: accuse, criticise, blame).
    accuser: Option<String>,
    /// Who did the last act to another (not a statement), and in which sentence.
    doer: Option<(String, usize)>,
    /// The speaker of the last quotation or reported speech.
    speaker: Vec<Actor>,
    /// A thing, not the country in focus, was the last subject: "it" is that thing.
    thing_topic: bool,
    /// The last institution that was a subject ("the court", "the ministry"), and its sentence:
    /// "it" of the next sentence, unless a country is named after it.
    institution: Option<(String, usize)>,
}

/// How many sentences back "it" and "they" may find their antecedent. Further back, "it" is
/// nearly always a thing ("it has improved", "it ends its supergiant phase") and "they" a
/// group the article has moved away from.
/// How many sentences back "the embassy" may find "the US embassy".
const ROLE_REACH: usize = 4;

const PRONOUN_REACH: usize = 1;

impl Context {
    /// Records full person mentions found anywhere in the article (headline cataphora).
    pub fn prime(&mut self, surname: &str, code: &str) {
        if !self.later.iter().any(|(s, _)| s == surname) {
            self.later.push((surname.to_string(), code.to_string()));
        }
    }

    /// Records a role named with its country, by its head noun ("embassy", "USAGOV").
    pub fn see_role(&mut self, head: &str, code: &str) {
        if let Some(k) = self.roles.iter().position(|(h, _, _)| h == head) {
            self.roles.remove(k);
        }
        self.roles
            .push((head.to_string(), code.to_string(), self.sentence));
        if self.roles.len() > 64 {
            self.roles.remove(0);
        }
    }

    /// The last role named with its country under this head noun, a few sentences back at
    /// most: "the embassy" two sentences after "the US embassy" is that one; ten sentences and
    /// two countries later, it is anybody's.
    pub fn role(&self, head: &str) -> Option<&str> {
        self.roles
            .iter()
            .rev()
            .find(|(h, _, at)| h == head && self.sentence - at <= ROLE_REACH)
            .map(|(_, c, _)| c.as_str())
    }

    /// Records a full person mention (its surname is the last word).
    pub fn add_person(&mut self, surname: &str, code: &str) {
        self.surnames
            .push((surname.to_lowercase(), code.to_string()));
        if self.surnames.len() > 256 {
            self.surnames.remove(0);
        }
    }

    /// Records the speaker of a quotation (actors without a code are left out).
    pub fn set_speaker(&mut self, speaker: &[Actor]) {
        let known: Vec<Actor> = speaker
            .iter()
            .filter(|a| !a.code.is_empty() && !a.first_person)
            .cloned()
            .collect();
        if !known.is_empty() {
            self.speaker = known;
        }
    }

    /// The speaker of the last quotation.
    pub fn speaker(&self) -> &[Actor] {
        &self.speaker
    }

    /// The speaker of the last quotation, named in an earlier sentence, standing at words
    /// `start..end` of this one (their word positions were that sentence's).
    pub fn speaker_at(&self, start: usize, end: usize) -> Vec<Actor> {
        self.speaker
            .iter()
            .map(|a| Actor {
                start,
                end,
                ..a.clone()
            })
            .collect()
    }

    /// Records a specific violent event's code.
    pub fn see_violence(&mut self, code: &str) {
        self.violence = Some(code.to_string());
    }

    /// Records an appeal, offer or demand: who made it, and to whom.
    pub fn see_request(&mut self, by: &str, to: Option<&str>) {
        self.request = Some((by.to_string(), to.map(String::from)));
    }

    /// Who made the last appeal, offer or demand, and to whom.
    pub fn last_request(&self) -> Option<(&str, Option<&str>)> {
        self.request
            .as_ref()
            .map(|(by, to)| (by.as_str(), to.as_deref()))
    }

    /// Records who made an accusation.
    pub fn see_accuser(&mut self, by: &str) {
        self.accuser = Some(by.to_string());
    }

    /// Who made the last accusation the article told of.
    pub fn last_accuser(&self) -> Option<&str> {
        self.accuser.as_deref()
    }

    /// Records who did an act to another in this sentence.
    pub fn see_doer(&mut self, by: &str) {
        self.doer = Some((by.to_string(), self.sentence));
    }

    /// Whether this sentence has recorded a doer already.
    pub fn saw_doer_here(&self) -> bool {
        self.doer
            .as_ref()
            .is_some_and(|(_, at)| *at == self.sentence)
    }

    /// Who did the last act to another in this sentence or the two before: whose "decision"
    /// or "move" the next sentences answer.
    pub fn last_doer(&self) -> Option<&str> {
        self.doer
            .as_ref()
            .filter(|(_, at)| self.sentence - at <= 2)
            .map(|(by, _)| by.as_str())
    }

    /// The code of the last specific violence the article told of.
    pub fn last_violence(&self) -> Option<&str> {
        self.violence.as_deref()
    }

    /// Records who did a violent act (any violence, specific or not).
    pub fn see_perpetrator(&mut self, by: &str) {
        self.perpetrator = Some(by.to_string());
    }

    /// Who did the last violence the article named a perpetrator for.
    pub fn last_perpetrator(&self) -> Option<&str> {
        self.perpetrator.as_deref()
    }

    /// Records who made a show of force.
    pub fn see_force(&mut self, by: &str) {
        self.force = Some(by.to_string());
    }

    /// Who made the last show of force the article told of: whose "drills" or "exercises"
    /// later sentences answer.
    pub fn last_force(&self) -> Option<&str> {
        self.force.as_deref()
    }

    /// Moves on to the next sentence of the article.
    pub fn next_sentence(&mut self) {
        self.sentence += 1;
        self.group_by_subject = false;
    }

    /// Records an actor as it is used in a sentence, in order.
    /// `subject`: the actor was a clause subject; only subjects become "he"/"she" later.
    /// `one`: the mention names one person ("the Russian foreign minister"), not an
    /// institution or a group ("a Pakistani court", "Iranian officials"), which is never "he".
    /// `place`: the mention is where something happened ("in Harare"), which puts its country
    /// in focus but is nobody "they" or "them" could be.
    pub fn see(&mut self, a: &Actor, subject: bool, one: bool, place: bool) {
        if a.code.is_empty() || a.first_person || a.second_person {
            return;
        }
        if let Some(c) = a.country() {
            if a.kind == MentionKind::Country || a.code.len() == 3 {
                self.focus = Some(c.to_string());
                self.focus_at = self.sentence;
                self.thing_topic = false;
            }
        }
        if place {
            return;
        }
        if one
            && (a.kind == MentionKind::Person
                || (a.kind == MentionKind::Country && a.code.len() > 3))
        {
            self.persons.retain(|c| *c != a.code);
            self.persons.push(a.code.clone());
            if self.persons.len() > 8 {
                self.persons.remove(0);
            }
        }
        match a.kind {
            MentionKind::Person if one => {
                if subject || self.last_person.is_none() {
                    self.last_person = Some(a.code.clone())
                }
            }
            // A group or an institution ("they", "it").
            MentionKind::Person | MentionKind::Agent | MentionKind::Organization => {
                self.see_group(a, subject)
            }
            MentionKind::Country => {
                if a.code.len() > 3 && subject && one {
                    self.last_person = Some(a.code.clone());
                }
                self.see_group(a, subject)
            }
        }
    }

    /// "They" of the next sentence is the group that was a subject in this one, as "he" is
    /// ("Police clashed with opposition supporters in Dhaka. They fired tear gas"); only a
    /// sentence whose subjects name no group leaves it to the last group named.
    fn see_group(&mut self, a: &Actor, subject: bool) {
        if !subject {
            self.last_patient = Some((a.code.clone(), self.sentence));
        }
        if self.group_by_subject && !subject {
            return;
        }
        self.group_by_subject |= subject;
        self.last_group = Some(a.code.clone());
        self.group_at = self.sentence;
    }

    /// An uncodable person became the topic: "he"/"she" no longer point at a coded one.
    pub fn forget_person(&mut self) {
        self.last_person = None;
    }

    /// A thing became the topic: "it" no longer points at the country in focus (which still
    /// stands for "the country's …").
    pub fn forget_focus(&mut self) {
        self.thing_topic = true;
    }

    /// Records the parties of a bilateral event.
    pub fn see_pair(&mut self, source: &str, target: &str) {
        // Two parties, not one and a part of it ("USAGOV" and "USA"): two countries, or the
        // sides of a country's conflict, a state and an armed or political group ("the army"
        // and the RSF in a civil war), not a state and its press or its citizens.
        let country = |c: &str| c.len() >= 3 && !c.starts_with("---");
        let domestic = source.get(..3) == target.get(..3);
        let side = |c: &str| matches!(c.get(3..6), Some("GOV" | "MIL" | "COP"));
        let party = |c: &str| {
            matches!(
                c.get(3..6),
                Some("REB" | "INS" | "SEP" | "UAF" | "OPP" | "PTY")
            )
        };
        let sides = (side(source) || party(source)) && (side(target) || party(target));
        if country(source)
            && country(target)
            && !source.starts_with(target)
            && !target.starts_with(source)
            && (!domestic || (sides && (party(source) || party(target))))
        {
            self.events += 1;
            let side = |c: &str| if domestic { c } else { &c[..3] }.to_string();
            let (a, b) = (side(source), side(target));
            let key = if a < b { (a, b) } else { (b, a) };
            match self.pairs.iter_mut().find(|p| p.0 == key) {
                Some(p) => {
                    p.1 += 1;
                    p.2 = self.events;
                }
                None => self.pairs.push((key.clone(), 1, self.events)),
            }
            // "The two sides" are the article's main dyad: the most frequent pair, the latest on ties.
            let best = self
                .pairs
                .iter()
                .max_by_key(|p| (p.1, p.2))
                .map(|p| p.0.clone());
            if best.as_ref() == Some(&key) || self.pair.is_none() {
                self.pair = Some((source.to_string(), target.to_string()));
            }
            self.recent_pair = Some(((source.to_string(), target.to_string()), self.sentence));
        }
    }

    pub fn surname(&self, lower: &str) -> Option<&str> {
        self.surnames
            .iter()
            .rev()
            .find(|(s, _)| s == lower)
            .or_else(|| self.later.iter().find(|(s, _)| s == lower))
            .map(|(_, c)| c.as_str())
    }

    pub fn last_person(&self) -> Option<(String, MentionKind)> {
        self.last_person.clone().map(|c| (c, MentionKind::Person))
    }

    /// The person named most recently who is not `code`: whom "him" means when `code` is the
    /// clause's own subject ("Macron spoke with Putin. Macron urged him to agree").
    pub fn person_other_than(&self, code: &str) -> Option<&str> {
        self.persons
            .iter()
            .rev()
            .find(|c| c.as_str() != code)
            .map(String::as_str)
    }

    pub fn last_group(&self) -> Option<(String, MentionKind)> {
        self.last_group.clone().map(|c| (c, MentionKind::Agent))
    }

    pub fn focus_country(&self) -> Option<&str> {
        self.focus.as_deref()
    }

    /// The last group ("they"), if named at most one sentence back.
    pub fn recent_group(&self) -> Option<(String, MentionKind)> {
        (self.sentence - self.group_at <= PRONOUN_REACH)
            .then(|| self.last_group())
            .flatten()
    }

    /// The last group named other than as a subject ("them", "they were released"), if named
    /// at most one sentence back; else the last group.
    pub fn recent_patient(&self) -> Option<(String, MentionKind)> {
        match &self.last_patient {
            Some((c, at)) if self.sentence - at <= PRONOUN_REACH => {
                Some((c.clone(), MentionKind::Agent))
            }
            _ => self.recent_group(),
        }
    }

    /// Records an institution named as a clause subject (see [`Context::recent_it`]).
    pub fn see_institution(&mut self, code: &str) {
        self.institution = Some((code.to_string(), self.sentence));
    }

    /// What "it" stands for: the institution last named as a subject ("The court ruled … It
    /// also banned …"), unless a country was named after it; else the country in focus.
    pub fn recent_it(&self) -> Option<(String, MentionKind)> {
        if self.thing_topic {
            return None;
        }
        match &self.institution {
            Some((c, at)) if self.sentence - at <= PRONOUN_REACH && *at >= self.focus_at => {
                Some((c.clone(), MentionKind::Organization))
            }
            _ => self
                .recent_focus()
                .map(|c| (c.to_string(), MentionKind::Country)),
        }
    }

    /// The country in focus ("it"), if named at most one sentence back.
    pub fn recent_focus(&self) -> Option<&str> {
        (self.sentence - self.focus_at <= PRONOUN_REACH && !self.thing_topic)
            .then_some(self.focus.as_deref())
            .flatten()
    }

    /// "The two sides" were named again: they stay the pair just named.
    pub fn see_pair_again(&mut self) {
        let again = self
            .last_pair()
            .map(|(a, b)| (a.to_string(), b.to_string()));
        if let Some(p) = again {
            self.recent_pair = Some((p, self.sentence));
        }
    }

    /// Who "the two sides" are: the pair of this sentence or the one before ("Putin hosted
    /// Wang Yi. The two sides discussed …"), else the article's main dyad.
    pub fn last_pair(&self) -> Option<(&str, &str)> {
        match &self.recent_pair {
            Some((p, at)) if self.sentence - at <= 1 => Some(p),
            _ => self.pair.as_ref(),
        }
        .map(|(a, b)| (a.as_str(), b.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_prefers_earlier_then_later_mentions() {
        let mut c = Context::default();
        c.prime("lavrov", "RUSGOV");
        assert_eq!(c.surname("lavrov"), Some("RUSGOV"));
        c.add_person("Lavrov", "RUS");
        assert_eq!(c.surname("lavrov"), Some("RUS"));
        assert_eq!(c.surname("putin"), None);
        c.see_pair("USAGOV", "RUSGOV");
        assert_eq!(c.last_pair(), Some(("USAGOV", "RUSGOV")));
        c.see_pair("USAGOV", "USA");
        assert_eq!(c.last_pair(), Some(("USAGOV", "RUSGOV")));
    }

    #[test]
    fn the_two_sides_are_the_pair_just_named_else_the_articles_main_one() {
        let mut c = Context::default();
        c.see_pair("USAGOV", "RUSGOV");
        c.next_sentence();
        c.see_pair("RUS", "USA");
        c.next_sentence();
        c.see_pair("RUSGOV", "CHNGOV");
        c.see_pair("RUSGOV", "---GOV");
        // The sentence that named Russia and China, and the one after it.
        assert_eq!(c.last_pair(), Some(("RUSGOV", "CHNGOV")));
        c.next_sentence();
        assert_eq!(c.last_pair(), Some(("RUSGOV", "CHNGOV")));
        // Further on, the article's main dyad.
        c.next_sentence();
        assert_eq!(c.last_pair(), Some(("RUS", "USA")));
        // Two parties of one country are a pair too ("both sides" of a civil war).
        c.see_pair("SDNMIL", "SDNUAFRSF");
        assert_eq!(c.last_pair(), Some(("SDNMIL", "SDNUAFRSF")));
        // ... but a state and its own press are no sides.
        c.see_pair("SYRGOV", "SYRMED");
        assert_eq!(c.last_pair(), Some(("SDNMIL", "SDNUAFRSF")));
    }
}
