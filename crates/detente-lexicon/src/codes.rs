//! The CAMEO code tables (facts from `../shared/data/cameo`, embedded): which three-letter parts
//! may start an actor code, which may follow, and which event codes exist.

use std::collections::HashSet;
use std::sync::OnceLock;

static COUNTRIES: &str = include_str!("../data/countries.tsv");
static ROLES: &str = include_str!("../data/roles.tsv");
static GROUPS: &str = include_str!("../data/groups.tsv");
static OTHER: &str = include_str!("../data/other-codes.tsv");
static EVENTS: &str = include_str!("../data/eventcodes.tsv");

/// Generic first parts that are not countries (CAMEO manual, international actors).
const GENERIC_FIRST: &[&str] = &["---", "IGO", "NGO", "NGM", "MNC", "INT", "IMG", "UIS"];

struct Tables {
    countries: HashSet<&'static str>,
    roles: HashSet<&'static str>,
    later: HashSet<&'static str>,
    events: HashSet<&'static str>,
}

fn codes(tsv: &'static str) -> impl Iterator<Item = &'static str> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split('\t').next())
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut countries: HashSet<&str> = HashSet::new();
        for c in codes(COUNTRIES) {
            // Multi-part dependency codes (GBRGIB) are country + part; both parts are legal.
            let mut i = 0;
            while i + 3 <= c.len() {
                countries.insert(&c[i..i + 3]);
                i += 3;
            }
        }
        let roles: HashSet<&str> = codes(ROLES).collect();
        let mut later: HashSet<&str> = roles.clone();
        later.extend(codes(GROUPS));
        later.extend(codes(OTHER));
        later.extend(countries.iter().copied());
        later.extend(GENERIC_FIRST.iter().copied().filter(|c| *c != "---"));
        Tables {
            countries,
            roles,
            later,
            events: codes(EVENTS).collect(),
        }
    })
}

/// Is `code` a country or region code (`RUS`, `WSB`)?
pub fn is_country(code: &str) -> bool {
    tables().countries.contains(code)
}

/// Is `code` a role code (`GOV`, `MIL`, `UNO`)?
pub fn is_role(code: &str) -> bool {
    tables().roles.contains(code)
}

/// Is `code` a CAMEO event code (`040`, `0431`, `19`)?
pub fn is_event_code(code: &str) -> bool {
    tables().events.contains(code)
}

/// Checks an actor code part by part; `Err` names the first part that is not known.
pub fn check_actor_code(code: &str) -> Result<(), String> {
    check_actor_code_with(code, &HashSet::new())
}

/// Like [`check_actor_code`], also accepting parts a dictionary declares itself (`agent PTY`,
/// the group part of `group PAKINSTTP`): CAMEO is open-ended below the role level.
pub fn check_actor_code_with(code: &str, declared: &HashSet<String>) -> Result<(), String> {
    if code.is_empty() || code.len() % 3 != 0 || !code.is_ascii() {
        return Err(format!("`{code}` is not a sequence of three-letter parts"));
    }
    let t = tables();
    for (i, part) in code.as_bytes().chunks(3).enumerate() {
        let part = std::str::from_utf8(part).unwrap_or("");
        let ok = if i == 0 {
            t.countries.contains(part) || GENERIC_FIRST.contains(&part)
        } else {
            t.later.contains(part) || declared.contains(part)
        };
        if !ok {
            let what = if i == 0 { "country" } else { "role" };
            return Err(format!("unknown {what} code `{part}` in `{code}`"));
        }
    }
    Ok(())
}

/// The country part of an actor code, when it starts with a country.
pub fn country_of(code: &str) -> Option<&str> {
    let first = code.get(..3)?;
    is_country(first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_are_checked_part_by_part() {
        for ok in [
            "USAGOV",
            "IGOUNO",
            "NGAREB",
            "AFGINSTAL",
            "---GOV",
            "RUS",
            "GBRLEG",
            "IGOUNOPKO",
        ] {
            assert_eq!(check_actor_code(ok), Ok(()), "{ok}");
        }
        for bad in ["XXXGOV", "USAXYZ", "US", "USAG0V"] {
            assert!(check_actor_code(bad).is_err(), "{bad}");
        }
        assert!(is_event_code("0231") && is_event_code("040") && !is_event_code("999"));
    }
}
