//! Verdicts in reported speech: "Beijing said the sanctions were illegal", "'It is a
//! propaganda stunt,' he added", and verdicts given by naming an act: "Moscow called the
//! sanctions illegal", "Kyiv called the attack a war crime". Calling what another party did
//! wrong is criticism (CAMEO 111)
//! by the speaker; the party is the one the verdict's subject names ("the US decision"), or,
//! when the subject only points back ("it", "this", "the move"), the other side of the last
//! bilateral event the article told of.

use super::{Reading, SentenceCoder};
use crate::actor::{actors_at, Actor};
use crate::context::Context;
use crate::event::Event;
use crate::modality::{own_frame, Frame};
use crate::pattern::Match;
use crate::speech;
use crate::wordset::WordSet;

/// Predicates that condemn what they are said of.
const CONDEMNING: &[&str] = &[
    "unacceptable",
    "outrageous",
    "absurd",
    "ridiculous",
    "illegal",
    "illegitimate",
    "unlawful",
    "baseless",
    "groundless",
    "unfounded",
    "shameful",
    "disgraceful",
    "irresponsible",
    "provocative",
    "hypocritical",
    "unjustified",
    "stunt",
    "propaganda",
    "provocation",
    "lie",
    "farce",
    "nonsense",
    "disgrace",
    "violation",
    "blackmail",
    "hypocrisy",
    "insult",
    "sham",
    // The words of diplomatic censure: "called the deal deeply troubling".
    "troubling",
    "reckless",
    "destabilizing",
    "destabilising",
    "deplorable",
    "regrettable",
    "unhelpful",
    // Villains a party is called: "called the protesters criminals".
    "terrorist",
    "criminal",
    "murderer",
    "killer",
    "thug",
    "traitor",
    "dictator",
    "tyrant",
    "puppet",
    "bandit",
    "liar",
    "fascist",
    "butcher",
    "gangster",
];

/// Verbs that give their object a name: "called the sanctions illegal", "described the remarks
/// as irresponsible", "branded the visit a provocation".
const NAMING: &[&str] = &[
    "call",
    "describe",
    "brand",
    "label",
    "term",
    "dub",
    "characterise",
    "characterize",
];

/// Verbs of opinion whose negation carries over to the verdict they take.
const OPINION: &[&str] = &["think", "believe", "consider", "find"];

/// Predicates that charge with a crime: an accusation (112), not mere criticism.
const CHARGING: &[&str] = &[
    "crime",
    "treason",
    "treasonous",
    "terrorism",
    "genocide",
    "aggression",
    "atrocity",
    "massacre",
];

/// Predicates that condemn when denied ("not acceptable").
const DENIABLE: &[&str] = &[
    "acceptable",
    "legal",
    "legitimate",
    "justified",
    "lawful",
    "right",
    "appropriate",
];

impl SentenceCoder<'_, '_> {
    pub(super) fn code_verdicts(&self, ctx: &mut Context, out: &mut Vec<Event>) {
        let t = &self.tree;
        for p in 0..t.len() {
            if t.kid(p, "cop").is_none() {
                continue;
            }
            let (_, mut negated, _) = own_frame(t, p);
            // "I do not think that it can be right": the opinion's negation is the verdict's.
            let opinion = t
                .parent(p)
                .filter(|&o| t.rel(p) == "ccomp" && OPINION.contains(&t.lemma(o)));
            negated ^= opinion.is_some_and(|o| own_frame(t, o).1);
            let lemma = t.lemma(p);
            let charge = CHARGING.contains(&lemma) && !negated;
            if !(charge
                || (CONDEMNING.contains(&lemma) && !negated)
                || (DENIABLE.contains(&lemma) && negated))
            {
                continue;
            }
            let sources: Vec<Actor> = match speech::speech_verb_over(t, p) {
                Some(s) => self
                    .subject(s)
                    .0
                    .map(|h| actors_at(t, &self.ms, ctx, h))
                    .unwrap_or_default(),
                // Inside a quotation begun in an earlier sentence: its speaker's verdict.
                None if self.in_quote => ctx.speaker_at(p, p + 1),
                None => continue,
            };
            let subject = t.kid(p, "nsubj").or_else(|| t.kid(p, "expl"));
            self.criticise(ctx, p, sources, subject, charge, out);
        }
        // "Moscow called the sanctions illegal", "described the remarks as irresponsible".
        for v in 0..t.len() {
            if t.upos(v) != "VERB" {
                continue;
            }
            let Some((o, name)) = self.verdict_named(v) else {
                continue;
            };
            let (frame, negated, _) = self.frame(v);
            if negated || frame == Frame::Hypothetical {
                continue;
            }
            let charge = CHARGING.contains(&t.lemma(name));
            let sources = self
                .subject(v)
                .0
                .map(|h| actors_at(t, &self.ms, ctx, h))
                .unwrap_or_default();
            self.criticise(ctx, name, sources, Some(o), charge, out);
        }
    }

