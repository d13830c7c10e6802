//! The parts of a sentence's coding that look at phrases around a predicate: its place,
//! nominal events ("a drone attack on a Saudi pipeline") and statements told to an actor.

use super::{domestic, Reading, SentenceCoder};
use crate::actor::{actors_at, Actor};
use crate::context::Context;
use crate::dictionary::MentionKind;
use crate::event::Event;
use crate::modality::{own_frame, Frame};
use crate::pattern::{match_entry, Match};
use crate::{place, speech};

/// Verbs that say an event took place and who did it, nothing more.
const PERFORM: &[&str] = &[
    "conduct",
    "carry",
    "launch",
    "stage",
    "mount",
    "perpetrate",
    "commit",
    "execute",
    "organize",
    "organise",
    "lead",
    "hold",
    "orchestrate",
];

impl SentenceCoder<'_, '_> {
    pub(super) fn place_of(&self, v: usize) -> Option<crate::event::Location> {
        let t = &self.tree;
        // "in/at PLACE" anywhere under the predicate: its obliques, or the nmod of an argument
        // when the parser attached the place there ("met Erdogan in Moscow").
        let mut stack: Vec<(usize, usize)> = t.children(v).iter().map(|&c| (c, 1)).collect();
        let mut seen = 0;
        while let Some((c, depth)) = stack.pop() {
            seen += 1;
            if seen > 64 {
                break;
            }
            if matches!(
                t.rel(c),
                "ccomp" | "parataxis" | "advcl" | "acl" | "conj" | "xcomp"
            ) {
                continue;
            }
            if matches!(t.rel(c), "obl" | "nmod") && matches!(t.case_of(c), Some("in" | "at")) {
                let words: Vec<usize> = t
                    .phrase(c)
                    .into_iter()
                    .filter(|&i| t.rel(i) != "case" && t.rel(i) != "det")
                    .collect();
                if let (Some(&a), Some(&b)) = (words.first(), words.last()) {
                    if let Some(l) = place::lookup(&self.span_text(a, b + 1).0)
                        .or_else(|| place::lookup(&t.tokens[c].form))
                        .or_else(|| self.place_named_after(c, b))
                    {
                        return Some(l);
                    }
                }
            }
            if depth < 3 {
                stack.extend(t.children(c).iter().map(|&k| (k, depth + 1)));
            }
        }
        None
    }

    /// The place a comma and a name give right after the phrase of place noun `c` (ending at
    /// word `b`): "in the capital, Niamey", "at a port city, Hodeidah" (the name is the
    /// phrase's apposition, wherever the parser hung it). Not after a time ("In early
    /// February, India charged …" names the subject).
    fn place_named_after(&self, c: usize, b: usize) -> Option<crate::event::Location> {
        const PLACE_NOUNS: &[&str] = &[
            "capital",
            "city",
            "town",
            "village",
            "province",
            "region",
            "state",
            "district",
            "port",
            "county",
            "area",
            "enclave",
            "territory",
            "island",
            "camp",
        ];
        let t = &self.tree;
        if !PLACE_NOUNS.contains(&t.lemma(c)) || t.tokens.get(b + 1)?.form != "," {
            return None;
        }
        let first = b + 2;
        let last = (first..t.len())
            .take_while(|&i| t.upos(i) == "PROPN")
            .last()?;
        place::lookup(&self.span_text(first, last + 1).0)
    }

    /// Whether event noun `n` is where an act of `coded` words took place, not an event of its
    /// own: "criticised Israel *at the NATO summit* in Washington", "met her counterpart *on
    /// the sidelines of the G20 meeting*", "spoke with Putin *during the BRICS summit*". (Not
    /// when it says with whom: "during talks with Iran".)
    fn setting_of_coded(&self, n: usize, coded: &[usize]) -> bool {
        let t = &self.tree;
        let edge = |x: usize| matches!(t.lemma(x), "sideline" | "sidelines" | "margin" | "margins");
        let (phrase, settings): (usize, &[&str]) = match t.parent(n) {
            Some(p) if edge(p) && t.case_of(n) == Some("of") => (p, &["on"]),
            _ => (n, &["at", "during"]),
        };
        t.case_of(phrase).is_some_and(|m| settings.contains(&m))
            && t.parent(phrase).is_some_and(|v| coded.contains(&v))
            && !t
                .children(n)
                .iter()
                .any(|&c| matches!(t.case_of(c), Some("with" | "between")))
    }

