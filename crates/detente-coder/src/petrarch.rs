//! PETRARCH unit-test records (`PETR.UnitTest.records.xml`): reading them and scoring coded
//! events against their expected codings.
//!
//! A record passes when the set of (source, target, event code) triples we code equals the
//! expected set exactly (`noevents="True"` expects none). The records' Penn-Treebank parses are
//! not used: sentences go through our own parser like any other text.

use std::collections::BTreeSet;

/// One `<Sentence>` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub category: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: String,
    /// Expected (source, target, code) triples; empty with `noevents`.
    pub expected: BTreeSet<(String, String, String)>,
    /// The record expects an error (`<EventCoding error=...>`), not events.
    pub expects_error: bool,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(k) = rest.find(name) {
        let before_ok = k == 0 || rest.as_bytes()[k - 1].is_ascii_whitespace();
        let after = rest[k + name.len()..].trim_start();
        if before_ok {
            if let Some(a) = after.strip_prefix('=') {
                let a = a.trim_start();
                let q = a.chars().next()?;
                if q == '"' || q == '\'' {
                    let body = &a[1..];
                    return body.find(q).map(|e| body[..e].to_string());
                }
            }
        }
        rest = &rest[k + name.len()..];
    }
    None
}

fn strip_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(k) = rest.find("<!--") {
        out.push_str(&rest[..k]);
        match rest[k..].find("-->") {
            Some(e) => rest = &rest[k + e + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads every `<Sentence>` record of the file's text.
pub fn records(xml: &str) -> Vec<Record> {
    let xml = strip_comments(xml);
    let mut out = Vec::new();
    let mut rest = xml.as_str();
    while let Some(k) = rest.find("<Sentence ") {
        let body_start = k;
        let Some(end) = rest[k..].find("</Sentence>") else {
            break;
        };
        let block = &rest[body_start..k + end];
        rest = &rest[k + end + "</Sentence>".len()..];
        let head_end = block.find('>').unwrap_or(block.len());
        let head = &block[..head_end];
        let date = attr(head, "date").unwrap_or_default();
        let date = if date.len() == 8 {
            format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..])
        } else {
            date
        };
        let mut expected = BTreeSet::new();
        let mut expects_error = false;
        let mut b = block;
        while let Some(e) = b.find("<EventCoding") {
            let tag_end = b[e..].find('>').map_or(b.len(), |x| e + x);
            let tag = &b[e..tag_end];
            if attr(tag, "error").is_some() {
                expects_error = true;
            }
            if let (Some(s), Some(t), Some(c)) = (
                attr(tag, "sourcecode"),
                attr(tag, "targetcode"),
                attr(tag, "eventcode"),
            ) {
                expected.insert((s, t, c));
            }
            b = &b[tag_end..];
        }
        let text = block
            .find("<Text>")
            .and_then(|s| {
                block[s + 6..]
                    .find("</Text>")
                    .map(|e| &block[s + 6..s + 6 + e])
            })
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Record {
            id: attr(head, "id").unwrap_or_default(),
            category: attr(head, "category").unwrap_or_default(),
            date,
            text,
            expected,
            expects_error,
        });
    }
    out
}

/// Does a coding (set of triples) match the record?
pub fn passes(r: &Record, got: &BTreeSet<(String, String, String)>) -> bool {
    if r.expects_error {
        return got.is_empty();
    }
    *got == r.expected
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<Sentences>
<!-- <Sentence id="fake"> in a comment -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with Gondor.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date="19950102" id="X-1" category="ERROR" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing here.</Text>
</Sentence>
</Sentences>"#;

    #[test]
    fn reads_records() {
        let rs = records(XML);
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0].id, "DEMO-00");
        assert_eq!(rs[0].date, "1995-01-01");
        assert_eq!(
            rs[0].text,
            "Arnor is about to restore full diplomatic ties with Gondor."
        );
        let want: BTreeSet<_> = [("ARN".to_string(), "GON".to_string(), "064".to_string())].into();
        assert_eq!(rs[0].expected, want);
        assert!(passes(&rs[0], &want));
        assert!(rs[1].expected.is_empty());
        assert!(passes(&rs[1], &BTreeSet::new()));
        assert!(!passes(&rs[1], &want));
    }
}
