//! Bytes to text. The web lies about charsets: pages labelled UTF-8 are windows-1252, pages
//! labelled ISO-8859-1 are UTF-8, and some carry no label at all. We trust, in order, a byte
//! order mark, then valid UTF-8 (a legacy text with non-ASCII bytes is almost never valid UTF-8
//! by accident), then the declared label (HTTP `Content-Type`, `<meta charset>`, the XML
//! declaration), then `chardetng`'s guess. Text that is mostly UTF-8 with a few bad bytes is
//! decoded lossily. Every deviation from the label comes back as a warning, never as an error;
//! only input that is not text at all (NUL bytes, control characters) or is empty fails.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use super::error::ReadErrorKind;

/// How far into a document we look for NUL bytes and control characters, and for a
/// `<meta charset>` declaration.
const SNIFF_LEN: usize = 8192;
/// How much of a document `chardetng` sees: enough to decide, bounded for huge inputs.
const DETECT_LEN: usize = 1 << 20;

/// Decoded text, the encoding used and, when the input disagreed with its label or was not
/// cleanly decodable, why.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub warning: Option<String>,
}

/// Decodes `bytes`; `declared` is a charset label from outside the document (an HTTP
/// `Content-Type` header), and for HTML and XML the document's own declaration is looked up too.
pub fn decode(
    bytes: &[u8],
    declared: Option<&str>,
    markup: bool,
) -> Result<Decoded, ReadErrorKind> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadErrorKind::Empty);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let warning = had_errors.then(|| {
            format!(
                "invalid {} after its byte order mark; bad sequences replaced",
                enc.name()
            )
        });
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: enc,
            warning,
        });
    }
    check_text(bytes)?;

    let label = declared
        .map(str::to_owned)
        .or_else(|| markup.then(|| declared_in_markup(bytes)).flatten());
    // A document that is itself ASCII-compatible bytes cannot really be UTF-16 (the label was
    // read from its ASCII bytes), so browsers treat such a label as UTF-8, and so do we.
    let labelled = label
        .as_deref()
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .map(|e| {
            if e == UTF_16LE || e == UTF_16BE {
                UTF_8
            } else {
                e
            }
        });
    if let Ok(text) = std::str::from_utf8(bytes) {
        let warning = match labelled {
            Some(enc) if enc != UTF_8 && !bytes.is_ascii() => Some(format!(
                "labelled {} but is valid UTF-8; decoded as UTF-8",
                enc.name()
            )),
            _ => None,
        };
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8,
            warning,
        });
    }

    if let Some(enc) = labelled.filter(|&e| e != UTF_8) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok(Decoded {
                text: text.into_owned(),
                encoding: enc,
                warning: None,
            });
        }
    }

    let stats = utf8_stats(bytes);
    let what = match (&label, labelled) {
        (Some(l), Some(_)) => format!("labelled {l} but is not valid {l}"),
        (Some(l), None) => format!("unknown charset label {l:?} and not valid UTF-8"),
        (None, _) => "no charset label and not valid UTF-8".to_owned(),
    };
    if stats.valid_multibyte >= stats.invalid {
        let text = String::from_utf8_lossy(bytes).into_owned();
        return Ok(Decoded {
            text,
            encoding: UTF_8,
            warning: Some(format!(
                "{what}: {} invalid UTF-8 sequence(s), the first at byte {}, replaced with U+FFFD",
                stats.invalid, stats.first_invalid
            )),
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(
        &bytes[..bytes.len().min(DETECT_LEN)],
        bytes.len() <= DETECT_LEN,
    );
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding: enc,
        warning: Some(format!("{what}; decoded as detected {}", enc.name())),
    })
}

/// Fails on input that is not text: a NUL byte or many control characters near the start.
pub fn check_text(bytes: &[u8]) -> Result<(), ReadErrorKind> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if let Some(at) = memchr::memchr(0, head) {
        return Err(ReadErrorKind::Binary(format!("NUL byte at offset {at}")));
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if control * 10 > head.len() {
        return Err(ReadErrorKind::Binary(format!(
            "{control} control bytes in the first {} bytes",
            head.len()
        )));
    }
    Ok(())
}

/// The `charset` parameter of a `Content-Type` value (`text/html; charset="utf-8"`).
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(|c| c == '"' || c == '\''))
            .filter(|v| !v.is_empty())
    })
}

