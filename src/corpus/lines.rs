//! Classifies the lines of an article: list items, footnote definitions, headings, metadata.
//!
//! Classification looks at one line at a time; what a line means in its context (title,
//! boilerplate, section level) is decided later by the parser.

use std::sync::LazyLock;

use regex::Regex;

/// One line of the article with its byte range in the text.
#[derive(Clone, Debug)]
pub struct Line<'a> {
    /// 0-based line number.
    pub number: usize,
    /// Byte offset of the first non-blank character.
    pub start: usize,
    /// Byte offset after the last non-blank character.
    pub end: usize,
    /// The line without surrounding whitespace.
    pub text: &'a str,
    /// Leading whitespace, in characters.
    pub indent: usize,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    pub fn words(&self) -> usize {
        word_count(self.text)
    }
}

/// Splits text into lines with their byte ranges, trimmed.
pub fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(text.len() / 60 + 1);
    let mut pos = 0;
    for (number, raw) in text.split('\n').enumerate() {
        let trimmed_start = raw.trim_start();
        let lead = raw.len() - trimmed_start.len();
        let trimmed = trimmed_start.trim_end();
        let indent = raw[..lead].chars().count();
        out.push(Line {
            number,
            start: pos + lead,
            end: pos + lead + trimmed.len(),
            text: trimmed,
            indent,
        });
        pos += raw.len() + 1;
    }
    // A final newline does not start another line.
    if text.ends_with('\n') {
        out.pop();
    }
    out
}

/// Words separated by ASCII whitespace (fast; other spaces are rare in articles). Chinese and
/// Japanese write no spaces: each of their characters counts as a word, so their sentences are
/// not mistaken for one-word labels.
pub fn word_count(text: &str) -> usize {
    word_count_up_to(text, usize::MAX)
}

/// [`word_count`], but counting stops at `limit`: the number when it is below `limit`, else
/// `limit`. Most callers only ask whether a text is short, and a paragraph has hundreds of
/// words.
pub fn word_count_up_to(text: &str, limit: usize) -> usize {
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    // A block at a time while no block holds a lead byte of the CJK characters: a word starts
    // at each non-space after a space. Spaces as 0/1 bytes and a sum of bytes is a form the
    // compiler vectorises; a branch per byte, or a bit mask built from the bytes, was six times
    // slower (and a tenth of parsing).
    while count < limit
        && let Some(block) = bytes.get(i..i + BLOCK)
    {
        let (mut spaces, mut cjk) = ([0u8; BLOCK], 0u8);
        for (space, &b) in spaces.iter_mut().zip(block) {
            // The ASCII whitespace of `u8::is_ascii_whitespace`: 9, 10, 12, 13 and 32.
            *space = u8::from((b == b' ') | ((b.wrapping_sub(9) < 5) & (b != 11)));
            cjk |= u8::from(b.wrapping_sub(0xE3) < 13);
        }
        if cjk != 0 {
            break;
        }
        // At most 64 starts: the sum fits a byte.
        let mut starts = (spaces[0] ^ 1) & u8::from(!in_word);
        for pair in spaces.windows(2) {
            starts += pair[0] & (pair[1] ^ 1);
        }
        count += usize::from(starts);
        in_word = spaces[BLOCK - 1] == 0;
        i += BLOCK;
    }
    while i < bytes.len() && count < limit {
        let b = bytes[i];
        // Each Chinese or Japanese character is a word of its own. Only the lead bytes of
        // those blocks (E3–ED, EF) need decoding; everything else is counted byte by byte.
        if (0xE3..=0xEF).contains(&b)
            && let Some(c) = text.get(i..).and_then(|t| t.chars().next())
            && is_cjk(c)
        {
            count += 1;
            in_word = false;
            i += c.len_utf8();
            continue;
        }
        let space = b.is_ascii_whitespace();
        count += usize::from(!space && !in_word);
        in_word = !space;
        i += 1;
    }
    count.min(limit)
}

/// Han ideographs, kana and hangul.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// A list item marker and where the item's words begin (byte offset within the line text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListMarker {
    pub marker: String,
    pub content: usize,
    /// Letter items (`a.`) are sub-items of the item before them.
    pub letter: bool,
    pub ordered: bool,
}

/// Recognises `- x`, `* x`, `+ x`, `• x`, `– x`, `1. x`, `1) x`, `a. x`, `a) x`.
pub fn list_marker(text: &str) -> Option<ListMarker> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let bullet = matches!(
        first,
        '-' | '*' | '+' | '•' | '·' | '▪' | '◦' | '‣' | '–' | '●'
    );
    let (marker_end, letter, ordered) = if bullet {
        (first.len_utf8(), false, false)
    } else if first.is_ascii_digit() {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 3 {
            return None;
        }
        match text.as_bytes().get(digits) {
            Some(b'.' | b')') => (digits + 1, false, true),
            _ => return None,
        }
    } else if first.is_ascii_lowercase() {
        match text.as_bytes().get(1) {
            Some(b'.' | b')') => (2, true, true),
            _ => return None,
        }
    } else {
        return None;
    };
    let rest = &text[marker_end..];
    let trimmed = rest.trim_start();
    // A marker must be followed by a space and some words ("-5 %" or "a.m." are not items).
    if trimmed.len() == rest.len() || trimmed.is_empty() {
        return None;
    }
    // "*bold*" markdown emphasis is not an item; "*" must be followed by space (checked above).
    Some(ListMarker {
        marker: text[..marker_end].to_string(),
        content: text.len() - trimmed.len(),
        letter,
        ordered,
    })
}

/// A footnote definition: `[12] https://…`, `[12]: text`, or Markdown `[^note]: text`.
pub fn footnote_definition(text: &str) -> Option<(&str, usize)> {
    let rest = text.strip_prefix('[')?;
    let close = rest.find(']')?;
    let label = &rest[..close];
    let label = label.strip_prefix('^').unwrap_or(label);
    let numeric =
        !label.is_empty() && label.len() <= 5 && label.bytes().all(|b| b.is_ascii_digit());
    let markdown = rest.starts_with('^') && !label.is_empty() && label.len() <= 40;
    if !numeric && !markdown {
        return None;
    }
    let after = &rest[close + 1..];
    let after_colon = after.strip_prefix(':');
    if markdown && after_colon.is_none() {
        return None;
    }
    let body = after_colon.unwrap_or(after);
    let body_trimmed = body.trim_start();
    if body_trimmed.is_empty() {
        return None;
    }
    // "[3] Der Verhandlungsprozess …" as running text is not a definition: plain `[n]` needs a
    // URL or a short reference.
    if !markdown && after_colon.is_none() && !looks_like_reference(body_trimmed) {
        return None;
    }
    Some((label, text.len() - body_trimmed.len()))
}

fn looks_like_reference(text: &str) -> bool {
    first_url(text).is_some() || word_count_up_to(text, 26) <= 25
}

/// The first http(s) URL in a text, without trailing punctuation.
pub fn first_url(text: &str) -> Option<&str> {
    let start = text.find("https://").or_else(|| text.find("http://"))?;
    let rest = &text[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '“' | '”'))
        .unwrap_or(rest.len());
    Some(rest[..end].trim_end_matches(['.', ',', ';', ')', ']']))
}

/// A numbered part heading: `I. Title`, `IV. Title`, `2. Title`, `B. Title`.
/// Returns the byte offset of the title words.
pub fn numbered_part(text: &str) -> Option<usize> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:X{0,3})(?:IX|IV|V?I{1,3}|V)|[1-9][0-9]?|[A-H])\.\s+\S").expect("valid")
    });
    let m = RE.find(text)?;
    Some(m.end() - 1)
}

/// Decimal numbering of a subsection heading: `1.2 Title` → 2, `2.1.3. Title` → 3.
pub fn decimal_depth(text: &str) -> Option<u8> {
    let number = text.split_whitespace().next()?;
    let rest = text[number.len()..].trim_start();
    let parts: Vec<&str> = number.trim_end_matches('.').split('.').collect();
    let numeric = parts.len() >= 2
        && parts.len() <= 6
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
    (numeric && rest.chars().next().is_some_and(char::is_uppercase)).then_some(parts.len() as u8)
}

/// A Markdown ATX heading: `## Title` → (2, offset of "Title").
pub fn markdown_heading(text: &str) -> Option<(u8, usize)> {
    let hashes = text.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &text[hashes..];
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() || trimmed.is_empty() {
        return None;
    }
    Some((hashes as u8, text.len() - trimmed.len()))
}

/// Whether a line reads like a heading: short, no final full stop, one sentence.
pub fn heading_like(text: &str) -> bool {
    reads_like_heading(text, 90, 14)
}

