//! `briefing facts` and `briefing timeline`: the key facts of the corpus as text or JSON.

use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::corpus::Corpus;
use crate::corpus::model::Article;
use crate::facts::display::value_text;
use crate::facts::{FactKind, FactRef, FactValue};

/// Parses a `--kind` value (clap value parser).
pub fn parse_kind(s: &str) -> Result<FactKind, String> {
    FactKind::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = FactKind::ALL.iter().map(|k| k.name()).collect();
        format!(
            "unknown kind \"{s}\"{} (kinds: {})",
            crate::keymap::suggestion(s, &names),
            names.join(", ")
        )
    })
}

/// Parses a `YYYY-MM-DD` date (clap value parser).
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("\"{s}\" is not a date; write it as YYYY-MM-DD"))
}

/// The section title a fact belongs to.
fn section_title<'a>(a: &'a Article, f: &FactRef<'_>) -> Option<&'a str> {
    let block = f.block.or_else(|| {
        a.blocks
            .iter()
            .position(|b| b.span.start <= f.span.start && f.span.start < b.span.end)
    })?;
    let s = a.section_of_block(block)?;
    a.sections.get(s).map(|s| s.title.as_str())
}

pub fn fact_json(a: &Article, f: &FactRef<'_>) -> Value {
    let (line, column) = a.line_col(f.span.start);
    let mut obj = json!({
        "article": a.path,
        "section": section_title(a, f),
        "line": line,
        "column": column,
        "kind": f.kind.name(),
        "text": a.slice(&f.span),
        "value": f.value,
    });
    if let (FactValue::Date(d), Some(map)) = (&*f.value, obj.as_object_mut()) {
        map.insert("modifier".into(), json!(d.modifier));
        map.insert("relative".into(), json!(d.relative));
    }
    obj
}

