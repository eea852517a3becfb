//! Organisations: international bodies, agencies, companies, NGOs.

use serde::Serialize;

use super::{ExtractContext, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Organization {
    pub name: String,
    pub short: Option<String>,
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(_text: &str, _ctx: &mut ExtractContext, _out: &mut Vec<Found>) {}
