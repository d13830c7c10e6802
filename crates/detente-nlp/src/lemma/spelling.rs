//! English spelling of inflected forms the treebank never showed: the regular readings of a
//! verb form, a plural or a comparative, to be checked against the words the lemmatizer knows;
//! and, where a suffix rule learned from other words keeps a doubled consonant ("rammed" →
//! "ramm") or drops a silent "e" ("wiped" → "wip"), what the form's own spelling says the base
//! must be.

/// The regular readings of an inflected form under `xpos`, most likely first: a verb's, a
/// plural's or a comparative's (none for other tags).
pub(super) fn readings(low: &str, xpos: &str) -> Vec<String> {
    match xpos {
        "NNS" => plural_readings(low),
        "JJR" | "JJS" => graded_readings(low, xpos),
        _ => verb_readings(low, xpos),
    }
}

/// A stem left by cutting an ending, as it is, with a silent "e", and undoubled.
fn stem_readings(s: &str, out: &mut Vec<String>) {
    if s.is_empty() {
        return;
    }
    out.push(s.to_string());
    out.push(format!("{s}e"));
    if let Some(u) = undoubled(s) {
        out.push(u.to_string());
    }
}

/// The regular readings of an inflected verb form: "united" → "unit", "unite"; "banning" →
/// "bann", "banne", "ban"; "carries" → "carry".
fn verb_readings(low: &str, xpos: &str) -> Vec<String> {
    let mut out = Vec::new();
    match xpos {
        "VBD" | "VBN" => {
            if let Some(s) = low.strip_suffix("ied") {
                out.push(format!("{s}y"));
            }
            if let Some(s) = low.strip_suffix("ed") {
                stem_readings(s, &mut out);
            }
        }
        "VBG" => {
            if let Some(s) = low.strip_suffix("ying") {
                out.push(format!("{s}ie"));
            }
            if let Some(s) = low.strip_suffix("ing") {
                stem_readings(s, &mut out);
            }
        }
        "VBZ" => {
            if let Some(s) = low.strip_suffix("ies") {
                out.push(format!("{s}y"));
            }
            if let Some(s) = es_stem(low) {
                out.push(s.to_string());
            }
            if let Some(s) = low.strip_suffix('s') {
                out.push(s.to_string());
            }
        }
        _ => {}
    }
    out
}

/// The stem of a form in "-es" where English writes "-es" and not "-s": after a sibilant or
/// "o" ("fixes", "pushes", "goes", "heroes").
fn es_stem(low: &str) -> Option<&str> {
    low.strip_suffix("es").filter(|s| {
        ["s", "x", "z", "ch", "sh", "o"]
            .iter()
            .any(|e| s.ends_with(e))
    })
}

/// The regular singulars of a plural noun: "crises" → "crise", "cris", "crisis";
/// "embargoes" → "embargoe", "embargo"; "wolves" → "wolve", "wolf", "wolfe".
fn plural_readings(low: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = low.strip_suffix("ies") {
        out.push(format!("{s}y"));
    }
    if let Some(s) = low.strip_suffix('s') {
        out.push(s.to_string());
    }
    if let Some(s) = es_stem(low) {
        out.push(s.to_string());
    }
    if let Some(s) = low.strip_suffix("ses") {
        out.push(format!("{s}sis"));
    }
    if let Some(s) = low.strip_suffix("ves") {
        out.push(format!("{s}f"));
        out.push(format!("{s}fe"));
    }
    out
}

/// The regular plain forms of a comparative or superlative: "gravest" → "grav", "grave";
/// "freer" → "fre", "free"; "biggest" → "bigg", "bigge", "big"; "bloodiest" → "bloody".
fn graded_readings(low: &str, xpos: &str) -> Vec<String> {
    let (ending, y_ending) = if xpos == "JJR" {
        ("er", "ier")
    } else {
        ("est", "iest")
    };
    let mut out = Vec::new();
    if let Some(s) = low.strip_suffix(y_ending) {
        out.push(format!("{s}y"));
    }
    if let Some(s) = low.strip_suffix(ending) {
        stem_readings(s, &mut out);
    }
    out
}

/// `s` without the second of a doubled last letter, if it has three letters or more and ends in
/// one ("bann" → "ban"). Letters, not bytes: "x₂" ends in two equal bytes of one character.
fn undoubled(s: &str) -> Option<&str> {
    let mut letters = s.char_indices().rev();
    let (i, last) = letters.next()?;
    let (_, before) = letters.next()?;
    letters.next()?;
    (last == before).then(|| &s[..i])
}

