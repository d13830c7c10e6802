//! The coded event, exactly as the JSON contract (`INTERFACES.md`, `detente code`) spells it.

use serde::{Deserialize, Serialize};

/// An actor as it appears in the sentence: its CAMEO code and where it was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// CAMEO actor code (`USAGOV`, `RUS`, `---GOV` when the country is unknown).
    pub code: String,
    /// The words of the mention as written in the sentence.
    pub text: String,
    /// Byte offsets of the mention within `sentence`.
    pub start: usize,
    pub end: usize,
}

/// Who said it, when the event comes from a quotation or reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: String,
}

/// Where the event happened, resolved from an "in/at PLACE" phrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    /// CAMEO/ISO three-letter country code.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// One who-did-what-to-whom event with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub doc_id: String,
    /// 0 is the title when there is one.
    pub sentence_index: usize,
    /// The sentence's text exactly as in the article.
    pub sentence: String,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    /// CAMEO event code (`040`, `0311`).
    pub cameo: String,
    /// Its first two digits.
    pub root: String,
    /// PLOVER event type, `None` where PLOVER drops the CAMEO category (01, 02).
    pub plover: Option<String>,
    pub goldstein: f64,
    pub quad_class: u8,
    pub negated: bool,
    /// `may`, `would`, `could`, `future`, ... when the event is not asserted as fact.
    pub modality: Option<String>,
    pub quote: Option<Quote>,
    /// The event's own date (`YYYY-MM-DD`, `YYYY-MM`, or a range `FROM/TO`).
    pub date: Option<String>,
    /// The words the date was resolved from, if any.
    pub date_text: Option<String>,
    pub location: Option<Location>,
    /// The words that carry the event (verb and pattern words, or the event noun).
    pub evidence: String,
}

impl Event {
    /// Three-letter country (or IGO) part of the source code, if known.
    pub fn source_country(&self) -> Option<&str> {
        country_of(self.source.as_ref())
    }

    /// Three-letter country (or IGO) part of the target code, if known.
    pub fn target_country(&self) -> Option<&str> {
        country_of(self.target.as_ref())
    }

    /// The source's whole code, if there is a source.
    pub fn source_code(&self) -> Option<&str> {
        self.source.as_ref().map(|a| a.code.as_str())
    }

    /// The target's whole code, if there is a target.
    pub fn target_code(&self) -> Option<&str> {
        self.target.as_ref().map(|a| a.code.as_str())
    }
}

fn country_of(a: Option<&ActorRef>) -> Option<&str> {
    let code = &a?.code;
    if code.len() < 3 || code.starts_with("---") {
        return None;
    }
    code.get(..3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_contract_fields_in_order() {
        let e = Event {
            doc_id: "d".into(),
            sentence_index: 3,
            sentence: "Pompeo sat down with Lavrov".into(),
            source: Some(ActorRef {
                code: "USAGOV".into(),
                text: "Pompeo".into(),
                start: 0,
                end: 6,
            }),
            target: None,
            cameo: "040".into(),
            root: "04".into(),
            plover: Some("CONSULT".into()),
            goldstein: 1.0,
            quad_class: 1,
            negated: false,
            modality: None,
            quote: None,
            date: Some("2019-05-14".into()),
            date_text: None,
            location: None,
            evidence: "sat down with".into(),
        };
        let s = serde_json::to_string(&e).unwrap();
        assert!(s.starts_with(r#"{"doc_id":"d","sentence_index":3,"#), "{s}");
        assert!(s.contains(r#""target":null"#));
        assert!(s.contains(r#""goldstein":1.0"#));
        let back: Event = serde_json::from_str(&s).unwrap();
        assert_eq!(back, e);
        assert_eq!(back.source_country(), Some("USA"));
        assert_eq!(back.target_country(), None);
    }
}
