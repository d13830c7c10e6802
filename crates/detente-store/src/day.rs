//! Calendar days as numbers (days since 1970-01-01), so date windows are integer comparisons
//! in SQL, and the event-date rule: which day an event is filed under.

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm).
pub fn from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day number.
pub fn to_civil(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `YYYY-MM-DD` of a day number.
pub fn format(z: i64) -> String {
    let (y, m, d) = to_civil(z);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYYMMDD` as an integer (GDELT's SQLDATE).
pub fn sqldate(z: i64) -> i64 {
    let (y, m, d) = to_civil(z);
    y * 10_000 + m as i64 * 100 + d as i64
}

/// A full `YYYY-MM-DD` date, validated.
pub fn parse(s: &str) -> Option<i64> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(from_civil(y, m, d))
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day an event is filed under: its own date when that is a day (a range counts from its
/// first day), else the publication date, else the first day of its own month.
pub fn event_day(event_date: Option<&str>, published: Option<&str>) -> Option<i64> {
    let first = event_date.map(|d| d.split('/').next().unwrap_or(d));
    if let Some(d) = first.and_then(parse) {
        return Some(d);
    }
    if let Some(p) = published.and_then(parse) {
        return Some(p);
    }
    first.and_then(|d| parse(&format!("{}-01", d.get(..7)?)))
}

/// The number of days from 1970-01-01 to the Monday of `z`'s ISO week.
pub fn week_start(z: i64) -> i64 {
    // 1970-01-01 was a Thursday: (z + 3) mod 7 is 0 on Mondays.
    z - (z + 3).rem_euclid(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for z in [-1000, 0, 1, 17_000, 18_000, 20_000, 60_000] {
            let (y, m, d) = to_civil(z);
            assert_eq!(from_civil(y, m, d), z);
        }
        assert_eq!(parse("1970-01-02"), Some(1));
        assert_eq!(format(parse("2019-05-14").unwrap()), "2019-05-14");
        assert_eq!(sqldate(parse("2020-02-29").unwrap()), 20_200_229);
        assert_eq!(parse("2019-02-29"), None);
        assert_eq!(parse("2019-5-14"), None);
    }

    #[test]
    fn event_day_prefers_own_full_date() {
        let pub_ = Some("2019-05-20");
        assert_eq!(event_day(Some("2019-05-14"), pub_), parse("2019-05-14"));
        assert_eq!(
            event_day(Some("2019-05-01/2019-05-07"), pub_),
            parse("2019-05-01")
        );
        assert_eq!(event_day(Some("2019-04"), pub_), parse("2019-05-20"));
        assert_eq!(event_day(Some("2019-04"), None), parse("2019-04-01"));
        assert_eq!(event_day(None, None), None);
    }

    #[test]
    fn weeks_start_on_monday() {
        // 2019-05-14 was a Tuesday.
        assert_eq!(
            format(week_start(parse("2019-05-14").unwrap())),
            "2019-05-13"
        );
        assert_eq!(
            format(week_start(parse("2019-05-13").unwrap())),
            "2019-05-13"
        );
        assert_eq!(
            format(week_start(parse("2019-05-19").unwrap())),
            "2019-05-13"
        );
    }
}
