//! PETRARCH-1/TABARI linear patterns matched in true word order.
//!
//! A linear pattern (`- HEAVILY * OVER_THE BORDER [123]`) reads around its verb (`*`): the
//! elements written before the verb must occur, in order, before it; those after it, after it.
//! Elements separated by a space may have other words between them; `A_B` must be adjacent
//! (`RECENTLY_*` wants "recently" right before the verb). `+` is the target actor, `$` the
//! source, `%` a compound actor (conjoined parties, "Gondor and Osgiliath"; a lone actor does not
//! fill it; before the verb the parties act on each other), `^` skips one noun phrase, and a
//! synset matches any of its members, a multiword member word by word. Literal words match word
//! forms exactly, as PETRARCH does ("EFFORT" does not match "efforts").
//!
//! Patterns are compiled once per dictionary; matching one pattern is linear in the window it
//! scans (each chunk of adjacent elements is found at its earliest position, which is optimal
//! for an ordered sequence of chunks), and the window is bounded on both sides of the verb.

use crate::dictionary::Mention;
use crate::tree::Tree;

/// Words scanned on each side of the verb: a bound for pathological sentences.
const WINDOW: usize = 48;

/// One element of a compiled linear pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// Alternatives, each a run of adjacent words (a literal word is one alternative of one word).
    Words(Vec<Vec<String>>),
    /// `+`: the target actor.
    Target,
    /// `$`: the source actor.
    Source,
    /// `%`: a compound actor: before the verb the parties act on each other, after it they are
    /// the targets.
    Compound,
    /// `^`: one noun phrase, skipped.
    Skip,
}

/// Units that must be adjacent, in text order.
pub type Chunk = Vec<Unit>;

/// A compiled linear pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinearPattern {
    /// Chunks before the verb, in text order.
    pub before: Vec<Chunk>,
    /// The last chunk before the verb must end right at it (`RECENTLY_*`).
    pub before_adjacent: bool,
    /// Chunks after the verb, in text order.
    pub after: Vec<Chunk>,
    /// The first chunk after the verb must start right after it (`*_OFF`).
    pub after_adjacent: bool,
    pub code: String,
    /// The reverse event's code (target on source), if any.
    pub reverse: Option<String>,
    /// Literal words in the pattern: more words, more specific.
    pub weight: usize,
}

/// A raw element as read from a dictionary, before compilation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Raw {
    Word(String),
    /// Members of a synset, each split into words.
    Synset(Vec<Vec<String>>),
    Target,
    Source,
    Compound,
    Skip,
    /// `_`: the neighbours are adjacent.
    Join,
    /// `*`: the verb (the first one; later ones are gaps).
    Verb,
}

impl LinearPattern {
    /// Compiles raw elements; `None` without a verb position or without anything to match.
    pub fn compile(raw: &[Raw], code: &str) -> Option<LinearPattern> {
        let vpos = raw.iter().position(|r| *r == Raw::Verb)?;
        let (before, before_adjacent) = chunks(&raw[..vpos]);
        let (after, after_adjacent) = chunks(&raw[vpos + 1..]);
        // Adjacency flags: a Join touching the verb.
        let before_adjacent = before_adjacent.1;
        let after_adjacent = after_adjacent.0;
        if before.is_empty() && after.is_empty() {
            return None;
        }
        let weight = raw
            .iter()
            .map(|r| match r {
                Raw::Word(_) => 1,
                Raw::Synset(ms) => ms.iter().map(Vec::len).min().unwrap_or(1),
                _ => 0,
            })
            .sum();
        Some(LinearPattern {
            before,
            before_adjacent,
            after,
            after_adjacent,
            code: code.to_string(),
            reverse: None,
            weight,
        })
    }
}

