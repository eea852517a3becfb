//! Lays an article out for the body pane: blocks wrapped to a width with textwrap (German
//! hyphenation optional), every piece of text remembering which bytes of the article it shows,
//! so search hits and facts can be found on the wrapped lines.

use std::ops::Range;
use std::sync::LazyLock;

use hyphenation::{Language, Load, Standard};
use textwrap::core::{Word, break_words};
use textwrap::{
    WordSeparator, WordSplitter, word_splitters::split_words, wrap_algorithms::wrap_first_fit,
};
use unicode_normalization::char::{compose, is_combining_mark};

use crate::corpus::inline::{self, InlineStyle};
use crate::corpus::model::{Article, BlockKind};
use crate::corpus::table;

static GERMAN: LazyLock<Option<Standard>> = LazyLock::new(|| {
    let bytes: &[u8] = include_bytes!("../../data/hyphenation/de-1996.standard.bincode");
    Standard::from_reader(Language::German1996, &mut &bytes[..]).ok()
});

/// Where German words may be hyphenated. Remembered per thread: running text repeats its
/// words, and the dictionary lookup is the costliest part of laying out a long article.
fn german_breaks(word: &str) -> Vec<usize> {
    use hyphenation::Hyphenator;
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static KNOWN: RefCell<HashMap<String, Vec<usize>>> = RefCell::new(HashMap::new());
    }
    let Some(dictionary) = &*GERMAN else {
        return Vec::new();
    };
    // The dictionary breaks nothing shorter than five letters.
    if word.len() < 5 {
        return Vec::new();
    }
    KNOWN.with(|known| {
        if let Some(points) = known.borrow().get(word) {
            return points.clone();
        }
        let points = dictionary.hyphenate(word).breaks;
        let mut known = known.borrow_mut();
        if known.len() > 200_000 {
            known.clear();
        }
        known.insert(word.to_string(), points.clone());
        points
    })
}

/// How a piece of text is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Plain,
    Title,
    Byline,
    Heading(u8),
    Marker,
    Strong,
    Emphasis,
    Code,
    Link,
    FootnoteRef,
    Quote,
    Furniture,
    Hyphen,
}

/// A run of text on a line. When `exact`, the text is byte-for-byte `article.text[src]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub text: String,
    pub src: Option<Range<usize>>,
    pub exact: bool,
    pub look: Look,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct BodyLine {
    pub segments: Vec<Segment>,
    /// The block this line shows, if any.
    pub block: Option<usize>,
}

impl BodyLine {
    /// Source bytes shown on this line.
    pub fn src_range(&self) -> Option<Range<usize>> {
        let mut srcs = self.segments.iter().filter_map(|s| s.src.clone());
        let first = srcs.next()?;
        let last = srcs.next_back().unwrap_or_else(|| first.clone());
        Some(first.start..last.end)
    }

