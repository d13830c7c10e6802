//! WARC/1.0 and WARC/1.1 archives, plain or gzipped (one gzip member per record, as Common
//! Crawl ships them, or the whole file as one member). `response` records over HTTP become
//! documents: the HTTP headers are split off and give the charset; `WARC-Target-URI` gives the
//! URL. Other records (`warcinfo`, `request`, `metadata`) and non-text responses (images, PDFs,
//! redirects) are skipped silently: they are not documents.
//!
//! A bad record is reported and skipped. A corrupt or truncated gzip member is reported with the
//! byte offset where it starts, and reading resumes at the next gzip member header, so one bad
//! member costs one record, not the file. Records larger than the maximum document size are
//! skipped by streaming over them, never held in memory.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use flate2::bufread::GzDecoder;

use super::decode::{charset_param, decode};
use super::error::{Origin, ReadError, ReadErrorKind, ReadWarning};
use super::{is_html_type, read_bounded};
use crate::document::{Body, RawDocument};

/// The longest header line we accept; a longer one means this is not a WARC header.
const MAX_LINE: usize = 64 * 1024;
/// The most header lines a record may have.
const MAX_HEADERS: usize = 1000;
/// Room for HTTP headers on top of the maximum document size.
const HTTP_HEADER_SLACK: u64 = 256 * 1024;

/// Reads the documents of one WARC file lazily.
pub struct WarcReader {
    path: PathBuf,
    max: u64,
    state: State,
    /// Records seen so far (all types), to name them in messages.
    record: u64,
}

enum State {
    Plain(Counted<BufReader<File>>),
    /// Between gzip members.
    Gz(BufReader<File>),
    /// Inside a gzip member that started at the given file offset.
    Member(Box<BufReader<GzDecoder<BufReader<File>>>>, u64),
    Done,
}

