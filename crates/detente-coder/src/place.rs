//! Places: "in/at PLACE" phrases resolved to a country and coordinates from a bundled gazetteer
//! of countries, capitals and major cities (a table of facts, `data/places.tsv`).

use crate::event::Location;
use std::collections::HashMap;
use std::sync::OnceLock;

const PLACES: &str = include_str!("../data/places.tsv");

fn table() -> &'static HashMap<String, (String, String, f64, f64)> {
    static T: OnceLock<HashMap<String, (String, String, f64, f64)>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for line in PLACES.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if let [name, country, lat, lon, ..] = f[..] {
                if let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) {
                    m.entry(name.to_lowercase()).or_insert((
                        name.to_string(),
                        country.to_string(),
                        lat,
                        lon,
                    ));
                }
            }
        }
        m
    })
}

/// Looks a place name up (case-insensitive, a leading "the" ignored).
pub fn lookup(name: &str) -> Option<Location> {
    let key = name.trim().to_lowercase();
    let key = key.strip_prefix("the ").unwrap_or(&key);
    table().get(key).map(|(n, c, lat, lon)| Location {
        name: n.clone(),
        country: c.clone(),
        lat: *lat,
        lon: *lon,
    })
}

/// Whether `name` is a city or region of the gazetteer rather than a country's own name
/// ("Kabul", not "Afghanistan" or "US"): a country's entries are listed first, at its centroid.
pub fn is_city(name: &str) -> bool {
    static FIRST: OnceLock<HashMap<String, (f64, f64)>> = OnceLock::new();
    let first = FIRST.get_or_init(|| {
        let mut m = HashMap::new();
        for line in PLACES.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if let [_, country, lat, lon, ..] = f[..] {
                if let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) {
                    m.entry(country.to_string()).or_insert((lat, lon));
                }
            }
        }
        m
    });
    lookup(name).is_some_and(|l| first.get(&l.country) != Some(&(l.lat, l.lon)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_and_countries() {
        let l = lookup("Moscow").unwrap();
        assert_eq!(l.country, "RUS");
        assert!((l.lat - 55.75).abs() < 0.5);
        assert_eq!(lookup("the United States").unwrap().country, "USA");
        assert!(lookup("Atlantis").is_none());
    }

    #[test]
    fn cities_are_told_from_countries() {
        assert!(is_city("Kabul"));
        assert!(is_city("Moscow"));
        assert!(!is_city("Afghanistan"));
        assert!(!is_city("the United States"));
        assert!(!is_city("Atlantis"));
    }
}