    pub fn text(&self) -> String {
        self.segments.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A block's words as displayed, with the source offset of every displayed byte.
#[derive(Clone, Debug, Default)]
pub struct Display {
    pub text: String,
    /// `src[i]` is the article byte shown at display byte `i`; `src.len() == text.len() + 1`.
    pub src: Vec<usize>,
    /// Whether display byte `i` shows the same character as the source (not composed).
    pub exact: Vec<bool>,
    pub looks: Vec<Look>,
}

/// The laid-out article.
#[derive(Clone, Debug, Default)]
pub struct BodyLayout {
    pub width: u16,
    pub lines: Vec<BodyLine>,
    /// First line of each block.
    pub block_line: Vec<usize>,
    /// What each block displays, for searching.
    pub displays: Vec<Display>,
}

/// Options that change the layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutOptions {
    pub width: u16,
    pub hyphenate: bool,
    pub show_furniture: bool,
}

impl BodyLayout {
    /// Lays out `article` for a pane `width` columns wide.
    pub fn new(article: &Article, options: LayoutOptions) -> BodyLayout {
        let width = options.width.max(8) as usize;
        let mut out = BodyLayout {
            width: options.width,
            ..BodyLayout::default()
        };
        let hyphenate = options.hyphenate && article.lang == crate::corpus::model::Lang::De;
        let splitter = if hyphenate {
            WordSplitter::Custom(german_breaks)
        } else {
            WordSplitter::NoHyphenation
        };
        let plain = |text: &str, look: Look| Display::plain(text, look);
        out.push_wrapped(
            &plain(&article.title, Look::Title),
            width,
            "",
            "",
            None,
            &splitter,
        );
        if let Some(sub) = &article.subtitle {
            out.push_wrapped(&plain(sub, Look::Emphasis), width, "", "", None, &splitter);
        }
        let byline = article.byline();
        if !byline.is_empty() {
            out.push_wrapped(
                &plain(&byline, Look::Byline),
                width,
                "",
                "",
                None,
                &splitter,
            );
        }
        out.blank();
        let furniture_lines: Vec<(u32, &str)> = if options.show_furniture {
            article
                .boilerplate
                .iter()
                .map(|r| (r.line, r.text.as_str()))
                .collect()
        } else {
            Vec::new()
        };
        let mut furniture = furniture_lines.iter().peekable();
        // The column widths of the table being laid out, found at its first row.
        let mut table_widths: Vec<usize> = Vec::new();
        for (i, block) in article.blocks.iter().enumerate() {
            while let Some((line, text)) = furniture.next_if(|(l, _)| *l < block.line) {
                let d = plain(&format!("⌫ {text}  (line {line})"), Look::Furniture);
                out.push_wrapped(&d, width, "", "  ", None, &splitter);
            }
            let mut display = Display::of_block(article, i);
            out.block_line.push(out.lines.len());
            match block.kind {
                BlockKind::Heading => {
                    if out.lines.last().is_some_and(|l| !l.segments.is_empty()) {
                        out.blank();
                    }
                    let d = display.clone().with_look(Look::Heading(block.level));
                    out.push_wrapped(&d, width, "", "", Some(i), &splitter);
                }
                BlockKind::ListItem => {
                    let marker = match block.marker.as_deref() {
                        Some("-" | "*" | "+" | "•" | "–" | "·" | "●") | None => "•",
                        Some(m) => m,
                    };
                    let indent = "  ".repeat(block.level.min(8) as usize);
                    let first = format!("{indent}{marker} ");
                    let rest = " ".repeat(unicode_width::UnicodeWidthStr::width(first.as_str()));
                    out.push_wrapped(&display, width, &first, &rest, Some(i), &splitter);
                }
                BlockKind::Quote => {
                    let d = display.clone().with_look(Look::Quote);
                    out.push_wrapped(&d, width, "│ ", "│ ", Some(i), &splitter);
                }
                BlockKind::Paragraph => {
                    out.push_wrapped(&display, width, "", "", Some(i), &splitter)
                }
                BlockKind::TableRow => {
                    let first_row = i == 0
                        || article
                            .blocks
                            .get(i - 1)
                            .is_none_or(|p| p.kind != BlockKind::TableRow);
                    if first_row {
                        table_widths = table_widths_from(article, i);
                    }
                    // Too wide for the pane: the cells one after another, wrapped.
                    let fits = table::row_width(&table_widths) <= width;
                    display = display.table_row(fits.then_some(table_widths.as_slice()));
                    let d = if block.level == 1 {
                        display.clone().with_look(Look::Strong)
                    } else {
                        display.clone()
                    };
                    out.push_wrapped(&d, width, "", "", Some(i), &splitter);
                    if block.level == 1 && fits {
                        let d = plain(&table::rule(&table_widths), Look::Marker);
                        out.push_wrapped(&d, width, "", "", None, &splitter);
                    }
                }
            }
            let next_is =
                |kind: BlockKind| article.blocks.get(i + 1).is_some_and(|n| n.kind == kind);
            let tight = block.kind == BlockKind::ListItem && next_is(BlockKind::ListItem)
                || block.kind == BlockKind::TableRow && next_is(BlockKind::TableRow);
            if !tight {
                out.blank();
            }
            out.displays.push(display);
        }
        for (line, text) in furniture {
            let d = plain(&format!("⌫ {text}  (line {line})"), Look::Furniture);
            out.push_wrapped(&d, width, "", "  ", None, &splitter);
        }
        if !article.footnotes.is_empty() {
            let heading = match article.lang {
                crate::corpus::model::Lang::De => "Quellen",
                crate::corpus::model::Lang::En => "Sources",
            };
            out.push_wrapped(
                &plain(heading, Look::Heading(2)),
                width,
                "",
                "",
                None,
                &splitter,
            );
            for f in &article.footnotes {
                let mut d = Display::plain(&format!("[{}] ", f.label), Look::FootnoteRef);
                d.append_source(article, f.span.clone(), Look::Link);
                out.push_wrapped(&d, width, "", "     ", None, &WordSplitter::NoHyphenation);
            }
        }
        out
    }

