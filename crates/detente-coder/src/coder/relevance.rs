//! Which coded events are political: acts between parties that change their relations, not
//! the everyday acts of people at large, scholarship, or places shut by nobody named.

use crate::actor::Actor;

/// Whether an event has a political party to it: "people reform, people progress", "so many
/// men who tried harassing me", "a bystander attempted to aid the passengers" (civilians or
/// refugees at large, at nobody or at other civilians) are no such event, unless they protest, coerce or
/// fight, which crowds do.
///
/// Nor is scholarship: researchers, scientists, students or a university that study, find,
/// publish, plan or cooperate ("the researchers plan to gather information", "the teachers do
/// their best to cooperate") at nobody or at other scholars, or that report on or examine a
/// country that is only where they work ("scientists examined coral off the coast of Fiji").
/// They still deal with states, appeal, demand, accuse, protest and fight.
///
/// Nor is closing or suspending schools, businesses, churches or the press by nobody named,
/// nor civilians' visits.
pub(super) fn political(code: &str, sources: &[Actor], targets: &[Actor]) -> bool {
    let root = code.get(..2).unwrap_or("");
    let forceful = matches!(root, "14" | "17" | "18" | "19" | "20");
    // Refugees and migrants are civilians too.
    let crowd =
        |a: &Actor| a.code.len() == 6 && (a.code.ends_with("CVL") || a.code.ends_with("REF"));
    let crowd_alone = targets.iter().all(crowd) && !sources.is_empty() && sources.iter().all(crowd);
    let scholar = |a: &Actor| a.code.get(3..).is_some_and(|r| r.starts_with("EDU"));
    let scholarship = !sources.is_empty()
        && sources.iter().all(scholar)
        && matches!(
            root,
            "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10"
        )
        && (targets.iter().all(scholar)
            || (matches!(root, "01" | "09") && targets.iter().all(|a| a.code.len() == 3)));
    // "Many schools were closed", "some colleges were suspended": shutting a people's
    // institution, by nobody named, reduces no relations between parties.
    let institution = |a: &Actor| {
        a.code
            .get(3..6)
            .is_some_and(|r| matches!(r, "EDU" | "BUS" | "REL" | "MED" | "HLH" | "CVL"))
    };
    let shut = root == "16" && sources.is_empty() && targets.iter().all(institution);
    // "The citizens have travelled to China": civilians visiting a country are travellers.
    let travel = matches!(code, "042" | "043") && !sources.is_empty() && sources.iter().all(crowd);
    // Refugees and migrants wage no war: "migrants tried to cross the border into Ceuta" is no
    // incursion.
    let refugee = |a: &Actor| a.code.len() == 6 && a.code.ends_with("REF");
    let migration = root == "19" && !sources.is_empty() && sources.iter().all(refugee);
    !migration && (!(crowd_alone || scholarship || shut || travel) || forceful)
}

#[cfg(test)]
mod tests {
    use super::political;
    use crate::actor::Actor;

    fn actors(codes: &[&str]) -> Vec<Actor> {
        codes.iter().map(|c| Actor::standing(c, 0)).collect()
    }

    #[test]
    fn civilians_and_refugees_among_themselves_are_no_political_event() {
        // Locals help migrants; migrants ask residents for food: everyday acts.
        assert!(!political(
            "070",
            &actors(&["---CVL"]),
            &actors(&["---REF"])
        ));
        assert!(!political(
            "020",
            &actors(&["GRCREF"]),
            &actors(&["GRCCVL"])
        ));
        // They still protest and fight, and deal with states.
        assert!(political("145", &actors(&["---REF"]), &actors(&["ESPCOP"])));
        assert!(political("190", &actors(&["---CVL"]), &actors(&["---REF"])));
        // Refugees crossing a border wage no war.
        assert!(!political("190", &actors(&["ESPREF"]), &actors(&["ESP"])));
        assert!(political("145", &actors(&["ESPREF"]), &actors(&["ESPCOP"])));
        assert!(political("020", &actors(&["---REF"]), &actors(&["GRCGOV"])));
    }

    #[test]
    fn schools_closed_by_nobody_named_are_no_political_event() {
        assert!(!political("160", &[], &actors(&["---EDU"])));
        assert!(!political("160", &[], &actors(&["PHLBUS", "PHLEDU"])));
        // Closed by a named party, or a state's office closed, they are.
        assert!(political("160", &actors(&["PHLGOV"]), &actors(&["---EDU"])));
        assert!(political("161", &[], &actors(&["USAGOV"])));
    }

    #[test]
    fn civilians_visiting_a_country_are_travellers() {
        assert!(!political("042", &actors(&["---CVL"]), &actors(&["CHN"])));
        // A state's visit is diplomacy.
        assert!(political("042", &actors(&["USAGOV"]), &actors(&["CHN"])));
    }
}