/// Splits raw elements into chunks of adjacent units; also says whether the run starts or ends
/// with a Join (adjacency to the verb).
fn chunks(raw: &[Raw]) -> (Vec<Chunk>, (bool, bool)) {
    let mut out: Vec<Chunk> = Vec::new();
    let mut joined = false;
    let starts = raw.first() == Some(&Raw::Join);
    let ends = raw.last() == Some(&Raw::Join);
    for r in raw {
        let unit = match r {
            Raw::Join => {
                joined = true;
                continue;
            }
            Raw::Verb => {
                joined = false;
                continue;
            }
            Raw::Word(w) => Unit::Words(vec![vec![w.clone()]]),
            Raw::Synset(ms) => Unit::Words(ms.clone()),
            Raw::Target => Unit::Target,
            Raw::Source => Unit::Source,
            Raw::Compound => Unit::Compound,
            Raw::Skip => Unit::Skip,
        };
        match out.last_mut() {
            Some(c) if joined => c.push(unit),
            _ => out.push(vec![unit]),
        }
        joined = false;
    }
    (out, (starts, ends))
}

/// What a matched pattern found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinearMatch {
    pub code: String,
    pub reverse: Option<String>,
    /// First word of the target mention.
    pub target: Option<usize>,
    /// First word of the source mention.
    pub source: Option<usize>,
    /// The source slot was `%`: the parties act on each other.
    pub compound: bool,
    /// Literal words matched (evidence), unsorted.
    pub words: Vec<usize>,
}

/// The sentence as the matcher sees it.
pub struct View<'a> {
    pub tree: &'a Tree<'a>,
    pub mentions: &'a [Mention],
}

