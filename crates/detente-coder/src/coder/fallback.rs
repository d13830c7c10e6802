//! The target TABARI's rule gives a verb when the tree gives it none: the first actor after
//! the verb in its own clause ("arrived in Gondor", "believes Dagolath can cope"), not one in a
//! clause or phrase of its own (a relative, a clause or phrase of time, what a report says, what
//! an act is called), nor the venue of a statement, an agreement or a protest, or a
//! consultation's topic.

use super::{clause, light, SentenceCoder};
use crate::actor::Actor;
use crate::dictionary::MentionKind;

impl SentenceCoder<'_, '_> {
    /// The head of the fallback target of predicate `v` coded `code`, if any.
    pub(super) fn fallback_target(&self, v: usize, code: &str, sources: &[Actor]) -> Option<usize> {
        let t = &self.tree;
        // A light verb's receiver is its own argument, not a name in a clause on its object:
        // "signed an executive order restricting investment in Chinese firms" signs nothing
        // with China.
        let light = light::needs_target(t.lemma(v), t.kid(v, "xcomp").is_some());
        // Nor is the accused's deed whom an accusation is aimed at: "accused the alliance of
        // failing to protect Armenia" accuses the alliance, whoever it failed.
        let accusing = code.starts_with("112") && t.kid(v, "obj").is_some();
        self.linear_target_after(v, sources)
            .filter(|&h| !((light || accusing) && clause::in_noun_clause(t, v, h)))
            // Nor, for a statement, the venue it was made at: "Speaking at a news conference
            // in Brussels, …" (but "called for peace in Ukraine" is about Ukraine).
            .filter(|&h| {
                !code.starts_with("01") || !t.on_path_up(h, Some(v), |x| t.case_of(x) == Some("at"))
            })
            // Nor the framework or pressure it acts under: "agreed to normalise relations under
            // an EU-brokered deal" is no agreement with the EU.
            .filter(|&h| !t.on_path_up(h, Some(v), |x| t.case_of(x) == Some("under")))
            // Nor a country named as where something lies, but for a show of force, which is
            // aimed at it: "captured a border town near China" (but "held military drills
            // near Taiwan").
            .filter(|&h| code.starts_with("15") || !self.landmark(h))
            // Nor the town of the spot an act took place at: "detained Martha Karua at her home
            // in Nairobi", "arrested at the airport in Istanbul" (but force is aimed "at" its
            // target: "fired rockets at a base in Syria", and a protest "at" whom it is at).
            .filter(|&h| !(at_spot_in_town(t, v, h) && !aimed_at(code) && self.names_a_place(h)))
            // Nor the place an act is held in, where the act has a venue and no host: "signed a
            // peace agreement in Pretoria", "agreed to a ceasefire in Doha", "thousands of
            // Ukrainians rallied in Berlin", "took to the streets of Tbilisi" (but "arrived in
            // Doha" is a visit to its host, and a protest "at" a place names whom it is at:
            // "protested at the embassy").
            .filter(|&h| !(held_at_venue(code) && self.names_a_venue(h)))
            // Nor where what talks are about is: "met … to discuss the situation in Gaza" (but
            // "attended a summit in Rome" is with its host, and "welcomed memos from Bree" is
            // Bree's).
            .filter(|&h| {
                let about = t
                    .kid(v, "obj")
                    .is_some_and(|o| self.coder.dict.noun_event(t.lemma(o)).is_none());
                // What one discusses is the topic, whatever it is: "met Macron to discuss
                // support for Kyiv" is no meeting with Ukraine.
                let discussed = matches!(t.lemma(v), "discuss" | "debate");
                !((discussed || about && t.case_of(h) == Some("in")) && self.is_topic(v, code, h))
            })
    }

    /// Whether word `h` names the place an act is held in: a place in an "in" phrase, or one
    /// a venue noun has ("the summit venue in Doha").
    pub(super) fn names_a_venue(&self, h: usize) -> bool {
        let t = &self.tree;
        // (The parser may hang the place on a date after it: "in Paris next week".)
        let venue = t.case_of(h) == Some("in")
            || t.rel(h) == "compound" && t.parent(h).is_some_and(|p| t.case_of(p) == Some("in"))
            || t.parent(h)
                .is_some_and(|p| clause::is_venue_noun(t.lemma(p)));
        venue && self.names_a_place(h)
    }

