//! Evaluation of dates, money, figures, votes, documents and sources.

use std::path::Path;

use super::Row;

pub fn rows(_shared: Option<&Path>) -> Vec<Row> {
    Vec::new()
}
