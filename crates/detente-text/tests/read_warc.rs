//! WARC files: response records become documents, HTTP headers give the charset, and a bad
//! record or truncated gzip member is reported by record while the rest is read.

use std::io::Write;
use std::path::Path;

use detente_text::read::{ReadErrorKind, ReadOptions, Reader};
use detente_text::Body;

/// One WARC record with the given type, headers and block.
fn record(version: &str, kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "{version}\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2021-03-09T10:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{:012}>\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len(),
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(uri: &str, http_content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut http =
        format!("HTTP/1.1 200 OK\r\nContent-Type: {http_content_type}\r\nServer: test\r\n\r\n")
            .into_bytes();
    http.extend_from_slice(body);
    record(
        "WARC/1.0",
        "response",
        uri,
        "application/http; msgtype=response",
        &http,
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn warcinfo() -> Vec<u8> {
    record(
        "WARC/1.1",
        "warcinfo",
        "",
        "application/warc-fields",
        b"software: test\r\n",
    )
}

fn page(text: &str) -> Vec<u8> {
    format!("<html><head><title>{text}</title></head><body><p>{text}</p></body></html>")
        .into_bytes()
}

fn read(
    path: &Path,
    max: u64,
) -> Vec<Result<detente_text::RawDocument, detente_text::read::ReadError>> {
    let options = ReadOptions {
        jsonl: false,
        max_doc_size: max,
    };
    Reader::new([path.to_owned()], options).collect()
}

#[test]
fn plain_warc_responses_become_documents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc");
    let mut bytes = warcinfo();
    bytes.extend(response(
        "https://a.example/one",
        "text/html; charset=utf-8",
        &page("First story"),
    ));
    bytes.extend(record(
        "WARC/1.1",
        "request",
        "https://a.example/one",
        "application/http; msgtype=request",
        b"GET /one HTTP/1.1\r\n\r\n",
    ));
    bytes.extend(response(
        "https://a.example/logo.png",
        "image/png",
        b"\x89PNG\r\n\x1a\n",
    ));
    // windows-1252 bytes, labelled so in the HTTP header only.
    bytes.extend(response(
        "https://a.example/two",
        "text/html; charset=windows-1252",
        b"<p>Caf\xe9 in Z\xfcrich</p>",
    ));
    std::fs::write(&path, bytes).unwrap();

    let docs: Vec<_> = read(&path, 1 << 20)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2, "{docs:?}");
    assert_eq!(docs[0].url.as_deref(), Some("https://a.example/one"));
    match &docs[0].body {
        Body::Html(h) => {
            assert!(
                h.starts_with("<html>"),
                "HTTP headers must be split off: {h}"
            );
            assert!(h.contains("First story"));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        docs[0].origin.ends_with("crawl.warc#record 2"),
        "{}",
        docs[0].origin
    );
    assert_eq!(docs[1].body.as_str(), "<p>Café in Zürich</p>");
    assert!(
        docs[1].date.is_none(),
        "the WARC date is the crawl date, not publication"
    );
}

#[test]
fn gzip_per_record_with_a_truncated_member_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.warc.gz");
    let mut bytes = gzip(&warcinfo());
    bytes.extend(gzip(&response(
        "https://b.example/1",
        "text/html",
        &page("Good one"),
    )));
    let bad = gzip(&response(
        "https://b.example/2",
        "text/html",
        &page("Cut short"),
    ));
    bytes.extend(&bad[..bad.len() / 2]);
    bytes.extend(gzip(&response(
        "https://b.example/3",
        "text/html",
        &page("Good three"),
    )));
    std::fs::write(&path, bytes).unwrap();

    let results = read(&path, 1 << 20);
    let good: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    let bad: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(good.len(), 2, "{results:?}");
    assert!(good[0].body.as_str().contains("Good one"));
    assert!(good[1].body.as_str().contains("Good three"));
    assert_eq!(bad.len(), 1, "{bad:?}");
    let shown = bad[0].to_string();
    assert!(shown.contains("news.warc.gz#record 3"), "{shown}");
    assert!(shown.contains("truncated gzip member at byte"), "{shown}");
}

#[test]
fn a_truncated_last_member_ends_the_file_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.warc.gz");
    let mut bytes = gzip(&response("https://c.example/1", "text/html", &page("Kept")));
    let last = gzip(&response("https://c.example/2", "text/html", &page("Lost")));
    bytes.extend(&last[..last.len() - 5]);
    std::fs::write(&path, bytes).unwrap();
    let results = read(&path, 1 << 20);
    assert_eq!(results.len(), 2, "{results:?}");
    assert!(results[0].as_ref().unwrap().body.as_str().contains("Kept"));
    let err = results[1].as_ref().unwrap_err();
    assert!(
        matches!(
            err.kind,
            ReadErrorKind::TruncatedGzip { .. } | ReadErrorKind::Gzip(_)
        ),
        "{err}"
    );
    assert!(err.to_string().contains("cut.warc.gz#record 2"), "{err}");
}

