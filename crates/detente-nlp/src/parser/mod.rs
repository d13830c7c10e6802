//! Greedy transition-based dependency parser: arc-hybrid transitions ([`state`]), Zhang & Nivre
//! style features ([`features`]), averaged perceptron over joint (move, label) classes, trained
//! with a dynamic oracle and error exploration (Goldberg & Nivre 2013).

pub mod beam;
pub mod features;
pub mod state;

use std::sync::Arc;

use crate::clusters::Clusters;
use crate::hash::str_hash;
use crate::perceptron::{argmax, Trainer, Weights};
use features::{
    extract, extract_some, mask, template_set, Atoms, BUFFER, DYNAMIC, STACK, TEMPLATES,
};

const STACK_SET: u128 = mask(&STACK);
const BUFFER_SET: u128 = mask(&BUFFER);
const DYNAMIC_SET: u128 = mask(&DYNAMIC);
use state::{Move, State};

/// A trained parser.
#[derive(Debug, Default, Clone)]
pub struct Parser {
    pub weights: Weights,
    /// Dependency relations; class 0 is SHIFT, `1 + l` LEFT(l), `1 + L + l` RIGHT(l).
    pub labels: Vec<String>,
    pub root: u16,
    /// Beam width the weights were trained for ([`beam`]); 0 or 1: greedy.
    pub beam: u16,
    /// Word clusters (empty: a model without them), shared with the tagger.
    pub clusters: Arc<Clusters>,
}

/// Buffers reused across sentences so parsing allocates nothing per word.
#[derive(Debug, Default)]
pub struct ParseScratch {
    st: State,
    feats: Vec<u64>,
    scores: Vec<i32>,
    /// Training scores (the trainer's float weights).
    fscores: Vec<f32>,
    w: Vec<u64>,
    p: Vec<u64>,
    x: Vec<u64>,
    t: Vec<u64>,
    c: Vec<u64>,
    /// Whether this sentence has supertags, and so the templates that read them count.
    supertags: bool,
    /// The templates in use ([`template_set`]) and, for it, the [`STACK`], [`BUFFER`] and
    /// [`DYNAMIC`] groups' templates in use.
    used: u128,
    groups: [Vec<usize>; 3],
    buf: String,
    /// Every template's feature of the current state, by template.
    all: Vec<u64>,
    /// Score sums of the [`STACK`] templates, one row of classes per word: a word's row holds
    /// for as long as the word is on the stack (`stack_ok` says whether it is filled yet).
    stack_sums: Vec<i32>,
    stack_ok: Vec<bool>,
    /// Score sums of the [`BUFFER`] templates for the buffer front `buffer_at`.
    buffer_sums: Vec<i32>,
    buffer_at: usize,
    beam: beam::BeamScratch,
}

impl ParseScratch {
    /// The features of the current state, from this sentence's atoms, into `feats`.
    fn extract(&mut self) {
        let atoms = Atoms {
            w: &self.w,
            p: &self.p,
            x: &self.x,
            t: &self.t,
            c: &self.c,
        };
        extract(&self.st, &atoms, &mut self.feats);
        keep_used(&mut self.feats, self.used);
    }

    /// Chooses the templates of a parser with or without supertags and clusters.
    fn use_templates(&mut self, supertags: bool, clusters: bool) {
        let used = template_set(supertags, clusters);
        if used == self.used && !self.groups[0].is_empty() {
            return;
        }
        self.used = used;
        for (g, all) in self
            .groups
            .iter_mut()
            .zip([&STACK[..], &BUFFER[..], &DYNAMIC[..]])
        {
            g.clear();
            g.extend(all.iter().copied().filter(|&t| used >> t & 1 == 1));
        }
    }

