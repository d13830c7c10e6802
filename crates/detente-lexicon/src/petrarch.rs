//! Readers for PETRARCH2 and PETRARCH-1 dictionaries, as Latin-1-tolerant bytes:
//! actors (Phoenix/CountryInfo: `NAME_ [CODE]`, `+SYNONYM`, tab-indented `[CODE YYMMDD-YYMMDD]`,
//! `>`/`<` open ranges), agents (`NOUN {PLURALS} [~CODE]`, `!SUBST!` sets), discards (`+` =
//! story), issues, and verbs in both the CAMEO 2.0 format (`&SYNSET` + `+member`,
//! `--- HEAD [code] ---` blocks, verb lines `WORD {FORMS} [code]`, patterns
//! `- pre * post [c1:c2] # comment`, `~` transformations) and the PETRARCH-1/TABARI pattern
//! format of `PETR.Validate.verbs.txt` (`$ + % ^ * &SYN`, `_` adjacency). Malformed lines are
//! reported with file, line and column and skipped.

use crate::date::{Date, DateRange};
use crate::error::{EntryError, LoadError};
use crate::lexicon::{decode, PetrarchFiles};
use crate::model::*;
use crate::source::Entries;
use crate::token::fold;
use std::path::Path;
use std::sync::Arc;

/// A reader of one file's text.
type Reader = fn(&Path, &str) -> (Entries, Vec<EntryError>);

/// Reads every file named.
pub fn read_all(files: &PetrarchFiles) -> Result<(Entries, Vec<EntryError>), LoadError> {
    let mut out = Entries::default();
    let mut errors = Vec::new();
    let groups: [(&[std::path::PathBuf], Reader); 5] = [
        (&files.verbs, read_verbs),
        (&files.actors, read_actors),
        (&files.agents, read_agents),
        (&files.discards, read_discards),
        (&files.issues, read_issues),
    ];
    for (paths, reader) in groups {
        for p in paths {
            let bytes = std::fs::read(p).map_err(|e| LoadError::io(p, e))?;
            let (e, errs) = reader(p, &decode(&bytes));
            out.extend(e);
            errors.extend(errs);
        }
    }
    Ok((out, errors))
}

struct Ctx<'a> {
    file: &'a Path,
    arc: Arc<str>,
    errors: Vec<EntryError>,
}

impl<'a> Ctx<'a> {
    fn new(file: &'a Path) -> Self {
        Ctx {
            file,
            arc: Arc::from(file.to_string_lossy().as_ref()),
            errors: Vec::new(),
        }
    }
    fn origin(&self, line: usize) -> Origin {
        Origin {
            file: self.arc.clone(),
            line,
        }
    }
    fn err(&mut self, line: usize, column: usize, message: impl Into<String>) {
        self.errors.push(EntryError {
            file: self.file.to_path_buf(),
            line,
            column,
            message: message.into(),
        });
    }
}

/// The line without its `#` comment, and the comment.
fn split_comment(line: &str) -> (&str, Option<&str>) {
    match line.find('#') {
        Some(i) => (&line[..i], Some(line[i + 1..].trim())),
        None => (line, None),
    }
}

/// PETRARCH names join words with `_`; a trailing `_` (exact-word marker) is dropped.
pub fn name_of(raw: &str) -> String {
    raw.split(['_', ' '])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn col(line: &str, part: &str) -> usize {
    let base = line.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    let b = if p >= base && p <= base + line.len() {
        p - base
    } else {
        0
    };
    line[..b].chars().count() + 1
}

/// `YYMMDD` (00–30 → 20YY, else 19YY) or `YYYYMMDD`. As in PETRARCH, a string of up to 7
/// characters is read as YYMMDD from its first 6, a longer one as YYYYMMDD from its first 8.
pub fn petrarch_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) || s.len() < 6 {
        return None;
    }
    let (y, rest) = if s.len() <= 7 {
        let yy: u32 = s[..2].parse().ok()?;
        (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..6])
    } else {
        (s[..4].parse().ok()?, &s[4..8])
    };
    Date::from_ymd(y, rest[..2].parse().ok()?, rest[2..4].parse().ok()?)
}

