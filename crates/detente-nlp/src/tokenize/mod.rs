//! Tokenizer and sentence splitter for news and web text.
//!
//! Text is first cut into paragraphs at blank lines (sentences never cross one); [`scan`] finds
//! surface tokens with their byte spans, [`clitics`] splits contractions into the words UD
//! English uses ("don't" → "do" + "n't", "Russia's" → "Russia" + "'s"), and [`split`] groups
//! tokens into sentences. Every offset is a byte offset into the input, on a char boundary.

pub mod abbrev;
pub mod clitics;
pub mod scan;
pub mod split;

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

/// Byte ranges of paragraphs: text between blank lines (a line with only whitespace counts).
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut line_start = 0;
    let mut last_content_end = 0;
    // Line ends found bytewise ('\n' is never part of another char's bytes).
    let ends = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    for i in ends {
        let line = &text[line_start..i];
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push((s, last_content_end));
            }
        } else {
            if start.is_none() {
                start = Some(line_start);
            }
            last_content_end = i;
        }
        line_start = i + 1;
    }
    if let Some(s) = start {
        out.push((s, last_content_end));
    }
    out
}

/// Splits `text` into sentences of words.
pub fn sentences(text: &str) -> Vec<RawSentence> {
    let mut out = Vec::new();
    let mut toks = Vec::new();
    for (ps, pe) in paragraphs(text) {
        toks.clear();
        scan::scan(text, ps, pe, &mut toks);
        for (a, b) in split::split(text, &toks) {
            let mut s = RawSentence {
                start: toks[a].start,
                end: toks[b - 1].end,
                words: Vec::with_capacity(b - a),
            };
            for t in &toks[a..b] {
                clitics::words(text, *t, &mut s.words);
            }
            out.push(s);
        }
    }
    out
}

/// Surface tokens only (no sentence split), e.g. for tests.
pub fn tokens(text: &str) -> Vec<scan::Span> {
    let mut toks = Vec::new();
    for (ps, pe) in paragraphs(text) {
        scan::scan(text, ps, pe, &mut toks);
    }
    toks
}
