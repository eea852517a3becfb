//! Finds the structure of a plain-text or Markdown article: title, metadata, sections, blocks,
//! footnotes, and the boilerplate that is kept aside.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::boilerplate::{self, UnitInfo};
use super::decode::Decoded;
use super::lines::{self, Line, Meta};
use super::model::{
    Article, Block, BlockKind, Footnote, FootnoteRef, Lang, LineIndex, Origin, Removed, Section,
    idx,
};

/// Whether the text is Markdown (by file name) or plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
}

impl Format {
    pub fn of_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Plain
        }
    }
}

/// A run of lines that forms one candidate block.
#[derive(Clone, Debug)]
struct Unit {
    lines: Range<usize>,
    /// Byte range of the unit's words (list markers and `#` left out).
    span: Range<usize>,
    kind: UnitKind,
}

#[derive(Clone, Debug, PartialEq)]
enum UnitKind {
    Text,
    ListItem {
        marker: String,
        indent: usize,
        letter: bool,
    },
    MdHeading(u8),
    Quote,
    Footnote {
        label: String,
    },
    Meta,
    Code,
    /// A row of a pipe table; `header` when a `|---|` line follows it.
    TableRow {
        header: bool,
    },
}

/// Front matter fields (`+++` TOML or `---` YAML-like key: value).
#[derive(Default, Debug)]
struct FrontMatter {
    title: Option<String>,
    date: Option<NaiveDate>,
    author: Option<String>,
    source: Option<String>,
    tags: Vec<String>,
    topics: Vec<String>,
    period: Option<String>,
}

/// How many units from the top may be a looser metadata line ([`lines::header_metadata`]):
/// a title, a subtitle, a credit line and a date line, with room for a kicker.
const HEADER_UNITS: usize = 6;

/// The first full date on a short line at the top, above the first long paragraph: the
/// article's date where no line reads as a date line ("Parlamentskorrespondenz Nr. 768 vom
/// 06.07.2032", "Ö1 Mittagsjournal, Montag, 10.1.2033", "04.09.2032, 13.00 Uhr • aus DER SPIEGEL
/// 37/2032" under a teaser).
fn top_line_date(units: &[Unit], text: &str) -> Option<(usize, NaiveDate)> {
    // A kicker, a title and a teaser may stand above the date line (Spiegel, DW). Past a
    // long paragraph a dated sentence is text; past the third unit a long one ends the header.
    let mut past_long = false;
    for (i, unit) in units.iter().take(HEADER_UNITS).enumerate() {
        let line = &text[unit.span.clone()];
        if lines::word_count_up_to(line, 31) > 30 {
            if i > 2 {
                return None;
            }
            past_long = true;
            continue;
        }
        if past_long && line.trim_end().ends_with(['.', '!', '?']) {
            continue;
        }
        if let Some(date) = lines::date_in_line(line) {
            return Some((i, date));
        }
    }
    None
}

