//! The name index: every actor name, alias, adjective, capital, metonym, demonym and agent noun,
//! folded, in one Aho-Corasick automaton run over a sentence's folded tokens joined by spaces.
//! Matches must start and end on token boundaries; at each start the longest wins. Full names of
//! two or more words are also indexed word by word for one-edit misspellings ("Vladamir Putin").

use crate::model::Actor;
use crate::model::Agent;
use crate::token::{name_key, regular_plural};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use std::collections::{HashMap, HashSet};

/// What a matched string stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hit {
    /// A full name or alias of an actor.
    Name(u32),
    /// A nationality adjective of a country.
    Adjective(u32),
    /// A capital: stands for the country.
    Capital(u32),
    /// Metonym `m` of actor `a`.
    Metonym(u32, u32),
    /// A demonym (singular or plural) of a country.
    People(u32),
    /// Noun `n` of agent `g`.
    Agent(u32, u32),
}

/// A match of one or more indexed strings on tokens `start..end`.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    pub start: usize,
    pub end: usize,
    /// The indexed string matched (its hits via [`NameIndex::hits`]).
    pub pid: u32,
    /// Found by one-edit tolerance, not exactly: only its full-name hits count.
    pub fuzzy: bool,
}

/// How a token is written, for names that match only some ways of writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Case {
    Lower,
    /// The first letter a capital ("Who", "Iran").
    Capitalised,
    /// Every letter a capital ("WHO", "U.S.").
    Upper,
}

impl Case {
    pub fn of(form: &str) -> Case {
        if !form.chars().next().is_some_and(char::is_uppercase) {
            Case::Lower
        } else if form.chars().any(char::is_lowercase) {
            Case::Capitalised
        } else {
            Case::Upper
        }
    }
}

/// A sentence's folded tokens joined by single spaces, with each token's byte range.
pub(crate) struct Joined<'a> {
    pub text: &'a str,
    pub ranges: &'a [(usize, usize)],
}

pub(crate) struct NameIndex {
    ac: Option<AhoCorasick>,
    hits: Vec<Vec<Hit>>,
    strings: Vec<String>,
    /// Number of words of each string.
    words: Vec<u8>,
    /// How the text a string matches must be written: as it likes, or, for acronyms (see
    /// `build`), capitalised; in capitals for acronyms of three letters or fewer, the ones that
    /// spell English words ("WHO" and "Who …?", "US" and "Us").
    case: Vec<Case>,
    /// Word → ids of multi-word full names containing it (for misspellings).
    by_word: HashMap<String, Vec<u32>>,
    /// Every word of the strings that are agent nouns.
    agent_words: HashSet<String>,
    /// The first words of the strings: a token no string's first word is starts no match.
    starts: FirstWords,
}

/// A set of words that may answer "yes" for a word not in it, but never "no" for one in it
/// (one bit per hash, 2^16 bits: a few thousand first words set about one bit in twenty). Most
/// tokens of a sentence start no name, and this rules them out for a hash, where the anchored
/// automaton search it saves was a twentieth of coding a sentence.
struct FirstWords {
    bits: Vec<u64>,
}

impl FirstWords {
    const BITS: u32 = 16;

    fn of<'a>(strings: impl Iterator<Item = &'a str>) -> FirstWords {
        let mut bits = vec![0u64; 1 << (Self::BITS - 6)];
        for s in strings {
            let h = Self::slot(s.as_bytes());
            bits[h >> 6] |= 1 << (h & 63);
        }
        FirstWords { bits }
    }

    /// Whether the first word of `text` may be a first word of the set.
    fn may_start(&self, text: &[u8]) -> bool {
        let h = Self::slot(text);
        self.bits[h >> 6] & (1 << (h & 63)) != 0
    }

    /// The bit of the first word of `text`: its first eight bytes and its length, multiplied
    /// once. The eight bytes are read in one load where the text has them (bytes written one
    /// by one and read as a word wait for the stores: a hash per byte cost as much as the
    /// search it saved).
    fn slot(text: &[u8]) -> usize {
        let len = text.iter().position(|&b| b == b' ').unwrap_or(text.len());
        let k = len.min(8);
        let head = if text.len() >= 8 {
            let mut a = [0u8; 8];
            a.copy_from_slice(&text[..8]);
            let x = u64::from_le_bytes(a);
            if k == 8 {
                x
            } else {
                x & ((1u64 << (8 * k)) - 1)
            }
        } else {
            text[..k]
                .iter()
                .rev()
                .fold(0u64, |x, &b| (x << 8) | u64::from(b))
        };
        let x = head ^ (len as u64).rotate_right(8);
        (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::BITS)) as usize
    }
}

