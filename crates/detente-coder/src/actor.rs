//! Actor resolution inside one sentence: which actor a nominal phrase stands for.
//!
//! Dictionary mentions come in as token spans; this module composes them along the tree
//! (nationality + agent: "his Russian counterpart" → `RUS` + `GOV`; title + unknown name:
//! "Russian President Vladamir Putin"), splits conjuncts ("Hungarian and Romanian officials" →
//! two actors), and hands pronouns, surnames and "the two sides" to the article context.

use crate::affiliation::{org_role, possessor_country, prefix_body};
use crate::context::Context;
use crate::dictionary::{Mention, MentionKind};
use crate::{tree::Tree, wordset::WordSet};

mod antecedent;
mod pair;
use antecedent::{country_of_its, owner_pronoun, owners_country, reporter_of, subject_before};
pub use pair::is_pair_phrase;

/// A resolved actor: a CAMEO code and the words (token span) that name it.
/// Participles that say who leads or backs a force: "Saudi-led", "Iran-backed".
pub(crate) const LEADING_PARTICIPLES: &[&str] = &["lead", "back", "sponsor", "command"];
/// Participles that say whom a group is tied to, which it is not: "al Qaeda-linked".
const LINKING_PARTICIPLES: &[&str] = &["link", "affiliate", "ally", "align", "inspire"];

/// Nouns that only say who leads a body: they take the body's role.
const LEADING: &[&str] = &[
    "leader",
    "head",
    "chief",
    "member",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub code: String,
    /// Token span `start..end` of the mention in the sentence.
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    /// "we", "I", "our country": the speaker of the quote, when there is one.
    pub first_person: bool,
    /// "you": the addressee of the quote.
    pub second_person: bool,
}

impl Actor {
    /// A role that bears arms: military, rebels, insurgents, armed groups.
    pub fn armed(&self) -> bool {
        let role = self.code.get(3..).unwrap_or("");
        ["MIL", "REB", "INS", "UAF"]
            .iter()
            .any(|r| role.starts_with(r))
    }

    /// A state: a country, or its government or diplomats. (Whether a country mention names
    /// the state or its people, "Serbians", only the words can tell: see `is_people`.)
    pub fn state(&self) -> bool {
        self.code.len() == 3 && !self.code.starts_with("---") || self.code.get(3..) == Some("GOV")
    }

    /// The mention's last word: its head noun in English ("Pakistan *court*", "*embassies*").
    pub fn last_word(&self) -> usize {
        self.end.saturating_sub(1).max(self.start)
    }

    /// An actor the article named before (or implies), standing at word `at` of this sentence:
    /// a role without a country ("---CVL") is an agent, anything else a country's.
    pub fn standing(code: &str, at: usize) -> Actor {
        Actor {
            code: code.to_string(),
            start: at,
            end: at + 1,
            kind: if code.starts_with("---") {
                MentionKind::Agent
            } else {
                MentionKind::Country
            },
            first_person: false,
            second_person: false,
        }
    }

    /// The three-letter country (or IGO) part, `None` when unknown (`---GOV`).
    pub fn country(&self) -> Option<&str> {
        if self.code.len() < 3 || self.code.starts_with("---") {
            None
        } else {
            self.code.get(..3)
        }
    }

    /// The role part (`GOV` of `RUSGOV`).
    pub fn role(&self) -> &str {
        self.code.get(3..).unwrap_or("")
    }
}

/// Mentions indexed by token: which mention covers each word.
pub struct Mentions {
    pub list: Vec<Mention>,
    cover: Vec<Option<usize>>,
}

impl Mentions {
    /// Keeps the first of overlapping mentions (dictionaries return longest first).
    pub fn new(list: Vec<Mention>, n: usize) -> Self {
        let mut cover = vec![None; n];
        let mut kept = Vec::new();
        for m in list {
            if m.start >= m.end || m.end > n || (m.start..m.end).any(|i| cover[i].is_some()) {
                continue;
            }
            for c in &mut cover[m.start..m.end] {
                *c = Some(kept.len());
            }
            kept.push(m);
        }
        Mentions { list: kept, cover }
    }

