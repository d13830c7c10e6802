//! Where each extracted paragraph sits in the page as read.
//!
//! HTML paragraphs are decoded and whitespace-collapsed, so they rarely occur verbatim in the
//! source. A paragraph's span runs from the first occurrence (after the previous paragraph) of
//! one of its first words to the end of one of its last words found after that: it covers the
//! paragraph's source region, markup inside it included. Words that cannot be found as written
//! (entity-encoded) are skipped; a paragraph none of whose edge words is found gets the empty
//! span at the current position.

use memchr::memmem;

/// Byte spans of `paras` in `src`, in order, searching from `from`.
pub fn locate(src: &str, paras: &[String], from: usize) -> Vec<(usize, usize)> {
    let mut pos = from.min(src.len());
    let mut out = Vec::with_capacity(paras.len());
    for p in paras {
        let words: Vec<&str> = p.split_whitespace().collect();
        let hay = &src.as_bytes()[pos..];
        // Start at the first place where one of the first words is followed closely by the
        // next two (with markup allowed between), at a word boundary.
        let start =
            (0..words.len().min(4)).find_map(|k| find_seq(hay, &words[k..]).map(|i| pos + i));
        let Some(start) = start else {
            out.push((pos, pos));
            continue;
        };
        // The source of a paragraph is at least about as long as its collapsed text, so the
        // last word is looked for from near the paragraph's expected end, first occurrence.
        let end = words
            .iter()
            .rev()
            .take(4)
            .find_map(|w| {
                let from = (start + (p.len().saturating_sub(w.len()) * 9 / 10)).min(src.len());
                memmem::find(&src.as_bytes()[from..], w.as_bytes()).map(|i| from + i + w.len())
            })
            .unwrap_or(start + words.first().map_or(0, |w| w.len()));
        let end = end.max(start).min(src.len());
        out.push((start, end));
        pos = end;
    }
    out
}

/// First occurrence in `hay` of `words[0]` at a word boundary followed, each within a short
/// window, by `words[1]` and `words[2]`.
fn find_seq(hay: &[u8], words: &[&str]) -> Option<usize> {
    let first = words.first()?.as_bytes();
    const WINDOW: usize = 400;
    for (tries, i) in memmem::find_iter(hay, first).enumerate() {
        if tries > 20_000 {
            return None;
        }
        if i > 0 && hay[i - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut at = i + first.len();
        let mut ok = true;
        for w in words.iter().skip(1).take(2) {
            let end = (at + WINDOW + w.len()).min(hay.len());
            match memmem::find(&hay[at..end], w.as_bytes()) {
                Some(j) => at += j + w.len(),
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return Some(i);
        }
    }
    None
}

/// The byte offset where the page's `<body` starts (0 when there is none): paragraph search
/// starts there so that JSON-LD copies of the text in `<head>` are not matched.
pub fn body_start(src: &str) -> usize {
    let b = src.as_bytes();
    let finder = memmem::Finder::new(b"<body");
    finder
        .find(b)
        .or_else(|| memmem::find(b, b"<BODY"))
        .unwrap_or(0)
}