    /// Scores the current state into `scores` (length `nc`): the sums of its stack top's and
    /// buffer front's fixed templates, computed the first time they are needed, plus the
    /// templates that change at every transition. The same integer sums as scoring all
    /// templates at once, in fewer lookups.
    fn score(&mut self, weights: &Weights, top: u32, nc: usize) {
        if self.all.len() != TEMPLATES {
            self.all.resize(TEMPLATES, 0);
        }
        let all: &mut [u64; TEMPLATES] = match self.all.as_mut_slice().try_into() {
            Ok(a) => a,
            Err(_) => return,
        };
        let atoms = Atoms {
            w: &self.w,
            p: &self.p,
            x: &self.x,
            t: &self.t,
            c: &self.c,
        };
        let top = top as usize;
        let (Some(row), Some(ok)) = (
            self.stack_sums.get_mut(top * nc..(top + 1) * nc),
            self.stack_ok.get_mut(top),
        ) else {
            return;
        };
        let buffer_new = self.buffer_at != self.st.b;
        let mut wanted = DYNAMIC_SET;
        if !*ok {
            wanted |= STACK_SET;
        }
        if buffer_new {
            wanted |= BUFFER_SET;
        }
        wanted &= self.used;
        let [stack, buffer, dynamic] = &self.groups;
        extract_some(&self.st, &atoms, all, wanted);
        if !*ok {
            self.feats.clear();
            self.feats.extend(stack.iter().map(|&t| all[t]));
            row.fill(0);
            weights.score(&self.feats, row);
            *ok = true;
        }
        if buffer_new {
            self.feats.clear();
            self.feats.extend(buffer.iter().map(|&t| all[t]));
            self.buffer_sums.fill(0);
            weights.score(&self.feats, &mut self.buffer_sums);
            self.buffer_at = self.st.b;
        }
        for ((x, a), b) in self.scores.iter_mut().zip(&*row).zip(&self.buffer_sums) {
            *x = a + b;
        }
        self.feats.clear();
        self.feats.extend(dynamic.iter().map(|&t| all[t]));
        weights.score(&self.feats, &mut self.scores);
    }
}

const ROOT_ATOM: u64 = 0x524f_4f54;

/// The cluster level the parser reads: the finest. Of the three, it parsed best on EWT dev,
/// GUM dev and GUM train (with the middle one, GUM train UAS was level and EWT dev 0.3 lower).
const CLUSTER_LEVEL: usize = crate::clusters::LEVELS - 1;

/// Keeps the features of the templates in `used`, in template order.
fn keep_used(feats: &mut Vec<u64>, used: u128) {
    let mut t = 0;
    feats.retain(|_| {
        t += 1;
        used >> (t - 1) & 1 == 1
    });
}

fn decode(labels: usize, c: usize) -> (Move, u16) {
    if c == 0 {
        (Move::Shift, 0)
    } else if c <= labels {
        (Move::Left, (c - 1) as u16)
    } else {
        (Move::Right, (c - 1 - labels) as u16)
    }
}

fn valid(st: &State, root: u16, labels: usize, c: usize) -> bool {
    let (m, l) = decode(labels, c);
    if !st.can(m) {
        return false;
    }
    match m {
        Move::Shift => true,
        Move::Left => (st.b0() == 0) == (l == root),
        Move::Right => l != root,
    }
}

/// The highest-scoring valid class: the same choice as `argmax` with [`valid`] (ties go to the
/// lowest class), but the moves' validity is decided once instead of once per class. Invalid
/// classes are overwritten with `i32::MIN` in `scores` (scratch), so that the maximum and its
/// first position are two plain scans.
fn best_valid(st: &State, root: u16, labels: usize, scores: &mut [i32]) -> Option<usize> {
    let nc = scores.len().min(1 + 2 * labels);
    let (shift, left, right) = (st.can(Move::Shift), st.can(Move::Left), st.can(Move::Right));
    if !(shift || left || right) || nc == 0 {
        return None;
    }
    let root = root as usize;
    let scores = &mut scores[..nc];
    let lefts = 1..(1 + labels).min(nc);
    let rights = (1 + labels).min(nc)..nc;
    if !shift {
        scores[0] = i32::MIN;
    }
    if !left {
        scores[lefts].fill(i32::MIN);
    } else if st.b0() == 0 {
        // Only LEFT(root) attaches the last word to the root.
        for (l, x) in scores[lefts].iter_mut().enumerate() {
            if l != root {
                *x = i32::MIN;
            }
        }
    } else if let Some(x) = scores.get_mut(1 + root) {
        *x = i32::MIN;
    }
    if !right {
        scores[rights].fill(i32::MIN);
    } else if let Some(x) = scores.get_mut(1 + labels + root) {
        *x = i32::MIN;
    }
    let max = *scores.iter().max()?;
    // A valid class scoring `i32::MIN` (never seen: rows are i16 sums) ties with the invalid
    // ones, so only then is validity asked again.
    scores
        .iter()
        .enumerate()
        .position(|(c, &v)| v == max && (max != i32::MIN || valid(st, root as u16, labels, c)))
}

