//! [`Lexicon`]: the loaded, indexed dictionaries and the queries the coder asks of them.

use crate::error::{EntryError, LoadError};
use crate::format;
use crate::index::NameIndex;
use crate::model::*;
use crate::petrarch;
use crate::source::Entries;
use crate::token::{fold, fold_into, regular_plural};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// Dictionaries loaded and indexed for lookups.
pub struct Lexicon {
    pub(crate) entries: Entries,
    pub(crate) names: NameIndex,
    pub(crate) labels: Labels,
    agent_by_noun: HashMap<String, u32>,
    verb_by_form: HashMap<String, u32>,
    noun_by_form: HashMap<String, u32>,
    synset_by_name: HashMap<String, u32>,
    discard_ac: Option<AhoCorasick>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("actors", &self.entries.actors.len())
            .field("agents", &self.entries.agents.len())
            .field("verbs", &self.entries.verbs.len())
            .field("nouns", &self.entries.nouns.len())
            .field("synsets", &self.entries.synsets.len())
            .field("discards", &self.entries.discards.len())
            .finish()
    }
}

/// A metonym's name and its own code.
pub(crate) type MetonymLabel = (Arc<str>, Option<Arc<str>>);

/// Shared copies of the names and codes that matches report, so a match costs no allocation
/// for them.
pub(crate) struct Labels {
    /// Canonical name (or code) of each actor.
    pub actor: Vec<Arc<str>>,
    pub fixed: Vec<Option<Arc<str>>>,
    pub roles: Vec<Vec<Arc<str>>>,
    pub other: Vec<Option<Arc<str>>>,
    /// (name, own code) of each metonym of each actor.
    pub metonyms: Vec<Vec<MetonymLabel>>,
    pub agent: Vec<Arc<str>>,
    pub nouns: Vec<Vec<Arc<str>>>,
}

impl Labels {
    fn build(e: &Entries) -> Labels {
        let arc = |s: &str| Arc::<str>::from(s);
        Labels {
            actor: e
                .actors
                .iter()
                .map(|a| {
                    if a.canonical.is_empty() {
                        arc(a.code.as_deref().unwrap_or_default())
                    } else {
                        arc(&a.canonical)
                    }
                })
                .collect(),
            fixed: e
                .actors
                .iter()
                .map(|a| a.code.as_deref().map(arc))
                .collect(),
            roles: e
                .actors
                .iter()
                .map(|a| a.roles.iter().map(|r| arc(&r.code)).collect())
                .collect(),
            other: e
                .actors
                .iter()
                .map(|a| a.other.as_deref().map(arc))
                .collect(),
            metonyms: e
                .actors
                .iter()
                .map(|a| {
                    a.metonyms
                        .iter()
                        .map(|m| (arc(&m.name), m.code.as_deref().map(arc)))
                        .collect()
                })
                .collect(),
            agent: e.agents.iter().map(|g| arc(&g.code)).collect(),
            nouns: e
                .agents
                .iter()
                .map(|g| g.nouns.iter().map(|n| arc(&n.singular)).collect())
                .collect(),
        }
    }

    /// [`Actor::code_on`] as a shared string.
    pub fn code_on(&self, a: &Actor, i: usize, date: Option<crate::Date>) -> Option<Arc<str>> {
        if let Some(c) = &self.fixed[i] {
            return Some(c.clone());
        }
        let role = match date {
            Some(d) => a.roles.iter().position(|r| r.range.contains(d)),
            None => a
                .roles
                .iter()
                .position(|r| r.range.to.is_none())
                .or(a.roles.len().checked_sub(1)),
        };
        match role {
            Some(r) => Some(self.roles[i][r].clone()),
            None => self.other[i]
                .clone()
                .or_else(|| date.and_then(|d| a.former_code(d)).map(Arc::from)),
        }
    }
}

/// The PETRARCH-format files to read (each list may be empty).
#[derive(Debug, Clone, Default)]
pub struct PetrarchFiles {
    pub verbs: Vec<PathBuf>,
    pub actors: Vec<PathBuf>,
    pub agents: Vec<PathBuf>,
    pub discards: Vec<PathBuf>,
    pub issues: Vec<PathBuf>,
}

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let rd = std::fs::read_dir(dir).map_err(|e| LoadError::io(dir, e))?;
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            txt_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "txt")
            && p.file_name().is_some_and(|n| n != "PARSER-NOTES.txt")
        {
            out.push(p);
        }
    }
    Ok(())
}

