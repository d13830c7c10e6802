//! Readers for PETRARCH2 and PETRARCH-1 dictionaries.
use crate::error::{EntryError, LoadError};
use crate::lexicon::PetrarchFiles;
use crate::source::Entries;

pub fn read_all(_files: &PetrarchFiles) -> Result<(Entries, Vec<EntryError>), LoadError> {
    Ok((Entries::default(), Vec::new()))
}
