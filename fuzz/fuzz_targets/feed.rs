//! Arbitrary bytes as an RSS/Atom feed: items or errors, never a panic.
#![no_main]

use std::path::Path;

use detente_text::read::feed::{is_feed, read_feed};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = is_feed(data);
    let mut warnings = Vec::new();
    if let Ok(items) = read_feed(Path::new("fuzz.xml"), data, &mut warnings) {
        for item in items {
            let _ = item.map(|doc| doc.body.as_str().len());
        }
    }
});
