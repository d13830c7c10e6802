//! Which sentences need no tagging: decided from their words as written, before the tagger.
//!
//! [`Coder::glance`] decides from tagged words which sentences are worth a parse; about a
//! quarter of news sentences are idle (no actor, no word an event starts from), and their
//! tagging is then all they cost. The sieve finds most of them before tagging. It asks of each
//! word whether any reading the pipeline may give it ([`Pipeline::readings`]: a frequent word
//! of one class has that one, another word every class) is one an event starts from
//! ([`Coder::reading_starts`]), and which lemma could make it part of an agent noun
//! ([`Dictionary::names_by_lemma`](crate::Dictionary::names_by_lemma)); of the sentence, whether the dictionary finds a name in its
//! forms with those lemmas ([`Dictionary::may_name`](crate::Dictionary::may_name)). The article's context also reads idle
//! sentences, for a dictionary person's family name standing alone and for misspelt two-word
//! names, so a word that may be either keeps its sentence. A verb that codes only through its
//! patterns keeps it only if the sentence has the words of one of them, as forms or as lemmas
//! of their readings. A sentence the sieve declines is then idle however the tagger reads it; a
//! test holds this over the treebanks' raw text.
//!
//! A word's answer is the same wherever it stands, and news repeats its words, so each form is
//! decided once per thread (its readings cost some twenty lemmatizations) and then looked up.

use std::cell::RefCell;
use std::ops::Range;

use detente_nlp::{Pipeline, SmolStr};
use rustc_hash::FxHashMap;
use thread_local::ThreadLocal;

use super::names::starts_upper;
use super::trigger::{letters, may_match, Words};
use super::Coder;
use crate::dictionary::VerbEntry;

/// Most forms kept per thread (a few MB): the words news repeats fit many times over. Past
/// it the memory starts again.
const CAPACITY: usize = 1 << 16;

/// A coder's question "is this sentence worth tagging?", for one pipeline's readings.
pub struct Sieve<'a> {
    coder: &'a Coder<'a>,
    nlp: &'a Pipeline,
    /// Per thread: what the forms seen may be to the coder.
    memo: ThreadLocal<RefCell<Memo<'a>>>,
}

/// The forms a thread has decided, and the lists their answers point into.
#[derive(Default)]
struct Memo<'a> {
    words: FxHashMap<SmolStr, Word>,
    /// Verb entries that code only through a pattern ([`Word::pending`]).
    pending: Vec<&'a VerbEntry>,
    /// Lemmas of the forms' readings ([`Word::lemmas`]).
    lemmas: Vec<SmolStr>,
}

/// What a word as written may be to the coder, in any of its readings.
#[derive(Debug, Clone, Default)]
struct Word {
    /// A word an event starts from (or one with two lemmas that may be agent nouns).
    starts: bool,
    /// Capitalised, and a dictionary person's family name that can be read as a proper noun
    /// (which the article's context reads alone: "Putin warns").
    surname: bool,
    /// Capitalised, and the first or last word of a dictionary person's two-word name (a
    /// misspelling of the name may be repaired from it and a capitalised neighbour).
    first: bool,
    last: bool,
    capitalised: bool,
    /// The lemma by which it may be part of an agent noun ("soldiers" → "soldier").
    agent: Option<SmolStr>,
    /// Where in [`Memo::pending`] are the entries of verbs it may be that code only through a
    /// pattern: it starts an event only in a sentence with a word each literal of some such
    /// pattern needs (see `trigger::may_match`).
    pending: Range<u32>,
    /// Where in [`Memo::lemmas`] are the lemmas of its readings.
    lemmas: Range<u32>,
    /// Its letters of the Latin alphabet and of other scripts (see `foreign_script`).
    letters: (usize, usize),
}

/// A lemma of a word, with what its readings make of it.
#[derive(Debug, Default)]
struct Lemma {
    lemma: SmolStr,
    verb: bool,
    noun: bool,
    /// Read as a content word an event may start from (not a number).
    starts: bool,
    /// Read as a word that may be part of an agent noun (not an auxiliary).
    agent: bool,
}

