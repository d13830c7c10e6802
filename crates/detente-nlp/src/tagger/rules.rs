//! Rules the pipeline applies to the tagger's output, each for a class of errors that news
//! text shows and the treebank has too few examples of: prepositions that open a clause,
//! participles that can only be a main verb, "have" read as a main verb before a participle,
//! names a gazetteer knows, words that are only prepositions, infinitives read as nouns, and
//! fixed noun and verb phrases ("tear gas", "shot dead").

use super::Tagger;

/// Whether a word ends as English demonyms do: "Ukrainian", "Japanese", "Turkish", "Israeli",
/// "Arabic", "French", "Swiss".
pub(super) fn demonym_shaped(form: &str) -> bool {
    ["an", "ese", "ish", "i", "ic", "ch", "ss"]
        .iter()
        .any(|s| form.len() > s.len() && ends_with_ignoring_case(form, s))
}

/// Whether `form` ends in `suffix`, ASCII case ignored, without a lowercased copy of it.
fn ends_with_ignoring_case(form: &str, suffix: &str) -> bool {
    let (b, s) = (form.as_bytes(), suffix.as_bytes());
    b.len() >= s.len() && b[b.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// Fixed noun compounds of news whose first word is also a verb.
const FIXED_NOUNS: &[(&str, &str)] = &[("tear", "gas"), ("tear", "gases")];

/// Whether word `i` of `forms` begins a fixed noun compound ("tear" of "tear gas").
pub(super) fn fixed_noun(forms: &[&str], i: usize) -> bool {
    forms.get(i + 1).is_some_and(|next| {
        FIXED_NOUNS
            .iter()
            .any(|(a, b)| forms[i].eq_ignore_ascii_case(a) && next.eq_ignore_ascii_case(b))
    })
}

/// Fixed verb phrases of news whose first word the tagger may read as a noun ("troops shot
/// dead"): the first word is a past form.
const FIXED_VERBS: &[(&str, &str)] = &[("shot", "dead")];

/// Words that are only ever prepositions.
const ONLY_PREPOSITIONS: &[&str] = &["amid", "amidst", "atop", "onto", "via", "toward", "towards"];

/// Tags of the words of a noun phrase.
const NOUN_PHRASE: &[&str] = &[
    "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", "PRP",
];

/// Words that end the stretch of a clause (punctuation, relative pronouns, subordinators).
const CLAUSE_BREAKS: &[&str] = &[
    ",", ";", ":", "--", "-", "(", "where", "which", "who", "whom", "whose", "that", "when",
    "after", "as", "because", "while", "since", "if", "before", "until", "although", "though",
];

/// Prepositions that also open a clause ("after the talks" / "after Russia rejected").
const SUBORDINATORS: &[&str] = &["after", "before", "since", "until", "till"];

/// Nouns whose own complement a "to" infinitive after them is ("the time to act", "an effort
/// to end the war"), and "for instance", "for example": "for" before them stays a
/// preposition.
const NOUNS_TAKING_INFINITIVE: &str = "time way ways chance opportunity effort efforts attempt \
    attempts plan plans need right decision bid ability inability failure refusal willingness \
    readiness determination call calls push move order permission authority mandate reason \
    money funds funding instance example";

/// Words that alone say the day of a news event ("agreed yesterday to …").
const DAY_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "earlier",
];

/// How many words from `j` on say when, as news puts it between a verb and its object: "on
/// Monday", "on March 3", "last week", "yesterday"; 0 when they do not.
fn time_phrase(tagger: &Tagger, forms: &[&str], out: &[u16], j: usize) -> usize {
    let is = |k: usize, words: &[&str]| {
        forms
            .get(k)
            .is_some_and(|f| words.iter().any(|w| w.eq_ignore_ascii_case(f)))
    };
    let xpos_at = |k: usize| out.get(k).map_or("", |&c| tagger.xpos(c));
    if is(j, DAY_WORDS) {
        1
    } else if is(j, &["on"]) && is(j + 1, DAY_WORDS) {
        2
    } else if is(j, &["on"]) && xpos_at(j + 1) == "NNP" && xpos_at(j + 2) == "CD" {
        3
    } else if is(j, &["last", "this", "next"]) && is(j + 1, &["week", "month", "year", "weekend"]) {
        2
    } else {
        0
    }
}

/// The forms of English's auxiliary verbs.
pub(super) const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have",
    "having", "is", "may", "might", "must", "ought", "shall", "should", "was", "were", "will",
    "would", "get", "got", "gets", "getting", "'s", "'re", "'m", "'ve", "'d", "'ll",
];

