//! The annotated sentence that the parser produces and the coder consumes.

use serde::Serialize;
pub use smol_str::SmolStr;

/// One syntactic word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Byte offsets of the word in the input text (for a multiword token's parts: of the whole token).
    pub start: usize,
    pub end: usize,
    /// The word as written.
    pub form: SmolStr,
    pub lemma: SmolStr,
    /// Universal POS tag (`NOUN`, `VERB`, `PROPN`, ...).
    pub upos: SmolStr,
    /// Penn Treebank tag (`NN`, `VBD`, `NNP`, ...).
    pub xpos: SmolStr,
    /// Index of the head word, 1-based as in CoNLL-U; 0 is the root.
    pub head: usize,
    /// Universal dependency relation (`nsubj`, `obj`, `obl`, `case`, ...).
    pub deprel: SmolStr,
}

/// A sentence: its byte span in the input and its words in order (word `i` has CoNLL-U id `i + 1`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token>,
}
