//! The averaged perceptron shared by the tagger and the parser.
//!
//! Features are `u64` hashes; each feature owns a short sparse row of `(class, weight)` pairs.
//! [`Trainer`] keeps the running sums needed for averaging; [`Weights`] is the frozen, compact
//! form used for prediction and stored in the model file. Scoring adds a few rows into a dense
//! score buffer that the caller owns, so prediction allocates nothing.

use rustc_hash::FxHashMap;

/// One slot of the open-addressing table: the feature key and either its whole row inline (up to
/// three classes, the common case: one cache line, one memory access) or where it lives in the
/// overflow arrays.
#[repr(C, align(32))]
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u64,
    start: u32,
    len: u16,
    classes: [u16; INLINE],
    values: [f32; INLINE],
}

const INLINE: usize = 3;
/// Rows longer than this are stored dense (all classes), so adding them vectorises.
const DENSE_MIN: usize = 16;
/// `Slot::len` marker of a dense row.
const DENSE: u16 = u16::MAX;

/// Frozen weights: an open-addressing hash table (linear probing, key 0 = empty) from feature
/// to a sparse row of `(class, weight)`. Scoring first prefetches every feature's slot so the
/// memory accesses of one state overlap instead of queueing.
#[derive(Debug, Default, Clone)]
pub struct Weights {
    pub n_classes: usize,
    slots: Vec<Slot>,
    n_features: usize,
    classes: Vec<u16>,
    values: Vec<f32>,
    dense: Vec<f32>,
}

#[inline]
fn fix_key(k: u64) -> u64 {
    if k == 0 {
        1
    } else {
        k
    }
}

