//! The clause around a predicate: who its subject is (through passives, infinitives, conjoined
//! verbs and relative clauses) and how the verbs above it frame it.

use super::{SentenceCoder, RELATIVE};
use crate::modality::{frame_of_verb, own_frame, Frame};

/// Participles that, without a "by" agent, state the subject's stance rather than an event
/// done to it ("is opposed to", "is committed to", "was involved in").
const STATIVE: &[&str] = &[
    "oppose",
    "commit",
    "determine",
    "prepare",
    "dedicate",
    "involve",
    "engage",
    "resolve",
];

/// Verbs that send a message to the party they name: a request in a participle after them is
/// the sender's ("wrote to the embassy asking for …").
const CONTACT: &[&str] = &[
    "write",
    "send",
    "contact",
    "call",
    "phone",
    "telephone",
    "email",
    "petition",
    "approach",
    "address",
    "cable",
    "message",
    "turn",
];

/// Verbs of wishing that take a party and its infinitive: "wants Bree to aid Gondor" asks of
/// Bree what "urged Bree to aid Gondor" asks, and the aid is only wished for.
const WISHING: &[&str] = &["want", "wish", "like"];

/// The party that `v`, a verb of wishing, wishes to do what its infinitive says: its object,
/// or indirect object (as "the United States" of "wants the United States to lift sanctions"
/// is often parsed), when `v` governs an infinitive (xcomp) after it.
pub(super) fn wished_of(t: &crate::tree::Tree, v: usize) -> Option<usize> {
    if !WISHING.contains(&t.lemma(v))
        || !t.children(v).iter().any(|&c| t.rel(c) == "xcomp" && c > v)
    {
        return None;
    }
    t.children(v)
        .iter()
        .copied()
        .find(|&c| matches!(t.rel(c), "obj" | "iobj") && c > v)
}

/// Whether `v` is "wanted" in the passive: "is wanted by the FBI", "a man wanted for murder" is
/// sought by the law, not wished for.
pub(super) fn sought(t: &crate::tree::Tree, v: usize) -> bool {
    t.lemma(v) == "want"
        && t.lower(v) == "wanted"
        && (t.rel(v) == "acl"
            || t.children(v)
                .iter()
                .any(|&c| matches!(t.full_rel(c), "aux:pass" | "nsubj:pass")))
}

/// Verbs by which one party urges an act on another ("urged X to withdraw"): the act they
/// govern is asked for, not done.
const DIRECTIVE: &[&str] = &[
    "urge",
    "call",
    "ask",
    "appeal",
    "press",
    "demand",
    "request",
    "implore",
    "exhort",
    "plead",
    "beg",
    "invite",
    "encourage",
    "pressure",
    "pressurize",
    "pressurise",
    "push",
    "lobby",
];

/// Verbs by which one party lets another act ("allowed Sweden to join NATO"): the
/// permission is the event, not what it permits.
const PERMISSION: &[&str] = &["allow", "permit", "authorize", "authorise"];

/// Verbs by which one party warns another to act ("warned Manila to stop its provocations"):
/// a demand, not the act. (What they warn "that" may be a fact: "warned that Russia had
/// massed troops".)
const WARNING: &[&str] = &["warn", "caution"];

