//! Surface tokens of a stretch of text, following UD English EWT conventions: punctuation is
//! split off, hyphenated words are split (except after prefixes such as "e-" and "co-"),
//! abbreviations and initials keep their period, numbers keep their decimal point, thousands
//! separators and time/date separators, and URLs, e-mail addresses, hashtags and @-mentions
//! stay whole. Contractions stay one token here; `clitics` splits them into words.

use super::abbrev;

/// A surface token: byte span into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[inline]
fn char_at(t: &str, i: usize) -> Option<char> {
    t.get(i..).and_then(|s| s.chars().next())
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || c == '_' || is_mark(c)
}

/// [`char::is_alphanumeric`], with ASCII and the General Punctuation block (curly quotes and
/// dashes: frequent in news, and no letters) answered without the Unicode tables, whose lookup
/// costs hundreds of instructions a character.
#[inline]
pub(super) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !crate::features::GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

/// Combining marks and joiners that belong to the preceding character.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x200C | 0x200D | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
}

const TRAILING: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '"', '\'', '”', '’', '>',
];

/// End of the run of non-whitespace characters starting at `i`.
fn run_end(t: &str, i: usize, limit: usize) -> usize {
    let mut j = i;
    while j < limit {
        // ASCII bytes (nearly all) are tested without decoding a char.
        match t.as_bytes().get(j) {
            None => break,
            Some(b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') => break,
            Some(b) if b.is_ascii() => j += 1,
            Some(_) => {
                let Some(c) = char_at(t, j) else { break };
                if c.is_whitespace() {
                    break;
                }
                j += c.len_utf8();
            }
        }
    }
    j
}

fn trim_trailing(t: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        let Some(c) = t[start..end].chars().next_back() else {
            break;
        };
        if TRAILING.contains(&c) {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn starts_with_ci(t: &str, i: usize, p: &str) -> bool {
    t.get(i..i + p.len())
        .map(|s| s.eq_ignore_ascii_case(p))
        .unwrap_or(false)
}

/// URL or e-mail address starting at `i`, if any: its end.
fn url_or_email(t: &str, i: usize, limit: usize) -> Option<usize> {
    // Bounded look-ahead keeps tokenizing linear on long runs without spaces.
    let run = run_end(t, i, limit.min(i + MAX_LOOKAHEAD));
    if ["http://", "https://", "ftp://", "www."]
        .iter()
        .any(|p| starts_with_ci(t, i, p))
    {
        let e = trim_trailing(t, i, run);
        return (e > i + 4).then_some(e);
    }
    // Most words have no '@' at all: no e-mail address, and no trimming needed to see it.
    if t.as_bytes().get(i..run).is_some_and(|r| !r.contains(&b'@')) {
        return None;
    }
    let e = trim_trailing(t, i, run);
    let s = &t[i..e];
    let at = s.find('@')?;
    let (user, host) = (&s[..at], &s[at + 1..]);
    let ok_user = !user.is_empty()
        && user
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-".contains(c));
    let dot = host.rfind('.')?;
    let ok_host = dot > 0
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || ".-".contains(c))
        && host[dot + 1..].chars().count() >= 2
        && host[dot + 1..].chars().all(|c| c.is_alphabetic());
    (ok_user && ok_host).then_some(e)
}

/// Scans `t[from..to]` into surface tokens appended to `out`.
pub fn scan(t: &str, from: usize, to: usize, out: &mut Vec<Span>) {
    let mut i = from;
    while i < to {
        let Some(c) = char_at(t, i) else { break };
        if c.is_whitespace() || c.is_control() {
            i += c.len_utf8();
            continue;
        }
        let end = token_end(t, i, to, c).max(i + c.len_utf8()).min(to);
        out.push(Span { start: i, end });
        i = end;
    }
}

fn token_end(t: &str, i: usize, to: usize, c: char) -> usize {
    if is_alphanumeric(c) {
        if let Some(e) = url_or_email(t, i, to) {
            return e;
        }
        return word_end(t, i, to);
    }
    let next = char_at(t, i + c.len_utf8());
    if let Some(e) = emoticon_end(t, i, to) {
        return e;
    }
    match c {
        '#' | '@' if next.map(is_word_char).unwrap_or(false) => {
            let mut j = i + 1;
            while let Some(d) = char_at(t, j).filter(|d| is_word_char(*d) && j < to) {
                j += d.len_utf8();
            }
            // "@paulhastings.com": a handle that is a domain keeps it.
            if c == '@'
                && char_at(t, j) == Some('.')
                && char_at(t, j + 1).is_some_and(|d| j + 1 < to && d.is_alphabetic())
            {
                if let Some(e) = dotted_name_end(t, j, to) {
                    return e;
                }
            }
            j
        }
        '.' | '…' => same_run(t, i, to, |d| d == '.' || d == '…'),
        '!' | '?' => same_run(t, i, to, |d| d == '!' || d == '?'),
        '-' => same_run(t, i, to, |d| d == '-'),
        '*' | '=' | '_' | '~' | '$' | '<' | '>' => same_run(t, i, to, |d| d == c),
        '\'' | '`' if next == Some(c) => i + 2,
        _ => {
            // Symbols (emoji included) take their combining marks and joined sequences along.
            let mut j = i + c.len_utf8();
            while let Some(d) = char_at(t, j).filter(|_| j < to) {
                if is_mark(d) {
                    j += d.len_utf8();
                    if d == '\u{200D}' {
                        if let Some(e) = char_at(t, j).filter(|_| j < to) {
                            j += e.len_utf8();
                        }
                    }
                } else {
                    break;
                }
            }
            j
        }
    }
}

fn same_run(t: &str, i: usize, to: usize, f: impl Fn(char) -> bool) -> usize {
    let mut j = i;
    while let Some(d) = char_at(t, j).filter(|d| j < to && f(*d)) {
        j += d.len_utf8();
    }
    j
}

/// A word: letters and digits with the connectors that stay inside a token.
fn word_end(t: &str, i: usize, to: usize) -> usize {
    let mut j = i;
    let mut part_start = i;
    let mut all_digits = true;
    // Whether the current part (since the last joined hyphen) has only digits and ".,:/",
    // kept incrementally so that long runs stay linear.
    let mut num_part = true;
    let bytes = t.as_bytes();
    loop {
        // Consume alphanumerics: ASCII bytes (nearly all) without decoding a char.
        while let Some(&b) = bytes.get(j).filter(|_| j < to) {
            if b.is_ascii_alphanumeric() || b == b'_' {
                if !b.is_ascii_digit() {
                    all_digits = false;
                    num_part = false;
                }
                j += 1;
                continue;
            }
            if b.is_ascii() {
                break;
            }
            let Some(d) = char_at(t, j).filter(|d| is_word_char(*d)) else {
                break;
            };
            if !d.is_numeric() {
                all_digits = false;
            }
            if !d.is_ascii_digit() {
                num_part = false;
            }
            j += d.len_utf8();
        }
        let Some(c) = char_at(t, j).filter(|_| j < to) else {
            break;
        };
        let after = char_at(t, j + c.len_utf8()).filter(|_| j + c.len_utf8() < to);
        let prev_digit = t[..j]
            .chars()
            .next_back()
            .map(|p| p.is_ascii_digit())
            .unwrap_or(false);
        let next_digit = after.map(|a| a.is_ascii_digit()).unwrap_or(false);
        let next_alpha = after.map(|a| a.is_alphabetic()).unwrap_or(false);
        let joins = match c {
            '\'' | '’' => next_alpha,
            '.' | ',' | ':' | '/' if prev_digit && next_digit && num_part => true,
            '&' => {
                j - i <= 16
                    && t[i..j].chars().all(|x| x.is_uppercase())
                    && after.map(|a| a.is_uppercase()).unwrap_or(false)
            }
            '-' if prev_digit && next_digit && num_part => true,
            '-' => next_alpha && abbrev::keeps_hyphen(&t[part_start..j].to_lowercase()),
            '@' => after.map(|a| a.is_alphanumeric()).unwrap_or(false),
            '/' => {
                next_alpha
                    && t[part_start..j].chars().count() == 1
                    && !char_at(t, j + 1 + after.map(|a| a.len_utf8()).unwrap_or(0))
                        .map(|x| x.is_alphanumeric())
                        .unwrap_or(false)
            }
            '.' if next_alpha => match dotted_name_end(t, j, to) {
                Some(e) => {
                    j = e;
                    break;
                }
                None => false,
            },
            _ => false,
        };
        if joins {
            j += c.len_utf8();
            if c == '-' {
                part_start = j;
                num_part = true;
            } else if !matches!(c, '.' | ',' | ':' | '/') {
                num_part = false;
            }
            continue;
        }
        if c == '.' {
            return period_end(t, i, j, to, all_digits);
        }
        break;
    }
    j
}

/// "paulhastings.com", "unitedway.enron.com", "TEXT.htm": from the '.' at `j`, the end of a
/// dotted name whose last part is a known top-level domain or file extension.
fn dotted_name_end(t: &str, j: usize, to: usize) -> Option<usize> {
    let to = to.min(j + MAX_LOOKAHEAD);
    let mut e = j;
    let mut last_dot = j;
    while let Some(d) = char_at(t, e)
        .filter(|d| e < to && (d.is_alphanumeric() || *d == '.' || *d == '-' || *d == '_'))
    {
        if d == '.' {
            last_dot = e;
        }
        e += d.len_utf8();
    }
    // A trailing period is sentence punctuation.
    let mut end = e;
    while end > j && t[..end].ends_with('.') {
        end -= 1;
        last_dot = t[..end].rfind('.').unwrap_or(j);
    }
    if end <= j + 1 {
        return None;
    }
    let tail = t[last_dot + 1..end].to_ascii_lowercase();
    let name = &t[j + 1..end];
    let dots = name.matches('.').count();
    let parts_ok = name.split('.').all(|p| !p.is_empty());
    (abbrev::is_tld_or_extension(&tail)
        || (dots >= 1
            && parts_ok
            && name
                .chars()
                .all(|c| c.is_lowercase() || c == '.' || c == '-')))
    .then_some(end)
}

/// How far URL, e-mail and dotted-name detection look ahead (bytes).
const MAX_LOOKAHEAD: usize = 512;

/// Emoticons such as ":-)" at `i`: their end.
pub fn emoticon_end(t: &str, i: usize, to: usize) -> Option<usize> {
    // Every emoticon starts with one of these: other tokens skip the comparisons.
    if !matches!(t.as_bytes().get(i), Some(b':' | b';' | b'<')) {
        return None;
    }
    const E: &[&str] = &[
        ":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D", ":P", ";)", ":/", "<3", ":-/", ":'(",
    ];
    E.iter()
        .find(|e| t.get(i..i + e.len()) == Some(**e) && i + e.len() <= to)
        .map(|e| i + e.len())
        .filter(|&end| {
            !char_at(t, end)
                .map(|c| c.is_alphanumeric())
                .unwrap_or(false)
        })
}

/// The word `t[i..j]` is followed by '.': decide whether the period belongs to it
/// (abbreviations, initials, "U.S.", "e.g.").
fn period_end(t: &str, i: usize, j: usize, to: usize, all_digits: bool) -> usize {
    let word = &t[i..j];
    if all_digits {
        return j;
    }
    // Dotted acronyms: letter(s) '.' letter(s) '.' ...
    let mut k = j;
    let mut parts = 1;
    let short = word.chars().count() <= 2;
    loop {
        // k is at a '.'
        let after = k + 1;
        let mut e = after;
        while let Some(d) = char_at(t, e).filter(|d| e < to && d.is_alphabetic()) {
            e += d.len_utf8();
        }
        if e > after && char_at(t, e) == Some('.') && e < to && t[after..e].chars().count() <= 2 {
            parts += 1;
            k = e;
            continue;
        }
        break;
    }
    if parts > 1 && short {
        return k + 1;
    }
    // "U.S" without its final period: single capitals joined by one, nothing glued after.
    let mut e = j + 1;
    while let Some(d) = char_at(t, e).filter(|d| e < to && d.is_uppercase()) {
        e += d.len_utf8();
    }
    let one_capital = |w: &str| w.chars().count() == 1 && w.chars().all(char::is_uppercase);
    if one_capital(word)
        && one_capital(&t[j + 1..e])
        && !char_at(t, e).is_some_and(|d| e < to && (d.is_alphanumeric() || d == '.'))
    {
        return e;
    }
    let n = word.chars().count();
    let single_letter = n == 1 && word.chars().all(|c| c.is_alphabetic());
    let next = char_at(t, j + 1);
    let followed_by_space_or_end =
        next.map(|c| c.is_whitespace() || c == ',').unwrap_or(true) || j + 1 >= to;
    let lower = word.to_lowercase();
    let capital = word
        .chars()
        .next()
        .map(|c| c.is_uppercase())
        .unwrap_or(false);
    let abbr = abbrev::is_abbrev(&lower)
        && next != Some('.')
        && match lower.as_str() {
            "no" | "nos" => t[j + 1..]
                .trim_start()
                .chars()
                .next()
                .map(|c| c.is_ascii_digit())
                .unwrap_or(false),
            l if abbrev::is_common_word(l) => capital,
            _ => true,
        };
    if (single_letter && word.chars().all(|c| c.is_uppercase()) && followed_by_space_or_end) || abbr
    {
        return j + 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::is_alphanumeric;

    #[test]
    fn fast_alphanumeric_is_the_unicode_one() {
        let all = (0..0x80u32)
            .chain(0x2000..=0x206f)
            .filter_map(char::from_u32);
        for c in all.chain([
            'é', 'Ж', 'ǅ', 'Ⅻ', '٣', '中', '\u{1fff}', '\u{2070}', '\u{2071}',
        ]) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
