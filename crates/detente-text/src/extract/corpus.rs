//! The developer evaluation sets under `shared/data/extraction` (article-extraction-benchmark,
//! Mozilla readability test pages, trafilatura's English eval pages), read into one shape.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Which set a directory holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    Aeb,
    Readability,
    Trafilatura,
}

impl Set {
    /// Recognises a set from its directory's contents.
    pub fn detect(dir: &Path) -> Option<Set> {
        if dir.join("ground-truth.json").exists() {
            Some(Set::Aeb)
        } else if dir.join("001").join("expected.html").exists()
            || dir.join("manifest.tsv").exists() && has_subdir_with(dir, "expected.html")
        {
            Some(Set::Readability)
        } else if has_file_ending(dir, ".html.gz") {
            Some(Set::Trafilatura)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Set::Aeb => "article-extraction-benchmark",
            Set::Readability => "readability",
            Set::Trafilatura => "trafilatura-eval-en",
        }
    }
}

fn has_subdir_with(dir: &Path, file: &str) -> bool {
    std::fs::read_dir(dir)
        .map(|rd| rd.flatten().any(|e| e.path().join(file).exists()))
        .unwrap_or(false)
}

fn has_file_ending(dir: &Path, end: &str) -> bool {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .any(|e| e.file_name().to_string_lossy().ends_with(end))
        })
        .unwrap_or(false)
}

/// What a page should give.
#[derive(Debug, Clone)]
pub enum Truth {
    /// The article body as a human wrote it down.
    Body(String),
    /// Snippets that must and must not be in the output.
    Snippets {
        with: Vec<String>,
        without: Vec<String>,
    },
    /// Readability.js output text and its metadata.
    Readability {
        text: String,
        title: Option<String>,
        published: Option<String>,
    },
}

/// One page of a set.
#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    pub path: PathBuf,
    pub html: String,
    pub url: Option<String>,
    pub truth: Truth,
}

/// Errors reading a set.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("{0}: bad JSON: {1}")]
    Json(PathBuf, serde_json::Error),
    #[error("{0}: not a known extraction set")]
    Unknown(PathBuf),
}

fn read_text(p: &Path) -> Result<String, CorpusError> {
    let bytes = std::fs::read(p).map_err(|e| CorpusError::Io(p.to_path_buf(), e))?;
    let bytes = if p.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .map_err(|e| CorpusError::Io(p.to_path_buf(), e))?;
        out
    } else {
        bytes
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn read_json(p: &Path) -> Result<Value, CorpusError> {
    serde_json::from_str(&read_text(p)?).map_err(|e| CorpusError::Json(p.to_path_buf(), e))
}

fn s(v: &Value, k: &str) -> Option<String> {
    v.get(k)
        .and_then(Value::as_str)
        .map(str::to_string)
        .filter(|x| !x.is_empty())
}

fn strings(v: &Value, k: &str) -> Vec<String> {
    v.get(k)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Loads every page of the set in `dir`, sorted by id.
pub fn load(dir: &Path, set: Set) -> Result<Vec<Page>, CorpusError> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| CorpusError::Io(dir.to_path_buf(), e))?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut pages = Vec::new();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match set {
            Set::Aeb | Set::Trafilatura => {
                let Some(id) = name.strip_suffix(".html.gz") else {
                    continue;
                };
                let j = read_json(&dir.join(format!("{id}.json")))?;
                let truth = if set == Set::Aeb {
                    Truth::Body(s(&j, "articleBody").unwrap_or_default())
                } else {
                    Truth::Snippets {
                        with: strings(&j, "with"),
                        without: strings(&j, "without"),
                    }
                };
                pages.push(Page {
                    id: id.to_string(),
                    html: read_text(&p)?,
                    url: s(&j, "url"),
                    path: p,
                    truth,
                });
            }
            Set::Readability => {
                let src = p.join("source.html");
                if !src.exists() {
                    continue;
                }
                let expected = read_text(&p.join("expected.html"))?;
                let text = dom_query::Document::from(expected.as_str())
                    .root()
                    .formatted_text()
                    .to_string();
                let meta = read_json(&p.join("expected-metadata.json")).unwrap_or(Value::Null);
                pages.push(Page {
                    id: name.clone(),
                    html: read_text(&src)?,
                    url: None,
                    path: src,
                    truth: Truth::Readability {
                        text,
                        title: s(&meta, "title"),
                        published: s(&meta, "publishedTime"),
                    },
                });
            }
        }
    }
    Ok(pages)
}

/// Detects and loads.
pub fn open(dir: &Path) -> Result<(Set, Vec<Page>), CorpusError> {
    let set = Set::detect(dir).ok_or_else(|| CorpusError::Unknown(dir.to_path_buf()))?;
    Ok((set, load(dir, set)?))
}

/// What an extractor gave for one page.
#[derive(Debug, Clone, Default)]
pub struct Output {
    pub text: String,
    pub title: Option<String>,
    pub published: Option<jiff::civil::Date>,
}

/// Scores of an extractor on one set.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub pages: usize,
    /// Shingle scores, `evaluate.py` aggregate (pages with body ground truth).
    pub upstream: Prf,
    /// Shingle scores, raw counts summed over pages.
    pub micro: Prf,
    /// Snippet scores (trafilatura set): found `with` snippets, found `without`, missed `with`.
    pub snippets: Option<Prf>,
    /// Titles equal to the expected one / pages with an expected title (readability set).
    pub title: (usize, usize),
    /// Publication days equal to the expected one / pages with an expected date.
    pub published: (usize, usize),
    /// Per page: id, shingle counts (or snippet hits and misses).
    pub per_page: Vec<(String, Counts)>,
}

use super::eval::{compare, micro, upstream, Counts, Prf};

/// Runs `extractor` on every page and scores it the way the set's upstream project does.
pub fn evaluate(pages: &[Page], extractor: &dyn Fn(&Page) -> Output) -> Report {
    let mut r = Report {
        pages: pages.len(),
        ..Report::default()
    };
    let mut counts = Vec::new();
    let (mut stp, mut sfp, mut sfn) = (0usize, 0usize, 0usize);
    let mut snippets = false;
    for p in pages {
        let out = extractor(p);
        let c = match &p.truth {
            Truth::Body(t) => compare(t, &out.text),
            Truth::Readability {
                text,
                title,
                published,
            } => {
                if let Some(t) = title {
                    r.title.1 += 1;
                    if out.title.as_deref().map(str::trim) == Some(t.trim()) {
                        r.title.0 += 1;
                    }
                }
                if let Some(d) = published.as_deref().and_then(crate::date::parse_date) {
                    r.published.1 += 1;
                    if out.published == Some(d) {
                        r.published.0 += 1;
                    }
                }
                compare(text, &out.text)
            }
            Truth::Snippets { with, without } => {
                snippets = true;
                let found = with
                    .iter()
                    .filter(|w| out.text.contains(w.as_str()))
                    .count();
                let bad = without
                    .iter()
                    .filter(|w| out.text.contains(w.as_str()))
                    .count();
                stp += found;
                sfn += with.len() - found;
                sfp += bad;
                let c = Counts {
                    tp: found as f64,
                    fp: bad as f64,
                    fn_: (with.len() - found) as f64,
                };
                r.per_page.push((p.id.clone(), c));
                continue;
            }
        };
        r.per_page.push((p.id.clone(), c));
        counts.push(c);
    }
    r.upstream = upstream(&counts);
    r.micro = micro(&counts);
    if snippets {
        r.snippets = Some(micro(&[Counts {
            tp: stp as f64,
            fp: sfp as f64,
            fn_: sfn as f64,
        }]));
    }
    r
}
