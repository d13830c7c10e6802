//! Event dates: explicit dates and relative expressions ("Monday", "last week", "next month",
//! "yesterday", "May 14", "14 May 2019") resolved against the article date.
//!
//! A resolved date is `YYYY-MM-DD`, a month `YYYY-MM`, or a week as a range `FROM/TO`.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

/// A date expression found in a sentence: its words (token span) and resolved value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    pub start: usize,
    pub end: usize,
    pub value: String,
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

const MONTHS: &[&str] = &[
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

fn month_of(w: &str) -> Option<i8> {
    let w = w.trim_end_matches('.');
    // Called on every word: most are no month by their length or first letter.
    if !(3..=9).contains(&w.len())
        || !matches!(
            w.as_bytes()[0],
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
        )
    {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w
                || (w.len() >= 3 && m.starts_with(w) && w != "mar" && w != "may")
                || (w == "mar" && *m == "march")
        })
        .map(|i| i as i8 + 1)
}

fn week_range(d: Date) -> String {
    let back = d.weekday().to_monday_zero_offset() as i64;
    let mon = d.checked_sub(back.days()).unwrap_or(d);
    let sun = mon.checked_add(6.days()).unwrap_or(mon);
    format!("{mon}/{sun}")
}

fn month_str(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// Finds date expressions in lowercased words. `future` says which way a bare weekday points.
pub fn find(words: &[&str], article: Date, future: bool) -> Vec<When> {
    let [past, ahead] = find_both(words, article);
    if future {
        ahead
    } else {
        past
    }
}

/// [`find`] in both tenses, in one pass: `[past, future]`. Only a weekday reads differently
/// in the two, so the words are scanned once and both lists filled.
pub fn find_both(words: &[&str], article: Date) -> [Vec<When>; 2] {
    let mut out = [Vec::new(), Vec::new()];
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let next = words.get(i + 1).copied().unwrap_or("");
        let mut hit: Option<(usize, String)> = None;
        // A weekday's value when the verb looks ahead, when it differs from the past one.
        let mut ahead: Option<Option<String>> = None;
        // Every weekday's name ends in "day": other words are not compared with the seven.
        let weekday = (w.len() >= 6 && w.ends_with("day"))
            .then(|| WEEKDAYS.iter().find(|(n, _)| *n == w))
            .flatten();
        if let Some(&(_, wd)) = weekday {
            let past = if article.weekday() == wd {
                Some(article)
            } else {
                article.nth_weekday(-1, wd).ok()
            };
            ahead = Some(article.nth_weekday(1, wd).ok().map(|d| d.to_string()));
            if let Some(d) = past {
                hit = Some((1, d.to_string()));
            }
        } else if matches!(w, "yesterday" | "today" | "tomorrow") {
            let off: i64 = match w {
                "yesterday" => -1,
                "today" => 0,
                _ => 1,
            };
            if let Ok(d) = article.checked_add(off.days()) {
                hit = Some((1, d.to_string()));
            }
        } else if matches!(w, "last" | "next" | "this") && matches!(next, "week" | "month" | "year")
        {
            let sign: i64 = match w {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let v = match next {
                "week" => article.checked_add((7 * sign).days()).ok().map(week_range),
                "month" => article.checked_add(sign.months()).ok().map(month_str),
                _ => Some(format!("{:04}", article.year() as i64 + sign)),
            };
            if let Some(v) = v {
                hit = Some((2, v));
            }
        } else if let Some(m) = month_of(w).filter(|_| w != "may" || next.parse::<u8>().is_ok()) {
            // "May 14", "May 14, 2019", "14 May 2019" (day before handled below).
            let day = next
                .trim_end_matches(',')
                .parse::<i8>()
                .ok()
                .filter(|d| (1..=31).contains(d));
            let k = if words.get(i + 2) == Some(&",") {
                i + 3
            } else {
                i + 2
            };
            let year_word = words.get(k).copied().unwrap_or("");
            let year = year_word
                .parse::<i16>()
                .ok()
                .filter(|y| (1900..=2100).contains(y));
            if let Some(day) = day {
                let y = year.unwrap_or(article.year());
                if let Ok(d) = Date::new(y, m, day) {
                    hit = Some((if year.is_some() { k + 1 - i } else { 2 }, d.to_string()));
                }
            } else if let Some(y) = next
                .parse::<i16>()
                .ok()
                .filter(|y| (1900..=2100).contains(y))
            {
                hit = Some((2, format!("{y:04}-{m:02}")));
            }
        } else if let Ok(day) = w.parse::<i8>() {
            if let Some(m) = month_of(next).filter(|_| (1..=31).contains(&day)) {
                let y = words
                    .get(i + 2)
                    .and_then(|s| s.parse::<i16>().ok())
                    .filter(|y| (1900..=2100).contains(y));
                if let Ok(d) = Date::new(y.unwrap_or(article.year()), m, day) {
                    hit = Some((if y.is_some() { 3 } else { 2 }, d.to_string()));
                }
            }
        }
        let n = hit.as_ref().map_or(1, |h| h.0);
        let future = match ahead {
            Some(v) => v,
            None => hit.as_ref().map(|h| h.1.clone()),
        };
        for (list, value) in out.iter_mut().zip([hit.map(|h| h.1), future]) {
            if let Some(value) = value {
                list.push(When {
                    start: i,
                    end: i + n,
                    value,
                });
            }
        }
        i += n;
        if out[0].len() > 16 || out[1].len() > 16 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn f(s: &str, future: bool) -> Vec<String> {
        let w: Vec<&str> = s.split(' ').collect();
        find(&w, date(2019, 5, 14), future)
            .into_iter()
            .map(|w| w.value)
            .collect()
    }

    #[test]
    fn relative_and_explicit() {
        // 2019-05-14 is a Tuesday.
        assert_eq!(f("a drone attack monday", false), vec!["2019-05-13"]);
        assert_eq!(
            f("launched missiles last week", false),
            vec!["2019-05-06/2019-05-12"]
        );
        assert_eq!(f("meet again next month", true), vec!["2019-06"]);
        assert_eq!(f("on thursday", true), vec!["2019-05-16"]);
        assert_eq!(f("on may 2 , 2018", false), vec!["2018-05-02"]);
        assert_eq!(f("on 3 june", false), vec!["2019-06-03"]);
        assert_eq!(f("we may agree", false), Vec::<String>::new());
        assert_eq!(f("yesterday", false), vec!["2019-05-13"]);
    }
}
