//! Whose an actor is, beyond its head noun: the possessor of a titled name ("Ithilen's minister
//! Calimehtar"), the body a prefix organisation names ("an MSF Arnor diplomat"), the
//! organisation an agent belongs to ("activists of Gonzo GMO"). Used by [`crate::actor`].

use crate::actor::Mentions;
use crate::dictionary::{Mention, MentionKind};
use crate::tree::Tree;

/// The country a possessor of `h` names ("Ithilen's" in "Ithilen's minister Calimehtar"),
/// also when it hangs on the name's title ("Dagolath's Deputy Prime Minister Telemar").
pub(crate) fn possessor_country(tree: &Tree, ms: &Mentions, h: usize) -> Option<String> {
    let titles = tree
        .children(h)
        .iter()
        .copied()
        .filter(|&c| c < h && matches!(tree.full_rel(c), "compound" | "nmod:desc"));
    std::iter::once(h)
        .chain(titles)
        .flat_map(|x| tree.children(x).iter().copied())
        .filter(|&c| tree.full_rel(c) == "nmod:poss")
        .find_map(|c| {
            ms.at(c)
                .filter(|m| m.kind == MentionKind::Country && m.code.len() == 3)
                .map(|m| m.code.clone())
        })
}

/// An organisation written as a prefix code (PETRARCH's `NGO~`; alone it reads `NGO---`) among
/// the words right before the head's own mention: the body the actor belongs to, as in "an MSF
/// Arnor diplomat" (`NGO` + `ARNGOV`). Its word and code.
pub(crate) fn prefix_body(tree: &Tree, ms: &Mentions, h: usize) -> Option<(usize, String)> {
    let mut i = ms.at(h).map_or(h, |m| m.start);
    while i > 0 && tree.dominates(h, i - 1) && matches!(tree.upos(i - 1), "PROPN" | "NOUN" | "ADJ")
    {
        i -= 1;
        let Some(m) = ms.at(i) else { continue };
        let body = m
            .code
            .strip_suffix("---")
            .filter(|b| b.len() == 3 && b.bytes().all(|x| x.is_ascii_uppercase()));
        if let Some(b) = body {
            return Some((i, b.to_string()));
        }
        i = m.start;
    }
    None
}

/// An agent's role (`OPP`) in an organisation mention with a code of its own (`GONGMO`, `USAGOV`):
/// the organisation's code with the role appended, unless the code holds it already
/// (`USAGOV` + `GOV`) or the organisation is international and the role government (as the
/// dictionaries compose "UN Secretary-General"). `None` for what is no such organisation: a
/// person, a country, a bare role (`---GOV`) or a prefix body alone (`NGO---`).
pub(crate) fn org_role(m: Option<&Mention>, role: &str) -> Option<String> {
    let m = m.filter(|m| m.kind == MentionKind::Organization)?;
    let code = m.code.as_str();
    if code.len() < 6 || code.starts_with("---") || code.ends_with("---") {
        return None;
    }
    let parts: Vec<&str> = (0..code.len() / 3)
        .filter_map(|i| code.get(i * 3..i * 3 + 3))
        .collect();
    let held = parts.contains(&role) || (role == "GOV" && code.starts_with("IGO"));
    Some(if held || role.is_empty() {
        code.to_string()
    } else {
        format!("{code}{role}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(code: &str) -> Mention {
        Mention {
            start: 0,
            end: 1,
            code: code.into(),
            kind: MentionKind::Organization,
            place: false,
        }
    }

    #[test]
    fn an_organisation_takes_a_role_it_does_not_hold() {
        assert_eq!(
            org_role(Some(&org("GONGMO")), "OPP").as_deref(),
            Some("GONGMOOPP")
        );
        assert_eq!(
            org_role(Some(&org("USAGOV")), "GOV").as_deref(),
            Some("USAGOV")
        );
        assert_eq!(
            org_role(Some(&org("IGOUNO")), "GOV").as_deref(),
            Some("IGOUNO")
        );
        assert_eq!(org_role(Some(&org("NGO---")), "GOV"), None);
        assert_eq!(org_role(Some(&org("---GOV")), "MIL"), None);
        let mut c = org("RUS");
        c.kind = MentionKind::Country;
        assert_eq!(org_role(Some(&c), "GOV"), None);
    }
}