impl SentenceCoder<'_, '_> {
    /// The frame of `v`: its own auxiliaries plus the verbs it is the infinitive of.
    pub(super) fn frame(&self, v: usize) -> (Frame, bool, Option<&'static str>) {
        let t = &self.tree;
        let (mut frame, mut negated, mut modality) = own_frame(t, v);
        if let Some(m) = crate::modality::unasserted(t, v) {
            return (Frame::Hypothetical, negated, Some(m));
        }
        if crate::modality::questioned(t, v) {
            return (Frame::Hypothetical, negated, Some("question"));
        }
        // "vetoed a resolution condemning the annexation", "blocked a statement criticizing
        // China": a document stopped says nothing.
        if let Some(p) = t
            .parent(v)
            .filter(|&p| t.rel(v) == "acl" && t.rel(p) == "obj" && DOCUMENTS.contains(&t.lemma(p)))
        {
            if t.parent(p).is_some_and(|g| STOPPING.contains(&t.lemma(g))) {
                return (Frame::Hypothetical, negated, Some("blocked"));
            }
        }
        // "rejected the US request to extradite him", "a call to free the hostages": what a
        // request asks for has not happened, whoever asked.
        if self
            .noun_before_to(v)
            .is_some_and(|n| DIRECTIVE.contains(&t.lemma(n)))
        {
            return (Frame::Hypothetical, negated, Some("urged"));
        }
        // "its decision to provide jets", "Washington's plan to impose sanctions": framed as
        // the verb of the noun would frame it.
        if let Some((noun, _)) = self.decider(v) {
            let f = DECISIONS
                .iter()
                .find(|(d, _)| *d == t.lemma(noun))
                .and_then(|(_, verb)| frame_of_verb(verb));
            if let (Some(f), Frame::Plain) = (f, frame) {
                frame = f;
            }
        }
        // "accused Russia of plotting a coup to topple its government": the aim of what is
        // only alleged is alleged with it, an infinitive on the act or on its object.
        let aimed = |p: usize| match t.rel(v) {
            "advcl" => Some(p),
            "acl" if t.rel(p) == "obj" => t.parent(p),
            _ => None,
        };
        if let Some(g) = t.parent(v).filter(|_| t.is_infinitive(v)).and_then(aimed) {
            if let Some(m) = crate::modality::unasserted(t, g) {
                return (Frame::Hypothetical, negated, Some(m));
            }
        }
        let mut cur = v;
        for _ in 0..8 {
            let Some(p) = t.parent(cur) else { break };
            // "asked the police to find and arrest him": a verb conjoined to an infinitive is
            // framed as the infinitive is.
            if t.rel(cur) == "conj"
                && t.tokens[cur].xpos == "VB"
                && t.is_infinitive(p)
                && !t.is_infinitive(cur)
            {
                cur = p;
                continue;
            }
            // "urged Bree to help …", "called for Gondor to be allowed to leave": what one party
            // urges on another has not happened (the urging is the event).
            // So is what one demands "that" another do: "demanded that Israel halt its offensive".
            let infinitive = t.is_infinitive(cur);
            let wished = t.rel(cur) == "xcomp" && wished_of(t, p).is_some();
            if ((infinitive || t.rel(cur) == "ccomp") && DIRECTIVE.contains(&t.lemma(p))) || wished
            {
                return (Frame::Hypothetical, negated, Some("urged"));
            }
            if infinitive && t.rel(cur) == "xcomp" {
                let told = [(PERMISSION, "allowed"), (WARNING, "warned")]
                    .into_iter()
                    .find(|(verbs, _)| verbs.contains(&t.lemma(p)));
                if let Some((_, m)) = told {
                    return (Frame::Hypothetical, negated, Some(m));
                }
            }
            // "ruled out sending troops", "considered sending troops": a gerund right after
            // its framing verb (not an adjunct after a comma: "agreed, saying …").
            let gerund = t.rel(cur) == "advcl"
                && t.tokens[cur].xpos == "VBG"
                && cur > 0
                && t.tokens[cur - 1].form != ","
                && t.children(cur).iter().all(|&c| t.rel(c) != "mark");
            // "will visit Beijing to meet Xi": the purpose of what is only intended or supposed
            // has not happened either.
            let purpose = infinitive && t.rel(cur) == "advcl" && own_frame(t, p).0 != Frame::Plain;
            // "agreed to a ceasefire to allow aid in": the aim of what was agreed is yet to come.
            if infinitive
                && frame_of_verb(t.lemma(p)).is_some()
                && super::entry::aim_of_content(t, p, cur)
            {
                return (Frame::Hypothetical, negated, Some("future"));
            }
            let embedded = t.rel(cur) == "xcomp"
                || (t.rel(cur) == "ccomp" && frame_of_verb(t.lemma(p)) == Some(Frame::Intent))
                || ((infinitive || gerund) && frame_of_verb(t.lemma(p)).is_some())
                || purpose;
            if !embedded {
                break;
            }
            let (pf, pn, pm) = own_frame(t, p);
            negated |= pn;
            // "accused the alliance of failing to protect Armenia": what the alleged failure
            // governs is alleged with it.
            if let Some(m) = crate::modality::unasserted(t, p) {
                return (Frame::Hypothetical, negated, Some(m));
            }
            match frame_of_verb(t.lemma(p)) {
                Some(Frame::Plain) | None => {
                    if frame == Frame::Plain {
                        frame = pf;
                        modality = modality.or(pm);
                    }
                }
                Some(f @ (Frame::Refusal | Frame::Threat)) => frame = f,
                Some(f) => {
                    if frame != Frame::Refusal && frame != Frame::Threat {
                        frame = f;
                    }
                }
            }
            cur = p;
        }
        (frame, negated, modality)
    }

