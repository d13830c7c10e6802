//! Writes entries in our format.
