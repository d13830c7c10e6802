//! Light verbs: too general for their dictionary default code to make an event on its own.

use crate::tree::Tree;

/// Verbs too general for their dictionary default to code an event without a target; their
/// patterns ("hold talks", "go to Moscow", "give aid to") still code. Chosen as the verbs
/// whose defaults coded most events on 94 Wikinews articles (science, culture, sport as much
/// as politics), read by hand: nearly all were no events at all.
const LIGHT_VERBS: &[&str] = &[
    "go",
    "want",
    "work",
    "base",
    "help",
    "share",
    "start",
    "give",
    "plan",
    "develop",
    "observe",
    "reach",
    "treat",
    "build",
    "keep",
    "feed",
    "remain",
    "land",
    "test",
    "hold",
    "allow",
    "stop",
    "release",
    "file",
    "let",
    "find",
    "offer",
    "improve",
    "establish",
    "examine",
    "monitor",
    "protect",
    "attend",
    // "cut jobs", "cut interest rates": a cut is a political one only when aimed at a party.
    "cut",
    // So is a delay: "delayed releasing a new episode".
    "delay",
    // An agreement has a second party; "the decree signed by the Pope" has none.
    "sign",
];

/// Verbs whose default means something done to a thing: without an object they are motion or
/// change, no event ("people returned to the Olympiad"; "returned the weapons" is one).
const TRANSITIVE_ONLY: &[&str] = &["return"];

/// Whether a predicate with lemma `lemma` needs a target before its default code counts.
/// `framing`: it has a clausal complement. An offer to do something is an intent to whoever it
/// goes to, even unnamed ("Kenya has offered to send 1,000 police officers").
pub(super) fn needs_target(lemma: &str, framing: bool) -> bool {
    LIGHT_VERBS.contains(&lemma) && !(framing && lemma == "offer")
}

/// Spans of time: what a light verb gives when it sets a deadline ("gave him 72 hours to
/// leave", "allowed them a week"), which is no aid nor any other event of its own.
const TIME_SPANS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "deadline",
    "ultimatum",
];

/// Verbs whose default code fits them without a direct object, or with one that a pattern
/// reads as a target: with any other object they mean another thing. "Appealed for calm" is
/// an appeal, "will appeal the verdict" a court's business; "workers struck for pay" is a
/// labour strike, "a helicopter struck power lines" none; "protesters gathered" is a
/// gathering, "the video gathered eight million views" none; "hanged two men" is an execution,
/// "a volunteer hangs signage" none.
const INTRANSITIVE_ONLY: &[&str] = &["appeal", "strike", "gather", "hang"];

/// Whether predicate `v`'s object does not fit its default code: a direct object missing
/// ([`TRANSITIVE_ONLY`]) or present and read as no target ([`INTRANSITIVE_ONLY`];
/// `targeted` says whether a pattern found one), or, for a light verb, one that is only a span
/// of time.
pub(super) fn lacks_object(t: &Tree, v: usize, targeted: bool) -> bool {
    let lemma = t.lemma(v);
    match t.kid(v, "obj") {
        None => TRANSITIVE_ONLY.contains(&lemma),
        Some(o) => {
            (INTRANSITIVE_ONLY.contains(&lemma) && !targeted)
                || (LIGHT_VERBS.contains(&lemma) && TIME_SPANS.contains(&t.lemma(o)))
        }
    }
}

/// Verbs that, with an object and a predicate on it, tell what state their clause left
/// someone in: its result, not an act of their own ("clashed along the border, leaving several
/// soldiers injured", "left thousands homeless").
const RESULTATIVE: &[&str] = &["leave"];

/// Whether predicate `v` only tells the state its clause left its object in: the state as the
/// verb's predicate, or a participle or adjective right after its object, which a parser may
/// hang elsewhere ("leaving several soldiers injured, the army said").
fn leaves_in_state(t: &Tree, v: usize) -> bool {
    let Some(o) = t
        .kid(v, "obj")
        .filter(|_| RESULTATIVE.contains(&t.lemma(v)))
    else {
        return false;
    };
    let state = |x: usize| matches!(t.upos(x), "ADJ" | "VERB");
    t.kid(v, "xcomp").is_some_and(state) || (o + 1 < t.len() && state(o + 1))
}

/// Verbs whose purpose clause says what the deal they make is for: "broker a deal to end the
/// fighting between Israel and Hezbollah" is the parties' end of the fighting, not the
/// mediators'.
const MEDIATING: &[&str] = &["broker", "mediate"];