impl View<'_> {
    /// The mention starting at `i`, if any: its end.
    fn mention_at(&self, i: usize) -> Option<usize> {
        self.mentions.iter().find(|m| m.start == i).map(|m| m.end)
    }

    /// Is the mention `q..e` one of conjoined actors ("Gondor and Osgiliath", "Rohan, Bree")?
    /// The word before or after it is "and", "or" or a comma, with another mention (after an
    /// optional determiner) beyond.
    fn conjoined(&self, q: usize, e: usize) -> bool {
        let t = self.tree;
        let joint = |i: usize| matches!(t.lower(i), "and" | "or" | ",");
        let after = e < t.len()
            && joint(e)
            && (self.mention_at(e + 1).is_some()
                || (e + 2 < t.len() && t.upos(e + 1) == "DET" && self.mention_at(e + 2).is_some()));
        let before = q >= 2 && joint(q - 1) && self.mentions.iter().any(|m| m.end == q - 1);
        after || before
    }

    /// The end of the noun phrase starting at `i`, or `None` when no noun phrase starts there.
    /// An actor mention (after an optional determiner) is one phrase, whatever its words'
    /// tags ("the parliament of Gondor" skips "the parliament"); otherwise the phrase is a run of
    /// nominal words. A preposition, verb or punctuation mark starts no phrase: `^` floats
    /// like every chunk, and "IFTAR AT ^ ^ +" must not spend a skip on the "with" of "at
    /// Osgiliath with the parliament of Gondor".
    fn skip_np(&self, i: usize, lim: usize) -> Option<usize> {
        let t = self.tree;
        let det = t.upos(i) == "DET";
        if let Some(e) = self.mention_at(i).or_else(|| {
            (det && i + 1 < lim)
                .then(|| self.mention_at(i + 1))
                .flatten()
        }) {
            return Some(e.min(lim));
        }
        if !matches!(t.upos(i), "NOUN" | "PROPN" | "ADJ" | "NUM" | "DET" | "PRON") {
            return None;
        }
        let mut j = i + 1;
        while j < lim && matches!(t.upos(j), "NOUN" | "PROPN" | "ADJ" | "NUM") {
            j += 1;
        }
        Some(j)
    }

    /// Matches one chunk at `s`, ending by `lim`: its end, or `None`. Records actor slots and words.
    /// `%` is the source before the verb, the target after it.
    fn chunk_at(
        &self,
        c: &Chunk,
        s: usize,
        lim: usize,
        after: bool,
        hits: &mut Hits,
    ) -> Option<usize> {
        let t = self.tree;
        let mut p = s;
        let mark = hits.words.len();
        let (mut tg, mut src, mut comp) = (None, None, false);
        for u in c {
            match u {
                Unit::Words(alts) => {
                    let e = alts.iter().find_map(|ws| {
                        (p + ws.len() <= lim
                            && ws.iter().enumerate().all(|(k, w)| t.lower(p + k) == w))
                        .then_some(p + ws.len())
                    });
                    match e {
                        Some(e) => {
                            hits.words.extend(p..e);
                            p = e;
                        }
                        None => {
                            hits.words.truncate(mark);
                            return None;
                        }
                    }
                }
                Unit::Target | Unit::Source | Unit::Compound => {
                    // A determiner may open the actor's phrase ("the parliament").
                    let found = self.mention_at(p).map(|e| (p, e)).or_else(|| {
                        (p + 1 < lim && t.upos(p) == "DET")
                            .then(|| self.mention_at(p + 1).map(|e| (p + 1, e)))
                            .flatten()
                    });
                    // `%` is a compound actor: a lone actor does not fill it.
                    let found =
                        found.filter(|&(q, e)| *u != Unit::Compound || self.conjoined(q, e));
                    let Some((q, e)) = found else {
                        hits.words.truncate(mark);
                        return None;
                    };
                    match u {
                        Unit::Target => tg = Some(q),
                        Unit::Source => src = Some(q),
                        _ if after => tg = Some(q),
                        _ => {
                            src = Some(q);
                            comp = true;
                        }
                    }
                    p = e.min(lim);
                }
                Unit::Skip => match (p < lim).then(|| self.skip_np(p, lim)).flatten() {
                    Some(e) => p = e,
                    None => {
                        hits.words.truncate(mark);
                        return None;
                    }
                },
            }
        }
        if tg.is_some() {
            hits.target = tg;
        }
        if src.is_some() {
            hits.source = src;
            hits.compound |= comp;
        }
        Some(p)
    }

    /// Matches `pat` around verb `v` (the verb's words are `v..=v_end`).
    pub fn match_pattern(&self, pat: &LinearPattern, v: usize, v_end: usize) -> Option<Hits> {
        let n = self.tree.len();
        let mut hits = Hits::default();
        // After the verb: each chunk at its earliest position.
        let lim = (v_end + 1 + WINDOW).min(n);
        let mut p = v_end + 1;
        for (k, c) in pat.after.iter().enumerate() {
            let fixed = k == 0 && pat.after_adjacent;
            let mut found = None;
            let mut s = p;
            while s < lim {
                if let Some(e) = self.chunk_at(c, s, lim, true, &mut hits) {
                    found = Some(e);
                    break;
                }
                if fixed {
                    break;
                }
                s += 1;
            }
            p = found?;
        }
        // Before the verb: each chunk, from the last, at its latest position.
        let low = v.saturating_sub(WINDOW);
        let mut q = v;
        for (k, c) in pat.before.iter().enumerate().rev() {
            let fixed = k + 1 == pat.before.len() && pat.before_adjacent;
            let mut found = None;
            let mut s = q;
            while s > low {
                s -= 1;
                let mark = hits.words.len();
                let saved = (hits.target, hits.source, hits.compound);
                match self.chunk_at(c, s, q, false, &mut hits) {
                    Some(e) if !fixed || e == q => {
                        found = Some(s);
                        break;
                    }
                    Some(_) => {
                        hits.words.truncate(mark);
                        (hits.target, hits.source, hits.compound) = saved;
                    }
                    None => {}
                }
            }
            q = found?;
        }
        Some(hits)
    }
}

/// Slots and words found by one pattern.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    pub target: Option<usize>,
    pub source: Option<usize>,
    pub compound: bool,
    pub words: Vec<usize>,
}