#[inline]
fn home(key: u64, cap: usize) -> usize {
    ((key as u128 * cap as u128) >> 64) as usize
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
    #[inline]
    fn find(&self, key: u64) -> Option<usize> {
        let cap = self.slots.len();
        if cap == 0 {
            return None;
        }
        let key = fix_key(key);
        let mut i = home(key, cap);
        loop {
            let k = self.slots[i].key;
            if k == key {
                return Some(i);
            }
            if k == 0 {
                return None;
            }
            i += 1;
            if i == cap {
                i = 0;
            }
        }
    }

    /// Adds the rows of `features` into `scores` (length `n_classes`, zeroed by the caller).
    /// Works in chunks: prefetch the slots, find them and prefetch their overflow rows, then add.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        let cap = self.slots.len();
        if cap == 0 {
            return;
        }
        const CHUNK: usize = 64;
        let mut found: [u32; CHUNK] = [0; CHUNK];
        for chunk in features.chunks(CHUNK) {
            for f in chunk {
                prefetch(&self.slots[home(fix_key(*f), cap)]);
            }
            let mut n = 0;
            for f in chunk {
                if let Some(i) = self.find(*f) {
                    let s = &self.slots[i];
                    if s.len == DENSE {
                        prefetch(&self.dense[s.start as usize]);
                    } else if s.len as usize > INLINE {
                        prefetch(&self.classes[s.start as usize]);
                        prefetch(&self.values[s.start as usize]);
                    }
                    found[n] = i as u32;
                    n += 1;
                }
            }
            for &i in &found[..n] {
                let s = &self.slots[i as usize];
                let len = s.len as usize;
                if s.len == DENSE {
                    let a = s.start as usize;
                    let row = &self.dense[a..a + self.n_classes];
                    for (x, v) in scores.iter_mut().zip(row) {
                        *x += *v;
                    }
                } else if len <= INLINE {
                    for k in 0..len {
                        if let Some(x) = scores.get_mut(s.classes[k] as usize) {
                            *x += s.values[k];
                        }
                    }
                } else {
                    let (a, b) = (s.start as usize, s.start as usize + len);
                    for (c, v) in self.classes[a..b].iter().zip(&self.values[a..b]) {
                        if let Some(x) = scores.get_mut(*c as usize) {
                            *x += *v;
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

    /// Rows in a stable order (by feature hash) for serialisation.
    pub fn rows(&self) -> Vec<(u64, Vec<u16>, Vec<f32>)> {
        let mut out: Vec<(u64, Vec<u16>, Vec<f32>)> = self
            .slots
            .iter()
            .filter(|s| s.key != 0)
            .map(|s| {
                let len = s.len as usize;
                if s.len == DENSE {
                    let a = s.start as usize;
                    let row = &self.dense[a..a + self.n_classes];
                    let (c, v): (Vec<u16>, Vec<f32>) = row
                        .iter()
                        .enumerate()
                        .filter(|(_, v)| **v != 0.0)
                        .map(|(c, v)| (c as u16, *v))
                        .unzip();
                    (s.key, c, v)
                } else if len <= INLINE {
                    (s.key, s.classes[..len].to_vec(), s.values[..len].to_vec())
                } else {
                    let (a, b) = (s.start as usize, s.start as usize + len);
                    (
                        s.key,
                        self.classes[a..b].to_vec(),
                        self.values[a..b].to_vec(),
                    )
                }
            })
            .collect();
        out.sort_unstable_by_key(|r| r.0);
        out
    }

    /// Builds weights from rows (as produced by [`Weights::rows`]).
    pub fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u16, f32)>)>) -> Weights {
        let n = rows.iter().filter(|r| !r.1.is_empty()).count();
        // Load factor 1/2: unsuccessful lookups (a quarter of all) stop after ~2.5 probes.
        let cap = (2 * n + 1).max(8);
        let mut w = Weights {
            n_classes,
            slots: vec![Slot::default(); cap],
            n_features: 0,
            classes: Vec::new(),
            values: Vec::new(),
            dense: Vec::new(),
        };
        for (k, row) in rows {
            if row.is_empty() || row.len() > u16::MAX as usize {
                continue;
            }
            let key = fix_key(k);
            let mut i = home(key, cap);
            while w.slots[i].key != 0 && w.slots[i].key != key {
                i = (i + 1) % cap;
            }
            if w.slots[i].key == key {
                continue;
            }
            let mut s = Slot {
                key,
                len: row.len() as u16,
                ..Slot::default()
            };
            if row.len() > DENSE_MIN && row.iter().all(|(c, _)| (*c as usize) < n_classes) {
                s.len = DENSE;
                s.start = w.dense.len() as u32;
                w.dense.resize(w.dense.len() + n_classes, 0.0);
                for (c, v) in &row {
                    w.dense[s.start as usize + *c as usize] += *v;
                }
            } else if row.len() <= INLINE {
                for (k, (c, v)) in row.iter().enumerate() {
                    s.classes[k] = *c;
                    s.values[k] = *v;
                }
            } else {
                s.start = w.classes.len() as u32;
                for (c, v) in &row {
                    w.classes.push(*c);
                    w.values.push(*v);
                }
            }
            w.slots[i] = s;
            w.n_features += 1;
        }
        w
    }
}

#[derive(Debug, Clone, Copy)]
struct Acc {
    class: u16,
    w: f32,
    total: f64,
    stamp: u32,
}

/// Training state: current weights plus what averaging needs.
#[derive(Debug, Default)]
pub struct Trainer {
    pub n_classes: usize,
    rows: FxHashMap<u64, (u32, Vec<Acc>)>,
    step: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            rows: FxHashMap::default(),
            step: 0,
        }
    }

    /// Scores with the current (not averaged) weights.
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        for f in features {
            if let Some((_, row)) = self.rows.get(f) {
                for a in row {
                    scores[a.class as usize] += a.w;
                }
            }
        }
    }

    /// Counts one training instance (call once per prediction, updated or not).
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// The perceptron update: reward `truth`, penalise `guess`.
    pub fn update(&mut self, features: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let step = self.step;
        for f in features {
            let (count, row) = self.rows.entry(*f).or_default();
            *count += 1;
            for (class, delta) in [(truth as u16, 1.0f32), (guess as u16, -1.0)] {
                match row.iter_mut().find(|a| a.class == class) {
                    Some(a) => {
                        a.total += (step - a.stamp) as f64 * a.w as f64;
                        a.stamp = step;
                        a.w += delta;
                    }
                    None => row.push(Acc {
                        class,
                        w: delta,
                        total: 0.0,
                        stamp: step,
                    }),
                }
            }
        }
    }

    /// Averages and freezes. Features updated fewer than `min_updates` times are dropped, as
    /// are weights with |w| < `min_abs`: rare features cost memory and speed, not accuracy.
    pub fn finish(&self, min_abs: f32, min_updates: u32) -> Weights {
        let step = self.step.max(1);
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = self
            .rows
            .iter()
            .filter(|(_, (n, _))| *n >= min_updates)
            .map(|(k, (_, row))| {
                let r = row
                    .iter()
                    .map(|a| {
                        let total = a.total + (step - a.stamp) as f64 * a.w as f64;
                        (a.class, (total / step as f64) as f32)
                    })
                    .filter(|(_, v)| v.abs() >= min_abs && *v != 0.0)
                    .collect();
                (*k, r)
            })
            .collect();
        rows.sort_unstable_by_key(|(k, _)| *k);
        Weights::from_rows(self.n_classes, rows)
    }
}

/// Index of the highest score among classes allowed by `valid`.
#[inline]
pub fn argmax(scores: &[f32], valid: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best = None;
    let mut best_s = f32::NEG_INFINITY;
    for (i, &s) in scores.iter().enumerate() {
        if s > best_s && valid(i) {
            best_s = s;
            best = Some(i);
        }
    }
    best
}
