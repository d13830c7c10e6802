//! Negation, modality and the recoding of embedded events the way CAMEO does it:
//! "agreed to meet" is an intent (036), "refused to meet" a rejection (125), "threatened to
//! attack" a threat (138); "did not meet" is negated; "may meet" is not asserted.

use crate::tree::Tree;

/// How a governing verb or auxiliary frames the event it governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Asserted as fact.
    Plain,
    /// Announced, planned, wished, promised, or future: CAMEO 03x.
    Intent,
    /// Refused or rejected: CAMEO 12x.
    Refusal,
    /// Threatened: CAMEO 13x.
    Threat,
    /// Hypothetical or possible (`may`, `could`, `if`): not coded.
    Hypothetical,
}

/// Verbs that take an infinitive (xcomp) and frame it; everything else codes the embedded verb
/// as it is ("continued to shell", "began talks").
pub fn frame_of_verb(lemma: &str) -> Option<Frame> {
    Some(match lemma {
        "agree" | "plan" | "intend" | "promise" | "pledge" | "vow" | "hope" | "want" | "like"
        | "wish" | "seek" | "aim" | "expect" | "schedule" | "prepare" | "offer" | "decide"
        | "propose" | "commit" | "undertake" | "set" | "due" | "poised" | "ready" | "willing"
        | "eager" | "determine" | "resolve" | "volunteer" | "consider" | "swear" | "prepared"
        | "intent" => Frame::Intent,
        // "failed to reach agreement": CAMEO codes the failure of the parties like a refusal.
        "refuse" | "decline" | "reject" | "rule" | "balk" | "oppose" | "fail" => Frame::Refusal,
        "threaten" => Frame::Threat,
        "continue" | "keep" | "begin" | "start" | "resume" | "try" | "attempt" | "manage"
        | "go" | "use" | "help" | "move" | "return" | "vote" => Frame::Plain,
        _ => return None,
    })
}

/// The frame an event's own auxiliaries, marks and adverbs give it, and whether it is negated.
pub fn own_frame(tree: &Tree, v: usize) -> (Frame, bool, Option<&'static str>) {
    let mut frame = Frame::Plain;
    let mut negated = false;
    let mut modality = None;
    for &c in tree.children(v) {
        let w = tree.lower(c);
        match tree.rel(c) {
            "aux" => match w {
                "may" | "might" | "could" | "should" | "must" => {
                    frame = Frame::Hypothetical;
                    modality = Some(modal_name(w));
                }
                // "would like to meet", "would love to visit": a wish, politely put.
                "would" | "'d"
                    if frame == Frame::Plain && !matches!(tree.lemma(v), "like" | "love") =>
                {
                    frame = Frame::Hypothetical;
                    modality = Some("would");
                }
                "will" | "'ll" | "shall" | "wo" if frame == Frame::Plain => {
                    frame = Frame::Intent;
                    modality = Some("future");
                }
                _ => {}
            },
            "advmod" | "neg" if matches!(w, "not" | "n't" | "never" | "no") => negated = true,
            // "will no longer tolerate", "no more": what stops is not done.
            "advmod"
                if matches!(w, "longer" | "more")
                    && tree.children(c).iter().any(|&n| tree.lower(n) == "no") =>
            {
                negated = true
            }
            // "until Hamas is destroyed": a present tense after "until" has not happened yet
            // ("fought until the army withdrew" has).
            "mark"
                if matches!(w, "if" | "unless" | "whether")
                    || (w == "until" && present(tree, v)) =>
            {
                frame = Frame::Hypothetical;
                modality = Some("conditional");
            }
            // "five years after crowds burned down its embassy": history the news recalls, not
            // news; dated by the article, it would be years off. Left uncoded as a possible
            // event is (kept, with its modality, when those are kept).
            "mark" if matches!(w, "after" | "since") && years_before(tree, v) => {
                frame = Frame::Hypothetical;
                modality = Some("history");
            }
            _ => {}
        }
    }
    (frame, negated, modality)
}

/// Whether a clause of `v` opened by "after" or "since" is set years back: a bare phrase of
/// years or decades on its verb ("five years after …", "decades since …").
fn years_before(tree: &Tree, v: usize) -> bool {
    tree.children(v).iter().any(|&c| {
        let bare = matches!(tree.rel(c).split(':').next(), Some("obl" | "nmod"))
            && !tree.children(c).iter().any(|&k| tree.rel(k) == "case");
        bare && matches!(tree.lower(c), "years" | "decades")
    })
}

