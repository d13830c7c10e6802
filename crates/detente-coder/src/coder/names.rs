//! Names the dictionary does not match as written: one-edit misspellings ("Vladamir Putin"),
//! a title with a family name ("President Biden"), a family name put first ("Xi").

use detente_nlp::Token;
use jiff::civil::Date;

use super::Coder;
use crate::dictionary::{Mention, MentionKind};

/// Family names that East Asian names put first ("Xi Jinping", "Kim Jong Un", "Nguyen Phu
/// Trong"), common enough in news to stand alone. Not those that are as often something else
/// with a capital: "Lee" (a given name), "Moon", "Park", "Han" (the people, the dynasty).
pub(super) const FAMILY_FIRST: &[&str] = &[
    "xi", "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "hu", "wen",
    "kim", "yoon", "choi", "nguyen",
];

impl Coder<'_> {
    /// The actors a sentence names: the dictionaries' finds, with misspelt and titled names
    /// added, but no place of the dateline, nor a role noun read as a verb ("Blinken presses
    /// …").
    pub(super) fn mentions(&self, tokens: &[Token], date: Option<Date>) -> Vec<Mention> {
        let words: Vec<&str> = tokens.iter().map(|t| t.form.as_str()).collect();
        let mut ms = self.dict.actors_in(tokens, date);
        if !self.by_last.is_empty() {
            self.repair_names(&words, date, &mut ms);
        }
        self.titled_surnames(tokens, date, &mut ms);
        let dateline = crate::dateline::dateline_len(tokens);
        ms.retain(|m| m.start >= dateline && !verb_read_as_role(tokens, m));
        ms
    }

    /// The first word of the two-word dictionary name that ends a person mention: "Xi" of
    /// "Chinese leader Xi Jinping" or of "Xi Jinping". Such names may put the family name
    /// first, so that word alone may name the person later. So do names of three short
    /// syllables ("Kim" of "Kim Jong Un", "Yoon" of "Yoon Suk Yeol").
    pub(super) fn name_first_word(
        &self,
        tokens: &[Token],
        m: &Mention,
        date: Option<Date>,
    ) -> Option<usize> {
        if m.kind != MentionKind::Person || m.end < m.start + 2 {
            return None;
        }
        if m.end - m.start == 2 {
            return Some(m.start);
        }
        let named = |n: usize| {
            let Some(tail) = m.end.checked_sub(n).and_then(|a| tokens.get(a..m.end)) else {
                return false;
            };
            tail.iter().all(|t| starts_upper(&t.form))
                && (n == 2 || tail.iter().all(|t| t.form.chars().count() <= 5))
                && self
                    .dict
                    .actors_in(tail, date)
                    .iter()
                    .any(|x| x.kind == MentionKind::Person && x.start == 0 && x.end == n)
        };
        if named(2) {
            Some(m.end - 2)
        } else if m.end - m.start >= 3 && named(3) {
            Some(m.end - 3)
        } else {
            None
        }
    }

    /// One-edit misspellings of known two-word names ("Vladamir Putin").
    pub(super) fn repair_names(&self, words: &[&str], date: Option<Date>, ms: &mut Vec<Mention>) {
        let covered = |i: usize, ms: &[Mention]| ms.iter().any(|m| m.start <= i && i < m.end);
        for i in 0..words.len().saturating_sub(1) {
            let (a, b) = (words[i], words[i + 1]);
            if !starts_upper(a) || !starts_upper(b) || covered(i, ms) && covered(i + 1, ms) {
                continue;
            }
            for k in self.misspelt(a, b) {
                if let Some(code) = self.person_code(k, date) {
                    ms.retain(|m| m.end <= i || m.start >= i + 2);
                    ms.insert(
                        0,
                        Mention {
                            start: i,
                            end: i + 2,
                            code,
                            kind: MentionKind::Person,
                            place: false,
                        },
                    );
                    break;
                }
            }
        }
    }

    /// The dictionary people whose two-word name "`a` `b`" may misspell: one of its words is
    /// right, and the whole is within one edit.
    pub(super) fn misspelt(&self, a: &str, b: &str) -> impl Iterator<Item = usize> + '_ {
        let (la, lb) = (a.to_lowercase(), b.to_lowercase());
        let pair = format!("{la} {lb}");
        self.by_last
            .get(&lb)
            .into_iter()
            .chain(self.by_first.get(&la))
            .flatten()
            .copied()
            .filter(move |&k| {
                pair.len() >= 8
                    && edit_distance_at_most_one(&pair, &self.dict.person_names()[k].to_lowercase())
            })
    }

    /// "President Biden", "Chancellor Scholz", "Indian Prime Minister Modi": a title followed by
    /// the family name of the one dictionary person whose code on `date` is of the title's kind
    /// (and country, when the title has one). The title and the name become one mention of that
    /// person, so that the name alone knows the person later in the article.
    pub(super) fn titled_surnames(&self, tokens: &[Token], date: Option<Date>, ms: &mut [Mention]) {
        let mut found = Vec::new();
        for (j, m) in ms.iter().enumerate() {
            let i = m.end;
            let Some(name) = tokens.get(i) else { continue };
            if m.kind != MentionKind::Agent
                || !starts_upper(&name.form)
                || name.upos != "PROPN"
                || tokens.get(i + 1).is_some_and(|t| t.upos == "PROPN")
                || ms.iter().any(|x| x.start <= i && i < x.end)
            {
                continue;
            }
            let (country, kind) = (m.code.get(..3).unwrap_or(""), m.code.get(3..).unwrap_or(""));
            let mut codes: Vec<String> = self
                .by_surname
                .get(&name.form.to_lowercase())
                .into_iter()
                .flatten()
                .filter_map(|&k| self.person_code(k, date))
                .filter(|c| {
                    (country == "---" || c.starts_with(country))
                        && (c.get(3..) == Some(kind) || (kind == "GOV" && c.starts_with("IGO")))
                })
                .collect();
            codes.sort_unstable();
            codes.dedup();
            if let [code] = &codes[..] {
                found.push((j, code.clone()));
            }
        }
        for (j, code) in found.into_iter().rev() {
            let m = &mut ms[j];
            m.end += 1;
            m.code = code;
            m.kind = MentionKind::Person;
        }
    }

    /// Family names of dictionary people that the article also gives after a first name of
    /// another person ("Dustin Johnson"): alone, those names may be that other person.
    /// `mentions`: each sentence's.
    pub(super) fn namesakes(
        &self,
        sents: &[super::Input],
        mentions: &[Vec<Mention>],
    ) -> Vec<String> {
        let mut out = Vec::new();
        for (s, ms) in sents.iter().zip(mentions) {
            for (i, w) in s.tokens.iter().enumerate().skip(1) {
                let first = &s.tokens[i - 1];
                if w.upos != "PROPN"
                    || first.upos != "PROPN"
                    || !starts_upper(&first.form)
                    || ms.iter().any(|m| m.start < i && i < m.end)
                {
                    continue;
                }
                let lower = w.form.to_lowercase();
                if self.by_surname.contains_key(&lower) && !out.contains(&lower) {
                    out.push(lower);
                }
            }
        }
        out
    }

    /// "Putin warns the West": a proper noun standing alone (no name word before or after it)
    /// that is the family name of the one dictionary person in office on `date` (in public
    /// office, when namesakes hold other roles), unless
    /// `open(lowercase name)` says the article leaves the name to someone else.
    pub(super) fn bare_surnames(
        &self,
        tokens: &[Token],
        date: Option<Date>,
        ms: &mut Vec<Mention>,
        open: &dyn Fn(&str) -> bool,
    ) {
        let name = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|t| t.upos == "PROPN" && starts_upper(&t.form))
        };
        for (i, token) in tokens.iter().enumerate() {
            if !name(i)
                || (i > 0 && name(i - 1))
                || name(i + 1)
                || ms.iter().any(|m| m.start <= i && i < m.end)
            {
                continue;
            }
            let lower = token.form.to_lowercase();
            let Some(people) = self.by_surname.get(&lower) else {
                continue;
            };
            if !open(&lower) {
                continue;
            }
            let Some(on) = date else { continue };
            let mut codes: Vec<String> = people
                .iter()
                .filter_map(|&k| self.dict.person_office(k, on))
                .collect();
            codes.sort_unstable();
            codes.dedup();
            // Of a president and his son in business, the name alone is the president's.
            if codes.len() > 1 {
                codes.retain(|c| official(c));
            }
            if let [code] = &codes[..] {
                ms.push(Mention {
                    start: i,
                    end: i + 1,
                    code: code.clone(),
                    kind: MentionKind::Person,
                    place: false,
                });
            }
        }
    }

    /// The code on `date` of the dictionary person named `person_names()[k]`.
    fn person_code(&self, k: usize, date: Option<Date>) -> Option<String> {
        let ws = crate::dictionary::name_tokens(self.dict.person_names().get(k)?);
        self.dict
            .actors_in(&ws, date)
            .into_iter()
            .find(|m| m.end - m.start == ws.len())
            .map(|m| m.code)
    }
}

