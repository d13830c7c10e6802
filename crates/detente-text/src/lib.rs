//! `detente-text`: documents in.
//!
//! Everything that enters detente passes through here first. Readers ([`read`]) turn files,
//! directories, JSON lines, WARC archives and RSS/Atom feeds into [`RawDocument`]s: decoded text
//! or HTML plus whatever metadata the container carried, each labelled with its `origin` (file,
//! record or line) so that a bad record can be named and skipped while the batch goes on.
//! Extraction ([`extract`]) turns a raw document into a [`Document`]: the article body as
//! paragraphs with byte offsets into the input as read, with page chrome, share buttons,
//! related links and author bios removed, and the title, author, publication date, URL and
//! language found from the page's metadata ([`meta`], [`date`]).
//!
//! The crate never prints; errors are typed and carry the origin.

pub mod date;
pub mod document;
pub mod extract;
pub mod language;
pub mod meta;
pub mod read;

pub use document::{Body, Document, Paragraph, RawDocument};
pub use extract::{extract, ExtractError, ExtractOptions};
