//! Dates: absolute, partial, intervals, quarters, seasons and relative expressions.

use serde::Serialize;

use super::{ExtractContext, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateValue {
    /// ISO 8601 at the precision stated (`2025-12-17`, `2025-06`, `2025-Q4`, intervals with `/`);
    /// `None` for relative expressions that could not be resolved.
    pub iso: Option<String>,
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(_text: &str, _ctx: &mut ExtractContext, _out: &mut Vec<Found>) {}
