//! Lemmatizer: exceptions learned from the treebank (form + XPOS → lemma), then suffix rewrite
//! rules learned per XPOS for unseen words ("-ies" → "-y" for NNS), then the form itself.
//!
//! An unseen verb form is also checked against the verbs the lemmatizer knows (the treebank's,
//! plus any a caller adds, such as an event dictionary's): when the rule's lemma is no known
//! verb but another regular reading of the form is ("blamed" → "blame", not "blam"; "raided" →
//! "raid", not "raide"), that reading wins. Suffix rules are learned from whatever verbs the
//! treebank happens to hold, so they split "-ed" and "-ing" by a few letters of context that
//! often do not decide it.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::hash::{mix, str_hash};
use crate::sentence::SmolStr;

mod spelling;

use spelling::{readings, silent_e, undouble};

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

/// The `exceptions` key tag under which known verb lemmas are stored (no XPOS is spelled so).
const VERB: &str = "=verb";
const NOUN: &str = "NN";
const ADJECTIVE: &str = "JJ";

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
        self.lemmatize_with(form, xpos, &mut String::new()).into()
    }

    /// [`Lemmatizer::lemmatize`] with `buf` as scratch space for the lower-cased form, so that
    /// a caller lemmatising word after word allocates only the lemmas.
    pub fn lemmatize_with(&self, form: &str, xpos: &str, buf: &mut String) -> SmolStr {
        let xh = str_hash(xpos);
        let form_hash = str_hash(form);
        if let Some(l) = self.table().exception(mix(xh, form_hash)) {
            return SmolStr::new(l);
        }
        buf.clear();
        buf.extend(form.chars().flat_map(|c| c.to_lowercase()));
        self.lemma_unlisted(&Prepared::new(form, form_hash, buf), xpos, xh)
    }

    /// The lemma of `form` for each XPOS of `xposes`, in turn: what [`Lemmatizer::lemmatize`]
    /// gives each, with the form's hashes and suffixes taken once.
    pub fn lemmatize_each<'x>(
        &self,
        form: &str,
        xposes: impl IntoIterator<Item = &'x str>,
        mut f: impl FnMut(&'x str, SmolStr),
    ) {
        let low = lower(form);
        let p = Prepared::new(form, str_hash(form), &low);
        for x in xposes {
            let xh = str_hash(x);
            let lemma = match self.table().exception(mix(xh, p.form_hash)) {
                Some(l) => SmolStr::new(l),
                None => self.lemma_unlisted(&p, x, xh),
            };
            f(x, lemma);
        }
    }

    fn table(&self) -> &Table {
        self.table
            .get_or_init(|| Table::new(&self.exceptions, &self.rules))
    }

    /// The lemma of a form the exceptions do not list as written, for the XPOS hashed `xh`.
    fn lemma_unlisted(&self, p: &Prepared<'_>, xpos: &str, xh: u64) -> SmolStr {
        let table = self.table();
        let (form, low) = (p.form, p.low);
        // A word already in lower case (most words) was looked up as written.
        if low != form {
            if let Some(l) = table.exception(mix(xh, str_hash(low))) {
                return SmolStr::new(l);
            }
        }
        // An irregular past the treebank never showed ("froze", "overran"); a form tagged as a
        // base or present only if it is no verb of its own ("lay", "found" are).
        let past = matches!(xpos, "VBD" | "VBN")
            || (matches!(xpos, "VB" | "VBP") && !self.knows_verb(low));
        if past {
            if let Some(b) = crate::irregular::base_of(low) {
                return SmolStr::new(b);
            }
        }
        for &suffix_hash in p.suffixes() {
            if let Some(r) = table.rule(mix(xh, suffix_hash)) {
                if let Some(out) = self
                    .rule_table
                    .get(r as usize)
                    .and_then(|r| apply(r, form, low))
                {
                    let out = undouble(xpos, out);
                    // A lemma no word of its class the treebank showed: another regular reading
                    // that is one wins, else what the form's spelling says.
                    if let Some(class) = vouching_class(xpos).filter(|c| !self.knows(c, &out)) {
                        if let Some(v) = readings(low, xpos)
                            .into_iter()
                            .find(|v| self.knows(class, v))
                        {
                            return v.into();
                        }
                        if let Some(v) = silent_e(low, xpos) {
                            return v.into();
                        }
                    }
                    return out.into();
                }
            }
        }
        SmolStr::new(form)
    }
}