/// Parses decoded text into an article.
pub fn parse(path: &str, origin: Origin, decoded: Decoded) -> Article {
    let Decoded { text, encoding } = decoded;
    let format = Format::of_path(path);
    let all_lines = lines::split_lines(&text);
    let mut warnings = Vec::new();

    let (front, body_from) = front_matter(&all_lines, &text, &mut warnings);
    let units = group_units(&all_lines[body_from..], format, &text);
    let lang = guess_lang(&text);

    // The lines above the first paragraph may date the article among labels and credits.
    let mut units = units;
    for (i, unit) in units.iter_mut().take(HEADER_UNITS).enumerate() {
        let line = &text[unit.span.clone()];
        // A teaser right under the title may stand above the date line (netzpolitik.org).
        if unit.kind == UnitKind::Text && lines::word_count_up_to(line, 31) > 30 {
            if i == 1 {
                continue;
            }
            break;
        }
        if unit.kind == UnitKind::Text && lines::header_metadata(line).is_some() {
            unit.kind = UnitKind::Meta;
        }
    }

    // A name on its own beside the date line ("Emma Castellano", "Rhys Adeyemi Technology
    // reporter", "KAORI SHIMIZU, Nikkei staff writer"): the author's credit without a "By".
    let dated = |u: &Unit| {
        u.kind == UnitKind::Meta
            && matches!(lines::metadata(&text[u.span.clone()]), Some(Meta::Date(_)))
    };
    let top = units.len().min(HEADER_UNITS);
    let credits: Vec<usize> = (1..top)
        .filter(|&i| {
            units[i].kind == UnitKind::Text
                && (dated(&units[i - 1]) || units.get(i + 1).is_some_and(dated))
                && lines::credit_line(&text[units[i].span.clone()]).is_some()
        })
        .collect();
    for i in credits {
        units[i].kind = UnitKind::Meta;
    }

    // Metadata lines become fields.
    let mut meta = Metadata::default();
    // A date line below the top ("9 Mar 2032 : Column 744" in Hansard, "Stand: …" at the end)
    // dates the article only where nothing at the top does.
    let mut date_below = None;
    for (i, unit) in units.iter().enumerate() {
        if unit.kind == UnitKind::Meta {
            let line = &text[unit.span.clone()];
            let had_date = meta.date.is_some();
            meta.take(
                lines::metadata(line)
                    .or_else(|| lines::header_metadata(line))
                    .or_else(|| lines::credit_line(line).map(|name| Meta::Author(name, None))),
            );
            if !had_date && i >= HEADER_UNITS {
                let taken = meta.date.take();
                date_below = date_below.or(taken);
            }
        }
    }

    // No date line: the first full date on a short line at the top. A line that is little more
    // than its date is metadata, unless it is the only line above the text (the title).
    let mut top_date = None;
    if front.date.is_none()
        && meta.date.is_none()
        && let Some((i, date)) = top_line_date(&units, &text)
    {
        top_date = Some(date);
        let short = |u: &Unit| {
            u.kind == UnitKind::Text && lines::word_count_up_to(&text[u.span.clone()], 31) <= 30
        };
        let title_left = i > 0 || units.get(1).is_some_and(short);
        // A sentence ("Die Konferenz begann am 17. Dezember 2025.") stays text.
        let sentence = |u: &Unit| text[u.span.clone()].trim_end().ends_with(['.', '!', '?']);
        if let Some(unit) = units.get_mut(i)
            && unit.kind == UnitKind::Text
            && lines::word_count_up_to(&text[unit.span.clone()], 13) <= 12
            && title_left
            && !sentence(unit)
        {
            unit.kind = UnitKind::Meta;
        }
    }

    // Furniture.
    let infos: Vec<UnitInfo> = units
        .iter()
        .map(|u| UnitInfo {
            text: &text[u.span.clone()],
            // A table's rows are short and alike, as furniture is: they are no furniture.
            neutral: matches!(
                u.kind,
                UnitKind::Footnote { .. } | UnitKind::Meta | UnitKind::TableRow { .. }
            ),
            list_item: matches!(u.kind, UnitKind::ListItem { .. }),
        })
        .collect();
    let mut removed: Vec<Option<&'static str>> = boilerplate::detect(&infos);
    let site = site_name(&units, &text, &mut removed);

    // Title, subtitle and the furniture above them.
    let header = find_header(&units, &text, &front, format, &mut removed);
    let mut boilerplate_out = Vec::new();
    for (unit, reason) in units.iter().zip(&removed) {
        if let Some(reason) = reason {
            boilerplate_out.push(Removed {
                line: unit.lines.start as u32 + 1,
                text: text[unit.span.clone()].to_string(),
                reason: reason.to_string(),
            });
        }
    }

    // Blocks and sections.
    let skip: HashSet<usize> = header.consumed.iter().copied().collect();
    let mut builder = Builder::new(&text, lang);
    let mut footnotes = Vec::new();
    for (i, unit) in units.iter().enumerate() {
        if removed[i].is_some() || skip.contains(&i) {
            continue;
        }
        let next_is_content = units[i + 1..]
            .iter()
            .enumerate()
            .find(|(j, u)| removed[i + 1 + j].is_none() && u.kind != UnitKind::Meta)
            .is_some_and(|(_, u)| !matches!(u.kind, UnitKind::Footnote { .. }));
        match &unit.kind {
            UnitKind::Meta => {}
            UnitKind::Footnote { label } => {
                footnotes.push(Footnote {
                    label: label.as_str().into(),
                    line: unit.lines.start as u32 + 1,
                    span: unit.span.clone(),
                    referenced: false,
                });
            }
            UnitKind::MdHeading(depth) => builder.heading(unit, HeadingKind::Markdown(*depth)),
            UnitKind::Text if format == Format::Plain && next_is_content => {
                let words = &text[unit.span.clone()];
                if let Some(offset) = lines::numbered_part(words).filter(|&o| {
                    lines::heading_like(&words[o..]) && !words.trim_end().ends_with(':')
                }) {
                    let _ = offset;
                    builder.heading(unit, HeadingKind::Part);
                } else if let Some(depth) =
                    lines::decimal_depth(words).filter(|_| lines::heading_like(words))
                {
                    builder.heading(unit, HeadingKind::Numbered(depth));
                } else if lines::heading_like(words) {
                    let caps = words
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase);
                    builder.heading(
                        unit,
                        if caps {
                            HeadingKind::Label
                        } else {
                            HeadingKind::Plain
                        },
                    );
                } else {
                    builder.block(unit, BlockKind::Paragraph, 0, None);
                }
            }
            // A Markdown line that is all bold ("**Hintergrund**") is used as a heading.
            UnitKind::Text
                if format == Format::Markdown
                    && next_is_content
                    && bold_heading(&text[unit.span.clone()]) =>
            {
                builder.heading(unit, HeadingKind::Plain)
            }
            UnitKind::Text | UnitKind::Code => builder.block(unit, BlockKind::Paragraph, 0, None),
            UnitKind::TableRow { header } => {
                builder.block(unit, BlockKind::TableRow, u8::from(*header), None)
            }
            UnitKind::Quote => builder.block(unit, BlockKind::Quote, 0, None),
            UnitKind::ListItem {
                marker,
                indent,
                letter,
            } => {
                builder.list_item(unit, marker, *indent, *letter);
            }
        }
    }
    let (sections, blocks) = builder.finish();

    // Footnote references.
    let mut dangling_refs = Vec::new();
    // Made only when a reference dangles (most articles have none).
    let mut line_index: Option<LineIndex> = None;
    // The first definition of a label is the one cited.
    let mut by_label: std::collections::HashMap<compact_str::CompactString, usize> =
        Default::default();
    for (i, f) in footnotes.iter().enumerate() {
        let f: &Footnote = f;
        by_label.entry(f.label.clone()).or_insert(i);
    }
    for block in &blocks {
        let words = &text[block.span.clone()];
        for (range, label) in lines::footnote_refs(words) {
            let abs = block.span.start + range.start..block.span.start + range.end;
            if let Some(&i) = by_label.get(label) {
                footnotes[i].referenced = true;
            } else {
                let (line, column) = line_index
                    .get_or_insert_with(|| LineIndex::new(&text))
                    .line_col(&text, abs.start);
                dangling_refs.push(FootnoteRef {
                    label: label.into(),
                    line,
                    column,
                    span: abs,
                });
            }
        }
    }

    let period = front
        .period
        .clone()
        .or_else(|| find_period(&header.title, &blocks, &text));
    let title = header.title.clone();
    let mut article = Article {
        path: path.to_string(),
        origin,
        title,
        title_source: header.source.to_string(),
        subtitle: header.subtitle,
        // Else the dateline of a news text: "Berlin, 14.11.2025 – Der Bundestag …".
        date: front
            .date
            .or(meta.date)
            .or_else(|| {
                // The first paragraphs: a one-word title ("Treaty") may stand as a heading
                // before it, a press office's contact and "For Immediate Release" as lines.
                blocks
                    .iter()
                    .filter(|b| b.kind == BlockKind::Paragraph)
                    .take(4)
                    .find_map(|b| lines::dateline_in(&text[b.span.clone()], &text))
                    .map(|(date, _)| date)
            })
            .or(top_date)
            .or(date_below),
        author: front.author.or(meta.author),
        source: front.source.or(meta.source).or(site),
        tags: if front.tags.is_empty() {
            meta.tags
        } else {
            front.tags
        },
        declared_topics: front.topics,
        period,
        lang,
        markdown: format == Format::Markdown,
        encoding: encoding.to_string(),
        lines: line_index.map(Into::into).unwrap_or_default(),
        stamp: None,
        from_cache: false,
        text: String::new(),
        sections,
        blocks,
        footnotes,
        dangling_refs,
        boilerplate: boilerplate_out,
        warnings,
    };
    if !article.dangling_refs.is_empty() {
        let mut labels: Vec<&str> = article
            .dangling_refs
            .iter()
            .map(|r| r.label.as_str())
            .collect();
        labels.dedup();
        article.warnings.push(format!(
            "footnotes cited but not defined: [{}]",
            labels.join("], [")
        ));
    }
    article.text = text;
    if article.title.trim().is_empty() {
        article.title = derive_title(&article);
        article.title_source = "derived".to_string();
    }
    if article.title.trim().is_empty() {
        article.title = file_stem(path);
    }
    article
}

