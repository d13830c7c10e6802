//! Verb (and event-noun) patterns matched on the dependency tree, not on word order.
//!
//! A literal word must be in the predicate's argument area: a dependent of the verb (particle,
//! object, oblique) or one level below (the object's modifiers, an oblique's case marker). The
//! literal right before `+` must be the target's case marker ("with +": an actor introduced by
//! "with"). The most specific matching pattern wins; without one, the entry's default code
//! applies with the direct object (or a non-locative oblique) as the target.

use crate::dictionary::{Element, VerbEntry};
use crate::literals::{marker_before, required_literals};
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

/// Whether passive `v` names its agent ("by the EU").
fn by_agent(tree: &Tree, v: usize) -> bool {
    tree.children(v).iter().any(|&c| {
        tree.full_rel(c) == "obl:agent" || (tree.rel(c) == "obl" && tree.case_of(c) == Some("by"))
    })
}

/// The argument area of predicate `v`: (token, depth) pairs, bounded.
pub fn area(tree: &Tree, v: usize, nominal: bool) -> Vec<usize> {
    let mut out = Vec::new();
    // The dateline ("MOSCOW (AP) -"), which hangs on the sentence's verb, says where the story
    // was filed: nothing the verb did.
    let dateline = crate::dateline::dateline_len(tree.tokens);
    for &c in tree.children(v) {
        if c < dateline {
            continue;
        }
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
            // A passive's subject is what the active verb's object would be, when the passive
            // says by whom: "the ambassador was summoned by the foreign ministry", "sanctions
            // were imposed on Russia by the EU". (Without an agent the event has no source,
            // and "schools were closed" is no sanction.)
            area_rel(r) || (tree.full_rel(c) == "nsubj:pass" && by_agent(tree, v))
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
            // ... and when it hangs it right, the infinitive's "to" is the verb's as much
            // ("ordered + to leave").
            if r == "xcomp" && !nominal && tree.rel(g) == "mark" && tree.lower(g) == "to" {
                out.push(g);
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
    // "Riots erupted in Paris", "Clashes broke out in Dhaka": a verb that only says the event
    // broke out gives its phrases to the event noun that is its subject. (Not one that says it
    // goes on, "protests have been taking place in Belgrade": news tells of an event that goes
    // on where it began, and coders code it there.)
    let onset = |p: usize| ONSET.contains(&tree.lemma(p));
    if nominal && tree.rel(v) == "nsubj" && tree.parent(v).is_some_and(onset) {
        if let Some(p) = tree.parent(v) {
            out.extend(
                tree.children(p)
                    .iter()
                    .copied()
                    .filter(|&c| tree.rel(c) == "obl" && tree.case_of(c).is_some()),
            );
        }
    }
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

pub(crate) fn word_hits(tree: &Tree, i: usize, w: &str) -> bool {
    forms_hit(tree, i, tree.lower(i), tree.lemma(i), w)
}

/// [`word_hits`] with token `i`'s lowercase form and lemma at hand (a word class tries many).
fn forms_hit(tree: &Tree, i: usize, lower: &str, lemma: &str, w: &str) -> bool {
    if lower == w || lemma == w {
        return !month(tree, i);
    }
    // A pattern's "not" is the verb's negation, whichever word says it ("has never ruled out").
    if w == "not" && lower == "never" && tree.rel(i) == "advmod" {
        return true;
    }
    // A noun's regular plural is the word whatever the lemmatizer made of it: "bases" of
    // "struck militant bases" is no "basis".
    if lower.len() == w.len() + 1
        && lower.ends_with('s')
        && lower.starts_with(w)
        && tree.upos(i) == "NOUN"
    {
        return true;
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
        .filter(|p| {
            p.elements
                .iter()
                .any(|e| matches!(e, Element::Target | Element::Place))
        })
        .flat_map(|p| &p.elements)
        .any(|e| elem_hits(tree, i, e))
}

/// Matches `entry` at predicate `v`. `is_actor(i)` tells whether the phrase headed by `i` names
/// an actor, `is_place(i)` whether that actor is a place named (for `@`; asked only of actors). Returns `None` when no
/// pattern matches and the entry has no default code.
pub fn match_entry(
    tree: &Tree,
    v: usize,
    entry: &VerbEntry,
    nominal: bool,
    is_actor: &dyn Fn(usize) -> bool,
    is_place: &dyn Fn(usize) -> bool,
) -> Option<Match> {
    let area = area(tree, v, nominal);
    let mut best: Option<Candidate> = None;
    // Most patterns fail on their first word: the words of one are gathered in a buffer
    // reused by the next, and copied only for a new best.
    let mut words: Vec<usize> = Vec::new();
    let mut at: Vec<Option<usize>> = Vec::new();
    // Patterns whose literals have no word to hit here are not tried at all.
    let mut may: Vec<u64> = Vec::new();
    let index = entry.literals.get(&entry.patterns);
    if let Some(ix) = index {
        ix.candidates(tree, v, &area, &mut may);
    }
    for (pi, p) in entry.patterns.iter().enumerate() {
        if index.is_some() && may[pi] == 0 {
            continue;
        }
        let els = &p.elements;
        let marker_of = |slot: Option<usize>| marker_before(els, slot);
        let tpos = els
            .iter()
            .position(|e| matches!(e, Element::Target | Element::Place));
        // `@` takes only a place, and only as the verb's own object ("seized Bakhmut"): a
        // place further off is where the act happened.
        let place = tpos.is_some_and(|k| els[k] == Element::Place);
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
        // Whether the pattern names marker `m` itself ("near + = …"): a phrase it marks is
        // then the pattern's own.
        let spells = |m: &str| els.iter().any(|e| matches!(e, Element::Word(w) if w == m));
        // The words to find: the literal index keys exactly these, so both ask one function.
        for (k, e) in required_literals(els) {
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
            // Nor is a word in a phrase that says where ("entered Japanese waters *near the
            // Senkaku Islands*") the verb's own, unless the pattern names the place's marker.
            let placed = |i: usize| {
                tree.case_of(i)
                    .is_some_and(|m| LOCATIVE.contains(&m) && !spells(m))
            };
            let own = |i: usize| {
                (k > 0
                    || nominal
                    || tree.parent(i) == Some(v)
                    || (matches!(tree.rel(i), "case" | "mark")
                        && tree.parent(i).and_then(|p| tree.parent(p)) == Some(v)))
                    && !placed(i)
            };
            // A word "without" marks is what did not happen ("the talks ended *without an
            // agreement*"), unless the pattern names the marker.
            let absent = |i: usize| tree.case_of(i) == Some("without") && !spells("without");
            // One pass: the first hit in the verb's own phrase, else the first hit at all.
            let mut found = None;
            for &i in &area {
                if elem_hits(tree, i, e) && !named(i) && !absent(i) {
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
        if !ok || splits_an_infinitive(tree, v, els, &at) {
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
            // A phrase inside the verb's complement clause is that clause's, unless the pattern
            // spells the clause out: "agreed to hold talks *with Iran*", but not "agreed to
            // lead a mission *to Haiti*" for "agree to +".
            let clause_of = |c: usize| {
                tree.ancestors(c)
                    .take_while(|&a| a != v)
                    .find(|&a| tree.parent(a) == Some(v) && tree.rel(a) == "xcomp")
            };
            let spelled = |x: usize| {
                at.iter()
                    .flatten()
                    .any(|&w| w == x || tree.ancestors(w).take_while(|&a| a != v).any(|a| a == x))
            };
            let usable = |c: usize| {
                is_actor(c)
                    && (!in_topic(tree, v, c) || tree.parent(c).is_some_and(spelled))
                    && clause_of(c).is_none_or(spelled)
                    && tree.rel(c) != "case"
                    && Some(c) != source
                    && !stray_subject(tree, v, c, nominal)
                    && owner.is_none_or(|o| tree.parent(c) == Some(o))
                    && (!place || is_place(c))
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
                            !place
                                && usable(c)
                                && matches!(tree.rel(c), "obl" | "nmod")
                                && tree
                                    .case_of(c)
                                    .is_none_or(|m| !NON_TARGET_CASES.contains(&m))
                                && !in_time_phrase(tree, v, c)
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
            + usize::from(marker.is_some())
            // A place is a narrower target than any actor.
            + usize::from(place);
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

/// Whether a pattern's "to" was found as the marker of `v`'s infinitive while the pattern's
/// next word is not that infinitive: "+ to end" is not "wanted Israel to exist … in the end".
/// (A "to" that ends the pattern, "+ to", may be any infinitive's.)
fn splits_an_infinitive(tree: &Tree, v: usize, els: &[Element], at: &[Option<usize>]) -> bool {
    at.iter().enumerate().any(|(k, &found)| {
        let Some(infinitive) = found
            .filter(|&i| tree.rel(i) == "mark")
            .and_then(|i| tree.parent(i))
            .filter(|&x| tree.rel(x) == "xcomp" && tree.parent(x) == Some(v))
        else {
            return false;
        };
        matches!(els.get(k + 1), Some(Element::Word(_) | Element::Synset(_)))
            && at.get(k + 1).copied().flatten() != Some(infinitive)
    })
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

/// Verbs that say an event broke out, and nothing of its parties.
const ONSET: &[&str] = &["break", "erupt", "flare", "spread", "ensue", "escalate"];

/// Markers of a phrase that says where something happened.
const LOCATIVE: &[&str] = &[
    "near", "in", "at", "outside", "inside", "around", "along", "across", "off", "beyond",
];

/// Obliques that give place or time, not a target.
const NON_TARGET_CASES: &[&str] = &[
    "in",
    "at",
    "during",
    "for",
    "since",
    "until",
    "after",
    "before",
    "amid",
    "despite",
    "of",
    "like",
    "as",
    "over",
    "near",
    "via",
    "through",
    "within",
    "about",
    "by",
    "from",
    "according",
    // The framework or pressure an act is under: "under an EU-brokered deal".
    "under",
];

/// Whether word `c` of `v`'s area is inside a phrase of time, whatever its own marker:
/// "suspended the talks after a visit *to Taiwan*".
fn in_time_phrase(tree: &Tree, v: usize, c: usize) -> bool {
    tree.parent(c)
        .filter(|&p| p != v)
        .and_then(|p| tree.case_of(p))
        .is_some_and(|m| TIME_CASES.contains(&m))
}

/// Whether word `c` of `v`'s area is inside what the verb is against or about, a phrase that
/// holds its own phrases: "protested *against US aid to Israel*" is no protest to Israel,
/// "marched against weapons deliveries to Ukraine" no march to Ukraine. (Not a phrase of place
/// or means, "spoke by phone with Lavrov", where the parser often hangs the verb's own phrase
/// one word too low.) The marker may hang on a compound of the phrase's head ("against German
/// *weapons* deliveries").
fn in_topic(tree: &Tree, v: usize, c: usize) -> bool {
    let Some(p) = tree.parent(c).filter(|&p| p != v) else {
        return false;
    };
    let marker = tree.case_of(p).or_else(|| {
        tree.children(p)
            .iter()
            .find(|&&k| tree.rel(k) == "compound" && k < p)
            .and_then(|&k| tree.case_of(k))
    });
    tree.parent(p) == Some(v)
        && tree.rel(p) == "obl"
        && marker.is_some_and(|m| matches!(m, "against" | "over" | "about"))
}

/// Markers of a phrase that says when or why, whose words are no party to the verb.
pub(crate) const TIME_CASES: &[&str] = &[
    "after",
    "before",
    "since",
    "following",
    "amid",
    "despite",
    "during",
    "until",
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
                && !in_time_phrase(tree, v, c)
                && !in_topic(tree, v, c)
        })
    })
}

#[cfg(test)]
#[path = "pattern_tests.rs"]
mod tests;