impl NameIndex {
    pub fn build(actors: &[Actor], agents: &[Agent]) -> NameIndex {
        let mut map: HashMap<String, Vec<Hit>> = HashMap::new();
        // Keys that only ever come from short all-capital names of mixed-case entries
        // ("US", "UN", "WHO"): they match capitalised text only, so "told us" is no actor.
        let mut acronym: HashMap<String, bool> = HashMap::new();
        let mut add_as = |s: &str, h: Hit, is_acronym: bool| {
            let k = name_key(s);
            if k.is_empty() {
                return;
            }
            let a = acronym.entry(k.clone()).or_insert(true);
            *a &= is_acronym;
            let v = map.entry(k).or_default();
            if !v.contains(&h) {
                v.push(h);
            }
        };
        for (i, a) in actors.iter().enumerate() {
            let i = i as u32;
            let mixed = a
                .names
                .iter()
                .any(|n| n.text.chars().any(char::is_lowercase));
            for n in &a.names {
                let t = n.text.trim();
                let short_caps = mixed
                    && t.chars().count() <= 4
                    && t.chars().all(|c| c.is_uppercase() || c == '.');
                add_as(&n.text, Hit::Name(i), short_caps);
            }
        }
        let mut add = |s: &str, h: Hit| add_as(s, h, false);
        for (i, a) in actors.iter().enumerate() {
            let i = i as u32;
            for n in &a.adjectives {
                add(&n.text, Hit::Adjective(i));
            }
            for n in &a.capitals {
                add(&n.text, Hit::Capital(i));
            }
            for (m, n) in a.metonyms.iter().enumerate() {
                add(&n.name, Hit::Metonym(i, m as u32));
            }
            for p in &a.people {
                add(&p.singular, Hit::People(i));
                add(
                    p.plural.as_deref().unwrap_or(&regular_plural(&p.singular)),
                    Hit::People(i),
                );
            }
        }
        for (i, g) in agents.iter().enumerate() {
            let i = i as u32;
            for (j, n) in g.nouns.iter().enumerate() {
                add(&n.singular, Hit::Agent(i, j as u32));
                match &n.plural {
                    Some(p) if !p.is_empty() => add(p, Hit::Agent(i, j as u32)),
                    Some(_) => {}
                    None => add(&regular_plural(&n.singular), Hit::Agent(i, j as u32)),
                }
            }
        }
        let mut strings: Vec<String> = map.keys().cloned().collect();
        strings.sort();
        let hits: Vec<Vec<Hit>> = strings
            .iter()
            .map(|s| map.remove(s).unwrap_or_default())
            .collect();
        let mut by_word: HashMap<String, Vec<u32>> = HashMap::new();
        for (id, s) in strings.iter().enumerate() {
            let full_name = hits[id].iter().any(|h| matches!(h, Hit::Name(_)));
            if full_name && s.contains(' ') && s.len() >= 8 {
                for w in s.split(' ') {
                    if w.len() >= 3 {
                        by_word.entry(w.to_string()).or_default().push(id as u32);
                    }
                }
            }
        }
        let agent_words = strings
            .iter()
            .zip(&hits)
            .filter(|(_, h)| h.iter().any(|h| matches!(h, Hit::Agent(..))))
            .flat_map(|(s, _)| s.split(' ').map(str::to_string))
            .collect();
        let ac = if strings.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&strings)
                .ok()
        };
        let case = strings
            .iter()
            .map(|s| match acronym.get(s) {
                Some(true) if s.chars().filter(|c| c.is_alphabetic()).count() <= 3 => Case::Upper,
                Some(true) => Case::Capitalised,
                _ => Case::Lower,
            })
            .collect();
        let words = strings
            .iter()
            .map(|s| (s.bytes().filter(|&c| c == b' ').count() + 1).min(255) as u8)
            .collect();
        let starts = FirstWords::of(strings.iter().map(String::as_str));
        NameIndex {
            ac,
            hits,
            starts,
            strings,
            words,
            case,
            by_word,
            agent_words,
        }
    }

    /// Whether `word` (folded) is a word of an agent noun's string.
    pub fn agent_word(&self, word: &str) -> bool {
        self.agent_words.contains(word)
    }

    /// The hits of an indexed string.
    pub fn hits(&self, pid: u32) -> &[Hit] {
        &self.hits[pid as usize]
    }

    /// Exact matches over the joined tokens; `caps[i]` says how token i is written (for
    /// misspellings and acronyms).
    pub fn scan(&self, j: &Joined<'_>, caps: &[Case]) -> Vec<Unit> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let n = j.ranges.len();
        let tok_end = |b: usize| j.ranges.binary_search_by_key(&b, |r| r.1).ok();
        // From each token start, the longest name that ends on a token boundary (an anchored
        // search per token: most tokens end it after a byte or two).
        let mut units = Vec::new();
        let mut i = 0;
        while i < n {
            let start = j.ranges[i].0;
            // A name that starts here is the text from here to a token's end, so its first
            // word is this text's.
            if !self.starts.may_start(&j.text.as_bytes()[start..]) {
                i += 1;
                continue;
            }
            let mut limit = j.text.len();
            let mut found = None;
            while let Some(m) = ac.find(
                Input::new(j.text)
                    .range(start..limit)
                    .anchored(Anchored::Yes),
            ) {
                let pid = m.pattern().as_u32();
                if let Some(e) = tok_end(m.end()) {
                    let least = self.case[pid as usize];
                    if (i..=e).all(|t| caps[t] >= least) {
                        found = Some((e, pid));
                        break;
                    }
                }
                // Retry up to the last token boundary before this match's end.
                let k = j.ranges.partition_point(|r| r.1 < m.end());
                if k == 0 || k - 1 < i {
                    break;
                }
                limit = j.ranges[k - 1].1;
            }
            match found {
                Some((e, pid)) => {
                    units.push(Unit {
                        start: i,
                        end: e + 1,
                        pid,
                        fuzzy: false,
                    });
                    i = e + 1;
                }
                None => i += 1,
            }
        }
        if !self.by_word.is_empty() {
            self.fuzzy(j, caps, &mut units);
        }
        units
    }

    /// One-edit matches of multi-word full names over runs of capitalised tokens; a fuzzy match
    /// replaces the exact units it strictly contains.
    fn fuzzy(&self, j: &Joined<'_>, caps: &[Case], units: &mut Vec<Unit>) {
        let n = j.ranges.len();
        let tok = |i: usize| &j.text[j.ranges[i].0..j.ranges[i].1];
        let mut found: Vec<Unit> = Vec::new();
        let mut s = 0;
        while s < n {
            if caps[s] == Case::Lower {
                s += 1;
                continue;
            }
            let mut e = s;
            while e < n && caps[e] != Case::Lower {
                e += 1;
            }
            for a in s..e {
                for len in (2..=4).rev() {
                    let b = a + len;
                    // A misspelt name leaves at least one of its words unmatched.
                    let covered = |t: usize| units.iter().any(|u| u.start <= t && t < u.end);
                    if b > e || (a..b).all(covered) {
                        continue;
                    }
                    let span = &j.text[j.ranges[a].0..j.ranges[b - 1].1];
                    let words = span.bytes().filter(|&c| c == b' ').count() + 1;
                    let hit = (a..b)
                        .filter_map(|t| self.by_word.get(tok(t)))
                        .flatten()
                        .copied()
                        .find(|&id| {
                            self.words[id as usize] as usize == words
                                && within_one_edit(&self.strings[id as usize], span)
                        });
                    if let Some(pid) = hit {
                        found.push(Unit {
                            start: a,
                            end: b,
                            pid,
                            fuzzy: true,
                        });
                        break;
                    }
                }
            }
            s = e;
        }
        for f in found {
            if found_overlaps_partially(units, &f)
                || units.iter().any(|u| u.start <= f.start && u.end >= f.end)
            {
                continue;
            }
            units.retain(|u| !(f.start <= u.start && u.end <= f.end));
            let pos = units
                .iter()
                .position(|u| u.start > f.start)
                .unwrap_or(units.len());
            units.insert(pos, f);
        }
    }
}

