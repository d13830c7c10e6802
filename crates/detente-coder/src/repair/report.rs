//! Reported sentences whose report the parser cut up: "X did Y, officials said".
//!
//! A speech verb has one subject and one report. When the parser gives it two of either, the
//! second belongs to the report: a second subject is the report's own, taken along with the
//! participle that the parser made a reduced relative on it (`attributed_subject`); a second,
//! verbless report is the object of the first (`second_report`).

use detente_nlp::Token;

/// The tokens of a reported sentence whose reporting verb took the report's subject as a
/// second subject, or `None`. "Sudan's army and the RSF agreed to a ceasefire, Saudi Arabia
/// and the United States said" comes out with "said" the root, the army and the United States
/// its two subjects, and "agreed" a reduced relative on the RSF. A speech verb has one subject;
/// when the speech verb has no report of its own and the first of two subjects (or one of its
/// conjuncts) carries a past verb before the comma that opens the attribution, that verb is
/// the sentence's, the first subject its subject, and the speech verb its attribution.
pub fn attributed_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let v = (0..n).find(|&v| {
        tokens[v].upos == "VERB"
            && crate::speech::is_speech_verb(&tokens[v].lemma)
            && kids(v).filter(|&c| tokens[c].deprel == "nsubj").count() == 2
    })?;
    let mut subs = kids(v).filter(|&c| tokens[c].deprel == "nsubj");
    let (a, b) = (subs.next()?, subs.next()?);
    let heads = std::iter::once(a).chain(kids(a).filter(|&c| tokens[c].deprel == "conj"));
    let p = heads.into_iter().find_map(|h| {
        kids(h).find(|&c| {
            tokens[c].deprel == "acl"
                && tokens[c].upos == "VERB"
                && matches!(tokens[c].xpos.as_str(), "VBD" | "VBN")
                && c < b
        })
    })?;
    // A speech verb that has its report ("stole …, the FBI said") needs none of this. A
    // "report" with no verb is the object the participle lost: "shot down *35* of the 40
    // missiles, the air force said".
    let clausal = |c: usize| matches!(tokens[c].deprel.as_str(), "ccomp" | "xcomp");
    let lost = |c: usize| {
        clausal(c) && p < c && c < b && !matches!(tokens[c].upos.as_str(), "VERB" | "AUX")
    };
    let reported = kids(v).any(|c| clausal(c) && !lost(c));
    if v < p || reported || !(p + 1..b).any(|i| tokens[i].form == ",") {
        return None;
    }
    let mut out = tokens.to_vec();
    out[p].head = tokens[v].head;
    out[p].deprel = tokens[v].deprel.clone();
    out[a].head = p + 1;
    out[v].head = p + 1;
    out[v].deprel = "parataxis".into();
    for c in kids(v).filter(|&c| lost(c)) {
        out[c].head = p + 1;
        out[c].deprel = "obj".into();
    }
    // The final stop, and what else closes the sentence after the speech verb, hang on the
    // reported verb.
    for c in kids(v).filter(|&c| c > v && tokens[c].deprel == "punct") {
        out[c].head = p + 1;
    }
    Some(out)
}

/// The tokens of a reported sentence whose report's object the parser took for a second
/// report, or `None`. "The army shot down two drones over the city, officials said" comes out
/// with "shot" and "drones" both reports of "said". When a speech verb after them has two
/// reports, the first a clause with a subject and no object or complement, the second a
/// phrase with no verb, the second is the first's object.
pub fn second_report(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let (a, b) = (0..n).find_map(|v| {
        if tokens[v].upos != "VERB" || !crate::speech::is_speech_verb(&tokens[v].lemma) {
            return None;
        }
        let mut reports = kids(v).filter(|&c| tokens[c].deprel == "ccomp");
        let (a, b) = (reports.next()?, reports.next()?);
        let clause = tokens[a].upos == "VERB"
            && kids(a).any(|c| tokens[c].deprel.starts_with("nsubj"))
            && !kids(a).any(|c| matches!(tokens[c].deprel.as_str(), "obj" | "ccomp" | "xcomp"));
        let phrase = matches!(tokens[b].upos.as_str(), "NOUN" | "PROPN" | "NUM" | "PRON");
        (reports.next().is_none() && a < b && b < v && clause && phrase).then_some((a, b))
    })?;
    let mut out = tokens.to_vec();
    out[b].head = a + 1;
    out[b].deprel = "obj".into();
    Some(out)
}