/// Reads bytes as UTF-8, falling back to Latin-1 for invalid sequences (old dictionaries).
pub(crate) fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len());
            let mut rest = bytes;
            while !rest.is_empty() {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let (ok, bad) = rest.split_at(e.valid_up_to());
                        out.push_str(std::str::from_utf8(ok).unwrap_or(""));
                        out.push(char::from(bad[0]));
                        rest = &bad[1..];
                    }
                }
            }
            out
        }
    }
}

impl Lexicon {
    /// Loads every `*.txt` file under `dir` (our format). Fails on the first malformed entry,
    /// listing every problem of the files read.
    pub fn load_dir(dir: impl AsRef<Path>) -> Result<Lexicon, LoadError> {
        let (lex, errors) = Self::load_dir_lenient(dir)?;
        if errors.is_empty() {
            Ok(lex)
        } else {
            Err(LoadError::Entries(errors))
        }
    }

    /// Like [`Lexicon::load_dir`] but skips malformed lines and returns them with the lexicon.
    pub fn load_dir_lenient(
        dir: impl AsRef<Path>,
    ) -> Result<(Lexicon, Vec<EntryError>), LoadError> {
        let dir = dir.as_ref();
        let mut files = Vec::new();
        if dir.is_file() {
            files.push(dir.to_path_buf());
        } else {
            txt_files(dir, &mut files)?;
        }
        let mut entries = Entries::default();
        let mut errors = Vec::new();
        for f in files {
            let bytes = std::fs::read(&f).map_err(|e| LoadError::io(&f, e))?;
            let (e, errs) = format::parse_text(&f, &decode(&bytes));
            entries.extend(e);
            errors.extend(errs);
        }
        Ok((Lexicon::from_entries(entries), errors))
    }

    /// Parses one text in our format (for tests, fuzzing and embedded data).
    pub fn from_text(name: &str, text: &str) -> (Lexicon, Vec<EntryError>) {
        let (e, errs) = format::parse_text(Path::new(name), text);
        (Lexicon::from_entries(e), errs)
    }

    /// The repository's `dictionaries/`, embedded at build time.
    pub fn bundled() -> Result<Lexicon, LoadError> {
        let mut entries = Entries::default();
        let mut errors = Vec::new();
        for (path, text) in Self::bundled_files() {
            let (e, errs) = format::parse_text(&Path::new("dictionaries").join(path), text);
            entries.extend(e);
            errors.extend(errs);
        }
        if errors.is_empty() {
            Ok(Lexicon::from_entries(entries))
        } else {
            Err(LoadError::Entries(errors))
        }
    }

