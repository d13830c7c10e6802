//! The [`Dictionary`] view of a `detente_lexicon::Lexicon` (bundled, our format, or PETRARCH
//! files): mentions from its actor resolver, verb and noun entries with synsets expanded and
//! synonym groups merged, discards.

use crate::dictionary::{Dictionary, Discard, Element, Mention, MentionKind, Pattern, VerbEntry};
use crate::linear::{LinearPattern, Raw};
use detente_lexicon::{DiscardScope, Lexicon, PatternKind, TokenView, Verb, Why};
use detente_nlp::Token;
use jiff::civil::Date;
use rustc_hash::{FxHashMap as HashMap, FxHashSet};

/// A lexicon prepared for the coder.
pub struct LexiconDict {
    lex: Lexicon,
    verbs: HashMap<String, VerbEntry>,
    nouns: HashMap<String, VerbEntry>,
    names: Vec<String>,
    /// The actor (index into `lex.actors()`) each of `names` is a name of.
    name_actor: Vec<usize>,
    /// Linear (PETRARCH/TABARI word-order) patterns by verb, for the linear matcher.
    linear: HashMap<String, Vec<LinearPattern>>,
    /// First words of phrasal verbs ("call" of "call for").
    phrasal: FxHashSet<String>,
}

impl LexiconDict {
    pub fn new(lex: Lexicon) -> Self {
        let mut verbs = HashMap::default();
        let mut linear: HashMap<String, Vec<LinearPattern>> = HashMap::default();
        // In dictionary order, each verb's lemma before its forms (see `stem_key`).
        let mut multiword: Vec<(String, LinearPattern)> = Vec::new();
        let mut lemma_keys: std::collections::HashSet<String> = std::collections::HashSet::new();
        let by_lemma: HashMap<&str, &Verb> =
            lex.verbs().iter().map(|v| (v.lemma.as_str(), v)).collect();
        // A dictionary written in word order (PETRARCH-1/TABARI) means its multiword verbs as
        // adjacent words too ("WIRE_+TAP", "+CORDON_OFF"); ours are phrasal verbs found on the
        // tree through their particle.
        let word_order = lex
            .verbs()
            .iter()
            .any(|v| v.patterns.iter().any(|p| p.kind == PatternKind::Linear));
        for v in lex.verbs() {
            let mut pats: Vec<&detente_lexicon::Pattern> = v.patterns.iter().collect();
            if let Some(g) = v.group.as_deref().and_then(|g| by_lemma.get(g)) {
                if g.lemma != v.lemma {
                    pats.extend(g.patterns.iter());
                }
            }
            let full = v.code.as_ref().or_else(|| {
                v.group
                    .as_deref()
                    .and_then(|g| by_lemma.get(g))
                    .and_then(|g| g.code.as_ref())
            });
            let code = full.map(|c| c.code.clone()).filter(|c| !c.is_empty());
            let reverse = full.and_then(reverse_of);
            // Linear patterns are matched in word order (crate::linear); only those that do not
            // compile are approximated on the tree.
            let mut tree_pats = Vec::new();
            let mut lin: Vec<LinearPattern> = Vec::new();
            for p in &pats {
                let compiled = (p.kind == PatternKind::Linear && !p.code.code.is_empty())
                    .then(|| LinearPattern::compile(&raw_linear(&lex, &p.elements), &p.code.code))
                    .flatten();
                match compiled {
                    Some(mut l) => {
                        l.reverse = reverse_of(&p.code);
                        lin.push(l);
                    }
                    None => tree_pats.extend(convert(&lex, p)),
                }
            }
            if word_order && v.lemma.contains(' ') {
                let mut base: Vec<(Vec<Raw>, String, Option<String>)> = pats
                    .iter()
                    .filter(|p| p.kind == PatternKind::Linear && !p.code.code.is_empty())
                    .map(|p| {
                        (
                            raw_linear(&lex, &p.elements),
                            p.code.code.clone(),
                            reverse_of(&p.code),
                        )
                    })
                    .collect();
                if let Some(c) = &code {
                    base.push((vec![Raw::Verb], c.clone(), reverse.clone()));
                }
                multiword.extend(multiword_patterns(&v.lemma, &v.forms, &base));
            }
            let entry = VerbEntry {
                code,
                reverse,
                patterns: tree_pats,
                literals: Default::default(),
            };
            // A verb written in two blocks ("--- SHOT [---]" and "--- SHOT [223]") has the
            // patterns of both, as PETRARCH reads it; a form listed under another verb keeps the
            // entry written first.
            if !lin.is_empty() && !lemma_keys.insert(v.lemma.clone()) {
                if let Some(earlier) = linear.get_mut(&v.lemma) {
                    earlier.extend(lin.iter().cloned());
                }
            }
            for key in std::iter::once(&v.lemma).chain(&v.forms) {
                verbs.entry(key.clone()).or_insert_with(|| entry.clone());
                if !lin.is_empty() {
                    linear.entry(key.clone()).or_insert_with(|| lin.clone());
                }
            }
        }
        for (key, pat) in multiword {
            // An inflected word ("angered" of "ANGERED_BY") joins its verb's entry ("anger"):
            // an entry of its own would hide that verb's code wherever the phrase is not used.
            let key = match stem_key(&verbs, &key) {
                Some(stem) => stem,
                None => {
                    verbs.entry(key.clone()).or_insert_with(VerbEntry::default);
                    key
                }
            };
            linear.entry(key).or_default().push(pat);
        }
        let mut nouns = HashMap::default();
        for v in &lex.entries().nouns {
            let entry = VerbEntry {
                code: v
                    .code
                    .as_ref()
                    .map(|c| c.code.clone())
                    .filter(|c| !c.is_empty()),
                reverse: v.code.as_ref().and_then(reverse_of),
                patterns: v.patterns.iter().filter_map(|p| convert(&lex, p)).collect(),
                literals: Default::default(),
            };
            for key in std::iter::once(&v.lemma).chain(&v.forms) {
                nouns.entry(key.clone()).or_insert_with(|| entry.clone());
            }
        }
        let (names, name_actor) = lex
            .actors()
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == detente_lexicon::ActorKind::Person)
            .flat_map(|(i, a)| a.names.iter().map(move |n| (n.text.clone(), i)))
            .unzip();
        let phrasal = lex
            .verbs()
            .iter()
            .filter_map(|v| v.lemma.split_once(' '))
            .map(|(first, _)| first.to_string())
            .collect();
        LexiconDict {
            lex,
            verbs,
            nouns,
            names,
            name_actor,
            linear,
            phrasal,
        }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }
}

