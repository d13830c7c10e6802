//! Lines that are page furniture rather than article: share and follow prompts, newsletter
//! sign-ups, bylines, date lines, captions and credits, copyright notices, and the headings
//! ("About the author", "Related stories") after which a page stops being the article.
//!
//! Only short lines are judged by vocabulary: a real paragraph that happens to say "subscribe"
//! is long, and length is what protects it.

use crate::date::parse_date;

/// Words of `line`, counted up to `cap`: the tests below only compare counts with small
/// bounds, and a paragraph of prose need not be counted to its end for each of them.
pub(super) fn words_upto(line: &str, cap: usize) -> usize {
    line.split_whitespace().take(cap).count()
}

fn norm(line: &str) -> String {
    line.trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Exact short lines that are chrome wherever they appear.
const CHROME_EXACT: &[&str] = &[
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this post",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "comment",
    "comments",
    "menu",
    "search",
    "home",
    "close",
    "advertisement",
    "advertising",
    "sponsored",
    "ad",
    "loading",
    "read more",
    "see more",
    "show more",
    "continue reading",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "login",
    "register",
    "next",
    "previous",
    "back to top",
    "related",
    "related articles",
    "related stories",
    "related content",
    "related posts",
    "more stories",
    "trending",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "copy link",
    "link copied",
    "save",
    "listen",
    "listen to this article",
    "view comments",
    "leave a comment",
    "image",
    "photo",
    "video",
    "watch",
    "gallery",
    "topics",
    "tags",
    "newsletter",
    "follow",
    "follow us",
    "advert",
    "adverts",
    "story continues below advertisement",
    "article continues below",
    "sections",
];

/// Phrases that mark a short line as chrome wherever they occur in it.
const CHROME_PHRASES: &[&str] = &[
    "share this",
    "share on ",
    "follow us",
    "follow @",
    "sign up for",
    "sign up to",
    "subscribe to",
    "subscribe now",
    "newsletter",
    "all rights reserved",
    "click here",
    "read more:",
    "read more at",
    "read more about",
    "related:",
    "see also:",
    "recommended for you",
    "you may also like",
    "you might also like",
    "more from ",
    "most popular",
    "most read",
    "getty images",
    "associated press photo",
    "photo by ",
    "photo:",
    "photograph:",
    "image:",
    "image credit",
    "photo credit",
    "credit:",
    "(photo",
    "(ap photo",
    "(reuters",
    "illustration:",
    "advertisement",
    "this article was originally published",
    "this story was originally published",
    "download the app",
    "enable javascript",
    "cookie",
    "terms of use",
    "privacy policy",
    "copyright ©",
    "© ",
    "(c) 20",
    "copyright 20",
    "reprints & permissions",
    "reprint",
    "have a tip",
    "got a tip",
    "contact the author",
    "email the author",
    "follow him on",
    "follow her on",
    "on twitter @",
    "join the conversation",
    "we want to hear",
    "listen to this story",
    "stories like this",
    "requires javascript",
    "tell us what you think",
    "min read",
    "minute read",
    "posted in ",
    "filed under",
];

/// Words of share-button rows ("Whatsapp Facebook Pint Baixar", "Share Tweet Email").
const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "tweet",
    "email",
    "e-mail",
    "print",
    "facebook",
    "twitter",
    "whatsapp",
    "pinterest",
    "pin",
    "pint",
    "linkedin",
    "reddit",
    "telegram",
    "messenger",
    "flipboard",
    "tumblr",
    "vk",
    "copy",
    "link",
    "sms",
    "save",
    "comment",
    "comments",
    "x",
    "mail",
    "instagram",
    "youtube",
    "google+",
    "pocket",
    "more",
];

/// Phrases that mark a line of any ordinary length as a notice, not article text.
const NOTICE_PHRASES: &[&str] = &[
    "all rights reserved",
    "subject to copyright",
    "may not be reproduced",
    "may not be published, broadcast",
    "prices are subject to change",
    "this material may not be",
    "no part may be reproduced",
    "for information purposes only",
];

/// A short line of page chrome (navigation, sharing, prompts, credits).
pub fn is_chrome(line: &str) -> bool {
    // No bound below is over 80 words.
    let n = words_upto(line, 81);
    if n == 0 {
        return true;
    }
    if n <= 10 {
        let l = norm(line);
        if n <= 6 && CHROME_EXACT.contains(&l.as_str()) {
            return true;
        }
        let share = l
            .split(|c: char| c.is_whitespace() || c == '|' || c == '·')
            .filter(|w| !w.is_empty())
            .filter(|w| SHARE_WORDS.contains(w))
            .count();
        if share * 2 > n && share >= 2 {
            return true;
        }
    }
    // Breadcrumbs and menus: "Home | News | World", "News › Politics › Europe".
    if n <= 12 {
        let parts = line
            .split(['|', '›', '»', '>', '•'])
            .filter(|p| !p.trim().is_empty())
            .count();
        if parts >= 3 {
            return true;
        }
    }
    // Nothing below is chrome at this length: no need to lower-case a paragraph of prose.
    if n > 80 {
        return false;
    }
    let lower = line.to_lowercase();
    if NOTICE_PHRASES.iter().any(|p| lower.contains(p)) || lower.starts_with("citation:") {
        return true;
    }
    if lower.starts_with("follow ")
        && (lower.contains('@')
            || [" on twitter", " on facebook", " on instagram"]
                .iter()
                .any(|p| lower.contains(p)))
        && n <= 50
    {
        return true;
    }
    if n > 18 {
        return false;
    }
    CHROME_PHRASES.iter().any(|p| lower.contains(p))
}

