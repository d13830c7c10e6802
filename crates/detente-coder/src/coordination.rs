//! Lists of actors read in word order, for when the parser breaks a coordination.
//!
//! "Mordor, Rohan, Fornost and Bree welcomed …" is often parsed with some members hung on the
//! verb as extra subjects or on the wrong word. The surface is reliable: mentions separated
//! only by commas, "and"/"or" and their own determiners or adjectives, ending in "and"/"or",
//! form one list. A member joins the slot when the tree does not contradict it: it is a
//! conjunct, or it has the slot's own relation and case marker.
//!
//! Coordination also shares words: "Hungarian and Romanian officials" are officials of both
//! countries, "Danish media and government" both Danish ([`share_roles`]).

use crate::actor::{Actor, Mentions};
use crate::dictionary::MentionKind;
use crate::tree::Tree;

/// Most members a list may have (bounded work on degenerate input).
const MAX_MEMBERS: usize = 12;

/// The head word of the mention covering `i`'s span.
fn head_of(tree: &Tree, start: usize, end: usize) -> usize {
    (start..end)
        .find(|&i| tree.parent(i).is_none_or(|p| p < start || p >= end))
        .unwrap_or(end - 1)
}

/// What lies between two members: `Some(has_cc)` when only separators, else `None`.
fn gap(tree: &Tree, from: usize, to: usize) -> Option<bool> {
    if from >= to {
        return None;
    }
    let mut sep = false;
    let mut cc = false;
    for i in from..to {
        match tree.lower(i) {
            "," | ";" => sep = true,
            "and" | "or" | "&" => {
                sep = true;
                cc = true;
            }
            _ if matches!(tree.upos(i), "DET" | "ADJ") => {}
            _ => return None,
        }
    }
    sep.then_some(cc)
}

/// Heads of the other members of the list the mention at head `h` belongs to.
pub fn list_heads(tree: &Tree, ms: &Mentions, h: usize) -> Vec<usize> {
    // The head's own mention, or one on its name words ("Evil *Mordor*").
    let own = ms.at(h).or_else(|| {
        tree.children(h)
            .iter()
            .find(|&&c| matches!(tree.rel(c), "flat" | "compound"))
            .and_then(|&c| ms.at(c))
    });
    let Some(own) = own else {
        return Vec::new();
    };
    let mut spans: Vec<(usize, usize)> = ms.list.iter().map(|m| (m.start, m.end)).collect();
    spans.sort_unstable();
    let Some(k) = spans.iter().position(|&(s, _)| s == own.start) else {
        return Vec::new();
    };
    // The chain of members around k, each gap made of separators only.
    let (mut lo, mut hi) = (k, k);
    while lo > 0 && gap(tree, spans[lo - 1].1, spans[lo].0).is_some() && hi - lo < MAX_MEMBERS {
        lo -= 1;
    }
    while hi + 1 < spans.len()
        && gap(tree, spans[hi].1, spans[hi + 1].0).is_some()
        && hi - lo < MAX_MEMBERS
    {
        hi += 1;
    }
    if lo == hi || gap(tree, spans[hi - 1].1, spans[hi].0) != Some(true) {
        return Vec::new();
    }
    // A possessive last member is not a list ("Gondor and Arnor's envoy").
    let after = spans[hi].1;
    if after < tree.len() && matches!(tree.lower(after), "'s" | "’s" | "'") {
        return Vec::new();
    }
    let slot = tree.rel(h);
    let case = tree.case_of(h);
    (lo..=hi)
        .filter(|&j| j != k)
        .map(|j| head_of(tree, spans[j].0, spans[j].1))
        .filter(|&x| {
            // A name word hung on its modifier ("Evil Mordor") takes the modifier's place.
            let x = match tree.parent(x) {
                Some(p) if matches!(tree.rel(x), "flat" | "compound") => p,
                _ => x,
            };
            matches!(tree.rel(x), "conj" | "appos")
                || (tree.rel(x) == slot && tree.case_of(x) == case)
        })
        .collect()
}

/// Where the nationality of a composed actor (`ROUGOV`, "Romanian officials") starts: a
/// composed mention of the same code, or a nationality whose code begins it, within its span.
fn nationality_start(ms: &Mentions, a: &Actor) -> Option<usize> {
    if a.code.len() < 6 || a.first_person {
        return None;
    }
    ms.list
        .iter()
        .filter(|m| m.start >= a.start && m.end <= a.end && m.kind != MentionKind::Person)
        .find(|m| {
            m.code == a.code
                || (m.kind == MentionKind::Country
                    && m.code.len() == 3
                    && a.code.starts_with(m.code.as_str()))
        })
        .map(|m| m.start)
}

