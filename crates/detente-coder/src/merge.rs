//! One event per happening within a sentence.
//!
//! A sentence often yields the same event twice: through its verb and its event noun ("a Kabul
//! car bombing killed five": *killed* and *car bombing*), or once with a party the other reading
//! left open. Events of one code (or a code and its refinement) whose parties do not contradict
//! each other (each side names the same country, or one of them names none) are one event; the
//! most informative reading is kept: more parties known, then the more specific code, then the
//! first.

use crate::event::{ActorRef, Event};

/// Do two parties not contradict each other? Countries must agree; two roles without a
/// country ("clerics", "lawmakers") must be the same role; an unknown party agrees with any.
/// When the events carry one code, one country's two named roles are two parties if they are
/// joined by "and"/"or" in `sentence`, as the conjoined parties of one reading are ("Danish
/// media and government warned"), or if one phrase stands for both ("both sides" of a civil
/// war).
fn compatible(x: Option<&ActorRef>, y: Option<&ActorRef>, sentence: &str, same_code: bool) -> bool {
    let (Some(a), Some(b)) = (x, y) else {
        return true;
    };
    match (country(a), country(b)) {
        (Some(p), Some(q)) => {
            let roles_differ = a.code.len() > 3 && b.code.len() > 3 && a.code != b.code;
            let one_phrase = a.end > a.start && (a.start, a.end) == (b.start, b.end);
            p == q && !(same_code && roles_differ && (one_phrase || conjoined(a, b, sentence)))
        }
        (None, None) => a.code == b.code,
        _ => true,
    }
}

/// Whether the words between two mentions hold a coordinating "and"/"or".
fn conjoined(a: &ActorRef, b: &ActorRef, sentence: &str) -> bool {
    let (lo, hi) = if a.start <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start)
    };
    sentence
        .get(lo.min(hi)..hi)
        .is_some_and(|gap| gap.split_whitespace().any(|w| w == "and" || w == "or"))
}

fn country(a: &ActorRef) -> Option<&str> {
    (a.code.len() >= 3 && !a.code.starts_with("---")).then(|| &a.code[..3])
}

fn weight(e: &Event) -> usize {
    let sides = usize::from(e.source_country().is_some())
        + usize::from(e.target_country().is_some())
        + usize::from(e.source.is_some())
        + usize::from(e.target.is_some());
    sides * 8 + e.cameo.len()
}

/// Fills the parties `kept` leaves open from the reading merged into it: "five soldiers were
/// killed (→ soldiers) in a Taliban attack (Taliban →)" is one event, Taliban → soldiers.
fn complete(kept: &mut Event, gone: &Event) {
    let differs = |x: &Option<ActorRef>, y: &ActorRef| {
        x.as_ref()
            .is_none_or(|a| a.code != y.code || a.start != y.start)
    };
    if kept.source.is_none() {
        if let Some(s) = gone.source.as_ref().filter(|s| differs(&kept.target, s)) {
            kept.source = Some(s.clone());
        }
    }
    if kept.target.is_none() {
        if let Some(t) = gone.target.as_ref().filter(|t| differs(&kept.source, t)) {
            kept.target = Some(t.clone());
        }
    }
}

/// Merges the compatible events of one sentence, `out[first..]`, keeping their order.
pub fn merge_compatible(out: &mut Vec<Event>, first: usize) {
    let n = out.len();
    if n < first + 2 {
        return;
    }
    let mut dropped = vec![false; n - first];
    for i in first..n {
        if dropped[i - first] {
            continue;
        }
        for j in i + 1..n {
            if dropped[j - first] {
                continue;
            }
            let (a, b) = (&out[i], &out[j]);
            // Same code, or one refining the other (140 and 141): distinct codes of one root
            // ("141 demonstrate" and "145 riot") are distinct events.
            let same =
                a.cameo.starts_with(b.cameo.as_str()) || b.cameo.starts_with(a.cameo.as_str());
            if a.root != b.root
                || !same
                || !compatible(
                    a.source.as_ref(),
                    b.source.as_ref(),
                    &a.sentence,
                    a.cameo == b.cameo,
                )
                || !compatible(
                    a.target.as_ref(),
                    b.target.as_ref(),
                    &a.sentence,
                    a.cameo == b.cameo,
                )
            {
                continue;
            }
            if weight(b) > weight(a) {
                dropped[i - first] = true;
                let gone = out[i].clone();
                complete(&mut out[j], &gone);
                break;
            }
            dropped[j - first] = true;
            let gone = out[j].clone();
            complete(&mut out[i], &gone);
        }
    }
    let mut k = 0;
    out.retain(|_| {
        let keep = k < first || !dropped[k - first];
        k += 1;
        keep
    });
}

