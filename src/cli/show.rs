//! `briefing show`: an article, or one section of it, as clean wrapped text.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::{Result, bail};

use super::{CorpusArgs, open};
use crate::corpus::model::{Article, BlockKind};
use crate::corpus::{BuildOptions, Corpus};
use crate::settings::Settings;

pub fn run(
    query: &str,
    corpus_args: &CorpusArgs,
    settings: &Settings,
    build: &BuildOptions,
    width: Option<usize>,
    raw: bool,
) -> Result<ExitCode> {
    // ARTICLE may itself be a file; otherwise it names an article of the corpus.
    let (article_query, section_query) = split_query(query);
    let as_file = std::path::Path::new(article_query).is_file();
    let corpus_args = if as_file {
        CorpusArgs {
            paths: vec![article_query.into()],
        }
    } else {
        corpus_args.clone()
    };
    let corpus = open(&corpus_args, settings, build)?;
    let found = if as_file {
        Some(0)
    } else {
        corpus.find_article(article_query)
    };
    let Some(ai) = found else {
        bail!(
            "no article matches \"{article_query}\" in {} (run `briefing list` to see titles and paths)",
            corpus_name(&corpus_args)
        );
    };
    let article = &corpus.articles[ai];
    let width = width
        .or_else(|| {
            std::io::stdout()
                .is_terminal()
                .then(|| crossterm::terminal::size().ok().map(|(w, _)| w as usize))
                .flatten()
        })
        .unwrap_or(80)
        .clamp(20, 1000);
    if raw {
        print!("{}", article.text);
        if !article.text.ends_with('\n') {
            println!();
        }
        return Ok(ExitCode::SUCCESS);
    }
    let section = match section_query {
        Some(q) => match corpus.find_section(ai, q) {
            Some(s) => Some(s),
            None => bail!(
                "no section of \"{}\" matches \"{q}\" (run `briefing list` to see its sections)",
                article.title
            ),
        },
        None => None,
    };
    print!("{}", render(&corpus, article, section, width));
    Ok(ExitCode::SUCCESS)
}