    /// (source head, passive subject head) of predicate `v`.
    pub(super) fn subject(&self, v: usize) -> (Option<usize>, Option<usize>) {
        let t = &self.tree;
        let mut cur = v;
        let mut passive = None;
        let dateline = crate::dateline::dateline_len(self.input.tokens);
        if let Some((_, owner)) = self.decider(v) {
            return (Some(owner), passive);
        }
        for depth in 0..8 {
            let kids = t.children(cur);
            // "Fighting between the two sides has killed 600": a clause is the subject, an
            // event rather than an actor.
            if kids.iter().any(|&c| t.rel(c) == "csubj") {
                return (None, passive);
            }
            // A dateline ("MOSCOW (Reuters) — Putin met ...") that the parser hung on the verb
            // as a second subject is not the subject.
            if let Some(&s) = kids.iter().find(|&&c| {
                (t.full_rel(c) == "nsubj" || t.full_rel(c) == "nsubj:outer") && c >= dateline
            }) {
                if RELATIVE.contains(&t.lower(s)) && t.full_rel(cur) == "acl:relcl" {
                    return (t.parent(cur), passive);
                }
                // "… with two tankers sabotaged on their way": no subject takes a preposition;
                // "with X" and a participle is X undergoing it (the absolute construction).
                if depth == 0
                    && t.case_of(s) == Some("with")
                    && matches!(t.tokens[cur].xpos.as_str(), "VBD" | "VBN")
                {
                    let agent = kids
                        .iter()
                        .copied()
                        .find(|&c| t.rel(c) == "obl" && t.case_of(c) == Some("by"));
                    return (agent, Some(s));
                }
                return (Some(s), passive);
            }
            if let Some(&s) = kids.iter().find(|&&c| t.full_rel(c) == "nsubj:pass") {
                // "rebels, who are backed by Iran": the relative pronoun stands for the noun.
                let s = match t.parent(cur) {
                    Some(p) if RELATIVE.contains(&t.lower(s)) && t.full_rel(cur) == "acl:relcl" => {
                        p
                    }
                    _ => s,
                };
                if depth == 0 {
                    let agent = kids
                        .iter()
                        .copied()
                        .find(|&c| t.rel(c) == "obl" && t.case_of(c) == Some("by"));
                    // "Israel is opposed to the plan": a participle of state, not a passive
                    // event; its subject holds the stance.
                    if agent.is_none() && STATIVE.contains(&t.lemma(cur)) {
                        return (Some(s), None);
                    }
                    let agent = agent.or_else(|| self.striker_when(cur));
                    passive = Some(s);
                    return (agent, passive);
                }
                // "people displaced by fighting": what a passive was done by is no doing of
                // its subject's.
                if depth == 1
                    && t.rel(v) == "advcl"
                    && t.kids_with(v, "mark").any(|m| t.lower(m) == "by")
                {
                    return (None, passive);
                }
                // The controller of "are scheduled to meet" is the passive subject.
                return (Some(s), passive);
            }
            // A passive clause without a subject of its own ("journalists were injured after
            // being attacked by protesters"): the agent acts on the subject of the clause it
            // depends on.
            if depth == 0
                && kids.iter().any(|&c| t.full_rel(c) == "aux:pass")
                && matches!(t.rel(cur), "advcl" | "xcomp" | "conj")
            {
                let agent = kids
                    .iter()
                    .copied()
                    .find(|&c| t.rel(c) == "obl" && t.case_of(c) == Some("by"));
                // Without one, the subject still undergoes it, whoever acted: "offered talks
                // but has been rebuffed" is no rebuff by the one who offered. Not so for a
                // participle of state, its subject's stance ("… and is opposed to the plan");
                // a conjunct without its "and", often a misparsed report ("announced two
                // players, …, were banned", whose subject is elsewhere); nor an infinitive
                // after an object, which undergoes it ("enabling oil to be shipped").
                let joined = t.rel(cur) != "conj" || t.kid(cur, "cc").is_some();
                let raised = t.rel(cur) == "xcomp"
                    && t.parent(cur).is_some_and(|p| t.kid(p, "obj").is_some());
                let undergone =
                    agent.is_some() || joined && !raised && !STATIVE.contains(&t.lemma(cur));
                let agent = agent.or_else(|| self.striker_when(cur));
                if let (true, Some(p)) = (undergone, t.parent(cur)) {
                    if let (Some(s), _) = self.subject(p) {
                        return (agent, Some(s));
                    }
                }
            }
            let Some(p) = t.parent(cur) else { break };
            match t.full_rel(cur) {
                // "The army said it struck …" parsed as object + infinitive: the pronoun is the
                // speaker, as for any third-person subject of reported speech.
                "xcomp"
                    if crate::speech::is_speech_verb(t.lemma(p))
                        && t.kid(p, "obj").is_some_and(|o| t.upos(o) == "PRON") =>
                {
                    cur = p;
                }
                // "summoned the ambassador to protest": the summoner protests (whether the
                // parser hung the infinitive on the verb or on the ambassador).
                "xcomp" if t.lemma(p) == "summon" => cur = p,
                // ... and a building does not act: "stormed the embassy to arrest him".
                "acl"
                    if t.rel(p) == "obj"
                        && t.children(cur).iter().any(|&m| t.lower(m) == "to")
                        && (BUILDINGS.contains(&t.lemma(p))
                            || t.parent(p).is_some_and(|g| t.lemma(g) == "summon")) =>
                {
                    cur = t.parent(p).unwrap_or(p);
                }
                "xcomp" => {
                    // Object control: "urged the US to waive". A thing as object does not
                    // act: "fired tear gas to disperse them" is the subject's purpose.
                    let infinitive = t.children(cur).iter().any(|&m| t.lower(m) == "to");
                    // Nor does a building or place the dictionary gives an owner: "stormed
                    // the Mexican embassy to arrest him" is the subject's purpose.
                    let thing = |o: usize| {
                        infinitive
                            && t.upos(o) == "NOUN"
                            && (self.names_nobody(o, None) || BUILDINGS.contains(&t.lemma(o)))
                    };
                    // The parser makes the one told an indirect object: "told Russia to
                    // withdraw its troops".
                    let object = t.kid(p, "obj").or_else(|| t.kid(p, "iobj"));
                    if let Some(o) = object.filter(|&o| !thing(o)) {
                        return (Some(o), passive);
                    }
                    cur = p;
                }
                // "thanked the EU for opening talks", "warned Israel against expanding the war",
                // "stopped them from leaving": what one is thanked, warned or stopped for is the
                // object's doing.
                // One retaliated against or sanctioned is so for its own doing too: "retaliate
                // against Finland for joining NATO", "imposed sanctions on Russia for invading
                // Ukraine" (where the object names nobody).
                "advcl"
                    if t.children(cur).iter().any(|&m| {
                        matches!(t.rel(m), "mark" | "case")
                            && matches!(t.lower(m), "for" | "against" | "from")
                    }) && (t.kid(p, "obj").or_else(|| t.kid(p, "iobj")).is_some()
                        || self.faced(p).is_some()) =>
                {
                    // The parser may make the object an indirect one ("criticized the United
                    // States for encouraging the war").
                    let object = t.kid(p, "obj").or_else(|| t.kid(p, "iobj"));
                    return match object {
                        Some(o) if !self.names_nobody(o, None) => (Some(o), passive),
                        _ => (self.faced(p).or(object), passive),
                    };
                }
                // "three firms it said had sold weapons": a report without a subject, in a
                // relative clause with a subject of its own, is about the noun described.
                "ccomp"
                    if t.full_rel(p) == "acl:relcl"
                        && t.kid(p, "obj").is_none()
                        && has_own_subject(t, p) =>
                {
                    return (t.parent(p).filter(|&n| n < p), passive);
                }
                "conj" | "advcl" | "ccomp" if t.upos(p) == "VERB" || t.upos(p) == "AUX" => cur = p,
                // "a vessel sabotaged on its way": a participle is passive on the noun it modifies.
                // (A participle with a direct object is active: "Pyongyang fired shells".)
                // (Nor is one with a complement: "the two men agreed to resume talks".)
                // A past tense on a noun is a participle the tagger misread, where the two are
                // spelt alike: "Bolivian army general arrested after failed coup".
                "acl"
                    if (t.tokens[cur].xpos == "VBN"
                        || t.tokens[cur].xpos == "VBD" && t.lower(cur).ends_with("ed"))
                        && t.kid(cur, "obj").is_none()
                        && t.kid(cur, "xcomp").is_none()
                        && t.kid(cur, "ccomp").is_none() =>
                {
                    let agent = t
                        .children(cur)
                        .iter()
                        .copied()
                        .find(|&c| t.rel(c) == "obl" && t.case_of(c) == Some("by"));
                    return (agent, Some(p));
                }
                // "adopted a resolution demanding a ceasefire": a document that names no author
                // of its own speaks for whoever adopted or issued it.
                "acl"
                    if DOCUMENTS.contains(&t.lemma(p))
                        && t.rel(p) == "obj"
                        && self.names_nobody(p, Some(cur)) =>
                {
                    cur = t.parent(p).unwrap_or(p);
                }
                // "wrote to the Russian embassy asking for the journalist's release",
                // "contacted the embassy seeking information": the letter or call asks, and so
                // its sender, not the party it went to (the parser hangs the participle on the
                // nearer noun).
                "acl"
                    if t.tokens[cur].xpos == "VBG"
                        && (DIRECTIVE.contains(&t.lemma(cur))
                            || matches!(t.lemma(cur), "seek" | "complain")
                            || crate::speech::is_speech_verb(t.lemma(cur)))
                        && matches!(t.rel(p), "obl" | "obj")
                        && t.parent(p).is_some_and(|g| CONTACT.contains(&t.lemma(g))) =>
                {
                    cur = t.parent(p).unwrap_or(p);
                }
                "acl" => return (Some(p), passive),
                _ => break,
            }
        }
        (None, passive)
    }

