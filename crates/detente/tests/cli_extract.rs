//! `detente extract` end to end: bad input in a batch is reported by file and line/record, the
//! good documents are still printed, in order, and the exit status is 1.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn detente(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run detente");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn article(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body>\
         <article><h1>{title}</h1><p>{body}</p>\
         <p>Officials from both governments said further meetings would follow in the \
         coming weeks, and that a joint statement was being prepared.</p></article></body></html>"
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn warc_response(uri: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2021-03-09T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// Every kind of bad input the acceptance names, beside good documents.
fn bad_batch(dir: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let mut put = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        paths.push(p);
    };
    put(
        "good.html",
        article(
            "Ministers meet",
            "The ministers of Arland and Borvia met in Calder on Tuesday.",
        )
        .as_bytes(),
    );
    put("empty.html", b"");
    put(
        "binary.bin",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00\x3e\x00",
    );
    // UTF-8 with one stray byte: decoded lossily, with a warning, not lost.
    let mut stray = "Die Gespräche in Zürich wurden am Montag fortgesetzt, sagte der Sprecher. "
        .repeat(3)
        .into_bytes();
    stray.insert(40, 0xff);
    put("invalid-utf8.txt", &stray);
    // windows-1252 bytes labelled UTF-8, and UTF-8 labelled ISO-8859-1.
    let mut cp1252 = article(
        "Caf\u{1}",
        "Le caf\u{2} de la gare a rouvert \u{3} Li\u{4}ge.",
    )
    .into_bytes();
    for (mark, byte) in [(1u8, 0xe9u8), (2, 0xe9), (3, 0xe0), (4, 0xe8)] {
        for b in cp1252.iter_mut().filter(|b| **b == mark) {
            *b = byte;
        }
    }
    let cp1252 = [b"<meta charset=\"utf-8\">".as_slice(), &cp1252].concat();
    put("labelled-utf8.html", &cp1252);
    let utf8 = format!(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">{}",
        article(
            "Kraków talks",
            "Delegations met in Kraków and Łódź on Friday."
        )
    );
    put("labelled-latin1.html", utf8.as_bytes());
    // A WARC with a truncated gzip member between two good records.
    let mut warc = gzip(&warc_response(
        "https://w.example/1",
        &article(
            "Harbour reopens",
            "The harbour of Calder reopened on Monday after repairs.",
        ),
    ));
    let cut = gzip(&warc_response(
        "https://w.example/2",
        &article("Cut", "Never seen."),
    ));
    warc.extend_from_slice(&cut[..cut.len() / 2]);
    warc.extend(gzip(&warc_response(
        "https://w.example/3",
        &article(
            "Ferry resumes",
            "The ferry line between the two ports resumed service.",
        ),
    )));
    put("news.warc.gz", &warc);
    // JSONL with a malformed line between good ones.
    put(
        "docs.jsonl",
        b"{\"id\": \"j1\", \"text\": \"Talks between Arland and Borvia resumed on Thursday in the capital.\"}\n\
          {\"id\": \"j2\", \"text\": \"unterminated\n\
          {\"id\": \"j3\", \"text\": \"The border crossing at Tarn was reopened to lorries on Friday.\"}\n",
    );
    // A feed whose second item has no content.
    put(
        "feed.xml",
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\
          <item><title>Trade deal signed</title><link>https://f.example/1</link>\
          <description>&lt;p&gt;Arland and Borvia signed a trade deal on Wednesday in Calder.&lt;/p&gt;</description></item>\
          <item><title>Nothing here</title><link>https://f.example/2</link></item>\
          </channel></rss>",
    );
    // 100 MB on a single line, over the default 32 MB limit.
    let big = dir.join("huge-line.txt");
    let mut f = std::fs::File::create(&big).unwrap();
    let chunk = vec![b'a'; 1 << 20];
    for _ in 0..100 {
        f.write_all(&chunk).unwrap();
    }
    drop(f);
    paths.push(big);
    paths
}

