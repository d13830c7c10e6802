//! Dictionary benchmarks (issue 4): loading the bundled dictionaries, and finding every actor
//! mention in a 30-token sentence. Plain timing loop (`cargo bench -p detente-lexicon`); figures
//! go to BENCHMARKS.md.

use detente_lexicon::{Date, Lexicon, PetrarchFiles, PlainTokenizer, TokenView, Tokenizer};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// CPU time of this thread (user + system), from /proc: the machine is shared, so wall time
/// overstates what the code costs when other jobs run. `None` off Linux.
fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

const SENTENCES: &[&str] = &[
    "Russian Foreign Minister Sergei Lavrov met his American counterpart Mike Pompeo in Sochi on Tuesday , and the Kremlin said Turkish troops would leave northern Syria soon .",
    "Iraqi parliament speaker said on Monday that Pyongyang and Washington should resume talks , while Chinese President Xi Jinping called Boris Johnson about the trade dispute .",
    "Police fired tear gas at protesters in the capital after the opposition leader accused the government of rigging the vote , witnesses told reporters on Sunday evening .",
];

fn main() {
    // Load the bundled dictionaries (embedded text → parsed, indexed lexicon).
    let mut loads = Vec::new();
    let mut lex = None;
    for _ in 0..15 {
        let t = Instant::now();
        let l = Lexicon::bundled().expect("bundled dictionaries");
        loads.push(t.elapsed());
        lex = Some(l);
    }
    let lex = lex.expect("loaded");
    let files: usize = Lexicon::bundled_files().len();
    let bytes: usize = Lexicon::bundled_files().iter().map(|f| f.1.len()).sum();
    println!(
        "load bundled: median {:.1} ms over 15 runs ({files} files, {:.1} MB, {} actors, {} agents, {} verbs, {} nouns)",
        median(loads).as_secs_f64() * 1e3,
        bytes as f64 / 1e6,
        lex.actors().len(),
        lex.agents().len(),
        lex.verbs().len(),
        lex.entries().nouns.len()
    );

    let date = Date::parse("2019-05-14");
    for s in SENTENCES {
        let toks = PlainTokenizer.tokenize(s);
        let views: Vec<TokenView<'_>> = toks.iter().map(|t| t.view()).collect();
        let found = lex.actors_in(&views, date);
        let iters = 20_000;
        let mut runs = Vec::new();
        for _ in 0..7 {
            let t = Instant::now();
            for _ in 0..iters {
                black_box(lex.actors_in(black_box(&views), date));
            }
            runs.push(t.elapsed() / iters);
        }
        // CPU time over a longer run (10 ms clock ticks, so ≥ 1 s of work).
        let long = 200_000u32;
        let c0 = cpu_time();
        for _ in 0..long {
            black_box(lex.actors_in(black_box(&views), date));
        }
        let cpu = cpu_time().zip(c0).map(|(b, a)| (b - a) / long);
        println!(
            "actors_in: median {:.2} µs wall, {} CPU per sentence ({} tokens, {} mentions: {})",
            median(runs).as_secs_f64() * 1e6,
            cpu.map_or("n/a".to_string(), |c| format!(
                "{:.2} µs",
                c.as_secs_f64() * 1e6
            )),
            views.len(),
            found.len(),
            found
                .iter()
                .map(|m| m.code.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        );
    }

    // PETRARCH2 Phoenix dictionaries, for comparison (skipped when ../shared is absent).
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/petrarch");
    if d.is_dir() {
        let files = PetrarchFiles {
            verbs: vec![d.join("CAMEO.2.0.txt")],
            actors: [
                "Phoenix.Countries.actors.txt",
                "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt",
            ]
            .iter()
            .map(|f| d.join(f))
            .collect(),
            agents: vec![d.join("Phoenix.agents.txt")],
            discards: vec![d.join("Phoenix.discards.txt")],
            issues: vec![],
        };
        let mut runs = Vec::new();
        let mut n = 0;
        for _ in 0..3 {
            let t = Instant::now();
            let (l, _) = Lexicon::from_petrarch(&files).expect("petrarch");
            runs.push(t.elapsed());
            n = l.actors().len();
        }
        println!(
            "load PETRARCH2 Phoenix set: median {:.0} ms over 3 runs ({n} actors)",
            median(runs).as_secs_f64() * 1e3
        );
    }
}