/// Undoes the doubled final consonant of an inflected verb that a suffix rule learned from
/// other words kept: "jammed" → "jam", "nodded" → "nod", "expelled" → "expel",
/// "controlled" → "control". Rules are learned per suffix, and a treebank has too few verbs
/// per doubled letter to learn each ("slammed" → "slam" but "rammed" → "ramm"). English
/// doubles the final consonant of a short or stressed last syllable before "-ed" and "-ing";
/// a lemma ending in a double is right only for a few short words ("add", "err", "egg") and
/// for "-ll" after one syllable ("shell", "kill", "poll"), so those keep it.
pub(super) fn undouble(xpos: &str, lemma: String) -> String {
    if !matches!(xpos, "VBD" | "VBN" | "VBG") {
        return lemma;
    }
    let b = lemma.as_bytes();
    let n = b.len();
    if n < 4 || b[n - 1] != b[n - 2] {
        return lemma;
    }
    let c = b[n - 1];
    let keep = match c {
        b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b't' => false,
        // "expell", "controll", "annull" (not "shell", "poll", "pull", "fill", "install").
        b'l' => !(matches!(b[n - 3], b'e' | b'o' | b'u') && syllables(&lemma[..n - 2]) >= 2),
        _ => true,
    };
    if keep {
        return lemma;
    }
    let mut lemma = lemma;
    lemma.pop();
    lemma
}