fn file_stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

#[derive(Default)]
struct Metadata {
    date: Option<NaiveDate>,
    author: Option<String>,
    source: Option<String>,
    tags: Vec<String>,
}

impl Metadata {
    fn take(&mut self, meta: Option<Meta>) {
        match meta {
            Some(Meta::Date(d)) => {
                self.date.get_or_insert(d);
            }
            Some(Meta::Author(a, date)) => {
                self.author.get_or_insert_with(|| a.to_string());
                if let Some(d) = date {
                    self.date.get_or_insert(d);
                }
            }
            Some(Meta::Source(s)) => self.source = Some(s.to_string()),
            Some(Meta::Tags(t)) => self.tags.extend(t.into_iter().map(str::to_string)),
            None => {}
        }
    }
}

fn front_matter(all: &[Line], text: &str, warnings: &mut Vec<String>) -> (FrontMatter, usize) {
    let Some(first) = all.iter().position(|l| !l.is_blank()) else {
        return (FrontMatter::default(), 0);
    };
    let fence = all[first].text;
    if fence != "+++" && fence != "---" {
        return (FrontMatter::default(), 0);
    }
    let Some(close) = all[first + 1..].iter().position(|l| l.text == fence) else {
        return (FrontMatter::default(), 0);
    };
    let close = first + 1 + close;
    let inner_start = all[first + 1..close]
        .first()
        .map_or(all[close].start, |l| l.start - l.indent);
    let inner = &text[inner_start.min(all[close].start)..all[close].start];
    let fm = if fence == "+++" {
        match toml::from_str::<toml::Table>(inner) {
            Ok(table) => from_toml(&table),
            Err(e) => {
                let line = e
                    .span()
                    .map(|s| text[..inner_start + s.start].matches('\n').count() + 1)
                    .unwrap_or(first + 2);
                warnings.push(format!(
                    "front matter at line {line} is not valid TOML ({}); it was ignored",
                    e.message()
                ));
                FrontMatter::default()
            }
        }
    } else {
        from_yaml_like(inner)
    };
    (fm, close + 1)
}

