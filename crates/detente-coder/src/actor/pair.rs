//! "The two sides", "both leaders": phrases that stand for the two parties just named.

use crate::tree::Tree;

/// Whether the phrase headed by `h` names the pair of parties of the last bilateral event:
/// "the two sides met again", "both condemned the attack", "the two delegations signed".
pub fn is_pair_phrase(tree: &Tree, h: usize) -> bool {
    let definite = |h: usize| {
        tree.children(h).iter().any(|&c| {
            matches!(tree.lower(c), "the" | "these" | "those") || tree.full_rel(c) == "nmod:poss"
        })
    };
    // The noun left out: "the two discussed a ceasefire", "both condemned the attack".
    if (tree.lower(h) == "two" && definite(h))
        || (tree.lower(h) == "both" && tree.rel(h).starts_with("nsubj"))
    {
        return true;
    }
    // Plural nouns that news uses for the two parties just named: "the two leaders met again",
    // "both men spoke by phone", "the two delegations signed".
    if !matches!(
        tree.lower(h),
        "sides"
            | "countries"
            | "nations"
            | "governments"
            | "leaders"
            | "parties"
            | "men"
            | "women"
            | "ministers"
            | "presidents"
            | "premiers"
            | "delegations"
            | "states"
            | "powers"
            | "neighbours"
            | "neighbors"
            | "rivals"
            | "allies"
            | "capitals"
            | "counterparts"
            | "diplomats"
            | "envoys"
            | "negotiators"
    ) {
        return false;
    }
    // "Both men"; "the two leaders" — but "two former ministers" are two new people.
    let definite = definite(h);
    tree.children(h)
        .iter()
        .any(|&c| tree.lower(c) == "both" || (tree.lower(c) == "two" && definite))
}