fn found_overlaps_partially(units: &[Unit], f: &Unit) -> bool {
    units
        .iter()
        .any(|u| u.start < f.end && f.start < u.end && !(f.start <= u.start && u.end <= f.end))
}

/// Levenshtein distance ≤ 1 (bytes; names are folded to ASCII).
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if p == la && p == lb {
        return true;
    }
    let sa = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    // Middle parts left after common prefix and suffix must be at most one char each.
    let ma = la.saturating_sub(p + sa.min(la - p));
    let mb = lb.saturating_sub(p + sa.min(lb - p));
    ma <= 1 && mb <= 1
}

#[cfg(test)]
mod tests {
    use super::{within_one_edit, FirstWords};

    /// The filter may let a word through that starts no string, never stop one that does:
    /// whatever follows it in the sentence, and whatever its length.
    #[test]
    fn first_words_never_rule_out_a_first_word() {
        let strings = [
            "us",
            "iran",
            "al qaeda",
            "international atomic energy agency",
            "hezbollah",
            "u.s.",
            "x",
            "revolutionary guards",
        ];
        let set = FirstWords::of(strings.iter().copied());
        for s in strings {
            for text in [
                s.to_string(),
                format!("{s} said on monday"),
                format!("{s} x"),
            ] {
                assert!(set.may_start(text.as_bytes()), "{text:?}");
            }
        }
        // And it does rule words out: of these common words, most are no first word here.
        let words = [
            "the",
            "said",
            "monday",
            "government",
            "talks",
            "on",
            "a",
            "minister",
        ];
        let through = words
            .iter()
            .filter(|w| set.may_start(format!("{w} and more").as_bytes()))
            .count();
        assert!(through <= 1, "{through} of {} let through", words.len());
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("vladimir putin", "vladamir putin"));
        assert!(within_one_edit("angela merkel", "angela merkell"));
        assert!(within_one_edit("angela merkel", "angla merkel"));
        assert!(within_one_edit("abc", "abc"));
        assert!(!within_one_edit("vladimir putin", "vladamir puton"));
        assert!(!within_one_edit("abcd", "ab"));
    }
}