    /// Emits the criticism (111), or accusation (112) if `charge`, that `sources` make with the
    /// verdict word `p` on what `subject` names: the party it names, else, when it names none
    /// or only points back ("it", "this"), the other side of the last bilateral event.
    fn criticise(
        &self,
        ctx: &mut Context,
        p: usize,
        sources: Vec<Actor>,
        subject: Option<usize>,
        charge: bool,
        out: &mut Vec<Event>,
    ) {
        let t = &self.tree;
        let sources: Vec<Actor> = sources
            .into_iter()
            .filter(|a| !a.code.is_empty() && !a.first_person && !a.second_person)
            .collect();
        // "It is a stunt", "this is unacceptable": the act just told of, not a party.
        let pointing =
            subject.filter(|&h| matches!(t.lower(h), "it" | "this" | "that" | "these" | "those"));
        let mut targets: Vec<Actor> = subject
            .filter(|_| pointing.is_none())
            .map(|h| self.party_at(ctx, h))
            .unwrap_or_default()
            .into_iter()
            .filter(|a| !a.code.is_empty() && !a.first_person && !a.second_person)
            .collect();
        // Whose act is meant, when no party is named, is told by the speaker's country.
        let speaker = sources.first().and_then(|a| a.country());
        if targets.is_empty() {
            let at = subject.unwrap_or(p);
            targets.extend(speaker.and_then(|s| self.other_party(ctx, s, at)));
        }
        targets.retain(|a| speaker.is_none() || a.country() != speaker || a.code.len() > 3);
        if sources.is_empty() || targets.is_empty() {
            return;
        }
        // "Ruto called the protesters criminals": Kenya's protesters.
        super::domestic::place_subjects(&sources, &mut targets);
        let r = Reading {
            v: p,
            m: Match::plain(if charge { "112" } else { "111" }, subject, vec![p]),
            sources,
            targets,
            frame: Frame::Plain,
            negated: false,
            modality: None,
            mutual: false,
        };
        self.emit(ctx, r, out);
    }

    /// The actors of the phrase at `h`; of the word `h` alone when a dictionary name runs on
    /// past it into the verdict ("the protesters criminals" read as one noun phrase).
    fn party_at(&self, ctx: &Context, h: usize) -> Vec<Actor> {
        let t = &self.tree;
        let runs_on = self.ms.at(h).is_some_and(|m| m.end > h + 1);
        if !(runs_on && t.rel(h) == "compound") {
            return actors_at(t, &self.ms, ctx, h);
        }
        self.coder
            .dict
            .actors_in(&t.tokens[h..=h], self.date)
            .into_iter()
            .map(|m| Actor::standing(&m.code, h))
            .collect()
    }

    /// The object of naming verb `v` and the condemning or charging name it gives it, if it
    /// gives one: "called [the attack] [a crime]" (which may come out as indirect and direct
    /// object), "called [the protesters] [criminals]" (which may come out as one noun phrase,
    /// the party a compound of the name).
    pub(super) fn verdict_named(&self, v: usize) -> Option<(usize, usize)> {
        let t = &self.tree;
        if !NAMING.contains(&t.lemma(v)) {
            return None;
        }
        let verdict = |n: usize| is_verdict(t.lemma(n)) && !DENIABLE.contains(&t.lemma(n));
        let o = t.kid(v, "iobj").or_else(|| t.kid(v, "obj"))?;
        if let Some(name) = self.name_given(v, o).filter(|&n| verdict(n)) {
            return Some((o, name));
        }
        let party = t
            .kids_with(o, "compound")
            .find(|&c| c < o && self.ms.at(c).is_some())?;
        verdict(o).then_some((party, o))
    }

    /// Whether noun `n` is what a naming verb gives a name: "called the protests illegal"
    /// judges protests, it holds none.
    pub(super) fn named_by_verb(&self, n: usize) -> bool {
        let t = &self.tree;
        t.rel(n) == "obj"
            && t.parent(n).is_some_and(|v| {
                t.upos(v) == "VERB"
                    && NAMING.contains(&t.lemma(v))
                    && self.name_given(v, n).is_some()
            })
    }

    /// The name a naming verb `v` gives its object `o`: a word after the object that is the
    /// verb's complement, second object or "as" phrase, or (as parsers read "called the
    /// sanctions illegal", "called the drills a provocation") a modifier the object has after
    /// it.
    fn name_given(&self, v: usize, o: usize) -> Option<usize> {
        let t = &self.tree;
        let of_verb = t.children(v).iter().copied().find(|&c| {
            c > o
                && match t.rel(c) {
                    "xcomp" | "obj" => true,
                    "obl" => t.case_of(c) == Some("as") || t.full_rel(c) == "obl:unmarked",
                    _ => false,
                }
        });
        of_verb.or_else(|| {
            t.children(o)
                .iter()
                .copied()
                // (A name in quotation marks may come out in apposition: called the protests
                // "treasonous".)
                .find(|&c| c > o && matches!(t.full_rel(c), "amod" | "nmod:unmarked" | "appos"))
        })
    }

    /// The party of the last bilateral event that is not `speaker`'s country, standing at `at`.
    fn other_party(&self, ctx: &Context, speaker: &str, at: usize) -> Option<Actor> {
        let (a, b) = ctx.last_pair()?;
        let other = [a, b]
            .into_iter()
            .find(|c| c.get(..3).is_some_and(|c| c != speaker) && !c.starts_with("---"))?;
        Some(Actor::standing(other, at))
    }
}

/// Whether a copular predicate can be a verdict: condemning, charging, or condemning when
/// denied.
pub(super) fn is_verdict(lemma: &str) -> bool {
    // Asked of every content word of every sentence (see `trigger`).
    static VERDICTS: WordSet = WordSet::union(&[CONDEMNING, CHARGING, DENIABLE]);
    VERDICTS.contains(lemma)
}
