//! Development driver for the PETRARCH unit-test records (the product command is
//! `detente eval petrarch-unit`): prints failures and the total.
//!
//!     cargo run --release -p detente-coder --example petrarch_unit -- ../shared/data/petrarch/PETR.UnitTest.records.xml

use detente_coder::lexicon::LexiconDict;
use detente_coder::petrarch::{passes, records};
use detente_coder::{Coder, Input, Options};
use detente_lexicon::{Lexicon, PetrarchFiles};
use detente_nlp::Pipeline;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = PathBuf::from(std::env::args().nth(1).ok_or("give the records file")?);
    let xml = std::fs::read_to_string(&path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let f = |n: &str| vec![dir.join(n)];
    let files = PetrarchFiles {
        verbs: f("PETR.Validate.verbs.txt"),
        actors: f("PETR.Validate.actors.txt"),
        agents: f("PETR.Validate.agents.txt"),
        discards: f("PETR.Validate.discards.txt"),
        issues: Vec::new(),
    };
    let dict = LexiconDict::new(Lexicon::from_petrarch(&files)?.0);
    let nlp = Pipeline::load_default()?;
    let coder = Coder::new(&dict, Options::default()).future_as_asserted(true);
    let recs = records(&xml);
    let mut pass = 0;
    // PU_SHOW=ID prints that record's parse (for debugging a record).
    let show = std::env::var("PU_SHOW").unwrap_or_default();
    for r in &recs {
        let sents = nlp.parse(&r.text);
        if r.id == show {
            for s in &sents {
                for (i, t) in s.tokens.iter().enumerate() {
                    println!(
                        "{i} {} {} {} {} {}",
                        t.form,
                        t.lemma,
                        t.upos,
                        t.head as i64 - 1,
                        t.deprel
                    );
                }
            }
        }
        let inputs: Vec<Input> = sents
            .iter()
            .map(|s| Input {
                text: &r.text[s.start..s.end],
                offset: s.start,
                tokens: &s.tokens,
            })
            .collect();
        let got: BTreeSet<(String, String, String)> = coder
            .code_article(&r.id, r.date.parse().ok(), &inputs)
            .into_iter()
            .map(|e| {
                (
                    e.source.map_or("---".into(), |a| a.code),
                    e.target.map_or("---".into(), |a| a.code),
                    e.cameo,
                )
            })
            .collect();
        if passes(r, &got) {
            pass += 1;
        } else {
            let _ = writeln!(
                std::io::stdout(),
                "FAIL {} [{}] expected {:?} got {:?} | {}",
                r.id,
                r.category,
                r.expected,
                got,
                r.text
            );
        }
    }
    println!("petrarch-unit: {pass}/{}", recs.len());
    Ok(())
}
