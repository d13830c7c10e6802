//! Feature templates of the parser, after Zhang & Nivre (2011) adapted to arc-hybrid: words and
//! tags of s0..s2 and b0..b2, their leftmost/rightmost children with labels, distance, valency
//! and label sets; in a model trained with a supertagger, the supertags of s0, s1, b0 and b1
//! (see [`crate::supertag`]) and the buffer front's preposition paired with s0 and s1; in a
//! model trained with word vectors, the word clusters of s0, s1, b0 and b1 (see
//! [`crate::clusters`]). Every feature is one `u64` hash written into a caller-owned buffer.
//!
//! Each template costs a memory miss per transition, so the set is kept lean: of an earlier 102,
//! the 37 whose removal at parse time did not lower UAS on GUM dev were dropped, and the model
//! retrained on the remaining 65 scores as well on EWT and GUM dev (see BENCHMARKS.md).
//!
//! Not every template changes at every transition. Arc-hybrid only ever attaches left children
//! to the buffer front and right children to the stack top's successor, so while a word is on the
//! stack its own left children, and everything about the words below it, stay as they were when
//! it was pushed: the [`STACK`] templates have one value per stack entry, however many times the
//! word comes back to the top. The [`BUFFER`] templates read only the next three words, so they
//! hold while the buffer front stays. The parser scores each group once and reuses the sum; only
//! the [`DYNAMIC`] templates are looked up at every transition.

use super::state::State;
use crate::hash::feat;

const NONE: u64 = 0x4e4f_4e45;

/// Number of feature templates [`extract`] writes.
pub const TEMPLATES: usize = 85;
/// Templates from this one to [`CLUSTERED`] came with the supertagger: three lexical ones for
/// the buffer front's preposition and seven that read supertags ([`Atoms::t`]). A parser
/// trained without a supertagger (model format 2) leaves them out; each group below lists
/// them after its plain ones, and its cluster ones last.
pub const PLAIN: usize = 65;
/// Templates from this one on read word clusters ([`Atoms::c`]), in a model that has them.
pub const CLUSTERED: usize = 75;

/// The templates a parser uses: the plain ones, then those of supertags and of clusters if it
/// was trained with them.
pub const fn template_set(supertags: bool, clusters: bool) -> u128 {
    let mut m = (1u128 << PLAIN) - 1;
    if supertags {
        m |= ((1u128 << CLUSTERED) - 1) & !((1u128 << PLAIN) - 1);
    }
    if clusters {
        m |= ((1u128 << TEMPLATES) - 1) & !((1u128 << CLUSTERED) - 1);
    }
    m
}

/// Per-word atoms: index 0 is the root.
pub struct Atoms<'a> {
    pub w: &'a [u64],
    pub p: &'a [u64],
    /// Last three letters of the lowercased form: a back-off for rare words.
    pub x: &'a [u64],
    /// Supertags: each word's predicted relation and head direction.
    pub t: &'a [u64],
    /// Word clusters ([`crate::clusters`]).
    pub c: &'a [u64],
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

/// Templates whose value is fixed while the stack top stays on the stack: its word, tag and left
/// children, the two words below it and their children, and the distance between the top two.
pub const STACK: [usize; 32] = [
    0, 1, 2, 12, 13, 14, 15, 16, 19, 21, 23, 27, 28, 31, 32, 33, 35, 36, 37, 41, 45, 47, 54, 55,
    57, 60, 62, 68, 69, 75, 79, 82,
];
/// Templates that read only the next three buffer words: fixed while the buffer front stays.
pub const BUFFER: [usize; 17] = [3, 4, 5, 6, 7, 8, 9, 11, 17, 18, 59, 70, 71, 72, 76, 77, 84];
/// The other templates: the stack top's right children, the buffer front's left children, and
/// the pairs across stack and buffer, which change at every transition.
pub const DYNAMIC: [usize; 36] = [
    10, 20, 22, 24, 25, 26, 29, 30, 34, 38, 39, 40, 42, 43, 44, 46, 48, 49, 50, 51, 52, 53, 56, 58,
    61, 63, 64, 65, 66, 67, 73, 74, 78, 80, 81, 83,
];

/// Writes the features of state `st` into `out`.
pub fn extract(st: &State, a: &Atoms, out: &mut Vec<u64>) {
    out.clear();
    let mut buf = [0u64; TEMPLATES];
    extract_all(st, a, &mut buf);
    out.extend_from_slice(&buf);
}

