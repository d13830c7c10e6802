//! The verb dictionary reader for both PETRARCH pattern formats (see [`crate::petrarch`]).

use crate::error::EntryError;
use crate::model::*;
use crate::petrarch::name_of;
use crate::source::Entries;
use crate::token::fold;
use std::path::Path;
use std::sync::Arc;

enum Block {
    None,
    Synset,
    Verb {
        head: String,
        code: Option<EventCode>,
    },
}

/// PETRARCH codes are kept as written (`042:043`, `:173`, `---` = none, even WEIS `075A`).
fn code_of(inner: &str) -> Option<EventCode> {
    let inner = inner.trim();
    if inner.is_empty() || inner == "---" {
        return None;
    }
    Some(match inner.split_once(':') {
        Some((a, b)) => EventCode {
            code: a.trim().to_string(),
            alt: Some(b.trim().to_string()),
        },
        None => EventCode {
            code: inner.to_string(),
            alt: None,
        },
    })
}

/// One whitespace-separated PETRARCH token into elements: `A_B` → A, Join, B; `+ $ * % ^ &X`.
fn push_token(t: &str, out: &mut Vec<Element>) {
    let pieces: Vec<&str> = t.split('_').collect();
    let mut first = true;
    for p in pieces {
        if p.is_empty() {
            continue;
        }
        if !first {
            out.push(Element::Join);
        }
        first = false;
        let el = match p {
            "+" => Element::Target,
            "$" => Element::Source,
            "*" => Element::Any,
            "%" => Element::Compound,
            "^" => Element::Skip,
            p if p.starts_with('&') && p.len() > 1 => Element::Synset(p[1..].to_string()),
            p => {
                // `SUGGESTED+` style attachments: split the actor marker off.
                if let Some(w) = p.strip_suffix('+').filter(|w| !w.is_empty()) {
                    out.push(Element::Word(fold(w)));
                    Element::Target
                } else if let Some(w) = p.strip_suffix('$').filter(|w| !w.is_empty()) {
                    out.push(Element::Word(fold(w)));
                    Element::Source
                } else {
                    Element::Word(fold(p))
                }
            }
        };
        out.push(el);
    }
}

/// Pattern text between `-` and `[code]`.
pub(crate) fn parse_linear(s: &str) -> Result<Vec<Element>, String> {
    let spaced = s
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('{', " { ")
        .replace('}', " } ");
    let mut stack: Vec<(char, Vec<Element>)> = vec![(' ', Vec::new())];
    for t in spaced.split_whitespace() {
        match t {
            "(" | "{" => stack.push((if t == "(" { '(' } else { '{' }, Vec::new())),
            ")" | "}" => {
                let open = if t == ")" { '(' } else { '{' };
                match stack.pop() {
                    Some((c, els)) if c == open && !stack.is_empty() => {
                        let el = if open == '(' {
                            Element::Phrase(els)
                        } else {
                            Element::NounPhrase(els)
                        };
                        if let Some(top) = stack.last_mut() {
                            top.1.push(el);
                        }
                    }
                    _ => return Err(format!("expected a matching opening bracket for `{t}`")),
                }
            }
            "|" => return Err("`{ a | b }` alternatives are TABARI-only and not supported".into()),
            t => {
                if let Some(top) = stack.last_mut() {
                    push_token(t, &mut top.1);
                }
            }
        }
    }
    if stack.len() != 1 {
        return Err("expected a closing bracket".into());
    }
    Ok(stack.pop().map(|s| s.1).unwrap_or_default())
}

/// Verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt).
pub fn read_verbs(file: &Path, text: &str) -> (Entries, Vec<EntryError>) {
    let arc: Arc<str> = Arc::from(file.to_string_lossy().as_ref());
    let origin = |line: usize| Origin {
        file: arc.clone(),
        line,
    };
    let mut errors = Vec::new();
    let mut err = |line: usize, column: usize, message: String| {
        errors.push(EntryError {
            file: file.to_path_buf(),
            line,
            column,
            message,
        });
    };
    let mut out = Entries::default();
    let mut block = Block::None;
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        // <!-- ... --> comment blocks (PETR.Validate files).
        let t0 = raw.trim();
        if in_comment || t0.starts_with("<!--") {
            in_comment = !t0.contains("-->");
            continue;
        }
        let (line, comment) = match raw.find('#') {
            Some(k) => (
                &raw[..k],
                Some(raw[k + 1..].trim().to_string()).filter(|c| !c.is_empty()),
            ),
            None => (raw, None),
        };
        let t = line.trim();
        if t.is_empty() || t.starts_with('<') {
            continue;
        }
        if let Some(name) = t.strip_prefix('&') {
            let name = name.trim().trim_end_matches('_').to_string();
            out.synsets.push(Synset {
                name,
                words: Vec::new(),
                origin: origin(n),
            });
            block = Block::Synset;
            continue;
        }
        if t.starts_with("---") {
            let inner = t.trim_start_matches('-').trim_end_matches('-').trim();
            let (head, code) = match (inner.find('['), inner.find(']')) {
                (Some(a), Some(b)) if a < b => (inner[..a].trim(), code_of(&inner[a + 1..b])),
                _ => (inner, None),
            };
            if head.is_empty() {
                err(n, 1, "expected `--- VERB [CODE] ---`".into());
                block = Block::None;
                continue;
            }
            block = Block::Verb {
                head: fold(&name_of(head)),
                code,
            };
            continue;
        }
        if let Some(rest) = t.strip_prefix('~') {
            out.unsupported.push(Unsupported {
                what: "transformation",
                text: format!("~{rest}"),
                origin: origin(n),
            });
            continue;
        }
        match &block {
            Block::Synset if t.starts_with('+') => {
                let w = t[1..].trim();
                let w = if w.starts_with('&') { w.trim_end_matches('_').to_string() } else { fold(&name_of(w)) };
                if let Some(s) = out.synsets.last_mut() {
                    s.words.push(Name { text: w, origin: origin(n) });
                }
            }
            Block::Verb { head, code: bcode } => {
                if let Some(p) = t.strip_prefix('-') {
                    let (body, code) = match (p.rfind('['), p.rfind(']')) {
                        (Some(a), Some(b)) if a < b => (&p[..a], code_of(&p[a + 1..b])),
                        _ => {
                            err(n, raw.chars().count() + 1, "expected `[CODE]` at the end of the pattern".into());
                            continue;
                        }
                    };
                    // `[---]`: the phrase blocks coding (a null pattern). Our patterns always
                    // carry a code, so these are reported as not carried over.
                    let Some(code) = code else {
                        out.unsupported.push(Unsupported { what: "null pattern", text: t.to_string(), origin: origin(n) });
                        continue;
                    };
                    let elements = match parse_linear(body) {
                        Ok(e) => e,
                        Err(m) => {
                            err(n, 2, m);
                            continue;
                        }
                    };
                    let pat = Pattern { kind: PatternKind::Linear, elements, code, comment, origin: origin(n) };
                    let head = head.clone();
                    let idx = out.verbs.iter().rposition(|v| v.lemma == head && v.group.is_none());
                    let idx = match idx {
                        Some(i) => i,
                        None => {
                            out.verbs.push(Verb { lemma: head, forms: vec![], code: bcode.clone(), patterns: vec![], group: None, origin: origin(n) });
                            out.verbs.len() - 1
                        }
                    };
                    out.verbs[idx].patterns.push(pat);
                } else {
                    // A verb of the block: `WORD {FORMS} [code]` or `+PHRASAL_VERB {+FORMS} [code]`.
                    let w = t.trim_start_matches('+');
                    let (word_part, code) = match (w.find('['), w.find(']')) {
                        (Some(a), Some(b)) if a < b => (&w[..a], code_of(&w[a + 1..b]).or_else(|| bcode.clone())),
                        _ => (w, bcode.clone()),
                    };
                    let (word, forms) = match word_part.split_once('{') {
                        Some((a, b)) => (a.trim(), b.trim_end().trim_end_matches('}')),
                        None => (word_part.trim(), ""),
                    };
                    if word.is_empty() {
                        err(n, 1, "expected a verb".into());
                        continue;
                    }
                    // `WIRE_+TAP`: the `+` marks the word that inflects; the verb is the words.
                    let lemma = fold(&name_of(&word.replace('+', "")));
                    let forms = forms.split_whitespace().map(|f| fold(&name_of(&f.replace('+', "")))).filter(|f| !f.is_empty()).collect();
                    let group = if lemma == *head { None } else { Some(head.clone()) };
                    out.verbs.push(Verb { lemma, forms, code, patterns: vec![], group, origin: origin(n) });
                }
            }
            _ => err(n, 1, format!("expected a synset `&NAME`, a verb block `--- VERB [CODE] ---` or a pattern, found `{t}`")),
        }
    }
    (out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiword_verbs_lose_their_head_marker() {
        let text = "--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING }\n+CORDON_OFF {+CORDONED_OFF}\n- WILL NOT * [081]\n";
        let (e, errs) = read_verbs(Path::new("v.txt"), text);
        assert!(errs.is_empty(), "{errs:?}");
        let wire = e.verbs.iter().find(|v| v.lemma == "wire tap").unwrap();
        assert_eq!(wire.forms, vec!["wire tapped", "wire tapping"]);
        assert_eq!(wire.group.as_deref(), Some("confiscate"));
        assert_eq!(wire.code.as_ref().map(|c| c.code.as_str()), Some("1711"));
        let cordon = e.verbs.iter().find(|v| v.lemma == "cordon off").unwrap();
        assert_eq!(cordon.forms, vec!["cordoned off"]);
    }
}
