//! Lemmatizer: exceptions learned from the treebank (form + XPOS → lemma), then suffix rewrite
//! rules learned per XPOS for unseen words ("-ies" → "-y" for NNS), then the form itself.

use rustc_hash::FxHashMap;

use crate::hash::{mix, str_hash};

/// Rewrite: take the form (lowercased or not), drop `cut` chars from its end, append `add`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Rule {
    pub lower: bool,
    pub cut: u8,
    pub add: String,
}

#[derive(Debug, Default, Clone)]
pub struct Lemmatizer {
    /// hash(xpos, form) → lemma.
    pub exceptions: FxHashMap<u64, String>,
    /// hash(xpos, suffix) → rule id.
    pub rules: FxHashMap<u64, u32>,
    pub rule_table: Vec<Rule>,
}

/// Longest suffix (in chars) that selects a rewrite rule.
const MAX_SUFFIX: usize = 6;

fn key(xpos: &str, s: &str) -> u64 {
    mix(str_hash(xpos), str_hash(s))
}

fn lower(s: &str) -> String {
    s.chars().flat_map(|c| c.to_lowercase()).collect()
}

/// Byte offset where the last `k` chars of `s` start (None if `s` has fewer chars).
fn suffix_start(s: &str, k: usize) -> Option<usize> {
    if k == 0 {
        return Some(s.len());
    }
    s.char_indices().rev().nth(k - 1).map(|(i, _)| i)
}

impl Lemmatizer {
    pub fn lemmatize(&self, form: &str, xpos: &str) -> String {
        self.lemmatize_with(form, xpos, &mut String::new())
    }

    /// [`Lemmatizer::lemmatize`] with `buf` as scratch space for the lower-cased form, so that
    /// a caller lemmatising word after word allocates only the lemmas.
    pub fn lemmatize_with(&self, form: &str, xpos: &str, buf: &mut String) -> String {
        let xh = str_hash(xpos);
        if let Some(l) = self.exceptions.get(&mix(xh, str_hash(form))) {
            return l.clone();
        }
        buf.clear();
        buf.extend(form.chars().flat_map(|c| c.to_lowercase()));
        let low = buf.as_str();
        // A word already in lower case (most words) was looked up just above.
        if low != form {
            if let Some(l) = self.exceptions.get(&mix(xh, str_hash(low))) {
                return l.clone();
            }
        }
        for k in (0..=4).rev() {
            let Some(i) = suffix_start(low, k) else {
                continue;
            };
            if let Some(&r) = self.rules.get(&mix(xh, str_hash(&low[i..]))) {
                if let Some(out) = self
                    .rule_table
                    .get(r as usize)
                    .and_then(|r| apply(r, form, low))
                {
                    return out;
                }
            }
        }
        form.to_string()
    }
}

fn apply(r: &Rule, form: &str, low: &str) -> Option<String> {
    let base = if r.lower { low } else { form };
    let cut = suffix_start(base, r.cut as usize)?;
    let mut s = base[..cut].to_string();
    s.push_str(&r.add);
    if s.is_empty() {
        return None;
    }
    Some(s)
}

fn rule_for(form: &str, lemma: &str) -> Rule {
    let derive = |base: &str, lower: bool| {
        let common = base
            .chars()
            .zip(lemma.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let cut = base.chars().count() - common;
        let add: String = lemma.chars().skip(common).collect();
        (
            common,
            Rule {
                lower,
                cut: cut.min(255) as u8,
                add,
            },
        )
    };
    let (c1, r1) = derive(form, false);
    let (c2, r2) = derive(&lower(form), true);
    if c2 > c1 {
        r2
    } else {
        r1
    }
}

/// Learns a lemmatizer from (form, xpos, lemma) triples.
pub fn train<'a>(words: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Lemmatizer {
    let mut exc: FxHashMap<u64, FxHashMap<&'a str, u32>> = FxHashMap::default();
    let mut rule_counts: FxHashMap<u64, FxHashMap<Rule, u32>> = FxHashMap::default();
    for (form, xpos, lemma) in words {
        if lemma.is_empty() {
            continue;
        }
        *exc.entry(key(xpos, form))
            .or_default()
            .entry(lemma)
            .or_default() += 1;
        let rule = rule_for(form, lemma);
        let low = lower(form);
        for k in 0..=MAX_SUFFIX {
            // A rule is learned only for suffixes that contain everything it rewrites, so
            // "best" → "good" never turns "closest" into "clogood".
            if k < rule.cut as usize && k < MAX_SUFFIX {
                continue;
            }
            if let Some(i) = suffix_start(&low, k) {
                *rule_counts
                    .entry(key(xpos, &low[i..]))
                    .or_default()
                    .entry(rule.clone())
                    .or_default() += 1;
            }
        }
    }
    let mut lem = Lemmatizer::default();
    let mut ids: FxHashMap<Rule, u32> = FxHashMap::default();
    let mut keys: Vec<_> = rule_counts.into_iter().collect();
    keys.sort_unstable_by_key(|(k, _)| *k);
    for (k, m) in keys {
        let total: u32 = m.values().sum();
        let Some((r, _)) = m
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.add.cmp(&a.0.add)))
        else {
            continue;
        };
        if total < 2 {
            continue;
        }
        let next = ids.len() as u32;
        let id = *ids.entry(r.clone()).or_insert_with(|| {
            lem.rule_table.push(r);
            next
        });
        lem.rules.insert(k, id);
    }
    // Every seen (form, XPOS) keeps its most frequent lemma.
    let mut exc: Vec<_> = exc.into_iter().collect();
    exc.sort_unstable_by_key(|(k, _)| *k);
    for (k, m) in exc {
        if let Some((l, _)) = m
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        {
            lem.exceptions.insert(k, l.to_string());
        }
    }
    lem
}