/// One WARC record, with its block read only when it may be a document.
struct Record {
    headers: Vec<(String, String)>,
    /// `None` when the block was skipped (not a response, or too large).
    block: Option<Vec<u8>>,
    length: u64,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl WarcReader {
    pub fn open(path: &Path, gzipped: bool, max: u64) -> io::Result<Self> {
        let file = BufReader::with_capacity(64 * 1024, File::open(path)?);
        let state = if gzipped {
            State::Gz(file)
        } else {
            State::Plain(Counted {
                inner: file,
                pos: 0,
            })
        };
        Ok(WarcReader {
            path: path.to_owned(),
            max,
            state,
            record: 0,
        })
    }

    fn origin(&self, offset: u64) -> Origin {
        Origin::Record(self.path.clone(), self.record.max(1), offset)
    }

    /// The next document or error; `None` at the end of the file.
    pub fn next_doc(
        &mut self,
        warnings: &mut Vec<ReadWarning>,
    ) -> Option<Result<RawDocument, ReadError>> {
        loop {
            match self.next_record() {
                None => return None,
                Some(Err(e)) => return Some(Err(e)),
                Some(Ok((record, offset))) => {
                    let origin = self.origin(offset);
                    match to_document(record, origin, self.max, warnings) {
                        Ok(Some(doc)) => return Some(Ok(doc)),
                        Ok(None) => continue,
                        Err(e) => return Some(Err(e)),
                    }
                }
            }
        }
    }

    /// The next record and the offset to name it by.
    fn next_record(&mut self) -> Option<Result<(Record, u64), ReadError>> {
        let max_block = self.max + HTTP_HEADER_SLACK;
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return None,
                State::Plain(mut r) => {
                    let offset = r.pos;
                    let result = read_record(&mut r, max_block);
                    match result {
                        Ok(None) => return None,
                        Ok(Some(rec)) => {
                            self.record += 1;
                            self.state = State::Plain(r);
                            return Some(Ok((rec, offset)));
                        }
                        Err(e) => {
                            self.record += 1;
                            let kind = warc_error(e, offset);
                            // Resume at the next line that starts a record.
                            if skip_to_version_line(&mut r).unwrap_or(false) {
                                self.state = State::Plain(r);
                            }
                            return Some(Err(ReadError::new(self.origin(offset), kind)));
                        }
                    }
                }
                State::Gz(mut file) => {
                    match file.fill_buf() {
                        Ok([]) => return None,
                        Ok(_) => {}
                        Err(e) => {
                            return Some(Err(ReadError::new(Origin::File(self.path.clone()), e)))
                        }
                    }
                    let start = file.stream_position().unwrap_or(0);
                    let member = BufReader::with_capacity(64 * 1024, GzDecoder::new(file));
                    self.state = State::Member(Box::new(member), start);
                }
                State::Member(mut member, start) => match read_record(&mut member, max_block) {
                    Ok(None) => {
                        // The member is finished: go on with the file after it.
                        let file = member.into_inner().into_inner();
                        self.state = State::Gz(file);
                    }
                    Ok(Some(rec)) => {
                        self.record += 1;
                        self.state = State::Member(member, start);
                        return Some(Ok((rec, start)));
                    }
                    Err(RecordError::Io(e)) if is_gzip_error(&e) => {
                        self.record += 1;
                        let mut file = member.into_inner().into_inner();
                        let stopped = file.stream_position().unwrap_or(u64::MAX);
                        let next = seek_next_member(&mut file, start + 1).ok().flatten();
                        // A member cut short runs on into the next one, whose bytes then fail
                        // as deflate data or checksum: a member header before the point of
                        // failure means truncation, not corruption.
                        let kind = match next {
                            _ if e.kind() == io::ErrorKind::UnexpectedEof => {
                                ReadErrorKind::TruncatedGzip {
                                    offset: start,
                                    message: "the file ends inside it".into(),
                                }
                            }
                            Some(n) if n < stopped => ReadErrorKind::TruncatedGzip {
                                offset: start,
                                message: format!("the next member starts at byte {n} ({e})"),
                            },
                            _ => ReadErrorKind::Gzip(format!("member at byte {start}: {e}")),
                        };
                        if next.is_some() {
                            self.state = State::Gz(file);
                        }
                        return Some(Err(ReadError::new(self.origin(start), kind)));
                    }
                    Err(e) => {
                        self.record += 1;
                        let err = ReadError::new(self.origin(start), warc_error(e, start));
                        // The member's framing is intact: skip what is left of it.
                        if io::copy(&mut member, &mut io::sink()).is_ok() {
                            self.state = State::Gz(member.into_inner().into_inner());
                        } else {
                            let mut file = member.into_inner().into_inner();
                            if let Ok(Some(_)) = seek_next_member(&mut file, start + 1) {
                                self.state = State::Gz(file);
                            }
                        }
                        return Some(Err(err));
                    }
                },
            }
        }
    }
}

/// Errors from flate2 come as `InvalidInput`/`InvalidData` (bad header or deflate stream,
/// CRC mismatch) or `UnexpectedEof` (truncated member).
fn is_gzip_error(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
    )
}

/// Positions `file` at the next gzip member header (`1f 8b 08`) at or after `from` and returns
/// its offset; `None` when there is none.
fn seek_next_member(file: &mut BufReader<File>, from: u64) -> io::Result<Option<u64>> {
    file.seek(SeekFrom::Start(from))?;
    let mut pos = from;
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let buf = file.fill_buf()?;
        if buf.is_empty() {
            return Ok(None);
        }
        let mut window = std::mem::take(&mut carry);
        let base = pos - window.len() as u64;
        window.extend_from_slice(buf);
        let n = buf.len();
        if let Some(at) = memchr::memmem::find(&window, b"\x1f\x8b\x08") {
            let found = base + at as u64;
            file.seek(SeekFrom::Start(found))?;
            return Ok(Some(found));
        }
        file.consume(n);
        pos += n as u64;
        carry = window[window.len().saturating_sub(2)..].to_vec();
    }
}

enum RecordError {
    Io(io::Error),
    Format(String),
    /// The input ended inside the record.
    Truncated,
}

impl From<io::Error> for RecordError {
    fn from(e: io::Error) -> Self {
        RecordError::Io(e)
    }
}

fn warc_error(e: RecordError, offset: u64) -> ReadErrorKind {
    match e {
        RecordError::Truncated => ReadErrorKind::Warc {
            offset,
            message: "record truncated (the input ends inside it)".into(),
        },
        RecordError::Io(e) => ReadErrorKind::Io(e),
        RecordError::Format(message) => ReadErrorKind::Warc { offset, message },
    }
}

