//! Roles without a country ("police", "protesters", "the army") and the country they act in.
//!
//! News about one country names it once and then speaks of "police" and "protesters": those
//! roles belong to the country the sentence names before them, else to the one country it names
//! at all, else to the article's main country (the country its mentions name most often).

use super::SentenceCoder;
use crate::actor::{national, Actor};
use crate::dictionary::{Mention, MentionKind};
use detente_nlp::Token;

/// Words for a country's mission abroad, whose nationality says where the news is not.
const MISSIONS: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "diplomat",
    "diplomats",
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "consul",
];

/// Whether a country mention ending before word `end` of `tokens` is the nationality of a
/// mission abroad: "the US ambassador", "Russia's embassy", "the Chinese special envoy".
pub(super) fn of_a_mission(tokens: &[Token], end: usize) -> bool {
    let is = |k: usize, words: &[&str]| {
        tokens
            .get(k)
            .is_some_and(|t| words.iter().any(|w| t.form.eq_ignore_ascii_case(w)))
    };
    let mut k = end;
    if is(k, &["'s"]) {
        k += 1;
    }
    if is(k, &["special", "deputy", "top"]) {
        k += 1;
    }
    tokens.get(k).is_some_and(|t| mission_word(&t.form))
}

/// Whether `word` (a form or lemma, in any case) names a mission abroad or its envoy.
pub(super) fn mission_word(word: &str) -> bool {
    MISSIONS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The country an article's mentions name most often, by name or by one of its people (first
/// named wins a tie), if any; a mission's nationality does not count. `mentions[i]` are the mentions of `tokens[i]`.
pub(super) fn main_country(tokens: &[&[Token]], mentions: &[Vec<Mention>]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (toks, ms) in tokens.iter().zip(mentions) {
        for m in ms {
            // A country by name, or a person of one ("Maduro" of Venezuela): news about a
            // country names its leaders as often as the country.
            let country = match m.kind {
                MentionKind::Country if m.code.len() == 3 => Some(m.code.as_str()),
                MentionKind::Person => m.code.get(..3).filter(|c| national(c)),
                _ => None,
            };
            let Some(country) = country.filter(|_| !of_a_mission(toks, m.end)) else {
                continue;
            };
            match counts.iter_mut().find(|(c, _)| *c == country) {
                Some((_, n)) => *n += 1,
                None => counts.push((country, 1)),
            }
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts
        .iter()
        .find(|&&(_, n)| n == best)
        .map(|(c, _)| c.to_string())
}

/// What a sentence says of a role's country.
enum Named<'a> {
    One(&'a str),
    /// Countries that differ: the role's is not for us to guess.
    Several,
    None,
}

/// A state's own authorities: what they do to a people's role, they do at home.
const AUTHORITIES: &[&str] = &["COP", "JUD", "GOV", "LEG"];

/// Roles of a country's people, not of a state: protesters, the opposition, the press, former
/// office holders, party politicians, activists.
const PEOPLE: &[&str] = &[
    "CVL", "OPP", "MED", "EDU", "LAB", "REL", "HRI", "CRM", "BUS", "ELI", "PTY", "NGM",
];

/// Gives the people's roles without a country among `targets` the country of the authorities
/// that act on them: "police in Tbilisi used tear gas against protesters" are Georgia's
/// protesters. Not soldiers' targets, who may be abroad.
pub(super) fn place_subjects(sources: &[Actor], targets: &mut [Actor]) {
    share_country(sources, AUTHORITIES, targets, PEOPLE);
}

/// Gives the authorities without a country among `targets` the country of the people that act
/// on them: "protesters in Lima threw stones at police", "demonstrators clashed with riot
/// police in Tbilisi" meet their own country's police.
pub(super) fn place_authorities(sources: &[Actor], targets: &mut [Actor]) {
    share_country(sources, PEOPLE, targets, AUTHORITIES);
}

/// When every source has one country and a role among `by`, gives it to the targets of a role
/// among `to` that have none.
fn share_country(sources: &[Actor], by: &[&str], targets: &mut [Actor], to: &[&str]) {
    let mut countries = sources.iter().map(|s| {
        let role = s.code.get(3..6).filter(|r| by.contains(r));
        s.country().filter(|_| role.is_some())
    });
    let Some(Some(c)) = countries.next() else {
        return;
    };
    if countries.any(|x| x != Some(c)) {
        return;
    }
    for a in targets {
        if let Some(role) = a.code.strip_prefix("---").filter(|r| to.contains(r)) {
            a.code = format!("{c}{role}");
        }
    }
}

/// The one country whose government (or a member of it) `targets` has, if just one.
fn government_country(targets: &[Actor]) -> Option<&str> {
    let mut countries = targets.iter().filter_map(|a| {
        let c = a.country()?;
        let state = a.code.get(3..).is_some_and(|r| r.starts_with("GOV")) && national(c);
        state.then_some(c)
    });
    let first = countries.next()?;
    countries.all(|c| c == first).then_some(first)
}

impl SentenceCoder<'_, '_> {
    /// Gives a country's people without a country among `targets` the country where the act
    /// at `v` happened: "soldiers fired on protesters in Niamey" fired on Niger's protesters.
    pub(super) fn place_people(&self, v: usize, targets: &mut [Actor]) {
        let mut place = None;
        for a in targets {
            let Some(role) = a.code.strip_prefix("---").filter(|r| PEOPLE.contains(r)) else {
                continue;
            };
            if let Some(c) = place.get_or_insert_with(|| self.place_country(v)) {
                a.code = format!("{c}{role}");
            }
        }
    }

    /// The country of the place the act at `v` happened in, if the sentence names one.
    fn place_country(&self, v: usize) -> Option<String> {
        self.place_of(v).map(|l| l.country).filter(|c| c.len() == 3)
    }

    /// A third party named as the agent of a participle: "talks mediated by Qatar", "rebels
    /// backed by Rwanda" are not Qatar's or Rwanda's.
    fn third_party(&self, m: &Mention) -> bool {
        let t = &self.tree;
        let agent = |i: usize| {
            t.full_rel(i) == "obl:agent" && t.parent(i).is_some_and(|p| t.rel(p) == "acl")
        };
        // (Or a word of the agent's phrase: "forces backed by U.S. airstrikes".)
        (m.start..m.end.min(t.len())).any(|i| agent(i) || t.parent(i).is_some_and(agent))
    }

    /// The first country the sentence names before word `at`, or within the phrase headed by
    /// `head` ("Soldiers from Gondor", "protesters in the Armenian region of Tavush"), if any.
    fn country_before(&self, at: usize, head: Option<usize>) -> Option<&str> {
        let t = &self.tree;
        self.ms
            .list
            .iter()
            .find(|m| {
                m.kind == MentionKind::Country
                    && m.code.len() == 3
                    && !of_a_mission(self.input.tokens, m.end)
                    && !self.third_party(m)
                    && (m.start < at || head.is_some_and(|h| t.dominates(h, m.start)))
            })
            .map(|m| m.code.as_str())
    }

    /// Gives the roles without a country among `sources` of the predicate at `v` the country
    /// they act in ("police" → "IRNCOP" in news about Iran). An armed group that acts on one
    /// country's government, and names no country in its own phrase ("rebels in Darfur"), is
    /// that country's: "rebels seeking to topple Syrian President Bashar al-Assad" are Syria's,
    /// whoever backs them and whichever country the sentence names first.
    pub(super) fn place_roles(
        &self,
        v: usize,
        code: &str,
        sources: &mut [Actor],
        targets: &[Actor],
    ) {
        let governed = government_country(targets);
        let meeting = super::fallback::meets_at_venue(code);
        // Looked up once, for the first role that needs it.
        let mut place: Option<Option<String>> = None;
        for a in sources {
            let head = (a.start..a.end.min(self.tree.len())).find(|&i| {
                self.tree
                    .parent(i)
                    .is_none_or(|p| p < a.start || p >= a.end)
            });
            // "Foreign forces", "international troops", "leaders around the world" are exactly
            // not the country's own.
            let outside = (a.start..a.end.min(self.tree.len()))
                .any(|i| matches!(self.tree.lower(i), "foreign" | "international" | "overseas"))
                || head.is_some_and(|h| {
                    self.tree.kids_with(h, "nmod").any(|n| {
                        matches!(self.tree.lower(n), "world" | "globe" | "region")
                            && matches!(self.tree.case_of(n), Some("around" | "across" | "from"))
                    })
                });
            let Some(role) = a.code.strip_prefix("---").filter(|_| !outside) else {
                continue;
            };
            let armed = matches!(role, "REB" | "INS" | "SEP" | "UAF");
            let own_phrase = |h: usize| {
                self.ms.list.iter().any(|m| {
                    m.kind == MentionKind::Country
                        && m.code.len() == 3
                        && self.tree.dominates(h, m.start)
                })
            };
            let country = match governed {
                Some(c) if armed && !head.is_some_and(own_phrase) => Some(c.to_string()),
                _ => match self.role_country(v.min(a.start), head, meeting) {
                    Named::One(c) => Some(c.to_string()),
                    Named::Several => None,
                    Named::None => {
                        // Where the act happened, for a country's own people and
                        // authorities: "farmers protested in Brussels" are Belgium's, not
                        // those of the article's main country. Soldiers and rebels fight
                        // abroad, and refugees are from elsewhere. Nor is a meeting's venue
                        // its parties' country ("ministers met in Brussels").
                        (!matches!(role, "MIL" | "REB" | "INS" | "SEP" | "UAF" | "REF" | "SPY")
                            && !meeting)
                            .then(|| place.get_or_insert_with(|| self.place_country(v)).clone())
                            .flatten()
                            .or_else(|| self.fallback_country().map(str::to_string))
                    }
                },
            };
            if let Some(c) = country {
                a.code = format!("{c}{role}");
            }
        }
    }

    /// The country the sentence names for a role without one, at word `at` headed by `head`:
    /// the first country it names before it or in its own phrase, else the one country it names
    /// as a party or a place (not "a Russian law", a thing's origin, nor a third party "by" whom
    /// something was done; nor, for a `meeting`, the place it is held in: "negotiators will
    /// resume talks in Doha" are not Qatar's).
    fn role_country(&self, at: usize, head: Option<usize>, meeting: bool) -> Named<'_> {
        if let Some(c) = self.country_before(at, head) {
            return Named::One(c);
        }
        let t = &self.tree;
        let of_a_thing = |m: &Mention| {
            m.end == m.start + 1
                && t.rel(m.start) == "amod"
                && t.parent(m.start)
                    .is_some_and(|p| t.upos(p) == "NOUN" && self.ms.at(p).is_none())
        };
        let venue = |m: &Mention| meeting && (m.start..m.end).any(|i| self.names_a_venue(i));
        let mut named = self.ms.list.iter().filter(|m| {
            m.kind == MentionKind::Country
                && m.code.len() == 3
                && !of_a_thing(m)
                && !self.third_party(m)
                && !of_a_mission(self.input.tokens, m.end)
                && !venue(m)
                && !(m.start..m.end).any(|i| self.landmark(i))
        });
        match (named.next(), named.next()) {
            (Some(a), None) => Named::One(a.code.as_str()),
            (Some(a), Some(b)) if a.code == b.code => Named::One(a.code.as_str()),
            (Some(_), Some(_)) => Named::Several,
            (None, _) => Named::None,
        }
    }

    /// The country of a role the sentence names no country for: the one its composed actors
    /// share, else the article's main country.
    fn fallback_country(&self) -> Option<&str> {
        self.composed_country().or(self.main_country)
    }

    /// The one country the sentence's composed actors share, when it names no country by
    /// itself: "Kenyan police fired tear gas at demonstrators protesting …" is about Kenya,
    /// whatever other country the article is most about. A mission abroad ("the US
    /// ambassador") does not count.
    fn composed_country(&self) -> Option<&str> {
        let mut countries = self.ms.list.iter().filter_map(|m| {
            let c = m.code.get(..3)?;
            // "the US ambassador" is abroad.
            let mission = m
                .end
                .checked_sub(1)
                .and_then(|k| self.input.tokens.get(k))
                .is_some_and(|t| mission_word(&t.form));
            let composed =
                m.kind == MentionKind::Organization && !mission && m.code.len() >= 6 && national(c);
            composed.then_some(c)
        });
        let first = countries.next()?;
        countries.all(|c| c == first).then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::{place_authorities, place_subjects};
    use crate::actor::Actor;

    fn actor(code: &str) -> Actor {
        Actor::standing(code, 0)
    }

    #[test]
    fn people_acted_on_by_a_countrys_authorities_are_its_own() {
        let codes = |ts: &[Actor]| ts.iter().map(|a| a.code.clone()).collect::<Vec<_>>();
        // A court jails a former minister, a journalist, an opposition politician and an
        // activist; a diplomat is no people's role.
        let mut targets = vec![
            actor("---ELI"),
            actor("---MED"),
            actor("---PTY"),
            actor("---NGM"),
            actor("---GOV"),
        ];
        place_subjects(&[actor("IDNJUD")], &mut targets);
        assert_eq!(
            codes(&targets),
            ["IDNELI", "IDNMED", "IDNPTY", "IDNNGM", "---GOV"]
        );
        // Soldiers' targets, or authorities of two countries, give none.
        for sources in [
            vec![actor("RUSMIL")],
            vec![actor("IDNCOP"), actor("MYSCOP")],
        ] {
            let mut targets = vec![actor("---CVL")];
            place_subjects(&sources, &mut targets);
            assert_eq!(codes(&targets), ["---CVL"]);
        }
    }

    #[test]
    fn authorities_that_a_countrys_people_act_on_are_its_own() {
        let codes = |ts: &[Actor]| ts.iter().map(|a| a.code.clone()).collect::<Vec<_>>();
        // Protesters throw stones at police and at the courts; soldiers may be foreign.
        let mut targets = vec![actor("---COP"), actor("---JUD"), actor("---MIL")];
        place_authorities(&[actor("PERCVL")], &mut targets);
        assert_eq!(codes(&targets), ["PERCOP", "PERJUD", "---MIL"]);
        // A state's own act, or people of no known country, give none.
        for source in ["PERGOV", "---CVL"] {
            let mut targets = vec![actor("---COP")];
            place_authorities(&[actor(source)], &mut targets);
            assert_eq!(codes(&targets), ["---COP"]);
        }
    }
}
