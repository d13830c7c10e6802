//! What a sentence leaves to the next ones: its speakers, the actors it named (for "he",
//! "they", "it", "the embassy"), and whether a thing became the topic.

use super::SentenceCoder;
use crate::actor::actors_at;
use crate::context::Context;
use crate::dictionary::MentionKind;
use crate::speech;

impl SentenceCoder<'_, '_> {
    /// Records in `ctx` what this sentence leaves for the next ones.
    pub(super) fn remember(&self, ctx: &mut Context) {
        let t = &self.tree;
        // The speaker of this sentence's speech is the "I" and "we" of a quotation that runs on
        // into the next sentences.
        for v in 0..t.len() {
            if t.upos(v) == "VERB" && speech::is_speech_verb(t.lemma(v)) {
                if let Some(h) = self.subject(v).0 {
                    ctx.set_speaker(&actors_at(t, &self.ms, ctx, h));
                }
            }
        }
        // The actors seen in this sentence become context for the next.
        let mut thing_subject = false;
        for h in 0..t.len() {
            if matches!(
                t.rel(h),
                "nsubj" | "obj" | "obl" | "nmod" | "root" | "conj" | "appos"
            ) && crate::actor::is_nominal(t, h)
            {
                let subject = t.rel(h) == "nsubj";
                let place = matches!(t.rel(h), "obl" | "nmod")
                    && matches!(
                        t.case_of(h),
                        Some("in" | "at" | "near" | "inside" | "outside" | "across" | "throughout")
                    );
                let found = actors_at(t, &self.ms, ctx, h);
                // A named subject we cannot code ("Anne Sacoolas") is still the "she" of the
                // next sentence: forget the last coded person rather than misattribute.
                if subject && found.is_empty() && t.upos(h) == "PROPN" {
                    ctx.forget_person();
                }
                // A thing as the main clause's subject ("The meeting was the first …") is what a
                // following "it" most likely means, not the country named before it.
                thing_subject |= subject
                    && found.is_empty()
                    && t.upos(h) == "NOUN"
                    && t.parent(h).is_some_and(|p| t.rel(p) == "root");
                // "The two" are never "he" either.
                let pair = crate::actor::is_pair_phrase(t, h);
                for mut a in found {
                    // An institution or a group is never "he": "Pakistan court", "officials"
                    // (the mention's last word is its head noun).
                    let last = a.last_word();
                    // A name can be an institution too ("Peru's Congress", "Parliament").
                    let plural = last < t.len()
                        && t.upos(last) == "NOUN"
                        && t.tokens[last].xpos.starts_with("NNS");
                    let institution = last < t.len()
                        && !plural
                        && matches!(t.upos(last), "NOUN" | "PROPN")
                        && is_institution(t.lemma(last));
                    let group = pair || plural || institution;
                    // "Chief constable Nick Adderley", a named person the dictionary knows only
                    // by title, is the "he" of the next sentence with that title's role.
                    if subject && t.upos(h) == "PROPN" && a.kind == MentionKind::Agent && !group {
                        a.kind = MentionKind::Person;
                    }
                    // ... and "Adderley" alone, later, is the same man.
                    let by_name = self.ms.at(h).is_some_and(|m| m.kind == MentionKind::Person);
                    if t.upos(h) == "PROPN" && !by_name {
                        let last = t.kids_with(h, "flat").last().unwrap_or(h);
                        if last != h && t.upos(last) == "PROPN" {
                            ctx.add_person(&t.tokens[last].form, &a.code);
                        }
                    }
                    if a.code.len() > 3
                        && !a.code.starts_with("---")
                        && a.start <= h
                        && h < a.end
                        && matches!(t.upos(h), "NOUN" | "PROPN")
                    {
                        ctx.see_role(t.lemma(h), &a.code);
                        // "Sudanese army chief": "the army" later is Sudan's army too.
                        for c in t.kids_with(h, "compound") {
                            let role = self
                                .ms
                                .at(c)
                                .filter(|m| m.kind == MentionKind::Agent)
                                .and_then(|m| m.code.strip_prefix("---"));
                            if let (Some(role), Some(country)) = (role, a.code.get(..3)) {
                                ctx.see_role(t.lemma(c), &format!("{country}{role}"));
                            }
                        }
                    }
                    // A headline's capitals make "Niger junta" one name, headed by "Niger": the
                    // role word that ends it is still what "the junta" will mean.
                    if a.code.len() > 3
                        && !a.code.starts_with("---")
                        && last != h
                        && last < t.len()
                        && self
                            .coder
                            .dict
                            .actors_in(&t.tokens[last..=last], self.date)
                            .iter()
                            .any(|m| m.kind == MentionKind::Agent)
                    {
                        ctx.see_role(&t.lemma(last).to_lowercase(), &a.code);
                    }
                    ctx.see(&a, subject, !group, place);
                    // "The court ruled …": the "it" of what follows.
                    if subject && !pair && a.code.len() > 3 && institution {
                        ctx.see_institution(&a.code);
                    }
                }
            }
        }
        if thing_subject {
            ctx.forget_focus();
        }
    }
}

/// Whether a noun names an institution, not a person: "the court", "the ministry".
pub(crate) fn is_institution(lemma: &str) -> bool {
    INSTITUTIONS.iter().any(|w| w.eq_ignore_ascii_case(lemma))
}

const INSTITUTIONS: &[&str] = &[
    "court",
    "government",
    "ministry",
    "police",
    "army",
    "military",
    "parliament",
    "council",
    "party",
    "committee",
    "commission",
    "agency",
    "embassy",
    "cabinet",
    "administration",
    "judiciary",
    "tribunal",
    "office",
    "department",
    "navy",
    "coalition",
    "opposition",
    "authority",
    "legislature",
    "senate",
    "congress",
    "regime",
    "junta",
    "force",
    "guard",
];
