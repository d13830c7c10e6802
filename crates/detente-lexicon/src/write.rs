//! Writes entries in our format (docs/dictionaries.md): what `detente dict import` produces.
//! Whatever our format cannot carry is listed in the [`Report`], never dropped silently.

use crate::format::is_code;
use crate::model::*;
use crate::source::Entries;
use std::fmt::Write as _;
use std::path::Path;

/// What was written and what was not carried over.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// (file name, entries written).
    pub written: Vec<(String, usize)>,
    /// One line per thing not carried over: `origin: what`.
    pub not_carried: Vec<String>,
}

fn clean(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.contains('|') || s.contains('\n') {
        return None;
    }
    Some(s.replace('#', "\\#"))
}

fn elements(els: &[Element], out: &mut String) {
    for (i, e) in els.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match e {
            Element::Word(w) => out.push_str(&w.replace(' ', "-").replace('#', "\\#")),
            Element::Target => out.push('+'),
            Element::Place => out.push('@'),
            Element::Source => out.push('$'),
            Element::Any => out.push('*'),
            Element::Compound => out.push('%'),
            Element::Skip => out.push('^'),
            Element::Join => out.push('_'),
            Element::Synset(s) => {
                out.push('&');
                out.push_str(s);
            }
            Element::Phrase(inner) | Element::NounPhrase(inner) => {
                let (o, c) = if matches!(e, Element::Phrase(_)) {
                    ('(', ')')
                } else {
                    ('{', '}')
                };
                out.push(o);
                elements(inner, out);
                out.push(c);
            }
        }
    }
}

fn event_code_ok(c: &EventCode) -> bool {
    let ok = |s: &str| s.len() >= 2 && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    (ok(&c.code) || (c.code.is_empty() && c.alt.is_some()))
        && c.alt.as_deref().is_none_or(|a| a.is_empty() || ok(a))
        && !(c.code.is_empty() && c.alt.as_deref() == Some(""))
}