#[test]
fn a_batch_with_bad_inputs_reports_each_and_prints_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let paths = bad_batch(dir.path());
    let mut args = vec!["extract", "--format", "json"];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    let out = detente(&args, None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");

    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    let expect_error = |needle: &str| {
        assert!(
            errors.iter().any(|l| l.contains(needle)),
            "no error containing {needle:?} in:\n{stderr}"
        );
    };
    expect_error("empty.html: empty input");
    expect_error("binary.bin: binary content");
    expect_error("news.warc.gz#record 2: truncated gzip member");
    expect_error("docs.jsonl:2: invalid JSON");
    expect_error("feed.xml#item 2: feed item has no content");
    expect_error("huge-line.txt: document of 104857600 bytes");
    // Decodable problems are errors naming the file too, but their documents are kept.
    expect_error("invalid-utf8.txt: ");
    expect_error("labelled-utf8.html: labelled utf-8");
    expect_error("labelled-latin1.html: labelled");
    assert_eq!(errors.len(), 9, "exactly the bad inputs fail:\n{stderr}");

    let docs = json_lines(&out);
    let texts: Vec<&str> = docs.iter().map(|d| d["text"].as_str().unwrap()).collect();
    let expect_text = |needle: &str| {
        assert!(
            texts.iter().any(|t| t.contains(needle)),
            "no document with {needle:?} in {texts:#?}"
        );
    };
    expect_text("met in Calder on Tuesday");
    expect_text("Zürich wurden");
    expect_text("Le café de la gare a rouvert à Liège");
    expect_text("Kraków and Łódź");
    expect_text("harbour of Calder reopened");
    expect_text("ferry line between the two ports");
    expect_text("Talks between Arland and Borvia");
    expect_text("border crossing at Tarn");
    expect_text("signed a trade deal");
    assert_eq!(docs.len(), 9, "{texts:#?}");
    for doc in &docs {
        for key in [
            "doc_id",
            "title",
            "author",
            "published",
            "url",
            "language",
            "text",
        ] {
            assert!(doc.get(key).is_some(), "{key} missing in {doc}");
        }
        assert!(doc["paragraphs"].is_array());
    }
    // Input order is kept: the good page first, the feed item last.
    assert!(texts[0].contains("met in Calder on Tuesday"), "{texts:#?}");
    assert!(texts[8].contains("signed a trade deal"), "{texts:#?}");
}

#[test]
fn jsonl_from_stdin_names_the_line_and_keeps_order() {
    let mut input = String::new();
    for i in 0..150 {
        if i == 70 {
            input.push_str("{not json}\n");
        }
        input.push_str(&format!(
            "{{\"id\": \"doc-{i}\", \"text\": \"Report number {i}: the committee met again on the budget.\"}}\n"
        ));
    }
    let out = detente(&["extract", "--jsonl"], Some(input.as_bytes()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error: -:71: invalid JSON"), "{stderr}");
    let ids: Vec<String> = json_lines(&out)
        .iter()
        .map(|d| d["doc_id"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = (0..150).map(|i| format!("doc-{i}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn a_huge_jsonl_line_is_skipped_without_holding_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    f.write_all(
        b"{\"id\": \"before\", \"text\": \"The first report arrived on Monday morning.\"}\n",
    )
    .unwrap();
    f.write_all(b"{\"id\": \"huge\", \"text\": \"").unwrap();
    let chunk = vec![b'z'; 1 << 20];
    for _ in 0..100 {
        f.write_all(&chunk).unwrap();
    }
    f.write_all(b"\"}\n").unwrap();
    f.write_all(
        b"{\"id\": \"after\", \"text\": \"The second report arrived on Tuesday evening.\"}\n",
    )
    .unwrap();
    drop(f);
    let out = detente(&["extract", path.to_str().unwrap()], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("big.jsonl:2: document of"), "{stderr}");
    let ids: Vec<String> = json_lines(&out)
        .iter()
        .map(|d| d["doc_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["before", "after"]);
}

#[test]
fn good_input_exits_zero_and_date_fills_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.html");
    std::fs::write(
        &path,
        article(
            "Summit ends",
            "The summit in Calder ended with a communiqué on Sunday.",
        ),
    )
    .unwrap();
    let out = detente(
        &["extract", "--date", "2020-02-03", path.to_str().unwrap()],
        None,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["published"], "2020-02-03");
    assert!(docs[0]["text"].as_str().unwrap().contains("communiqué"));

    let text = detente(
        &["extract", "--format", "text", path.to_str().unwrap()],
        None,
    );
    let shown = String::from_utf8_lossy(&text.stdout);
    assert!(shown.starts_with("Summit ends\n"), "{shown}");
    assert!(shown.contains("The summit in Calder ended"), "{shown}");
}

#[test]
fn help_and_usage_errors() {
    let help = detente(&["extract", "--help"], None);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    for option in ["--jsonl", "--date", "--max-doc-size", "--format"] {
        assert!(text.contains(option), "{option} not in help:\n{text}");
    }
    let bad_date = detente(&["extract", "--date", "yesterday", "x.html"], None);
    assert_eq!(bad_date.status.code(), Some(2));
    let bad_size = detente(&["extract", "--max-doc-size", "huge", "x.html"], None);
    assert_eq!(bad_size.status.code(), Some(2));
}

#[test]
fn a_directory_is_read_recursively_and_a_missing_file_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
    std::fs::write(
        dir.path().join("a/one.html"),
        article("One", "The first delegation arrived in Calder by train."),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a/b/two.html"),
        article("Two", "The second delegation arrived in Calder by ship."),
    )
    .unwrap();
    let out = detente(
        &[
            "extract",
            dir.path().to_str().unwrap(),
            "/nonexistent/detente-missing.html",
        ],
        None,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error: /nonexistent/detente-missing.html: "),
        "{stderr}"
    );
    let texts: Vec<String> = json_lines(&out)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_owned())
        .collect();
    // Name order, depth first: a/b/two.html before a/one.html.
    assert_eq!(texts.len(), 2);
    assert!(texts[0].contains("by ship"), "{texts:?}");
    assert!(texts[1].contains("by train"), "{texts:?}");
}