#[test]
fn whole_file_gzip_and_oversized_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-member.warc.gz");
    let mut plain = response("https://d.example/1", "text/html", &page("Small"));
    plain.extend(response(
        "https://d.example/2",
        "text/html",
        &vec![b'a'; 50_000],
    ));
    plain.extend(response(
        "https://d.example/3",
        "text/plain",
        b"Plain text story.",
    ));
    std::fs::write(&path, gzip(&plain)).unwrap();

    let results = read(&path, 10_000);
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(results[0].as_ref().unwrap().body.as_str().contains("Small"));
    let err = results[1].as_ref().unwrap_err();
    assert!(matches!(err.kind, ReadErrorKind::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("#record 2"), "{err}");
    assert!(
        matches!(&results[2].as_ref().unwrap().body, Body::Text(t) if t == "Plain text story.")
    );
}

#[test]
fn a_malformed_record_in_a_plain_warc_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.warc");
    let mut bytes = response("https://e.example/1", "text/html", &page("Before"));
    bytes.extend(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\ngarbage\r\n\r\n");
    bytes.extend(response("https://e.example/3", "text/html", &page("After")));
    std::fs::write(&path, bytes).unwrap();
    let results = read(&path, 1 << 20);
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(results[0]
        .as_ref()
        .unwrap()
        .body
        .as_str()
        .contains("Before"));
    let err = results[1].as_ref().unwrap_err();
    assert!(err.to_string().contains("bad.warc#record 2"), "{err}");
    assert!(err.to_string().contains("Content-Length"), "{err}");
    assert!(results[2].as_ref().unwrap().body.as_str().contains("After"));
}

#[test]
fn chunked_and_gzip_encoded_http_bodies_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("enc.warc");
    let body = page("Encoded story");
    let gz = gzip(&body);
    let mut http =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    http.extend(&gz);
    let mut bytes = record(
        "WARC/1.0",
        "response",
        "https://f.example/gz",
        "application/http; msgtype=response",
        &http,
    );
    let mut chunked =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
            .to_vec();
    let (a, b) = body.split_at(10);
    chunked.extend(format!("{:x}\r\n", a.len()).as_bytes());
    chunked.extend(a);
    chunked.extend(format!("\r\n{:x}\r\n", b.len()).as_bytes());
    chunked.extend(b);
    chunked.extend(b"\r\n0\r\n\r\n");
    bytes.extend(record(
        "WARC/1.0",
        "response",
        "https://f.example/ch",
        "application/http; msgtype=response",
        &chunked,
    ));
    std::fs::write(&path, bytes).unwrap();
    let docs: Vec<_> = read(&path, 1 << 20)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].body.as_str().as_bytes(), &body[..]);
    assert_eq!(docs[1].body.as_str().as_bytes(), &body[..]);
}