    /// The verb's particle ("sat down", "pulled out"): `compound:prt`, or a particle word the
    /// parser attached as an adverb right after the verb.
    pub(super) fn particle(&self, v: usize) -> Option<usize> {
        let t = &self.tree;
        t.children(v).iter().copied().find(|&c| {
            t.full_rel(c) == "compound:prt"
                || (matches!(t.rel(c), "advmod" | "compound")
                    && c > v
                    && c <= v + 2
                    && super::PARTICLES.contains(&t.lower(c)))
        })
    }

    /// Drops a consultation's target that is only its topic: "Iran and Iraq discussed the fight
    /// against Islamic State militants" is no talk with the militants. A name inside the
    /// object (not the object itself, nor a "with" or "between" phrase of a pattern) is what
    /// is talked about; whom one talks with is the pattern's own phrase or, for a pair, each
    /// other.
    /// Also drops the streets a protest fills: "took to the streets of Tbilisi" protests
    /// against no one in Tbilisi (the city stays the event's place).
    pub(super) fn drop_topic_target(&self, v: usize, m: &mut crate::pattern::Match) {
        let t = &self.tree;
        let streets = |h: usize| m.code.starts_with("14") && is_venue_noun(t.lemma(h));
        if m.target
            .is_some_and(|h| self.is_topic(v, &m.code, h) || streets(h))
        {
            m.target = None;
        }
    }