/// A code of public office: government, military, legislature, judiciary, intelligence, or an
/// international organisation.
/// Whether mention `m` is a one-word role without a country that the tagger read as a verb:
/// "presses" in "Blinken presses Netanyahu" is no press, "guards" in "the army guards the
/// border" no guards.
pub(super) fn verb_read_as_role(tokens: &[Token], m: &Mention) -> bool {
    m.end == m.start + 1
        && m.code.starts_with("---")
        && tokens.get(m.start).is_some_and(|t| t.upos == "VERB")
}

fn official(code: &str) -> bool {
    code.starts_with("IGO")
        || ["GOV", "MIL", "LEG", "JUD", "SPY"]
            .iter()
            .any(|r| code.get(3..).is_some_and(|x| x.starts_with(r)))
}

pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when `a` and `b` differ by at most one insertion, deletion or substitution.
pub fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if p == la && p == lb {
        return true;
    }
    let tail = |x: &[char], y: &[char]| x == y;
    if la == lb {
        tail(&a[p + 1..], &b[p + 1..])
    } else if la > lb {
        tail(&a[p + 1..], &b[p..])
    } else {
        tail(&a[p..], &b[p + 1..])
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::LexiconDict;
    use detente_lexicon::Lexicon;
    use jiff::civil::{date, Date};

    const DICT: &str = "country RUS\n  name: Russia\n\ncountry IRN\n  name: Iran\n\n\
        person Vladimir Putin\n  role: RUSGOV 2000-05-07..\n  other: RUSELI\n\n\
        person Lyudmila Putin\n  other: RUSCVL\n\n\
        person Igor Putin\n  role: RUSBUS 1990..\n\n\
        verb meet\n  code: 040\n  pattern: + = 040\n";

    fn sources(specs: &[&str], on: Date) -> Vec<String> {
        let (lex, errs) = Lexicon::from_text("t.txt", DICT);
        assert!(errs.is_empty(), "{errs:?}");
        let d = LexiconDict::new(lex);
        crate::coder::tests::code_on(&d, on, specs)
            .iter()
            .map(|e| e.source.as_ref().map_or("-".into(), |a| a.code.clone()))
            .collect()
    }

    #[test]
    fn a_family_name_alone_is_the_one_person_of_that_name_in_office() {
        let alone = "Putin/PROPN/2/nsubj met/VERB/0/root/meet Iran/PROPN/2/obj";
        // (A namesake in business holds a role but no public office.)
        assert_eq!(sources(&[alone], date(2020, 1, 1)), vec!["RUSGOV"]);
        // Out of office, the name says nothing of a role.
        assert!(!sources(&[alone], date(1990, 1, 1)).contains(&"RUSGOV".to_string()));
        // The article gives the name to somebody else.
        let other = "Sergei/PROPN/2/flat Putin/PROPN/3/nsubj met/VERB/0/root/meet Iran/PROPN/3/obj";
        assert!(!sources(&[other, alone], date(2020, 1, 1)).contains(&"RUSGOV".to_string()));
        // Given in full anywhere in the article, the name is that person as before.
        let full =
            "Vladimir/PROPN/2/flat Putin/PROPN/3/nsubj met/VERB/0/root/meet Iran/PROPN/3/obj";
        assert_eq!(
            sources(&[alone, full], date(2020, 1, 1)),
            vec!["RUSGOV", "RUSGOV"]
        );
    }
}
