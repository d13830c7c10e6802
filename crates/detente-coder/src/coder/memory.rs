//! What a sentence leaves to the next ones: its speakers, the actors it named (for "he",
//! "they", "it", "the embassy"), and whether a thing became the topic.

use super::SentenceCoder;
use crate::actor::{actors_at, Actor, Mentions};
use crate::context::Context;
use crate::dictionary::MentionKind;
use crate::speech;
use crate::tree::Tree;

/// Whether `code` is an armed or political group's (a rebel army, a party), not a state's.
fn is_group(code: &str) -> bool {
    let own = code.get(3..).unwrap_or("");
    ["REB", "INS", "SEP", "UAF", "OPP", "PTY", "CRM"]
        .iter()
        .any(|r| own.starts_with(r))
}

impl SentenceCoder<'_, '_> {
    /// Whether word `i`, read alone, is a role noun that may stand for `code` later
    /// (`Some(true)`), a role noun of another role while `code` is an armed or political
    /// group's (`Some(false)`), or no role noun (`None`). "the army" after the National
    /// Liberation Army, a rebel group, is the country's military, not the group.
    fn role_word(&self, t: &Tree, i: usize, code: &str) -> Option<bool> {
        let own = code.get(3..).unwrap_or("");
        let group = is_group(code);
        let (mut role, mut fits) = (false, false);
        for m in self.coder.dict.actors_in(&t.tokens[i..=i], self.date) {
            if m.kind == MentionKind::Agent {
                role = true;
                fits |= m
                    .code
                    .get(3..)
                    .is_some_and(|r| !r.is_empty() && own.contains(r));
            }
        }
        role.then_some(fits || !group)
    }

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
                for mut a in found {
                    let Reference {
                        group,
                        one,
                        institution,
                    } = reference(t, &self.ms, h, &a);
                    let last = a.last_word();
                    // "The group", "the bloc" later is the one named here.
                    if self.ms.at(h).is_some() {
                        for noun in crate::proxy::BACK_NOUNS {
                            if crate::proxy::refers_to(noun, &a.code) {
                                ctx.see_role(noun, &a.code);
                            }
                        }
                    }
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
                        // Not a group's proper name's last word ("National Liberation Army");
                        // a role it composes stands for it ("the opposition leader").
                        let named = t.upos(h) == "PROPN" && is_group(&a.code);
                        if !(named && self.role_word(t, h, &a.code) == Some(false)) {
                            ctx.see_role(t.lemma(h), &a.code);
                        }
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
                        && self.role_word(t, last, &a.code) == Some(true)
                    {
                        ctx.see_role(&t.lemma(last).to_lowercase(), &a.code);
                    }
                    ctx.see(&a, subject, one, place);
                    // "The court ruled …": the "it" of what follows.
                    if subject && institution && a.code.len() > 3 {
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

impl SentenceCoder<'_, '_> {
    /// Records the parties of a bilateral event. When one of them is "the two sides" itself,
    /// those two are named again, and who mediates between them, or calls on them, is no
    /// side.
    pub(super) fn see_pair(&self, ctx: &mut Context, a: &Actor, b: &Actor) {
        let t = &self.tree;
        let pair =
            |x: &Actor| (x.start..x.end.min(t.len())).any(|h| crate::actor::is_pair_phrase(t, h));
        if pair(a) || pair(b) {
            ctx.see_pair_again();
        } else {
            ctx.see_pair(&a.code, &b.code);
        }
    }

    /// Records the two parties one actor acts on together as a pair: after "Turkey offered to
    /// host talks between Russia and Ukraine", "both sides" are Russia and Ukraine, not Turkey
    /// and the last of them.
    pub(super) fn see_parties(&self, ctx: &mut Context, sources: &[Actor], targets: &[Actor]) {
        if let ([_], [a, b]) = (sources, targets) {
            if a.country().is_some() && b.country().is_some() && a.country() != b.country() {
                self.see_pair(ctx, a, b);
            }
        }
    }

    /// The last person this sentence named before word `at`, by name or by role, who is none
    /// of `except`: whom an object "him" means when the clause's own subject is `except`
    /// ("The junta expelled the French ambassador, giving him 72 hours"; "Macron phoned
    /// Putin to urge him …").
    pub(super) fn person_before(
        &self,
        ctx: &Context,
        at: usize,
        except: &[Actor],
    ) -> Option<Actor> {
        self.named_before(ctx, at)
            .flat_map(|(h, found)| {
                found
                    .into_iter()
                    .filter(move |a| reference(&self.tree, &self.ms, h, a).one)
            })
            .find(|a| !a.code.is_empty() && !except.iter().any(|e| e.code == a.code))
    }

    /// The actors each noun phrase before word `at` names, nearest first, with its head (no
    /// pronouns: what they mean is what is sought).
    fn named_before<'s>(
        &'s self,
        ctx: &'s Context,
        at: usize,
    ) -> impl Iterator<Item = (usize, Vec<Actor>)> + 's {
        let t = &self.tree;
        (0..at.min(t.len()))
            .rev()
            .filter(move |&h| t.upos(h) != "PRON" && crate::actor::is_nominal(t, h))
            .map(move |h| (h, actors_at(t, &self.ms, ctx, h)))
    }

    /// The party a possessive "its" or "their" at `c` means in its own sentence: the last one
    /// named before it that is no single person ("criticized the United States for its
    /// sanctions", "the EU extended its sanctions"). Empty for other words, or when the
    /// sentence names none before it (the article's context may know it).
    pub(super) fn possessor_before(&self, ctx: &Context, c: usize) -> Vec<Actor> {
        let t = &self.tree;
        if t.upos(c) != "PRON" || !matches!(t.lower(c), "its" | "their") {
            return Vec::new();
        }
        self.named_before(ctx, c)
            .map(|(h, mut found)| {
                found.retain(|a| !a.code.is_empty() && !reference(t, &self.ms, h, a).one);
                found
            })
            .find(|found| !found.is_empty())
            .unwrap_or_default()
    }
}

/// How a later pronoun may mean an actor.
struct Reference {
    /// As "they" or "it": an institution, a plural, "the two sides".
    group: bool,
    /// As "he" or "him": one person, by name or by role.
    one: bool,
    /// An institution ("the court"), the "it" of what follows.
    institution: bool,
}

/// How a later pronoun may mean actor `a`, found at head word `h`.
fn reference(t: &Tree, ms: &Mentions, h: usize, a: &Actor) -> Reference {
    // The mention's last word is its head noun.
    let last = a.last_word();
    // An institution or a group is never "he": "Pakistan court", "officials". A name can be
    // an institution too ("Peru's Congress", "Parliament"). "The two" are never "he" either.
    let plural = last < t.len() && t.upos(last) == "NOUN" && t.tokens[last].xpos.starts_with("NNS");
    let institution = last < t.len()
        && !plural
        && matches!(t.upos(last), "NOUN" | "PROPN")
        && is_institution(t.lemma(last));
    let pair = crate::actor::is_pair_phrase(t, h);
    let group = pair || plural || institution;
    // Only a named person or a role ("the French ambassador") is "he": not "the European
    // Union", nor "a Chinese coast guard ship". (The dictionaries name roles as
    // organisations too, but headed by a common noun.)
    let thing = t.upos(h) != "PRON"
        && match ms.at(h).map(|m| m.kind) {
            Some(MentionKind::Agent | MentionKind::Person) => false,
            Some(MentionKind::Organization) => t.upos(h) != "NOUN",
            Some(MentionKind::Country) => true,
            None => t.upos(h) != "PROPN",
        };
    Reference {
        group,
        one: !group && !thing,
        institution: institution && !pair,
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

#[cfg(test)]
mod tests {
    use super::super::tests::{briefs, code, dict};
    use crate::dictionary::MentionKind;

    #[test]
    fn him_is_the_person_or_role_named_before_in_the_same_sentence() {
        let d = dict()
            .actor("French ambassador", "FRAGOV", MentionKind::Organization)
            .verb("expel", Some("1623"), &[])
            .verb("urge", Some("020"), &[]);
        // Putin, named in the sentence before, is not whom "him" means: the ambassador is.
        let ev = code(
            &d,
            &[
                "Vladimir/PROPN/2/compound Putin/PROPN/3/nsubj met/VERB/0/root/meet Iran/PROPN/3/obj",
                "Russia/PROPN/2/nsubj expelled/VERB/0/root/expel the/DET/5/det French/ADJ/5/amod ambassador/NOUN/2/obj ,/PUNCT/7/punct urging/VERB/2/advcl/urge him/PRON/7/obj/he to/PART/10/mark leave/VERB/7/xcomp",
            ],
        );
        let urged: Vec<_> = briefs(&ev)
            .into_iter()
            .filter(|b| b.ends_with(":020"))
            .collect();
        assert_eq!(urged, vec!["RUS>FRAGOV:020"]);
    }

    #[test]
    fn a_thing_or_a_union_of_states_is_never_him() {
        let d = dict()
            .actor("Russian navy", "RUSMIL", MentionKind::Organization)
            .actor("European Union", "IGOEUREEC", MentionKind::Organization)
            .verb("ram", Some("190"), &[])
            .verb("sanction", Some("163"), &[])
            .verb("urge", Some("020"), &[]);
        // "He"/"him" after a Russian navy ship or the European Union is the person before
        // them, not the ship nor the union.
        for middle in [
            "A/DET/4/det Russian/ADJ/3/amod navy/NOUN/4/compound ship/NOUN/5/nsubj rammed/VERB/0/root/ram Iran/PROPN/5/obj",
            "The/DET/3/det European/PROPN/3/compound Union/PROPN/4/nsubj sanctioned/VERB/0/root/sanction Iran/PROPN/4/obj",
        ] {
            let ev = code(
                &d,
                &[
                    "Mike/PROPN/2/compound Pompeo/PROPN/3/nsubj met/VERB/0/root/meet Iran/PROPN/3/obj",
                    middle,
                    "Saudi/PROPN/2/nsubj urged/VERB/0/root/urge him/PRON/2/obj/he",
                ],
            );
            let urged: Vec<_> =
                briefs(&ev).into_iter().filter(|b| b.ends_with(":020")).collect();
            assert_eq!(urged, vec!["SAU>USAGOV:020"], "{middle}");
        }
    }
}
