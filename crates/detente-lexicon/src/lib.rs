//! `detente-lexicon`: dictionaries. Who is who on which date (actors with dated roles, agents,
//! metonyms), which verbs and patterns mean which CAMEO event, and which phrases void a sentence.
//!
//! Data enters as text files — our own readable format (`docs/dictionaries.md`, read by
//! [`Lexicon::load_dir`] or embedded from the repository's `dictionaries/` by
//! [`Lexicon::bundled`]) or PETRARCH2/PETRARCH-1 dictionaries ([`Lexicon::from_petrarch`]) — and
//! is indexed into one in-memory [`Lexicon`]. The coder asks it questions with plain token views
//! ([`TokenView`]: form + lemma, from whatever tokenizer it uses): [`Lexicon::actors_in`] finds and
//! resolves actor mentions for a document date, [`Lexicon::verb`] / [`Lexicon::noun_event`] give
//! event patterns, [`Lexicon::agent`] role nouns, [`Lexicon::discard_hits`] discard phrases.
//! [`check::check`] validates entries and [`write::write_dir`] writes any lexicon in our format
//! (`detente dict import`). The library never prints; errors carry file, line and column.

pub mod check;
pub mod codes;
pub mod date;
pub mod error;
mod format;
mod index;
mod lexicon;
pub mod model;
pub mod petrarch;
mod petrarch_verbs;
mod resolve;
pub mod source;
pub mod token;
pub mod write;

pub use date::{Date, DateRange};
pub use error::{EntryError, LoadError};
pub use lexicon::{Lexicon, PetrarchFiles};
pub use model::{
    Actor, ActorKind, Agent, Discard, DiscardScope, Element, EventCode, Pattern, PatternKind,
    Synset, Verb,
};
pub use resolve::{ActorMatch, Matched, Resolution, Why};
pub use source::Entries;
pub use token::{fold, PlainTokenizer, Token, TokenView, Tokenizer};
