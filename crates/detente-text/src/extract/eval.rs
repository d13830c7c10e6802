//! Scoring extracted text against ground truth, as the public extraction benchmarks do.
//!
//! Tokens are runs of Unicode word characters (`\w+`, case kept), as in
//! article-extraction-benchmark's `evaluate.py`; shingles are word 4-grams counted as a multiset
//! (a text of fewer than four tokens is one shingle). Two aggregates are reported:
//! - `upstream`: per page TP/FP/FN normalised to sum 1, precision = mean over pages with output,
//!   recall = mean over pages with ground truth, F1 = harmonic mean of the two (the published
//!   figures use this);
//! - `micro`: raw shingle counts summed over all pages, then P/R/F1.

use std::collections::HashMap;

/// The word tokens of `text` (`\w+`: letters, digits, marks, connector punctuation).
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric() || c == '_' || is_mark(c);
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn is_mark(c: char) -> bool {
    // Combining marks count as word characters in Python's `\w`.
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x097F if !c.is_alphanumeric())
}

fn shingles(text: &str) -> HashMap<Vec<&str>, u32> {
    let t = tokens(text);
    let mut m = HashMap::new();
    if t.is_empty() {
        return m;
    }
    if t.len() < 4 {
        *m.entry(t).or_insert(0) += 1;
        return m;
    }
    for w in t.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// Shingle true positives, false positives and false negatives of one page.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// Compares `pred` with `truth` on one page.
pub fn compare(truth: &str, pred: &str) -> Counts {
    let t = shingles(truth);
    let p = shingles(pred);
    let mut c = Counts::default();
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        c.tp += f64::from(tc.min(pc));
        c.fn_ += f64::from(tc.saturating_sub(pc));
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        c.fp += f64::from(pc.saturating_sub(tc));
    }
    c
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn prec(c: &Counts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else if c.tp == 0.0 && c.fp == 0.0 {
        0.0
    } else {
        c.tp / (c.tp + c.fp)
    }
}

fn rec(c: &Counts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else if c.tp == 0.0 && c.fn_ == 0.0 {
        0.0
    } else {
        c.tp / (c.tp + c.fn_)
    }
}

/// The `evaluate.py` aggregate: per-page normalised counts, mean precision and recall.
pub fn upstream(pages: &[Counts]) -> Prf {
    let (mut ps, mut np, mut rs, mut nr) = (0.0, 0usize, 0.0, 0usize);
    for c in pages {
        let s = c.tp + c.fp + c.fn_;
        let n = if s > 0.0 {
            Counts {
                tp: c.tp / s,
                fp: c.fp / s,
                fn_: c.fn_ / s,
            }
        } else {
            *c
        };
        if n.tp + n.fp > 0.0 {
            ps += prec(&n);
            np += 1;
        }
        if n.tp + n.fn_ > 0.0 {
            rs += rec(&n);
            nr += 1;
        }
    }
    let p = if np > 0 { ps / np as f64 } else { 0.0 };
    let r = if nr > 0 { rs / nr as f64 } else { 0.0 };
    Prf {
        precision: p,
        recall: r,
        f1: f1(p, r),
    }
}

/// Raw counts summed over pages.
pub fn micro(pages: &[Counts]) -> Prf {
    let mut t = Counts::default();
    for c in pages {
        t.tp += c.tp;
        t.fp += c.fp;
        t.fn_ += c.fn_;
    }
    let p = if t.tp + t.fp > 0.0 {
        t.tp / (t.tp + t.fp)
    } else {
        0.0
    };
    let r = if t.tp + t.fn_ > 0.0 {
        t.tp / (t.tp + t.fn_)
    } else {
        0.0
    };
    Prf {
        precision: p,
        recall: r,
        f1: f1(p, r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_word_runs() {
        assert_eq!(
            tokens("It's a dog-eat-dog world, 2019!"),
            ["It", "s", "a", "dog", "eat", "dog", "world", "2019"]
        );
    }

    #[test]
    fn shingle_counts() {
        let c = compare("a b c d e", "a b c d x");
        assert_eq!((c.tp, c.fp, c.fn_), (1.0, 1.0, 1.0));
        let c = compare("a b c d", "");
        assert_eq!((c.tp, c.fp, c.fn_), (0.0, 0.0, 1.0));
        let m = upstream(&[compare("a b c d e", "a b c d e"), compare("a b c d", "")]);
        assert!((m.precision - 1.0).abs() < 1e-9 && (m.recall - 0.5).abs() < 1e-9);
    }
}