impl Tagger {
    /// Makes a past tense of a past participle that can only be the sentence's main verb:
    /// "Serbian President Aleksandar Vucic hosted Chinese leader Xi Jinping in Belgrade". The
    /// tagger often reads a past form after a name as a reduced relative ("the man arrested
    /// Monday"), and the parse then has no main clause. Here the participle follows the
    /// sentence's first noun phrase (not one inside a prepositional phrase, but for its own "of"
    /// phrase), with no finite verb
    /// or auxiliary before it; an object (perhaps counted: "at least 20 people") or an
    /// infinitive follows it; and no finite verb follows
    /// before a comma or a clause opener ("Photos released Monday show …" keeps its
    /// participle). In the treebanks' gold tags, 98 % of the words in that position before an
    /// object are past tenses, and 67 of 69 before an infinitive (the two others list items).
    ///
    /// The clause a verb of saying or knowing opens is read the same way, from the word after
    /// the verb (or after its "that"): "Pakistan said Indian jets *violated* its airspace". In
    /// the treebanks' gold tags, 109 of the 112 words in that position are past tenses; the
    /// three others are adjectives inside the object ("showed numerous *bloodied* bodies").
    /// `lemma(word, xpos)` gives the lemma of a verb.
    pub fn mark_past_tenses(
        &self,
        forms: &[&str],
        out: &mut [u16],
        lemma: &dyn Fn(&str, &str) -> String,
    ) {
        let mut start = 0;
        while let Some(next) = self.mark_past_tense_from(&forms[start..], &mut out[start..], lemma)
        {
            start += next;
            if forms
                .get(start)
                .is_some_and(|f| f.eq_ignore_ascii_case("that"))
            {
                start += 1;
            }
            if start >= forms.len() {
                return;
            }
        }
    }

