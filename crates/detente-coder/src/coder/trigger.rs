//! Which sentences can give the coder anything: decided from tagged words, before any parse.
//!
//! Every event starts from a word the coder knows: a verb of the dictionary (by lemma, form or
//! a regular stem of the form, as the coder looks it up; one without a code of its own only
//! with the words of one of its patterns), an event noun, a speech verb, a verb
//! that frames an infinitive or warns, a copular verdict ("unacceptable"). A sentence with none
//! of them codes nothing; if it names no actor either, all it could add to the article's context
//! is which thing a later "it" means, or that a pronoun's person was named again. About a
//! quarter of news sentences are of this kind, and parsing is most of what a sentence costs, so
//! such a sentence is neither parsed ([`Coder::wants_tree`]) nor read ([`Coder::code_article`]
//! skips it whether or not it has a tree, so that the two agree).

use detente_nlp::Token;
use jiff::civil::Date;
use rustc_hash::FxHashSet;

use super::linear_reading::regular_stems;
use super::{evaluation, Coder};
use crate::dictionary::{Element, Mention, VerbEntry};
use crate::modality::frame_of_verb;
use crate::speech;

/// The coder's first look at a tagged sentence, before any tree: the actors it names, and
/// whether it has anything for the coder at all. A reader that asks [`Coder::glance`] whether
/// to parse a sentence hands the glance on to [`Coder::code_glanced`], so that the sentence's
/// actors are not looked for a second time.
#[derive(Debug, Clone, Default)]
pub struct Glance {
    pub(super) mentions: Vec<Mention>,
    pub(super) idle: bool,
}

impl Glance {
    /// The glance of a sentence the [`Sieve`](super::Sieve) found nothing in: idle.
    pub fn declined() -> Glance {
        Glance {
            mentions: Vec::new(),
            idle: true,
        }
    }

    /// Whether the sentence is worth a parse (see [`Coder::wants_tree`]).
    pub fn wants_tree(&self) -> bool {
        !self.idle
    }
}

impl<'d> Coder<'d> {
    /// Whether a tagged sentence is worth a parse: it is in the Latin alphabet and has a word
    /// an event can start from, or an actor. Give it as
    /// [`detente_nlp::ReadOptions::wants_tree`].
    pub fn wants_tree(&self, tokens: &[Token], date: Option<Date>) -> bool {
        !foreign_script(tokens)
            && (self.may_code(tokens) || !self.mentions(tokens, date).is_empty())
    }

    /// [`Coder::wants_tree`] with what was found on the way: the sentence's actors.
    pub fn glance(&self, tokens: &[Token], date: Option<Date>) -> Glance {
        let mentions = self.mentions(tokens, date);
        let idle = foreign_script(tokens) || (mentions.is_empty() && !self.may_code(tokens));
        Glance { mentions, idle }
    }

