//! `dict check`: problems a line-by-line reader cannot see — duplicate names with conflicting
//! codes, overlapping date ranges, unknown country or role codes, event codes outside CAMEO, and
//! verb patterns that can never match (unknown or empty synsets, repeated patterns, two targets).

use crate::codes::{check_actor_code_with, is_event_code};
use crate::lexicon::Lexicon;
use crate::model::*;
use crate::token::fold;
use std::collections::HashMap;
use std::collections::HashSet;

/// A problem found in loaded entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub origin: Origin,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

fn codes_of(a: &Actor) -> Vec<&str> {
    let mut v: Vec<&str> = a.code.iter().map(String::as_str).collect();
    v.extend(a.roles.iter().map(|r| r.code.as_str()));
    v.extend(a.other.iter().map(String::as_str));
    v.sort_unstable();
    v.dedup();
    v
}

/// Every problem in the lexicon, in file order.
pub fn check(lex: &Lexicon) -> Vec<Problem> {
    let e = lex.entries();
    let mut out = Vec::new();
    let mut push = |origin: &Origin, message: String| {
        out.push(Problem {
            origin: origin.clone(),
            message,
        })
    };

    // Parts the dictionary declares: agent codes, and the last part of a group's or IGO's own
    // code when the parts before it are known (`group PAKINSTTP` declares TTP).
    let mut declared: HashSet<String> = HashSet::new();
    for g in &e.agents {
        for i in (0..g.code.len() / 3).map(|i| i * 3) {
            declared.insert(g.code[i..i + 3].to_string());
        }
    }
    for a in e
        .actors
        .iter()
        .filter(|a| matches!(a.kind, ActorKind::Group | ActorKind::Igo))
    {
        let Some(c) = a
            .code
            .as_deref()
            .filter(|c| c.len() >= 6 && c.len() % 3 == 0)
        else {
            continue;
        };
        let Some((known, last)) = c.is_ascii().then(|| c.split_at(c.len() - 3)) else {
            continue;
        };
        if check_actor_code_with(known, &declared).is_ok() {
            declared.insert(last.to_string());
        }
    }
    let check_actor_code = |c: &str| check_actor_code_with(c, &declared);

    // Codes.
    for a in &e.actors {
        for (code, origin) in a
            .code
            .iter()
            .map(|c| (c, &a.origin))
            .chain(a.roles.iter().map(|r| (&r.code, &r.origin)))
            .chain(a.other.iter().map(|c| (c, &a.origin)))
            .chain(
                a.metonyms
                    .iter()
                    .filter_map(|m| m.code.as_ref().map(|c| (c, &m.origin))),
            )
        {
            if let Err(m) = check_actor_code(code) {
                push(origin, m);
            }
        }
        if a.names.is_empty()
            && a.adjectives.is_empty()
            && a.capitals.is_empty()
            && a.metonyms.is_empty()
            && a.people.is_empty()
        {
            push(
                &a.origin,
                format!(
                    "`{}` has no name, so it can never match",
                    a.code.clone().unwrap_or_default()
                ),
            );
        }
        if a.kind == ActorKind::Person && a.roles.is_empty() && a.other.is_none() {
            push(
                &a.origin,
                format!(
                    "person `{}` has neither `role:` nor `other:`, so it never has a code",
                    a.canonical
                ),
            );
        }
        // Overlapping ranges of one person.
        for (i, r) in a.roles.iter().enumerate() {
            if let Some(o) = a.roles[..i].iter().find(|o| o.range.overlaps(&r.range)) {
                push(
                    &r.origin,
                    format!(
                        "role {} {} of `{}` overlaps role {} {} (line {})",
                        r.code, r.range, a.canonical, o.code, o.range, o.origin.line
                    ),
                );
            }
        }
    }
    for g in &e.agents {
        if let Err(m) = check_actor_code(&format!("---{}", g.code)) {
            push(&g.origin, m.replace("`---", "`"));
        }
    }

    // Duplicate names with conflicting codes.
    let mut seen: HashMap<String, (usize, &Origin)> = HashMap::new();
    for (i, a) in e.actors.iter().enumerate() {
        let names = a
            .names
            .iter()
            .chain(&a.adjectives)
            .chain(&a.capitals)
            .map(|n| (&n.text, &n.origin));
        let metos = a.metonyms.iter().map(|m| (&m.name, &m.origin));
        for (text, origin) in names.chain(metos) {
            let k = fold(text);
            match seen.get(&k) {
                Some(&(j, first)) if j != i => {
                    let other = &e.actors[j];
                    let (c1, c2) = (codes_of(other), codes_of(a));
                    let meto_code = a
                        .metonyms
                        .iter()
                        .find(|m| fold(&m.name) == k)
                        .and_then(|m| m.code.clone());
                    let same = c1 == c2 && meto_code.is_none();
                    if !same || a.kind == ActorKind::Person {
                        push(
                            origin,
                            format!(
                                "`{text}` is also a name at {first} with code {}; here {}",
                                c1.join("/"),
                                meto_code.map_or(c2.join("/"), |c| c)
                            ),
                        );
                    }
                }
                Some(_) => {}
                None => {
                    seen.insert(k, (i, origin));
                }
            }
        }
    }
    let mut nouns: HashMap<String, (&str, &Origin)> = HashMap::new();
    for g in &e.agents {
        for n in &g.nouns {
            let k = fold(&n.singular);
            match nouns.get(&k) {
                Some((c, o)) if *c != g.code => push(
                    &n.origin,
                    format!("agent noun `{}` is also {c} at {o}", n.singular),
                ),
                Some(_) => {}
                None => {
                    nouns.insert(k, (&g.code, &n.origin));
                }
            }
        }
    }

    // Verbs and patterns.
    let synsets: HashMap<String, &Synset> = e
        .synsets
        .iter()
        .map(|s| (s.name.to_ascii_uppercase(), s))
        .collect();
    for s in &e.synsets {
        if s.words.is_empty() {
            push(&s.origin, format!("synset &{} is empty", s.name));
        }
        for w in &s.words {
            if let Some(inner) = w.text.strip_prefix('&') {
                if !synsets.contains_key(&inner.to_ascii_uppercase()) {
                    push(&w.origin, format!("unknown synset &{inner}"));
                }
            }
        }
    }
    let lemmas: HashMap<&str, ()> = e.verbs.iter().map(|v| (v.lemma.as_str(), ())).collect();
    let mut verb_seen: HashMap<&str, &Origin> = HashMap::new();
    for (kw, list) in [("verb", &e.verbs), ("noun", &e.nouns)] {
        for v in list {
            if let Some(o) = verb_seen.get(v.lemma.as_str()) {
                if kw == "verb" {
                    push(
                        &v.origin,
                        format!(
                            "verb `{}` is also defined at {o}; this entry is never used",
                            v.lemma
                        ),
                    );
                }
            } else if kw == "verb" {
                verb_seen.insert(&v.lemma, &v.origin);
            }
            if let Some(g) = &v.group {
                if !lemmas.contains_key(g.as_str()) {
                    push(&v.origin, format!("`group: {g}` names no verb"));
                }
            }
            if let Some(c) = &v.code {
                check_event_code(c, &v.origin, &mut push);
            }
            for (i, p) in v.patterns.iter().enumerate() {
                check_event_code(&p.code, &p.origin, &mut push);
                let mut why = Vec::new();
                never_matches(&p.elements, &synsets, &mut why);
                if p.kind == PatternKind::Dependency {
                    let count = |t: &Element| p.elements.iter().filter(|e| *e == t).count();
                    if count(&Element::Target) + count(&Element::Place) > 1 {
                        why.push("more than one target (`+` or `@`)".to_string());
                    }
                    if count(&Element::Source) > 1 {
                        why.push("more than one `$`".to_string());
                    }
                }
                if let Some(q) = v.patterns[..i]
                    .iter()
                    .find(|q| q.elements == p.elements && q.kind == p.kind)
                {
                    why.push(format!(
                        "the same elements are already at line {} (code {})",
                        q.origin.line, q.code
                    ));
                }
                for w in why {
                    push(
                        &p.origin,
                        format!("{kw} `{}`: pattern can never match: {w}", v.lemma),
                    );
                }
            }
        }
    }
    out.sort_by(|a, b| {
        (a.origin.file.as_ref(), a.origin.line).cmp(&(b.origin.file.as_ref(), b.origin.line))
    });
    out
}

