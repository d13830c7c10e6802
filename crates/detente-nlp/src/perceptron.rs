//! The averaged perceptron shared by the tagger and the parser.
//!
//! Features are `u64` hashes; each feature owns a short sparse row of `(class, weight)` pairs.
//! [`Trainer`] keeps the running sums needed for averaging; [`Weights`] (in
//! [`crate::weights`]) is the frozen, compact form used for prediction and stored in the model
//! file. Scoring adds a few rows into a dense score buffer that the caller owns, so prediction
//! allocates nothing.

use rustc_hash::FxHashMap;

pub use crate::weights::Weights;

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
            bump(row, truth as u16, 1.0, step);
            bump(row, guess as u16, -1.0, step);
        }
    }

    /// Adds `delta` to `class`'s weight on every feature (the structured perceptron's update,
    /// one side at a time).
    pub fn add(&mut self, features: &[u64], class: usize, delta: f32) {
        let step = self.step;
        for f in features {
            let (count, row) = self.rows.entry(*f).or_default();
            *count += 1;
            bump(row, class as u16, delta, step);
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

/// Adds `delta` to `class`'s weight in `row`, bringing its running total up to `step` first.
fn bump(row: &mut Vec<Acc>, class: u16, delta: f32, step: u32) {
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

/// Index of the highest score among classes allowed by `valid` (ties go to the lowest class).
#[inline]
pub fn argmax<T: PartialOrd + Copy>(scores: &[T], valid: impl Fn(usize) -> bool) -> Option<usize> {
    // The first valid class, then a plain running maximum: the loop the tagger runs for every
    // word carries no Option.
    let mut it = scores.iter().enumerate();
    let (mut best, mut top) = loop {
        let (i, &s) = it.next()?;
        if valid(i) {
            break (i, s);
        }
    };
    for (i, &s) in it {
        if s > top && valid(i) {
            best = i;
            top = s;
        }
    }
    Some(best)
}

#[cfg(test)]
mod tests {
    use super::argmax;

    #[test]
    fn argmax_takes_the_first_highest_valid_class() {
        assert_eq!(argmax(&[1, 5, 5, 2], |_| true), Some(1));
        assert_eq!(argmax(&[9, 5, 7, 7], |c| c != 0), Some(2));
        assert_eq!(argmax(&[3, 1], |c| c == 1), Some(1));
        assert_eq!(argmax(&[3, 1], |_| false), None);
        assert_eq!(argmax::<i32>(&[], |_| true), None);
        assert_eq!(argmax(&[-2.0f32, -1.0, -3.0], |_| true), Some(1));
    }
}
