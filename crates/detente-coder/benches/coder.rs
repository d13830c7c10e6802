//! Coding speed, one core: (1) coding alone on parsed sentences (UD English-EWT gold trees,
//! grouped into 20-sentence articles, bundled dictionaries); (2) coding alone on news: the
//! Wikinews articles of `../shared/data/news`, every sentence parsed by the bundled model before
//! timing starts (the acceptance names the Wikinews texts; news has more actors and events per
//! sentence than EWT's web text); (3) raw text to events, parsing included (the EWT sentences'
//! text through the bundled parser model, when present).
//!
//!     cargo bench -p detente-coder --bench coder

use detente_coder::lexicon::LexiconDict;
use detente_coder::{Coder, Input, Options};
use detente_lexicon::Lexicon;
use detente_nlp::{Pipeline, Sentence, Token};
use std::path::Path;
use std::time::Instant;

/// The allocator of the shipped `detente` binary, so that the rates here are the product's:
/// coding allocates small vectors per sentence, and glibc's malloc would make it ~10 % slower.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn gold_sentences(path: &Path) -> Vec<(String, Sentence)> {
    let Ok(ss) = detente_nlp::conllu::read_file(path) else {
        return Vec::new();
    };
    ss.into_iter()
        .map(|s| {
            let mut text = String::new();
            let mut tokens = Vec::new();
            for w in &s.words {
                if !text.is_empty() {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(&w.form);
                tokens.push(Token {
                    start,
                    end: text.len(),
                    form: w.form.as_str().into(),
                    lemma: w.lemma.as_str().into(),
                    upos: w.upos.as_str().into(),
                    xpos: w.xpos.as_str().into(),
                    head: w.head,
                    deprel: w.deprel.as_str().into(),
                });
            }
            let end = text.len();
            (
                text,
                Sentence {
                    start: 0,
                    end,
                    tokens,
                },
            )
        })
        .collect()
}

/// CPU time this thread has run, in seconds: on a shared machine wall time undercounts a core's
/// speed, so rates are given per CPU second too. (`/proc/thread-self/schedstat`, read before,
/// lags by up to a scheduler tick: a round of ~0.25 s came out in 4 ms steps, 1.6 % apart.)
fn cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return f64::NAN;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9
}

fn main() {
    let ud = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/ud/UD_English-EWT/en_ewt-ud-train.conllu");
    let sents = gold_sentences(&ud);
    if sents.is_empty() {
        eprintln!("skipping: {} is absent", ud.display());
        return;
    }
    let dict = LexiconDict::new(Lexicon::bundled().expect("bundled dictionaries"));
    let coder = Coder::new(&dict, Options::default());
    let date = jiff::civil::date(2019, 5, 14);
    // Rounds are timed one by one (CPU time of this thread): on a shared machine a single
    // long run mixes fast and slow minutes, while the median round says what the code does.
    let rounds: usize = std::env::var("CODER_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(9);
    let mut events = 0;
    let mut rates = Vec::with_capacity(rounds);
    let t = Instant::now();
    for _ in 0..rounds {
        let c0 = cpu_seconds();
        events = 0;
        for chunk in sents.chunks(20) {
            let inputs: Vec<Input> = chunk
                .iter()
                .map(|(text, s)| Input {
                    text,
                    offset: 0,
                    tokens: &s.tokens,
                })
                .collect();
            events += coder.code_article("bench", Some(date), &inputs).len();
        }
        rates.push(sents.len() as f64 / (cpu_seconds() - c0));
    }
    let secs = t.elapsed().as_secs_f64();
    rates.sort_by(f64::total_cmp);
    let n = sents.len() * rounds;
    println!(
        "coding alone (EWT train gold trees, bundled dictionaries): {n} sentences in {secs:.2} s wall = {:.0} sentences/s; per CPU second, {rounds} rounds of {}: median {:.0}, best {:.0}, worst {:.0}; {events} events/round",
        n as f64 / secs,
        sents.len(),
        rates[rates.len() / 2],
        rates[rates.len() - 1],
        rates[0],
    );

    let nlp = Pipeline::load_default().ok();
    if let Some(nlp) = &nlp {
        news_coding_alone(&coder, nlp, rounds);
    }
    if std::env::var_os("CODER_BENCH_CODING_ONLY").is_some() {
        return;
    }
    let Some(nlp) = nlp else {
        eprintln!("skipping raw text → events: no parser model");
        return;
    };
    let texts: Vec<String> = sents
        .chunks(20)
        .map(|c| {
            c.iter()
                .map(|(t, _)| t.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let t = Instant::now();
    let c0 = cpu_seconds();
    let mut parsed_sents = 0;
    let mut events = 0;
    for text in &texts {
        let parsed = nlp.parse(text);
        parsed_sents += parsed.len();
        let inputs: Vec<Input> = parsed
            .iter()
            .map(|s| Input {
                text: &text[s.start..s.end],
                offset: s.start,
                tokens: &s.tokens,
            })
            .collect();
        events += coder.code_article("bench", Some(date), &inputs).len();
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - c0;
    println!(
        "raw text → events (parsing included): {parsed_sents} sentences in {secs:.2} s wall = {:.0} sentences/s; {cpu:.2} s CPU = {:.0} sentences per CPU second; {events} events",
        parsed_sents as f64 / secs,
        parsed_sents as f64 / cpu
    );
}

/// One news article parsed ahead of timing: its date and its sentences (title first).
struct Parsed {
    date: Option<jiff::civil::Date>,
    sents: Vec<(String, Sentence)>,
}

/// The Wikinews articles of `../shared/data/news`, each parsed whole by the bundled model (every
/// sentence, the title as a headline): coding alone on news as a reader of news would feed it.
fn news_articles(nlp: &Pipeline) -> Vec<Parsed> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news/wikinews-dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("");
        let date = field("date").parse().ok();
        let mut sents = Vec::new();
        let title = field("title");
        if !title.trim().is_empty() {
            for s in nlp.parse_headline(title) {
                sents.push((title.to_string(), s));
            }
        }
        for para in field("text").split("\n\n").filter(|p| !p.trim().is_empty()) {
            for s in nlp.parse(para) {
                sents.push((para.to_string(), s));
            }
        }
        out.push(Parsed { date, sents });
    }
    out
}

fn news_coding_alone(coder: &Coder, nlp: &Pipeline, rounds: usize) {
    let articles = news_articles(nlp);
    if articles.is_empty() {
        eprintln!("skipping coding alone on news: no Wikinews articles under ../shared");
        return;
    }
    let n: usize = articles.iter().map(|a| a.sents.len()).sum();
    let mut rates = Vec::with_capacity(rounds);
    let mut events = 0;
    for _ in 0..rounds {
        let c0 = cpu_seconds();
        events = 0;
        for a in &articles {
            let inputs: Vec<Input> = a
                .sents
                .iter()
                .map(|(text, s)| Input {
                    text: text.get(s.start..s.end).unwrap_or(""),
                    offset: s.start,
                    tokens: &s.tokens,
                })
                .collect();
            events += coder.code_article("bench", a.date, &inputs).len();
        }
        rates.push(n as f64 / (cpu_seconds() - c0));
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "coding alone (Wikinews, {} articles parsed by the bundled model): per CPU second, {rounds} rounds of {n} sentences: median {:.0}, best {:.0}, worst {:.0}; {events} events/round",
        articles.len(),
        rates[rates.len() / 2],
        rates[rates.len() - 1],
        rates[0],
    );
}
