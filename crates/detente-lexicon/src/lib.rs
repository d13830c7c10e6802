//! `detente-lexicon`: dictionaries. Who is who on which date (actors with dated roles, agents,
//! metonyms), which verbs and patterns mean which CAMEO event, and which phrases void a sentence.
//! Our own readable text format (see `docs/dictionaries.md`) and readers for PETRARCH2 and
//! TABARI dictionary files both load into one in-memory [`Lexicon`]-to-be, queried by the coder.