/// Whether predicate `v` is no act of its subject's own: a state its clause left someone in
/// ([`leaves_in_state`]), or the purpose of a mediator's deal.
pub(super) fn no_act_of_its_own(t: &Tree, v: usize) -> bool {
    let brokered = t.rel(v) == "advcl"
        && t.is_infinitive(v)
        && t.parent(v).is_some_and(|p| MEDIATING.contains(&t.lemma(p)));
    brokered || leaves_in_state(t, v)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{briefs, code, dict};

    #[test]
    fn giving_a_span_of_time_is_no_aid() {
        let d = dict().verb("give", Some("070"), &[]);
        let ev = code(
            &d,
            &["Russia/PROPN/2/nsubj gave/VERB/0/root/give Iran/PROPN/2/iobj 72/NUM/5/nummod hours/NOUN/2/obj/hour to/PART/7/mark leave/VERB/2/advcl"],
        );
        assert!(briefs(&ev).is_empty(), "{:?}", briefs(&ev));
        // What is given makes aid.
        let ev = code(
            &d,
            &["Russia/PROPN/2/nsubj gave/VERB/0/root/give Iran/PROPN/2/iobj weapons/NOUN/2/obj/weapon"],
        );
        assert_eq!(briefs(&ev), vec!["RUS>IRN:070"]);
    }

    #[test]
    fn leaving_someone_in_a_state_is_no_departure() {
        let d = dict()
            .actor("soldiers", "---MIL", crate::dictionary::MentionKind::Agent)
            .verb("leave", None, &[("+", "0874")]);
        // Russia attacked Iran, leaving soldiers injured: no retreat from the soldiers.
        let ev = code(
            &d,
            &["Russia/PROPN/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj ,/PUNCT/5/punct leaving/VERB/2/advcl/leave soldiers/NOUN/5/obj injured/VERB/5/xcomp/injure"],
        );
        assert_eq!(briefs(&ev), vec!["RUS>IRN:190"]);
        // Also with the state hung elsewhere by the parser.
        let ev = code(
            &d,
            &["Russia/PROPN/2/nsubj attacked/VERB/0/root/attack Iran/PROPN/2/obj ,/PUNCT/5/punct leaving/VERB/2/advcl/leave soldiers/NOUN/5/obj injured/VERB/2/conj/injure/VBD"],
        );
        assert_eq!(briefs(&ev), vec!["RUS>IRN:190"]);
        // Leaving them is one.
        let ev = code(
            &d,
            &["Russia/PROPN/2/nsubj left/VERB/0/root/leave Iran/PROPN/2/obj"],
        );
        assert_eq!(briefs(&ev), vec!["RUS>IRN:0874"]);
    }

    #[test]
    fn appealing_a_verdict_is_no_appeal() {
        let d = dict().verb("appeal", Some("020"), &[("to +", "020")]);
        let ev = code(
            &d,
            &["Russia/PROPN/3/nsubj would/AUX/3/aux appeal/VERB/0/root/appeal the/DET/5/det verdict/NOUN/3/obj"],
        );
        assert!(briefs(&ev).is_empty(), "{:?}", briefs(&ev));
        let ev = code(
            &d,
            &["Russia/PROPN/2/nsubj appealed/VERB/0/root/appeal to/ADP/4/case Iran/PROPN/2/obl"],
        );
        assert_eq!(briefs(&ev), vec!["RUS>IRN:020"]);
    }

    #[test]
    fn an_object_no_pattern_reads_voids_an_intransitive_default() {
        let d = dict().verb("strike", Some("143"), &[("+", "190")]);
        // "Iran struck power lines": no strike for pay, and no target either.
        let ev = code(
            &d,
            &["Iran/PROPN/2/nsubj struck/VERB/0/root/strike power/NOUN/4/compound lines/NOUN/2/obj/line"],
        );
        assert!(briefs(&ev).is_empty(), "{:?}", briefs(&ev));
        // An object the pattern reads as its target is an attack; no object, a strike.
        let ev = code(
            &d,
            &["Iran/PROPN/2/nsubj struck/VERB/0/root/strike Russia/PROPN/2/obj"],
        );
        assert_eq!(briefs(&ev), vec!["IRN>RUS:190"]);
        let ev = code(&d, &["Iran/PROPN/2/nsubj struck/VERB/0/root/strike"]);
        assert_eq!(briefs(&ev), vec!["IRN>-:143"]);
        // "The Iranian video gathered views" is no gathering; "Iranians gathered" is one.
        let d = dict().verb("gather", Some("044"), &[]);
        let ev = code(
            &d,
            &["Iran/PROPN/2/nsubj gathered/VERB/0/root/gather views/NOUN/2/obj/view"],
        );
        assert!(briefs(&ev).is_empty(), "{:?}", briefs(&ev));
        let ev = code(&d, &["Iran/PROPN/2/nsubj gathered/VERB/0/root/gather"]);
        assert_eq!(briefs(&ev), vec!["IRN>-:044"]);
    }

    #[test]
    fn a_signature_without_a_second_party_is_no_agreement() {
        let d = dict().verb("sign", Some("057"), &[]);
        // "the decree signed by Putin": one party, no agreement.
        let ev = code(
            &d,
            &["the/DET/2/det decree/NOUN/0/root signed/VERB/2/acl/sign by/ADP/5/case Putin/PROPN/3/obl:agent"],
        );
        assert!(briefs(&ev).is_empty(), "{:?}", briefs(&ev));
        // Two parties signing agree with each other.
        let ev = code(
            &d,
            &["Iran/PROPN/4/nsubj and/CCONJ/3/cc Russia/PROPN/1/conj signed/VERB/0/root/sign"],
        );
        assert!(
            briefs(&ev).contains(&"IRN>RUS:057".to_string()),
            "{:?}",
            briefs(&ev)
        );
    }

    #[test]
    fn a_name_in_a_clause_on_what_is_signed_is_no_party_to_it() {
        let d = dict().verb("sign", Some("057"), &[]);
        // "Iran signed an order restricting trade with Saudi": nothing signed with Saudi.
        let ev = code(
            &d,
            &["Iran/PROPN/2/nsubj signed/VERB/0/root/sign an/DET/4/det order/NOUN/2/obj restricting/VERB/4/acl/restrict trade/NOUN/5/obj with/ADP/8/case Saudi/PROPN/6/nmod"],
        );
        assert!(briefs(&ev).is_empty(), "{:?}", briefs(&ev));
        // "Iran signed a deal with Saudi": the deal's other party.
        let ev = code(
            &d,
            &["Iran/PROPN/2/nsubj signed/VERB/0/root/sign a/DET/4/det deal/NOUN/2/obj with/ADP/6/case Saudi/PROPN/4/nmod"],
        );
        assert_eq!(briefs(&ev), vec!["IRN>SAU:057"]);
    }
}
