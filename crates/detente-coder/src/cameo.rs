//! CAMEO code tables: Goldstein score, quad class, root and PLOVER type of every event code.
//!
//! The tables are facts (GDELT's CAMEO code list and Goldstein scale, PLOVER's CAMEO mapping),
//! embedded at compile time from `data/*.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

const CODES: &str = include_str!("../data/cameo-codes.tsv");
const PLOVER: &str = include_str!("../data/cameo-plover.tsv");

/// What the tables say about one CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    pub code: String,
    pub root: String,
    pub goldstein: f64,
    pub quad_class: u8,
    /// `None` where PLOVER drops the category (public statements, appeals).
    pub plover: Option<String>,
}

struct Tables {
    codes: HashMap<String, (f64, u8)>,
    plover: HashMap<String, String>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut codes = HashMap::new();
        for row in rows(CODES) {
            if let [code, g, q, ..] = row[..] {
                if let (Ok(g), Ok(q)) = (g.parse::<f64>(), q.parse::<u8>()) {
                    codes.insert(code.to_string(), (g, q));
                }
            }
        }
        let mut plover = HashMap::new();
        for row in rows(PLOVER) {
            if let [code, t, ..] = row[..] {
                if !t.is_empty() {
                    plover.insert(code.to_string(), t.to_string());
                }
            }
        }
        Tables { codes, plover }
    })
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip_while(|l| l.starts_with('#'))
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// Normalises a dictionary code to a CAMEO event code: WEIS/TABARI dictionaries write some codes
/// with a trailing letter or as `0` padded forms; we keep the digits.
pub fn normalize(code: &str) -> String {
    code.trim().chars().filter(|c| c.is_ascii_digit()).collect()
}

/// Looks up a CAMEO event code, falling back to its parents (`0431` → `043` → `04`) for the
/// scores and the PLOVER type when the exact code is not listed.
pub fn info(code: &str) -> Option<CodeInfo> {
    let code = normalize(code);
    if code.len() < 2 {
        return None;
    }
    let root = code[..2].to_string();
    let t = tables();
    let mut key = code.as_str();
    let (goldstein, quad_class) = loop {
        if let Some(v) = t.codes.get(key) {
            break *v;
        }
        if key.len() <= 2 {
            return None;
        }
        key = &key[..key.len() - 1];
    };
    let mut key = code.as_str();
    let plover = loop {
        if let Some(v) = t.plover.get(key) {
            break Some(v.clone());
        }
        if key.len() <= 2 {
            break None;
        }
        key = &key[..key.len() - 1];
    }
    .filter(|p| p != "dropped");
    Some(CodeInfo {
        code,
        root,
        goldstein,
        quad_class,
        plover,
    })
}

/// True when `code` names a CAMEO event code in the tables.
pub fn is_known(code: &str) -> bool {
    tables().codes.contains_key(&normalize(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consult_and_fight_scores() {
        let c = info("040").unwrap();
        assert_eq!(c.root, "04");
        assert_eq!(c.quad_class, 1);
        assert_eq!(c.plover.as_deref(), Some("CONSULT"));
        assert!((c.goldstein - 1.0).abs() < 1e-9);
        let f = info("190").unwrap();
        assert_eq!(f.quad_class, 4);
        assert!(f.goldstein < -9.0);
        assert_eq!(f.plover.as_deref(), Some("ASSAULT"));
    }

    #[test]
    fn statements_have_no_plover_type_and_unknown_codes_fall_back() {
        assert_eq!(info("010").unwrap().plover, None);
        let c = info("0439").unwrap();
        assert_eq!(c.code, "0439");
        assert_eq!(c.quad_class, 1);
        assert!(info("99").is_none());
        assert!(info("x").is_none());
        assert!(is_known("1383") || is_known("138"));
    }
}
