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
        if s.is_ascii() {
            ascii_words(s, word, out);
            return;
        }
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

/// [`words`] for an ASCII token that starts with a letter, without lower-casing it into a new
/// string (one allocation per token otherwise): ASCII lower-casing keeps every byte offset, so
/// suffixes are compared case-insensitively in place, and a bare contraction (at most eight
/// letters) is lower-cased on the stack.
fn ascii_words(s: &str, word: impl Fn(usize, usize) -> RawWord, out: &mut Vec<RawWord>) {
    let b = s.as_bytes();
    for suf in SUFFIXES.iter().filter(|suf| suf.is_ascii()) {
        if b.len() > suf.len() && b[b.len() - suf.len()..].eq_ignore_ascii_case(suf.as_bytes()) {
            let cut = s.len() - suf.len();
            if s[..cut].chars().all(|c| c.is_alphabetic()) {
                out.push(word(0, cut));
                out.push(word(cut, s.len()));
                return;
            }
        }
    }
    let mut buf = [0u8; 8];
    if let Some(lower) = buf.get_mut(..b.len()) {
        lower.copy_from_slice(b);
        lower.make_ascii_lowercase();
        if let Some(cut) = std::str::from_utf8(lower)
            .ok()
            .and_then(abbrev::bare_contraction)
        {
            out.push(word(0, cut));
            out.push(word(cut, s.len()));
            return;
        }
    }
    out.push(word(0, s.len()));
}

#[cfg(test)]
mod tests {
    use super::{words, Span};

    fn split(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        words(
            s,
            Span {
                start: 0,
                end: s.len(),
            },
            &mut out,
        );
        out.iter().map(|w| &s[w.start..w.end]).collect()
    }

    #[test]
    fn contractions_in_any_case() {
        assert_eq!(split("DON'T"), ["DO", "N'T"]);
        assert_eq!(split("Cannot"), ["Can", "not"]);
        assert_eq!(split("SHOULDNT"), ["SHOULD", "NT"]);
        assert_eq!(split("Russia’s"), ["Russia", "’s"]);
        assert_eq!(split("Éric's"), ["Éric", "'s"]);
        assert_eq!(split("shouldnta"), ["shouldnta"]);
        assert_eq!(split("rock'n'roll's"), ["rock'n'roll's"]);
        assert_eq!(split("'s"), ["'s"]);
    }
}
