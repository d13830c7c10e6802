//! Evaluation against CoNLL-U gold: with gold tokenisation (accuracies), or from raw text with
//! words aligned by character spans as the CoNLL 2018 shared-task evaluator does (F1 scores).
//! LAS compares the universal part of the relation (`obl:tmod` counts as `obl`), as CoNLL 2018.

use rustc_hash::FxHashMap;

use crate::conllu::ConllSentence;
use crate::pipeline::Pipeline;

fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

/// Accuracies with gold tokenisation (percentages).
#[derive(Debug, Clone, Default)]
pub struct GoldScores {
    pub words: usize,
    pub upos: f64,
    pub xpos: f64,
    pub lemma: f64,
    pub uas: f64,
    pub las: f64,
    /// LAS with full relation labels (subtypes must match too).
    pub las_full: f64,
}

/// Annotates the gold words of `gold` and scores the result.
pub fn eval_gold(nlp: &Pipeline, gold: &[ConllSentence]) -> GoldScores {
    let mut n = 0usize;
    let (mut upos, mut xpos, mut lemma, mut uas, mut las, mut lasf) = (0, 0, 0, 0, 0, 0);
    for s in gold {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let pred = nlp.annotate_words(&forms);
        for (g, p) in s.words.iter().zip(&pred) {
            n += 1;
            upos += (g.upos == p.upos) as usize;
            xpos += (g.xpos == p.xpos) as usize;
            lemma += (g.lemma == p.lemma) as usize;
            if g.head == p.head {
                uas += 1;
                las += (universal(&g.deprel) == universal(&p.deprel)) as usize;
                lasf += (g.deprel == p.deprel) as usize;
            }
        }
    }
    let pct = |c: usize| {
        if n == 0 {
            0.0
        } else {
            100.0 * c as f64 / n as f64
        }
    };
    GoldScores {
        words: n,
        upos: pct(upos),
        xpos: pct(xpos),
        lemma: pct(lemma),
        uas: pct(uas),
        las: pct(las),
        las_full: pct(lasf),
    }
}

/// F1 scores (percentages) from raw text.
#[derive(Debug, Clone, Default)]
pub struct RawScores {
    pub tokens: f64,
    pub sentences: f64,
    pub words: f64,
    pub upos: f64,
    pub uas: f64,
    pub las: f64,
}

/// Rebuilds the raw text of a treebank from its `# text` lines: sentences of a paragraph joined
/// by a space, paragraphs and documents separated by a blank line.
pub fn raw_text(gold: &[ConllSentence]) -> String {
    let mut t = String::new();
    for (i, s) in gold.iter().enumerate() {
        if i > 0 {
            if s.has_comment("newpar") || s.has_comment("newdoc") {
                t.push_str("\n\n");
            } else {
                t.push(' ');
            }
        }
        match s.text() {
            Some(x) => t.push_str(x),
            None => {
                let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                t.push_str(&forms.join(" "));
            }
        }
    }
    t
}

fn f1(correct: usize, gold: usize, pred: usize) -> f64 {
    if gold + pred == 0 {
        return 100.0;
    }
    200.0 * correct as f64 / (gold + pred) as f64
}