fn corpus_name(args: &CorpusArgs) -> String {
    if args.paths.is_empty() {
        "the built-in sample".to_string()
    } else {
        args.paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// "file.txt#Section" → ("file.txt", Some("Section")); a path that exists with '#' stays whole.
fn split_query(query: &str) -> (&str, Option<&str>) {
    if std::path::Path::new(query).exists() {
        return (query, None);
    }
    match query.rsplit_once('#') {
        Some((a, s)) if !a.is_empty() && !s.is_empty() => (a, Some(s)),
        _ => (query, None),
    }
}

/// The article (or one section) as wrapped plain text.
pub fn render(_corpus: &Corpus, a: &Article, section: Option<usize>, width: usize) -> String {
    let mut out = String::new();
    let blocks = match section {
        Some(s) => a.section_blocks(s),
        None => {
            out.push_str(&a.title);
            out.push('\n');
            out.push_str(
                &"═".repeat(unicode_width::UnicodeWidthStr::width(a.title.as_str()).min(width)),
            );
            out.push('\n');
            if let Some(sub) = &a.subtitle {
                out.push_str(&textwrap::fill(sub, width));
                out.push('\n');
            }
            let byline = a.byline();
            if !byline.is_empty() {
                out.push_str(&byline);
                out.push('\n');
            }
            out.push('\n');
            0..a.blocks.len()
        }
    };
    let intro = section
        .and_then(|s| a.sections.get(s))
        .filter(|s| s.is_intro);
    if let Some(s) = intro {
        out.push_str(&s.title);
        out.push('\n');
        out.push_str(&"─".repeat(s.title.chars().count().min(width)));
        out.push_str("\n\n");
    }
    let mut table_widths: Vec<usize> = Vec::new();
    for b in blocks {
        let Some(block) = a.blocks.get(b) else {
            continue;
        };
        // Items of one list stay together; everything else is separated by a blank line.
        let next_is_item = a
            .blocks
            .get(b + 1)
            .is_some_and(|n| n.kind == BlockKind::ListItem);
        let next_is_row = a
            .blocks
            .get(b + 1)
            .is_some_and(|n| n.kind == BlockKind::TableRow);
        let tight = block.kind == BlockKind::ListItem && next_is_item
            || block.kind == BlockKind::TableRow && next_is_row;
        let text = a.block_display(block);
        match block.kind {
            BlockKind::Heading => {
                let rule = if block.level <= 1 { '═' } else { '─' };
                out.push_str(&textwrap::fill(&text, width));
                out.push('\n');
                out.push_str(
                    &rule
                        .to_string()
                        .repeat(unicode_width::UnicodeWidthStr::width(text.as_str()).min(width)),
                );
                out.push('\n');
            }
            BlockKind::ListItem => {
                let marker = block.marker.as_deref().unwrap_or("-");
                let marker = if matches!(marker, "-" | "*" | "+" | "•" | "–") {
                    "•"
                } else {
                    marker
                };
                let indent = "  ".repeat(block.level.min(8) as usize);
                let first = format!("{indent}{marker} ");
                let rest = " ".repeat(first.chars().count());
                let opts = textwrap::Options::new(width)
                    .initial_indent(&first)
                    .subsequent_indent(&rest);
                out.push_str(&textwrap::fill(&text, opts));
                out.push('\n');
            }
            BlockKind::Quote => {
                let opts = textwrap::Options::new(width)
                    .initial_indent("│ ")
                    .subsequent_indent("│ ");
                out.push_str(&textwrap::fill(&text, opts));
                out.push('\n');
            }
            BlockKind::Paragraph => {
                out.push_str(&textwrap::fill(&text, width));
                out.push('\n');
            }
            BlockKind::TableRow => {
                // The columns are measured once, at the first row shown of each table.
                let first_shown = table_widths.is_empty()
                    || b.checked_sub(1)
                        .and_then(|p| a.blocks.get(p))
                        .is_none_or(|p| p.kind != BlockKind::TableRow);
                if first_shown {
                    table_widths = column_widths(a, b);
                }
                out.push_str(&table_row(a, b, &text, &table_widths, width));
            }
        }
        if !tight {
            out.push('\n');
        }
    }
    if section.is_none() && !a.footnotes.is_empty() {
        out.push_str(match a.lang {
            crate::corpus::model::Lang::De => "Quellen\n───────\n",
            crate::corpus::model::Lang::En => "Sources\n───────\n",
        });
        for f in &a.footnotes {
            let opts = textwrap::Options::new(width).subsequent_indent("     ");
            out.push_str(&textwrap::fill(
                &format!("[{}] {}", f.label, a.footnote_text(f)),
                opts,
            ));
            out.push('\n');
        }
    }
    out
}

/// The display widths of the columns of the table that row `b` belongs to, over all its rows.
fn column_widths(a: &crate::corpus::model::Article, b: usize) -> Vec<usize> {
    use crate::corpus::table;
    let is_row = |k: &usize| {
        a.blocks
            .get(*k)
            .is_some_and(|n| n.kind == BlockKind::TableRow)
    };
    let first = (0..=b).rev().take_while(is_row).last().unwrap_or(b);
    let last = (b..a.blocks.len()).take_while(is_row).last().unwrap_or(b);
    let shown: Vec<String> = (first..=last)
        .filter_map(|k| a.blocks.get(k).map(|r| a.block_display(r)))
        .collect();
    table::column_widths(
        shown
            .iter()
            .map(|row| table::cells(row).into_iter().map(|r| &row[r]).collect()),
    )
}

/// A table's row `b` (shown as `text`) with its cells in the columns `widths`, a rule under
/// the header; a table wider than `width` has its rows wrapped, cells apart by "│".
fn table_row(
    a: &crate::corpus::model::Article,
    b: usize,
    text: &str,
    widths: &[usize],
    width: usize,
) -> String {
    use crate::corpus::table;
    let cells: Vec<&str> = table::cells(text).into_iter().map(|r| &text[r]).collect();
    let mut out = String::new();
    if table::row_width(widths) > width {
        out.push_str(&textwrap::fill(&cells.join(" │ "), width));
        out.push('\n');
        return out;
    }
    let padded: Vec<String> = cells
        .iter()
        .zip(widths)
        .map(|(cell, w)| {
            let pad = w.saturating_sub(unicode_width::UnicodeWidthStr::width(*cell));
            format!("{cell}{}", " ".repeat(pad))
        })
        .collect();
    out.push_str(padded.join(" │ ").trim_end());
    out.push('\n');
    if a.blocks.get(b).is_some_and(|r| r.level == 1) {
        out.push_str(&table::rule(widths));
        out.push('\n');
    }
    out
}
