//! Fact extraction throughput on one core.

use briefing::facts::{FactKind, KindSet, extract_article, extract_article_kinds};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn extract(c: &mut Criterion) {
    let articles = common::parsed(10);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("all kinds (one core)", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extract_article(a, None).len())
                .sum::<usize>()
        })
    });
    // What `facts --kind` and `timeline` ask for the numeric and temporal kinds.
    use FactKind::*;
    let numeric = KindSet::of(&[Date, Vote, Document, Money, Figure, Source]);
    g.bench_function(
        "dates, votes, documents, money, figures, sources (one core)",
        |b| {
            b.iter(|| {
                articles
                    .iter()
                    .map(|a| extract_article_kinds(a, None, numeric).len())
                    .sum::<usize>()
            })
        },
    );
    g.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