    /// Whether actor word `h` is only the topic of consultation `v` (code `code`): a name
    /// inside its object, not the object itself nor a "with" or "between" phrase.
    pub(super) fn is_topic(&self, v: usize, code: &str, h: usize) -> bool {
        let t = &self.tree;
        let Some(o) = t.kid(v, "obj") else {
            return false;
        };
        let inside = std::iter::successors(t.parent(h), |&p| t.parent(p))
            .take(t.len())
            .take_while(|&p| p != v)
            .any(|p| p == o);
        code.starts_with("04")
            && h != o
            && inside
            && !matches!(t.case_of(h), Some("with" | "between"))
    }

    /// Makes the target of a condemnation or rejection of an act (an event noun of the
    /// pattern) the one who acts, when the noun names one: "condemned Russia's attack on
    /// Ukraine", "denounced the Israeli strikes on Gaza", "condemned US sanctions on Venezuela"
    /// blame Russia, Israel and the US, where the pattern's target is the one acted on.
    /// The noun is the target's head or, as the parser often hangs "on Gaza" on the verb, the
    /// object of predicate `v`.
    pub(super) fn blame_the_actor(&self, v: usize, m: &mut crate::pattern::Match) {
        let t = &self.tree;
        if !matches!(m.code.get(..2), Some("11" | "12")) {
            return;
        }
        let of_pattern = |n: &usize| m.words.contains(n) && t.upos(*n) == "NOUN";
        let Some(n) = m
            .target
            .and_then(|h| t.parent(h))
            .filter(of_pattern)
            .or_else(|| t.kid(v, "obj").filter(of_pattern))
        else {
            return;
        };
        if self.coder.dict.noun_event(t.lemma(n)).is_none() {
            return;
        }
        let attacker = t.children(n).iter().copied().find(|&c| {
            Some(c) != m.target
                && (t.full_rel(c) == "nmod:poss" && self.ms.at(c).is_some()
                    || matches!(t.rel(c), "amod" | "compound") && self.names_party(c)
                    || t.rel(c) == "nmod" && t.case_of(c) == Some("by") && self.ms.at(c).is_some())
        });
        if let Some(a) = attacker {
            m.target = Some(a);
        }
    }

