//! An event's own date: the date phrase of its predicate's clause, resolved against the
//! article date in the predicate's tense, or the article date when it has none. A date in a
//! clause of its own (a relative, a reported clause, an attribution) is that clause's.

use super::SentenceCoder;
use crate::modality::own_frame;
use crate::speech;

impl SentenceCoder<'_, '_> {
    /// The date of predicate `v`, read as a future one when `future`, and the words that give
    /// it (none when it is the article's).
    pub(super) fn date_of(&self, v: usize, future: bool) -> (Option<String>, Option<String>) {
        let t = &self.tree;
        let Some(article) = self.date else {
            return (None, None);
        };
        let found = &self.whens[usize::from(future)];
        // Not the date of a clause below `v` ("demanded the release of Bazoum, who has been
        // held since July 26"), nor, when the parser hung the date elsewhere, one in a clause
        // that describes a noun.
        // Nor a date that names another event ("vowed to destroy Hamas after the October 7
        // attacks").
        let pick = found
            .iter()
            .filter(|w| !names_another_event(t, w, v))
            .find(|w| {
                t.dominates(v, w.start)
                    && !clause_between(t, Some(v), w.start)
                    && !attribution_between(t, v, w.start)
                    && !joined_infinitive_between(t, v, w.start)
            })
            .or_else(|| {
                // A lone date outside `v`'s clause hangs on another verb ("agreed on Monday to
                // meet"): it is read in that verb's tense, not as `v`'s intended future.
                let at = found.first()?.start;
                let host = t.ancestors(at).take(8).find(|&g| t.upos(g) == "VERB");
                let host_future = host.map_or(future, |g| own_frame(t, g).2 == Some("future"));
                let found = &self.whens[usize::from(host_future)];
                let at = found.first()?.start;
                // In the main clause, or in the clause `v` shares with it: "agreed on Monday
                // to impose sanctions, diplomats said" (the two meet at "agreed").
                let meet = std::iter::once(at)
                    .chain(t.ancestors(at))
                    .find(|&g| t.dominates(g, v));
                let shared = meet.is_some_and(|m| {
                    !clause_between(t, Some(m), at) && !clause_between(t, Some(m), v)
                });
                (found.len() == 1
                    && (shared || !clause_between(t, None, at))
                    && !joined_infinitive_between(t, v, at)
                    && !names_another_event(t, &found[0], v))
                .then(|| &found[0])
            });
        match pick {
            Some(w) => (
                Some(w.value.clone()),
                Some(self.span_text(w.start, w.end).0),
            ),
            None => (Some(article.to_string()), None),
        }
    }
}

/// Whether a clause of its own stands between word `i` and `top` (exclusive; `None` is the
/// root): a relative or participial clause on a noun, a reported clause, one set beside it.
/// (Not an adverbial clause: "accused Iran of violating the truce on Friday" most often says
/// when the accusation was made.)
fn clause_between(t: &crate::tree::Tree, top: Option<usize>, i: usize) -> bool {
    t.on_path_up(i, top, |x| {
        // A clause a marker introduces on a noun is its complement, not a description:
        // "accused the minister [of violating the truce on Friday]".
        let describes = t.rel(x) == "acl" && t.kids_with(x, "mark").next().is_none();
        describes || matches!(t.rel(x), "ccomp" | "parataxis")
    })
}

/// Whether word `i` is in the infinitive of a verb joined to `top`: "thanked Xi and invited
/// him to visit Moscow next year" thanked him now; next year is the visit's.
fn joined_infinitive_between(t: &crate::tree::Tree, top: usize, i: usize) -> bool {
    t.on_path_up(i, Some(top), |x| {
        t.rel(x) == "xcomp"
            && t.upos(x) == "VERB"
            && t.parent(x)
                .is_some_and(|p| p != top && t.rel(p) == "conj" && t.parent(p) == Some(top))
    })
}

/// Whether an attribution the parser read as an adverbial clause stands between word `i` and
/// `top`: "Germany will send tanks, Scholz *announced on Wednesday*" was said last Wednesday,
/// a date of the saying, read in its tense.
fn attribution_between(t: &crate::tree::Tree, top: usize, i: usize) -> bool {
    t.on_path_up(i, Some(top), |x| {
        t.rel(x) == "advcl"
            && speech::is_speech_verb(t.lemma(x))
            && t.kid(x, "nsubj").is_some_and(|s| s < x)
            && t.kids_with(x, "mark").next().is_none()
            && t.parent(x).is_some_and(|p| p < x)
    })
}

/// Whether date `w` names an event that `v` comes after or before: it stands before a noun as
/// its modifier ("the October 7 attacks", "Tuesday's vote"), and that noun is in a phrase of
/// sequence ("vowed to destroy Hamas after the October 7 attacks"). Then it is that event's
/// date, not `v`'s; in a phrase of the same time it is both ("arrested during Sunday's
/// demonstration"). A noun of time is no event ("after Monday's night of talks").
fn names_another_event(t: &crate::tree::Tree, w: &crate::when::When, v: usize) -> bool {
    let inside = |i: usize| (w.start..w.end).contains(&i);
    let Some(top) = (w.start..w.end.min(t.len())).find(|&i| !t.parent(i).is_some_and(inside))
    else {
        return false;
    };
    let Some(noun) = t.parent(top) else {
        return false;
    };
    noun != v
        && top < noun
        && t.upos(noun) == "NOUN"
        && !matches!(
            t.lemma(noun),
            "hour"
                | "day"
                | "night"
                | "morning"
                | "evening"
                | "afternoon"
                | "weekend"
                | "week"
                | "month"
                | "year"
                | "time"
        )
        && matches!(t.rel(top), "compound" | "nmod" | "amod" | "nummod")
        && t.on_path_up(noun, Some(v), |x| {
            matches!(
                t.case_of(x),
                Some("after" | "since" | "before" | "following" | "until" | "ahead" | "prior")
            )
        })
}