    /// The embedded files: (path under `dictionaries/`, text).
    pub fn bundled_files() -> &'static [(&'static str, &'static str)] {
        bundled::BUNDLED
    }

    /// Reads PETRARCH2 / PETRARCH-1 dictionaries (verbs in CAMEO 2.0 or TABARI pattern format,
    /// actors, agents, discards, issues). Malformed lines are skipped and returned.
    pub fn from_petrarch(files: &PetrarchFiles) -> Result<(Lexicon, Vec<EntryError>), LoadError> {
        let (entries, errors) = petrarch::read_all(files)?;
        Ok((Lexicon::from_entries(entries), errors))
    }

    /// Indexes entries read by any reader.
    pub fn from_entries(entries: Entries) -> Lexicon {
        let names = NameIndex::build(&entries.actors, &entries.agents);
        let mut agent_by_noun = HashMap::new();
        for (i, a) in entries.agents.iter().enumerate() {
            for n in &a.nouns {
                agent_by_noun.entry(fold(&n.singular)).or_insert(i as u32);
                let pl = n
                    .plural
                    .clone()
                    .unwrap_or_else(|| regular_plural(&n.singular));
                if !pl.is_empty() {
                    agent_by_noun.entry(fold(&pl)).or_insert(i as u32);
                }
            }
        }
        let by_form = |vs: &[Verb]| {
            let mut m = HashMap::new();
            for (i, v) in vs.iter().enumerate() {
                m.entry(v.lemma.clone()).or_insert(i as u32);
            }
            for (i, v) in vs.iter().enumerate() {
                for f in &v.forms {
                    m.entry(f.clone()).or_insert(i as u32);
                }
            }
            m
        };
        let verb_by_form = by_form(&entries.verbs);
        let noun_by_form = by_form(&entries.nouns);
        let synset_by_name = entries
            .synsets
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.to_ascii_uppercase(), i as u32))
            .collect();
        let phrases: Vec<String> = entries
            .discards
            .iter()
            .map(|d| format!(" {} ", d.phrase))
            .collect();
        let discard_ac = if phrases.is_empty() {
            None
        } else {
            // A DFA: a few hundred short phrases make a small one, and it is searched over
            // every sentence, faster than the NFA the builder picks for this many.
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&phrases)
                .ok()
        };
        let labels = Labels::build(&entries);
        Lexicon {
            entries,
            names,
            labels,
            agent_by_noun,
            verb_by_form,
            noun_by_form,
            synset_by_name,
            discard_ac,
        }
    }

    /// Everything as read, in file order.
    pub fn entries(&self) -> &Entries {
        &self.entries
    }
    pub fn actors(&self) -> &[Actor] {
        &self.entries.actors
    }
    pub fn agents(&self) -> &[Agent] {
        &self.entries.agents
    }
    pub fn verbs(&self) -> &[Verb] {
        &self.entries.verbs
    }
    pub fn synsets(&self) -> &[Synset] {
        &self.entries.synsets
    }
    pub fn discards(&self) -> &[Discard] {
        &self.entries.discards
    }

    /// The verb with this lemma (or irregular form); phrasal verbs as `"pull out"`.
    pub fn verb(&self, lemma: &str) -> Option<&Verb> {
        let k = fold(lemma);
        self.verb_by_form
            .get(&k)
            .map(|&i| &self.entries.verbs[i as usize])
    }

    /// The nominal event with this lemma ("attack", "meeting").
    pub fn noun_event(&self, lemma: &str) -> Option<&Verb> {
        let k = fold(lemma);
        self.noun_by_form
            .get(&k)
            .map(|&i| &self.entries.nouns[i as usize])
    }

    /// The agent a noun (singular or plural, one or more words) stands for.
    pub fn agent(&self, noun: &str) -> Option<&Agent> {
        self.agent_by_noun
            .get(&fold(noun))
            .map(|&i| &self.entries.agents[i as usize])
    }

    /// A synset by name, with or without `&`, any case.
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        let n = name.strip_prefix('&').unwrap_or(name).to_ascii_uppercase();
        self.synset_by_name
            .get(&n)
            .map(|&i| &self.entries.synsets[i as usize])
    }

    /// Does `word` (folded) belong to the synset, following nested `&SYN` members?
    pub fn in_synset(&self, name: &str, word: &str) -> bool {
        let w = fold(word);
        let mut seen = Vec::new();
        self.in_synset_rec(name, &w, &mut seen)
    }

    fn in_synset_rec(&self, name: &str, w: &str, seen: &mut Vec<String>) -> bool {
        let Some(s) = self.synset(name) else {
            return false;
        };
        if seen.contains(&s.name) {
            return false;
        }
        seen.push(s.name.clone());
        s.words.iter().any(|m| {
            if let Some(inner) = m.text.strip_prefix('&') {
                self.in_synset_rec(inner, w, seen)
            } else {
                m.text == w || regular_plural(&m.text) == w
            }
        })
    }

    /// Discard phrases found in `text` (whole words, case- and accent-insensitive).
    pub fn discard_hits(&self, text: &str) -> Vec<&Discard> {
        let Some(ac) = &self.discard_ac else {
            return Vec::new();
        };
        let folded = if text.is_ascii() {
            cut_ascii_words(text)
        } else {
            let mut folded = String::with_capacity(text.len() + 2);
            folded.push(' ');
            fold_into(text, &mut folded);
            folded.push(' ');
            // Folding transliterates to ASCII, so words are cut bytewise, in place; the
            // char-wise cut stays for anything else.
            if folded.is_ascii() {
                let mut b = folded.into_bytes();
                for c in &mut b {
                    if !(c.is_ascii_alphanumeric() || *c == b'\'') {
                        *c = b' ';
                    }
                }
                b
            } else {
                folded
                    .chars()
                    .map(|c| {
                        if c.is_alphanumeric() || c == '\'' {
                            c
                        } else {
                            ' '
                        }
                    })
                    .collect::<String>()
                    .into_bytes()
            }
        };
        // Most sentences have no discard phrase: a plain search says so sooner than the
        // overlapping one that lists them all.
        if !ac.is_match(folded.as_slice()) {
            return Vec::new();
        }
        let mut hits: Vec<usize> = ac
            .find_overlapping_iter(folded.as_slice())
            .map(|m| m.pattern().as_usize())
            .collect();
        hits.sort_unstable();
        hits.dedup();
        hits.into_iter()
            .map(|i| &self.entries.discards[i])
            .collect()
    }
}

