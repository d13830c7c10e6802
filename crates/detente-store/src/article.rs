//! An article on its way into the store: what the ingest pipeline hands over
//! ([`ArticleInput`]) and what a worker thread makes of it before the single writer takes it
//! ([`PreparedArticle`]): fingerprints, the evidence sentences with their offsets, and its
//! events with same-article repeats folded into one event with several mentions.

use std::collections::HashMap;

use detente_coder::Event;

use crate::day;
use crate::fingerprint::{hash128, Fingerprint};

/// Events whose first mention is among the first this many sentences (the title is sentence
/// 0) are root events: GDELT's IsRootEvent, "found in the lead".
pub const LEAD_SENTENCES: usize = 3;

/// An extracted and coded document.
#[derive(Debug, Clone)]
pub struct ArticleInput {
    /// The idempotency key of the document as read ([`ArticleInput::key_of`]).
    pub key: [u8; 16],
    pub doc_id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The article body.
    pub text: String,
    pub events: Vec<Event>,
}

impl ArticleInput {
    /// The key of a document as read: its id, URL and content. Computed before extraction so
    /// that a resumed run skips what is stored without extracting or coding it again.
    pub fn key_of(id: Option<&str>, url: Option<&str>, content: &str) -> [u8; 16] {
        hash128(&[
            id.unwrap_or("").as_bytes(),
            url.unwrap_or("").as_bytes(),
            content.as_bytes(),
        ])
    }
}

/// One sentence of an article kept as evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceSentence {
    pub index: usize,
    pub text: String,
    /// Character offset of the sentence in the article body, -1 if it is not in the body
    /// (the title, or a sentence the coder rebuilt).
    pub char_start: i64,
}

/// One report of an event: the sentence and where in it the parts were written.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub sentence_index: usize,
    pub source_span: Option<(usize, usize)>,
    pub target_span: Option<(usize, usize)>,
    pub evidence: String,
    pub date_text: Option<String>,
}

/// The events of one article that are the same event: same actors, code, day, place and
/// polarity. The first is the representative; each becomes a mention.
#[derive(Debug, Clone)]
pub struct GroupedEvent {
    pub event: Event,
    pub day: Option<i64>,
    pub mentions: Vec<Mention>,
}

impl GroupedEvent {
    /// Whether the event is reported in the lead.
    pub fn is_root(&self) -> bool {
        self.mentions
            .iter()
            .any(|m| m.sentence_index < LEAD_SENTENCES)
    }
}

/// An article ready for the writer.
#[derive(Debug, Clone)]
pub struct PreparedArticle {
    pub key: [u8; 16],
    pub doc_id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source_name: Option<String>,
    pub text_hash: [u8; 16],
    pub simhash: u64,
    pub words: usize,
    /// Length of the body in characters.
    pub doc_len: usize,
    pub sentences: Vec<EvidenceSentence>,
    pub events: Vec<GroupedEvent>,
}

impl PreparedArticle {
    /// Fingerprints the text, folds repeated events into mentions and locates the sentences.
    /// Pure and thread-safe: ingest runs it on the worker threads.
    pub fn new(a: ArticleInput) -> Self {
        let fp = Fingerprint::of(a.title.as_deref(), &a.text);
        Self::with_fingerprint(a, fp)
    }

    /// As [`PreparedArticle::new`], with the fingerprint already computed (ingest computes it
    /// first to skip coding syndicated copies of stored articles).
    pub fn with_fingerprint(a: ArticleInput, fp: Fingerprint) -> Self {
        let Fingerprint {
            text_hash,
            simhash,
            words,
        } = fp;
        let sentences = locate_sentences(&a.text, &a.events);
        let events = group_events(a.events, a.published.as_deref());
        PreparedArticle {
            key: a.key,
            source_name: a.url.as_deref().and_then(source_name),
            doc_id: a.doc_id,
            url: a.url,
            title: a.title,
            published: a.published,
            text_hash,
            simhash,
            words,
            doc_len: a.text.chars().count(),
            sentences,
            events,
        }
    }

    /// The number of event mentions (sentences × events) in the article.
    pub fn mention_count(&self) -> usize {
        self.events.iter().map(|e| e.mentions.len()).sum()
    }
}

