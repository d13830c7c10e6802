//! Feeds: one document per item, items without content reported by index.

use std::path::{Path, PathBuf};

use detente_text::read::{ReadErrorKind, ReadOptions, Reader};
use detente_text::Body;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn rss2_items_become_documents_and_an_empty_item_is_named() {
    let results: Vec<_> = Reader::new([fixture("rss2.xml")], ReadOptions::default()).collect();
    assert_eq!(results.len(), 4);

    let first = results[0].as_ref().unwrap();
    assert_eq!(
        first.title.as_deref(),
        Some("Ministers of Arland and Borvia meet in Calder")
    );
    assert_eq!(
        first.url.as_deref(),
        Some("https://gazette.example/2021/03/ministers-meet")
    );
    assert_eq!(
        first.date.map(|d| d.to_string()).as_deref(),
        Some("2021-03-09")
    );
    // content:encoded wins over the teaser in description.
    match &first.body {
        Body::Html(h) => assert!(h.contains("agreed to reopen the ferry line")),
        other => panic!("expected HTML, got {other:?}"),
    }
    assert!(
        first.origin.ends_with("rss2.xml#item 1"),
        "{}",
        first.origin
    );

    let second = results[1].as_ref().unwrap();
    assert!(second.body.as_str().contains("Borvian trawlers"));

    let err = results[2].as_ref().unwrap_err();
    assert!(matches!(err.kind, ReadErrorKind::EmptyItem));
    let shown = err.to_string();
    assert!(shown.contains("rss2.xml#item 3"), "{shown}");

    // The batch goes on after the bad item.
    let fourth = results[3].as_ref().unwrap();
    assert!(fourth.body.as_str().contains("three-day strike"));
    assert!(fourth.date.is_none());
}

#[test]
fn atom_entries_use_content_then_summary() {
    let docs: Vec<_> = Reader::new([fixture("atom.xml")], ReadOptions::default())
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(
        docs[0].url.as_deref(),
        Some("https://courier.example/bridge-vote")
    );
    assert_eq!(
        docs[0].date.map(|d| d.to_string()).as_deref(),
        Some("2022-06-01")
    );
    assert!(docs[0].body.as_str().contains("seven to two"));
    assert!(matches!(&docs[1].body, Body::Text(t) if t.contains("Stalls opened")));
    assert_eq!(
        docs[1].date.map(|d| d.to_string()).as_deref(),
        Some("2022-06-02")
    );
}

#[test]
fn rss1_in_latin1_is_decoded() {
    let docs: Vec<_> = Reader::new([fixture("rss1.rdf")], ReadOptions::default())
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 1);
    assert!(
        docs[0].body.as_str().contains("Grünwald"),
        "{:?}",
        docs[0].body
    );
    assert_eq!(docs[0].title.as_deref(), Some("Pass closed after snowfall"));
}

#[test]
fn a_broken_feed_is_one_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.xml");
    std::fs::write(&path, "<rss version=\"2.0\"><channel><item><title>x</titl").unwrap();
    let results: Vec<_> = Reader::new([path], ReadOptions::default()).collect();
    assert_eq!(results.len(), 1);
    let err = results[0].as_ref().unwrap_err();
    assert!(err.to_string().contains("broken.xml"), "{err}");
}

#[test]
fn a_second_xml_declaration_does_not_crash_the_parser() {
    // Found by the feed fuzz target: a declaration inside an item made the XML reader switch
    // encodings mid-stream and panic. It must be read like any other odd text.
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>T</title>\
        <item><title>Odd <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?> title</title>\
        <description>Body text of the odd item.</description></item></channel></rss>";
    let mut warnings = Vec::new();
    let items =
        detente_text::read::feed::read_feed(Path::new("odd.xml"), xml.as_bytes(), &mut warnings)
            .expect("the feed parses");
    assert_eq!(items.len(), 1);
    assert!(items[0]
        .as_ref()
        .unwrap()
        .body
        .as_str()
        .contains("Body text"));
}
