//! The two shapes a document takes: as read ([`RawDocument`]) and as extracted ([`Document`]).

use jiff::civil::Date;
use serde::Serialize;

/// The content of a document as read, already decoded to UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// An HTML page (from a file, a WARC response, a feed item or a JSONL `html` field).
    Html(String),
    /// Plain text, possibly a scraped page that still carries its chrome.
    Text(String),
}

impl Body {
    /// The decoded input that paragraph offsets refer to.
    pub fn as_str(&self) -> &str {
        match self {
            Body::Html(s) | Body::Text(s) => s,
        }
    }
}

/// A document as a reader found it, before extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDocument {
    /// Where it came from, for messages: `path`, `path:LINE` (JSONL), `path#RECORD` (WARC, feed).
    pub origin: String,
    /// An id the container gave (JSONL `id`), if any.
    pub id: Option<String>,
    /// The URL the container gave (WARC target URI, feed link, JSONL `url`), if any.
    pub url: Option<String>,
    /// A publication date the container gave (JSONL `date`, feed pubDate), if any.
    pub date: Option<Date>,
    /// A title the container gave (JSONL `title`, feed item title), if any.
    pub title: Option<String>,
    /// The decoded content.
    pub body: Body,
}

/// One paragraph of the article body; `start..end` are byte offsets into [`Body::as_str`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// An extracted article: metadata plus the body, paragraph by paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// The container's id, else a stable hash of the URL, else of the content.
    pub doc_id: String,
    /// Where it came from (see [`RawDocument::origin`]); not part of the JSON contract.
    #[serde(skip)]
    pub origin: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    pub url: Option<String>,
    /// ISO 639-1 code when known (`en`).
    pub language: Option<String>,
    /// The article body only: the paragraphs' texts joined by blank lines.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
}
