//! Publication dates as news pages write them, parsed into a calendar day.
//!
//! Pages give dates in many shapes: RFC 3339 / ISO 8601 in metadata (`2015-07-24T06:36:00+01:00`),
//! RFC 2822 in feeds (`Fri, 24 Jul 2015 06:36:00 +0100`), and prose in bylines (`July 24, 2015`,
//! `24 July 2015 06:36 BST`, `Jul. 24, 2015 at 6:36 p.m. ET`). We want the day the publisher
//! printed, so the date part is taken as written, never shifted to UTC: a story stamped
//! `2015-07-24T23:30:00-05:00` was published on the 24th for its readers.

use jiff::civil::Date;

/// Parses the first date found in `s`; `None` when no plausible day is there.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    parse_iso(s)
        .or_else(|| parse_words(s))
        .or_else(|| parse_numeric(s))
}

fn valid(y: i64, m: i64, d: i64) -> Option<Date> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` anywhere (with any time after it), or `YYYYMMDD`.
fn parse_iso(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if (i == 0 || !b[i - 1].is_ascii_digit()) && b[i..i + 4].iter().all(u8::is_ascii_digit) {
            let y = num(&b[i..i + 4]);
            let mut j = i + 4;
            if j < b.len() && matches!(b[j], b'-' | b'/' | b'.') {
                let sep = b[j];
                j += 1;
                let (m, j2) = digits(b, j, 2)?;
                if j2 < b.len() && b[j2] == sep {
                    let (d, j3) = digits(b, j2 + 1, 2).unwrap_or((0, j2));
                    if j3 == b.len() || !b[j3].is_ascii_digit() {
                        if let Some(date) = valid(y, m, d) {
                            return Some(date);
                        }
                    }
                }
            } else if j + 4 <= b.len()
                && b[j..j + 4].iter().all(u8::is_ascii_digit)
                && (j + 4 == b.len() || !b[j + 4].is_ascii_digit())
                && s.len() == 8
            {
                return valid(y, num(&b[j..j + 2]), num(&b[j + 2..j + 4]));
            }
        }
        i += 1;
    }
    None
}

fn num(b: &[u8]) -> i64 {
    b.iter().fold(0, |a, &c| a * 10 + i64::from(c - b'0'))
}

/// Up to `max` digits from `j`; at least one.
fn digits(b: &[u8], j: usize, max: usize) -> Option<(i64, usize)> {
    let mut k = j;
    while k < b.len() && k - j < max && b[k].is_ascii_digit() {
        k += 1;
    }
    (k > j).then(|| (num(&b[j..k]), k))
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_of(word: &str) -> Option<i64> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let m = MONTHS.iter().position(|m| w.starts_with(m))?;
    // "march", "mar", "sept", "september" — but not "marching" or "mayor".
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    (FULL[m].starts_with(&w) || w == "sept").then(|| m as i64 + 1)
}

/// Is `word` a month name or its abbreviation (`Jul`, `July`, `Sept.`)?
pub fn is_month_name(word: &str) -> bool {
    month_of(word).is_some()
}

/// Month-name dates: `July 24, 2015`, `24 July 2015 06:36 BST`, `Fri, 24 Jul 2015 06:36:00 +0100`,
/// `Jul. 24th, 2015`.
fn parse_words(s: &str) -> Option<Date> {
    let toks: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '/')
        .filter(|t| !t.is_empty())
        .collect();
    for (i, t) in toks.iter().enumerate() {
        let Some(m) = month_of(t) else { continue };
        let day = |t: &str| -> Option<i64> {
            let t = t.trim_end_matches(['.', ',']);
            let t = t
                .strip_suffix("st")
                .or_else(|| t.strip_suffix("nd"))
                .or_else(|| t.strip_suffix("rd"))
                .or_else(|| t.strip_suffix("th"))
                .unwrap_or(t);
            (t.len() <= 2 && !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
                .then(|| num(t.as_bytes()))
        };
        let year = |t: &str| -> Option<i64> {
            let t = t.trim_end_matches(['.', ',']);
            (t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit())).then(|| num(t.as_bytes()))
        };
        // Month Day Year
        if let (Some(d), Some(y)) = (
            toks.get(i + 1).and_then(|t| day(t)),
            toks.get(i + 2).and_then(|t| year(t)),
        ) {
            if let Some(date) = valid(y, m, d) {
                return Some(date);
            }
        }
        // Day Month Year
        if i > 0 {
            if let (Some(d), Some(y)) = (day(toks[i - 1]), toks.get(i + 1).and_then(|t| year(t))) {
                if let Some(date) = valid(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// `24.07.2015` (European day first) and `07/24/2015` (US month first unless the first number
/// cannot be a month).
fn parse_numeric(s: &str) -> Option<Date> {
    for tok in s.split(|c: char| c.is_whitespace() || c == ',') {
        let sep = if tok.contains('.') {
            '.'
        } else if tok.contains('/') {
            '/'
        } else if tok.contains('-') {
            '-'
        } else {
            continue;
        };
        let parts: Vec<&str> = tok.split(sep).collect();
        if parts.len() != 3
            || !parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let (a, b, y) = (num(parts[0].as_bytes()), num(parts[1].as_bytes()), parts[2]);
        if parts[0].len() > 2 || parts[1].len() > 2 {
            continue;
        }
        let y = match y.len() {
            4 => num(y.as_bytes()),
            2 => 2000 + num(y.as_bytes()),
            _ => continue,
        };
        let (m, d) = if sep == '.' || a > 12 { (b, a) } else { (a, b) };
        if let Some(date) = valid(y, m, d) {
            return Some(date);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    fn d(s: &str) -> String {
        parse_date(s).map(|d| d.to_string()).unwrap_or_default()
    }

    #[test]
    fn news_formats() {
        assert_eq!(d("July 24, 2015"), "2015-07-24");
        assert_eq!(d("24 July 2015 06:36 BST"), "2015-07-24");
        assert_eq!(d("Fri, 24 Jul 2015 06:36:00 +0100"), "2015-07-24");
        assert_eq!(d("2015-07-24T23:30:00-05:00"), "2015-07-24");
        assert_eq!(d("2015-07-24"), "2015-07-24");
        assert_eq!(d("Published: Jul. 3rd, 2019 at 6:36 p.m. ET"), "2019-07-03");
        assert_eq!(d("Updated 2019/11/05 10:00"), "2019-11-05");
        assert_eq!(d("24.07.2015"), "2015-07-24");
        assert_eq!(d("07/24/2015"), "2015-07-24");
        assert_eq!(d("20150724"), "2015-07-24");
        assert_eq!(d("Friday, September 6, 2019"), "2019-09-06");
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(d("The mayor marched 24 times"), "");
        assert_eq!(d("2015-02-30"), "");
        assert_eq!(d(""), "");
        assert_eq!(d("May the force be with you 12"), "");
    }
}
