//! An article's sentences in, events out: each sentence's actors first (so that a family name
//! the article gives in full somewhere is known everywhere), then each sentence coded in order
//! with the article as context.

use super::{domestic, Coder, Glance, Input, SentenceCoder};
use crate::actor::Mentions;
use crate::context::Context;
use crate::dictionary::{Discard, MentionKind};
use crate::event::Event;
use crate::speech;
use crate::tree::Tree;
use crate::when;
use jiff::civil::Date;

impl Coder<'_> {
    /// Codes one article. Sentence 0 is the title when the caller has one. A sentence that
    /// [`Coder::wants_tree`] declines is skipped, with a tree or without.
    pub fn code_article(&self, doc_id: &str, date: Option<Date>, sents: &[Input]) -> Vec<Event> {
        self.code_glanced(doc_id, date, sents, Vec::new())
    }

    /// [`Coder::code_article`] with the [`Glance`] already taken at each sentence (`glances[i]`
    /// for `sents[i]`, by [`Coder::glance`] with the same date; a sentence with none, or past
    /// the end of `glances`, is looked at here).
    pub fn code_glanced(
        &self,
        doc_id: &str,
        date: Option<Date>,
        sents: &[Input],
        glances: Vec<Option<Glance>>,
    ) -> Vec<Event> {
        let mut mentions = Vec::with_capacity(sents.len());
        let mut discarded = Vec::with_capacity(sents.len());
        // Sentences in another script, or with no actor and no word an event starts from (see
        // `trigger`).
        let mut idle = Vec::with_capacity(sents.len());
        let mut ctx = Context::default();
        let mut glances = glances.into_iter();
        for s in sents {
            match self.dict.discard(s.text) {
                Some(Discard::Story) => return Vec::new(),
                d => discarded.push(d.is_some()),
            }
            // Decided before the article's context adds surnames, as `wants_tree` decides it.
            let g = glances
                .next()
                .flatten()
                .unwrap_or_else(|| self.glance(s.tokens, date));
            idle.push(g.idle);
            let m = g.mentions;
            for x in &m {
                if x.kind == MentionKind::Person && x.end - x.start >= 2 {
                    ctx.prime(&s.tokens[x.end - 1].form.to_lowercase(), &x.code);
                    // A known two-word name may put the family name first ("Xi Jinping").
                    if let Some(f) = self.name_first_word(s.tokens, x, date) {
                        ctx.prime(&s.tokens[f].form.to_lowercase(), &x.code);
                    }
                }
            }
            mentions.push(m);
        }
        // "Putin warns the West", "Blinken meets Wang Yi": a family name alone that the article
        // never gives in full.
        if date.is_some() {
            let namesakes = self.namesakes(sents, &mentions);
            for (s, m) in sents.iter().zip(mentions.iter_mut()) {
                self.bare_surnames(s.tokens, date, m, &|w| {
                    ctx.surname(w).is_none() && !namesakes.iter().any(|n| n == w)
                });
            }
        }
        let tokens: Vec<&[detente_nlp::Token]> = sents.iter().map(|s| s.tokens).collect();
        let main = domestic::main_country(&tokens, &mentions);
        let mut out = Vec::new();
        let mut quote_open = false;
        for (i, (s, m)) in sents.iter().zip(mentions).enumerate() {
            ctx.next_sentence();
            let in_quote = quote_open;
            quote_open = speech::quote_open_after(s.tokens, quote_open);
            if discarded[i] || idle[i] || s.tokens.is_empty() {
                continue;
            }
            let repaired =
                crate::repair::sentence(s.tokens, &|w| self.dict.verb(w).is_some(), &|w| {
                    self.dict.noun_event(w).is_some()
                });
            let tree = Tree::new(repaired.as_deref().unwrap_or(s.tokens));
            let whens = match date {
                Some(d) => {
                    let words: Vec<&str> = (0..tree.len()).map(|k| tree.lower(k)).collect();
                    when::find_both(&words, d)
                }
                None => [Vec::new(), Vec::new()],
            };
            let sc = SentenceCoder {
                coder: self,
                doc_id,
                index: i,
                input: s,
                tree,
                ms: Mentions::new(m, s.tokens.len()),
                date,
                whens,
                main_country: main.as_deref(),
                in_quote,
            };
            sc.code(&mut ctx, &mut out);
        }
        out
    }
}
