//! Reported sentences whose report the parser cut up: "X did Y, officials said".
//!
//! A closing attribution is no part of the object before it (`attribution_as_relative`).
//! A speech verb has one subject and one report. When the parser gives it two of either, the
//! second belongs to the report: a second subject is the report's own, taken along with the
//! participle that the parser made a reduced relative on it (`attributed_subject`); a second,
//! verbless report is the object of the first (`second_report`); a second subject before the
//! attribution's comma, of a speech verb hung on the verb before it, is that verb's object
//! (`object_as_second_subject`); a first speaker the parser hung before the attribution's
//! comma is the speech verb's subject (`first_speaker`). What harm a participle after
//! the attribution tells of was done by the report's subject, not by the speaker
//! (`harm_after_attribution`).

use detente_nlp::Token;

/// The tokens with a closing attribution hung back on the main verb, or `None`. "The Kremlin
/// dismissed the report, spokesman Dmitry Peskov told reporters" comes out with "told" a
/// relative clause or a reduced one on "report", or a conjunct of "dismissed" with Peskov in
/// apposition to the report, and so Peskov inside the object, the target of the dismissal
/// (in a headline, a phrase or clause of the verb before: "…, U.S. Navy says"). A
/// comma, a name or noun phrase and a speech verb that end the sentence (with at most its
/// addressee and a time after it) are the attribution of what precedes: the phrase becomes the
/// speech verb's subject, and the speech verb a `parataxis` of the verb before the comma.
pub fn attribution_as_relative(tokens: &[Token]) -> Option<Vec<Token>> {
    // Attributions are short: a few words of subject, a few after the verb.
    const REACH: usize = 8;
    let n = tokens.len();
    // The speech verb: the last verb, within reach of the end.
    let s = (n.saturating_sub(REACH)..n)
        .rev()
        .find(|&i| tokens[i].upos == "VERB")?;
    let ts = &tokens[s];
    // (In a headline without a full stop the verb also comes out as a phrase or a clause of
    // the verb before it: "Iran seizes oil tanker in Gulf of Oman, U.S. Navy says".)
    let headline = tokens
        .last()
        .is_some_and(|t| !matches!(t.form.as_str(), "." | "!" | "?"));
    let misread = if headline {
        "acl:relcl acl conj obl advcl xcomp dep"
    } else {
        // A complement too: a speech verb with its own subject after the comma reports
        // nothing the verb before it says ("… agreed to a ceasefire, the United States said").
        "acl:relcl acl conj ccomp"
    };
    if !misread.split(' ').any(|r| r == ts.deprel)
        || !crate::speech::is_speech_verb(&ts.lemma.to_lowercase())
    {
        return None;
    }
    let kids = || (0..n).filter(move |&i| tokens[i].head == s + 1);
    if kids().any(|c| {
        tokens[c].deprel == "mark"
            || (c < s && super::RELATIVES.contains(&tokens[c].form.to_lowercase().as_str()))
    }) {
        return None;
    }
    // After the verb: its own words and punctuation only.
    if !(s + 1..n).all(|i| super::near(tokens, i, s, REACH) || tokens[i].upos == "PUNCT") {
        return None;
    }
    // Before it: ", PHRASE", one phrase whose head is a name or noun.
    let comma = (s.saturating_sub(REACH)..s)
        .rev()
        .find(|&i| tokens[i].form == ",")?;
    let phrase = comma + 1..s;
    if phrase.is_empty() || comma == 0 {
        return None;
    }
    let inside = |i: usize| {
        let h = tokens[i].head;
        h > comma + 1 && h <= s
    };
    let mut heads = phrase.clone().filter(|&i| !inside(i));
    let h = heads.next()?;
    if heads.next().is_some() || !matches!(tokens[h].upos.as_str(), "PROPN" | "NOUN") {
        return None;
    }
    // The verb the words before the comma depend on.
    let mut v = comma; // 1-based id of the word before the comma
    for _ in 0..n.min(64) {
        match tokens.get(v.wrapping_sub(1)) {
            Some(t) if t.upos == "VERB" || t.head == 0 => break,
            Some(t) => v = t.head,
            None => return None,
        }
    }
    if v == 0 || v == s + 1 || tokens[v - 1].upos != "VERB" {
        return None;
    }
    let mut fixed = tokens.to_vec();
    fixed[h].head = s + 1;
    fixed[h].deprel = "nsubj".into();
    fixed[s].head = v;
    fixed[s].deprel = "parataxis".into();
    // A comma the parser hung inside the phrase belongs to the clause it opens.
    fixed[comma].head = s + 1;
    Some(fixed)
}

