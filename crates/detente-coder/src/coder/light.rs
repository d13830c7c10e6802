//! Light verbs: too general for their dictionary default code to make an event on its own.

/// Verbs too general for their dictionary default to code an event without a target; their
/// patterns ("hold talks", "go to Moscow", "give aid to") still code. Chosen as the verbs
/// whose defaults coded most events on 94 Wikinews articles (science, culture, sport as much
/// as politics), read by hand: nearly all were no events at all.
const LIGHT_VERBS: &[&str] = &[
    "go",
    "want",
    "work",
    "base",
    "help",
    "share",
    "start",
    "give",
    "plan",
    "develop",
    "observe",
    "reach",
    "treat",
    "build",
    "keep",
    "feed",
    "remain",
    "land",
    "test",
    "hold",
    "allow",
    "stop",
    "release",
    "file",
    "let",
    "find",
    "offer",
    "improve",
    "establish",
    "examine",
    "monitor",
    "protect",
    "attend",
    // "cut jobs", "cut interest rates": a cut is a political one only when aimed at a party.
    "cut",
    // So is a delay: "delayed releasing a new episode".
    "delay",
];

/// Verbs whose default means something done to a thing: without an object they are motion or
/// change, no event ("people returned to the Olympiad"; "returned the weapons" is one).
const TRANSITIVE_ONLY: &[&str] = &["return"];

/// Whether a predicate with lemma `lemma` needs a target before its default code counts.
/// `framing`: it has a clausal complement. An offer to do something is an intent to whoever it
/// goes to, even unnamed ("Kenya has offered to send 1,000 police officers").
pub(super) fn needs_target(lemma: &str, framing: bool) -> bool {
    LIGHT_VERBS.contains(&lemma) && !(framing && lemma == "offer")
}

/// Whether a predicate with lemma `lemma` needs a direct object before its default code counts.
pub(super) fn needs_object(lemma: &str) -> bool {
    TRANSITIVE_ONLY.contains(&lemma)
}
