//! Actor mentions in a sentence: name matches from the index, composed into mentions
//! (nationality or country + agent → country + role; title + person → the person's dated code)
//! and resolved for the document date.

use crate::date::Date;
use crate::index::{Case, Hit, Joined, Unit};
use crate::lexicon::Lexicon;
use crate::model::{ActorKind, Origin};
use crate::token::{fold_into, PlainTokenizer, TokenView, Tokenizer};
use std::sync::Arc;

/// A sentence's forms folded and joined by spaces, as the name index reads them.
struct Folded {
    joined: String,
    /// Range in `joined` of each kept token.
    ranges: Vec<(usize, usize)>,
    /// Index of each kept token among all.
    keep: Vec<usize>,
    /// Token index → its range in `joined` (empty for glue).
    span_of: Vec<(usize, usize)>,
    /// How each kept token is written.
    caps: Vec<Case>,
}

impl Folded {
    /// Tokens that fold to nothing (a lone hyphen from a tokenizer that splits "Secretary -
    /// General") are glue: names match across them.
    fn of<'a>(forms: impl ExactSizeIterator<Item = &'a str>) -> Folded {
        let n = forms.len();
        let mut f = Folded {
            joined: String::with_capacity(n * 8),
            ranges: Vec::with_capacity(n),
            keep: Vec::with_capacity(n),
            span_of: Vec::with_capacity(n),
            caps: Vec::with_capacity(n),
        };
        for (i, form) in forms.enumerate() {
            let before = f.joined.len();
            if !f.joined.is_empty() {
                f.joined.push(' ');
            }
            let start = f.joined.len();
            fold_into(form, &mut f.joined);
            if f.joined.len() == start {
                f.joined.truncate(before);
                f.span_of.push((before, before));
                continue;
            }
            f.ranges.push((start, f.joined.len()));
            f.span_of.push((start, f.joined.len()));
            f.keep.push(i);
            f.caps.push(Case::of(form));
        }
        f
    }
}

/// One dictionary entry that took part in a match.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Matched {
    /// `person`, `country`, `igo`, `group`, `adjective`, `capital`, `metonym`, `people`, `agent`.
    pub kind: &'static str,
    /// The entry's canonical name (agents: the noun as listed).
    pub entry: Arc<str>,
    /// The words matched, as folded.
    pub text: String,
    /// The code this entry contributes on the date, if any.
    pub code: Option<Arc<str>>,
    /// Where the entry is defined.
    pub origin: Origin,
    /// Matched with one edit (a misspelling).
    pub fuzzy: bool,
}

/// How a mention's code was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Why {
    /// A person's role on the date.
    Person,
    /// A country (name, adjective, metonym) + an agent noun.
    Composed,
    /// An agent noun alone (`---ROLE`).
    Agent,
    /// A name, capital, metonym, adjective or demonym alone.
    Entity,
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
    /// How the code was reached; [`ActorMatch::explain`] says it in words.
    pub why: Why,
    /// The date the mention was resolved for.
    #[serde(skip)]
    pub date: Option<Date>,
}

impl ActorMatch {
    /// How the code was reached, in words, naming every entry's file and line.
    pub fn explain(&self) -> String {
        let e = &self.entry;
        let mut s = match self.why {
            Why::Person => format!(
                "person `{}` ({}) is {}{}",
                e.entry,
                e.origin,
                self.code,
                self.date
                    .map_or(" (current role)".into(), |d| format!(" on {d}"))
            ),
            Why::Composed => {
                let m = self.parts.iter().find(|p| p.kind != "agent").unwrap_or(e);
                format!(
                    "{} `{}` ({}) + agent `{}` ({}) → {}",
                    m.kind, m.entry, m.origin, e.entry, e.origin, self.code
                )
            }
            Why::Agent => format!(
                "agent `{}` ({}) with no country → {}",
                e.entry, e.origin, self.code
            ),
            Why::Entity => format!("{} `{}` ({}) → {}", e.kind, e.entry, e.origin, self.code),
        };
        if self.parts.iter().any(|p| p.fuzzy) {
            s.push_str(" (matched with one misspelling)");
        }
        s
    }
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
    agent: Option<(u32, u32)>,
    /// A person.
    person: Option<u32>,
    /// A standalone reading (name, capital, metonym, demonym, adjective).
    entity: Option<Hit>,
    /// The reading that makes `modifier`, when it is not `entity`.
    modifier_hit: Option<Hit>,
}

