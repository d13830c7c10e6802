//! Extraction: a [`RawDocument`] becomes a [`Document`] — the article body as paragraphs with
//! byte offsets into the input, plus title, author, date, URL and language.
//!
//! HTML goes through [`html`] (readability's choice of subtree, then paragraph-level filters);
//! plain text through [`scraped`] (line classification of scraped pages). Inputs over
//! [`ExtractOptions::max_bytes`] are refused with [`ExtractError::TooLarge`] before any parsing,
//! which bounds memory per document.

mod blocks;
pub mod boilerplate;
pub mod corpus;
pub mod eval;
mod html;
mod offsets;
pub mod prefilter;
pub mod scraped;

use crate::document::{Body, Document, Paragraph, RawDocument};

/// How extraction behaves.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Largest input accepted, in bytes (default 32 MiB).
    pub max_bytes: usize,
    /// Guess the language from the text when the page does not declare it.
    pub guess_language: bool,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            max_bytes: 32 << 20,
            guess_language: true,
        }
    }
}

/// Why a document could not be extracted.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("{origin}: document is {size} bytes, over the limit of {max} bytes (raise --max-doc-size to accept it)")]
    TooLarge {
        origin: String,
        size: usize,
        max: usize,
    },
}

/// Extracts the article and its metadata from one document.
pub fn extract(raw: &RawDocument, opts: &ExtractOptions) -> Result<Document, ExtractError> {
    let src = raw.body.as_str();
    if src.len() > opts.max_bytes {
        return Err(ExtractError::TooLarge {
            origin: raw.origin.clone(),
            size: src.len(),
            max: opts.max_bytes,
        });
    }
    let mut doc = Document {
        doc_id: doc_id(raw),
        origin: raw.origin.clone(),
        title: raw.title.clone(),
        author: None,
        published: raw.date,
        url: raw.url.clone(),
        language: None,
        text: String::new(),
        paragraphs: Vec::new(),
    };
    match &raw.body {
        Body::Html(h) => {
            let f = html::extract(h, raw.url.as_deref());
            let spans = offsets::locate(h, &f.paragraphs, offsets::body_start(h));
            doc.paragraphs = f
                .paragraphs
                .into_iter()
                .zip(spans)
                .map(|(text, (start, end))| Paragraph { text, start, end })
                .collect();
            doc.title = doc.title.or(f.title).or(f.meta.title);
            doc.author = f.meta.author.or(f.byline.map(|b| clean_byline(&b)));
            doc.published = doc.published.or(f.meta.published);
            doc.url = doc.url.or(f.meta.url);
            doc.language = f.meta.language;
        }
        Body::Text(t) => {
            let f = scraped::extract(t, raw.title.as_deref());
            doc.paragraphs = f
                .paragraphs
                .into_iter()
                .map(|(start, end)| Paragraph {
                    text: collapse(&t[start..end]),
                    start,
                    end,
                })
                .collect();
            doc.title = f.title;
            doc.author = f.author;
            doc.published = doc.published.or(f.published);
        }
    }
    doc.text = doc
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    if doc.language.is_none() && opts.guess_language {
        doc.language = crate::language::guess(&doc.text);
    }
    Ok(doc)
}

/// Whitespace runs (no-break spaces included) become one space: the text is for reading and
/// coding; the offsets keep the exact source span.
fn collapse(s: &str) -> String {
    // Written straight into the output: no vector of the words to join.
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn clean_byline(b: &str) -> String {
    let b = b.trim();
    let lower = b.to_lowercase();
    let b = if lower.starts_with("by ") { &b[3..] } else { b };
    b.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain `dom_smoothie` text of a page, for comparison in evaluations.
pub fn baseline_text(html: &str, url: Option<&str>) -> String {
    html::baseline_text(html, url)
}

/// The document's id: the container's, else FNV-1a 64 of the URL, else of the content, as 16
/// lowercase hex digits (stable across versions and platforms).
pub fn doc_id(raw: &RawDocument) -> String {
    if let Some(id) = raw.id.as_ref().filter(|i| !i.is_empty()) {
        return id.clone();
    }
    let bytes = match &raw.url {
        Some(u) if !u.is_empty() => u.as_bytes(),
        _ => raw.body.as_str().as_bytes(),
    };
    format!("{:016x}", fnv1a(bytes))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(body: Body) -> RawDocument {
        RawDocument {
            origin: "t".into(),
            id: None,
            url: None,
            date: None,
            title: None,
            body,
        }
    }

    #[test]
    fn ids_are_stable() {
        let mut r = raw(Body::Text("a".into()));
        assert_eq!(doc_id(&r), format!("{:016x}", 0xaf63_dc4c_8601_ec8c_u64));
        r.url = Some("https://example.org/a".into());
        assert_ne!(doc_id(&r), format!("{:016x}", 0xaf63_dc4c_8601_ec8c_u64));
        r.id = Some("doc-1".into());
        assert_eq!(doc_id(&r), "doc-1");
    }

    #[test]
    fn too_large_is_refused() {
        let r = raw(Body::Html("<p>hello</p>".repeat(100)));
        let e = extract(
            &r,
            &ExtractOptions {
                max_bytes: 50,
                ..Default::default()
            },
        );
        assert!(matches!(
            e,
            Err(ExtractError::TooLarge {
                size: 1200,
                max: 50,
                ..
            })
        ));
    }

    #[test]
    fn html_paragraph_offsets_point_into_the_page() {
        let body =
            "It was a pleasant beginning amid a tense situation in the region, officials said. ";
        let html = format!(
            "<html><head><title>Talks resume</title></head><body><nav><a href=/>Home</a></nav><article><h1>Talks resume</h1>{}</article></body></html>",
            (0..8).map(|i| format!("<p>{i} {body}{body}</p>")).collect::<String>()
        );
        let d =
            extract(&raw(Body::Html(html.clone())), &ExtractOptions::default()).expect("extracts");
        assert!(d.paragraphs.len() >= 8, "{:?}", d.paragraphs);
        for p in &d.paragraphs {
            assert!(html[p.start..p.end].starts_with(&p.text[..8]), "{p:?}");
        }
    }
}
