//! Supertagger: for every word, the relation it will bear and on which side its head lies
//! ("nsubj/R", "obj/L", "root/0"), guessed from the words and part-of-speech tags on both sides
//! before parsing starts. The parser reads these guesses as atoms: a greedy parser sees only the
//! next three words when it decides, and the supertag brings it the rest of the sentence's
//! evidence, cheaply (Ouchi et al. 2014 report the same for English).
//!
//! An averaged perceptron over one greedy left-to-right pass, like the tagger's first pass; the
//! tags it reads are the tagger's, so at training time they are jackknifed predictions.

use crate::features::WordInfo;
use crate::hash::feat;
use crate::perceptron::{argmax, Trainer, Weights};

const START: u64 = 0x5354_5354;
const END: u64 = 0x454e_4453;

/// A trained supertagger.
#[derive(Debug, Default, Clone)]
pub struct Supertagger {
    pub weights: Weights,
    /// Class id → supertag ("nsubj/R").
    pub classes: Vec<String>,
}

/// Scratch buffers reused across sentences.
#[derive(Debug, Default)]
pub struct SupertagScratch {
    info: Vec<WordInfo>,
    feats: Vec<u64>,
    scores: Vec<i32>,
    buf: String,
}

/// A training sentence: forms, (predicted) tag classes and gold supertag classes.
#[derive(Debug, Clone)]
pub struct SupertagExample {
    pub forms: Vec<String>,
    pub tags: Vec<u16>,
    pub gold: Vec<u16>,
}

/// The features of word `i` after the supertags `p1`, `p2`.
fn features(info: &[WordInfo], tags: &[u16], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    let t = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 {
            START
        } else {
            tags.get(j as usize).map(|&c| c as u64).unwrap_or(END)
        }
    };
    let lw = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 {
            START
        } else {
            info.get(j as usize).map(|w| w.lower).unwrap_or(END)
        }
    };
    let sf = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 {
            START
        } else {
            info.get(j as usize).map(|w| w.suf[2]).unwrap_or(END)
        }
    };
    let w = &info[i];
    let (t0, tm1, tm2, t1, t2) = (t(0), t(-1), t(-2), t(1), t(2));
    out.clear();
    out.extend_from_slice(&[
        feat(0, &[]),
        feat(1, &[w.lower]),
        feat(2, &[w.suf[2]]),
        feat(3, &[w.shape]),
        feat(4, &[t0]),
        feat(5, &[tm1, t0]),
        feat(6, &[t0, t1]),
        feat(7, &[tm1, t0, t1]),
        feat(8, &[t0, t1, t2]),
        feat(9, &[tm2, tm1, t0]),
        feat(10, &[w.lower, t1]),
        feat(11, &[tm1, w.lower]),
        feat(12, &[lw(-1), t0]),
        feat(13, &[t0, lw(1)]),
        feat(14, &[p1]),
        feat(15, &[p1, t0]),
        feat(16, &[p1, p2, t0]),
        feat(17, &[p1, t0, t1]),
        feat(18, &[w.lower, t0]),
        feat(19, &[t0, t(3)]),
        feat(20, &[lw(-2)]),
        feat(21, &[lw(2)]),
        feat(22, &[lw(-1)]),
        feat(23, &[lw(1)]),
        feat(24, &[sf(-1), t0]),
        feat(25, &[t0, sf(1)]),
        feat(26, &[w.suf[1]]),
        feat(27, &[w.pre[1]]),
        feat(28, &[tm1, t1]),
        feat(29, &[tm2, t0, t2]),
        feat(30, &[p1, w.lower]),
        feat(31, &[t(-3), t0]),
    ]);
}

impl Supertagger {
    /// Supertags one sentence whose tag classes are `tags`: `out[i]` is the class of
    /// `forms[i]`.
    pub fn tag(&self, forms: &[&str], tags: &[u16], s: &mut SupertagScratch, out: &mut Vec<u16>) {
        out.clear();
        s.info.clear();
        for f in forms {
            s.info.push(WordInfo::new(f, &mut s.buf));
        }
        s.scores.resize(self.classes.len(), 0);
        let (mut p1, mut p2) = (START, START);
        for i in 0..forms.len() {
            features(&s.info, tags, i, p1, p2, &mut s.feats);
            s.scores.fill(0);
            self.weights.score(&s.feats, &mut s.scores);
            let c = argmax(&s.scores, |_| true).unwrap_or(0) as u16;
            out.push(c);
            p2 = p1;
            p1 = c as u64 + 1;
        }
    }
}

/// Trains a supertagger over `classes` (ids as used in the examples).
pub fn train(
    examples: &[SupertagExample],
    classes: &[String],
    epochs: usize,
    rng: &mut crate::train::Rng,
) -> Supertagger {
    let mut t = Trainer::new(classes.len());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut buf = String::new();
    let infos: Vec<Vec<WordInfo>> = examples
        .iter()
        .map(|e| e.forms.iter().map(|f| WordInfo::new(f, &mut buf)).collect())
        .collect();
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; classes.len()];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let (info, ex) = (&infos[k], &examples[k]);
            let (mut p1, mut p2) = (START, START);
            for i in 0..info.len() {
                features(info, &ex.tags, i, p1, p2, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                t.score(&feats, &mut scores);
                let g = argmax(&scores, |_| true).unwrap_or(0);
                t.tick();
                t.update(&feats, ex.gold[i] as usize, g);
                p2 = p1;
                p1 = g as u64 + 1;
            }
        }
    }
    Supertagger {
        weights: t.finish(0.0, 1),
        classes: classes.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_learns_supertags_that_follow_from_the_words_and_tags_around() {
        // A toy language: a word's supertag is decided by its own tag and the next word's
        // (a determiner before a noun, a noun before a verb, the verb the root, a noun after
        // it its object): nothing a single word's form tells alone.
        let mut rng = crate::train::Rng::new(3);
        let nouns = ["cat", "dog", "envoy", "minister", "talks", "troops"];
        let verbs = ["met", "saw", "left", "joined"];
        let classes: Vec<String> = ["det/R", "nsubj/R", "root/0", "obj/L", "nmod/L"]
            .map(String::from)
            .to_vec();
        let mut examples = Vec::new();
        for _ in 0..300 {
            let n1 = nouns[(rng.next_u64() % 6) as usize];
            let v = verbs[(rng.next_u64() % 4) as usize];
            let n2 = nouns[(rng.next_u64() % 6) as usize];
            // Tags: 0 DET, 1 NOUN, 2 VERB.
            examples.push(SupertagExample {
                forms: ["the", n1, v, "the", n2].map(String::from).to_vec(),
                tags: vec![0, 1, 2, 0, 1],
                gold: vec![0, 1, 2, 0, 3],
            });
        }
        let st = train(&examples, &classes, 3, &mut rng);
        let mut s = SupertagScratch::default();
        let mut out = Vec::new();
        // Nouns in both roles, in a pairing not forced by training order.
        st.tag(
            &["the", "dog", "joined", "the", "cat"],
            &[0, 1, 2, 0, 1],
            &mut s,
            &mut out,
        );
        assert_eq!(out, [0, 1, 2, 0, 3]);
        st.tag(
            &["the", "talks", "met", "the", "envoy"],
            &[0, 1, 2, 0, 1],
            &mut s,
            &mut out,
        );
        assert_eq!(out, [0, 1, 2, 0, 3]);
    }
}