fn roles_of(lex: &Lexicon, u: &Unit) -> Roles {
    let mut r = Roles {
        modifier: None,
        agent: None,
        person: None,
        entity: None,
        modifier_hit: None,
    };
    for &h in lex.names.hits(u.pid) {
        if u.fuzzy && !matches!(h, Hit::Name(_)) {
            continue;
        }
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
            Hit::Agent(g, n) => {
                r.agent.get_or_insert((g, n));
            }
            Hit::Capital(a) => {
                r.modifier.get_or_insert((a, "capital"));
                r.entity.get_or_insert(h);
            }
            // A seat of power named apart from the country's capital beats the capital alone:
            // "Brussels" that acts is the European Union; "Brussels police" are still Belgian.
            Hit::Metonym(..) if matches!(r.entity, Some(Hit::Capital(_))) => {
                r.modifier_hit = r.entity;
                r.entity = Some(h);
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

/// State roles: an office one can hold and leave.
const OFFICES: &[&str] = &["GOV", "MIL", "JUD", "LEG", "COP", "SPY"];

/// The code of a former office holder: the country (or `---`) with the role `ELI`; `None` when
/// the role is no state office ("former rebels" stay rebels).
pub(crate) fn former(code: &str) -> Option<String> {
    let (country, role) = (code.get(..3)?, code.get(3..6)?);
    OFFICES.contains(&role).then(|| format!("{country}ELI"))
}

/// Whether the word before token `start` (glue such as a lone hyphen skipped), or the one
/// before a single word of the office's field ("former communications minister"), is "former"
/// or "ex".
fn follows_former(joined: &str, span_of: &[(usize, usize)], start: usize) -> bool {
    let mut i = start;
    let mut field = false;
    while i > 0 {
        i -= 1;
        let (a, b) = span_of[i];
        if a == b {
            continue;
        }
        match joined.get(a..b) {
            Some("former" | "ex") => return true,
            Some(w) if !field && w.chars().all(char::is_alphabetic) => field = true,
            _ => return false,
        }
    }
    false
}

/// Capitalised heads of the names of seas and straits ("the Gulf of Aden", "the Strait of
/// Hormuz").
const WATERS: &[&str] = &[
    "Gulf", "Sea", "Bay", "Strait", "Straits", "Ocean", "Channel",
];

impl Lexicon {
    /// Whether an agent noun may be found through an inflected form (its lemma). A noun
    /// written without a plural (`POLICE {}`, `police/`) is a mass noun: "polices" or "policed"
    /// are the verb, not the force.
    fn inflects(&self, h: Hit) -> bool {
        match h {
            Hit::Agent(g, k) => self
                .entries
                .agents
                .get(g as usize)
                .and_then(|a| a.nouns.get(k as usize))
                .is_none_or(|n| n.plural.as_deref() != Some("")),
            _ => true,
        }
    }

    fn matched(&self, h: Hit, text: String, date: Option<Date>, fuzzy: bool) -> Matched {
        let e = &self.entries;
        let l = &self.labels;
        match h {
            Hit::Name(a) | Hit::Adjective(a) | Hit::Capital(a) | Hit::People(a) => {
                let ai = a as usize;
                let actor = &e.actors[ai];
                let kind = match h {
                    Hit::Adjective(_) => "adjective",
                    Hit::Capital(_) => "capital",
                    Hit::People(_) => "people",
                    _ => actor.kind.keyword(),
                };
                let code = match h {
                    Hit::Name(_) => l.code_on(actor, ai, date),
                    _ => l.fixed[ai].clone(),
                };
                Matched {
                    kind,
                    entry: l.actor[ai].clone(),
                    text,
                    code,
                    origin: actor.origin.clone(),
                    fuzzy,
                }
            }
            Hit::Metonym(a, m) => {
                let (ai, mi) = (a as usize, m as usize);
                let mt = &e.actors[ai].metonyms[mi];
                let (name, code) = &l.metonyms[ai][mi];
                let code = code.clone().or_else(|| l.fixed[ai].clone());
                Matched {
                    kind: "metonym",
                    entry: name.clone(),
                    text,
                    code,
                    origin: mt.origin.clone(),
                    fuzzy,
                }
            }
            Hit::Agent(g, k) => {
                let (gi, ki) = (g as usize, k as usize);
                let ag = &e.agents[gi];
                let (noun, origin) = match (l.nouns[gi].get(ki), ag.nouns.get(ki)) {
                    (Some(n), Some(src)) => (n.clone(), src.origin.clone()),
                    _ => (Arc::from(text.as_str()), ag.origin.clone()),
                };
                Matched {
                    kind: "agent",
                    entry: noun,
                    text,
                    code: Some(l.agent[gi].clone()),
                    origin,
                    fuzzy,
                }
            }
        }
    }

    /// The name index's matches in a sentence's tokens: on their forms, then agent nouns on
    /// their lemmas where the forms found nothing.
    fn units(&self, tokens: &[TokenView<'_>]) -> (Folded, Vec<Unit>) {
        let folded = Folded::of(tokens.iter().map(|t| t.form));
        let Folded {
            joined,
            ranges,
            keep,
            caps,
            ..
        } = &folded;
        let widen = |mut us: Vec<Unit>| {
            for u in &mut us {
                u.start = keep[u.start];
                u.end = keep[u.end - 1] + 1;
            }
            us
        };
        let mut units = widen(self.names.scan(
            &Joined {
                text: joined,
                ranges,
            },
            caps,
        ));
        // Lemmas catch inflections the index does not list (agents by lemma). A match there
        // that the forms did not make has a word whose lemma differs from it and is a word of
        // an agent noun; without one the lemmas are not read.
        // (Folded into two reused buffers: most sentences have a lemma that differs.)
        let mut bufs = (String::new(), String::new());
        let mut differs = |t: &TokenView<'_>| self.lemma_adds_agent(t, &mut bufs);
        if keep.iter().any(|&i| differs(&tokens[i])) {
            let mut lj = String::with_capacity(joined.len());
            let mut lr = Vec::with_capacity(ranges.len());
            for &i in keep {
                if !lj.is_empty() {
                    lj.push(' ');
                }
                let st = lj.len();
                fold_into(tokens[i].lemma, &mut lj);
                if lj.len() == st {
                    lj.push('_');
                }
                lr.push((st, lj.len()));
            }
            for u in widen(self.names.scan(
                &Joined {
                    text: &lj,
                    ranges: &lr,
                },
                caps,
            )) {
                let free = !units.iter().any(|x| x.start < u.end && u.start < x.end);
                if free
                    && self
                        .names
                        .hits(u.pid)
                        .iter()
                        .all(|h| matches!(h, Hit::Agent(..)))
                    && self.names.hits(u.pid).iter().any(|&h| self.inflects(h))
                {
                    let pos = units
                        .iter()
                        .position(|x| x.start > u.start)
                        .unwrap_or(units.len());
                    units.insert(pos, u);
                }
            }
        }
        (folded, units)
    }

    /// Whether [`Lexicon::actors_in`] finds any name in these tokens (exactly, within one edit,
    /// or an agent noun by its lemma), before resolving what it found: every mention is built
    /// on such a match.
    pub fn names_any(&self, tokens: &[TokenView<'_>]) -> bool {
        !self.units(tokens).1.is_empty()
    }

    /// Whether a token's lemma could make it part of an agent noun that its form is not part
    /// of: the lemma folds to other words than the form, one of them a word of an agent noun.
    /// The only tokens whose lemmas [`Lexicon::actors_in`] can match more through. `bufs` are
    /// scratch for the folded lemma and form.
    pub fn lemma_adds_agent(&self, t: &TokenView<'_>, bufs: &mut (String, String)) -> bool {
        if t.lemma.eq_ignore_ascii_case(t.form) {
            return false;
        }
        let (fl, ff) = bufs;
        fl.clear();
        ff.clear();
        fold_into(t.lemma, fl);
        fold_into(t.form, ff);
        fl != ff && fl.split(' ').any(|w| self.names.agent_word(w))
    }

    /// Every actor mention in a sentence's tokens, resolved for `date` (the document date;
    /// `None` takes current roles). Mentions do not overlap and come left to right.
    pub fn actors_in(&self, tokens: &[TokenView<'_>], date: Option<Date>) -> Vec<ActorMatch> {
        let (
            Folded {
                joined, span_of, ..
            },
            units,
        ) = self.units(tokens);
        let text_of = |u: &Unit| joined[span_of[u.start].0..span_of[u.end - 1].1].to_string();
        let is_possessive = |i: usize| span_of.get(i).is_some_and(|r| &joined[r.0..r.1] == "'s");
        // b directly follows a (a modifier may be followed by the possessive 's first).
        let adjacent = |a: usize, b: usize, possessive: bool| {
            let (ua, ub) = (&units[a], &units[b]);
            ub.start == ua.end || (possessive && ub.start == ua.end + 1 && is_possessive(ua.end))
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < units.len() {
            let first = &units[i];
            let form = |k: usize| tokens.get(k).map_or("", |t| t.form);
            // A country's name or adjective followed by "of" and a name is the head of a longer
            // name it does not make: "the Gulf of Oman" is a sea, not the Gulf states. (The
            // words are asked first: most units are followed by no "of".)
            let heads_longer_name = || {
                form(first.end) == "of"
                    && form(first.end + 1).starts_with(|c: char| c.is_uppercase())
                    && self.names.hits(first.pid).iter().all(|h| match h {
                        Hit::Adjective(_) => true,
                        Hit::Name(a) => self
                            .entries
                            .actors
                            .get(*a as usize)
                            .is_some_and(|x| x.kind == ActorKind::Country),
                        _ => false,
                    })
            };
            // Nor is the name a body of water is called by: "the Gulf of *Aden*", "the Strait
            // of *Hormuz*", "the Sea of *Japan*" are where ships sail, no party to what they
            // meet there.
            let water_of = first.start >= 2
                && form(first.start - 1) == "of"
                && WATERS.contains(&form(first.start - 2));
            if water_of || heads_longer_name() {
                i += 1;
                continue;
            }
            let r0 = roles_of(self, first);
            let mut parts: Vec<Matched> = Vec::new();
            let mut cur = i;
            let mut last: Option<usize> = None;
            // Indices into `parts`.
            let mut modifier: Option<usize> = None;
            if let (Some(_), None) = (r0.modifier, r0.person) {
                if i + 1 < units.len() && adjacent(i, i + 1, true) {
                    let rk = roles_of(self, &units[i + 1]);
                    if rk.agent.is_some() || rk.person.is_some() {
                        let h = r0
                            .modifier_hit
                            .or(r0.entity)
                            .unwrap_or(self.names.hits(first.pid)[0]);
                        let m = self.matched(h, text_of(first), date, first.fuzzy);
                        if m.code.is_some() {
                            modifier = Some(parts.len());
                            parts.push(m);
                            last = Some(i);
                            cur = i + 1;
                        }
                    }
                }
            }
            // Agents (titles, role nouns), adjacent.
            let mut agent: Option<(usize, bool)> = None;
            while cur < units.len()
                && last.is_none_or(|l| adjacent(l, cur, modifier.is_some() && l == i))
            {
                let rc = roles_of(self, &units[cur]);
                let Some((g, k)) = rc.agent.filter(|_| rc.person.is_none()) else {
                    break;
                };
                let ag = &self.entries.agents[g as usize];
                agent = Some((parts.len(), ag.prefix));
                parts.push(self.matched(
                    Hit::Agent(g, k),
                    text_of(&units[cur]),
                    date,
                    units[cur].fuzzy,
                ));
                last = Some(cur);
                cur += 1;
            }
            // An organisation written as a prefix code (`NGO~`) right before a country's name
            // is its national section: "MSF Spain", "Oxfam India" → NGOESP, NGOIND. Not when a
            // role follows the name ("an MSF Spain diplomat"): the country goes to the role.
            let role_follows = |k: usize| {
                k + 1 < units.len()
                    && adjacent(k, k + 1, false)
                    && roles_of(self, &units[k + 1]).agent.is_some()
            };
            if let (None, Some((_, true)), Some(l)) = (modifier, agent, last) {
                if cur < units.len() && adjacent(l, cur, false) && !role_follows(cur) {
                    let rc = roles_of(self, &units[cur]);
                    if let (Some((_, "country" | "group")), None, Some(h @ Hit::Name(_))) =
                        (rc.modifier, rc.person, rc.entity)
                    {
                        let m = self.matched(h, text_of(&units[cur]), date, units[cur].fuzzy);
                        if m.code.as_deref().is_some_and(|c| c.len() == 3) {
                            modifier = Some(parts.len());
                            parts.push(m);
                            last = Some(cur);
                            cur += 1;
                        }
                    }
                }
            }
            // A person after the titles.
            let mut person: Option<usize> = None;
            if cur < units.len()
                && last.is_none_or(|l| adjacent(l, cur, modifier.is_some() && l == i))
            {
                if let Some(p) = roles_of(self, &units[cur]).person {
                    person = Some(parts.len());
                    parts.push(self.matched(
                        Hit::Name(p),
                        text_of(&units[cur]),
                        date,
                        units[cur].fuzzy,
                    ));
                    last = Some(cur);
                }
            }
            let j = last.unwrap_or(i);
            let (start, end) = (units[i].start, units[j].end);
            let code_of = |parts: &[Matched], k: usize| {
                parts[k].code.as_deref().unwrap_or_default().to_string()
            };
            let (code, head, why) = if let Some(p) = person.filter(|&p| parts[p].code.is_some()) {
                (code_of(&parts, p), p, Why::Person)
            } else if let Some((g, prefix)) = agent {
                match modifier {
                    Some(m) => (
                        compose(&code_of(&parts, m), &code_of(&parts, g), prefix),
                        g,
                        Why::Composed,
                    ),
                    None => (compose("---", &code_of(&parts, g), prefix), g, Why::Agent),
                }
            } else if let Some(m) = modifier {
                (code_of(&parts, m), m, Why::Entity)
            } else if let Some(h) = r0.entity {
                let m = self.matched(h, text_of(first), date, first.fuzzy);
                if m.code.is_none() {
                    i = j + 1;
                    continue;
                }
                let c = m.code.as_deref().unwrap_or_default().to_string();
                parts.push(m);
                (c, parts.len() - 1, Why::Entity)
            } else {
                i = j + 1;
                continue;
            };
            // "former security officials", "former Gondor prosecutors": who no longer holds a
            // state office is one of CAMEO's elites (ELI), not the office.
            let code = match why {
                Why::Agent | Why::Composed if follows_former(&joined, &span_of, start) => {
                    former(&code).unwrap_or(code)
                }
                _ => code,
            };
            let entry = parts[head].clone();
            out.push(ActorMatch {
                start_tok: start,
                end_tok: end,
                code,
                entry,
                parts,
                why,
                date,
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
        let why = best.explain();
        Some(Resolution {
            mention: mention.to_string(),
            code: best.code,
            why,
            matched: best.parts,
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

    #[test]
    fn former_office_holders_are_elites() {
        use super::former;
        assert_eq!(former("---GOV").as_deref(), Some("---ELI"));
        assert_eq!(former("GONJUD").as_deref(), Some("GONELI"));
        assert_eq!(former("RUSGOVFRM").as_deref(), Some("RUSELI"));
        assert_eq!(former("---REB"), None);
        assert_eq!(former("NGO"), None);
    }
}
