//! The lookup palette's latency per key press on a real folder: every prefix of a set of
//! queries is looked up as the palette would (top 200 hits), and the median and 95th
//! percentile are printed.
//!
//! `cargo run --release --example palette_latency -- DIR [--dump FILE]`; `--dump` also writes
//! every searchable text, one per line (to compare `briefing search --all` with
//! `fzf --filter` over the same lines).

use std::time::Instant;

use briefing::corpus::{BuildOptions, Corpus, LoadOptions};
use briefing::search::Index;

const QUERIES: &[&str] = &[
    "hanoi sign",
    "wsis",
    "guterres",
    "ueberpruefung",
    "164/6/7",
    "cyber resilience act",
    "a/res/80",
    "künstliche intelligenz",
    "igf",
    "2025-12-17",
];

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let dump = args.iter().position(|a| a == "--dump").map(|i| {
        let file = args.get(i + 1).cloned().expect("--dump FILE");
        args.drain(i..i + 2);
        file
    });
    let paths: Vec<std::path::PathBuf> = args.into_iter().map(Into::into).collect();
    let t = Instant::now();
    let corpus =
        Corpus::open(&paths, &LoadOptions::default(), &BuildOptions::default()).expect("corpus");
    println!(
        "corpus: {} articles in {:.2} s",
        corpus.articles.len(),
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let index = Index::build(&corpus);
    println!(
        "index: {} entries in {:.2} s",
        index.entries.len(),
        t.elapsed().as_secs_f64()
    );
    if let Some(file) = dump {
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::fs::File::create(&file).expect("dump file"));
        for e in &index.entries {
            writeln!(out, "{}", index.text(&corpus, e)).expect("write");
        }
        println!("wrote {} lines to {file}", index.entries.len());
    }
    let mut times = Vec::new();
    for q in QUERIES {
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            let t = Instant::now();
            let hits = index.search(&corpus, &prefix, &[], Some(200), None);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            times.push((ms, prefix, hits.len()));
        }
    }
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    let at = |p: f64| &times[((times.len() - 1) as f64 * p) as usize];
    println!(
        "{} key presses: median {:.1} ms, p95 {:.1} ms, max {:.1} ms ({:?})",
        times.len(),
        at(0.5).0,
        at(0.95).0,
        at(1.0).0,
        at(1.0).1
    );
    for (ms, q, n) in times.iter().rev().take(5) {
        println!("  {ms:>7.1} ms  {q:?} ({n} hits)");
    }
}
