//! Inline markup inside a block: Markdown emphasis, code, links and images, and footnote
//! references. Readers show the words, style them, and hide the markup characters.
//!
//! Ranges are byte ranges into the block's text, so facts and search hits (which point into
//! the same text) stay valid; only the display skips the hidden ranges.

use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InlineStyle {
    Strong,
    Emphasis,
    Code,
    /// Link text; the URL is kept for "open link".
    Link(String),
    /// A `[n]` or `[^n]` reference to a footnote.
    FootnoteRef(String),
}

/// Hidden markup and styled ranges of one block's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inline {
    /// Markup characters not to display, sorted and non-overlapping.
    pub hidden: Vec<Range<usize>>,
    /// Styled ranges, sorted by start.
    pub styles: Vec<(Range<usize>, InlineStyle)>,
}

impl Inline {
    /// Whether byte `i` of the text is markup to hide.
    pub fn is_hidden(&self, i: usize) -> bool {
        let k = self.hidden.partition_point(|r| r.end <= i);
        self.hidden.get(k).is_some_and(|r| r.start <= i)
    }

    /// The styles covering byte `i`.
    pub fn styles_at(&self, i: usize) -> impl Iterator<Item = &InlineStyle> {
        self.styles
            .iter()
            .filter(move |(r, _)| r.contains(&i))
            .map(|(_, s)| s)
    }
}

/// Finds inline markup. Plain-text articles only get footnote references.
pub fn parse(text: &str, markdown: bool) -> Inline {
    let mut out = Inline::default();
    for (range, label) in super::lines::footnote_refs(text) {
        out.styles
            .push((range, InlineStyle::FootnoteRef(label.to_string())));
    }
    if markdown {
        parse_markdown(text, &mut out);
    }
    out.hidden.sort_by_key(|r| r.start);
    out.styles.sort_by_key(|(r, _)| r.start);
    out
}

fn parse_markdown(text: &str, out: &mut Inline) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if i + 1 < bytes.len() && bytes[i + 1].is_ascii_punctuation() => {
                out.hidden.push(i..i + 1);
                i += 2;
            }
            b'`' => {
                let ticks = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                let fence = &text[i..i + ticks];
                match text[i + ticks..].find(fence) {
                    Some(p) => {
                        let close = i + ticks + p;
                        out.hidden.push(i..i + ticks);
                        out.hidden.push(close..close + ticks);
                        out.styles.push((i + ticks..close, InlineStyle::Code));
                        i = close + ticks;
                    }
                    None => i += ticks,
                }
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => match link_at(text, i + 1) {
                Some(link) => {
                    out.hidden.push(i..link.text.start);
                    out.hidden.push(link.text.end..link.end);
                    out.styles.push((link.text.clone(), InlineStyle::Emphasis));
                    i = link.end;
                }
                None => i += 1,
            },
            b'[' => match link_at(text, i) {
                Some(link) => {
                    out.hidden.push(i..link.text.start);
                    out.hidden.push(link.text.end..link.end);
                    out.styles
                        .push((link.text.clone(), InlineStyle::Link(link.url)));
                    i = link.end;
                }
                None => i += 1,
            },
            b'*' | b'_' => {
                let c = bytes[i];
                let run = bytes[i..].iter().take_while(|&&b| b == c).count().min(2);
                let delim = &text[i..i + run];
                let opens = bytes.get(i + run).is_some_and(|b| !b.is_ascii_whitespace())
                    && (c == b'*' || i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
                let close = opens.then(|| find_closer(text, i + run, delim)).flatten();
                match close {
                    Some(close) => {
                        out.hidden.push(i..i + run);
                        out.hidden.push(close..close + run);
                        let style = if run == 2 {
                            InlineStyle::Strong
                        } else {
                            InlineStyle::Emphasis
                        };
                        out.styles.push((i + run..close, style));
                        i += run;
                    }
                    None => i += run,
                }
            }
            _ => i += 1,
        }
    }
}

/// The closing delimiter on the same block: preceded by a non-space, and for `_` not inside a
/// word.
fn find_closer(text: &str, from: usize, delim: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    // A bounded number of candidates: a run of thousands of `*` must not take quadratic time.
    for _ in 0..64 {
        let p = text.get(at..)?.find(delim)?;
        let pos = at + p;
        let after = pos + delim.len();
        let prev_ok = pos > from && !bytes[pos - 1].is_ascii_whitespace();
        let next_same = bytes.get(after) == Some(&bytes[pos]);
        let word_after =
            delim.starts_with('_') && bytes.get(after).is_some_and(u8::is_ascii_alphanumeric);
        if prev_ok && !next_same && !word_after {
            return Some(pos);
        }
        at = after.max(pos + 1);
    }
    None
}

struct Link {
    text: Range<usize>,
    url: String,
    end: usize,
}

/// `[text](url)` starting at `open` (the `[`).
fn link_at(text: &str, open: usize) -> Option<Link> {
    let rest = text.get(open + 1..)?;
    // Link texts are short; looking further would make "[[[[…" quadratic.
    let close = rest.bytes().take(2_000).position(|b| b == b']')?;
    let after = open + 1 + close + 1;
    if text.as_bytes().get(after) != Some(&b'(') {
        return None;
    }
    let paren = text.get(after + 1..)?.find(')')?;
    let url = text[after + 1..after + 1 + paren]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_string();
    Some(Link {
        text: open + 1..open + 1 + close,
        url,
        end: after + 1 + paren + 1,
    })
}

/// The text as displayed: hidden markup left out.
pub fn visible(text: &str, inline: &Inline) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for r in &inline.hidden {
        if r.start >= pos {
            out.push_str(text.get(pos..r.start).unwrap_or(""));
            pos = r.end;
        }
    }
    out.push_str(text.get(pos..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        visible(text, &parse(text, true))
    }

    #[test]
    fn emphasis_code_and_links_lose_their_markup() {
        assert_eq!(
            shown("The **AI Act** and *GPAI* rules"),
            "The AI Act and GPAI rules"
        );
        assert_eq!(
            shown("see [the text](https://x.org) now"),
            "see the text now"
        );
        assert_eq!(shown("run `briefing list` here"), "run briefing list here");
        assert_eq!(shown("![Logo](a.png) text"), "Logo text");
        assert_eq!(shown(r"a \*literal\* star"), "a *literal* star");
    }

    #[test]
    fn lone_markers_and_snake_case_stay() {
        assert_eq!(
            shown("5 * 3 = 15 and snake_case_name"),
            "5 * 3 = 15 and snake_case_name"
        );
        assert_eq!(
            shown("Erforderliche Felder sind mit * markiert"),
            "Erforderliche Felder sind mit * markiert"
        );
    }

    #[test]
    fn link_url_and_footnotes_are_styles() {
        let text = "siehe [UN](https://un.org) und[12]";
        let i = parse(text, true);
        assert!(
            i.styles
                .iter()
                .any(|(_, s)| *s == InlineStyle::Link("https://un.org".into()))
        );
        assert!(
            i.styles
                .iter()
                .any(|(_, s)| *s == InlineStyle::FootnoteRef("12".into()))
        );
        assert_eq!(visible(text, &i), "siehe UN und[12]");
    }

    #[test]
    fn plain_text_keeps_asterisks() {
        let text = "**nicht fett** in Klartext";
        assert_eq!(visible(text, &parse(text, false)), text);
    }
}
