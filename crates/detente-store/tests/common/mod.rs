//! Builders for synthetic articles and events, shared by the store's integration tests.
#![allow(dead_code)]

use detente_coder::{ActorRef, Event, Location};
use detente_store::{ArticleInput, PreparedArticle};

pub fn actor(code: &str, text: &str, sentence: &str) -> ActorRef {
    let start = sentence.find(text).unwrap_or(0);
    ActorRef {
        code: code.into(),
        text: text.into(),
        start,
        end: start + text.len(),
    }
}

/// An event in `sentence`, with the actors found by their text.
#[allow(clippy::too_many_arguments)]
pub fn event(
    idx: usize,
    sentence: &str,
    src: (&str, &str),
    tgt: (&str, &str),
    cameo: &str,
    goldstein: f64,
    quad: u8,
    date: Option<&str>,
) -> Event {
    Event {
        doc_id: String::new(),
        sentence_index: idx,
        sentence: sentence.into(),
        source: Some(actor(src.0, src.1, sentence)),
        target: Some(actor(tgt.0, tgt.1, sentence)),
        cameo: cameo.into(),
        root: cameo[..2].into(),
        plover: None,
        goldstein,
        quad_class: quad,
        negated: false,
        modality: None,
        quote: None,
        date: date.map(String::from),
        date_text: None,
        location: None,
        evidence: "met with".into(),
    }
}

pub fn with_place(mut e: Event, name: &str, country: &str) -> Event {
    e.location = Some(Location {
        name: name.into(),
        country: country.into(),
        lat: 43.6,
        lon: 39.7,
    });
    e
}

/// A filler body long enough for SimHash, distinct per `seed`.
pub fn body(seed: &str, lead: &str) -> String {
    let mut s = format!("{lead}\n\n");
    for i in 0..8 {
        s.push_str(&format!(
            "Paragraph {i} of the {seed} report adds background on talks, sanctions, the {seed} \
             delegation and statements by officials who asked not to be named. "
        ));
    }
    s
}

pub fn article(
    id: &str,
    url: &str,
    published: &str,
    text: String,
    mut events: Vec<Event>,
) -> PreparedArticle {
    for e in &mut events {
        e.doc_id = id.into();
    }
    PreparedArticle::new(ArticleInput {
        key: ArticleInput::key_of(Some(id), Some(url), &text),
        doc_id: id.into(),
        url: Some(url.into()),
        title: None,
        published: Some(published.into()),
        text,
        events,
    })
}
