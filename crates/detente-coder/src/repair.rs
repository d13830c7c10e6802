//! Repairs of parser errors that cost whole events: a sentence parsed as a noun phrase, and a
//! fronted subject read as a vocative.
//!
//! "The two sides agreed to resume talks" sometimes comes out with "sides" as the root and
//! "agreed" as a reduced relative clause on it (`acl`), as if it read "the two sides (that were)
//! agreed …". A reduced relative is passive and takes no object or complement, so when the
//! participle has one ("agreed to resume", "killed five soldiers", "said that …"), has no subject
//! and no auxiliary of its own, and nothing else is the sentence's verb, the active reading is
//! the likely one: the participle becomes the root and the noun its subject. The same holds,
//! object or not, in prose that ends in a full stop ("Senior Hungarian and Romanian officials
//! agreed on Wednesday that …."); headlines such as "Militants killed in Syria" (no object, no
//! full stop) are left alone.
//!
//! "Pakistan, a key U.S. ally in the war on terror, has refused …" sometimes comes out with
//! "Pakistan" as a vocative and the apposition as the subject. News prose addresses no one, so
//! a sentence-initial name set off by a comma before the verb's subject is that subject, and
//! what the parser took for the subject is its apposition, or, when it is a name that no
//! second comma closes, a second subject ("Turkey, Syria agree to restore ties").
//!
//! "Police fired tear gas at protesters" sometimes comes out with "tear" as a verb whose object
//! is "gas". The first word of a few compounds of riot policing and war is also a verb; when
//! the tagger reads it so and the compound's second word hangs from it, the compound is rebuilt
//! as a noun phrase in the verb's place.
//!
//! "Dagolath's first Deputy Prime Minister Telemar left" sometimes comes out with two subjects
//! of "left": "Deputy" and "Telemar". A verb has one subject; when two stand side by side, nothing
//! between them, the first is the title of the second: it becomes the name's compound.
//!
//! "Arnor will abandon improved economic relations" sometimes comes out with "abandon" as an
//! adverb and "improved" as the verb. A modal takes a bare verb, never a past form; when the word
//! between them is a verb the dictionary codes, it is the verb, and the past form is an
//! adjective on the object.
//!
//! "Ethiopia departs from Libya five years after crowds trashed its embassy" sometimes comes out
//! with "departs" a noun (compound "Ethiopia") and a second subject of "trashed", before that
//! clause's conjunction "after". A clause has one subject, and it follows the conjunction; the
//! main clause before it has lost its verb: the noun right after the opening name, when the
//! dictionary codes it as a verb, is that verb, and the name its subject.
//!
//! "Court sentences journalist to prison" (a headline whose verb the tagger first read as a
//! noun) sometimes comes out with "Court" as a `compound` of the verb. A verb has no compound
//! but its particle; a noun before a finite verb that has no subject is that subject.
//!
//! "Fighting broke out between Sudan's army and the RSF" sometimes comes out with the parties
//! on the verb, not on the fighting (see `between`), or with "Fighting" a participle that
//! heads the sentence (see `gerund`).
//!
//! "A Russian diplomat accused of spying was expelled by Poland" sometimes comes out with
//! "accused" the main verb (see `relative`), "The army shot down two drones, officials said"
//! with the object a second report (see `report`), "As they tried to storm parliament,
//! police fired tear gas" with the opening clause the root (see `opening`), "Beijing denied that
//! it had hacked …" with "that" an object (see `complement`), a verb of a list in the object
//! of the verb before it (see `series`), and "Police used water cannon" with "used" an
//! adjective (see `participle`).

use detente_nlp::Token;

mod between;
mod closing;
mod complement;
mod control;
mod gerund;
mod infinitive;
mod objects;
mod opening;
mod participle;
mod preposition;
mod relative;
mod report;
mod series;
mod subject;

pub use report::{attributed_subject, attribution_as_relative, second_report};
#[cfg(test)]
use subject::compound_subject;

