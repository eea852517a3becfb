//! Evaluation on whole articles written for it (`tests/fixtures/heldout/`, gold in
//! `tests/gold/heldout.toml`): each file is loaded as the reader loads it, so article dates,
//! years carried from one date to the next and footnotes count as they do for a user.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use briefing::corpus::load::{LoadOptions, load_paths};
use briefing::facts::{Fact, FactValue, extract_article};
use serde::Deserialize;

use super::Row;
use super::numeric::{KINDS, gold_value, value};

#[derive(Deserialize)]
struct Gold {
    line: Vec<GoldLine>,
    #[serde(default)]
    source: Vec<GoldSources>,
}

#[derive(Deserialize)]
struct GoldLine {
    file: String,
    line: u32,
    facts: Vec<[String; 3]>,
}

#[derive(Deserialize)]
struct GoldSources {
    file: String,
    refs: Vec<[String; 2]>,
}

fn row<'a>(counts: &'a mut BTreeMap<String, Row>, set: &str, kind: &str) -> &'a mut Row {
    counts.entry(kind.to_string()).or_insert_with(|| Row {
        set: set.into(),
        kind: kind.into(),
        ..Row::default()
    })
}

pub fn rows() -> Vec<Row> {
    let mut rows = measure(
        "held-out articles",
        "tests/fixtures/heldout",
        include_str!("../../tests/gold/heldout.toml"),
    );
    rows.extend(measure(
        "held-out articles 2",
        "tests/fixtures/heldout2",
        include_str!("../../tests/gold/heldout2.toml"),
    ));
    rows.extend(measure(
        "held-out articles 3",
        "tests/fixtures/heldout3",
        include_str!("../../tests/gold/heldout3.toml"),
    ));
    rows.extend(measure(
        "held-out articles 4",
        "tests/fixtures/heldout4",
        include_str!("../../tests/gold/heldout4.toml"),
    ));
    rows.extend(measure(
        "held-out articles 5",
        "tests/fixtures/heldout5",
        include_str!("../../tests/gold/heldout5.toml"),
    ));
    rows.extend(measure(
        "held-out articles 6",
        "tests/fixtures/heldout6",
        include_str!("../../tests/gold/heldout6.toml"),
    ));
    rows.extend(measure(
        "held-out articles 7",
        "tests/fixtures/heldout7",
        include_str!("../../tests/gold/heldout7.toml"),
    ));
    rows.extend(measure(
        "held-out articles 8",
        "tests/fixtures/heldout8",
        include_str!("../../tests/gold/heldout8.toml"),
    ));
    rows.extend(measure(
        "held-out articles 9",
        "tests/fixtures/heldout9",
        include_str!("../../tests/gold/heldout9.toml"),
    ));
    rows.extend(measure(
        "held-out articles 10",
        "tests/fixtures/heldout10",
        include_str!("../../tests/gold/heldout10.toml"),
    ));
    rows.extend(measure(
        "held-out articles 11",
        "tests/fixtures/heldout11",
        include_str!("../../tests/gold/heldout11.toml"),
    ));
    rows.extend(measure(
        "held-out articles 12",
        "tests/fixtures/heldout12",
        include_str!("../../tests/gold/heldout12.toml"),
    ));
    rows.extend(measure(
        "held-out articles 13",
        "tests/fixtures/heldout13",
        include_str!("../../tests/gold/heldout13.toml"),
    ));
    rows.extend(measure(
        "held-out articles 14",
        "tests/fixtures/heldout14",
        include_str!("../../tests/gold/heldout14.toml"),
    ));
    rows.extend(measure(
        "held-out articles 15",
        "tests/fixtures/heldout15",
        include_str!("../../tests/gold/heldout15.toml"),
    ));
    rows.extend(measure(
        "held-out articles 16",
        "tests/fixtures/heldout16",
        include_str!("../../tests/gold/heldout16.toml"),
    ));
    rows.extend(measure(
        "held-out articles 17",
        "tests/fixtures/heldout17",
        include_str!("../../tests/gold/heldout17.toml"),
    ));
    rows.extend(measure(
        "held-out articles 18",
        "tests/fixtures/heldout18",
        include_str!("../../tests/gold/heldout18.toml"),
    ));
    rows.extend(measure(
        "held-out articles 19",
        "tests/fixtures/heldout19",
        include_str!("../../tests/gold/heldout19.toml"),
    ));
    rows.extend(measure(
        "held-out articles 20",
        "tests/fixtures/heldout20",
        include_str!("../../tests/gold/heldout20.toml"),
    ));
    rows.extend(measure(
        "held-out articles 21",
        "tests/fixtures/heldout21",
        include_str!("../../tests/gold/heldout21.toml"),
    ));
    rows.extend(measure(
        "held-out articles 22",
        "tests/fixtures/heldout22",
        include_str!("../../tests/gold/heldout22.toml"),
    ));
    rows.extend(measure(
        "held-out articles 23",
        "tests/fixtures/heldout23",
        include_str!("../../tests/gold/heldout23.toml"),
    ));
    rows.extend(measure(
        "held-out articles 24",
        "tests/fixtures/heldout24",
        include_str!("../../tests/gold/heldout24.toml"),
    ));
    rows.extend(measure(
        "held-out articles 25",
        "tests/fixtures/heldout25",
        include_str!("../../tests/gold/heldout25.toml"),
    ));
    rows.extend(measure(
        "held-out articles 26",
        "tests/fixtures/heldout26",
        include_str!("../../tests/gold/heldout26.toml"),
    ));
    rows.extend(measure(
        "held-out articles 27",
        "tests/fixtures/heldout27",
        include_str!("../../tests/gold/heldout27.toml"),
    ));
    rows.extend(measure(
        "held-out articles 28",
        "tests/fixtures/heldout28",
        include_str!("../../tests/gold/heldout28.toml"),
    ));
    rows.extend(measure(
        "held-out articles 29",
        "tests/fixtures/heldout29",
        include_str!("../../tests/gold/heldout29.toml"),
    ));
    rows.extend(measure(
        "held-out articles 30",
        "tests/fixtures/heldout30",
        include_str!("../../tests/gold/heldout30.toml"),
    ));
    rows.extend(measure(
        "held-out articles 31",
        "tests/fixtures/heldout31",
        include_str!("../../tests/gold/heldout31.toml"),
    ));
    rows.extend(measure(
        "held-out articles 32",
        "tests/fixtures/heldout32",
        include_str!("../../tests/gold/heldout32.toml"),
    ));
    rows.extend(measure(
        "held-out articles 33",
        "tests/fixtures/heldout33",
        include_str!("../../tests/gold/heldout33.toml"),
    ));
    rows.extend(measure(
        "held-out articles 34",
        "tests/fixtures/heldout34",
        include_str!("../../tests/gold/heldout34.toml"),
    ));
    rows.extend(measure(
        "held-out articles 35",
        "tests/fixtures/heldout35",
        include_str!("../../tests/gold/heldout35.toml"),
    ));
    rows.extend(measure(
        "held-out articles 36",
        "tests/fixtures/heldout36",
        include_str!("../../tests/gold/heldout36.toml"),
    ));
    rows.extend(measure(
        "held-out articles 37",
        "tests/fixtures/heldout37",
        include_str!("../../tests/gold/heldout37.toml"),
    ));
    rows.extend(measure(
        "held-out articles 38",
        "tests/fixtures/heldout38",
        include_str!("../../tests/gold/heldout38.toml"),
    ));
    rows.extend(measure(
        "held-out articles 39",
        "tests/fixtures/heldout39",
        include_str!("../../tests/gold/heldout39.toml"),
    ));
    rows.extend(measure(
        "held-out articles 40",
        "tests/fixtures/heldout40",
        include_str!("../../tests/gold/heldout40.toml"),
    ));
    rows.extend(measure(
        "held-out articles 41",
        "tests/fixtures/heldout41",
        include_str!("../../tests/gold/heldout41.toml"),
    ));
    rows.extend(measure(
        "held-out articles 42",
        "tests/fixtures/heldout42",
        include_str!("../../tests/gold/heldout42.toml"),
    ));
    rows.extend(measure(
        "held-out articles 43",
        "tests/fixtures/heldout43",
        include_str!("../../tests/gold/heldout43.toml"),
    ));
    rows.extend(measure(
        "held-out articles 44",
        "tests/fixtures/heldout44",
        include_str!("../../tests/gold/heldout44.toml"),
    ));
    rows.extend(measure(
        "held-out articles 45",
        "tests/fixtures/heldout45",
        include_str!("../../tests/gold/heldout45.toml"),
    ));
    rows.extend(measure(
        "held-out articles 46",
        "tests/fixtures/heldout46",
        include_str!("../../tests/gold/heldout46.toml"),
    ));
    rows.extend(measure(
        "held-out articles 47",
        "tests/fixtures/heldout47",
        include_str!("../../tests/gold/heldout47.toml"),
    ));
    rows.extend(measure(
        "held-out articles 48",
        "tests/fixtures/heldout48",
        include_str!("../../tests/gold/heldout48.toml"),
    ));
    rows.extend(measure(
        "held-out articles 49",
        "tests/fixtures/heldout49",
        include_str!("../../tests/gold/heldout49.toml"),
    ));
    rows.extend(measure(
        "held-out articles 50",
        "tests/fixtures/heldout50",
        include_str!("../../tests/gold/heldout50.toml"),
    ));
    rows.extend(measure(
        "held-out articles 51",
        "tests/fixtures/heldout51",
        include_str!("../../tests/gold/heldout51.toml"),
    ));
    rows.extend(measure(
        "held-out articles 52",
        "tests/fixtures/heldout52",
        include_str!("../../tests/gold/heldout52.toml"),
    ));
    rows.extend(measure(
        "held-out articles 53",
        "tests/fixtures/heldout53",
        include_str!("../../tests/gold/heldout53.toml"),
    ));
    rows.extend(measure(
        "held-out articles 54",
        "tests/fixtures/heldout54",
        include_str!("../../tests/gold/heldout54.toml"),
    ));
    rows.extend(measure(
        "held-out articles 55",
        "tests/fixtures/heldout55",
        include_str!("../../tests/gold/heldout55.toml"),
    ));
    rows.extend(measure(
        "held-out articles 56",
        "tests/fixtures/heldout56",
        include_str!("../../tests/gold/heldout56.toml"),
    ));
    rows.extend(measure(
        "held-out articles 57",
        "tests/fixtures/heldout57",
        include_str!("../../tests/gold/heldout57.toml"),
    ));
    rows.extend(measure(
        "held-out articles 58",
        "tests/fixtures/heldout58",
        include_str!("../../tests/gold/heldout58.toml"),
    ));
    rows.extend(measure(
        "held-out articles 59",
        "tests/fixtures/heldout59",
        include_str!("../../tests/gold/heldout59.toml"),
    ));
    rows.extend(measure(
        "held-out articles 60",
        "tests/fixtures/heldout60",
        include_str!("../../tests/gold/heldout60.toml"),
    ));
    rows.extend(measure(
        "held-out articles 61",
        "tests/fixtures/heldout61",
        include_str!("../../tests/gold/heldout61.toml"),
    ));
    rows.extend(measure(
        "held-out articles 62",
        "tests/fixtures/heldout62",
        include_str!("../../tests/gold/heldout62.toml"),
    ));
    rows.extend(measure(
        "held-out articles 63",
        "tests/fixtures/heldout63",
        include_str!("../../tests/gold/heldout63.toml"),
    ));
    rows.extend(measure(
        "held-out articles 64",
        "tests/fixtures/heldout64",
        include_str!("../../tests/gold/heldout64.toml"),
    ));
    rows.extend(measure(
        "held-out articles 65",
        "tests/fixtures/heldout65",
        include_str!("../../tests/gold/heldout65.toml"),
    ));
    rows.extend(measure(
        "held-out articles 66",
        "tests/fixtures/heldout66",
        include_str!("../../tests/gold/heldout66.toml"),
    ));
    rows.extend(measure(
        "held-out articles 67",
        "tests/fixtures/heldout67",
        include_str!("../../tests/gold/heldout67.toml"),
    ));
    rows.extend(measure(
        "held-out articles 68",
        "tests/fixtures/heldout68",
        include_str!("../../tests/gold/heldout68.toml"),
    ));
    rows.extend(measure(
        "held-out articles 69",
        "tests/fixtures/heldout69",
        include_str!("../../tests/gold/heldout69.toml"),
    ));
    rows.extend(measure(
        "held-out articles 70",
        "tests/fixtures/heldout70",
        include_str!("../../tests/gold/heldout70.toml"),
    ));
    rows.extend(measure(
        "held-out articles 71",
        "tests/fixtures/heldout71",
        include_str!("../../tests/gold/heldout71.toml"),
    ));
    rows.extend(measure(
        "held-out articles 72",
        "tests/fixtures/heldout72",
        include_str!("../../tests/gold/heldout72.toml"),
    ));
    rows.extend(measure(
        "held-out articles 73",
        "tests/fixtures/heldout73",
        include_str!("../../tests/gold/heldout73.toml"),
    ));
    rows.extend(measure(
        "held-out articles 74",
        "tests/fixtures/heldout74",
        include_str!("../../tests/gold/heldout74.toml"),
    ));
    rows.extend(measure(
        "held-out articles 75",
        "tests/fixtures/heldout75",
        include_str!("../../tests/gold/heldout75.toml"),
    ));
    rows.extend(measure(
        "held-out articles 76",
        "tests/fixtures/heldout76",
        include_str!("../../tests/gold/heldout76.toml"),
    ));
    rows.extend(measure(
        "held-out articles 77",
        "tests/fixtures/heldout77",
        include_str!("../../tests/gold/heldout77.toml"),
    ));
    rows.extend(measure(
        "held-out articles 78",
        "tests/fixtures/heldout78",
        include_str!("../../tests/gold/heldout78.toml"),
    ));
    rows.extend(measure(
        "held-out articles 79",
        "tests/fixtures/heldout79",
        include_str!("../../tests/gold/heldout79.toml"),
    ));
    rows.extend(measure(
        "held-out articles 80",
        "tests/fixtures/heldout80",
        include_str!("../../tests/gold/heldout80.toml"),
    ));
    rows.extend(measure(
        "held-out articles 81",
        "tests/fixtures/heldout81",
        include_str!("../../tests/gold/heldout81.toml"),
    ));
    rows.extend(measure(
        "held-out articles 82",
        "tests/fixtures/heldout82",
        include_str!("../../tests/gold/heldout82.toml"),
    ));
    rows.extend(measure(
        "held-out articles 83",
        "tests/fixtures/heldout83",
        include_str!("../../tests/gold/heldout83.toml"),
    ));
    rows.extend(measure(
        "held-out articles 84",
        "tests/fixtures/heldout84",
        include_str!("../../tests/gold/heldout84.toml"),
    ));
    rows.extend(measure(
        "held-out articles 85",
        "tests/fixtures/heldout85",
        include_str!("../../tests/gold/heldout85.toml"),
    ));
    rows.extend(measure(
        "held-out articles 86",
        "tests/fixtures/heldout86",
        include_str!("../../tests/gold/heldout86.toml"),
    ));
    rows.extend(measure(
        "held-out articles 87",
        "tests/fixtures/heldout87",
        include_str!("../../tests/gold/heldout87.toml"),
    ));
    rows.extend(measure(
        "held-out articles 88",
        "tests/fixtures/heldout88",
        include_str!("../../tests/gold/heldout88.toml"),
    ));
    rows.extend(measure(
        "held-out articles 89",
        "tests/fixtures/heldout89",
        include_str!("../../tests/gold/heldout89.toml"),
    ));
    rows.extend(measure(
        "held-out articles 90",
        "tests/fixtures/heldout90",
        include_str!("../../tests/gold/heldout90.toml"),
    ));
    rows.extend(measure(
        "held-out articles 91",
        "tests/fixtures/heldout91",
        include_str!("../../tests/gold/heldout91.toml"),
    ));
    rows.extend(measure(
        "held-out articles 92",
        "tests/fixtures/heldout92",
        include_str!("../../tests/gold/heldout92.toml"),
    ));
    rows.extend(measure(
        "held-out articles 93",
        "tests/fixtures/heldout93",
        include_str!("../../tests/gold/heldout93.toml"),
    ));
    rows.extend(measure(
        "held-out articles 94",
        "tests/fixtures/heldout94",
        include_str!("../../tests/gold/heldout94.toml"),
    ));
    rows.extend(measure(
        "held-out articles 95",
        "tests/fixtures/heldout95",
        include_str!("../../tests/gold/heldout95.toml"),
    ));
    rows.extend(measure(
        "held-out articles 96",
        "tests/fixtures/heldout96",
        include_str!("../../tests/gold/heldout96.toml"),
    ));
    rows.extend(measure(
        "held-out articles 97",
        "tests/fixtures/heldout97",
        include_str!("../../tests/gold/heldout97.toml"),
    ));
    rows.extend(measure(
        "held-out articles 98",
        "tests/fixtures/heldout98",
        include_str!("../../tests/gold/heldout98.toml"),
    ));
    rows.extend(measure(
        "held-out articles 99",
        "tests/fixtures/heldout99",
        include_str!("../../tests/gold/heldout99.toml"),
    ));
    rows.extend(measure(
        "held-out articles 100",
        "tests/fixtures/heldout100",
        include_str!("../../tests/gold/heldout100.toml"),
    ));
    rows
}

