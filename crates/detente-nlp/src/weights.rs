//! Frozen perceptron weights laid out for fast scoring.
//!
//! A parser transition looks up ~65 features in a table of half a million, so scoring speed is
//! set by memory misses as much as by arithmetic. The layout keeps the tables small enough to
//! live mostly in the last-level cache, and every lookup to lines that can be fetched ahead of
//! time:
//!
//! - an index of 8-byte entries (35 bits of the feature hash, 29 bits saying where its row is)
//!   under linear probing at load factor 1/2, eight to a line, so a probe sequence nearly always
//!   stays in the line it started in;
//! - short rows (up to 19 classes, ~97% of the parser's features and nearly all of the tagger's;
//!   most have 2–5) packed end to end as 4-byte `(class, weight)` pairs. The entry holds the
//!   row's start and length, so a row costs one or two lines and no padding: a fixed line per
//!   row made the tables three to four times larger than the caches;
//! - longer rows, dense over all classes (padded to whole vector steps). They are few but the
//!   frequent features, over half of all rows a text finds; their entries number them in the
//!   dense array directly.
//!
//! [`Weights::score`] works on a whole feature vector in passes: prefetch the index lines;
//! probe them and prefetch the rows found; add the rows. The misses of one pass overlap instead
//! of queueing one after another. Weights are `i16` with one scale per table, the precision the
//! model file stores them in, and are summed exactly in `i32` steps of that scale.

/// Longest row kept as packed pairs; longer rows are dense.
const INLINE: usize = 19;
/// Bits of an index entry that locate the row; the rest hold the feature's tag.
const ROW_BITS: u32 = 29;
const ROW_MASK: u64 = (1 << ROW_BITS) - 1;
/// Bit of an entry that marks a dense row: the bits below number it in `Weights::dense`.
const DENSE_BIT: u32 = 1 << (ROW_BITS - 1);
/// A packed row's length sits above its start.
const LEN_SHIFT: u32 = 23;
const START_MASK: u32 = (1 << LEN_SHIFT) - 1;
/// Most pairs the packed rows of a table can hold, and most dense rows.
const MAX_PAIRS: usize = 1 << LEN_SHIFT;
const MAX_DENSE: usize = DENSE_BIT as usize;
/// Dense rows are padded with zeros to a multiple of this many classes, so that adding one is
/// whole vector steps with no scalar tail.
const LANES: usize = 8;
/// Most classes scored in a fixed-size accumulator (every class id below it indexes the
/// accumulator without a bounds check).
const WIDE: usize = 256;
/// The accumulator for the class sets of an English treebank's tagger and parser (~105).
const NARROW: usize = 128;

/// An index entry: `tag << 29 | location`; 0 marks an empty entry.
type Entry = u64;

/// The 35 high bits of a feature hash, never zero, compared on lookup. The home position comes
/// from the low bits, so the two are independent.
#[inline]
fn tag(key: u64) -> u64 {
    let t = key >> ROW_BITS;
    if t == 0 {
        1
    } else {
        t
    }
}

#[inline]
fn home(key: u64, cap: usize) -> usize {
    (((key & ROW_MASK) * cap as u64) >> ROW_BITS) as usize
}

/// A `(class, weight)` pair of a packed row: the class in the high half.
#[inline]
fn pair(class: u16, value: i16) -> u32 {
    (class as u32) << 16 | value as u16 as u32
}

#[inline]
fn unpair(p: u32) -> (usize, i32) {
    ((p >> 16) as usize, p as u16 as i16 as i32)
}

/// Frozen weights: feature hash → row of `(class, weight)`.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    pub n_classes: usize,
    /// Length of a dense row: `n_classes` rounded up to [`LANES`].
    stride: usize,
    index: Vec<Entry>,
    /// The short rows, end to end.
    pairs: Vec<u32>,
    /// The full feature hash of every row, for serialisation (not read while scoring).
    keys: Vec<u64>,
    dense: Vec<i16>,
    n_features: usize,
    /// Value of one `i16` step.
    scale: f32,
}