/// Shares a role and a nationality across a coordination the way English shares them.
///
/// "Hungarian and Romanian officials", "US, British and French diplomats": nationalities
/// listed before one role noun each take the role (`HUNGOV` beside `ROUGOV`). "Danish media
/// and government": a later conjunct with a bare role (`---GOV`) takes the nationality that
/// modifies the first (`DNKGOV`). `heads[0]` is the slot's head, the rest its conjuncts.
pub fn share_roles(tree: &Tree, ms: &Mentions, heads: &[usize], out: &mut Vec<Actor>) {
    let Some(&first) = heads.first() else {
        return;
    };
    let mut extra = Vec::new();
    for a in out.iter() {
        let Some(mut at) = nationality_start(ms, a) else {
            continue;
        };
        // After a nationality, the rest of the code is the role ("Romanian officials"); after a
        // group, only the agent's role is ("Israeli and Hamas leaders" are ISRGOV, not Israeli
        // members of Hamas).
        let by_nationality = ms
            .list
            .iter()
            .any(|m| m.start == at && m.kind == MentionKind::Country && m.code.len() == 3);
        let role = if by_nationality {
            a.code.get(3..)
        } else {
            a.code.get(a.code.len().saturating_sub(3)..)
        };
        let Some(role) = role else {
            continue;
        };
        // Walk left over "X and", "X ,": each nationality before it takes the same role.
        while at >= 2 && matches!(tree.lower(at - 1), "and" | "or" | ",") {
            // A modifier ("Hungarian", "US" as a compound), not a country of its own ("Iran
            // and Russian officials": Iran is a party by itself).
            let Some(prev) = ms.list.iter().find(|m| {
                m.kind == MentionKind::Country
                    && m.code.len() == 3
                    && m.end == at - 1
                    && matches!(tree.rel(m.end - 1), "amod" | "compound" | "conj")
                    && (tree.upos(m.end - 1) == "ADJ" || tree.rel(m.end - 1) != "conj")
            }) else {
                break;
            };
            extra.push(Actor {
                code: format!("{}{role}", prev.code),
                start: prev.start,
                end: prev.end,
                kind: a.kind,
                first_person: false,
                second_person: false,
            });
            at = prev.start;
        }
    }
    // A bare role conjoined to a first conjunct that is a role of one or more countries, by
    // its modifier ("Danish media and government") or its place ("lawmakers and officials in
    // Fornost and Gondor"): the bare role is of each of those countries.
    let first_countries: Vec<String> = out
        .iter()
        .filter(|a| a.start <= first && first < a.end && a.code.len() >= 6)
        .filter(|_| ms.at(first).is_some_and(|m| m.kind != MentionKind::Person))
        .filter_map(|a| a.country().map(str::to_string))
        .fold(Vec::new(), |mut v, c| {
            if !v.contains(&c) {
                v.push(c);
            }
            v
        });
    if !first_countries.is_empty() {
        let mut shared = Vec::new();
        out.retain(|a| {
            let conjunct = heads[1..]
                .iter()
                .any(|&h| a.start <= h && h < a.end && tree.parent(h) == Some(first));
            match a.code.strip_prefix("---").filter(|_| conjunct) {
                Some(role) => {
                    for c in &first_countries {
                        shared.push(Actor {
                            code: format!("{c}{role}"),
                            ..a.clone()
                        });
                    }
                    false
                }
                None => true,
            }
        });
        out.extend(shared);
    }
    for e in extra {
        // The bare country the nationality gave by itself ("US" → USA) becomes the role.
        if let Some(o) = out
            .iter_mut()
            .find(|o| o.start == e.start && o.code.len() == 3 && e.code.starts_with(&o.code))
        {
            o.code = e.code;
        } else if !out.iter().any(|o| o.start == e.start && o.code == e.code) {
            out.push(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::{Mention, MentionKind};
    use crate::tree::testing::sent;

    fn ms(spans: &[(usize, usize)], n: usize) -> Mentions {
        let list = spans
            .iter()
            .map(|&(start, end)| Mention {
                start,
                end,
                code: "XXX".into(),
                kind: MentionKind::Country,
                place: false,
            })
            .collect();
        Mentions::new(list, n)
    }

    #[test]
    fn a_broken_list_is_read_in_word_order() {
        // Norland, Valdoria, the Ostrian republic and Kerv protested: the parser made
        // "Ostrian republic" a second subject.
        let s = sent("Norland/PROPN/8/nsubj ,/PUNCT/3/punct Valdoria/PROPN/1/conj ,/PUNCT/6/punct the/DET/6/det republic/NOUN/8/nsubj and/CCONJ/8/cc Kerv/PROPN/6/conj protested/VERB/0/root");
        let t = Tree::new(&s.tokens);
        let m = ms(&[(0, 1), (2, 3), (5, 6), (7, 8)], 9);
        let mut got = list_heads(&t, &m, 0);
        got.sort_unstable();
        assert_eq!(got, vec![2, 5, 7]);
    }

    #[test]
    fn not_a_list_without_a_final_and_or_with_a_place_or_possessive() {
        // In Norland, Valdoria and Kerv met: "In Norland" is a place, not a member.
        let s = sent("In/ADP/2/case Norland/PROPN/7/obl ,/PUNCT/2/punct Valdoria/PROPN/7/nsubj and/CCONJ/6/cc Kerv/PROPN/4/conj met/VERB/0/root");
        let t = Tree::new(&s.tokens);
        let m = ms(&[(1, 2), (3, 4), (5, 6)], 7);
        assert_eq!(list_heads(&t, &m, 3), vec![5]);
        // Norland, Valdoria's ally, protested: no "and", no list.
        let s = sent("Norland/PROPN/6/nsubj ,/PUNCT/3/punct Valdoria/PROPN/4/nmod:poss 's/PART/3/case ally/NOUN/1/appos ,/PUNCT/6/punct protested/VERB/0/root");
        let t = Tree::new(&s.tokens);
        let m = ms(&[(0, 1), (2, 3)], 7);
        assert!(list_heads(&t, &m, 0).is_empty());
    }
}