    /// "two diplomats *it accused* of spying", "a journalist it had detained": a relative
    /// clause with a subject of its own has the noun it describes as its object, in its gap
    /// or through "whom"/"which". When no pattern word gave predicate `v` a target, that noun
    /// is the target if it names an actor (`is_actor`).
    pub(super) fn gap_target(
        &self,
        v: usize,
        m: &mut crate::pattern::Match,
        is_actor: &dyn Fn(usize) -> bool,
    ) {
        let t = &self.tree;
        if m.target.is_some() || t.full_rel(v) != "acl:relcl" {
            return;
        }
        let Some(n) = t.parent(v).filter(|&n| n < v) else {
            return;
        };
        let relative = |x: usize| RELATIVE.contains(&t.lower(x));
        let gap = t.children(v).iter().all(|&c| {
            !matches!(t.rel(c), "obj" | "ccomp" | "xcomp") || (t.rel(c) == "obj" && relative(c))
        });
        if has_own_subject(t, v) && gap && is_actor(n) {
            m.target = Some(n);
        }
    }

    /// Whose decision, plan or offer infinitive `v` is: "thanked Denmark for *its* decision to
    /// provide jets", "welcomed *Russia's* offer to mediate". Read on the words ("to" right
    /// after the noun), as the parser often hangs the infinitive on the main verb instead.
    fn decider(&self, v: usize) -> Option<(usize, usize)> {
        let t = &self.tree;
        let noun = self.noun_before_to(v)?;
        if !DECISIONS.iter().any(|(d, _)| *d == t.lemma(noun)) {
            return None;
        }
        let owner = t
            .children(noun)
            .iter()
            .copied()
            .find(|&c| t.full_rel(c) == "nmod:poss")?;
        // "thanked Denmark for its decision to …": the one thanked or blamed for it.
        if t.upos(owner) == "PRON" && t.case_of(noun) == Some("for") {
            if let Some(o) = t
                .parent(noun)
                .and_then(|p| t.kid(p, "obj").or(t.kid(p, "iobj")))
            {
                return Some((noun, o));
            }
        }
        Some((noun, owner))
    }

