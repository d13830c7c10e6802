//! Readers: paths in, [`RawDocument`]s out, one at a time.
//!
//! A [`Reader`] is given paths (files, directories, `-` for standard input) and
//! [`ReadOptions`], and yields `Result<RawDocument, ReadError>` lazily, so a batch of any size
//! is read in bounded memory. Each file's kind is sniffed from its name and first bytes: gzip,
//! WARC (`WARC/`), JSON lines (`--jsonl`, `.jsonl`, `.ndjson`), a feed (root `<rss`, `<feed`,
//! `<rdf:RDF`), HTML or plain text. Directories are walked recursively in name order.
//!
//! Nothing here panics or stops on bad input: an empty, binary, oversized or malformed file,
//! line, record or item becomes one [`ReadError`] naming it, and reading goes on with the next.
//! Problems that do not lose the document (a wrong charset label, a few invalid UTF-8 bytes)
//! become [`ReadWarning`]s, collected for the caller through [`Reader::take_warnings`].

pub mod decode;
pub mod error;
pub mod feed;
pub mod jsonl;
pub mod warc;

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use error::{Origin, ReadError, ReadErrorKind, ReadWarning};

use crate::document::{Body, RawDocument};
use jsonl::JsonlReader;
use warc::WarcReader;

/// The default maximum size of one document: 32 MiB.
pub const DEFAULT_MAX_DOC_SIZE: u64 = 32 * 1024 * 1024;

/// How to read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Read every file (and standard input) as JSON lines.
    pub jsonl: bool,
    /// Documents (files, lines, records, decompressed) larger than this are skipped with a
    /// [`ReadErrorKind::TooLarge`] error.
    pub max_doc_size: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            jsonl: false,
            max_doc_size: DEFAULT_MAX_DOC_SIZE,
        }
    }
}

/// Extensions of files that a directory walk passes over: they are not documents, and a
/// directory of saved pages usually has them beside the pages.
const SKIPPED_IN_DIRS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "pdf", "zip", "css",
    "js", "mjs", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "webm", "wasm", "exe", "so",
];

/// How far past the limit an oversized stream is read to tell its size.
const COUNT_PAST_LIMIT: u64 = 1 << 30;

/// The standard input's name in paths and messages.
pub const STDIN: &str = "-";

/// A lazy stream of documents from files, directories and standard input.
pub struct Reader {
    options: ReadOptions,
    pending: VecDeque<PathBuf>,
    walk: Option<Walk>,
    current: Option<Source>,
    warnings: Vec<ReadWarning>,
}

/// A directory being walked, hidden entries left out.
type Walk = walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool>;

fn not_hidden(e: &walkdir::DirEntry) -> bool {
    e.depth() == 0 || !is_hidden(e.path())
}

/// A file that holds several documents, being read.
enum Source {
    Warc(WarcReader),
    Jsonl(JsonlReader<Box<dyn BufRead + Send>>),
    Items(std::vec::IntoIter<Result<RawDocument, ReadError>>),
}

impl Reader {
    /// Reads `paths` in order; `-` is standard input.
    pub fn new(paths: impl IntoIterator<Item = PathBuf>, options: ReadOptions) -> Self {
        Reader {
            options,
            pending: paths.into_iter().collect(),
            walk: None,
            current: None,
            warnings: Vec::new(),
        }
    }

    /// Warnings gathered since the last call, about documents already yielded.
    pub fn take_warnings(&mut self) -> Vec<ReadWarning> {
        std::mem::take(&mut self.warnings)
    }

    fn next_from_current(&mut self) -> Option<Result<RawDocument, ReadError>> {
        let item = match self.current.as_mut()? {
            Source::Warc(r) => r.next_doc(&mut self.warnings),
            Source::Jsonl(r) => r.next_doc(&mut self.warnings),
            Source::Items(items) => items.next(),
        };
        if item.is_none() {
            self.current = None;
        }
        item
    }

