//! Feature templates of the parser, after Zhang & Nivre (2011) adapted to arc-hybrid: words and
//! tags of s0..s2 and b0..b2, their leftmost/rightmost children with labels, distance, valency
//! and label sets. Every feature is one `u64` hash written into a caller-owned buffer.
//!
//! Each template costs a memory miss per transition, so the set is kept lean: of an earlier 102,
//! the 37 whose removal at parse time did not lower UAS on GUM dev were dropped, and the model
//! retrained on the remaining 65 scores as well on EWT and GUM dev (see BENCHMARKS.md).

use super::state::State;
use crate::hash::feat;

const NONE: u64 = 0x4e4f_4e45;

/// Number of feature templates [`extract`] writes.
pub const TEMPLATES: usize = 65;

/// Per-word atoms: index 0 is the root.
pub struct Atoms<'a> {
    pub w: &'a [u64],
    pub p: &'a [u64],
    /// Last three letters of the lowercased form: a back-off for rare words.
    pub x: &'a [u64],
}

fn dist(a: usize, b: usize) -> u64 {
    let d = a.abs_diff(b);
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// Writes the features of state `st` into `out`.
pub fn extract(st: &State, a: &Atoms, out: &mut Vec<u64>) {
    out.clear();
    let w = |x: Option<u32>| x.map(|i| a.w[i as usize]).unwrap_or(NONE);
    let p = |x: Option<u32>| x.map(|i| a.p[i as usize]).unwrap_or(NONE);
    let nz = |v: u32| (v != 0).then_some(v);
    let lab = |x: Option<u32>| x.map(|i| st.labels[i as usize] as u64 + 1).unwrap_or(NONE);

    let s0 = st.s(0);
    let s1 = st.s(1);
    let s2 = st.s(2);
    let b0 = Some(st.b0());
    let nb = |k: usize| {
        let i = st.b + k;
        if i <= st.n {
            Some(i as u32)
        } else if i == st.n + 1 {
            Some(0)
        } else {
            None
        }
    };
    let b1 = nb(1);
    let b2 = nb(2);
    let ch = |x: Option<u32>, v: &[u32]| x.and_then(|i| nz(v[i as usize]));
    let s0l1 = ch(s0, &st.lc1);
    let s0l2 = ch(s0, &st.lc2);
    let s0r1 = ch(s0, &st.rc1);
    let s0r2 = ch(s0, &st.rc2);
    let s1l1 = ch(s1, &st.lc1);
    let b0l1 = ch(b0, &st.lc1);
    let b0l2 = ch(b0, &st.lc2);

    let (s0w, s0p, s1w, s1p, b0w, b0p) = (w(s0), p(s0), w(s1), p(s1), w(b0), p(b0));
    let (b1w, b1p, b2p, s2p) = (w(b1), p(b1), p(b2), p(s2));

    // Unigrams.
    // Written into a fixed array (each index is a constant once inlined), then copied out in
    // one go: cheaper than growing a vector feature by feature.
    let mut buf = [0u64; TEMPLATES];
    let mut t = 0usize;
    let mut push = |atoms: &[u64]| {
        buf[t] = feat(t as u64, atoms);
        t += 1;
    };
    push(&[s0w]);
    push(&[s0p]);
    push(&[s0w, s0p]);
    push(&[b0w]);
    push(&[b0p]);
    push(&[b0w, b0p]);
    push(&[b1w]);
    push(&[b1p]);
    push(&[b1w, b1p]);
    push(&[b2p]);
    // Pairs s0-b0 and s1-s0 (the two arcs arc-hybrid can build).
    push(&[s0p, b0p]);
    push(&[b0p, b1p]);
    push(&[s1w, s1p, s0w, s0p]);
    push(&[s1w, s1p, s0w]);
    push(&[s1w, s0w, s0p]);
    push(&[s1w, s1p, s0p]);
    push(&[s1w, s0w]);
    push(&[b0w, b1w]);
    // Trigrams of tags.
    push(&[b0p, b1p, b2p]);
    push(&[s2p, s1p, s0p]);
    push(&[s0p, b0p, p(b0l1)]);
    push(&[s1p, s0p, p(s0l1)]);
    push(&[s1p, s0p, p(s0r1)]);
    push(&[s1p, p(s1l1), s0p]);
    push(&[s0w, b0p, b1p]);
    // Distance.
    let d0 = match s0 {
        Some(x) => dist(st.pos(x), st.pos(st.b0())),
        None => NONE,
    };
    let d1 = match (s1, s0) {
        (Some(x), Some(y)) => dist(st.pos(x), st.pos(y)),
        _ => NONE,
    };
    push(&[s0w, d0]);
    push(&[b0p, d0]);
    push(&[s1p, s0p, d1]);
    push(&[s1w, s0w, d1]);
    // Valency.
    let val = |x: Option<u32>, v: &[u16]| x.map(|i| v[i as usize].min(6) as u64).unwrap_or(NONE);
    let (s0vl, s0vr, s1vr, b0vl) = (
        val(s0, &st.nl),
        val(s0, &st.nr),
        val(s1, &st.nr),
        val(b0, &st.nl),
    );
    push(&[s0w, s0vr]);
    push(&[s0p, s0vr]);
    push(&[s0w, s0vl]);
    push(&[s0p, s0vl]);
    push(&[s1p, s1vr]);
    push(&[b0p, b0vl]);
    // Children.
    push(&[w(s0l1)]);
    push(&[p(s0l1)]);
    push(&[lab(s0l1)]);
    push(&[w(s0r1)]);
    push(&[p(s0r1)]);
    push(&[lab(s0r1)]);
    push(&[p(s1l1), lab(s1l1)]);
    push(&[w(b0l1)]);
    push(&[p(b0l1)]);
    push(&[lab(b0l1)]);
    push(&[p(s0l2), lab(s0l2)]);
    push(&[p(b0l2), lab(b0l2)]);
    push(&[s0p, p(s0l1), p(s0l2)]);
    push(&[s0p, p(s0r1), p(s0r2)]);
    push(&[b0p, p(b0l1), p(b0l2)]);
    push(&[s0p, lab(s0l1), lab(s0r1)]);
    push(&[s0w, lab(s0r1)]);
    // Label sets.
    let set = |x: Option<u32>, v: &[u64]| x.map(|i| v[i as usize]).unwrap_or(NONE);
    push(&[s0w, set(s0, &st.rl)]);
    push(&[s0p, set(s0, &st.rl)]);
    push(&[s0w, set(s0, &st.ll)]);
    push(&[s0p, set(s0, &st.ll)]);
    push(&[b0p, set(b0, &st.ll)]);
    push(&[s1p, set(s1, &st.rl)]);
    // Suffix back-off for rare words.
    let x = |v: Option<u32>| v.map(|i| a.x[i as usize]).unwrap_or(NONE);
    push(&[s0p, x(b0)]);
    push(&[x(b1), b0p]);
    push(&[x(s1), s0p]);
    // Wider context and head-child word pairs.
    push(&[s1p, s0p, b0p, b1p]);
    push(&[s0w, w(s0l1)]);
    push(&[s0w, w(s0r1)]);
    push(&[s0p, b0p, b1p, d0]);
    out.extend_from_slice(&buf[..t]);
}
