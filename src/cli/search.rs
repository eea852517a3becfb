//! `briefing search`: the palette's lookup on the command line.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use crate::corpus::Corpus;
use crate::search::{HitKind, Index};

/// Parses a `--kind` value: article, section, text, or a fact kind.
pub fn parse_kind(s: &str) -> Result<HitKind, String> {
    HitKind::from_name(s).ok_or_else(|| {
        format!("unknown kind \"{s}\" (kinds: article, section, text, date, vote, document, money, figure, acronym, person, organization, place, quote, source)")
    })
}

pub fn run(
    corpus: &Corpus,
    query: &str,
    kinds: &[HitKind],
    limit: Option<usize>,
    json: bool,
    all: bool,
) -> Result<ExitCode> {
    let index = Index::build(corpus);
    let kinds: Vec<HitKind> = if all && kinds.is_empty() {
        vec![HitKind::Text]
    } else {
        kinds.to_vec()
    };
    let limit = if all {
        limit
    } else {
        Some(limit.unwrap_or(20))
    };
    let hits = index.search(corpus, query, &kinds, limit, None);
    let out = std::io::stdout();
    let color = out.is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut out = std::io::BufWriter::new(out.lock());
    if json {
        let list: Vec<_> = hits
            .iter()
            .map(|h| {
                let e = &index.entries[h.entry];
                let a = &corpus.articles[e.article()];
                let (line, column) = a.line_col(e.span().start);
                json!({
                    "article": a.path,
                    "section": e.section(corpus).and_then(|s| a.sections.get(s)).map(|s| &s.title),
                    "line": line,
                    "column": column,
                    "kind": e.kind().name(),
                    "text": index.text(corpus, e),
                    "score": h.score,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
    } else if all {
        for h in &hits {
            writeln!(
                out,
                "{}",
                highlight(
                    &index.text(corpus, &index.entries[h.entry]),
                    &h.positions,
                    color
                )
            )?;
        }
    } else {
        for h in &hits {
            let e = &index.entries[h.entry];
            let a = &corpus.articles[e.article()];
            let (line, column) = a.line_col(e.span().start);
            let section = e
                .section(corpus)
                .and_then(|s| a.sections.get(s))
                .map_or(String::new(), |s| format!(" › {}", s.title));
            writeln!(
                out,
                "{:<9} {}{}  ({}:{line}:{column})",
                e.kind().name(),
                crate::tui::app::short(&a.title, 50),
                section,
                a.path
            )?;
            writeln!(
                out,
                "          {}",
                highlight(
                    &crate::tui::app::short(&index.text(corpus, e), 200),
                    &h.positions,
                    color
                )
            )?;
        }
    }
    out.flush()?;
    if hits.is_empty() {
        eprintln!("nothing matches \"{query}\"");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The text with matched characters in bold (only on a terminal).
fn highlight(text: &str, positions: &[usize], color: bool) -> String {
    if !color || positions.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + positions.len() * 8);
    for (i, c) in text.chars().enumerate() {
        if positions.binary_search(&i).is_ok() {
            out.push_str("\x1b[1;33m");
            out.push(c);
            out.push_str("\x1b[0m");
        } else {
            out.push(c);
        }
    }
    out
}
