//! Datelines ("MOSCOW (Reuters) —", "KYIV, Ukraine (AP) -", "NEW DELHI —") open many news
//! stories. They say where the story was filed and are no part of the sentence after the dash:
//! the pipeline tags and parses the two apart, so that the tagger reads the sentence's first
//! word as one and the parser does not take the place for its subject or hang the subject on
//! the place; and the coder lets no place named there become the source of an event.

/// How far a dateline reaches into the sentence: the number of leading tokens up to and
/// including its dash, or 0 when the sentence does not open with one.
///
/// A dateline starts with a word in capitals (three letters or more, so "US — Russia" in a
/// headline is not one), holds only capitalised words, commas and a parenthesised agency, and
/// ends with a dash within its first dozen tokens.
pub fn dateline_len<'a>(forms: impl IntoIterator<Item = &'a str>) -> usize {
    const MAX_TOKENS: usize = 12;
    let mut forms = forms.into_iter();
    let Some(first) = forms.next() else {
        return 0;
    };
    if !all_capitals(first) {
        return 0;
    }
    let mut depth = 0usize;
    for (i, f) in forms.enumerate().take(MAX_TOKENS - 1) {
        let i = i + 1;
        match f {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            "—" | "–" | "―" | "--" | "-" if depth == 0 => return i + 1,
            "," => {}
            _ if depth > 0 => {}
            // The day of the month: "ANKARA, March 3 (Reuters) -".
            f if f.len() <= 2 && f.chars().all(|c| c.is_ascii_digit()) => {}
            f if f.chars().next().is_some_and(char::is_uppercase) => {}
            _ => return 0,
        }
    }
    0
}

fn all_capitals(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3 && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_datelines_and_nothing_else() {
        let dl = |w: &[&str]| dateline_len(w.iter().copied());
        assert_eq!(dl(&["MOSCOW", "(", "Reuters", ")", "—", "Putin", "met"]), 5);
        assert_eq!(dl(&["NEW", "DELHI", "—", "India", "said"]), 3);
        assert_eq!(
            dl(&["KYIV", ",", "Ukraine", "(", "AP", ")", "-", "Troops"]),
            7
        );
        assert_eq!(
            dl(&["ANKARA", ",", "March", "3", "(", "Reuters", ")", "-", "Troops"]),
            8,
            "with the day"
        );
        assert_eq!(
            dl(&["US", "—", "Russia", "talks"]),
            0,
            "a headline, not a dateline"
        );
        assert_eq!(dl(&["Moscow", "—", "Putin", "met"]), 0, "not in capitals");
        assert_eq!(
            dl(&["NATO", "allies", "met", "—", "again"]),
            0,
            "lower-case word before the dash"
        );
        assert_eq!(
            dl(&["MOSCOW", "(", "Reuters", ")", "Putin", "met"]),
            0,
            "no dash"
        );
        assert_eq!(dl(&[]), 0);
    }
}
