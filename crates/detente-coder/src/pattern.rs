//! Verb (and event-noun) patterns matched on the dependency tree, not on word order.
//!
//! A literal word must be in the predicate's argument area: a dependent of the verb (particle,
//! object, oblique) or one level below (the object's modifiers, an oblique's case marker). The
//! literal right before `+` must be the target's case marker ("with +": an actor introduced by
//! "with"). The most specific matching pattern wins; without one, the entry's default code
//! applies with the direct object (or a non-locative oblique) as the target.

use crate::dictionary::{Element, VerbEntry};
use crate::tree::Tree;

/// The result of matching an entry at a predicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub code: String,
    /// Head word of the target phrase, if any.
    pub target: Option<usize>,
    /// Words that carry the event (the predicate and matched pattern words), sorted.
    pub words: Vec<usize>,
    /// The code of the reverse event (target on source), if the dictionary gives one.
    pub reverse: Option<String>,
    /// Head word of the source phrase a pattern's `$` found ("the withdrawal of $ Israeli
    /// troops"), if any; otherwise the predicate's subject is the source.
    pub source: Option<usize>,
}

impl Match {
    /// A reading's code with its target and evidence words, and nothing else a pattern gives
    /// (for events the coder composes itself: statements, demands).
    pub fn plain(code: &str, target: Option<usize>, words: Vec<usize>) -> Match {
        Match {
            code: code.to_string(),
            target,
            words,
            reverse: None,
            source: None,
        }
    }
}

/// A matched pattern while the best is sought: (score, pattern index, target, source, words).
type Candidate = (usize, usize, Option<usize>, Option<usize>, Vec<usize>);

/// Relations of the verb's own dependents that belong to its argument area.
fn area_rel(rel: &str) -> bool {
    matches!(
        rel,
        "obj" | "iobj" | "obl" | "compound" | "advmod" | "dep" | "nmod" | "amod" | "xcomp"
    )
}

/// Relations one level further down that still belong to the area.
fn inner_rel(rel: &str) -> bool {
    matches!(
        rel,
        "nmod" | "compound" | "amod" | "case" | "obl" | "flat" | "fixed"
    )
}

/// The argument area of predicate `v`: (token, depth) pairs, bounded.
pub fn area(tree: &Tree, v: usize, nominal: bool) -> Vec<usize> {
    let mut out = Vec::new();
    for &c in tree.children(v) {
        let r = tree.rel(c);
        // The agent of a passive ("attacked by protesters") is the source, never the object
        // a pattern's words describe.
        if tree.full_rel(c) == "obl:agent" {
            continue;
        }
        // A clause's marker belongs to the area, not the clause: "warned Iran *against*
        // sending troops", "warned the US *that* …".
        if !nominal && matches!(r, "advcl" | "ccomp") {
            out.extend(
                tree.children(c)
                    .iter()
                    .copied()
                    .filter(|&m| tree.rel(m) == "mark" && m < c),
            );
            continue;
        }
        let ok = if nominal {
            matches!(r, "nmod" | "amod" | "compound" | "acl" | "case" | "obl")
        } else {
            area_rel(r)
        };
        if !ok {
            continue;
        }
        out.push(c);
        for &g in tree.children(c) {
            // "joined the calls by UK officials": who made the calls is no target either.
            let agent = tree.rel(g) == "nmod" && tree.case_of(g) == Some("by");
            // "ordered the ambassador to leave": the parser often hangs an object's
            // infinitive on the object (acl) rather than on the verb (xcomp).
            if r == "obj" && !nominal && tree.rel(g) == "acl" && tree.to_marked(g) {
                out.push(g);
                out.extend(
                    tree.children(g)
                        .iter()
                        .copied()
                        .filter(|&m| tree.rel(m) == "mark"),
                );
                continue;
            }
            if inner_rel(tree.rel(g)) && !agent {
                out.push(g);
                for &gg in tree.children(g) {
                    if matches!(tree.rel(gg), "case" | "compound" | "nmod") && out.len() < 48 {
                        out.push(gg);
                    }
                }
            }
        }
        if out.len() >= 48 {
            break;
        }
    }
    // "drew criticism from China", "increased its aid to Syria": the parser hangs a phrase
    // after an object noun on the verb as often as on the noun it completes. (The noun's
    // patterns name the marker they take.)
    if nominal && tree.rel(v) == "obj" {
        if let Some(p) = tree.parent(v) {
            out.extend(
                tree.children(p)
                    .iter()
                    .copied()
                    .filter(|&c| c > v && tree.rel(c) == "obl" && tree.case_of(c).is_some()),
            );
        }
    }
    out
}

