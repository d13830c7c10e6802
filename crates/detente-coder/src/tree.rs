//! A dependency tree view over a parsed sentence: children lists and relation helpers.
//!
//! Tokens come 0-based here (`head: Option<usize>`), converted once from CoNLL-U's 1-based heads.
//! Bad heads (out of range, cycles) are tolerated: a token whose head is invalid becomes a root,
//! and every walk up the tree is bounded by the sentence length.

use detente_nlp::Token;

/// Children lists and parents of one sentence.
pub struct Tree<'a> {
    pub tokens: &'a [Token],
    parent: Vec<Option<usize>>,
    /// Children of word `i`: `kid_list[kid_at[i]..kid_at[i + 1]]`, in word order. One flat list
    /// and one text buffer per sentence instead of one allocation per word: the coder builds a
    /// tree for every sentence it reads.
    kid_at: Vec<usize>,
    kid_list: Vec<usize>,
    /// Lowercased forms and lemmas of word `i`: `text[at[2i]..at[2i+1]]`, `text[at[2i+1]..at[2i+2]]`.
    text: String,
    at: Vec<usize>,
    /// Relations without subtypes, computed once (`rel` is the hottest call of the coder).
    base: Vec<&'a str>,
}

/// Appends `w` lowercased (ASCII in place; other scripts through Unicode lowercasing).
pub(crate) fn push_lower(out: &mut String, w: &str) {
    if w.is_ascii() {
        let start = out.len();
        out.push_str(w);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&w.to_lowercase());
    }
}

