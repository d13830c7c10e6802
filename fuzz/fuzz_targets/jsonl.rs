//! Arbitrary bytes as JSON lines, with a small size limit so that the oversized-line path is
//! exercised too: documents or errors naming the line, never a panic.
#![no_main]

use std::path::Path;

use detente_text::read::jsonl::JsonlReader;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut reader = JsonlReader::new(Path::new("fuzz.jsonl"), data, 4096);
    let mut warnings = Vec::new();
    while let Some(item) = reader.next_doc(&mut warnings) {
        if let Err(e) = item {
            let _ = e.to_string();
        }
    }
});