/// A form ready to be lemmatised under one XPOS or several.
struct Prepared<'a> {
    form: &'a str,
    form_hash: u64,
    low: &'a str,
    /// Hashes of the suffixes of 4, 3, 2, 1 and 0 chars that `low` has, longest first; made on
    /// first use (most words are found before).
    suffixes: std::cell::OnceCell<([u64; 5], usize)>,
}

impl<'a> Prepared<'a> {
    fn new(form: &'a str, form_hash: u64, low: &'a str) -> Prepared<'a> {
        Prepared {
            form,
            form_hash,
            low,
            suffixes: std::cell::OnceCell::new(),
        }
    }

    fn suffixes(&self) -> &[u64] {
        let (hashes, n) = self.suffixes.get_or_init(|| {
            let mut out = ([0; 5], 0);
            for k in (0..=4).rev() {
                if let Some(i) = suffix_start(self.low, k) {
                    out.0[out.1] = str_hash(&self.low[i..]);
                    out.1 += 1;
                }
            }
            out
        });
        &hashes[..*n]
    }
}

impl Lemmatizer {
    /// Whether `lemma` is a verb this lemmatizer knows.
    /// Whether `form` can be the `xpos` form (VBZ, VBD, VBP, ...) of a known verb: inflected
    /// forms must read back to a different known lemma, base forms must be one ("junta" is
    /// neither).
    pub fn is_verb_form(&self, form: &str, xpos: &str) -> bool {
        let lemma = self.lemmatize(form, xpos);
        let base = lemma.eq_ignore_ascii_case(form);
        self.knows_verb(&lemma) && base == matches!(xpos, "VB" | "VBP")
    }

    pub fn knows_verb(&self, lemma: &str) -> bool {
        self.knows(VERB, lemma)
    }

    /// Whether `lemma` is known under the key tag `tag`: a verb ([`VERB`]), or a form the
    /// treebank showed as a singular common noun or a plain adjective.
    fn knows(&self, tag: &str, lemma: &str) -> bool {
        self.table().exception(key(tag, lemma)).is_some()
    }

    /// Makes `lemma` a known verb, so unseen forms of it are read back to it.
    pub fn add_verb(&mut self, lemma: &str) {
        let l = lower(lemma);
        self.exceptions.insert(key(VERB, &l), l);
        // The lookup table is rebuilt from the maps on the next use.
        self.table = OnceLock::new();
    }
}