/// Whether the clause of `v` is in the present tense: its verb, or an auxiliary of it.
fn present(tree: &Tree, v: usize) -> bool {
    let now = |i: usize| matches!(tree.tokens[i].xpos.as_str(), "VBZ" | "VBP");
    now(v)
        || tree
            .children(v)
            .iter()
            .any(|&c| tree.rel(c) == "aux" && now(c))
}

/// Whether event `v` is asked about rather than reported: the clause it is in, or one it is
/// conjoined to, the complement, adverbial or parenthetical of, ends in a question mark with
/// no question word ("Has it
/// been approved?", "Will Russia invade?", "Did the players reach out to support you?"). A
/// question with a question word presupposes its event ("Why did Russia attack Ukraine?") and
/// is not one.
pub fn questioned(tree: &Tree, v: usize) -> bool {
    const WH: &[&str] = &[
        "what", "who", "whom", "whose", "which", "why", "how", "when", "where",
    ];
    let mut cur = v;
    // Bounded: a degenerate 10,000-word chain must stay linear.
    for _ in 0..8 {
        let kids = tree.children(cur);
        if kids
            .iter()
            .any(|&c| tree.rel(c) == "punct" && tree.lower(c) == "?")
        {
            let wh = |c: usize| WH.contains(&tree.lower(c));
            return !kids.iter().any(|&c| {
                wh(c)
                    || tree
                        .children(c)
                        .iter()
                        .any(|&g| wh(g) && tree.rel(g) == "det")
            });
        }
        // A question's clauses, not a clause that reports it ("'Will they attack?' he asked").
        let l = tree.lemma(cur);
        let reports = crate::speech::is_speech_verb(l)
            || matches!(l, "ask" | "wonder" | "inquire" | "enquire");
        let within = match tree.rel(cur) {
            "xcomp" | "conj" | "ccomp" | "advcl" => true,
            "parataxis" => !reports,
            _ => false,
        };
        if !within {
            return false;
        }
        match tree.parent(cur) {
            Some(p) => cur = p,
            None => return false,
        }
    }
    false
}

/// Whether event `v` is only alleged or denied by the clause around it, not asserted:
/// "accused Iran of violating the deal", "denied that its army shelled the villages", "rejected
/// reports that troops had crossed the border". Gives the modality to report.
pub fn unasserted(tree: &Tree, v: usize) -> Option<&'static str> {
    let p = tree.parent(v)?;
    let marked = |w: &[&str]| {
        tree.children(v)
            .iter()
            .any(|&c| matches!(tree.rel(c), "mark" | "case") && w.contains(&tree.lower(c)))
    };
    // "accused the US of violating …" with the clause hung on the accused, or on a date between
    // ("accused Ukraine on Tuesday of launching …").
    let governor = match tree.rel(v) {
        "acl" if matches!(tree.rel(p), "obj" | "obl") => tree.parent(p).unwrap_or(p),
        _ => p,
    };
    if matches!(tree.rel(v), "advcl" | "acl")
        && matches!(tree.lemma(governor), "accuse" | "suspect" | "charge")
        && marked(&["of", "with"])
    {
        return Some("alleged");
    }
    // "accused the RSF of looting hospitals and attacking civilians", the second gerund hung
    // on "accused" as its conjunct: a finite verb has no gerund for a conjunct, so it is the
    // alleged act's.
    if tree.rel(v) == "conj"
        && tree.tokens[v].xpos == "VBG"
        && matches!(tree.lemma(p), "accuse" | "suspect" | "charge")
        && (p + 1..v).any(|i| tree.rel(i) == "case" && matches!(tree.lower(i), "of" | "with"))
    {
        return Some("alleged");
    }
    // "banned women from attending universities", "prevented them from leaving": kept from
    // happening.
    if matches!(tree.rel(v), "advcl" | "acl")
        && matches!(
            tree.lemma(governor),
            "ban" | "bar" | "prevent" | "stop" | "prohibit" | "forbid" | "block" | "keep" | "deter"
        )
        && marked(&["from"])
    {
        return Some("prevented");
    }
    // "instead of damaging the bones", "rather than negotiating", "without consulting Kyiv":
    // the act set against the one that was done.
    let opener = |c: usize| {
        matches!(tree.rel(c), "mark" | "case" | "cc")
            && matches!(tree.lower(c), "instead" | "rather" | "without")
    };
    if matches!(tree.rel(v), "advcl" | "acl" | "conj")
        && tree.children(v).iter().any(|&c| opener(c))
    {
        return Some("not done");
    }
    // "warned Israel against expanding the war": warned off, not done.
    if tree.rel(v) == "advcl" && matches!(tree.lemma(p), "warn" | "caution") && marked(&["against"])
    {
        return Some("warned");
    }
    match (tree.rel(v), tree.lemma(p)) {
        ("ccomp", "allege") => Some("alleged"),
        ("ccomp" | "xcomp", "deny" | "refute") => Some("denied"),
        ("ccomp", "dismiss") => Some("denied"),
        // "denied reports that …": the clause on a report that is denied.
        (
            "acl" | "ccomp",
            "report" | "claim" | "allegation" | "accusation" | "rumour" | "rumor",
        ) if tree.rel(p) == "obj"
            && tree.parent(p).is_some_and(|g| {
                matches!(tree.lemma(g), "deny" | "reject" | "dismiss" | "refute")
            }) =>
        {
            Some("denied")
        }
        _ => None,
    }
}

