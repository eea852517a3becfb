//! The article model: what a parsed article is made of, independent of how it was read.

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an article came from: a file on disk, or the sample corpus built into the binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    File,
    Embedded,
}

/// The main language of an article, guessed from function words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

/// One article: its metadata, its cleaned text and the structure found in it.
///
/// All byte ranges (`span`) index into [`Article::text`], the decoded and sanitised text of the
/// whole file. Boilerplate is not cut out of `text`; it is only left out of `blocks`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Article {
    /// Path as given (or `seeds/<name>` for the embedded sample).
    pub path: String,
    pub origin: Origin,
    pub title: String,
    /// How the title was found: `front-matter`, `heading`, `title-line`, `derived`.
    pub title_source: String,
    pub subtitle: Option<String>,
    pub date: Option<NaiveDate>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub tags: Vec<String>,
    /// Topics named in front matter (`topics = [...]`), added to the ones found by keywords.
    pub declared_topics: Vec<String>,
    /// The reporting period, e.g. `2025-Q4`.
    pub period: Option<String>,
    pub lang: Lang,
    /// Whether the text is Markdown (inline markup is hidden when displayed).
    pub markdown: bool,
    /// The encoding the file was read as (`UTF-8`, `UTF-16LE`, `windows-1252`, ...).
    pub encoding: String,
    /// Decoded, sanitised text of the whole file (newlines normalised to `\n`).
    #[serde(deserialize_with = "super::cache::deserialize_text")]
    pub text: String,
    /// Line starts, made on first use (few articles are ever asked for a line number).
    #[serde(skip)]
    pub lines: std::sync::OnceLock<LineIndex>,
    /// Size and modification time of the file when it was read (for the cache).
    #[serde(skip)]
    pub stamp: Option<super::cache::Stamp>,
    /// Whether the article came from the cache rather than from parsing its file.
    #[serde(skip)]
    pub from_cache: bool,
    pub sections: Vec<Section>,
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Footnote>,
    /// Footnote references in the body that have no definition.
    pub dangling_refs: Vec<FootnoteRef>,
    /// Lines moved aside as boilerplate, with the reason.
    pub boilerplate: Vec<Removed>,
    pub warnings: Vec<String>,
}

impl Article {
    /// The text of a byte range of the article, or "" if the range does not fit.
    pub fn slice(&self, span: &Range<usize>) -> &str {
        self.text.get(span.clone()).unwrap_or("")
    }

    /// The whole definition text of a footnote, after its label.
    pub fn footnote_text(&self, footnote: &Footnote) -> &str {
        self.slice(&footnote.span)
    }

    /// A footnote's link: the first http(s) URL in its text.
    pub fn footnote_url(&self, footnote: &Footnote) -> Option<&str> {
        super::lines::first_url(self.footnote_text(footnote))
    }

    /// The text of a block.
    pub fn block_text(&self, block: &Block) -> &str {
        self.slice(&block.span)
    }

    /// The inline markup of a block (emphasis, links, footnote references).
    pub fn block_inline(&self, block: &Block) -> super::inline::Inline {
        super::inline::parse(self.block_text(block), self.markdown)
    }

    /// A block's words as displayed: inline markup hidden, whitespace runs collapsed.
    pub fn block_display(&self, block: &Block) -> String {
        let text = self.block_text(block);
        let shown = super::inline::visible(text, &self.block_inline(block));
        shown.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// 1-based line and column (in characters) of a byte offset in [`Article::text`].
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        self.lines
            .get_or_init(|| LineIndex::new(&self.text))
            .line_col(&self.text, offset)
    }

    /// Date, period, author and source joined for a header line ("2025-11-09 · Oliver Eschke").
    pub fn byline(&self) -> String {
        let date = self.date.map(|d| d.to_string());
        [
            date.as_ref(),
            self.period.as_ref(),
            self.author.as_ref(),
            self.source.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" · ")
    }

    /// The innermost section containing a block index.
    pub fn section_of_block(&self, block: usize) -> Option<usize> {
        self.blocks.get(block).map(|b| b.section)
    }

    /// Indices of the blocks of a section including its subsections.
    pub fn section_blocks(&self, section: usize) -> Range<usize> {
        self.sections
            .get(section)
            .map(|s| s.blocks.start as usize..s.end_block as usize)
            .unwrap_or(0..0)
    }

    /// The path from the root to a section, e.g. `["I. WSIS+20", "Zähe Verhandlungen"]`.
    pub fn section_path(&self, section: usize) -> Vec<&str> {
        let mut path = Vec::new();
        let mut cur = Some(section);
        while let Some(i) = cur {
            let Some(s) = self.sections.get(i) else { break };
            path.push(s.title.as_str());
            cur = s.parent.map(|p| p as usize);
        }
        path.reverse();
        path
    }
}