fn word_hits(tree: &Tree, i: usize, w: &str) -> bool {
    forms_hit(tree, i, tree.lower(i), tree.lemma(i), w)
}

/// [`word_hits`] with token `i`'s lowercase form and lemma at hand (a word class tries many).
fn forms_hit(tree: &Tree, i: usize, lower: &str, lemma: &str, w: &str) -> bool {
    if lower == w || lemma == w {
        return !month(tree, i);
    }
    // A phrase ends in the token's last letter; most members fail this before any scan.
    let last = w.as_bytes().last();
    (last == lower.as_bytes().last() || last == lemma.as_bytes().last())
        && w.contains(' ')
        && phrase_ends_at(tree, i, w)
}

/// Whether a word class's phrase ("fact finding mission", "cease fire", "state of emergency")
/// ends at token `i`: its last word is the token's (as written or as lemma, "ceasefires"), its
/// earlier words the ones before, whether the text hyphenates them ("fact-finding") or not.
fn phrase_ends_at(tree: &Tree, i: usize, phrase: &str) -> bool {
    let mut want = phrase.split(' ').rev();
    let Some(last) = want.next() else {
        return false;
    };
    let form = tree.lower(i);
    let mut pieces = form.rsplit('-');
    let lemma_last = tree.lemma(i).rsplit('-').next().unwrap_or("");
    if pieces.next() != Some(last) && !lemma_last.eq_ignore_ascii_case(last) {
        return false;
    }
    // The earlier words, last first: the rest of token i, then the tokens before it.
    let before = (0..i).rev().map(|j| tree.lower(j)).filter(|w| *w != "-");
    let mut have = pieces.chain(before.flat_map(|w| w.rsplit('-')));
    want.all(|w| have.next() == Some(w))
}

/// A month's name ("started on March 26", "in May"), which no pattern's common word ("march",
/// "may") means.
fn month(tree: &Tree, i: usize) -> bool {
    tree.tokens[i].form.starts_with(|c: char| c.is_uppercase())
        && matches!(tree.lower(i), "march" | "may")
        && i > 0
}

fn elem_hits(tree: &Tree, i: usize, e: &Element) -> bool {
    match e {
        Element::Word(w) => word_hits(tree, i, w),
        Element::Synset(ws) => {
            let (lower, lemma) = (tree.lower(i), tree.lemma(i));
            ws.iter().any(|w| forms_hit(tree, i, lower, lemma, w))
        }
        _ => false,
    }
}

/// Whether token `i` is a word that a pattern of `entry` spells out beside a target slot of
/// its own ("troops" of `deploy`'s `&TROOPS to +`): what the verb acts with, which that
/// pattern says is not whom it acts on. (A pattern without `+`, such as `journalists` for an
/// attack, may spell out the target itself.)
pub fn is_means_word(tree: &Tree, i: usize, entry: &VerbEntry) -> bool {
    entry
        .patterns
        .iter()
        .filter(|p| p.elements.iter().any(|e| matches!(e, Element::Target)))
        .flat_map(|p| &p.elements)
        .any(|e| elem_hits(tree, i, e))
}