fn from_toml(t: &toml::Table) -> FrontMatter {
    let string = |k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let list = |k: &str| match t.get(k) {
        Some(toml::Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str())
            .map(str::to_string)
            .collect(),
        Some(toml::Value::String(s)) => split_list(s),
        _ => Vec::new(),
    };
    let date = match t.get("date") {
        Some(toml::Value::Datetime(d)) => d
            .date
            .and_then(|d| NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)),
        Some(toml::Value::String(s)) => lines::bare_date(s),
        _ => None,
    };
    FrontMatter {
        title: string("title").filter(|s| !s.trim().is_empty()),
        date,
        author: string("author"),
        source: string("source"),
        tags: list("tags"),
        topics: list("topics"),
        period: string("period"),
    }
}

fn from_yaml_like(inner: &str) -> FrontMatter {
    let mut fm = FrontMatter::default();
    for line in inner.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        let list = || split_list(value.trim_start_matches('[').trim_end_matches(']'));
        match key.trim() {
            "title" if !value.is_empty() => fm.title = Some(value.to_string()),
            "date" => fm.date = lines::bare_date(value.get(..10).unwrap_or(value)),
            "author" => fm.author = Some(value.to_string()),
            "source" => fm.source = Some(value.to_string()),
            "tags" => fm.tags = list(),
            "topics" => fm.topics = list(),
            "period" => fm.period = Some(value.to_string()),
            _ => {}
        }
    }
    fm
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(|t| t.trim().trim_matches(['"', '\'']).to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Groups lines into units. Plain text: every line is a unit, unless the file is hard-wrapped,
/// in which case lines up to a blank line are joined. Markdown: paragraphs are joined.
fn group_units(all: &[Line], format: Format, text: &str) -> Vec<Unit> {
    let join = format == Format::Markdown || hard_wrapped(all);
    let mut units: Vec<Unit> = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let line = &all[i];
        if format == Format::Markdown
            && (line.text.starts_with("```") || line.text.starts_with("~~~"))
        {
            // A fenced block is kept whole, fences included, as one verbatim paragraph.
            let start = i;
            i += 1;
            while i < all.len()
                && !(all[i].text.starts_with("```") || all[i].text.starts_with("~~~"))
            {
                i += 1;
            }
            let end = i.min(all.len() - 1);
            units.push(Unit {
                lines: all[start].number..all[end].number + 1,
                span: all[start].start..all[end].end,
                kind: UnitKind::Code,
            });
            i += 1;
            continue;
        }
        if line.is_blank() {
            i += 1;
            continue;
        }
        // A pipe table: a unit for each row, none for the line under its header.
        if is_table_row(line.text) {
            i += 1;
            if is_table_separator(line.text) {
                continue;
            }
            let header = all.get(i).is_some_and(|next| is_table_separator(next.text));
            units.push(Unit {
                lines: line.number..line.number + 1,
                span: line.start..line.end,
                kind: UnitKind::TableRow { header },
            });
            continue;
        }
        let (kind, content) = classify(line, format);
        let mut unit = Unit {
            lines: line.number..line.number + 1,
            span: line.start + content..line.end,
            kind,
        };
        i += 1;
        // Continuation lines of a paragraph, item or quote.
        if join
            && matches!(
                unit.kind,
                UnitKind::Text | UnitKind::ListItem { .. } | UnitKind::Quote
            )
        {
            while i < all.len() {
                let next = &all[i];
                if next.is_blank() {
                    break;
                }
                let (next_kind, _) = classify(next, format);
                let continues = matches!(
                    (&unit.kind, &next_kind),
                    (UnitKind::Quote, UnitKind::Quote) | (_, UnitKind::Text)
                );
                if !continues || format == Format::Markdown && is_setext_underline(next.text) {
                    break;
                }
                unit.span.end = next.end;
                unit.lines.end = next.number + 1;
                i += 1;
            }
        }
        // Setext headings: "Title\n=====".
        if format == Format::Markdown
            && unit.kind == UnitKind::Text
            && let Some(next) = all.get(i)
            && is_setext_underline(next.text)
        {
            unit.kind = UnitKind::MdHeading(if next.text.starts_with('=') { 1 } else { 2 });
            i += 1;
        }
        units.push(unit);
    }
    let _ = text;
    units
}

