//! Reading and writing CoNLL-U, the Universal Dependencies file format.
//!
//! [`read`] turns a file's text into [`ConllSentence`]s that keep everything needed to write the
//! file back (comments, multiword token lines, empty nodes), so that `--pretokenized` output keeps
//! the given sentences, IDs and FORMs. [`write_sentences`] writes our own [`Sentence`]s; a
//! multiword token is recognised as consecutive words sharing the same byte span.

use std::fmt::Write as _;
use std::path::Path;

use crate::error::NlpError;
use crate::sentence::Sentence;

/// One syntactic word line (integer ID).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 is the root.
    pub head: usize,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// A multiword token line such as `3-4  don't`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MultiwordToken {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

/// One sentence of a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConllSentence {
    /// Comment lines without the leading `# `... kept verbatim (with the `#`).
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub multiwords: Vec<MultiwordToken>,
    /// Empty nodes (`8.1` lines) kept verbatim, each with the number of the word it follows.
    pub empty_nodes: Vec<(usize, String)>,
    /// Line number (1-based) of the sentence's first line in its file.
    pub line: usize,
}

impl ConllSentence {
    /// The `# text = ...` comment, if present.
    pub fn text(&self) -> Option<&str> {
        self.comment_value("text")
    }

    /// The value of a `# key = value` comment.
    pub fn comment_value(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let rest = c.strip_prefix('#')?.trim_start();
            let rest = rest.strip_prefix(key)?.trim_start();
            Some(rest.strip_prefix('=')?.trim())
        })
    }

    /// Whether a comment starts with `# key` (e.g. `newpar`, `newdoc`).
    pub fn has_comment(&self, key: &str) -> bool {
        self.comments.iter().any(|c| {
            c.strip_prefix('#')
                .map(|r| r.trim_start().starts_with(key))
                .unwrap_or(false)
        })
    }

    /// Surface tokens as word-index ranges `[first, last]` (0-based, inclusive) with their form:
    /// a multiword token covers several words, every other word is its own token.
    pub fn surface_tokens(&self) -> Vec<(usize, usize, &str)> {
        let mut out = Vec::with_capacity(self.words.len());
        let mut i = 0;
        while i < self.words.len() {
            let id = i + 1;
            if let Some(m) = self.multiwords.iter().find(|m| m.first == id) {
                let last = m.last.min(self.words.len()).max(id);
                out.push((i, last - 1, m.form.as_str()));
                i = last;
            } else {
                out.push((i, i, self.words[i].form.as_str()));
                i += 1;
            }
        }
        out
    }

    /// Writes the sentence back as CoNLL-U (ending with the blank line).
    pub fn to_conllu(&self) -> String {
        let mut s = String::new();
        for c in &self.comments {
            s.push_str(c);
            s.push('\n');
        }
        for (i, w) in self.words.iter().enumerate() {
            if let Some(m) = self.multiwords.iter().find(|m| m.first == w.id) {
                let _ = writeln!(
                    s,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first,
                    m.last,
                    m.form,
                    dash(&m.misc)
                );
            }
            let _ = writeln!(
                s,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                w.id,
                w.form,
                dash(&w.lemma),
                dash(&w.upos),
                dash(&w.xpos),
                dash(&w.feats),
                w.head,
                dash(&w.deprel),
                dash(&w.deps),
                dash(&w.misc)
            );
            for (after, line) in &self.empty_nodes {
                if *after == i + 1 {
                    s.push_str(line);
                    s.push('\n');
                }
            }
        }
        s.push('\n');
        s
    }
}

fn dash(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

/// Reads a CoNLL-U file.
pub fn read_file(path: &Path) -> Result<Vec<ConllSentence>, NlpError> {
    let text = std::fs::read_to_string(path).map_err(|source| NlpError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    read(&text, &path.display().to_string())
}

/// Parses CoNLL-U text; `file` names the source in error messages. The first malformed
/// sentence is an error (training and evaluation read nothing less than the whole file).
pub fn read(text: &str, file: &str) -> Result<Vec<ConllSentence>, NlpError> {
    let (sentences, errors) = read_lenient(text, file);
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(sentences),
    }
}

/// Parses CoNLL-U text, skipping each malformed sentence: the sentences read well, and for
/// each one skipped the error of its first bad line. Reading resumes after the blank line
/// that ends the bad sentence, so one broken line costs one sentence, not the file.
pub fn read_lenient(text: &str, file: &str) -> (Vec<ConllSentence>, Vec<NlpError>) {
    let mut reader = Reader {
        file,
        sentences: Vec::new(),
        errors: Vec::new(),
        cur: ConllSentence::default(),
        bad: None,
    };
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            reader.finish(false);
            continue;
        }
        if reader.bad.is_some() {
            continue;
        }
        let cur = &mut reader.cur;
        if cur.words.is_empty() && cur.comments.is_empty() && cur.multiwords.is_empty() {
            cur.line = line_no;
        }
        if let Err(message) = add_line(cur, line) {
            reader.bad = Some(reader.error(line_no, message));
        }
    }
    reader.finish(true);
    (reader.sentences, reader.errors)
}

struct Reader<'a> {
    file: &'a str,
    sentences: Vec<ConllSentence>,
    errors: Vec<NlpError>,
    cur: ConllSentence,
    /// The first error of the sentence being read: the rest of it is skipped.
    bad: Option<NlpError>,
}