/// The set of templates `group` lists, one bit each.
pub const fn mask(group: &[usize]) -> u128 {
    let mut m = 0u128;
    let mut i = 0;
    while i < group.len() {
        m |= 1 << group[i];
        i += 1;
    }
    m
}

/// Every template.
pub const ALL: u128 = (1 << TEMPLATES) - 1;

/// The features of state `st`, template `t` at index `t`.
pub fn extract_all(st: &State, a: &Atoms, buf: &mut [u64; TEMPLATES]) {
    extract_some(st, a, buf, ALL);
}

/// The features of state `st` of the templates in `wanted` (see [`mask`]), template `t` at
/// index `t`; the others are left as they were. Hashing is most of the cost of a feature, and
/// the parser wants only the templates whose group's sum it has not kept.
#[inline]
pub fn extract_some(st: &State, a: &Atoms, buf: &mut [u64; TEMPLATES], wanted: u128) {
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
    // Written into a fixed array (each index is a constant once inlined): cheaper than growing a
    // vector feature by feature.
    let mut t = 0usize;
    let mut push = |atoms: &[u64]| {
        if wanted >> t & 1 == 1 {
            buf[t] = feat(t as u64, atoms);
        }
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
    // The buffer front's first left child (in UD, a noun's preposition) with each head it may
    // take: "cooperation with Paris" or "suspends … with Paris" turns on the words, and
    // Zhang & Nivre's templates, written for treebanks that head phrases by the preposition,
    // never pair it with a head word. Three lookups that the supertag model pays for.
    push(&[s0w, w(b0l1)]);
    push(&[s1w, w(b0l1)]);
    push(&[s1p, s0p, w(b0l1), b0p]);
    // Supertags.
    let tg = |v: Option<u32>| v.map(|i| a.t[i as usize]).unwrap_or(NONE);
    push(&[tg(s0)]);
    push(&[tg(s1), tg(s0)]);
    push(&[tg(b0)]);
    push(&[tg(b1)]);
    push(&[tg(b0), tg(b1)]);
    push(&[tg(s0), tg(b0)]);
    push(&[tg(s0), b0p, d0]);
    // Word clusters: the word templates' back-off for words the treebank rarely showed.
    let c = |v: Option<u32>| v.map(|i| a.c[i as usize]).unwrap_or(NONE);
    let (s0c, s1c, b0c, b1c) = (c(s0), c(s1), c(b0), c(b1));
    push(&[s0c]);
    push(&[b0c]);
    push(&[b1c]);
    push(&[s0c, b0c]);
    push(&[s1c, s0c]);
    push(&[s0c, b0p]);
    push(&[s0p, b0c]);
    push(&[s1c, s0p]);
    push(&[s0c, w(b0l1)]);
    push(&[b0c, b1c]);
    debug_assert_eq!(t, TEMPLATES);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::state::Move;
    use crate::train::Rng;
    use std::collections::HashMap;

    #[test]
    fn template_sets_add_the_supertag_and_cluster_templates_to_the_plain_ones() {
        let count = |m: u128| m.count_ones() as usize;
        assert_eq!(template_set(false, false), (1 << PLAIN) - 1);
        assert_eq!(count(template_set(true, false)), CLUSTERED);
        assert_eq!(
            count(template_set(false, true)),
            PLAIN + TEMPLATES - CLUSTERED
        );
        assert_eq!(template_set(true, true), ALL);
    }

    #[test]
    fn cluster_atoms_reach_the_cluster_templates_only() {
        let mut rng = Rng::new(3);
        let n = 9;
        let atoms: Vec<Vec<u64>> = (0..5)
            .map(|_| (0..=n).map(|_| rng.next_u64() % 9 + 1).collect())
            .collect();
        // Every word of another cluster.
        let others: Vec<u64> = atoms[4].iter().map(|c| c + 100).collect();
        let at = |c: &[u64]| {
            let a = Atoms {
                w: &atoms[0],
                p: &atoms[1],
                x: &atoms[2],
                t: &atoms[3],
                c,
            };
            let mut st = State::default();
            st.reset(n);
            st.apply(Move::Shift, 0);
            st.apply(Move::Shift, 0);
            let mut f = [0u64; TEMPLATES];
            extract_all(&st, &a, &mut f);
            f
        };
        let (one, other) = (at(&atoms[4]), at(&others));
        for t in 0..TEMPLATES {
            if t < CLUSTERED {
                assert_eq!(one[t], other[t], "template {t} reads clusters");
            } else {
                assert_ne!(one[t], other[t], "template {t} ignores clusters");
            }
        }
    }

    #[test]
    fn the_groups_partition_the_templates() {
        let mut all: Vec<usize> = STACK
            .iter()
            .chain(&BUFFER)
            .chain(&DYNAMIC)
            .copied()
            .collect();
        all.sort_unstable();
        assert_eq!(all, (0..TEMPLATES).collect::<Vec<_>>());
    }

    #[test]
    fn some_templates_hash_as_all_do_and_leave_the_others() {
        let mut rng = Rng::new(5);
        let n = 12;
        let atoms: Vec<Vec<u64>> = (0..5)
            .map(|_| (0..=n).map(|_| rng.next_u64() % 9 + 1).collect())
            .collect();
        let a = Atoms {
            w: &atoms[0],
            p: &atoms[1],
            x: &atoms[2],
            t: &atoms[3],
            c: &atoms[4],
        };
        let mut st = State::default();
        st.reset(n);
        while !st.is_terminal() {
            let mut all = [0u64; TEMPLATES];
            extract_all(&st, &a, &mut all);
            for group in [&STACK[..], &BUFFER[..], &DYNAMIC[..]] {
                let mut some = [7u64; TEMPLATES];
                extract_some(&st, &a, &mut some, mask(group));
                for t in 0..TEMPLATES {
                    let want = if group.contains(&t) { all[t] } else { 7 };
                    assert_eq!(some[t], want, "template {t}");
                }
            }
            let moves: Vec<Move> = [Move::Shift, Move::Left, Move::Right]
                .into_iter()
                .filter(|&m| st.can(m))
                .collect();
            st.apply(moves[(rng.next_u64() % moves.len() as u64) as usize], 1);
        }
    }

    #[test]
    fn stack_and_buffer_templates_hold_while_their_word_stays() {
        // Random sentences, random walks of valid moves with random labels: every time a word is
        // back on top of the stack, its STACK features must be the ones it had when it first got
        // there, and the BUFFER features of a buffer front the ones it had first.
        let mut rng = Rng::new(11);
        for n in 1..30usize {
            let atom = |rng: &mut Rng| rng.next_u64() % 7 + 1;
            let w: Vec<u64> = (0..=n).map(|_| atom(&mut rng)).collect();
            let p: Vec<u64> = (0..=n).map(|_| atom(&mut rng)).collect();
            let x: Vec<u64> = (0..=n).map(|_| atom(&mut rng)).collect();
            let tg: Vec<u64> = (0..=n).map(|_| atom(&mut rng)).collect();
            let c: Vec<u64> = (0..=n).map(|_| atom(&mut rng)).collect();
            let a = Atoms {
                w: &w,
                p: &p,
                x: &x,
                t: &tg,
                c: &c,
            };
            let mut st = State::default();
            st.reset(n);
            let mut first_top: HashMap<u32, Vec<u64>> = HashMap::new();
            let mut first_front: HashMap<usize, Vec<u64>> = HashMap::new();
            let mut f = [0u64; TEMPLATES];
            let mut checked = 0;
            while !st.is_terminal() {
                extract_all(&st, &a, &mut f);
                let pick = |group: &[usize]| group.iter().map(|&t| f[t]).collect::<Vec<_>>();
                if let Some(top) = st.s(0) {
                    let now = pick(&STACK);
                    let was = first_top.entry(top).or_insert_with(|| now.clone());
                    assert_eq!(*was, now, "n {n}: stack templates of word {top} changed");
                    checked += 1;
                }
                let now = pick(&BUFFER);
                let was = first_front.entry(st.b).or_insert_with(|| now.clone());
                assert_eq!(
                    *was, now,
                    "n {n}: buffer templates of front {} changed",
                    st.b
                );
                let moves: Vec<Move> = [Move::Shift, Move::Left, Move::Right]
                    .into_iter()
                    .filter(|&m| st.can(m))
                    .collect();
                let m = moves[(rng.next_u64() % moves.len() as u64) as usize];
                st.apply(m, (rng.next_u64() % 5) as u16);
            }
            assert!(checked >= n);
        }
    }
}
