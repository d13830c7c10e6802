//! Calendar dates as comparable integers (`YYYYMMDD`) and inclusive ranges with open ends.

use std::fmt;

/// A calendar date. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(u32);

impl Date {
    /// `None` when the month or day is out of range.
    pub fn from_ymd(year: u32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day < 1 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date(year * 10000 + month * 100 + day))
    }
    pub fn year(self) -> u32 {
        self.0 / 10000
    }
    pub fn month(self) -> u32 {
        self.0 / 100 % 100
    }
    pub fn day(self) -> u32 {
        self.0 % 100
    }

    /// Parses `YYYY-MM-DD` exactly (what the command line and documents give).
    pub fn parse(s: &str) -> Option<Date> {
        match parse_partial(s)? {
            (d, Precision::Day) => Some(d),
            _ => None,
        }
    }

    /// Days since 0000-03-01 (for midpoints and arithmetic in tests and benchmarks).
    pub fn to_days(self) -> i64 {
        let (mut y, m, d) = (self.year() as i64, self.month() as i64, self.day() as i64);
        if m <= 2 {
            y -= 1;
        }
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe
    }

    /// Inverse of [`Date::to_days`].
    pub fn from_days(z: i64) -> Option<Date> {
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::from_ymd(u32::try_from(y).ok()?, m as u32, d as u32)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Precision {
    Year,
    Month,
    Day,
}

fn num(s: &str, len: usize) -> Option<u32> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn parse_partial(s: &str) -> Option<(Date, Precision)> {
    let mut parts = s.split('-');
    let y = num(parts.next()?, 4)?;
    let Some(m) = parts.next() else {
        return Some((Date::from_ymd(y, 1, 1)?, Precision::Year));
    };
    let m = num(m, 2)?;
    let Some(d) = parts.next() else {
        return Some((Date::from_ymd(y, m, 1)?, Precision::Month));
    };
    let d = num(d, 2)?;
    if parts.next().is_some() {
        return None;
    }
    Some((Date::from_ymd(y, m, d)?, Precision::Day))
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first day it may mean.
pub fn parse_start(s: &str) -> Option<Date> {
    parse_partial(s).map(|(d, _)| d)
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the last day it may mean.
pub fn parse_end(s: &str) -> Option<Date> {
    let (d, p) = parse_partial(s)?;
    match p {
        Precision::Day => Some(d),
        Precision::Month => Date::from_ymd(d.year(), d.month(), days_in_month(d.year(), d.month())),
        Precision::Year => Date::from_ymd(d.year(), 12, 31),
    }
}

/// An inclusive date range; `None` ends are open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DateRange {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl DateRange {
    /// Everything.
    pub const ALWAYS: DateRange = DateRange {
        from: None,
        to: None,
    };

    pub fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }

    pub fn overlaps(&self, o: &DateRange) -> bool {
        let starts_before_other_ends = match (self.from, o.to) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        let other_starts_before_end = match (o.from, self.to) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_end
    }

    /// Parses `FROM..TO` with either end optional; a single date means that period only.
    pub fn parse(s: &str) -> Option<DateRange> {
        let s = s.trim();
        if let Some((a, b)) = s.split_once("..") {
            let from = if a.is_empty() {
                None
            } else {
                Some(parse_start(a)?)
            };
            let to = if b.is_empty() {
                None
            } else {
                Some(parse_end(b)?)
            };
            if let (Some(f), Some(t)) = (from, to) {
                if f > t {
                    return None;
                }
            }
            Some(DateRange { from, to })
        } else {
            Some(DateRange {
                from: Some(parse_start(s)?),
                to: Some(parse_end(s)?),
            })
        }
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(d) = self.from {
            write!(f, "{d}")?;
        }
        write!(f, "..")?;
        if let Some(d) = self.to {
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_widen_to_their_period() {
        let r = DateRange::parse("2019-07..2022").unwrap();
        assert_eq!(r.from, Date::from_ymd(2019, 7, 1));
        assert_eq!(r.to, Date::from_ymd(2022, 12, 31));
        let r = DateRange::parse("..2016-02").unwrap();
        assert_eq!(r.to, Date::from_ymd(2016, 2, 29));
        assert!(DateRange::parse("2020..2019").is_none());
        assert!(DateRange::parse("2019-13").is_none());
    }

    #[test]
    fn days_round_trip() {
        for s in ["1600-03-01", "1999-12-31", "2000-02-29", "2019-05-14"] {
            let d = Date::parse(s).unwrap();
            assert_eq!(Date::from_days(d.to_days()), Some(d));
        }
        let a = Date::parse("2019-03-01").unwrap().to_days();
        let b = Date::parse("2019-02-28").unwrap().to_days();
        assert_eq!(a - b, 1);
    }

    #[test]
    fn overlap_is_inclusive() {
        let a = DateRange::parse("2010..2015-06-30").unwrap();
        let b = DateRange::parse("2015-06-30..").unwrap();
        let c = DateRange::parse("2015-07-01..").unwrap();
        assert!(a.overlaps(&b));
        assert!(!a.overlaps(&c));
    }
}