/// Words that never carry a multiword verb: the tagger does not make them its verb, and an
/// entry under them would only make every "off" a predicate to try.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "against", "ahead", "an", "at", "away", "back", "by", "down", "for", "forward",
    "from", "in", "into", "of", "off", "on", "out", "over", "the", "through", "to", "up", "with",
];

/// Linear patterns for a multiword verb ("wire tap", forms "wire tapped", …), keyed by each of
/// its content words: the tagger may make any of them the verb ("will not *wire* tap",
/// "*tapped*"), and the others must stand right beside it in order. Each of `base` (a pattern of
/// the verb's block, or the bare verb with its default code) is spliced around the verb.
fn multiword_patterns(
    lemma: &str,
    forms: &[String],
    base: &[(Vec<Raw>, String, Option<String>)],
) -> Vec<(String, LinearPattern)> {
    let mut out = Vec::new();
    for seq in std::iter::once(lemma).chain(forms.iter().map(String::as_str)) {
        let words: Vec<&str> = seq.split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        for (i, key) in words.iter().enumerate() {
            if FUNCTION_WORDS.contains(key) {
                continue;
            }
            let mut spliced = Vec::new();
            for (k, w) in words.iter().enumerate() {
                if k > 0 {
                    spliced.push(Raw::Join);
                }
                spliced.push(if k == i {
                    Raw::Verb
                } else {
                    Raw::Word(w.to_string())
                });
            }
            for (raw, code, reverse) in base {
                let Some(vpos) = raw.iter().position(|r| *r == Raw::Verb) else {
                    continue;
                };
                let mut r = raw[..vpos].to_vec();
                r.extend(spliced.iter().cloned());
                r.extend(raw[vpos + 1..].iter().cloned());
                if let Some(mut p) = LinearPattern::compile(&r, code) {
                    p.reverse = reverse.clone();
                    out.push((key.to_string(), p));
                }
            }
        }
    }
    out
}

/// The entry a word of a multiword verb belongs to when it has none of its own: the verb it
/// inflects, by the regular endings the coder's lemmatiser fallback also strips.
fn stem_key(verbs: &HashMap<String, VerbEntry>, word: &str) -> Option<String> {
    if verbs.contains_key(word) {
        return Some(word.to_string());
    }
    ["d", "ed", "s", "es", "ing"]
        .iter()
        .filter_map(|suf| word.strip_suffix(suf))
        .filter(|stem| stem.len() >= 3)
        .find(|stem| verbs.contains_key(*stem))
        .map(str::to_string)
}