    fn blank(&mut self) {
        self.lines.push(BodyLine::default());
    }

    fn push_wrapped(
        &mut self,
        d: &Display,
        width: usize,
        first_indent: &str,
        rest_indent: &str,
        block: Option<usize>,
        splitter: &WordSplitter,
    ) {
        use unicode_width::UnicodeWidthStr;
        let first_w = width.saturating_sub(first_indent.width()).max(4);
        let rest_w = width.saturating_sub(rest_indent.width()).max(4);
        let words: Vec<Word> = WordSeparator::AsciiSpace.find_words(&d.text).collect();
        let words: Vec<Word> = split_words(words, splitter).collect();
        let words = break_words(words, first_w.min(rest_w));
        let lines = wrap_first_fit(&words, &[first_w as f64, rest_w as f64]);
        if lines.is_empty() {
            let mut line = BodyLine {
                block,
                ..BodyLine::default()
            };
            if !first_indent.is_empty() {
                line.segments.push(marker_segment(first_indent));
            }
            self.lines.push(line);
            return;
        }
        let base = d.text.as_ptr() as usize;
        let count = lines.len();
        for (n, words) in lines.into_iter().enumerate() {
            let mut line = BodyLine {
                block,
                ..BodyLine::default()
            };
            let indent = if n == 0 { first_indent } else { rest_indent };
            if !indent.is_empty() {
                line.segments.push(marker_segment(indent));
            }
            let last_index = words.len().saturating_sub(1);
            for (k, w) in words.iter().enumerate() {
                let start = w.word.as_ptr() as usize - base;
                let end = start + w.word.len();
                d.push_segments(&mut line, start..end);
                if k == last_index {
                    if n + 1 < count && !w.penalty.is_empty() {
                        line.segments.push(Segment {
                            text: w.penalty.to_string(),
                            src: None,
                            exact: false,
                            look: Look::Hyphen,
                        });
                    }
                } else if !w.whitespace.is_empty() {
                    let ws_start = end;
                    let ws_end = ws_start + w.whitespace.len();
                    d.push_segments(&mut line, ws_start..ws_end);
                }
            }
            line.segments = coalesce(line.segments);
            self.lines.push(line);
        }
    }

    /// The wrapped line and display column showing article byte `offset`.
    pub fn locate(&self, offset: usize) -> Option<(usize, usize)> {
        use unicode_width::UnicodeWidthStr;
        for (i, line) in self.lines.iter().enumerate() {
            let mut col = 0;
            for s in &line.segments {
                if let Some(src) = &s.src
                    && src.contains(&offset)
                {
                    let inner = if s.exact {
                        s.text.get(..offset - src.start).map_or(0, |t| t.width())
                    } else {
                        0
                    };
                    return Some((i, col + inner));
                }
                col += s.text.width();
            }
        }
        None
    }

    /// The block shown at or nearest above a line.
    pub fn block_at(&self, line: usize) -> Option<usize> {
        let n = self.block_line.partition_point(|&l| l <= line);
        n.checked_sub(1)
    }
}

/// The column widths of the table whose first row is block `first`, over its rows as shown.
fn table_widths_from(article: &Article, first: usize) -> Vec<usize> {
    let rows: Vec<Display> = (first..article.blocks.len())
        .take_while(|&k| {
            article
                .blocks
                .get(k)
                .is_some_and(|b| b.kind == BlockKind::TableRow)
        })
        .map(|k| Display::of_block(article, k))
        .collect();
    table::column_widths(rows.iter().map(|d| {
        table::cells(&d.text)
            .into_iter()
            .map(|r| &d.text[r])
            .collect()
    }))
}

/// Joins neighbouring segments that look the same and show contiguous source.
fn coalesce(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for s in segments {
        if let Some(last) = out.last_mut()
            && last.look == s.look
            && last.exact
            && s.exact
            && let (Some(a), Some(b)) = (&last.src, &s.src)
            && a.end == b.start
        {
            last.text.push_str(&s.text);
            last.src = Some(a.start..b.end);
            continue;
        }
        out.push(s);
    }
    out
}

fn marker_segment(text: &str) -> Segment {
    Segment {
        text: text.to_string(),
        src: None,
        exact: false,
        look: Look::Marker,
    }
}

impl Display {
    fn plain(text: &str, look: Look) -> Display {
        let mut d = Display::default();
        for c in text.chars() {
            let c = if c.is_control() { ' ' } else { c };
            d.push(c, usize::MAX, false, look);
        }
        d.src.push(usize::MAX);
        d
    }

