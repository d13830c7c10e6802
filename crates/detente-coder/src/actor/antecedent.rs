//! Antecedents a pronoun finds in its own sentence: the subject before it, the one who
//! reports what it did, the country of the subject whose role "its" continues.

use super::{actors_at, national, Actor, Mentions};
use crate::context::Context;
use crate::dictionary::MentionKind;
use crate::tree::Tree;

/// The nearest clause subject before pronoun `h` in its sentence that names one person ("the
/// president", "Putin"), not a group, an institution or another pronoun.
pub(super) fn subject_before(tree: &Tree, ms: &Mentions, ctx: &Context, h: usize) -> Option<Actor> {
    let s = (0..h).rev().find(|&s| {
        tree.rel(s) == "nsubj"
            && matches!(tree.upos(s), "PROPN" | "NOUN")
            && !tree.tokens[s].xpos.ends_with('S')
    })?;
    let found = actors_at(tree, ms, ctx, s);
    match found.as_slice() {
        [a] if matches!(a.kind, MentionKind::Person | MentionKind::Agent)
            && a.code.len() > 3
            && !crate::coder::is_institution(tree.lemma(a.last_word().min(tree.len() - 1))) =>
        {
            Some(a.clone())
        }
        _ => None,
    }
}

/// "Russia claimed *it* had shot down …", "China denied that *it* had hacked …": the subject
/// "it" of a clause that a verb before it reports is that verb's subject, when that names one
/// country or organization (not "officials said it was unclear"). So is the "it" of a relative
/// clause on that verb's object: "the United States expelled two diplomats *it* accused of
/// spying" (the clause's "it" is not the noun it describes, which is its object). A named
/// subject only, so that nested clauses never resolve pronoun after pronoun.
pub(super) fn reporter_of(
    tree: &Tree,
    ms: &Mentions,
    ctx: &Context,
    h: usize,
) -> Option<(String, MentionKind)> {
    if tree.rel(h) != "nsubj" {
        return None;
    }
    let v = tree.parent(h)?;
    let s = match tree.full_rel(v) {
        "ccomp" => tree.parent(v).filter(|&s| s < h)?,
        "acl:relcl" => {
            let n = tree.parent(v).filter(|&n| n < h && tree.rel(n) == "obj")?;
            tree.parent(n).filter(|&s| s < n)?
        }
        _ => return None,
    };
    let subj = tree
        .kid(s, "nsubj")
        .filter(|&x| matches!(tree.upos(x), "PROPN" | "NOUN"))?;
    match actors_at(tree, ms, ctx, subj).as_slice() {
        [a] if matches!(a.kind, MentionKind::Country | MentionKind::Organization) => {
            Some((a.code.clone(), a.kind))
        }
        _ => None,
    }
}

/// The country a possessive "its" at `i` means in its own sentence, if the sentence says:
/// - for a role, the country of the subject before it: "Ukraine's military said its forces …"
///   (not for a thing, "its dispute with Eriador");
/// - in a clause a verb before it reports, whose own subject cannot be "it" (a plural, or
///   none), the reporting verb's subject when that names one country: "Armenia said
///   Azerbaijani troops opened fire on *its* positions", "Taiwan said Chinese jets entered its
///   air defence zone". (With a singular subject the clause's own may be meant: "the US said
///   Iran had expanded its programme".)
pub(super) fn country_of_its(
    tree: &Tree,
    ms: &Mentions,
    ctx: &Context,
    i: usize,
) -> Option<String> {
    let of_role = tree
        .parent(i)
        .and_then(|p| ms.at(p))
        .is_some_and(|men| men.kind == MentionKind::Agent);
    if of_role {
        return country_of_subject_before(tree, ms, i);
    }
    let v = tree
        .ancestors(i)
        .take(4)
        .find(|&a| tree.upos(a) == "VERB")
        .filter(|&v| tree.full_rel(v) == "ccomp")?;
    let plural = |x: usize| tree.tokens[x].xpos.ends_with('S');
    if tree.kid(v, "nsubj").is_some_and(|x| !plural(x)) {
        return None;
    }
    let s = tree.parent(v).filter(|&s| s < i)?;
    let subj = tree
        .kid(s, "nsubj")
        .filter(|&x| matches!(tree.upos(x), "PROPN" | "NOUN"))?;
    match actors_at(tree, ms, ctx, subj).as_slice() {
        [a] if a.kind == MentionKind::Country => {
            let c = a.code.get(..3)?;
            national(c).then(|| c.to_string())
        }
        _ => None,
    }
}

/// The one country of the nearest subject before word `h` whose phrase names one in the
/// dictionary's mentions ("Ukraine's military" before "its forces"). Mentions only, no
/// pronoun of that phrase resolved in turn: a long sentence of "its" after "its" stays one
/// step deep.
fn country_of_subject_before(tree: &Tree, ms: &Mentions, h: usize) -> Option<String> {
    let s = (0..h)
        .rev()
        .find(|&s| tree.rel(s) == "nsubj" && matches!(tree.upos(s), "PROPN" | "NOUN"))?;
    let mut countries = tree.phrase(s).into_iter().filter_map(|i| {
        let m = ms.at(i)?;
        let c = m.code.get(..3)?;
        (m.kind != MentionKind::Agent && national(c)).then(|| c.to_string())
    });
    let first = countries.next()?;
    countries.all(|c| c == first).then_some(first)
}

/// The possessive "his" or "her" of a country or its government ("*his* country", "*her*
/// government"), if `h` is such a noun and the subject or object of its clause.
pub(super) fn owner_pronoun(tree: &Tree, h: usize) -> Option<usize> {
    // A core argument only: "his country's nuclear arsenal" is a thing, not the country.
    if !matches!(tree.lemma(h), "country" | "nation" | "government")
        || !matches!(tree.rel(h), "nsubj" | "obj" | "iobj")
    {
        return None;
    }
    tree.children(h)
        .iter()
        .copied()
        .find(|&c| tree.full_rel(c) == "nmod:poss" && matches!(tree.lower(c), "his" | "her"))
}

/// "Serbia's president said *his country* would never recognise Kosovo": the country of the
/// person the possessive stands for (the subject before it in its sentence, else the last
/// person named), or that country's government.
pub(super) fn owners_country(
    tree: &Tree,
    ms: &Mentions,
    ctx: &Context,
    h: usize,
) -> Option<(String, MentionKind)> {
    let owner = subject_before(tree, ms, ctx, h)
        .map(|a| a.code)
        .or_else(|| ctx.last_person().map(|(code, _)| code))?;
    let country = owner.get(..3).filter(|c| national(c))?;
    Some(if tree.lemma(h) == "government" {
        (format!("{country}GOV"), MentionKind::Organization)
    } else {
        (country.to_string(), MentionKind::Country)
    })
}
