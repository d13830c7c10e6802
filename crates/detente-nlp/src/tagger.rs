//! Averaged-perceptron part-of-speech tagger. One class is an (XPOS, UPOS) pair, so both tag sets
//! come out of one greedy left-to-right pass. Frequent unambiguous words skip the model through a
//! tag dictionary learned from the treebank.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::clusters::Clusters;
use crate::features::{WordInfo, NONE};
use crate::perceptron::{argmax, Trainer, Weights};

mod control;
mod headline;
mod names;
mod nominal;
mod rules;
mod templates;
mod word_scores;

use templates::{cluster_features, context_features, own_features, second_features, Own};
pub use templates::{features, features2};
use word_scores::{WeightsId, WordScores};

/// A trained tagger.
#[derive(Debug, Default, Clone)]
pub struct Tagger {
    pub weights: Weights,
    /// Class id → (XPOS, UPOS).
    pub classes: Vec<(String, String)>,
    /// Exact-form hash → class, for frequent unambiguous words.
    pub tagdict: FxHashMap<u64, u16>,
    /// Lowercased-form hash → hash of the set of classes seen with it (its ambiguity class).
    pub ambig: FxHashMap<u64, u64>,
    /// Second pass that also sees the first pass's tags to the right (empty: one pass only).
    pub weights2: Weights,
    /// Names these weights for the sums a [`TagScratch`] keeps; renew it when they change.
    pub(crate) id: WeightsId,
    /// Word clusters (empty: a model without them), shared with the parser.
    pub clusters: Arc<Clusters>,
}

/// Scratch buffers reused across sentences.
#[derive(Debug, Default)]
pub struct TagScratch {
    info: Vec<WordInfo>,
    amb: Vec<u64>,
    feats: Vec<u64>,
    /// Class scores in integer steps of the table's scale (see [`Weights::score`]).
    scores: Vec<i32>,
    buf: String,
    first: Vec<u16>,
    /// How far the first pass's choice for each word scored above the runner-up.
    margin: Vec<f32>,
    own: WordScores,
}

const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4e44;
const UNKNOWN: u64 = 0x0055_4e4b;

/// How far below its chosen tag a finite-verb reading may score and still be taken in a
/// verbless headline. Set on GUM dev (out of domain, never trained on): of its 80 verbless
/// sentences, the ones within this margin are nearly all misread verbs ("None of these
/// contained …", "This occurs for two reasons").
const VERB_MARGIN: f32 = -40.0;

/// The best class (the first of equals, as [`argmax`]) and how far it scores above the
/// runner-up.
fn best_two(scores: &[i32]) -> (usize, i32) {
    // Branch-free passes that vectorise: the maximum, its first place, and the maximum of the
    // others (equal to it if it is tied).
    let max = |s: &[i32]| s.iter().copied().fold(i32::MIN, i32::max);
    let top = max(scores);
    let best = scores.iter().position(|&v| v == top).unwrap_or(0);
    let (before, after) = scores.split_at(best.min(scores.len()));
    let second = max(before).max(max(after.get(1..).unwrap_or(&[])));
    (best, top.saturating_sub(second))
}

/// A first-pass tag chosen by more than this over the runner-up is kept without a second look.
/// The second pass changes such tags almost never, and skipping them saves most of its work
/// (13 % of the tokenise-tag-parse time on news text). Set on GUM dev (never trained on): at
/// 20, UPOS and UAS are unchanged (+0.01, +0.02); at 10 they fall by 0.03–0.05.
const SURE: f32 = 20.0;

/// Whether `form` can be an English auxiliary: a form of "be", "have", "do", "get" or a modal,
/// the start of one ("shoul", web text's typing), a contraction, or a word of three letters or
/// fewer ("ca" of "can't", "wo" of "won't", "hav"). The treebank's other misspellings ("woud",
/// "hvae") are given up.
fn may_be_auxiliary(form: &str) -> bool {
    let starts = |a: &&str| {
        a.len() >= form.len() && a.as_bytes()[..form.len()].eq_ignore_ascii_case(form.as_bytes())
    };
    form.chars().count() <= 3
        || !form.chars().all(char::is_alphabetic)
        || rules::AUXILIARIES
            .iter()
            .chain(&["gotten", "wilt"])
            .any(starts)
}

