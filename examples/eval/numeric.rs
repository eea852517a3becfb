//! Evaluation of dates, votes, documents, money and figures: on hand-annotated lines of the
//! sample (`tests/gold/numeric.toml`) and on WikiWarsDE's German dates.

use std::collections::BTreeMap;
use std::path::Path;

use briefing::corpus::model::Lang;
use briefing::facts::display::value_text;
use briefing::facts::{ExtractContext, FactKind, FactValue, Found, extract_text};
use serde::Deserialize;

use super::Row;

#[derive(Deserialize)]
struct Gold {
    line: Vec<GoldLine>,
}

#[derive(Deserialize)]
struct GoldLine {
    file: String,
    line: usize,
    facts: Vec<[String; 3]>,
}

/// The kinds measured on hand-annotated lines (also by `heldout`).
pub const KINDS: [FactKind; 5] = [
    FactKind::Date,
    FactKind::Vote,
    FactKind::Document,
    FactKind::Money,
    FactKind::Figure,
];

/// The value as the gold files write it.
pub fn value(f: &FactValue) -> String {
    match f {
        FactValue::Vote(v) if v.unanimous => "unanimous".into(),
        FactValue::Money(m) => format!("{} {}", m.amount, m.currency),
        FactValue::Figure(x) => format!("{}", x.number),
        other => value_text(other),
    }
}

/// The gold value as [`value`] writes it: a fraction in words is a figure whose gold value is
/// written as a fraction ("2/3"), which the product holds as the number it stands for.
pub fn gold_value(kind: &str, expected: &str) -> String {
    let fraction = expected
        .split_once('/')
        .and_then(|(a, b)| Some((a.parse::<f64>().ok()?, b.parse::<f64>().ok()?)));
    match fraction {
        Some((a, b)) if kind == "figure" && b != 0.0 => format!("{}", a / b),
        _ => expected.to_string(),
    }
}

pub fn rows(shared: Option<&Path>) -> Vec<Row> {
    let mut rows = measure(
        "samples (hand)",
        include_str!("../../tests/gold/numeric.toml"),
        &|file| {
            briefing::corpus::load::SEEDS
                .iter()
                .find(|(n, _)| n.ends_with(file))
                .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        },
    );
    // Written for the evaluation and measured as written (not tuned on).
    rows.extend(measure(
        "own text (held out)",
        include_str!("../../tests/gold/numeric_own.toml"),
        &|file| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/numeric")
                .join(file);
            std::fs::read_to_string(path).ok()
        },
    ));
    if let Some(dir) = shared {
        rows.extend(wikiwars(&dir.join("wikiwarsde/keyinline")));
    }
    rows
}

/// Hand annotations of whole lines of the sample: spans must overlap and values agree.
/// Precision and recall per kind on hand-annotated lines; `read` gives a file's text.
fn measure(set: &str, source: &str, read: &dyn Fn(&str) -> Option<String>) -> Vec<Row> {
    let Ok(gold) = toml::from_str::<Gold>(source) else {
        eprintln!("{set}: the gold file does not parse");
        return Vec::new();
    };
    let mut counts: BTreeMap<&str, Row> = BTreeMap::new();
    for g in &gold.line {
        let Some(text) = read(&g.file) else {
            eprintln!("{set}: cannot read {}", g.file);
            continue;
        };
        let Some(line) = text.lines().nth(g.line - 1) else {
            continue;
        };
        let mut ctx = ExtractContext {
            lang: Lang::De,
            ..ExtractContext::default()
        };
        if g.file.starts_with("000") {
            ctx.article_date = chrono::NaiveDate::from_ymd_opt(2025, 11, 9);
        }
        let found: Vec<Found> = extract_text(line, &mut ctx)
            .into_iter()
            .filter(|f| KINDS.contains(&f.kind))
            .collect();
        let mut used = vec![false; found.len()];
        // Gold facts are listed in text order: each is looked for after the one before.
        let mut from = 0;
        for [kind, words, expected] in &g.facts {
            let row = counts.entry(leak(kind)).or_insert_with(|| Row {
                set: set.into(),
                kind: kind.clone(),
                ..Row::default()
            });
            let Some(start) = line[from..].find(words.as_str()).map(|p| p + from) else {
                eprintln!("gold words not on the line: {words}");
                continue;
            };
            let span = start..start + words.len();
            from = span.end;
            let hit = found.iter().enumerate().find(|(i, f)| {
                !used[*i]
                    && f.kind.name() == kind
                    && f.span.start < span.end
                    && span.start < f.span.end
                    && value(&f.value) == gold_value(kind, expected)
            });
            match hit {
                Some((i, _)) => {
                    used[i] = true;
                    row.true_pos += 1;
                }
                None => row.false_neg += 1,
            }
        }
        for (i, f) in found.iter().enumerate() {
            if !used[i] {
                let row = counts.entry(f.kind.name()).or_insert_with(|| Row {
                    set: set.into(),
                    kind: f.kind.name().into(),
                    ..Row::default()
                });
                row.false_pos += 1;
                eprintln!(
                    "extra on {}:{}: {} {:?}",
                    g.file,
                    g.line,
                    f.kind.name(),
                    &line[f.span.clone()]
                );
            }
        }
    }
    counts.into_values().collect()
}

