//! Reading every PETRARCH2 file gives as many entries as the files hold: each file is counted
//! twice, once by a deliberately simple line classification here and once by the parser.

use detente_lexicon::petrarch::{read_actors, read_agents, read_discards, read_issues, read_verbs};
use detente_lexicon::PatternKind;
use std::path::{Path, PathBuf};

fn dir() -> Option<PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/petrarch");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("skipping: ../shared/data/petrarch is absent");
        None
    }
}

fn text(p: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned()
}

/// Lines with their `#` comment removed, skipping XML comment blocks.
fn lines(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut xml = false;
    for l in t.lines() {
        if xml || l.trim_start().starts_with("<!--") {
            xml = !l.contains("-->");
            out.push(String::new());
            continue;
        }
        out.push(l.split('#').next().unwrap_or("").to_string());
    }
    out
}

#[test]
fn actor_files() {
    let Some(d) = dir() else { return };
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "PETR.Validate.actors.txt",
    ] {
        let p = d.join(f);
        let t = text(&p);
        let ls = lines(&t);
        let heads = ls
            .iter()
            .filter(|l| {
                !l.trim().is_empty()
                    && !l.starts_with(['+', ' ', '\t', '<', '['])
                    && !l.trim().starts_with('[')
            })
            .count();
        let syns = ls.iter().filter(|l| l.starts_with('+')).count();
        let codes: usize = ls.iter().map(|l| l.matches('[').count()).sum();
        let (e, errs) = read_actors(&p, &t);
        // The malformed restrictions in the files, reported and not loaded: a single date with
        // no `-`, `<` or `>`, or a range that ends before it starts.
        let bad: Vec<usize> = errs.iter().map(|e| e.line).collect();
        let expected_bad: &[usize] = match f {
            "Phoenix.Countries.actors.txt" => &[14190, 31715, 51384],
            "Phoenix.International.actors.txt" => &[40],
            _ => &[],
        };
        assert_eq!(bad, expected_bad, "{f}: {errs:?}");
        assert!(
            errs.iter()
                .all(|e| e.message.starts_with("expected a date restriction")
                    || e.message.contains("ends before it starts")),
            "{errs:?}"
        );
        assert_eq!(e.actors.len(), heads, "{f} actors");
        assert_eq!(
            e.actors.iter().map(|a| a.names.len() - 1).sum::<usize>(),
            syns,
            "{f} synonyms"
        );
        let parsed_codes: usize = e
            .actors
            .iter()
            .map(|a| a.roles.len() + a.other.is_some() as usize + a.code.is_some() as usize)
            .sum();
        let extra = e
            .unsupported
            .iter()
            .filter(|u| u.what == "second undated code")
            .count();
        assert_eq!(parsed_codes + extra + errs.len(), codes, "{f} codes");
        assert!(heads > 0);
    }
}

#[test]
fn agent_files() {
    let Some(d) = dir() else { return };
    for f in ["Phoenix.agents.txt", "PETR.Validate.agents.txt"] {
        let p = d.join(f);
        let t = text(&p);
        let ls = lines(&t);
        let entries = ls.iter().filter(|l| l.contains('[')).count();
        let (e, errs) = read_agents(&p, &t);
        // Phoenix.agents.txt has two malformed lines: `[~ENV}` (line 544) and a noun without a
        // code (line 1927); both are reported, not loaded.
        let lines_bad: Vec<usize> = errs.iter().map(|e| e.line).collect();
        let expected: &[usize] = if f == "Phoenix.agents.txt" {
            &[544, 1927]
        } else {
            &[]
        };
        assert_eq!(lines_bad, expected, "{f}: {errs:?}");
        let bad_with_bracket = errs.iter().filter(|e| ls[e.line - 1].contains('[')).count();
        assert_eq!(e.agents.len() + bad_with_bracket, entries, "{f}");
        // `!PERSON!` expands to one noun per member of the set.
        let subst = ls
            .iter()
            .filter(|l| l.contains('[') && l.contains('!'))
            .count();
        assert!(
            e.agents.iter().filter(|a| a.nouns.len() > 1).count() >= subst,
            "{f}"
        );
    }
}