    /// Event nouns: "a drone attack on a Saudi oil pipeline", "the meeting between X and Y".
    pub(super) fn code_nouns(&self, ctx: &mut Context, coded: &[usize], out: &mut Vec<Event>) {
        let t = &self.tree;
        for n in 0..t.len() {
            // A noun modifying another ("riot police", "protest leaders") names no event, nor
            // does one conjoined to a modifier ("the military and protest leaders").
            let modifier = |x: usize| matches!(t.rel(x), "compound" | "amod");
            // Nor one whose modifier a verb's pattern has read: "ended a military *cooperation*
            // agreement with the US" ends the agreement, it signs none.
            let read =
                |x: usize| coded.contains(&x) && t.rel(x) == "compound" && t.upos(x) == "NOUN";
            if t.upos(n) != "NOUN"
                || coded.contains(&n)
                || t.children(n)
                    .iter()
                    .any(|&c| read(c) && self.ms.at(c).is_none())
                || modifier(n)
                || (t.rel(n) == "conj" && t.parent(n).is_some_and(modifier))
            {
                continue;
            }
            // Nor does a word of a name: the "Support" of the Rapid Support Forces.
            if self
                .ms
                .at(n)
                .is_some_and(|m| m.kind != MentionKind::Agent && m.end - m.start >= 2)
            {
                continue;
            }
            // The dictionary may list a noun by its plural ("talks"), which the lemmatizer
            // takes back to "talk".
            let entry = self.coder.dict.noun_event(t.lemma(n));
            let Some(entry) = entry.or_else(|| self.coder.dict.noun_event(t.lower(n))) else {
                continue;
            };
            // "accused Ukraine of launching a drone attack", "denied carrying out the raid": the
            // noun's verb is only alleged or denied, and so is the noun's event.
            // So is one whose verb is only urged or possible: "urged Israel to allow more aid
            // into Gaza".
            if t.parent(n)
                .filter(|&p| t.upos(p) == "VERB")
                .is_some_and(|p| {
                    crate::modality::unasserted(t, p).is_some()
                        || self.frame(p).0 == Frame::Hypothetical
                })
            {
                continue;
            }
            // "rejected the prime minister's resignation", "declined an offer of talks": what
            // is turned down did not take place, nor what is asked for ("to demand the prime
            // minister's resignation"). Nor what is only given a name: "called the protests
            // illegal".
            if t.rel(n) == "obj"
                && t.parent(n).is_some_and(|p| {
                    t.upos(p) == "VERB"
                        && matches!(
                            t.lemma(p),
                            "reject"
                                | "refuse"
                                | "decline"
                                | "veto"
                                | "demand"
                                | "seek"
                                | "request"
                        )
                })
                || self.named_by_verb(n)
            {
                continue;
            }
            // "recalled its ambassador in protest at the war": how it was done, not an event.
            if t.case_of(n) == Some("in")
                && t.kids_with(n, "det").next().is_none()
                && matches!(
                    t.lemma(n),
                    "protest" | "retaliation" | "response" | "solidarity" | "revenge"
                )
            {
                continue;
            }
            // "any attack on Iran would be met with …", "no talks are planned": a hypothetical
            // or denied event, not one that happened. Nor one to be prevented: "ordered Israel
            // to prevent genocide", "to avert a war".
            let prevented = t.rel(n) == "obj"
                && t.parent(n).is_some_and(|p| {
                    matches!(
                        t.lemma(p),
                        "prevent" | "avert" | "avoid" | "forestall" | "preclude"
                    )
                });
            if prevented
                || self.setting_of_coded(n, coded)
                || t.children(n)
                    .iter()
                    .any(|&c| t.rel(c) == "det" && matches!(t.lower(c), "any" | "no"))
            {
                continue;
            }
            // "ahead of a planned rally", "the proposed talks", "a possible attack": not yet.
            if t.children(n)
                .iter()
                .any(|&c| matches!(t.rel(c), "amod" | "compound") && UNREAL.contains(&t.lower(c)))
            {
                continue;
            }
            let Some(m) = match_entry(t, n, entry, true, &|h| self.is_actor(ctx, h), &|h| {
                self.is_place(h)
            }) else {
                continue;
            };
            let mut m = m;
            // "a Taliban attack", "a US drone strike", "Israeli air strikes": an actor right on
            // a violent noun is who strikes; a city there is where ("the Kabul bombing").
            let violent = super::violence::violent(&m.code);
            // "the Ukraine war", "the Syrian war": a country on a war names where it is
            // fought, not who fights it.
            let theatre = |c: usize| {
                matches!(t.lemma(n), "war" | "conflict")
                    && matches!(t.rel(c), "amod" | "compound")
                    && t.parent(c) == Some(n)
                    && self
                        .ms
                        .at(c)
                        .is_some_and(|x| x.kind == MentionKind::Country)
            };
            if m.target.is_some_and(theatre) {
                m.target = None;
            }
            if m.source.is_some_and(theatre) {
                m.source = None;
            }
            let striker = t.children(n).iter().copied().find(|&c| {
                violent
                    && matches!(t.rel(c), "amod" | "compound")
                    && self.names_party(c)
                    && !theatre(c)
            });
            // "a Saudi-led coalition air strike": the leader of who strikes strikes.
            let striker = striker.or_else(|| {
                let on = std::iter::once(n).chain(t.kids_with(n, "compound"));
                on.filter(|_| violent)
                    .find_map(|x| self.hyphen_actor(x, crate::actor::LEADING_PARTICIPLES))
            });
            if striker.is_some() && m.target == striker {
                m.target = None;
            }
            let laid = self.laid_on(n);
            if let Some(o) = laid {
                if m.target.is_some_and(|h| h == o || t.dominates(o, h)) {
                    m.target = None;
                }
            }
            let patterned = m.target.is_some();
            if m.target.is_none() {
                m.target = self.linear_target(n);
            }
            let between = m.target.is_some_and(|h| {
                t.case_of(h) == Some("between") || (h > 0 && t.lower(h - 1) == "between")
            });
            let mut targets = m
                .target
                .map(|h| actors_at(t, &self.ms, ctx, h))
                .unwrap_or_default();
            // "military support", "joint military exercises": a role's adjective on the event
            // noun says what kind of event it is, not whom it is aimed at.
            // "a police investigation", "army raids": a role noun on the event noun is who
            // carries it out.
            let kind = m.target.filter(|&h| {
                t.parent(h) == Some(n)
                    && (t.rel(h) == "amod"
                        || t.rel(h) == "compound"
                            && self.ms.at(h).is_some_and(|x| x.kind == MentionKind::Agent))
            });
            let mut performer = Vec::new();
            if let Some(h) = kind.filter(|_| targets.iter().all(|a| a.code.starts_with("---"))) {
                if t.rel(h) == "compound" {
                    performer = std::mem::take(&mut targets);
                }
                targets.clear();
            }
            if targets.is_empty() && violent {
                if let Some(v) = self.victims_of(n) {
                    targets = actors_at(t, &self.ms, ctx, v);
                }
            }
            let mut sources: Vec<Actor> = performer;
            if let Some(o) = laid {
                sources = actors_at(t, &self.ms, ctx, o);
            } else if let Some(h) = m.source.or(striker) {
                // The pattern says who acts: "the withdrawal of $ Israeli troops".
                sources = actors_at(t, &self.ms, ctx, h);
            } else if between && targets.len() >= 2 {
                // "mediation by Qatar between Israel and Hamas": a third party's act on both;
                // else the first party's with the others.
                let by = t
                    .children(n)
                    .iter()
                    .copied()
                    .find(|&c| t.rel(c) == "nmod" && t.case_of(c) == Some("by"));
                match by.map(|c| actors_at(t, &self.ms, ctx, c)) {
                    Some(b) if !b.is_empty() => sources = b,
                    _ => sources.push(targets.remove(0)),
                }
            } else {
                for &c in t.children(n) {
                    let by = t.rel(c) == "nmod" && t.case_of(c) == Some("by");
                    let poss = t.full_rel(c) == "nmod:poss";
                    let adj = t.rel(c) == "amod"
                        && self
                            .ms
                            .at(c)
                            .is_some_and(|x| x.kind == MentionKind::Country)
                        && !theatre(c);
                    // "US sanctions on Iran", "EU aid to Ukraine": with the target named by the
                    // pattern, a country or organisation compound is who acts. Alone it may
                    // be either ("Iran sanctions"); a person is who acts ("Blinken visit").
                    let person = self.ms.at(c).is_some_and(|x| x.kind == MentionKind::Person);
                    let compound =
                        t.rel(c) == "compound" && (person || patterned && self.names_party(c));
                    if (by || poss || adj || compound) && Some(c) != m.target {
                        // "its sanctions": the party its sentence named before it, if any.
                        let own = poss
                            .then(|| self.possessor_before(ctx, c))
                            .filter(|own| !own.is_empty());
                        sources.extend(own.unwrap_or_else(|| actors_at(t, &self.ms, ctx, c)));
                    }
                    // "an attack carried out by the Taliban", "a raid led by Gondor"; not
                    // "talks hosted by Cuba and Norway", whose hosts are not the parties.
                    let hosted = matches!(t.lemma(c), "host" | "mediate" | "broker" | "sponsor");
                    if t.rel(c) == "acl" && !hosted {
                        if let Some(g) = t
                            .children(c)
                            .iter()
                            .copied()
                            .find(|&g| t.full_rel(g) == "obl:agent")
                        {
                            sources.extend(actors_at(t, &self.ms, ctx, g));
                        }
                    }
                }
            }
            // The actor that modifies the event noun holds the event, it is not aimed at it:
            // for a show of force ("Chinese military drills near Taiwan", "Russian troop
            // deployment") and for a person ("Blinken visit", "Putin speech").
            let show = m.code.starts_with("15");
            let holds = |a: &Actor| {
                let h = a.last_word();
                t.parent(h) == Some(n)
                    && match t.rel(h) {
                        // (An actor's kind says "named", not "person": the mention's does; a
                        // family name the article gives in full elsewhere has none.)
                        "compound" => {
                            show || match self.ms.at(h) {
                                Some(x) => x.kind == MentionKind::Person,
                                None => a.kind == MentionKind::Person,
                            }
                        }
                        "amod" => show,
                        _ => false,
                    }
            };
            let (held, aimed): (Vec<Actor>, Vec<Actor>) =
                std::mem::take(&mut targets).into_iter().partition(holds);
            targets = aimed;
            if sources.is_empty() {
                sources = held;
            }
            // "drew criticism from China", "faced a warning from Iran": what one draws or faces
            // from another is aimed at the one who draws it.
            if targets.is_empty() && m.source.is_some() && t.rel(n) == "obj" {
                if let Some(h) = t
                    .parent(n)
                    .filter(|&p| t.upos(p) == "VERB")
                    .and_then(|p| self.subject(p).0)
                {
                    targets = actors_at(t, &self.ms, ctx, h);
                }
            }
            // "The attack was carried out by the Taliban": the agent of a verb that only says
            // the event took place is who did it (not of one that codes its own event: "the
            // attack was condemned by the UN").
            if sources.is_empty() && t.full_rel(n) == "nsubj:pass" {
                if let Some(agent) = t
                    .parent(n)
                    .filter(|&p| !coded.contains(&p) && PERFORM.contains(&t.lemma(p)))
                    .and_then(|p| {
                        t.kids_with(p, "obl")
                            .find(|&a| t.full_rel(a) == "obl:agent")
                    })
                {
                    sources = actors_at(t, &self.ms, ctx, agent);
                }
            }
            if sources.is_empty() {
                if let Some(by) = self.claimant(n) {
                    sources = actors_at(t, &self.ms, ctx, by);
                }
            }
            // An event the sentence only refers to: "blamed them for the unrest", "involved in
            // the protests", "during the protests".
            // A conjunct shares its first conjunct's marker ("for violence and unrest").
            let marked = match t.parent(n) {
                Some(p) if t.rel(n) == "conj" && t.case_of(n).is_none() => p,
                _ => n,
            };
            // "Pompeo held talks with …", "capped off the day meeting with …": the event noun as
            // argument of a verb takes that verb's subject.
            // "began three days of drills", "a series of raids": the event noun in a measure's
            // "of" phrase stands where the measure does.
            let anchor = match t.parent(n) {
                Some(p) if t.rel(n) == "nmod" && t.case_of(n) == Some("of") && measure(t, p) => p,
                _ => n,
            };
            // ... so a marker on the measure refers as well: "resigned after weeks of protests".
            // (But one goes somewhere "for talks" to take part in them.)
            let purpose = m.code.starts_with("04") && t.case_of(anchor) == Some("for");
            // What one reports or comments "on" is referred to as well ("journalists who
            // reported on the protests"), though one goes "on strike".
            let reported_on = |x: usize| {
                t.case_of(x) == Some("on")
                    && t.parent(x)
                        .is_some_and(|p| crate::speech::is_speech_verb(t.lemma(p)))
            };
            let referred = !purpose
                && [marked, anchor].into_iter().any(|x| {
                    reported_on(x)
                        || matches!(
                            t.case_of(x),
                            Some(
                                "for"
                                    | "in"
                                    | "during"
                                    | "over"
                                    | "about"
                                    | "into"
                                    | "since"
                                    | "amid"
                                    | "after"
                                    | "before"
                                    | "following"
                                    | "despite"
                            )
                        )
                });
            if sources.is_empty()
                && !referred
                && laid.is_none()
                && matches!(t.full_rel(anchor), "obj" | "obl" | "obl:npmod" | "obl:tmod")
            {
                // ... unless that verb made its own event of it: "condemned the bombing" is no
                // bombing by whoever condemned it.
                if let Some(p) = t
                    .parent(anchor)
                    .filter(|&p| t.upos(p) == "VERB" && !coded.contains(&p))
                {
                    if let Some(h) = self.subject(p).0 {
                        // "Ukraine said it had carried out a cyberattack": reported speech's
                        // third-person pronoun is its speaker, as for a verb's own event.
                        let h = self.reported_speaker(p, h).unwrap_or(h);
                        sources = actors_at(t, &self.ms, ctx, h);
                    }
                }
            }
            sources.retain(|a| !a.code.is_empty() && !a.first_person);
            targets.retain(|a| !a.code.is_empty() && !a.first_person);
            // "Protests have been taking place in Belgrade": a protest nobody is named for is
            // held by civilians, of the country it takes place in (placed below), unless the
            // sentence only refers to it.
            if sources.is_empty() && m.code.starts_with("14") && !referred {
                sources.push(Actor::standing("---CVL", n));
            }
            // As for verbs: a role without a country ("their forces' withdrawal from the Bosnian
            // town") acts in the country the sentence or the article is about.
            self.place_roles(n, &m.code, &mut sources, &targets);
            // And the people and authorities on either side are of one country ("Georgian
            // police clash with protesters", a headline's noun).
            domestic::place_subjects(&sources, &mut targets);
            if !m.code.starts_with("01") {
                domestic::place_authorities(&sources, &mut targets);
            }
            // Nor is the performer's own description on the noun a target: "China's military
            // drills" are China's military's, not aimed at it.
            let on_noun = |a: &Actor| t.parent(a.start) == Some(n);
            targets.retain(|a| {
                !sources
                    .iter()
                    .any(|s| s.code == a.code && (s.start == a.start || on_noun(a)))
            });
            // A nominal event needs its target ("talks" alone says nothing about whom), except
            // protests, shows of force ("the deployment of NATO troops") and violence, which are
            // events with their perpetrator alone, and the measures a party takes on its own: a
            // truce or pullback ("declared a unilateral ceasefire"), a curfew or a state of
            // emergency.
            let one_sided = matches!(m.code.get(..2), Some("14" | "15" | "18" | "19" | "20"))
                || matches!(m.code.get(..3), Some("087" | "172"));
            // "U.S. and Russian negotiators return to Geneva for talks": two parties of different
            // countries that hold talks hold them with each other; so with joint drills or
            // cooperation ("Russia and China held joint naval exercises").
            let mut mutual = false;
            if targets.is_empty()
                && matches!(m.code.get(..2), Some("04" | "06"))
                && sources.len() >= 2
                && sources[0].country() != sources[1].country()
            {
                targets = sources.split_off(1);
                mutual = true;
            }
            if targets.is_empty() && (sources.is_empty() || !one_sided) {
                continue;
            }
            // "did not hold talks", "refused to sign a deal", "promised to continue aid": the
            // noun is the object of a support or aspectual verb, which frames it; so is it of a
            // verb whose entry coded nothing of it ("agreed to expand cooperation").
            let (frame, negated, modality) = t
                .parent(n)
                .filter(|&p| {
                    t.upos(p) == "VERB"
                        && t.rel(n) == "obj"
                        && (self.entry_for(p, t.lemma(p)).is_none()
                            || !coded.contains(&p)
                            || crate::modality::frame_of_verb(t.lemma(p)) == Some(Frame::Plain))
                })
                .map_or((Frame::Plain, false, None), |p| self.frame(p));
            let r = Reading {
                v: n,
                m,
                sources,
                targets,
                frame,
                negated,
                modality,
                mutual,
            };
            self.emit(ctx, r, out);
        }
    }

