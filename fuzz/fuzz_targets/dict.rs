//! Dictionary readers on arbitrary bytes: our format, every PETRARCH reader, the checker, the
//! writer (and reading back what it wrote), and lookups over the same text. Nothing may panic.
#![no_main]

use detente_lexicon::petrarch::{read_actors, read_agents, read_discards, read_issues, read_verbs};
use detente_lexicon::{check, write, Date, Lexicon, PlainTokenizer, TokenView, Tokenizer};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (lex, _errors) = Lexicon::from_text("fuzz.txt", &text);
    let _ = check::check(&lex);
    let date = Date::from_ymd(2019, 5, 14);
    for line in text.lines().take(8) {
        let _ = lex.lookup(line, date);
        let _ = lex.discard_hits(line);
        let _ = lex.verb(line);
        let _ = lex.agent(line);
    }
    let toks = PlainTokenizer.tokenize(&text);
    let views: Vec<TokenView<'_>> = toks.iter().map(|t| t.view()).collect();
    let _ = lex.actors_in(&views, None);

    let p = Path::new("fuzz.txt");
    let mut all = detente_lexicon::Entries::default();
    for reader in [read_actors, read_agents, read_verbs, read_discards, read_issues] {
        let (e, _) = reader(p, &text);
        all.extend(e);
    }
    let (files, _) = write::render(&all, "fuzz");
    for (_, out, _) in files {
        let (lex2, _) = Lexicon::from_text("written.txt", &out);
        let _ = check::check(&lex2);
        let _ = lex2.actors_in(&views, date);
    }
});
