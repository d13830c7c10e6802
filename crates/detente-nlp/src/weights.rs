//! Frozen perceptron weights laid out for fast scoring.
//!
//! A parser transition looks up ~65 features in a table of half a million, far larger than the
//! caches, so scoring speed is set by memory misses as much as by arithmetic. The layout keeps
//! every lookup to cache lines that can all be fetched ahead of time:
//!
//! - an index of 8-byte entries (40 bits of the feature hash, 24 bits of row number) under
//!   linear probing at load factor 1/2, eight to a line, so a probe sequence nearly always stays
//!   in the line it started in and the whole index is small enough to stay mostly in cache;
//! - rows of one cache line each holding up to 19 `(class, weight)` pairs, which covers ~97% of
//!   the parser's features;
//! - longer rows, dense over all classes (padded to whole vector steps). They are few but the
//!   frequent features, over half of all rows a text finds, so their entries number them in the
//!   dense array directly (a flag bit): their lines are fetched from the index entry, with no
//!   row line in between.
//!
//! [`Weights::score`] works on a whole feature vector in passes: prefetch the index lines;
//! probe them and prefetch the rows found; add the rows. The misses of one pass overlap instead
//! of queueing one after another. Weights are `i16` with one scale per table, the precision the
//! model file stores them in, and are summed exactly in `i32` steps of that scale.

/// `(class, weight)` pairs kept inside a row.
const INLINE: usize = 19;
/// `Row::len` marker of a row stored in `Weights::sparse` (used only when a class id does not
/// fit in a byte, i.e. models with more than 253 classes).
const SPARSE: u8 = u8::MAX - 1;
/// Bits of an index entry that number the row; the rest hold the feature's tag.
const ROW_BITS: u32 = 24;
const ROW_MASK: u64 = (1 << ROW_BITS) - 1;
/// Bit of an entry's row number that marks a dense row: the rest numbers it in
/// `Weights::dense`, so its lines can be fetched straight from the index entry.
const DENSE_BIT: u32 = 1 << (ROW_BITS - 1);
/// Most rows (and most dense rows) a table can hold.
const MAX_ROWS: usize = DENSE_BIT as usize;
/// Dense rows are padded with zeros to a multiple of this many classes, so that adding one is
/// whole vector steps with no scalar tail.
const LANES: usize = 8;
/// Most classes scored in a fixed-size accumulator (class ids of inline rows are bytes, so
/// every index into it is in bounds without a check).
const WIDE: usize = 256;

/// An index entry: `tag << 24 | row`; 0 marks an empty entry.
type Entry = u64;

/// The 40 high bits of a feature hash, never zero, compared on lookup. The home position comes
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

/// A sparse row in exactly one cache line.
#[repr(C, align(64))]
#[derive(Debug, Clone, Copy)]
struct Row {
    len: u8,
    classes: [u8; INLINE],
    values: [i16; INLINE],
    /// Where a row marked `SPARSE` starts in `Weights::sparse`.
    start: u32,
}

impl Default for Row {
    fn default() -> Row {
        Row {
            len: 0,
            classes: [0; INLINE],
            values: [0; INLINE],
            start: 0,
        }
    }
}

