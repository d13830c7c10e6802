//! GDELT 2.0 rows: one Events row per cluster (the deduplicated real-world event, with its
//! NumMentions, NumSources and NumArticles) and one Mentions row per report of it, in the
//! column order and types of the GDELT 2.0 Event codebook ([`crate::codes::event_columns`]).
//!
//! What we do not know is left empty rather than invented: AvgTone and MentionDocTone (no tone
//! model), ADM2 codes and GNS feature IDs of cities, and the actors' own locations (Actor1Geo,
//! Actor2Geo, type 0). The action's place, when the coder found one, fills ActionGeo with its
//! FIPS 10-4 country code.

use rusqlite::Row;

use super::Cell;
use crate::codes::{self, actor_parts};
use crate::day;
use crate::error::StoreError;
use crate::store::Store;

type Sink<'a> = dyn FnMut(&[Cell]) -> Result<(), StoreError> + 'a;

const EVENTS_SQL: &str = "SELECT c.id, c.day, c.added, e.source_code, e.source_name, e.target_code, e.target_name,
    e.cameo, e.base_code, e.root_code, e.quad_class, e.goldstein, e.place_name, e.place_country, e.lat, e.lon,
    a.url, a.doc_id, s.nm, s.na, s.ns, s.root
    FROM clusters c
    JOIN events e ON e.cluster_id = c.id AND e.cluster_first = 1
    JOIN articles a ON a.id = e.article_id
    JOIN (SELECT e2.cluster_id AS cid, sum(e2.num_mentions) AS nm, count(DISTINCT e2.article_id) AS na,
            count(DISTINCT coalesce(a2.source_name, 'doc:' || a2.id)) AS ns, max(e2.is_root) AS root
          FROM events e2 JOIN articles a2 ON a2.id = e2.article_id GROUP BY e2.cluster_id) s ON s.cid = c.id
    ORDER BY c.id";

fn actor_cells(code: Option<String>, name: Option<String>, out: &mut Vec<Cell>) {
    let code = code.unwrap_or_default();
    let p = actor_parts(&code);
    out.push(Cell::Str(code.clone()));
    out.push(Cell::Str(if code.is_empty() {
        String::new()
    } else {
        name.unwrap_or_default().to_uppercase()
    }));
    for s in [
        p.country,
        p.known_group,
        p.ethnic,
        p.religion1,
        p.religion2,
        p.type1,
        p.type2,
        p.type3,
    ] {
        out.push(Cell::Str(s));
    }
}

/// An unresolved location: type 0 and nothing else.
fn no_geo(out: &mut Vec<Cell>) {
    out.push(Cell::Int(Some(0)));
    for _ in 0..4 {
        out.push(Cell::str(""));
    }
    out.push(Cell::Num(None, 4));
    out.push(Cell::Num(None, 4));
    out.push(Cell::str(""));
}

/// GDELT geography of a place: its resolution, full name and FIPS codes.
fn geo(
    name: Option<String>,
    country: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    out: &mut Vec<Cell>,
) {
    let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
        return no_geo(out);
    };
    let country = country.unwrap_or_default();
    let fips = codes::fips(&country);
    let country_name = fips.map_or("", |f| f.name);
    let is_country = !country_name.is_empty() && name.trim().eq_ignore_ascii_case(country_name);
    let kind = match (is_country, country.as_str()) {
        (true, _) => 1,
        (false, "USA") => 3,
        _ => 4,
    };
    let full = if is_country || country_name.is_empty() {
        name.clone()
    } else {
        format!("{name}, {country_name}")
    };
    let fips_code = fips.map_or("", |f| f.code);
    out.push(Cell::Int(Some(kind)));
    out.push(Cell::Str(if is_country {
        country_name.to_string()
    } else {
        full
    }));
    out.push(Cell::str(fips_code));
    // ADM1 is not resolved: the country code stands for it, as GDELT does for country matches.
    out.push(Cell::str(fips_code));
    out.push(Cell::str(""));
    out.push(Cell::Num(lat, 4));
    out.push(Cell::Num(lon, 4));
    out.push(Cell::str(if is_country { fips_code } else { "" }));
}