    /// [`Tagger::mark_past_tenses`] on one clause; the clause that a verb taking one opens
    /// starts at the returned index, when the verb comes before any candidate.
    fn mark_past_tense_from(
        &self,
        forms: &[&str],
        out: &mut [u16],
        lemma: &dyn Fn(&str, &str) -> String,
    ) -> Option<usize> {
        let finite = |c: u16| matches!(self.xpos(c), "VBD" | "VBZ" | "VBP" | "MD");
        for i in 1..forms.len().saturating_sub(1) {
            // Each word is checked once, as the word before the next candidate.
            let prev = i - 1;
            if finite(out[prev])
                || AUXILIARIES
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(forms[prev]))
            {
                let x = self.xpos(out[prev]);
                let opens = x != "MD" && TAKE_CLAUSE.contains(&lemma(forms[prev], x).as_str());
                return opens.then_some(i);
            }
            // The day the news gives may stand between the subject and its verb: "Kenyan
            // police on Tuesday detained …".
            let day = (i.saturating_sub(3)..i)
                .find(|&k| k > 0 && time_phrase(self, forms, out, k) == i - k)
                .filter(|&k| NOUN_PHRASE.contains(&self.xpos(out[k - 1])));
            if self.xpos(out[i]) != "VBN"
                || day.is_none() && !matches!(self.upos(out[i - 1]), "NOUN" | "PROPN")
            {
                continue;
            }
            // An object (perhaps counted: "killed at least 20 people") or an infinitive
            // follows ("NATO allies promised to increase …"), perhaps after the day the news
            // gives ("agreed on Monday to impose …"); or "by" and a gerund ("Russia responded
            // by expelling …": a passive's agent is a noun phrase; 2 of 2 in the gold tags).
            let next = i + 1 + time_phrase(self, forms, out, i + 1);
            let xpos_at = |k: usize| out.get(k).map_or("", |&c| self.xpos(c));
            let object = matches!(
                xpos_at(next),
                "DT" | "PRP$" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "PRP"
            ) || self.counted_object(forms, out, next);
            let infinitive = (xpos_at(next) == "TO" && xpos_at(next + 1) == "VB")
                || (forms[i + 1].eq_ignore_ascii_case("by") && xpos_at(i + 2) == "VBG");
            // ... or nothing, after parties joined by "and", in a sentence with no other verb:
            // "Chinese and Philippine vessels collided near a disputed reef" (in the treebanks'
            // gold tags 12 of 14 such words are past tenses, the two others in fragments).
            let joined = !(object || infinitive) && self.lone_joined_verb(forms, out, i);
            if !(object || infinitive || joined) {
                continue;
            }
            // The noun phrase before it is not a preposition's object ("a statement issued"),
            // though it may end in an "of" phrase ("Thousands of protesters blocked roads").
            let mut j = day.unwrap_or(i);
            let in_phrase =
                |c: u16| NOUN_PHRASE.contains(&self.xpos(c)) || (joined && self.xpos(c) == "CC");
            while j > 0 && in_phrase(out[j - 1]) {
                j -= 1;
            }
            if j > 1
                && forms[j - 1].eq_ignore_ascii_case("of")
                && NOUN_PHRASE.contains(&self.xpos(out[j - 2]))
            {
                j -= 1;
                while j > 0 && NOUN_PHRASE.contains(&self.xpos(out[j - 1])) {
                    j -= 1;
                }
            }
            if j > 0 && matches!(self.xpos(out[j - 1]), "IN" | "TO") {
                continue;
            }
            // A finite verb later in the same stretch is the main verb, and so is a base form
            // without "to" (the tagger's reading of "Photos released Monday *show* …").
            let later = (i + 1..forms.len())
                .take_while(|&k| {
                    !CLAUSE_BREAKS
                        .iter()
                        .any(|b| b.eq_ignore_ascii_case(forms[k]))
                })
                .any(|k| {
                    finite(out[k])
                        || (self.xpos(out[k]) == "VB" && !forms[k - 1].eq_ignore_ascii_case("to"))
                });
            if later {
                continue;
            }
            if let Some(k) = self.class_of("VBD", "VERB") {
                out[i] = k;
            }
            return None;
        }
        None
    }

    /// Whether word `i` is the only verb of a sentence that ends in a full stop, with "and"
    /// before it and no "by" after it (a passive's agent).
    fn lone_joined_verb(&self, forms: &[&str], out: &[u16], i: usize) -> bool {
        let verb = |c: u16| self.xpos(c).starts_with("VB") || self.xpos(c) == "MD";
        forms[..i].iter().any(|f| f.eq_ignore_ascii_case("and"))
            && forms
                .get(i + 1)
                .is_none_or(|f| !f.eq_ignore_ascii_case("by"))
            && forms.last().is_some_and(|f| matches!(*f, "." | "!"))
            && out.iter().enumerate().all(|(k, &c)| k == i || !verb(c))
    }

    /// Whether the words from `j` on open a counted noun phrase: "at least 20", "more than
    /// 100", "about 30".
    fn counted_object(&self, forms: &[&str], out: &[u16], j: usize) -> bool {
        let is = |k: usize, words: &[&str]| {
            forms
                .get(k)
                .is_some_and(|f| words.iter().any(|w| w.eq_ignore_ascii_case(f)))
        };
        let number = |k: usize| out.get(k).is_some_and(|&c| self.xpos(c) == "CD");
        (is(j, &["at"]) && is(j + 1, &["least", "most"]) && number(j + 2))
            || (is(j, &["more", "fewer", "less"]) && is(j + 1, &["than"]) && number(j + 2))
            || (is(
                j,
                &[
                    "about", "around", "nearly", "almost", "over", "some", "roughly",
                ],
            ) && number(j + 1))
    }

    /// Makes verbs of the first words of [`FIXED_VERBS`]: "Israeli troops shot dead two
    /// Palestinians". After a plural noun the tagger reads "shot" as a noun, and the sentence
    /// then has no verb; news uses the phrase only as the verb: a past tense, or a participle
    /// after an auxiliary ("were shot dead").
    pub fn mark_fixed_verbs(&self, forms: &[&str], out: &mut [u16]) {
        for i in 0..forms.len().saturating_sub(1) {
            let fixed = FIXED_VERBS.iter().any(|(a, b)| {
                forms[i].eq_ignore_ascii_case(a) && forms[i + 1].eq_ignore_ascii_case(b)
            });
            if !fixed || self.upos(out[i]) == "VERB" {
                continue;
            }
            let after_auxiliary = i > 0
                && AUXILIARIES
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(forms[i - 1]));
            let xpos = if after_auxiliary { "VBN" } else { "VBD" };
            if let Some(k) = self.class_of(xpos, "VERB") {
                out[i] = k;
            }
        }
    }

    /// Makes an auxiliary of a form of "have" read as the main verb before a past participle or
    /// past tense, with up to two adverbs between: "China *has* rejected the claims" and "The
    /// United States *has* imposed sanctions" had "has" as the main verb with the participle
    /// its complement, and no perfect tense. In the four treebanks' gold tags, 2,415 of the
    /// 2,437 forms of "have" so placed are auxiliaries; the rest are "have" before a participle
    /// modifying a noun ("we have wounded soldiers"). A past tense there becomes the participle.
    pub fn mark_perfect_auxiliaries(&self, forms: &[&str], out: &mut [u16]) {
        for i in 0..forms.len().min(out.len()) {
            let have = ["has", "have", "had", "having", "'ve"]
                .iter()
                .any(|h| h.eq_ignore_ascii_case(forms[i]));
            if !have || self.upos(out[i]) != "VERB" {
                continue;
            }
            let mut j = i + 1;
            while j <= i + 2 && out.get(j).is_some_and(|&c| self.upos(c) == "ADV") {
                j += 1;
            }
            let Some(&c) = out.get(j) else { continue };
            if self.upos(c) != "VERB" || !matches!(self.xpos(c), "VBN" | "VBD") {
                continue;
            }
            if let (Some(aux), Some(vbn)) = (
                self.class_of(self.xpos(out[i]), "AUX"),
                self.class_of("VBN", "VERB"),
            ) {
                out[i] = aux;
                out[j] = vbn;
            }
        }
    }

    /// Makes participles of past tenses right after an article, a possessive or a number and
    /// before a noun: "rescued 20 *kidnapped* schoolchildren", "the *detained* journalists".
    /// A finite verb never follows an article, and the parser otherwise makes the past tense
    /// a second main verb, whose subject then "kidnaps" the children. (Not after "one", which
    /// stands for a noun: "one seemed motionless".) In the treebanks' gold tags, the five words
    /// in that position after an article or a number other than "one" are participles or
    /// adjectives.
    pub fn mark_modifying_participles(&self, forms: &[&str], out: &mut [u16]) {
        const OPENERS: &[&str] = &[
            "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
        ];
        for i in 1..forms.len().saturating_sub(1) {
            if self.xpos(out[i]) != "VBD"
                || forms[i]
                    .len()
                    .checked_sub(2)
                    .and_then(|k| forms[i].get(k..))
                    .is_none_or(|end| !end.eq_ignore_ascii_case("ed"))
                || !matches!(self.xpos(out[i + 1]), "NN" | "NNS")
            {
                continue;
            }
            let prev = forms[i - 1];
            let opener = OPENERS.iter().any(|o| o.eq_ignore_ascii_case(prev))
                || (self.xpos(out[i - 1]) == "CD" && !prev.eq_ignore_ascii_case("one"));
            if opener {
                if let Some(k) = self.class_of("VBN", "VERB") {
                    out[i] = k;
                }
            }
        }
    }

    /// Makes subordinators of the prepositions that open a clause: "after Russia rejected the
    /// proposal", "before the rebels entered the town". The tagger decides "after" from the
    /// words right after it, and a name there reads like a preposition's object; a finite verb
    /// right after that short noun phrase shows a clause, whose subject the parser otherwise
    /// hangs on the word before ("on Friday after Russia") and whose verb it loses.
    ///
    /// "for" opens a clause the same way when its noun phrase is the subject of a "to"
    /// infinitive: "it is time for the government to act", "waiting for him to call".
    pub fn mark_subordinators(&self, forms: &[&str], out: &mut [u16]) {
        let mut sconj = None;
        for i in 0..forms.len() {
            if self.upos(out[i]) != "ADP" {
                continue;
            }
            let opens = if forms[i].eq_ignore_ascii_case("for") {
                self.infinitive_subject_after(forms, out, i)
            } else {
                SUBORDINATORS
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(forms[i]))
                    && self.finite_clause_after(out, i)
            };
            if !opens {
                continue;
            }
            if let Some(k) = *sconj.get_or_insert_with(|| self.class_of("IN", "SCONJ")) {
                out[i] = k;
            }
        }
    }

    /// End of the short noun phrase (determiner, adjectives, nouns, numbers, a possessive;
    /// with `pronouns`, personal pronouns too) of at most `max` words after word `i`.
    fn noun_phrase_end(&self, out: &[u16], i: usize, max: usize, pronouns: bool) -> usize {
        let mut j = i + 1;
        while j < out.len()
            && j <= i + max
            && match self.xpos(out[j]) {
                "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "PRP$" | "POS" => true,
                "PRP" => pronouns,
                _ => false,
            }
        {
            j += 1;
        }
        j
    }

    /// Whether a short noun phrase after word `i`, ending in a noun, is followed by a finite
    /// verb.
    fn finite_clause_after(&self, out: &[u16], i: usize) -> bool {
        let j = self.noun_phrase_end(out, i, 5, false);
        j > i + 1
            && matches!(self.xpos(out[j - 1]), "NN" | "NNS" | "NNP" | "NNPS")
            && out
                .get(j)
                .is_some_and(|&c| matches!(self.xpos(c), "VBD" | "VBZ" | "VBP" | "MD"))
    }

    /// Whether a short noun phrase after word `i`, ending in a noun or pronoun that takes no
    /// infinitive of its own ("for his *inability* to act"), is followed by "to" and a base
    /// verb.
    fn infinitive_subject_after(&self, forms: &[&str], out: &[u16], i: usize) -> bool {
        let j = self.noun_phrase_end(out, i, 4, true);
        let head = j - 1;
        j > i + 1
            && matches!(self.xpos(out[head]), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")
            && forms.get(head).is_some_and(|h| {
                !NOUNS_TAKING_INFINITIVE
                    .split_whitespace()
                    .any(|n| n.eq_ignore_ascii_case(h))
            })
            && forms.get(j).is_some_and(|f| f.eq_ignore_ascii_case("to"))
            && out.get(j + 1).is_some_and(|&c| self.xpos(c) == "VB")
            // "for years to come": the idiom's infinitive belongs to the noun.
            && !forms.get(j + 1).is_some_and(|f| f.eq_ignore_ascii_case("come"))
    }

    /// Makes a noun of the first word of a fixed noun compound of news that also reads as a
    /// verb: "tear" of "tear gas". For headlines, where the tagger makes "Police fire tear gas
    /// at protesters" a verbless noun phrase with "tear" as its verb; the fixed noun is an
    /// object, so a word before it that is the present form of a known verb (`verb_form(word,
    /// xpos)`) becomes the verb when the headline has no other. (Body text keeps the tagger's
    /// reading: the coder repairs it there, and the treebanks do not move.)
    pub fn mark_fixed_nouns(
        &self,
        forms: &[&str],
        out: &mut [u16],
        verb_form: &dyn Fn(&str, &str) -> bool,
    ) {
        let mut noun = None;
        for i in 0..forms.len() {
            if !fixed_noun(forms, i) || self.upos(out[i]) == "NOUN" {
                continue;
            }
            if let Some(k) = *noun.get_or_insert_with(|| self.class_of("NN", "NOUN")) {
                out[i] = k;
            }
            let finite = out
                .iter()
                .any(|&c| matches!(self.xpos(c), "VBZ" | "VBD" | "VBP" | "MD"));
            let Some(p) = i
                .checked_sub(1)
                .filter(|&p| !finite && self.upos(out[p]) == "NOUN")
            else {
                continue;
            };
            let xpos = if forms[p].ends_with('s') {
                "VBZ"
            } else {
                "VBP"
            };
            if verb_form(forms[p], xpos) {
                if let Some(k) = self.class_of(xpos, "VERB") {
                    out[p] = k;
                }
            }
        }
    }

    /// Makes prepositions of the words that are nothing else in English but that web text
    /// rarely writes ("amid" occurs once in EWT): news writes "declares state of emergency amid
    /// protests", and the tagger, knowing too little of the word, may read it as a noun.
    ///
    /// And of "outside" and "inside" between a verb and a noun phrase: "protesters gathered
    /// *outside* parliament" was read as "outside help". In the four treebanks' gold tags all
    /// 19 so placed are prepositions.
    pub fn mark_prepositions(&self, forms: &[&str], out: &mut [u16]) {
        let mut adp = None;
        for i in 0..forms.len().min(out.len()) {
            let only = ONLY_PREPOSITIONS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(forms[i]));
            let placed = ["outside", "inside"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(forms[i]))
                && i > 0
                && self.upos(out[i - 1]) == "VERB"
                && out.get(i + 1).is_some_and(|&c| {
                    matches!(self.upos(c), "DET" | "NOUN" | "PROPN" | "PRON" | "NUM")
                });
            if !(only || placed) || matches!(self.upos(out[i]), "ADP" | "SCONJ") {
                continue;
            }
            if let Some(k) = *adp.get_or_insert_with(|| self.class_of("IN", "ADP")) {
                out[i] = k;
            }
        }
    }
}