    /// A table row's display with its cells padded to `widths` and " │ " between them, or
    /// only apart by " │ " without widths. Each shown character keeps its place in the source.
    fn table_row(&self, widths: Option<&[usize]>) -> Display {
        use unicode_width::UnicodeWidthStr;
        let mut d = Display::default();
        let cells = table::cells(&self.text);
        for (k, cell) in cells.iter().enumerate() {
            if k > 0 {
                for c in " │ ".chars() {
                    d.push(c, usize::MAX, false, Look::Marker);
                }
            }
            let Some(shown) = self.text.get(cell.clone()) else {
                continue;
            };
            for (j, c) in shown.char_indices() {
                let at = cell.start + j;
                let src = self.src.get(at).copied().unwrap_or(usize::MAX);
                let exact = self.exact.get(at).copied().unwrap_or(false);
                let look = self.looks.get(at).copied().unwrap_or(Look::Plain);
                d.push(c, src, exact, look);
            }
            let last = k + 1 == cells.len();
            if let Some(w) = widths.and_then(|w| w.get(k)).filter(|_| !last) {
                for _ in shown.width()..*w {
                    d.push(' ', usize::MAX, false, Look::Plain);
                }
            }
        }
        d.src.push(self.src.last().copied().unwrap_or(usize::MAX));
        d
    }

    fn with_look(mut self, look: Look) -> Display {
        for l in &mut self.looks {
            if *l == Look::Plain {
                *l = look;
            }
        }
        self
    }

    fn push(&mut self, c: char, src: usize, exact: bool, look: Look) {
        for _ in 0..c.len_utf8() {
            self.src.push(src);
            self.exact.push(exact);
            self.looks.push(look);
        }
        self.text.push(c);
    }

