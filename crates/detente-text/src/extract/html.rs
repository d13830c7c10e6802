//! HTML pages: one parse, metadata read from the tree, readability (`dom_smoothie`) picks the
//! article subtree, and our paragraph-level filters take out what readability keeps but a
//! reader would not call article text.

use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability};

use super::blocks::{collect, Block};
use super::boilerplate::{byline, is_chrome, is_dateline, is_tail_heading};
use crate::meta::{self, Meta};

/// What the HTML path found.
pub struct Found {
    pub meta: Meta,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub paragraphs: Vec<String>,
}

fn config() -> Config {
    Config { keep_classes: true, ..Config::default() }
}

fn usable_url(url: Option<&str>) -> Option<&str> {
    url.filter(|u| u.starts_with("http://") || u.starts_with("https://"))
}

/// Extracts metadata and article paragraphs from a page.
pub fn extract(html: &str, url: Option<&str>) -> Found {
    let dom = Dom::from(super::prefilter::strip(html));
    let meta = meta::read(&dom);
    let mut found = Found { meta, title: None, byline: None, paragraphs: Vec::new() };
    let Ok(mut r) = Readability::with_document(dom, usable_url(url), Some(config())) else {
        return found;
    };
    let Ok(article) = r.parse() else { return found };
    found.title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    found.byline = article.byline.clone();
    if found.meta.published.is_none() {
        found.meta.published = article.published_time.as_deref().and_then(crate::date::parse_date);
    }
    let content = Dom::from(article.content.as_ref());
    let blocks = collect(&content.root());
    found.paragraphs = filter(blocks, found.title.as_deref().or(found.meta.title.as_deref()));
    found
}

/// Plain `dom_smoothie` output text (the baseline the evaluation compares against).
pub fn baseline_text(html: &str, url: Option<&str>) -> String {
    Readability::new(html, usable_url(url), None)
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}

const BAD_HINTS: &[&str] = &[
    "caption", "credit", "byline", "share", "social", "related", "newsletter", "promo",
    "author-bio", "authorbio", "author-info", "subscribe", "signup", "advert", "sponsor",
    "copyright", "breadcrumb", "tags", "dateline", "timestamp", "toolbar", "recirc",
    "read-more", "readmore", "disclaimer",
];

fn bad_hint(hints: &str) -> bool {
    hints
        .split(|c: char| c.is_whitespace())
        .any(|h| BAD_HINTS.iter().any(|b| h.contains(b)))
}

/// Paragraph-level classification of readability's blocks.
fn filter(blocks: Vec<Block>, title: Option<&str>) -> Vec<String> {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let title = title.map(norm);
    let mut out: Vec<String> = Vec::new();
    let mut body_words = 0usize;
    for b in blocks {
        let words = b.text.split_whitespace().count();
        if words == 0 {
            continue;
        }
        if body_words > 50 && is_tail_heading(&b.text) {
            break;
        }
        let ld = b.link_density();
        let drop = (ld > 0.5 && words < 40)
            || (b.caption && words < 60)
            || (bad_hint(&b.hints) && words < 60)
            || (words <= 18 && is_chrome(&b.text))
            || byline(&b.text).is_some()
            || is_dateline(&b.text)
            || (b.is_heading() && title.as_deref() == Some(norm(&b.text).as_str()));
        if drop {
            continue;
        }
        body_words += words;
        out.push(b.text);
    }
    out
}