/// The tokens with every repair below that applies, or `None` when none does.
pub fn sentence(
    tokens: &[Token],
    is_verb: &dyn Fn(&str) -> bool,
    is_event_noun: &dyn Fn(&str) -> bool,
) -> Option<Vec<Token>> {
    // One variable that each repair updates, not a chain of `let`s that each read the one
    // before twice: clippy's `or_fun_call` follows every such `let` back to its start without
    // memory, so thirty steps cost it 2^30 walks (40 CPU minutes on this crate).
    let mut fixed = verb_read_compound(tokens);
    apply(&mut fixed, tokens, |t| {
        gerund::opening_noun(t, is_event_noun)
    });
    apply(&mut fixed, tokens, relative::reduced_relative);
    apply(&mut fixed, tokens, noun_root);
    apply(&mut fixed, tokens, fronted_vocative);
    apply(&mut fixed, tokens, participle::verb_read_as_modifier);
    apply(&mut fixed, tokens, participle::verb_after_root_subject);
    apply(&mut fixed, tokens, participle::hyphened_participle);
    apply(&mut fixed, tokens, participle::participle_read_as_marker);
    apply(&mut fixed, tokens, preposition::compound_preposition);
    apply(&mut fixed, tokens, objects::joined_objects);
    apply(&mut fixed, tokens, adjective_root);
    apply(&mut fixed, tokens, named_root);
    apply(&mut fixed, tokens, stray_name);
    apply(&mut fixed, tokens, |t| modal_verb(t, is_verb));
    apply(&mut fixed, tokens, |t| lost_main_verb(t, is_verb));
    apply(&mut fixed, tokens, subject::split_subject);
    apply(&mut fixed, tokens, subject::compound_subject);
    apply(&mut fixed, tokens, series::verbs_in_series);
    apply(&mut fixed, tokens, attribution_as_relative);
    apply(&mut fixed, tokens, headline_passive);
    apply(&mut fixed, tokens, attributed_subject);
    apply(&mut fixed, tokens, report::first_speaker);
    apply(&mut fixed, tokens, second_report);
    apply(&mut fixed, tokens, report::adverbial_across_comma);
    apply(&mut fixed, tokens, report::object_as_second_subject);
    apply(&mut fixed, tokens, infinitive::given_to_the_report);
    apply(&mut fixed, tokens, infinitive::gerund_given_to_the_report);
    apply(&mut fixed, tokens, report::condition_after_report);
    apply(&mut fixed, tokens, report::harm_after_attribution);
    apply(&mut fixed, tokens, report::pronoun_report);
    apply(&mut fixed, tokens, subject::joined_subject);
    apply(&mut fixed, tokens, subject::subordinate_subjects);
    apply(&mut fixed, tokens, subject::adjective_pair);
    apply(&mut fixed, tokens, stranded_subject);
    apply(&mut fixed, tokens, opening::opening_clause_root);
    apply(&mut fixed, tokens, closing::closing_clause_root);
    apply(&mut fixed, tokens, relative::relative_on_verb);
    apply(&mut fixed, tokens, relative::joined_object_relative);
    apply(&mut fixed, tokens, |t| {
        gerund::gerund_subject(t, is_event_noun)
    });
    apply(&mut fixed, tokens, between::between_on_subject);
    apply(&mut fixed, tokens, between::second_party);
    apply(&mut fixed, tokens, complement::that_as_object);
    apply(&mut fixed, tokens, control::object_complement);
    fixed
}

/// Runs one repair on the tokens as the repairs before it left them (`fixed`, else the
/// parser's), and keeps its result when it changed something.
fn apply(
    fixed: &mut Option<Vec<Token>>,
    tokens: &[Token],
    repair: impl FnOnce(&[Token]) -> Option<Vec<Token>>,
) {
    if let Some(t) = repair(fixed.as_deref().unwrap_or(tokens)) {
        *fixed = Some(t);
    }
}

/// Words a relative clause opens with: an attribution has none.
const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "that", "where", "when"];

/// Verbs that take an object, which a headline uses without one only in the passive.
const UNDERGONE: &[&str] = &[
    "kill", "injure", "wound", "hurt", "arrest", "detain", "jail", "imprison", "abduct", "kidnap",
    "capture", "shoot", "execute", "sentence", "convict", "indict", "deport", "expel", "attack",
    "bomb", "target", "torture", "behead", "sanction", "ban", "fine", "summon",
];