fn measure(set: &str, folder: &str, source: &str) -> Vec<Row> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let Ok(gold) = toml::from_str::<Gold>(source) else {
        eprintln!("{set}: the gold file does not parse");
        return Vec::new();
    };
    let mut counts: BTreeMap<String, Row> = BTreeMap::new();
    let mut files: Vec<&str> = gold.line.iter().map(|g| g.file.as_str()).collect();
    files.dedup();
    for file in files {
        let path: PathBuf = dir.join(file);
        let Ok(original) = std::fs::read_to_string(&path) else {
            eprintln!("held-out: cannot read {}", path.display());
            continue;
        };
        let Ok((articles, _)) = load_paths(std::slice::from_ref(&path), &LoadOptions::default())
        else {
            eprintln!("held-out: cannot load {}", path.display());
            continue;
        };
        let Some(article) = articles.first() else {
            continue;
        };
        let facts = extract_article(article, None);
        let lines: Vec<&str> = original.lines().collect();
        // Each fact as (line, first column, last column), columns in characters.
        let place = |f: &Fact| {
            let (line, col) = article.line_col(f.span.start);
            let len = article.slice(&f.span).chars().count() as u32;
            (line, col, col + len.max(1) - 1)
        };
        let mut used = vec![false; facts.len()];
        for g in gold.line.iter().filter(|g| g.file == file) {
            let Some(text) = lines.get(g.line as usize - 1) else {
                eprintln!("held-out: {file} has no line {}", g.line);
                continue;
            };
            let mut from = 0;
            for [kind, words, expected] in &g.facts {
                let Some(start) = text[from..].find(words.as_str()).map(|p| p + from) else {
                    eprintln!("held-out: gold words not on {file}:{}: {words}", g.line);
                    continue;
                };
                from = start + words.len();
                let first = text[..start].chars().count() as u32 + 1;
                let last = first + words.chars().count() as u32 - 1;
                let hit = facts.iter().enumerate().position(|(i, f)| {
                    let (l, a, b) = place(f);
                    !used[i]
                        && f.kind.name() == kind
                        && l == g.line
                        && a <= last
                        && first <= b
                        && value(&f.value) == gold_value(kind, expected)
                });
                match hit {
                    Some(i) => {
                        used[i] = true;
                        row(&mut counts, set, kind).true_pos += 1;
                    }
                    None => {
                        row(&mut counts, set, kind).false_neg += 1;
                        eprintln!("missed on {file}:{}: {kind} {words:?} = {expected}", g.line);
                    }
                }
            }
            for (i, f) in facts.iter().enumerate() {
                if !used[i] && KINDS.contains(&f.kind) && place(f).0 == g.line {
                    used[i] = true;
                    row(&mut counts, set, f.kind.name()).false_pos += 1;
                    eprintln!(
                        "extra on {file}:{}: {} {:?} = {}",
                        g.line,
                        f.kind.name(),
                        article.slice(&f.span),
                        value(&f.value)
                    );
                }
            }
        }
        // Sources: every footnote with its URL, wherever the fact is.
        let found: Vec<(String, Option<String>)> = facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Source(s) => Some((s.label.clone(), s.url.clone())),
                _ => None,
            })
            .collect();
        let expected: Vec<(String, Option<String>)> = gold
            .source
            .iter()
            .filter(|s| s.file == file)
            // An empty URL: a reference without a definition, whose source has `url: null`.
            .flat_map(|s| {
                s.refs
                    .iter()
                    .map(|[r, u]| (r.clone(), (!u.is_empty()).then(|| u.clone())))
            })
            .collect();
        let r = row(&mut counts, set, "source");
        for e in &expected {
            if found.contains(e) {
                r.true_pos += 1;
            } else {
                r.false_neg += 1;
                eprintln!("missed source in {file}: {e:?}");
            }
        }
        for f in &found {
            if !expected.contains(f) {
                r.false_pos += 1;
                eprintln!("extra source in {file}: {f:?}");
            }
        }
    }
    counts.into_values().collect()
}
