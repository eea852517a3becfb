//! Decoding and parsing throughput on one core.

use briefing::corpus::decode::decode;
use briefing::corpus::model::Origin;
use briefing::corpus::parse::parse;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn load(c: &mut Criterion) {
    let files = common::sample_files(20);
    let bytes: usize = files.iter().map(|f| f.1.len()).sum();
    let mut g = c.benchmark_group("load");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("decode+parse (one core)", |b| {
        b.iter(|| {
            files
                .iter()
                .filter_map(|(n, b)| decode(b).ok().map(|d| parse(n, Origin::File, d)))
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