impl Tagger {
    /// Tags the words of one sentence: `out[i]` is the class of `forms[i]`.
    pub fn tag(&self, forms: &[&str], scratch: &mut TagScratch, out: &mut Vec<u16>) {
        out.clear();
        scratch.info.clear();
        scratch.amb.clear();
        for f in forms {
            let wi = WordInfo::clustered(f, &mut scratch.buf, &self.clusters);
            scratch
                .amb
                .push(self.ambig.get(&wi.lower).copied().unwrap_or(UNKNOWN));
            scratch.info.push(wi);
        }
        let n_classes = self.classes.len();
        scratch.scores.resize(n_classes, 0);
        let (mut p1, mut p2) = (START, START);
        scratch.margin.clear();
        for i in 0..forms.len() {
            let c = match self.tagdict.get(&scratch.info[i].form) {
                Some(&c) => {
                    scratch.margin.push(f32::INFINITY);
                    c
                }
                None => {
                    self.score_word(false, i, p1, p2, scratch);
                    let (c, m) = best_two(&scratch.scores);
                    scratch.margin.push(m as f32 * self.weights.scale());
                    c as u16
                }
            };
            out.push(c);
            p2 = p1;
            p1 = c as u64;
        }
        if self.weights2.n_classes == 0 {
            return;
        }
        std::mem::swap(&mut scratch.first, out);
        out.clear();
        let (mut p1, mut p2) = (START, START);
        for (i, form) in forms.iter().enumerate() {
            // An auxiliary is a closed class: a word outside it read as one ("Kenyan *police*
            // arrested …" read as "were arrested") takes its best other class.
            let misread = |c: u16| self.upos(c) == "AUX" && !may_be_auxiliary(form);
            let c = match self.tagdict.get(&scratch.info[i].form) {
                Some(&c) => c,
                None if scratch.margin[i] > SURE && !misread(scratch.first[i]) => scratch.first[i],
                None => {
                    self.score_word(true, i, p1, p2, scratch);
                    let c = argmax(&scratch.scores, |_| true).unwrap_or(0) as u16;
                    if misread(c) {
                        argmax(&scratch.scores, |k| self.upos(k as u16) != "AUX").unwrap_or(0)
                            as u16
                    } else {
                        c
                    }
                }
            };
            out.push(c);
            p2 = p1;
            p1 = c as u64;
        }
    }

    /// Fills `scratch.scores` with the class scores of word `i` after the classes `p1`, `p2`,
    /// by the second pass (which also sees the first pass's tags to the right) or the first.
    fn score_word(&self, second: bool, i: usize, p1: u64, p2: u64, scratch: &mut TagScratch) {
        let weights = if second {
            &self.weights2
        } else {
            &self.weights
        };
        let (w, am) = (&scratch.info[i], scratch.amb[i]);
        scratch.own.fill(
            &self.id,
            weights,
            (w.form, second),
            || own_features(w, am),
            &mut scratch.scores,
        );
        scratch.feats.clear();
        context_features(&scratch.info, &scratch.amb, i, p1, p2, &mut scratch.feats);
        cluster_features(&scratch.info, i, p1, false, &mut scratch.feats);
        if second {
            second_features(&scratch.info, i, p1, &scratch.first, &mut scratch.feats);
        }
        weights.score(&scratch.feats, &mut scratch.scores);
    }

