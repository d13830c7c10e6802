//! Learning word clusters from word vectors: spherical k-means, once per level.
//!
//! Vectors come in the plain-text format GloVe and fastText publish (a word, then its numbers,
//! separated by spaces; a fastText header line of two numbers is skipped). Each level is an
//! independent k-means over the unit-length vectors: Lloyd's iterations from centres drawn
//! at random by the seed. Assignments are computed on every core, in fixed chunks whose results
//! are merged in order, so a seed gives the same table on any machine with the same float
//! arithmetic.

use std::io::{BufRead, BufReader};
use std::path::Path;

use super::{Clusters, LEVELS};
use crate::error::NlpError;
use crate::train::Rng;

/// Cluster sizes, coarse to fine. The coarse classes generalise most; the fine ones, at about
/// a hundred words each, keep apart what the coarse ones join.
pub const SIZES: [usize; LEVELS] = [64, 512, 2048];
/// Lloyd's iterations per level: by the 15th, few words still change class.
pub const ROUNDS: usize = 15;

/// Word vectors, unit length, in file order (most frequent first, in the files we read).
#[derive(Debug, Default, Clone)]
pub struct Vectors {
    pub words: Vec<String>,
    pub dim: usize,
    /// `words.len() * dim` numbers, row by row.
    pub data: Vec<f32>,
}

impl Vectors {
    /// [`Vectors::read`] from a file, gunzipped if its name ends in `.gz`.
    pub fn open(path: &Path, limit: usize) -> Result<Vectors, NlpError> {
        let io = |source| NlpError::Io {
            path: path.to_path_buf(),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        let name = path.display().to_string();
        if name.ends_with(".gz") {
            let gz = flate2::read::MultiGzDecoder::new(file);
            Vectors::read(BufReader::new(gz), &name, limit)
        } else {
            Vectors::read(BufReader::new(file), &name, limit)
        }
    }

    /// Reads at most `limit` vectors from `input` (named `name` in errors). A line whose
    /// numbers do not parse or whose length differs from the first one's is an error naming
    /// its line.
    pub fn read(input: impl BufRead, name: &str, limit: usize) -> Result<Vectors, NlpError> {
        let mut v = Vectors::default();
        let bad = |line: usize, message: String| NlpError::Vectors {
            file: name.to_string(),
            line,
            message,
        };
        for (i, line) in input.lines().enumerate() {
            if v.words.len() >= limit {
                break;
            }
            let line = line.map_err(|e| bad(i + 1, e.to_string()))?;
            let mut cols = line.split(' ').filter(|c| !c.is_empty());
            let Some(word) = cols.next() else { continue };
            let start = v.data.len();
            for c in cols {
                let x: f32 = c
                    .parse()
                    .map_err(|_| bad(i + 1, format!("not a number: {c:?}")))?;
                v.data.push(x);
            }
            let n = v.data.len() - start;
            if i == 0 && n == 1 {
                // fastText's header: the number of words and the dimension.
                v.data.truncate(start);
                continue;
            }
            if v.dim == 0 {
                v.dim = n;
            }
            if n != v.dim || n == 0 {
                return Err(bad(
                    i + 1,
                    format!("{n} numbers where the first vector had {}", v.dim),
                ));
            }
            normalise(&mut v.data[start..]);
            v.words.push(word.to_string());
        }
        Ok(v)
    }

    fn row(&self, i: usize) -> &[f32] {
        &self.data[i * self.dim..(i + 1) * self.dim]
    }
}

fn normalise(x: &mut [f32]) {
    let n = x.iter().map(|v| v * v).sum::<f32>().sqrt();
    if n > 0.0 {
        x.iter_mut().for_each(|v| *v /= n);
    }
}

/// A dot product the compiler turns into vector instructions: eight partial sums.
#[inline]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    acc.iter().sum::<f32>() + tail
}

/// Vectors compared with every centre at a time: their rows stay in the first-level cache
/// while the centres stream past once per block, not once per vector (2,048 centres of 100
/// numbers are 800 KB, more than a core's second-level cache).
const BLOCK: usize = 32;

/// The nearest centre (largest dot product) of every vector.
fn assign(v: &Vectors, centres: &[f32], out: &mut [u16]) {
    let dim = v.dim.max(1);
    let k = centres.len() / dim;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = v.words.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        for (c, part) in out.chunks_mut(chunk).enumerate() {
            s.spawn(move || {
                let mut top = [f32::MIN; BLOCK];
                for (b, ids) in part.chunks_mut(BLOCK).enumerate() {
                    let first = c * chunk + b * BLOCK;
                    top.fill(f32::MIN);
                    for m in 0..k {
                        let centre = &centres[m * dim..(m + 1) * dim];
                        for (j, id) in ids.iter_mut().enumerate() {
                            let d = dot(v.row(first + j), centre);
                            if d > top[j] {
                                (top[j], *id) = (d, m as u16);
                            }
                        }
                    }
                }
            });
        }
    });
}

/// The words drawn per centre for [`seed_centres`].
const POOL: usize = 20;

