//! `detente dict`: lookup, check and import through the binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = bin();
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("run detente");
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn petrarch() -> Option<PathBuf> {
    let d = repo().join("../shared/data/petrarch");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("skipping: ../shared/data/petrarch is absent");
        None
    }
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("detente-cli-dict-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn lookup_prints_code_matched_and_why() {
    let o = run(
        &[
            "dict",
            "lookup",
            "--date",
            "2019-05-14",
            "Russian Foreign Minister Sergei Lavrov",
            "the Kremlin",
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = json_lines(&o);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["mention"], "Russian Foreign Minister Sergei Lavrov");
    assert_eq!(v[0]["code"], "RUSGOV");
    assert!(v[0]["matched"].as_array().unwrap().len() >= 2, "{}", v[0]);
    assert!(v[0]["why"].as_str().unwrap().contains("Lavrov"));
    assert_eq!(v[1]["code"], "RUSGOV");
    // Unknown phrase: null code, exit status 1.
    let o = run(&["dict", "lookup", "zzxq blorft"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(json_lines(&o)[0]["code"].is_null());
    // Bad date: usage error.
    let o = run(
        &["dict", "lookup", "--date", "14/05/2019", "Pyongyang"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn check_of_the_bundled_dictionaries_reports_nothing() {
    let o = run(
        &[
            "dict",
            "check",
            repo().join("dictionaries").to_str().unwrap(),
        ],
        None,
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success() && out.trim().is_empty(), "{out}");
}

const PLANTED: &str = "# sources: planted errors for the check test
country RUS
  name: Russia
  adjective: Russian
country XQZ
  name: Nowhere
country UKR
  name: Russia
person Jane Example
  role: USAGOV 2001..2005
  role: USALEG 2004..2008
person John Example
  role: USAQQQ 2001..
agent GOV
  noun: minister
agent MIL
  noun: minister
verb meet
  pattern: with &NOSUCHSET = 040
  pattern: + with + = 040
  pattern: with + = 040
  pattern: with + = 041
  code: 999
";

#[test]
fn check_reports_each_planted_error_with_file_and_line() {
    let d = tmp("planted");
    let f = d.join("planted.txt");
    std::fs::write(&f, PLANTED).unwrap();
    let o = run(&["dict", "check", d.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    let fname = f.to_string_lossy().into_owned();
    let expect = [
        (5, "unknown country code `XQZ`"),
        (8, "`Russia` is also a name"),
        (11, "overlaps"),
        (13, "unknown role code `QQQ`"),
        (17, "agent noun `minister` is also GOV"),
        (19, "unknown synset &NOSUCHSET"),
        (20, "more than one target"),
        (22, "the same elements are already at line 21"),
        (18, "unknown CAMEO event code `999`"),
    ];
    for (line, msg) in expect {
        let prefix = format!("{fname}:{line}: ");
        assert!(
            out.lines()
                .any(|l| l.starts_with(&prefix) && l.contains(msg)),
            "missing `{prefix}... {msg}` in:\n{out}"
        );
    }
    assert_eq!(out.lines().count(), expect.len(), "{out}");
}

#[test]
fn malformed_entries_fail_strictly_and_load_leniently() {
    let d = tmp("malformed");
    std::fs::write(
        d.join("bad.txt"),
        "# sources: test\ncountry RUS\n  name: Russia\n  role: RUSGOV 2019-13..\nperson Sergei Lavrov\n  role: RUSGOV 2004-03-09..\n",
    )
    .unwrap();
    let dir = d.to_str().unwrap();
    let o = run(
        &[
            "dict",
            "lookup",
            "--dict",
            dir,
            "--date",
            "2019-05-14",
            "Sergei Lavrov",
        ],
        None,
    );
    assert_ne!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.txt:4:16: expected a date range"), "{err}");
    let o = run(
        &[
            "dict",
            "lookup",
            "--lenient",
            "--dict",
            dir,
            "--date",
            "2019-05-14",
            "Sergei Lavrov",
        ],
        None,
    );
    assert_eq!(json_lines(&o)[0]["code"], "RUSGOV");
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad.txt:4:16:"));
}

/// xorshift64*: a fixed-seed generator, so the 200 names are the same on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Days since 1970 of a YYYYMMDD integer, and back (civil calendar).
fn days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468
}
fn civil(z: i64) -> String {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!(
        "{:04}-{:02}-{:02}",
        yoe + era * 400 + i64::from(m <= 2),
        m,
        d
    )
}

/// PETRARCH date: YYMMDD (00-30 → 20YY) or YYYYMMDD, as days.
fn pdate(s: &str) -> Option<i64> {
    let s = s.trim();
    let (y, r) = match s.len() {
        6 => {
            let yy: i64 = s[..2].parse().ok()?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    Some(days(y, r[..2].parse().ok()?, r[2..4].parse().ok()?))
}

struct RawEntry {
    names: Vec<String>,
    /// (code, from, to) in file order; None range = undated.
    codes: Vec<(String, Option<(i64, i64)>)>,
}

/// A deliberately small reader of Phoenix actor files, independent of the library's.
fn raw_entries(text: &str) -> Vec<RawEntry> {
    let mut out: Vec<RawEntry> = Vec::new();
    for l in text.lines() {
        let l = l.split('#').next().unwrap_or("");
        if l.trim().is_empty() {
            continue;
        }
        if let Some(n) = l.strip_prefix('+') {
            if let Some(e) = out.last_mut() {
                e.names.push(n.split('[').next().unwrap().to_string());
            }
            continue;
        }
        if !l.starts_with([' ', '\t']) {
            out.push(RawEntry {
                names: vec![l.split('[').next().unwrap().to_string()],
                codes: vec![],
            });
        }
        let Some(e) = out.last_mut() else { continue };
        for part in l.split('[').skip(1) {
            let inner = part.split(']').next().unwrap().trim();
            let mut it = inner.splitn(2, char::is_whitespace);
            let code = it.next().unwrap().to_string();
            let range = match it.next().map(str::trim) {
                None | Some("") => None,
                Some(r) if r.starts_with('>') => pdate(&r[1..]).map(|a| (a, i64::MAX)),
                Some(r) if r.starts_with('<') => pdate(&r[1..]).map(|b| (i64::MIN, b)),
                Some(r) => match r.split_once('-') {
                    Some((a, b)) => pdate(a).zip(pdate(b)),
                    None => continue,
                },
            };
            if range.is_none() && inner.contains(char::is_whitespace) {
                continue; // malformed restriction: not a default code
            }
            e.codes.push((code, range));
        }
    }
    out
}

fn key(name: &str) -> String {
    name.to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn phoenix_import_then_lookup_returns_the_phoenix_code() {
    let Some(p) = petrarch() else { return };
    let files = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ];
    let out = tmp("phoenix");
    let mut args: Vec<String> = vec![
        "dict".into(),
        "import".into(),
        "--from".into(),
        "petrarch".into(),
    ];
    for f in files {
        args.push("--actors".into());
        args.push(p.join(f).to_string_lossy().into_owned());
    }
    args.push("-o".into());
    args.push(out.to_string_lossy().into_owned());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = run(&refs, None);
    let report = String::from_utf8_lossy(&o.stdout);
    assert!(
        report.contains("wrote") && report.contains("people.txt"),
        "{report}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );

    let mut entries = Vec::new();
    for f in files {
        entries.extend(raw_entries(&String::from_utf8_lossy(
            &std::fs::read(p.join(f)).unwrap(),
        )));
    }
    let mut count = std::collections::HashMap::new();
    for e in &entries {
        for n in &e.names {
            *count.entry(key(n)).or_insert(0) += 1;
        }
    }
    // Codes our format can carry (three-letter parts); others are reported, not imported.
    let carried = |c: &str| {
        !c.is_empty() && c.len() % 3 == 0 && c.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
    };
    let mut rng = Rng(0x5eed_1234_abcd_0042);
    let mut queries = Vec::new();
    let mut expected = Vec::new();
    let mut guard = 0;
    while queries.len() < 200 && guard < 100_000 {
        guard += 1;
        let e = &entries[rng.below(entries.len())];
        if e.codes.is_empty() || !e.codes.iter().all(|(c, _)| carried(c)) {
            continue;
        }
        let name = &e.names[rng.below(e.names.len())];
        let k = key(name);
        if count.get(&k) != Some(&1)
            || k.len() < 4
            || !k.is_ascii()
            || k.contains(['(', ')', '&', '/', '"', '\'', ',', '.'])
        {
            continue;
        }
        let (code, range) = &e.codes[rng.below(e.codes.len())];
        let dated: Vec<&(String, Option<(i64, i64)>)> =
            e.codes.iter().filter(|c| c.1.is_some()).collect();
        let date = match range {
            Some((a, b)) if *a == i64::MIN => b - 200,
            Some((a, b)) if *b == i64::MAX => a + 200,
            Some((a, b)) => a + (b - a) / 2,
            None => {
                // A date outside every dated restriction, so the default code holds.
                let cands = [1950, 1965, 1980, 1995, 2005, 2014].map(|y| days(y, 6, 15));
                match cands.into_iter().find(|d| {
                    dated
                        .iter()
                        .all(|c| c.1.is_none_or(|(a, b)| *d < a || *d > b))
                }) {
                    Some(d) => d,
                    None => continue,
                }
            }
        };
        // Expected by PETRARCH's rule: the first dated code whose range holds the date, else
        // the first undated one.
        let want = e
            .codes
            .iter()
            .find(|(_, r)| r.is_some_and(|(a, b)| a <= date && date <= b))
            .or_else(|| e.codes.iter().find(|(_, r)| r.is_none()))
            .map(|(c, _)| c.clone());
        let Some(want) = want else { continue };
        let _ = code;
        let mention = name.replace('_', " ").trim().to_string();
        if queries.iter().any(|q: &String| {
            q.contains(&format!(
                "\"mention\":{}",
                serde_json::to_string(&mention).unwrap()
            ))
        }) {
            continue;
        }
        queries.push(serde_json::json!({"mention": mention, "date": civil(date)}).to_string());
        expected.push(want);
    }
    assert_eq!(queries.len(), 200);
    let o = run(
        &["dict", "lookup", "--dict", out.to_str().unwrap(), "--stdin"],
        Some(&queries.join("\n")),
    );
    let got = json_lines(&o);
    assert_eq!(got.len(), 200, "{}", String::from_utf8_lossy(&o.stderr));
    let mut wrong = Vec::new();
    for ((q, want), g) in queries.iter().zip(&expected).zip(&got) {
        if g["code"].as_str() != Some(want.as_str()) {
            wrong.push(format!("{q} → {} (want {want}); {}", g["code"], g["why"]));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of 200 wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