    /// Gives a verbless headline of four or more words a finite verb where the model nearly
    /// chose one; call it right after [`Tagger::tag`] with the same scratch. Headlines write
    /// "Car bomb attack kills dozens" and "Iran issues arrest warrants": a treebank of web text
    /// has few of them, so the tagger reads the verb as the last noun of a compound, and the
    /// parse that follows has no predicate at all. The common noun (not the first word), or the
    /// lowercase word read as a proper noun, whose best finite-verb score comes closest to its
    /// chosen tag's becomes a verb, if it comes within [`VERB_MARGIN`]: in the tense and person
    /// its spelling allows ("-ed" past, "-s" third person, else present), and only if
    /// `verb_form(word, xpos)` says it is that form of a known verb ("junta" is none, whatever
    /// its scores). Only for headlines: web text and speech have verbless fragments of their
    /// own ("Great food, friendly staff"), and on the treebanks the rule costs a little; body
    /// text has [`Tagger::ensure_past_verb`].
    pub fn ensure_verb(
        &self,
        forms: &[&str],
        scratch: &mut TagScratch,
        out: &mut [u16],
        verb_form: &dyn Fn(&str, &str) -> bool,
    ) {
        self.ensure_verb_by(forms, scratch, out, verb_form, false);
    }

    /// [`Tagger::ensure_verb`] for a sentence of body text, which must have no verb of any
    /// form, and then only for a past tense with its object right after it: "Police shot dead
    /// three militants", "Soldiers shot a protester", where the model read "shot" as a noun
    /// after a plural subject and the sentence lost its event. Fragments of web text
    /// ("Background support systems", "Bike ride in the park") have no past tense there.
    pub fn ensure_past_verb(
        &self,
        forms: &[&str],
        scratch: &mut TagScratch,
        out: &mut [u16],
        verb_form: &dyn Fn(&str, &str) -> bool,
    ) {
        self.ensure_verb_by(forms, scratch, out, verb_form, true);
    }

    fn ensure_verb_by(
        &self,
        forms: &[&str],
        scratch: &mut TagScratch,
        out: &mut [u16],
        verb_form: &dyn Fn(&str, &str) -> bool,
        body: bool,
    ) {
        // Each clause a semicolon closes is checked apart ("Iran issues arrest warrants …;
        // seeks Interpol's aid"); in body text a comma closes one too, so that an attribution
        // does not lend its verb to the report ("The army shot down two drones, officials
        // said").
        let mut from = 0;
        for i in 0..=forms.len() {
            if i == forms.len() || forms[i] == ";" || body && forms[i] == "," {
                self.ensure_verb_in(forms, scratch, out, (from, i), verb_form, body);
                from = i + 1;
            }
        }
    }