/// The charset a page declares about itself near its start: `<meta charset=...>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">` or `<?xml ... encoding="..."?>`.
pub fn declared_in_markup(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let lower = head.to_ascii_lowercase();
    if lower.starts_with(b"<?xml") {
        let end = memchr::memmem::find(&lower, b"?>").unwrap_or(lower.len());
        if let Some(v) = attr_value(&head[..end], &lower[..end], b"encoding") {
            return Some(v);
        }
    }
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        if let Some(v) = attr_value(&head[start..end], &lower[start..end], b"charset") {
            return Some(v);
        }
        from = end;
    }
    None
}

/// The value after `name` `=` in a tag, quoted or not; `lower` is `tag` lowercased.
fn attr_value(tag: &[u8], lower: &[u8], name: &[u8]) -> Option<String> {
    let at = memchr::memmem::find(lower, name)? + name.len();
    let rest = &tag[at..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    let value = std::str::from_utf8(&rest[..end]).ok()?;
    (!value.is_empty()).then(|| value.to_owned())
}

struct Utf8Stats {
    valid_multibyte: usize,
    invalid: usize,
    first_invalid: usize,
}

/// Counts well-formed multi-byte UTF-8 sequences and malformed ones, to tell UTF-8 with a few
/// bad bytes from a legacy encoding mislabelled as UTF-8.
fn utf8_stats(bytes: &[u8]) -> Utf8Stats {
    let mut stats = Utf8Stats {
        valid_multibyte: 0,
        invalid: 0,
        first_invalid: 0,
    };
    let mut rest = bytes;
    let mut offset = 0;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                stats.valid_multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                stats.valid_multibyte += std::str::from_utf8(&rest[..good])
                    .map_or(0, |s| s.chars().filter(|c| !c.is_ascii()).count());
                if stats.invalid == 0 {
                    stats.first_invalid = offset + good;
                }
                stats.invalid += 1;
                let skip = good + e.error_len().unwrap_or(rest.len() - good).max(1);
                offset += skip;
                rest = &rest[skip.min(rest.len())..];
            }
        }
    }
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_labelled_utf8_is_detected() {
        let bytes = b"<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xe9 cr\xe8me \
            \xe0 la fa\xe7on du ch\xe2teau, d\xe9j\xe0 servi.</p></body></html>";
        let d = decode(bytes, None, true).unwrap();
        assert!(d.text.contains("Café crème"), "{}", d.text);
        assert!(d.warning.unwrap().contains("labelled utf-8"));
    }

    #[test]
    fn utf8_labelled_latin1_stays_utf8() {
        let bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\
            <p>Zürich and Kraków</p>"
            .as_bytes();
        let d = decode(bytes, None, true).unwrap();
        assert!(d.text.contains("Zürich and Kraków"));
        assert!(d.warning.unwrap().contains("valid UTF-8"));
    }

    #[test]
    fn honest_label_is_used_without_warning() {
        let d = decode(b"<p>na\xefve</p>", Some("windows-1252"), true).unwrap();
        assert_eq!(d.text, "<p>naïve</p>");
        assert!(d.warning.is_none());
    }

    #[test]
    fn mostly_utf8_is_decoded_lossily() {
        let mut bytes = "Grüße aus Köln, schöne Grüße — ".as_bytes().to_vec();
        bytes.push(0xff);
        bytes.extend_from_slice(b" end");
        let d = decode(&bytes, None, false).unwrap();
        assert!(d.text.contains("Grüße aus Köln"));
        assert!(d.text.contains('\u{fffd}'));
        assert!(d.warning.unwrap().contains("first at byte"));
    }

    #[test]
    fn binary_and_empty_fail() {
        assert!(matches!(
            decode(b"  \n", None, false),
            Err(ReadErrorKind::Empty)
        ));
        assert!(matches!(
            decode(b"PK\x03\x04\x00\x00abc", None, false),
            Err(ReadErrorKind::Binary(_))
        ));
    }

    #[test]
    fn charset_param_is_found() {
        assert_eq!(charset_param("text/html; Charset=\"UTF-8\""), Some("UTF-8"));
        assert_eq!(charset_param("text/html"), None);
    }
}
