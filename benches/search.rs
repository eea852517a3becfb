//! Lookup latency per key press on a corpus of repeated sample articles.

use briefing::corpus::{BuildOptions, Corpus};
use briefing::search::Index;
use criterion::{Criterion, criterion_group, criterion_main};

mod common;

fn search(c: &mut Criterion) {
    let corpus = Corpus::build(common::parsed(200), Vec::new(), &BuildOptions::default());
    let index = Index::build(&corpus);
    let mut g = c.benchmark_group("search (1,000 articles)");
    for query in ["h", "hanoi", "hanoi sign", "ueberpruefung", "164/6/7"] {
        g.bench_function(query, |b| {
            b.iter(|| index.search(&corpus, query, &[], Some(200), None).len())
        });
    }
    g.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
