//! `detente-coder`: events from parsed sentences plus article context. Parsed sentences from
//! `detente-nlp` and dictionaries from `detente-lexicon` enter; CAMEO/PLOVER events with actors,
//! dates, places and evidence leave.
