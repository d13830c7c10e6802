//! PLOVER JSON for an event (fields of PLOVER's `json-fields` table: `actor`, `recipient`,
//! `event`, `event_text`, `quad_code`, `event_scale`, `event_loc`, `text`).

use crate::event::{ActorRef, Event};
use serde_json::{json, Value};

fn entity(a: &ActorRef) -> Value {
    let country = if a.code.starts_with("---") {
        "---"
    } else {
        a.code.get(..3).unwrap_or(&a.code)
    };
    json!({
        "code": country,
        "sector": a.code.get(3..).unwrap_or(""),
        "entity_text": a.text,
    })
}

/// The PLOVER record of an event; `k` numbers events of the same sentence.
pub fn to_plover(e: &Event, k: usize) -> Value {
    json!({
        "id": format!("{}-{}-{}", e.doc_id, e.sentence_index, k),
        "has_event": e.plover.is_some(),
        "date": e.date.as_deref().map(|d| d.split('/').next().unwrap_or(d)),
        "actor": e.source.iter().map(entity).collect::<Vec<_>>(),
        "recipient": e.target.iter().map(entity).collect::<Vec<_>>(),
        "event": e.plover.iter().collect::<Vec<_>>(),
        "event_text": [e.evidence],
        "quad_code": e.quad_class,
        "event_scale": e.goldstein,
        "mode": Vec::<String>::new(),
        "event_loc": e.location.as_ref().map(|l| json!({"name": l.name, "country": l.country, "lat": l.lat, "lon": l.lon})),
        "text": e.sentence,
        "comment": format!("CAMEO {}", e.cameo),
    })
}
