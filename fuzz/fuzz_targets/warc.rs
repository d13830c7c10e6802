//! Arbitrary bytes as a WARC file, plain or gzipped: every record is a document or an error,
//! never a panic, and reading always ends.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use detente_text::read::warc::WarcReader;
use libfuzzer_sys::fuzz_target;

/// One scratch file per fuzzing process, on tmpfs when there is one.
fn scratch() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = if std::path::Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        dir.join(format!("detente-fuzz-{}.warc", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let path = scratch();
    if std::fs::write(path, data).is_err() {
        return;
    }
    let gzipped = data.starts_with(b"\x1f\x8b");
    let Ok(mut reader) = WarcReader::open(path, gzipped, 64 * 1024) else {
        return;
    };
    let mut warnings = Vec::new();
    // Every step consumes input, so this ends; the bound only guards against a regression.
    for _ in 0..100_000 {
        if reader.next_doc(&mut warnings).is_none() {
            break;
        }
    }
});
