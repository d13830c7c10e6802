//! Reader for our own dictionary format (docs/dictionaries.md): header lines at column 0,
//! indented `key: value | value` attribute lines, `#` comments. Errors are collected with
//! file:line:column; a bad line is skipped and the rest of the file still loads.

use crate::date::DateRange;
use crate::error::EntryError;
use crate::model::*;
use crate::source::Entries;
use crate::token::fold;
use std::path::Path;
use std::sync::Arc;

/// Reads one file's text. Returns what could be read and every problem met.
pub fn parse_text(file: &Path, text: &str) -> (Entries, Vec<EntryError>) {
    let mut p = Parser {
        file,
        arc: Arc::from(file.to_string_lossy().as_ref()),
        out: Entries::default(),
        errors: Vec::new(),
        current: Current::None,
    };
    for (i, raw) in text.lines().enumerate() {
        p.line(i + 1, raw);
    }
    (p.out, p.errors)
}

enum Current {
    None,
    Actor,
    Agent,
    Verb,
    Noun,
    Synset,
    Discard(DiscardScope),
    /// Inside an entry whose header was bad: its attribute lines are skipped silently.
    Skipped,
}

struct Parser<'a> {
    file: &'a Path,
    arc: Arc<str>,
    out: Entries,
    errors: Vec<EntryError>,
    current: Current,
}

/// Removes a comment: `#` at the start or after white space, unless written `\#`.
fn strip_comment(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut prev_space = true;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek() == Some(&'#') {
            out.push('#');
            chars.next();
            prev_space = false;
            continue;
        }
        if c == '#' && prev_space {
            break;
        }
        prev_space = c.is_whitespace();
        out.push(c);
    }
    out.trim_end().to_string()
}

fn col_of(line: &str, part: &str) -> usize {
    // `part` is a subslice of `line` or a copy; find it, else column 1.
    let base = line.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    let byte = if p >= base && p <= base + line.len() {
        p - base
    } else {
        line.find(part).unwrap_or(0)
    };
    line[..byte.min(line.len())].chars().count() + 1
}