/// Renders entries as our text files: (file name, text, entries written).
pub fn render(e: &Entries, sources: &str) -> (Vec<(String, String, usize)>, Vec<String>) {
    let mut skipped = Vec::new();
    let header = format!("# sources: {sources}\n# Written by `detente dict import`.\n\n");
    let mut files = Vec::new();
    for kind in [
        ActorKind::Country,
        ActorKind::Igo,
        ActorKind::Group,
        ActorKind::Person,
    ] {
        let mut t = header.clone();
        let mut n = 0;
        for a in e.actors.iter().filter(|a| a.kind == kind) {
            let head = match kind {
                ActorKind::Person => match clean(&a.canonical) {
                    Some(c) => format!("person {c}"),
                    None => {
                        skipped.push(format!("{}: person without a usable name", a.origin));
                        continue;
                    }
                },
                _ => match a.code.as_deref().filter(|c| is_code(c)) {
                    Some(c) => format!("{} {c}", kind.keyword()),
                    None => {
                        skipped.push(format!(
                            "{}: `{}` has code `{}`, not a CAMEO code of three-letter parts",
                            a.origin,
                            a.canonical,
                            a.code.clone().unwrap_or_default()
                        ));
                        continue;
                    }
                },
            };
            let _ = writeln!(t, "{head}");
            let skip_first = kind == ActorKind::Person;
            for (i, nm) in a.names.iter().enumerate() {
                if skip_first && i == 0 {
                    continue;
                }
                match clean(&nm.text) {
                    Some(c) => {
                        let key = if kind == ActorKind::Person {
                            "alias"
                        } else {
                            "name"
                        };
                        let _ = writeln!(t, "  {key}: {c}");
                    }
                    None => skipped.push(format!(
                        "{}: name `{}` cannot be written",
                        nm.origin, nm.text
                    )),
                }
            }
            for (key, list) in [("adjective", &a.adjectives), ("capital", &a.capitals)] {
                for nm in list {
                    if let Some(c) = clean(&nm.text) {
                        let _ = writeln!(t, "  {key}: {c}");
                    }
                }
            }
            for p in &a.people {
                let _ = writeln!(
                    t,
                    "  people: {}{}",
                    p.singular,
                    p.plural
                        .as_ref()
                        .map(|p| format!("/{p}"))
                        .unwrap_or_default()
                );
            }
            for m in &a.metonyms {
                let _ = writeln!(
                    t,
                    "  metonym: {}{}",
                    m.name,
                    m.code
                        .as_ref()
                        .map(|c| format!(" = {c}"))
                        .unwrap_or_default()
                );
            }
            for r in &a.roles {
                if is_code(&r.code) {
                    let _ = writeln!(t, "  role: {} {}", r.code, r.range);
                } else {
                    skipped.push(format!(
                        "{}: role code `{}` of `{}` is not a CAMEO code of three-letter parts",
                        r.origin, r.code, a.canonical
                    ));
                }
            }
            if let Some(o) = &a.other {
                if is_code(o) {
                    let _ = writeln!(t, "  other: {o}");
                } else {
                    skipped.push(format!(
                        "{}: code `{o}` of `{}` is not a CAMEO code of three-letter parts",
                        a.origin, a.canonical
                    ));
                }
            }
            t.push('\n');
            n += 1;
        }
        let name = match kind {
            ActorKind::Country => "countries.txt",
            ActorKind::Igo => "igos.txt",
            ActorKind::Group => "groups.txt",
            ActorKind::Person => "people.txt",
        };
        if n > 0 {
            files.push((name.to_string(), t, n));
        }
    }
    // Agents
    let mut t = header.clone();
    let mut n = 0;
    for a in &e.agents {
        if !is_code(&a.code) {
            skipped.push(format!(
                "{}: agent code `{}` is not a sequence of three-letter parts",
                a.origin, a.code
            ));
            continue;
        }
        let _ = writeln!(t, "agent {}{}", a.code, if a.prefix { "~" } else { "" });
        for nn in &a.nouns {
            let _ = writeln!(
                t,
                "  noun: {}{}",
                nn.singular,
                nn.plural
                    .as_ref()
                    .map(|p| format!("/{p}"))
                    .unwrap_or_default()
            );
        }
        t.push('\n');
        n += 1;
    }
    if n > 0 {
        files.push(("agents.txt".into(), t, n));
    }
    // Verbs, nouns and synsets
    let mut t = header.clone();
    let mut n = 0;
    for s in &e.synsets {
        let _ = writeln!(t, "synset &{}", s.name);
        for w in &s.words {
            let _ = writeln!(t, "  word: {}", w.text.replace('#', "\\#"));
        }
        t.push('\n');
        n += 1;
    }
    for (kw, list) in [("verb", &e.verbs), ("noun", &e.nouns)] {
        for v in list {
            let _ = writeln!(t, "{kw} {}", v.lemma);
            for f in &v.forms {
                let _ = writeln!(t, "  form: {f}");
            }
            if let Some(g) = &v.group {
                let _ = writeln!(t, "  group: {g}");
            }
            if let Some(c) = &v.code {
                if event_code_ok(c) {
                    let _ = writeln!(t, "  code: {c}");
                } else {
                    skipped.push(format!(
                        "{}: code `{c}` of `{}` is not a CAMEO event code",
                        v.origin, v.lemma
                    ));
                }
            }
            for p in &v.patterns {
                if !event_code_ok(&p.code) {
                    skipped.push(format!(
                        "{}: pattern code `{}` is not a CAMEO event code",
                        p.origin, p.code
                    ));
                    continue;
                }
                let mut els = String::new();
                elements(&p.elements, &mut els);
                let key = if p.kind == PatternKind::Linear {
                    "linear"
                } else {
                    "pattern"
                };
                let comment = p
                    .comment
                    .as_ref()
                    .map(|c| format!("  # {c}"))
                    .unwrap_or_default();
                let _ = writeln!(t, "  {key}: {els} = {}{comment}", p.code);
            }
            t.push('\n');
            n += 1;
        }
    }
    if n > 0 {
        files.push(("verbs.txt".into(), t, n));
    }
    // Discards
    let mut t = header.clone();
    let mut n = 0;
    for scope in [DiscardScope::Sentence, DiscardScope::Story] {
        let ds: Vec<&Discard> = e.discards.iter().filter(|d| d.scope == scope).collect();
        if ds.is_empty() {
            continue;
        }
        let _ = writeln!(
            t,
            "discard {}",
            if scope == DiscardScope::Story {
                "story"
            } else {
                "sentence"
            }
        );
        for d in ds {
            match clean(&d.phrase) {
                Some(p) => {
                    let _ = writeln!(t, "  phrase: {p}");
                    n += 1;
                }
                None => skipped.push(format!("{}: discard phrase cannot be written", d.origin)),
            }
        }
        t.push('\n');
    }
    if n > 0 {
        files.push(("discards.txt".into(), t, n));
    }
    if !e.issues.is_empty() {
        skipped.push(format!(
            "{} issue (topic) phrases: our format has no issues yet",
            e.issues.len()
        ));
    }
    for u in &e.unsupported {
        skipped.push(format!("{}: {} `{}`", u.origin, u.what, u.text));
    }
    (files, skipped)
}

/// Writes the rendered files into `dir` (created if needed).
pub fn write_dir(e: &Entries, dir: &Path, sources: &str) -> std::io::Result<Report> {
    std::fs::create_dir_all(dir)?;
    let (files, not_carried) = render(e, sources);
    let mut report = Report {
        written: Vec::new(),
        not_carried,
    };
    for (name, text, n) in files {
        std::fs::write(dir.join(&name), text)?;
        report.written.push((name, n));
    }
    Ok(report)
}