/// Reads one record; `Ok(None)` at a clean end of input.
fn read_record<R: BufRead>(r: &mut R, max_block: u64) -> Result<Option<Record>, RecordError> {
    let mut line = Vec::new();
    // Blank lines between records are tolerated.
    loop {
        line.clear();
        if read_line(r, &mut line)? == 0 {
            return Ok(None);
        }
        if !line.trim_ascii().is_empty() {
            break;
        }
    }
    if !line.starts_with(b"WARC/") {
        return Err(RecordError::Format(format!(
            "expected a WARC version line, found {:?}",
            String::from_utf8_lossy(&line[..line.len().min(40)]).trim_end()
        )));
    }
    let mut headers = Vec::new();
    loop {
        line.clear();
        if read_line(r, &mut line)? == 0 {
            return Err(RecordError::Truncated);
        }
        let text = String::from_utf8_lossy(line.trim_ascii_end());
        if text.is_empty() {
            break;
        }
        if text.starts_with([' ', '\t']) {
            // A continuation line (folded header).
            if let Some((_, v)) = headers.last_mut() {
                let v: &mut String = v;
                v.push(' ');
                v.push_str(text.trim());
            }
            continue;
        }
        let Some((name, value)) = text.split_once(':') else {
            return Err(RecordError::Format(format!(
                "malformed header line {text:?}"
            )));
        };
        headers.push((name.trim().to_owned(), value.trim().to_owned()));
        if headers.len() > MAX_HEADERS {
            return Err(RecordError::Format("too many header lines".into()));
        }
    }
    let mut record = Record {
        headers,
        block: None,
        length: 0,
    };
    let length: u64 = record
        .header("Content-Length")
        .ok_or_else(|| RecordError::Format("no Content-Length header".into()))?
        .parse()
        .map_err(|_| RecordError::Format("invalid Content-Length".into()))?;
    record.length = length;
    let wanted = record
        .header("WARC-Type")
        .is_some_and(|t| t.eq_ignore_ascii_case("response") || t.eq_ignore_ascii_case("resource"));
    let mut block = r.by_ref().take(length);
    if wanted && length <= max_block {
        let mut buf = Vec::with_capacity(length.min(1 << 20) as usize);
        block.read_to_end(&mut buf)?;
        if (buf.len() as u64) < length {
            return Err(RecordError::Truncated);
        }
        record.block = Some(buf);
    } else {
        let n = io::copy(&mut block, &mut io::sink())?;
        if n < length {
            return Err(RecordError::Truncated);
        }
    }
    // The block is followed by CRLF CRLF; be lenient about how many.
    loop {
        let buf = r.fill_buf()?;
        match buf.first() {
            Some(b'\r' | b'\n') => r.consume(1),
            _ => break,
        }
    }
    Ok(Some(record))
}

/// Reads a line (with its terminator) of at most [`MAX_LINE`] bytes.
fn read_line<R: BufRead>(r: &mut R, line: &mut Vec<u8>) -> Result<usize, RecordError> {
    let n = r.by_ref().take(MAX_LINE as u64).read_until(b'\n', line)?;
    if n == MAX_LINE && !line.ends_with(b"\n") {
        return Err(RecordError::Format(format!(
            "header line longer than {MAX_LINE} bytes"
        )));
    }
    Ok(n)
}

/// After a bad record in a plain WARC, skips to the next line that starts a record; false at
/// the end of the file.
fn skip_to_version_line(r: &mut Counted<BufReader<File>>) -> io::Result<bool> {
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        if buf.starts_with(b"WARC/1.") {
            return Ok(true);
        }
        let n = memchr::memchr(b'\n', buf).map_or(buf.len(), |i| i + 1);
        r.consume(n);
    }
}