    /// A crowd counted but named as no actor ("Thousands rally in Minsk", "hundreds marched",
    /// "thousands of supporters rallied"): the civilians who protest, as a role the sentence's
    /// country then places. (Called only when the subject gave no actor: "thousands of
    /// students" are students.)
    pub(super) fn crowd(&self, h: usize) -> Option<Actor> {
        let t = &self.tree;
        let counted = t.upos(h) == "NUM"
            || matches!(
                t.lemma(h),
                "thousand" | "hundred" | "dozen" | "million" | "score" | "ten" | "tens"
            );
        (counted && self.ms.at(h).is_none()).then(|| Actor::standing("---CVL", h))
    }

    /// When the parse lost the noun's argument: an actor introduced right after the noun by
    /// "with", "between", "on" or "against" ("meeting with Russian President Putin").
    fn linear_target(&self, n: usize) -> Option<usize> {
        let t = &self.tree;
        let marker = n + 1;
        if marker >= t.len() || !matches!(t.lower(marker), "with" | "between" | "on" | "against") {
            return None;
        }
        let m = self
            .ms
            .list
            .iter()
            .find(|m| m.start > marker && m.start <= marker + 3)?;
        let head = (m.start..m.end)
            .find(|&i| t.parent(i).is_none_or(|p| p < m.start || p >= m.end))
            .unwrap_or(m.end - 1);
        Some(head)
    }

