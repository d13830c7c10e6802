//! The tagger's feature templates: those of the word alone (kept per form, see
//! `word_scores`), those of its neighbours and the previous tags, those of word clusters, and
//! the second pass's, which also read the first pass's tags to the right.

use super::{END, START};
use crate::features::WordInfo;
use crate::hash::feat;

/// Number of templates [`own_features`] writes without clusters.
const OWN_PLAIN: usize = 15;
/// Most templates [`own_features`] writes: four more read the word's clusters.
const OWN: usize = OWN_PLAIN + 4;

/// The features of [`own_features`]: the first `n` of `f`.
pub(crate) struct Own {
    f: [u64; OWN],
    n: usize,
}

impl Own {
    pub(crate) fn as_slice(&self) -> &[u64] {
        &self.f[..self.n]
    }
}

/// The templates that read only word `w` itself (its form, its ambiguity class `am` and its
/// clusters): they score the same wherever the word occurs, so the tagger keeps their sum per
/// word form.
pub(super) fn own_features(w: &WordInfo, am: u64) -> Own {
    let mut f = [0u64; OWN];
    f[..OWN_PLAIN].copy_from_slice(&plain_own_features(w, am));
    let mut n = OWN_PLAIN;
    if let Some(c) = w.clu {
        f[OWN_PLAIN..].copy_from_slice(&[
            feat(60, &[c[0]]),
            feat(61, &[c[1]]),
            feat(62, &[c[2]]),
            feat(66, &[c[1], w.suf[1]]),
        ]);
        n = OWN;
    }
    Own { f, n }
}

fn plain_own_features(w: &WordInfo, am: u64) -> [u64; OWN_PLAIN] {
    [
        feat(0, &[]),
        feat(1, &[w.lower]),
        feat(2, &[w.form]),
        feat(3, &[w.suf[0]]),
        feat(4, &[w.suf[1]]),
        feat(5, &[w.suf[2]]),
        feat(6, &[w.suf[3]]),
        feat(7, &[w.pre[0]]),
        feat(8, &[w.pre[1]]),
        feat(9, &[w.pre[2]]),
        feat(10, &[w.shape]),
        feat(11, &[w.flags]),
        feat(27, &[w.shape, w.suf[2]]),
        feat(30, &[am]),
        feat(37, &[am, w.suf[2]]),
    ]
}

/// Fills `out` with the feature hashes of word `i` given the two previous predicted classes.
pub fn features(info: &[WordInfo], amb: &[u64], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    let am0 = amb.get(i).copied().unwrap_or(END);
    out.clear();
    out.extend_from_slice(&plain_own_features(&info[i], am0));
    context_features(info, amb, i, p1, p2, out);
    cluster_features(info, i, p1, true, out);
}

/// Appends to `out` the templates of word `i` that read its neighbours or the previous classes.
pub(super) fn context_features(
    info: &[WordInfo],
    amb: &[u64],
    i: usize,
    p1: u64,
    p2: u64,
    out: &mut Vec<u64>,
) {
    let am = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 {
            START
        } else {
            amb.get(j as usize).copied().unwrap_or(END)
        }
    };
    let w = &info[i];
    let at = |k: isize| -> Option<&WordInfo> {
        let j = i as isize + k;
        if j < 0 {
            None
        } else {
            info.get(j as usize)
        }
    };
    let pad = |k: isize| if k < 0 { START } else { END };
    let lw = |k: isize| at(k).map(|x| x.lower).unwrap_or(pad(k));
    let suf3 = |k: isize| at(k).map(|x| x.suf[2]).unwrap_or(pad(k));
    let shape = |k: isize| at(k).map(|x| x.shape).unwrap_or(pad(k));
    // Written into a fixed array and copied out once: cheaper than a push per template.
    let f = [
        feat(12, &[p1]),
        feat(13, &[p1, p2]),
        feat(14, &[p1, w.lower]),
        feat(15, &[lw(-1)]),
        feat(16, &[suf3(-1)]),
        feat(17, &[lw(-2)]),
        feat(18, &[lw(1)]),
        feat(19, &[suf3(1)]),
        feat(20, &[lw(2)]),
        feat(21, &[lw(-1), w.lower]),
        feat(22, &[w.lower, lw(1)]),
        feat(23, &[shape(-1), w.shape, shape(1)]),
        feat(24, &[p1, w.suf[2]]),
        feat(25, &[w.suf[1], suf3(1)]),
        feat(26, &[p1, lw(1)]),
        feat(28, &[lw(-1), w.lower, lw(1)]),
        feat(29, &[suf3(2)]),
        feat(31, &[am(1)]),
        feat(32, &[am(2)]),
        feat(33, &[am(-1)]),
        feat(34, &[p1, am(0)]),
        feat(35, &[am(0), am(1)]),
        feat(36, &[p1, am(0), am(1)]),
    ];
    out.extend_from_slice(&f);
}