/// Matches `entry` at predicate `v`. `is_actor(i)` tells whether the phrase headed by `i` names
/// an actor. Returns `None` when no pattern matches and the entry has no default code.
pub fn match_entry(
    tree: &Tree,
    v: usize,
    entry: &VerbEntry,
    nominal: bool,
    is_actor: &dyn Fn(usize) -> bool,
) -> Option<Match> {
    let area = area(tree, v, nominal);
    let mut best: Option<Candidate> = None;
    // Most patterns fail on their first word: the words of one are gathered in a buffer
    // reused by the next, and copied only for a new best.
    let mut words: Vec<usize> = Vec::new();
    let mut at: Vec<Option<usize>> = Vec::new();
    for (pi, p) in entry.patterns.iter().enumerate() {
        let els = &p.elements;
        let marker_of = |slot: Option<usize>| {
            slot.and_then(|t| t.checked_sub(1))
                .and_then(|k| match &els[k] {
                    Element::Word(w) => Some((k, w.as_str())),
                    _ => None,
                })
        };
        let tpos = els.iter().position(|e| matches!(e, Element::Target));
        let marker = marker_of(tpos);
        let spos = els.iter().position(|e| matches!(e, Element::Source));
        let smarker = marker_of(spos);
        words.clear();
        words.push(v);
        let mut ok = true;
        let mut literals = 0;
        // The token each literal element matched, by element.
        at.clear();
        at.resize(els.len(), None);
        for (k, e) in els.iter().enumerate() {
            if !matches!(e, Element::Word(_) | Element::Synset(_))
                || marker.is_some_and(|(m, _)| m == k)
                || smarker.is_some_and(|(m, _)| m == k)
            {
                continue;
            }
            // A literal equal to the predicate itself ("meet" in a pattern of "meet") is free.
            // A word class is not: that "stay-at-home order" is a curfew does not make the
            // verb "order" one.
            if matches!(e, Element::Word(_)) && elem_hits(tree, v, e) {
                at[k] = Some(v);
                continue;
            }
            // A pattern's word is not a word of an actor's name: "used by the US Air Force" is
            // no "use force".
            let named = |i: usize| tree.upos(i) == "PROPN" && is_actor(i);
            // A pattern that opens on a word ("for = 143": "strike for higher pay") means the
            // verb's own phrase: that word found deep in another phrase ("struck Iran in
            // retaliation for ...") counts half, as the parser may also have hung a phrase of
            // the verb's too low.
            let own = |i: usize| {
                k > 0
                    || nominal
                    || tree.parent(i) == Some(v)
                    || (matches!(tree.rel(i), "case" | "mark")
                        && tree.parent(i).and_then(|p| tree.parent(p)) == Some(v))
            };
            // One pass: the first hit in the verb's own phrase, else the first hit at all.
            let mut found = None;
            for &i in &area {
                if elem_hits(tree, i, e) && !named(i) {
                    if own(i) {
                        found = Some((i, 2));
                        break;
                    }
                    found = found.or(Some((i, 1)));
                }
            }
            match found {
                Some((i, weight)) => {
                    literals += weight;
                    words.push(i);
                    at[k] = Some(i);
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            continue;
        }
        // `$`: the actor its marker introduces ("of $"), or a direct one without a marker.
        let mut source = None;
        if spos.is_some() {
            let cand = area.iter().copied().find(|&c| {
                is_actor(c)
                    && tree.rel(c) != "case"
                    && match smarker {
                        Some((_, m)) => tree.case_of(c) == Some(m),
                        None => direct_target(tree, v, c),
                    }
            });
            match cand {
                Some(c) => {
                    words.extend(tree.case_word(c));
                    source = Some(c);
                }
                None => continue,
            }
        }
        let mut target = None;
        if tpos.is_some() {
            // "ambassador of +": an "of" phrase belongs to the word before it, so the target
            // hangs on that literal ("expelled Nicaragua's ambassador in retaliation for the
            // expulsion of the Brazilian envoy" has no "ambassador of" Brazil). Other markers
            // ("talks with +") attach to the noun or the verb as the parser pleases.
            let owner = marker
                .filter(|(_, m)| *m == "of")
                .and_then(|(k, _)| k.checked_sub(1))
                .and_then(|k| at[k]);
            let usable = |c: usize| {
                is_actor(c)
                    && tree.rel(c) != "case"
                    && Some(c) != source
                    && !stray_subject(tree, v, c, nominal)
                    && owner.is_none_or(|o| tree.parent(c) == Some(o))
            };
            let cand = match marker {
                Some((_, m)) => area
                    .iter()
                    .copied()
                    .find(|&c| usable(c) && tree.case_of(c) == Some(m)),
                // A bare `+`: the object first, else any argument actor not marking a place or
                // time ("not * +" over "did not clash with Russia").
                None => area
                    .iter()
                    .copied()
                    .find(|&c| usable(c) && direct_target(tree, v, c))
                    .or_else(|| {
                        area.iter().copied().find(|&c| {
                            usable(c)
                                && matches!(tree.rel(c), "obl" | "nmod")
                                && tree
                                    .case_of(c)
                                    .is_none_or(|m| !NON_TARGET_CASES.contains(&m))
                        })
                    }),
            };
            match cand {
                Some(c) => {
                    if marker.is_some() {
                        words.extend(tree.case_word(c));
                    }
                    target = Some(c);
                }
                None => continue,
            }
        }
        let score = literals * 2
            + usize::from(target.is_some()) * 2
            + usize::from(source.is_some()) * 2
            + usize::from(marker.is_some());
        if best.as_ref().is_none_or(|(s, ..)| score > *s) {
            best = Some((score, pi, target, source, words.clone()));
        }
    }
    if let Some((_, pi, target, source, mut words)) = best {
        words.sort_unstable();
        words.dedup();
        let mut m = Match {
            code: entry.patterns[pi].code.clone(),
            target,
            words,
            reverse: entry.patterns[pi].reverse.clone(),
            source,
        };
        // A pattern without `+` still has a target: the first argument actor (TABARI's rule).
        if m.target.is_none() {
            m.target =
                default_target(tree, v, &area, nominal, is_actor).filter(|&t| Some(t) != source);
        }
        return Some(m);
    }
    let code = entry.code.clone()?;
    let target = default_target(tree, v, &area, nominal, is_actor);
    let mut words = vec![v];
    // Particles belong to the evidence ("pulled out").
    words.extend(
        tree.children(v)
            .iter()
            .copied()
            .filter(|&c| tree.full_rel(c) == "compound:prt"),
    );
    words.extend(target.and_then(|t| tree.case_word(t)));
    words.sort_unstable();
    Some(Match {
        code,
        target,
        words,
        reverse: entry.reverse.clone(),
        source: None,
    })
}

/// The target a verb takes without a pattern saying where: its direct object, else a
/// non-locative oblique actor.
pub fn plain_target(tree: &Tree, v: usize, is_actor: &dyn Fn(usize) -> bool) -> Option<usize> {
    default_target(tree, v, &area(tree, v, false), false, is_actor)
}

/// An unmarked oblique before the verb: a piece of the subject's phrase the parser cut off
/// ("Iran's foreign *ministry* spokesman … condemned"), never whom the verb is aimed at.
fn stray_subject(tree: &Tree, v: usize, c: usize, nominal: bool) -> bool {
    !nominal && c < v && tree.rel(c) == "obl" && tree.case_of(c).is_none()
}

/// An object of `v`, or an unmarked phrase of its own: not a modifier inside another of its
/// phrases ("In the *Saudi* capital, Iran met Iraq").
fn direct_target(tree: &Tree, v: usize, c: usize) -> bool {
    matches!(tree.rel(c), "obj" | "iobj")
        || (tree.parent(c) == Some(v) && tree.case_of(c).is_none() && tree.rel(c) != "advmod")
}

/// Obliques that give place or time, not a target.
const NON_TARGET_CASES: &[&str] = &[
    "in", "at", "during", "for", "since", "until", "after", "before", "amid", "despite", "of",
    "like", "as", "over", "near", "via", "through", "within", "about", "by", "from",
];

/// Verbs of setting out, whose "for" phrase is the destination: "left for Moscow".
const DEPARTURE: &[&str] = &["leave", "depart", "head", "sail", "set", "embark"];

fn default_target(
    tree: &Tree,
    v: usize,
    area: &[usize],
    nominal: bool,
    is_actor: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    // "left for Moscow for talks with Iran": the place one sets out for is whom the trip is to,
    // before any actor further down the sentence.
    if !nominal && DEPARTURE.contains(&tree.lemma(v)) {
        let dest = tree
            .children(v)
            .iter()
            .copied()
            .find(|&c| tree.rel(c) == "obl" && tree.case_of(c) == Some("for") && is_actor(c));
        if dest.is_some() {
            return dest;
        }
    }
    let direct = area
        .iter()
        .copied()
        .find(|&c| matches!(tree.rel(c), "obj" | "iobj") && is_actor(c));
    direct.or_else(|| {
        area.iter().copied().find(|&c| {
            let r = tree.rel(c);
            // Obliques of the verb, and modifiers of its object ("ties with Gondor").
            let modifier = matches!(r, "nmod") || (nominal && matches!(r, "amod" | "compound"));
            (r == "obl" || modifier)
                && is_actor(c)
                // A noun's possessor is who acts ("Russia's attack"); the possessor of a verb's
                // object is whom the act is about ("recognised Kosovo's independence").
                && (!tree.full_rel(c).ends_with("poss")
                    || !nominal
                        && tree.parent(c).is_some_and(|o| tree.rel(o) == "obj")
                        && tree.parent(c).and_then(|o| tree.parent(o)) == Some(v))
                && !tree.full_rel(c).ends_with("agent")
                && tree
                    .case_of(c)
                    .is_none_or(|m| !NON_TARGET_CASES.contains(&m))
                // Nor a word inside such a phrase: "talks in *Mexico* City" (but "the expulsion
                // of the *Brazilian* envoy" is about the envoy, and a phrase with its own marker
                // is its own: "meeting in two weeks *between Pompeo* and …").
                && (tree.case_of(c).is_some()
                    || tree.parent(c).filter(|&p| p != v).is_none_or(|p| {
                        tree.case_of(p)
                            .is_none_or(|m| m == "of" || !NON_TARGET_CASES.contains(&m))
                    }))
                && (r == "obl" || nominal || tree.case_of(c).is_some())
                && !stray_subject(tree, v, c, nominal)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::{parse_elements, Pattern};
    use crate::tree::testing::sent;

    fn entry(code: Option<&str>, pats: &[(&str, &str)]) -> VerbEntry {
        VerbEntry {
            code: code.map(String::from),
            reverse: None,
            patterns: pats
                .iter()
                .map(|(l, c)| Pattern {
                    reverse: None,
                    elements: parse_elements(l, |s| match s {
                        "&MISSILE" => Some(vec!["missile".into(), "ballistic missile".into()]),
                        // A member whose head is a common verb ("stay-at-home order").
                        "&CURFEW" => Some(vec!["curfew".into(), "order".into()]),
                        "&PROBE" => Some(vec!["inquiry".into(), "fact finding mission".into()]),
                        "&TRUCE" => Some(vec!["truce".into(), "cease fire".into()]),
                        _ => None,
                    }),
                    code: c.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_bare_target_is_the_object_not_a_word_inside_another_phrase() {
        // In the Saudi capital, Iran met Iraq.
        let s = sent("In/ADP/4/case the/DET/4/det Saudi/ADJ/4/amod capital/NOUN/7/obl ,/PUNCT/4/punct Iran/PROPN/7/nsubj met/VERB/0/root/meet Iraq/PROPN/7/obj");
        let t = Tree::new(&s.tokens);
        let e = entry(Some("040"), &[("+", "040")]);
        let m = match_entry(&t, 6, &e, false, &|i| matches!(i, 2 | 5 | 7)).unwrap();
        assert_eq!(m.target, Some(7));
    }

    #[test]
    fn a_name_inside_a_place_phrase_is_no_target() {
        let e = entry(Some("046"), &[]);
        let s = sent("talks/NOUN/0/root in/ADP/4/case Mexico/PROPN/4/compound City/PROPN/1/nmod");
        let t = Tree::new(&s.tokens);
        let m = match_entry(&t, 0, &e, true, &|i| i == 2).unwrap();
        assert_eq!(m.target, None);
        // Inside an "of" phrase it is what the act is about.
        let s = sent("expulsion/NOUN/0/root of/ADP/4/case Brazilian/ADJ/4/amod envoy/NOUN/1/nmod");
        let t = Tree::new(&s.tokens);
        let m = match_entry(&t, 0, &e, true, &|i| i == 2).unwrap();
        assert_eq!(m.target, Some(2));
    }

    #[test]
    fn an_of_target_hangs_on_the_literal_before_it() {
        // Brazil expelled the ambassador in retaliation for the expulsion of its envoy
        let s = sent("Brazil/PROPN/2/nsubj expelled/VERB/0/root/expel the/DET/4/det ambassador/NOUN/2/obj in/ADP/6/case retaliation/NOUN/2/obl for/ADP/9/case the/DET/9/det expulsion/NOUN/6/nmod of/ADP/12/case its/PRON/12/nmod:poss envoy/NOUN/9/nmod");
        let t = Tree::new(&s.tokens);
        let actor = |i: usize| i == 11 || i == 3;
        let e = entry(
            None,
            &[("* ambassador of +", "161"), ("* ambassador", "161")],
        );
        let m = match_entry(&t, 1, &e, false, &actor).unwrap();
        assert_ne!(m.target, Some(11), "the envoy is no ambassador's 'of'");
        // Where the "of" phrase is the ambassador's own, it is the target.
        let s = sent("Brazil/PROPN/2/nsubj expelled/VERB/0/root/expel the/DET/4/det ambassador/NOUN/2/obj of/ADP/6/case Nicaragua/PROPN/4/nmod");
        let t = Tree::new(&s.tokens);
        let m = match_entry(&t, 1, &e, false, &|i| i == 5).unwrap();
        assert_eq!(m.target, Some(5));
    }

    #[test]
    fn a_month_is_no_pattern_word() {
        let e = entry(None, &[("march", "140")]);
        let s = sent("It/PRON/2/nsubj started/VERB/0/root/start on/ADP/4/case March/PROPN/2/obl 26/NUM/4/nummod");
        let t = Tree::new(&s.tokens);
        assert!(match_entry(&t, 1, &e, false, &|_| false).is_none());
        let s = sent("They/PRON/2/nsubj started/VERB/0/root/start a/DET/4/det march/NOUN/2/obj");
        let t = Tree::new(&s.tokens);
        assert_eq!(
            match_entry(&t, 1, &e, false, &|_| false).map(|m| m.code),
            Some("140".into())
        );
    }

    #[test]
    fn with_marker_and_particle() {
        // Pompeo sat down with his Russian counterpart
        let s = sent("Pompeo/PROPN/2/nsubj sat/VERB/0/root/sit down/ADP/2/compound:prt with/ADP/7/case his/PRON/7/nmod:poss Russian/ADJ/7/amod counterpart/NOUN/2/obl");
        let t = Tree::new(&s.tokens);
        let e = entry(None, &[("with +", "040"), ("+", "043")]);
        let m = match_entry(&t, 1, &e, false, &|i| i == 6).unwrap();
        assert_eq!(m.code, "040");
        assert_eq!(m.target, Some(6));
        assert_eq!(m.words, vec![1, 3]);
    }

    #[test]
    fn a_clauses_marker_is_a_pattern_word_but_not_its_contents() {
        // Gondor warned Rohan against sending troops
        let s = sent("Gondor/PROPN/2/nsubj warned/VERB/0/root/warn Rohan/PROPN/2/obj against/SCONJ/5/mark sending/VERB/2/advcl/send troops/NOUN/5/obj");
        let t = Tree::new(&s.tokens);
        let e = entry(Some("012"), &[("+ against", "130"), ("+ troops", "150")]);
        let m = match_entry(&t, 1, &e, false, &|i| i == 2).unwrap();
        assert_eq!((m.code.as_str(), m.target), ("130", Some(2)));
        assert_eq!(m.words, vec![1, 3]);
    }

    #[test]
    fn a_word_class_never_matches_the_predicate_itself() {
        // Gondor ordered a curfew / Gondor ordered the envoy to leave (parsed as the envoy's
        // acl, as our parser often does)
        let e = entry(Some("100"), &[("* &CURFEW", "1723"), ("+ to leave", "174")]);
        let s =
            sent("Gondor/PROPN/2/nsubj ordered/VERB/0/root/order a/DET/4/det curfew/NOUN/2/obj");
        let t = Tree::new(&s.tokens);
        let m = match_entry(&t, 1, &e, false, &|_| false).unwrap();
        assert_eq!(m.code, "1723");
        let s = sent("Gondor/PROPN/2/nsubj ordered/VERB/0/root/order the/DET/4/det envoy/NOUN/2/obj to/PART/6/mark leave/VERB/4/acl");
        let t = Tree::new(&s.tokens);
        let m = match_entry(&t, 1, &e, false, &|i| i == 3).unwrap();
        assert_eq!((m.code.as_str(), m.target), ("174", Some(3)));
        assert_eq!(m.words, vec![1, 4, 5]);
        // An object's other clauses stay outside: "ordered the envoy who had left".
        let s = sent("Gondor/PROPN/2/nsubj ordered/VERB/0/root/order the/DET/4/det envoy/NOUN/2/obj who/PRON/6/nsubj left/VERB/4/acl:relcl/leave");
        let t = Tree::new(&s.tokens);
        let m = match_entry(&t, 1, &e, false, &|i| i == 3).unwrap();
        assert_eq!(m.code, "100");
    }

    #[test]
    fn what_comes_from_a_party_is_not_aimed_at_it() {
        // Gondor received a warning from Rohan / Gondor received Rohan
        let e = entry(Some("043"), &[("+", "043"), ("* call from +", "041")]);
        let s = sent("Gondor/PROPN/2/nsubj received/VERB/0/root/receive a/DET/4/det warning/NOUN/2/obj from/ADP/6/case Rohan/PROPN/2/obl");
        let t = Tree::new(&s.tokens);
        assert_eq!(
            match_entry(&t, 1, &e, false, &|i| i == 5).and_then(|m| m.target),
            None
        );
        let s = sent("Gondor/PROPN/2/nsubj received/VERB/0/root/receive a/DET/4/det call/NOUN/2/obj from/ADP/6/case Rohan/PROPN/2/obl");
        let t = Tree::new(&s.tokens);
        let m = match_entry(&t, 1, &e, false, &|i| i == 5).unwrap();
        assert_eq!((m.code.as_str(), m.target), ("041", Some(5)));
        let s = sent("Gondor/PROPN/2/nsubj received/VERB/0/root/receive Rohan/PROPN/2/obj");
        let t = Tree::new(&s.tokens);
        assert_eq!(
            match_entry(&t, 1, &e, false, &|i| i == 2).and_then(|m| m.target),
            Some(2)
        );
    }

    #[test]
    fn a_phrase_of_a_word_class_matches_whole() {
        let e = entry(None, &[("* &PROBE", "090")]);
        let probe = |text: &str| {
            let s = sent(text);
            let t = Tree::new(&s.tokens);
            match_entry(&t, 1, &e, false, &|_| false).map(|m| m.code)
        };
        // Gondor sent a fact-finding mission / a fact finding mission / a security mission
        let hyphenated = "Gondor/PROPN/2/nsubj sent/VERB/0/root/send a/DET/5/det fact-finding/ADJ/5/amod mission/NOUN/2/obj";
        assert_eq!(probe(hyphenated), Some("090".into()));
        let apart = "Gondor/PROPN/2/nsubj sent/VERB/0/root/send a/DET/6/det fact/NOUN/5/compound finding/NOUN/6/compound mission/NOUN/2/obj";
        assert_eq!(probe(apart), Some("090".into()));
        let other = "Gondor/PROPN/2/nsubj sent/VERB/0/root/send a/DET/5/det security/NOUN/5/compound mission/NOUN/2/obj";
        assert_eq!(probe(other), None);
        // The last word may be inflected: "cease-fires" for "cease fire".
        let e = entry(None, &[("* &TRUCE", "0871")]);
        let s = sent(
            "Gondor/PROPN/2/nsubj declared/VERB/0/root/declare cease-fires/NOUN/2/obj/cease-fire",
        );
        let t = Tree::new(&s.tokens);
        assert_eq!(
            match_entry(&t, 1, &e, false, &|_| false).map(|m| m.code),
            Some("0871".into())
        );
    }

    #[test]
    fn the_possessor_of_a_verbs_object_is_its_target_but_a_nouns_is_not() {
        // Gondor recognised Rohan's independence
        let e = entry(Some("054"), &[]);
        let s = sent("Gondor/PROPN/2/nsubj recognised/VERB/0/root/recognise Rohan/PROPN/5/nmod:poss 's/PART/3/case independence/NOUN/2/obj");
        let t = Tree::new(&s.tokens);
        assert_eq!(
            match_entry(&t, 1, &e, false, &|i| i == 2).and_then(|m| m.target),
            Some(2)
        );
        // Rohan's attack: the possessor is who attacks.
        let e = entry(Some("190"), &[]);
        let s = sent("Rohan/PROPN/3/nmod:poss 's/PART/1/case attack/NOUN/0/root");
        let t = Tree::new(&s.tokens);
        assert_eq!(
            match_entry(&t, 2, &e, true, &|i| i == 0).and_then(|m| m.target),
            None
        );
    }

    #[test]
    fn a_pattern_opening_on_a_word_means_the_verbs_own_phrase() {
        let e = entry(Some("143"), &[("+", "190"), ("for", "143")]);
        // Gondor struck Rohan in retaliation for raids: "for" is deep in another phrase.
        let s = sent("Gondor/PROPN/2/nsubj struck/VERB/0/root/strike Rohan/PROPN/2/obj in/ADP/5/case retaliation/NOUN/2/obl for/ADP/7/case raids/NOUN/5/nmod/raid");
        let t = Tree::new(&s.tokens);
        let m = match_entry(&t, 1, &e, false, &|i| i == 2).unwrap();
        assert_eq!((m.code.as_str(), m.target), ("190", Some(2)));
        // Workers struck for higher pay: the verb's own "for".
        let s = sent("Workers/NOUN/2/nsubj struck/VERB/0/root/strike for/ADP/5/case higher/ADJ/5/amod pay/NOUN/2/obl");
        let t = Tree::new(&s.tokens);
        assert_eq!(
            match_entry(&t, 1, &e, false, &|_| false).map(|m| m.code),
            Some("143".into())
        );
    }

    #[test]
    fn a_piece_of_the_subject_cut_off_before_the_verb_is_no_target() {
        // Rohan's foreign ministry condemned the strike, "ministry" hung on the verb.
        let s = sent("Rohan/PROPN/5/nsubj 's/PART/1/case foreign/ADJ/4/amod ministry/PROPN/5/obl condemned/VERB/0/root/condemn the/DET/7/det strike/NOUN/5/obj");
        let t = Tree::new(&s.tokens);
        for e in [entry(None, &[("+", "111")]), entry(Some("111"), &[])] {
            let m = match_entry(&t, 4, &e, false, &|i| i == 0 || i == 3);
            assert_eq!(m.and_then(|m| m.target), None);
        }
    }

    #[test]
    fn a_departure_goes_to_where_it_is_for() {
        // Telemar left for Minas_Tirith for meetings with Arnor
        let s = sent("Telemar/PROPN/2/nsubj left/VERB/0/root/leave for/ADP/4/case Minas_Tirith/PROPN/2/obl for/ADP/6/case meetings/NOUN/2/obl/meeting with/ADP/8/case Arnor/PROPN/6/nmod");
        let t = Tree::new(&s.tokens);
        let e = entry(Some("032"), &[]);
        let actor = |i| i == 3 || i == 7;
        assert_eq!(
            match_entry(&t, 1, &e, false, &actor).unwrap().target,
            Some(3)
        );
        // "for" is no destination of other verbs: "voted for Minas_Tirith …" keeps the rule.
        let s = sent("Telemar/PROPN/2/nsubj voted/VERB/0/root/vote for/ADP/4/case Minas_Tirith/PROPN/2/obl for/ADP/6/case meetings/NOUN/2/obl/meeting with/ADP/8/case Arnor/PROPN/6/nmod");
        let t = Tree::new(&s.tokens);
        assert_eq!(
            match_entry(&t, 1, &e, false, &actor).unwrap().target,
            Some(7)
        );
    }

    #[test]
    fn pattern_words_skip_the_agent_and_actor_names() {
        // "a base used by the Air Force": no "use force".
        let s = sent("base/NOUN/0/root used/VERB/1/acl/use by/ADP/5/case Air/PROPN/5/compound Force/PROPN/2/obl:agent");
        let t = Tree::new(&s.tokens);
        let e = entry(None, &[("* force", "190")]);
        assert!(match_entry(&t, 1, &e, false, &|i| i == 4).is_none());
        // "attacked by protesters": the agent is no object of "* protesters".
        let s = sent("they/PRON/2/nsubj:pass attacked/VERB/0/root/attack by/ADP/4/case protesters/NOUN/2/obl:agent");
        let t = Tree::new(&s.tokens);
        let e = entry(Some("190"), &[("* protesters", "175")]);
        assert_eq!(
            match_entry(&t, 1, &e, false, &|_| false).unwrap().code,
            "190"
        );
        // The same words as a common noun still match: "used force".
        let s = sent("they/PRON/2/nsubj used/VERB/0/root/use force/NOUN/2/obj");
        let t = Tree::new(&s.tokens);
        let e = entry(None, &[("* force", "190")]);
        assert_eq!(
            match_entry(&t, 1, &e, false, &|_| false).unwrap().code,
            "190"
        );
    }

    #[test]
    fn a_source_slot_takes_the_actor_its_marker_introduces() {
        // the withdrawal of Israeli troops from Lebanon
        let s = sent("withdrawal/NOUN/0/root of/ADP/4/case Israeli/ADJ/4/amod troops/NOUN/1/nmod from/ADP/6/case Lebanon/PROPN/1/nmod");
        let t = Tree::new(&s.tokens);
        let e = entry(Some("0874"), &[("from +", "0874"), ("of $ from +", "0874")]);
        let m = match_entry(&t, 0, &e, true, &|i| i == 3 || i == 5).unwrap();
        assert_eq!((m.source, m.target), (Some(3), Some(5)));
        // Without an actor after "of" the slot fails and the plain pattern codes.
        let m = match_entry(&t, 0, &e, true, &|i| i == 5).unwrap();
        assert_eq!((m.source, m.target), (None, Some(5)));
    }

    #[test]
    fn synset_literal_and_default() {
        // Pyongyang launched test missiles
        let s = sent("Pyongyang/PROPN/2/nsubj launched/VERB/0/root/launch test/NOUN/4/compound missiles/NOUN/2/obj/missile");
        let t = Tree::new(&s.tokens);
        let e = entry(None, &[("* &MISSILE", "1951"), ("attack on +", "190")]);
        let m = match_entry(&t, 1, &e, false, &|_| false).unwrap();
        assert_eq!(m.code, "1951");
        assert_eq!(m.target, None);
        assert_eq!(m.words, vec![1, 3]);
        let none = entry(None, &[("attack on +", "190")]);
        assert!(match_entry(&t, 1, &none, false, &|_| false).is_none());
        // A default code takes the direct object as target; a locative oblique is not one.
        let s = sent("Iran/PROPN/2/nsubj attacked/VERB/0/root/attack tankers/NOUN/2/obj in/ADP/5/case Oman/PROPN/2/obl");
        let t = Tree::new(&s.tokens);
        let d = entry(Some("190"), &[]);
        let m = match_entry(&t, 1, &d, false, &|i| i == 2 || i == 4).unwrap();
        assert_eq!(m.target, Some(2));
        let m = match_entry(&t, 1, &d, false, &|i| i == 4).unwrap();
        assert_eq!(m.target, None);
    }
}
