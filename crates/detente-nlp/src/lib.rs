//! `detente-nlp`: English tokenizer, sentence splitter, POS tagger, lemmatizer and dependency
//! parser, trained on Universal Dependencies by our own code.
//!
//! Raw text enters as `&str`; annotated [`Sentence`]s leave, every [`Token`] (a syntactic word)
//! carrying byte offsets into the input, UPOS, XPOS, lemma, head and relation. The words of a
//! multiword token ("don't" → "do" + "n't") share the token's byte span. The stages are
//! [`tokenize`] (tokens, clitic splits and sentence boundaries; sentences never cross a blank
//! line; a news dateline is tagged and parsed apart from its sentence, see [`dateline`]),
//! [`tagger`] (averaged perceptron, UPOS and XPOS at once; in a model trained with word
//! vectors, it and the parser also read the words' [`clusters`]), [`lemma`] (learned exceptions
//! and suffix rules), [`supertag`] (each word's relation and head direction guessed before
//! parsing, in models trained with it) and [`parser`] (greedy arc-hybrid with a dynamic
//! oracle). [`Pipeline`] ties them to a trained [`model::Model`], read from a compact binary
//! file under `models/`; [`train`] builds one from a treebank (optionally several seeds
//! averaged, see [`ensemble`]), [`eval`] scores one, [`conllu`] reads and writes the treebank
//! format.
//!
//! ```no_run
//! let nlp = detente_nlp::Pipeline::load_default()?;
//! for s in nlp.parse("Pompeo met Lavrov in Sochi. They talked.") {
//!     for t in &s.tokens {
//!         println!("{} {} {} {}", t.form, t.upos, t.head, t.deprel);
//!     }
//! }
//! # Ok::<(), detente_nlp::NlpError>(())
//! ```

pub mod clusters;
pub mod conllu;
pub mod dateline;
pub mod ensemble;
pub mod error;
pub mod eval;
pub mod features;
pub mod hash;
mod irregular;
pub mod lemma;
pub mod model;
pub mod parser;
pub mod perceptron;
pub mod pipeline;
pub mod sentence;
pub mod supertag;
pub mod tagger;
pub mod tokenize;
pub mod train;
pub mod weights;

pub use error::NlpError;
pub use pipeline::{Pipeline, ReadOptions};
pub use sentence::{Sentence, SmolStr, Token};