impl Reader<'_> {
    fn error(&self, line: usize, message: String) -> NlpError {
        NlpError::Conllu {
            file: self.file.to_string(),
            line,
            message,
        }
    }

    /// Ends the sentence being read at a blank line or at the end of the text.
    fn finish(&mut self, at_end: bool) {
        let s = std::mem::take(&mut self.cur);
        if let Some(e) = self.bad.take() {
            self.errors.push(e);
            return;
        }
        // Comments alone make a sentence between blank lines, not after the last one.
        if s.words.is_empty() && (at_end || s.comments.is_empty()) {
            return;
        }
        if let Some(w) = s.words.iter().find(|w| w.head > s.words.len()) {
            let e = self.error(
                s.line,
                format!("HEAD {} of word {} out of range", w.head, w.id),
            );
            self.errors.push(e);
            return;
        }
        self.sentences.push(s);
    }
}

/// Adds one comment, multiword token, empty node or word line to `cur`.
fn add_line(cur: &mut ConllSentence, line: &str) -> Result<(), String> {
    if line.starts_with('#') {
        cur.comments.push(line.to_string());
        return Ok(());
    }
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(format!("expected 10 columns, found {}", cols.len()));
    }
    let id = cols[0];
    let bad_id = || format!("bad ID {id:?}");
    if let Some((a, b)) = id.split_once('-') {
        cur.multiwords.push(MultiwordToken {
            first: a.parse().map_err(|_| bad_id())?,
            last: b.parse().map_err(|_| bad_id())?,
            form: cols[1].to_string(),
            misc: undash(cols[9]),
        });
        return Ok(());
    }
    if id.contains('.') {
        cur.empty_nodes.push((cur.words.len(), line.to_string()));
        return Ok(());
    }
    let id: usize = id.parse().map_err(|_| bad_id())?;
    if id != cur.words.len() + 1 {
        return Err(format!("word ID {id} out of sequence"));
    }
    let head = if cols[6] == "_" {
        0
    } else {
        cols[6]
            .parse()
            .map_err(|_| format!("bad HEAD {:?}", cols[6]))?
    };
    cur.words.push(Word {
        id,
        form: cols[1].to_string(),
        lemma: undash(cols[2]),
        upos: undash(cols[3]),
        xpos: undash(cols[4]),
        feats: undash(cols[5]),
        head,
        deprel: undash(cols[7]),
        deps: undash(cols[8]),
        misc: undash(cols[9]),
    });
    Ok(())
}

fn undash(s: &str) -> String {
    if s == "_" {
        String::new()
    } else {
        s.to_string()
    }
}

/// Writes our sentences as CoNLL-U. `text` is the input they were parsed from (for `# text`
/// and `SpaceAfter=No`); a sentence's multiword token is a run of words sharing one byte span.
pub fn write_sentences(text: &str, sentences: &[Sentence], first_id: usize) -> String {
    let mut s = String::new();
    for (k, sent) in sentences.iter().enumerate() {
        let _ = writeln!(s, "# sent_id = {}", first_id + k);
        let stext = text.get(sent.start..sent.end).unwrap_or("");
        let _ = writeln!(
            s,
            "# text = {}",
            stext.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        let toks = &sent.tokens;
        let mut i = 0;
        while i < toks.len() {
            let mut j = i + 1;
            while j < toks.len() && toks[j].start == toks[i].start && toks[j].end == toks[i].end {
                j += 1;
            }
            let end = toks[i].end;
            let space_after = if j == toks.len() {
                false
            } else {
                end < toks[j].start || end >= text.len()
            };
            let misc = if space_after || j == toks.len() {
                "_"
            } else {
                "SpaceAfter=No"
            };
            if j > i + 1 {
                let form = text.get(toks[i].start..end).unwrap_or("");
                let _ = writeln!(
                    s,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    i + 1,
                    j,
                    form,
                    misc
                );
            }
            for (k, t) in toks.iter().enumerate().take(j).skip(i) {
                let m = if j > i + 1 { "_" } else { misc };
                let _ = writeln!(
                    s,
                    "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}",
                    k + 1,
                    t.form,
                    dash(&t.lemma),
                    dash(&t.upos),
                    dash(&t.xpos),
                    t.head,
                    dash(&t.deprel),
                    m
                );
            }
            i = j;
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = I don't.\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

    #[test]
    fn round_trip_keeps_multiword_lines() {
        let s = read(SAMPLE, "x").unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 3);
        assert_eq!(s[0].text(), Some("I don't."));
        assert_eq!(s[0].surface_tokens().len(), 2);
        assert_eq!(s[0].to_conllu(), SAMPLE);
    }

    #[test]
    fn a_malformed_sentence_is_skipped_and_each_is_reported() {
        let w = |id: &str, head: &str| format!("{id}\tx\t_\t_\t_\t_\t{head}\t_\t_\t_\n");
        let text = [
            w("1", "0"),
            "\n".into(),
            w("1", "0"),
            w("3", "1"), // line 4: out of sequence
            w("4", "1"),
            "\n".into(),
            w("1", "2"), // line 7: the sentence's HEAD 2 is out of range
            "\n".into(),
            w("1", "0"),
            w("2", "1"),
            "\n# a comment alone at the end\n".into(),
        ]
        .concat();
        let (sentences, errors) = read_lenient(&text, "f");
        assert_eq!(
            sentences.iter().map(|s| s.words.len()).collect::<Vec<_>>(),
            [1, 2]
        );
        let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("f:4:"), "{errors:?}");
        assert!(errors[1].starts_with("f:7:"), "{errors:?}");
        assert!(
            read(&text, "f").is_err(),
            "the strict reader refuses the file"
        );
    }

    #[test]
    fn bad_line_names_file_and_line() {
        let e = read("1\tx\n", "f.conllu").unwrap_err().to_string();
        assert!(e.starts_with("f.conllu:1:"), "{e}");
    }
}
