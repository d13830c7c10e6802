//! "Heavy fighting broke out in Khartoum between Sudan's army and the RSF" often comes out with
//! the "between" phrase on the verb. A verb without an object that says something happened
//! (broke out, erupted, continued, was held) relates no two parties itself: the parties are
//! its subject's, "fighting between Sudan's army and the RSF", where an event noun's patterns
//! look for them. So a "between" phrase of such a verb, whose subject is a common noun, is hung
//! on that noun.

use detente_nlp::Token;

/// Verbs that say an event happened or goes on, and nothing of its parties. Verbs of its
/// fortunes ("talks have cooled between …", "collapsed") are left alone: the words say less
/// that it took place.
const HAPPENING: &[&str] = &[
    "break",
    "erupt",
    "flare",
    "continue",
    "resume",
    "rage",
    "intensify",
    "escalate",
    "occur",
    "happen",
    "begin",
    "start",
    "take",
    "ensue",
    "persist",
    "spread",
    "unfold",
    "hold",
];

/// The tokens with a "between" phrase of a subject noun's verb hung on the noun, or `None`.
pub fn between_on_subject(tokens: &[Token]) -> Option<Vec<Token>> {
    let mut out: Option<Vec<Token>> = None;
    for (v, tv) in tokens.iter().enumerate() {
        if tv.upos != "VERB" || !HAPPENING.contains(&tv.lemma.to_lowercase().as_str()) {
            continue;
        }
        let kids = || (0..tokens.len()).filter(move |&i| tokens[i].head == v + 1);
        if kids().any(|c| {
            matches!(
                tokens[c].deprel.as_str(),
                "obj" | "iobj" | "ccomp" | "xcomp"
            )
        }) {
            continue;
        }
        let Some(s) =
            kids().find(|&c| tokens[c].deprel.starts_with("nsubj") && tokens[c].upos == "NOUN")
        else {
            continue;
        };
        let between = kids().find(|&c| {
            tokens[c].deprel == "obl"
                && (0..tokens.len()).any(|m| {
                    tokens[m].head == c + 1
                        && tokens[m].deprel == "case"
                        && tokens[m].form.eq_ignore_ascii_case("between")
                })
        });
        if let Some(b) = between {
            let fixed = out.get_or_insert_with(|| tokens.to_vec());
            fixed[b].head = s + 1;
            fixed[b].deprel = "nmod".into();
        }
    }
    out
}

/// The tokens with the second party of a subject's "between" phrase put back beside the first,
/// or `None`. "The talks between Iran and the United States ended" sometimes comes out with
/// "the United States" a second subject of "ended". A verb has one subject: a second one that
/// "and" joins to the first party of the first subject's "between" phrase is that party's
/// conjunct.
pub fn second_party(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let kids = |h: usize| (0..n).filter(move |&i| tokens[i].head == h + 1);
    let (x, y) = (0..n).find_map(|b| {
        if tokens[b].deprel != "case" || !tokens[b].form.eq_ignore_ascii_case("between") {
            return None;
        }
        // Heads are checked before use: the repairs run before the tree is validated.
        let x = tokens[b].head.checked_sub(1).filter(|&x| x < n)?;
        let s = tokens[x].head.checked_sub(1).filter(|&s| s < b)?;
        let v = tokens[s].head.checked_sub(1)?;
        if !tokens[s].deprel.starts_with("nsubj") || kids(x).any(|c| tokens[c].deprel == "conj") {
            return None;
        }
        // The "and" right after the first party's words, and the subject it joins.
        let a = (x + 1..n).find(|&a| tokens[a].head != x + 1)?;
        if !tokens[a].form.eq_ignore_ascii_case("and") || tokens[a].deprel != "cc" {
            return None;
        }
        let y = tokens[a].head.checked_sub(1).filter(|&y| y > a && y < n)?;
        (tokens[y].deprel.starts_with("nsubj") && tokens[y].head == v + 1).then_some((x, y))
    })?;
    let mut out = tokens.to_vec();
    out[y].head = x + 1;
    out[y].deprel = "conj".into();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn a_between_phrase_of_an_occurrence_is_its_subjects() {
        // "Fighting broke out between Sudan and Chad": "between" hangs on "Fighting".
        let s = sent("Fighting/NOUN/2/nsubj broke/VERB/0/root/break out/ADP/2/compound:prt between/ADP/5/case Sudan/PROPN/2/obl and/CCONJ/7/cc Chad/PROPN/5/conj");
        let fixed = between_on_subject(&s.tokens).expect("repaired");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (1, "nmod"));
        // A verb with an object relates its own parties: "Qatar mediated talks between Israel
        // and Hamas" is the talks' anyway; "Qatar brokered a deal between …" keeps its tree.
        let s = sent("Talks/NOUN/2/nsubj produced/VERB/0/root/produce a/DET/4/det deal/NOUN/2/obj between/ADP/6/case Sudan/PROPN/2/obl");
        assert!(between_on_subject(&s.tokens).is_none());
        // A named subject acts itself: "Russia stood between Ukraine and peace".
        let s = sent("Russia/PROPN/2/nsubj continued/VERB/0/root/continue between/ADP/4/case Ukraine/PROPN/2/obl");
        assert!(between_on_subject(&s.tokens).is_none());
        // A verb of the event's fortunes says less that it took place.
        let s =
            sent("Talks/NOUN/2/nsubj cooled/VERB/0/root/cool between/ADP/4/case Sudan/PROPN/2/obl");
        assert!(between_on_subject(&s.tokens).is_none());
    }

    #[test]
    fn a_second_subject_after_between_x_and_is_the_second_party() {
        // "The talks between Iran and the United States ended", the United States a second
        // subject of "ended".
        let s = sent("The/DET/2/det talks/NOUN/7/nsubj between/ADP/4/case Iran/PROPN/2/nmod and/CCONJ/6/cc States/PROPN/7/nsubj ended/VERB/0/root/end");
        let fixed = second_party(&s.tokens).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (4, "conj"));
        // Parties already joined need nothing.
        let s = sent("The/DET/2/det talks/NOUN/7/nsubj between/ADP/4/case Iran/PROPN/2/nmod and/CCONJ/6/cc Oman/PROPN/4/conj ended/VERB/0/root/end");
        assert!(second_party(&s.tokens).is_none());
    }
}