fn leak(s: &str) -> &'static str {
    match s {
        "date" => "date",
        "vote" => "vote",
        "document" => "document",
        "money" => "money",
        _ => "figure",
    }
}

/// WikiWarsDE: TIMEX2 annotations inline. Detection counts overlapping spans; the value row
/// also requires the normalised value to agree (for point dates).
fn wikiwars(dir: &Path) -> Vec<Row> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut detect = Row {
        set: "WikiWarsDE".into(),
        kind: "date (span)".into(),
        ..Row::default()
    };
    let mut valued = Row {
        set: "WikiWarsDE".into(),
        kind: "date (value)".into(),
        ..Row::default()
    };
    // Durations ("15 Tage", P15D) are not points in time: the product reports them as figures
    // with a unit. They are measured on their own, found as a figure or a date.
    let mut durations = Row {
        set: "WikiWarsDE".into(),
        kind: "duration (span)".into(),
        ..Row::default()
    };
    let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    for path in files {
        let Ok(xml) = std::fs::read_to_string(&path) else {
            continue;
        };
        let dct = xml
            .split("<DATETIME>")
            .nth(1)
            .and_then(|s| s.split("val=\"").nth(1))
            .and_then(|s| s.get(..10))
            .and_then(|s| s.parse::<chrono::NaiveDate>().ok());
        let body = xml
            .split("<TEXT>")
            .nth(1)
            .and_then(|s| s.split("</TEXT>").next())
            .unwrap_or("");
        let (text, gold) = strip_timex(body);
        let mut ctx = ExtractContext {
            lang: Lang::De,
            article_date: dct,
            ..ExtractContext::default()
        };
        let mut found = Vec::new();
        let mut offset = 0;
        for para in text.split("\n\n") {
            for mut f in extract_text(para, &mut ctx) {
                if matches!(f.kind, FactKind::Date | FactKind::Figure) {
                    f.span = f.span.start + offset..f.span.end + offset;
                    found.push(f);
                }
            }
            offset += para.len() + 2;
        }
        let mut used = vec![false; found.len()];
        // TIMEX2 marks the two ends of an interval apart ("von Oktober bis Dezember 1914"); the
        // product's one interval may stand for both, once each.
        let mut second_end = vec![false; found.len()];
        for (span, _) in gold.iter().filter(|(_, v)| is_duration(v)) {
            let hit = found
                .iter()
                .enumerate()
                .find(|(i, f)| !used[*i] && f.span.start < span.end && span.start < f.span.end);
            match hit {
                Some((i, _)) => {
                    used[i] = true;
                    durations.true_pos += 1;
                }
                None => {
                    durations.false_neg += 1;
                    if std::env::var_os("EVAL_MISSES").is_some() {
                        let words = text.get(span.clone()).unwrap_or("");
                        eprintln!("missed duration {}: {words:?}", path.display());
                    }
                }
            }
        }
        // What overlaps a reference to the present or the past is judged neither way.
        for (span, _) in gold.iter().filter(|(_, v)| v.ends_with("_REF")) {
            for (i, f) in found.iter().enumerate() {
                if f.span.start < span.end && span.start < f.span.end {
                    used[i] = true;
                }
            }
        }
        // Figures are only judged as durations.
        for (i, f) in found.iter().enumerate() {
            if f.kind == FactKind::Figure {
                used[i] = true;
            }
        }
        for (span, val) in gold.iter().filter(|(_, v)| !v.starts_with('P')) {
            // TIMEX2 writes 490 BC as "BC0490"; ISO 8601 (and the product) as year -0489.
            let val = &match val.strip_prefix("BC").and_then(|y| y.parse::<i32>().ok()) {
                Some(y) if val.len() == 6 => format!("-{:04}", y - 1),
                _ => val.clone(),
            };
            // Durations and sets (P…, XXXX-WXX) are not points in time; the extractor does not
            // claim them, so they count for recall only in the span row.
            let iso = |f: &Found| match &f.value {
                FactValue::Date(d) => d.iso.clone().unwrap_or_default(),
                _ => String::new(),
            };
            let overlaps = |f: &Found| f.span.start < span.end && span.start < f.span.end;
            let hit = found
                .iter()
                .enumerate()
                .find(|(i, f)| !used[*i] && overlaps(f))
                .or_else(|| {
                    found.iter().enumerate().find(|(i, f)| {
                        used[*i] && !second_end[*i] && overlaps(f) && iso(f).contains('/')
                    })
                });
            match hit {
                Some((i, f)) => {
                    if used[i] {
                        second_end[i] = true;
                    }
                    used[i] = true;
                    detect.true_pos += 1;
                    let ours = iso(f);
                    // A time's zone ("T23:00+01") is not part of the product's value.
                    let same_time = ours.contains('T') && val.starts_with(&ours);
                    let ends = ours.split_once('/');
                    let an_end = ends.is_some_and(|(a, b)| a == val || b == val);
                    if ours == *val || an_end || same_time {
                        valued.true_pos += 1;
                    } else {
                        valued.false_pos += 1;
                        valued.false_neg += 1;
                        if std::env::var_os("EVAL_MISSES").is_some() {
                            eprintln!(
                                "wrong\t{}\t{val}\t{ours}",
                                text.get(span.clone()).unwrap_or("")
                            );
                        }
                    }
                }
                None => {
                    detect.false_neg += 1;
                    valued.false_neg += 1;
                    if std::env::var_os("EVAL_MISSES").is_some() {
                        eprintln!("miss\t{}\t{val}", text.get(span.clone()).unwrap_or(""));
                    }
                }
            }
        }
        let extra = used.iter().filter(|u| !**u).count();
        detect.false_pos += extra;
        valued.false_pos += extra;
    }
    vec![detect, valued, durations]
}

/// Removes `<TIMEX2 …>` tags, returning the text and the gold (byte span, value) list.
fn strip_timex(body: &str) -> (String, Vec<(std::ops::Range<usize>, String)>) {
    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut stack: Vec<(usize, String)> = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open..open + close + 1];
        if tag.starts_with("<TIMEX2") {
            let val = tag
                .split("val=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .unwrap_or("")
                .to_string();
            stack.push((text.len(), val));
        } else if tag.starts_with("</TIMEX2")
            && let Some((start, val)) = stack.pop()
            // Only the outermost expression of nested ones is scored.
            && stack.is_empty()
        {
            gold.push((start..text.len(), val));
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    (text, gold)
}

/// A TIMEX2 duration ("P3Y", "PT2H"). "PRESENT_REF" and "PAST_REF" ("heute", "jetzt",
/// "damals") start with a P too, but are references to a time, neither spans of it nor dates
/// the product claims: they are left out of every row.
fn is_duration(value: &str) -> bool {
    value.starts_with('P') && !value.ends_with("_REF")
}
