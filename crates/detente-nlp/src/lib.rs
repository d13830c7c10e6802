//! `detente-nlp`: English tokenizer, sentence splitter, POS tagger, lemmatizer and dependency
//! parser, trained on Universal Dependencies by our own code.
//!
//! Raw text enters as `&str`; annotated [`Sentence`]s leave, every token carrying byte offsets
//! into the input, UPOS, XPOS, lemma, head and relation. The trained model is a compact binary
//! file under `models/` in the repository.

pub mod sentence;

pub use sentence::{Sentence, Token};