/// The class whose known lemmas vouch for a regular reading of an inflected `xpos` form.
fn vouching_class(xpos: &str) -> Option<&'static str> {
    match xpos {
        "VBD" | "VBN" | "VBG" | "VBZ" => Some(VERB),
        "NNS" => Some(NOUN),
        "JJR" | "JJS" => Some(ADJECTIVE),
        _ => None,
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
    let mut verbs: Vec<&'a str> = Vec::new();
    for (form, xpos, lemma) in words {
        if lemma.is_empty() {
            continue;
        }
        if xpos.starts_with("VB") && !lemma.contains(char::is_whitespace) {
            verbs.push(lemma);
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
    verbs.sort_unstable();
    verbs.dedup();
    let mut lem = Lemmatizer::default();
    for l in verbs {
        lem.add_verb(l);
    }
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
    fn an_unseen_form_reads_back_to_a_known_verb_the_rule_misses() {
        // The rule learned here cuts "-ed": right for "visited", wrong for "united", and the
        // spelling of "united" does not say ("limited" is "limit").
        let words = [
            ("visited", "VBD", "visit"),
            ("limited", "VBD", "limit"),
            ("aimed", "VBD", "aim"),
            ("claimed", "VBD", "claim"),
            ("seemed", "VBD", "seem"),
        ];
        let mut lem = train(words.iter().copied());
        assert_eq!(lem.lemmatize("united", "VBD"), "unit");
        lem.add_verb("unite");
        assert_eq!(lem.lemmatize("united", "VBD"), "unite");
        assert_eq!(lem.lemmatize("United", "VBD"), "unite");
        // Where the spelling does say, no known verb is needed: an undoubled short syllable
        // had a silent "e".
        assert_eq!(lem.lemmatize("blamed", "VBD"), "blame");
        assert_eq!(
            lem.lemmatize("dreamed", "VBD"),
            "dream",
            "no known verb: the rule"
        );
        // "-es" is an ending only after a sibilant or "o": "departes" is no form of "depart".
        lem.add_verb("depart");
        assert_ne!(lem.lemmatize("departes", "VBZ"), "depart");
        // Irregular pasts come from the table, known verb or not.
        assert_eq!(lem.lemmatize("froze", "VBD"), "freeze");
        assert_eq!(lem.lemmatize("overran", "VBN"), "overrun");
    }

    #[test]
    fn an_unseen_plural_reads_back_to_a_singular_the_treebank_showed() {
        // The rules learned here cut "-s" and keep "-e": wrong for "crises" and "embargoes".
        let words = [
            ("houses", "NNS", "house"),
            ("cases", "NNS", "case"),
            ("toes", "NNS", "toe"),
            ("shoes", "NNS", "shoe"),
            ("crisis", "NN", "crisis"),
            ("embargo", "NN", "embargo"),
            ("thief", "NN", "thief"),
        ];
        let lem = train(words.iter().copied());
        assert_eq!(lem.lemmatize("crises", "NNS"), "crisis");
        assert_eq!(lem.lemmatize("embargoes", "NNS"), "embargo");
        assert_eq!(lem.lemmatize("thieves", "NNS"), "thief");
        // With no singular known, the rule stands.
        assert_eq!(lem.lemmatize("hoes", "NNS"), "hoe");
        assert_eq!(lem.lemmatize("bases", "NNS"), "base");
    }

    #[test]
    fn an_unseen_comparative_reads_back_to_its_adjective() {
        // The rule learned here cuts "-est": wrong for "freest" and "gravest".
        let words = [
            ("longest", "JJS", "long"),
            ("oldest", "JJS", "old"),
            ("free", "JJ", "free"),
        ];
        let lem = train(words.iter().copied());
        assert_eq!(lem.lemmatize("freest", "JJS"), "free", "a known adjective");
        assert_eq!(lem.lemmatize("gravest", "JJS"), "grave", "the spelling");
        assert_eq!(
            lem.lemmatize("cheapest", "JJS"),
            "cheap",
            "neither: the rule"
        );
    }

    proptest::proptest! {
        /// Any word, in any script, with any English ending and any tag, gets a lemma without
        /// a panic (cutting a suffix or a doubled letter inside a character would).
        #[test]
        fn any_word_gets_a_lemma(
            // Half the letters from a few whose UTF-8 ends in two equal bytes ("₂" is E2 82 82)
            // or that are two bytes long.
            stem in "(\\PC|[xé\\x{2082}]){1,6}",
            (ending, xpos) in proptest::sample::select(&[
                ("ed", "VBD"), ("ed", "VBN"), ("ied", "VBD"), ("ing", "VBG"), ("ying", "VBG"),
                ("s", "VBZ"), ("es", "VBZ"), ("", "VB"), ("s", "NNS"), ("es", "NNS"),
                ("ies", "NNS"), ("ves", "NNS"), ("ses", "NNS"), ("er", "JJR"), ("est", "JJS"),
                ("", "NN"), ("s", "NNP"), ("ly", "RB"),
            ][..]),
        ) {
            let form = format!("{stem}{ending}");
            // Two of each, so that every ending has a rule (one case makes none).
            let words = [
                ("visited", "VBD", "visit"),
                ("limited", "VBN", "limit"),
                ("aimed", "VBD", "aim"),
                ("claimed", "VBN", "claim"),
                ("walking", "VBG", "walk"),
                ("talking", "VBG", "talk"),
                ("walks", "VBZ", "walk"),
                ("talks", "VBZ", "talk"),
                ("houses", "NNS", "house"),
                ("cases", "NNS", "case"),
                ("longest", "JJS", "long"),
                ("oldest", "JJS", "old"),
                ("longer", "JJR", "long"),
                ("older", "JJR", "old"),
            ];
            let lem = train(words.iter().copied());
            let lemma = lem.lemmatize(&form, xpos);
            proptest::prop_assert!(!lemma.is_empty());
        }
    }

    #[test]
    fn lemmas_for_several_tags_at_once_are_those_for_each_alone() {
        let words = [
            ("aimed", "VBD", "aim"),
            ("Tanks", "NNS", "tank"),
            ("better", "JJR", "good"),
            ("running", "VBG", "run"),
            ("men", "NNS", "man"),
        ];
        let mut lem = train(words.iter().copied());
        lem.add_verb("blame");
        let tags = [
            "VBD", "VBN", "VBZ", "VBG", "VB", "NNS", "NN", "JJR", "NNP", "RB",
        ];
        for form in [
            "blamed", "Tanks", "better", "runnings", "Men", "froze", "é", "",
        ] {
            let mut each = Vec::new();
            lem.lemmatize_each(form, tags, |x, l| each.push((x, l.to_string())));
            let alone: Vec<(&str, String)> =
                tags.iter().map(|&x| (x, lem.lemmatize(form, x))).collect();
            assert_eq!(each, alone, "{form}");
        }
    }

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