/// The tokens with a headline's passive restored, or `None`. "Five Indian soldiers killed in
/// Kashmir attack" drops the passive's "were", and the tagger reads a past tense whose subject
/// did the killing. A past form of a verb that takes an object, with none, no auxiliary and no
/// complement, in a line that does not end in a full stop, is that passive: its subject becomes
/// `nsubj:pass`.
pub fn headline_passive(tokens: &[Token]) -> Option<Vec<Token>> {
    let last = tokens.last()?;
    if matches!(last.form.as_str(), "." | "!" | "?" | "\"" | "'") {
        return None;
    }
    let base = |t: &Token| t.deprel.split(':').next().unwrap_or("").to_string();
    let mut out: Option<Vec<Token>> = None;
    for (v, tv) in tokens.iter().enumerate() {
        if !matches!(tv.xpos.as_str(), "VBD" | "VBN")
            || !UNDERGONE.contains(&tv.lemma.to_lowercase().as_str())
        {
            continue;
        }
        let kids = || (0..tokens.len()).filter(move |&i| tokens[i].head == v + 1);
        if kids().any(|c| {
            matches!(
                base(&tokens[c]).as_str(),
                "obj" | "iobj" | "aux" | "ccomp" | "xcomp" | "expl"
            )
        }) {
            continue;
        }
        if let Some(s) = kids().find(|&c| tokens[c].deprel == "nsubj") {
            out.get_or_insert_with(|| tokens.to_vec())[s].deprel = "nsubj:pass".into();
        }
    }
    out
}

/// Whether word `i` lies within `reach` steps below word `top`.
fn near(tokens: &[Token], i: usize, top: usize, reach: usize) -> bool {
    let mut at = i;
    for _ in 0..=reach {
        if at == top {
            return true;
        }
        match tokens[at].head {
            0 => return false,
            h => at = h - 1,
        }
    }
    false
}

/// Compound nouns whose first word is also a verb.
const VERB_READ_COMPOUNDS: &[(&str, &str)] = &[
    ("tear", "gas"),
    ("riot", "police"),
    ("riot", "gear"),
    ("stun", "grenade"),
    ("stun", "grenades"),
    ("water", "cannon"),
    ("water", "cannons"),
    ("pepper", "spray"),
    ("attack", "helicopter"),
    ("attack", "helicopters"),
    ("cluster", "bombs"),
    ("cluster", "munitions"),
    ("search", "warrant"),
];

/// The tokens with a compound noun read as verb + object rebuilt as a noun phrase, or `None`.
pub fn verb_read_compound(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let mut out: Option<Vec<Token>> = None;
    for i in 0..n.saturating_sub(1) {
        let (a, b) = (&tokens[i], &tokens[i + 1]);
        // The second word hangs on the verb, or compounds a noun that does ("tear gas against
        // protesters" read as "tear [gas protesters]").
        let on_verb = b.head == i + 1
            || (b.deprel == "compound"
                && b.head > i + 2
                && tokens.get(b.head - 1).is_some_and(|h| h.head == i + 1));
        if a.upos != "VERB" || !on_verb {
            continue;
        }
        let Some(&(first, _)) = VERB_READ_COMPOUNDS
            .iter()
            .find(|(x, y)| a.form.eq_ignore_ascii_case(x) && b.form.eq_ignore_ascii_case(y))
        else {
            continue;
        };
        // A verb with a subject or auxiliary of its own is a verb ("they tear down").
        let kids: Vec<usize> = (0..n).filter(|&k| tokens[k].head == i + 1).collect();
        if kids.iter().any(|&k| {
            let r = tokens[k].deprel.as_str();
            r.starts_with("nsubj") || r.starts_with("aux") || r == "mark" || r == "compound:prt"
        }) {
            continue;
        }
        let clausal = matches!(
            a.deprel.as_str(),
            "xcomp" | "ccomp" | "advcl" | "conj" | "dep" | "parataxis"
        );
        let rel = if clausal && a.head > 0 && tokens[a.head - 1].upos == "VERB" {
            "obj".into()
        } else {
            a.deprel.clone()
        };
        let t = out.get_or_insert_with(|| tokens.to_vec());
        for k in kids {
            if k != i + 1 {
                t[k].head = a.head;
            }
        }
        t[i + 1].head = a.head;
        t[i + 1].deprel = rel;
        t[i].head = i + 2;
        t[i].deprel = "compound".into();
        t[i].upos = "NOUN".into();
        t[i].xpos = "NN".into();
        t[i].lemma = first.into();
    }
    out
}