#[inline]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint; it never faults, even for an invalid address.
    unsafe {
        core::arch::x86_64::_mm_prefetch(p as *const i8, core::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

impl Weights {
    /// The location bits of `key`'s entry, if the feature is known.
    #[inline]
    fn find(&self, key: u64) -> Option<u32> {
        let cap = self.index.len();
        if cap == 0 {
            return None;
        }
        self.find_from(home(key, cap), key)
    }

    /// [`Weights::find`] from `key`'s home entry `i`.
    #[inline(always)]
    fn find_from(&self, mut i: usize, key: u64) -> Option<u32> {
        let cap = self.index.len();
        let t = tag(key);
        loop {
            let e = *self.index.get(i)?;
            if e >> ROW_BITS == t {
                return Some((e & ROW_MASK) as u32);
            }
            if e == 0 {
                return None;
            }
            i += 1;
            if i == cap {
                i = 0;
            }
        }
    }

    /// The packed pairs of a short row's location bits.
    #[inline(always)]
    fn packed(&self, r: u32) -> &[u32] {
        let start = (r & START_MASK) as usize;
        let len = (r >> LEN_SHIFT) as usize;
        self.pairs.get(start..start + len).unwrap_or(&[])
    }

    /// Value of one integer step of [`Weights::score`]: the real score of a class is its
    /// integer sum times this. One positive scale per table, so comparing sums compares scores.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Adds the rows of `features` into `scores` (length `n_classes`, zeroed by the caller), in
    /// integer steps of [`Weights::scale`]. Integer sums are exact, so they do not depend on the
    /// order rows are added in, and `i16` → `i32` adds vectorise without a float conversion.
    ///
    /// More than half the rows a treebank model finds are dense (the frequent features have a
    /// weight for most classes), so adding them is a good part of the work: on CPUs with AVX2
    /// the same code is compiled a second time to add 16 weights per instruction instead of 4.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2, as checked just above.
            unsafe { self.score_avx2(features, scores) };
            return;
        }
        self.score_with(features, scores)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn score_avx2(&self, features: &[u64], scores: &mut [i32]) {
        self.score_with(features, scores)
    }

    #[inline(always)]
    fn score_with(&self, features: &[u64], scores: &mut [i32]) {
        // Zeroing the accumulator is a cost of its own at every call: size it to the classes.
        if self.stride <= NARROW {
            self.score_into::<NARROW>(features, scores);
        } else if self.stride <= WIDE {
            self.score_into::<WIDE>(features, scores);
        } else {
            self.add_rows(features, scores);
        }
    }

    /// Sums the rows in a fixed-size accumulator of `N` classes (no bounds checks in the adds).
    #[inline(always)]
    fn score_into<const N: usize>(&self, features: &[u64], scores: &mut [i32]) {
        let mut acc = [0i32; N];
        self.add_rows(features, &mut acc);
        for (x, a) in scores.iter_mut().zip(&acc[..self.n_classes]) {
            *x += a;
        }
    }

    /// Adds the rows of `features` into `acc` (classes past its end are skipped).
    #[inline(always)]
    fn add_rows(&self, features: &[u64], acc: &mut [i32]) {
        let cap = self.index.len();
        if cap == 0 {
            return;
        }
        let stride = self.stride;
        const CHUNK: usize = 128;
        let mut found: [u32; CHUNK] = [0; CHUNK];
        let mut homes: [u32; CHUNK] = [0; CHUNK];
        for chunk in features.chunks(CHUNK) {
            for (f, hk) in chunk.iter().zip(homes.iter_mut()) {
                let h = home(*f, cap);
                *hk = h as u32;
                let p = self.index.as_ptr().wrapping_add(h);
                prefetch(p);
                // A probe that starts in the last entry of a line runs into the next one.
                if p as usize % 64 == 56 {
                    prefetch(p.wrapping_add(1));
                }
            }
            let mut n = 0;
            for (f, h) in chunk.iter().zip(homes.iter()) {
                let Some(r) = self.find_from(*h as usize, *f) else {
                    continue;
                };
                if r & DENSE_BIT != 0 {
                    // Every line the dense row touches: one per 32 weights, and the last.
                    let p = self
                        .dense
                        .as_ptr()
                        .wrapping_add((r ^ DENSE_BIT) as usize * stride);
                    let mut k = 0;
                    while k < stride {
                        prefetch(p.wrapping_add(k));
                        k += 32;
                    }
                    prefetch(p.wrapping_add(stride - 1));
                } else {
                    // A packed row spans one line or two.
                    let p = self.pairs.as_ptr().wrapping_add((r & START_MASK) as usize);
                    prefetch(p);
                    prefetch(p.wrapping_add((r >> LEN_SHIFT) as usize).wrapping_sub(1));
                }
                found[n] = r;
                n += 1;
            }
            for &r in &found[..n] {
                if r & DENSE_BIT != 0 {
                    let a = (r ^ DENSE_BIT) as usize * stride;
                    if let Some(d) = self.dense.get(a..a + stride) {
                        for (x, v) in acc.iter_mut().zip(d) {
                            *x += *v as i32;
                        }
                    }
                    continue;
                }
                for &p in self.packed(r) {
                    let (c, v) = unpair(p);
                    if let Some(x) = acc.get_mut(c) {
                        *x += v;
                    }
                }
            }
        }
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    pub fn n_weights(&self) -> usize {
        self.rows().iter().map(|r| r.1.len()).sum()
    }

    /// The quantised row of an index entry's location bits.
    fn row_pairs(&self, r: u32) -> Vec<(u16, i16)> {
        if r & DENSE_BIT != 0 {
            let a = (r ^ DENSE_BIT) as usize * self.stride;
            return self.dense[a..a + self.n_classes]
                .iter()
                .enumerate()
                .filter(|(_, v)| **v != 0)
                .map(|(c, v)| (c as u16, *v))
                .collect();
        }
        self.packed(r)
            .iter()
            .map(|p| ((p >> 16) as u16, *p as u16 as i16))
            .collect()
    }
    /// Rows in a stable order (by feature hash) for serialisation.
    pub fn rows(&self) -> Vec<(u64, Vec<u16>, Vec<f32>)> {
        let scale = self.scale;
        let mut out: Vec<(u64, Vec<u16>, Vec<f32>)> = self
            .keys
            .iter()
            .map(|key| {
                let (c, v) = self
                    .find(*key)
                    .map(|r| self.row_pairs(r))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(c, q)| (c, q as f32 * scale))
                    .unzip();
                (*key, c, v)
            })
            .collect();
        out.sort_unstable_by_key(|r| r.0);
        out
    }

    /// A copy without the weights under `fraction` of the largest |w|, and without the
    /// features left with none. A beam parser's training touches many features once or twice
    /// on wrong paths; their small weights are most of its table but barely move a score.
    pub fn pruned(&self, fraction: f32) -> Weights {
        let rows = self.rows();
        let max = rows
            .iter()
            .flat_map(|r| r.2.iter())
            .fold(0f32, |m, v| m.max(v.abs()));
        let floor = max * fraction;
        let kept = rows
            .into_iter()
            .map(|(key, classes, values)| {
                let row: Vec<(u16, f32)> = classes
                    .into_iter()
                    .zip(values)
                    .filter(|(_, v)| v.abs() >= floor)
                    .collect();
                (key, row)
            })
            .filter(|(_, row)| !row.is_empty())
            .collect();
        Weights::from_rows(self.n_classes, kept)
    }

    /// Builds weights from rows (as produced by [`Weights::rows`]). Weights are quantised to
    /// `i16` steps of max |w| / 32767, as in the model file.
    pub fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u16, f32)>)>) -> Weights {
        let max = rows
            .iter()
            .flat_map(|r| r.1.iter())
            .fold(0f32, |m, (_, v)| m.max(v.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let n = rows.iter().filter(|r| !r.1.is_empty()).count();
        let cap = (2 * n + 1).max(8);
        let mut w = Weights {
            n_classes,
            stride: n_classes.div_ceil(LANES) * LANES,
            index: vec![0; cap],
            pairs: Vec::new(),
            keys: Vec::with_capacity(n),
            dense: Vec::new(),
            n_features: 0,
            scale,
        };
        for (key, row) in rows {
            let row: Vec<(u16, i16)> = row
                .iter()
                .filter(|(c, _)| (*c as usize) < n_classes)
                .map(|(c, v)| (*c, (v / scale).round() as i16))
                .filter(|(_, q)| *q != 0)
                .collect();
            let dense = row.len() > INLINE;
            // Rows past the location bits' reach are dropped: far beyond any treebank-sized
            // model (8 M pairs, 268 M dense rows).
            let full = if dense {
                w.dense.len() / w.stride.max(1) >= MAX_DENSE
            } else {
                w.pairs.len() + row.len() > MAX_PAIRS
            };
            if row.is_empty() || full {
                continue;
            }
            let t = tag(key);
            let mut i = home(key, cap);
            while w.index[i] != 0 && w.index[i] >> ROW_BITS != t {
                i = (i + 1) % cap;
            }
            if w.index[i] != 0 {
                continue;
            }
            w.keys.push(key);
            w.n_features += 1;
            let location = if dense {
                let count = w.dense.len() / w.stride.max(1);
                let start = w.dense.len();
                w.dense.resize(start + w.stride, 0);
                for (c, v) in &row {
                    w.dense[start + *c as usize] = *v;
                }
                DENSE_BIT as usize | count
            } else {
                let start = w.pairs.len();
                w.pairs.extend(row.iter().map(|(c, v)| pair(*c, *v)));
                row.len() << LEN_SHIFT | start
            };
            w.index[i] = t << ROW_BITS | location as u64;
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::Weights;

    // Feature keys are well-mixed 64-bit hashes (`hash::feat`).
    const K1: u64 = 0x1d3f_5a7c_9e0b_2c4d;
    const K2: u64 = 0x6e8f_a1b2_c3d4_e5f6;
    const K3: u64 = 0xf0e1_d2c3_b4a5_9687;

    #[test]
    fn pruning_drops_the_small_weights_and_the_features_left_empty() {
        let w = Weights::from_rows(
            4,
            vec![
                (K1, vec![(0, 10.0), (1, 0.5), (2, -3.0)]),
                (K2, vec![(3, 0.2)]),
                (K3, vec![(1, -1.0)]),
            ],
        );
        let p = w.pruned(0.1);
        assert_eq!(p.n_features(), 2, "K2's only weight is under 1.0");
        assert_eq!(p.n_weights(), 3);
        let mut s = vec![0i32; 4];
        p.score(&[K1, K2, K3], &mut s);
        let got: Vec<f32> = s.iter().map(|&x| x as f32 * p.scale()).collect();
        for (a, b) in got.iter().zip([10.0, -1.0, -3.0, 0.0]) {
            assert!((a - b).abs() < 1e-2, "{got:?}");
        }
        // Nothing under 0 % of the largest: the same weights.
        assert_eq!(w.pruned(0.0).rows(), w.rows());
    }

    #[test]
    fn rows_round_trip_through_every_layout() {
        // Short (packed), long (dense) rows, and a class id past a byte.
        let n_classes = 300;
        let short: Vec<(u16, f32)> = vec![(1, 0.5), (7, -2.0)];
        let long: Vec<(u16, f32)> = (0..40).map(|c| (c * 3, c as f32 - 20.0)).collect();
        let wide: Vec<(u16, f32)> = vec![(260, 4.0), (2, 1.0)];
        let w = Weights::from_rows(
            n_classes,
            vec![(K1, short.clone()), (K2, long.clone()), (K3, wide.clone())],
        );
        assert_eq!(w.n_features(), 3);
        let mut s = vec![0i32; n_classes];
        w.score(&[K1, K2, K3, K1 ^ (1 << 40)], &mut s);
        let mut want = vec![0f32; n_classes];
        for (c, v) in short.iter().chain(&long).chain(&wide) {
            want[*c as usize] += v;
        }
        for (a, b) in s.iter().zip(&want) {
            let a = *a as f32 * w.scale();
            assert!((a - b).abs() < 1e-2, "{a} vs {b}");
        }
        let back = w.rows();
        assert_eq!(
            back.iter().map(|r| r.0).collect::<Vec<_>>(),
            vec![K1, K2, K3]
        );
        assert_eq!(
            back[1].1.len(),
            40 - 1,
            "the zero weight of class 60 is dropped"
        );
    }

    #[test]
    fn scores_equal_the_sum_of_rows_for_a_treebank_sized_class_set() {
        // 103 classes (the parser's): dense rows are padded past the last class, and scoring
        // goes through the fixed-size accumulator.
        let n_classes = 103;
        let rows: Vec<(u64, Vec<(u16, f32)>)> = (0..200u64)
            .map(|i| {
                let key = (i + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                let len = 1 + (i * 7 % 90) as u16;
                let row = (0..len)
                    .map(|k| ((k * 13 + i as u16) % 103, (k as f32 - 40.0) / 8.0))
                    .collect();
                (key, row)
            })
            .collect();
        let w = Weights::from_rows(n_classes, rows.clone());
        let keys: Vec<u64> = rows.iter().map(|r| r.0).chain([K1, K2]).collect();
        let mut s = vec![0i32; n_classes];
        w.score(&keys, &mut s);
        let mut want = vec![0f32; n_classes];
        for (c, v) in rows.iter().flat_map(|r| r.1.iter()) {
            want[*c as usize] += v;
        }
        for (c, (a, b)) in s.iter().zip(&want).enumerate() {
            let a = *a as f32 * w.scale();
            assert!((a - b).abs() < 1e-2, "class {c}: {a} vs {b}");
        }
    }
}
