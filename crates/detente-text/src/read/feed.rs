//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one document per item, parsed with `feed-rs`.
//! An item's body is its `content:encoded` / Atom `content`, else its `description` / Atom
//! `summary`, taken as HTML; its title, link and publication date come along. An item with no
//! body is an error naming the feed and the item's index (from 1); the other items go on.

use std::path::Path;

use feed_rs::model::Entry;
use jiff::civil::Date;

use super::decode::decode;
use super::error::{Origin, ReadError, ReadErrorKind, ReadWarning};
use crate::document::{Body, RawDocument};

/// The documents (or errors) of a whole feed, in item order; `Err` when the feed as a whole
/// cannot be parsed.
pub fn read_feed(
    path: &Path,
    bytes: &[u8],
    warnings: &mut Vec<ReadWarning>,
) -> Result<Vec<Result<RawDocument, ReadError>>, ReadError> {
    let file = || Origin::File(path.to_owned());
    let decoded = decode(bytes, None, true).map_err(|k| ReadError::new(file(), k))?;
    if let Some(message) = decoded.warning {
        warnings.push(ReadWarning {
            origin: file(),
            message,
        });
    }
    let xml = as_utf8_xml(&decoded.text);
    let parser = feed_rs::parser::Builder::new()
        .sanitize_content(false)
        .build();
    // feed-rs is not ours; a panic inside it on some odd input must not take the batch down.
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        parser.parse(xml.as_bytes())
    }))
    .map_err(|_| ReadError::new(file(), ReadErrorKind::Feed("the feed parser failed".into())))?
    .map_err(|e| ReadError::new(file(), ReadErrorKind::Feed(e.to_string())))?;
    let docs = parsed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| to_document(entry, Origin::Item(path.to_owned(), i + 1)))
        .collect();
    Ok(docs)
}

/// The decoded text without XML declarations: it is UTF-8 now, and the parser must not decode
/// it a second time by the original label. A declaration anywhere but at the start is
/// malformed, and makes the parser's XML reader panic (it switches encodings mid-stream), so
/// every later `<?xml` is defused into an ordinary processing instruction.
fn as_utf8_xml(text: &str) -> String {
    let mut rest = text.trim_start();
    if rest.starts_with("<?xml") {
        if let Some(end) = rest.find("?>") {
            rest = &rest[end + 2..];
        }
    }
    rest.replace("<?xml", "<?_xml")
}

fn to_document(entry: Entry, origin: Origin) -> Result<RawDocument, ReadError> {
    let content = entry
        .content
        .and_then(|c| c.body)
        .filter(|b| !b.trim().is_empty());
    let body = match content {
        Some(html) => Body::Html(html),
        None => match entry.summary.filter(|s| !s.content.trim().is_empty()) {
            Some(s) if s.content_type.subty().as_str() == "plain" => Body::Text(s.content),
            Some(s) => Body::Html(s.content),
            None => return Err(ReadError::new(origin, ReadErrorKind::EmptyItem)),
        },
    };
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.trim().to_owned())
        .filter(|h| !h.is_empty());
    let date = entry
        .published
        .or(entry.updated)
        .and_then(|t| t.date_naive().to_string().parse::<Date>().ok());
    let title = entry
        .title
        .map(|t| t.content.trim().to_owned())
        .filter(|t| !t.is_empty());
    Ok(RawDocument {
        origin: origin.to_string(),
        id: None,
        url,
        date,
        title,
        body,
    })
}

/// Whether `bytes` (the start of a file) look like a feed: the root element, after an XML
/// declaration, comments and processing instructions, is `<rss`, `<feed` or `<rdf:RDF`.
pub fn is_feed(bytes: &[u8]) -> bool {
    let mut rest = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    for _ in 0..32 {
        rest = rest.trim_ascii_start();
        if rest.starts_with(b"<?") {
            let Some(end) = memchr::memmem::find(rest, b"?>") else {
                return false;
            };
            rest = &rest[end + 2..];
        } else if rest.starts_with(b"<!--") {
            let Some(end) = memchr::memmem::find(rest, b"-->") else {
                return false;
            };
            rest = &rest[end + 3..];
        } else if rest.starts_with(b"<!") {
            let Some(end) = memchr::memchr(b'>', rest) else {
                return false;
            };
            rest = &rest[end + 1..];
        } else {
            return [&b"<rss"[..], b"<feed", b"<rdf:RDF", b"<rdf:rdf"]
                .iter()
                .any(|root| {
                    rest.starts_with(root)
                        && rest
                            .get(root.len())
                            .is_some_and(|&b| b.is_ascii_whitespace() || b == b'>')
                });
        }
    }
    false
}