    /// The noun right before the "to" of infinitive `v` ("its decision to …", "a request to
    /// …"), read on the words, as the parser often hangs the infinitive on the main verb.
    fn noun_before_to(&self, v: usize) -> Option<usize> {
        let t = &self.tree;
        let to = t
            .children(v)
            .iter()
            .copied()
            .find(|&c| c < v && t.rel(c) == "mark" && t.lower(c) == "to")?;
        to.checked_sub(1).filter(|&n| t.upos(n) == "NOUN")
    }

    /// Whether noun `n` and its own dependents (but `except`) name no actor: "the embassy", "a
    /// resolution", not "the US embassy" or "a UN resolution".
    /// The actor a verb's "against", "on" or "at" phrase names: whom the verb is turned on.
    fn faced(&self, v: usize) -> Option<usize> {
        let t = &self.tree;
        t.children(v).iter().copied().find(|&c| {
            t.rel(c) == "obl"
                && matches!(t.case_of(c), Some("against" | "on" | "at"))
                && !self.names_nobody(c, None)
        })
    }

    fn names_nobody(&self, n: usize, except: Option<usize>) -> bool {
        let t = &self.tree;
        (n..=n)
            .chain(t.children(n).iter().copied())
            .filter(|&w| Some(w) != except)
            .all(|w| self.ms.at(w).is_none())
    }
}

/// Texts that speak for their authors: "a resolution condemning …", "a statement calling for …".
/// Nouns whose infinitive is their owner's act ("its decision to provide jets"), with the verb
/// whose frame theirs is.
const DECISIONS: &[(&str, &str)] = &[
    ("decision", "decide"),
    ("plan", "plan"),
    ("offer", "offer"),
    ("pledge", "pledge"),
    ("promise", "promise"),
    ("commitment", "commit"),
    ("refusal", "refuse"),
    ("bid", "try"),
    ("attempt", "attempt"),
    ("effort", "try"),
    ("move", "move"),
    ("intention", "intend"),
    ("readiness", "ready"),
    ("willingness", "willing"),
    ("agreement", "agree"),
    ("threat", "threaten"),
    ("vow", "vow"),
];

const DOCUMENTS: &[&str] = &[
    "resolution",
    "draft",
    "statement",
    "declaration",
    "communique",
    "communiqué",
    "letter",
    "decree",
    "motion",
    "report",
    "memorandum",
    "note",
];

/// Verbs that keep a document from being adopted or issued.
const STOPPING: &[&str] = &[
    "veto", "block", "reject", "defeat", "shelve", "scrap", "kill",
];

/// Buildings and places: never the controller of an infinitive after them.
const BUILDINGS: &[&str] = &[
    "embassy",
    "consulate",
    "building",
    "compound",
    "parliament",
    "palace",
    "office",
    "headquarters",
    "base",
    "camp",
    "prison",
    "station",
    "port",
    "airport",
    "hospital",
    "school",
    "mosque",
    "church",
    "village",
    "town",
    "city",
    "area",
    "region",
    "territory",
    // Ways in and out that a state opens or closes: "opened the Rafah crossing to allow aid
    // into Gaza" is Egypt's purpose.
    "crossing",
    "border",
    "airspace",
    "corridor",
    "checkpoint",
    "bridge",
    "road",
    "route",
    "gate",
];

