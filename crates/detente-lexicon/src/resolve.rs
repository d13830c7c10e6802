//! Actor mentions in a sentence: name matches from the index, composed into mentions
//! (nationality or country + agent → country + role; title + person → the person's dated code)
//! and resolved for the document date.

use crate::date::Date;
use crate::index::{Hit, Unit};
use crate::lexicon::Lexicon;
use crate::model::{ActorKind, Origin};
use crate::token::{fold, name_key, PlainTokenizer, TokenView, Tokenizer};

/// One dictionary entry that took part in a match.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Matched {
    /// `person`, `country`, `igo`, `group`, `adjective`, `capital`, `metonym`, `people`, `agent`.
    pub kind: &'static str,
    /// The entry's canonical name (agents: the noun as listed).
    pub entry: String,
    /// The words matched, as folded.
    pub text: String,
    /// The code this entry contributes on the date, if any.
    pub code: Option<String>,
    /// Where the entry is defined.
    pub origin: Origin,
    /// Matched with one edit (a misspelling).
    pub fuzzy: bool,
}

/// An actor mention found in tokens `start_tok..end_tok` (end exclusive).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ActorMatch {
    pub start_tok: usize,
    pub end_tok: usize,
    /// The CAMEO code for the date (`RUSGOV`, `---GOV` when only a role is known).
    pub code: String,
    /// The entry that decided the code.
    pub entry: Matched,
    /// Every entry that took part, left to right.
    pub parts: Vec<Matched>,
    /// How the code was reached, in words.
    pub why: String,
}

/// The best actor reading of a phrase.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Resolution {
    pub mention: String,
    pub code: String,
    pub matched: Vec<Matched>,
    pub why: String,
}

/// How a unit can take part in a mention.
#[derive(Clone, Copy)]
struct Roles {
    /// A country/IGO/group name or adjective that can precede an agent.
    modifier: Option<(u32, &'static str)>,
    agent: Option<u32>,
    /// A person.
    person: Option<u32>,
    /// A standalone reading (name, capital, metonym, demonym, adjective).
    entity: Option<Hit>,
}

fn roles_of(lex: &Lexicon, u: &Unit) -> Roles {
    let mut r = Roles {
        modifier: None,
        agent: None,
        person: None,
        entity: None,
    };
    for &h in &u.hits {
        match h {
            Hit::Name(a) => {
                let actor = &lex.entries.actors[a as usize];
                if actor.kind == ActorKind::Person {
                    r.person.get_or_insert(a);
                } else {
                    r.modifier.get_or_insert((a, actor.kind.keyword()));
                }
                r.entity.get_or_insert(h);
            }
            Hit::Adjective(a) => {
                r.modifier.get_or_insert((a, "adjective"));
                r.entity.get_or_insert(h);
            }
            Hit::Agent(g) => {
                r.agent.get_or_insert(g);
            }
            Hit::Capital(a) => {
                r.modifier.get_or_insert((a, "capital"));
                r.entity.get_or_insert(h);
            }
            Hit::Metonym(a, _) => {
                r.modifier.get_or_insert((a, "metonym"));
                r.entity.get_or_insert(h);
            }
            Hit::People(_) => {
                r.entity.get_or_insert(h);
            }
        }
    }
    // A person's name beats other readings of the same words.
    if let Some(p) = r.person {
        r.entity = Some(Hit::Name(p));
    }
    r
}

/// Appends (or prepends) an agent's role code to an actor code, without repeating it and
/// without giving an international organisation a government ("UN Secretary-General" = IGOUNO).
pub(crate) fn compose(actor: &str, role: &str, prefix: bool) -> String {
    if prefix {
        return if actor.starts_with(role) {
            actor.to_string()
        } else {
            format!("{role}{actor}")
        };
    }
    let parts: Vec<&str> = (0..actor.len() / 3)
        .filter_map(|i| actor.get(i * 3..i * 3 + 3))
        .collect();
    let role_parts: Vec<&str> = (0..role.len() / 3)
        .filter_map(|i| role.get(i * 3..i * 3 + 3))
        .collect();
    let international = parts
        .first()
        .is_some_and(|p| matches!(*p, "IGO" | "NGO" | "NGM" | "MNC" | "INT" | "IMG"));
    let mut out = actor.to_string();
    for rp in role_parts {
        if parts.contains(&rp) || (international && matches!(rp, "GOV" | "ELI")) {
            continue;
        }
        out.push_str(rp);
    }
    out
}

impl Lexicon {
    fn matched(&self, h: Hit, text: String, date: Option<Date>, fuzzy: bool) -> Matched {
        let e = &self.entries;
        match h {
            Hit::Name(a) | Hit::Adjective(a) | Hit::Capital(a) | Hit::People(a) => {
                let actor = &e.actors[a as usize];
                let kind = match h {
                    Hit::Adjective(_) => "adjective",
                    Hit::Capital(_) => "capital",
                    Hit::People(_) => "people",
                    _ => actor.kind.keyword(),
                };
                let code = match h {
                    Hit::Name(_) => actor.code_on(date).map(|(c, _)| c.to_string()),
                    _ => actor.code.clone(),
                };
                let entry = if actor.canonical.is_empty() {
                    actor.code.clone().unwrap_or_default()
                } else {
                    actor.canonical.clone()
                };
                Matched {
                    kind,
                    entry,
                    text,
                    code,
                    origin: actor.origin.clone(),
                    fuzzy,
                }
            }
            Hit::Metonym(a, m) => {
                let actor = &e.actors[a as usize];
                let mt = &actor.metonyms[m as usize];
                let code = mt.code.clone().or_else(|| actor.code.clone());
                Matched {
                    kind: "metonym",
                    entry: mt.name.clone(),
                    text,
                    code,
                    origin: mt.origin.clone(),
                    fuzzy,
                }
            }
            Hit::Agent(g) => {
                let ag = &e.agents[g as usize];
                let noun = ag
                    .nouns
                    .iter()
                    .find(|n| {
                        name_key(&n.singular) == text
                            || n.plural.as_deref().is_some_and(|p| name_key(p) == text)
                    })
                    .map_or_else(|| text.clone(), |n| n.singular.clone());
                let origin = ag
                    .nouns
                    .iter()
                    .find(|n| n.singular == noun)
                    .map_or(ag.origin.clone(), |n| n.origin.clone());
                Matched {
                    kind: "agent",
                    entry: noun,
                    text,
                    code: Some(ag.code.clone()),
                    origin,
                    fuzzy,
                }
            }
        }
    }