    /// The next path to open, from the directory being walked or the list.
    fn next_path(&mut self) -> Option<Result<(PathBuf, bool), ReadError>> {
        loop {
            if let Some(walk) = self.walk.as_mut() {
                match walk.next() {
                    None => self.walk = None,
                    Some(Err(e)) => {
                        let path = e.path().map(Path::to_owned).unwrap_or_default();
                        let io = e
                            .into_io_error()
                            .unwrap_or_else(|| io::Error::other("filesystem loop"));
                        return Some(Err(ReadError::new(Origin::File(path), io)));
                    }
                    Some(Ok(entry)) => {
                        if entry.file_type().is_dir() || is_skipped_in_dir(entry.path()) {
                            continue;
                        }
                        return Some(Ok((entry.into_path(), true)));
                    }
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            if path.as_os_str() != STDIN && path.is_dir() {
                let walk = walkdir::WalkDir::new(&path)
                    .follow_links(true)
                    .sort_by_file_name()
                    .into_iter()
                    .filter_entry(not_hidden as fn(&walkdir::DirEntry) -> bool);
                self.walk = Some(walk);
                continue;
            }
            return Some(Ok((path, false)));
        }
    }

    /// Opens a file: a document-per-file kind yields its document (or error) here; a
    /// container kind becomes the current source and yields nothing yet.
    fn open(&mut self, path: &Path) -> Option<Result<RawDocument, ReadError>> {
        let file_origin = || Origin::File(path.to_owned());
        let max = self.options.max_doc_size;
        if path.as_os_str() == STDIN {
            let stdin: Box<dyn BufRead + Send> = Box::new(BufReader::new(io::stdin()));
            if self.options.jsonl {
                self.current = Some(Source::Jsonl(JsonlReader::new(path, stdin, max)));
                return None;
            }
            return match read_bounded(stdin, max) {
                Ok(bytes) => self.single(path, &bytes),
                Err(kind) => Some(Err(ReadError::new(file_origin(), kind))),
            };
        }
        let opened = File::open(path).and_then(|f| {
            let mut r = BufReader::with_capacity(64 * 1024, f);
            let head = r
                .fill_buf()?
                .get(..5)
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
            Ok((r, head))
        });
        let (file, head) = match opened {
            Ok(x) => x,
            Err(e) => return Some(Err(ReadError::new(file_origin(), e))),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let gzipped = head.starts_with(b"\x1f\x8b");
        let jsonl = self.options.jsonl
            || [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"]
                .iter()
                .any(|ext| name.ends_with(ext));
        let warc = if gzipped {
            name.ends_with(".warc.gz") || gunzipped_head(path).starts_with(b"WARC/")
        } else {
            head.starts_with(b"WARC/")
        };
        if warc && !jsonl {
            return match WarcReader::open(path, gzipped, max) {
                Ok(r) => {
                    self.current = Some(Source::Warc(r));
                    None
                }
                Err(e) => Some(Err(ReadError::new(file_origin(), e))),
            };
        }
        if jsonl {
            let input: Box<dyn BufRead + Send> = if gzipped {
                Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(file)))
            } else {
                Box::new(file)
            };
            self.current = Some(Source::Jsonl(JsonlReader::new(path, input, max)));
            return None;
        }
        // One document (or one feed) per file. Check the size before reading anything.
        if let Ok(meta) = file.get_ref().metadata() {
            if !gzipped && meta.len() > max {
                let kind = ReadErrorKind::TooLarge {
                    size: meta.len(),
                    max,
                };
                return Some(Err(ReadError::new(file_origin(), kind)));
            }
        }
        let bytes = if gzipped {
            read_bounded(flate2::bufread::MultiGzDecoder::new(file), max)
        } else {
            // Bounded even so: a device or a pipe has no length in its metadata.
            read_bounded(file, max)
        };
        match bytes {
            Ok(bytes) => self.single(path, &bytes),
            Err(kind) => Some(Err(ReadError::new(file_origin(), kind))),
        }
    }

    /// A file holding one document, or a feed.
    fn single(&mut self, path: &Path, bytes: &[u8]) -> Option<Result<RawDocument, ReadError>> {
        let origin = Origin::File(path.to_owned());
        if feed::is_feed(bytes) {
            return match feed::read_feed(path, bytes, &mut self.warnings) {
                Ok(items) => {
                    self.current = Some(Source::Items(items.into_iter()));
                    None
                }
                Err(e) => Some(Err(e)),
            };
        }
        let html = looks_like_html(path, bytes);
        let decoded = match decode::decode(bytes, None, html) {
            Ok(d) => d,
            Err(kind) => return Some(Err(ReadError::new(origin, kind))),
        };
        if let Some(message) = decoded.warning {
            self.warnings.push(ReadWarning {
                origin: origin.clone(),
                message,
            });
        }
        Some(Ok(RawDocument {
            origin: origin.to_string(),
            id: None,
            url: None,
            date: None,
            title: None,
            body: if html {
                Body::Html(decoded.text)
            } else {
                Body::Text(decoded.text)
            },
        }))
    }
}

impl Iterator for Reader {
    type Item = Result<RawDocument, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.next_from_current() {
                return Some(item);
            }
            let (path, _) = match self.next_path()? {
                Ok(p) => p,
                Err(e) => return Some(Err(e)),
            };
            if let Some(item) = self.open(&path) {
                return Some(item);
            }
        }
    }
}

