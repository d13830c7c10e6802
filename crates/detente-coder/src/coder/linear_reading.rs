//! Predicates read through a dictionary's linear (word-order) patterns, when it has them.
//!
//! PETRARCH and TABARI verb dictionaries write their patterns in word order ("HEAVILY *",
//! "* FOR_ASYLUM"); [`crate::linear`] matches them so. A matched pattern gives the code and, where
//! it has `+` or `$`, the target or source; the tree still gives what the pattern leaves open.

use super::SentenceCoder;
use crate::linear::{best_match, LinearMatch, View};
use crate::pattern::{plain_target, Match};

/// The regular stems of a verb form other than its lemma, for a lemmatiser slip ("conceded" →
/// "conced"): the form less "-d", "-ed", "-s", "-es" (after a sibilant only, as English spells
/// "pushes") or "-ing", three letters at least.
pub(super) fn regular_stems<'w>(form: &'w str, lemma: &'w str) -> impl Iterator<Item = &'w str> {
    ["d", "ed", "s", "es", "ing"]
        .into_iter()
        .filter_map(move |suf| Some((suf, form.strip_suffix(suf)?)))
        .filter(|(suf, stem)| {
            *suf != "es"
                || ["s", "x", "z", "ch", "sh"]
                    .iter()
                    .any(|e| stem.ends_with(e))
        })
        .map(|(_, stem)| stem)
        .filter(move |stem| stem.len() >= 3 && *stem != lemma)
}

impl SentenceCoder<'_, '_> {
    /// The best linear pattern of `v`'s entry (phrasal key first when a particle was used).
    pub(super) fn linear_match(
        &self,
        v: usize,
        lemma: &str,
        prt: Option<usize>,
    ) -> Option<LinearMatch> {
        let d = self.coder.dict;
        let form = self.tree.lower(v);
        let pats = match prt {
            Some(p) => d.linear(&format!("{lemma} {}", self.tree.lower(p))),
            // The key `entry_for` finds the entry under: the form's own, the lemma, or a regular
            // stem of the form when the lemmatiser slipped ("boycotted" → "boycot").
            None => match (d.verb(form), d.verb(lemma)) {
                (Some(_), _) => d.linear(form),
                (None, Some(_)) => d.linear(lemma),
                (None, None) => regular_stems(form, lemma)
                    .find(|s| d.verb(s).is_some())
                    .map_or(&[][..], |s| d.linear(s)),
            },
        };
        if pats.is_empty() {
            return None;
        }
        let view = View {
            tree: &self.tree,
            mentions: &self.ms.list,
        };
        let v_end = prt.filter(|&p| p > v).unwrap_or(v);
        let mut m = best_match(&view, pats, v, v_end)?;
        if m.source.is_none() {
            m.source = self.pattern_verb_subject(&m, v);
        }
        Some(m)
    }

    /// A pattern that spells out a verb before its own ("INCHING &ACCORDSYN *": "Arnor is
    /// inching nearer to accord with Gondor"; "INDICATED *": "Ethiopia indicated it deplored
    /// Libya") reads the words as one predicate, whose subject is that first verb's: the
    /// mention its subject names, if any. Unless the verb names its own actor subject ("Iran
    /// said Israel charged …"), the parser's attachment of the verb (as a clause of some
    /// other verb, or a pronoun "it" for the same party) no longer decides who acts.
    fn pattern_verb_subject(&self, m: &LinearMatch, v: usize) -> Option<usize> {
        let t = &self.tree;
        if let Some(own) = self.subject(v).0 {
            // The verb's own subject that the pattern took for its target (`NOTED + *`: "noted
            // Mordor regretted") is not the source. (A controller, as in "hosting Iran to
            // celebrate", still is.)
            let phrase = t.phrase(own);
            let taken = t.parent(own) == Some(v) && m.target.is_some_and(|tg| phrase.contains(&tg));
            if !taken && phrase.iter().any(|&i| self.ms.at(i).is_some()) {
                return None;
            }
        }
        let first = m
            .words
            .iter()
            .copied()
            .filter(|&w| w < v && t.upos(w) == "VERB")
            .min()?;
        let h = self.subject(first).0?;
        // A titled name the dictionary lacks ("Gondor's Prime Minister Falastur") is composed
        // from its head.
        match self.ms.at(h) {
            Some(x) => Some(x.start),
            None => t
                .phrase(h)
                .iter()
                .any(|&i| self.ms.at(i).is_some())
                .then_some(h),
        }
    }