/// A row of a pipe table: "| Kennzahl | Q4 2030 |", with a cell between two pipes at least.
fn is_table_row(text: &str) -> bool {
    let t = text.trim();
    t.len() >= 3 && t.starts_with('|') && t.ends_with('|') && t.matches('|').count() >= 2
}

/// The line under a table's header: "|---|:--:|".
fn is_table_separator(text: &str) -> bool {
    let t = text.trim();
    is_table_row(t) && t.contains('-') && t.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
}

fn is_setext_underline(text: &str) -> bool {
    text.len() >= 3 && (text.bytes().all(|b| b == b'=') || text.bytes().all(|b| b == b'-'))
}

fn classify(line: &Line, format: Format) -> (UnitKind, usize) {
    let t = line.text;
    if let Some((label, offset)) = lines::footnote_definition(t) {
        return (
            UnitKind::Footnote {
                label: label.to_string(),
            },
            offset,
        );
    }
    if format == Format::Markdown {
        if let Some((depth, offset)) = lines::markdown_heading(t) {
            return (UnitKind::MdHeading(depth), offset);
        }
        if let Some(rest) = t.strip_prefix('>') {
            return (UnitKind::Quote, t.len() - rest.trim_start().len());
        }
    }
    if lines::metadata(t).is_some() {
        return (UnitKind::Meta, 0);
    }
    if let Some(m) = lines::list_marker(t) {
        // "1. Titel" without a final full stop is a numbered part, not an item (plain text).
        let numbered_heading = format == Format::Plain
            && m.ordered
            && !m.letter
            && lines::heading_like(&t[m.content..]);
        if !numbered_heading && !is_horizontal_rule(t) {
            return (
                UnitKind::ListItem {
                    marker: m.marker,
                    indent: line.indent,
                    letter: m.letter,
                },
                m.content,
            );
        }
    }
    if format == Format::Plain && is_quotation(t) {
        return (UnitKind::Quote, 0);
    }
    (UnitKind::Text, 0)
}

fn bold_heading(t: &str) -> bool {
    let inner = t
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .or_else(|| t.strip_prefix("__").and_then(|r| r.strip_suffix("__")));
    inner.is_some_and(|i| {
        !i.contains("**") && !i.contains('\n') && lines::heading_like(i.trim_end_matches(':'))
    })
}

fn is_horizontal_rule(t: &str) -> bool {
    t.len() >= 3 && t.chars().all(|c| matches!(c, '-' | '*' | '_' | ' '))
}

/// A paragraph that is entirely a quotation: „…“ or "…" or »…«, maybe with an attribution.
fn is_quotation(t: &str) -> bool {
    let pairs = [('„', '“'), ('“', '”'), ('"', '"'), ('»', '«'), ('«', '»')];
    pairs.iter().any(|&(open, close)| {
        t.starts_with(open)
            && t.chars().count() > 40
            && t.trim_end_matches(['.', ' ']).ends_with(close)
            && t[open.len_utf8()..].matches(close).count() == 1
    })
}

/// Plain text wrapped at a fixed width: no long lines, many lines near one width.
fn hard_wrapped(all: &[Line]) -> bool {
    let lens: Vec<usize> = all
        .iter()
        .filter(|l| !l.is_blank())
        .map(|l| l.text.chars().count() + l.indent)
        .collect();
    if lens.len() < 4 || lens.iter().any(|&n| n > 100) {
        return false;
    }
    let near_width = lens.iter().filter(|&&n| (60..=100).contains(&n)).count();
    near_width * 3 >= lens.len()
}

/// A domain-like line near the top ("example.org | ") names the site: it becomes the source.
fn site_name(units: &[Unit], text: &str, removed: &mut [Option<&'static str>]) -> Option<String> {
    static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\s*(?:[|·•–-]\s*)*$")
            .expect("valid")
    });
    for (i, unit) in units.iter().enumerate().take(12) {
        let words = &text[unit.span.clone()];
        if lines::word_count(words) > 4 || !words.contains('.') {
            continue;
        }
        if let Some(c) = DOMAIN.captures(words) {
            removed[i] = Some("site name");
            return c.get(1).map(|m| m.as_str().to_string());
        }
    }
    None
}

struct Header {
    title: String,
    source: &'static str,
    subtitle: Option<String>,
    /// Units shown in the header rather than the body.
    consumed: Vec<usize>,
}

