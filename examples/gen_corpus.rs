//! Writes a synthetic corpus in the samples' style: `cargo run --release --example gen_corpus --
//! N OUTDIR`. Articles are assembled from the sample's headings, paragraphs and list items,
//! shuffled and with numbers, dates and names varied, so that 5,000 articles make about 50 MB.
//! Deterministic: the same N gives the same files.

use std::io::Write;

use briefing::corpus::decode::decode;
use briefing::corpus::model::{BlockKind, Origin};
use briefing::corpus::parse::parse;

/// A small xorshift generator: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(n), Some(out)) = (
        args.next().and_then(|n| n.parse::<usize>().ok()),
        args.next(),
    ) else {
        eprintln!("usage: gen_corpus N OUTDIR");
        std::process::exit(2);
    };
    let out = std::path::PathBuf::from(out);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("error: cannot create {}: {e}", out.display());
        std::process::exit(2);
    }
    let mut headings = Vec::new();
    let mut paragraphs = Vec::new();
    let mut items = Vec::new();
    for (name, bytes) in briefing::corpus::load::SEEDS {
        let Ok(d) = decode(bytes) else { continue };
        let a = parse(name, Origin::Embedded, d);
        for b in &a.blocks {
            let text = a.block_text(b).to_string();
            match b.kind {
                BlockKind::Heading => headings.push(text),
                BlockKind::ListItem => items.push(text),
                _ => paragraphs.push(text),
            }
        }
    }
    let months = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut total = 0usize;
    for i in 0..n {
        let mut text = String::new();
        let year = 2015 + rng.below(12);
        let quarter = 1 + rng.below(4);
        text.push_str(&format!(
            "Briefing {i}: {}\n\n",
            headings[rng.below(headings.len())]
        ));
        text.push_str(&format!(
            "{:02}.{:02}.{year}\n\nvon Autorin {}\n\n",
            1 + rng.below(28),
            1 + rng.below(12),
            i % 97
        ));
        text.push_str(&format!(
            "Im {quarter}. Quartal {year} prägten drei Themen die Debatte:\n"
        ));
        let mut footnote = 1;
        let roman = ["I", "II", "III", "IV"];
        for part in roman.iter().take(2 + rng.below(2)) {
            text.push_str(&format!(
                "{part}. {}\n",
                headings[rng.below(headings.len())]
                    .trim_start_matches(|c: char| !c.is_alphabetic())
            ));
            for _ in 0..(2 + rng.below(3)) {
                text.push_str(&headings[rng.below(headings.len())]);
                text.push('\n');
                for _ in 0..(1 + rng.below(3)) {
                    let p = &paragraphs[rng.below(paragraphs.len())];
                    // Vary the facts: another day, month and count in each copy.
                    let p = p.replacen("2025", &year.to_string(), 2).replacen(
                        "Dezember",
                        months[rng.below(12)],
                        1,
                    );
                    text.push_str(&format!("{p}[{footnote}]\n"));
                    footnote += 1;
                }
                for _ in 0..rng.below(3) {
                    text.push_str(&format!("- {}\n", items[rng.below(items.len())]));
                }
            }
        }
        for f in 1..footnote {
            text.push_str(&format!("[{f}] https://example.org/briefing/{i}/{f}\n"));
        }
        total += text.len();
        let path = out.join(format!("{i:05}.txt"));
        let written =
            std::fs::File::create(&path).and_then(|mut file| file.write_all(text.as_bytes()));
        if let Err(e) = written {
            eprintln!("error: cannot write {}: {e}", path.display());
            std::process::exit(2);
        }
    }
    println!(
        "{n} articles, {:.1} MB in {}",
        total as f64 / 1e6,
        out.display()
    );
}