    /// The head word of the mention starting at `start`; for a later conjunct ("Iran and
    /// *Iraq*"), the first conjunct, so that the slot takes the whole conjoined phrase.
    pub(super) fn mention_head(&self, start: usize) -> usize {
        let t = &self.tree;
        let end = self
            .ms
            .list
            .iter()
            .find(|m| m.start == start)
            .map_or(start + 1, |m| m.end);
        let mut h = (start..end)
            .find(|&i| t.parent(i).is_none_or(|p| p < start || p >= end))
            .unwrap_or(end - 1);
        for _ in 0..16 {
            match t.parent(h) {
                Some(p) if t.rel(h) == "conj" && crate::actor::is_nominal(t, p) => h = p,
                _ => break,
            }
        }
        h
    }

    /// A linear match as the tree coder's [`Match`]: the pattern's target, else the verb's plain
    /// target on the tree.
    pub(super) fn linear_as_match(
        &self,
        l: &LinearMatch,
        v: usize,
        is_actor: &dyn Fn(usize) -> bool,
    ) -> Match {
        let mut words = l.words.clone();
        words.push(v);
        words.sort_unstable();
        words.dedup();
        let target = match l.target {
            Some(s) => Some(self.mention_head(s)),
            None => plain_target(&self.tree, v, is_actor),
        };
        Match {
            code: l.code.clone(),
            target,
            words,
            reverse: l.reverse.clone(),
            // The linear match's own source is read by the caller (`LinearMatch::source`).
            source: None,
        }
    }
}

impl SentenceCoder<'_, '_> {
    /// TABARI's source when the tree gives a predicate none (the parser hung "Pakistan" off the
    /// verb as a modifier): the first actor mention before `v` that no preposition introduces,
    /// with no other verb between it and `v` (but those of the `subject` phrase).
    pub(super) fn linear_source_before(&self, v: usize, subject: Option<usize>) -> Option<usize> {
        let t = &self.tree;
        // Not a name inside an opening clause without a subject of its own ("To track the
        // movement of these particles, the team …", "After meeting Putin, Xi …"): read on
        // the words, since this runs where the tree is not to be trusted.
        let opening_clause = |start: usize| {
            let from = (0..start)
                .rev()
                .find(|&i| matches!(t.lower(i), "," | ";" | ":"))
                .map_or(0, |i| i + 1);
            (from..start).any(|i| {
                t.upos(i) == "VERB"
                    && (t.tokens[i].xpos == "VBG"
                        || (t.tokens[i].xpos == "VB" && i > 0 && t.lower(i - 1) == "to"))
            })
        };
        let m = self
            .ms
            .list
            .iter()
            .filter(|m| m.end <= v && !opening_clause(m.start))
            .min_by_key(|m| m.start)?;
        let h = self.mention_head(m.start);
        // "Up to 100 Albanians" is a number, not a preposition.
        let case = |c: usize| {
            t.rel(c) == "case" && !(t.lower(c) == "to" && c > 0 && t.lower(c - 1) == "up")
        };
        // ... or a modifier of a noun a preposition introduces: "an explosion near a *police*
        // station", "a blast at an *army* checkpoint" (a place, not who set it off).
        let modified = Some(h)
            .filter(|&h| matches!(t.rel(h), "compound" | "amod"))
            .and_then(|h| t.parent(h));
        let introduced = m.start > 0 && matches!(t.upos(m.start - 1), "ADP" | "SCONJ")
            || t.children(h).iter().any(|&c| case(c))
            || modified.is_some_and(|p| t.children(p).iter().any(|&c| case(c)));
        // A participle on the subject ("aircraft including gunships") does not count.
        let verb_between = (m.end..v).any(|i| {
            t.upos(i) == "VERB"
                && !(t.rel(i) == "acl" && subject.is_some_and(|s| t.parent(i) == Some(s)))
        });
        (!introduced && !verb_between && !t.full_rel(h).ends_with("poss")).then_some(h)
    }
}

#[cfg(test)]
mod tests {
    use crate::dictionary::{Dictionary, Discard, Mention, MentionKind, VerbEntry};
    use crate::linear::{LinearPattern, Raw};
    use crate::tree::testing::{sent, text};
    use crate::{Coder, Input, Options};
    use detente_nlp::Token;
    use jiff::civil::Date;

    /// Countries by exact form, and one verb with one linear pattern.
    struct Tiny {
        verb: String,
        entry: VerbEntry,
        pats: Vec<LinearPattern>,
    }

