//! `detente-coder`: events from parsed sentences plus article context.
//!
//! Parsed sentences (`detente_nlp::Token` trees) enter with their article's date through
//! [`Coder::code_article`]; the dictionaries enter through the small [`Dictionary`] trait (our
//! bundled dictionaries, PETRARCH files or a test table all implement it). Out come [`Event`]s:
//! CAMEO code, root, PLOVER type, Goldstein score and quad class ([`cameo`]), source and target
//! actors resolved with article context ([`actor`], [`context`]), negation and modality
//! ([`modality`]), quotations ([`speech`]), the event's own date ([`when`]) and place ([`place`]),
//! and the words that are its evidence. Patterns are matched on the dependency tree ([`pattern`]).
//!
//! About a quarter of news sentences give the coder nothing: no actor and no word an event can
//! start from. [`Coder::wants_tree`] tells them from their tags alone, so that a caller parses
//! only the others (`detente_nlp::ReadOptions::wants_tree`); the coder skips them either way. A
//! caller that asks [`Coder::glance`] instead keeps what the look found (the sentence's actors)
//! and hands it to [`Coder::code_glanced`], so that it is not looked for twice.

pub mod actor;
pub mod affiliation;
pub mod cameo;
pub mod coder;
pub mod context;
pub mod coordination;
pub mod dateline;
pub mod dictionary;
pub mod event;
pub mod headline;
pub mod lexicon;
pub mod linear;
pub mod literals;
pub mod merge;
pub mod modality;
pub mod pattern;
pub mod petrarch;
pub mod place;
pub mod plover;
pub mod proxy;
pub mod repair;
pub mod speech;
pub mod tree;
pub mod when;
mod wordset;

pub use coder::{Coder, Glance, Input, Options, Sieve};
pub use dictionary::{Dictionary, Discard, Element, Mention, MentionKind, Pattern, VerbEntry};
pub use event::{ActorRef, Event, Location, Quote};
