//! Page metadata: title, author, publication date, canonical URL, site name and language.
//!
//! Sources, most trusted first: JSON-LD (`headline`, `author`, `datePublished` of an
//! `Article`-like object, also inside `@graph`), OpenGraph and `article:*` meta tags, other
//! well-known `<meta>` names (Dublin Core, Parsely, Sailthru), `itemprop` microdata, and finally
//! `<time datetime>` in the page. Titles are cleaned of a trailing or leading ` | Site Name`.

use dom_query::{Document, NodeRef};
use jiff::civil::Date;
use serde_json::Value;

use crate::date::parse_date;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    pub url: Option<String>,
    pub site_name: Option<String>,
    pub language: Option<String>,
}

const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "published_time",
    "article:published",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "article_date_original",
    "citation_publication_date",
    "displaydate",
];

/// Reads the metadata of a parsed page.
pub fn read(doc: &Document) -> Meta {
    let mut m = Meta::default();
    let ld = json_ld(doc);
    let metas = meta_tags(doc);
    let get = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| {
            metas
                .iter()
                .find(|(k, v)| k == n && !v.trim().is_empty())
                .map(|(_, v)| collapse(v))
        })
    };

    m.site_name = get(&["og:site_name", "application-name"]).or(ld.site_name);
    let raw_title = ld
        .headline
        .clone()
        .or_else(|| get(&["og:title", "twitter:title", "dc.title", "title"]))
        .or_else(|| title_element(doc));
    m.title = raw_title.map(|t| clean_title(&t, m.site_name.as_deref()));

    m.author = ld.author.clone().or_else(|| {
        get(&[
            "author",
            "article:author",
            "byl",
            "parsely-author",
            "dc.creator",
            "sailthru.author",
        ])
        .filter(|a| !a.starts_with("http"))
        .map(|a| {
            a.trim_start_matches("By ")
                .trim_start_matches("by ")
                .to_string()
        })
    });

    m.published = ld
        .date
        .as_deref()
        .and_then(parse_date)
        .or_else(|| {
            DATE_METAS
                .iter()
                .find_map(|n| get(&[n]).as_deref().and_then(parse_date))
        })
        .or_else(|| itemprop_date(doc))
        .or_else(|| time_element(doc));

    m.url = get(&["og:url"])
        .or_else(|| {
            doc.select("link[rel=canonical]")
                .attr("href")
                .map(|h| h.to_string())
        })
        .or(ld.url)
        .filter(|u| u.starts_with("http"));

    m.language = doc
        .select("html")
        .attr("lang")
        .map(|l| l.to_string())
        .or_else(|| get(&["og:locale", "content-language", "language", "dc.language"]))
        .and_then(|l| crate::language::normalize(&l));
    m
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `(name-or-property lowercased, content)` of every `<meta>`.
fn meta_tags(doc: &Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for n in doc.select("meta").nodes() {
        let Some(content) = n.attr("content") else {
            continue;
        };
        for key in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(k) = n.attr(key) {
                out.push((k.trim().to_ascii_lowercase(), content.to_string()));
            }
        }
    }
    out
}

fn title_element(doc: &Document) -> Option<String> {
    let t = collapse(&doc.select("head title").text());
    (!t.is_empty()).then_some(t)
}

fn itemprop_date(doc: &Document) -> Option<Date> {
    for n in doc.select("[itemprop=datePublished]").nodes() {
        let v = n
            .attr("content")
            .or_else(|| n.attr("datetime"))
            .map(|v| v.to_string())
            .unwrap_or_else(|| n.text().to_string());
        if let Some(d) = parse_date(&v) {
            return Some(d);
        }
    }
    None
}

/// The first `<time>` with a parseable date, preferring one marked as the publication time.
fn time_element(doc: &Document) -> Option<Date> {
    let times = doc.select("time");
    let nodes = times.nodes();
    let marked = |n: &NodeRef| {
        n.has_attr("pubdate") || {
            let c = format!("{} {}", n.attr_or("class", ""), n.attr_or("itemprop", ""))
                .to_ascii_lowercase();
            c.contains("publish") || c.contains("posted")
        }
    };
    let value = |n: &NodeRef| {
        n.attr("datetime")
            .map(|v| v.to_string())
            .and_then(|v| parse_date(&v))
            .or_else(|| parse_date(&n.text()))
    };
    nodes
        .iter()
        .filter(|n| marked(n))
        .find_map(value)
        .or_else(|| nodes.iter().find_map(value))
}

#[derive(Default)]
struct Ld {
    headline: Option<String>,
    author: Option<String>,
    date: Option<String>,
    url: Option<String>,
    site_name: Option<String>,
}

