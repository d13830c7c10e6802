//! The entries of a lexicon, whatever format they were read from. Every entry remembers where it
//! came from ([`Origin`]) so that lookups can say why and `dict check` can say where.

use crate::date::DateRange;
use std::sync::Arc;

/// Where an entry (or one of its lines) was read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// What kind of actor an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Country,
    Igo,
    Group,
    Person,
}

impl ActorKind {
    pub fn keyword(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::Igo => "igo",
            ActorKind::Group => "group",
            ActorKind::Person => "person",
        }
    }
}

/// A code that holds in a date range.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Role {
    pub code: String,
    #[serde(skip)]
    pub range: DateRange,
    pub origin: Origin,
}

/// A name standing for an actor, with an optional code of its own (`Kremlin = RUSGOV`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metonym {
    pub name: String,
    pub code: Option<String>,
    pub origin: Origin,
}

/// A name with the line it was given on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub origin: Origin,
}

/// A singular/plural pair (`people: Russian/Russians`, `noun: minister/ministers`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Noun {
    pub singular: String,
    /// Given explicitly; otherwise the regular plural of `singular` is also matched.
    pub plural: Option<String>,
    pub origin: Origin,
}

/// A country, IGO, group or person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub kind: ActorKind,
    /// The fixed code of a country, IGO or group; `None` for people (they have roles).
    pub code: Option<String>,
    /// The canonical name (header of a person; first `name:` otherwise).
    pub canonical: String,
    /// Every full name and alias, canonical included.
    pub names: Vec<Name>,
    pub adjectives: Vec<Name>,
    pub people: Vec<Noun>,
    pub capitals: Vec<Name>,
    pub metonyms: Vec<Metonym>,
    pub roles: Vec<Role>,
    /// Code outside every role range.
    pub other: Option<String>,
    pub origin: Origin,
}

impl Actor {
    pub(crate) fn new(
        kind: ActorKind,
        code: Option<String>,
        canonical: String,
        origin: Origin,
    ) -> Self {
        Actor {
            kind,
            code,
            canonical,
            names: Vec::new(),
            adjectives: Vec::new(),
            people: Vec::new(),
            capitals: Vec::new(),
            metonyms: Vec::new(),
            roles: Vec::new(),
            other: None,
            origin,
        }
    }

    /// The code on a date: the fixed code, else the first role whose range holds the date, else
    /// `other` (see also [`Actor::former_code`]). Without a date: the role with an open end
    /// (current), else the last role.
    pub fn code_on(&self, date: Option<crate::Date>) -> Option<(&str, Option<&Role>)> {
        if let Some(c) = &self.code {
            return Some((c, None));
        }
        let role = match date {
            Some(d) => self.roles.iter().find(|r| r.range.contains(d)),
            None => self
                .roles
                .iter()
                .find(|r| r.range.to.is_none())
                .or(self.roles.last()),
        };
        match role {
            Some(r) => Some((&r.code, Some(r))),
            None => self.other.as_deref().map(|c| (c, None)),
        }
    }

    /// The code of a person on `date`, when no role holds it and the entry gives no `other`
    /// code, but a role of theirs has ended before it: an elite (`ELI`) of the country of the
    /// role that ended last, as CAMEO codes former office holders (a person with `MMRGOV
    /// 2016-03-30..2021-02-01` is `MMRELI` in 2022). `None` before any role has ended, and when
    /// that role is no single country's (`IGOUNO`, `NGO…`).
    pub fn former_code(&self, date: crate::Date) -> Option<String> {
        if self.kind != ActorKind::Person || self.code.is_some() || self.other.is_some() {
            return None;
        }
        if self.roles.iter().any(|r| r.range.contains(date)) {
            return None;
        }
        let last = self
            .roles
            .iter()
            .filter(|r| r.range.to.is_some_and(|to| to < date))
            .max_by_key(|r| r.range.to)?;
        let country = last.code.get(..3)?;
        let plain = country.bytes().all(|b| b.is_ascii_uppercase())
            && !matches!(country, "IGO" | "NGO" | "MNC" | "UNK");
        plain.then(|| format!("{country}ELI"))
    }
}

/// Nouns standing for a role (`minister` → `GOV`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// Role code(s) appended to the country (`GOV`, `MIL`, `BUDEDU`).
    pub code: String,
    /// Written `IGO~`: the code goes before the actor's code instead of after it (PETRARCH).
    pub prefix: bool,
    pub nouns: Vec<Noun>,
    pub origin: Origin,
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Element {
    /// A literal word, folded (lower case).
    Word(String),
    /// `+`: the target actor.
    Target,
    /// `@`: the target actor, where its words name a place (a country, capital, city or
    /// region by name), not a people, a government or an organisation.
    Place,
    /// `$`: the source actor.
    Source,
    /// `*`: any words (in a `linear:` PETRARCH pattern: the verb itself).
    Any,
    /// `&NAME`: any member of the synset.
    Synset(String),
    /// `( ... )`: a prepositional phrase (PETRARCH2).
    Phrase(Vec<Element>),
    /// `{ ... }`: a noun phrase (PETRARCH2).
    NounPhrase(Vec<Element>),
    /// `%`: compound actor (TABARI).
    Compound,
    /// `^`: skip to the end of the noun phrase (TABARI).
    Skip,
    /// `_`: its neighbours are adjacent words (PETRARCH/TABARI `A_B`).
    Join,
}

/// An event code, possibly the PETRARCH2 pair `[c1:c2]` (either side may be empty).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct EventCode {
    pub code: String,
    pub alt: Option<String>,
}

impl std::fmt::Display for EventCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.alt {
            Some(a) => write!(f, "{}:{}", self.code, a),
            None => f.write_str(&self.code),
        }
    }
}

/// Which way a pattern's elements are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum PatternKind {
    /// Ours: elements are dependents of the verb (`with +` = oblique actor introduced by "with").
    Dependency,
    /// PETRARCH/TABARI word order: elements before `*` precede the verb, the rest follow it.
    Linear,
}

/// A verb (or noun) pattern.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Pattern {
    pub kind: PatternKind,
    pub elements: Vec<Element>,
    pub code: EventCode,
    /// Trailing comment of the source line (PETRARCH keeps the verb name there).
    pub comment: Option<String>,
    pub origin: Origin,
}

/// A verb or nominal event with its forms, default code and patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// The lemma, folded; phrasal verbs as `pull out`.
    pub lemma: String,
    /// Inflected forms the lemmatizer may not know (folded).
    pub forms: Vec<String>,
    /// Code when no pattern matches; `None` = no event without a pattern.
    pub code: Option<EventCode>,
    pub patterns: Vec<Pattern>,
    /// The head verb whose patterns this one shares (PETRARCH lists synonyms in one block).
    pub group: Option<String>,
    pub origin: Origin,
}

/// A named set of words (`&MISSILE`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    /// Without the `&`, upper case as written.
    pub name: String,
    /// Folded words and phrases; `&OTHER` members are kept as `&OTHER`.
    pub words: Vec<Name>,
    pub origin: Origin,
}

/// What a discard phrase voids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiscardScope {
    Sentence,
    Story,
}

/// A phrase that voids its sentence or story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    pub scope: DiscardScope,
    /// Folded.
    pub phrase: String,
    pub origin: Origin,
}

/// A PETRARCH issue (topic) phrase; kept for lossless import, not used in coding yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub phrase: String,
    pub code: String,
    pub origin: Origin,
}

/// Something a reader understood but our format cannot carry (reported by `dict import`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    /// What it is, e.g. "transformation", "issue", "time expression".
    pub what: &'static str,
    pub text: String,
    pub origin: Origin,
}
