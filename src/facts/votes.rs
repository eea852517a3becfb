//! Vote results: yes / no / abstentions, unanimity.

use serde::Serialize;

use super::{ExtractContext, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Vote {
    pub yes: Option<u32>,
    pub no: Option<u32>,
    pub abstain: Option<u32>,
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(_text: &str, _ctx: &mut ExtractContext, _out: &mut Vec<Found>) {}
