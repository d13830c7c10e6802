//! What the coder needs from a dictionary, as a small trait.
//!
//! The coder does not care where its knowledge comes from: our bundled dictionaries, PETRARCH
//! files, or a hand-made table in a test all implement [`Dictionary`]. Verb patterns are given in
//! the structured form of `docs/dictionaries.md` (`with + = 040`): literal words, `+` target,
//! `$` source, `*` gap, `&SYNSET`.

use detente_nlp::Token;
use jiff::civil::Date;

/// What kind of actor a mention names; the coder's article context needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A named person ("Sergei Lavrov"): later surname-only mentions resolve to it.
    Person,
    /// A country by name, adjective, demonym or capital ("Russia", "Russian", "Moscow").
    Country,
    /// A named organisation or metonym with a fixed code ("the Kremlin", "NATO").
    Organization,
    /// A role noun without a country ("foreign minister", "rebels"): `code` is `---ROLE`.
    Agent,
}

/// An actor found in a sentence: words `start..end` (token indices, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub code: String,
    pub kind: MentionKind,
    /// The words name a place: a country, capital, city or region by its name ("Ukraine",
    /// "Kyiv", "Bakhmut"), not a people, a nationality, a government or an organisation.
    pub place: bool,
}

/// One element of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// A literal word (lowercase), matched against forms and lemmas.
    Word(String),
    /// Any word of a synset (lowercase; multiword members are given by their last word).
    Synset(Vec<String>),
    /// `+`: the target actor.
    Target,
    /// `@`: the target actor, where its words name a place ("seized Bakhmut").
    Place,
    /// `$`: the source actor.
    Source,
    /// `*`: any words between the neighbours (a no-op on the tree).
    Any,
}

/// A verb or noun pattern and the CAMEO code it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub elements: Vec<Element>,
    pub code: String,
    /// The code of the reverse event, target on source (PETRARCH's `[032:033]`: a visit is
    /// hosted by the visited), if the dictionary gives one.
    pub reverse: Option<String>,
}

/// A verb (or event noun) with its default code and patterns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VerbEntry {
    /// The code when no pattern matches; `None` means the verb is only coded through a pattern.
    pub code: Option<String>,
    /// The default code's reverse event (see [`Pattern::reverse`]).
    pub reverse: Option<String>,
    pub patterns: Vec<Pattern>,
    /// Which patterns a sentence's words can satisfy, built from `patterns` on first use.
    pub literals: crate::literals::LiteralCell,
}

/// Whether a discard phrase voids the sentence or the whole story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discard {
    Sentence,
    Story,
}

/// A name read as a sentence of proper nouns, for the dictionary's own actor matcher.
pub fn name_tokens(name: &str) -> Vec<Token> {
    name.split_whitespace()
        .map(|w| Token {
            start: 0,
            end: 0,
            form: w.into(),
            lemma: w.to_lowercase().into(),
            upos: "PROPN".into(),
            xpos: "NNP".into(),
            head: 0,
            deprel: "flat".into(),
        })
        .collect()
}

/// Whether the dictionary names `word` by itself as an actor ("China", "WHO"), not only as a
/// role word ("police"): the gazetteer hint the tagger takes (see
/// `detente_nlp::Pipeline::parse_with_names`).
pub fn names_by_itself(dict: &(impl Dictionary + ?Sized), word: &str, date: Option<Date>) -> bool {
    dict.actors_in(&name_tokens(word), date)
        .iter()
        .any(|m| m.kind != MentionKind::Agent)
}

/// The coder's view of a dictionary.
pub trait Dictionary {
    /// Actor mentions in a sentence's words, longest first where they overlap (the coder keeps
    /// the first of overlapping mentions). `date` selects dated roles.
    fn actors_in(&self, tokens: &[Token], date: Option<Date>) -> Vec<Mention>;
    /// Whether [`Dictionary::actors_in`] may find an actor in words with these forms and
    /// lemmas, whatever their tags. A dictionary that cannot tell says true.
    fn may_name(&self, _forms: &[&str], _lemmas: &[&str]) -> bool {
        true
    }
    /// Whether reading `form` as `lemma` could make it part of an actor mention that the form
    /// alone is not part of (an agent noun found through its lemma).
    fn names_by_lemma(&self, _form: &str, _lemma: &str) -> bool {
        true
    }
    /// The verb entry for a lemma (`meet`) or phrasal lemma (`sit down`).
    fn verb(&self, lemma: &str) -> Option<&VerbEntry>;
    /// The entry of an event noun (`attack`, `meeting`).
    fn noun_event(&self, lemma: &str) -> Option<&VerbEntry>;
    /// Whether a phrasal verb of the dictionary begins with `word` ("call" of "call for"). A
    /// dictionary that cannot tell says true.
    fn begins_phrasal(&self, _word: &str) -> bool {
        true
    }
    /// A discard phrase in the sentence, if any.
    fn discard(&self, sentence: &str) -> Option<Discard>;
    /// Linear (PETRARCH/TABARI word-order) patterns of a verb, most dictionaries have none.
    fn linear(&self, _lemma: &str) -> &[crate::linear::LinearPattern] {
        &[]
    }
    /// Known full names of people (canonical and aliases), for one-edit misspelling repair.
    fn person_names(&self) -> &[String] {
        &[]
    }
    /// The code of the role that the person named `person_names()[k]` holds on `date`, if any
    /// (not the code outside all roles). This default reads the name as a sentence on the date
    /// and on a date before all roles; dictionaries that know roles answer directly.
    fn person_office(&self, k: usize, date: Date) -> Option<String> {
        let code_on = |d: Date| {
            let ws = name_tokens(self.person_names().get(k)?);
            self.actors_in(&ws, Some(d))
                .into_iter()
                .find(|m| m.end - m.start == ws.len())
                .map(|m| m.code)
        };
        let now = code_on(date)?;
        (code_on(jiff::civil::date(1000, 1, 1)).as_ref() != Some(&now)).then_some(now)
    }
}

/// Parses a pattern's left-hand side (`with + *`, `$ * + in summit`, `&MISSILE`) given a synset
/// table, so dictionary adapters and tests share one reader.
pub fn parse_elements(lhs: &str, synset: impl Fn(&str) -> Option<Vec<String>>) -> Vec<Element> {
    lhs.split_whitespace()
        .map(|w| match w {
            "+" => Element::Target,
            "@" => Element::Place,
            "$" => Element::Source,
            "*" => Element::Any,
            s if s.starts_with('&') => Element::Synset(
                synset(s)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|w| w.to_lowercase())
                    .collect(),
            ),
            s => Element::Word(s.to_lowercase()),
        })
        .collect()
}

/// A verb or noun entry for tests: its code and `(pattern, code)` pairs, synsets read by
/// `synset` as the dictionary would.
#[cfg(test)]
pub(crate) fn test_entry(
    code: Option<&str>,
    pats: &[(&str, &str)],
    synset: impl Fn(&str) -> Option<Vec<String>>,
) -> VerbEntry {
    VerbEntry {
        code: code.map(String::from),
        reverse: None,
        patterns: pats
            .iter()
            .map(|(l, c)| Pattern {
                reverse: None,
                elements: parse_elements(l, &synset),
                code: c.to_string(),
            })
            .collect(),
        literals: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_parse() {
        let e = parse_elements("$ * + in &PLACE", |s| {
            (s == "&PLACE").then(|| vec!["summit".to_string()])
        });
        assert_eq!(
            e,
            vec![
                Element::Source,
                Element::Any,
                Element::Target,
                Element::Word("in".into()),
                Element::Synset(vec!["summit".into()]),
            ]
        );
    }
}