/// Reads all of `r` if it holds at most `max` bytes; streams over the rest otherwise so the
/// error can say how big it was without holding it.
pub(crate) fn read_bounded<R: Read>(mut r: R, max: u64) -> Result<Vec<u8>, ReadErrorKind> {
    let mut bytes = Vec::new();
    r.by_ref().take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        // Count the rest to report the size, but not forever: the input may be a device, a
        // pipe that never ends, or a gzip bomb.
        let rest = io::copy(&mut r.take(COUNT_PAST_LIMIT + 1), &mut io::sink()).unwrap_or(0);
        let size = bytes.len() as u64 + rest;
        if rest > COUNT_PAST_LIMIT {
            return Err(ReadErrorKind::TooLargeAtLeast { size, max });
        }
        return Err(ReadErrorKind::TooLarge { size, max });
    }
    Ok(bytes)
}

/// The first bytes of a gzipped file, decompressed (empty if it cannot be read).
fn gunzipped_head(path: &Path) -> Vec<u8> {
    let mut head = Vec::new();
    if let Ok(f) = File::open(path) {
        let _ = flate2::read::GzDecoder::new(f)
            .take(5)
            .read_to_end(&mut head);
    }
    head
}

/// MIME types we read as HTML.
pub(crate) fn is_html_type(mime: &str) -> bool {
    matches!(
        mime,
        "text/html" | "application/xhtml+xml" | "application/xml" | "text/xml"
    )
}

/// HTML by extension, or by markup near the start; anything else is plain text.
fn looks_like_html(path: &Path, bytes: &[u8]) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let ext = if ext == "gz" {
        Path::new(path.file_stem().unwrap_or_default())
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default()
    } else {
        ext
    };
    match ext.as_str() {
        "html" | "htm" | "xhtml" | "shtml" | "php" | "asp" | "aspx" => return true,
        "txt" | "text" | "md" => return false,
        _ => {}
    }
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let start = lower.trim_ascii_start();
    let start = start.strip_prefix(b"\xef\xbb\xbf").unwrap_or(start);
    if start.starts_with(b"<!doctype html") || start.starts_with(b"<html") {
        return true;
    }
    start.starts_with(b"<")
        && [
            &b"<head"[..],
            b"<body",
            b"<meta",
            b"<title",
            b"<div",
            b"<p>",
            b"<article",
        ]
        .iter()
        .any(|tag| memchr::memmem::find(&lower, tag).is_some())
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

fn is_skipped_in_dir(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        let e = e.to_string_lossy().to_ascii_lowercase();
        SKIPPED_IN_DIRS.contains(&e.as_str())
    })
}