/// Within one sentence: a bare statement (010) needs two actors with countries to be worth
/// coding, and one event per (source, target, root) is kept (the first, the most specific).
pub fn tidy(out: &mut Vec<Event>, first: usize) {
    let mut seen: Vec<(Option<String>, Option<String>, String)> = Vec::new();
    // Violence that names neither side adds nothing to another violent event of the sentence:
    // "Car bomb attack kills dozens" is the car bombing (183x), not also a killing (190).
    let violent = |e: &Event| matches!(e.root.as_str(), "18" | "19" | "20");
    let partyless = |e: &Event| e.source.is_none() && e.target.is_none();
    // ... one that names a side, or a more specific code.
    let other_violence = |i: usize| {
        out[first..].iter().enumerate().any(|(j, f)| {
            first + j != i && violent(f) && (!partyless(f) || f.cameo.len() > out[i].cameo.len())
        })
    };
    // A bare statement between two parties adds nothing to what else the sentence has one say
    // or do to the other: "passed a resolution condemning Israel" is the condemnation alone.
    let said_more = |i: usize| {
        let e = &out[i];
        e.cameo == "010"
            && out[first..].iter().enumerate().any(|(j, f)| {
                first + j != i
                    && f.cameo != "010"
                    && f.source_code() == e.source_code()
                    && f.target_code() == e.target_code()
            })
    };
    let redundant: Vec<bool> = (first..out.len())
        .map(|i| (violent(&out[i]) && partyless(&out[i]) && other_violence(i)) || said_more(i))
        .collect();
    let mut k = first;
    let mut i = first;
    while i < out.len() {
        let e = &out[i];
        let bare_statement =
            e.cameo == "010" && !(e.source_country().is_some() && e.target_country().is_some());
        let bare_statement = bare_statement || redundant[i - first];
        let key = (
            e.source.as_ref().map(|a| a.code.clone()),
            e.target.as_ref().map(|a| a.code.clone()),
            e.root.clone(),
        );
        if !bare_statement && !seen.contains(&key) {
            seen.push(key);
            out.swap(k, i);
            k += 1;
        }
        i += 1;
    }
    out.truncate(k);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(s: Option<&str>, t: Option<&str>, code: &str) -> Event {
        let a = |c: &str| ActorRef {
            code: c.to_string(),
            text: String::new(),
            start: 0,
            end: 0,
        };
        Event {
            doc_id: "d".into(),
            sentence_index: 0,
            sentence: String::new(),
            source: s.map(a),
            target: t.map(a),
            cameo: code.into(),
            root: code[..2].into(),
            plover: None,
            goldstein: 0.0,
            quad_class: 0,
            negated: false,
            modality: None,
            quote: None,
            date: None,
            date_text: None,
            location: None,
            evidence: String::new(),
        }
    }

    fn brief(out: &[Event]) -> Vec<String> {
        out.iter()
            .map(|e| {
                let c =
                    |a: &Option<ActorRef>| a.as_ref().map_or("-".to_string(), |a| a.code.clone());
                format!("{}>{}:{}", c(&e.source), c(&e.target), e.cameo)
            })
            .collect()
    }

    #[test]
    fn violence_naming_no_side_yields_to_the_sentences_other_violence() {
        // "Car bomb attack kills dozens": the car bombing and a bare killing.
        let mut out = vec![ev(None, None, "1832"), ev(None, None, "190")];
        tidy(&mut out, 0);
        assert_eq!(brief(&out), vec!["->-:1832"]);
        // A killing with a side stays, and a lone bare one too.
        let mut out = vec![ev(None, None, "190"), ev(Some("AFG"), None, "183")];
        tidy(&mut out, 0);
        assert_eq!(brief(&out), vec!["AFG>-:183"]);
        let mut out = vec![ev(None, None, "190"), ev(Some("AFG"), Some("USA"), "040")];
        tidy(&mut out, 0);
        assert_eq!(brief(&out), vec!["->-:190", "AFG>USA:040"]);
    }

    #[test]
    fn a_statement_yields_to_what_else_the_one_says_or_does_to_the_other() {
        // "The council passed a resolution condemning Israel": 010 and 111 between one pair.
        let mut out = vec![
            ev(Some("IGOUNO"), Some("ISR"), "010"),
            ev(Some("IGOUNO"), Some("ISR"), "111"),
        ];
        tidy(&mut out, 0);
        assert_eq!(brief(&out), vec!["IGOUNO>ISR:111"]);
        // A statement to someone else stays.
        let mut out = vec![
            ev(Some("IGOUNO"), Some("ISR"), "010"),
            ev(Some("IGOUNO"), Some("IRN"), "111"),
        ];
        tidy(&mut out, 0);
        assert_eq!(brief(&out), vec!["IGOUNO>ISR:010", "IGOUNO>IRN:111"]);
    }

    #[test]
    fn one_countrys_conjoined_roles_stay_two_parties() {
        let sentence = "Danish media and government, police warned Iran";
        let at = |code: &str, text: &str| {
            let start = sentence.find(text).unwrap_or(0);
            ActorRef {
                code: code.into(),
                text: text.into(),
                start,
                end: start + text.len(),
            }
        };
        let mk = |src: ActorRef| Event {
            sentence: sentence.into(),
            source: Some(src),
            ..ev(None, Some("IRN"), "160")
        };
        let mut out = vec![
            mk(at("DNKMED", "Danish media")),
            mk(at("DNKGOV", "government")),
            mk(at("DNKCOP", "police")),
        ];
        merge_compatible(&mut out, 0);
        // "and" joins media and government; the comma before "police" is no coordination the
        // readings agree on, so police merges into the government's event.
        assert_eq!(brief(&out), vec!["DNKMED>IRN:160", "DNKGOV>IRN:160"]);
    }

    #[test]
    fn one_phrase_for_two_roles_of_a_country_is_two_parties() {
        // "Saudi Arabia urged both sides to return to talks", the army and the RSF.
        let sentence = "Saudi Arabia urged both sides to return to talks";
        let sides = |code: &str| ActorRef {
            code: code.into(),
            text: "both sides".into(),
            start: 19,
            end: 29,
        };
        let mk = |t: ActorRef| Event {
            sentence: sentence.into(),
            target: Some(t),
            ..ev(Some("SAU"), None, "020")
        };
        let mut out = vec![mk(sides("SDNMIL")), mk(sides("SDNUAFRSF"))];
        merge_compatible(&mut out, 0);
        assert_eq!(brief(&out), vec!["SAU>SDNMIL:020", "SAU>SDNUAFRSF:020"]);
    }

    #[test]
    fn readings_of_one_event_merge_and_distinct_events_stay() {
        let mut out = vec![
            ev(None, Some("AFG"), "183"),
            ev(Some("AFGINS"), Some("AFG"), "1832"),
            ev(Some("RUS"), Some("IRN"), "190"),
            ev(Some("IRN"), Some("RUS"), "190"),
            ev(Some("---REL"), Some("IRN"), "023"),
            ev(Some("---LEG"), Some("IRN"), "023"),
            ev(Some("SRBCVL"), None, "141"),
            ev(Some("SRBCVL"), None, "145"),
        ];
        merge_compatible(&mut out, 0);
        assert_eq!(
            brief(&out),
            vec![
                "AFGINS>AFG:1832",
                "RUS>IRN:190",
                "IRN>RUS:190",
                "---REL>IRN:023",
                "---LEG>IRN:023",
                "SRBCVL>-:141",
                "SRBCVL>-:145"
            ]
        );
    }

    #[test]
    fn halves_of_one_event_complete_each_other() {
        // "Five soldiers were killed in a Taliban attack": the verb knows the victims, the
        // noun the attacker.
        let mut out = vec![
            ev(None, Some("AFGMIL"), "190"),
            ev(Some("AFGINS"), None, "190"),
            ev(Some("SRBCVL"), None, "145"),
        ];
        merge_compatible(&mut out, 0);
        assert_eq!(brief(&out), vec!["AFGINS>AFGMIL:190", "SRBCVL>-:145"]);
    }
}
