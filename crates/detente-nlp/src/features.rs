//! Word-level atoms shared by the tagger's and the parser's feature templates: hashes of the
//! lowercased form, affixes, and a compressed word shape, computed once per word.

use crate::clusters::Clusters;
use crate::hash::{fnv_step, str_hash, FNV_START};

/// Precomputed hashes of one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    pub form: u64,
    pub lower: u64,
    pub suf: [u64; 4],
    pub pre: [u64; 3],
    pub shape: u64,
    pub flags: u64,
    /// Word-cluster atoms, coarse to fine, for a model with clusters (see
    /// [`crate::clusters`]); set by [`WordInfo::clustered`].
    pub clu: Option<[u64; crate::clusters::LEVELS]>,
}

/// Placeholder atom for positions outside the sentence.
pub const NONE: u64 = 0x6e6f_6e65;

impl WordInfo {
    /// Computes the atoms of `form`; `buf` is scratch space reused across words.
    pub fn new(form: &str, buf: &mut String) -> WordInfo {
        if form.is_ascii() {
            WordInfo::ascii(form, buf)
        } else {
            WordInfo::general(form, buf)
        }
    }

    /// [`WordInfo::new`] with the word's clusters from `table`, if the model has one.
    pub fn clustered(form: &str, buf: &mut String, table: &Clusters) -> WordInfo {
        let mut w = WordInfo::new(form, buf);
        if !table.is_empty() {
            w.clu = Some(table.atoms(w.lower));
        }
        w
    }

    fn general(form: &str, buf: &mut String) -> WordInfo {
        buf.clear();
        for c in form.chars() {
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(c.to_lowercase());
            }
        }
        let lower = buf.as_str();
        let mut suf = [NONE; 4];
        let mut pre = [NONE; 3];
        // Byte offsets of the last 4 char boundaries and the first 3.
        let mut ends = [0usize; 4];
        let mut n = 0;
        for (i, _) in lower.char_indices().rev().take(4) {
            ends[n] = i;
            n += 1;
        }
        for (k, e) in ends.iter().enumerate().take(n) {
            suf[k] = str_hash(&lower[*e..]) ^ (k as u64 + 1);
        }
        let mut starts = lower.char_indices().skip(1).map(|(i, _)| i);
        for (k, p) in pre.iter_mut().enumerate() {
            let e = starts.next().unwrap_or(lower.len());
            *p = str_hash(&lower[..e]) ^ ((k as u64 + 1) << 8);
            if e == lower.len() {
                break;
            }
        }
        WordInfo {
            form: str_hash(form),
            lower: str_hash(lower),
            suf,
            pre,
            shape: shape_hash(form),
            flags: flags(form),
            clu: None,
        }
    }
}

impl WordInfo {
    /// [`WordInfo::new`] for an ASCII word (nearly every word of English news), where every
    /// byte is a char: the lower-cased form is copied once, and its hash and those of its
    /// prefixes come from one FNV pass. Gives exactly the atoms of the general path.
    fn ascii(form: &str, buf: &mut String) -> WordInfo {
        buf.clear();
        buf.push_str(form);
        buf.make_ascii_lowercase();
        let lower = buf.as_bytes();
        let mut pre = [NONE; 3];
        let mut h = FNV_START;
        for (i, &b) in lower.iter().enumerate() {
            h = fnv_step(h, b);
            if let Some(p) = pre.get_mut(i) {
                *p = h ^ ((i as u64 + 1) << 8);
            }
        }
        if lower.is_empty() {
            pre[0] = FNV_START ^ (1 << 8);
        }
        let mut suf = [NONE; 4];
        for (k, s) in suf.iter_mut().enumerate().take(lower.len()) {
            *s = lower[lower.len() - 1 - k..]
                .iter()
                .fold(FNV_START, |h, &b| fnv_step(h, b))
                ^ (k as u64 + 1);
        }
        WordInfo {
            form: str_hash(form),
            lower: h,
            suf,
            pre,
            shape: shape_hash(form),
            flags: flags(form),
            clu: None,
        }
    }
}

/// "Xxxx", "dd.d", "x-x": runs of the same class collapse after two repeats.
/// What the shape and flag features ask of a character: whether it is upper case, lower
/// case, numeric, alphabetic (the Unicode properties of `char`).
#[derive(Clone, Copy, Default)]
struct Props {
    upper: bool,
    lower: bool,
    numeric: bool,
    alphabetic: bool,
}

/// The [`Props`] of `c`. ASCII and the General Punctuation block (curly quotes, dashes,
/// ellipses: frequent in news, and none of the four) are answered without the Unicode tables,
/// whose lookups cost hundreds of instructions a character.
#[inline]
fn props(c: char) -> Props {
    if c.is_ascii() {
        let (upper, lower) = (c.is_ascii_uppercase(), c.is_ascii_lowercase());
        return Props {
            upper,
            lower,
            numeric: c.is_ascii_digit(),
            alphabetic: upper || lower,
        };
    }
    if GENERAL_PUNCTUATION.contains(&c) {
        return Props::default();
    }
    Props {
        upper: c.is_uppercase(),
        lower: c.is_lowercase(),
        numeric: c.is_numeric(),
        alphabetic: c.is_alphabetic(),
    }
}

pub(crate) const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

fn shape_hash(form: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut last = '\0';
    let mut run = 0;
    for (n, c) in form.chars().enumerate() {
        if n >= 24 {
            break;
        }
        let p = props(c);
        let k = if p.upper {
            'X'
        } else if p.lower {
            'x'
        } else if p.numeric {
            'd'
        } else if p.alphabetic {
            'a'
        } else {
            c
        };
        if k == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
            last = k;
        }
        h ^= k as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn flags(form: &str) -> u64 {
    let mut f = 0u64;
    let mut upper = 0;
    let mut alpha = 0;
    for (i, c) in form.chars().enumerate() {
        let p = props(c);
        if c == '-' {
            f |= 1;
        }
        if p.numeric {
            f |= 2;
        }
        if p.upper {
            upper += 1;
            if i == 0 {
                f |= 4;
            }
        }
        if p.alphabetic {
            alpha += 1;
        }
        if c == '.' {
            f |= 8;
        }
        if c == '@' || c == '/' {
            f |= 16;
        }
    }
    if alpha > 0 && upper == alpha {
        f |= 32;
    }
    if alpha == 0 {
        f |= 64;
    }
    f
}

#[cfg(test)]
mod tests {
    use super::{props, WordInfo, GENERAL_PUNCTUATION};

    #[test]
    fn fast_character_properties_are_unicode_ones() {
        let all = (0..0x80u32)
            .filter_map(char::from_u32)
            .chain(GENERAL_PUNCTUATION);
        for c in all.chain(['é', 'Ж', 'ǅ', 'Ⅻ', 'ⅸ', '٣', '中', '’']) {
            let p = props(c);
            assert_eq!(
                (p.upper, p.lower, p.numeric, p.alphabetic),
                (
                    c.is_uppercase(),
                    c.is_lowercase(),
                    c.is_numeric(),
                    c.is_alphabetic()
                ),
                "{c:?}"
            );
        }
    }

    #[test]
    fn ascii_atoms_are_the_general_ones() {
        let mut buf = String::new();
        for w in [
            "", "a", "Ab", "abc", "ABCD", "Moscow", "U.S.", "don't", "3.5", "e-mail", "#tag", ",",
        ] {
            let fast = WordInfo::ascii(w, &mut buf);
            assert_eq!(fast, WordInfo::general(w, &mut buf), "{w:?}");
        }
    }
}
