//! The raw contents of a lexicon before indexing: what every reader produces and every writer
//! consumes.

use crate::model::{Actor, Agent, Discard, Issue, Synset, Unsupported, Verb};

/// Entries as read, in file order.
#[derive(Debug, Clone, Default)]
pub struct Entries {
    pub actors: Vec<Actor>,
    pub agents: Vec<Agent>,
    pub verbs: Vec<Verb>,
    /// Nominal events (`noun LEMMA` blocks).
    pub nouns: Vec<Verb>,
    pub synsets: Vec<Synset>,
    pub discards: Vec<Discard>,
    pub issues: Vec<Issue>,
    /// Read but not representable in our format.
    pub unsupported: Vec<Unsupported>,
}

impl Entries {
    pub fn extend(&mut self, o: Entries) {
        self.actors.extend(o.actors);
        self.agents.extend(o.agents);
        self.verbs.extend(o.verbs);
        self.nouns.extend(o.nouns);
        self.synsets.extend(o.synsets);
        self.discards.extend(o.discards);
        self.issues.extend(o.issues);
        self.unsupported.extend(o.unsupported);
    }
}
