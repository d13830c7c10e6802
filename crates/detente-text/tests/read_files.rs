//! Single files and directories: kind sniffing, bad files reported by name, the rest read.

use std::path::PathBuf;

use detente_text::read::{ReadErrorKind, ReadOptions, Reader};
use detente_text::Body;

#[test]
fn a_directory_of_good_and_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a-page.html"),
        "<html><body><p>Hello page</p></body></html>",
    )
    .unwrap();
    std::fs::write(d.join("b-empty.txt"), "").unwrap();
    std::fs::write(d.join("c-binary.dat"), b"\x00\x01\x02\x03binary\x00\xff").unwrap();
    std::fs::write(d.join("d-notes.txt"), "Plain notes about the talks.").unwrap();
    std::fs::write(d.join("e-big.txt"), vec![b'w'; 5000]).unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::write(
        d.join("sub/f-sniffed"),
        "<!DOCTYPE html><title>t</title><p>Sniffed</p>",
    )
    .unwrap();
    std::fs::write(d.join("sub/logo.png"), b"\x89PNG\r\n").unwrap();
    std::fs::write(d.join(".hidden.html"), "<p>never read</p>").unwrap();

    let options = ReadOptions {
        jsonl: false,
        max_doc_size: 4096,
    };
    let results: Vec<_> = Reader::new([d.to_owned()], options).collect();
    let names: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(doc) => format!("ok {}", doc.origin),
            Err(e) => format!("err {}", e.origin),
        })
        .collect();
    assert_eq!(results.len(), 6, "{names:?}");
    assert!(
        matches!(&results[0].as_ref().unwrap().body, Body::Html(h) if h.contains("Hello page"))
    );
    let empty = results[1].as_ref().unwrap_err();
    assert!(matches!(empty.kind, ReadErrorKind::Empty));
    assert!(empty.to_string().contains("b-empty.txt: empty"), "{empty}");
    let binary = results[2].as_ref().unwrap_err();
    assert!(matches!(binary.kind, ReadErrorKind::Binary(_)), "{binary}");
    assert!(binary.to_string().contains("c-binary.dat"));
    assert!(matches!(&results[3].as_ref().unwrap().body, Body::Text(t) if t.contains("notes")));
    let big = results[4].as_ref().unwrap_err();
    assert!(
        matches!(
            big.kind,
            ReadErrorKind::TooLarge {
                size: 5000,
                max: 4096
            }
        ),
        "{big}"
    );
    assert!(matches!(&results[5].as_ref().unwrap().body, Body::Html(h) if h.contains("Sniffed")));
}

#[test]
fn missing_files_are_errors_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Some text.").unwrap();
    let missing = PathBuf::from("/nonexistent/detente/nothing.html");
    let results: Vec<_> = Reader::new([missing, good], ReadOptions::default()).collect();
    assert_eq!(results.len(), 2);
    assert!(results[0]
        .as_ref()
        .unwrap_err()
        .to_string()
        .starts_with("/nonexistent/detente/nothing.html: "));
    assert_eq!(results[1].as_ref().unwrap().body.as_str(), "Some text.");
}

#[test]
fn gzipped_pages_and_charset_lies() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let gz_path = dir.path().join("page.html.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all("<html><body><p>Zipped Ünïcode</p></body></html>".as_bytes())
        .unwrap();
    std::fs::write(&gz_path, gz.finish().unwrap()).unwrap();
    let lie = dir.path().join("lie.html");
    std::fs::write(
        &lie,
        b"<meta charset=utf-8><p>na\xefve r\xe9sum\xe9 \xe0 la carte</p>",
    )
    .unwrap();

    let mut reader = Reader::new([gz_path, lie], ReadOptions::default());
    let docs: Vec<_> = reader.by_ref().map(Result::unwrap).collect();
    assert!(docs[0].body.as_str().contains("Zipped Ünïcode"));
    assert!(
        docs[1].body.as_str().contains("naïve résumé à la carte"),
        "{:?}",
        docs[1].body
    );
    let warnings = reader.take_warnings();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].to_string().contains("lie.html: labelled utf-8"),
        "{}",
        warnings[0]
    );
}

#[test]
fn an_endless_device_is_refused_in_bounded_time_and_memory() {
    let zero = PathBuf::from("/dev/zero");
    if !zero.exists() {
        eprintln!("skipped: no /dev/zero here");
        return;
    }
    let options = ReadOptions {
        jsonl: false,
        max_doc_size: 1 << 16,
    };
    let results: Vec<_> = Reader::new([zero], options).collect();
    assert_eq!(results.len(), 1);
    let err = results[0].as_ref().unwrap_err();
    assert!(
        matches!(err.kind, ReadErrorKind::TooLargeAtLeast { .. }),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("/dev/zero: document of more than"),
        "{err}"
    );
}

#[test]
fn the_real_pages_of_the_extraction_set_all_read() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/extraction");
    if !dir.is_dir() {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    }
    let mut reader = Reader::new([dir], ReadOptions::default());
    let mut pages = 0;
    for result in reader.by_ref() {
        let doc = result.unwrap_or_else(|e| panic!("{e}"));
        if doc.origin.contains(".html") {
            assert!(
                matches!(doc.body, Body::Html(_)),
                "{} not read as HTML",
                doc.origin
            );
            pages += 1;
        }
    }
    assert!(pages >= 300, "only {pages} pages found");
    // No charset trouble on real pages: a lossy or second-guessed decoding always warns.
    let warnings = reader.take_warnings();
    assert!(warnings.is_empty(), "{warnings:?}");
}
