//! JSON lines, one document a line:
//! `{"id", "url", "date": "YYYY-MM-DD", "title", "text"}` or with `"html"` in place of `"text"`.
//! Lines are read with a bounded buffer: a line longer than the maximum document size is
//! skipped by streaming over it and reported, so a 100 MB line costs no more memory than the
//! limit. Errors are named `path:LINE`.

use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;

use super::error::{Origin, ReadError, ReadErrorKind, ReadWarning};
use crate::document::{Body, RawDocument};

/// Reads documents from a JSONL stream lazily.
pub struct JsonlReader<R> {
    path: PathBuf,
    input: R,
    line_no: u64,
    max: u64,
    buf: Vec<u8>,
    done: bool,
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
}

/// How a bounded line read ended.
enum LineRead {
    Eof,
    Line,
    TooLong(u64),
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(path: &Path, input: R, max: u64) -> Self {
        JsonlReader {
            path: path.to_owned(),
            input,
            line_no: 0,
            max,
            buf: Vec::new(),
            done: false,
        }
    }

    /// The next document or error; `None` at the end of the stream.
    pub fn next_doc(
        &mut self,
        warnings: &mut Vec<ReadWarning>,
    ) -> Option<Result<RawDocument, ReadError>> {
        while !self.done {
            self.line_no += 1;
            let origin = Origin::Line(self.path.clone(), self.line_no);
            match self.read_line() {
                Ok(LineRead::Eof) => self.done = true,
                Ok(LineRead::TooLong(size)) => {
                    let kind = ReadErrorKind::TooLarge {
                        size,
                        max: self.max,
                    };
                    return Some(Err(ReadError::new(origin, kind)));
                }
                Ok(LineRead::Line) => {
                    if self.buf.trim_ascii().is_empty() {
                        continue;
                    }
                    return Some(parse_line(&self.buf, origin, warnings));
                }
                Err(e) => {
                    // The stream itself failed (a truncated .jsonl.gz): nothing after this
                    // point can be trusted to be where it should.
                    self.done = true;
                    return Some(Err(ReadError::new(origin, e)));
                }
            }
        }
        None
    }

    /// Reads one line into `self.buf`, keeping at most `max` bytes of it.
    fn read_line(&mut self) -> io::Result<LineRead> {
        self.buf.clear();
        let mut total: u64 = 0;
        let mut too_long = false;
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(match (total, too_long) {
                    (0, _) => LineRead::Eof,
                    (_, true) => LineRead::TooLong(total),
                    _ => LineRead::Line,
                });
            }
            let (take, end) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            total += take as u64;
            if !too_long && total > self.max {
                too_long = true;
                self.buf = Vec::new();
            }
            if !too_long {
                self.buf.extend_from_slice(&chunk[..take]);
            }
            self.input.consume(take);
            if end {
                return Ok(if too_long {
                    LineRead::TooLong(total)
                } else {
                    LineRead::Line
                });
            }
        }
    }
}

fn parse_line(
    bytes: &[u8],
    origin: Origin,
    warnings: &mut Vec<ReadWarning>,
) -> Result<RawDocument, ReadError> {
    let err = |kind| ReadError::new(origin.clone(), kind);
    let line: Line =
        serde_json::from_slice(bytes).map_err(|e| err(ReadErrorKind::Json(e.to_string())))?;
    let titled = line.title.as_deref().is_some_and(|t| !t.trim().is_empty());
    let body = match (line.html, line.text) {
        (Some(h), _) if !h.trim().is_empty() => Body::Html(h),
        (_, Some(t)) if !t.trim().is_empty() => Body::Text(t),
        // A headline alone (a feed's item, a wire alert) is a document of one sentence.
        (Some(_), _) | (_, Some(_)) if titled => Body::Text(String::new()),
        (Some(_), _) | (_, Some(_)) => return Err(err(ReadErrorKind::Empty)),
        (None, None) => {
            return Err(err(ReadErrorKind::Jsonl(
                "the line has neither a \"text\" nor an \"html\" field".into(),
            )))
        }
    };
    let id = match line.id {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => Some(other.to_string()),
    };
    let date = match line.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => match parse_date(d) {
            Some(date) => Some(date),
            None => {
                warnings.push(ReadWarning {
                    origin: origin.clone(),
                    message: format!("ignoring unreadable date {d:?} (expected YYYY-MM-DD)"),
                });
                None
            }
        },
    };
    Ok(RawDocument {
        origin: origin.to_string(),
        id,
        url: line.url.filter(|u| !u.trim().is_empty()),
        date,
        title: line.title.filter(|t| !t.trim().is_empty()),
        body,
    })
}

/// `YYYY-MM-DD`, also as the start of a timestamp (`2019-05-14T10:00:00Z`).
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    head.parse().ok()
}
