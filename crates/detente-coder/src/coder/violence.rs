//! Violence with an event for a subject: "a car bombing killed five", "the attack wounded
//! twelve". The subject is what happened: the verb's event stands without a source (or with
//! the one the noun names, "US drone attacks killed …") and takes the noun's more specific code
//! (a car bombing is 183x, not plain 190).

use super::SentenceCoder;
use crate::context::Context;
use crate::pattern::match_entry;

pub(super) fn violent(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

impl SentenceCoder<'_, '_> {
    /// Who struck, in a clause of time on a violent passive: "12 people were killed when
    /// Russian missiles struck a shopping centre" were killed by the missiles' country; or in
    /// the attack it names: "three civilians were killed in Israeli strikes".
    pub(super) fn striker_when(&self, v: usize) -> Option<usize> {
        let t = &self.tree;
        // A word whose default or one of whose patterns is violence ("struck" is a labour
        // strike by default, an attack with a target).
        let violent_entry = |e: &crate::dictionary::VerbEntry| {
            e.code.as_deref().is_some_and(violent) || e.patterns.iter().any(|p| violent(&p.code))
        };
        if !self.coder.dict.verb(t.lemma(v)).is_some_and(violent_entry) {
            return None;
        }
        let country = |m: usize| {
            self.ms
                .at(m)
                .is_some_and(|x| x.kind == crate::dictionary::MentionKind::Country)
        };
        let attack = t.kids_with(v, "obl").find_map(|o| {
            let noun = t.case_of(o) == Some("in")
                && self
                    .coder
                    .dict
                    .noun_event(t.lemma(o))
                    .is_some_and(violent_entry);
            noun.then(|| t.kids_with(o, "amod").find(|&m| country(m)))
                .flatten()
        });
        if attack.is_some() {
            return attack;
        }
        let violent_verb = |x: usize| self.coder.dict.verb(t.lemma(x)).is_some_and(violent_entry);
        // "when" as the parser has it: a subordinator, or an adverb of the clause.
        let opener =
            |m: usize| matches!(t.rel(m), "mark" | "advmod") && matches!(t.lower(m), "when" | "as");
        let when = t
            .kids_with(v, "advcl")
            .find(|&c| t.children(c).iter().any(|&m| opener(m)) && violent_verb(c))?;
        t.kids_with(when, "nsubj").next()
    }

    /// The code of a violent verb (`verb_code`) whose subject `h` is a violent event noun, if so.
    pub(super) fn event_subject_code(
        &self,
        ctx: &Context,
        h: usize,
        verb_code: &str,
    ) -> Option<String> {
        let t = &self.tree;
        if t.upos(h) != "NOUN" || !violent(verb_code) {
            return None;
        }
        let entry = self.coder.dict.noun_event(t.lemma(h))?;
        let noun = match_entry(t, h, entry, true, &|x| self.is_actor(ctx, x), &|x| {
            self.is_place(x)
        })
        .map(|m| m.code)
        .or_else(|| entry.code.clone())?;
        // A family's general code ("attack", 190) says less than the verb ("injured", 182) —
        // and "the attack" named with a definite article is the one the article has told of
        // ("A car bomb struck a base … The attack killed twelve"): it takes that one's code.
        let general = noun.len() == 3 && noun.ends_with('0');
        if !violent(&noun) {
            return None;
        }
        if !general {
            return Some(noun);
        }
        let definite = t
            .children(h)
            .iter()
            .any(|&c| t.rel(c) == "det" && matches!(t.lower(c), "the" | "this" | "that"));
        Some(match ctx.last_violence() {
            Some(c) if definite => c.to_string(),
            _ => verb_code.to_string(),
        })
    }
}

impl SentenceCoder<'_, '_> {
    /// Whether event noun `h` names its own parties through one of its patterns ("clashes
    /// between protesters and police"): the noun is then coded as an event of theirs.
    pub(super) fn event_noun_has_parties(&self, ctx: &Context, h: usize) -> bool {
        let t = &self.tree;
        self.coder.dict.noun_event(t.lemma(h)).is_some_and(|entry| {
            match_entry(t, h, entry, true, &|x| self.is_actor(ctx, x), &|x| {
                self.is_place(x)
            })
            .is_some_and(|m| m.target.is_some_and(|x| self.is_actor(ctx, x)))
        })
    }

    /// The people (or place) a violent event noun befell, when it is the setting of their death,
    /// injury or destruction: "five soldiers were killed in a Taliban attack", "dozens died in the
    /// attack by …", "the consulate was destroyed in an air strike". The noun's reading then has
    /// the verb's subject as its target.
    pub(super) fn victims_of(&self, n: usize) -> Option<usize> {
        let t = &self.tree;
        if t.rel(n) != "obl" || !matches!(t.case_of(n), Some("in" | "during" | "by")) {
            return None;
        }
        let p = t
            .parent(n)
            .filter(|&p| matches!(t.upos(p), "VERB" | "ADJ"))?;
        let with = |rel: &str| {
            t.children(p)
                .iter()
                .copied()
                .find(|&c| t.full_rel(c) == rel)
        };
        let passive = with("aux:pass").is_some() || with("nsubj:pass").is_some();
        let harmed = match t.lemma(p) {
            "die" | "perish" => true,
            "kill" | "injure" | "wound" | "hurt" | "maim" | "slay" => passive,
            // "the consulate was destroyed in an Israeli air strike".
            "destroy" | "damage" | "raze" | "flatten" | "level" => passive,
            // "were wounded in …" read as an adjective with a copula.
            "wounded" | "injured" | "dead" | "killed" => t.upos(p) == "ADJ",
            _ => false,
        };
        if !harmed {
            return None;
        }
        t.kid(p, "nsubj")
    }
}

/// Whether `code` names a specific kind of violence (a bombing, an air strike), not a family's
/// general code (180, 190, 200).
/// What is won or lost at the polls: a defeat there is no violence.
const CONTESTS: &[&str] = &[
    "election",
    "vote",
    "runoff",
    "run-off",
    "poll",
    "primary",
    "race",
    "ballot",
    "referendum",
    "contest",
];

/// Participles of who arranges what others do: "talks mediated by Qatar", "a deal brokered by
/// Egypt", "a summit hosted by Saudi Arabia".
const BROKERING: &[&str] = &[
    "mediate",
    "broker",
    "host",
    "sponsor",
    "facilitate",
    "organise",
    "organize",
    "convene",
    "chair",
];

/// A verb that lays an act on someone: "blamed on", "ascribed to", "attributed to", "pinned on".
fn blames(t: &crate::tree::Tree, v: usize) -> bool {
    t.upos(v) == "VERB" && matches!(t.lemma(v), "blame" | "ascribe" | "attribute" | "pin")
}

/// The phrase of such a verb that names whom the act is laid on.
fn laid_phrase(t: &crate::tree::Tree, x: usize) -> bool {
    matches!(t.case_of(x), Some("on" | "to"))
}

pub(super) fn specific_violence(code: &str) -> bool {
    violent(code) && !(code.len() == 3 && code.ends_with('0'))
}

impl SentenceCoder<'_, '_> {
    /// The phrase the event noun `n` is laid on, if any: "the raid, blamed on Boko Haram",
    /// "another attack ascribed to the Taliban", "the blast was blamed on the Islamic State",
    /// "officials attributed the attack to al-Shabaab". Whom an act is blamed on did it; the
    /// phrase names no target.
    pub(super) fn laid_on(&self, n: usize) -> Option<usize> {
        let t = &self.tree;
        let (blames, on) = (|v| blames(t, v), |x| laid_phrase(t, x));
        let verb = t.kids_with(n, "acl").find(|&c| blames(c)).or_else(|| {
            t.parent(n)
                .filter(|&p| blames(p) && matches!(t.full_rel(n), "obj" | "nsubj:pass"))
        })?;
        // The parser hangs the phrase on the verb or on the noun ("attributed [the attack to
        // al-Shabaab]").
        t.kids_with(verb, "obl")
            .find(|&o| on(o))
            .or_else(|| t.kids_with(n, "nmod").find(|&o| on(o)))
    }

    /// Whether `h` is in a phrase that a participle on a noun sets apart from the sentence's
    /// other predicates: whom it lays an act on ("another attack ascribed to the Taliban", the
    /// act's performer), or who brokered or hosted what the noun names ("a ceasefire in talks
    /// mediated by Saudi Arabia", a third party). No other predicate aims at them.
    pub(super) fn laid_party(&self, h: usize) -> bool {
        let t = &self.tree;
        let mut x = h;
        // Bounded: the phrase is shallow.
        for _ in 0..8 {
            let Some(p) = t.parent(x) else { return false };
            let laid = t.rel(x) == "obl" && blames(t, p) && laid_phrase(t, x);
            let brokered = t.full_rel(x) == "obl:agent" && BROKERING.contains(&t.lemma(p));
            if t.rel(p) == "acl" && (laid || brokered) {
                return true;
            }
            x = p;
        }
        false
    }

    /// Whether predicate `v` defeats someone at the polls: "won the election, defeating
    /// incumbent Donald Trump", "beat her rival in the runoff". Not a fight.
    pub(super) fn electoral(&self, v: usize) -> bool {
        let t = &self.tree;
        if !matches!(t.lemma(v), "defeat" | "beat" | "rout" | "trounce" | "crush") {
            return false;
        }
        let contest = |x: usize| {
            t.kids_with(x, "obj")
                .chain(t.kids_with(x, "obl"))
                .any(|c| CONTESTS.contains(&t.lemma(c)))
        };
        // The participle hangs on the clause or, as the parser often has it, on the contest.
        contest(v)
            || t.parent(v).is_some_and(|p| {
                (t.rel(v) == "advcl" && contest(p))
                    || (t.rel(v) == "acl" && CONTESTS.contains(&t.lemma(p)))
            })
    }

    /// Who claimed the event noun `n`: the subject of "claimed responsibility for …" (or
    /// "took responsibility", "claimed credit"), the parser hanging the "for" phrase on the noun
    /// or on the verb. "The Pakistani Taliban claimed responsibility for a suicide bombing": the
    /// bombing is theirs; so is "the bombing was claimed by the Pakistani Taliban".
    pub(super) fn claimant(&self, n: usize) -> Option<usize> {
        let t = &self.tree;
        // "The attack was claimed by the Houthis."
        if t.full_rel(n) == "nsubj:pass" {
            let p = t.parent(n).filter(|&p| t.lemma(p) == "claim")?;
            return t
                .kids_with(p, "obl")
                .find(|&a| t.full_rel(a) == "obl:agent");
        }
        if t.case_of(n) != Some("for") {
            return None;
        }
        let claimed = |noun: usize| {
            t.upos(noun) == "NOUN" && matches!(t.lemma(noun), "responsibility" | "credit")
        };
        let p = t.parent(n)?;
        let verb = if claimed(p) && t.rel(p) == "obj" {
            t.parent(p)?
        } else if t.upos(p) == "VERB" && t.kid(p, "obj").is_some_and(claimed) {
            p
        } else {
            return None;
        };
        if !matches!(
            t.lemma(verb),
            "claim" | "take" | "accept" | "assume" | "admit" | "bear"
        ) {
            return None;
        }
        self.subject(verb).0
    }
}