impl Parser<'_> {
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

    fn line(&mut self, n: usize, raw: &str) {
        let stripped = strip_comment(raw);
        if stripped.trim().is_empty() {
            return;
        }
        let indented = stripped.starts_with(' ') || stripped.starts_with('\t');
        if indented {
            self.attribute(n, &stripped);
        } else {
            self.header(n, &stripped);
        }
    }

    fn header(&mut self, n: usize, line: &str) {
        let (kw, arg) = match line.split_once(char::is_whitespace) {
            Some((k, a)) => (k, a.trim()),
            None => (line, ""),
        };
        let argcol = col_of(line, arg);
        let o = self.origin(n);
        self.current = Current::Skipped;
        match kw {
            "country" | "igo" | "group" => {
                if !is_code(arg) {
                    return self.err(n, argcol, format!("expected a CAMEO actor code after `{kw}`, found `{arg}`"));
                }
                let kind = match kw {
                    "country" => ActorKind::Country,
                    "igo" => ActorKind::Igo,
                    _ => ActorKind::Group,
                };
                self.out.actors.push(Actor::new(kind, Some(arg.to_string()), String::new(), o));
                self.current = Current::Actor;
            }
            "person" => {
                if arg.is_empty() {
                    return self.err(n, line.chars().count() + 1, "expected the person's full name after `person`");
                }
                let mut a = Actor::new(ActorKind::Person, None, arg.to_string(), o.clone());
                a.names.push(Name { text: arg.to_string(), origin: o });
                self.out.actors.push(a);
                self.current = Current::Actor;
            }
            "agent" => {
                let (code, prefix) = match arg.strip_suffix('~') {
                    Some(c) => (c, true),
                    None => (arg.strip_prefix('~').unwrap_or(arg), false),
                };
                if !is_code(code) {
                    return self.err(n, argcol, format!("expected a role code after `agent`, found `{arg}`"));
                }
                self.out.agents.push(Agent { code: code.to_string(), prefix, nouns: Vec::new(), origin: o });
                self.current = Current::Agent;
            }
            "verb" | "noun" => {
                if arg.is_empty() {
                    return self.err(n, line.chars().count() + 1, format!("expected a lemma after `{kw}`"));
                }
                let v = Verb { lemma: fold(arg), forms: Vec::new(), code: None, patterns: Vec::new(), group: None, origin: o };
                if kw == "verb" {
                    self.out.verbs.push(v);
                    self.current = Current::Verb;
                } else {
                    self.out.nouns.push(v);
                    self.current = Current::Noun;
                }
            }
            "synset" => {
                let name = arg.strip_prefix('&').unwrap_or(arg);
                if name.is_empty() || name.contains(char::is_whitespace) {
                    return self.err(n, argcol, format!("expected `synset &NAME`, found `{arg}`"));
                }
                self.out.synsets.push(Synset { name: name.to_string(), words: Vec::new(), origin: o });
                self.current = Current::Synset;
            }
            "discard" => {
                let scope = match arg {
                    "sentence" => DiscardScope::Sentence,
                    "story" => DiscardScope::Story,
                    _ => return self.err(n, argcol, format!("expected `discard sentence` or `discard story`, found `{arg}`")),
                };
                self.current = Current::Discard(scope);
            }
            _ => self.err(
                n,
                1,
                format!("expected an entry header (country, igo, group, person, agent, verb, noun, synset, discard), found `{kw}`"),
            ),
        }
    }

    fn attribute(&mut self, n: usize, line: &str) {
        if matches!(self.current, Current::Skipped) {
            return;
        }
        let body = line.trim_start();
        let Some((key, rest)) = body.split_once(':') else {
            return self.err(n, col_of(line, body), "expected `key: value`");
        };
        let key = key.trim();
        let values: Vec<&str> = rest.split('|').map(str::trim).collect();
        for v in values {
            if v.is_empty() {
                self.err(
                    n,
                    col_of(line, rest) + rest.len().min(1),
                    format!("expected a value after `{key}:`"),
                );
                continue;
            }
            let col = col_of(line, v);
            if let Err(msg) = self.value(n, key, v) {
                // An error may say where in the value it is: "OFFSET\u{1f}message".
                match msg
                    .split_once('\u{1f}')
                    .and_then(|(o, m)| Some((o.parse::<usize>().ok()?, m)))
                {
                    Some((off, m)) => {
                        let c = col + v.get(..off).map_or(0, |p| p.chars().count());
                        self.err(n, c, m.to_string())
                    }
                    None => self.err(n, col, msg),
                }
            }
        }
    }

    fn value(&mut self, n: usize, key: &str, v: &str) -> Result<(), String> {
        let o = self.origin(n);
        match self.current {
            Current::None | Current::Skipped => {
                Err("expected an entry header before attribute lines".into())
            }
            Current::Actor => {
                let Some(a) = self.out.actors.last_mut() else {
                    return Err("no entry".into());
                };
                let name = || Name {
                    text: v.to_string(),
                    origin: o.clone(),
                };
                match key {
                    "name" | "alias" => {
                        if a.canonical.is_empty() {
                            a.canonical = v.to_string();
                        }
                        a.names.push(name());
                    }
                    "adjective" => a.adjectives.push(name()),
                    "capital" => a.capitals.push(name()),
                    "people" => a.people.push(noun(v, o.clone())),
                    "metonym" => {
                        let (nm, code) = match v.split_once('=') {
                            Some((nm, c)) => {
                                let c = c.trim();
                                if !is_code(c) {
                                    return Err(format!("expected a CAMEO actor code after `=`, found `{c}`"));
                                }
                                (nm.trim(), Some(c.to_string()))
                            }
                            None => (v, None),
                        };
                        a.metonyms.push(Metonym { name: nm.to_string(), code, origin: o });
                    }
                    "role" => {
                        let (code, range) = match v.split_once(char::is_whitespace) {
                            Some((c, r)) => (c, r.trim()),
                            None => (v, ".."),
                        };
                        if !is_code(code) {
                            return Err(format!("expected `role: CODE FROM..TO`, found code `{code}`"));
                        }
                        let Some(range) = DateRange::parse(range) else {
                            let at = v.len() - range.len();
                            return Err(format!("{at}\u{1f}expected a date range `FROM..TO` (YYYY[-MM[-DD]]), found `{range}`"));
                        };
                        a.roles.push(Role { code: code.to_string(), range, origin: o });
                    }
                    "other" => {
                        if !is_code(v) {
                            return Err(format!("expected a CAMEO actor code, found `{v}`"));
                        }
                        a.other = Some(v.to_string());
                    }
                    _ => return Err(format!("expected name, alias, adjective, people, capital, metonym, role or other, found `{key}`")),
                }
                Ok(())
            }
            Current::Agent => {
                if key != "noun" {
                    return Err(format!("expected `noun:` in an agent entry, found `{key}`"));
                }
                if let Some(a) = self.out.agents.last_mut() {
                    a.nouns.push(noun(v, o));
                }
                Ok(())
            }
            Current::Verb | Current::Noun => {
                let verb = if matches!(self.current, Current::Verb) {
                    self.out.verbs.last_mut()
                } else {
                    self.out.nouns.last_mut()
                };
                let Some(verb) = verb else {
                    return Err("no entry".into());
                };
                match key {
                    "form" => verb.forms.push(fold(v)),
                    "group" => verb.group = Some(fold(v)),
                    "code" => verb.code = Some(parse_event_code(v)?),
                    "pattern" | "linear" => {
                        let kind = if key == "pattern" {
                            PatternKind::Dependency
                        } else {
                            PatternKind::Linear
                        };
                        verb.patterns.push(parse_pattern(v, kind, o)?);
                    }
                    _ => {
                        return Err(format!(
                            "expected form, code, group, pattern or linear, found `{key}`"
                        ))
                    }
                }
                Ok(())
            }
            Current::Synset => {
                if key != "word" {
                    return Err(format!("expected `word:` in a synset, found `{key}`"));
                }
                if let Some(s) = self.out.synsets.last_mut() {
                    let w = if v.starts_with('&') {
                        v.to_string()
                    } else {
                        fold(v)
                    };
                    s.words.push(Name { text: w, origin: o });
                }
                Ok(())
            }
            Current::Discard(scope) => {
                if key != "phrase" {
                    return Err(format!(
                        "expected `phrase:` in a discard entry, found `{key}`"
                    ));
                }
                self.out.discards.push(Discard {
                    scope,
                    phrase: fold(v),
                    origin: o,
                });
                Ok(())
            }
        }
    }
}