fn check_event_code(c: &EventCode, origin: &Origin, push: &mut impl FnMut(&Origin, String)) {
    for part in std::iter::once(&c.code).chain(c.alt.iter()) {
        if !part.is_empty() && !is_event_code(part) {
            push(origin, format!("unknown CAMEO event code `{part}`"));
        }
    }
}

fn never_matches(els: &[Element], synsets: &HashMap<String, &Synset>, why: &mut Vec<String>) {
    for e in els {
        match e {
            Element::Synset(s) => match synsets.get(&s.to_ascii_uppercase()) {
                None => why.push(format!("unknown synset &{s}")),
                Some(set) if set.words.is_empty() => why.push(format!("synset &{s} is empty")),
                _ => {}
            },
            Element::Phrase(inner) | Element::NounPhrase(inner) => {
                if inner.is_empty() {
                    why.push("empty brackets".into());
                }
                never_matches(inner, synsets, why);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::petrarch::read_actors;
    use crate::Lexicon;
    use std::path::Path;

    #[test]
    fn non_ascii_codes_are_reported_not_panicked_on() {
        let (e, _) = read_actors(Path::new("a.txt"), "FOO_BAR [ÉÉÉÉÉÉ]\nBAZ [USAGOV]\n");
        let lex = Lexicon::from_entries(e);
        let problems = super::check(&lex);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].to_string().starts_with("a.txt:1: "));
    }
}