/// Members of a synset as word lists (nested synsets expanded, bounded).
fn synset_members(lex: &Lexicon, name: &str, depth: usize, out: &mut Vec<Vec<String>>) {
    let Some(s) = lex.synset(name) else { return };
    for w in &s.words {
        match w.text.strip_prefix('&') {
            Some(inner) if depth < 4 => synset_members(lex, inner, depth + 1, out),
            Some(_) => {}
            None => out.push(w.text.split_whitespace().map(str::to_lowercase).collect()),
        }
    }
}

/// A PETRARCH pattern's elements for the linear matcher: the first `*` is the verb.
fn raw_linear(lex: &Lexicon, els: &[detente_lexicon::Element]) -> Vec<Raw> {
    use detente_lexicon::Element as E;
    let mut out = Vec::with_capacity(els.len());
    let mut verb = false;
    fn walk(lex: &Lexicon, els: &[detente_lexicon::Element], verb: &mut bool, out: &mut Vec<Raw>) {
        for e in els {
            match e {
                E::Word(w) => out.extend(w.split_whitespace().map(|x| Raw::Word(x.to_lowercase()))),
                // A linear pattern reads words, not what they name: any target.
                E::Target | E::Place => out.push(Raw::Target),
                E::Source => out.push(Raw::Source),
                E::Compound => out.push(Raw::Compound),
                E::Skip => out.push(Raw::Skip),
                E::Join => out.push(Raw::Join),
                E::Any if !*verb => {
                    *verb = true;
                    out.push(Raw::Verb);
                }
                E::Any => {}
                E::Synset(n) => {
                    let mut ms = Vec::new();
                    synset_members(lex, n, 0, &mut ms);
                    ms.retain(|m| !m.is_empty());
                    out.push(Raw::Synset(ms));
                }
                E::Phrase(inner) | E::NounPhrase(inner) => walk(lex, inner, verb, out),
            }
        }
    }
    walk(lex, els, &mut verb, &mut out);
    out
}

/// Last words of hyphenated synset members, once folding split them ("sit-in" → "sit in").
const HYPHENATED_PARTICLES: &[&str] = &[
    "in", "on", "out", "up", "off", "down", "over", "back", "away", "by", "of", "to", "for", "at",
];

fn synset_words(lex: &Lexicon, name: &str, depth: usize, out: &mut Vec<String>) {
    let Some(s) = lex.synset(name) else { return };
    for w in &s.words {
        match w.text.strip_prefix('&') {
            Some(inner) if depth < 4 => synset_words(lex, inner, depth + 1, out),
            Some(_) => {}
            None => {
                let last = w.text.rsplit(' ').next().unwrap_or(&w.text);
                // A member whose last word is a particle was hyphenated ("sit-in", folded to
                // "sit in"): the token is the whole word, never "sit" and "in" apart.
                if HYPHENATED_PARTICLES.contains(&last) && last != w.text {
                    out.push(w.text.replace(' ', "-"));
                } else {
                    // Other phrases are matched whole, ending at the token: "fact-finding
                    // mission" is no "mission" of any kind.
                    out.push(w.text.to_lowercase());
                }
            }
        }
    }
}

fn convert_elems(lex: &Lexicon, els: &[detente_lexicon::Element], out: &mut Vec<Element>) {
    use detente_lexicon::Element as E;
    for e in els {
        match e {
            E::Word(w) => out.push(Element::Word(w.clone())),
            E::Target => out.push(Element::Target),
            E::Place => out.push(Element::Place),
            E::Source => out.push(Element::Source),
            E::Any | E::Skip | E::Join => out.push(Element::Any),
            E::Compound => out.push(Element::Target),
            E::Synset(n) => {
                let mut ws = Vec::new();
                synset_words(lex, n, 0, &mut ws);
                ws.sort_unstable();
                ws.dedup();
                out.push(Element::Synset(ws));
            }
            E::Phrase(inner) | E::NounPhrase(inner) => convert_elems(lex, inner, out),
        }
    }
}

fn convert(lex: &Lexicon, p: &detente_lexicon::Pattern) -> Option<Pattern> {
    let code = p.code.code.clone();
    if code.is_empty() {
        return None;
    }
    let mut elements = Vec::new();
    convert_elems(lex, &p.elements, &mut elements);
    Some(Pattern {
        elements,
        code,
        reverse: reverse_of(&p.code),
    })
}

