//! briefing: a terminal reader for policy briefings.
//!
//! The library holds everything that is not the terminal: reading and parsing articles
//! ([`corpus`]), extracting key facts ([`facts`]), topics ([`topics`]) and fuzzy matching
//! ([`fuzzy`]). The binary adds the command line and the reader.

pub mod cli;
pub mod corpus;
pub mod facts;
pub mod fuzzy;
pub mod keymap;
pub mod search;
pub mod settings;
pub mod state;
pub mod topics;
pub mod tui;
pub mod word_start_keywords;