    /// "X told Y …" with nothing more specific coded inside the quote: a statement (010).
    pub(super) fn code_statements(
        &self,
        ctx: &mut Context,
        quoted: &[usize],
        _first: usize,
        out: &mut Vec<Event>,
    ) {
        let t = &self.tree;
        for s in 0..t.len() {
            if t.upos(s) != "VERB" || !speech::addresses(t.lemma(s)) || quoted.contains(&s) {
                continue;
            }
            let Some(a) = speech::addressee(t, s) else {
                continue;
            };
            let (subj, _) = self.subject(s);
            let sources: Vec<Actor> = subj
                .map(|h| actors_at(t, &self.ms, ctx, h))
                .unwrap_or_default();
            let targets: Vec<Actor> = actors_at(t, &self.ms, ctx, a);
            let sources: Vec<Actor> = sources
                .into_iter()
                .filter(|x| !x.code.is_empty() && !x.first_person)
                .collect();
            let targets: Vec<Actor> = targets
                .into_iter()
                .filter(|x| !x.code.is_empty() && !x.first_person)
                .collect();
            if sources.is_empty() || targets.is_empty() {
                continue;
            }
            let (frame, negated, modality) = own_frame(t, s);
            let r = Reading {
                v: s,
                m: Match::plain("010", Some(a), vec![s]),
                sources,
                targets,
                frame,
                negated,
                modality,
                mutual: false,
            };
            self.emit(ctx, r, out);
        }
    }