impl Tagger {
    /// A present verb right after an adjective that follows a verb is the noun that adjective
    /// modifies: "held military *exercises* around Taiwan", "launched a military *attack*"
    /// had "military" a subject. An adjective alone is no subject; the verb before it takes
    /// the noun phrase as its object.
    ///
    /// So is a third-person verb after a common noun that follows a finite verb, with a
    /// preposition after it: "imposed visa *bans* on Georgian officials" had "visa" the subject
    /// of a clause. In the treebanks' gold tags, 38 of the 40 words so placed are plural nouns
    /// and none is a verb ("attended boarding *schools* in England"). Not after a verb that
    /// takes a clause without "that" (`lemma` gives the lemma of a form under an XPOS):
    /// "officials said security *remains* in place".
    pub fn mark_adjective_nouns(
        &self,
        forms: &[&str],
        out: &mut [u16],
        lemma: &dyn Fn(&str, &str) -> String,
    ) {
        let verb = |c: u16| self.upos(c) == "VERB";
        let (mut nn, mut nns) = (None, None);
        for i in 2..forms.len() {
            let x = self.xpos(out[i]);
            if !verb(out[i]) || !matches!(x, "VBZ" | "VBP") || !verb(out[i - 2]) {
                continue;
            }
            let compound = || {
                x == "VBZ"
                    && self.xpos(out[i - 1]) == "NN"
                    && forms[i - 1].starts_with(|c: char| c.is_lowercase())
                    && matches!(self.xpos(out[i - 2]), "VBD" | "VBP" | "VBZ" | "VB")
                    && out.get(i + 1).is_some_and(|&c| self.xpos(c) == "IN")
                    && !TAKE_CLAUSE.contains(&lemma(forms[i - 2], self.xpos(out[i - 2])).as_str())
            };
            if self.xpos(out[i - 1]) != "JJ" && !compound() {
                continue;
            }
            let plural = x == "VBZ";
            let class = if plural {
                *nns.get_or_insert_with(|| self.class_of("NNS", "NOUN"))
            } else {
                *nn.get_or_insert_with(|| self.class_of("NN", "NOUN"))
            };
            if let Some(k) = class {
                out[i] = k;
            }
        }
    }

