//! Contractions into words, as UD English EWT does: "don't" → "do" + "n't", "can't" →
//! "ca" + "n't", "I'm" → "I" + "'m", "Russia's" → "Russia" + "'s", "cannot" → "can" + "not",
//! "gonna" → "gon" + "na". Every word is a substring of its token.

use super::abbrev;
use super::scan::Span;
use super::RawWord;

const SUFFIXES: &[&str] = &[
    "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
];

/// Appends the words of token `t` to `out`.
pub fn words(text: &str, t: Span, out: &mut Vec<RawWord>) {
    let s = &text[t.start..t.end];
    let word = |a: usize, b: usize| RawWord {
        start: t.start + a,
        end: t.start + b,
        token_start: t.start,
        token_end: t.end,
    };
    if s.len() <= 128 && s.chars().next().map(|c| c.is_alphabetic()).unwrap_or(false) {
        let lower = s.to_lowercase();
        if lower.len() == s.len() {
            for suf in SUFFIXES {
                if lower.len() > suf.len() && lower.ends_with(suf) {
                    let cut = s.len() - suf.len();
                    // "n't" after "ca"/"wo"/"do": the whole token is one contraction.
                    if s[..cut].chars().all(|c| c.is_alphabetic()) {
                        out.push(word(0, cut));
                        out.push(word(cut, s.len()));
                        return;
                    }
                }
            }
            if let Some(cut) = abbrev::bare_contraction(&lower) {
                out.push(word(0, cut));
                out.push(word(cut, s.len()));
                return;
            }
        }
    }
    out.push(word(0, s.len()));
}