impl SentenceCoder<'_, '_> {
    /// Whether `v`, with no object of its own, says how it was done in a "by" clause whose
    /// verb the dictionary codes: "retaliated by expelling", "responded by shelling". That
    /// clause is the event; `v`'s own default would only repeat it with a guessed code.
    pub(super) fn done_by_means(&self, v: usize) -> bool {
        let t = &self.tree;
        t.kids_with(v, "obj").next().is_none()
            && t.kids_with(v, "advcl").any(|c| {
                t.upos(c) == "VERB"
                    && t.kids_with(c, "mark").any(|m| t.lower(m) == "by")
                    && self.entry_for(c, t.lemma(c)).is_some()
            })
    }

    /// Who accuses the object of a verb by a participle on it, when the participle says nobody:
    /// "Pakistan expelled an Indian diplomat accused of spying" — whoever expels, arrests or
    /// sanctions the accused holds the accusation. `v` is the participle, `accused` the noun it
    /// hangs on; the answer is the subject of the active verb that noun is the object of (or
    /// completes the object of: "imposed sanctions on firms accused of …"), or the agent of the
    /// passive it is the subject of ("A Russian diplomat accused of spying was expelled by
    /// Poland"). A noun joined to the object is an object too.
    pub(super) fn accuser_of_object(&self, v: usize, accused: usize) -> Option<usize> {
        let t = &self.tree;
        if t.full_rel(v) != "acl" || t.tokens[v].xpos != "VBN" || t.parent(v) != Some(accused) {
            return None;
        }
        // A noun joined to another holds its place: "arrested three Americans and two
        // Spaniards accused of …".
        let accused = match t.parent(accused) {
            Some(first) if t.rel(accused) == "conj" => first,
            _ => accused,
        };
        let p = t.parent(accused).filter(|&p| t.upos(p) == "VERB");
        if let Some(p) = p.filter(|_| t.full_rel(accused) == "nsubj:pass") {
            return t
                .kids_with(p, "obl")
                .find(|&c| t.full_rel(c) == "obl:agent");
        }
        // The object, or the object's own phrase: "imposed sanctions *on* three companies
        // accused of helping Russia".
        let p = match p {
            Some(p) if t.rel(accused) == "obj" => p,
            _ => {
                let o = t
                    .parent(accused)
                    .filter(|_| t.rel(accused) == "nmod" && t.case_of(accused).is_some())?;
                t.parent(o)
                    .filter(|&p| t.rel(o) == "obj" && t.upos(p) == "VERB")?
            }
        };
        match self.subject(p) {
            (Some(s), None) => Some(s),
            _ => None,
        }
    }
}

/// Whether `h` is inside a clause that describes a noun below `v` ("an order restricting
/// investment in Chinese firms", "a man who had attacked Iran").
pub(super) fn in_noun_clause(t: &crate::tree::Tree, v: usize, h: usize) -> bool {
    t.on_path_up(h, Some(v), |x| t.rel(x) == "acl")
}

/// A participle hyphened to the word before it that modifies a noun: "the Iran-backed group",
/// "Russian-backed separatists". It describes who stands behind the group (read for its
/// actor elsewhere), not an event of the sentence.
pub(super) fn hyphened_modifier(t: &crate::tree::Tree, v: usize) -> bool {
    t.rel(v) == "amod" && v > 0 && t.lower(v - 1) == "-"
}

/// Whether clause `v` has a subject of its own, not a relative pronoun standing for the noun
/// it describes: "diplomats *it* accused", not "diplomats *who* spied".
fn has_own_subject(t: &crate::tree::Tree, v: usize) -> bool {
    t.kids_with(v, "nsubj")
        .any(|s| !RELATIVE.contains(&t.lower(s)))
}

/// A noun for the open place a crowd fills: "took to the *streets* of Tbilisi".
pub(super) fn is_venue_noun(lemma: &str) -> bool {
    matches!(lemma, "street" | "square" | "road" | "avenue" | "boulevard")
}