/// Title from front matter, a Markdown `# H1`, the first title-like line, or the text itself.
fn find_header(
    units: &[Unit],
    text: &str,
    front: &FrontMatter,
    format: Format,
    removed: &mut [Option<&'static str>],
) -> Header {
    let words = |u: &Unit| &text[u.span.clone()];
    if let Some(title) = &front.title {
        return Header {
            title: title.clone(),
            source: "front-matter",
            subtitle: None,
            consumed: Vec::new(),
        };
    }
    if format == Format::Markdown {
        let h1: Vec<usize> = units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind == UnitKind::MdHeading(1))
            .map(|(i, _)| i)
            .collect();
        if let [only] = h1[..] {
            return Header {
                title: words(&units[only]).trim_end_matches('#').trim().to_string(),
                source: "heading",
                subtitle: None,
                consumed: vec![only],
            };
        }
    }
    // Title-like lines before the first real paragraph.
    let mut title_at = None;
    let mut furniture_before = Vec::new();
    for (i, unit) in units.iter().enumerate() {
        if removed[i].is_some() || unit.kind == UnitKind::Meta {
            continue;
        }
        if unit.kind != UnitKind::Text {
            break;
        }
        let w = words(unit);
        if title_like(w) {
            title_at = Some(i);
            break;
        }
        // Real writing ends the header: no title above the first paragraph.
        if lines::word_count(w) > 8 || lines::has_sentence_break(w) || furniture_before.len() >= 6 {
            break;
        }
        // Kickers, categories ("Technology | Policy") and labels above the title.
        furniture_before.push(i);
    }
    if let Some(t) = title_at {
        for i in furniture_before {
            removed[i] = Some(
                if words(&units[i]).chars().any(char::is_lowercase)
                    && words(&units[i]).split_whitespace().count() == 1
                    && words(&units[i])
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
                {
                    "button"
                } else {
                    "kicker"
                },
            );
        }
        let title = words(&units[t]).to_string();
        let mut consumed = vec![t];
        // The same title repeated further down is furniture.
        for (i, unit) in units.iter().enumerate().skip(t + 1) {
            if removed[i].is_none() && words(unit) == title {
                removed[i] = Some("repeated title");
            }
        }
        let subtitle = units
            .iter()
            .enumerate()
            .skip(t + 1)
            .find(|(i, u)| removed[*i].is_none() && u.kind != UnitKind::Meta)
            .filter(|(_, u)| u.kind == UnitKind::Text && title_like(words(u)))
            // "1. Einleitung" opens the first section; it does not stand under the title.
            .filter(|(_, u)| {
                crate::corpus::lines::numbered_part(words(u)).is_none()
                    && crate::corpus::lines::decimal_depth(words(u)).is_none()
            })
            .map(|(i, u)| {
                consumed.push(i);
                words(u).to_string()
            });
        return Header {
            title,
            source: "title-line",
            subtitle,
            consumed,
        };
    }
    Header {
        title: String::new(),
        source: "derived",
        subtitle: None,
        consumed: Vec::new(),
    }
}

/// A title: a few words, capitalised, no final full stop, not a label or a caption.
fn title_like(t: &str) -> bool {
    let n = lines::word_count(t);
    (2..=20).contains(&n)
        && t.chars().count() <= 160
        && !is_label(t)
        && !t.contains(" | ")
        && lines::heading_like_title(t)
}

/// One word, or all capitals: a category kicker or a section label, not a title.
fn is_label(t: &str) -> bool {
    let n = lines::word_count(t);
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    n == 1 || (!letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) && n <= 6)
}

enum HeadingKind {
    Markdown(u8),
    /// Decimal numbering: `1.2 Title` has depth 2.
    Numbered(u8),
    Part,
    Label,
    Plain,
}