/// The tokens of a reported sentence whose reporting verb took the report's subject as a
/// second subject, or `None`. "Sudan's army and the RSF agreed to a ceasefire, Saudi Arabia
/// and the United States said" comes out with "said" the root, the army and the United States
/// its two subjects (or three, each country one), and "agreed" a reduced relative on the RSF.
/// A speech verb has one subject; when the speech verb has no report of its own and the first
/// of its subjects (or one of its conjuncts) carries a past verb before the comma that opens
/// the attribution, that verb is the sentence's, the first subject its subject, and the speech
/// verb its attribution. What the speech verb took between that verb and the comma ("on
/// Saturday", "to a ceasefire") is the reported verb's.
pub fn attributed_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let v = (0..n).find(|&v| {
        tokens[v].upos == "VERB"
            && crate::speech::is_speech_verb(&tokens[v].lemma)
            && kids(v).filter(|&c| tokens[c].deprel == "nsubj").count() >= 2
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
    if v < p || reported {
        return None;
    }
    let comma = (p + 1..b).rev().find(|&i| tokens[i].form == ",")?;
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
    let taken = |c: usize| {
        p < c && c < comma && (tokens[c].deprel.starts_with("obl") || tokens[c].deprel == "advmod")
    };
    for c in kids(v).filter(|&c| taken(c)) {
        out[c].head = p + 1;
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

/// The tokens of a reported sentence whose report's object the parser took for a second
/// subject of the attribution, or `None`. "Russia launched more than 50 missiles at Ukraine's
/// grid overnight, Ukrainian officials said" comes out with "said" a complement of "launched"
/// and both "missiles" and "officials" its subjects. A speech verb after the verb it hangs on
/// has one subject, the one after the comma; a noun phrase between the verb and that comma,
/// when the verb has no object, is the verb's object.
pub fn object_as_second_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let b = (0..n).find_map(|s| {
        let v = tokens[s].head.checked_sub(1)?;
        let attribution = tokens[s].upos == "VERB"
            && crate::speech::is_speech_verb(&tokens[s].lemma)
            && matches!(tokens[s].deprel.as_str(), "ccomp" | "parataxis")
            && tokens[v].upos == "VERB"
            && v < s
            && !kids(v)
                .any(|c| c != s && matches!(tokens[c].deprel.as_str(), "obj" | "ccomp" | "xcomp"));
        if !attribution {
            return None;
        }
        let mut subjects = kids(s).filter(|&c| tokens[c].deprel == "nsubj");
        let (b, c) = (subjects.next()?, subjects.next()?);
        let comma = (b + 1..c).any(|i| tokens[i].form == ",");
        let phrase = matches!(tokens[b].upos.as_str(), "NOUN" | "PROPN" | "NUM");
        (subjects.next().is_none() && v < b && c < s && comma && phrase).then_some((b, v))
    });
    let (b, v) = b?;
    let mut out = tokens.to_vec();
    out[b].head = v + 1;
    out[b].deprel = "obj".into();
    Some(out)
}

/// The tokens with the adverbials that a closing attribution took from before its comma given
/// back to the verb before the comma, or `None`. "Russia launched more than 50 missiles at
/// Ukraine's energy infrastructure overnight, Ukrainian officials said" can come out with
/// "infrastructure" an oblique of "said", and the attack with no target. A speech verb hung on
/// the verb before it, with its subject after the comma between them, takes nothing from
/// before that comma but its report: an oblique or adverb there is the first verb's.
pub fn adverbial_across_comma(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let mut out: Option<Vec<Token>> = None;
    for s in 0..n {
        let Some(v) = tokens[s].head.checked_sub(1) else {
            continue;
        };
        let attribution = tokens[s].upos == "VERB"
            && crate::speech::is_speech_verb(&tokens[s].lemma)
            && matches!(tokens[s].deprel.as_str(), "ccomp" | "parataxis" | "advcl")
            && tokens[v].upos == "VERB"
            && v < s;
        if !attribution {
            continue;
        }
        let Some(b) = (v + 1..s).find(|&b| tokens[b].head == s + 1 && tokens[b].deprel == "nsubj")
        else {
            continue;
        };
        let Some(c) = (v + 1..b).rev().find(|&c| tokens[c].form == ",") else {
            continue;
        };
        for k in v + 1..c {
            let adverbial = matches!(tokens[k].deprel.split(':').next(), Some("obl" | "advmod"));
            if tokens[k].head == s + 1 && adverbial {
                let fixed = out.get_or_insert_with(|| tokens.to_vec());
                fixed[k].head = v + 1;
            }
        }
    }
    out
}

/// The tokens with a condition after a report hung on the reported verb, or `None`. "Nigeria
/// announced that it will withdraw its force from Chad unless Oueddei arranged a ceasefire" can
/// come out with the "unless" clause on "announced": an announcement on a condition. What is
/// announced is what the condition bears on: an "if" or "unless" clause after a speech verb's
/// complement, hung on the speech verb, is the complement's.
pub fn condition_after_report(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let c = (0..n).find(|&c| {
        let t = &tokens[c];
        let Some(s) = t.head.checked_sub(1) else {
            return false;
        };
        let condition = t.deprel == "advcl"
            && (0..c).any(|m| {
                tokens[m].head == c + 1
                    && tokens[m].deprel == "mark"
                    && matches!(tokens[m].form.to_lowercase().as_str(), "if" | "unless")
            });
        condition
            && s < c
            && crate::speech::is_speech_verb(&tokens[s].lemma)
            && (s + 1..c).any(|r| tokens[r].head == s + 1 && tokens[r].deprel == "ccomp")
    })?;
    let s = tokens[c].head - 1;
    let r = (s + 1..c)
        .rev()
        .find(|&r| tokens[r].head == s + 1 && tokens[r].deprel == "ccomp")?;
    let mut out = tokens.to_vec();
    out[c].head = r + 1;
    Some(out)
}

/// The tokens of "says it shot down …" with the pronoun the subject of what is said, or `None`.
/// A headline without a full stop ("Ukraine says it shot down 30 Russian drones overnight")
/// comes out of the parser with "it" the object of "says" and "shot" a participle on it: the
/// drones were shot down by nobody. A personal pronoun right after a speech verb, as its
/// object, and a past form right after the pronoun, hung on either, open a reported clause.
pub fn pronoun_report(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let (s, p, v) = (0..n.saturating_sub(2)).find_map(|s| {
        let (p, v) = (s + 1, s + 2);
        let pronoun = &tokens[p];
        let verb = &tokens[v];
        let reported = tokens[s].upos == "VERB"
            && crate::speech::is_speech_verb(&tokens[s].lemma)
            && pronoun.upos == "PRON"
            && pronoun.head == s + 1
            && pronoun.deprel == "obj"
            && ["it", "he", "she", "they", "we"]
                .iter()
                .any(|w| pronoun.form.eq_ignore_ascii_case(w))
            && verb.upos == "VERB"
            && matches!(verb.xpos.as_str(), "VBD" | "VBN")
            && (verb.head == s + 1 || verb.head == p + 1);
        reported.then_some((s, p, v))
    })?;
    let mut out = tokens.to_vec();
    out[v].head = s + 1;
    out[v].deprel = "ccomp".into();
    out[v].xpos = "VBD".into();
    out[p].head = v + 1;
    out[p].deprel = "nsubj".into();
    Some(out)
}

/// Participles of the harm an act did, which news puts after the act and its attribution:
/// "…, officials said, killing three".
const HARM: &[&str] = &[
    "kill", "wound", "injure", "hurt", "maim", "destroy", "damage", "demolish", "flatten", "raze",
    "displace",
];

/// The tokens with a speech verb's first subject of two hung back on it, or `None`. "…
/// to allow the delivery of humanitarian aid, Saudi Arabia and the United States said" comes
/// out with Saudi Arabia in apposition to the aid and the United States alone the speaker. A
/// name between the comma that opens an attribution and the "and" of the speech verb's
/// subject, hung on a word before the comma, is the first of the speakers: the subject, with
/// the second its conjunct.
pub fn first_speaker(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    for v in 0..n {
        if tokens[v].upos != "VERB" || !crate::speech::is_speech_verb(&tokens[v].lemma) {
            continue;
        }
        let mut subjects = kids(v).filter(|&c| tokens[c].deprel.starts_with("nsubj"));
        let (Some(y), None) = (subjects.next(), subjects.next()) else {
            continue;
        };
        // "and" right after the first name: "Saudi Arabia and the United States".
        let Some(cc) = kids(y).find(|&c| c < y && tokens[c].deprel == "cc") else {
            continue;
        };
        let Some(x) = cc.checked_sub(1) else { continue };
        if tokens[x].upos != "PROPN" || y > v {
            continue;
        }
        // The name's phrase opens after a comma, and the name hangs before the comma.
        let Some(comma) = (0..x)
            .rev()
            .find(|&i| !matches!(tokens[i].upos.as_str(), "PROPN" | "ADJ" | "DET"))
        else {
            continue;
        };
        let outside = tokens[x].head.checked_sub(1).is_some_and(|h| h < comma);
        let misread = matches!(
            tokens[x].deprel.as_str(),
            "appos" | "conj" | "nmod" | "list" | "dep" | "obl"
        );
        if tokens[comma].form != "," || !outside || !misread {
            continue;
        }
        let mut out = tokens.to_vec();
        out[x].head = v + 1;
        out[x].deprel = "nsubj".into();
        out[y].head = x + 1;
        out[y].deprel = "conj".into();
        out[comma].head = v + 1;
        return Some(out);
    }
    None
}

/// The tokens of a reported act whose closing participle of harm the parser hung on the
/// attribution, or `None`. "Russian missiles struck Kyiv on Monday, Ukrainian officials said,
/// wounding three civilians" comes out with "wounding" an adverbial clause of "said", and the
/// officials wounding the civilians. An attribution between commas reports what precedes it;
/// a participle of harm after it, with no subject of its own, tells what the reported act did:
/// it hangs on the reported verb (the verb the speech verb is a `parataxis` of, or a conjunct
/// of without "and", or the report the speech verb has before it).
pub fn harm_after_attribution(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let (g, act) = (0..n).find_map(|g| {
        let t = &tokens[g];
        if t.deprel != "advcl" || t.xpos != "VBG" || !HARM.contains(&t.lemma.as_str()) {
            return None;
        }
        let v = t.head.checked_sub(1)?;
        let sv = tokens.get(v)?;
        if v >= g
            || sv.upos != "VERB"
            || !crate::speech::is_speech_verb(&sv.lemma)
            || kids(g).any(|c| tokens[c].deprel.starts_with("nsubj"))
            || tokens.get(g.checked_sub(1)?)?.form != ","
        {
            return None;
        }
        // The attribution: its subject and nothing reported after it.
        if kids(v).any(|c| c > v && matches!(tokens[c].deprel.as_str(), "ccomp" | "obj")) {
            return None;
        }
        // (An attribution between commas the parser joined to the act without "and" is read
        // as a `parataxis` is: "…, the ministry said, wounding …" with "said" a conjunct.)
        let joined = sv.deprel == "conj" && !kids(v).any(|c| tokens[c].deprel == "cc");
        let act = if sv.deprel == "parataxis" || joined {
            sv.head.checked_sub(1).filter(|&h| h < v)?
        } else {
            kids(v).find(|&c| c < v && tokens[c].deprel == "ccomp")?
        };
        (tokens.get(act)?.upos == "VERB").then_some((g, act))
    })?;
    let mut out = tokens.to_vec();
    out[g].head = act + 1;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    // Russian missiles struck Kyiv , Ukrainian officials said , wounding three civilians .
    const STRUCK: &str = "Russian/ADJ/2/amod missiles/NOUN/3/nsubj struck/VERB/0/root/strike \
        Kyiv/PROPN/3/obj ,/PUNCT/3/punct Ukrainian/ADJ/7/amod officials/NOUN/8/nsubj \
        said/VERB/3/parataxis/say ,/PUNCT/10/punct";

    #[test]
    fn an_adverbial_before_the_attributions_comma_is_the_first_verbs() {
        // Russia launched missiles at Ukraine overnight , officials said on Wednesday .
        let s = sent(
            "Russia/PROPN/2/nsubj launched/VERB/0/root/launch/VBD missiles/NOUN/2/obj \
             at/ADP/5/case Ukraine/PROPN/9/obl overnight/ADV/5/advmod ,/PUNCT/9/punct \
             officials/NOUN/9/nsubj said/VERB/2/ccomp/say/VBD on/ADP/11/case \
             Wednesday/PROPN/9/obl ./PUNCT/2/punct",
        );
        let out = adverbial_across_comma(&s.tokens).expect("repaired");
        assert_eq!((out[4].head, out[4].deprel.as_str()), (2, "obl"));
        assert_eq!(
            out[10].head, 9,
            "the day after the verb stays the speech verb's"
        );
        // An opening adverbial before the speaker ("In May, officials said …") is the speech
        // verb's own: nothing is hung on a verb before its comma.
        let s = sent(
            "In/ADP/2/case May/PROPN/5/obl ,/PUNCT/5/punct officials/NOUN/5/nsubj \
             said/VERB/0/root/say/VBD Russia/PROPN/7/nsubj attacked/VERB/5/ccomp/attack/VBD",
        );
        assert!(adverbial_across_comma(&s.tokens).is_none());
    }

    #[test]
    fn a_condition_after_the_report_is_the_reported_acts() {
        // Nigeria announced that it will withdraw unless Oueddei arranged a ceasefire .
        let spec = |cond: &str| {
            format!(
                "Nigeria/PROPN/2/nsubj announced/VERB/0/root/announce/VBD that/SCONJ/6/mark \
                 it/PRON/6/nsubj will/AUX/6/aux withdraw/VERB/2/ccomp/withdraw/VB \
                 {cond}/SCONJ/9/mark Oueddei/PROPN/9/nsubj arranged/VERB/2/advcl/arrange/VBD \
                 a/DET/11/det ceasefire/NOUN/9/obj ./PUNCT/2/punct"
            )
        };
        let s = sent(&spec("unless"));
        let out = condition_after_report(&s.tokens).expect("repaired");
        assert_eq!((out[8].head, out[8].deprel.as_str()), (6, "advcl"));
        // A clause of time is left where the parser hung it.
        assert!(condition_after_report(&sent(&spec("after")).tokens).is_none());
    }

    #[test]
    fn a_pronoun_after_says_is_the_subject_of_what_is_said() {
        // Gondor says it shot down 30 drones
        let s = sent(
            "Gondor/PROPN/2/nsubj says/VERB/0/root/say/VBZ it/PRON/2/obj/it/PRP \
             shot/VERB/3/acl/shoot/VBN down/ADV/4/compound:prt 30/NUM/7/nummod drones/NOUN/4/obl",
        );
        let out = pronoun_report(&s.tokens).expect("repaired");
        assert_eq!(
            (out[3].head, out[3].deprel.as_str(), out[3].xpos.as_str()),
            (2, "ccomp", "VBD")
        );
        assert_eq!((out[2].head, out[2].deprel.as_str()), (4, "nsubj"));
        // "Gondor says it all": no verb after the pronoun.
        let s = sent(
            "Gondor/PROPN/2/nsubj says/VERB/0/root/say/VBZ it/PRON/2/obj/it/PRP all/DET/3/det",
        );
        assert!(pronoun_report(&s.tokens).is_none());
    }

    #[test]
    fn harm_told_after_an_attribution_is_the_reported_acts() {
        let s = sent(&format!(
            "{STRUCK} wounding/VERB/8/advcl/wound/VBG three/NUM/12/nummod \
             civilians/NOUN/10/obj ./PUNCT/3/punct"
        ));
        let out = harm_after_attribution(&s.tokens).expect("repaired");
        assert_eq!((out[9].head, out[9].deprel.as_str()), (3, "advcl"));
        // The report before the speech verb, when the parser made the speech verb the root.
        let s = sent(
            "Troops/NOUN/2/nsubj shelled/VERB/6/ccomp/shell positions/NOUN/2/obj ,/PUNCT/2/punct \
             officials/NOUN/6/nsubj said/VERB/0/root/say ,/PUNCT/8/punct \
             killing/VERB/6/advcl/kill/VBG two/NUM/8/obj ./PUNCT/6/punct",
        );
        let out = harm_after_attribution(&s.tokens).expect("repaired");
        assert_eq!(out[7].head, 2);
        // The attribution made a conjunct of the act, without "and"; with it, it is one.
        let joined = STRUCK.replace("said/VERB/3/parataxis", "said/VERB/3/conj");
        let harm = "wounding/VERB/8/advcl/wound/VBG three/NUM/12/nummod civilians/NOUN/10/obj";
        let s = sent(&format!("{joined} {harm} ./PUNCT/3/punct"));
        let out = harm_after_attribution(&s.tokens).expect("repaired");
        assert_eq!(out[9].head, 3);
        let s = sent(&format!(
            "{} {harm} ./PUNCT/3/punct",
            joined.replace(",/PUNCT/3/punct", "and/CCONJ/8/cc")
        ));
        assert!(harm_after_attribution(&s.tokens).is_none());
    }

    #[test]
    fn a_first_speaker_hung_before_the_attribution_is_the_speech_verbs_subject() {
        // They allowed aid , Saudi Arabia and the States said .
        let s = sent(
            "They/PRON/2/nsubj allowed/VERB/0/root/allow aid/NOUN/2/obj ,/PUNCT/6/punct \
             Saudi/ADJ/6/amod Arabia/PROPN/3/appos and/CCONJ/9/cc the/DET/9/det \
             States/PROPN/10/nsubj said/VERB/2/parataxis/say ./PUNCT/2/punct",
        );
        let out = first_speaker(&s.tokens).expect("repaired");
        assert_eq!((out[5].head, out[5].deprel.as_str()), (10, "nsubj"));
        assert_eq!((out[8].head, out[8].deprel.as_str()), (6, "conj"));
        assert_eq!(out[3].head, 10);
        // A common noun there is no speaker ("…, aid workers and the States said"), and no
        // comma opens an attribution in "allowed aid to Saudi Arabia and the States said".
        let s = sent(
            "They/PRON/2/nsubj allowed/VERB/0/root/allow aid/NOUN/2/obj ,/PUNCT/6/punct \
             aid/NOUN/6/compound workers/NOUN/3/appos and/CCONJ/9/cc the/DET/9/det \
             States/PROPN/10/nsubj said/VERB/2/parataxis/say",
        );
        assert!(first_speaker(&s.tokens).is_none());
        let s = sent(
            "They/PRON/2/nsubj allowed/VERB/0/root/allow aid/NOUN/2/obj to/ADP/6/case \
             Saudi/ADJ/6/amod Arabia/PROPN/3/nmod and/CCONJ/9/cc the/DET/9/det \
             States/PROPN/10/nsubj said/VERB/2/parataxis/say",
        );
        assert!(first_speaker(&s.tokens).is_none());
    }

    #[test]
    fn the_speakers_own_participles_and_reports_stay_with_the_speaker() {
        // "…, officials said, adding that …" and "…, officials said, accusing Moscow …": no harm.
        for (form, lemma) in [("adding", "add"), ("accusing", "accuse")] {
            let s = sent(&format!(
                "{STRUCK} {form}/VERB/8/advcl/{lemma}/VBG Moscow/PROPN/10/obj ./PUNCT/3/punct"
            ));
            assert!(harm_after_attribution(&s.tokens).is_none(), "{form}");
        }
        // A participle with its own subject, and one after a speech verb that reports it.
        let s = sent(&format!(
            "{STRUCK} the/DET/11/det blast/NOUN/12/nsubj killing/VERB/8/advcl/kill/VBG \
             two/NUM/12/obj ./PUNCT/3/punct"
        ));
        assert!(harm_after_attribution(&s.tokens).is_none());
        let s = sent(
            "Officials/NOUN/2/nsubj said/VERB/0/root/say ,/PUNCT/4/punct \
             killing/VERB/2/advcl/kill/VBG two/NUM/4/obj ./PUNCT/2/punct",
        );
        assert!(harm_after_attribution(&s.tokens).is_none());
    }
}