impl<'a> Sieve<'a> {
    pub fn new(coder: &'a Coder<'a>, nlp: &'a Pipeline) -> Sieve<'a> {
        Sieve {
            coder,
            nlp,
            memo: ThreadLocal::new(),
        }
    }

    /// Whether a sentence, by its words as written, may be worth tagging: false only when every
    /// tagging of it leaves the coder idle and gives the article's context nothing. Give it as
    /// [`detente_nlp::ReadOptions::wants_tags`], and [`Glance::declined`](super::Glance::declined)
    /// for the sentences it declines.
    pub fn wants_tags(&self, forms: &[&str]) -> bool {
        let cell = self.memo.get_or_default();
        let mut memo = cell.borrow_mut();
        if memo.words.len() >= CAPACITY {
            memo.words.clear();
            memo.pending.clear();
            memo.lemmas.clear();
        }
        let mut agents: Vec<Option<SmolStr>> = Vec::with_capacity(forms.len());
        let (mut ascii, mut other) = (0, 0);
        let mut prev: Option<Word> = None;
        let mut pending = false;
        for (i, &f) in forms.iter().enumerate() {
            let w = match memo.words.get(f) {
                Some(w) => w.clone(),
                None => {
                    let w = self.word(f, &mut memo);
                    memo.words.insert(SmolStr::new(f), w.clone());
                    w
                }
            };
            // A sentence in another script is idle whatever its words; one that has a word an
            // event starts from is left to the glance to find so.
            if w.starts || w.surname {
                return true;
            }
            if let Some(p) = &prev {
                let pair = p.capitalised && w.capitalised && (p.first || w.last);
                if pair && self.coder.misspelt(forms[i - 1], f).next().is_some() {
                    return true;
                }
            }
            ascii += w.letters.0;
            other += w.letters.1;
            agents.push(w.agent.clone());
            pending |= !w.pending.is_empty();
            prev = Some(w);
        }
        if other > ascii {
            return false;
        }
        // Rare: the sentence's words are looked up again rather than kept for every sentence.
        if pending {
            let known = || forms.iter().filter_map(|f| memo.words.get(*f));
            let lemmas = known().flat_map(|w| memo.lemmas.get(to_usize(&w.lemmas)).unwrap_or(&[]));
            let words = Words::of(forms.iter().copied().chain(lemmas.map(SmolStr::as_str)));
            let mut entries =
                known().flat_map(|w| memo.pending.get(to_usize(&w.pending)).unwrap_or(&[]));
            if entries.any(|e| may_match(e, &words)) {
                return true;
            }
        }
        let lemmas: Vec<&str> = forms
            .iter()
            .zip(&agents)
            .map(|(f, a)| a.as_deref().unwrap_or(f))
            .collect();
        self.coder.dict.may_name(forms, &lemmas)
    }

    /// What `form` may be to the coder, over all its readings.
    fn word(&self, form: &str, memo: &mut Memo<'a>) -> Word {
        let lower = form.to_lowercase();
        let c = self.coder;
        let capitalised = starts_upper(form);
        let mut w = Word {
            letters: letters(form),
            capitalised,
            first: capitalised && c.by_first.contains_key(&lower),
            last: capitalised && c.by_last.contains_key(&lower),
            ..Word::default()
        };
        let surname = capitalised && c.by_surname.contains_key(&lower);
        // Events start from content words, and agent nouns are nouns (also when misread as
        // verbs or adjectives): a function word's reading is nothing to the coder. Readings
        // share lemmas, and each lemma is tried once, as the widest of its readings.
        let content =
            |u: &str| matches!(u, "NOUN" | "PROPN" | "VERB" | "AUX" | "ADJ" | "NUM" | "X");
        let mut lemmas: Vec<Lemma> = Vec::new();
        self.nlp.readings(form, content, |upos, lemma| {
            w.surname |= surname && upos == "PROPN";
            let i = match lemmas.iter().position(|l| l.lemma == lemma) {
                Some(i) => i,
                None => {
                    lemmas.push(Lemma {
                        lemma: SmolStr::new(lemma),
                        ..Lemma::default()
                    });
                    lemmas.len() - 1
                }
            };
            let l = &mut lemmas[i];
            l.verb |= matches!(upos, "VERB" | "AUX");
            l.noun |= matches!(upos, "VERB" | "AUX" | "NOUN");
            l.starts |= upos != "NUM";
            l.agent |= upos != "AUX";
        });
        let mut buf = String::new();
        let mut agents = lemmas
            .iter()
            .filter(|l| l.agent && c.dict.names_by_lemma(form, &l.lemma));
        w.agent = agents.next().map(|l| l.lemma.clone());
        // Its phrasal verbs ("call for") are read through a particle, not by the entry.
        let phrasal = |l: &Lemma| c.dict.begins_phrasal(&l.lemma) || c.dict.begins_phrasal(&lower);
        let first_pending = memo.pending.len() as u32;
        // The sentence is read with one lemma per word: a word with two is kept.
        w.starts = agents.next().is_some()
            || lemmas.iter().any(|l| {
                let mut usable = |e: &'a VerbEntry| {
                    let now = e.code.is_some() || phrasal(l);
                    if !now
                        && !memo.pending[first_pending as usize..]
                            .iter()
                            .any(|p| std::ptr::eq(*p, e))
                    {
                        memo.pending.push(e);
                    }
                    now
                };
                l.starts
                    && c.reading_starts(&l.lemma, &lower, l.verb, l.noun, &mut buf, &mut usable)
            });
        w.pending = first_pending..memo.pending.len() as u32;
        // A pattern's literal may be any reading's lemma ("civilians" → "civilian"); function
        // words are their own (no pattern of the kind names a function word's lemma).
        let first_lemma = memo.lemmas.len() as u32;
        memo.lemmas.extend(lemmas.iter().map(|l| l.lemma.clone()));
        w.lemmas = first_lemma..memo.lemmas.len() as u32;
        w
    }
}

fn to_usize(r: &Range<u32>) -> Range<usize> {
    r.start as usize..r.end as usize
}
