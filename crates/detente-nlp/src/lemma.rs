//! Lemmatizer: exceptions learned from the treebank (form + XPOS → lemma), then suffix rewrite
//! rules learned per XPOS for unseen words ("-ies" → "-y" for NNS), then the form itself.

use std::sync::OnceLock;

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
    /// `exceptions` and `rules` laid out for lookup, built from them on the first
    /// [`Lemmatizer::lemmatize`] (so the maps are filled before any word is lemmatised).
    table: OnceLock<Table>,
}

/// The lemmatizer's maps re-laid for lookup. A map's bucket holds a key and a pointer to the
/// lemma's own heap block, so one lookup in these tables of tens of thousands of entries —
/// evicted from the caches by the scoring between one word and the next — misses up to three
/// times (control bytes, bucket, lemma text): a third of the lemmatizer's time. Here a probe
/// reads one 32-byte slot, lemma included (open addressing, linear probing, half full).
#[derive(Debug, Clone)]
struct Table {
    bits: u32,
    exceptions: Vec<ExceptionSlot>,
    /// Lemmas too long for a slot.
    long: Vec<String>,
    rules: Vec<RuleSlot>,
}

const EMPTY: u8 = 0;
const INLINE: u8 = 1;
const LONG: u8 = 2;
const INLINE_LEN: usize = 22;

#[derive(Debug, Clone, Copy)]
#[repr(C, align(32))]
struct ExceptionSlot {
    key: u64,
    tag: u8,
    /// INLINE: the lemma is `text[..len]`; LONG: `text[..4]` is its index in `Table::long`.
    len: u8,
    text: [u8; INLINE_LEN],
}

#[derive(Debug, Clone, Copy, Default)]
struct RuleSlot {
    key: u64,
    used: bool,
    rule: u32,
}

const EMPTY_SLOT: ExceptionSlot = ExceptionSlot {
    key: 0,
    tag: EMPTY,
    len: 0,
    text: [0; INLINE_LEN],
};

impl Table {
    fn new(exceptions: &FxHashMap<u64, String>, rules: &FxHashMap<u64, u32>) -> Table {
        let n = exceptions.len().max(rules.len());
        let bits = (2 * n).max(2).next_power_of_two().trailing_zeros();
        let mut t = Table {
            bits,
            exceptions: vec![EMPTY_SLOT; 1 << bits],
            long: Vec::new(),
            rules: vec![RuleSlot::default(); 1 << bits],
        };
        for (&key, lemma) in exceptions {
            let mut slot = ExceptionSlot { key, ..EMPTY_SLOT };
            if lemma.len() <= INLINE_LEN {
                slot.tag = INLINE;
                slot.len = lemma.len() as u8;
                slot.text[..lemma.len()].copy_from_slice(lemma.as_bytes());
            } else {
                slot.tag = LONG;
                slot.text[..4].copy_from_slice(&(t.long.len() as u32).to_le_bytes());
                t.long.push(lemma.clone());
            }
            let mut i = t.home(key);
            while t.exceptions[i].tag != EMPTY {
                i = (i + 1) & (t.exceptions.len() - 1);
            }
            t.exceptions[i] = slot;
        }
        for (&key, &rule) in rules {
            let mut i = t.home(key);
            while t.rules[i].used {
                i = (i + 1) & (t.rules.len() - 1);
            }
            t.rules[i] = RuleSlot {
                key,
                used: true,
                rule,
            };
        }
        t
    }

    /// First slot to probe for `key` (keys are hashes already; this spreads their high bits).
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - self.bits)) as usize
    }

    fn exception(&self, key: u64) -> Option<&str> {
        let mut i = self.home(key);
        loop {
            let s = &self.exceptions[i];
            match s.tag {
                EMPTY => return None,
                _ if s.key != key => i = (i + 1) & (self.exceptions.len() - 1),
                INLINE => return std::str::from_utf8(&s.text[..s.len as usize]).ok(),
                _ => {
                    let mut k = [0u8; 4];
                    k.copy_from_slice(&s.text[..4]);
                    return self
                        .long
                        .get(u32::from_le_bytes(k) as usize)
                        .map(String::as_str);
                }
            }
        }
    }

    fn rule(&self, key: u64) -> Option<u32> {
        let mut i = self.home(key);
        loop {
            let s = &self.rules[i];
            if !s.used {
                return None;
            }
            if s.key == key {
                return Some(s.rule);
            }
            i = (i + 1) & (self.rules.len() - 1);
        }
    }
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
        let table = self
            .table
            .get_or_init(|| Table::new(&self.exceptions, &self.rules));
        let xh = str_hash(xpos);
        if let Some(l) = table.exception(mix(xh, str_hash(form))) {
            return l.to_string();
        }
        buf.clear();
        buf.extend(form.chars().flat_map(|c| c.to_lowercase()));
        let low = buf.as_str();
        // A word already in lower case (most words) was looked up just above.
        if low != form {
            if let Some(l) = table.exception(mix(xh, str_hash(low))) {
                return l.to_string();
            }
        }
        for k in (0..=4).rev() {
            let Some(i) = suffix_start(low, k) else {
                continue;
            };
            if let Some(r) = table.rule(mix(xh, str_hash(&low[i..]))) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_finds_what_the_maps_hold() {
        let words = [
            ("ran", "VBD", "run"),
            ("ran", "VBD", "run"),
            ("Cities", "NNS", "city"),
            ("cities", "NNS", "city"),
            ("parties", "NNS", "party"),
            ("The", "DT", "the"),
            ("internationalisations", "NNS", "internationalisation"),
            (
                "Counterrevolutionaries",
                "NNPS",
                "Counterrevolutionaries-of-the-world",
            ),
        ];
        let mut lem = train(words.iter().copied());
        lem.exceptions.insert(key("XX", "gone"), String::new());
        let t = Table::new(&lem.exceptions, &lem.rules);
        for (k, l) in &lem.exceptions {
            assert_eq!(t.exception(*k), Some(l.as_str()));
        }
        for (k, r) in &lem.rules {
            assert_eq!(t.rule(*k), Some(*r));
        }
        for k in [0, 1, key("VBD", "run"), key("NN", "ran")] {
            assert_eq!(t.exception(k), lem.exceptions.get(&k).map(String::as_str));
            assert_eq!(t.rule(k), lem.rules.get(&k).copied());
        }
        assert_eq!(lem.lemmatize("Ran", "VBD"), "run");
        assert_eq!(
            lem.lemmatize("Counterrevolutionaries", "NNPS"),
            "Counterrevolutionaries-of-the-world"
        );
        assert_eq!(lem.lemmatize("gone", "XX"), "");
        assert_eq!(lem.lemmatize("ladies", "NNS"), "lady");
        let empty = Lemmatizer::default();
        assert_eq!(empty.lemmatize("Walks", "VBZ"), "Walks");
    }
}