    pub fn at(&self, i: usize) -> Option<&Mention> {
        self.cover.get(i).copied().flatten().map(|k| &self.list[k])
    }
}

const FIRST_PERSON: &[&str] = &["we", "i", "us", "me", "our", "my", "ourselves"];
const SECOND_PERSON: &[&str] = &["you", "your"];
const THIRD_SINGULAR: &[&str] = &["he", "she", "him", "her", "his", "hers"];
const THIRD_NEUTER: &[&str] = &["it", "its"];
const THIRD_PLURAL: &[&str] = &["they", "them", "their"];
/// Nouns whose "of" phrase names who acts ("a group of diplomats").
pub(crate) const QUANTITY: &[&str] = &[
    "group",
    "number",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "some",
    "many",
    "most",
    "all",
    "team",
    "delegation",
    "contingent",
    "unit",
    "members",
    "member",
    // "supporters of Khan" act for him, as his party's people.
    "supporters",
    "supporter",
    "followers",
    "follower",
    "loyalists",
    "loyalist",
];

/// Nouns that stand for "the country in focus" when possessed or determined ("the country's").
const FOCUS_NOUNS: &[&str] = &["country", "nation", "government", "state"];

/// Resolves the actors of the nominal phrase headed by `h`, conjuncts included.
pub fn actors_at(tree: &Tree, ms: &Mentions, ctx: &Context, h: usize) -> Vec<Actor> {
    let mut out = Vec::new();
    // In a sentence the dictionaries name nobody in, a phrase with no conjunct or modifying
    // phrase is its head alone: no list of heads to gather, no roles to share (the common
    // case, asked of every nominal a sentence leaves as context).
    if ms.list.is_empty()
        && !tree
            .children(h)
            .iter()
            .any(|&c| matches!(tree.rel(c), "conj" | "nmod"))
    {
        for a in actors_of_head(tree, ms, ctx, h) {
            if !out
                .iter()
                .any(|o: &Actor| o.code == a.code && o.start == a.start)
            {
                out.push(a);
            }
        }
        return out;
    }
    let mut heads = vec![h];
    // Conjoined nominals share the slot: "Hungary and Romania", "Iran or its allies"; parsers
    // chain long lists ("Mordor, Rohan, Fornost and Bree"), so conjuncts of conjuncts count.
    let mut k = 0;
    while k < heads.len() && heads.len() < 16 {
        let x = heads[k];
        for c in tree.kids_with(x, "conj") {
            if is_nominal(tree, c) && !heads.contains(&c) {
                heads.push(c);
            }
        }
        k += 1;
    }
    for x in crate::coordination::list_heads(tree, ms, h) {
        if !heads.contains(&x) {
            heads.push(x);
        }
    }
    // "36 people, including US President Trump": the members named share the slot.
    for x in heads.clone() {
        for c in tree.kids_with(x, "nmod") {
            // The marker may hang on the member's title ("including US President Trump").
            let mut lo = c;
            while lo > 0 && tree.dominates(c, lo - 1) {
                lo -= 1;
            }
            let first = (lo..c).find(|&i| tree.upos(i) != "PUNCT").unwrap_or(c);
            if matches!(tree.lower(first), "including" | "includes") && !heads.contains(&c) {
                heads.push(c);
            }
        }
    }
    for &x in &heads {
        for a in actors_of_head(tree, ms, ctx, x) {
            if !out
                .iter()
                .any(|o: &Actor| o.code == a.code && o.start == a.start)
            {
                out.push(a);
            }
        }
    }
    crate::coordination::share_roles(tree, ms, &heads, &mut out);
    out
}

pub fn is_nominal(tree: &Tree, i: usize) -> bool {
    matches!(
        tree.upos(i),
        "NOUN" | "PROPN" | "PRON" | "NUM" | "X" | "ADJ"
    )
}