fn modal_name(w: &str) -> &'static str {
    match w {
        "may" => "may",
        "might" => "might",
        "could" => "could",
        "should" => "should",
        _ => "must",
    }
}

/// "Will not meet", "would not recognise": a cooperative act declared for the future and denied
/// is a refusal (CAMEO 12x), not a non-event. Gives the frame and negation to code with.
pub fn declared_refusal(
    code: &str,
    frame: Frame,
    negated: bool,
    modality: Option<&str>,
) -> (Frame, bool) {
    let cooperative = matches!(
        code.get(..2),
        Some("03" | "04" | "05" | "06" | "07" | "08" | "09")
    );
    let declared = (frame == Frame::Intent && modality == Some("future"))
        || (frame == Frame::Hypothetical && modality == Some("would"));
    if negated && cooperative && declared {
        (Frame::Refusal, false)
    } else {
        (frame, negated)
    }
}

/// Whether predicate `v` answers what may yet come: a response to "any" attack or provocation
/// ("will respond to any Israeli attack", "would retaliate against any aggression"). Promised,
/// such a response is a threat; a response to an attack that came is told with "the" or "a".
pub fn answers_what_may_come(tree: &Tree, v: usize) -> bool {
    matches!(
        tree.lemma(v),
        "respond" | "react" | "retaliate" | "reply" | "answer"
    ) && tree.children(v).iter().any(|&c| {
        matches!(tree.rel(c), "obl" | "obj")
            && tree
                .kids_with(c, "det")
                .any(|d| matches!(tree.lower(d), "any" | "every"))
    })
}

/// Recodes an event code under a frame (CAMEO's intent, rejection and threat families).
pub fn recode(code: &str, frame: Frame) -> String {
    let root = code.get(..2).unwrap_or("");
    // Only CAMEO's twenty roots have these families; other schemes' codes pass unchanged.
    if !matches!(root.parse::<u8>(), Ok(1..=20)) || code.len() > 4 {
        return code.to_string();
    }
    match frame {
        Frame::Plain | Frame::Hypothetical => code.to_string(),
        Frame::Intent => match root {
            "01" | "02" | "03" | "10" | "11" | "12" | "13" | "14" => code.to_string(),
            "04" if code.starts_with("045") => "039".into(),
            // CAMEO's intents mirror its appeals, sub-code for sub-code (0332 and 0232 for
            // military aid, 0353 and 0253 for a release).
            "04" | "05" | "06" | "07" | "08" => appeal_for(code)
                .and_then(|a| a.get(2..))
                .map_or_else(|| "030".into(), |rest| format!("03{rest}")),
            "09" => "030".into(),
            "17" => "137".into(),
            "16" => threat_to_reduce(code).into(),
            _ => "138".into(),
        },
        Frame::Refusal => match root {
            "04" => "125".into(),
            "06" if code.starts_with("061") => "1211".into(),
            "06" if code.starts_with("062") => "1212".into(),
            "06" => "121".into(),
            // Aid refused is a request for it rejected: 1221 economic … 1224 protection.
            "07" => match code.get(2..3) {
                Some(d @ ("1" | "2" | "3" | "4")) => format!("122{d}"),
                _ => "122".into(),
            },
            // A refusal to yield, sub-code for sub-code as the appeal to yield (1243 and 0253
            // for a release); reform refused is 123.
            "08" => match appeal_for(code) {
                Some("024") => "123".into(),
                Some(a) if a.len() == 4 => format!("124{}", &a[3..]),
                _ => "124".into(),
            },
            "03" | "05" => "120".into(),
            "12" => code.to_string(),
            _ => "120".into(),
        },
        Frame::Threat => match root {
            "15" | "18" | "19" | "20" => "138".into(),
            "17" => "137".into(),
            "16" => threat_to_reduce(code).into(),
            "04" => "134".into(),
            _ => "130".into(),
        },
    }
}