const MODALS: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "shall", "should",
];

/// The tokens with a dictionary verb misread as an adverb between a modal and a past form made
/// the verb ("will abandon improved relations"), or `None`.
pub fn modal_verb(tokens: &[Token], is_verb: &dyn Fn(&str) -> bool) -> Option<Vec<Token>> {
    let n = tokens.len();
    for w in 1..n.saturating_sub(1) {
        let (m, h) = (w - 1, w + 1);
        let on_h = |i: usize| tokens[i].head == h + 1;
        if !(tokens[m].upos == "AUX"
            && MODALS.contains(&tokens[m].form.to_lowercase().as_str())
            && on_h(m)
            && tokens[w].upos == "ADV"
            && on_h(w)
            && tokens[h].upos == "VERB"
            && matches!(tokens[h].xpos.as_str(), "VBN" | "VBD")
            && is_verb(&tokens[w].form.to_lowercase()))
        {
            continue;
        }
        let Some(obj) = (0..n).find(|&i| on_h(i) && tokens[i].deprel == "obj") else {
            continue;
        };
        let mut out = tokens.to_vec();
        for (i, t) in out.iter_mut().enumerate() {
            if i != w && tokens[i].head == h + 1 {
                t.head = w + 1;
            }
        }
        out[w].upos = "VERB".into();
        out[w].xpos = "VB".into();
        out[w].head = tokens[h].head;
        out[w].deprel = tokens[h].deprel.clone();
        out[h].upos = "ADJ".into();
        out[h].xpos = "JJ".into();
        out[h].head = obj + 1;
        out[h].deprel = "amod".into();
        return Some(out);
    }
    None
}

/// The tokens with the main verb restored from a noun read as a second subject of a
/// subordinate clause ("Ethiopia departs from Libya … after crowds trashed …"), or `None`.
pub fn lost_main_verb(tokens: &[Token], is_verb: &dyn Fn(&str) -> bool) -> Option<Vec<Token>> {
    let n = tokens.len();
    let roots: Vec<usize> = (0..n).filter(|&i| tokens[i].head == 0).collect();
    let [r] = roots[..] else { return None };
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let mark = kids(r).find(|&c| tokens[c].deprel == "mark" && tokens[c].upos == "SCONJ")?;
    let subs: Vec<usize> = kids(r).filter(|&c| tokens[c].deprel == "nsubj").collect();
    let [a, b] = subs[..] else { return None };
    let verb_word = is_verb(&tokens[a].form.to_lowercase()) || is_verb(&tokens[a].lemma);
    if tokens[r].upos != "VERB" || !(a < mark && mark < b) || tokens[a].upos != "NOUN" || !verb_word
    {
        return None;
    }
    // The opening name: a proper-noun compound of the noun whose words run up to it, with
    // nothing but a determiner before.
    let name =
        kids(a).find(|&c| c < a && tokens[c].deprel == "compound" && tokens[c].upos == "PROPN")?;
    let opening = (0..a)
        .all(|i| within(tokens, i, name) || (tokens[i].upos == "DET" && tokens[i].head == a + 1));
    if !opening {
        return None;
    }
    let mut out = tokens.to_vec();
    out[a].upos = "VERB".into();
    out[a].xpos = if tokens[a].form.ends_with('s') {
        "VBZ"
    } else {
        "VBP"
    }
    .into();
    out[a].head = 0;
    out[a].deprel = "root".into();
    out[name].deprel = "nsubj".into();
    out[r].head = a + 1;
    out[r].deprel = "advcl".into();
    for c in kids(a).filter(|&c| tokens[c].deprel == "nmod") {
        out[c].deprel = "obl".into();
    }
    Some(out)
}