    fn ensure_verb_in(
        &self,
        forms: &[&str],
        scratch: &mut TagScratch,
        out: &mut [u16],
        (from, to): (usize, usize),
        verb_form: &dyn Fn(&str, &str) -> bool,
        body: bool,
    ) {
        let is_finite = |c: u16| {
            matches!(self.xpos(c), "VBZ" | "VBD" | "VBP" | "MD")
                || body && matches!(self.upos(c), "VERB" | "AUX")
        };
        // Checked first: a later clause's verb ("as fears grow") is no verb of the subjects.
        if !body
            && (self.names_then_verb(forms, out, from, to, verb_form)
                || self.titled_name_then_verb(forms, out, from, to, verb_form))
        {
            return;
        }
        // What body text takes after its past tense: an object or "dead", perhaps after the
        // verb's particle ("shot down two drones").
        let object_at = |i: usize| {
            out.get(i)
                .is_some_and(|&c| matches!(self.upos(c), "DET" | "NUM" | "PRON" | "PROPN" | "ADJ"))
        };
        let particle = |i: usize| {
            forms
                .get(i)
                .is_some_and(|f| matches!(*f, "down" | "up" | "out" | "off"))
        };
        let object_after = |i: usize| object_at(i + 1) || particle(i + 1) && object_at(i + 2);
        // "Germany to send tanks to Ukraine": a headline's future is "to" and the base form
        // right after its subject (not a purpose clause further on: "200 drink cow urine to
        // fight off COVID-19").
        let future = out[from..to.min(from + 6)]
            .windows(2)
            .any(|w| self.xpos(w[0]) == "TO" && self.xpos(w[1]) == "VB");
        if to < from + 4
            || future
            || out[from..to]
                .iter()
                .any(|&c| is_finite(c) || self.upos(c) == "AUX")
        {
            return;
        }
        let finite: Vec<usize> = (0..self.classes.len())
            .filter(|&c| {
                let (x, u) = &self.classes[c];
                u == "VERB" && matches!(x.as_str(), "VBZ" | "VBD" | "VBP")
            })
            .collect();
        let two_pass = self.weights2.n_classes != 0;
        let mut best: Option<(f32, usize, u16)> = None;
        for i in from + 1..to {
            let info = &scratch.info[i];
            // A lowercase word read as a proper noun ("India exchange fire") is no name either.
            if !matches!(self.upos(out[i]), "NOUN" | "PROPN")
                || self.tagdict.contains_key(&info.form)
                || !forms[i].starts_with(|c: char| c.is_lowercase())
                || rules::fixed_noun(forms, i)
                || self.inside_noun_phrase(out, i, to)
            {
                continue;
            }
            let p1 = out[i - 1] as u64;
            let p2 = if i >= 2 { out[i - 2] as u64 } else { START };
            self.score_word(two_pass, i, p1, p2, scratch);
            let scale = if two_pass {
                self.weights2.scale()
            } else {
                self.weights.scale()
            };
            // How close the word came to any finite verb; its tense and person are then the
            // ones its spelling allows ("exchange" scored best as a past tense is a present).
            let chosen = scratch.scores[out[i] as usize];
            let Some(margin) = finite
                .iter()
                .map(|&c| (scratch.scores[c] - chosen) as f32 * scale)
                .max_by(f32::total_cmp)
            else {
                continue;
            };
            let lower = forms[i].to_lowercase();
            // An irregular past that is no present ("shot", "struck") is a past.
            let xpos = if lower.ends_with("ed") {
                "VBD"
            } else if lower.ends_with('s') && !lower.ends_with("ss") {
                "VBZ"
            } else if !verb_form(&lower, "VBP") && verb_form(&lower, "VBD") {
                "VBD"
            } else {
                "VBP"
            };
            let Some(c) = finite
                .iter()
                .copied()
                .find(|&c| self.xpos(c as u16) == xpos)
            else {
                continue;
            };
            if body && (xpos != "VBD" || !object_after(i)) {
                continue;
            }
            if verb_form(&lower, xpos) && best.is_none_or(|(m, _, _)| margin > m) {
                best = Some((margin, i, c as u16));
            }
        }
        if let Some((_, i, c)) = best.filter(|&(m, _, _)| m > VERB_MARGIN) {
            out[i] = c;
        }
    }

    /// Whether the word at `i` of a clause ending at `to` can only be inside a noun phrase: after
    /// a determiner ("the strike"), or between a numeral and a noun ("kills three aid workers",
    /// where "aid" scored nearer a verb than "kills"). A numeral before a word that no noun
    /// follows may be its subject ("12 die in Kharkiv").
    fn inside_noun_phrase(&self, out: &[u16], i: usize, to: usize) -> bool {
        let upos = |k: usize| self.upos(out[k]);
        match upos(i - 1) {
            "DET" => true,
            "NUM" => i + 1 < to && matches!(upos(i + 1), "NOUN" | "PROPN"),
            _ => false,
        }
    }

    /// The class of an (XPOS, UPOS) pair, if the model has it.
    pub(crate) fn class_of(&self, xpos: &str, upos: &str) -> Option<u16> {
        self.classes
            .iter()
            .position(|(x, u)| x == xpos && u == upos)
            .map(|k| k as u16)
    }

    pub fn xpos(&self, class: u16) -> &str {
        self.classes
            .get(class as usize)
            .map(|c| c.0.as_str())
            .unwrap_or("X")
    }

    pub fn upos(&self, class: u16) -> &str {
        self.classes
            .get(class as usize)
            .map(|c| c.1.as_str())
            .unwrap_or("X")
    }
}

