//! "The leaders of France and Germany met in Paris" sometimes comes out with "Germany" a second
//! subject of "met" and the "and" on the verb: the meeting is then France's alone. A verb has
//! one subject; a second one that "and" (or "or") joins to the end of the first's phrase is a
//! conjunct in that phrase, of the noun the phrase ends in ("France"), so that a role the
//! phrase names ("leaders of") holds for both. So is a second name that a comma joins to a
//! first that opens the sentence, as headlines list parties ("China, Australia agree …").
//! And a verb with no subject takes the noun hung on it as a `compound` ("Court sentences …").

use detente_nlp::Token;

/// The tokens with a verb's second subject joined to the first's phrase, or `None`.
pub fn joined_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    // The first and last word of a word's subtree (bounded walks).
    let span = |x: usize| {
        let mut ws = (0..n).filter(|&i| super::within(tokens, i, x));
        let first = ws.next().unwrap_or(x);
        (first, ws.next_back().unwrap_or(first).max(x))
    };
    for (v, &s) in super::subjects(tokens).iter().enumerate() {
        let (2, a, b) = s else {
            continue;
        };
        let nominal = |x: usize| matches!(tokens[x].upos.as_str(), "NOUN" | "PROPN");
        if !(nominal(a) && nominal(b) && a < b && b < v) {
            continue;
        }
        let ((a0, a1), (b0, _)) = (span(a), span(b));
        let Some(cc) = b0.checked_sub(1) else {
            continue;
        };
        let joins = matches!(tokens[cc].form.to_lowercase().as_str(), "and" | "or")
            && tokens[cc].upos == "CCONJ";
        // A headline lists its subjects with a comma: "China, Australia agree to …".
        let names = tokens[a].upos == "PROPN" && tokens[b].upos == "PROPN";
        let listed = tokens[cc].form == "," && a0 == 0 && names;
        // (The parser may hang the comma on the first name.)
        let next = a1 + 1 == cc || (listed && a1 == cc);
        if !(joins || listed) || !next {
            continue;
        }
        // The noun the first phrase ends in: down its last modifier phrases ("of France").
        let mut head = a;
        for _ in 0..4 {
            let last = kids(head).rfind(|&c| tokens[c].deprel == "nmod" && span(c).1 == a1);
            match last {
                Some(m) => head = m,
                None => break,
            }
        }
        let mut out = tokens.to_vec();
        out[b].head = head + 1;
        out[b].deprel = "conj".into();
        out[cc].head = b + 1;
        out[cc].deprel = if joins { "cc" } else { "punct" }.into();
        return Some(out);
    }
    None
}

/// The tokens with a capitalised word read as a name before "and" and an adjective made that
/// adjective's fellow on the noun after it, or `None`. "Azerbaijani and Armenian forces
/// exchanged fire" comes out with "Azerbaijani" a proper noun and a subject of its own, so
/// that only the Armenians are forces (with "Armenian" the name's conjunct or the noun's
/// modifier); "Indian and Chinese troops" parses as two adjectives
/// on "troops". A proper noun whose conjunct is the capitalised adjective right after "and",
/// itself right before the noun, modifies that noun as the adjective does.
pub fn adjective_pair(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    for a in 0..n.saturating_sub(3) {
        let (cc, b, noun) = (a + 1, a + 2, a + 3);
        let capital = |i: usize| tokens[i].form.starts_with(|c: char| c.is_uppercase());
        // The adjective is the name's conjunct, or the noun's own modifier with the name a
        // second subject beside the noun ("and" then hangs on either).
        let paired = (tokens[b].deprel == "conj" && tokens[b].head == a + 1)
            || (tokens[b].deprel == "amod" && tokens[b].head == noun + 1);
        if tokens[a].upos != "PROPN"
            || tokens[b].upos != "ADJ"
            || !paired
            || tokens[noun].upos != "NOUN"
            || tokens[a].head == noun + 1
            || !capital(a)
            || !capital(b)
            || !(tokens[cc].form.eq_ignore_ascii_case("and")
                || tokens[cc].form.eq_ignore_ascii_case("or"))
        {
            continue;
        }
        // The noun heads its own phrase where the name stood: same head, a subject or object.
        if tokens[noun].head != tokens[a].head
            || !matches!(tokens[noun].deprel.as_str(), "nsubj" | "obj" | "nsubj:pass")
        {
            continue;
        }
        let mut out = tokens.to_vec();
        out[a].head = noun + 1;
        out[a].deprel = "amod".into();
        out[a].upos = "ADJ".into();
        out[a].xpos = "JJ".into();
        out[b].head = a + 1;
        out[b].deprel = "conj".into();
        out[cc].head = b + 1;
        out[cc].deprel = "cc".into();
        return Some(out);
    }
    None
}