/// Lowercased-form hash and the hash of its last three chars: the parser's word atoms.
pub fn word_atoms(form: &str, buf: &mut String) -> (u64, u64) {
    buf.clear();
    for c in form.chars() {
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    let cut = buf.char_indices().rev().nth(2).map(|(i, _)| i).unwrap_or(0);
    (str_hash(buf), str_hash(&buf[cut..]) ^ 0x5f5f)
}

fn tag_atom(t: u16) -> u64 {
    0x7461_6700_0000 | t as u64
}

fn fill_atoms(
    s: &mut ParseScratch,
    clusters: &Clusters,
    forms: &[&str],
    tags: &[u16],
    stags: &[u16],
) {
    s.w.clear();
    s.p.clear();
    s.x.clear();
    s.t.clear();
    s.c.clear();
    s.c.push(ROOT_ATOM);
    s.w.push(ROOT_ATOM);
    s.p.push(ROOT_ATOM);
    s.x.push(ROOT_ATOM);
    s.t.push(ROOT_ATOM);
    s.supertags = !forms.is_empty() && stags.len() == forms.len();
    s.use_templates(s.supertags, !clusters.is_empty());
    for (i, (f, t)) in forms.iter().zip(tags).enumerate() {
        let (a, x) = word_atoms(f, &mut s.buf);
        s.c.push(clusters.atoms(a)[CLUSTER_LEVEL]);
        s.w.push(a);
        s.x.push(x);
        s.p.push(tag_atom(*t));
        s.t.push(0x7374_0000_0000 | stags.get(i).map(|&c| c as u64 + 1).unwrap_or(0));
    }
}

impl Parser {
    pub fn n_classes(&self) -> usize {
        1 + 2 * self.labels.len()
    }

    /// Parses one sentence given its words and tag classes; fills `heads` (0 = root) and
    /// `labels` (ids into `self.labels`), one per word.
    pub fn parse(
        &self,
        forms: &[&str],
        tags: &[u16],
        stags: &[u16],
        s: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<u16>,
    ) {
        let n = forms.len();
        let width = self.beam as usize;
        if width > 1 && n <= beam::MAX_WORDS {
            let mut b = std::mem::take(&mut s.beam);
            self.parse_beam(forms, tags, stags, width, s, &mut b, heads, labels);
            s.beam = b;
            return;
        }
        fill_atoms(s, &self.clusters, forms, tags, stags);
        s.st.reset(n);
        let nl = self.labels.len();
        let nc = self.n_classes();
        s.scores.resize(nc, 0);
        s.stack_sums.resize((n + 1) * nc, 0);
        s.stack_ok.clear();
        s.stack_ok.resize(n + 1, false);
        s.buffer_sums.resize(nc, 0);
        s.buffer_at = usize::MAX;
        let left_root = 1 + self.root as usize;
        while !s.st.is_terminal() {
            // A move the state alone forces (SHIFT onto an empty stack, the last word onto the
            // root) is the one `best_valid` picks whatever the scores: take it unscored.
            let forced = if s.st.stack.is_empty() && s.st.can(Move::Shift) {
                Some(0)
            } else if s.st.b0() == 0 && s.st.stack.len() == 1 && left_root < nc {
                Some(left_root)
            } else {
                None
            };
            let c = match forced {
                Some(c) => c,
                None => {
                    // Not forced, so the stack has a top.
                    let Some(top) = s.st.s(0) else { break };
                    s.score(&self.weights, top, nc);
                    let Some(c) = best_valid(&s.st, self.root, nl, &mut s.scores) else {
                        break;
                    };
                    c
                }
            };
            let (m, l) = decode(nl, c);
            s.st.apply(m, l);
        }
        heads.clear();
        labels.clear();
        for i in 1..=n {
            let h = s.st.heads[i];
            // Unattached words (only if decoding stopped early) hang from the root.
            if h == state::NO_HEAD {
                heads.push(0);
                labels.push(self.root);
            } else {
                heads.push(h);
                labels.push(s.st.labels[i]);
            }
        }
    }
}

/// The dynamic oracle's costs of SHIFT, LEFT and RIGHT in `st`, labels aside (`u32::MAX`: the
/// move is not possible).
fn move_costs(st: &State, gold_h: &[u32]) -> [u32; 3] {
    [Move::Shift, Move::Left, Move::Right].map(|m| {
        if st.can(m) {
            st.cost(m, gold_h)
        } else {
            u32::MAX
        }
    })
}

/// The cost of class `c` given its move's cost `mc` ([`move_costs`]): one more for an arc to
/// the right head with the wrong label.
fn class_cost(
    st: &State,
    mc: &[u32; 3],
    gold_h: &[u32],
    gold_l: &[u16],
    nl: usize,
    c: usize,
) -> u32 {
    let (m, l) = decode(nl, c);
    let base = mc[m as usize];
    if base == u32::MAX {
        return base;
    }
    let Some(s0) = st.s(0) else { return base };
    let gh = gold_h[s0 as usize];
    let arc_ok = match m {
        Move::Shift => false,
        Move::Left => gh == st.b0(),
        Move::Right => Some(gh) == st.s(1),
    };
    base + (arc_ok && gold_l[s0 as usize] != l) as u32
}

/// A training sentence: forms, (predicted) tag classes, gold heads and label ids.
pub struct ParseExample {
    pub forms: Vec<String>,
    pub tags: Vec<u16>,
    /// (Predicted) supertag classes.
    pub stags: Vec<u16>,
    pub heads: Vec<u32>,
    pub labels: Vec<u16>,
}

/// Trains the parser with a dynamic oracle; from the second epoch on it follows its own
/// prediction with probability `explore`.
#[allow(clippy::too_many_arguments)]
pub fn train(
    examples: &[ParseExample],
    labels: Vec<String>,
    clusters: &Arc<Clusters>,
    epochs: usize,
    explore: f64,
    min_updates: u32,
    rng: &mut crate::train::Rng,
    mut progress: impl FnMut(usize, &dyn Fn() -> Parser),
) -> Parser {
    let root = labels.iter().position(|l| l == "root").unwrap_or(0) as u16;
    let nl = labels.len();
    let n_classes = 1 + 2 * nl;
    let mut t = Trainer::new(n_classes);
    let mut s = ParseScratch::default();
    s.fscores.resize(n_classes, 0.0);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut gold_h = Vec::new();
    let mut gold_l = Vec::new();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &examples[k];
            let forms: Vec<&str> = ex.forms.iter().map(|f| f.as_str()).collect();
            fill_atoms(&mut s, clusters, &forms, &ex.tags, &ex.stags);
            gold_h.clear();
            gold_h.push(0);
            gold_h.extend_from_slice(&ex.heads);
            gold_l.clear();
            gold_l.push(0);
            gold_l.extend_from_slice(&ex.labels);
            s.st.reset(forms.len());
            while !s.st.is_terminal() {
                s.extract();
                s.fscores.iter_mut().for_each(|x| *x = 0.0);
                t.score(&s.feats, &mut s.fscores);
                let st = &s.st;
                let Some(pred) = argmax(&s.fscores, |c| valid(st, root, nl, c)) else {
                    break;
                };
                let mc = move_costs(st, &gold_h);
                let cost = |c: usize| class_cost(st, &mc, &gold_h, &gold_l, nl, c);
                let min = (0..n_classes)
                    .filter(|&c| valid(st, root, nl, c))
                    .map(cost)
                    .min()
                    .unwrap_or(0);
                let best = argmax(&s.fscores, |c| valid(st, root, nl, c) && cost(c) == min)
                    .unwrap_or(pred);
                t.tick();
                let follow = if cost(pred) != min {
                    t.update(&s.feats, best, pred);
                    if epoch > 0 && rng.next_f64() < explore {
                        pred
                    } else {
                        best
                    }
                } else {
                    pred
                };
                let (m, l) = decode(nl, follow);
                s.st.apply(m, l);
            }
        }
        let snapshot = || Parser {
            weights: t.finish(0.0, min_updates),
            labels: labels.clone(),
            root,
            beam: 0,
            clusters: clusters.clone(),
        };
        progress(epoch, &snapshot);
    }
    Parser {
        weights: t.finish(0.0, min_updates),
        labels,
        root,
        beam: 0,
        clusters: clusters.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_valid_picks_what_argmax_over_valid_classes_picks() {
        // Random walks through states of random sentences, with scores drawn from a narrow
        // range so that ties are common: the fast scan must agree with the reference choice.
        let mut rng = crate::train::Rng::new(7);
        let labels = 6;
        for root in [0u16, 3, 5] {
            for n in 1..12 {
                let mut st = State::default();
                st.reset(n);
                while !st.is_terminal() {
                    let scores: Vec<i32> = (0..1 + 2 * labels)
                        .map(|_| (rng.next_u64() % 5) as i32 - 2)
                        .collect();
                    let want = argmax(&scores, |c| valid(&st, root, labels, c));
                    let got = best_valid(&st, root, labels, &mut scores.clone());
                    assert_eq!(got, want, "n {n}, root {root}, scores {scores:?}");
                    let Some(c) = want else { break };
                    // Walk on by a random valid class, not only the best one.
                    let any: Vec<usize> = (0..scores.len())
                        .filter(|&c| valid(&st, root, labels, c))
                        .collect();
                    let c = if rng.next_u64() % 2 == 0 {
                        c
                    } else {
                        any[(rng.next_u64() % any.len() as u64) as usize]
                    };
                    let (m, l) = decode(labels, c);
                    st.apply(m, l);
                }
            }
        }
    }
}