/// The threat of a reduction of relations (CAMEO 16x), sub-code for sub-code: sanctions
/// intended or threatened are 1312, a break of relations 1313, aid to be cut 1311, talks or
/// mediation to be halted 134 and 135, a withdrawal 136.
fn threat_to_reduce(code: &str) -> &'static str {
    match code.get(..3) {
        Some("161") => "1313",
        Some("162") => "1311",
        Some("163") => "1312",
        Some("164") => "134",
        Some("165") => "135",
        Some("166") => "136",
        _ => "131",
    }
}

/// The appeal for an act (CAMEO 02x, which mirrors the cooperation of roots 04 to 08): to meet
/// or negotiate, for diplomatic or material cooperation, for aid, to yield. `None` for acts
/// CAMEO has no appeal for.
pub fn appeal_for(code: &str) -> Option<&'static str> {
    let sub = |table: &[(&str, &'static str)], other: &'static str| {
        table
            .iter()
            .find(|(prefix, _)| code.starts_with(prefix))
            .map_or(other, |&(_, appeal)| appeal)
    };
    Some(match code.get(..2)? {
        "04" => "026",
        "05" => "022",
        "06" => sub(
            &[
                ("061", "0211"),
                ("062", "0212"),
                ("063", "0213"),
                ("064", "0214"),
            ],
            "021",
        ),
        "07" => sub(
            &[
                ("071", "0231"),
                ("072", "0232"),
                ("073", "0233"),
                ("074", "0234"),
            ],
            "023",
        ),
        "08" => sub(
            &[
                ("081", "0251"),
                ("082", "0252"),
                ("083", "024"),
                ("084", "0253"),
                ("085", "0254"),
                ("086", "0255"),
                ("087", "0256"),
            ],
            "025",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn cameo_families() {
        assert_eq!(recode("040", Frame::Intent), "036");
        assert_eq!(recode("190", Frame::Intent), "138");
        assert_eq!(recode("042", Frame::Refusal), "125");
        assert_eq!(recode("190", Frame::Threat), "138");
        assert_eq!(recode("057", Frame::Plain), "057");
        assert_eq!(recode("901", Frame::Intent), "901");
        // Sub-codes carry over: military aid, a release, a ceasefire, mediation.
        assert_eq!(recode("072", Frame::Intent), "0332");
        assert_eq!(recode("0841", Frame::Intent), "0353");
        assert_eq!(recode("0871", Frame::Intent), "0356");
        assert_eq!(recode("045", Frame::Intent), "039");
        assert_eq!(recode("046", Frame::Intent), "036");
        assert_eq!(recode("0841", Frame::Refusal), "1243");
        assert_eq!(recode("073", Frame::Refusal), "1223");
        assert_eq!(recode("062", Frame::Refusal), "1212");
        // Sanctions, relations and aid to be cut are threats of their own kind.
        assert_eq!(recode("163", Frame::Intent), "1312");
        assert_eq!(recode("161", Frame::Threat), "1313");
        assert_eq!(recode("1622", Frame::Threat), "1311");
        assert_eq!(recode("160", Frame::Intent), "131");
    }

    #[test]
    fn an_appeal_mirrors_the_act_it_asks_for() {
        assert_eq!(appeal_for("072"), Some("0232"));
        assert_eq!(appeal_for("0841"), Some("0253"));
        assert_eq!(appeal_for("046"), Some("026"));
        assert_eq!(appeal_for("0831"), Some("024"));
        assert_eq!(appeal_for("190"), None);
        assert_eq!(appeal_for("020"), None);
    }

    #[test]
    fn yes_no_questions_ask_about_their_clauses_only() {
        let asked = |spec: &str, v: usize| questioned(&Tree::new(&sent(spec).tokens), v);
        // "Did the players reach out to support you?": the question and its purpose clause.
        let q = "Did/AUX/3/aux players/NOUN/3/nsubj reach/VERB/0/root to/PART/5/mark \
                 support/VERB/3/advcl you/PRON/5/obj ?/PUNCT/3/punct";
        assert!(asked(q, 2) && asked(q, 4));
        // "Why did Russia attack Ukraine?" presupposes the attack.
        let wh = "Why/ADV/4/advmod did/AUX/4/aux Russia/PROPN/4/nsubj attack/VERB/0/root \
                  Ukraine/PROPN/4/obj ?/PUNCT/4/punct";
        assert!(!asked(wh, 3));
        // "'Will they attack?' he asked": the quoted clause is asked, the asking is reported;
        // so is a statement.
        let reported = "Will/AUX/3/aux they/PRON/3/nsubj attack/VERB/0/root ?/PUNCT/3/punct \
                        he/PRON/6/nsubj asked/VERB/3/parataxis/ask";
        assert!(asked(reported, 2) && !asked(reported, 5));
        assert!(!asked(
            "They/PRON/2/nsubj attacked/VERB/0/root ./PUNCT/2/punct",
            1
        ));
    }

    #[test]
    fn a_clause_set_years_back_is_history() {
        // ties restored five years after crowds burned its embassy
        let spec = |unit: &str| {
            format!(
                "ties/NOUN/2/nsubj restored/VERB/0/root five/NUM/4/nummod {unit}/NOUN/7/obl:unmarked \
                 after/SCONJ/7/mark crowds/NOUN/7/nsubj burned/VERB/2/advcl its/PRON/9/nmod:poss \
                 embassy/NOUN/7/obj"
            )
        };
        let years = sent(&spec("years"));
        let t = Tree::new(&years.tokens);
        assert_eq!(
            own_frame(&t, 6),
            (Frame::Hypothetical, false, Some("history"))
        );
        assert_eq!(
            own_frame(&t, 1).0,
            Frame::Plain,
            "the main clause is the news"
        );
        // Days back it is still news ("two days after the attack, …").
        let days = sent(&spec("days"));
        let t = Tree::new(&days.tokens);
        assert_eq!(own_frame(&t, 6).0, Frame::Plain);
    }

    #[test]
    fn negation_and_modals() {
        let s = sent("they/PRON/4/nsubj did/AUX/4/aux not/PART/4/advmod meet/VERB/0/root");
        let t = Tree::new(&s.tokens);
        assert_eq!(own_frame(&t, 3), (Frame::Plain, true, None));
        let s = sent("we/PRON/3/nsubj may/AUX/3/aux agree/VERB/0/root");
        let t = Tree::new(&s.tokens);
        assert_eq!(own_frame(&t, 2).0, Frame::Hypothetical);
        let s = sent("we/PRON/3/nsubj 'll/AUX/3/aux talk/VERB/0/root");
        let t = Tree::new(&s.tokens);
        assert_eq!(own_frame(&t, 2), (Frame::Intent, false, Some("future")));
        // "will no longer tolerate": what stops is not done; "no longer than" a week is none.
        let s = sent("police/NOUN/5/nsubj will/AUX/5/aux no/ADV/4/advmod longer/ADV/5/advmod tolerate/VERB/0/root");
        let t = Tree::new(&s.tokens);
        assert_eq!(own_frame(&t, 4), (Frame::Intent, true, Some("future")));
        let s = sent("it/PRON/2/nsubj lasted/VERB/0/root longer/ADV/2/advmod");
        let t = Tree::new(&s.tokens);
        assert!(!own_frame(&t, 1).1);
    }

    #[test]
    fn alleged_and_denied_events_are_not_asserted() {
        let s = sent("Iran/PROPN/2/nsubj accused/VERB/0/root/accuse Gondor/PROPN/2/obj of/SCONJ/5/mark violating/VERB/3/acl/violate the/DET/7/det deal/NOUN/5/obj");
        let t = Tree::new(&s.tokens);
        assert_eq!(unasserted(&t, 4), Some("alleged"));
        assert_eq!(unasserted(&t, 1), None);
        let s = sent("Bree/PROPN/2/nsubj denied/VERB/0/root/deny reports/NOUN/2/obj/report that/SCONJ/6/mark troops/NOUN/6/nsubj shelled/VERB/3/acl/shell villages/NOUN/6/obj");
        let t = Tree::new(&s.tokens);
        assert_eq!(unasserted(&t, 5), Some("denied"));
        // Reports not denied are news like any other.
        let s = sent("Bree/PROPN/2/nsubj confirmed/VERB/0/root/confirm reports/NOUN/2/obj/report that/SCONJ/6/mark troops/NOUN/6/nsubj shelled/VERB/3/acl/shell villages/NOUN/6/obj");
        let t = Tree::new(&s.tokens);
        assert_eq!(unasserted(&t, 5), None);
    }

    #[test]
    fn an_accusation_hung_on_a_date_is_not_asserted() {
        // "accused Gondor on Tuesday of launching an attack": the parser hung the clause on the
        // date.
        let s = sent("Iran/PROPN/2/nsubj accused/VERB/0/root/accuse Gondor/PROPN/2/obj on/ADP/5/case Tuesday/PROPN/2/obl of/SCONJ/7/mark launching/VERB/5/acl/launch an/DET/9/det attack/NOUN/7/obj");
        assert_eq!(unasserted(&Tree::new(&s.tokens), 6), Some("alleged"));
    }

    #[test]
    fn a_gerund_conjoined_to_the_accusation_is_alleged_too() {
        // "accused the RSF of looting hospitals and attacking civilians", "looting" read as a
        // noun and "attacking" hung on "accused".
        let s = sent("Burhan/PROPN/2/nsubj accused/VERB/0/root/accuse RSF/PROPN/2/obj of/ADP/6/case looting/NOUN/6/compound hospitals/NOUN/3/nmod and/CCONJ/8/cc attacking/VERB/2/conj/attack civilians/NOUN/8/obj");
        let mut tokens = s.tokens;
        tokens[7].xpos = "VBG".into();
        assert_eq!(unasserted(&Tree::new(&tokens), 7), Some("alleged"));
        // A finite conjunct is the accuser's own act: "accused Gondor and expelled its envoy".
        tokens[7].xpos = "VBD".into();
        assert_eq!(unasserted(&Tree::new(&tokens), 7), None);
    }

    #[test]
    fn what_one_is_kept_from_doing_is_not_asserted() {
        // The parser hangs the clause on the object or on the verb.
        let s = sent("Gondor/PROPN/2/nsubj banned/VERB/0/root/ban women/NOUN/2/obj from/SCONJ/5/mark attending/VERB/3/acl/attend talks/NOUN/5/obj");
        assert_eq!(unasserted(&Tree::new(&s.tokens), 4), Some("prevented"));
        let s = sent("Gondor/PROPN/2/nsubj stopped/VERB/0/root/stop them/PRON/2/obj from/SCONJ/5/mark leaving/VERB/2/advcl/leave");
        assert_eq!(unasserted(&Tree::new(&s.tokens), 4), Some("prevented"));
        // "Banned after attending" is no such clause.
        let s = sent("Gondor/PROPN/2/nsubj banned/VERB/0/root/ban women/NOUN/2/obj after/SCONJ/5/mark attending/VERB/2/advcl/attend");
        assert_eq!(unasserted(&Tree::new(&s.tokens), 4), None);
    }

    #[test]
    fn what_was_done_instead_of_or_without_is_not_asserted() {
        let s = sent("Instead/ADV/3/mark of/ADP/1/fixed damaging/VERB/6/advcl/damage bones/NOUN/3/obj researchers/NOUN/6/nsubj collected/VERB/0/root/collect");
        assert_eq!(unasserted(&Tree::new(&s.tokens), 2), Some("not done"));
        let s = sent("Troops/NOUN/2/nsubj withdrew/VERB/0/root/withdraw without/SCONJ/4/mark attacking/VERB/2/advcl/attack");
        assert_eq!(unasserted(&Tree::new(&s.tokens), 3), Some("not done"));
        // "After attacking" happened.
        let s = sent("Troops/NOUN/2/nsubj withdrew/VERB/0/root/withdraw after/SCONJ/4/mark attacking/VERB/2/advcl/attack");
        assert_eq!(unasserted(&Tree::new(&s.tokens), 3), None);
    }

    #[test]
    fn a_denied_gerund_is_not_asserted() {
        let s = sent("Moscow/PROPN/2/nsubj denied/VERB/0/root/deny targeting/VERB/2/xcomp/target civilians/NOUN/3/obj");
        assert_eq!(unasserted(&Tree::new(&s.tokens), 2), Some("denied"));
    }

    #[test]
    fn a_cooperative_act_declared_and_denied_is_a_refusal() {
        let future = (Frame::Intent, true, Some("future"));
        assert_eq!(
            declared_refusal("040", future.0, future.1, future.2),
            (Frame::Refusal, false)
        );
        // Denied in the past it is no event; denied violence is no refusal.
        assert_eq!(
            declared_refusal("040", Frame::Plain, true, None),
            (Frame::Plain, true)
        );
        assert_eq!(
            declared_refusal("190", future.0, future.1, future.2),
            (Frame::Intent, true)
        );
    }
}