fn span_of(tree: &Tree, h: usize) -> (usize, usize) {
    let p = tree.phrase(h);
    // Leading determiners and case markers are kept out of the mention text on the left only
    // when they are case markers ("with").
    let lo = p
        .iter()
        .copied()
        .find(|&i| tree.rel(i) != "case")
        .unwrap_or(h);
    let hi = p.last().copied().unwrap_or(h);
    (lo.min(h), hi.max(h) + 1)
}

fn actors_of_head(tree: &Tree, ms: &Mentions, ctx: &Context, h: usize) -> Vec<Actor> {
    // A currency is nobody ("nine billion US dollars"), unless a dictionary name ("Dong Jun").
    let currency = |x: usize| CURRENCIES.contains(tree.lemma(x)) && ms.at(x).is_none();
    if currency(h)
        || (matches!(tree.rel(h), "compound" | "amod") && tree.parent(h).is_some_and(currency))
    {
        return Vec::new();
    }
    let mut found = actors_of_head_one(tree, ms, ctx, h);
    if let Some((at, body)) = prefix_body(tree, ms, h) {
        for a in found.iter_mut() {
            if a.start <= at && at < a.end && !a.code.is_empty() && !a.code.starts_with(&body) {
                a.code = format!("{body}{}", a.code);
            }
        }
    }
    if !found.iter().any(|a| a.code.contains('/')) {
        return found;
    }
    // PETRARCH lists several codes for one name ("FRO/BIL/SAM"): one actor each.
    found
        .into_iter()
        .flat_map(|a| {
            a.code
                .split('/')
                .filter(|c| !c.is_empty())
                .map(|c| Actor {
                    code: c.to_string(),
                    ..a.clone()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Currencies, which news names by their country ("US dollars", "Saudi riyals").
static CURRENCIES: WordSet = WordSet::new(&[
    "dollar", "euro", "pound", "sterling", "yen", "yuan", "renminbi", "rouble", "ruble", "rupee",
    "riyal", "rial", "dinar", "dirham", "lira", "peso", "won", "franc", "shekel", "hryvnia",
    "rand", "real", "naira", "krona", "krone", "zloty", "forint", "ringgit", "baht", "dong",
]);

/// Could the phrase headed by `h` name an actor at all? A cheap test before the phrase walk:
/// a mention on the head or within two levels below it, a possessive "its" (whose, its sentence
/// may say), a pronoun, a proper noun (surnames), a quantity noun or "the two sides".
fn may_be_actor(tree: &Tree, ms: &Mentions, h: usize) -> bool {
    if ms.at(h).is_some() || matches!(tree.upos(h), "PRON" | "PROPN" | "NUM") {
        return true;
    }
    let lemma = tree.lemma(h);
    if QUANTITY.contains(&lemma)
        || crate::proxy::BACK_NOUNS.contains(&lemma)
        || is_pair_phrase(tree, h)
        || owner_pronoun(tree, h).is_some()
    {
        return true;
    }
    tree.children(h).iter().any(|&c| {
        ms.at(c).is_some()
            || (tree.lower(c) == "its" && tree.full_rel(c) == "nmod:poss")
            || tree.children(c).iter().any(|&g| {
                ms.at(g).is_some() || tree.children(g).iter().any(|&x| ms.at(x).is_some())
            })
    })
}

pub(crate) fn actors_of_head_one(
    tree: &Tree,
    ms: &Mentions,
    ctx: &Context,
    h: usize,
) -> Vec<Actor> {
    if !may_be_actor(tree, ms, h) && !FIRST_PERSON.contains(&tree.lower(h)) {
        return Vec::new();
    }
    let (start, end) = span_of(tree, h);
    // A dictionary name the parser split ("South" a conjunct, "Korea" elsewhere) is still one
    // mention: the actor's words are all of it.
    let (start, end) = match ms.at(h) {
        Some(m) => (start.min(m.start), end.max(m.end)),
        None => (start, end),
    };
    let mk = |code: String, kind| Actor {
        code,
        start,
        end,
        kind,
        first_person: false,
        second_person: false,
    };
    if owner_pronoun(tree, h).is_some() && ms.at(h).is_none() {
        return owners_country(tree, ms, ctx, h)
            .map(|(code, kind)| vec![mk(code, kind)])
            .unwrap_or_default();
    }
    let lower = tree.lower(h);
    // "US" in capitals is the country the dictionary names, not the pronoun "us"; and a word of
    // a dictionary name the tagger took for a pronoun is no pronoun ("Yi" of "Wang Yi").
    let named = ms.at(h).is_some()
        && (tree.tokens[h]
            .form
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'.')
            || ![
                FIRST_PERSON,
                SECOND_PERSON,
                THIRD_SINGULAR,
                THIRD_NEUTER,
                THIRD_PLURAL,
            ]
            .iter()
            .any(|l| l.contains(&lower)));
    if !named && (tree.upos(h) == "PRON" || FIRST_PERSON.contains(&lower)) {
        let mut a = mk(String::new(), MentionKind::Person);
        if FIRST_PERSON.contains(&lower) {
            a.first_person = true;
            return vec![a];
        }
        if SECOND_PERSON.contains(&lower) {
            a.second_person = true;
            return vec![a];
        }
        // Only core arguments are resolved: "on their way" is no actor. "Dozens of them" is
        // as core as the quantity it counts.
        let slot = tree
            .parent(h)
            .filter(|&q| {
                tree.rel(h) == "nmod"
                    && tree.case_of(h) == Some("of")
                    && (QUANTITY.contains(&tree.lemma(q)) || tree.upos(q) == "NUM")
            })
            .unwrap_or(h);
        if !matches!(tree.rel(slot), "nsubj" | "obj" | "iobj") {
            return Vec::new();
        }
        let resolved = if THIRD_SINGULAR.contains(&lower) {
            // "Prabowo visited Beijing, where he met Xi": the person its own sentence made a
            // subject before it, before anyone the sentences before named. (Not "him": an
            // object is not its own clause's subject, and "announced she was banned" is as
            // often about someone else.)
            if tree.full_rel(h) == "nsubj" {
                if let Some(a) = subject_before(tree, ms, ctx, h) {
                    return vec![Actor { start, end, ..a }];
                }
            }
            ctx.last_person()
        } else if lower == "it" {
            reporter_of(tree, ms, ctx, h).or_else(|| ctx.recent_it())
        } else if THIRD_NEUTER.contains(&lower) {
            ctx.recent_focus()
                .map(|c| (c.to_string(), MentionKind::Country))
        } else if THIRD_PLURAL.contains(&lower) {
            // "They" who act are the last subject group; "them", and "they" who were acted
            // on, what was last acted on.
            if matches!(tree.full_rel(slot), "obj" | "iobj" | "nsubj:pass") {
                ctx.recent_patient()
            } else {
                ctx.recent_group()
            }
        } else {
            None
        };
        return resolved
            .map(|(code, kind)| vec![mk(code, kind)])
            .unwrap_or_default();
    }
    // "the two sides", "both countries": the parties of the last bilateral event.
    if is_pair_phrase(tree, h) {
        if let Some((a, b)) = ctx.last_pair() {
            return vec![
                mk(a.to_string(), MentionKind::Country),
                mk(b.to_string(), MentionKind::Country),
            ];
        }
        return Vec::new();
    }
    let own = ms.at(h).cloned();
    // Countries and agents among the modifiers: amod "Russian", compound "President",
    // possessor "Russia's" / "the country's" / "his" (not a country).
    let mut countries: Vec<String> = Vec::new();
    let mut agent: Option<String> = None;
    let mut person: Option<Mention> = None;
    for &c in tree.children(h) {
        let rel = tree.full_rel(c);
        let base = tree.rel(c);
        // "The al Qaeda-linked al Shabaab group" is al Shabaab, when it is named.
        let named = |k: usize| k != c && ms.at(k).is_some();
        if base == "amod"
            && LINKING_PARTICIPLES.contains(&tree.lemma(c))
            && tree.children(h).iter().any(|&k| named(k))
        {
            continue;
        }
        let via_of = base == "nmod"
            && rel != "nmod:poss"
            && matches!(tree.case_of(c), Some("of"))
            && own.as_ref().is_some_and(|m| m.kind == MentionKind::Agent);
        // Titles as descriptive modifiers ("Minister" nmod:desc of "Fischer"). An unmarked
        // common noun is no title: "ties with Gondor (almost five) years after …".
        let desc = rel == "nmod:desc"
            || (base == "nmod" && tree.case_of(c).is_none() && tree.upos(c) == "PROPN");
        // "Security forces in Guinea", "soldiers from Gondor": a country named as the place
        // an agent is of.
        let place = base == "nmod"
            && matches!(tree.case_of(c), Some("in" | "from"))
            && own.as_ref().is_some_and(|m| m.kind == MentionKind::Agent)
            && ms
                .at(c)
                .is_some_and(|m| m.kind == MentionKind::Country || org_role(Some(m), "").is_some());
        if !(matches!(base, "compound" | "flat" | "amod")
            || rel == "nmod:poss"
            || via_of
            || desc
            || place)
        {
            continue;
        }
        let mut mods = vec![c];
        mods.extend(tree.kids_with(c, "conj"));
        for m in mods {
            collect_modifier(tree, ms, ctx, m, &mut countries, &mut agent, &mut person);
        }
    }
    match own.as_ref().map(|m| m.kind) {
        Some(MentionKind::Person | MentionKind::Organization) => {
            let m = own.as_ref().map(|m| m.code.clone()).unwrap_or_default();
            vec![mk(m, MentionKind::Person)]
        }
        Some(MentionKind::Agent) => {
            let mut role = own
                .as_ref()
                .map(|m| m.code.trim_start_matches('-').to_string())
                .unwrap_or_default();
            // "the leader of the opposition party", "the opposition leader", "the head of the
            // army": a word that only says who leads takes the role of what is led.
            if let Some(led) = agent.as_ref().filter(|_| LEADING.contains(&tree.lemma(h))) {
                role = led.clone();
            }
            // "the embassy" after "the US embassy": the same one.
            let definite = tree.is_definite(h);
            // ... but "the opposition leader" is another one than "the leader".
            let bare = !tree
                .children(h)
                .iter()
                .any(|&c| tree.rel(c) == "compound" && tree.upos(c) == "NOUN");
            // (Not "the government" in a sentence that named a country before it: "Israelis
            // protested in Tel Aviv against the government" is Israel's, whichever government
            // the article named last; the sentence's country is given below.)
            let named_before = tree.lemma(h) == "government"
                && ms
                    .list
                    .iter()
                    .any(|m| m.kind == MentionKind::Country && m.code.len() == 3 && m.end <= start);
            if countries.is_empty() && definite && bare && !named_before {
                if let Some(code) = ctx.role(tree.lemma(h)) {
                    return vec![mk(code.to_string(), MentionKind::Country)];
                }
            }
            // "activists of Gonzo GMO", "officials in the White House": the organisation's.
            if let (true, Some(code)) = (countries.is_empty(), org_role(person.as_ref(), &role)) {
                return vec![mk(code, MentionKind::Organization)];
            }
            // "the administration of Joe Biden", "Erdogan's spokesman": the person's country;
            // "the Biden administration" after "Joe Biden": the family name the article gave.
            if countries.is_empty() {
                let named = person.clone().or_else(|| {
                    tree.children(h).iter().find_map(|&c| {
                        let modifies = tree.rel(c) == "compound" || tree.full_rel(c) == "nmod:poss";
                        let code = ctx.surname(tree.lower(c)).filter(|_| modifies)?;
                        Some(Mention {
                            start: c,
                            end: c + 1,
                            code: code.to_string(),
                            kind: MentionKind::Person,
                            place: false,
                        })
                    })
                });
                countries.extend(named.as_ref().and_then(person_country));
            }
            compose(countries, &role, mk)
        }
        Some(MentionKind::Country) => {
            let m = own.as_ref().map(|m| m.code.clone()).unwrap_or_default();
            // "the Russian government" reads as a country mention with an agent modifier.
            match &agent {
                Some(role) if m.len() == 3 => {
                    // "Ithilen's minister Calimehtar": the possessor says whose minister the
                    // name is, whatever country the dictionary gives the name itself.
                    let whose = possessor_country(tree, ms, h).unwrap_or(m);
                    vec![mk(format!("{whose}{role}"), MentionKind::Country)]
                }
                // "Bree Prime Minister Romendacil": a title the dictionary composed already
                // (BREGOV) for the name's own country.
                None if person.as_ref().is_some_and(|p| {
                    p.kind == MentionKind::Organization
                        && p.code.len() > 3
                        && p.code.get(..3) == Some(m.as_str())
                }) =>
                {
                    let code = person.map(|p| p.code).unwrap_or(m);
                    vec![mk(code, MentionKind::Country)]
                }
                _ => vec![mk(m, MentionKind::Country)],
            }
        }
        None => {
            // "Sweden's NATO membership bid": a thing is its possessor's, whatever organisation
            // the rest of its phrase names.
            let possessor = tree
                .children(h)
                .iter()
                .find(|&&c| tree.full_rel(c) == "nmod:poss")
                .and_then(|&c| ms.at(c))
                .filter(|m| m.kind == MentionKind::Country && m.code.len() == 3);
            if let (Some(owner), Some(_)) = (possessor, person.as_ref()) {
                return vec![mk(owner.code.clone(), MentionKind::Country)];
            }
            if let Some(p) = person {
                return vec![mk(p.code, MentionKind::Person)];
            }
            // A name that is also a word, read as a noun: "minister Johnny Plate".
            let named = tree.upos(h) == "NOUN"
                && h > 0
                && tree.tokens[h].form.starts_with(char::is_uppercase)
                && tree
                    .kids_with(h, "compound")
                    .any(|c| tree.upos(c) == "PROPN");
            if tree.upos(h) == "PROPN" || named {
                if let Some(code) = ctx.surname(tree.lower(h)) {
                    return vec![mk(code.to_string(), MentionKind::Person)];
                }
                // The words right before the name, when the parser hung them elsewhere:
                // "Bree Prime Minister Romendacil", "Russian President Vladamir Putin".
                if countries.is_empty() || agent.is_none() {
                    title_before(tree, ms, start.min(h), &mut countries, &mut agent);
                }
                if let Some(role) = agent {
                    // A title before an unknown name: "Russian President Vladamir Putin".
                    return compose(countries, &role, mk);
                }
            }
            // "the head of the armed forces", "the chief of the election commission": a word
            // that only says who leads is what it leads, when that names no country either.
            if LEADING.contains(&tree.lemma(h)) && countries.is_empty() && agent.is_none() {
                let led = tree.kids_with(h, "nmod").find(|&c| {
                    tree.case_of(c) == Some("of")
                        && ms.at(c).is_some_and(|m| m.kind == MentionKind::Agent)
                });
                if let Some(c) = led {
                    return actors_of_head_one(tree, ms, ctx, c);
                }
            }
            crate::proxy::stand_in(tree, ms, ctx, h, start, countries, agent, mk)
        }
    }
}

/// Country and role mentions among the capitalised or adjectival words right before `start`
/// (at most six, no punctuation): a name's title read in word order.
fn title_before(
    tree: &Tree,
    ms: &Mentions,
    start: usize,
    countries: &mut Vec<String>,
    agent: &mut Option<String>,
) {
    let mut i = start;
    while i > 0 && start - i < 6 {
        i -= 1;
        if !matches!(tree.upos(i), "PROPN" | "ADJ" | "NOUN") {
            break;
        }
        match ms.at(i) {
            Some(m)
                if m.kind == MentionKind::Country
                    && m.code.len() == 3
                    && !countries.contains(&m.code) =>
            {
                countries.push(m.code.clone());
            }
            Some(m) if m.kind == MentionKind::Agent && agent.is_none() => {
                *agent = Some(m.code.trim_start_matches('-').to_string());
            }
            // A title the dictionary already composed ("British Defence Secretary" → GBRGOV).
            Some(m) if m.kind != MentionKind::Person && m.code.len() > 3 => {
                if let (Some(c), Some(role)) = (m.code.get(..3), m.code.get(3..)) {
                    if c != "---" && !countries.iter().any(|x| x == c) {
                        countries.push(c.to_string());
                    }
                    if agent.is_none() {
                        *agent = Some(role.to_string());
                    }
                }
            }
            _ => {}
        }
    }
}

pub(crate) fn compose(
    countries: Vec<String>,
    role: &str,
    mk: impl Fn(String, MentionKind) -> Actor,
) -> Vec<Actor> {
    if countries.is_empty() {
        return vec![mk(format!("---{role}"), MentionKind::Agent)];
    }
    countries
        .into_iter()
        .map(|c| {
            let base = c.get(..3).unwrap_or(&c).to_string();
            mk(format!("{base}{role}"), MentionKind::Country)
        })
        .collect()
}

/// The country a named person acts for (`USA` of `USAGOV`), if they are a country's: not an
/// international organisation's or a group's of none.
fn person_country(p: &Mention) -> Option<String> {
    if p.kind != MentionKind::Person {
        return None;
    }
    let c = p.code.get(..3)?;
    national(c).then(|| c.to_string())
}

/// Whether `c`, the first three letters of a code, is a country's: not an international
/// organisation's (IGO, UNO), a non-governmental or multinational one's (NGO, MNC), an
/// international militarised group's (IMG, INT), an unknown one's, nor a role without a country
/// ("---").
pub(crate) fn national(c: &str) -> bool {
    c.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(c, "IGO" | "NGO" | "IMG" | "INT" | "MNC" | "UNO" | "UNK")
}

fn collect_modifier(
    tree: &Tree,
    ms: &Mentions,
    ctx: &Context,
    m: usize,
    countries: &mut Vec<String>,
    agent: &mut Option<String>,
    person: &mut Option<Mention>,
) {
    // The modifier's own words and its compound/amod chain ("Foreign Minister", "Secretary of State").
    let mut stack = vec![m];
    let mut seen = 0;
    while let Some(i) = stack.pop() {
        seen += 1;
        if seen > 16 {
            break;
        }
        if let Some(men) = ms.at(i) {
            match men.kind {
                MentionKind::Country => {
                    if !countries.contains(&men.code) {
                        countries.push(men.code.clone());
                    }
                }
                MentionKind::Agent => {
                    if agent.is_none() {
                        *agent = Some(men.code.trim_start_matches('-').to_string());
                    }
                }
                MentionKind::Person | MentionKind::Organization => {
                    if person.is_none() {
                        *person = Some(men.clone());
                    }
                }
            }
        } else if tree.full_rel(i) == "nmod:poss" || tree.rel(i) == "det" {
            // "the country's foreign minister": the country in focus.
            if FOCUS_NOUNS.contains(&tree.lemma(i)) {
                if let Some(c) = ctx.focus_country() {
                    countries.push(c.to_string());
                }
            }
            if tree.lower(i) == "its" && tree.upos(i) == "PRON" {
                countries.extend(country_of_its(tree, ms, ctx, i));
            }
        }
        for &k in tree.children(i) {
            // A modifier with its own preposition ("after Calenardhon crowds") is a phrase of
            // its own, not part of the title.
            let marked = tree.rel(k) == "nmod"
                && tree.full_rel(k) != "nmod:poss"
                && tree.case_of(k).is_some_and(|c| c != "of");
            // Who leads or backs it, hyphened to the participle, is part of it however the
            // parser hung it: "US" of "US-led" (not "US" of "US-built", a maker).
            let hyphened = k + 2 == i
                && tree.lower(k + 1) == "-"
                && LEADING_PARTICIPLES.contains(&tree.lemma(i));
            if (matches!(tree.rel(k), "compound" | "flat" | "amod" | "nmod") && !marked) || hyphened
            {
                stack.push(k);
            }
        }
    }
}

#[cfg(test)]
#[path = "actor_tests.rs"]
mod tests;
