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
    Config {
        keep_classes: true,
        ..Config::default()
    }
}

fn usable_url(url: Option<&str>) -> Option<&str> {
    url.filter(|u| u.starts_with("http://") || u.starts_with("https://"))
}

/// Extracts metadata and article paragraphs from a page.
pub fn extract(html: &str, url: Option<&str>) -> Found {
    let dom = Dom::from(super::prefilter::strip(html));
    let meta = meta::read(&dom);
    let mut found = Found {
        meta,
        title: None,
        byline: None,
        paragraphs: Vec::new(),
    };
    if deeper_than(&dom.root(), MAX_DEPTH) {
        // Readability's scoring and the tree's text walks are superlinear in nesting depth
        // (seconds for a few thousand levels); such markup is generated or hostile: metadata
        // only, no body.
        return found;
    }
    let Ok(mut r) = Readability::with_document(dom, usable_url(url), Some(config())) else {
        return found;
    };
    let Ok(article) = r.parse() else { return found };
    found.title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    found.byline = article.byline.clone();
    if found.meta.published.is_none() {
        found.meta.published = article
            .published_time
            .as_deref()
            .and_then(crate::date::parse_date);
    }
    let content = Dom::from(article.content.as_ref());
    let blocks = collect(&content.root());
    let author = found.meta.author.clone().or_else(|| found.byline.clone());
    found.paragraphs = filter(
        blocks,
        found.title.as_deref().or(found.meta.title.as_deref()),
        author.as_deref(),
    );
    found
}

/// Real pages nest a few dozen levels deep; beyond this, skip readability.
const MAX_DEPTH: usize = 256;

fn deeper_than(root: &dom_query::NodeRef, limit: usize) -> bool {
    let mut stack = vec![(*root, 0usize)];
    while let Some((n, d)) = stack.pop() {
        if d > limit {
            return true;
        }
        for c in n.children_it(false) {
            if c.is_element() {
                stack.push((c, d + 1));
            }
        }
    }
    false
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
    "caption",
    "credit",
    "byline",
    "share",
    "social",
    "related",
    "newsletter",
    "promo",
    "author-bio",
    "authorbio",
    "author-info",
    "subscribe",
    "signup",
    "advert",
    "sponsor",
    "copyright",
    "breadcrumb",
    "tags",
    "dateline",
    "timestamp",
    "toolbar",
    "recirc",
    "read-more",
    "readmore",
    "disclaimer",
];

fn bad_hint(hints: &str) -> bool {
    hints
        .split(|c: char| c.is_whitespace())
        .any(|h| BAD_HINTS.iter().any(|b| h.contains(b)))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Keep,
    Drop,
    /// Mostly link text: chrome at the article's edges or in runs of short items, content
    /// between prose (deal lists, link-headed summaries).
    Links,
}

/// Paragraph-level classification of readability's blocks.
fn filter(blocks: Vec<Block>, title: Option<&str>, author: Option<&str>) -> Vec<String> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let title = title.map(norm);
    let mut kept: Vec<(Block, Class)> = Vec::new();
    let mut body_words = 0usize;
    for b in blocks {
        let words = b.text.split_whitespace().count();
        if words == 0 {
            continue;
        }
        if body_words > 50 && is_tail_heading(&b.text) {
            break;
        }
        let drop = ((b.caption || bad_hint(&b.hints)) && words < 60)
            || is_chrome(&b.text)
            || byline(&b.text).is_some()
            || is_dateline(&b.text)
            || (b.is_heading() && title.as_deref() == Some(norm(&b.text).as_str()));
        let class = if drop {
            Class::Drop
        } else if b.link_density() > 0.5 && words < 40 {
            Class::Links
        } else {
            body_words += words;
            Class::Keep
        };
        kept.push((b, class));
    }
    resolve_links(&mut kept);
    drop_trailing_bio(&mut kept, author);
    kept.into_iter()
        .filter(|(_, c)| *c == Class::Keep)
        .map(|(b, _)| b.text)
        .collect()
}

fn resolve_links(blocks: &mut [(Block, Class)]) {
    let first = blocks.iter().position(|(_, c)| *c == Class::Keep);
    let last = blocks.iter().rposition(|(_, c)| *c == Class::Keep);
    let (Some(first), Some(last)) = (first, last) else {
        for b in blocks.iter_mut() {
            if b.1 == Class::Links {
                b.1 = Class::Drop;
            }
        }
        return;
    };
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].1 != Class::Links {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < blocks.len() && blocks[j].1 != Class::Keep {
            j += 1;
        }
        let run: Vec<usize> = (i..j).filter(|&k| blocks[k].1 == Class::Links).collect();
        let short = run
            .iter()
            .all(|&k| blocks[k].0.text.split_whitespace().count() < 15);
        let edge = i < first || i > last;
        let to = if edge || (run.len() >= 3 && short) {
            Class::Drop
        } else {
            Class::Keep
        };
        for k in run {
            blocks[k].1 = to;
        }
        i = j;
    }
}

/// "Jane Doe is a reporter ..." at the very end: the author's bio, not the article.
fn drop_trailing_bio(blocks: &mut [(Block, Class)], author: Option<&str>) {
    let Some(author) = author else { return };
    let names: Vec<&str> = author
        .split([',', '&'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let Some(surname) = names.last().filter(|s| s.len() > 2) else {
        return;
    };
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&k| blocks[k].1 == Class::Keep)
        .collect();
    for &k in kept.iter().rev().take(2) {
        let t = &blocks[k].0.text;
        let head: Vec<&str> = t.split_whitespace().take(6).collect();
        let named = head
            .iter()
            .position(|w| w.trim_end_matches(['\'', '’', 's']) == *surname || w == surname);
        let verb = named.and_then(|n| head.get(n + 1)).is_some_and(|v| {
            matches!(
                *v,
                "is" | "was" | "has" | "covers" | "writes" | "reports" | "joined"
            ) || v.ends_with("'s")
                || v.ends_with("’s")
        });
        let starts_with_name = head.first().is_some_and(|w| names.first() == Some(w));
        if starts_with_name
            && (verb
                || head
                    .iter()
                    .take(3)
                    .any(|w| w.ends_with("'s") || w.ends_with("’s")))
            && t.split_whitespace().count() < 80
        {
            blocks[k].1 = Class::Drop;
        }
    }
}
