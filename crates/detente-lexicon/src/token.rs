//! Tokens as the lexicon sees them: a surface form and a lemma. The coder passes views of its own
//! parsed tokens; until the NLP crate's tokenizer is wired in, [`PlainTokenizer`] splits text into
//! words behind the same [`Tokenizer`] trait. Also the normalisation every match goes through:
//! lower case, accents folded (Erdoğan = Erdogan), hyphens as spaces.

use std::borrow::Cow;

/// A token as the lexicon reads it (borrowed from whoever tokenised the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenView<'a> {
    /// The word as written.
    pub form: &'a str,
    /// Its lemma (the form itself when no lemmatizer ran).
    pub lemma: &'a str,
}

impl<'a> TokenView<'a> {
    pub fn new(form: &'a str, lemma: &'a str) -> Self {
        TokenView { form, lemma }
    }
}

/// A token owned by its tokenizer, with its byte span in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub form: String,
    pub lemma: String,
}

impl Token {
    pub fn view(&self) -> TokenView<'_> {
        TokenView {
            form: &self.form,
            lemma: &self.lemma,
        }
    }
}

/// Abbreviations that keep their dot (initials like "W." are kept too).
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
    "pres", "prof", "rev", "st", "jr", "sr",
];

/// Anything that turns text into tokens with lemmas.
pub trait Tokenizer {
    fn tokenize(&self, text: &str) -> Vec<Token>;
}

/// Splits on white space and punctuation; keeps internal `.`/`-`/`'` (U.S., Secretary-General,
/// d'Ivoire); splits off the possessive `'s`. The lemma is the lower-cased form.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainTokenizer;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Tokenizer for PlainTokenizer {
    fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut push = |s: usize, e: usize| {
            let form = &text[s..e];
            out.push(Token {
                start: s,
                end: e,
                form: form.to_string(),
                lemma: form.to_lowercase(),
            });
        };
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (s, c) = chars[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if !is_word_char(c) {
                push(s, s + c.len_utf8());
                i += 1;
                continue;
            }
            // A word: word chars, with single . - ' ’ inside when followed by a word char.
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                } else if matches!(cj, '.' | '-' | '\'' | '’' | '‐' | '‑')
                    && chars.get(j + 1).is_some_and(|n| is_word_char(n.1))
                {
                    j += 2;
                } else {
                    break;
                }
            }
            // U.S. / U.N.: keep the final dot of an abbreviation with internal dots.
            let mut end_idx = j;
            let word_end = chars.get(j).map_or(text.len(), |c| c.0);
            let word = &text[s..word_end];
            let initial_or_title = word.chars().count() == 1
                && word.chars().all(char::is_uppercase)
                || TITLE_ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str());
            if chars.get(j).is_some_and(|c| c.1 == '.') && (word.contains('.') || initial_or_title)
            {
                end_idx = j + 1;
            }
            let e = chars.get(end_idx).map_or(text.len(), |c| c.0);
            // Possessive: Russia's → Russia + 's
            let w = &text[s..e];
            let lower = w.to_lowercase();
            if (lower.ends_with("'s") || lower.ends_with("’s")) && w.chars().count() > 2 {
                let cut = e - if lower.ends_with("'s") {
                    2
                } else {
                    "’s".len()
                };
                push(s, cut);
                push(cut, e);
            } else {
                push(s, e);
            }
            i = end_idx;
        }
        out
    }
}

/// Folds a word or phrase for matching: accents removed, lower case, `’` as `'`, hyphens and
/// underscores as spaces, runs of spaces collapsed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] appended to `out` (no allocation for ASCII input).
pub fn fold_into(s: &str, out: &mut String) {
    let base = out.len();
    // Fast path: a plain ASCII word (the common case) is copied and lower-cased in place.
    if s.bytes()
        .all(|b| b.is_ascii_graphic() && !matches!(b, b'-' | b'_'))
    {
        out.push_str(s);
        out[base..].make_ascii_lowercase();
        return;
    }
    let ascii: Cow<str> = if s.is_ascii() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(deunicode::deunicode(s))
    };
    let mut space = true;
    // Transliterated, the text is ASCII: bytes are its characters (a sentence at a time, for
    // the discard patterns, so this loop is hot).
    for c in ascii.bytes().map(char::from) {
        let c = match c {
            '-' | '_' | ' ' | '\t' => ' ',
            c => c.to_ascii_lowercase(),
        };
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    if out.len() > base && out.ends_with(' ') {
        out.pop();
    }
}

/// Regular English plural of a (last) word: minister → ministers, party → parties, church → churches.
pub fn regular_plural(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1] == b'y' && !b"aeiou".contains(&b[n - 2]) {
        format!("{}ies", &s[..n - 1])
    } else if s.ends_with('s')
        || s.ends_with('x')
        || s.ends_with('z')
        || s.ends_with("ch")
        || s.ends_with("sh")
    {
        format!("{s}es")
    } else {
        format!("{s}s")
    }
}

/// The key a name is indexed under: its plain tokens, folded, joined by single spaces — the same
/// shape [`crate::Lexicon::actors_in`] builds from a sentence's tokens.
pub fn name_key(name: &str) -> String {
    let toks = PlainTokenizer.tokenize(name);
    let mut out = String::with_capacity(name.len() + 4);
    for t in toks {
        let f = fold(&t.form);
        if f.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(t: &str) -> Vec<String> {
        PlainTokenizer
            .tokenize(t)
            .into_iter()
            .map(|t| t.form)
            .collect()
    }

    #[test]
    fn words_abbreviations_and_possessives() {
        assert_eq!(
            forms("Russia's U.S. envoy, Mr. Erdoğan."),
            ["Russia", "'s", "U.S.", "envoy", ",", "Mr.", "Erdoğan", "."]
        );
        assert_eq!(forms("UN Secretary-General"), ["UN", "Secretary-General"]);
        assert_eq!(
            forms("George W. Bush met him."),
            ["George", "W.", "Bush", "met", "him", "."]
        );
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Recep Tayyip  Erdoğan"), "recep tayyip erdogan");
        assert_eq!(fold("Secretary-General"), "secretary general");
        assert_eq!(fold("CÔTE_D’IVOIRE"), "cote d'ivoire");
        assert_eq!(regular_plural("party"), "parties");
        assert_eq!(regular_plural("minister"), "ministers");
    }
}