fn noun(v: &str, origin: Origin) -> Noun {
    match v.split_once('/') {
        Some((s, p)) => Noun {
            singular: s.trim().to_string(),
            plural: Some(p.trim().to_string()),
            origin,
        },
        None => Noun {
            singular: v.to_string(),
            plural: None,
            origin,
        },
    }
}

/// A CAMEO actor code: upper-case letters and `-`, in three-letter parts.
pub(crate) fn is_code(s: &str) -> bool {
    !s.is_empty() && s.len() % 3 == 0 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
}

/// `040`, `0431`, `042:043`, `:173`.
pub(crate) fn parse_event_code(s: &str) -> Result<EventCode, String> {
    let ok = |c: &str| c.len() >= 2 && c.len() <= 4 && c.bytes().all(|b| b.is_ascii_digit());
    let (a, b) = match s.split_once(':') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (s.trim(), None),
    };
    if !(ok(a) || (a.is_empty() && b.is_some()))
        || b.is_some_and(|b| !(b.is_empty() || ok(b)))
        || (a.is_empty() && b == Some(""))
    {
        return Err(format!(
            "expected a CAMEO event code such as `040` or `042:043`, found `{s}`"
        ));
    }
    Ok(EventCode {
        code: a.to_string(),
        alt: b.map(str::to_string),
    })
}