/// `CODE`, `CODE YYMMDD-YYMMDD`, `CODE >YYMMDD`, `CODE <YYMMDD` (inside the brackets).
fn parse_code_bracket(inner: &str) -> Result<(String, Option<DateRange>), String> {
    let inner = inner.trim();
    let (code, rest) = match inner.split_once(char::is_whitespace) {
        Some((c, r)) => (c, r.trim()),
        None => (inner, ""),
    };
    if code.is_empty() {
        return Err("expected a code inside `[...]`".into());
    }
    let code = code.to_ascii_uppercase();
    if rest.is_empty() {
        return Ok((code, None));
    }
    let bad = || {
        format!(
            "expected a date restriction `YYMMDD-YYMMDD`, `>YYMMDD` or `<YYMMDD`, found `{rest}`"
        )
    };
    let range = if let Some(d) = rest.strip_prefix('>') {
        DateRange {
            from: Some(petrarch_date(d).ok_or_else(bad)?),
            to: None,
        }
    } else if let Some(d) = rest.strip_prefix('<') {
        DateRange {
            from: None,
            to: Some(petrarch_date(d).ok_or_else(bad)?),
        }
    } else if let Some((a, b)) = rest.split_once('-') {
        let (from, to) = (
            petrarch_date(a).ok_or_else(bad)?,
            petrarch_date(b).ok_or_else(bad)?,
        );
        if from > to {
            return Err(format!(
                "date range `{rest}` ends before it starts ({from} > {to})"
            ));
        }
        DateRange {
            from: Some(from),
            to: Some(to),
        }
    } else {
        return Err(bad());
    };
    Ok((code, Some(range)))
}

/// All `[...]` groups of a line, with the text before the first one.
fn brackets(s: &str) -> (&str, Vec<&str>) {
    let head = s.find('[').map_or(s, |i| &s[..i]);
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        let Some(j) = rest[i..].find(']') else {
            out.push(&rest[i + 1..]);
            break;
        };
        out.push(&rest[i + 1..i + j]);
        rest = &rest[i + j + 1..];
    }
    (head, out)
}

fn finish_actor(a: &mut Actor) {
    if a.roles.is_empty() {
        if let Some(c) = a.other.take() {
            a.kind = if c.starts_with("IGO") {
                ActorKind::Igo
            } else if c.len() == 3 && crate::codes::is_country(&c) {
                ActorKind::Country
            } else {
                ActorKind::Group
            };
            a.code = Some(c);
        }
    }
}

/// Actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt).
pub fn read_actors(file: &Path, text: &str) -> (Entries, Vec<EntryError>) {
    let mut cx = Ctx::new(file);
    let mut out = Entries::default();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let (line, _comment) = split_comment(raw);
        if line.trim().is_empty() || line.trim_start().starts_with('<') {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        let (head, codes) = brackets(line);
        let head_t = head.trim();
        if !indented && !head_t.is_empty() {
            if let Some(syn) = head_t.strip_prefix('+') {
                let Some(a) = out.actors.last_mut() else {
                    cx.err(n, 1, "expected an actor line before the synonym `+...`");
                    continue;
                };
                let name = name_of(syn);
                if name.is_empty() {
                    cx.err(n, 2, "expected a name after `+`");
                    continue;
                }
                a.names.push(Name {
                    text: name,
                    origin: cx.origin(n),
                });
            } else {
                if let Some(a) = out.actors.last_mut() {
                    finish_actor(a);
                }
                let name = name_of(head_t);
                let mut a = Actor::new(ActorKind::Person, None, name.clone(), cx.origin(n));
                a.names.push(Name {
                    text: name,
                    origin: cx.origin(n),
                });
                out.actors.push(a);
            }
        } else if !indented && head_t.is_empty() && codes.is_empty() {
            continue;
        }
        let Some(a) = out.actors.last_mut() else {
            cx.err(n, 1, "expected an actor line before `[CODE]`");
            continue;
        };
        for c in codes {
            match parse_code_bracket(c) {
                Ok((code, None)) => {
                    if a.other.is_none() {
                        a.other = Some(code);
                    } else {
                        // The first undated code is the default; later ones never take effect.
                        out.unsupported.push(Unsupported {
                            what: "second undated code",
                            text: format!("[{code}] of `{}`", a.canonical),
                            origin: cx.origin(n),
                        });
                    }
                }
                Ok((code, Some(range))) => a.roles.push(Role {
                    code,
                    range,
                    origin: cx.origin(n),
                }),
                Err(m) => cx.err(n, col(raw, c), m),
            }
        }
    }
    if let Some(a) = out.actors.last_mut() {
        finish_actor(a);
    }
    (out, cx.errors)
}