/// k-means++ seeding (Arthur and Vassilvitskii 2007) over a random pool of [`POOL`] words per
/// centre: each centre is drawn with odds in proportion to the squared distance to the nearest
/// one drawn before, so that the centres start spread over the data, as centres drawn
/// uniformly often do not (two in one dense region, none in another). The pool keeps the
/// seeding at a fraction of one round's cost.
fn seed_centres(v: &Vectors, k: usize, rng: &mut Rng) -> Vec<f32> {
    let mut order: Vec<usize> = (0..v.words.len()).collect();
    rng.shuffle(&mut order);
    order.truncate(k.saturating_mul(POOL).max(k));
    let mut centres = Vec::with_capacity(k * v.dim);
    let Some(&first) = order.first() else {
        return centres;
    };
    centres.extend_from_slice(v.row(first));
    // For unit vectors the squared distance is 2 - 2 a·b.
    let far = |i: usize, c: &[f32]| (2.0 - 2.0 * dot(v.row(i), c)).max(0.0);
    let mut d2: Vec<f32> = order.iter().map(|&i| far(i, v.row(first))).collect();
    while centres.len() < k * v.dim {
        let total: f64 = d2.iter().map(|&d| d as f64).sum();
        let pick = if total > 0.0 {
            let mut r = rng.next_f64() * total;
            d2.iter()
                .position(|&d| {
                    r -= d as f64;
                    r <= 0.0
                })
                .unwrap_or(d2.len() - 1)
        } else {
            // Every pooled word sits on a centre already: any will do.
            (rng.next_u64() % d2.len() as u64) as usize
        };
        let row = v.row(order[pick]);
        centres.extend_from_slice(row);
        for (d, &i) in d2.iter_mut().zip(&order) {
            *d = d.min(far(i, row));
        }
    }
    centres
}

/// Spherical k-means with `k` centres and `rounds` of Lloyd's iterations.
pub fn kmeans(v: &Vectors, k: usize, rounds: usize, rng: &mut Rng) -> Vec<u16> {
    let (n, dim) = (v.words.len(), v.dim);
    let k = k.clamp(1, n.clamp(1, u16::MAX as usize));
    let mut centres = seed_centres(v, k, rng);
    let mut ids = vec![0u16; n];
    for _ in 0..rounds {
        assign(v, &centres, &mut ids);
        let mut sums = vec![0f32; k * dim];
        let mut counts = vec![0usize; k];
        for (i, &c) in ids.iter().enumerate() {
            let c = c as usize;
            counts[c] += 1;
            for (s, x) in sums[c * dim..(c + 1) * dim].iter_mut().zip(v.row(i)) {
                *s += x;
            }
        }
        for (m, &count) in counts.iter().enumerate() {
            let centre = &mut centres[m * dim..(m + 1) * dim];
            if count == 0 {
                // An empty cluster starts again from a random word.
                let i = (rng.next_u64() % n as u64) as usize;
                centre.copy_from_slice(v.row(i));
            } else {
                centre.copy_from_slice(&sums[m * dim..(m + 1) * dim]);
                normalise(centre);
            }
        }
    }
    assign(v, &centres, &mut ids);
    ids
}

/// Clusters `v` at the given sizes, coarse to fine, with `rounds` iterations each.
pub fn learn(v: &Vectors, sizes: [usize; LEVELS], rounds: usize, seed: u64) -> Clusters {
    let mut rng = Rng::new(seed ^ 0x636c_7573_7465_7273);
    let levels: Vec<Vec<u16>> = sizes
        .iter()
        .map(|&k| kmeans(v, k, rounds, &mut rng))
        .collect();
    let mut c = Clusters::default();
    for (i, w) in v.words.iter().enumerate() {
        let mut ids = [0u16; LEVELS];
        for (l, level) in levels.iter().enumerate() {
            ids[l] = level[i];
        }
        c.insert(w, ids);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vectors(text: &str) -> Vectors {
        Vectors::read(text.as_bytes(), "v.txt", usize::MAX).unwrap()
    }

    #[test]
    fn reads_glove_and_fasttext_text_and_names_a_bad_line() {
        let v = vectors("2 3\nthe 1 0 0\nof 0 2 0\n");
        assert_eq!(v.words, ["the", "of"]);
        assert_eq!(v.dim, 3);
        assert_eq!(&v.data[3..], &[0.0, 1.0, 0.0], "rows are unit length");
        let e = Vectors::read("a 1 2\nb 1 x\n".as_bytes(), "v.txt", 10).unwrap_err();
        assert!(e.to_string().contains("v.txt:2"), "{e}");
        let e = Vectors::read("a 1 2\nb 1\n".as_bytes(), "v.txt", 10).unwrap_err();
        assert!(e.to_string().contains("v.txt:2"), "{e}");
    }

    #[test]
    fn like_vectors_share_a_cluster_and_unlike_ones_do_not() {
        let mut text = String::new();
        for i in 0..20 {
            let e = i as f32 * 0.01;
            text += &format!(
                "north{i} 1 {e} 0\nsouth{i} -1 0 {e}\nwest{i} 0 0.1 {}\n",
                1.0 + e
            );
        }
        let v = vectors(&text);
        let c = learn(&v, [3, 3, 3], 10, 1);
        let id = |w: &str| c.ids(crate::hash::str_hash(w)).unwrap()[0];
        for i in 1..20 {
            assert_eq!(id(&format!("north{i}")), id("north0"));
            assert_eq!(id(&format!("south{i}")), id("south0"));
            assert_eq!(id(&format!("west{i}")), id("west0"));
        }
        assert_ne!(id("north0"), id("south0"));
        assert_ne!(id("north0"), id("west0"));
        assert_ne!(id("south0"), id("west0"));
    }

    #[test]
    fn a_seed_gives_the_same_clusters() {
        let text: String = (0..300)
            .map(|i| {
                format!(
                    "w{i} {} {} {}\n",
                    (i % 7) as f32,
                    (i % 5) as f32,
                    (i % 3) as f32
                )
            })
            .collect();
        let v = vectors(&text);
        let (a, b) = (learn(&v, [4, 8, 16], 5, 3), learn(&v, [4, 8, 16], 5, 3));
        assert_eq!(a.ids, b.ids);
    }
}
