//! Evaluation of acronyms, people, organisations, places and quotes.

use std::path::Path;

use super::Row;

pub fn rows(_shared: Option<&Path>) -> Vec<Row> {
    Vec::new()
}