fn json_ld(doc: &Document) -> Ld {
    let mut ld = Ld::default();
    for n in doc.select("script[type='application/ld+json']").nodes() {
        let text = n.text();
        let Ok(v) = serde_json::from_str::<Value>(text.trim().trim_end_matches(';')) else {
            continue;
        };
        visit(&v, &mut ld, 0);
    }
    ld
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ScholarlyArticle",
    "TechArticle",
    "SocialMediaPosting",
    "LiveBlogPosting",
    "WebPage",
];

fn visit(v: &Value, ld: &mut Ld, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| visit(x, ld, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                visit(g, ld, depth + 1);
            }
            let types: Vec<&str> = match o.get("@type") {
                Some(Value::String(s)) => vec![s.as_str()],
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if types.contains(&"WebSite") && ld.site_name.is_none() {
                ld.site_name = str_of(o.get("name"));
            }
            if !types.iter().any(|t| ARTICLE_TYPES.contains(t)) {
                return;
            }
            // A WebPage fills only what no Article gave.
            let weak = types == ["WebPage"];
            let put = |slot: &mut Option<String>, val: Option<String>| {
                if slot.is_none() || !weak {
                    if let Some(v) = val.filter(|v| !v.trim().is_empty()) {
                        if slot.is_none() {
                            *slot = Some(v);
                        }
                    }
                }
            };
            put(
                &mut ld.headline,
                str_of(o.get("headline"))
                    .or_else(|| if weak { None } else { str_of(o.get("name")) }),
            );
            put(
                &mut ld.date,
                str_of(o.get("datePublished")).or_else(|| str_of(o.get("dateCreated"))),
            );
            put(&mut ld.author, o.get("author").and_then(author_of));
            put(
                &mut ld.url,
                str_of(o.get("url")).or_else(|| str_of(o.get("mainEntityOfPage"))),
            );
            if let Some(Value::Object(p)) = o.get("publisher") {
                if ld.site_name.is_none() {
                    ld.site_name = str_of(p.get("name"));
                }
            }
        }
        _ => {}
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(collapse(s)),
        Value::Object(o) => str_of(o.get("@id")),
        _ => None,
    }
}

fn author_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.starts_with("http") => Some(collapse(s)),
        Value::Object(o) => str_of(o.get("name")),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(author_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// Strips a site-name suffix or prefix (`Story - The Site`, `The Site | Story`): the part that
/// equals the site name, or else the shorter side of the last separator when the other side
/// keeps at least four words.
pub fn clean_title(title: &str, site_name: Option<&str>) -> String {
    let title = collapse(title);
    const SEPS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · "];
    if let Some(site) = site_name
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty())
    {
        for sep in SEPS {
            if let Some((a, b)) = title.rsplit_once(sep) {
                if b.trim().to_lowercase() == site {
                    return a.trim().to_string();
                }
            }
            if let Some((a, b)) = title.split_once(sep) {
                if a.trim().to_lowercase() == site {
                    return b.trim().to_string();
                }
            }
        }
    }
    for sep in SEPS {
        if let Some((a, b)) = title.rsplit_once(sep) {
            if a.split_whitespace().count() >= 4 && b.split_whitespace().count() <= 4 {
                return a.trim().to_string();
            }
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_ld_and_og() {
        let html = r#"<html lang="en-GB"><head>
            <meta property="og:site_name" content="The Daily">
            <meta property="og:title" content="Rain falls on the plain | The Daily">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Rain falls on the plain",
               "datePublished":"2019-05-14T08:00:00+03:00","author":[{"@type":"Person","name":"Ann Lee"}]}]}
            </script></head><body><time datetime="2018-01-01">x</time></body></html>"#;
        let m = read(&Document::from(html));
        assert_eq!(m.title.as_deref(), Some("Rain falls on the plain"));
        assert_eq!(m.author.as_deref(), Some("Ann Lee"));
        assert_eq!(
            m.published.map(|d| d.to_string()).as_deref(),
            Some("2019-05-14")
        );
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn falls_back_to_time_and_title() {
        let html = r#"<html><head><title>Budget talks stall again in the capital - Courier</title></head>
            <body><time class="published" datetime="July 24, 2015">x</time></body></html>"#;
        let m = read(&Document::from(html));
        assert_eq!(
            m.title.as_deref(),
            Some("Budget talks stall again in the capital")
        );
        assert_eq!(
            m.published.map(|d| d.to_string()).as_deref(),
            Some("2015-07-24")
        );
    }
}