/// A response record to a document, `Ok(None)` for records that are not documents.
fn to_document(
    record: Record,
    origin: Origin,
    max: u64,
    warnings: &mut Vec<ReadWarning>,
) -> Result<Option<RawDocument>, ReadError> {
    let err = |kind: ReadErrorKind| ReadError::new(origin.clone(), kind);
    let is_response = record
        .header("WARC-Type")
        .is_some_and(|t| t.eq_ignore_ascii_case("response") || t.eq_ignore_ascii_case("resource"));
    if !is_response {
        return Ok(None);
    }
    let url = record
        .header("WARC-Target-URI")
        .map(|u| u.trim_matches(|c| c == '<' || c == '>').to_owned());
    let Some(block) = record.block.as_deref() else {
        return Err(err(ReadErrorKind::TooLarge {
            size: record.length,
            max,
        }));
    };
    let warc_type = record.header("Content-Type").unwrap_or("");
    let (content_type, payload) = if warc_type
        .to_ascii_lowercase()
        .starts_with("application/http")
    {
        let http = split_http(block).map_err(|m| {
            err(ReadErrorKind::Warc {
                offset: record_offset(&origin),
                message: m,
            })
        })?;
        if !(200..300).contains(&http.status) {
            return Ok(None);
        }
        let payload = http.payload(max).map_err(err)?;
        (http.content_type, payload)
    } else {
        (Some(warc_type.to_owned()), block.to_vec())
    };
    let mime = content_type.as_deref().map(|c| {
        c.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    let html = match mime.as_deref() {
        None | Some("") => true,
        Some(m) if is_html_type(m) => true,
        Some("text/plain") => false,
        Some(_) => return Ok(None),
    };
    if payload.len() as u64 > max {
        return Err(err(ReadErrorKind::TooLarge {
            size: payload.len() as u64,
            max,
        }));
    }
    let declared = content_type.as_deref().and_then(charset_param);
    let decoded = decode(&payload, declared, html).map_err(err)?;
    if let Some(message) = decoded.warning {
        warnings.push(ReadWarning {
            origin: origin.clone(),
            message,
        });
    }
    Ok(Some(RawDocument {
        origin: origin.to_string(),
        id: None,
        url,
        date: None,
        title: None,
        body: if html {
            Body::Html(decoded.text)
        } else {
            Body::Text(decoded.text)
        },
    }))
}

fn record_offset(origin: &Origin) -> u64 {
    match origin {
        Origin::Record(_, _, offset) => *offset,
        _ => 0,
    }
}

/// An HTTP response split into status, the headers we use, and the raw body.
struct Http<'a> {
    status: u16,
    content_type: Option<String>,
    content_encoding: Option<String>,
    chunked: bool,
    body: &'a [u8],
}

fn split_http(block: &[u8]) -> Result<Http<'_>, String> {
    let (head, body) = match memchr::memmem::find(block, b"\r\n\r\n") {
        Some(i) => (&block[..i], &block[i + 4..]),
        None => match memchr::memmem::find(block, b"\n\n") {
            Some(i) => (&block[..i], &block[i + 2..]),
            None => return Err("HTTP headers not terminated by an empty line".into()),
        },
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .filter(|_| status_line.starts_with("HTTP/"))
        .ok_or_else(|| format!("invalid HTTP status line {status_line:?}"))?;
    let mut http = Http {
        status,
        content_type: None,
        content_encoding: None,
        chunked: false,
        body,
    };
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => http.content_type = Some(value.to_owned()),
            "content-encoding" => http.content_encoding = Some(value.to_ascii_lowercase()),
            "transfer-encoding" => http.chunked = value.eq_ignore_ascii_case("chunked"),
            _ => {}
        }
    }
    Ok(http)
}

impl Http<'_> {
    /// The body as the server meant it: de-chunked and decompressed where the headers say so
    /// and the bytes agree (crawlers often store the decoded body but keep the header).
    fn payload(&self, max: u64) -> Result<Vec<u8>, ReadErrorKind> {
        let mut body = self.body.to_vec();
        if self.chunked {
            if let Some(joined) = dechunk(&body) {
                body = joined;
            }
        }
        let gzip = matches!(self.content_encoding.as_deref(), Some("gzip" | "x-gzip"));
        if gzip && body.starts_with(b"\x1f\x8b") {
            body = read_bounded(flate2::read::MultiGzDecoder::new(&body[..]), max)?;
        }
        Ok(body)
    }
}

/// Joins HTTP/1.1 chunks; `None` when the body is not validly chunked.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let eol = memchr::memmem::find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}

/// A reader that counts the bytes consumed, to name record offsets in plain WARC files.
struct Counted<R> {
    inner: R,
    pos: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
        self.inner.consume(amt);
    }
}
