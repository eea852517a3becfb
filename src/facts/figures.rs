//! Counted quantities and percentages worth remembering.

use serde::Serialize;

use super::{ExtractContext, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub number: f64,
    pub unit: String,
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(_text: &str, _ctx: &mut ExtractContext, _out: &mut Vec<Found>) {}