    /// The actors of the last plural noun phrase before word `at` that is an object or
    /// oblique and none of `sources`: whom an object "them" means in its own sentence.
    pub(super) fn group_before(
        &self,
        ctx: &Context,
        at: usize,
        sources: &[Actor],
    ) -> Option<Vec<Actor>> {
        let t = &self.tree;
        (0..at).rev().find_map(|h| {
            if !t.tokens[h].xpos.starts_with("NNS")
                || !matches!(t.rel(h), "obj" | "iobj" | "obl" | "nmod")
            {
                return None;
            }
            let found = actors_at(t, &self.ms, ctx, h);
            let fresh = !found.is_empty()
                && found
                    .iter()
                    .all(|a| !sources.iter().any(|s| s.code == a.code));
            fresh.then_some(found)
        })
    }

    /// Whether word `c` names a country or an organisation, not a city: who acts when it
    /// modifies an act ("a US drone strike", "Israeli air strikes"), where a city is where
    /// ("the Kabul bombing").
    pub(super) fn names_party(&self, c: usize) -> bool {
        self.ms
            .at(c)
            .is_some_and(|x| matches!(x.kind, MentionKind::Country | MentionKind::Organization))
            && !place::is_city(&self.tree.tokens[c].form)
    }

    pub(super) fn is_actor(&self, ctx: &Context, h: usize) -> bool {
        crate::actor::is_nominal(&self.tree, h)
            && !self.kind_word(h)
            && !actors_at(&self.tree, &self.ms, ctx, h).is_empty()
    }