    /// A third-person verb spelt as a plural agent noun that is no form of a known verb is that
    /// noun: "Israeli and Hamas *negotiators* resumed talks" had "negotiators" the verb of
    /// "Hamas". ("Monitors", "offers" and "orders" are verbs too, and keep the tagger's
    /// reading.)
    pub fn mark_agent_nouns(
        &self,
        forms: &[&str],
        out: &mut [u16],
        verb_form: &dyn Fn(&str, &str) -> bool,
    ) {
        let mut nns = None;
        for (i, form) in forms.iter().enumerate() {
            if self.upos(out[i]) != "VERB" || self.xpos(out[i]) != "VBZ" {
                continue;
            }
            // The suffix first, without a copy of the word: most third-person verbs have none.
            let agent = ["ors", "ers", "ists", "ians"]
                .iter()
                .any(|s| ends_with_ignoring_case(form, s));
            if !agent || verb_form(&form.to_lowercase(), "VBZ") {
                continue;
            }
            if let Some(k) = *nns.get_or_insert_with(|| self.class_of("NNS", "NOUN")) {
                out[i] = k;
            }
        }
    }

    /// Makes a noun of "chief" read as an adjective where it ends a noun phrase: "the UN human
    /// rights chief criticized …", "the army chief said". Web text writes "chief executive",
    /// where it is one; news writes "rights chief", "spy chief", and the verb after it was then
    /// read as a participle with no main verb left.
    pub fn mark_chief_nouns(&self, forms: &[&str], out: &mut [u16]) {
        let mut noun = None;
        for i in 1..forms.len() {
            let ends_phrase = out
                .get(i + 1)
                .is_none_or(|&c| matches!(self.upos(c), "VERB" | "AUX" | "PUNCT" | "ADP"));
            if !forms[i].eq_ignore_ascii_case("chief")
                || self.upos(out[i]) != "ADJ"
                || !matches!(self.upos(out[i - 1]), "NOUN" | "PROPN")
                || !ends_phrase
            {
                continue;
            }
            if let Some(k) = *noun.get_or_insert_with(|| self.class_of("NN", "NOUN")) {
                out[i] = k;
            }
        }
    }

