//! `detente eval gold --articles A.jsonl --gold G.jsonl [--system S.jsonl]`: precision, recall and
//! F1 of coded events against hand-coded gold events, the way `../shared/data/events/score.py`
//! counts them (same article, aligned sentence, same root, same countries where both name one;
//! recall over required rows, precision over all rows). Without `--system` the articles are
//! coded here with the bundled model and dictionaries (or `--dict` / PETRARCH files).

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use detente_coder::lexicon::LexiconDict;
use detente_coder::{Coder, Options};
use detente_text::extract::{extract, ExtractOptions};
use detente_text::{Body, RawDocument};
use serde_json::Value;

use super::code::DictArgs;
use super::coding::Coding;
use super::{Context, Status};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles, one JSON object a line: {id, title, date, text, sentences}.
    #[arg(long)]
    pub articles: PathBuf,
    /// Gold events, one JSON object a line: {doc, sentence_index, source, target, root, required}.
    #[arg(long)]
    pub gold: PathBuf,
    /// Events already coded (JSONL as `detente code` writes it); default: code the articles now.
    #[arg(long)]
    pub system: Option<PathBuf>,
    /// Print this many misses and false alarms.
    #[arg(long, default_value_t = 0)]
    pub show: usize,
    #[command(flatten)]
    pub dicts: DictArgs,
    /// The parser model (default: the bundled one).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
}

fn jsonl(path: &PathBuf) -> Result<Vec<Value>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(l)
                .with_context(|| format!("{}:{}: not JSON", path.display(), i + 1))?,
        );
    }
    Ok(out)
}

fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn norm(v: &Value) -> Option<String> {
    let code = match v {
        Value::Object(o) => o.get("code")?.as_str()?.to_string(),
        Value::String(s) => s.clone(),
        _ => return None,
    }
    .to_uppercase();
    if ["IGO", "NGO", "UNO", "NAT", "ORG"]
        .iter()
        .any(|p| code.starts_with(p))
    {
        return Some("ORG".into());
    }
    if code.starts_with("---") || code.len() < 3 {
        return None;
    }
    Some(code[..3].to_string())
}

fn same(a: &Option<String>, b: &Option<String>) -> bool {
    a.is_none() || b.is_none() || a == b
}

pub fn run(_ctx: &Context, args: Args) -> Result<Status> {
    let articles = jsonl(&args.articles)?;
    let gold = jsonl(&args.gold)?;
    let system: Vec<Value> = match &args.system {
        Some(p) => jsonl(p)?,
        None => {
            let lex = args.dicts.load()?;
            let nlp = super::resources::load_model_for(args.model.as_ref(), &lex)?;
            let dict = LexiconDict::new(lex);
            let coder = Coder::new(&dict, Options::default());
            let coding = Coding::new(&nlp, &dict, &coder);
            let mut out = Vec::new();
            for a in &articles {
                let s = |k: &str| a.get(k).and_then(Value::as_str).map(String::from);
                let raw = RawDocument {
                    origin: args.articles.display().to_string(),
                    id: s("id"),
                    url: s("url"),
                    date: s("date").and_then(|d| d.parse().ok()),
                    title: s("title"),
                    body: Body::Text(s("text").unwrap_or_default()),
                };
                let doc = extract(&raw, &ExtractOptions::default())?;
                for e in coding.code(&doc) {
                    out.push(serde_json::to_value(&e)?);
                }
            }
            out
        }
    };
    let sents: HashMap<String, Vec<HashSet<String>>> = articles
        .iter()
        .filter_map(|a| {
            let id = a.get("id")?.as_str()?.to_string();
            let ss = a
                .get("sentences")?
                .as_array()?
                .iter()
                .map(|s| words(s.as_str().unwrap_or("")))
                .collect();
            Some((id, ss))
        })
        .collect();
    let mut by: HashMap<(String, u64), Vec<usize>> = HashMap::new();
    for (i, g) in gold.iter().enumerate() {
        let doc = g["doc"].as_str().unwrap_or("").to_string();
        by.entry((doc, g["sentence_index"].as_u64().unwrap_or(u64::MAX)))
            .or_default()
            .push(i);
    }
    let required = |i: usize| gold[i]["required"].as_bool().unwrap_or(false);
    let mut used = HashSet::new();
    let mut tp = 0;
    let mut false_alarms = Vec::new();
    for e in &system {
        let doc = e.get("doc_id").and_then(Value::as_str).unwrap_or("");
        let t = words(e.get("sentence").and_then(Value::as_str).unwrap_or(""));
        let si = sents.get(doc).and_then(|ss| {
            let mut best = (0.0, None);
            for (i, u) in ss.iter().enumerate() {
                if t.is_empty() || u.is_empty() {
                    continue;
                }
                let j = t.intersection(u).count() as f64 / t.union(u).count() as f64;
                if j > best.0 {
                    best = (j, Some(i as u64));
                }
            }
            if best.0 >= 0.5 {
                best.1
            } else {
                None
            }
        });
        let (src, tgt) = (norm(&e["source"]), norm(&e["target"]));
        let root: String = e["cameo"].as_str().unwrap_or("").chars().take(2).collect();
        let mut cand = si
            .and_then(|si| by.get(&(doc.to_string(), si)))
            .cloned()
            .unwrap_or_default();
        cand.sort_by_key(|&i| !required(i));
        let hit = cand.into_iter().find(|&i| {
            !used.contains(&i)
                && gold[i]["root"].as_str() == Some(root.as_str())
                && same(&norm(&gold[i]["source"]), &src)
                && same(&norm(&gold[i]["target"]), &tgt)
        });
        match hit {
            Some(i) => {
                used.insert(i);
                tp += 1;
            }
            None => false_alarms.push(e),
        }
    }
    let req: Vec<usize> = (0..gold.len()).filter(|&i| required(i)).collect();
    let found = req.iter().filter(|i| used.contains(i)).count();
    let p = if system.is_empty() {
        0.0
    } else {
        tp as f64 / system.len() as f64
    };
    let r = if req.is_empty() {
        0.0
    } else {
        found as f64 / req.len() as f64
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    for &i in req.iter().filter(|i| !used.contains(i)).take(args.show) {
        let g = &gold[i];
        println!(
            "MISS {} {} {} {} {} | {}",
            g["doc"], g["sentence_index"], g["source"], g["target"], g["codes"], g["sentence"]
        );
    }
    for e in false_alarms.iter().take(args.show) {
        println!(
            "FALSE {} {} {} {} | {}",
            e["doc_id"],
            norm(&e["source"]).unwrap_or_default(),
            norm(&e["target"]).unwrap_or_default(),
            e["cameo"],
            e["sentence"]
        );
    }
    println!(
        "system events {}; required gold {}; found {}",
        system.len(),
        req.len(),
        found
    );
    println!("precision {p:.3} recall {r:.3} F1 {f:.3}");
    Ok(Status::Ok)
}