/// The day added (from `YYYYMMDDHHMMSS`), for events with no date of their own.
fn day_of_stamp(stamp: &str) -> Option<i64> {
    let s = stamp.get(..8)?;
    day::parse(&format!(
        "{}-{}-{}",
        s.get(..4)?,
        s.get(4..6)?,
        s.get(6..8)?
    ))
}

fn event_row(r: &Row) -> rusqlite::Result<Vec<Cell>> {
    let mut c = Vec::with_capacity(61);
    let added: String = r.get(2)?;
    let d = r.get::<_, Option<i64>>(1)?.or_else(|| day_of_stamp(&added));
    c.push(Cell::Int(Some(r.get(0)?)));
    match d {
        Some(d) => {
            let (y, m, _) = day::to_civil(d);
            let doy = d - day::from_civil(y, 1, 1) + 1;
            c.push(Cell::Int(Some(day::sqldate(d))));
            c.push(Cell::Int(Some(y * 100 + m as i64)));
            c.push(Cell::Int(Some(y)));
            c.push(Cell::Num(Some(y as f64 + doy as f64 / 365.0), 4));
        }
        None => {
            c.extend([
                Cell::Int(None),
                Cell::Int(None),
                Cell::Int(None),
                Cell::Num(None, 4),
            ]);
        }
    }
    actor_cells(r.get(3)?, r.get(4)?, &mut c);
    actor_cells(r.get(5)?, r.get(6)?, &mut c);
    c.push(Cell::Int(Some(r.get(21)?)));
    c.push(Cell::Str(r.get(7)?));
    c.push(Cell::Str(r.get(8)?));
    c.push(Cell::Str(r.get(9)?));
    c.push(Cell::Int(Some(r.get(10)?)));
    c.push(Cell::Num(Some(r.get(11)?), 1));
    c.push(Cell::Int(Some(r.get(18)?)));
    c.push(Cell::Int(Some(r.get(20)?)));
    c.push(Cell::Int(Some(r.get(19)?)));
    c.push(Cell::Num(None, 4));
    no_geo(&mut c);
    no_geo(&mut c);
    geo(r.get(12)?, r.get(13)?, r.get(14)?, r.get(15)?, &mut c);
    c.push(Cell::Int(added.parse().ok()));
    let url: Option<String> = r.get(16)?;
    c.push(Cell::Str(url.unwrap_or(r.get(17)?)));
    Ok(c)
}

/// Streams one GDELT 2.0 Events row (61 cells) per cluster, in id order.
pub fn events(store: &Store, sink: &mut Sink) -> Result<(), StoreError> {
    let conn = store.conn();
    let mut st = conn.prepare(EVENTS_SQL).map_err(|e| store.err(e))?;
    let mut rows = st.query([]).map_err(|e| store.err(e))?;
    while let Some(r) = rows.next().map_err(|e| store.err(e))? {
        let cells = event_row(r).map_err(|e| store.err(e))?;
        sink(&cells)?;
    }
    Ok(())
}

const MENTIONS_SQL: &str =
    "SELECT e.cluster_id, c.added, a.added, a.url, a.source_name, a.doc_id, m.sentence_idx,
    m.source_start, m.target_start, s.char_start, s.text, m.evidence, e.modality, a.doc_len
    FROM mentions m
    JOIN events e ON e.id = m.event_id
    JOIN clusters c ON c.id = e.cluster_id
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = m.sentence_idx
    ORDER BY e.cluster_id, m.id";

