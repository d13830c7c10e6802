//! Reported speech: "X said/told/wrote …" and quotations.
//!
//! A quote's own event takes the speaker as its source when its subject is "we"/"I"/"our
//! country", and the addressee of "told" when it has no target of its own. A statement is coded
//! (010) only when it is told to an actor and nothing more specific was coded inside it.

use crate::actor::Actor;
use crate::tree::Tree;
use crate::wordset::WordSet;

static SPEECH: WordSet = WordSet::new(&[
    "say",
    "tell",
    "write",
    "state",
    "add",
    "announce",
    "declare",
    "note",
    "stress",
    "insist",
    "claim",
    "argue",
    "explain",
    "tweet",
    "post",
    "remark",
    "assert",
    "reiterate",
    "emphasize",
    "emphasise",
    "affirm",
    "conclude",
    "continue",
    "comment",
    "report",
    "suggest",
    "indicate",
    "confirm",
    "acknowledge",
    "admit",
    "reveal",
    "disclose",
]);

/// Verbs that address someone: their object is the addressee.
const ADDRESS: &[&str] = &["tell", "inform", "assure", "remind", "brief", "write"];

/// "Argentina's foreign minister said his government would …": a role owned by a third-person
/// possessive in reported speech belongs to the speaker's country. Rewrites `sources` (the
/// actors of subject `h`) when so.
pub fn owned_by_speaker(tree: &Tree, h: usize, speaker: &[Actor], sources: &mut [Actor]) {
    let possessed = tree.children(h).iter().any(|&c| {
        tree.full_rel(c) == "nmod:poss" && matches!(tree.lower(c), "his" | "her" | "its" | "their")
    });
    let Some(country) = speaker.iter().find_map(|a| a.country()) else {
        return;
    };
    if !possessed {
        return;
    }
    for a in sources.iter_mut() {
        if let Some(role) = a.code.get(3..).filter(|r| !r.is_empty()) {
            a.code = format!("{country}{role}");
        }
    }
}

/// Whether speech verb `v` acts rather than reports: it has an object and reports nothing
/// ("claimed responsibility for the attack", "declared a state of emergency").
pub fn acts(tree: &Tree, v: usize) -> bool {
    tree.kid(v, "obj").is_some() && tree.kid(v, "ccomp").is_none()
}

/// Whether a lemma is a verb of saying (asked of every verb of every sentence).
pub fn is_speech_verb(lemma: &str) -> bool {
    SPEECH.contains(lemma)
}

/// Verbs of warning, besides speech verbs: their "must" clauses are demands and their "would"
/// clauses threats ("warned that Iran must stop enrichment").
pub fn warns(lemma: &str) -> bool {
    matches!(lemma, "warn" | "threaten" | "caution")
}

pub fn addresses(lemma: &str) -> bool {
    ADDRESS.contains(&lemma)
}

/// The speech verb whose quotation or complement contains `v`, if any (bounded walk up).
pub fn speech_verb_over(tree: &Tree, v: usize) -> Option<usize> {
    let mut cur = v;
    // Bounded: quotes are shallow, and a degenerate 10,000-word chain must stay linear.
    for _ in 0..tree.len().min(32) {
        // The quote's root with the speech verb attached below it: `"…," Pompeo said.`
        if let Some(s) = tree.children(cur).iter().copied().find(|&c| {
            matches!(tree.rel(c), "parataxis" | "ccomp")
                && is_speech_verb(tree.lemma(c))
                && c != v
                && !tree.dominates(c, v)
        }) {
            if is_speech_verb(tree.lemma(s)) && has_subject(tree, s) {
                return Some(s);
            }
        }
        let p = tree.parent(cur)?;
        // A warning reports too: "the EU warned it could impose tariffs".
        let reports = |l: &str| is_speech_verb(l) || warns(l);
        if matches!(tree.rel(cur), "ccomp" | "parataxis") && reports(tree.lemma(p)) {
            return Some(p);
        }
        cur = p;
    }
    None
}

fn has_subject(tree: &Tree, s: usize) -> bool {
    tree.children(s).iter().any(|&c| tree.rel(c) == "nsubj")
}