/// A keyword list (`stock car 2018, stock car brasil, stock car interlagos, ...`): many
/// comma-separated short items and no sentence in it.
pub fn is_tag_list(line: &str) -> bool {
    let items: Vec<&str> = line
        .split([',', ';', '|', '#'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    items.len() >= 5
        && items.iter().all(|i| words_upto(i, 5) <= 4)
        && !line.trim_end().ends_with(['.', '!', '?'])
}

/// `By Jane Doe`, `By Jane Doe and John Roe, Reuters`, `Written by ...`, `Posted by ...`.
pub fn byline(line: &str) -> Option<String> {
    let t = line.trim();
    if words_upto(t, 13) > 12 {
        return None;
    }
    let lower = t.to_lowercase();
    let rest = [
        "by ",
        "written by ",
        "posted by ",
        "words by ",
        "reporting by ",
        "story by ",
    ]
    .iter()
    .find_map(|p| lower.starts_with(p).then(|| &t[p.len()..]))?;
    let first = rest.split_whitespace().next()?;
    first.chars().next().filter(|c| c.is_uppercase()).map(|_| {
        rest.split(['|', '•', '\u{b7}'])
            .next()
            .unwrap_or(rest)
            .trim()
            .to_string()
    })
}

/// A short line that is just a date stamp (`Published July 24, 2015 6:36 p.m.`,
/// `Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM`): a date is in it and nothing but
/// date, time and stamp words.
pub fn is_dateline(line: &str) -> bool {
    let n = words_upto(line, 17);
    if n == 0 || n > 16 || parse_date(line).is_none() {
        return false;
    }
    const STAMP: &[&str] = &[
        "published",
        "updated",
        "posted",
        "last",
        "modified",
        "first",
        "on",
        "at",
        "am",
        "pm",
        "a.m",
        "p.m",
        "et",
        "est",
        "edt",
        "pt",
        "pst",
        "pdt",
        "ct",
        "cst",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "ist",
        "aest",
        "date",
        "time",
        "and",
        "th",
        "st",
        "nd",
        "rd",
        "de",
        "le",
        "am",
    ];
    const DAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let other = line
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| w.trim_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .filter(|w| {
            !(w.bytes().all(|b| b.is_ascii_digit())
                || STAMP.contains(&w.as_str())
                || DAYS.iter().any(|d| w.starts_with(d))
                || crate::date::is_month_name(w)
                || w.trim_end_matches(|c: char| c.is_alphabetic())
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                    && w.len() <= 6)
        })
        .count();
    other == 0
}

/// A heading after which the rest of the page is not the article.
pub fn is_tail_heading(line: &str) -> bool {
    if words_upto(line, 7) > 6 {
        return false;
    }
    let l = norm(line);
    const TAIL: &[&str] = &[
        "about the author",
        "about the authors",
        "about this author",
        "author bio",
        "related articles",
        "related stories",
        "related posts",
        "related content",
        "related",
        "more stories",
        "more from",
        "read next",
        "recommended",
        "recommended stories",
        "you may also like",
        "you might also like",
        "most popular",
        "most read",
        "trending now",
        "leave a reply",
        "leave a comment",
        "comments",
        "join the discussion",
        "share this article",
        "more on this story",
        "top stories",
        "latest news",
        "editor's picks",
        "popular stories",
    ];
    TAIL.iter()
        .any(|t| l == *t || (l.starts_with(t) && words_upto(line, 5) <= 4 && t.len() > 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_lines() {
        assert!(is_chrome("Skip to main content"));
        assert!(is_chrome("Share This article"));
        assert!(is_chrome("Sign up for our daily newsletter"));
        assert!(!is_chrome(
            "The ministry said it would subscribe to the treaty once parliament ratified it, \
             a move that diplomats in the capital had expected for months."
        ));
        assert_eq!(byline("By Eric Philips").as_deref(), Some("Eric Philips"));
        assert_eq!(byline("By the way, it rained."), None);
        assert!(is_dateline("Published July 24, 2015 6:36 p.m. ET"));
        assert!(!is_dateline(
            "On July 24, 2015 the ministers met in Sochi to talk about trade."
        ));
        assert!(is_dateline(
            "Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM"
        ));
        assert!(is_chrome("Whatsapp Facebook Pint Baixar"));
        assert!(is_chrome("Home | News | World"));
        assert!(!is_chrome("Pompeo meets Lavrov | CBN News"));
        assert!(is_tag_list(
            "stock car 2018, stock car brasil, cascavel, interlagos, santa cruz do sul"
        ));
        assert!(!is_tag_list(
            "He bought apples, pears, plums, figs, and dates at the market."
        ));
        assert!(!is_chrome(
            "Facebook shares fell on Monday after the report."
        ));
        assert!(is_tail_heading("About The Author"));
        assert!(!is_tail_heading("About the talks"));
    }
}