    /// Whether word `h`, of an actor phrase, is in a mention that names a place ("seized
    /// *Bakhmut*"): see [`Mention::place`](crate::Mention::place). The pattern matcher asks it
    /// only of phrases [`Self::is_actor`] has accepted.
    pub(super) fn is_place(&self, h: usize) -> bool {
        self.ms.at(h).is_some_and(|m| m.place)
    }

    /// Whether word `h` is in a mention whose words the gazetteer knows as a place, whatever
    /// the name stands for as an actor: "met in *Brussels*", where the European Union's
    /// metonym is the city it meets in.
    pub(super) fn names_a_place(&self, h: usize) -> bool {
        self.ms
            .at(h)
            .is_some_and(|m| m.place || place::lookup(&self.span_text(m.start, m.end).0).is_some())
    }

    /// A country named as a landmark, by which something lies and so is not in it: "a border
    /// town *near China*", "camps *outside Syria*". Not the country of the roles around it,
    /// and no party to an act it is not named with ("attacked army posts and captured a town
    /// near China"; but "held drills near Taiwan" is aimed at Taiwan). (A city so named is in
    /// its country: "near Kharkiv".)
    pub(super) fn landmark(&self, h: usize) -> bool {
        matches!(self.tree.case_of(h), Some("near" | "outside" | "beyond"))
            && self
                .ms
                .at(h)
                .is_some_and(|m| !place::is_city(&self.span_text(m.start, m.end).0))
    }