pub fn run(
    corpus: &Corpus,
    kinds: &[FactKind],
    section: Option<&str>,
    json: bool,
) -> Result<ExitCode> {
    let mut rows: Vec<(usize, FactRef<'_>)> = Vec::new();
    for (ai, a) in corpus.articles.iter().enumerate() {
        let wanted_section = section.and_then(|q| corpus.find_section(ai, q));
        if section.is_some() && wanted_section.is_none() {
            continue;
        }
        for f in corpus.facts().get(ai).into_iter().flatten() {
            if !kinds.is_empty() && !kinds.contains(&f.kind) {
                continue;
            }
            if let Some(s) = wanted_section {
                let range = a.section_blocks(s);
                let in_section = f.block.is_some_and(|b| range.contains(&b));
                if !in_section {
                    continue;
                }
            }
            rows.push((ai, f));
        }
    }
    if json {
        let list: Vec<Value> = rows
            .iter()
            .map(|(ai, f)| fact_json(&corpus.articles[*ai], f))
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(ExitCode::SUCCESS);
    }
    // Grouped by article, section and kind.
    let mut last_article = None;
    let mut last_section: Option<&str> = None;
    let mut sorted = rows.clone();
    sorted.sort_by_key(|(ai, f)| {
        let a = &corpus.articles[*ai];
        // The title's facts first, the body's by section, the sources last.
        let group = match (f.block, f.kind) {
            (Some(_), _) => 1,
            (None, FactKind::Source) => 2,
            (None, _) => 0,
        };
        let s = f
            .block
            .and_then(|b| a.section_of_block(b))
            .unwrap_or(usize::MAX);
        (*ai, group, s, f.kind, f.span.start)
    });
    let mut last_kind = None;
    for (ai, f) in sorted {
        let a = &corpus.articles[ai];
        if last_article != Some(ai) {
            if last_article.is_some() {
                println!();
            }
            println!("{} — {}", a.path, a.title);
            last_article = Some(ai);
            last_section = None;
        }
        let section = if f.block.is_some() {
            section_title(a, &f)
        } else {
            None
        };
        let none = match (f.block, f.kind) {
            (Some(_), _) => "(article)",
            (None, FactKind::Source) => "(sources)",
            (None, _) => "(title)",
        };
        let section = section.unwrap_or(none);
        if last_section != Some(section) {
            println!("  § {section}");
            last_section = Some(section);
            last_kind = None;
        }
        if last_kind != Some(f.kind) {
            println!("    {}", f.kind.name());
            last_kind = Some(f.kind);
        }
        let (line, col) = a.line_col(f.span.start);
        let words: String = a
            .slice(&f.span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let value = value_text(&f.value);
        if value == words || matches!(f.kind, FactKind::Source) {
            println!("      {value}  ({line}:{col})");
        } else {
            println!("      {value}  “{words}”  ({line}:{col})");
        }
    }
    if rows.is_empty() {
        eprintln!("no facts found");
    }
    Ok(ExitCode::SUCCESS)
}

/// The sentence of a block around a byte offset.
fn sentence(a: &Article, f: &FactRef<'_>) -> String {
    let Some(b) = f.block.and_then(|b| a.blocks.get(b)) else {
        // A fact of the title: its line is its sentence.
        let line = crate::facts::header_lines(a)
            .into_iter()
            .find(|l| l.start <= f.span.start && f.span.end <= l.end);
        return line.map_or_else(String::new, |l| a.slice(&l).to_string());
    };
    let text = a.block_text(b);
    let at = f.span.start.saturating_sub(b.span.start);
    let mut start = 0;
    let mut end = text.len();
    for cut in crate::corpus::lines::sentence_breaks(text) {
        if cut < at {
            start = cut + 1;
        } else {
            end = cut + 1;
            break;
        }
    }
    text.get(start..end)
        .unwrap_or(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first day a date value covers, for sorting and filtering ("2025-Q4" → 2025-10-01).
pub fn start_of(iso: &str) -> Option<NaiveDate> {
    let first = iso.split('/').next()?;
    let year: i32 = first.get(..4)?.parse().ok()?;
    let rest = &first[4..];
    let (month, day) = if let Some(q) = rest.strip_prefix("-Q") {
        (q.parse::<u32>().ok()? * 3 - 2, 1)
    } else if let Some(h) = rest.strip_prefix("-H") {
        (if h == "1" { 1 } else { 7 }, 1)
    } else if let Some(w) = rest.strip_prefix("-W") {
        let week: u32 = w.parse().ok()?;
        let d = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
        return Some(d);
    } else if let Some(season) = rest
        .strip_prefix('-')
        .filter(|s| s.chars().all(|c| c.is_ascii_uppercase()))
    {
        (
            match season {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => 12,
            },
            1,
        )
    } else {
        let mut parts = rest.trim_start_matches('-').split('-');
        let m = parts
            .next()
            .filter(|s| !s.is_empty())
            .map_or(Some(1), |s| s.parse().ok())?;
        let d = parts.next().map_or(Some(1), |s| s.parse().ok())?;
        (m, d)
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

pub fn timeline(
    corpus: &Corpus,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    json: bool,
    date_format: &str,
) -> Result<ExitCode> {
    let today = chrono::Local::now().date_naive();
    let mut rows: Vec<(NaiveDate, String, usize, FactRef<'_>)> = Vec::new();
    for (ai, a) in corpus.articles.iter().enumerate() {
        let _ = a;
        for f in corpus.facts().get(ai).into_iter().flatten() {
            let FactValue::Date(d) = &*f.value else {
                continue;
            };
            let Some(iso) = &d.iso else { continue };
            let Some(start) = start_of(iso) else { continue };
            if from.is_some_and(|x| start < x) || to.is_some_and(|x| start > x) {
                continue;
            }
            rows.push((start, iso.clone(), ai, f));
        }
    }
    rows.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.span.start.cmp(&b.3.span.start))
    });
    if json {
        let list: Vec<Value> = rows
            .iter()
            .map(|(start, _, ai, f)| {
                let a = &corpus.articles[*ai];
                let mut v = fact_json(a, f);
                if let Some(map) = v.as_object_mut() {
                    map.insert("sentence".into(), json!(sentence(a, f)));
                    map.insert("title".into(), json!(a.title));
                    map.insert("ahead".into(), json!(*start > today));
                }
                v
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(ExitCode::SUCCESS);
    }
    let mut marked_today = false;
    for (start, iso, ai, f) in &rows {
        if !marked_today && *start > today {
            println!("──── today {today} ────");
            marked_today = true;
        }
        let a = &corpus.articles[*ai];
        let modifier = match &*f.value {
            FactValue::Date(d) => d.modifier.map(|m| format!(" ({m})")).unwrap_or_default(),
            _ => String::new(),
        };
        let when = crate::facts::display::format_iso(iso, date_format);
        println!("{when}{modifier}  {}", sentence(a, f));
        println!("    — {}", crate::tui::app::short(&a.title, 70));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_of_each_precision() {
        let d = |s: &str| start_of(s).map(|d| d.to_string());
        assert_eq!(d("2025-12-17").as_deref(), Some("2025-12-17"));
        assert_eq!(d("2025-06").as_deref(), Some("2025-06-01"));
        assert_eq!(d("2025").as_deref(), Some("2025-01-01"));
        assert_eq!(d("2025-Q4").as_deref(), Some("2025-10-01"));
        assert_eq!(d("2026-SP").as_deref(), Some("2026-03-01"));
        assert_eq!(d("2025-11-06/2025-11-09").as_deref(), Some("2025-11-06"));
        assert_eq!(d("2025-W45").as_deref(), Some("2025-11-03"));
        assert_eq!(d("XXXX-12-17"), None);
    }
}