/// A training sentence: forms and gold class ids.
#[derive(Debug, Clone)]
pub struct TagExample {
    pub forms: Vec<String>,
    pub gold: Vec<u16>,
}

/// Trains a tagger over `classes` (ids as used in the examples), reading word clusters from
/// `clusters` if it has any.
pub fn train(
    examples: &[TagExample],
    classes: &[(String, String)],
    clusters: &Arc<Clusters>,
    epochs: usize,
    rng: &mut crate::train::Rng,
) -> Tagger {
    let tagdict = build_tagdict(examples);
    let ambig = build_ambig(examples);
    let mut t = Trainer::new(classes.len());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut buf = String::new();
    let infos: Vec<Vec<WordInfo>> = examples
        .iter()
        .map(|e| {
            e.forms
                .iter()
                .map(|f| WordInfo::clustered(f, &mut buf, clusters))
                .collect()
        })
        .collect();
    let ambs: Vec<Vec<u64>> = infos
        .iter()
        .map(|v| {
            v.iter()
                .map(|w| ambig.get(&w.lower).copied().unwrap_or(UNKNOWN))
                .collect()
        })
        .collect();
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; classes.len()];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let (info, gold) = (&infos[k], &examples[k].gold);
            let (mut p1, mut p2) = (START, START);
            for i in 0..info.len() {
                let guess = if let Some(&c) = tagdict.get(&info[i].form) {
                    c as usize
                } else {
                    features(info, &ambs[k], i, p1, p2, &mut feats);
                    scores.iter_mut().for_each(|s| *s = 0.0);
                    t.score(&feats, &mut scores);
                    let g = argmax(&scores, |_| true).unwrap_or(0);
                    t.tick();
                    t.update(&feats, gold[i] as usize, g);
                    g
                };
                p2 = p1;
                p1 = guess as u64;
            }
        }
    }
    let _ = NONE;
    Tagger {
        weights: t.finish(0.0, 1),
        classes: classes.to_vec(),
        tagdict,
        ambig,
        weights2: Weights::default(),
        id: WeightsId::default(),
        clusters: clusters.clone(),
    }
}

/// Trains the second pass of `tagger`, whose first-pass tags for the training sentences are
/// `first` (jackknifed, so they carry realistic errors).
pub fn train_second(
    tagger: &mut Tagger,
    examples: &[TagExample],
    first: &[Vec<u16>],
    epochs: usize,
    rng: &mut crate::train::Rng,
) {
    let mut t = Trainer::new(tagger.classes.len());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut buf = String::new();
    let infos: Vec<Vec<WordInfo>> = examples
        .iter()
        .map(|e| {
            e.forms
                .iter()
                .map(|f| WordInfo::clustered(f, &mut buf, &tagger.clusters))
                .collect()
        })
        .collect();
    let ambs: Vec<Vec<u64>> = infos
        .iter()
        .map(|v| {
            v.iter()
                .map(|w| tagger.ambig.get(&w.lower).copied().unwrap_or(UNKNOWN))
                .collect()
        })
        .collect();
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; tagger.classes.len()];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let (info, gold) = (&infos[k], &examples[k].gold);
            let (mut p1, mut p2) = (START, START);
            for i in 0..info.len() {
                let guess = if let Some(&c) = tagger.tagdict.get(&info[i].form) {
                    c as usize
                } else {
                    features2(info, &ambs[k], i, p1, p2, &first[k], &mut feats);
                    scores.iter_mut().for_each(|s| *s = 0.0);
                    t.score(&feats, &mut scores);
                    let g = argmax(&scores, |_| true).unwrap_or(0);
                    t.tick();
                    t.update(&feats, gold[i] as usize, g);
                    g
                };
                p2 = p1;
                p1 = guess as u64;
            }
        }
    }
    tagger.weights2 = t.finish(0.0, 1);
    tagger.id = WeightsId::default();
}