/// Agent dictionaries: `!SET! = A, B`, `NOUN {PLURALS} [~CODE]` / `[CODE~]`.
pub fn read_agents(file: &Path, text: &str) -> (Entries, Vec<EntryError>) {
    let mut cx = Ctx::new(file);
    let mut out = Entries::default();
    let mut sets: Vec<(String, Vec<String>)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let (line, _) = split_comment(raw);
        let t = line.trim();
        if t.is_empty() || t.starts_with('<') {
            continue;
        }
        if t.starts_with('!') {
            if let Some((name, members)) = t.split_once('=') {
                let members = members
                    .split(',')
                    .map(|m| m.trim().to_string())
                    .filter(|m| !m.is_empty())
                    .collect();
                sets.push((name.trim().to_string(), members));
                continue;
            }
        }
        let (head, codes) = brackets(t);
        let Some(code) = codes.last() else {
            cx.err(
                n,
                t.chars().count() + 1,
                "expected `[~CODE]` after the agent noun",
            );
            continue;
        };
        let code = code.trim();
        let (c, prefix) = match (code.strip_prefix('~'), code.strip_suffix('~')) {
            (Some(c), _) => (c, false),
            (None, Some(c)) => (c, true),
            _ => (code, false),
        };
        if c.is_empty() || !c.bytes().all(|b| b.is_ascii_alphabetic()) {
            cx.err(
                n,
                col(raw, code),
                format!("expected an agent code `~XXX` or `XXX~`, found `{code}`"),
            );
            continue;
        }
        let (noun_raw, plurals) = match head.split_once('{') {
            Some((a, b)) => (a.trim(), Some(b.trim_end().trim_end_matches('}').trim())),
            None => (head.trim(), None),
        };
        let mut nouns = Vec::new();
        let expand = |w: &str| -> Vec<String> {
            for (name, members) in &sets {
                if let Some(i) = w.find(name.as_str()) {
                    return members
                        .iter()
                        .map(|m| format!("{}{}{}", &w[..i], m, &w[i + name.len()..]))
                        .collect();
                }
            }
            vec![w.to_string()]
        };
        let subst = noun_raw.contains('!');
        for s in expand(noun_raw) {
            // Substituted sets already list plurals; `{}` says there is none.
            let plural = match plurals {
                _ if subst => Some(String::new()),
                Some("") => Some(String::new()),
                Some(p) => Some(
                    p.split_whitespace()
                        .map(name_of)
                        .collect::<Vec<_>>()
                        .join(" / "),
                ),
                None => None,
            };
            nouns.push(Noun {
                singular: name_of(&s),
                plural,
                origin: cx.origin(n),
            });
        }
        // Several explicit plurals: the first is the plural, the others extra nouns.
        let mut extra = Vec::new();
        for nn in &mut nouns {
            if let Some(p) = nn.plural.clone() {
                let mut ps = p.split(" / ");
                nn.plural = ps.next().map(str::to_string);
                for more in ps {
                    extra.push(Noun {
                        singular: more.to_string(),
                        plural: Some(String::new()),
                        origin: nn.origin.clone(),
                    });
                }
            }
        }
        nouns.extend(extra);
        out.agents.push(Agent {
            code: c.to_ascii_uppercase(),
            prefix,
            nouns,
            origin: cx.origin(n),
        });
    }
    (out, cx.errors)
}

/// Discards: one phrase a line, `+` = whole story.
pub fn read_discards(file: &Path, text: &str) -> (Entries, Vec<EntryError>) {
    let cx = Ctx::new(file);
    let mut out = Entries::default();
    for (i, raw) in text.lines().enumerate() {
        let (line, _) = split_comment(raw);
        let t = line.trim();
        if t.is_empty() || t.starts_with('<') {
            continue;
        }
        let (scope, p) = match t.strip_prefix('+') {
            Some(p) => (DiscardScope::Story, p),
            None => (DiscardScope::Sentence, t),
        };
        out.discards.push(Discard {
            scope,
            phrase: fold(&name_of(p)),
            origin: cx.origin(i + 1),
        });
    }
    (out, cx.errors)
}

/// Issue (topic) phrases `phrase [CODE]` and `~ignore` lines; kept, not used in coding.
pub fn read_issues(file: &Path, text: &str) -> (Entries, Vec<EntryError>) {
    let mut cx = Ctx::new(file);
    let mut out = Entries::default();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let (line, _) = split_comment(raw);
        let t = line.trim();
        if t.is_empty() || t.starts_with('<') {
            continue;
        }
        if let Some(p) = t.strip_prefix('~') {
            out.issues.push(Issue {
                phrase: p.trim().to_string(),
                code: "~".into(),
                origin: cx.origin(n),
            });
            continue;
        }
        let (head, codes) = brackets(t);
        // A phrase without a code belongs to the code of the line before (PETRARCH lists
        // variants under their first line).
        let code = codes.first().map(|c| c.trim().to_string()).or_else(|| {
            out.issues
                .iter()
                .rev()
                .find(|i| i.code != "~")
                .map(|i| i.code.clone())
        });
        match code {
            Some(code) => out.issues.push(Issue {
                phrase: head.trim().to_string(),
                code,
                origin: cx.origin(n),
            }),
            None => cx.err(
                n,
                t.chars().count() + 1,
                "expected `[ISSUE_CODE]` after the issue phrase",
            ),
        }
    }
    (out, cx.errors)
}

pub use crate::petrarch_verbs::read_verbs;
