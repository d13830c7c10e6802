//! The event record a reading becomes: its CAMEO code with the code tables' root, PLOVER
//! type, Goldstein score and quad class, its parties as actor references, and its evidence.

use super::SentenceCoder;
use crate::actor::Actor;
use crate::cameo;
use crate::event::Event;

impl SentenceCoder<'_, '_> {
    /// A bare event with the code tables filled in.
    pub(super) fn event(
        &self,
        code: &str,
        s: Option<&Actor>,
        t: Option<&Actor>,
        words: &[usize],
    ) -> Option<Event> {
        // Civilians who fight riot: "clashes with counter-protesters broke out" and "villagers
        // attacked the police" are CAMEO's 145, not the armed forces' plain 190; when they
        // attack people of no side ("protesters attacked journalists") it is assault, 182.
        let code = match s {
            Some(a) if code == "190" && a.code.get(3..6) == Some("CVL") => {
                let bystanders = t.and_then(|b| b.code.get(3..6)).is_some_and(|r| {
                    !matches!(r, "CVL" | "COP" | "MIL" | "GOV" | "JUD" | "LEG" | "SPY")
                });
                if bystanders {
                    "182"
                } else {
                    "145"
                }
            }
            _ => code,
        };
        // Codes outside CAMEO's tables (a PETRARCH dictionary's own, "901") pass with no score.
        let mut info = cameo::info(code).or_else(|| {
            let c = code.trim();
            (c.len() >= 2 && c.len() <= 6 && c.chars().all(|x| x.is_ascii_alphanumeric())).then(
                || cameo::CodeInfo {
                    code: c.to_string(),
                    root: c[..2].to_string(),
                    goldstein: 0.0,
                    quad_class: 0,
                    plover: None,
                },
            )
        })?;
        // A dictionary's own refinement of a CAMEO code ("174K") keeps its name, with the
        // scores of the code it refines.
        let c = code.trim();
        if c.len() <= 6
            && c.starts_with(info.code.as_str())
            && c.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            info.code = c.to_string();
        }
        Some(Event {
            doc_id: self.doc_id.to_string(),
            sentence_index: self.index,
            sentence: self.input.text.to_string(),
            source: s.map(|a| self.actor_ref(a)),
            target: t.map(|a| self.actor_ref(a)),
            cameo: info.code,
            root: info.root,
            plover: info.plover,
            goldstein: info.goldstein,
            quad_class: info.quad_class,
            negated: false,
            modality: None,
            quote: None,
            date: self.date.map(|d| d.to_string()),
            date_text: None,
            location: None,
            evidence: words
                .iter()
                .map(|&w| self.input.tokens[w].form.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        })
    }
}