    /// A role adjective that says what kind of act its noun is, not who is acted on:
    /// "threatened *military* intervention", "criticised the *military* exercises" (but "a
    /// *military* base" is the military's).
    pub(super) fn kind_word(&self, h: usize) -> bool {
        let t = &self.tree;
        let Some(p) = t.parent(h).filter(|&p| t.upos(p) == "NOUN") else {
            return false;
        };
        let lemma = t.lemma(p);
        t.rel(h) == "amod"
            && self.ms.at(h).is_some_and(|m| m.kind == MentionKind::Agent)
            && self.ms.at(p).is_none()
            && (self.coder.dict.noun_event(lemma).is_some()
                || ["tion", "sion", "ment", "ance", "ence"]
                    .iter()
                    .any(|s| lemma.ends_with(s)))
    }

    /// The speaker of the speech verb over `v`, when `v`'s subject `h` is a third-person
    /// pronoun after that verb: "Ukraine said *it* had carried out …".
    fn reported_speaker(&self, v: usize, h: usize) -> Option<usize> {
        let t = &self.tree;
        if t.upos(h) != "PRON" || !matches!(t.lower(h), "he" | "she" | "they" | "it") {
            return None;
        }
        let s = speech::speech_verb_over(t, v).filter(|&s| s < h)?;
        self.subject(s).0.filter(|&sp| self.ms.at(sp).is_some())
    }
}

/// A noun that measures out an event in its "of" phrase: a stretch of time or a run of
/// occurrences ("three days of drills", "a wave of arrests").
fn measure(t: &crate::tree::Tree, n: usize) -> bool {
    matches!(
        t.lemma(n),
        "hour"
            | "day"
            | "night"
            | "week"
            | "month"
            | "year"
            | "series"
            | "wave"
            | "round"
            | "spate"
            | "string"
            | "flurry"
            | "campaign"
            // "a new package of sanctions", "a fresh set of measures".
            | "package"
            | "set"
            | "raft"
            | "batch"
            | "tranche"
    )
}

/// Modifiers that make an event noun one that has not happened (yet). Not "threatened" or
/// "expected": "mounted its long-threatened invasion" is one that came.
const UNREAL: &[&str] = &[
    "planned",
    "proposed",
    "upcoming",
    "scheduled",
    "possible",
    "potential",
    "future",
    "prospective",
    "hypothetical",
    "rumoured",
    "rumored",
    "alleged",
];
