//! Prints, for every sentence of a GermEval-style TSV, the rules' person/place/organisation tags
//! per token (BIO; a fact not on token boundaries is dropped), one sentence per line:
//! `TAG TAG …`. Used to compare rules and a statistical tagger in cross-validation.
//!
//! Run with `cargo run --release --example ner_rules_export -- PATH_TO_TSV > rules.txt`.

use briefing::corpus::model::Lang;
use briefing::facts::{ExtractContext, FactKind, extract_text};

fn main() {
    let path = std::env::args().nth(1).expect("path to a GermEval TSV");
    let src = std::fs::read_to_string(&path).expect("readable TSV");
    let mut sentences: Vec<Vec<String>> = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    for line in src.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            if !cur.is_empty() {
                sentences.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() >= 2 {
            cur.push(cols[1].to_string());
        }
    }
    if !cur.is_empty() {
        sentences.push(cur);
    }
    for toks in &sentences {
        let text = toks.join(" ");
        let mut starts = Vec::new();
        let mut at = 0;
        for t in toks {
            starts.push(at);
            at += t.len() + 1;
        }
        let mut tags = vec!["O".to_string(); toks.len()];
        let mut ctx = ExtractContext {
            lang: Lang::De,
            ..ExtractContext::default()
        };
        for f in extract_text(&text, &mut ctx) {
            let l = match f.kind {
                FactKind::Person => "PER",
                FactKind::Place => "LOC",
                FactKind::Organization => "ORG",
                _ => continue,
            };
            let Some(s) = starts.iter().position(|&x| x == f.span.start) else {
                continue;
            };
            let Some(e) = (0..toks.len()).find(|&i| starts[i] + toks[i].len() == f.span.end) else {
                continue;
            };
            if (s..=e).any(|i| tags[i] != "O") {
                continue;
            }
            tags[s] = format!("B-{l}");
            for t in tags.iter_mut().take(e + 1).skip(s + 1) {
                *t = format!("I-{l}");
            }
        }
        println!("{}", tags.join(" "));
    }
}