    /// Makes an infinitive of "to" and a verb the tagger read as a noun or an adjective after a
    /// word that takes one: "have agreed to *exchange* prisoners", "a deal to *free* the
    /// hostages". Read as a preposition and its object, the verb and everything it does are
    /// lost to the parse. `verb_form(word, xpos)` says whether the word is a known verb's base
    /// form; `lemma(word, xpos)` gives the lemma of the word before "to".
    pub fn mark_infinitives(
        &self,
        forms: &[&str],
        out: &mut [u16],
        verb_form: &dyn Fn(&str, &str) -> bool,
        lemma: &dyn Fn(&str, &str) -> String,
    ) {
        for i in 1..forms.len().saturating_sub(1) {
            let next = i + 1;
            if !forms[i].eq_ignore_ascii_case("to")
                || !matches!(self.upos(out[next]), "NOUN" | "ADJ")
                || !verb_form(forms[next], "VB")
            {
                continue;
            }
            let before = lemma(forms[i - 1], self.xpos(out[i - 1]));
            let licensed = match self.upos(out[i - 1]) {
                "VERB" => TAKE_INFINITIVE.contains(&before.as_str()),
                "NOUN" => NOUNS_WITH_INFINITIVE.contains(&before.as_str()),
                _ => false,
            };
            if !licensed {
                continue;
            }
            if let (Some(to), Some(vb)) = (self.class_of("TO", "PART"), self.class_of("VB", "VERB"))
            {
                out[i] = to;
                out[next] = vb;
            }
        }
    }
}

