//! `detente-server`: the HTTP API and dashboard over an event store.
