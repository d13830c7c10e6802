//! Scores of a word form's own templates, kept across sentences.
//!
//! Of the 38 templates the tagger scores for a word, 15 read only the word itself: its form,
//! lowercased form, affixes, shape and ambiguity class (see `own_features`). Their summed row
//! is the same wherever the form occurs, and news repeats its words, so it is looked up once per
//! form and pass and then copied: one hash probe and a short copy instead of 15 table lookups.
//! Sums are exact integers, so a kept sum scores exactly as the lookups it replaces.

use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::FxHashMap;

use crate::weights::Weights;

/// Most (form, pass) sums kept at once; past it the cache starts again. At the ~100 classes of
/// an English treebank this is ~6.5 MB per thread, and it holds the words that make up nearly
/// all of a news text.
const CAPACITY: usize = 1 << 14;

/// The identity of a tagger's weights, so that a scratch used with another tagger (or with the
/// same one after its weights changed) does not reuse sums of the wrong weights. Every value,
/// made or cloned, is new.
#[derive(Debug)]
pub struct WeightsId(u64);

static NEXT: AtomicU64 = AtomicU64::new(1);

impl Default for WeightsId {
    fn default() -> Self {
        WeightsId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl Clone for WeightsId {
    fn clone(&self) -> Self {
        WeightsId::default()
    }
}

/// Per-form sums of the own templates, for the weights of one tagger.
#[derive(Debug, Default)]
pub struct WordScores {
    owner: u64,
    /// (form hash, second pass) → slot in `sums`.
    slots: FxHashMap<(u64, bool), u32>,
    sums: Vec<i32>,
}

impl WordScores {
    /// Sets `scores` to the summed rows of `features` (the own templates of the form hashed
    /// `form`) under `weights`, from the kept sum when there is one.
    pub fn fill(
        &mut self,
        id: &WeightsId,
        weights: &Weights,
        key: (u64, bool),
        features: impl FnOnce() -> super::Own,
        scores: &mut [i32],
    ) {
        let n = scores.len();
        if self.owner != id.0 || self.slots.len() >= CAPACITY {
            self.owner = id.0;
            self.slots.clear();
            self.sums.clear();
        }
        let slot = match self.slots.get(&key) {
            Some(&s) => s as usize,
            None => {
                let s = self.slots.len();
                self.sums.resize((s + 1) * n, 0);
                weights.score(features().as_slice(), &mut self.sums[s * n..]);
                self.slots.insert(key, s as u32);
                s
            }
        };
        scores.copy_from_slice(&self.sums[slot * n..(slot + 1) * n]);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{features, features2, train, train_second, TagExample, TagScratch, Tagger};
    use crate::train::Rng;

    fn example(s: &str, gold: &[u16]) -> TagExample {
        TagExample {
            forms: s.split(' ').map(String::from).collect(),
            gold: gold.to_vec(),
        }
    }

    /// A two-pass tagger of three classes trained on a few sentences; `flip` swaps the classes
    /// of the second and third word, so that two taggers score the same words differently.
    fn tagger(flip: bool) -> Tagger {
        tagger_with(flip, Default::default())
    }

    /// [`tagger`] reading `clusters`.
    fn tagger_with(flip: bool, clusters: std::sync::Arc<crate::clusters::Clusters>) -> Tagger {
        let classes: Vec<(String, String)> = [("NN", "NOUN"), ("VBD", "VERB"), ("DT", "DET")]
            .iter()
            .map(|(x, u)| (x.to_string(), u.to_string()))
            .collect();
        let (a, b) = if flip { (0, 1) } else { (1, 0) };
        let examples = vec![
            example("the talks stalled again", &[2, a, b, 1]),
            example("the army shelled towns", &[2, 0, 1, 0]),
            example("talks resumed", &[a, b]),
            example("the envoy visited Moscow", &[2, 0, 1, 0]),
        ];
        let mut rng = Rng::new(3);
        let mut t = train(&examples, &classes, &clusters, 3, &mut rng);
        let first: Vec<Vec<u16>> = examples.iter().map(|e| e.gold.clone()).collect();
        train_second(&mut t, &examples, &first, 3, &mut rng);
        t
    }

    /// The scores of every word of `forms` in both passes, through `scratch`.
    fn scores(t: &Tagger, forms: &[&str], scratch: &mut TagScratch) -> Vec<Vec<i32>> {
        let mut tags = Vec::new();
        t.tag(forms, scratch, &mut tags);
        scratch.first = tags.clone();
        let mut out = Vec::new();
        for second in [false, true] {
            for i in 0..forms.len() {
                let p1 = if i > 0 {
                    tags[i - 1] as u64
                } else {
                    super::super::START
                };
                t.score_word(second, i, p1, super::super::START, scratch);
                out.push(scratch.scores.clone());
            }
        }
        out
    }

    #[test]
    fn kept_sums_score_as_every_template_looked_up() {
        let mut clusters = crate::clusters::Clusters::default();
        for (k, w) in ["the", "talks", "army", "envoys", "shelled", "stalled"]
            .iter()
            .enumerate()
        {
            clusters.insert(w, [k as u16 % 2, k as u16 % 3, k as u16]);
        }
        for t in [tagger(false), tagger_with(false, clusters.into())] {
            kept_sums_score_as_looked_up(&t);
        }
    }

    fn kept_sums_score_as_looked_up(t: &Tagger) {
        let forms = [
            "the", "envoys", "shelled", "talks", "blorped", "the", "envoys",
        ];
        let mut scratch = TagScratch::default();
        // Twice through one scratch: the second round reads every own sum from the cache.
        for _ in 0..2 {
            let got = scores(t, &forms, &mut scratch);
            let n = forms.len();
            let mut feats = Vec::new();
            for (k, row) in got.iter().enumerate() {
                let (second, i) = (k >= n, k % n);
                let p1 = if i > 0 {
                    scratch.first[i - 1] as u64
                } else {
                    super::super::START
                };
                let (w, amb) = (&scratch.info, &scratch.amb);
                let mut want = vec![0; t.classes.len()];
                if second {
                    features2(
                        w,
                        amb,
                        i,
                        p1,
                        super::super::START,
                        &scratch.first,
                        &mut feats,
                    );
                    t.weights2.score(&feats, &mut want);
                } else {
                    features(w, amb, i, p1, super::super::START, &mut feats);
                    t.weights.score(&feats, &mut want);
                }
                assert_eq!(*row, want, "word {i} ({}), second pass {second}", forms[i]);
            }
        }
    }

    #[test]
    fn a_scratch_moved_to_other_weights_forgets_the_old_sums() {
        let (a, b) = (tagger(false), tagger(true));
        let forms = ["the", "talks", "stalled", "again"];
        let mut shared = TagScratch::default();
        let from_a = scores(&a, &forms, &mut shared);
        let from_b = scores(&b, &forms, &mut shared);
        assert_ne!(from_a, from_b, "the two taggers must score differently");
        assert_eq!(from_b, scores(&b, &forms, &mut TagScratch::default()));
        // A clone is other weights too (it may be retrained).
        let c = b.clone();
        assert_eq!(scores(&c, &forms, &mut shared), from_b);
    }
}