/// The reverse event's code of a `[code:alt]` pair.
fn reverse_of(c: &detente_lexicon::EventCode) -> Option<String> {
    c.alt.clone().filter(|a| !a.is_empty() && a != "---")
}

fn lex_date(d: Date) -> Option<detente_lexicon::Date> {
    detente_lexicon::Date::from_ymd(d.year() as u32, d.month() as u32, d.day() as u32)
}

impl Dictionary for LexiconDict {
    fn actors_in(&self, tokens: &[Token], date: Option<Date>) -> Vec<Mention> {
        // A verb's lemma names no agent: "France pressed Iran" is no French press. Agent nouns
        // are found through the lemmas of nouns ("soldiers") and of a participle right after a
        // noun, which says what its people are ("two men suspected of spying" are suspects).
        let views: Vec<TokenView> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let status = t.xpos == "VBN"
                    && i > 0
                    && matches!(tokens[i - 1].upos.as_str(), "NOUN" | "PROPN");
                match t.upos.as_str() {
                    "VERB" | "AUX" if !status => TokenView::new(&t.form, &t.form),
                    _ => TokenView::new(&t.form, &t.lemma),
                }
            })
            .collect();
        self.lex
            .actors_in(&views, date.and_then(lex_date))
            .into_iter()
            .map(|m| {
                let kind = if m.code.starts_with("---") {
                    MentionKind::Agent
                } else if m.entry.kind == "person" {
                    MentionKind::Person
                } else if m.code.len() == 3 {
                    // Any three-letter code stands for a state-like actor (PETRARCH files do
                    // not say which entries are countries).
                    MentionKind::Country
                } else {
                    MentionKind::Organization
                };
                // A name, capital or city standing for the country alone; an adjective, a
                // people, or a metonym with a code of its own ("Kremlin = RUSGOV") is no place.
                let place = kind == MentionKind::Country
                    && m.why == Why::Entity
                    && matches!(m.entry.kind, "country" | "capital" | "metonym");
                Mention {
                    start: m.start_tok,
                    end: m.end_tok,
                    code: m.code,
                    kind,
                    place,
                }
            })
            .collect()
    }

    fn may_name(&self, forms: &[&str], lemmas: &[&str]) -> bool {
        let views: Vec<TokenView> = forms
            .iter()
            .zip(lemmas)
            .map(|(f, l)| TokenView::new(f, l))
            .collect();
        self.lex.names_any(&views)
    }

    fn names_by_lemma(&self, form: &str, lemma: &str) -> bool {
        self.lex
            .lemma_adds_agent(&TokenView::new(form, lemma), &mut Default::default())
    }

    fn verb(&self, lemma: &str) -> Option<&VerbEntry> {
        self.verbs.get(lemma)
    }

    fn noun_event(&self, lemma: &str) -> Option<&VerbEntry> {
        self.nouns.get(lemma)
    }

    fn begins_phrasal(&self, word: &str) -> bool {
        self.phrasal.contains(word)
    }

    fn discard(&self, sentence: &str) -> Option<Discard> {
        let hits = self.lex.discard_hits(sentence);
        if hits.iter().any(|d| d.scope == DiscardScope::Story) {
            Some(Discard::Story)
        } else if hits.is_empty() {
            None
        } else {
            Some(Discard::Sentence)
        }
    }

    fn linear(&self, lemma: &str) -> &[LinearPattern] {
        self.linear.get(lemma).map(Vec::as_slice).unwrap_or(&[])
    }

    fn person_names(&self) -> &[String] {
        &self.names
    }

    fn person_office(&self, k: usize, date: Date) -> Option<String> {
        let d = lex_date(date)?;
        let a = self.lex.actors().get(*self.name_actor.get(k)?)?;
        a.roles
            .iter()
            .find(|r| r.range.contains(d))
            .map(|r| r.code.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::linear::{best_match, View};
    use crate::tree::testing::sent;
    use crate::tree::Tree;
    use std::path::Path;

    fn dict(text: &str) -> LexiconDict {
        let (e, errs) = detente_lexicon::petrarch::read_verbs(Path::new("v.txt"), text);
        assert!(errs.is_empty(), "{errs:?}");
        LexiconDict::new(Lexicon::from_entries(e))
    }

    const VERBS: &str = "--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING }\n- WILL NOT * [081]\n";

    fn code_at(d: &LexiconDict, spec: &str, v: usize) -> Option<String> {
        let s = sent(spec);
        let t = Tree::new(&s.tokens);
        let view = View {
            tree: &t,
            mentions: &[],
        };
        d.verb(t.lemma(v))?;
        best_match(&view, d.linear(t.lemma(v)), v, v).map(|m| m.code)
    }

    #[test]
    fn multiword_verbs_match_at_whichever_word_is_the_verb() {
        let d = dict(VERBS);
        // "soldiers wire tapped links": the inflected word is the verb.
        let tapped =
            "soldiers/NOUN/3/nsubj wire/NOUN/3/compound tapped/VERB/0/root/tap links/NOUN/3/obj";
        assert_eq!(code_at(&d, tapped, 2).as_deref(), Some("1711"));
        // "soldiers will not wire tap links": the first word is; the block's pattern applies.
        let wire = "soldiers/NOUN/4/nsubj will/AUX/4/aux not/PART/4/advmod wire/VERB/0/root tap/NOUN/6/compound links/NOUN/4/obj";
        assert_eq!(code_at(&d, wire, 3).as_deref(), Some("081"));
        // The words must be adjacent: "tapped the wire" is no wire-tapping.
        let apart = "soldiers/NOUN/2/nsubj tapped/VERB/0/root/tap the/DET/4/det wire/NOUN/2/obj";
        assert_eq!(code_at(&d, apart, 1), None);
    }

    #[test]
    fn an_inflected_multiword_verb_does_not_hide_its_verb() {
        // "ANGERED_BY" beside ANGER [111]: "angered" alone still codes as "anger".
        let d = dict("--- ANGER [111] ---\nANGER\n- * DEEPLY [112]\n--- PROVOKE [150] ---\nPROVOKE\n+ANGERED_BY {}\n");
        assert!(d.verb("angered").is_none());
        assert_eq!(d.verb("anger").and_then(|e| e.code.as_deref()), Some("111"));
        let by = "they/PRON/2/nsubj angered/VERB/0/root/anger by/ADP/4/case talks/NOUN/2/obl";
        assert_eq!(code_at(&d, by, 1).as_deref(), Some("150"));
    }

    #[test]
    fn a_verb_written_in_two_blocks_has_the_patterns_of_both() {
        let d = dict("--- SHOT [---] ---\nSHOT\n- *_AND_WOUND [223]\n--- SHOT [223] ---\nSHOT\n- WAS * DEAD [224]\n");
        let codes: Vec<&str> = d.linear("shot").iter().map(|p| p.code.as_str()).collect();
        assert_eq!(codes, vec!["223", "224"]);
        let dead = "he/PRON/3/nsubj:pass was/AUX/3/aux:pass shot/VERB/0/root/shot dead/ADJ/3/xcomp";
        assert_eq!(code_at(&d, dead, 2).as_deref(), Some("224"));
    }

    #[test]
    fn tree_dictionaries_keep_phrasal_verbs_to_their_particle() {
        // Without word-order patterns the dictionary is ours: "pull out" is found through the
        // parser's particle, and "pull" alone gets no entry from it.
        let d = dict("--- PULL_OUT [087] ---\nPULL_OUT\n");
        assert!(d.verb("pull out").is_some());
        assert!(d.verb("pull").is_none());
        assert!(d.linear("pull").is_empty());
    }

    #[test]
    fn synset_members_are_matched_whole() {
        // &PROTEST lists "sit-in": its last word alone would make "led a force in Haiti" a
        // protest. "Street protest" stays a phrase: the matcher checks its first word too.
        let text = "synset &PROTEST\n  word: rally | sit-in | street protest\n\nverb lead\n  pattern: * &PROTEST = 141\n";
        let (lex, errs) = Lexicon::from_text("v.txt", text);
        assert!(errs.is_empty(), "{errs:?}");
        let d = LexiconDict::new(lex);
        let words: Vec<&String> = d
            .verb("lead")
            .into_iter()
            .flat_map(|v| &v.patterns)
            .flat_map(|p| &p.elements)
            .flat_map(|e| match e {
                Element::Synset(ws) => ws.iter().collect::<Vec<_>>(),
                _ => Vec::new(),
            })
            .collect();
        assert!(words.iter().any(|w| *w == "sit-in"), "{words:?}");
        assert!(words.iter().any(|w| *w == "street protest"), "{words:?}");
        assert!(
            !words.iter().any(|w| *w == "in" || *w == "protest"),
            "{words:?}"
        );
    }
}