/// Words that open a clause of time or cause and can also be prepositions.
const SUBORDINATORS: &[&str] = &["after", "before", "since", "until", "till", "once", "as"];

/// The tokens with a clause's conjoined subject freed from the word that opens the clause, or
/// `None`. "… failed on Friday after Russia and China vetoed it" comes out with "after Russia"
/// a phrase of the main clause and "and China vetoed it" a second main clause: the veto is
/// China's alone; or with "China" a conjunct of "Russia" and "vetoed" a complement of "pass"
/// with no subject. A subordinator read as the preposition of a name, that name (perhaps
/// joined by "and" to a second) right before a finite verb that has no subject but the second
/// name and hangs as a clause or conjunct on a verb, is that verb's clause: the subordinator
/// marks it, the names are its subject.
pub fn subordinate_subjects(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let nominal = |i: usize| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN");
    let finite = |i: usize| {
        tokens[i].upos == "VERB" && matches!(tokens[i].xpos.as_str(), "VBD" | "VBZ" | "VBP")
    };
    for p in 0..n {
        let opens = SUBORDINATORS
            .iter()
            .any(|w| tokens[p].form.eq_ignore_ascii_case(w));
        if !opens || tokens[p].deprel != "case" {
            continue;
        }
        let Some(x) = tokens[p].head.checked_sub(1) else {
            continue;
        };
        // Names only: "after midnight and the envoys left" is a phrase and a second clause.
        let name = |i: usize| tokens[i].upos == "PROPN";
        if x <= p || x >= n || !name(x) || !matches!(tokens[x].deprel.as_str(), "obl" | "nmod") {
            continue;
        }
        // Perhaps "and", then a noun phrase, up to a finite verb: "and China vetoed", "and the
        // RSF agreed".
        let Some(next) = (x + 1..n).find(|&i| !nominal(i)) else {
            continue;
        };
        let joins = tokens[next].upos == "CCONJ"
            && (tokens[next].form.eq_ignore_ascii_case("and")
                || tokens[next].form.eq_ignore_ascii_case("or"));
        let v = if joins {
            let Some(v) = (next + 1..n).find(|&i| {
                !nominal(i) && !matches!(tokens[i].upos.as_str(), "DET" | "ADJ" | "NUM")
            }) else {
                continue;
            };
            if v - 1 <= next || !name(v - 1) {
                continue;
            }
            v
        } else {
            next
        };
        // The verb has no subject but the second name: the parser made it a conjunct of the
        // main verb, or a complement or clause of some verb.
        let clausal = matches!(
            tokens[v].deprel.as_str(),
            "conj" | "xcomp" | "ccomp" | "advcl" | "parataxis" | "dep"
        );
        if !finite(v) || !clausal {
            continue;
        }
        let Some(main) = tokens[v].head.checked_sub(1) else {
            continue;
        };
        let y = joins.then(|| v - 1);
        let other_subject = (0..n).any(|i| {
            Some(i) != y && tokens[i].head == v + 1 && tokens[i].deprel.starts_with("nsubj")
        });
        if main >= n || tokens[main].upos != "VERB" || other_subject {
            continue;
        }
        let mut out = tokens.to_vec();
        out[v].deprel = "advcl".into();
        out[p].head = v + 1;
        out[p].deprel = "mark".into();
        out[p].upos = "SCONJ".into();
        out[x].head = v + 1;
        out[x].deprel = "nsubj".into();
        if let Some(y) = y {
            out[y].head = x + 1;
            out[y].deprel = "conj".into();
            out[next].head = y + 1;
            out[next].deprel = "cc".into();
        }
        return Some(out);
    }
    None
}

