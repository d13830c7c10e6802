//! JSON lines: errors name `file:LINE`, the other lines go on, huge lines are skipped.

use std::io::Write;
use std::path::{Path, PathBuf};

use detente_text::read::{ReadErrorKind, ReadOptions, Reader};
use detente_text::Body;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn good_lines_are_read_and_bad_ones_named_by_line() {
    let mut reader = Reader::new([fixture("docs.jsonl")], ReadOptions::default());
    let results: Vec<_> = reader.by_ref().collect();
    // 7 lines, one blank: 6 results.
    assert_eq!(results.len(), 6);

    let a1 = results[0].as_ref().unwrap();
    assert_eq!(a1.id.as_deref(), Some("a1"));
    assert_eq!(
        a1.date.map(|d| d.to_string()).as_deref(),
        Some("2023-01-05")
    );
    assert_eq!(a1.title.as_deref(), Some("Talks resume"));
    assert!(matches!(&a1.body, Body::Text(t) if t.starts_with("Negotiators")));
    assert!(a1.origin.ends_with("docs.jsonl:1"), "{}", a1.origin);

    let numeric = results[1].as_ref().unwrap();
    assert_eq!(numeric.id.as_deref(), Some("42"));
    assert!(matches!(&numeric.body, Body::Html(h) if h.contains("delta")));
    assert!(numeric.origin.ends_with(":3"));

    let broken = results[2].as_ref().unwrap_err();
    assert!(matches!(broken.kind, ReadErrorKind::Json(_)));
    assert!(
        broken.to_string().contains("docs.jsonl:4: invalid JSON"),
        "{broken}"
    );

    let no_body = results[3].as_ref().unwrap_err();
    assert!(no_body.to_string().contains("docs.jsonl:5:"), "{no_body}");

    let bad_date = results[4].as_ref().unwrap();
    assert!(bad_date.date.is_none());
    let warnings = reader.take_warnings();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].to_string().contains("docs.jsonl:6:"),
        "{}",
        warnings[0]
    );

    let stamped = results[5].as_ref().unwrap();
    assert_eq!(
        stamped.date.map(|d| d.to_string()).as_deref(),
        Some("2023-01-06")
    );
}

#[test]
fn a_line_over_the_limit_is_skipped_and_the_next_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    writeln!(f, r#"{{"id": "small", "text": "before"}}"#).unwrap();
    write!(f, r#"{{"id": "huge", "text": ""#).unwrap();
    f.write_all(&vec![b'x'; 300_000]).unwrap();
    writeln!(f, r#""}}"#).unwrap();
    writeln!(f, r#"{{"id": "after", "text": "still here"}}"#).unwrap();
    drop(f);

    let options = ReadOptions {
        jsonl: false,
        max_doc_size: 100_000,
    };
    let results: Vec<_> = Reader::new([path], options).collect();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().id.as_deref(), Some("small"));
    let err = results[1].as_ref().unwrap_err();
    assert!(matches!(err.kind, ReadErrorKind::TooLarge { size, .. } if size > 300_000));
    assert!(err.to_string().contains("big.jsonl:2:"), "{err}");
    assert_eq!(results[2].as_ref().unwrap().id.as_deref(), Some("after"));
}

#[test]
fn jsonl_option_reads_any_name_and_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stream.data");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(b"{\"id\": \"z\", \"text\": \"zipped line\"}\n")
        .unwrap();
    std::fs::write(&path, gz.finish().unwrap()).unwrap();
    let options = ReadOptions {
        jsonl: true,
        ..ReadOptions::default()
    };
    let docs: Vec<_> = Reader::new([path], options).map(Result::unwrap).collect();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].body.as_str(), "zipped line");
}

#[test]
fn a_headline_with_an_empty_text_is_a_document_and_an_empty_line_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("titles.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    writeln!(
        f,
        r#"{{"id": "t", "title": "Iran seizes oil tanker in Gulf", "text": ""}}"#
    )
    .unwrap();
    writeln!(f, r#"{{"id": "e", "title": " ", "text": " "}}"#).unwrap();
    drop(f);
    let results: Vec<_> = Reader::new([path], ReadOptions::default()).collect();
    let t = results[0].as_ref().unwrap();
    assert_eq!(t.title.as_deref(), Some("Iran seizes oil tanker in Gulf"));
    assert!(matches!(&t.body, Body::Text(b) if b.is_empty()));
    let e = results[1].as_ref().unwrap_err();
    assert!(matches!(e.kind, ReadErrorKind::Empty), "{e}");
}
