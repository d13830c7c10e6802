//! Tables of facts the exports need, compiled in from `data/`: FIPS 10-4 country codes and
//! names by CAMEO/ISO code, the kind of every three-letter CAMEO actor block, and the GDELT 2.0
//! column lists (name and type). Sources: the CAMEO/GDELT code tables and CountryInfo/GeoNames
//! (see `data/README.md`).

use std::collections::HashMap;
use std::sync::OnceLock;

const FIPS: &str = include_str!("../data/fips.tsv");
const BLOCKS: &str = include_str!("../data/actor-blocks.tsv");
const EVENT_COLUMNS: &str = include_str!("../data/gdelt-events-columns.tsv");
const MENTION_COLUMNS: &str = include_str!("../data/gdelt-mentions-columns.tsv");

/// A country's FIPS 10-4 code and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fips {
    pub code: &'static str,
    pub name: &'static str,
}

fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').collect())
}

fn fips_table() -> &'static HashMap<&'static str, Fips> {
    static T: OnceLock<HashMap<&'static str, Fips>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for r in rows(FIPS) {
            let (Some(&cameo), Some(&iso3), Some(&fips), Some(&name)) =
                (r.first(), r.get(1), r.get(2), r.get(3))
            else {
                continue;
            };
            if fips.is_empty() {
                continue;
            }
            for k in [cameo, iso3] {
                if !k.is_empty() {
                    m.entry(k).or_insert(Fips { code: fips, name });
                }
            }
        }
        m
    })
}

/// The FIPS 10-4 code and name of a CAMEO or ISO 3166 alpha-3 country code.
pub fn fips(code: &str) -> Option<&'static Fips> {
    fips_table().get(code)
}

/// What a three-letter block of an actor code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Country,
    KnownGroup,
    Religion,
    Ethnic,
    Type,
}

/// Country codes, and the kind of every other block.
type BlockTables = (HashMap<&'static str, ()>, HashMap<&'static str, BlockKind>);

fn block_tables() -> &'static BlockTables {
    static T: OnceLock<BlockTables> = OnceLock::new();
    T.get_or_init(|| {
        let mut countries = HashMap::new();
        let mut others = HashMap::new();
        for r in rows(BLOCKS) {
            let (Some(&code), Some(&kind)) = (r.first(), r.get(1)) else {
                continue;
            };
            match kind {
                "country" => {
                    countries.insert(code, ());
                }
                // The file lists groups before religions before types: the first kind wins.
                "group" => {
                    others.entry(code).or_insert(BlockKind::KnownGroup);
                }
                "religion" => {
                    others.entry(code).or_insert(BlockKind::Religion);
                }
                "type" => {
                    others.entry(code).or_insert(BlockKind::Type);
                }
                _ => {}
            }
        }
        (countries, others)
    })
}

/// Whether `code` is a CAMEO country or region code.
pub fn is_country(code: &str) -> bool {
    block_tables().0.contains_key(code)
}

/// GDELT's split of an actor code into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorParts {
    pub country: String,
    pub known_group: String,
    pub ethnic: String,
    pub religion1: String,
    pub religion2: String,
    pub type1: String,
    pub type2: String,
    pub type3: String,
}

/// Splits `USAGOV`, `IGOUNO`, `---MIL`, `RUSMILREB` into country, known group, ethnic,
/// religion and type blocks. A first block that is a country is the country; `---` (unknown)
/// is nothing; blocks nobody knows are dropped rather than put in the wrong column.
pub fn actor_parts(code: &str) -> ActorParts {
    let mut p = ActorParts::default();
    let blocks: Vec<&str> = (0..code.len() / 3)
        .filter_map(|i| code.get(3 * i..3 * i + 3))
        .collect();
    for (i, b) in blocks.iter().enumerate() {
        if i == 0 && is_country(b) {
            p.country = b.to_string();
            continue;
        }
        if *b == "---" {
            continue;
        }
        let kind = if b.chars().all(|c| c.is_ascii_lowercase()) {
            Some(BlockKind::Ethnic)
        } else {
            block_tables().1.get(b).copied()
        };
        let slot = match kind {
            Some(BlockKind::KnownGroup) => [&mut p.known_group].into_iter().find(|s| s.is_empty()),
            Some(BlockKind::Ethnic) => [&mut p.ethnic].into_iter().find(|s| s.is_empty()),
            Some(BlockKind::Religion) => [&mut p.religion1, &mut p.religion2]
                .into_iter()
                .find(|s| s.is_empty()),
            Some(BlockKind::Type) => [&mut p.type1, &mut p.type2, &mut p.type3]
                .into_iter()
                .find(|s| s.is_empty()),
            Some(BlockKind::Country) | None => None,
        };
        if let Some(s) = slot {
            *s = b.to_string();
        }
    }
    p
}

/// The type of a GDELT column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Integer,
    Numeric,
    String,
}

/// A GDELT 2.0 column: its name and type, as the codebook lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: ColumnType,
}

fn columns(table: &'static str) -> Vec<Column> {
    rows(table)
        .filter_map(|r| {
            let kind = match *r.get(2)? {
                "integer" => ColumnType::Integer,
                "numeric" => ColumnType::Numeric,
                _ => ColumnType::String,
            };
            Some(Column {
                name: r.get(1)?,
                kind,
            })
        })
        .collect()
}

/// The 61 columns of a GDELT 2.0 Events file, in order.
pub fn event_columns() -> &'static [Column] {
    static T: OnceLock<Vec<Column>> = OnceLock::new();
    T.get_or_init(|| columns(EVENT_COLUMNS))
}

/// The 16 columns of a GDELT 2.0 Mentions file, in order.
pub fn mention_columns() -> &'static [Column] {
    static T: OnceLock<Vec<Column>> = OnceLock::new();
    T.get_or_init(|| columns(MENTION_COLUMNS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fips_differs_from_iso() {
        assert_eq!(fips("RUS").map(|f| f.code), Some("RS"));
        assert_eq!(fips("DEU").map(|f| f.code), Some("GM"));
        assert_eq!(fips("USA").map(|f| f.code), Some("US"));
        assert!(fips("XXX").is_none());
    }

    #[test]
    fn actor_codes_split_like_gdelt() {
        let p = actor_parts("USAGOV");
        assert_eq!((p.country.as_str(), p.type1.as_str()), ("USA", "GOV"));
        let p = actor_parts("IGOUNO");
        assert_eq!(
            (p.country.as_str(), p.known_group.as_str(), p.type1.as_str()),
            ("", "UNO", "IGO")
        );
        let p = actor_parts("---MIL");
        assert_eq!((p.country.as_str(), p.type1.as_str()), ("", "MIL"));
        let p = actor_parts("RUSMILREB");
        assert_eq!((p.type1.as_str(), p.type2.as_str()), ("MIL", "REB"));
    }

    #[test]
    fn column_lists_are_complete() {
        assert_eq!(event_columns().len(), 61);
        assert_eq!(mention_columns().len(), 16);
        assert_eq!(event_columns()[60].name, "SOURCEURL");
        assert_eq!(event_columns()[4].kind, ColumnType::Numeric);
    }
}