/// Vowel groups in a lowercase ASCII word: about its syllables. "qu" is a consonant ("quell"
/// has one); "ue" elsewhere is two ("fuel", "duel").
fn syllables(w: &str) -> usize {
    let b = w.as_bytes();
    let vowel = |i: usize| {
        matches!(b[i], b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
            && !(b[i] == b'u' && i > 0 && b[i - 1] == b'q')
    };
    let mut n = 0;
    for i in 0..b.len() {
        if vowel(i) && (i == 0 || !vowel(i - 1) || (b[i] == b'e' && b[i - 1] == b'u')) {
            n += 1;
        }
    }
    n
}

/// The base of a regular "-ed" or "-ing" form whose stem has lost a silent "e", where English
/// spelling decides it: "wiped" → "wipe", "heckling" → "heckle", "upgraded" → "upgrade"; and
/// the same for a comparative or superlative ("gravest" → "grave", "safer" → "safe").
/// `None` where the stem may well be the base ("aimed", "visited", "opened", "banged").
///
/// The signs, none of them taken from a word list:
/// - a stem that no English base ends in: "-v", "-u", "-c" ("solved", "argued", "forced"),
///   a vowel then "-z" ("seized"), two vowels then "-s" ("raised", "caused"), a consonant but
///   "r", "l" or "w" then "-l" ("startled"; "snarled" keeps it), "-rg", "-lg", "-dg"
///   ("urged", "bulged", "judged");
/// - one short syllable ending in one vowel and one consonant: such a base doubles it
///   ("hopped" → "hop"), so an undoubled one had an "e" ("hoped" → "hope");
/// - a longer stem whose last vowel is one "a" or "u", or an "o" or "i" before the consonants
///   that spell "-ode", "-ose", "-ide", "-ine" and the like: the stressed long vowel of
///   "upgrade", "salute", "provoke", "decide". An "e" there ("budget", "open", "offer") and
///   "-it", "-ot", "-on", "-or" ("visit", "pivot", "abandon", "honor") are left alone.
pub(super) fn silent_e(low: &str, xpos: &str) -> Option<String> {
    let stem = match xpos {
        "VBD" | "VBN" => low.strip_suffix("ed")?,
        "VBG" => low.strip_suffix("ing")?,
        "JJR" => low.strip_suffix("er")?,
        "JJS" => low.strip_suffix("est")?,
        _ => return None,
    };
    let verb = xpos.starts_with("VB");
    let b = stem.as_bytes();
    let n = b.len();
    // A stem with no vowel is no word the ending was added to ("quest" is no "qu" + "-est").
    if !stem.is_ascii() || n < 2 || syllables(stem) == 0 {
        return None;
    }
    let vowel = |i: usize| {
        matches!(b[i], b'a' | b'e' | b'i' | b'o' | b'u')
            && !(b[i] == b'u' && i > 0 && b[i - 1] == b'q')
    };
    let (last, prev) = (b[n - 1], b[n - 2]);
    let with_e = || Some(format!("{stem}e"));
    let no_base_ends_so = match last {
        b'u' | b'v' | b'c' => true,
        b'z' => vowel(n - 2),
        b's' => vowel(n - 2) && n >= 3 && vowel(n - 3),
        b'l' => !vowel(n - 2) && !matches!(prev, b'r' | b'l' | b'w' | b'y'),
        b'g' => matches!(prev, b'r' | b'l' | b'd'),
        _ => false,
    };
    if no_base_ends_so {
        return with_e();
    }
    // One vowel, then one consonant that English would double.
    if vowel(n - 1) || matches!(last, b'w' | b'x' | b'y' | b'h') || !vowel(n - 2) {
        return None;
    }
    if n >= 3 && vowel(n - 3) {
        return None;
    }
    if syllables(stem) == 1 {
        return with_e();
    }
    // Adjectives of more than one syllable take "more" and "most" unless they end in "-y" or
    // "-le", so the long-vowel signs below are for verbs.
    if !verb {
        return None;
    }
    let long = match prev {
        b'a' => last != b'l',
        b'u' => true,
        b'o' => matches!(last, b'l' | b'k' | b'd' | b's' | b'z'),
        b'i' => matches!(
            last,
            b'd' | b'l' | b'n' | b'r' | b'b' | b's' | b'z' | b'g' | b'k'
        ),
        _ => false,
    };
    if long {
        with_e()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_doubled_final_consonant_is_undone_where_english_doubles_it() {
        let u = |x: &str, l: &str| undouble(x, l.to_string());
        for (kept, want) in [
            ("jamm", "jam"),
            ("nodd", "nod"),
            ("embedd", "embed"),
            ("equipp", "equip"),
            ("expell", "expel"),
            ("controll", "control"),
            ("annull", "annul"),
            ("fuell", "fuel"),
        ] {
            assert_eq!(u("VBD", kept), want, "{kept}");
        }
        // Lemmas that end in a double: short words, "-ll" after one syllable, other letters.
        for l in [
            "add", "egg", "shell", "quell", "poll", "pull", "kill", "install", "buzz",
        ] {
            assert_eq!(u("VBD", l), l);
        }
        assert_eq!(u("NN", "jamm"), "jamm", "verb forms only");
    }

    #[test]
    fn readings_cut_letters_not_bytes() {
        // "₂" is the bytes E2 82 82: its last two are equal, and no doubled letter.
        for (form, xpos) in [
            ("x₂ed", "VBD"),
            ("x₂ing", "VBG"),
            ("x₂est", "JJS"),
            ("x₂er", "JJR"),
            ("x₂s", "NNS"),
        ] {
            assert!(readings(form, xpos).iter().all(|r| r.starts_with("x₂")));
            assert!(graded_readings(form, xpos)
                .iter()
                .all(|r| r.starts_with("x₂")));
            assert_eq!(silent_e(form, xpos), None);
        }
        assert_eq!(undoubled("bann"), Some("ban"));
        assert_eq!(undoubled("éé"), None, "two letters");
        assert_eq!(undoubled("aéé"), Some("aé"));
    }

    #[test]
    fn a_silent_e_comes_back_where_the_spelling_says_it_was_there() {
        for (form, xpos, base) in [
            ("wiped", "VBD", "wipe"),
            ("stoking", "VBG", "stoke"),
            ("griped", "VBD", "gripe"),
            ("quoted", "VBN", "quote"),
            ("used", "VBN", "use"),
            ("upgraded", "VBD", "upgrade"),
            ("cajoling", "VBG", "cajole"),
            ("provoked", "VBD", "provoke"),
            ("decided", "VBD", "decide"),
            ("saluting", "VBG", "salute"),
            ("heckled", "VBD", "heckle"),
            ("solved", "VBD", "solve"),
            ("argued", "VBD", "argue"),
            ("forced", "VBD", "force"),
            ("seized", "VBD", "seize"),
            ("raising", "VBG", "raise"),
            ("urged", "VBD", "urge"),
            ("judging", "VBG", "judge"),
            ("gravest", "JJS", "grave"),
            ("safer", "JJR", "safe"),
            ("simplest", "JJS", "simple"),
        ] {
            assert_eq!(silent_e(form, xpos).as_deref(), Some(base), "{form}");
        }
        // The stem may be the base: two vowels, two consonants, an unstressed or short last
        // syllable, a letter English never doubles, a doubled one, no "-ed"/"-ing" at all.
        for (form, xpos) in [
            ("aimed", "VBD"),
            ("dreamed", "VBD"),
            ("lambasted", "VBD"),
            ("snarled", "VBD"),
            ("banged", "VBD"),
            ("visited", "VBD"),
            ("opened", "VBD"),
            ("budgeting", "VBG"),
            ("abandoned", "VBN"),
            ("pivoted", "VBD"),
            ("honored", "VBD"),
            ("signaled", "VBD"),
            ("fixed", "VBD"),
            ("played", "VBD"),
            ("stopped", "VBD"),
            ("agreed", "VBD"),
            ("being", "VBG"),
            ("stymied", "VBD"),
            ("froze", "VBD"),
            ("wipes", "VBZ"),
            ("tougher", "JJR"),
            ("harshest", "JJS"),
            ("solidest", "JJS"),
            ("quest", "JJS"),
        ] {
            assert_eq!(silent_e(form, xpos), None, "{form}");
        }
    }
}
