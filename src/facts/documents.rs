//! Documents: resolutions, treaties, declarations and paragraph references.

use serde::Serialize;

use super::{ExtractContext, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// Normalised identifier, e.g. `A/RES/80/16` or `para. 101`.
    pub id: String,
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(_text: &str, _ctx: &mut ExtractContext, _out: &mut Vec<Found>) {}