/// Frozen weights: feature hash → row of `(class, weight)`.
#[derive(Debug, Clone)]
pub struct Weights {
    pub n_classes: usize,
    /// Length of a dense row: `n_classes` rounded up to [`LANES`].
    stride: usize,
    index: Vec<Entry>,
    /// Rows that are not dense.
    rows: Vec<Row>,
    /// The full feature hash of every row, for serialisation (not read while scoring).
    keys: Vec<u64>,
    dense: Vec<i16>,
    sparse: Vec<(u16, i16)>,
    n_features: usize,
    /// Value of one `i16` step.
    scale: f32,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights {
            n_classes: 0,
            stride: 0,
            index: Vec::new(),
            rows: Vec::new(),
            keys: Vec::new(),
            dense: Vec::new(),
            sparse: Vec::new(),
            n_features: 0,
            scale: 1.0,
        }
    }
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
    /// The row number of `key`, if the feature is known.
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
        if self.stride <= WIDE {
            let mut acc = [0i32; WIDE];
            self.add_rows(features, &mut acc);
            for (x, a) in scores.iter_mut().zip(&acc[..self.n_classes]) {
                *x += a;
            }
        } else {
            self.add_rows(features, scores);
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
                    prefetch(self.rows.as_ptr().wrapping_add(r as usize));
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
                let Some(row) = self.rows.get(r as usize) else {
                    continue;
                };
                if row.len == SPARSE {
                    let a = row.start as usize;
                    let len = self.sparse[a].1 as usize;
                    for (c, v) in &self.sparse[a + 1..a + 1 + len] {
                        if let Some(x) = acc.get_mut(*c as usize) {
                            *x += *v as i32;
                        }
                    }
                } else {
                    let len = (row.len as usize).min(INLINE);
                    for (c, v) in row.classes[..len].iter().zip(&row.values[..len]) {
                        if let Some(x) = acc.get_mut(*c as usize) {
                            *x += *v as i32;
                        }
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

    /// The quantised row of an index entry.
    fn pairs(&self, r: u32) -> Vec<(u16, i16)> {
        if r & DENSE_BIT != 0 {
            let a = (r ^ DENSE_BIT) as usize * self.stride;
            return self.dense[a..a + self.n_classes]
                .iter()
                .enumerate()
                .filter(|(_, v)| **v != 0)
                .map(|(c, v)| (c as u16, *v))
                .collect();
        }
        let row = &self.rows[r as usize];
        if row.len == SPARSE {
            let a = row.start as usize;
            let len = self.sparse[a].1 as usize;
            return self.sparse[a + 1..a + 1 + len].to_vec();
        }
        let len = row.len as usize;
        row.classes[..len]
            .iter()
            .zip(&row.values[..len])
            .map(|(c, v)| (*c as u16, *v))
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
                    .map(|r| self.pairs(r))
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

    /// Builds weights from rows (as produced by [`Weights::rows`]). Weights are quantised to
    /// `i16` steps of max |w| / 32767, as in the model file.
    pub fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u16, f32)>)>) -> Weights {
        let max = rows
            .iter()
            .flat_map(|r| r.1.iter())
            .fold(0f32, |m, (_, v)| m.max(v.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let n = rows
            .iter()
            .filter(|r| !r.1.is_empty())
            .count()
            .min(MAX_ROWS);
        let cap = (2 * n + 1).max(8);
        let mut w = Weights {
            n_classes,
            stride: n_classes.div_ceil(LANES) * LANES,
            index: vec![0; cap],
            rows: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
            dense: Vec::new(),
            sparse: Vec::new(),
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
            // Rows past MAX_ROWS are dropped: far beyond any treebank-sized model.
            let dense = row.len() > INLINE;
            let count = if dense {
                w.dense.len() / w.stride.max(1)
            } else {
                w.rows.len()
            };
            if row.is_empty() || row.len() > i16::MAX as usize || count >= MAX_ROWS {
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
            if dense {
                let start = w.dense.len();
                w.dense.resize(start + w.stride, 0);
                for (c, v) in &row {
                    w.dense[start + *c as usize] = *v;
                }
                w.index[i] = t << ROW_BITS | (DENSE_BIT as usize | count) as u64;
                continue;
            }
            let mut r = Row::default();
            if row.iter().all(|(c, _)| *c < SPARSE as u16) {
                r.len = row.len() as u8;
                for (k, (c, v)) in row.iter().enumerate() {
                    r.classes[k] = *c as u8;
                    r.values[k] = *v;
                }
            } else {
                r.len = SPARSE;
                r.start = w.sparse.len() as u32;
                w.sparse.push((0, row.len() as i16));
                w.sparse.extend_from_slice(&row);
            }
            w.index[i] = t << ROW_BITS | w.rows.len() as u64;
            w.rows.push(r);
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
    fn rows_round_trip_through_every_layout() {
        // Short (inline), long (dense) and out-of-byte-range (sparse) rows.
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