    /// Every actor mention in a sentence's tokens, resolved for `date` (the document date;
    /// `None` takes current roles). Mentions do not overlap and come left to right.
    pub fn actors_in(&self, tokens: &[TokenView<'_>], date: Option<Date>) -> Vec<ActorMatch> {
        let folded: Vec<String> = tokens.iter().map(|t| fold(t.form)).collect();
        // Tokens that fold to nothing (a lone hyphen from a tokenizer that splits "Secretary -
        // General") are glue: names match across them.
        let keep: Vec<usize> = (0..tokens.len())
            .filter(|&i| !folded[i].is_empty())
            .collect();
        let compact: Vec<String> = keep.iter().map(|&i| folded[i].clone()).collect();
        let caps: Vec<bool> = keep
            .iter()
            .map(|&i| {
                tokens[i]
                    .form
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .collect();
        let widen = |mut us: Vec<Unit>| {
            for u in &mut us {
                u.start = keep[u.start];
                u.end = keep[u.end - 1] + 1;
            }
            us
        };
        let mut units = widen(self.names.scan(&compact, &caps));
        // Lemmas catch inflections the index does not list (agents by lemma).
        if keep.iter().any(|&i| fold(tokens[i].lemma) != folded[i]) {
            let lemmas: Vec<String> = keep.iter().map(|&i| fold(tokens[i].lemma)).collect();
            for u in widen(self.names.scan(&lemmas, &caps)) {
                let free = !units.iter().any(|x| x.start < u.end && u.start < x.end);
                if free && u.hits.iter().all(|h| matches!(h, Hit::Agent(_))) {
                    let pos = units
                        .iter()
                        .position(|x| x.start > u.start)
                        .unwrap_or(units.len());
                    units.insert(pos, u);
                }
            }
        }
        let text_of = |u: &Unit| {
            folded[u.start..u.end]
                .iter()
                .filter(|f| !f.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        };
        // b directly follows a (a modifier may be followed by the possessive 's first).
        let adjacent = |a: usize, b: usize, possessive: bool| {
            let (ua, ub) = (&units[a], &units[b]);
            ub.start == ua.end || (possessive && ub.start == ua.end + 1 && folded[ua.end] == "'s")
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < units.len() {
            let first = &units[i];
            let r0 = roles_of(self, first);
            let mut parts: Vec<Matched> = Vec::new();
            let mut cur = i;
            let mut last: Option<usize> = None;
            let mut modifier: Option<(String, Matched)> = None;
            if let (Some(_), None) = (r0.modifier, r0.person) {
                if i + 1 < units.len() && adjacent(i, i + 1, true) {
                    let rk = roles_of(self, &units[i + 1]);
                    if rk.agent.is_some() || rk.person.is_some() {
                        let h = r0.entity.unwrap_or(first.hits[0]);
                        let m = self.matched(h, text_of(first), date, first.fuzzy);
                        if let Some(c) = m.code.clone() {
                            modifier = Some((c, m.clone()));
                            parts.push(m);
                            last = Some(i);
                            cur = i + 1;
                        }
                    }
                }
            }
            // Agents (titles, role nouns), adjacent.
            let mut agent: Option<(String, bool, Matched)> = None;
            while cur < units.len()
                && last.is_none_or(|l| adjacent(l, cur, modifier.is_some() && l == i))
            {
                let rc = roles_of(self, &units[cur]);
                let Some(g) = rc.agent.filter(|_| rc.person.is_none()) else {
                    break;
                };
                let ag = &self.entries.agents[g as usize];
                let m = self.matched(Hit::Agent(g), text_of(&units[cur]), date, units[cur].fuzzy);
                parts.push(m.clone());
                agent = Some((ag.code.clone(), ag.prefix, m));
                last = Some(cur);
                cur += 1;
            }
            // A person after the titles.
            let mut person: Option<Matched> = None;
            if cur < units.len()
                && last.is_none_or(|l| adjacent(l, cur, modifier.is_some() && l == i))
            {
                if let Some(p) = roles_of(self, &units[cur]).person {
                    let m =
                        self.matched(Hit::Name(p), text_of(&units[cur]), date, units[cur].fuzzy);
                    parts.push(m.clone());
                    person = Some(m);
                    last = Some(cur);
                }
            }
            let j = last.unwrap_or(i);
            let start = units[i].start;
            let end = units[j].end;
            let (code, entry, why) = if let Some(p) = person.as_ref().filter(|p| p.code.is_some()) {
                let c = p.code.clone().unwrap_or_default();
                let why = format!(
                    "person `{}` ({}) is {c}{}",
                    p.entry,
                    p.origin,
                    date.map_or(" (current role)".into(), |d| format!(" on {d}"))
                );
                (c, p.clone(), why)
            } else if let Some((gcode, prefix, gm)) = agent.clone() {
                match &modifier {
                    Some((mc, mm)) => {
                        let c = compose(mc, &gcode, prefix);
                        let why = format!(
                            "{} `{}` ({}) + agent `{}` ({}) → {c}",
                            mm.kind, mm.entry, mm.origin, gm.entry, gm.origin
                        );
                        (c, gm, why)
                    }
                    None => {
                        let c = compose("---", &gcode, prefix);
                        let why =
                            format!("agent `{}` ({}) with no country → {c}", gm.entry, gm.origin);
                        (c, gm, why)
                    }
                }
            } else if let Some((mc, mm)) = modifier.clone() {
                (
                    mc.clone(),
                    mm.clone(),
                    format!("{} `{}` ({}) → {mc}", mm.kind, mm.entry, mm.origin),
                )
            } else if let Some(h) = r0.entity {
                let m = self.matched(h, text_of(first), date, first.fuzzy);
                parts.push(m.clone());
                match m.code.clone() {
                    Some(c) => {
                        let why = format!("{} `{}` ({}) → {c}", m.kind, m.entry, m.origin);
                        (c, m, why)
                    }
                    None => {
                        i = j + 1;
                        continue;
                    }
                }
            } else {
                i = j + 1;
                continue;
            };
            let why = if parts.iter().any(|p| p.fuzzy) {
                format!("{why} (matched with one misspelling)")
            } else {
                why
            };
            out.push(ActorMatch {
                start_tok: start,
                end_tok: end,
                code,
                entry,
                parts,
                why,
            });
            i = j + 1;
        }
        out
    }

    /// The best actor reading of a whole phrase: the mention covering most tokens.
    pub fn lookup(&self, mention: &str, date: Option<Date>) -> Option<Resolution> {
        let toks = PlainTokenizer.tokenize(mention);
        let views: Vec<TokenView<'_>> = toks.iter().map(|t| t.view()).collect();
        let ms = self.actors_in(&views, date);
        let best = ms
            .into_iter()
            .max_by_key(|m| (m.end_tok - m.start_tok, std::cmp::Reverse(m.start_tok)))?;
        Some(Resolution {
            mention: mention.to_string(),
            code: best.code,
            matched: best.parts,
            why: best.why,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::compose;

    #[test]
    fn composition_of_codes() {
        assert_eq!(compose("RUS", "GOV", false), "RUSGOV");
        assert_eq!(compose("RUSGOV", "GOV", false), "RUSGOV");
        assert_eq!(compose("IGOUNO", "GOV", false), "IGOUNO");
        assert_eq!(compose("IGOUNO", "PKO", false), "IGOUNOPKO");
        assert_eq!(compose("---", "MIL", false), "---MIL");
        assert_eq!(compose("USA", "IGO", true), "IGOUSA");
    }
}
