//! Evaluation of acronyms, people, organisations, places and quotes: on hand annotations of the
//! sample and of articles written for this purpose (`tests/gold/actors.toml`, by value per
//! article), and on GermEval 2014's German named entities (by exact token span).

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use briefing::corpus::model::{Article, Lang};
use briefing::facts::{ExtractContext, Fact, FactKind, FactValue, extract_article, extract_text};
use serde::Deserialize;

use super::Row;

pub fn rows(shared: Option<&Path>) -> Vec<Row> {
    let mut rows = gold_articles();
    if let Some(dir) = shared {
        rows.extend(germeval(&dir.join("germeval2014/NER-de-dev.tsv")));
    }
    rows
}

fn misses() -> bool {
    std::env::var_os("EVAL_MISSES").is_some()
}

// ---- Own annotations ----------------------------------------------------------------------

#[derive(Deserialize)]
struct Gold {
    article: Vec<GoldArticle>,
}

#[derive(Deserialize)]
struct GoldArticle {
    file: String,
    set: String,
    #[serde(default)]
    lines: Vec<u32>,
    #[serde(default)]
    person: Vec<String>,
    #[serde(default)]
    place: Vec<String>,
    #[serde(default)]
    organization: Vec<String>,
    #[serde(default)]
    acronym: Vec<String>,
    #[serde(default)]
    quote: Vec<[String; 2]>,
}

const KINDS: [&str; 5] = ["person", "organization", "place", "acronym", "quote"];

fn load(file: &str) -> Option<Article> {
    if file.starts_with("seeds/") {
        return briefing::corpus::load::embedded()
            .into_iter()
            .find(|a| a.path == file);
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file);
    let (mut articles, _) = briefing::corpus::load::load_paths(
        &[path],
        &briefing::corpus::load::LoadOptions::default(),
    )
    .ok()?;
    articles.pop()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value a fact contributes to its article's set, as the gold writes it.
fn value(f: &Fact) -> Option<(&'static str, String)> {
    Some(match &f.value {
        FactValue::Person(p) => ("person", p.name.clone()),
        FactValue::Place(p) => ("place", p.name.clone()),
        FactValue::Organization(o) => ("organization", o.name.clone()),
        FactValue::Acronym(a) => ("acronym", a.short.clone()),
        FactValue::Quote(q) => (
            "quote",
            format!(
                "{}\u{1}{}",
                squash(&q.text),
                q.speaker.clone().unwrap_or_default()
            ),
        ),
        _ => return None,
    })
}

fn gold_articles() -> Vec<Row> {
    let source = include_str!("../../tests/gold/actors.toml");
    let gold: Gold = match toml::from_str(source) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("tests/gold/actors.toml does not parse: {e}");
            return Vec::new();
        }
    };
    let mut counts: BTreeMap<(String, &'static str), Row> = BTreeMap::new();
    for g in &gold.article {
        let Some(article) = load(&g.file) else {
            eprintln!("cannot load {}", g.file);
            continue;
        };
        let facts = extract_article(&article, None);
        let found: BTreeSet<(&'static str, String)> = facts
            .iter()
            .filter(|f| g.lines.is_empty() || g.lines.contains(&article.line_col(f.span.start).0))
            .filter_map(value)
            .collect();
        for kind in KINDS {
            let row = counts.entry((g.set.clone(), kind)).or_insert_with(|| Row {
                set: g.set.clone(),
                kind: kind.to_string(),
                ..Row::default()
            });
            let mut ours: Vec<&String> = found
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, v)| v)
                .collect();
            let expected: Vec<(String, String)> = match kind {
                "person" => g
                    .person
                    .iter()
                    .map(|v| (v.clone(), String::new()))
                    .collect(),
                "place" => g.place.iter().map(|v| (v.clone(), String::new())).collect(),
                "organization" => g
                    .organization
                    .iter()
                    .map(|v| (v.clone(), String::new()))
                    .collect(),
                "acronym" => g
                    .acronym
                    .iter()
                    .map(|v| (v.clone(), String::new()))
                    .collect(),
                _ => g
                    .quote
                    .iter()
                    .map(|[start, speaker]| (squash(start), speaker.clone()))
                    .collect(),
            };
            for (want, speaker) in &expected {
                let hit = ours.iter().position(|v| {
                    if kind == "quote" {
                        let (text, who) = v.split_once('\u{1}').unwrap_or((v, ""));
                        text.starts_with(want.as_str()) && who == speaker
                    } else {
                        *v == want
                    }
                });
                match hit {
                    Some(i) => {
                        ours.remove(i);
                        row.true_pos += 1;
                    }
                    None => {
                        row.false_neg += 1;
                        if misses() {
                            eprintln!("miss\t{}\t{kind}\t{want}\t{speaker}", g.file);
                        }
                    }
                }
            }
            row.false_pos += ours.len();
            if misses() {
                for v in ours {
                    eprintln!("extra\t{}\t{kind}\t{}", g.file, v.replace('\u{1}', " | "));
                }
            }
        }
    }
    counts.into_values().collect()
}

// ---- GermEval 2014 ------------------------------------------------------------------------