/// Appends the templates that read word clusters, in a model that has them: the word's own at
/// each level, its neighbours' at the middle one, and the middle one with the previous tag and
/// with the word's suffix. Without `own`, only those that read more than the word (the
/// others are in [`own_features`]).
pub(super) fn cluster_features(
    info: &[WordInfo],
    i: usize,
    p1: u64,
    own_too: bool,
    out: &mut Vec<u64>,
) {
    let w = &info[i];
    let Some(own) = w.clu else { return };
    let c = |k: isize, l: usize| -> u64 {
        let j = i as isize + k;
        if j < 0 {
            START
        } else {
            info.get(j as usize)
                .and_then(|x| x.clu)
                .map(|x| x[l])
                .unwrap_or(END)
        }
    };
    // In this order for training (a model's float sums depend on it); parsing keeps the
    // word's own ones in its per-form sums.
    if own_too {
        out.extend_from_slice(&[
            feat(60, &[own[0]]),
            feat(61, &[own[1]]),
            feat(62, &[own[2]]),
            feat(63, &[c(-1, 1)]),
            feat(64, &[c(1, 1)]),
            feat(65, &[p1, own[1]]),
            feat(66, &[own[1], w.suf[1]]),
            feat(67, &[c(-1, 0), own[1], c(1, 0)]),
        ]);
    } else {
        out.extend_from_slice(&[
            feat(63, &[c(-1, 1)]),
            feat(64, &[c(1, 1)]),
            feat(65, &[p1, own[1]]),
            feat(67, &[c(-1, 0), own[1], c(1, 0)]),
        ]);
    }
}

/// Second-pass features: the first-pass features plus the first pass's tags of the next words.
#[allow(clippy::too_many_arguments)]
pub fn features2(
    info: &[WordInfo],
    amb: &[u64],
    i: usize,
    p1: u64,
    p2: u64,
    first: &[u16],
    out: &mut Vec<u64>,
) {
    features(info, amb, i, p1, p2, out);
    second_features(info, i, p1, first, out);
}

/// Appends to `out` the templates of the second pass that read the first pass's classes.
pub(super) fn second_features(
    info: &[WordInfo],
    i: usize,
    p1: u64,
    first: &[u16],
    out: &mut Vec<u64>,
) {
    let n = |k: usize| first.get(i + k).map(|c| *c as u64).unwrap_or(END);
    let (n1, n2) = (n(1), n(2));
    let w = &info[i];
    let own = first.get(i).map(|c| *c as u64).unwrap_or(END);
    out.extend_from_slice(&[
        feat(50, &[n1]),
        feat(51, &[n1, n2]),
        feat(52, &[p1, n1]),
        feat(53, &[n1, w.lower]),
        feat(54, &[n1, w.suf[2]]),
        feat(55, &[own]),
        feat(56, &[p1, own, n1]),
    ]);
}