fn build_tagdict(examples: &[TagExample]) -> FxHashMap<u64, u16> {
    let mut counts: FxHashMap<u64, FxHashMap<u16, u32>> = FxHashMap::default();
    for e in examples {
        for (f, g) in e.forms.iter().zip(&e.gold) {
            *counts
                .entry(crate::hash::str_hash(f))
                .or_default()
                .entry(*g)
                .or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(w, m)| {
            let total: u32 = m.values().sum();
            let (&c, &n) = m
                .iter()
                .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))?;
            (total >= 20 && n as f64 / total as f64 >= 0.995).then_some((w, c))
        })
        .collect()
}

/// Ambiguity classes: for each lowercased form seen twice or more, the set of classes that make
/// up at least 5% of its occurrences.
fn build_ambig(examples: &[TagExample]) -> FxHashMap<u64, u64> {
    let mut counts: FxHashMap<u64, FxHashMap<u16, u32>> = FxHashMap::default();
    let mut buf = String::new();
    for e in examples {
        for (f, g) in e.forms.iter().zip(&e.gold) {
            let w = WordInfo::new(f, &mut buf);
            *counts.entry(w.lower).or_default().entry(*g).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(w, m)| {
            let total: u32 = m.values().sum();
            if total < 2 {
                return None;
            }
            let mut set: Vec<u16> = m
                .iter()
                .filter(|(_, n)| **n as f64 >= 0.05 * total as f64)
                .map(|(c, _)| *c)
                .collect();
            set.sort_unstable();
            let h = set
                .iter()
                .fold(0xa3b1_u64, |h, c| crate::hash::mix(h, *c as u64));
            Some((w, h))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::best_two;
    use crate::perceptron::argmax;

    #[test]
    fn best_two_picks_what_argmax_picks_and_the_margin_over_the_runner_up() {
        assert_eq!(best_two(&[3, 9, 4]), (1, 5));
        // Equal best scores: the first, as argmax, with no margin.
        assert_eq!(best_two(&[1, 5, 5, 2]), (1, 0));
        assert_eq!(best_two(&[7]), (0, i32::MAX));
        for scores in [[4, -2, 4, 8], [-5, -5, -6, -1], [0, 0, 0, 0]] {
            assert_eq!(Some(best_two(&scores).0), argmax(&scores, |_| true));
        }
    }

    #[test]
    fn a_known_name_misread_as_a_verb_or_pronoun_becomes_a_proper_noun() {
        let classes = [
            ("VBG", "AUX"),
            ("NNP", "PROPN"),
            ("WP", "PRON"),
            ("MD", "AUX"),
            ("JJ", "ADJ"),
            ("DT", "DET"),
        ];
        // The words the tagger saw in training (by their lowercased form).
        let mut buf = String::new();
        let ambig = ["who", "great"]
            .iter()
            .map(|w| (crate::features::WordInfo::new(w, &mut buf).lower, 1))
            .collect();
        let tagger = super::Tagger {
            classes: classes
                .iter()
                .map(|(x, u)| (x.to_string(), u.to_string()))
                .collect(),
            ambig,
            ..Default::default()
        };
        let forms = [
            "Beijing",
            "WHO",
            "Will",
            "Who",
            "beijing",
            "Houthis",
            "Biden",
            "Great",
            "Ukrainian",
        ];
        let read = [0, 2, 3, 2, 0, 5, 4, 4, 4];
        let mut tags = read;
        let all = |_: &str| true;
        tagger.mark_names(&forms, &mut tags, &all);
        // A capitalised non-auxiliary and an acronym become names; an auxiliary and a
        // capitalised pronoun stay; a lower-case word is never a name. A function word or an
        // adjective the tagger never saw is a name, but not a demonym nor a known adjective.
        assert_eq!(tags, [1, 1, 3, 2, 0, 1, 1, 4, 4]);
        // Without the gazetteer's word, nothing changes.
        let mut tags = read;
        tagger.mark_names(&forms, &mut tags, &|_| false);
        assert_eq!(tags, read);
    }
}