/// The web domain of a URL without `www.`: GDELT's MentionSourceName.
pub fn source_name(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host
        .split(':')
        .next()?
        .trim_start_matches("www.")
        .to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

fn group_events(events: Vec<Event>, published: Option<&str>) -> Vec<GroupedEvent> {
    type Key = (
        Option<String>,
        Option<String>,
        String,
        Option<i64>,
        String,
        bool,
    );
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut out: Vec<GroupedEvent> = Vec::new();
    for e in events {
        let day = day::event_day(e.date.as_deref(), published);
        let key: Key = (
            e.source.as_ref().map(|a| a.code.clone()),
            e.target.as_ref().map(|a| a.code.clone()),
            e.cameo.clone(),
            day,
            place_key(&e),
            e.negated,
        );
        let mention = Mention {
            sentence_index: e.sentence_index,
            source_span: e.source.as_ref().map(|a| (a.start, a.end)),
            target_span: e.target.as_ref().map(|a| (a.start, a.end)),
            evidence: e.evidence.clone(),
            date_text: e.date_text.clone(),
        };
        match index.get(&key) {
            // Two readings of one sentence are one report of the event, not two.
            Some(&i)
                if out[i]
                    .mentions
                    .iter()
                    .any(|m| m.sentence_index == mention.sentence_index) => {}
            Some(&i) => out[i].mentions.push(mention),
            None => {
                index.insert(key, out.len());
                out.push(GroupedEvent {
                    event: e,
                    day,
                    mentions: vec![mention],
                });
            }
        }
    }
    out
}

/// How places are compared when grouping and clustering: the place name, case-folded, or the
/// empty string when the event has no place.
pub fn place_key(e: &Event) -> String {
    e.location
        .as_ref()
        .map_or(String::new(), |l| l.name.trim().to_lowercase())
}

/// The distinct sentences that carry events, with their character offsets in the body.
fn locate_sentences(text: &str, events: &[Event]) -> Vec<EvidenceSentence> {
    let mut seen: Vec<(usize, &str)> = events
        .iter()
        .map(|e| (e.sentence_index, e.sentence.as_str()))
        .collect();
    seen.sort_by_key(|(i, _)| *i);
    seen.dedup_by_key(|(i, _)| *i);
    // Sentences come in text order, so a cursor finds each after the previous one; the
    // character count is carried along instead of recounted from the start.
    let (mut byte_pos, mut char_pos) = (0usize, 0usize);
    let mut out = Vec::with_capacity(seen.len());
    for (index, sentence) in seen {
        let found = text
            .get(byte_pos..)
            .and_then(|rest| rest.find(sentence))
            .map(|k| byte_pos + k);
        let char_start = match found {
            Some(b) if !sentence.is_empty() => {
                char_pos += text[byte_pos..b].chars().count();
                byte_pos = b;
                char_pos as i64
            }
            _ => -1,
        };
        out.push(EvidenceSentence {
            index,
            text: sentence.to_string(),
            char_start,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use detente_coder::ActorRef;

    pub(crate) fn event(idx: usize, sentence: &str, src: &str, tgt: &str, cameo: &str) -> Event {
        Event {
            doc_id: "d".into(),
            sentence_index: idx,
            sentence: sentence.into(),
            source: Some(ActorRef {
                code: src.into(),
                text: src.into(),
                start: 0,
                end: 3,
            }),
            target: Some(ActorRef {
                code: tgt.into(),
                text: tgt.into(),
                start: 4,
                end: 7,
            }),
            cameo: cameo.into(),
            root: cameo[..2].into(),
            plover: None,
            goldstein: 1.0,
            quad_class: 1,
            negated: false,
            modality: None,
            quote: None,
            date: None,
            date_text: None,
            location: None,
            evidence: "met".into(),
        }
    }

    #[test]
    fn repeats_in_one_article_become_mentions() {
        let text = "USA met RUS in Paris. Then they talked. USA met RUS again, officials said.";
        let events = vec![
            event(1, "USA met RUS in Paris.", "USAGOV", "RUSGOV", "040"),
            event(
                3,
                "USA met RUS again, officials said.",
                "USAGOV",
                "RUSGOV",
                "040",
            ),
            event(
                3,
                "USA met RUS again, officials said.",
                "RUSGOV",
                "USAGOV",
                "040",
            ),
        ];
        let p = PreparedArticle::new(ArticleInput {
            key: [0; 16],
            doc_id: "d".into(),
            url: Some("https://www.Example.com/a".into()),
            title: None,
            published: Some("2019-05-14".into()),
            text: text.into(),
            events,
        });
        assert_eq!(p.events.len(), 2);
        assert_eq!(p.events[0].mentions.len(), 2);
        assert!(p.events[0].is_root());
        assert_eq!(p.events[0].day, day::parse("2019-05-14"));
        assert_eq!(p.mention_count(), 3);
        assert_eq!(p.source_name.as_deref(), Some("example.com"));
        let starts: Vec<i64> = p.sentences.iter().map(|s| s.char_start).collect();
        assert_eq!(starts, vec![0, 40]);
    }

    #[test]
    fn source_names_are_domains() {
        assert_eq!(
            source_name("http://user@news.bbc.co.uk:80/x?y").as_deref(),
            Some("news.bbc.co.uk")
        );
        assert_eq!(source_name("").as_deref(), None);
    }
}