/// The most specific of `pats` matching around verb `v..=v_end`: most literal words, then the
/// first written.
pub fn best_match(
    view: &View,
    pats: &[LinearPattern],
    v: usize,
    v_end: usize,
) -> Option<LinearMatch> {
    let mut best: Option<(usize, &LinearPattern, Hits)> = None;
    for p in pats {
        if best.as_ref().is_some_and(|(w, ..)| p.weight <= *w) {
            continue;
        }
        if let Some(h) = view.match_pattern(p, v, v_end) {
            best = Some((p.weight, p, h));
        }
    }
    best.map(|(_, p, h)| LinearMatch {
        code: p.code.clone(),
        reverse: p.reverse.clone(),
        target: h.target,
        source: h.source,
        compound: h.compound,
        words: h.words,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::MentionKind;
    use crate::tree::testing::sent;

    fn w(s: &str) -> Raw {
        Raw::Word(s.into())
    }

    fn mention(start: usize, end: usize, code: &str) -> Mention {
        Mention {
            start,
            end,
            code: code.into(),
            kind: MentionKind::Country,
            place: false,
        }
    }

    fn run(spec: &str, ms: &[Mention], v: usize, pats: &[LinearPattern]) -> Option<LinearMatch> {
        let s = sent(spec);
        let t = Tree::new(&s.tokens);
        best_match(
            &View {
                tree: &t,
                mentions: ms,
            },
            pats,
            v,
            v,
        )
    }

    // Valdoria sharply and publicly rebuked Norland over fishing rights
    const REBUKE: &str = "Valdoria/PROPN/5/nsubj sharply/ADV/5/advmod and/CCONJ/4/cc publicly/ADV/2/conj rebuked/VERB/5/root/rebuke Norland/PROPN/5/obj over/ADP/9/case fishing/NOUN/9/compound rights/NOUN/5/obl";

    #[test]
    fn words_before_the_verb_may_have_gaps_and_the_longest_wins() {
        let ms = [mention(0, 1, "VAL"), mention(5, 6, "NOR")];
        let pats = [
            LinearPattern::compile(&[w("sharply"), Raw::Verb], "122").unwrap(),
            LinearPattern::compile(&[w("sharply"), w("publicly"), Raw::Verb], "123").unwrap(),
            LinearPattern::compile(&[w("quietly"), Raw::Verb], "120").unwrap(),
        ];
        let m = run(REBUKE, &ms, 4, &pats).unwrap();
        assert_eq!(m.code, "123");
        assert_eq!(m.target, None);
        let mut ws = m.words.clone();
        ws.sort_unstable();
        assert_eq!(ws, vec![1, 3]);
    }

    #[test]
    fn joined_words_must_be_adjacent() {
        let ms = [mention(0, 1, "VAL"), mention(5, 6, "NOR")];
        // "publicly_*": adjacent to the verb, matches; "sharply_*" does not.
        let adj = LinearPattern::compile(&[w("sharply"), Raw::Join, Raw::Verb], "122").unwrap();
        assert!(run(REBUKE, &ms, 4, std::slice::from_ref(&adj)).is_none());
        let adj = LinearPattern::compile(&[w("publicly"), Raw::Join, Raw::Verb], "122").unwrap();
        assert_eq!(run(REBUKE, &ms, 4, &[adj]).unwrap().code, "122");
        // "over_fishing" adjacent after a gap from the verb; "over_rights" is not adjacent.
        let p =
            LinearPattern::compile(&[Raw::Verb, w("over"), Raw::Join, w("fishing")], "1").unwrap();
        assert!(run(REBUKE, &ms, 4, &[p]).is_some());
        let p =
            LinearPattern::compile(&[Raw::Verb, w("over"), Raw::Join, w("rights")], "1").unwrap();
        assert!(run(REBUKE, &ms, 4, &[p]).is_none());
        // Forms, not lemmas: "right" does not match "rights".
        let p = LinearPattern::compile(&[Raw::Verb, w("right")], "1").unwrap();
        assert!(run(REBUKE, &ms, 4, &[p]).is_none());
    }

    #[test]
    fn actor_slots_skips_and_multiword_synsets() {
        // Valdoria hosted talks in Ostrava with the envoy of Norland
        let spec = "Valdoria/PROPN/2/nsubj hosted/VERB/0/root/host talks/NOUN/2/obj in/ADP/5/case Ostrava/PROPN/2/obl with/ADP/8/case the/DET/8/det envoy/NOUN/2/obl of/ADP/10/case Norland/PROPN/8/nmod";
        let ms = [
            mention(0, 1, "VAL"),
            mention(4, 5, "OST"),
            mention(9, 10, "NOR"),
        ];
        // "* TALKS IN ^ +": the phrase after "in" is skipped, the target is the next actor.
        let p = LinearPattern::compile(
            &[Raw::Verb, w("talks"), w("in"), Raw::Skip, Raw::Target],
            "043",
        )
        .unwrap();
        let m = run(spec, &ms, 1, &[p]).unwrap();
        assert_eq!((m.code.as_str(), m.target), ("043", Some(9)));
        // "$ *": the source before the verb.
        let p = LinearPattern::compile(&[Raw::Source, Raw::Verb, w("talks")], "040").unwrap();
        assert_eq!(run(spec, &ms, 1, &[p]).unwrap().source, Some(0));
        // A multiword synset member matches word by word and adjacently only.
        let syn = Raw::Synset(vec![
            vec!["talks".into(), "in".into()],
            vec!["peace".into(), "talks".into()],
        ]);
        let p = LinearPattern::compile(&[Raw::Verb, syn], "046").unwrap();
        assert_eq!(run(spec, &ms, 1, &[p]).unwrap().words, vec![2, 3]);
        let syn = Raw::Synset(vec![vec!["talks".into(), "with".into()]]);
        let p = LinearPattern::compile(&[Raw::Verb, syn], "046").unwrap();
        assert!(run(spec, &ms, 1, &[p]).is_none());
    }

    #[test]
    fn a_compound_slot_wants_conjoined_actors() {
        // "% * TALKS": "Valdoria and Norland held talks" fills it; "Norland held talks" does not.
        let pat = LinearPattern::compile(&[Raw::Compound, Raw::Verb, w("talks")], "031").unwrap();
        let both = "Valdoria/PROPN/4/nsubj and/CCONJ/3/cc Norland/PROPN/1/conj held/VERB/0/root/hold talks/NOUN/4/obj";
        let ms = [mention(0, 1, "VAL"), mention(2, 3, "NOR")];
        let m = run(both, &ms, 3, std::slice::from_ref(&pat)).unwrap();
        assert_eq!((m.source, m.compound), (Some(2), true));
        let one = "Norland/PROPN/2/nsubj held/VERB/0/root/hold talks/NOUN/2/obj";
        assert!(run(one, &[mention(0, 1, "NOR")], 1, &[pat]).is_none());
    }

    #[test]
    fn a_skip_takes_a_phrase_never_a_preposition() {
        // Arnor celebrated Iftar at Osgiliath with the parliament of Gondor
        let spec = "Arnor/PROPN/2/nsubj celebrated/VERB/0/root/celebrate Iftar/PROPN/2/obj at/ADP/5/case Osgiliath/PROPN/2/obl with/ADP/8/case the/DET/8/det parliament/NOUN/2/obl of/ADP/10/case Gondor/PROPN/8/nmod";
        let ms = [
            mention(0, 1, "ARN"),
            mention(4, 5, "OSG"),
            mention(7, 8, "---LEG"),
            mention(9, 10, "GON"),
        ];
        // "* IFTAR AT ^ ^ +": Osgiliath, then "the parliament", then the target.
        let p = LinearPattern::compile(
            &[
                Raw::Verb,
                w("iftar"),
                w("at"),
                Raw::Skip,
                Raw::Skip,
                Raw::Target,
            ],
            "044",
        )
        .unwrap();
        assert_eq!(run(spec, &ms, 1, &[p]).unwrap().target, Some(9));
        // Three phrases to skip where there are two: no match.
        let p = LinearPattern::compile(
            &[
                Raw::Verb,
                w("at"),
                Raw::Skip,
                Raw::Skip,
                Raw::Skip,
                Raw::Target,
            ],
            "044",
        )
        .unwrap();
        assert!(run(spec, &ms, 1, &[p]).is_none());
    }
}