/// Character offset in the article of byte `at` of a sentence that starts at character
/// `sentence_start`; -1 when either is unknown.
fn char_offset(sentence_start: Option<i64>, sentence: Option<&str>, at: Option<i64>) -> i64 {
    match (sentence_start, sentence, at) {
        (Some(s), Some(text), Some(b)) if s >= 0 && b >= 0 => match text.get(..b as usize) {
            Some(prefix) => s + prefix.chars().count() as i64,
            None => -1,
        },
        _ => -1,
    }
}

fn mention_row(r: &Row) -> rusqlite::Result<Vec<Cell>> {
    let url: Option<String> = r.get(3)?;
    let web = url
        .as_deref()
        .is_some_and(|u| u.starts_with("http://") || u.starts_with("https://"));
    let sentence_start: Option<i64> = r.get(9)?;
    let sentence: Option<String> = r.get(10)?;
    let evidence: String = r.get(11)?;
    let action_at = evidence
        .split_whitespace()
        .next()
        .and_then(|w| sentence.as_deref().and_then(|s| s.find(w)))
        .map(|b| b as i64);
    let modality: Option<String> = r.get(12)?;
    let stamp = |s: String| Cell::Int(s.parse().ok());
    Ok(vec![
        Cell::Int(Some(r.get(0)?)),
        stamp(r.get(1)?),
        stamp(r.get(2)?),
        Cell::Int(Some(if web { 1 } else { 2 })),
        Cell::Str(r.get::<_, Option<String>>(4)?.unwrap_or_default()),
        Cell::Str(url.unwrap_or(r.get(5)?)),
        Cell::Int(Some(r.get::<_, i64>(6)? + 1)),
        Cell::Int(Some(char_offset(
            sentence_start,
            sentence.as_deref(),
            r.get(7)?,
        ))),
        Cell::Int(Some(char_offset(
            sentence_start,
            sentence.as_deref(),
            r.get(8)?,
        ))),
        Cell::Int(Some(char_offset(
            sentence_start,
            sentence.as_deref(),
            action_at,
        ))),
        Cell::Int(Some(1)),
        // Asserted events are reported at full confidence, hypothetical ones at half.
        Cell::Int(Some(if modality.is_some() { 50 } else { 100 })),
        Cell::Int(Some(r.get(13)?)),
        Cell::Num(None, 4),
        Cell::str(""),
        Cell::str(""),
    ])
}

/// Streams one GDELT 2.0 Mentions row (16 cells) per mention, grouped by event.
pub fn mentions(store: &Store, sink: &mut Sink) -> Result<(), StoreError> {
    let conn = store.conn();
    let mut st = conn.prepare(MENTIONS_SQL).map_err(|e| store.err(e))?;
    let mut rows = st.query([]).map_err(|e| store.err(e))?;
    while let Some(r) = rows.next().map_err(|e| store.err(e))? {
        let cells = mention_row(r).map_err(|e| store.err(e))?;
        sink(&cells)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters() {
        assert_eq!(char_offset(Some(10), Some("Ünited met"), Some(7)), 16);
        assert_eq!(char_offset(Some(-1), Some("x"), Some(0)), -1);
        assert_eq!(char_offset(Some(0), Some("x"), None), -1);
    }

    #[test]
    fn places_get_fips_codes() {
        let mut c = Vec::new();
        geo(
            Some("Sochi".into()),
            Some("RUS".into()),
            Some(43.6),
            Some(39.7),
            &mut c,
        );
        assert_eq!(c[0], Cell::Int(Some(4)));
        assert_eq!(c[1], Cell::str("Sochi, Russia"));
        assert_eq!(c[2], Cell::str("RS"));
        let mut c = Vec::new();
        geo(
            Some("Russia".into()),
            Some("RUS".into()),
            None,
            None,
            &mut c,
        );
        assert_eq!(c[0], Cell::Int(Some(1)));
        assert_eq!(c[7], Cell::str("RS"));
        let mut c = Vec::new();
        geo(None, None, None, None, &mut c);
        assert_eq!(c.len(), 8);
        assert_eq!(c[0], Cell::Int(Some(0)));
    }
}