/// A section of an article. Sections form a tree stored flat in document order.
///
/// Indices of sections and blocks are `u32` (a large corpus has tens of thousands of
/// sections; as `usize` and `Option<usize>` they took half again the memory): an article has
/// fewer than 2^32 of either, as its text is shorter than 4 GiB (longer ones are not loaded,
/// see [`MAX_TEXT`]). [`idx`] converts.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    /// 1 for parts (`I.`, `#`), 2 for headings inside a part, and so on. The intro is level 1.
    pub level: u8,
    /// Whether this is the untitled part before the first heading.
    pub is_intro: bool,
    /// 1-based line of the heading (or of the first block for the intro).
    pub line: u32,
    pub parent: Option<u32>,
    pub children: Vec<u32>,
    /// The heading block, if the section has one (the intro has none).
    pub heading: Option<u32>,
    /// Blocks directly in this section (before its first subsection), heading included.
    pub blocks: Range<u32>,
    /// One past the last block of this section including its subsections.
    pub end_block: u32,
    /// Topics matched by this section, best first: (topic index, score).
    pub topics: Box<[(u32, u32)]>,
}

/// The longest text an article may have (in bytes, decoded): its offsets and the indices of
/// its sections fit in a `u32`.
pub const MAX_TEXT: usize = u32::MAX as usize;

/// An index or offset within an article as stored (see [`Section`]); `u32::MAX` for one that
/// cannot be (an article longer than [`MAX_TEXT`] is never loaded).
pub fn idx(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Quote,
    /// A row of a table, its cells between pipes in the text; `level` 1 for the header row.
    TableRow,
}

/// A unit of body text: a heading, a paragraph, a list item or a quotation.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Heading level for headings, nesting depth (0 = top) for list items, 0 otherwise.
    pub level: u8,
    /// The list marker as written (`-`, `•`, `a.`, `1.`), for list items. (A boxed `str`, not
    /// a `String`: a large corpus has hundreds of thousands of blocks, most without one.)
    pub marker: Option<Box<str>>,
    /// Byte range of the block's words in [`Article::text`] (markers and `#` left out).
    pub span: Range<usize>,
    /// 1-based line where the block starts.
    pub line: u32,
    /// Innermost section the block belongs to.
    pub section: usize,
}

/// A footnote definition such as `[12] https://example.org/page`. Its link is not stored: it
/// is the first URL of its text (see [`Article::footnote_url`]). A large corpus has tens of
/// thousands of footnotes; a copy of each link and a heap string for each label took 7 MB of
/// 62.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Footnote {
    /// `12` of `[12]`, `note` of `[^note]:` (at most 40 bytes: kept inline, not on the heap).
    pub label: compact_str::CompactString,
    pub line: u32,
    /// Byte range of the whole definition text after the label in [`Article::text`] (see
    /// [`Article::footnote_text`]: a copy of it took megabytes in a large corpus).
    pub span: Range<usize>,
    /// Whether the body refers to it.
    pub referenced: bool,
}

/// A `[n]` reference in the body.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FootnoteRef {
    /// As [`Footnote::label`].
    pub label: compact_str::CompactString,
    pub line: u32,
    pub column: u32,
    pub span: Range<usize>,
}

/// A line moved aside as boilerplate.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Removed {
    pub line: u32,
    pub text: String,
    pub reason: String,
}

/// Byte offsets of line starts, for turning offsets into 1-based line and column. Offsets are
/// `u32`: articles are limited to far less than 4 GiB (`load.max_file_size_mb`).
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| (i + 1) as u32));
        Self { starts }
    }

    /// Byte offset where 0-based line `line` starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).map(|&s| s as usize)
    }

    /// 1-based line and column (counted in characters) of `offset`.
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = self
            .starts
            .partition_point(|&s| s as usize <= offset)
            .saturating_sub(1);
        let start = self.line_start(line).unwrap_or(0);
        let col = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line as u32 + 1, col as u32 + 1)
    }

    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_footnote_text_is_the_definition_after_its_label() {
        let text = "Ein Titel\n\nEin Satz[1] und noch einer[2].\n\n\
                    [1] https://example.org/eins Ein Bericht\n[2] Ohne Link, zwei Zeilen\n";
        let decoded = crate::corpus::decode::decode(text.as_bytes()).unwrap();
        let a = crate::corpus::parse::parse("a.txt", Origin::File, decoded);
        let texts: Vec<&str> = a.footnotes.iter().map(|f| a.footnote_text(f)).collect();
        assert_eq!(
            texts,
            [
                "https://example.org/eins Ein Bericht",
                "Ohne Link, zwei Zeilen"
            ]
        );
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\nÄÖü x\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        let x = text.find('x').unwrap();
        assert_eq!(idx.line_col(text, x), (2, 5));
        assert_eq!(idx.line_col(text, text.len()), (3, 1));
    }
}
