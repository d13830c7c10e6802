//! A headline's verb after its subjects: headline shorthand the treebank has too few examples
//! of ("Israel, Hezbollah exchange fire", "UN chief urges ceasefire", "Kenya police arrest
//! opposition leader"), where the tagger reads the subjects and the verb as one compound.

use super::rules::demonym_shaped;
use super::Tagger;

impl Tagger {
    /// The verb of a headline that opens with its subjects joined by a comma: "Israel,
    /// Hezbollah exchange fire", "Russia, Ukraine swap prisoners". Headline shorthand writes
    /// "and" as a comma; the tagger, which has seen no such thing, reads the names and the
    /// word after them as one compound. Only the first lowercase word of the clause can be the
    /// verb, only after two names or more (capitalised words with a comma or "and" between),
    /// and only if it is the present form of a known verb (`verb_form`). Returns whether it
    /// made one.
    pub(super) fn names_then_verb(
        &self,
        forms: &[&str],
        out: &mut [u16],
        from: usize,
        to: usize,
        verb_form: &dyn Fn(&str, &str) -> bool,
    ) -> bool {
        let joiner = |i: usize| matches!(forms[i], "," | "and");
        let Some(j) = (from..to).find(|&i| !joiner(i) && !forms[i].starts_with(char::is_uppercase))
        else {
            return false;
        };
        let names = (from..j).all(|i| joiner(i) || matches!(self.upos(out[i]), "PROPN" | "NOUN"));
        let joined = (from..j).any(joiner);
        if !names || !joined || j == from || joiner(j - 1) || self.upos(out[j]) == "VERB" {
            return false;
        }
        if !verb_form(&forms[j].to_lowercase(), "VBP") {
            return false;
        }
        match self.class_of("VBP", "VERB") {
            Some(c) => {
                out[j] = c;
                true
            }
            None => false,
        }
    }

    /// A headline's name and title (or body) before its verb: "UN chief urges ceasefire …",
    /// "IMF head warns of slowdown", "Kenya police arrest opposition leader". The tagger reads the title as an adjective and the verb as a plural
    /// noun, and takes a later noun for the verb. When capitalised names open the clause and
    /// one title word follows them, the lowercase word after the title is the verb if it is
    /// the third-person form of a known verb (`verb_form`); the title is then a noun, and a
    /// later "verb" that no known verb has as that form is a noun too. Returns whether it made
    /// the verb.
    pub(super) fn titled_name_then_verb(
        &self,
        forms: &[&str],
        out: &mut [u16],
        from: usize,
        to: usize,
        verb_form: &dyn Fn(&str, &str) -> bool,
    ) -> bool {
        let Some(t) = (from..to).find(|&i| !forms[i].starts_with(char::is_uppercase)) else {
            return false;
        };
        let j = t + 1;
        let title = forms[t].to_lowercase();
        // A body's plural takes the plain form: "Kenya police arrest opposition leader".
        let form = if TITLES.contains(&title.as_str()) || SINGULAR_BODIES.contains(&title.as_str())
        {
            "VBZ"
        } else if PLURAL_BODIES.contains(&title.as_str()) {
            "VBP"
        } else {
            return false;
        };
        if t == from
            || j >= to
            || !(from..t).all(|i| matches!(self.upos(out[i]), "PROPN" | "ADJ"))
            || !(from..t).any(|i| self.upos(out[i]) == "PROPN" || demonym_shaped(forms[i]))
            || self.upos(out[j]) != "NOUN"
            || !verb_form(&forms[j].to_lowercase(), form)
        {
            return false;
        }
        let (Some(verb), Some(noun)) = (self.class_of(form, "VERB"), self.class_of("NN", "NOUN"))
        else {
            return false;
        };
        out[j] = verb;
        out[t] = noun;
        for k in j + 1..to {
            let x = self.xpos(out[k]);
            if matches!(x, "VBZ" | "VBP" | "VBD")
                && self.upos(out[k]) == "VERB"
                && !verb_form(&forms[k].to_lowercase(), x)
            {
                out[k] = noun;
            }
        }
        true
    }
}

/// Title words that follow a name in a headline's subject: "UN chief", "IMF head".
const TITLES: &[&str] = &[
    "chief",
    "head",
    "boss",
    "leader",
    "envoy",
    "minister",
    "president",
    "premier",
    "pm",
    "spokesman",
    "spokeswoman",
    "commander",
];

/// Bodies named after a country in a headline's subject, with a singular verb: "Myanmar army
/// says …".
const SINGULAR_BODIES: &[&str] = &[
    "army",
    "military",
    "navy",
    "government",
    "parliament",
    "court",
];

/// Bodies named after a country in a headline's subject, with a plural verb: "Kenya police
/// arrest …", "Israeli troops kill …".
const PLURAL_BODIES: &[&str] = &[
    "police",
    "troops",
    "forces",
    "rebels",
    "militants",
    "protesters",
    "officials",
    "authorities",
    "lawmakers",
];