/// Verbs that take a clause without "that" ("said security remains in place"): the verbs of
/// saying, knowing and wanting among those that do so more than once in UD English EWT's
/// training part, and the reporting verbs of news.
const TAKE_CLAUSE: &[&str] = &[
    "acknowledge",
    "add",
    "admit",
    "agree",
    "allege",
    "announce",
    "argue",
    "ask",
    "assume",
    "assure",
    "believe",
    "claim",
    "concede",
    "confirm",
    "contend",
    "declare",
    "decide",
    "demand",
    "deny",
    "discover",
    "doubt",
    "emphasise",
    "emphasize",
    "ensure",
    "estimate",
    "expect",
    "explain",
    "fear",
    "feel",
    "figure",
    "find",
    "guess",
    "hear",
    "hope",
    "imagine",
    "indicate",
    "insist",
    "know",
    "learn",
    "maintain",
    "mean",
    "note",
    "notice",
    "predict",
    "promise",
    "realise",
    "realize",
    "recall",
    "reckon",
    "recommend",
    "remember",
    "reply",
    "report",
    "reveal",
    "say",
    "see",
    "show",
    "state",
    "stress",
    "suggest",
    "suspect",
    "tell",
    "think",
    "understand",
    "warn",
    "wish",
    "wonder",
    "worry",
    "write",
];

/// Verbs that take an infinitive: "agreed to exchange".
pub(super) const TAKE_INFINITIVE: &[&str] = &[
    "agree",
    "plan",
    "want",
    "decide",
    "refuse",
    "threaten",
    "promise",
    "pledge",
    "vow",
    "seek",
    "try",
    "attempt",
    "aim",
    "prepare",
    "offer",
    "hope",
    "intend",
    "continue",
    "begin",
    "start",
    "fail",
    "help",
    "vote",
    "expect",
    "need",
    "choose",
    "wish",
    "manage",
    "move",
    "resolve",
    "undertake",
    "volunteer",
    "struggle",
    "fight",
    "work",
    "rush",
    "scramble",
];

/// Nouns that take an infinitive: "a deal to free the hostages".
const NOUNS_WITH_INFINITIVE: &[&str] = &[
    "deal",
    "plan",
    "decision",
    "agreement",
    "effort",
    "bid",
    "move",
    "attempt",
    "offer",
    "pledge",
    "promise",
    "proposal",
    "vote",
    "call",
    "push",
    "plot",
    "campaign",
    "order",
    "request",
    "demand",
    "threat",
    "commitment",
    "readiness",
    "willingness",
    "right",
    "chance",
    "opportunity",
    "ability",
    "mission",
    "operation",
];
