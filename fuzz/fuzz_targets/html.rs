//! Arbitrary bytes as a web page: charset decoding, then extraction, must never panic.
#![no_main]

use detente_text::extract::{extract, ExtractOptions};
use detente_text::read::decode::decode;
use detente_text::{Body, RawDocument};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = match decode(data, None, true) {
        Ok(d) => d.text,
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    };
    let raw = RawDocument {
        origin: "fuzz.html".into(),
        id: None,
        url: Some("https://fuzz.example/page".into()),
        date: None,
        title: None,
        body: Body::Html(html),
    };
    let _ = extract(&raw, &ExtractOptions::default());
});
