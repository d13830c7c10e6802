//! Who the parties of an event are to each other: conjoined parties that act on each other
//! ("Russia and Iran met", "the two sides signed", "Indian and Chinese troops clashed"), the
//! ones that act side by side ("police and soldiers opened fire", "protesters marched"), and the
//! code their kind gives the act (troops do not riot; states do not take to the streets).

use super::SentenceCoder;
use crate::actor::Actor;
use crate::context::Context;
use crate::pattern::Match;

impl SentenceCoder<'_, '_> {
    /// Sorts the parties of predicate `v` (whose pattern gave `m`): when its conjoined sources
    /// act on each other, the first stays the source and the others become the targets.
    /// Returns whether the event then runs both ways. `pair_subject`: the subject is a pair
    /// phrase ("the two sides"), which names both parties in one.
    pub(super) fn each_other(
        &self,
        ctx: &Context,
        v: usize,
        m: &Match,
        pair_subject: bool,
        sources: &mut Vec<Actor>,
        targets: &mut Vec<Actor>,
    ) -> bool {
        let t = &self.tree;
        if targets.is_empty() && sources.len() >= 2 {
            *targets = self.aimed_targets(ctx, v, sources);
        }
        // Protesters side by side protest together, not against each other.
        // Two roles of one country count as parties where they talk, agree, sign or cease fire
        // with each other ("the Colombian government and the ELN rebels resumed talks", "Sudan's
        // army and the RSF agreed to a ceasefire"), not where they act side by side ("police and
        // soldiers opened fire").
        // So do two sides that "clashed" or "fought", armed or not ("Serbians and Albanians
        // clashed in Kosovo" riot against each other, not against the place): those verbs take
        // two sides.
        let two_sided = (m.code.starts_with("19") || m.code == "145")
            && matches!(t.lemma(v), "clash" | "fight" | "battle");
        // Co-hosts and co-mediators do not host or mediate each other ("talks hosted by Cuba
        // and Norway"): the parties they bring together are elsewhere.
        let hosting = matches!(t.lemma(v), "host" | "mediate" | "broker" | "sponsor");
        let cooperative = (matches!(m.code.get(..2), Some("03" | "04"))
            || matches!(m.code.get(..3), Some("057" | "087")))
            && !hosting
            || two_sided;
        // Nor do conjoined parties mediate between themselves ("Saudi Arabia and the United
        // States, which brokered the truce"), or act on each other when the verb's object is
        // somebody else the context could not name ("urged both sides", "urged them").
        let aimed_elsewhere = [t.kid(v, "obj"), t.kid(v, "iobj")]
            .into_iter()
            .flatten()
            .any(|o| crate::actor::is_pair_phrase(t, o) || t.upos(o) == "PRON");
        // "Iran and Saudi Arabia reopen embassies", "exchanged ambassadors": cooperation aimed
        // at the missions of no named country is with each other (not "met rebels").
        let unnamed = !targets.is_empty()
            && targets.iter().all(|a| {
                a.code.starts_with("---")
                    && a.last_word() < t.len()
                    && (super::domestic::mission_word(t.lemma(a.last_word()))
                        || t.lemma(a.last_word()) == "mission")
            })
            && matches!(m.code.get(..2), Some("03" | "04" | "05" | "06"));
        // "Ukraine and Russia exchanged 190 prisoners of war": what two parties exchange,
        // people of no named country, goes from each to the other.
        let traded = matches!(t.lemma(v), "exchange" | "swap" | "trade")
            && !targets.is_empty()
            && targets.iter().all(|a| a.code.starts_with("---"));
        // Only what takes two does: "Russia and China vetoed the resolution", "Britain and
        // France condemned the attack" are two parties side by side, aimed at somebody else.
        // What they do to a meeting of theirs they do to each other ("Gondor and Osgiliath
        // postponed their meeting"; the parser may take the object for an unmarked oblique).
        let meeting = !hosting
            && t.children(v).iter().any(|&o| {
                matches!(t.rel(o), "obj" | "obl")
                    && t.case_of(o).is_none()
                    && matches!(
                        t.lemma(o),
                        "meeting"
                            | "talk"
                            | "talks"
                            | "summit"
                            | "negotiation"
                            | "negotiations"
                            | "visit"
                    )
            });
        // "accused each other", "blamed one another": said outright.
        let reciprocal = t.children(v).iter().any(|&o| {
            matches!(t.rel(o), "obj" | "iobj" | "obl")
                && matches!(t.lower(o), "other" | "another")
                && o > 0
                && matches!(t.lower(o - 1), "each" | "one")
        });
        // "The US, the EU and Latin American countries refused to recognise the result": an
        // object that is a thing, and no word of the pattern, is what the act is aimed at.
        let at_a_thing = !cooperative
            && !meeting
            && !reciprocal
            && t.kid(v, "obj").is_some_and(|o| {
                t.upos(o) == "NOUN" && !m.words.contains(&o) && !self.is_actor(ctx, o)
            });
        // "Russia and China signed an agreement on Iran", "… a pact as tensions with China
        // rose": a formal agreement is between its signatories unless a party joins them by
        // "with" on the signing or on the agreement; a country it is about is no party.
        let signed = m.code.starts_with("057")
            && !std::iter::once(v)
                .chain(t.kid(v, "obj"))
                .flat_map(|x| t.children(x).iter().copied())
                .any(|x| matches!(t.case_of(x), Some("with" | "between")));
        let bilateral = cooperative
            || meeting
            || reciprocal
            || matches!(m.code.get(..2), Some("05" | "06" | "08"))
            || matches!(t.lemma(v), "exchange" | "trade" | "swap" | "agree");
        if sources.len() >= 2
            && bilateral
            && (sources[0].country() != sources[1].country()
                || (cooperative && sources[0].code != sources[1].code))
            && (targets.is_empty() || pair_subject || unnamed || traded || signed)
            && (!m.code.starts_with("14") || two_sided)
            && !m.code.starts_with("045")
            && !aimed_elsewhere
            && !at_a_thing
        {
            // Conjoined parties with no target act on each other: both directions.
            *targets = sources.split_off(1);
            return !pair_subject;
        }
        false
    }