    /// Whether any word of `tokens` is one an event can start from. Its tag counts only where
    /// the coder's own repairs could not change it: they make verbs of dictionary verbs read as
    /// nouns or adjectives, and nouns of verbs read in a compound, never words of other classes.
    /// A verb that codes only through its patterns ("study" in "studied the proposal") starts
    /// nothing in a sentence that lacks a word some pattern of it needs ("studied lichens").
    pub(super) fn may_code(&self, tokens: &[Token]) -> bool {
        let mut lower = String::new();
        let mut buf = String::new();
        // Gathered at the first verb that needs them.
        let mut words: Option<Words> = None;
        tokens.iter().any(|t| {
            lower.clear();
            crate::tree::push_lower(&mut lower, &t.form);
            let upos = t.upos.as_str();
            let content = matches!(upos, "VERB" | "AUX" | "NOUN" | "PROPN" | "ADJ" | "X");
            let verb = matches!(upos, "VERB" | "AUX");
            let noun = verb || upos == "NOUN";
            let lower = lower.as_str();
            // Its phrasal verbs ("call for") are read through a particle, not by this entry.
            let usable = &mut |e: &'d VerbEntry| {
                e.code.is_some()
                    || self.dict.begins_phrasal(lower)
                    || self.dict.begins_phrasal(&t.lemma.to_lowercase())
                    || may_match(e, words.get_or_insert_with(|| Words::of_tokens(tokens)))
            };
            content && self.reading_starts(&t.lemma, lower, verb, noun, &mut buf, usable)
        })
    }

    /// Whether a content word an event can start from, with `lemma`, read as a verb (`verb`), a
    /// noun (`noun`) or another content word; `lower` is its form in lower case, `buf` scratch.
    /// A verb entry counts where `usable` says so. The one test of [`Coder::may_code`], word by
    /// word, and of the [`Sieve`](super::Sieve), lemma by lemma (what a reading as verb or noun
    /// starts, a reading as both starts too).
    pub(super) fn reading_starts(
        &self,
        lemma: &str,
        lower: &str,
        verb: bool,
        noun: bool,
        buf: &mut String,
        usable: &mut dyn FnMut(&'d VerbEntry) -> bool,
    ) -> bool {
        buf.clear();
        match lemma {
            "" | "_" => buf.push_str(lower),
            l => crate::tree::push_lower(buf, l),
        }
        [buf.as_str(), lower]
            .into_iter()
            .any(|w| self.starts_events(w, verb, noun, usable))
            || regular_stems(lower, buf).any(|s| self.dict.verb(s).is_some_and(&mut *usable))
    }

    /// Whether an event can start from `word` (a lowercased lemma or form), read as a verb
    /// (`verb`), as a noun (`noun`) or as another content word.
    fn starts_events(
        &self,
        word: &str,
        verb: bool,
        noun: bool,
        usable: &mut dyn FnMut(&'d VerbEntry) -> bool,
    ) -> bool {
        self.dict.verb(word).is_some_and(&mut *usable)
            || !self.dict.linear(word).is_empty()
            || evaluation::is_verdict(word)
            || (noun && self.dict.noun_event(word).is_some())
            || (verb
                && (speech::is_speech_verb(word)
                    || speech::addresses(word)
                    || frame_of_verb(word).is_some()
                    || speech::warns(word)))
    }
}

/// The words of a sentence a pattern's literal may match: forms and lemmas in lower case, and
/// the pieces of hyphenated ones (a phrase "fact finding mission" ends in "fact-finding mission").
pub(super) struct Words(FxHashSet<String>);

impl Words {
    /// The words of forms and lemmas as written.
    pub(super) fn of<'w>(words: impl Iterator<Item = &'w str>) -> Words {
        let mut set = FxHashSet::default();
        for w in words {
            let w = w.to_lowercase();
            if w.contains('-') {
                set.extend(w.split('-').map(str::to_string));
            }
            set.insert(w);
        }
        Words(set)
    }

    fn of_tokens(tokens: &[Token]) -> Words {
        Words::of(
            tokens
                .iter()
                .flat_map(|t| [t.form.as_str(), t.lemma.as_str()]),
        )
    }

    /// Whether a literal (a word, or a phrase by its last word) may be among them.
    fn may_have(&self, literal: &str) -> bool {
        if self.0.contains(literal) {
            return true;
        }
        // Literals are a word or two: a byte loop finds their last space or hyphen sooner
        // than a vectorised search is set up, and a piece equal to the whole is not asked
        // twice (every sentence with a verb coded only through its patterns asks this of
        // each literal of them).
        let last = after_last(literal, b' ');
        if last.is_some_and(|l| self.0.contains(l)) {
            return true;
        }
        after_last(last.unwrap_or(literal), b'-').is_some_and(|p| self.0.contains(p))
    }
}

/// The part of `w` after its last byte `c`, if it has one.
fn after_last(w: &str, c: u8) -> Option<&str> {
    w.bytes().rposition(|b| b == c).map(|k| &w[k + 1..])
}

/// Whether some pattern of `entry` may match in a sentence of `words`: each of its literal
/// words is there, and a member of each of its word classes. (On the tree a pattern needs all
/// its literals, in the verb's phrase; this asks only that the sentence has them.)
pub(super) fn may_match(entry: &VerbEntry, words: &Words) -> bool {
    entry.patterns.iter().any(|p| {
        p.elements.iter().all(|e| match e {
            Element::Word(w) => words.may_have(w),
            Element::Synset(ws) => ws.iter().any(|w| words.may_have(w)),
            Element::Target | Element::Place | Element::Source | Element::Any => true,
        })
    })
}

