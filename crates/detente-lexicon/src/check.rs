//! `dict check`: problems a parser cannot see.
use crate::lexicon::Lexicon;
use crate::model::Origin;

/// A problem found in loaded entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub origin: Origin,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// Every problem in the lexicon, in file order.
pub fn check(_lex: &Lexicon) -> Vec<Problem> {
    Vec::new()
}