    /// The code of predicate `v`'s pattern `m` as its sources' kind makes it: armed forces and
    /// states do not riot ("Indian and Chinese troops clashed", "Beijing and Manila have
    /// clashed" are fighting, 190, as "clashed with troops" is), states do not take to the
    /// streets ("Japan protests Chinese incursion" is an official complaint, 114), and workers
    /// who strike at a place strike for work (143).
    pub(super) fn fit_code_to_sources(&self, v: usize, m: &mut Match, sources: &[Actor]) {
        let t = &self.tree;
        if sources.is_empty() {
            return;
        }
        // A state by its name, not its people ("Serbians") nor a party's supporters.
        if m.code == "145"
            && sources
                .iter()
                .all(|a| a.armed() || (a.code.len() == 3 && a.state() && !is_people(t, a)))
        {
            m.code = "190".into();
        }
        // "Dockworkers struck at the port": workers who strike with no object strike for work.
        let labour = |a: &Actor| {
            let role = a.code.get(3..).unwrap_or("");
            ["LAB", "EDU", "HLH", "MED"]
                .iter()
                .any(|r| role.starts_with(r))
        };
        if m.code.starts_with("19")
            && t.lemma(v) == "strike"
            && t.kid(v, "obj").is_none()
            && sources.iter().all(labour)
        {
            m.code = "143".into();
        }
        if matches!(m.code.as_str(), "140" | "141")
            && t.lemma(v) == "protest"
            && sources.iter().all(|a| a.state() && !is_people(t, a))
        {
            m.code = "114".into();
        }
    }
}

/// Whether a country mention names its people: a plural demonym ("Serbians", "Israelis"), not a
/// plural name ("the United States", "the Philippines"); or a counted one ("thousands of
/// Kenyans", which the tagger may read as a singular name): a state is never counted.
fn is_people(t: &crate::tree::Tree, a: &Actor) -> bool {
    let w = a.last_word();
    let count_word = |w: &str| {
        matches!(
            w.strip_suffix('s').unwrap_or(w),
            "thousand" | "hundred" | "dozen" | "million"
        )
    };
    let counted = |i: usize| t.upos(i) == "NUM" || count_word(t.lemma(i)) || count_word(t.lower(i));
    w < t.len()
        && a.kind == crate::dictionary::MentionKind::Country
        && (t.tokens[w].xpos.ends_with('S')
            || (a.start..w).any(counted)
            || t.parent(w).is_some_and(counted))
        && !matches!(
            t.lower(w),
            "states"
                | "emirates"
                | "nations"
                | "islands"
                | "netherlands"
                | "philippines"
                | "bahamas"
                | "maldives"
                | "comoros"
                | "seychelles"
                | "territories"
        )
}