/// The tokens with a sentence-initial vocative name made the subject of its verb, or `None`.
pub fn fronted_vocative(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let v = (0..n).find(|&i| tokens[i].deprel == "vocative")?;
    if !matches!(tokens[v].upos.as_str(), "PROPN" | "NOUN") || tokens[v].head == 0 {
        return None;
    }
    let h = tokens[v].head - 1;
    // The name's phrase opens the sentence and a comma closes it.
    let mut end = v;
    while end + 1 < n && within(tokens, end + 1, v) {
        end += 1;
    }
    let comma = tokens[end].form == "," || tokens.get(end + 1).is_some_and(|t| t.form == ",");
    if (0..v).any(|i| !within(tokens, i, v)) || !comma {
        return None;
    }
    let kids = |x: usize| (0..n).filter(move |&i| tokens[i].head == x + 1);
    let subject = kids(h).find(|&c| tokens[c].deprel.starts_with("nsubj"));
    let mut out = tokens.to_vec();
    // "Turkey, Syria agree to restore ties": in a headline's shorthand the comma is "and"; a
    // name with no comma between it and the verb is a second subject, not an apposition,
    // which a second comma closes ("Pakistan, a key U.S. ally, has refused").
    let named = |s: usize| (end + 1..h).any(|i| within(tokens, i, s) && tokens[i].upos == "PROPN");
    match subject {
        Some(s) if s > end && tokens[s].upos != "PRON" && s < h => {
            out[s].head = v + 1;
            let closed = (end + 1..h).any(|i| tokens[i].form == ",");
            out[s].deprel = if closed || !named(s) { "appos" } else { "conj" }.into();
        }
        None if h > end && matches!(tokens[h].xpos.as_str(), "VBD" | "VBZ") => {}
        _ => return None,
    }
    out[v].deprel = "nsubj".into();
    Some(out)
}

/// The tokens of a headline whose opening name the parser made the root, with the verb after
/// it a `parataxis`, read as [`fronted_vocative`] reads a vocative, or `None`. "Israel,
/// Hezbollah exchange fire" comes out so, with Israel in no role at all. A headline (no final
/// punctuation) opens with no dateline in lower case, so the name set off by a comma before
/// the verb's own named subject is a second subject.
pub fn named_root(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let r = (0..n).find(|&i| tokens[i].head == 0)?;
    if !headline_name(tokens, r) {
        return None;
    }
    let comma = (r + 1..n).find(|&i| !within(tokens, i, r) || tokens[i].form == ",")?;
    let v = (comma + 1..n).find(|&v| {
        tokens[v].head == r + 1 && tokens[v].deprel == "parataxis" && finite(&tokens[v])
    })?;
    let named_subject = (comma + 1..v).any(|s| {
        tokens[s].head == v + 1 && tokens[s].deprel == "nsubj" && tokens[s].upos == "PROPN"
    });
    if tokens[comma].form != "," || !named_subject {
        return None;
    }
    let mut out = tokens.to_vec();
    out[v].head = 0;
    out[v].deprel = "root".into();
    out[r].head = v + 1;
    out[r].deprel = "vocative".into();
    // What hung from the name after the verb ("as fears grow") hangs from the verb.
    for (i, t) in tokens.iter().enumerate().skip(v + 1) {
        if t.head == r + 1 {
            out[i].head = v + 1;
        }
    }
    fronted_vocative(&out)
}

/// The tokens of a sentence whose opening adjective the parser made the root, re-rooted on its
/// verb, or `None`. "German Chancellor Olaf Scholz ruled out sending troops" and "Hungarian
/// Prime Minister Viktor Orban, who did not attend, criticised the plan" come out with
/// "German" and "Hungarian" as roots, the person a subject or conjunct of the adjective and
/// the verb a clause hung on either. An adjective that opens a sentence, with no copula, is
/// the nationality of the noun after it: the first finite verb after that noun's phrase with
/// no subject of its own, hung on the adjective or the noun, is the sentence's verb, and the
/// noun its subject.
pub fn adjective_root(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let first = tokens.first()?;
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let capital = first.form.starts_with(char::is_uppercase);
    if first.head != 0
        || first.upos != "ADJ"
        || !capital
        || kids(0).any(|c| tokens[c].deprel == "cop")
    {
        return None;
    }
    let x = kids(0).find(|&c| matches!(tokens[c].upos.as_str(), "NOUN" | "PROPN"))?;
    // A past participle counts when it has what a reduced relative cannot have: an object, a
    // complement or a particle ("ruled out sending troops").
    let verb = |v: usize| {
        let t = &tokens[v];
        let past = t.xpos == "VBN"
            && kids(v).any(|c| {
                matches!(
                    tokens[c].deprel.as_str(),
                    "obj" | "xcomp" | "ccomp" | "advcl" | "compound:prt"
                )
            });
        finite(t) || (t.upos == "VERB" && past)
    };
    let v = (x + 1..n).find(|&v| {
        verb(v)
            && matches!(tokens[v].head, h if h == 1 || h == x + 1)
            && !kids(v).any(|c| tokens[c].deprel.starts_with("nsubj"))
    })?;
    let mut out = tokens.to_vec();
    out[v].head = 0;
    out[v].deprel = "root".into();
    out[x].head = v + 1;
    out[x].deprel = "nsubj".into();
    out[0].head = x + 1;
    out[0].deprel = "amod".into();
    // What hung on the adjective after the verb (the final stop) hangs on the verb.
    for c in kids(0).filter(|&c| c > v) {
        out[c].head = v + 1;
    }
    Some(out)
}