/// Like [`heading_like`], with the room a title needs.
pub fn heading_like_title(text: &str) -> bool {
    reads_like_heading(text, 160, 20)
}

fn reads_like_heading(text: &str, max_chars: usize, max_words: usize) -> bool {
    // More bytes than four per allowed character: too long, whatever the characters are.
    if text.len() > max_chars.saturating_mul(4) {
        return false;
    }
    let words = word_count_up_to(text, max_words + 1);
    if words == 0 || words > max_words || text.chars().count() > max_chars {
        return false;
    }
    let Some(first) = text.chars().next() else {
        return false;
    };
    // Scripts without capitals (Chinese, Arabic, Hebrew) start headings with any letter.
    let caseless = first.is_alphabetic() && !first.is_lowercase() && !first.is_uppercase();
    if !(first.is_uppercase()
        || caseless
        || first.is_ascii_digit()
        || matches!(first, '„' | '"' | '“' | '»'))
    {
        return false;
    }
    if text.ends_with(['.', ',', ';', '…', '。', '，']) || (text.ends_with(':') && words > 4) {
        return false;
    }
    !has_sentence_break(text) && footnote_refs_in(text) == 0 && !links_a_file(text)
}

/// A link to a file to download ("Erläuternder Bericht (PDF, 688 kB)"): an item of a list of
/// documents, not the title of what follows.
fn links_a_file(text: &str) -> bool {
    let Some(open) = text.strip_suffix(')').and_then(|t| t.rfind('(')) else {
        return false;
    };
    let inside = &text[open + 1..];
    ["PDF", "DOC", "ODT", "XLS", "CSV", "ZIP"]
        .iter()
        .any(|t| inside.starts_with(t))
}

/// Whether there is a full stop followed by a new sentence inside the text.
pub fn has_sentence_break(text: &str) -> bool {
    sentence_breaks(text).next().is_some()
}

/// Byte offsets of the punctuation that ends a sentence followed by another one.
pub fn sentence_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        // memchr instead of a search for a set of chars, which decodes every character.
        while let Some(p) = memchr::memchr3(b'.', b'!', b'?', text.as_bytes().get(i..)?) {
            let at = i + p;
            i = at + 1;
            let after = &text[at + 1..];
            if !after.starts_with(' ') {
                continue;
            }
            if !after
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '„' || c == '"')
            {
                continue;
            }
            if text.as_bytes()[at] == b'.' {
                // "Dr. Müller", "z. B." and "2. Gipfel" are not sentence ends; "nahm den
                // Entwurf an. Dafür …" and "in der EU. Die …" are.
                let before = text[..at].rsplit(' ').next().unwrap_or("");
                if before.chars().count() <= 1
                    || before.chars().all(|c| c.is_ascii_digit())
                    || ABBREVIATIONS.contains(&before)
                {
                    continue;
                }
            }
            return Some(at);
        }
        None
    })
}

const ABBREVIATIONS: &[&str] = &[
    "Dr", "Prof", "St", "Nr", "Abs", "Art", "bzw", "vgl", "ca", "Mio", "Mrd", "Mr", "Mrs", "Ms",
    "Inc", "Ltd", "Co", "etc", "para", "Para", "Rev", "No", "Jan", "Feb", "Aug", "Sept", "Okt",
    "Dez", "Nov", "vs", "ff", "Jh", "Hg", "Bd", "Ziff", "lit", "Rn", "Tz", "Kap", "Ex", "Ch",
];

/// Number of `[n]` footnote references in a text.
pub fn footnote_refs_in(text: &str) -> usize {
    footnote_refs(text).count()
}

/// `[n]` and `[^label]` references in a text: (byte range, label).
pub fn footnote_refs(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(p) = text.get(i..)?.find('[') {
            let open = i + p;
            i = open + 1;
            let rest = &text[open + 1..];
            let close = rest.find(']')?;
            let label = &rest[..close];
            let label = label.strip_prefix('^').unwrap_or(label);
            let numeric =
                !label.is_empty() && label.len() <= 5 && label.bytes().all(|b| b.is_ascii_digit());
            let caret = rest.starts_with('^') && !label.is_empty() && label.len() <= 40;
            // "[1]" right after a Markdown link text "[x](…)" is not a reference.
            let end = open + 1 + close + 1;
            let link = bytes.get(end) == Some(&b'(');
            if (numeric || caret)
                && !link
                && !label.contains(char::is_whitespace)
                && !(numeric && neutral_citation(label, &text[end..]))
            {
                i = end;
                return Some((open..end, label));
            }
        }
        None
    })
}

/// "[2033] AICmr 9", "[2024] EWCA Civ 12": a court's neutral citation, its year in brackets, is
/// no footnote reference.
fn neutral_citation(label: &str, after: &str) -> bool {
    let year = label.len() == 4 && (label.starts_with("19") || label.starts_with("20"));
    let mut words = after.split(' ');
    let (Some(""), Some(court)) = (words.next(), words.next()) else {
        return false;
    };
    let court_code = (2..=8).contains(&court.len())
        && court.starts_with(|c: char| c.is_ascii_uppercase())
        && court.bytes().all(|b| b.is_ascii_alphabetic());
    let numbered = words
        .take(2)
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    year && court_code && numbered
}

/// Metadata a line may carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Meta<'a> {
    Date(chrono::NaiveDate),
    /// A byline, and the date when the line gives one too ("Von Miriam Kessler, Riad, 19.
    /// Dezember 2026").
    Author(&'a str, Option<chrono::NaiveDate>),
    Source(&'a str),
    Tags(Vec<&'a str>),
}

/// The date of a dateline that opens a news paragraph: "Berlin, 14.11.2025 – Der Bundestag …",
/// "Genf, 14. März 2026 – Die Delegationen …".
pub fn dateline_date(paragraph: &str) -> Option<chrono::NaiveDate> {
    dateline(paragraph).map(|(date, _)| date)
}

/// The date of a dateline and the length in bytes of the place and date before its dash.
/// A dateline without its year ("LONDON, March 15 (Reuters) - …", as wire copy writes it)
/// takes the latest year the text names with a month or a quarter ([`year_told`]): the
/// article's own time, as a reader works it out.
pub fn dateline(paragraph: &str) -> Option<(chrono::NaiveDate, usize)> {
    dateline_in(paragraph, paragraph)
}

/// [`dateline`] with the year of a dateline without one taken from `text`, the whole article.
pub fn dateline_in(paragraph: &str, text: &str) -> Option<(chrono::NaiveDate, usize)> {
    let (place, len) = dateline_head(paragraph)?;
    if let Some(date) = bare_date(place) {
        return Some((date, len));
    }
    let (month, day) = yearless_date(place)?;
    let year = year_told(text)?;
    chrono::NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, len))
}

/// The length in bytes of a dateline's place and date, with its year or without.
pub fn dateline_len(paragraph: &str) -> Option<usize> {
    let (place, len) = dateline_head(paragraph)?;
    (bare_date(place).is_some() || yearless_date(place).is_some()).then_some(len)
}

