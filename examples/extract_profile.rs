//! Fact extraction over the benchmark's input (the built-in sample, parsed), for profilers.
//!
//! First the gazetteers are loaded and timed; then one untimed pass builds the patterns, and
//! `COPIES` passes (default 3) are timed in [`measured`], which
//! `valgrind --tool=callgrind --toggle-collect=*measured*` can single out.
//!
//! `cargo run --release --example extract_profile [-- COPIES [FILE...]]`: files given after
//! the copies are measured instead of the sample. With `KINDS=part1` in the environment only
//! dates, votes, documents, money, figures and sources are extracted (what `facts --kind`
//! asks for those kinds).

use std::time::Instant;

use briefing::corpus::decode::decode;
use briefing::corpus::model::{Article, Origin};
use briefing::corpus::parse::parse;
use briefing::facts::{FactKind, KindSet, extract_article_kinds};

/// The kinds to extract: all, or issue 3's part 1 with `KINDS=part1`.
fn kinds() -> KindSet {
    use FactKind::*;
    match std::env::var("KINDS").as_deref() {
        Ok("part1") => KindSet::of(&[Date, Vote, Document, Money, Figure, Source]),
        _ => KindSet::ALL,
    }
}

fn main() {
    let copies: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3);
    let files: Vec<(String, Vec<u8>)> = std::env::args()
        .skip(2)
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect();
    let inputs: Vec<(&str, &[u8])> = if files.is_empty() {
        briefing::corpus::load::SEEDS.to_vec()
    } else {
        files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect()
    };
    let articles: Vec<Article> = inputs
        .iter()
        .filter_map(|(n, b)| decode(b).ok().map(|d| parse(n, Origin::File, d)))
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    // The first lexicon lookup builds every gazetteer (names, places, organisations).
    let t = Instant::now();
    let _ = briefing::facts::people::role_of("Präsident");
    println!(
        "gazetteers loaded in {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let warm = warm_up(&articles);
    let first = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let facts = measured(&articles, copies);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "first pass {:.1} ms ({warm} facts); {copies} passes: {:.1} MiB/s ({facts} facts)",
        first * 1e3,
        (bytes * copies) as f64 / secs / (1024.0 * 1024.0)
    );
}

/// The first pass, which builds every pattern and list (kept out of [`measured`]).
#[inline(never)]
fn warm_up(articles: &[Article]) -> usize {
    articles
        .iter()
        .map(|a| extract_article_kinds(a, None, kinds()).len())
        .sum()
}

#[inline(never)]
fn measured(articles: &[Article], copies: usize) -> usize {
    (0..copies)
        .map(|_| {
            articles
                .iter()
                .map(|a| extract_article_kinds(a, None, kinds()).len())
                .sum::<usize>()
        })
        .sum()
}