/// The tokens of a headline whose opening name the parser hung on the verb as a bare oblique
/// ("US, China agree to resume military talks": "US" read as a time, like "Monday"; "South
/// Korea, Japan agree …"), read as [`fronted_vocative`] reads a vocative, or `None`.
pub fn stray_name(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    // The opening name's head word: "Korea" of "South Korea".
    let r = (0..n).find(|&i| !matches!(tokens[i].deprel.as_str(), "compound" | "flat"))?;
    let name = &tokens[r];
    let bare = !(0..n).any(|i| tokens[i].head == r + 1 && tokens[i].deprel == "case");
    let stray = matches!(
        name.deprel.as_str(),
        "obl:unmarked" | "obl:npmod" | "obl:tmod" | "nmod:tmod" | "dep"
    ) || (name.deprel == "obl" && bare);
    if !stray || name.head == 0 || (0..=r).any(|i| !headline_name(tokens, i)) {
        return None;
    }
    let v = name.head - 1;
    let named_subject = (r + 1..v).any(|s| {
        tokens[s].head == v + 1 && tokens[s].deprel == "nsubj" && tokens[s].upos == "PROPN"
    });
    if !named_subject || !matches!(tokens[v].xpos.as_str(), "VBZ" | "VBD" | "VBP") {
        return None;
    }
    let mut out = tokens.to_vec();
    out[r].deprel = "vocative".into();
    fronted_vocative(&out)
}

/// Whether word `r` is a name that may open a headline's subjects: a name, not a dateline
/// ("MOSCOW, Russia —"), in a line without final punctuation.
fn headline_name(tokens: &[Token], r: usize) -> bool {
    let dateline = crate::dateline::dateline_len(tokens) > r;
    let prose = tokens
        .last()
        .is_some_and(|t| matches!(t.form.as_str(), "." | "!" | "?"));
    tokens[r].upos == "PROPN" && !dateline && !prose
}

/// The tokens with a conjoined name right before a finite verb that has no subject made that
/// subject, or `None`. "Washington has been trying to broker a solution, and US envoy Amos
/// Hochstein met Lebanese officials" sometimes comes out with the envoy a conjunct of
/// "solution" and "met" without a subject. A finite verb has one; a conjunct whose phrase ends
/// right before the verb, and opens with "and" or a comma, is that subject, and the "and"
/// joins the two clauses.
pub fn stranded_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let mut out: Option<Vec<Token>> = None;
    for v in 1..tokens.len() {
        let kids = |x: usize| (0..tokens.len()).filter(move |&i| tokens[i].head == x + 1);
        if !finite(&tokens[v]) || kids(v).any(|c| tokens[c].deprel.starts_with("nsubj")) {
            continue;
        }
        // The conjunct whose phrase ends right before the verb.
        let Some(x) = (0..v).find(|&x| {
            tokens[x].deprel == "conj"
                && matches!(tokens[x].upos.as_str(), "PROPN" | "NOUN")
                && within(tokens, v - 1, x)
                && !within(tokens, v, x)
                && (x + 1..v).all(|i| within(tokens, i, x))
        }) else {
            continue;
        };
        let opener = (0..x).find(|&i| within(tokens, i, x));
        let Some(o) = opener.filter(|&o| matches!(tokens[o].form.as_str(), "and" | "," | "but"))
        else {
            continue;
        };
        let t = out.get_or_insert_with(|| tokens.to_vec());
        t[x].head = v + 1;
        t[x].deprel = "nsubj".into();
        for c in (o..x).filter(|&c| {
            tokens[c].head == x + 1 && matches!(tokens[c].deprel.as_str(), "cc" | "punct")
        }) {
            t[c].head = v + 1;
        }
    }
    out
}

