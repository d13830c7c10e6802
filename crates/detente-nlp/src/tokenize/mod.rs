//! Tokenizer and sentence splitter (first cut: whitespace and punctuation).

/// One syntactic word: its own bytes and the bytes of the surface token it belongs to (they
/// differ for the parts of a multiword token such as "don't" → "do" + "n't").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawWord {
    pub start: usize,
    pub end: usize,
    pub token_start: usize,
    pub token_end: usize,
}

/// A sentence before tagging.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawSentence {
    pub start: usize,
    pub end: usize,
    pub words: Vec<RawWord>,
}

/// Splits `text` into sentences of words.
pub fn sentences(text: &str) -> Vec<RawSentence> {
    let mut out = Vec::new();
    let mut cur = RawSentence::default();
    let mut i = 0;
    let b = text.as_bytes();
    while i < b.len() {
        let Some(c) = text[i..].chars().next() else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            while let Some(c) = text[i..].chars().next() {
                if !c.is_alphanumeric() {
                    break;
                }
                i += c.len_utf8();
            }
        } else {
            i += c.len_utf8();
        }
        if cur.words.is_empty() {
            cur.start = start;
        }
        cur.end = i;
        cur.words.push(RawWord { start, end: i, token_start: start, token_end: i });
        if matches!(c, '.' | '!' | '?') {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}
