//! Fingerprints of documents: the idempotency key of a document as read, the exact hash of its
//! extracted text, and a SimHash over word shingles that finds syndicated near-copies.
//!
//! SimHash (Charikar 2002) maps a text to 64 bits such that similar shingle sets give hashes a
//! few bits apart. Copies of one wire story differ by a byline, a dateline, a trailing sentence;
//! over 3-word shingles of a few hundred words that moves a handful of bits. Candidates are
//! found through four 16-bit bands: two hashes within [`NEAR_BITS`] bits agree exactly on at
//! least one band (pigeonhole), so a lookup is four index probes, not a scan.

use std::hash::Hasher;

use siphasher::sip::SipHasher13;
use siphasher::sip128::{Hasher128, SipHasher13 as SipHasher13x128};

/// Two texts whose SimHashes differ in at most this many bits are copies of one article.
pub const NEAR_BITS: u32 = 3;

/// Texts with fewer words than this are compared by exact hash only: SimHash of a handful of
/// shingles is too coarse to call two short notes copies of each other.
pub const MIN_WORDS: usize = 40;

/// Bands of the SimHash used as index keys (4 × 16 bits).
pub const BANDS: u32 = 4;

const SHINGLE: usize = 3;

// Fixed keys: fingerprints are stored, so they must not change between runs or builds.
const K0: u64 = 0x6465_7465_6e74_6531;
const K1: u64 = 0x7374_6f72_652d_6b31;

/// A 128-bit stable hash of byte parts, with separators so that ("ab","c") ≠ ("a","bc").
pub fn hash128(parts: &[&[u8]]) -> [u8; 16] {
    let mut h = SipHasher13x128::new_with_keys(K0, K1);
    for p in parts {
        h.write_u64(p.len() as u64);
        h.write(p);
    }
    h.finish128().as_bytes()
}

fn hash64(s: &str) -> u64 {
    let mut h = SipHasher13::new_with_keys(K0, K1);
    h.write(s.as_bytes());
    h.finish()
}

/// Lower-cased alphanumeric words of `text`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The exact-content hash of an extracted text, insensitive to case, punctuation and spacing.
pub fn text_hash(text: &str) -> [u8; 16] {
    let joined = words(text).join(" ");
    hash128(&[joined.as_bytes()])
}

/// The SimHash of `text` and its number of words.
pub fn simhash(text: &str) -> (u64, usize) {
    let ws = words(text);
    let mut votes = [0i32; 64];
    let mut add = |h: u64| {
        for (bit, v) in votes.iter_mut().enumerate() {
            if h >> bit & 1 == 1 {
                *v += 1;
            } else {
                *v -= 1;
            }
        }
    };
    if ws.len() < SHINGLE {
        for w in &ws {
            add(hash64(w));
        }
    } else {
        let mut buf = String::new();
        for win in ws.windows(SHINGLE) {
            buf.clear();
            for (i, w) in win.iter().enumerate() {
                if i > 0 {
                    buf.push(' ');
                }
                buf.push_str(w);
            }
            add(hash64(&buf));
        }
    }
    let mut out = 0u64;
    for (bit, v) in votes.iter().enumerate() {
        if *v > 0 {
            out |= 1 << bit;
        }
    }
    (out, ws.len())
}

/// What the store compares articles by: the exact hash and the SimHash of title and body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub text_hash: [u8; 16],
    pub simhash: u64,
    pub words: usize,
}

impl Fingerprint {
    /// The fingerprint of an article: its title (if any) and body together.
    pub fn of(title: Option<&str>, text: &str) -> Fingerprint {
        let full = match title {
            Some(t) => format!("{t}\n\n{text}"),
            None => text.to_string(),
        };
        let (simhash, words) = simhash(&full);
        Fingerprint {
            text_hash: text_hash(&full),
            simhash,
            words,
        }
    }
}

/// The 16-bit value of band `b` (0..4).
pub fn band(h: u64, b: u32) -> i64 {
    (h >> (16 * b) & 0xffff) as i64
}

/// Whether two SimHashes are near enough to call the texts copies.
pub fn near(a: u64, b: u64) -> bool {
    (a ^ b).count_ones() <= NEAR_BITS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> String {
        let mut s = String::new();
        for i in 0..12 {
            s.push_str(&format!(
                "Officials from both governments met on day {i} to discuss the ceasefire terms, \
                 the exchange of prisoners and the reopening of border crossings. "
            ));
        }
        s
    }

    #[test]
    fn copies_with_a_new_byline_are_near_and_other_texts_are_not() {
        let a = story();
        let b = format!("By Staff Writer, Wire Service. {a}");
        let c = "The central bank raised interest rates again on Thursday, citing inflation \
                 that has stayed above target for a year while wages lagged behind prices, and \
                 economists expect two more increases before the end of the year as the housing \
                 market cools and unemployment edges up across the manufacturing regions."
            .repeat(2);
        let (ha, na) = simhash(&a);
        let (hb, _) = simhash(&b);
        let (hc, _) = simhash(&c);
        assert!(na >= MIN_WORDS);
        assert!(near(ha, hb), "distance {}", (ha ^ hb).count_ones());
        assert!(!near(ha, hc), "distance {}", (ha ^ hc).count_ones());
    }

    #[test]
    fn text_hash_ignores_spacing_and_case_but_not_words() {
        assert_eq!(text_hash("Hello,  World!"), text_hash("hello world"));
        assert_ne!(text_hash("hello world"), text_hash("hello there world"));
    }

    #[test]
    fn hash128_separates_parts() {
        assert_ne!(hash128(&[b"ab", b"c"]), hash128(&[b"a", b"bc"]));
    }

    #[test]
    fn near_hashes_share_a_band() {
        let a = 0x1234_5678_9abc_def0u64;
        let b = a ^ (1 << 3) ^ (1 << 40) ^ (1 << 63);
        assert!(near(a, b));
        assert!((0..BANDS).any(|k| band(a, k) == band(b, k)));
    }
}
