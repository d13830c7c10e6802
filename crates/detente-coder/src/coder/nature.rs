//! Nature and disease are no actors. What a hurricane, an earthquake or a virus does ("Bermuda
//! was hit by hurricanes", "the quake killed 50"), and what people do against them ("fight off
//! COVID-19", "firefighters battled the blaze"), is no political event, however violent its verb;
//! nor is fighting an ill ("fight inflation", "combat corruption").
//! Not plain "fire", which people set and open ("set fire to the headquarters", "opened fire
//! on worshippers").

use super::SentenceCoder;
use crate::wordset::WordSet;

/// Natural hazards and diseases, by lowercased lemma or form.
static HAZARDS: WordSet = WordSet::new(&[
    "hurricane",
    "storm",
    "typhoon",
    "cyclone",
    "tornado",
    "earthquake",
    "quake",
    "aftershock",
    "tremor",
    "flood",
    "flooding",
    "tsunami",
    "landslide",
    "mudslide",
    "avalanche",
    "eruption",
    "volcano",
    "wildfire",
    "bushfire",
    "blaze",
    "drought",
    "heatwave",
    "virus",
    "coronavirus",
    "covid-19",
    "covid",
    "corona",
    "pandemic",
    "epidemic",
    "outbreak",
    "disease",
    "infection",
    "cancer",
    "malaria",
    "ebola",
    "cholera",
    "measles",
]);

/// Nouns of sanctions, whose "targets" are their objects, not victims of violence.
const SANCTIONS: &[&str] = &[
    "sanction",
    "embargo",
    "measure",
    "restriction",
    "tariff",
    "ban",
];

/// Ills a state fights without violence ("fight inflation", "combat corruption").
const ILLS: &[&str] = &[
    "inflation",
    "corruption",
    "poverty",
    "hunger",
    "crime",
    "unemployment",
    "misinformation",
    "disinformation",
    "extremism",
    "terrorism",
    "smuggling",
    "trafficking",
    "fraud",
    "graft",
];

/// Accidents, by lemma: what dies "in a helicopter crash" or "when the bus overturned" was
/// killed by no one.
static ACCIDENTS: WordSet = WordSet::new(&[
    "crash",
    "accident",
    "collision",
    "derailment",
    "shipwreck",
    "stampede",
]);

/// Verbs of an accident, by lemma ("was killed when his helicopter crashed").
static MISHAPS: WordSet =
    WordSet::new(&["crash", "collide", "capsize", "derail", "overturn", "sink"]);

impl SentenceCoder<'_, '_> {
    /// Whether predicate `v` is done by nature (its subject or "by" agent is a hazard), against
    /// it (its object is one), or in a hazard or an accident ("killed in the quake", "died in a
    /// plane crash", "was killed when his helicopter crashed").
    pub(super) fn natural(&self, v: usize) -> bool {
        let t = &self.tree;
        let hazard = |x: usize| HAZARDS.contains(t.lemma(x)) || HAZARDS.contains(t.lower(x));
        // "An earthquake struck Turkey, killing thousands": a participle with no subject of its
        // own does what its clause's subject does.
        let borrowed = t.kid(v, "nsubj").is_none()
            && t.rel(v) == "advcl"
            && t.tokens[v].xpos == "VBG"
            && t.parent(v)
                .and_then(|p| t.kid(p, "nsubj"))
                .is_some_and(hazard);
        if borrowed {
            return true;
        }
        let accident = |x: usize| hazard(x) || ACCIDENTS.contains(t.lemma(x));
        t.children(v).iter().any(|&c| match t.full_rel(c) {
            "nsubj" | "obl:agent" => hazard(c),
            "obl" => match t.case_of(c) {
                Some("by") => hazard(c),
                Some("in") => accident(c),
                _ => false,
            },
            "advcl" => MISHAPS.contains(t.lemma(c)),
            "obj" | "obl:unmarked" => hazard(c),
            // "fight off COVID-19", read with the disease hung on the particle.
            "compound:prt" | "advmod" => t
                .children(c)
                .iter()
                .any(|&g| matches!(t.full_rel(g), "obj" | "obl:unmarked") && hazard(g)),
            _ => false,
        })
    }

    /// Whether predicate `v`, read as violence, is none: it is fought against an ill, its
    /// object ("fight inflation", "combat corruption"; criticising corruption is still
    /// criticism), or it is what sanctions aim at ("adopted a package of sanctions, targeting
    /// banks", "the new sanctions target Russian banks").
    pub(super) fn is_no_assault(&self, v: usize) -> bool {
        let t = &self.tree;
        t.kid(v, "obj").is_some_and(|o| ILLS.contains(&t.lemma(o))) || self.sanctions_aim(v)
    }

    /// Whether "target" `v` is said of sanctions: their verb, a clause on them, or a clause on
    /// the verb that imposes them.
    fn sanctions_aim(&self, v: usize) -> bool {
        let t = &self.tree;
        if t.lemma(v) != "target" {
            return false;
        }
        // The noun itself, or the noun its "of" phrase counts: "a package of sanctions".
        let sanctions = |n: usize| {
            SANCTIONS.contains(&t.lemma(n))
                || t.kids_with(n, "nmod")
                    .any(|m| t.case_of(m) == Some("of") && SANCTIONS.contains(&t.lemma(m)))
        };
        t.kid(v, "nsubj").is_some_and(sanctions)
            || t.parent(v).is_some_and(|p| match t.rel(v) {
                "acl" => sanctions(p),
                "advcl" => t.kid(p, "obj").is_some_and(sanctions),
                _ => false,
            })
    }
}