/// "LONDON, March 15", "Genf, 14. März": a place and a day without its year.
fn yearless_date(place: &str) -> Option<(u32, u32)> {
    let (_, date) = place.rsplit_once(", ")?;
    let mut words = date.split_whitespace();
    let (a, b) = (words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    let month = |w: &str| month_named(w.trim_end_matches('.'));
    let day = |w: &str| {
        w.trim_end_matches(['.', ','])
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    match (month(a), day(b)) {
        (Some(m), Some(d)) => Some((m, d)),
        _ => Some((month(b)?, day(a)?)),
    }
}

/// The latest year a text names with a month or a quarter ("in March 2028", "Q2 2029",
/// "3. März 2028"); bare years are left out, as laws and plans are named by them.
pub fn year_told(text: &str) -> Option<i32> {
    static TOLD: LazyLock<Regex> = LazyLock::new(|| {
        let months: Vec<&str> = MONTHS.iter().map(|(name, _)| *name).collect();
        Regex::new(&format!(
            r"(?i)(?:\b(?:{})\.?|\bQ[1-4]|\bH[12])\s+((?:19|20)\d{{2}})\b",
            months.join("|")
        ))
        .expect("valid")
    });
    TOLD.captures_iter(text)
        .filter_map(|c| c.get(1)?.as_str().parse::<i32>().ok())
        .max()
}

/// The place and date before a dateline's dash, and the length in bytes up to the dash.
fn dateline_head(paragraph: &str) -> Option<(&str, usize)> {
    let head = paragraph
        .get(..paragraph.len().min(80))
        .unwrap_or(paragraph);
    let skipped = head.len() - head.trim_start_matches(['*', '_']).len();
    let head = &head[skipped..];
    // "(Madrid, 16 October 2031). The Spanish Data Protection Agency …" (as the AEPD writes
    // it): place and date in parentheses.
    if let Some(inner) = head.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && inner[..close].contains(", ")
        && bare_date(&inner[..close]).is_some()
    {
        return Some((&inner[..close], skipped + 1 + close + 1));
    }
    // "WASHINGTON, February 17, 2033—The Federal …": a wide dash may touch the date's year.
    let touching = head
        .find('—')
        .filter(|&at| head[..at].ends_with(|c: char| c.is_ascii_digit()));
    // "Bonn, 12. November 2032. Die Bedrohungslage …" (a German press release): a full stop
    // after the date's year.
    let full_stop = head.match_indices(". ").map(|(at, _)| at).find(|&at| {
        at >= 4
            && head.as_bytes()[at - 4..at].iter().all(u8::is_ascii_digit)
            && bare_date(head[..at].rsplit_once(", ").map_or("", |(_, date)| date)).is_some()
    });
    let dash = [" – ", " — ", " - ", " -- "]
        .iter()
        .filter_map(|d| head.find(d))
        .chain(touching)
        .chain(full_stop)
        .min()?;
    let place = head[..dash].trim_end_matches(['*', '_']);
    // An agency's name after the date: "NEW YORK, Dec. 9, 2027 (IPS) — …".
    // A wire's name after the date: "SANTA CLARA, Calif., Feb. 22, 2033 /PRNewswire/ -- …".
    let place = match place.strip_suffix(')').and_then(|p| p.rsplit_once(" (")) {
        Some((before, agency)) if (1..=20).contains(&agency.len()) => before,
        _ => match place.strip_suffix('/').and_then(|p| p.rsplit_once(" /")) {
            Some((before, wire)) if (1..=20).contains(&wire.len()) => before,
            _ => place,
        },
    };
    // A place comes first, not a preposition: "Am 14.11.2025 – so die Quelle – …" is prose.
    let first = place.split([' ', ',']).next().unwrap_or("");
    let preposition = [
        "Am", "Im", "Vom", "Seit", "Bis", "Ab", "Bereits", "On", "In", "Since", "By", "Until",
    ]
    .contains(&first);
    if preposition || !first.starts_with(char::is_uppercase) {
        return None;
    }
    // "LOS ANGELES – 14 May 2032 – The Internet Corporation …" (as ICANN writes it): the
    // date between two dashes after the place.
    if !place.contains(|c: char| c.is_ascii_digit())
        && let Some(d) = [" – ", " — ", " - "]
            .iter()
            .find(|d| head[dash..].starts_with(**d))
    {
        let after = dash + d.len();
        if let Some(end) = head[after..].find(d) {
            let date = &head[after..after + end];
            if date.len() <= 24 && bare_date(date).is_some() {
                return Some((date, skipped + after + end));
            }
        }
    }
    Some((place, skipped + dash))
}

/// Recognises a metadata line: a bare date, a byline, `Quelle: …`, `Schlagworte: …`.
pub fn metadata(text: &str) -> Option<Meta<'_>> {
    static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:[Vv]on|By|Autor(?:in)?:|Author:|Text:|Redaktion:|Recherche:|Interview:)\s+(\p{Lu}[\p{L}.'-]*(?:\s+(?:von|van|de|der|\p{Lu}[\p{L}.'-]*)){0,4}(?:\s+(?:und|and|&)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?)\s*(?:[|,(].*|\d.*)?$",
        )
        .expect("valid")
    });
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i)(Quelle|Quellen|Source|Schlagworte|Schlagwörter|Stichworte|Stichwörter|Tags|Keywords|Themen)\s*:\s*(.+)$")
            .expect("valid")
    });
    if text.len() > 200 {
        return None;
    }
    // "*Von Miriam Kessler, Riad, 19. Dezember 2026*": emphasis around a Markdown byline.
    let text = text.trim_matches(['*', '_']).trim();
    // A byline before a bare date: "Von Lena Hoffmann, 15. Januar 2028" is not a dateline
    // whose place is "Von Lena Hoffmann".
    // "Redaktion: Jonas Weißenberg", "Recherche: …": the labels of a byline.
    let byline_start = [
        "von ",
        "Von ",
        "By ",
        "Autor",
        "Author:",
        "Text:",
        "Redaktion:",
        "Recherche:",
        "Interview:",
    ]
    .iter()
    .any(|p| text.starts_with(p));
    if byline_start && let Some(c) = BYLINE.captures(text) {
        let name = c.get(1)?;
        let rest = text[name.end()..].trim_start_matches([',', '|', ' ', '(']);
        let rest = rest.trim_end_matches([')', ' ']);
        // "By Thandiwe Mokoena | Cape Town | 10 May 2029": a place between bars, as after
        // a comma.
        // "By Aurélie Marchand | Euractiv | Est. 5min | 03-02-2033 (updated: …)": the date
        // is one of the parts, the update after it in parentheses.
        let date = bare_date(rest).or_else(|| {
            rest.split(['|', '·'])
                .find_map(|part| bare_date(part.split(" (").next().unwrap_or("").trim()))
        });
        return Some(Meta::Author(name.as_str().trim(), date));
    }
    if let Some(date) = bare_date(text).or_else(|| broadcast_date(text)) {
        return Some(Meta::Date(date));
    }
    if let Some(meta) = separated_metadata(text) {
        return Some(meta);
    }
    if !text.contains(':') {
        return None;
    }
    let c = LABELLED.captures(text)?;
    let label = c.get(1)?.as_str().to_lowercase();
    let value = c.get(2)?.as_str().trim();
    if label.starts_with("quelle") || label == "source" {
        // "Quelle: Reuters" is a source; a sentence after "Quelle:" is text.
        (word_count(value) <= 8).then_some(Meta::Source(value))
    } else {
        let tags: Vec<&str> = value
            .split([',', ';', '|'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        (!tags.is_empty()).then_some(Meta::Tags(tags))
    }
}

/// The note under a broadcaster's news item that tells when it went on air: "Diese Nachricht
/// wurde am 19.05.2032 im Programm Deutschlandfunk gesendet." (Deutschlandfunk prints no other
/// date on the page, so the note is the item's date, and no fact of its text.)
///
/// tagesschau.de's note under an item names the programme it ran in: "Dieses Thema im
/// Programm: Das Erste, tagesschau, 09. November 2032, 17:00 Uhr"; WDR's and BR24's say
/// "Über dieses Thema berichten wir am …".
fn broadcast_date(text: &str) -> Option<chrono::NaiveDate> {
    // WDR's and BR24's: "Über dieses Thema berichten wir am 16.03.2032 auch im WDR Fernsehen:
    // Lokalzeit Südwestfalen, 19.30 Uhr.", "Über dieses Thema berichtet: BR24 im Radio am
    // 23.05.2033 um 17:00 Uhr."
    if let Some(rest) = text
        .strip_prefix("Über dieses Thema berichten wir ")
        .or_else(|| text.strip_prefix("Über dieses Thema berichtet"))
    {
        static ON_AIR: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?-u:\b)am\s+(\d{1,2}\.\d{1,2}\.\d{4})").expect("valid"));
        return (rest.len() <= 160)
            .then(|| {
                ON_AIR
                    .captures(rest)?
                    .get(1)
                    .and_then(|d| bare_date(d.as_str()))
            })
            .flatten();
    }
    if let Some(programmes) = text.strip_prefix("Dieses Thema im Programm:") {
        return (programmes.len() <= 160)
            .then(|| {
                programmes
                    .split(',')
                    .find_map(|part| bare_date(part.trim()))
            })
            .flatten();
    }
    let rest = text
        .strip_prefix("Diese Nachricht wurde am ")
        .or_else(|| text.strip_prefix("Dieser Beitrag wurde am "))?;
    let (date, channel) = rest.split_once(" im Programm ")?;
    let channel = channel.trim_end_matches('.').strip_suffix(" gesendet")?;
    // The channel's name: "Deutschlandfunk", "Deutschlandfunk Kultur", no clause.
    (channel.len() <= 40 && !channel.contains(',') && channel.split(' ').count() <= 3)
        .then_some(())?;
    bare_date(date)
}