/// An ASCII sentence as the discard phrases are searched in, in one pass: what [`fold_into`]
/// and the cut into words make of it, between two spaces. Folding lower-cases and turns each
/// run of spaces, tabs, hyphens and underscores into one space (none at either end); the cut
/// then blanks every byte that is no letter, digit or apostrophe. Every sentence goes through
/// this, and the two passes with a push per byte were a tenth of coding a sentence.
fn cut_ascii_words(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 2);
    out.push(b' ');
    // Whether the last byte out is the one space of a run of separators; at the start, the
    // opening space stands for one, so a leading run adds nothing.
    let mut run = true;
    for &b in text.as_bytes() {
        if matches!(b, b'-' | b'_' | b' ' | b'\t') {
            if !run {
                out.push(b' ');
                run = true;
            }
        } else {
            out.push(if b.is_ascii_alphanumeric() || b == b'\'' {
                b.to_ascii_lowercase()
            } else {
                b' '
            });
            run = false;
        }
    }
    // A closing run's space is dropped by folding; the closing space stands for it.
    if run && out.len() > 1 {
        out.pop();
    }
    out.push(b' ');
    out
}

#[cfg(test)]
mod tests {
    use super::Lexicon;

    /// The one-pass cut of an ASCII sentence is the fold and the cut of any other text.
    #[test]
    fn ascii_sentences_are_cut_as_folded_text_is() {
        let reference = |text: &str| {
            let mut folded = String::from(" ");
            crate::token::fold_into(text, &mut folded);
            folded.push(' ');
            folded
                .bytes()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == b'\'' {
                        c
                    } else {
                        b' '
                    }
                })
                .collect::<Vec<u8>>()
        };
        let alphabet = b"aZ9'- _\t.,\n\r\"(";
        let mut rng = fastrand::Rng::with_seed(7);
        let mut cases: Vec<String> = ["", " ", "-", "a-", "-a", "World--Cup .", "\tx_ y\t"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        for _ in 0..20_000 {
            let n = rng.usize(0..12);
            cases.push(
                (0..n)
                    .map(|_| alphabet[rng.usize(..alphabet.len())] as char)
                    .collect(),
            );
        }
        for text in &cases {
            assert_eq!(
                String::from_utf8_lossy(&super::cut_ascii_words(text)),
                String::from_utf8_lossy(&reference(text)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn discard_phrases_are_whole_words_in_any_case_and_accent() {
        let text = "discard sentence\n  phrase: world cup | box office\n\
                    discard story\n  phrase: horoscope\n";
        let (lex, errs) = Lexicon::from_text("d.txt", text);
        assert!(errs.is_empty(), "{errs:?}");
        let hits = |s: &str| {
            let mut p: Vec<String> = lex
                .discard_hits(s)
                .iter()
                .map(|d| d.phrase.clone())
                .collect();
            p.sort();
            p
        };
        assert_eq!(hits("France won the World-Cup."), ["world cup"]);
        assert_eq!(
            hits("Le « Wörld Cup » et son Horoscope"),
            ["horoscope", "world cup"]
        );
        assert!(hits("the world cupboard").is_empty());
        assert!(hits("").is_empty());
    }
}
