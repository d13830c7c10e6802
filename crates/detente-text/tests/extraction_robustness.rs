//! Extraction never panics: empty, truncated, binary-ish, deeply nested and oversized inputs
//! come back as a document (possibly empty) or a typed error.

use detente_text::{extract, Body, ExtractError, ExtractOptions, RawDocument};

fn raw(body: Body) -> RawDocument {
    RawDocument {
        origin: "t".into(),
        id: None,
        url: Some("not a url".into()),
        date: None,
        title: None,
        body,
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let deep = "<div>".repeat(5_000) + "text" + &"</div>".repeat(5_000);
    let inputs = [
        String::new(),
        "<".into(),
        "<!--".into(),
        "<script>".into(),
        "<nav><nav></nav>".into(),
        "\u{0}\u{1}\u{fffd}<p>\u{fffd}</p>".into(),
        deep,
        format!("<p title=\"{}\">x</p>", "a".repeat(1 << 20)),
        "<html><head><script type=\"application/ld+json\">{\"@graph\":[[[[[[[[[]]]]]]]]]}</script></head></html>".into(),
        "<time datetime=\"99999-99-99\">x</time><meta property=\"article:published_time\" content=\"0000-00-00\">".into(),
    ];
    for s in inputs {
        let opts = ExtractOptions::default();
        let d = extract(&raw(Body::Html(s.clone())), &opts).expect("under the limit");
        for p in &d.paragraphs {
            assert!(p.start <= p.end && p.end <= s.len());
        }
        extract(&raw(Body::Text(s)), &opts).expect("under the limit");
    }
}

#[test]
fn oversized_is_a_typed_error() {
    let opts = ExtractOptions {
        max_bytes: 1000,
        ..ExtractOptions::default()
    };
    let e = extract(&raw(Body::Text("x".repeat(1001))), &opts);
    assert!(matches!(
        e,
        Err(ExtractError::TooLarge {
            size: 1001,
            max: 1000,
            ..
        })
    ));
}