/// The subjects (`nsubj`) of each word, counted in one pass: (count, first, second). A verb
/// has one; the repairs read what the parser made of a second.
fn subjects(tokens: &[Token]) -> Vec<(u8, usize, usize)> {
    let mut subs = vec![(0u8, 0usize, 0usize); tokens.len()];
    for (i, t) in tokens.iter().enumerate() {
        if let Some(s) = subs
            .get_mut(t.head.wrapping_sub(1))
            .filter(|_| t.deprel == "nsubj")
        {
            match s.0 {
                0 => s.1 = i,
                1 => s.2 = i,
                _ => {}
            }
            s.0 = s.0.saturating_add(1);
        }
    }
    subs
}

/// Whether word `h` has a dependent of relation `rel` (subtypes included).
fn has_kid(tokens: &[Token], h: usize, rel: &str) -> bool {
    tokens
        .iter()
        .any(|k| k.head == h + 1 && k.deprel.split(':').next() == Some(rel))
}

/// Whether a token is a finite verb: a present or past tense the tagger gave it.
fn finite(t: &Token) -> bool {
    t.upos == "VERB" && matches!(t.xpos.as_str(), "VBZ" | "VBD" | "VBP")
}

/// Whether word `i` lies in the subtree of word `top`.
fn within(tokens: &[Token], i: usize, top: usize) -> bool {
    near(tokens, i, top, tokens.len())
}

