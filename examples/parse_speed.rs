//! Throughput of each loading stage on one core: decode, parse, topic tagging.
//!
//! `cargo run --release --example parse_speed -- FOLDER` (e.g. a corpus from `gen_corpus`).

use std::time::Instant;

use briefing::corpus::{decode, model::Origin, parse};
use briefing::topics::{TopicMatcher, TopicsFile};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_speed FOLDER");
        std::process::exit(2);
    };
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot read {dir}: {e}");
            std::process::exit(2);
        }
    };
    let files: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let p = e.path();
            std::fs::read(&p).ok().map(|b| (p.display().to_string(), b))
        })
        .collect();
    let megabytes = files.iter().map(|f| f.1.len()).sum::<usize>() as f64 / 1e6;

    let t = Instant::now();
    let decoded: Vec<_> = files
        .iter()
        .filter_map(|(p, b)| decode::decode(b).ok().map(|d| (p.clone(), d)))
        .collect();
    let decode_time = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut articles: Vec<_> = decoded
        .into_iter()
        .map(|(p, d)| parse::parse(&p, Origin::File, d))
        .collect();
    let parse_time = t.elapsed().as_secs_f64();

    let matcher = TopicMatcher::new(TopicsFile::defaults());
    let t = Instant::now();
    for a in &mut articles {
        matcher.tag(a);
    }
    let topics_time = t.elapsed().as_secs_f64();
    println!(
        "{megabytes:.1} MB in {} files: decode {:.0} MB/s, parse {:.0} MB/s, topics {:.0} MB/s (one core)",
        files.len(),
        megabytes / decode_time,
        megabytes / parse_time,
        megabytes / topics_time
    );
}