/// Whether a sentence is mostly in a script other than the Latin alphabet (a quote in Hindi,
/// a paragraph in Arabic): the dictionaries are English, and what they would find there is
/// noise. Most of its letters are then not ASCII; an English sentence with a few accented
/// names ("Vučić", "Kīlauea") stays.
pub(super) fn foreign_script(tokens: &[Token]) -> bool {
    // An all-ASCII sentence, nearly every one, has no letter of another script: one pass
    // over its bytes says so, where counting letters takes one per byte.
    !tokens.iter().all(|t| t.form.is_ascii())
        && foreign_words(tokens.iter().map(|t| t.form.as_str()))
}

/// [`foreign_script`] of words as written.
pub(super) fn foreign_words<'a>(forms: impl Iterator<Item = &'a str>) -> bool {
    let (ascii, other) = forms
        .map(letters)
        .fold((0, 0), |(a, o), (x, y)| (a + x, o + y));
    other > ascii
}

/// A word's letters of the Latin alphabet (ASCII) and of other scripts.
pub(super) fn letters(form: &str) -> (usize, usize) {
    // No letter among them.
    const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';
    // Nearly every word of English text is ASCII: its letters are counted bytewise.
    if form.is_ascii() {
        return (form.bytes().filter(u8::is_ascii_alphabetic).count(), 0);
    }
    let (mut ascii, mut other) = (0, 0);
    for c in form.chars() {
        if c.is_ascii_alphabetic() {
            ascii += 1;
        } else if !c.is_ascii() && !GENERAL_PUNCTUATION.contains(&c) && c.is_alphabetic() {
            // Curly quotes and dashes are skipped before the costly Unicode lookup.
            other += 1;
        }
    }
    (ascii, other)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{briefs, code_on, dict};
    use crate::coder::{Coder, Options};
    use crate::tree::testing::{sent, text};
    use jiff::civil::date;

    fn wants(spec: &str) -> bool {
        let d = dict();
        let coder = Coder::new(&d, Options::default());
        coder.wants_tree(&sent(spec).tokens, Some(date(2019, 5, 14)))
    }

    #[test]
    fn a_tree_only_for_an_actor_or_a_word_an_event_can_start_from() {
        // Nothing the coder knows.
        assert!(!wants(
            "The/DET/2/det weather/NOUN/4/nsubj was/AUX/4/cop fine/ADJ/0/root"
        ));
        // An actor, a dictionary verb, an event noun, a verb by its plural noun ("talks" can
        // be repaired into the verb), a frame verb read as a verb.
        assert!(wants("Officials/NOUN/2/nsubj rested/VERB/0/root/rest"));
        assert!(wants("They/PRON/2/nsubj talked/VERB/0/root/talk"));
        assert!(wants(
            "The/DET/2/det meeting/NOUN/3/nsubj ended/VERB/0/root/end"
        ));
        assert!(wants(
            "The/DET/2/det talks/NOUN/3/nsubj ended/VERB/0/root/end"
        ));
        assert!(wants(
            "They/PRON/3/nsubj would/AUX/3/aux like/VERB/0/root to/PART/5/mark rest/VERB/3/xcomp"
        ));
        // The same frame word as a preposition starts nothing.
        assert!(!wants(
            "It/PRON/2/nsubj rained/VERB/0/root like/ADP/4/case rivers/NOUN/2/obl/river"
        ));
    }

    #[test]
    fn a_verb_coded_only_through_patterns_needs_a_word_of_one() {
        let d = dict()
            .verb(
                "study",
                None,
                &[("* proposal", "014"), ("* request from +", "014")],
            )
            .verb("sit", None, &[])
            .verb("go", Some("042"), &[("to +", "042")]);
        let coder = Coder::new(&d, Options::default());
        let on = Some(date(2019, 5, 14));
        let wants = |spec: &str| coder.wants_tree(&sent(spec).tokens, on);
        // No word of a pattern of "study": nothing can be coded from it.
        assert!(!wants(
            "They/PRON/2/nsubj studied/VERB/0/root/study lichens/NOUN/2/obj/lichen"
        ));
        // A word of a pattern, as written or by its lemma.
        assert!(wants(
            "They/PRON/2/nsubj studied/VERB/0/root/study proposals/NOUN/2/obj/proposal"
        ));
        assert!(wants(
            "They/PRON/2/nsubj studied/VERB/0/root/study a/DET/4/det request/NOUN/2/obj from/ADP/6/case them/PRON/4/nmod"
        ));
        // A pattern needs all its words.
        assert!(!wants(
            "They/PRON/2/nsubj studied/VERB/0/root/study a/DET/4/det request/NOUN/2/obj"
        ));
        // A verb with a code of its own starts events whatever its words.
        assert!(wants(
            "They/PRON/2/nsubj went/VERB/0/root/go home/ADV/2/advmod"
        ));
        // A phrasal verb of the dictionary is read through its particle, not by this entry.
        assert!(wants(
            "They/PRON/2/nsubj sat/VERB/0/root/sit down/ADP/2/compound:prt"
        ));
    }

    #[test]
    fn a_literal_may_be_in_a_sentence_by_its_last_word_or_its_last_piece() {
        let words = super::Words::of(["Talks", "cease-fire", "peace"].into_iter());
        // As written, in any case, and hyphenated words by their pieces.
        assert!(words.may_have("talks") && words.may_have("cease-fire"));
        assert!(words.may_have("fire") && words.may_have("cease"));
        // A phrase by its last word, or the last piece of its last word.
        assert!(words.may_have("peace talks") && words.may_have("lasting peace"));
        assert!(words.may_have("full cease-fire") && words.may_have("wild-fire"));
        // Not by an earlier word or piece.
        assert!(!words.may_have("peace treaty") && !words.may_have("fire-break"));
        assert!(!words.may_have("war") && !words.may_have(""));
    }

    #[test]
    fn a_glance_handed_on_codes_as_one_taken_by_the_coder() {
        let specs = [
            "Mike/PROPN/3/nsubj Pompeo/PROPN/1/flat rested/VERB/0/root/rest",
            "The/DET/2/det weather/NOUN/4/nsubj was/AUX/4/cop fine/ADJ/0/root",
            "He/PRON/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj",
            "Officials/NOUN/2/nsubj rested/VERB/0/root/rest",
        ];
        let d = dict();
        let coder = Coder::new(&d, Options::default());
        let on = Some(date(2019, 5, 14));
        let sents: Vec<_> = specs.iter().map(|s| sent(s)).collect();
        let texts: Vec<String> = sents.iter().map(text).collect();
        let inputs = super::super::tests::inputs(&sents, &texts);
        let glances: Vec<_> = sents.iter().map(|s| coder.glance(&s.tokens, on)).collect();
        for (s, g) in sents.iter().zip(&glances) {
            assert_eq!(g.wants_tree(), coder.wants_tree(&s.tokens, on));
        }
        assert!(!glances[1].wants_tree() && glances[2].wants_tree());
        let all = glances.into_iter().map(Some).collect();
        let handed = briefs(&coder.code_glanced("doc", on, &inputs, all));
        let taken = briefs(&coder.code_article("doc", on, &inputs));
        assert_eq!(handed, taken);
        assert!(taken.iter().any(|b| b == "USAGOV>IRN:190"), "{taken:?}");
        // Some glances, not all: the others are taken by the coder.
        let some = vec![None, Some(coder.glance(&sents[1].tokens, on))];
        assert_eq!(briefs(&coder.code_glanced("doc", on, &inputs, some)), taken);
    }

    #[test]
    fn a_sentence_without_a_tree_is_read_as_if_it_had_one() {
        // The middle sentence is idle: coded with its tree or without, the article gives the
        // same events. Were its tree read, its named subject, whom the dictionary does not
        // know, would be the "he" that follows, and the attack would have no source.
        let idle = "Anne/PROPN/3/nsubj Sacoolas/PROPN/1/flat rested/VERB/0/root/rest";
        let bare = "Anne/PROPN/0/_ Sacoolas/PROPN/0/_ rested/VERB/0/_/rest";
        let first = "Mike/PROPN/3/nsubj Pompeo/PROPN/1/flat rested/VERB/0/root/rest";
        let last = "He/PRON/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj";
        let on = date(2019, 5, 14);
        let with_tree = briefs(&code_on(&dict(), on, &[first, idle, last]));
        let without = briefs(&code_on(&dict(), on, &[first, bare, last]));
        assert_eq!(with_tree, without);
        assert!(
            with_tree.iter().any(|b| b == "USAGOV>IRN:190"),
            "{with_tree:?}"
        );
    }
}