/// The tokens with a noun-root sentence re-rooted on its participle, or `None` when the rule
/// does not apply. A noun phrase that a speech verb after it reports is such a sentence too:
/// its participle becomes the reported clause.
pub fn noun_root(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let roots: Vec<usize> = (0..n).filter(|&i| tokens[i].head == 0).collect();
    let [root] = roots[..] else { return None };
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let nominal = |i: usize| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN");
    // The noun phrase may also be what an attribution after it reports: "Sudan's army and the
    // RSF agreed to a ceasefire, the United States said" (the report is the verb's clause).
    let reported = (!nominal(root)
        && tokens[root].upos == "VERB"
        && crate::speech::is_speech_verb(&tokens[root].lemma))
    .then(|| kids(root).find(|&c| c < root && tokens[c].deprel == "ccomp" && nominal(c)))
    .flatten();
    let r = reported.unwrap_or(root);
    if !nominal(r) {
        return None;
    }
    if kids(r).any(|c| matches!(tokens[c].deprel.as_str(), "cop" | "nsubj")) {
        return None;
    }
    // A fronted phrase of place or time taken for the root, the noun phrase after its comma in
    // apposition: "In Serbia, thousands of people marched through Belgrade". The phrase hangs
    // on the verb; the noun is the one the verb is sought on.
    let fronted = kids(r).any(|c| tokens[c].deprel == "case" && c < r);
    let (phrase, r) = match kids(r).find(|&a| tokens[a].deprel == "appos") {
        Some(a) if fronted && tokens[a - 1].form == "," => (Some(r), a),
        _ if fronted => return None,
        _ => (None, r),
    };
    let participle = |c: usize| {
        c > r
            && tokens[c].deprel == "acl"
            && tokens[c].upos == "VERB"
            && matches!(tokens[c].xpos.as_str(), "VBN" | "VBD")
    };
    // The participle hangs on the noun, or on its "of" phrase, or on that phrase's own:
    // "Hundreds of people demonstrated outside the embassy", "Tens of thousands of supporters
    // rallied in Istanbul".
    let of_phrase = |h: usize| {
        kids(h).find(|&m| {
            tokens[m].deprel == "nmod"
                && kids(m).any(|k| {
                    tokens[k].deprel == "case" && tokens[k].form.eq_ignore_ascii_case("of")
                })
        })
    };
    let mut chain = Vec::new();
    let mut at = r;
    while chain.len() < 3 {
        let Some(m) = of_phrase(at) else { break };
        chain.push(m);
        at = m;
    }
    // ... or on the last of conjoined nouns: "Sudan's army and the RSF agreed to a truce".
    let conjunct = kids(r).rfind(|&m| tokens[m].deprel == "conj");
    // ... or inside the noun's relative clause, right after the comma that closes it: "Egypt
    // and Qatar, which have mediated between the two sides, hosted talks".
    let relative = kids(r).find(|&m| tokens[m].deprel == "acl:relcl");
    // (The verb may also come out as a conjunct of the relative clause's own verb, with no
    // "and": "Jordan, which intercepted some of the drones, summoned Iran's ambassador".)
    let second_verb = |c: usize, rc: usize| {
        tokens[c].deprel == "conj"
            && tokens[c].head == rc + 1
            && tokens[c].upos == "VERB"
            && matches!(tokens[c].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && !kids(c).any(|k| tokens[k].deprel == "cc")
    };
    let closed = |rc: usize| {
        (rc + 1..n).find(|&c| {
            (participle(c) || second_verb(c, rc))
                && within(tokens, c, rc)
                && tokens[c - 1].form == ","
        })
    };
    // ... or inside the noun's apposition, right after the comma that closes it (an adverb
    // may come between): "Algeria, the Arab member of the council, also voted against it".
    let comma_after_noun = tokens.get(r + 1).is_some_and(|t| t.form == ",");
    let apposed = kids(r).find(|&a| tokens[a].deprel == "appos" && comma_after_noun);
    let after_comma = |c: usize| {
        let k = (r + 1..c).rev().find(|&k| tokens[k].upos != "ADV");
        k.is_some_and(|k| tokens[k].form == ",")
    };
    let closed_apposition =
        |a: usize| (a + 1..n).find(|&c| participle(c) && within(tokens, c, a) && after_comma(c));
    let v = kids(r)
        .find(|&c| participle(c))
        .or_else(|| chain.iter().find_map(|&m| kids(m).find(|&c| participle(c))))
        .or_else(|| conjunct.and_then(|m| kids(m).find(|&c| participle(c))))
        .or_else(|| relative.and_then(closed))
        .or_else(|| apposed.and_then(closed_apposition))
        // ... or on the last word of any phrase of the noun that runs up to it: "Talks between
        // Israeli and Hamas negotiators resumed in Cairo".
        .or_else(|| {
            let c = (r + 1..n).find(|&c| participle(c))?;
            let phrase = (r + 1..c).all(|i| {
                !matches!(tokens[i].upos.as_str(), "PUNCT" | "AUX" | "VERB") && within(tokens, i, r)
            });
            (phrase && within(tokens, c, r)).then_some(c)
        })?;
    let mut has_complement = false;
    for c in kids(v) {
        let rel = tokens[c].deprel.as_str();
        if rel.starts_with("nsubj") || rel.starts_with("aux") || rel == "mark" {
            return None;
        }
        has_complement |= matches!(rel, "obj" | "xcomp" | "ccomp");
    }
    // A sentence that ends in a full stop is prose, not a headline ("Militants killed in Syria"):
    // there a noun phrase with a past participle is a misread finite verb even without an object.
    let prose = tokens.last().is_some_and(|t| {
        t.form == "." && t.head == reported.map_or(phrase.unwrap_or(r), |_| root) + 1
    }) && n >= 4;
    if !has_complement && !prose {
        return None;
    }
    let mut out = tokens.to_vec();
    match reported {
        Some(_) => {
            out[v].head = root + 1;
            out[v].deprel = "ccomp".into();
        }
        None => {
            out[v].head = 0;
            out[v].deprel = "root".into();
        }
    }
    out[r].head = v + 1;
    out[r].deprel = "nsubj".into();
    // What hung on the noun after the verb (the final stop, a trailing clause) hangs on the verb.
    for c in phrase
        .into_iter()
        .chain([r])
        .flat_map(kids)
        .filter(|&c| c > v)
    {
        out[c].head = v + 1;
    }
    if let Some(p) = phrase {
        out[p].head = v + 1;
        out[p].deprel = "obl".into();
    }
    Some(out)
}

#[cfg(test)]
#[path = "repair_tests.rs"]
mod tests;