/// One sentence: its text (tokens joined by spaces), token byte ranges, gold entities (token
/// range, PER/LOC/ORG) and other annotated spans (OTH, deriv, part, nested) that are neither
/// rewarded nor punished.
struct Sentence {
    text: String,
    tokens: Vec<Range<usize>>,
    gold: Vec<(Range<usize>, &'static str)>,
    ignored: HashSet<Range<usize>>,
}

fn chunks(tags: &[String]) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (bio, label) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
        let continues = bio == "I" && cur.as_ref().is_some_and(|(_, l)| l == label);
        if !continues {
            if let Some((s, l)) = cur.take() {
                out.push((s..i, l));
            }
            if bio == "B" || bio == "I" {
                cur = Some((i, label.to_string()));
            }
        }
    }
    if let Some((s, l)) = cur {
        out.push((s..tags.len(), l));
    }
    out
}

fn read_germeval(path: &Path) -> Vec<Sentence> {
    let Ok(src) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {}", path.display());
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut tokens: Vec<String> = Vec::new();
    let mut outer: Vec<String> = Vec::new();
    let mut nested: Vec<String> = Vec::new();
    let mut flush =
        |tokens: &mut Vec<String>, outer: &mut Vec<String>, nested: &mut Vec<String>| {
            if tokens.is_empty() {
                return;
            }
            let mut text = String::new();
            let mut ranges = Vec::new();
            for t in tokens.iter() {
                if !text.is_empty() {
                    text.push(' ');
                }
                ranges.push(text.len()..text.len() + t.len());
                text.push_str(t);
            }
            let byte = |r: &Range<usize>| ranges[r.start].start..ranges[r.end - 1].end;
            let mut gold = Vec::new();
            let mut ignored = HashSet::new();
            for (r, label) in chunks(outer) {
                match label.as_str() {
                    "PER" => gold.push((byte(&r), "PER")),
                    "LOC" => gold.push((byte(&r), "LOC")),
                    "ORG" => gold.push((byte(&r), "ORG")),
                    _ => {
                        ignored.insert(byte(&r));
                    }
                }
            }
            for (r, _) in chunks(nested) {
                ignored.insert(byte(&r));
            }
            out.push(Sentence {
                text,
                tokens: ranges,
                gold,
                ignored,
            });
            tokens.clear();
            outer.clear();
            nested.clear();
        };
    for line in src.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            flush(&mut tokens, &mut outer, &mut nested);
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            continue;
        }
        tokens.push(cols[1].to_string());
        outer.push(cols[2].to_string());
        nested.push(cols[3].to_string());
    }
    flush(&mut tokens, &mut outer, &mut nested);
    out
}

/// GermEval 2014 dev: person/place/organisation facts against PER/LOC/ORG by exact token span.
/// OTH, the deriv/part variants ("deutschen", "US-Regierung") and nested entities are not gold;
/// a fact on exactly such a span counts neither way. A fact not on token boundaries counts as a
/// false positive.
fn germeval(path: &Path) -> Vec<Row> {
    let sentences = read_germeval(path);
    if sentences.is_empty() {
        return Vec::new();
    }
    let labels = ["PER", "LOC", "ORG"];
    let mut rows: Vec<Row> = labels
        .iter()
        .map(|l| Row {
            set: "GermEval2014-dev".into(),
            kind: match *l {
                "PER" => "person",
                "LOC" => "place",
                _ => "organization",
            }
            .into(),
            ..Row::default()
        })
        .collect();
    let idx = |l: &str| labels.iter().position(|x| *x == l).unwrap_or(0);
    for s in &sentences {
        let mut ctx = ExtractContext {
            lang: Lang::De,
            ..ExtractContext::default()
        };
        let found: Vec<(Range<usize>, &'static str)> = extract_text(&s.text, &mut ctx)
            .into_iter()
            .filter_map(|f| {
                let l = match f.kind {
                    FactKind::Person => "PER",
                    FactKind::Place => "LOC",
                    FactKind::Organization => "ORG",
                    _ => return None,
                };
                Some((f.span, l))
            })
            .collect();
        let mut matched = vec![false; s.gold.len()];
        for (span, l) in &found {
            let aligned = s.tokens.iter().any(|t| t.start == span.start)
                && s.tokens.iter().any(|t| t.end == span.end);
            let hit = s
                .gold
                .iter()
                .enumerate()
                .find(|(i, (g, gl))| !matched[*i] && aligned && g == span && gl == l);
            if let Some((i, _)) = hit {
                matched[i] = true;
                rows[idx(l)].true_pos += 1;
            } else if aligned && s.ignored.contains(span) {
                // OTH, deriv, part or nested: neither right nor wrong.
            } else {
                rows[idx(l)].false_pos += 1;
                if misses() {
                    eprintln!("ge-extra\t{l}\t{}\t{}", &s.text[span.clone()], s.text);
                }
            }
        }
        for (i, (g, l)) in s.gold.iter().enumerate() {
            if !matched[i] {
                rows[idx(l)].false_neg += 1;
                if misses() {
                    eprintln!("ge-miss\t{l}\t{}\t{}", &s.text[g.clone()], s.text);
                }
            }
        }
    }
    let micro = Row {
        set: "GermEval2014-dev".into(),
        kind: "PER+LOC+ORG".into(),
        true_pos: rows.iter().map(|r| r.true_pos).sum(),
        false_pos: rows.iter().map(|r| r.false_pos).sum(),
        false_neg: rows.iter().map(|r| r.false_neg).sum(),
    };
    rows.push(micro);
    rows
}