/// Builds blocks and the section tree in one pass over the units.
struct Builder<'a> {
    text: &'a str,
    lang: Lang,
    blocks: Vec<Block>,
    sections: Vec<Section>,
    /// Open sections from the root to the current one.
    stack: Vec<usize>,
    md_min_depth: Option<u8>,
    /// Whether a part (numbered or label) heading has been seen, so plain headings go under it.
    in_part: bool,
    last_list: Option<(usize, u8)>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, lang: Lang) -> Self {
        Builder {
            text,
            lang,
            blocks: Vec::new(),
            sections: Vec::new(),
            stack: Vec::new(),
            md_min_depth: None,
            in_part: false,
            last_list: None,
        }
    }

    fn line_of(unit: &Unit) -> u32 {
        unit.lines.start as u32 + 1
    }

    fn heading(&mut self, unit: &Unit, kind: HeadingKind) {
        let level = match kind {
            HeadingKind::Markdown(depth) => {
                let min = *self.md_min_depth.get_or_insert(depth);
                depth.saturating_sub(min.min(depth)) + 1
            }
            HeadingKind::Part | HeadingKind::Label => {
                self.in_part = true;
                1
            }
            HeadingKind::Numbered(depth) => depth.max(1),
            HeadingKind::Plain => {
                if self.in_part {
                    2
                } else {
                    1
                }
            }
        };
        self.close_blocks();
        while let Some(&top) = self.stack.last() {
            if self.sections[top].level >= level {
                self.stack.pop();
            } else {
                break;
            }
        }
        let parent = self.stack.last().copied();
        let index = self.sections.len();
        let block_index = self.blocks.len();
        let title = self.text[unit.span.clone()]
            .trim_end_matches('#')
            .trim()
            .trim_matches(['*', '_'])
            .trim()
            .trim_end_matches(':')
            .to_string();
        let block_index = idx(block_index);
        self.sections.push(Section {
            title,
            level,
            is_intro: false,
            line: Self::line_of(unit),
            parent: parent.map(idx),
            children: Vec::new(),
            heading: Some(block_index),
            blocks: block_index..block_index,
            end_block: block_index,
            topics: Box::default(),
        });
        if let Some(p) = parent {
            self.sections[p].children.push(idx(index));
        }
        self.stack.push(index);
        self.push(unit, BlockKind::Heading, level, None);
        self.last_list = None;
    }

    fn ensure_section(&mut self, unit: &Unit) {
        if self.sections.is_empty() {
            self.sections.push(self.intro(Self::line_of(unit)));
            self.stack.push(0);
        }
    }

    /// The untitled part before the first heading.
    fn intro(&self, line: u32) -> Section {
        Section {
            title: match self.lang {
                Lang::De => "Einleitung".to_string(),
                Lang::En => "Introduction".to_string(),
            },
            level: 1,
            is_intro: true,
            line,
            parent: None,
            children: Vec::new(),
            heading: None,
            blocks: 0..0,
            end_block: 0,
            topics: Box::default(),
        }
    }

    fn push(&mut self, unit: &Unit, kind: BlockKind, level: u8, marker: Option<Box<str>>) {
        self.ensure_section(unit);
        let section = self.stack.last().copied().unwrap_or(0);
        self.blocks.push(Block {
            kind,
            level,
            marker,
            span: unit.span.clone(),
            line: Self::line_of(unit),
            section,
        });
    }

    fn block(&mut self, unit: &Unit, kind: BlockKind, level: u8, marker: Option<Box<str>>) {
        self.push(unit, kind, level, marker);
        self.last_list = None;
    }

    fn list_item(&mut self, unit: &Unit, marker: &str, indent: usize, letter: bool) {
        // Depth from indentation; letter items (a., b.) hang under the item before them.
        let mut depth = (indent / 2).min(6) as u8;
        if letter && let Some((_, prev_depth)) = self.last_list {
            depth = depth.max(prev_depth.saturating_add(1).min(6));
            if let Some(prev) = self.blocks.last()
                && prev
                    .marker
                    .as_deref()
                    .is_some_and(|m| m.len() == 2 && m.as_bytes()[0].is_ascii_lowercase())
            {
                depth = prev.level;
            }
        }
        self.push(unit, BlockKind::ListItem, depth, Some(marker.into()));
        let last = self.blocks.len() - 1;
        if !letter {
            self.last_list = Some((last, depth));
        } else if self.last_list.is_none() {
            self.last_list = Some((last, depth.saturating_sub(1)));
        }
    }

    fn close_blocks(&mut self) {
        if let Some(&cur) = self.stack.last() {
            let end = idx(self.blocks.len());
            let s = &mut self.sections[cur];
            if s.blocks.end == s.blocks.start && s.children.is_empty() {
                s.blocks.end = end;
            }
        }
    }

    fn finish(mut self) -> (Vec<Section>, Vec<Block>) {
        self.close_blocks();
        // The untitled intro must not share its name with a heading ("EINLEITUNG").
        let taken = |name: &str| {
            self.sections
                .iter()
                .any(|s| !s.is_intro && strip_numbering(&s.title).eq_ignore_ascii_case(name))
        };
        let rename = match self.lang {
            Lang::De if taken("Einleitung") => Some("Vorspann"),
            Lang::En if taken("Introduction") => Some("Lead"),
            _ => None,
        };
        if let (Some(name), Some(intro)) = (rename, self.sections.first_mut())
            && intro.is_intro
        {
            intro.title = name.to_string();
        }
        let n = idx(self.blocks.len());
        // Direct blocks end where the first child starts, or where the next section starts.
        let starts: Vec<u32> = self.sections.iter().map(|s| s.blocks.start).collect();
        for i in 0..self.sections.len() {
            let next_start = starts.get(i + 1).copied().unwrap_or(n);
            self.sections[i].blocks.end = next_start;
        }
        // Full extent: up to the next section that is not a descendant.
        for i in 0..self.sections.len() {
            let level = self.sections[i].level;
            let end = self.sections[i + 1..]
                .iter()
                .find(|s| s.level <= level)
                .map_or(n, |s| s.blocks.start);
            self.sections[i].end_block = end;
        }
        // An intro section is always there when the article has blocks before any heading; an
        // article without any block still gets one empty section so readers have somewhere to be.
        if self.sections.is_empty() {
            self.sections.push(self.intro(1));
        }
        for s in &mut self.sections {
            s.children.shrink_to_fit();
        }
        (self.sections, self.blocks)
    }
}