    impl Dictionary for Tiny {
        fn actors_in(&self, tokens: &[Token], _: Option<Date>) -> Vec<Mention> {
            let codes = [("Ethiopia", "ETH"), ("Libya", "LBY"), ("Sudan", "SDN")];
            tokens
                .iter()
                .enumerate()
                .filter_map(|(i, t)| {
                    let (_, c) = codes.iter().find(|(f, _)| *f == t.form)?;
                    Some(Mention {
                        start: i,
                        end: i + 1,
                        code: c.to_string(),
                        kind: MentionKind::Country,
                        place: false,
                    })
                })
                .collect()
        }
        fn verb(&self, lemma: &str) -> Option<&VerbEntry> {
            (lemma == self.verb).then_some(&self.entry)
        }
        fn noun_event(&self, _: &str) -> Option<&VerbEntry> {
            None
        }
        fn discard(&self, _: &str) -> Option<Discard> {
            None
        }
        fn linear(&self, lemma: &str) -> &[LinearPattern] {
            if lemma == self.verb {
                &self.pats
            } else {
                &[]
            }
        }
    }

    fn run(spec: &str) -> Vec<String> {
        // DEPLORE [122], "- INDICATED * [123]"
        let d = Tiny {
            verb: "deplore".into(),
            entry: VerbEntry {
                code: Some("122".into()),
                ..VerbEntry::default()
            },
            pats: vec![
                LinearPattern::compile(&[Raw::Word("indicated".into()), Raw::Verb], "123").unwrap(),
            ],
        };
        let s = sent(spec);
        let t = text(&s);
        let input = Input {
            text: &t,
            offset: 0,
            tokens: &s.tokens,
        };
        Coder::new(&d, Options::default())
            .code_article("doc", None, &[input])
            .iter()
            .map(|e| {
                format!(
                    "{}>{}:{}",
                    e.source.as_ref().map_or("-", |a| a.code.as_str()),
                    e.target.as_ref().map_or("-", |a| a.code.as_str()),
                    e.cameo
                )
            })
            .collect()
    }

    #[test]
    fn a_subject_the_pattern_takes_as_target_is_not_the_source() {
        // "- INDICATED + * [123]": "Ethiopia indicated Sudan deplored": Sudan is the target,
        // the one who indicated the source.
        let d = Tiny {
            verb: "deplore".into(),
            entry: VerbEntry {
                code: Some("122".into()),
                ..VerbEntry::default()
            },
            pats: vec![LinearPattern::compile(
                &[Raw::Word("indicated".into()), Raw::Target, Raw::Verb],
                "123",
            )
            .unwrap()],
        };
        let s = sent("Ethiopia/PROPN/2/nsubj indicated/VERB/0/root/indicate Sudan/PROPN/4/nsubj deplored/VERB/2/ccomp/deplore Libya/PROPN/4/obj");
        let t = text(&s);
        let input = Input {
            text: &t,
            offset: 0,
            tokens: &s.tokens,
        };
        let got: Vec<String> = Coder::new(&d, Options::default())
            .code_article("doc", None, &[input])
            .iter()
            .map(crate::coder::tests::brief)
            .collect();
        assert_eq!(got, vec!["ETH>SDN:123"]);
    }

    #[test]
    fn a_lemmatiser_slip_still_finds_the_verb_s_patterns() {
        // "deplored" lemmatised as "deplor": the entry is found under the stem "deplore", and
        // so are its patterns.
        let slip = "Ethiopia/PROPN/3/nsubj indicated/VERB/3/advmod/indicate deplored/VERB/0/root/deplor Libya/PROPN/3/obj";
        assert_eq!(run(slip), vec!["ETH>LBY:123"]);
    }

    #[test]
    fn a_verb_the_pattern_spells_out_gives_the_subject() {
        // The parser hung "deplored" on "indicated" as a modifier and made "it" its object:
        // the pattern's "indicated" is part of the predicate, and its subject acts.
        let misparsed = "Ethiopia/PROPN/2/nsubj indicated/VERB/0/root/indicate it/PRON/2/obj deplored/VERB/2/advmod/deplore Libya/PROPN/4/obj";
        assert_eq!(run(misparsed), vec!["ETH>LBY:123"]);
        // A verb with an actor subject of its own keeps it.
        let own = "Ethiopia/PROPN/2/nsubj indicated/VERB/0/root/indicate Sudan/PROPN/4/nsubj deplored/VERB/2/ccomp/deplore Libya/PROPN/4/obj";
        assert_eq!(run(own), vec!["SDN>LBY:123"]);
    }
}