/// The tokens with a noun hung as `compound` on a finite verb that has no subject made that
/// subject, or `None`.
pub fn compound_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let mut out: Option<Vec<Token>> = None;
    for (v, tv) in tokens.iter().enumerate() {
        if !super::finite(tv) {
            continue;
        }
        let kids = || (0..tokens.len()).filter(move |&i| tokens[i].head == v + 1);
        if kids().any(|c| tokens[c].deprel.starts_with("nsubj")) {
            continue;
        }
        // The last noun before the verb: "Court" of "Court sentences".
        let Some(c) = kids().filter(|&c| c < v).rfind(|&c| {
            tokens[c].deprel == "compound" && matches!(tokens[c].upos.as_str(), "NOUN" | "PROPN")
        }) else {
            continue;
        };
        out.get_or_insert_with(|| tokens.to_vec())[c].deprel = "nsubj".into();
    }
    out
}

/// The tokens with the first of two adjacent subjects of one verb made a compound of the
/// second, or `None`.
pub fn split_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    // The span a word's subtree covers.
    let span = |x: usize| {
        let ws: Vec<usize> = (0..n).filter(|&i| super::within(tokens, i, x)).collect();
        (
            ws.first().copied().unwrap_or(x),
            ws.last().copied().unwrap_or(x),
        )
    };
    let mut pairs = super::subjects(tokens);
    // A title the parser made an object before the verb and its subject ("first Deputy Prime
    // Minister Telemar left", "Deputy" the object of "left"): declarative news does not front
    // its objects, so it stands for a first subject.
    for (a, t) in tokens.iter().enumerate() {
        let v = t.head.wrapping_sub(1);
        if let Some(p) = pairs.get_mut(v).filter(|p| t.deprel == "obj" && p.0 == 1) {
            if a < p.1 && p.1 < v {
                *p = (2, a, p.1);
            }
        }
    }
    for (v, &s) in pairs.iter().enumerate() {
        let (2, a, b) = s else { continue };
        let nominal = |x: usize| matches!(tokens[x].upos.as_str(), "NOUN" | "PROPN");
        if !nominal(a) || !nominal(b) || b > v {
            continue;
        }
        let ((a0, a1), (b0, _)) = (span(a), span(b));
        // A title is a plain noun phrase: no preposition, conjunction, punctuation or verb in
        // it or before the name ("Ithilen and the government of Gondor warned", "Gollum centre
        // of a row between Radagast the Brown called" are something else).
        let plain = (a0..b).all(|i| {
            !matches!(
                tokens[i].upos.as_str(),
                "ADP" | "CCONJ" | "PUNCT" | "VERB" | "AUX" | "SCONJ"
            )
        });
        if a1 + 1 != b0 || !plain {
            continue;
        }
        let mut out = tokens.to_vec();
        out[a].head = b + 1;
        out[a].deprel = "compound".into();
        // What opened the title but hung on the verb ("Dagolath's") is the title's.
        for i in (0..a0).rev() {
            let opener = matches!(tokens[i].deprel.as_str(), "nmod:poss" | "det" | "amod");
            if tokens[i].head == v + 1 && opener {
                out[i].head = a + 1;
            } else if !super::within(tokens, i, a) && tokens[i].upos != "PART" {
                break;
            }
        }
        return Some(out);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn a_second_subject_after_and_is_a_conjunct_of_the_noun_the_first_ends_in() {
        // The leaders of France and Germany met in Paris.
        let s = sent("The/DET/2/det leaders/NOUN/7/nsubj of/ADP/4/case France/PROPN/2/nmod and/CCONJ/7/cc Germany/PROPN/7/nsubj met/VERB/0/root/meet in/ADP/9/case Paris/PROPN/7/obl");
        let out = joined_subject(&s.tokens).expect("repaired");
        assert_eq!((out[5].head, out[5].deprel.as_str()), (4, "conj"));
        assert_eq!((out[4].head, out[4].deprel.as_str()), (6, "cc"));
        // The envoy and Germany met: the conjunct of the subject itself.
        let s = sent("The/DET/2/det envoy/NOUN/5/nsubj and/CCONJ/5/cc Germany/PROPN/5/nsubj met/VERB/0/root/meet");
        let out = joined_subject(&s.tokens).expect("repaired");
        assert_eq!((out[3].head, out[3].deprel.as_str()), (2, "conj"));
    }

    #[test]
    fn a_headlines_names_listed_with_a_comma_are_conjuncts() {
        // China, Australia agree to stabilise ties
        let s = sent("China/PROPN/4/nsubj ,/PUNCT/1/punct Australia/PROPN/4/nsubj agree/VERB/0/root/agree to/PART/6/mark stabilise/VERB/4/xcomp ties/NOUN/6/obj");
        let out = joined_subject(&s.tokens).expect("repaired");
        assert_eq!((out[2].head, out[2].deprel.as_str()), (1, "conj"));
        assert_eq!((out[1].head, out[1].deprel.as_str()), (3, "punct"));
        // Not inside the sentence: "Yesterday in Kyiv, Zelensky said" is no list.
        let s = sent("Yesterday/NOUN/5/obl:tmod Kyiv/PROPN/5/nsubj ,/PUNCT/2/punct Zelensky/PROPN/5/nsubj said/VERB/0/root/say");
        assert!(joined_subject(&s.tokens).is_none());
    }

    #[test]
    fn subjects_not_joined_by_and_are_left_alone() {
        // Side by side ("Deputy Telemar left") or apart ("…, the US said"): other repairs.
        let s = sent("Deputy/PROPN/3/nsubj Telemar/PROPN/3/nsubj left/VERB/0/root/leave");
        assert!(joined_subject(&s.tokens).is_none());
        let s = sent("Iran/PROPN/2/nsubj agreed/VERB/6/ccomp/agree ,/PUNCT/6/punct the/DET/5/det US/PROPN/6/nsubj said/VERB/0/root/say");
        assert!(joined_subject(&s.tokens).is_none());
    }

    #[test]
    fn a_subordinator_read_as_a_preposition_gives_its_clause_both_subjects() {
        // It failed after Russia and China vetoed it.
        let s = sent("It/PRON/2/nsubj failed/VERB/0/root/fail after/ADP/4/case Russia/PROPN/2/obl and/CCONJ/7/cc China/PROPN/7/nsubj vetoed/VERB/2/conj/veto/VBD it/PRON/7/obj");
        let out = subordinate_subjects(&s.tokens).expect("repaired");
        assert_eq!((out[6].head, out[6].deprel.as_str()), (2, "advcl"));
        assert_eq!((out[2].head, out[2].deprel.as_str()), (7, "mark"));
        assert_eq!((out[3].head, out[3].deprel.as_str()), (7, "nsubj"));
        assert_eq!((out[5].head, out[5].deprel.as_str()), (4, "conj"));
        assert_eq!((out[4].head, out[4].deprel.as_str()), (6, "cc"));
        // The names joined, the verb a complement with no subject: "It failed to pass the
        // council after Russia and China vetoed it".
        let s = sent("It/PRON/2/nsubj failed/VERB/0/root/fail to/PART/4/mark pass/VERB/2/xcomp/pass the/DET/6/det council/NOUN/4/obj after/ADP/8/case Russia/PROPN/6/nmod and/CCONJ/10/cc China/PROPN/8/conj vetoed/VERB/4/xcomp/veto/VBD it/PRON/11/obj");
        let out = subordinate_subjects(&s.tokens).expect("repaired");
        assert_eq!((out[10].head, out[10].deprel.as_str()), (4, "advcl"));
        assert_eq!((out[6].head, out[6].deprel.as_str()), (11, "mark"));
        assert_eq!((out[7].head, out[7].deprel.as_str()), (11, "nsubj"));
        assert_eq!((out[9].head, out[9].deprel.as_str()), (8, "conj"));
        // One name: "It failed after Russia vetoed it".
        let s = sent("It/PRON/2/nsubj failed/VERB/0/root/fail after/ADP/4/case Russia/PROPN/2/obl vetoed/VERB/2/conj/veto/VBD it/PRON/5/obj");
        let out = subordinate_subjects(&s.tokens).expect("repaired");
        assert_eq!((out[3].head, out[3].deprel.as_str()), (5, "nsubj"));
        // A phrase of time before a conjoined clause with a subject of its own stays: "Talks
        // ended after midnight and the envoys left".
        let s = sent("Talks/NOUN/2/nsubj ended/VERB/0/root/end after/ADP/4/case midnight/NOUN/2/obl and/CCONJ/8/cc the/DET/7/det envoys/NOUN/8/nsubj left/VERB/2/conj/leave/VBD");
        assert!(subordinate_subjects(&s.tokens).is_none());
        // A preposition that opens no clause ("with Russia and China vetoed …") is left alone.
        let s = sent("It/PRON/2/nsubj failed/VERB/0/root/fail with/ADP/4/case Russia/PROPN/2/obl and/CCONJ/7/cc China/PROPN/7/nsubj vetoed/VERB/2/conj/veto/VBD it/PRON/7/obj");
        assert!(subordinate_subjects(&s.tokens).is_none());
    }

    #[test]
    fn a_name_joined_to_an_adjective_on_a_noun_is_an_adjective_too() {
        // Azerbaijani and Armenian forces exchanged fire.
        let s = sent("Azerbaijani/PROPN/5/nsubj and/CCONJ/3/cc Armenian/ADJ/1/conj forces/NOUN/5/nsubj exchanged/VERB/0/root/exchange fire/NOUN/5/obj");
        let out = adjective_pair(&s.tokens).expect("repaired");
        assert_eq!((out[0].head, out[0].deprel.as_str()), (4, "amod"));
        assert_eq!(out[0].upos.as_str(), "ADJ");
        // The same with "Armenian" read as the noun's modifier and "and" hung on the noun.
        let s = sent("Azerbaijani/PROPN/5/nsubj and/CCONJ/4/cc Armenian/ADJ/4/amod forces/NOUN/5/nsubj exchanged/VERB/0/root/exchange fire/NOUN/5/obj");
        let out = adjective_pair(&s.tokens).expect("repaired");
        assert_eq!((out[0].head, out[0].deprel.as_str()), (4, "amod"));
        assert_eq!((out[2].head, out[2].deprel.as_str()), (1, "conj"));
        assert_eq!(out[1].head, 3, "the conjunction joins the adjectives");
        // Two names are two parties: "Gondor and Arnor forces" is left alone, and so is a
        // lower-case adjective ("Gondor and other forces").
        let s = sent("Gondor/PROPN/5/nsubj and/CCONJ/3/cc Arnor/PROPN/1/conj forces/NOUN/5/nsubj met/VERB/0/root/meet");
        assert!(adjective_pair(&s.tokens).is_none());
        let s = sent("Gondor/PROPN/5/nsubj and/CCONJ/3/cc other/ADJ/1/conj forces/NOUN/5/nsubj met/VERB/0/root/meet");
        assert!(adjective_pair(&s.tokens).is_none());
    }
}
