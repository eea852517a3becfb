//! Shared helpers: a corpus made by repeating the built-in sample.

use briefing::corpus::decode::decode;
use briefing::corpus::model::{Article, Origin};
use briefing::corpus::parse::parse;

/// The sample's bytes repeated `copies` times, as (name, bytes).
pub fn sample_files(copies: usize) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for i in 0..copies {
        for (name, bytes) in briefing::corpus::load::SEEDS {
            out.push((format!("{i}-{name}"), bytes.to_vec()));
        }
    }
    out
}

#[allow(dead_code)]
pub fn parsed(copies: usize) -> Vec<Article> {
    sample_files(copies)
        .into_iter()
        .filter_map(|(n, b)| decode(&b).ok().map(|d| parse(&n, Origin::File, d)))
        .collect()
}