    /// The head of the first actor mention after `v` that `v` dominates and no source covers.
    fn linear_target_after(&self, v: usize, sources: &[Actor]) -> Option<usize> {
        let t = &self.tree;
        // The attribution of `v` is not its clause: "dismissed the report, spokesman Peskov
        // told reporters".
        let attribution = crate::speech::speech_verb_over(t, v).filter(|&s| t.dominates(v, s));
        // Nor is what `v`'s own speech clause reports: "criticised the plan, saying it would
        // bring Europe closer to war" is not aimed at Europe.
        // (A participle of its own subject's: an attribution with a subject of its own is
        // another matter.)
        let reported = t.children(v).iter().copied().find(|&c| {
            matches!(t.rel(c), "advcl" | "parataxis")
                && t.tokens[c].xpos == "VBG"
                && t.kid(c, "nsubj").is_none()
                && crate::speech::is_speech_verb(t.lemma(c))
        });
        // Nor what the act is called: "condemned the launch as a violation of UN resolutions".
        let called = t
            .children(v)
            .iter()
            .copied()
            .find(|&c| t.rel(c) == "obl" && t.case_of(c) == Some("as"));
        // Nor a verb joined to `v` after `v`'s own clausal complement: "vowed to expand his
        // arsenal and called South Korea an enemy" vows nothing to South Korea. (But "met and
        // thanked the envoy" met the envoy, and "condemned the sanctions and urged Washington
        // to …" condemns Washington's sanctions.)
        let complete = t
            .children(v)
            .iter()
            .any(|&c| matches!(t.rel(c), "xcomp" | "ccomp"));
        let joined = t
            .children(v)
            .iter()
            .copied()
            .find(|&c| complete && t.rel(c) == "conj" && t.upos(c) == "VERB" && c > v);
        self.ms
            .list
            .iter()
            .filter(|m| m.start > v && m.kind != MentionKind::Agent)
            .filter(|m| {
                !sources
                    .iter()
                    .any(|s| s.start <= m.start && m.start < s.end)
            })
            .map(|m| {
                (m.start..m.end)
                    .find(|&i| t.parent(i).is_none_or(|p| p < m.start || p >= m.end))
                    .unwrap_or(m.end - 1)
            })
            .find(|&h| {
                t.dominates(v, h)
                    && attribution.is_none_or(|s| !t.dominates(s, h))
                    && !reported.is_some_and(|s| t.dominates(s, h))
                    && !called.is_some_and(|c| t.dominates(c, h))
                    && !joined.is_some_and(|c| t.dominates(c, h))
                    && !self.laid_party(h)
                    && !t.on_path_up(h, Some(v), |x| {
                        // A relative clause is its own: "resume talks, which Beijing had
                        // suspended" (not one opened by "that", often a noun's complement
                        // the parser took for a relative: "hopes that Osgiliath could …").
                        t.full_rel(x) == "acl:relcl"
                            && t.children(x)
                                .iter()
                                .any(|&c| matches!(t.lower(c), "which" | "who" | "whom" | "whose"))
                            || subordinate_clause(t, x)
                            || t.case_of(x)
                                .is_some_and(|m| crate::pattern::TIME_CASES.contains(&m))
                    })
            })
    }
}

/// Whether an act coded `code` is held at a venue, not with a host: an agreement (CAMEO 03x,
/// 057, 0871), a meeting or talks (see [`meets_at_venue`]) or a protest (14x).
fn held_at_venue(code: &str) -> bool {
    code.starts_with("03")
        || meets_at_venue(code)
        || code.starts_with("057")
        || code == "0871"
        || code.starts_with("14")
}

/// Whether word `h` is a place in an "in" phrase of a common noun in verb `v`'s own "at"
/// phrase: "detained … at her home in Nairobi" (not "fired rounds aimed at a loudspeaker in
/// South Korea", whose "at" phrase is another verb's).
fn at_spot_in_town(t: &crate::tree::Tree, v: usize, h: usize) -> bool {
    t.case_of(h) == Some("in")
        && t.parent(h).is_some_and(|p| {
            t.case_of(p) == Some("at") && t.upos(p) == "NOUN" && t.parent(p) == Some(v)
        })
}

/// Whether an act coded `code` is aimed "at" what it names: a protest (14), a show of force
/// (15), an assault or a fight (18–20).
fn aimed_at(code: &str) -> bool {
    ["14", "15", "18", "19", "20"]
        .iter()
        .any(|r| code.starts_with(r))
}

/// Whether an act coded `code` brings its parties together at a place that is neither's as
/// such: talks, a meeting, mediation ("ministers met in Brussels"), but not a visit or its
/// hosting (042, 043), whose place is the host's, nor a summit attended (044: "attended a
/// summit in Rome" is with its host).
pub(super) fn meets_at_venue(code: &str) -> bool {
    code.starts_with("04") && !["042", "043", "044"].iter().any(|c| code.starts_with(c))
        || code.starts_with("036")
}

/// Whether `x` heads an adverbial clause of time or cause with a subject of its own: "attacked
/// the tanker *after Britain seized an Iranian ship*" says when, and Britain is not attacked.
/// (So does a phrase of time: "suspended the talks *after a visit to Taiwan*".)
/// (A reported clause is the verb's own: "believes Dagolath can cope"; so is a condition's:
/// "threatened to retaliate if the United States imposed tariffs", "will not stop until Hamas
/// is destroyed".)
fn subordinate_clause(t: &crate::tree::Tree, x: usize) -> bool {
    t.rel(x) == "advcl"
        && t.kids_with(x, "mark").any(|m| {
            matches!(
                t.lower(m),
                "after" | "before" | "when" | "while" | "since" | "because" | "although" | "though"
            )
        })
        && t.children(x)
            .iter()
            .any(|&c| matches!(t.full_rel(c), "nsubj" | "nsubj:pass"))
}