impl<'a> Tree<'a> {
    pub fn new(tokens: &'a [Token]) -> Self {
        let n = tokens.len();
        let mut parent = vec![None; n];
        let mut count = vec![0usize; n + 1];
        for (i, t) in tokens.iter().enumerate() {
            if t.head >= 1 && t.head <= n && t.head - 1 != i {
                parent[i] = Some(t.head - 1);
                count[t.head - 1] += 1;
            }
        }
        let mut kid_at = Vec::with_capacity(n + 1);
        let mut sum = 0;
        for c in &count[..n] {
            kid_at.push(sum);
            sum += c;
        }
        kid_at.push(sum);
        let mut kid_list = vec![0; sum];
        let mut fill = kid_at.clone();
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = *p {
                kid_list[fill[p]] = i;
                fill[p] += 1;
            }
        }
        let mut text = String::with_capacity(tokens.iter().map(|t| 2 * t.form.len()).sum());
        let mut at = Vec::with_capacity(2 * n + 1);
        at.push(0);
        for t in tokens {
            push_lower(&mut text, &t.form);
            at.push(text.len());
            if t.lemma.is_empty() || t.lemma == "_" {
                push_lower(&mut text, &t.form);
            } else {
                push_lower(&mut text, &t.lemma);
            }
            at.push(text.len());
        }
        let base = tokens
            .iter()
            .map(|t| t.deprel.split(':').next().unwrap_or(&t.deprel))
            .collect();
        Tree {
            tokens,
            parent,
            kid_at,
            kid_list,
            text,
            at,
            base,
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    pub fn parent(&self, i: usize) -> Option<usize> {
        self.parent[i]
    }

    pub fn children(&self, i: usize) -> &[usize] {
        &self.kid_list[self.kid_at[i]..self.kid_at[i + 1]]
    }

    /// Lowercased form.
    pub fn lower(&self, i: usize) -> &str {
        &self.text[self.at[2 * i]..self.at[2 * i + 1]]
    }

    /// Lowercased lemma (falls back to the form when the lemma is empty or `_`).
    pub fn lemma(&self, i: usize) -> &str {
        &self.text[self.at[2 * i + 1]..self.at[2 * i + 2]]
    }

    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    pub fn rel(&self, i: usize) -> &str {
        self.base[i]
    }

    /// The full relation (`nsubj:pass`).
    pub fn full_rel(&self, i: usize) -> &str {
        &self.tokens[i].deprel
    }

    pub fn upos(&self, i: usize) -> &str {
        &self.tokens[i].upos
    }

    /// Children of `i` with base relation `rel`.
    pub fn kids_with<'s>(&'s self, i: usize, rel: &'s str) -> impl Iterator<Item = usize> + 's {
        self.children(i)
            .iter()
            .copied()
            .filter(move |&c| self.rel(c) == rel)
    }

    /// The first child with base relation `rel`.
    /// Whether word `i` has "the" for its determiner.
    pub fn is_definite(&self, i: usize) -> bool {
        self.children(i)
            .iter()
            .any(|&c| self.rel(c) == "det" && self.lower(c) == "the")
    }

    pub fn kid(&self, i: usize, rel: &str) -> Option<usize> {
        self.kids_with(i, rel).next()
    }

    /// Whether clause `i` is an infinitive complement: `xcomp`, or an adverbial clause marked
    /// "to", as the parser makes one when a phrase stands between ("agreed on Friday to
    /// restore relations").
    pub fn is_infinitive(&self, i: usize) -> bool {
        self.rel(i) == "xcomp" || (self.rel(i) == "advcl" && self.to_marked(i))
    }

    /// Whether clause `i` is marked by "to" ("to leave").
    pub fn to_marked(&self, i: usize) -> bool {
        self.children(i)
            .iter()
            .any(|&m| self.rel(m) == "mark" && self.lower(m) == "to")
    }

    /// The word that is the case marker of a nominal, if any.
    pub fn case_word(&self, i: usize) -> Option<usize> {
        self.children(i)
            .iter()
            .copied()
            .find(|&c| self.rel(c) == "case")
    }

    /// The case marker (`with`, `by`, `on`) of a nominal, lowercased.
    pub fn case_of(&self, i: usize) -> Option<&str> {
        self.case_word(i).map(|c| self.lower(c))
    }

    /// True when `a` is `b` or an ancestor of `b` (bounded walk).
    pub fn dominates(&self, a: usize, b: usize) -> bool {
        let mut cur = Some(b);
        for _ in 0..=self.len().min(256) {
            match cur {
                Some(c) if c == a => return true,
                Some(c) => cur = self.parent[c],
                None => return false,
            }
        }
        false
    }

    /// The heads above `i`, nearest first, up to the root (bounded by the sentence's length,
    /// so a malformed tree with a cycle still ends).
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.parent(i), move |&c| self.parent(c)).take(self.len())
    }

    /// Whether a word on the path up from `i` to `top` (exclusive; `None` is the root), `i`
    /// included, satisfies `f` (bounded walk).
    pub fn on_path_up(&self, i: usize, top: Option<usize>, f: impl Fn(usize) -> bool) -> bool {
        let mut cur = Some(i);
        for _ in 0..=self.len().min(256) {
            match cur {
                Some(c) if Some(c) == top => return false,
                Some(c) if f(c) => return true,
                Some(c) => cur = self.parent[c],
                None => return false,
            }
        }
        false
    }

    /// Nominal phrase words of head `h`: `h` plus descendants through modifier relations,
    /// stopping at clauses, conjuncts and appositions. Returned sorted.
    pub fn phrase(&self, h: usize) -> Vec<usize> {
        let mut out = vec![h];
        let mut stack = vec![h];
        while let Some(i) = stack.pop() {
            for &c in self.children(i) {
                let r = self.rel(c);
                // Only "of" and possessive modifiers belong to a name ("Secretary of State",
                // "Russia's"); "in Moscow" is a place, not part of the actor.
                let nmod_ok = r != "nmod"
                    || self.full_rel(c) == "nmod:poss"
                    || matches!(self.case_of(c), None | Some("of"));
                let keep = matches!(
                    r,
                    "compound" | "flat" | "amod" | "det" | "nummod" | "nmod" | "case" | "fixed"
                ) && nmod_ok
                    && c != h
                    && out.len() < 64;
                // `nmod` brings "Secretary of State" into the phrase but its own `case` only
                // below the head.
                if keep && !(self.rel(c) == "case" && i == h) {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Hand-built trees for unit tests: `"Pompeo/PROPN/2/nsubj met/VERB/0/root ..."`.
    use detente_nlp::{Sentence, Token};

    /// Builds a sentence from `form/UPOS/head/deprel[/lemma[/XPOS]]` items separated by spaces.
    pub fn sent(spec: &str) -> Sentence {
        let mut text = String::new();
        let mut tokens = Vec::new();
        for item in spec.split_whitespace() {
            let p: Vec<&str> = item.split('/').collect();
            let form = p[0].replace('_', " ");
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(&form);
            let lemma = p
                .get(4)
                .map(|s| s.to_string())
                .unwrap_or_else(|| form.to_lowercase());
            tokens.push(Token {
                start,
                end: text.len(),
                form: form.into(),
                lemma: lemma.into(),
                upos: p[1].into(),
                xpos: p.get(5).map(|s| (*s).into()).unwrap_or_default(),
                head: p[2].parse().unwrap(),
                deprel: p[3].into(),
            });
        }
        Sentence {
            start: 0,
            end: text.len(),
            tokens,
        }
    }

    /// The text a `sent` spec stands for.
    pub fn text(s: &Sentence) -> String {
        let mut t = String::new();
        for tok in &s.tokens {
            if !t.is_empty() {
                t.push(' ');
            }
            t.push_str(&tok.form);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::testing::sent;
    use super::*;

    #[test]
    fn children_phrase_and_bad_heads() {
        let s = sent("his/PRON/3/nmod:poss Russian/ADJ/3/amod counterpart/NOUN/0/root");
        let t = Tree::new(&s.tokens);
        assert_eq!(t.phrase(2), vec![0, 1, 2]);
        assert_eq!(t.rel(0), "nmod");
        assert!(t.dominates(2, 0));
        let s = sent("a/X/2/dep b/X/1/dep c/X/9/dep");
        let t = Tree::new(&s.tokens);
        assert!(!t.dominates(2, 0));
        assert_eq!(t.parent(2), None);
    }
}