/// The addressee's head word: object or indirect object of "told".
pub fn addressee(tree: &Tree, s: usize) -> Option<usize> {
    if !addresses(tree.lemma(s)) {
        return None;
    }
    tree.children(s).iter().copied().find(|&c| {
        matches!(tree.rel(c), "obj" | "iobj")
            || (tree.rel(c) == "obl" && tree.case_of(c) == Some("to"))
    })
}

/// `list` with the actors `which` picks ("I", "we") replaced by `with` (the speaker).
pub(crate) fn replace_person(
    list: &mut Vec<Actor>,
    which: impl Fn(&Actor) -> bool,
    with: &[Actor],
) {
    if !list.iter().any(&which) {
        return;
    }
    let mut out: Vec<Actor> = list.iter().filter(|a| !which(a)).cloned().collect();
    out.extend(with.iter().filter(|a| !a.code.is_empty()).cloned());
    *list = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn quote_root_with_speech_parataxis() {
        // "we 'll keep talking , " Pompeo told reporters
        let s = sent("we/PRON/3/nsubj 'll/AUX/3/aux keep/VERB/0/root talking/VERB/3/xcomp/talk ,/PUNCT/7/punct Pompeo/PROPN/7/nsubj told/VERB/3/parataxis/tell reporters/NOUN/7/obj");
        let t = Tree::new(&s.tokens);
        assert_eq!(speech_verb_over(&t, 3), Some(6));
        assert_eq!(addressee(&t, 6), Some(7));
        // "Pompeo said that they met": complement under the speech verb.
        let s = sent("Pompeo/PROPN/2/nsubj said/VERB/0/root/say that/SCONJ/5/mark they/PRON/5/nsubj met/VERB/2/ccomp/meet");
        let t = Tree::new(&s.tokens);
        assert_eq!(speech_verb_over(&t, 4), Some(1));
        assert_eq!(speech_verb_over(&t, 1), None);
    }
}

/// Whether a quotation is open after a sentence with these tokens, given whether one was open
/// before it. Curly quotes open (“) and close (”); a straight one opens at the start of a
/// sentence (news reopens a quotation that runs over paragraphs without closing it) and
/// toggles elsewhere.
pub fn quote_open_after(tokens: &[detente_nlp::Token], open_before: bool) -> bool {
    let mut open = open_before;
    for (i, t) in tokens.iter().enumerate() {
        // Only a quotation mark opens or closes: a word starting otherwise is not compared.
        if !matches!(t.form.as_bytes().first(), Some(b'"' | b'`' | b'\'' | 0xe2)) {
            continue;
        }
        match t.form.as_str() {
            "\"" | "``" | "''" if i == 0 => open = true,
            "\"" | "``" | "''" => open = !open,
            "\u{201c}" => open = true,
            "\u{201d}" => open = false,
            _ => {}
        }
    }
    open
}

#[cfg(test)]
mod quote_tests {
    use super::quote_open_after;
    use crate::tree::testing::sent;

    #[test]
    fn quotations_open_close_and_reopen_at_a_sentence_start() {
        let toks = |spec: &str| sent(spec).tokens;
        // He said , " We will meet   → open
        let opened = toks(
            "He/PRON/2/nsubj said/VERB/0/root ,/PUNCT/2/punct \"/PUNCT/5/punct We/PRON/2/ccomp",
        );
        assert!(quote_open_after(&opened, false));
        // We attacked . "             → closed
        let closed = toks("We/PRON/2/nsubj attacked/VERB/0/root ./PUNCT/2/punct \"/PUNCT/2/punct");
        assert!(!quote_open_after(&closed, true));
        // " We will go .              → a paragraph reopening the quotation stays open
        let reopened = toks("\"/PUNCT/2/punct We/PRON/3/nsubj go/VERB/0/root");
        assert!(quote_open_after(&reopened, true));
        // Curly quotes say which way they go.
        let curly = toks("\u{201c}/PUNCT/2/punct We/PRON/0/root \u{201d}/PUNCT/2/punct");
        assert!(!quote_open_after(&curly, false));
    }
}