/// A line above an article's first paragraph that dates it among labels and credits: "Press
/// release | Plenary session | Strasbourg, 18 October 2029", "*Quartalsbrief Internet
/// Governance · Stand: 8. Oktober 2029*", "By Marie-Ève Thibault · The Canadian Press ·
/// Posted: Sep 13, 2029 4:05 PM ET". Looser than [`metadata`], which reads every line of an
/// article, so only asked of the lines at its top: a line of a timeline further down ("18.
/// Oktober 2029 – Abstimmung im Plenum") is text.
pub fn header_metadata(text: &str) -> Option<Meta<'_>> {
    if text.len() > 200 {
        return None;
    }
    let text = text.trim().trim_matches(['*', '_']).trim();
    let separator = [" · ", " | ", " • ", " — ", " – "]
        .into_iter()
        .find(|s| text.contains(s))?;
    let (mut author, mut date) = (None, None);
    let mut labels = 0;
    for part in text.split(separator) {
        let part = part.trim().trim_matches(['*', '_']).trim();
        let words = word_count(part);
        match metadata(part) {
            Some(Meta::Date(d)) if date.is_none() => date = Some(d),
            // "Posted: Sep 23, 2031 … | Last Updated: September 23, 2031": the update.
            Some(Meta::Date(_)) => {}
            Some(Meta::Author(name, d)) if author.is_none() => {
                author = Some(name);
                date = date.or(d);
            }
            // A label or a credit: a few words, no figures, no sentence ("Lindqvist Centre for
            // Technology and International Affairs"); a short section ("in Demokratie"); a count of comments ("4 Ergänzungen") or a reading time.
            None if (1..=8).contains(&words)
                && part.len() <= 60
                && (part.starts_with(char::is_uppercase)
                    || words <= 3
                        && ["in ", "im "].iter().any(|p| {
                            part.strip_prefix(p)
                                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
                        }))
                && !part.contains(|c: char| {
                    c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | ':' | ';')
                }) =>
            {
                labels += 1;
            }
            None if counter_or_reading_time(part) => labels += 1,
            _ => return None,
        }
    }
    let date = date?;
    if labels > 3 {
        return None;
    }
    Some(match author {
        Some(name) => Meta::Author(name, Some(date)),
        None => Meta::Date(date),
    })
}

/// The name of a credit line without "By", with the author's role after it: "Emma
/// Castellano", "Rhys Adeyemi Technology reporter", "KAORI SHIMIZU, Nikkei staff writer". Only
/// asked of a line beside an article's date line: alone, two capitalised words are a heading.
pub fn credit_line(text: &str) -> Option<&str> {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3}?)(?:,?\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{L}-]+\s+){0,2}(?:reporter|writer|correspondent|editor|Reporter(?:in)?|Korrespondent(?:in)?|Redakteur(?:in)?|Autor(?:in)?))?$")
            .expect("valid")
    });
    let text = text.trim().trim_matches(['*', '_']).trim();
    if text.len() > 80 {
        return None;
    }
    let name = CREDIT.captures(text)?.get(1)?.as_str();
    // "Meetings Coverage and Press Releases", "Der Bundesrat", "For Release": a desk, an office
    // or a notice, no name.
    let words = name.split_whitespace();
    let office = words.clone().any(|w| {
        matches!(
            w,
            "Der"
                | "Die"
                | "Das"
                | "The"
                | "For"
                | "Press"
                | "Presse"
                | "News"
                | "Coverage"
                | "Release"
                | "Releases"
        )
    });
    (!office).then_some(name)
}

/// The first full date anywhere in a short line at an article's top, whatever surrounds it:
/// "Digitales/Ausschuss – 16.06.2032 (hib 412/2032)", "Parlamentskorrespondenz Nr. 768 vom
/// 06.07.2032", "Strasbourg 24/06/2032", "Daily News 18 / 11 / 2031", "23-06-2032 - 13:06",
/// "05/19/2033", "January 27, 2033 at 4:18 PM GMT+1". The last resort
/// for an article's date, when no line reads as a date line.
pub fn date_in_line(text: &str) -> Option<chrono::NaiveDate> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        let months: Vec<&str> = MONTHS.iter().map(|(name, _)| *name).collect();
        let months = months.join("|");
        Regex::new(&format!(
            r"(?i)(?:\b(\d{{1,2}})(?:\.|\s?[/-]\s?)(\d{{1,2}})(?:\.|\s?[/-]\s?)((?:19|20)\d{{2}})\b|\b((?:19|20)\d{{2}})-(\d{{2}})-(\d{{2}})\b|\b(\d{{1,2}})(?:\.|st|nd|rd|th)?\s+({months})\.?,?\s+((?:19|20)\d{{2}})\b|\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b)"
        ))
        .expect("valid")
    });
    if text.len() > 160 {
        return None;
    }
    // "for the fiscal year ended June 30, 2031": the end of a period the report covers, not
    // the day it was published.
    let c = DATE.captures_iter(text).find(|c| {
        c.get(0).is_some_and(|m| {
            let before = text[..m.start()].trim_end();
            !["ended", "ending", "Ended", "Ending"]
                .iter()
                .any(|w| before.ends_with(w))
        })
    })?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (y, m, d) = if let (Some(d), Some(m), Some(y)) = (num(1), num(2), num(3)) {
        // "05/19/2033" (DW) is written month first; a day first wherever both are months.
        if m > 12 && d <= 12 {
            (y, d, m)
        } else {
            (y, m, d)
        }
    } else if let (Some(y), Some(m), Some(d)) = (num(4), num(5), num(6)) {
        (y, m, d)
    } else if let (Some(d), Some(name), Some(y)) = (num(7), c.get(8), num(9)) {
        (y, month_named(name.as_str())?, d)
    } else {
        (num(12)?, month_named(c.get(10)?.as_str())?, num(11)?)
    };
    chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// "4 Ergänzungen", "12 comments", "Lesezeit: 5 Min.", "Est. 5min", "3 min read", "Last Updated:
/// 6 hours ago": the furniture beside a date on an article's top line.
pub(crate) fn counter_or_reading_time(part: &str) -> bool {
    static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{1,5}\s+(?:Ergänzungen|Ergänzung|Kommentare|Kommentar|comments?|Antworten|replies)|(?:Lesezeit:?|Lesedauer:?|Est\.|Reading time:?)\s*\d{1,3}\s*(?:Min\.?|min\.?|Minuten|minutes?)|\d{1,3}\s*(?:min|minutes?)\s+read|(?:Last\s+[Uu]pdated|Updated|Aktualisiert):?\s+(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:minutes?|hours?|days?|Minuten|Stunden|Tagen)\s+ago|(?:Embargo|Sperrfrist):?\s+\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|[A-Z]{2,5}))?)$")
            .expect("valid")
    });
    FURNITURE.is_match(part)
}

/// A date and a byline on one line between separators: "Stand: 7. Juli 2028 · zusammengestellt
/// von Leonie Hartmann", "Von Jana Richter | 10.01.2028". Every part must be one or the other,
/// so a line of text with a "·" in it is not taken.
fn separated_metadata(text: &str) -> Option<Meta<'_>> {
    let separator = [" · ", " | ", " • ", " – ", " — "]
        .into_iter()
        .find(|s| text.contains(s))?;
    let (mut author, mut date) = (None, None);
    let mut parts = 0;
    // "Redaktion Sicherheitspolitik": a desk credited instead of a person.
    let mut desk = false;
    // "Cape Town" between a byline and a date: a place, allowed only beside both.
    let mut places = 0;
    for part in text.split(separator) {
        parts += 1;
        let part = part.trim().trim_matches(['*', '_']).trim();
        // "zusammengestellt von …", "compiled by …": a byline after its participle.
        let part = [
            "zusammengestellt ",
            "verfasst ",
            "geschrieben ",
            "bearbeitet ",
            "compiled ",
            "written ",
        ]
        .iter()
        .find_map(|p| part.strip_prefix(p))
        .unwrap_or(part);
        let words: Vec<&str> = part.split_whitespace().collect();
        let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
        if ["Redaktion", "Ressort", "Desk"].contains(&words.first().copied().unwrap_or(""))
            && (2..=3).contains(&words.len())
            && words.iter().all(capitalised)
        {
            desk = true;
            continue;
        }
        match metadata(part) {
            Some(Meta::Date(d)) if date.is_none() => date = Some(d),
            Some(Meta::Author(name, d)) if author.is_none() => {
                author = Some(name);
                date = date.or(d);
            }
            None if (1..=3).contains(&words.len())
                && part.len() <= 30
                && words.iter().all(capitalised)
                && !part.contains(|c: char| c.is_ascii_digit() || c == ':') =>
            {
                places += 1;
            }
            _ => return None,
        }
    }
    let credited = author.is_some() || desk;
    if places > 1 || places == 1 && !(credited && date.is_some()) {
        return None;
    }
    match (author, date) {
        _ if parts > 3 => None,
        (Some(name), date) => Some(Meta::Author(name, date)),
        (None, Some(date)) => Some(Meta::Date(date)),
        (None, None) => None,
    }
}