    /// Appends raw article text (collapsing whitespace), e.g. a footnote definition.
    fn append_source(&mut self, article: &Article, span: Range<usize>, look: Look) {
        self.src.pop();
        let text = article.slice(&span);
        let mut last_space = self.text.ends_with(' ');
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if !last_space {
                    self.push(' ', span.start + i, false, look);
                }
                last_space = true;
            } else {
                self.push(c, span.start + i, true, look);
                last_space = false;
            }
        }
        self.src.push(span.end);
    }

    /// A block's text with inline markup hidden, whitespace collapsed, soft hyphens dropped and
    /// decomposed umlauts composed.
    pub fn of_block(article: &Article, block: usize) -> Display {
        let Some(b) = article.blocks.get(block) else {
            return Display::default();
        };
        let text = article.block_text(b);
        let inline = inline::parse(text, article.markdown);
        // The look of every styled byte, the earliest-starting style winning, found in one
        // pass over the styles (a block may hold thousands of footnote markers).
        let mut styled: Vec<Option<Look>> = vec![
            None;
            if inline.styles.is_empty() {
                0
            } else {
                text.len()
            }
        ];
        for (range, style) in inline.styles.iter().rev() {
            let look = match style {
                InlineStyle::Strong => Look::Strong,
                InlineStyle::Emphasis => Look::Emphasis,
                InlineStyle::Code => Look::Code,
                InlineStyle::Link(_) => Look::Link,
                InlineStyle::FootnoteRef(_) => Look::FootnoteRef,
            };
            if let Some(bytes) =
                styled.get_mut(range.start.min(text.len())..range.end.min(text.len()))
            {
                bytes.fill(Some(look));
            }
        }
        let mut d = Display::default();
        let mut chars = text.char_indices().peekable();
        let mut last_space = true;
        while let Some((i, c)) = chars.next() {
            if inline.is_hidden(i) || c == '\u{AD}' || c == '\u{200B}' {
                continue;
            }
            let src = b.span.start + i;
            if c.is_whitespace() && c != '\u{A0}' {
                if !last_space {
                    d.push(' ', src, false, Look::Plain);
                }
                last_space = true;
                continue;
            }
            last_space = false;
            let look = styled.get(i).copied().flatten().unwrap_or(Look::Plain);
            // NFD "u" + combining diaeresis is shown as one "ü".
            let mut shown = c;
            let mut exact = true;
            while let Some(&(_, next)) = chars.peek() {
                if !is_combining_mark(next) {
                    break;
                }
                match compose(shown, next) {
                    Some(composed) => {
                        shown = composed;
                        exact = false;
                        chars.next();
                    }
                    None => break,
                }
            }
            d.push(shown, src, exact, look);
        }
        while d.text.ends_with(' ') {
            d.text.pop();
            d.src.pop();
            d.exact.pop();
            d.looks.pop();
        }
        d.src.push(b.span.end);
        d
    }

    /// Splits display bytes `range` into segments of one look and contiguous source.
    fn push_segments(&self, line: &mut BodyLine, range: Range<usize>) {
        let mut start = range.start;
        while start < range.end {
            let look = self.looks.get(start).copied().unwrap_or(Look::Plain);
            let known = self.src.get(start).is_some_and(|&s| s != usize::MAX);
            let exact = self.exact.get(start).copied().unwrap_or(false);
            let mut end = start;
            let mut next_src = self.src.get(start).copied();
            while end < range.end {
                let same = self.looks.get(end) == Some(&look)
                    && self.exact.get(end) == Some(&exact)
                    && (!known || self.src.get(end).copied() == next_src);
                if !same {
                    break;
                }
                end += 1;
                next_src = next_src.map(|s| s.saturating_add(1));
                if !exact && known {
                    // A composed or collapsed character: one segment per character.
                    while end < range.end && !self.text.is_char_boundary(end) {
                        end += 1;
                    }
                    break;
                }
            }
            while end < range.end && !self.text.is_char_boundary(end) {
                end += 1;
            }
            if end == start {
                end = start + 1;
                while end < range.end && !self.text.is_char_boundary(end) {
                    end += 1;
                }
            }
            let text = self.text.get(start..end).unwrap_or("").to_string();
            let src = known.then(|| {
                let s = self.src.get(start).copied().unwrap_or(0);
                let e = if exact {
                    s + (end - start)
                } else {
                    self.src
                        .get(end)
                        .copied()
                        .filter(|&e| e != usize::MAX && e > s)
                        .unwrap_or(s + 1)
                };
                s..e
            });
            line.segments.push(Segment {
                text,
                src,
                exact: exact && known,
                look,
            });
            start = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::decode::decode;
    use crate::corpus::model::Origin;
    use crate::corpus::parse::parse;

    fn article(text: &str, name: &str) -> Article {
        parse(name, Origin::File, decode(text.as_bytes()).unwrap())
    }

    fn opts(width: u16) -> LayoutOptions {
        LayoutOptions {
            width,
            hyphenate: false,
            show_furniture: false,
        }
    }

    #[test]
    fn every_line_fits_and_every_exact_segment_shows_its_source() {
        let a = parse(
            "s.txt",
            Origin::Embedded,
            decode(crate::corpus::load::SEEDS[2].1).unwrap(),
        );
        for width in [20u16, 37, 80, 133] {
            let l = BodyLayout::new(
                &a,
                LayoutOptions {
                    hyphenate: true,
                    ..opts(width)
                },
            );
            for line in &l.lines {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line.text().as_str()) <= width as usize,
                    "{:?}",
                    line.text()
                );
                for s in &line.segments {
                    if let (true, Some(src)) = (s.exact, &s.src) {
                        assert_eq!(a.slice(src), s.text);
                    }
                }
            }
        }
    }

    #[test]
    fn a_table_is_laid_out_in_columns_and_its_cells_keep_their_source() {
        let a = article(
            "# Lage\n\nIm ersten Quartal stieg die Zahl.\n\n| Kennzahl | Q4 2030 | Q1 2031 |\n|---|---|---|\n| Erhebliche Vorfälle | 412 | 538 |\n| davon Ransomware | 96 | 141 |\n",
            "x.md",
        );
        let l = BodyLayout::new(&a, opts(60));
        let texts: Vec<String> = l.lines.iter().map(|line| line.text()).collect();
        for row in [
            "Kennzahl            │ Q4 2030 │ Q1 2031",
            "────────────────────┼─────────┼────────",
            "Erhebliche Vorfälle │ 412     │ 538",
            "davon Ransomware    │ 96      │ 141",
        ] {
            assert!(
                texts.iter().any(|t| t.trim_end() == row),
                "{row:?} in {texts:?}"
            );
        }
        // A cell's number is found where the text has it, for a fact to jump to.
        let at = a.text.find("538").unwrap();
        let (line, col) = l.locate(at).unwrap();
        let shown: String = l.lines[line].text().chars().skip(col).take(3).collect();
        assert_eq!(shown, "538");
        for line in &l.lines {
            for s in line.segments.iter().filter(|s| s.exact) {
                if let Some(src) = &s.src {
                    assert_eq!(a.slice(src), s.text);
                }
            }
        }
        // Too narrow: every line still fits.
        let l = BodyLayout::new(&a, opts(20));
        assert!(
            l.lines
                .iter()
                .all(|line| unicode_width::UnicodeWidthStr::width(line.text().as_str()) <= 20)
        );
    }

    #[test]
    fn offsets_are_found_on_wrapped_lines() {
        let a = article(
            "Titel hier\n\nEins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf.\n",
            "x.txt",
        );
        let l = BodyLayout::new(&a, opts(20));
        let at = a.text.find("zwölf").unwrap();
        let (line, col) = l.locate(at).unwrap();
        assert!(l.lines[line].text()[..].contains("zwölf"));
        assert_eq!(&l.lines[line].text()[col..col + 6], "zwölf");
    }

    #[test]
    fn soft_hyphens_nbsp_and_nfd_umlauts() {
        let a = article(
            "Titel hier\n\nDie Ent\u{AD}wicklung kostet 5\u{A0}Mio. Euro und u\u{308}berall.\n",
            "x.txt",
        );
        let l = BodyLayout::new(&a, opts(80));
        let text: String = l
            .lines
            .iter()
            .map(BodyLine::text)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            text.contains("Die Entwicklung kostet 5\u{A0}Mio. Euro und überall."),
            "{text}"
        );
    }

    #[test]
    fn german_words_are_hyphenated_when_asked() {
        let a = article(
            "Titel hier\n\nDie Datenschutzgrundverordnungsänderungsvorschläge wurden diskutiert und verabschiedet.\n",
            "x.txt",
        );
        let l = BodyLayout::new(
            &a,
            LayoutOptions {
                hyphenate: true,
                ..opts(24)
            },
        );
        assert!(
            l.lines
                .iter()
                .any(|line| line.segments.iter().any(|s| s.look == Look::Hyphen))
        );
    }

    #[test]
    fn wide_characters_fit_the_width() {
        let a = article(
            "Titel hier\n\n网络安全法修订案于二零二六年一月一日生效，要求企业更快报告事件。😀 Emoji und Text.\n",
            "x.txt",
        );
        for width in [10u16, 17, 30] {
            let l = BodyLayout::new(&a, opts(width));
            for line in &l.lines {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line.text().as_str())
                        <= width.max(8) as usize,
                    "{:?} at {width}",
                    line.text()
                );
            }
        }
    }

    #[test]
    fn list_items_hang_under_their_marker() {
        let a = article(
            "Titel hier\n\n- Ein sehr langer Listenpunkt, der über mehrere Zeilen umbrechen muss.\n",
            "x.txt",
        );
        let l = BodyLayout::new(&a, opts(24));
        let item: Vec<String> = l
            .lines
            .iter()
            .filter(|x| x.block == Some(0))
            .map(BodyLine::text)
            .collect();
        assert!(item[0].starts_with("• Ein"));
        assert!(item[1].starts_with("  ") && !item[1].starts_with("   "));
    }
}
