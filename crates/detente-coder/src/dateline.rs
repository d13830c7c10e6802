//! Datelines ("MOSCOW (Reuters) —") say where a story was filed, not who acted, so a place
//! named there must not become the source of the sentence's event. Where one ends is
//! [`detente_nlp::dateline`]'s answer, the same by which the pipeline parsed it apart.

use detente_nlp::Token;

/// How many leading tokens of the sentence are its dateline (0 for none).
pub fn dateline_len(tokens: &[Token]) -> usize {
    detente_nlp::dateline::dateline_len(tokens.iter().map(|t| t.form.as_str()))
}
