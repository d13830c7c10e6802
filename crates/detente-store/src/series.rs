//! Relations between two actors over time: per period, in each direction, the number of
//! (deduplicated) events, their Goldstein sum and mean and quad-class counts, and a
//! cooperation–conflict index with a 95% confidence band.
//!
//! An event here is a cluster (the same real-world event reported by several articles counts
//! once), represented by its first report; negated events ("did not meet") are left out. The
//! index is `2p − 1` where `p` is the share of cooperative events (quad classes 1–2) among all
//! events of the dyad in the period, both directions together: +1 all cooperation, −1 all
//! conflict. Its band is the Wilson score interval of `p`, mapped the same way, so that a week
//! with two events shows a wide band and a week with two hundred a narrow one.

use serde::Serialize;

use crate::day;
use crate::error::StoreError;
use crate::store::Store;

/// The length of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    /// The first day of the period that holds day `z`.
    pub fn start(self, z: i64) -> i64 {
        let (y, m, _) = day::to_civil(z);
        match self {
            Period::Day => z,
            Period::Week => day::week_start(z),
            Period::Month => day::from_civil(y, m, 1),
            Period::Year => day::from_civil(y, 1, 1),
        }
    }

    /// The first day of the next period after the one starting on `start`.
    pub fn next(self, start: i64) -> i64 {
        let (y, m, _) = day::to_civil(start);
        match self {
            Period::Day => start + 1,
            Period::Week => start + 7,
            Period::Month if m == 12 => day::from_civil(y + 1, 1, 1),
            Period::Month => day::from_civil(y, m + 1, 1),
            Period::Year => day::from_civil(y + 1, 1, 1),
        }
    }
}

/// One direction of a dyad in one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Direction {
    pub events: u64,
    pub goldstein_sum: f64,
    pub goldstein_mean: Option<f64>,
    /// Counts of quad classes 1 (verbal cooperation) to 4 (material conflict).
    pub quad: [u64; 4],
}

/// One period of a dyad series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesRow {
    /// First day of the period, `YYYY-MM-DD`.
    pub period: String,
    #[serde(skip)]
    pub start: i64,
    /// From the first actor to the second.
    pub forward: Direction,
    /// From the second actor to the first.
    pub backward: Direction,
    /// Cooperation–conflict index in [−1, 1]; `None` in a period without events.
    pub index: Option<f64>,
    pub index_low: Option<f64>,
    pub index_high: Option<f64>,
}

impl SeriesRow {
    pub fn events(&self) -> u64 {
        self.forward.events + self.backward.events
    }
}

/// The 95% Wilson score interval of a proportion `k / n`.
pub fn wilson(k: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 {
        return None;
    }
    let (k, n) = (k as f64, n as f64);
    let z = 1.959_964f64;
    let p = k / n;
    let z2n = z * z / n;
    let center = (p + z2n / 2.0) / (1.0 + z2n);
    let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / (1.0 + z2n);
    Some(((center - half).max(0.0), (center + half).min(1.0)))
}

fn dyad_sql(src: &str, tgt: &str, args: &mut Vec<rusqlite::types::Value>) -> String {
    use rusqlite::types::Value;
    let mut parts = Vec::new();
    for (country_col, code_col, v) in [
        ("source_country", "source_code", src),
        ("target_country", "target_code", tgt),
    ] {
        if v.len() >= 3 {
            // The country column is indexed; the prefix then narrows to roles (USAGOV).
            parts.push(format!("{country_col} = ?"));
            args.push(Value::Text(v.get(..3).unwrap_or(v).to_string()));
        }
        parts.push(format!("substr({code_col}, 1, {}) = ?", v.len()));
        args.push(Value::Text(v.to_string()));
    }
    parts.join(" AND ")
}