#[test]
fn discard_and_issue_files() {
    let Some(d) = dir() else { return };
    for f in ["Phoenix.discards.txt", "PETR.Validate.discards.txt"] {
        let p = d.join(f);
        let t = text(&p);
        let ls = lines(&t);
        let n = ls
            .iter()
            .filter(|l| !l.trim().is_empty() && !l.trim().starts_with('<'))
            .count();
        let stories = ls.iter().filter(|l| l.trim().starts_with('+')).count();
        let (e, errs) = read_discards(&p, &t);
        assert!(errs.is_empty());
        assert_eq!(e.discards.len(), n, "{f}");
        assert_eq!(
            e.discards
                .iter()
                .filter(|d| d.scope == detente_lexicon::DiscardScope::Story)
                .count(),
            stories,
            "{f}"
        );
    }
    let p = d.join("Phoenix.IssueCoding.txt");
    let t = text(&p);
    let ls = lines(&t);
    let n = ls
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.trim().starts_with('<'))
        .count();
    let (e, errs) = read_issues(&p, &t);
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(e.issues.len(), n);
}

#[test]
fn verb_files() {
    let Some(d) = dir() else { return };
    for f in ["CAMEO.2.0.txt", "PETR.Validate.verbs.txt"] {
        let p = d.join(f);
        let t = text(&p);
        let ls = lines(&t);
        let (mut synsets, mut members, mut blocks, mut words, mut patterns, mut transforms) =
            (0, 0, 0, 0, 0, 0);
        let mut in_synset = false;
        let mut in_verbs = false;
        for l in &ls {
            let s = l.trim();
            if s.is_empty() || s.starts_with('<') {
                continue;
            }
            if s.starts_with('&') {
                synsets += 1;
                in_synset = true;
                in_verbs = false;
            } else if s.starts_with("---") {
                blocks += 1;
                in_verbs = true;
                in_synset = false;
            } else if s.starts_with('~') {
                transforms += 1;
            } else if s.starts_with('-') {
                patterns += 1;
            } else if s.starts_with('+') && in_synset {
                members += 1;
            } else if in_verbs {
                words += 1;
            }
        }
        let (e, errs) = read_verbs(&p, &t);
        let errs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(e.synsets.len(), synsets, "{f} synsets");
        assert_eq!(
            e.synsets.iter().map(|s| s.words.len()).sum::<usize>(),
            members,
            "{f} synset members"
        );
        let parsed_patterns: usize = e.verbs.iter().map(|v| v.patterns.len()).sum();
        let null_patterns = e
            .unsupported
            .iter()
            .filter(|u| u.what == "null pattern")
            .count();
        // The malformed pattern lines: a pattern without `[CODE]` (PETR.Validate.verbs.txt:992)
        // and two with an unbalanced `)` (CAMEO.2.0.txt:2374 and :7606).
        let bad: Vec<usize> = errs
            .iter()
            .filter_map(|e| e.rsplit(':').nth(2)?.parse().ok())
            .collect();
        let expected: &[usize] = match f {
            "PETR.Validate.verbs.txt" => &[992],
            _ => &[2374, 7606],
        };
        assert_eq!(bad, expected, "{f}: {errs:?}");
        assert_eq!(
            parsed_patterns + null_patterns + errs.len(),
            patterns,
            "{f} patterns; errors: {errs:?}"
        );
        assert!(e
            .verbs
            .iter()
            .flat_map(|v| &v.patterns)
            .all(|p| p.kind == PatternKind::Linear));
        let raw: Vec<&str> = t.lines().collect();
        let parsed_words = e
            .verbs
            .iter()
            .filter(|v| !raw[v.origin.line - 1].trim_start().starts_with('-'))
            .count();
        assert_eq!(parsed_words, words, "{f} verb lines");
        let heads: std::collections::HashSet<&str> = e
            .verbs
            .iter()
            .map(|v| v.group.as_deref().unwrap_or(v.lemma.as_str()))
            .collect();
        assert!(
            heads.len() <= blocks && heads.len() * 10 >= blocks * 9,
            "{f}: {} heads for {blocks} blocks",
            heads.len()
        );
        assert_eq!(
            e.unsupported.len() - null_patterns,
            transforms,
            "{f} transformations"
        );
    }
}