/// "4. Quartal 2025", "Q4 2025", "fourth quarter of 2025" → `2025-Q4`, looked for in the title
/// and the first blocks.
fn find_period(title: &str, blocks: &[Block], text: &str) -> Option<String> {
    static DE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b([1-4]|I|II|III|IV)\.\s*Quartal(?:s)?\s+(\d{4})\b").expect("valid")
    });
    static Q: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:Q([1-4])[ /-]?(\d{4})|(\d{4})[ -]Q([1-4]))\b").expect("valid")
    });
    static EN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(\d{4})\b")
            .expect("valid")
    });
    let mut haystacks = vec![title];
    haystacks.extend(blocks.iter().take(3).map(|b| &text[b.span.clone()]));
    for h in haystacks {
        if !(h.contains("Quartal") || h.contains('Q') || h.contains("quarter")) {
            continue;
        }
        // "4. Quartal 2025", "II. Quartal 2033".
        if let Some(c) = DE.captures(h) {
            let q = match &c[1] {
                "I" => "1",
                "II" => "2",
                "III" => "3",
                "IV" => "4",
                digit => digit,
            };
            return Some(format!("{}-Q{q}", &c[2]));
        }
        if let Some(c) = Q.captures(h) {
            return match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                (Some(q), Some(y), _, _) | (_, _, Some(y), Some(q)) => {
                    Some(format!("{}-Q{}", y.as_str(), q.as_str()))
                }
                _ => None,
            };
        }
        if let Some(c) = EN.captures(h) {
            let q = match c[1].to_lowercase().as_str() {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                _ => 4,
            };
            return Some(format!("{}-Q{q}", &c[2]));
        }
    }
    None
}

/// German or English, by counting a few very common words in the first 8 kB.
pub fn guess_lang(text: &str) -> Lang {
    let sample = &text.as_bytes()[..text.len().min(8 * 1024)];
    let (mut de, mut en) = (0, 0);
    for w in sample.split(|b| b.is_ascii_whitespace()) {
        match w {
            b"der" | b"die" | b"das" | b"und" | b"ist" | b"nicht" | b"mit" | b"den" | b"von"
            | b"zu" => de += 1,
            b"the" | b"and" | b"is" | b"of" | b"to" | b"with" | b"that" | b"for" | b"on"
            | b"are" => en += 1,
            _ => {}
        }
    }
    if en > de { Lang::En } else { Lang::De }
}

/// Fills in a title for an article that has none: the reporting period with its parts, or the
/// first sentence shortened at a clause.
pub fn derive_title(article: &Article) -> String {
    let parts: Vec<&str> = article
        .sections
        .iter()
        .filter(|s| s.level == 1 && !s.is_intro && lines::numbered_part(&s.title).is_some())
        .map(|s| strip_numbering(&s.title))
        .collect();
    let first_block = article.blocks.iter().find(|b| b.kind != BlockKind::Heading);
    let period_phrase = first_block.and_then(|b| period_phrase(article.block_text(b)));
    if parts.len() >= 2 && parts.len() <= 5 {
        let joined = parts.join(", ");
        return match period_phrase {
            Some(p) => format!("{p}: {joined}"),
            None => joined,
        };
    }
    match first_block {
        Some(b) => shorten_sentence(article.block_text(b)),
        None => file_stem(&article.path),
    }
}

fn strip_numbering(title: &str) -> &str {
    match lines::numbered_part(title) {
        Some(offset) => &title[offset..],
        None => title,
    }
}

fn period_phrase(text: &str) -> Option<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b[1-4]\.\s*Quartal\s+\d{4}\b|\b(?i:(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?\d{4})\b|\bQ[1-4]\s+\d{4}\b").expect("valid")
    });
    RE.find(text).map(|m| m.as_str().to_string())
}

/// The first sentence, cut at a clause boundary or a word boundary if it is long.
fn shorten_sentence(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = lines::sentence_breaks(&text).next().unwrap_or(text.len());
    let first = text[..end].trim_end_matches(['.', ':', ';', ',', '!', '?']);
    const MAX: usize = 80;
    if first.chars().count() <= MAX {
        return first.to_string();
    }
    // A clause of decent length reads better than a cut-off sentence.
    let limit = first
        .char_indices()
        .nth(MAX)
        .map_or(first.len(), |(i, _)| i);
    if let Some(cut) = first[..limit].rfind([',', ';', '–', ':']) {
        let clause = first[..cut].trim();
        if clause.chars().count() >= 25 {
            return clause.to_string();
        }
    }
    let cut = first[..limit].rfind(' ').unwrap_or(limit);
    format!("{}…", first[..cut].trim_end())
}

#[cfg(test)]
mod tests {
    use super::find_period;

    #[test]
    fn a_briefings_period_in_digits_roman_numerals_or_words() {
        let period = |title: &str| find_period(title, &[], "");
        assert_eq!(
            period("Cyber – 4. Quartal 2025").as_deref(),
            Some("2025-Q4")
        );
        assert_eq!(
            period("Quartalsbrief Digitalpolitik – II. Quartal 2033").as_deref(),
            Some("2033-Q2")
        );
        assert_eq!(period("Briefing Q3 2031").as_deref(), Some("2031-Q3"));
        assert_eq!(
            period("Third quarter of 2030 in review").as_deref(),
            Some("2030-Q3")
        );
        assert_eq!(period("Ein Jahr im Rückblick"), None);
    }
}