/// The series of the dyad `a`–`b` (actor code prefixes: `USA`, `RUSGOV`) by `period`, from
/// the first to the last period with events (or `from`..=`to` when given), with empty periods
/// in between.
pub fn series(
    store: &Store,
    a: &str,
    b: &str,
    period: Period,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<Vec<SeriesRow>, StoreError> {
    let mut args = Vec::new();
    let fw = dyad_sql(a, b, &mut args);
    let bw = dyad_sql(b, a, &mut args);
    let mut sql = format!(
        "SELECT day, ({fw}) AS forward, quad_class, goldstein FROM events
         WHERE cluster_first = 1 AND negated = 0 AND day IS NOT NULL AND (({fw}) OR ({bw}))"
    );
    // The forward test appears twice (select and where): its arguments go twice.
    let fw_args = args[..args.len() / 2].to_vec();
    let mut all = fw_args.clone();
    all.extend(args);
    if let Some(f) = from {
        sql.push_str(" AND day >= ?");
        all.push(rusqlite::types::Value::Integer(f));
    }
    if let Some(t) = to {
        sql.push_str(" AND day <= ?");
        all.push(rusqlite::types::Value::Integer(t));
    }
    sql.push_str(" ORDER BY day");
    let conn = store.conn();
    let err = |e| store.err(e);
    let mut st = conn.prepare(&sql).map_err(err)?;
    let rows = st
        .query_map(rusqlite::params_from_iter(all), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, bool>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, f64>(3)?,
            ))
        })
        .map_err(err)?;
    let mut out: Vec<SeriesRow> = Vec::new();
    let first = from.map(|f| period.start(f));
    for r in rows {
        let (d, forward, quad, goldstein) = r.map_err(err)?;
        let start = period.start(d);
        fill_to(&mut out, period, first, start);
        let Some(row) = out.last_mut() else { continue };
        let dir = if forward {
            &mut row.forward
        } else {
            &mut row.backward
        };
        dir.events += 1;
        dir.goldstein_sum += goldstein;
        if let Some(q) = dir.quad.get_mut((quad as usize).wrapping_sub(1)) {
            *q += 1;
        }
    }
    if let Some(t) = to {
        fill_to(&mut out, period, first, period.start(t));
    }
    for row in &mut out {
        for dir in [&mut row.forward, &mut row.backward] {
            dir.goldstein_mean = (dir.events > 0).then(|| dir.goldstein_sum / dir.events as f64);
        }
        let coop: u64 = row.forward.quad[..2]
            .iter()
            .chain(&row.backward.quad[..2])
            .sum();
        let n: u64 = row.forward.quad.iter().chain(&row.backward.quad).sum();
        if let Some((lo, hi)) = wilson(coop, n) {
            row.index = Some(2.0 * coop as f64 / n as f64 - 1.0);
            row.index_low = Some(2.0 * lo - 1.0);
            row.index_high = Some(2.0 * hi - 1.0);
        }
    }
    Ok(out)
}

/// Appends empty periods until the last one starts on `start`.
fn fill_to(out: &mut Vec<SeriesRow>, period: Period, first: Option<i64>, start: i64) {
    let empty = |s: i64| SeriesRow {
        period: day::format(s),
        start: s,
        forward: Direction::default(),
        backward: Direction::default(),
        index: None,
        index_low: None,
        index_high: None,
    };
    if out.is_empty() {
        out.push(empty(first.map_or(start, |f| f.min(start))));
    }
    while let Some(last) = out.last().map(|r| r.start) {
        if last >= start {
            break;
        }
        out.push(empty(period.next(last)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_band_narrows_with_more_data() {
        let (lo2, hi2) = wilson(1, 2).unwrap();
        let (lo200, hi200) = wilson(100, 200).unwrap();
        assert!(lo2 < 0.5 && hi2 > 0.5);
        assert!(hi200 - lo200 < hi2 - lo2);
        // Known value: 95% Wilson interval for 0/10 has upper bound ~0.2775.
        let (lo, hi) = wilson(0, 10).unwrap();
        assert_eq!(lo, 0.0);
        assert!((hi - 0.2775).abs() < 1e-3, "{hi}");
        assert!(wilson(0, 0).is_none());
    }

    #[test]
    fn periods_step() {
        let d = day::parse("2019-12-31").unwrap();
        assert_eq!(day::format(Period::Month.start(d)), "2019-12-01");
        assert_eq!(
            day::format(Period::Month.next(Period::Month.start(d))),
            "2020-01-01"
        );
        assert_eq!(
            day::format(Period::Year.next(Period::Year.start(d))),
            "2020-01-01"
        );
        assert_eq!(day::format(Period::Week.start(d)), "2019-12-30");
    }
}