/// `ELEMENTS = CODE`.
pub(crate) fn parse_pattern(v: &str, kind: PatternKind, origin: Origin) -> Result<Pattern, String> {
    let Some((els, code)) = v.rsplit_once('=') else {
        return Err(format!("expected `ELEMENTS = CODE`, found `{v}`"));
    };
    let code = parse_event_code(code.trim())?;
    let elements = parse_elements(els)?;
    if elements.is_empty() {
        return Err("expected pattern elements before `=`".into());
    }
    Ok(Pattern {
        kind,
        elements,
        code,
        comment: None,
        origin,
    })
}

/// Elements separated by spaces; `(`/`)` and `{`/`}` group, attached or not.
pub(crate) fn parse_elements(s: &str) -> Result<Vec<Element>, String> {
    let spaced = s
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('{', " { ")
        .replace('}', " } ");
    let mut stack: Vec<(char, Vec<Element>)> = vec![(' ', Vec::new())];
    for t in spaced.split_whitespace() {
        let el = match t {
            "(" | "{" => {
                stack.push((t.chars().next().unwrap_or('('), Vec::new()));
                continue;
            }
            ")" | "}" => {
                let open = if t == ")" { '(' } else { '{' };
                let Some((c, els)) = stack.pop() else {
                    return Err(format!("unbalanced `{t}`"));
                };
                if c != open || stack.is_empty() {
                    return Err(format!("expected a matching opening bracket for `{t}`"));
                }
                if open == '(' {
                    Element::Phrase(els)
                } else {
                    Element::NounPhrase(els)
                }
            }
            "+" => Element::Target,
            "@" => Element::Place,
            "$" => Element::Source,
            "*" => Element::Any,
            "%" => Element::Compound,
            "^" => Element::Skip,
            "_" => Element::Join,
            t if t.starts_with('&') && t.len() > 1 => Element::Synset(t[1..].to_string()),
            t => Element::Word(fold(t)),
        };
        if let Some(top) = stack.last_mut() {
            top.1.push(el);
        }
    }
    if stack.len() != 1 {
        return Err("expected a closing bracket".into());
    }
    Ok(stack.pop().map(|s| s.1).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_and_reports_bad_lines_with_columns() {
        let text = "# sources: test\ncountry RUS\n  name: Russia | Russian Federation\n  metonym: Kremlin = RUSGOV | Moscow\nperson Sergei Lavrov\n  role: RUSGOV 2004-03-09..\n  role: RUSGOV 2004-99\nverb meet\n  pattern: with + = 040\n  pattern: (to border = 154\nbogus thing\n  name: x\n";
        let (e, errs) = parse_text(Path::new("t.txt"), text);
        assert_eq!(e.actors.len(), 2);
        assert_eq!(e.actors[0].names.len(), 2);
        assert_eq!(e.actors[0].metonyms[0].code.as_deref(), Some("RUSGOV"));
        assert_eq!(e.actors[1].roles.len(), 1);
        assert_eq!(e.verbs[0].patterns.len(), 1);
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(
            msgs[0].starts_with("t.txt:7:16: expected a date range"),
            "{}",
            msgs[0]
        );
        assert!(msgs[1].starts_with("t.txt:10:12: expected"), "{}", msgs[1]);
        assert!(
            msgs[2].starts_with("t.txt:11:1: expected an entry header"),
            "{}",
            msgs[2]
        );
    }

    #[test]
    fn hash_inside_a_word_is_not_a_comment() {
        assert_eq!(strip_comment("  name: A#B # note"), "  name: A#B");
        assert_eq!(strip_comment("  name: \\#x"), "  name: #x");
    }
}
