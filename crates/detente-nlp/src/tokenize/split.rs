//! Sentence boundaries over the surface tokens of one paragraph.
//!
//! A sentence ends after terminal punctuation (". ! ? …" and runs of them), taking closing
//! quotes and brackets along. Web text often starts sentences in lower case, so a lower-case
//! next word only vetoes the boundary after an ellipsis or inside quotes ("a big \"Welcome!\" to"). Abbreviations such as "etc." and
//! "Inc." end a sentence when a capitalised word follows. A line break ends a sentence when the
//! line before is short and unpunctuated (headlines, datelines, list items) and the next line
//! starts with a capital or a digit. Letter openings and closings ("Dear Ms. Rice,", "Best
//! regards,") are sentences of their own. Very long sentences are cut at 2000 tokens so that one bad
//! paragraph cannot make the parser's input unbounded.

use super::abbrev;
use super::scan::Span;

const MAX_SENTENCE: usize = 2000;

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn is_terminal(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_closer(s: &str) -> bool {
    matches!(s, ")" | "]" | "}" | "\"" | "'" | "”" | "’" | "''" | "»")
}

fn has_newline(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b).map(|g| g.contains('\n')).unwrap_or(false)
}

/// Returns sentence ranges `[a, b)` of token indices.
pub fn split(text: &str, toks: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let tok = |k: usize| &text[toks[k].start..toks[k].end];
    let mut k = 0;
    while k < toks.len() {
        let s = tok(k);
        let mut end_here = false;
        let mut last = k;
        if is_terminal(s) || (s.ends_with('.') && abbrev::may_end_sentence(&s.to_lowercase())) {
            // Closing quotes/brackets attached to the punctuation belong to this sentence.
            while last + 1 < toks.len()
                && (is_closer(tok(last + 1)) || is_terminal(tok(last + 1)))
                && toks[last + 1].start == toks[last].end
            {
                last += 1;
            }
            let quoted = last > k;
            end_here = match toks.get(last + 1) {
                None => false,
                Some(n) => {
                    let nc = first_char(&text[n.start..n.end]);
                    let abbr = !is_terminal(s);
                    if matches!(nc, ',' | ';' | ':') {
                        // `way forward.," Pompeo wrote`: no sentence starts with a comma.
                        false
                    } else if n.start == toks[last].end && !nc.is_uppercase() {
                        // "the Nazis...70k still remain": a sentence that starts glued to
                        // the last one's punctuation starts with a capital, if at all.
                        false
                    } else if abbr {
                        nc.is_uppercase()
                    } else if s.ends_with("..") || s == "…" || quoted {
                        !nc.is_lowercase() || has_newline(text, toks[last].end, n.start)
                    } else {
                        true
                    }
                }
            };
        } else if k + 1 < toks.len() && super::scan::emoticon_end(s, 0, s.len()) == Some(s.len()) {
            // Emoticons close web sentences: ":-) Posted by ...".
            end_here = first_char(tok(k + 1)).is_uppercase();
        } else if s == "," && k + 1 < toks.len() && letter_frame(text, &toks[start..k]) {
            end_here = first_char(tok(k + 1)).is_uppercase();
        } else if k + 1 < toks.len() && has_newline(text, toks[k].end, toks[k + 1].start) {
            let n = tok(k + 1);
            let nc = first_char(n);
            let line_start = text[..toks[k].end].rfind('\n').map(|i| i + 1).unwrap_or(0);
            let line_len = text[line_start..toks[k].end].chars().count();
            let open = matches!(s, "," | ";" | ":" | "-" | "—" | "–" | "(" | "&");
            end_here = !open
                && line_len <= 70
                && (nc.is_uppercase() || nc.is_numeric() || !nc.is_alphanumeric());
        }
        if !end_here && last + 1 - start >= MAX_SENTENCE {
            end_here = true;
        }
        if end_here {
            out.push((start, last + 1));
            start = last + 1;
        }
        k = last + 1;
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    merge_punctuation_only(text, toks, out)
}

/// A sentence of punctuation only ("..." after "Congratulations!") joins the one before, or
/// at the paragraph's start the one after ("...Now comes the fun part").
fn merge_punctuation_only(
    text: &str,
    toks: &[Span],
    v: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    // Whether `out` holds just one sentence, and it punctuation only.
    let mut leading = false;
    for (a, b) in v {
        let punct = toks[a..b].iter().all(|t| {
            !text[t.start..t.end]
                .chars()
                .any(super::scan::is_alphanumeric)
        });
        match out.last_mut() {
            Some(last) if punct => last.1 = b,
            Some(last) if leading => {
                last.1 = b;
                leading = false;
            }
            Some(_) => out.push((a, b)),
            None => {
                out.push((a, b));
                leading = punct;
            }
        }
    }
    out
}

/// Letter openings and closings ("Dear Ms. Rice,", "Best regards,"): the comma after them ends
/// a sentence when a capitalised word follows.
fn letter_frame(text: &str, toks: &[Span]) -> bool {
    if toks.is_empty() || toks.len() > 4 {
        return false;
    }
    let words: Vec<String> = toks
        .iter()
        .map(|t| text[t.start..t.end].to_lowercase())
        .collect();
    let first = words[0].as_str();
    if matches!(first, "dear" | "hi" | "hello" | "hey") {
        return toks[1..]
            .iter()
            .all(|t| first_char(&text[t.start..t.end]).is_uppercase());
    }
    let phrase = words.join(" ");
    matches!(
        phrase.as_str(),
        "regards"
            | "best regards"
            | "kind regards"
            | "warm regards"
            | "kindest regards"
            | "thanks"
            | "thank you"
            | "thanks again"
            | "many thanks"
            | "sincerely"
            | "cheers"
            | "best"
            | "best wishes"
            | "yours"
            | "yours truly"
            | "yours sincerely"
            | "respectfully"
            | "love"
            | "take care"
    )
}