const MONTHS: &[(&str, u32)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("january", 1),
    ("februar", 2),
    ("february", 2),
    ("märz", 3),
    ("march", 3),
    ("april", 4),
    ("mai", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("juli", 7),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("october", 10),
    ("november", 11),
    ("dezember", 12),
    ("december", 12),
    // Abbreviated, as agencies write them in datelines ("GENEVA, Sept. 17, 2027 —").
    ("jan", 1),
    ("feb", 2),
    ("mär", 3),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("oct", 10),
    ("nov", 11),
    ("dez", 12),
    ("dec", 12),
];

/// The number of a month by its name or abbreviation, in any case ("März", "sept").
fn month_named(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == name).map(|&(_, n)| n)
}

/// A line that is nothing but a date: `09.11.2025`, `2025-11-09`, `9. November 2025`,
/// `November 9, 2025`, optionally with a time or a weekday.
pub fn bare_date(text: &str) -> Option<chrono::NaiveDate> {
    static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\p{L}[\p{L}.-]*,?\s+|\p{Lu}[\p{L}.-]*(?:\s+(?:am|an\s+der|\p{Lu}[\p{L}.-]*)){1,2},\s+)?(\d{1,2})(?:\.\s?(\d{1,2})\.\s?|-(\d{1,2})-)(\d{4})(?:(?:[,\s]+|\s[-–]\s)(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|[AaPp]\.?[Mm]\.?))?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$")
            .expect("valid")
    });
    // "04.11.32 um 18:12 Uhr" (hessenschau): a year of two digits, only with the time after it.
    static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(\d{1,2})\.(\d{1,2})\.(\d{2})(?:,\s*|\s+)(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?$",
        )
        .expect("valid")
    });
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:]+Z?)?$").expect("valid")
    });
    // "2032. 7. 14. (Wed.)": year first with dots, as Korean and Japanese offices write it.
    static YEAR_FIRST_DOTTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\))?$")
            .expect("valid")
    });
    static LEADING_TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|Uhr)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?,\s+")
            .expect("valid")
    });
    // The place may carry its state: "SANTA CLARA, Calif., Feb. 22, 2033".
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:\p{L}[\p{L}.-]*,?\s+|\p{Lu}[\p{L}.-]*(?:\s+(?:am|an\s+der|\p{Lu}[\p{L}.-]*)){1,2},\s+)(?:\p{Lu}[\p{L}.]{1,6},\s+)?)?(?:(\d{1,2})(?:\.|st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})|(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))(?:(?:[,\s]+|\s[-–]\s)(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|[AaPp]\.?[Mm]\.?))?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$")
            .expect("valid")
    });
    // Every form has a year of four digits (but the one of two before a time of "Uhr"); short
    // lines without one are many (list items, labels), and each search below costs far more
    // than this look.
    if text.len() > 80
        || !(text
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
            || text.ends_with(" Uhr"))
    {
        return None;
    }
    // "*New York, 3 December 2025*": emphasis around a Markdown dateline.
    let text = text.trim_matches(['*', '_']).trim();
    // "Date of decision: 15 September 2032", "Date of judgment: …": a decision's own date.
    let text = text
        .strip_prefix("Date of ")
        .and_then(|rest| rest.split_once(':'))
        .filter(|(label, _)| label.len() <= 24 && !label.contains(|c: char| c.is_ascii_digit()))
        .map_or(text, |(_, date)| date.trim());
    // "9 Mar 2032 : Column 744": Hansard's marker of a new column, the day of the debate.
    let text = text
        .rsplit_once(" : Column ")
        .filter(|(_, column)| column.len() <= 6 && column.starts_with(|c: char| c.is_ascii_digit()))
        .map_or(text, |(date, _)| date);
    // "November 18, 2031 3:12 PM GMT+1 Updated 2 hours ago": Reuters' update note after the
    // date, without a separator; heise's reading time the same way ("16.10.2031 11:08 Uhr
    // Lesezeit: 5 Min.").
    let text = [
        " Updated ",
        " Last updated ",
        " Last Updated ",
        " Aktualisiert ",
        " Lesezeit",
        " Lesedauer",
        " Reading time",
    ]
    .iter()
    .find_map(|note| text.find(note))
    .filter(|&at| counter_or_reading_time(&text[at + 1..]))
    // "15. Juli 2032, 18:47 Uhr | Lesezeit: 4 Min.": the SZ's bar between them.
    .map_or(text, |at| text[..at].trim_end_matches([' ', '|', '·', '•']));
    // "Stand: 20.11.2025", "Updated March 21, 2024", "Veröffentlicht am 9. November 2025"
    let text = [
        "Stand:",
        "Redaktionsschluss:",
        "Posted On:",
        "Posted on:",
        "Posted on",
        "Posted:",
        "Posted",
        "Last updated:",
        "Last Updated:",
        "Last updated",
        "Published -",
        "Updated:",
        "Updated -",
        "Updated",
        "Published:",
        "Published",
        "Veröffentlicht:",
        "Aktualisiert:",
        "Veröffentlicht am",
        "Aktualisiert am",
        "Datum:",
        "Date:",
        "Release date:",
        "Release Date:",
        // "Ends/Wednesday, June 15, 2033": the Hong Kong government's line closing a release.
        "Ends/",
    ]
    .iter()
    .find_map(|p| text.strip_prefix(p))
    .map_or(text, str::trim);
    // "Von Jana Krüger – 16.09.2031 um 10:31 Uhr": the author's credit before the date.
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:Von|By|Text:)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*[–—|,-]\s*",
        )
        .expect("valid")
    });
    let text = CREDIT.find(text).map_or(text, |m| &text[m.end()..]);
    // "April 12, 2033 — 9.41am, first published at 5.00am": the time after a dash, and what
    // follows it (the Sydney Morning Herald).
    let text = [" — ", " – "]
        .iter()
        .find_map(|dash| text.split_once(dash))
        .filter(|(_, time)| {
            let digits = time.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits)
                && time[digits..].starts_with(['.', ':'])
                && time.contains("am") | time.contains("pm")
        })
        .map_or(text, |(date, _)| date.trim_end());
    // "Posted Thu 25 Nov 2032 at 6:04pm, updated Thu 25 Nov 2032 at 8:31pm": the update
    // after the date (ABC News).
    let text = [", updated ", ", Updated "]
        .iter()
        .find_map(|w| text.split_once(w))
        .map_or(text, |(date, _)| date);
    // "7:18 AM EDT, Sept. 13, 2030": the time before the date, as AP writes it.
    let text = LEADING_TIME.find(text).map_or(text, |m| &text[m.end()..]);
    // "March 10, 2032, at 5:02 pm (Paris), updated at 6:40 pm": Le Monde's time, its city
    // and the time of its update after the date.
    static TRAILING_TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",?\s+(?:at|à)\s+\d{1,2}(?::|h)\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\([\p{L} ]{1,20}\))?(?:,\s+(?:updated|modifié|mis à jour)(?:\s+on\s+[\p{L}\d ,]{4,20})?\s+(?:at|à)\s+\d{1,2}(?::|h)\d{2}(?:\s*[ap]\.?m\.?)?)?$")
            .expect("valid")
    });
    let text = TRAILING_TIME
        .find(text)
        .map_or(text, |m| &text[..m.start()]);
    // "Sep 23, 2031 4:00 AM MDT", "November 23, 2032 09:15 pm IST - NEW DELHI": a clock time
    // with its zone after the date, and the dateline's city.
    static TRAILING_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",?(?:\s+at)?\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,5})?(?:\s+[-–]\s+[A-Z][A-Z .-]{1,30})?$")
            .expect("valid")
    });
    let text = TRAILING_CLOCK
        .find(text)
        .map_or(text, |m| &text[..m.start()]);
    // "14 JAN 2030 5:32PM by PIB Delhi": the desk credited after the date and time.
    let text = text
        .split_once(" by ")
        .map_or(text, |(date, _)| date.trim_end());
    let num = |s: Option<regex::Match>| s.and_then(|m| m.as_str().parse::<u32>().ok());
    // "03-02-2033" with dashes is day first too, as European sites write it (an American
    // date is written with slashes).
    if let Some(c) = NUMERIC.captures(text) {
        return chrono::NaiveDate::from_ymd_opt(
            num(c.get(4))? as i32,
            num(c.get(2).or(c.get(3)))?,
            num(c.get(1))?,
        );
    }
    if let Some(c) = SHORT_YEAR.captures(text) {
        return chrono::NaiveDate::from_ymd_opt(
            2000 + num(c.get(3))? as i32,
            num(c.get(2))?,
            num(c.get(1))?,
        );
    }
    if let Some(c) = ISO
        .captures(text)
        .or_else(|| YEAR_FIRST_DOTTED.captures(text))
    {
        return chrono::NaiveDate::from_ymd_opt(
            num(c.get(1))? as i32,
            num(c.get(2))?,
            num(c.get(3))?,
        );
    }
    let c = WORDS.captures(text)?;
    let month = month_named;
    if let (Some(d), Some(m), Some(y)) = (c.get(1), c.get(2), c.get(3)) {
        return chrono::NaiveDate::from_ymd_opt(
            y.as_str().parse().ok()?,
            month(m.as_str())?,
            d.as_str().parse().ok()?,
        );
    }
    chrono::NaiveDate::from_ymd_opt(
        num(c.get(6))? as i32,
        month(c.get(4)?.as_str())?,
        num(c.get(5))?,
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_desk_a_place_or_an_interview_label_in_a_metadata_line() {
        let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(
            metadata("*Stand: 9. April 2029 · Redaktion Sicherheitspolitik*"),
            Some(Meta::Date(date(2029, 4, 9).expect("date")))
        );
        assert_eq!(
            metadata("By Thandiwe Mokoena | Cape Town | 10 May 2029"),
            Some(Meta::Author("Thandiwe Mokoena", date(2029, 5, 10)))
        );
        assert_eq!(
            metadata("Interview: Tobias Reinhold, 15. Februar 2029"),
            Some(Meta::Author("Tobias Reinhold", date(2029, 2, 15)))
        );
        // A place needs a byline and a date beside it; words of text are no place.
        assert_eq!(metadata("Cape Town | 10 May 2029"), None);
        assert_eq!(
            metadata("Die Lage · 10. Mai 2029 · schwierig und offen"),
            None
        );
    }

    #[test]
    fn a_dateline_without_its_year_takes_the_latest_year_told() {
        let text = "LONDON, March 15 (Reuters) - Ofcom fined Loopr. It had filed in March 2028 \
                    and may act in Q2 2029; the market 2031 and the Act 2030 are no months.";
        let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(dateline_in(text, text), Some((date(2029, 3, 15), 26)));
        assert_eq!(dateline_len(text), Some(26));
        assert_eq!(
            dateline_in(
                "Genf, 14. März – Die Staaten haben im Februar 2030 …",
                "im Februar 2030"
            ),
            Some((date(2030, 3, 14), "Genf, 14. März".len()))
        );
        // No year told anywhere: no date, but still a dateline to leave out of the facts.
        assert_eq!(dateline_in("PARIS, May 2 (AFP) - Text.", "Text."), None);
        assert_eq!(dateline_len("PARIS, May 2 (AFP) - Text."), Some(18));
        assert_eq!(
            dateline("LOS ANGELES – 14 May 2032 – The Internet Corporation acted."),
            Some((
                chrono::NaiveDate::from_ymd_opt(2032, 5, 14).expect("valid"),
                27
            ))
        );
        assert_eq!(
            dateline_len("Bonn, 12. November 2032. Die Bedrohungslage bleibt angespannt."),
            Some(23)
        );
        assert_eq!(
            dateline(
                "(Madrid, 16 October 2031). The Spanish Data Protection Agency (AEPD) has resolved."
            ),
            Some((
                chrono::NaiveDate::from_ymd_opt(2031, 10, 16).expect("valid"),
                25
            ))
        );
        assert_eq!(dateline("(Madrid, the capital) said it."), None);
        assert_eq!(
            dateline_len("Bonn ist seit 2032. Die Lage bleibt angespannt."),
            None,
            "a sentence ending in a year is no dateline"
        );
        assert_eq!(year_told("Market 2031, Act 2030, 2029"), None);
    }

    #[test]
    fn labels_and_credits_around_the_date_of_an_articles_top_line() {
        let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(
            header_metadata("Press release | Plenary session | Strasbourg, 18 October 2029"),
            Some(Meta::Date(date(2029, 10, 18)))
        );
        assert_eq!(
            header_metadata("*Quartalsbrief Internet Governance · Stand: 8. Oktober 2029*"),
            Some(Meta::Date(date(2029, 10, 8)))
        );
        assert_eq!(
            header_metadata(
                "By Marie-Ève Thibault · The Canadian Press · Posted: Sep 13, 2029 4:05 PM ET"
            ),
            Some(Meta::Author("Marie-Ève Thibault", Some(date(2029, 9, 13))))
        );
        assert_eq!(bare_date("Posted Wed 5 Jun 2030"), Some(date(2030, 6, 5)));
        // AP's time before the date; a government desk credited after it.
        assert_eq!(
            bare_date("Updated 7:18 AM EDT, Sept. 13, 2030"),
            Some(date(2030, 9, 13))
        );
        assert_eq!(
            bare_date("Posted On: 14 JAN 2030 5:32PM by PIB Delhi"),
            Some(date(2030, 1, 14))
        );
        // The author's credit before the date, the time with its "um".
        assert_eq!(
            bare_date("Von Jana Krüger – 16.09.2031 um 10:31 Uhr"),
            Some(date(2031, 9, 16))
        );
        assert_eq!(bare_date("By Ana Ruiz, 3 May 2030"), Some(date(2030, 5, 3)));
        // Two authors and the date with no separator between (Stuttgarter Zeitung).
        assert_eq!(
            metadata("Von Katrin Wedemeyer und Jonas Pfleiderer 11.03.2032 - 17:45 Uhr"),
            Some(Meta::Author(
                "Katrin Wedemeyer und Jonas Pfleiderer",
                Some(date(2032, 3, 11))
            ))
        );
        // A space after each dot (taz); year first with dots and the weekday (Korean
        // releases), an embargo beside it; the Hong Kong government's closing line.
        assert_eq!(
            bare_date("15. 10. 2032, 18:04 Uhr"),
            Some(date(2032, 10, 15))
        );
        // A year of two digits before the time (hessenschau); the time before the date.
        assert_eq!(
            bare_date("Veröffentlicht am 04.11.32 um 18:12 Uhr"),
            Some(date(2032, 11, 4))
        );
        assert_eq!(bare_date("04.11.32"), None);
        assert_eq!(
            bare_date("Posted Thu 25 Nov 2032 at 6:04pm, updated Thu 25 Nov 2032 at 8:31pm"),
            Some(date(2032, 11, 25))
        );
        assert_eq!(
            metadata("Von Sabine Kaltenegger | 05.59 Uhr, 13. Jänner 2033"),
            Some(Meta::Author("Sabine Kaltenegger", Some(date(2033, 1, 13))))
        );
        assert_eq!(
            header_metadata("Release date: 2032. 7. 14. (Wed.) | Embargo: 12:00 KST"),
            Some(Meta::Date(date(2032, 7, 14)))
        );
        assert_eq!(bare_date("2032.07.14"), Some(date(2032, 7, 14)));
        assert_eq!(
            bare_date("Ends/Wednesday, June 15, 2033"),
            Some(date(2033, 6, 15))
        );
        // A version or a section number is no date.
        assert_eq!(bare_date("2032. 7. 34."), None);
        assert_eq!(bare_date("1. 2. 3"), None);
        // A section, a count of comments, a reading time; a teaser's day-first date with dashes.
        assert_eq!(
            header_metadata(
                "12.11.2032 um 16:05 Uhr – Leonie Hartwig – in Demokratie – 4 Ergänzungen"
            ),
            Some(Meta::Date(date(2032, 11, 12)))
        );
        assert_eq!(
            metadata(
                "By Aurélie Marchand | Euractiv | Est. 5min | 03-02-2033 (updated: 03-02-2033 )"
            ),
            Some(Meta::Author("Aurélie Marchand", Some(date(2033, 2, 3))))
        );
        assert_eq!(
            header_metadata(
                "*Forschungsstelle Digitale Ordnung, Berlin · Stand: Montag, 11. April 2033*"
            ),
            Some(Meta::Date(date(2033, 4, 11)))
        );
        assert_eq!(bare_date("February 9th, 2033"), Some(date(2033, 2, 9)));
        assert_eq!(bare_date("9th February 2033"), Some(date(2033, 2, 9)));
        // The last resort: a full date anywhere in a short line at the top.
        for (line, want) in [
            (
                "Digitales/Ausschuss – 16.06.2032 (hib 412/2032)",
                date(2032, 6, 16),
            ),
            (
                "Parlamentskorrespondenz Nr. 768 vom 06.07.2032",
                date(2032, 7, 6),
            ),
            ("Strasbourg 24/06/2032", date(2032, 6, 24)),
            ("January 27, 2033 at 4:18 PM GMT+1", date(2033, 1, 27)),
            ("Ö1 Mittagsjournal, Montag, 10.1.2033", date(2033, 1, 10)),
            (
                "*Newsletter · Berlin, Freitag, 30. April 2032*",
                date(2032, 4, 30),
            ),
            ("Daily News 18 / 11 / 2031", date(2031, 11, 18)),
            ("23-06-2032 - 13:06", date(2032, 6, 23)),
            ("05/19/2033", date(2033, 5, 19)),
            (
                "04.09.2032, 13.00 Uhr • aus DER SPIEGEL 37/2032",
                date(2032, 9, 4),
            ),
            // The end of the period a report covers is not the day it was filed.
            (
                "Annual Report for the fiscal year ended June 30, 2031, filed August 26, 2031",
                date(2031, 8, 26),
            ),
        ] {
            assert_eq!(date_in_line(line), Some(want), "{line}");
        }
        assert_eq!(
            date_in_line("for the fiscal year ended June 30, 2031"),
            None
        );
        // A decision's date under its label, a time zone with its offset, Hansard's columns.
        for (line, want) in [
            ("Date of decision: 15 September 2032", date(2032, 9, 15)),
            ("March 3, 2033 4:17 PM GMT+2", date(2033, 3, 3)),
            ("9 Mar 2032 : Column 744", date(2032, 3, 9)),
        ] {
            assert_eq!(bare_date(line), Some(want), "{line}");
        }
        assert_eq!(bare_date("Date of 2032: 15 September 2032"), None);
        assert_eq!(bare_date("9 Mar 2032 : Column seven"), None);
        assert_eq!(
            bare_date("November 18, 2031 3:12 PM GMT+1 Updated 2 hours ago"),
            chrono::NaiveDate::from_ymd_opt(2031, 11, 18)
        );
        assert_eq!(bare_date("November 18, 2031 Updated the rules"), None);
        assert_eq!(
            bare_date("Updated April 12, 2033 — 9.41am, first published at 5.00am"),
            chrono::NaiveDate::from_ymd_opt(2033, 4, 12)
        );
        assert_eq!(
            bare_date("Published - November 23, 2032 09:15 pm IST - NEW DELHI"),
            chrono::NaiveDate::from_ymd_opt(2032, 11, 23)
        );
        assert_eq!(
            bare_date("Posted: Sep 23, 2031 4:00 AM MDT"),
            chrono::NaiveDate::from_ymd_opt(2031, 9, 23)
        );
        assert_eq!(
            bare_date("Last Updated: September 23, 2031"),
            chrono::NaiveDate::from_ymd_opt(2031, 9, 23)
        );
        assert_eq!(
            header_metadata("Posted: Sep 23, 2031 4:00 AM MDT | Last Updated: September 23, 2031"),
            Some(Meta::Date(
                chrono::NaiveDate::from_ymd_opt(2031, 9, 23).expect("valid")
            ))
        );
        assert_eq!(
            bare_date("16.10.2031 11:08 Uhr Lesezeit: 5 Min."),
            chrono::NaiveDate::from_ymd_opt(2031, 10, 16)
        );
        assert_eq!(
            bare_date("15. Juli 2032, 18:47 Uhr | Lesezeit: 4 Min."),
            chrono::NaiveDate::from_ymd_opt(2032, 7, 15)
        );
        assert_eq!(
            bare_date("Aktualisiert am 14.01.2033 - 11:07 Uhr | Lesedauer: 4 Min."),
            chrono::NaiveDate::from_ymd_opt(2033, 1, 14)
        );
        assert_eq!(
            broadcast_date(
                "Über dieses Thema berichtet: BR24 im Radio am 23.05.2033 um 17:00 Uhr."
            ),
            chrono::NaiveDate::from_ymd_opt(2033, 5, 23)
        );
        assert_eq!(
            broadcast_date(
                "Über dieses Thema berichten wir am 16.03.2032 auch im WDR Fernsehen: Lokalzeit Südwestfalen, 19.30 Uhr."
            ),
            chrono::NaiveDate::from_ymd_opt(2032, 3, 16)
        );
        assert_eq!(
            bare_date("Published on March 10, 2032, at 5:02 pm (Paris), updated at 6:40 pm"),
            chrono::NaiveDate::from_ymd_opt(2032, 3, 10)
        );
        assert_eq!(bare_date("Published on March 10, 2032, at the CNIL"), None);
        // An update note and a credit of seven words beside the date.
        for line in [
            "Posted: Jan 26, 2033 4:00 AM EST | Last Updated: 6 hours ago",
            "*Quarterly briefing · Lindqvist Centre for Technology and International Affairs · Geneva, 12 April 2033*",
        ] {
            assert!(header_metadata(line).is_some(), "{line}");
        }
        assert_eq!(
            header_metadata("Posted: Jan 26, 2033 | Updated: the board met 6 hours ago"),
            None
        );
        assert_eq!(date_in_line("Folge 12 · Ausgabe 2032 · 31.02.2032"), None);
        // A credit without "By", beside the date line.
        assert_eq!(credit_line("Emma Castellano"), Some("Emma Castellano"));
        assert_eq!(
            credit_line("Rhys Adeyemi Technology reporter"),
            Some("Rhys Adeyemi")
        );
        assert_eq!(
            credit_line("KAORI SHIMIZU, Nikkei staff writer"),
            Some("KAORI SHIMIZU")
        );
        assert_eq!(credit_line("Meetings Coverage and Press Releases"), None);
        assert_eq!(credit_line("Der Bundesrat"), None);
        assert_eq!(credit_line("For Release"), None);
        assert_eq!(credit_line("Kommunen im Visier"), None);
        // A line of a timeline or of text is no label beside a date.
        assert_eq!(
            header_metadata("18. Oktober 2029 – Abstimmung im Plenum, danach Beratung."),
            None
        );
        assert_eq!(
            header_metadata("Die Lage · 10. Mai 2029 · schwierig und offen"),
            None
        );
        assert_eq!(header_metadata("Berlin – Der Bundestag hat getagt"), None);
        // Without a date there is nothing to take from the line.
        assert_eq!(header_metadata("Press release | Plenary session"), None);
    }

    use super::*;

    /// Words as `word_count` defines them, counted character by character.
    fn words_by_chars(text: &str) -> usize {
        let (mut count, mut in_word) = (0, false);
        for c in text.chars() {
            if is_cjk(c) {
                count += 1;
                in_word = false;
            } else if c.is_ascii_whitespace() {
                in_word = false;
            } else {
                count += usize::from(!in_word);
                in_word = true;
            }
        }
        count
    }

    #[test]
    fn counting_words_up_to_a_limit_stops_there_and_agrees_below_it() {
        for text in [
            "",
            "  ",
            "eins",
            "eins zwei  drei\nvier",
            " Grüße, „Zitat“ – 2025 ",
            "中文的句子 and words",
            "ein 中 wort",
        ] {
            let all = words_by_chars(text);
            assert_eq!(word_count(text), all, "{text:?}");
            for limit in 0..8 {
                assert_eq!(
                    word_count_up_to(text, limit),
                    all.min(limit),
                    "{text:?} {limit}"
                );
            }
        }
        // Longer texts, whose blocks of 64 bytes are counted apart: spaces and CJK characters
        // at every place, blocks ending inside a word and on a space.
        let pieces = [" ", "\n", "wort", "ü", "中", "„", "\t", "x", "  ", "€"];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..2000 {
            let len = (next() % 300) as usize;
            let mut text = String::new();
            while text.len() < len {
                text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let all = words_by_chars(&text);
            for limit in [0, 1, 5, 41, usize::MAX] {
                assert_eq!(
                    word_count_up_to(&text, limit),
                    all.min(limit),
                    "{text:?} {limit}"
                );
            }
        }
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_marker("- Item").map(|m| m.content), Some(2));
        assert!(list_marker("a. Einige Regierungen").is_some_and(|m| m.letter));
        assert!(list_marker("• Premier Li").is_some());
        assert!(list_marker("12) x").is_some_and(|m| m.ordered));
        assert_eq!(list_marker("-5 %"), None);
        assert_eq!(list_marker("Am 17."), None);
        assert_eq!(list_marker("2025. Jahr"), None);
    }

    #[test]
    fn footnote_definitions() {
        assert_eq!(footnote_definition("[12] https://x.org/a"), Some(("12", 5)));
        assert_eq!(footnote_definition("[^a]: Text"), Some(("a", 6)));
        assert_eq!(footnote_definition("[1]"), None);
        assert_eq!(footnote_definition("[x] y"), None);
    }

    #[test]
    fn footnote_references() {
        let refs: Vec<_> = footnote_refs("a.[1] b[23] [x](y) [^n] [12345] [123456]")
            .map(|(_, l)| l)
            .collect();
        assert_eq!(refs, ["1", "23", "n", "12345"]);
        // A court's neutral citation; a reference after a sentence about a year.
        let refs: Vec<_> =
            footnote_refs("in [2033] AICmr 9 and [2024] EWCA Civ 12. It rose.[2031] Then")
                .map(|(_, l)| l)
                .collect();
        assert_eq!(refs, ["2031"]);
    }

    #[test]
    fn numbered_parts() {
        assert_eq!(numbered_part("I. WSIS+20"), Some(3));
        assert_eq!(numbered_part("III. Cyber"), Some(5));
        assert_eq!(numbered_part("2. Teil"), Some(3));
        assert_eq!(numbered_part("IIII. x"), None);
        assert_eq!(numbered_part("Im Jahr"), None);
    }

    #[test]
    fn headings() {
        assert!(heading_like("Zähe Verhandlungen bis zur letzten Minute"));
        assert!(heading_like(
            "Trump und seine Wirtschaftspolitik: Ein Relikt aus der Vergangenheit?"
        ));
        assert!(!heading_like("Das ist ein Satz."));
        assert!(!heading_like("kleingeschrieben beginnt kein Titel"));
        assert!(!heading_like("Eins. Zwei Sätze"));
        assert!(!heading_like("Erläuternder Bericht (PDF, 688 kB)"));
        assert!(heading_like(
            "Das Gesetz über künstliche Intelligenz (KI-Gesetz)"
        ));
    }

    #[test]
    fn datelines() {
        let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(bare_date("*New York, 3 December 2025*"), d(2025, 12, 3));
        assert_eq!(bare_date("Frankfurt am Main, 2.1.2026"), d(2026, 1, 2));
        assert_eq!(bare_date("Berlin, 12. Oktober 2026"), d(2026, 10, 12));
        assert_eq!(bare_date("Die Sitzung am 12. Oktober 2026"), None);
        assert_eq!(
            dateline_date("Berlin, 14.11.2025 – Der Bundestag hat beschlossen."),
            d(2025, 11, 14)
        );
        assert_eq!(
            dateline_date("Genf, 14. März 2026 – Die Delegationen von 58 Staaten"),
            d(2026, 3, 14)
        );
        assert_eq!(
            dateline_date("Am 14.11.2025 – so die Quelle – war es"),
            None
        );
        assert_eq!(dateline_date("Berlin – Der Bundestag"), None);
        // Agency style: the place in capitals, the month abbreviated.
        assert_eq!(
            dateline_date("GENEVA, Sept. 17, 2027 — The United Nations Convention"),
            d(2027, 9, 17)
        );
        assert_eq!(
            dateline_date("NEW YORK, Dec. 9, 2027 (IPS) — The UN General Assembly"),
            d(2027, 12, 9)
        );
        assert_eq!(
            dateline_date("SANTA CLARA, Calif., Feb. 22, 2033 /PRNewswire/ -- Corvane Networks"),
            d(2033, 2, 22)
        );
        assert_eq!(
            dateline_date("WASHINGTON, February 17, 2033—The Federal Communications Commission"),
            d(2033, 2, 17)
        );
        assert_eq!(bare_date("Brüssel, 3. Okt. 2026"), d(2026, 10, 3));
        // The editorial deadline of a briefing is its date, like "Stand:".
        assert_eq!(
            bare_date("Redaktionsschluss: 2. Oktober 2028"),
            d(2028, 10, 2)
        );
        assert_eq!(bare_date("Brüssel, 3. Oktobr 2026"), None);
    }

    #[test]
    fn metadata_lines() {
        assert_eq!(
            metadata("09.11.2025"),
            Some(Meta::Date(
                chrono::NaiveDate::from_ymd_opt(2025, 11, 9).unwrap()
            ))
        );
        assert_eq!(
            metadata("9. November 2025"),
            Some(Meta::Date(
                chrono::NaiveDate::from_ymd_opt(2025, 11, 9).unwrap()
            ))
        );
        assert_eq!(
            metadata("von Oliver Eschke"),
            Some(Meta::Author("Oliver Eschke", None))
        );
        assert_eq!(
            metadata("*Von Miriam Kessler, Riad, 19. Dezember 2026*"),
            Some(Meta::Author(
                "Miriam Kessler",
                chrono::NaiveDate::from_ymd_opt(2026, 12, 19)
            ))
        );
        assert_eq!(
            metadata("*Von Lena Hoffmann, 15. Januar 2028*"),
            Some(Meta::Author(
                "Lena Hoffmann",
                chrono::NaiveDate::from_ymd_opt(2028, 1, 15)
            ))
        );
        assert_eq!(
            metadata("Quelle: german.china.org.cn"),
            Some(Meta::Source("german.china.org.cn"))
        );
        assert_eq!(
            metadata("Schlagworte: a,b, c"),
            Some(Meta::Tags(vec!["a", "b", "c"]))
        );
        assert_eq!(metadata("von den Regierungen abgelehnt wurde das."), None);
        // A date and a byline between separators, in either order.
        assert_eq!(
            metadata("*Stand: 7. Juli 2028 · zusammengestellt von Leonie Hartmann*"),
            Some(Meta::Author(
                "Leonie Hartmann",
                chrono::NaiveDate::from_ymd_opt(2028, 7, 7)
            ))
        );
        assert_eq!(
            metadata("*Stand: 4. Juli 2028 · Redaktion: Jonas Weißenberg*"),
            Some(Meta::Author(
                "Jonas Weißenberg",
                chrono::NaiveDate::from_ymd_opt(2028, 7, 4)
            ))
        );
        assert_eq!(
            metadata("Recherche: Ana Costa | 3. März 2028"),
            Some(Meta::Author(
                "Ana Costa",
                chrono::NaiveDate::from_ymd_opt(2028, 3, 3)
            ))
        );
        assert_eq!(
            metadata("Redaktion: die Fraktionen haben sich geeinigt"),
            None
        );
        assert_eq!(
            metadata("By Ana Costa | March 3, 2028"),
            Some(Meta::Author(
                "Ana Costa",
                chrono::NaiveDate::from_ymd_opt(2028, 3, 3)
            ))
        );
        assert!(
            metadata("Stand: 24.03.2028 · Wetter: sonnig").is_none(),
            "a part that is neither stops it"
        );
        assert_eq!(
            metadata("Diese Nachricht wurde am 19.05.2032 im Programm Deutschlandfunk gesendet."),
            Some(Meta::Date(
                chrono::NaiveDate::from_ymd_opt(2032, 5, 19).expect("valid")
            )),
        );
        assert_eq!(
            metadata("Diese Nachricht wurde am 19.05.2032 im Programm erwähnt, aber nie gesendet."),
            None,
            "a sentence that mentions the programme is no broadcast note"
        );
        assert_eq!(
            metadata(
                "Dieses Thema im Programm: Das Erste, tagesschau, 09. November 2032, 17:00 Uhr"
            ),
            Some(Meta::Date(
                chrono::NaiveDate::from_ymd_opt(2032, 11, 9).expect("valid")
            )),
        );
        assert_eq!(
            metadata("Dieses Thema im Programm: tagesschau24, Sondersendung"),
            None,
            "a note without a day dates nothing"
        );
        // Text with a separator in it is not metadata.
        assert_eq!(metadata("Berlin · 3. Mai 2028"), None);
        assert_eq!(metadata("Cyber – 7. Juli 2028 – Bilanz"), None);
    }

    #[test]
    fn sentences_end_after_short_words_not_after_initials_or_abbreviations() {
        let ends = |text: &str| super::sentence_breaks(text).collect::<Vec<_>>();
        // A separable verb's particle and a two-letter name end sentences.
        assert_eq!(ends("Das Gremium nahm ihn an. Dafür stimmten drei."), [23]);
        assert_eq!(ends("Sie gilt in der EU. Die Frist läuft."), [18]);
        // Initials, "z. B.", ordinals and abbreviations do not.
        assert!(
            ends("John F. Kennedy, z. B. Der 2. Gipfel, Dr. Müller, S. 12 ff. Weiter").is_empty()
        );
    }
}
