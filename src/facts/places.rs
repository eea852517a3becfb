//! Places: countries, cities and regions, German and English names.

use serde::Serialize;

use super::{ExtractContext, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    pub name: String,
    pub country_code: Option<String>,
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(_text: &str, _ctx: &mut ExtractContext, _out: &mut Vec<Found>) {}