fn count_chars(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

struct W {
    span: (usize, usize),
    form: String,
    upos: String,
    head: usize,
    rel: String,
}

/// Runs our tokenizer, splitter, tagger and parser over [`raw_text`] of `gold` and aligns.
pub fn eval_raw(nlp: &Pipeline, gold: &[ConllSentence]) -> RawScores {
    // Gold side, in the space of non-whitespace character positions.
    let mut g_tokens = Vec::new();
    let mut g_sents = Vec::new();
    let mut g_words: Vec<W> = Vec::new();
    let mut pos = 0;
    for s in gold {
        let base = g_words.len();
        let start = pos;
        for (first, last, form) in s.surface_tokens() {
            let span = (pos, pos + count_chars(form));
            pos = span.1;
            g_tokens.push(span);
            for w in &s.words[first..=last] {
                g_words.push(W {
                    span,
                    form: w.form.to_lowercase(),
                    upos: w.upos.clone(),
                    head: if w.head == 0 {
                        usize::MAX
                    } else {
                        base + w.head - 1
                    },
                    rel: universal(&w.deprel).to_string(),
                });
            }
        }
        g_sents.push((start, pos));
    }
    let text = raw_text(gold);
    let mut idx = vec![0usize; text.len() + 1];
    let mut k = 0;
    for (b, c) in text.char_indices() {
        for slot in &mut idx[b..b + c.len_utf8()] {
            *slot = k;
        }
        if !c.is_whitespace() {
            k += 1;
        }
    }
    idx[text.len()] = k;
    let pred = nlp.parse(&text);
    let mut p_tokens = Vec::new();
    let mut p_sents = Vec::new();
    let mut p_words: Vec<W> = Vec::new();
    for s in &pred {
        let base = p_words.len();
        let mut first = None;
        let mut last = 0;
        for t in &s.tokens {
            let span = (idx[t.start], idx[t.end]);
            if p_tokens.last() != Some(&span) || p_words.len() == base {
                p_tokens.push(span);
            }
            first.get_or_insert(span.0);
            last = span.1;
            p_words.push(W {
                span,
                form: t.form.to_lowercase(),
                upos: t.upos.to_string(),
                head: if t.head == 0 {
                    usize::MAX
                } else {
                    base + t.head - 1
                },
                rel: universal(&t.deprel).to_string(),
            });
        }
        if let Some(f) = first {
            p_sents.push((f, last));
        }
    }
    let matched = |a: &[(usize, usize)], b: &[(usize, usize)]| {
        let mut set: FxHashMap<(usize, usize), usize> = FxHashMap::default();
        for x in a {
            *set.entry(*x).or_default() += 1;
        }
        b.iter()
            .filter(|x| match set.get_mut(x) {
                Some(c) if *c > 0 => {
                    *c -= 1;
                    true
                }
                _ => false,
            })
            .count()
    };
    let tok_c = matched(&g_tokens, &p_tokens);
    let sent_c = matched(&g_sents, &p_sents);
    // Word alignment: same token span and same form (words of one multiword token in order).
    let mut by_key: FxHashMap<((usize, usize), &str), Vec<usize>> = FxHashMap::default();
    for (i, w) in g_words.iter().enumerate().rev() {
        by_key.entry((w.span, w.form.as_str())).or_default().push(i);
    }
    let mut align = vec![usize::MAX; p_words.len()];
    for (i, w) in p_words.iter().enumerate() {
        if let Some(v) = by_key.get_mut(&(w.span, w.form.as_str())) {
            if let Some(g) = v.pop() {
                align[i] = g;
            }
        }
    }
    let (mut wc, mut uc, mut uasc, mut lasc) = (0, 0, 0, 0);
    for (i, p) in p_words.iter().enumerate() {
        let g = align[i];
        if g == usize::MAX {
            continue;
        }
        let gw = &g_words[g];
        wc += 1;
        uc += (gw.upos == p.upos) as usize;
        let head_ok = if p.head == usize::MAX {
            gw.head == usize::MAX
        } else {
            align[p.head] != usize::MAX && align[p.head] == gw.head
        };
        if head_ok {
            uasc += 1;
            lasc += (gw.rel == p.rel) as usize;
        }
    }
    let (gn, pn) = (g_words.len(), p_words.len());
    RawScores {
        tokens: f1(tok_c, g_tokens.len(), p_tokens.len()),
        sentences: f1(sent_c, g_sents.len(), p_sents.len()),
        words: f1(wc, gn, pn),
        upos: f1(uc, gn, pn),
        uas: f1(uasc, gn, pn),
        las: f1(lasc, gn, pn),
    }
}
