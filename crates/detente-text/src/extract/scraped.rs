//! Plain text that a scraper saved with the page chrome still on it: navigation and share
//! lines, the headline, a byline, the body, then an author bio or related links.
//!
//! Lines are classified one by one: chrome lines are dropped wherever they are; the headline is
//! the first short non-chrome line before the body; the body starts at the first line that reads
//! like prose; a tail heading ("About The Author", "Related stories") ends it. The author comes
//! from a byline, or from the name under an "About the author" heading even though that block
//! is not body.

use super::boilerplate::{
    byline, is_chrome, is_dateline, is_tag_list, is_tail_heading, words_upto,
};

/// What the plain-text path found; paragraphs are byte spans into the input.
pub struct Found {
    pub title: Option<String>,
    pub author: Option<String>,
    /// From a date stamp line before the body (`Published May 14, 2019`).
    pub published: Option<jiff::civil::Date>,
    pub paragraphs: Vec<(usize, usize)>,
}

/// Non-blank lines as trimmed byte spans.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        if end > start {
            out.push((start, end));
        }
        pos += line.len();
    }
    out
}

/// Prose: a sentence (ends in sentence punctuation, possibly inside quotes) or a long run of
/// words; headlines have no final stop.
fn is_prose(s: &str) -> bool {
    let end = s.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    let n = words_upto(s, 40);
    n >= 40 || (n >= 3 && end.ends_with(['.', '!', '?', ':', ';']))
}

fn looks_like_headline(s: &str) -> bool {
    let n = words_upto(s, 31);
    (3..=30).contains(&n) && !s.trim_end().ends_with('.') && !is_chrome(s) && !is_dateline(s)
}

/// A person's name: one to four capitalised words.
fn name_like(s: &str) -> bool {
    let n = words_upto(s, 5);
    (1..=4).contains(&n)
        && s.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-.'’".contains(c))
        })
}

/// Classifies the lines of a scraped page.
pub fn extract(text: &str, given_title: Option<&str>) -> Found {
    let ls = lines(text);
    let line = |i: usize| &text[ls[i].0..ls[i].1];
    let mut title = given_title.map(str::to_string);
    let mut author = None;
    let mut published = None;
    let mut paragraphs = Vec::new();
    let mut in_body = false;
    let mut i = 0;
    while i < ls.len() {
        let s = line(i);
        if in_body && is_tail_heading(s) {
            break;
        }
        if is_chrome(s) || is_tag_list(s) {
            i += 1;
            continue;
        }
        if !in_body {
            if let Some(b) = byline(s) {
                author = author.or(Some(b));
                i += 1;
                continue;
            }
            if is_dateline(s) {
                published = published.or_else(|| crate::date::parse_date(s));
                i += 1;
                continue;
            }
            if let Some(t) = &title {
                if t.trim() == s {
                    i += 1;
                    continue;
                }
            }
            if !is_prose(s) {
                if title.is_none() && looks_like_headline(s) {
                    title = Some(s.to_string());
                }
                i += 1;
                continue;
            }
            in_body = true;
        }
        paragraphs.push(ls[i]);
        i += 1;
    }
    // The author's name under an "About the author" heading, wherever it is.
    if author.is_none() {
        author = (0..ls.len())
            .find(|&j| is_tail_heading(line(j)) && line(j).to_lowercase().contains("author"))
            .and_then(|j| bio_name(&ls[j + 1..], text));
    }
    // A body ends on prose: trailing fragments (tags, credits, "Related: ...") are not body.
    while paragraphs
        .last()
        .is_some_and(|&(s, e)| !is_prose(&text[s..e]))
    {
        paragraphs.pop();
    }
    Found {
        title,
        author,
        published,
        paragraphs,
    }
}

/// The name under an "About the author" heading: the short capitalised lines before the bio,
/// joined ("Eric" / "Philips" → "Eric Philips").
fn bio_name(rest: &[(usize, usize)], text: &str) -> Option<String> {
    let mut parts = Vec::new();
    for &(s, e) in rest.iter().take(5) {
        let l = &text[s..e];
        if name_like(l) && words_upto(l, 5) + parts.len() <= 4 {
            parts.push(l.trim());
            continue;
        }
        break;
    }
    if parts.is_empty() {
        // "Jane Doe is a reporter ..." — the name opens the bio.
        let &(s, e) = rest.first()?;
        let l = &text[s..e];
        let name: Vec<&str> = l
            .split_whitespace()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .take(4)
            .collect();
        let next = l.split_whitespace().nth(name.len());
        return (name.len() >= 2
            && matches!(next, Some("is" | "was" | "has" | "covers" | "writes")))
        .then(|| name.join(" "));
    }
    Some(parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_title_body_tail() {
        let t = "Skip to main content\n\nRain Falls on the Plain Again\n\nShare This article\n\n\
                 The rain fell on the plain for the third day running, officials said on Monday.\n\n\
                 Farmers welcomed it.  It was badly needed after a dry spring.\n\n\
                 Share This article\n\nAbout The Author\n\nAnn\nLee\n\nAnn Lee is a reporter who";
        let f = extract(t, None);
        assert_eq!(f.title.as_deref(), Some("Rain Falls on the Plain Again"));
        assert_eq!(f.author.as_deref(), Some("Ann Lee"));
        assert_eq!(f.paragraphs.len(), 2);
        let (s, e) = f.paragraphs[0];
        assert!(t[s..e].starts_with("The rain fell"));
        let (_, e) = f.paragraphs[1];
        assert!(t[..e].ends_with("dry spring."));
    }

    #[test]
    fn a_three_word_sentence_is_prose() {
        // Wire copy has one-sentence paragraphs this short, and a record may be one.
        let f = extract("Iran condemned Russia.", None);
        assert_eq!(f.paragraphs.len(), 1);
        let t = "Negotiators met again in Geneva on Tuesday after a pause.\n\nIran denied it.\n";
        let f = extract(t, None);
        assert_eq!(f.paragraphs.len(), 2);
        // Two words are a credit or a label, not a sentence.
        let f = extract(
            "Negotiators met again in Geneva on Tuesday.\n\nReuters reports.\n",
            None,
        );
        assert_eq!(f.paragraphs.len(), 1);
    }

    #[test]
    fn breadcrumb_byline_date_and_related_tail() {
        let t = "Home | World | Europe\nTalks Resume in Geneva After Long Pause\nBy Jane Roe\n\
                 Published 10:30 AM, May 14, 2019\n\
                 Negotiators met again in Geneva on Tuesday after a pause of six months.\n\
                 Both sides said the atmosphere was constructive.\n\
                 Related Articles\nGeneva talks stall\nWhat the pause means\n";
        let f = extract(t, None);
        assert_eq!(
            f.title.as_deref(),
            Some("Talks Resume in Geneva After Long Pause")
        );
        assert_eq!(f.author.as_deref(), Some("Jane Roe"));
        assert_eq!(
            f.published.map(|d| d.to_string()).as_deref(),
            Some("2019-05-14")
        );
        let body: Vec<&str> = f.paragraphs.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(body.len(), 2, "{body:?}");
        assert!(body[1].starts_with("Both sides"));
    }
}
