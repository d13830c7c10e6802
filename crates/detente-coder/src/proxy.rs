//! Nouns that stand for an actor they do not name: a thing of a nation ("a Saudi oil
//! pipeline"), the people of a country, what someone holds or did ("positions held by the
//! RSF"), "the group" or "the bloc" named before, a post or vehicle of a role ("a police
//! station in Peshawar"), a quantity of people ("dozens of protesters").
//!
//! [`crate::actor::actors_at`] asks here when a noun phrase names no actor itself; the
//! countries and the role among its modifiers come with the question.

use crate::actor::{actors_of_head_one, compose, Actor, Mentions, QUANTITY};
use crate::context::Context;
use crate::dictionary::MentionKind;
use crate::tree::Tree;

/// Nouns by which news refers back to a named group or international organisation ("the
/// group", "the bloc"); see [`refers_to`].
pub const BACK_NOUNS: &[&str] = &[
    "group",
    "militia",
    "movement",
    "bloc",
    "alliance",
    "organisation",
    "organization",
];

/// People who belong to a group by allegiance ("opposition supporters", "party members").
const ADHERENTS: &[&str] = &[
    "supporter",
    "member",
    "follower",
    "loyalist",
    "sympathizer",
    "sympathiser",
    "backer",
    "militant",
];

/// Whether "the `noun`" may refer back to the actor `code`: "the group" to an armed group, a
/// party, an opposition or an NGO (`LBNREBHEZ`, `PAKPTYPTI`, `NGOHRIHRW`); "the bloc" to an
/// international organisation; "the organisation" to either.
pub fn refers_to(noun: &str, code: &str) -> bool {
    let group = code.starts_with("NGO")
        || matches!(
            code.get(3..6),
            Some("REB" | "INS" | "SEP" | "UAF" | "PTY" | "OPP" | "CRM")
        );
    let igo = code.starts_with("IGO");
    match noun {
        "group" | "militia" | "movement" => group,
        "bloc" | "alliance" => igo,
        "organisation" | "organization" => group || igo,
        _ => false,
    }
}

/// Posts and vehicles, which stand for the role that mans them ("a police station").
const MANNED: &[&str] = &[
    "station",
    "post",
    "checkpoint",
    "base",
    "outpost",
    "barracks",
    "headquarters",
    "camp",
    "convoy",
    "patrol",
    "vehicle",
    "truck",
    "ship",
    "vessel",
    "boat",
    "aircraft",
    "jet",
    "helicopter",
    "plane",
];

/// The actors that the noun at `h` (its phrase starting at word `start`, with `countries` and
/// the role `agent` among its modifiers) stands for, if any.
#[allow(clippy::too_many_arguments)]
pub(crate) fn stand_in(
    tree: &Tree,
    ms: &Mentions,
    ctx: &Context,
    h: usize,
    start: usize,
    mut countries: Vec<String>,
    agent: Option<String>,
    mk: impl Fn(String, MentionKind) -> Actor,
) -> Vec<Actor> {
    // A nationality on a thing: "a Saudi oil pipeline" stands for the country; "Eriadori
    // and Calenardhon leaders", for each.
    if tree.upos(h) == "NOUN" && !countries.is_empty() && agent.is_none() {
        return countries
            .into_iter()
            .map(|c| mk(c, MentionKind::Country))
            .collect();
    }
    // "the people of Gondor" stands for Gondor as "Gondor's people" does.
    if tree.upos(h) == "NOUN" && agent.is_none() {
        let of_country = tree.kids_with(h, "nmod").find_map(|c| {
            (tree.full_rel(c) == "nmod" && tree.case_of(c) == Some("of"))
                .then(|| ms.at(c))
                .flatten()
                .filter(|m| m.kind == MentionKind::Country && m.code.len() == 3)
        });
        if let Some(m) = of_country {
            return vec![mk(m.code.clone(), MentionKind::Country)];
        }
    }
    // "positions held by the RSF", "areas controlled by the rebels": a place or thing
    // stands for whoever holds it; a deed, for whoever did it.
    if tree.upos(h) == "NOUN" && agent.is_none() {
        let holder = tree.kids_with(h, "acl").find_map(|c| {
            matches!(
                tree.lemma(c),
                "hold" | "control" | "occupy" | "run" | "operate" | "own"
            )
            .then(|| {
                tree.children(c)
                    .iter()
                    .copied()
                    .find(|&g| tree.full_rel(g) == "obl:agent")
            })
            .flatten()
        });
        // "the use of water cannon by the Chinese coast guard": whoever the "by"
        // phrase names.
        let by = || {
            tree.kids_with(h, "nmod")
                .find(|&c| tree.case_of(c) == Some("by"))
        };
        if let Some(g) = holder.or_else(by) {
            return actors_of_head_one(tree, ms, ctx, g);
        }
    }
    // "The group fired rockets" after "Hezbollah", "the bloc" after "the EU": the
    // group or the international organisation named last, in this sentence or a few
    // before.
    let definite = tree.is_definite(h);
    let of = tree
        .kids_with(h, "nmod")
        .any(|c| tree.case_of(c) == Some("of"));
    let noun = tree.lemma(h);
    if BACK_NOUNS.contains(&noun) && definite && !of && countries.is_empty() {
        let here = ms
            .list
            .iter()
            .rev()
            .find(|m| m.end <= start && refers_to(noun, &m.code));
        let code = here.map(|m| m.code.as_str()).or_else(|| ctx.role(noun));
        if let Some(code) = code {
            return vec![mk(code.to_string(), MentionKind::Organization)];
        }
    }
    // "a Pakistani police station", "an army convoy in Kunar": a post or a vehicle of a
    // known country's role stands for those who man it.
    if let Some(role) = agent.as_ref().filter(|_| MANNED.contains(&tree.lemma(h))) {
        countries.extend(
            tree.kids_with(h, "nmod")
                .filter(|&c| matches!(tree.case_of(c), Some("in" | "at" | "near")))
                .filter_map(|c| ms.at(c))
                .filter(|m| m.kind == MentionKind::Country && m.code.len() == 3)
                .map(|m| m.code.clone())
                .take(usize::from(countries.is_empty())),
        );
        if !countries.is_empty() {
            return compose(countries, role, mk);
        }
    }
    // "opposition supporters", "party members", "rebel loyalists": adherents of a group are
    // of the group. (Not of a government or an army: "government supporters" are civilians.)
    if let Some(role) = agent.as_ref().filter(|r| {
        ADHERENTS.contains(&tree.lemma(h))
            && matches!(r.as_str(), "OPP" | "PTY" | "REB" | "INS" | "SEP" | "LAB")
    }) {
        return compose(countries, role, mk);
    }
    // "a group of Moroccan diplomats", "dozens of protesters": the members act.
    if QUANTITY.contains(&tree.lemma(h)) || tree.upos(h) == "NUM" {
        if let Some(of) = tree
            .children(h)
            .iter()
            .copied()
            .find(|&c| tree.rel(c) == "nmod" && tree.case_of(c) == Some("of"))
        {
            return actors_of_head_one(tree, ms, ctx, of);
        }
    }
    Vec::new()
}
