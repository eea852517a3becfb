//! Resident memory of the reader's corpus, step by step, as the reader builds it: load (from
//! the cache when `MEM_CACHE` names a folder), topics, facts and lookup index (from the cache
//! too when it has them; `MEM_WRITE` writes both caches); memory freed on the
//! way is given back (malloc_trim) before each figure.
//!
//! `cargo run --release --example reader_memory -- PATH...`

use std::time::Instant;

use briefing::corpus::{BuildOptions, Corpus, LoadOptions};

#[path = "shared/rss.rs"]
mod shared_rss;
use shared_rss::rss;

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    println!(
        "sizes: Fact {} Article {} Block {} Section {} Entry {}",
        std::mem::size_of::<briefing::facts::Fact>(),
        std::mem::size_of::<briefing::corpus::model::Article>(),
        std::mem::size_of::<briefing::corpus::model::Block>(),
        std::mem::size_of::<briefing::corpus::model::Section>(),
        std::mem::size_of::<briefing::search::Entry>(),
    );
    let base = rss();
    let load = LoadOptions {
        cache: std::env::var_os("MEM_CACHE").map(Into::into),
        ..LoadOptions::default()
    };
    let build = BuildOptions::default();
    let t = Instant::now();
    let corpus = Corpus::open(
        &paths,
        &load,
        &BuildOptions {
            skip_facts: true,
            ..BuildOptions::default()
        },
    )
    .expect("corpus");
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let from_cache = corpus.articles.iter().filter(|a| a.from_cache).count();
    let loaded = rss();
    println!(
        "corpus   {:>6.0} ms  {:.1} MB of text, {from_cache} from the cache  rss {:.0} MB (+{:.0})",
        t.elapsed().as_secs_f64() * 1e3,
        bytes as f64 / 1e6,
        loaded,
        loaded - base
    );
    if std::env::var_os("MEM_ONLY_LOAD").is_some() {
        return;
    }
    // As the reader does: facts and index from the cache when it has them.
    let t = Instant::now();
    let cached = corpus.read_lookup_cache(&paths, &load, &build);
    let from_cache = cached.is_some();
    let (facted, index) = match cached {
        Some(index) => {
            let indexed = rss();
            println!(
                "lookup   {:>6.0} ms  {} facts and {} entries from the cache  rss {:.0} MB (+{:.0})",
                t.elapsed().as_secs_f64() * 1e3,
                corpus.facts().total(),
                index.entries.len(),
                indexed,
                indexed - loaded
            );
            (indexed, index)
        }
        None => {
            corpus.extract_facts(&build);
            let facted = rss();
            println!(
                "facts    {:>6.0} ms  {} facts ({} distinct values)  rss {:.0} MB (+{:.0})",
                t.elapsed().as_secs_f64() * 1e3,
                corpus.facts().total(),
                corpus.facts().distinct_values(),
                facted,
                facted - loaded
            );
            let t = Instant::now();
            let index = briefing::search::Index::build(&corpus);
            let indexed = rss();
            println!(
                "index    {:>6.0} ms  {} entries  rss {:.0} MB (+{:.0})",
                t.elapsed().as_secs_f64() * 1e3,
                index.entries.len(),
                indexed,
                indexed - facted
            );
            (facted, index)
        }
    };
    let _ = facted;
    let indexed = rss();
    let t = Instant::now();
    let hits = index.search(&corpus, "hanoi", &[], Some(200), None);
    println!(
        "lookup of \"hanoi\": {} hits in {:.0} ms",
        hits.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    println!(
        "total    rss {:.0} MB = {:.2} × the corpus ({:.1} MB)",
        indexed,
        indexed / (bytes as f64 / 1e6),
        bytes as f64 / 1e6
    );
    if std::env::var_os("MEM_WRITE").is_some() {
        corpus.write_cache(&paths, &load);
        if !from_cache {
            corpus.write_lookup_cache(&paths, &load, &build, &index);
        }
    }
}
