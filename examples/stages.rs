//! Times each stage of opening a corpus (parse, topics, facts, labels, lookup index, first
//! layout), to find what makes a large corpus or a huge article slow.
//!
//! `cargo run --release --example stages -- PATH...`

use std::time::Instant;

use briefing::corpus::{BuildOptions, Corpus, LoadOptions, load};
use briefing::keymap::Keymap;
use briefing::tui::app::{App, View};

#[path = "shared/rss.rs"]
mod shared_rss;
use shared_rss::rss;

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let t = Instant::now();
    let options = LoadOptions {
        cache: std::env::var_os("STAGES_CACHE").map(Into::into),
        ..LoadOptions::default()
    };
    let (articles, warnings) = load::load_paths(&paths, &options).expect("load");
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!(
        "load+parse   {:>8.0} ms  ({} articles, {:.1} MB)  rss {:.0} MB",
        t.elapsed().as_secs_f64() * 1e3,
        articles.len(),
        bytes as f64 / 1e6,
        rss()
    );
    let t = Instant::now();
    let no_facts = Corpus::build(
        articles.clone(),
        warnings.clone(),
        &BuildOptions {
            skip_facts: true,
            ..BuildOptions::default()
        },
    );
    println!(
        "topics       {:>8.0} ms  rss {:.0} MB",
        t.elapsed().as_secs_f64() * 1e3,
        rss()
    );
    drop(no_facts);
    let t = Instant::now();
    let corpus = Corpus::build(articles, warnings, &BuildOptions::default());
    let facts: usize = corpus.facts().total();
    println!(
        "topics+facts {:>8.0} ms  ({facts} facts)  rss {:.0} MB",
        t.elapsed().as_secs_f64() * 1e3,
        rss()
    );
    let t = Instant::now();
    let index = briefing::search::Index::build(&corpus);
    println!(
        "index        {:>8.0} ms  ({} entries)  rss {:.0} MB",
        t.elapsed().as_secs_f64() * 1e3,
        index.entries.len(),
        rss()
    );
    let t = Instant::now();
    let app = App::new(&corpus, View::default(), (200, 60));
    println!(
        "app (index+layout) {:>4.0} ms  ({} lines)",
        t.elapsed().as_secs_f64() * 1e3,
        app.layout.lines.len()
    );
    let _ = Keymap::defaults();
}
