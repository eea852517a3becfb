//! Finds page furniture that is not part of an article: share and print buttons, breadcrumbs,
//! social-media and donation appeals, comment forms, ads, image captions and credits, and lines
//! repeated three or more times.
//!
//! The rules look at structure, not at known phrases: repetition, glued button labels, the share
//! of words that address the reader or name web-page functions, closeness to other furniture,
//! and position (furniture gathers after the last real paragraph).

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// What the detector needs to know about one unit (a paragraph, item or short line).
#[derive(Clone, Debug)]
pub struct UnitInfo<'a> {
    pub text: &'a str,
    /// Footnote definitions and metadata lines are neither content nor furniture.
    pub neutral: bool,
    pub list_item: bool,
}

/// Reasons for the units judged to be furniture, index-aligned with the input.
pub fn detect(units: &[UnitInfo]) -> Vec<Option<&'static str>> {
    let mut reasons: Vec<Option<&'static str>> = vec![None; units.len()];
    let stats: Vec<Signals> = units.iter().map(|u| Signals::of(u.text)).collect();

    // Repetition: the same short line three or more times is a template, not writing. A long
    // paragraph said three times is still something the author wrote.
    let repeatable = |i: usize| !units[i].neutral && stats[i].words <= 30;
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, u) in units.iter().enumerate().filter(|(i, _)| repeatable(*i)) {
        *counts.entry(u.text).or_default() += 1;
    }
    for (i, u) in units.iter().enumerate() {
        if repeatable(i) && counts.get(u.text).copied().unwrap_or(0) >= 3 {
            reasons[i] = Some("repeated line");
        }
    }

    // A parliament's running head, repeated at the top of each page of its record with the
    // page's number: "Deutscher Bundestag – 22. Wahlperiode – 118. Sitzung. Berlin, Donnerstag,
    // den 24. Juni 2032 14873", "Bundesrat – 1129. Sitzung – 26. November 2032".
    for (i, u) in units.iter().enumerate() {
        if !u.neutral && running_head(u.text) {
            reasons[i] = Some("running head");
        }
        if !u.neutral && print_edition_note(u.text) {
            reasons[i] = Some("print edition note");
        }
        if !u.neutral && hansard_time_stamp(u.text.trim()) {
            reasons[i] = Some("time stamp");
        }
        // "214 Kommentare", "Lesezeit: 4 Min." on a line of their own.
        if !u.neutral && super::lines::counter_or_reading_time(u.text.trim()) {
            reasons[i] = Some("counter");
        }
    }

    // Captions: a short label directly followed by a credit line; the same label elsewhere too.
    let mut captions: Vec<&str> = Vec::new();
    for (i, u) in units.iter().enumerate() {
        if u.neutral || reasons[i].is_some() {
            continue;
        }
        let s = &stats[i];
        if s.credit {
            reasons[i] = Some("image credit");
            if let Some(prev) = i.checked_sub(1)
                && !units[prev].neutral
                && stats[prev].words <= 10
                && !stats[prev].sentence_end
            {
                reasons[prev] = Some("image caption");
                captions.push(units[prev].text);
            }
        } else if s.glued {
            reasons[i] = Some("button row");
        } else if s.breadcrumb {
            reasons[i] = Some("breadcrumb");
        } else if s.is_appeal() {
            reasons[i] = Some("reader appeal");
        } else if s.button {
            reasons[i] = Some("button");
        }
    }
    for (i, u) in units.iter().enumerate() {
        if reasons[i].is_none() && captions.contains(&u.text) {
            reasons[i] = Some("image caption");
        }
    }

    // A run of three or more tiny lines is a button bar or menu broken into lines.
    let tiny = |i: usize| !units[i].list_item && stats[i].words <= 2 && !stats[i].sentence_end;
    let mut run: Vec<usize> = Vec::new();
    for i in 0..=units.len() {
        if i < units.len() && units[i].neutral {
            continue;
        }
        if i < units.len() && tiny(i) {
            run.push(i);
            continue;
        }
        if run.len() >= 3 {
            for &j in &run {
                reasons[j].get_or_insert("menu or button bar");
            }
        }
        run.clear();
    }

    // Short lines next to furniture that carry any furniture signal belong to it.
    loop {
        let mut changed = false;
        for i in 0..units.len() {
            if reasons[i].is_some() || units[i].neutral || !stats[i].short() {
                continue;
            }
            let near_bad =
                |j: Option<usize>| j.and_then(|j| reasons.get(j)).is_some_and(Option::is_some);
            if stats[i].cues + stats[i].address > 0
                && (near_bad(i.checked_sub(1)) || near_bad(Some(i + 1)))
            {
                reasons[i] = Some("page furniture");
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    // After the last real paragraph only furniture follows: forms, ads, link lists, labels.
    // The rule needs a real paragraph to stop at: it never empties a short article.
    let mut tail = Vec::new();
    for i in (0..units.len()).rev() {
        if units[i].neutral {
            continue;
        }
        if reasons[i].is_some() {
            continue;
        }
        // Short list items are content ("- Meldepflichten vereinheitlichen") unless they speak
        // to the reader or name page functions.
        let item_ok = units[i].list_item && stats[i].cues + stats[i].address == 0;
        if !item_ok && stats[i].suspicious_at_end() {
            tail.push(i);
        } else {
            for &j in &tail {
                reasons[j] = Some("trailing page furniture");
            }
            break;
        }
    }
    reasons
}

/// Cheap signals computed once per unit.
#[derive(Clone, Debug, Default)]
struct Signals {
    words: usize,
    /// Words that name web-page functions: share, print, comment, subscribe, donate, cookie…
    cues: usize,
    /// Words that address the reader: du, dein, euch, you, your…
    address: usize,
    sentence_end: bool,
    glued: bool,
    breadcrumb: bool,
    credit: bool,
    shouting: bool,
    /// A lone page function ("Anzeige", "vorlesen", "Sign up here.").
    button: bool,
    /// A year in it ("Council Decision (CFSP) 2031/2706 amending …", "… (press release, 13
    /// May 2031)"): the citation of an act or a dated release, which says something.
    dated: bool,
    /// The number of a file, report or act ("Procedure file: 2030/0284(COD)", "Report: … (HC
    /// 418)"): a reference a reader may look up, not a page function.
    cites: bool,
}

impl Signals {
    fn of(text: &str) -> Signals {
        let mut s = Signals {
            sentence_end: without_trailing_refs(text)
                .trim_end_matches(['“', '”', '"', '«', '»', ')', '\''])
                .ends_with(['.', '!', '?', '。', '！', '？']),
            ..Signals::default()
        };
        // Page furniture is short; a long paragraph would need a dozen cue words to count, which
        // real writing never has, so the costlier signals are skipped for it.
        // Counted only up to 41: every rule below compares with 40 words or fewer.
        s.words = crate::corpus::lines::word_count_up_to(text, 41);
        if s.words > 40 {
            return s;
        }
        let mut separators = 0;
        for token in text.split_whitespace() {
            s.glued |= token.len() >= 12 && glued_labels(token);
            separators += usize::from(matches!(token, ">" | "›" | "»" | "/"));
        }
        (s.cues, s.address) = count_cues(text);
        // Not a broadcaster's line of its programme ("Dieses Thema im Programm: … | 11.03.2032").
        s.dated = !text.contains(" | ")
            && text.as_bytes().windows(5).any(|w| {
                matches!(&w[..2], b"19" | b"20")
                    && w[2..4].iter().all(u8::is_ascii_digit)
                    && !w[4].is_ascii_digit()
            });
        s.cites = cites_a_reference(text);
        if s.words - separators > 8 {
            // Breadcrumbs, buttons and credits are short; long units need no more signals.
            return s;
        }
        s.breadcrumb = (text.contains("> ") || text.contains(" › ") || text.contains(" » "))
            && !text.starts_with('>');
        if s.words > 8 {
            return s;
        }
        let mut letters = text.chars().filter(|c| c.is_alphabetic());
        s.shouting = text.chars().filter(|c| c.is_alphabetic()).nth(3).is_some()
            && letters.all(char::is_uppercase);
        let lower = text.to_lowercase();
        let lower = lower.trim_start_matches(['(', '[']);
        let first_lower = text.chars().next().is_some_and(char::is_lowercase);
        s.button = (s.words <= 3 && first_lower && !s.sentence_end)
            || (s.cues >= 1 && s.words <= 5 && (s.words == 1 || s.sentence_end || first_lower));
        s.credit = CREDIT_LABELS.iter().any(|l| lower.starts_with(l))
            || text.contains('©')
            || (text.contains(" | ") && !s.sentence_end && text.contains('.'));
        s
    }

    fn short(&self) -> bool {
        self.words <= 8
    }

    /// Long enough to be writing, but mostly about the page or the reader, not the topic.
    fn is_appeal(&self) -> bool {
        if self.short() {
            self.cues >= 2 || (self.cues >= 1 && self.address >= 1) || self.address >= 2
        } else {
            self.cues >= 2 && (self.cues * 2 + self.address) * 6 >= self.words
        }
    }

    fn suspicious_at_end(&self) -> bool {
        let reference = self.cites && self.cues + self.address == 0;
        if self.short() {
            (!self.sentence_end && !reference)
                || self.address > 0
                || self.cues >= 2
                || self.shouting
        } else {
            // A dated line or one citing a reference says something even without a full stop.
            let says_something = reference || (self.dated && self.cues == 0);
            (!self.sentence_end && self.words <= 20 && !says_something)
                || (self.cues >= 2 && self.cues * 8 >= self.words)
                || (self.cues + self.address >= 3 && (self.cues + self.address) * 6 >= self.words)
        }
    }
}

/// Whether `text` is a parliament's running head: its name, the sitting's number (after the
/// term's), and the day or a page number after it.
fn running_head(text: &str) -> bool {
    static HEAD: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^(?:Deutscher Bundestag|Bundesrat|Nationalrat|Landtag(?: [\p{Lu}][\p{L}-]+){0,3}|Abgeordnetenhaus(?: [\p{Lu}][\p{L}-]+)?|Bürgerschaft(?: [\p{Lu}][\p{L}-]+)?) [–-] (?:\d{1,2}\. Wahlperiode [–-] )?\d{1,4}\. Sitzung(?:[.,]? [–-]? ?.{0,80})?$")
            .expect("valid")
    });
    text.len() <= 200 && HEAD.is_match(text)
}

/// Whether `text` is a newspaper's note on the printed edition under its web article: "A
/// version of this article appears in print on Sept. 24, 2032, Section B, Page 1 of the New
/// York edition with the headline: …", its date the paper's, not the article's.
fn print_edition_note(text: &str) -> bool {
    text.len() <= 600
        && (text.starts_with("A version of this article appears in print on ")
            || text.starts_with("A version of this article appeared in print on "))
}

/// Whether `text` is the time the Canadian Hansard marks between speeches, "(1520)": the hour
/// and minute in parentheses on a line of their own, no year.
fn hansard_time_stamp(text: &str) -> bool {
    let Some(digits) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) else {
        return false;
    };
    let &[h1, h2, m1, m2] = digits.as_bytes() else {
        return false;
    };
    let two = |a: u8, b: u8| {
        (a.is_ascii_digit() && b.is_ascii_digit()).then(|| (a - b'0') * 10 + b - b'0')
    };
    two(h1, h2).is_some_and(|h| h <= 23) && two(m1, m2).is_some_and(|m| m <= 59)
}

/// The text without the footnote references that end it ("… Robots.`[^2]`", "… 2025.`[12]`",
/// "… gesagt.¹"), which come after the sentence's full stop.
fn without_trailing_refs(text: &str) -> &str {
    let mut t = text.trim_end();
    loop {
        let before = t.len();
        t = t.trim_end_matches(['¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']);
        if let Some(open) = t.strip_suffix(']').and_then(|r| r.rfind('[')) {
            let label = &t[open + 1..t.len() - 1];
            let label = label.strip_prefix('^').unwrap_or(label);
            if !label.is_empty() && label.len() <= 12 && !label.contains(char::is_whitespace) {
                t = t[..open].trim_end();
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// A token numbered with a slash between digits ("2030/0284(COD)", "21/1234") or a code of
/// capitals before a number of three digits or more ("HC 418"), or a document's link with its
/// file type ("Botschaft zum Bundesgesetz über … (PDF, 1 MB)"). Telephone numbers have none.
fn cites_a_reference(text: &str) -> bool {
    // A broadcaster's programme line ("SRF 4 News, 14.09.2032 | 12:00 Uhr") is not one.
    if text.contains(" | ") {
        return false;
    }
    if text.contains("(PDF") {
        return true;
    }
    let mut previous_is_code = false;
    for raw in text.split_whitespace() {
        let token =
            raw.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | '.'));
        let bytes = token.as_bytes();
        let slashed = bytes
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'/' && w[2].is_ascii_digit());
        let numbered = bytes.len() >= 3 && bytes[..3].iter().all(u8::is_ascii_digit);
        if slashed || (previous_is_code && numbered) {
            return true;
        }
        // "PDF, 388 kB" is a file's size, not a number.
        let code = raw.trim_start_matches(['(', '[']).as_bytes();
        previous_is_code = (2..=5).contains(&code.len()) && code.iter().all(u8::is_ascii_uppercase);
    }
    false
}

/// A token numbered with a slash/// "DruckenMerkenSendenFeedback": several capitalised labels run together.
fn glued_labels(token: &str) -> bool {
    let mut humps = 0;
    let mut prev_lower = false;
    for c in token.chars() {
        humps += usize::from(prev_lower && c.is_uppercase());
        prev_lower = c.is_lowercase();
    }
    token.chars().count() >= 12 && humps >= 2
}

// `count_cues` keeps one bit per pattern.
const _: () = assert!(ADDRESS.len() + CUES.len() <= 128);

/// Counts cue words and reader-address words in one pass over the text.
fn count_cues(text: &str) -> (usize, usize) {
    static MATCHER: LazyLock<(AhoCorasick, Vec<(bool, bool)>)> = LazyLock::new(|| {
        // (is address, matches as prefix)
        let mut patterns = Vec::new();
        let mut kinds = Vec::new();
        for a in ADDRESS {
            patterns.push(a.to_string());
            kinds.push((true, false));
        }
        for c in CUES {
            match c.strip_suffix('*') {
                Some(prefix) => {
                    patterns.push(prefix.to_string());
                    kinds.push((false, true));
                }
                None => {
                    patterns.push(c.to_string());
                    kinds.push((false, false));
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("cue words compile");
        (ac, kinds)
    });
    let (ac, kinds) = &*MATCHER;
    let bytes = text.as_bytes();
    // Words are split at hyphens and slashes too: "YouTube-Mitgliedschaft" has two.
    let boundary = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric() && *b < 0x80);
    let (mut cues, mut address) = (0, 0);
    // A cue counts once: "Privacy commissioner … privacy reforms" is a topic, named twice; an
    // appeal names several functions ("Teilen", "Drucken", "Newsletter").
    let mut seen = 0u128;
    for m in ac.find_iter(text) {
        let pattern = m.pattern().as_usize();
        let (is_address, prefix) = kinds[pattern];
        let starts = m.start() == 0 || boundary(bytes.get(m.start() - 1));
        let ends = prefix || boundary(bytes.get(m.end()));
        if starts && ends {
            if is_address {
                address += 1;
            } else if seen & (1 << pattern) == 0 {
                seen |= 1 << pattern;
                cues += 1;
            }
        }
    }
    (cues, address)
}

const CREDIT_LABELS: &[&str] = &[
    "foto:",
    "fotos:",
    "bild:",
    "bilder:",
    "image:",
    "photo:",
    "credit:",
    "grafik:",
    "illustration:",
    "video:",
    "bildquelle:",
    "quelle: getty",
    "(c)",
];

const ADDRESS: &[&str] = &[
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure",
    "euren", "eurem", "ihr", "uns", "you", "your", "yours",
];

/// Words naming functions of a web page rather than the article's topic. Entries ending in
/// `*` match as prefixes.
const CUES: &[&str] = &[
    "share",
    "teile",
    "teilen",
    "drucken",
    "merken",
    "senden",
    "feedback",
    "kommentar*",
    "kommentier*",
    "comment*",
    "newsletter",
    "abonn*",
    "subscribe*",
    "social",
    "facebook",
    "twitter",
    "instagram",
    "whatsapp",
    "youtube",
    "linkedin",
    "tiktok",
    "telegram",
    "paypal",
    "spende*",
    "donate",
    "donation*",
    "unterstütz*",
    "mitgliedschaft",
    "membership",
    "werbung",
    "werbefrei",
    "anzeige",
    "advertisement",
    "sponsored",
    "cookie*",
    "datenschutz*",
    "privacy",
    "impressum",
    "e-mail*",
    "email",
    "klicken",
    "klick",
    "click",
    "kostenlos*",
    "kostenfrei",
    "app",
    "anmelden",
    "login",
    "registrieren",
    "gelesen",
    "lesen",
    "verpassen",
    "abschicken",
    "tutorials",
    "support",
    "beitrag",
    "print",
    "follow",
    "sign",
    "download",
    "cfd",
    "handels",
    "reporting",
    "editing",
    "standards",
    "startseite",
    "homepage",
    "druckansicht",
    "vorlesen",
    "speichern",
    "lesezeit",
    "sign-up",
    "signup",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lines: &[&str]) -> Vec<Option<&'static str>> {
        let units: Vec<UnitInfo> = lines
            .iter()
            .map(|t| UnitInfo {
                text: t,
                neutral: false,
                list_item: false,
            })
            .collect();
        detect(&units)
    }

    const PARA: &str = "Die Regierungen verhandelten bis in die Nacht über den Text der Erklärung und einigten sich am Ende auf einen Kompromiss.";

    #[test]
    fn lines_repeated_three_times_are_furniture() {
        let r = run(&[
            "Anzeige hier",
            PARA,
            "Jetzt buchen",
            "Jetzt buchen",
            PARA,
            "Jetzt buchen",
        ]);
        assert_eq!(r[2], Some("repeated line"));
        assert_eq!(r[1], None);
        let long = PARA.repeat(3);
        let r = run(&[&long, &long, &long]);
        assert_eq!(r, vec![None; 3], "long paragraphs said three times stay");
    }

    #[test]
    fn the_canadian_hansards_time_stamps_are_furniture() {
        let r = run(&[PARA, "(1520)", PARA, "(2460)", PARA, "(15:20)", PARA]);
        assert_eq!(r[1], Some("time stamp"));
        assert_eq!(r[3], None);
        assert_eq!(r[5], None);
    }

    #[test]
    fn a_newspapers_note_on_its_printed_edition_is_furniture() {
        let r = run(&[
            PARA,
            "A version of this article appears in print on Sept. 24, 2032, Section B, Page 1 of the New York edition with the headline: House Votes to Set Rules. Order Reprints | Today’s Paper | Subscribe",
            "A version of the bill appears in print on Monday, the clerk said.",
        ]);
        assert_eq!(r[1], Some("print edition note"));
        assert_eq!(r[2], None);
    }

    #[test]
    fn glued_button_labels_and_breadcrumbs() {
        let r = run(&["Start > Politik", PARA, "Artikel DruckenTeilenMerken", PARA]);
        assert_eq!(r[0], Some("breadcrumb"));
        assert_eq!(r[2], Some("button row"));
        assert_eq!(r[1], None);
    }

    #[test]
    fn caption_before_credit_goes_everywhere_it_appears() {
        let r = run(&[
            "Ein Roboter im Labor",
            PARA,
            "Ein Roboter im Labor",
            "Foto: Agentur",
            PARA,
        ]);
        assert_eq!(r[0], Some("image caption"));
        assert_eq!(r[2], Some("image caption"));
        assert_eq!(r[3], Some("image credit"));
    }

    #[test]
    fn appeals_to_the_reader_are_furniture_but_topic_words_are_not() {
        let r = run(&[
            PARA,
            "Folge uns auf Social Media",
            "Unterstütze uns mit einer Spende über PayPal oder einer Mitgliedschaft, damit du weiter kostenlos lesen kannst.",
            "Datenschutz bleibt ein zentrales Thema der Verhandlungen zwischen den Regierungen in Brüssel und Washington.",
            PARA,
        ]);
        assert_eq!(r[1], Some("reader appeal"));
        assert!(r[2].is_some());
        assert_eq!(r[3], None);
        // A topic word named twice in a teaser is one word, not two functions of a page.
        let r = run(&[
            "Privacy commissioner opens investigation as attorney general promises second tranche of privacy reforms before Christmas",
            PARA,
        ]);
        assert_eq!(r[0], None);
    }

    #[test]
    fn trailing_furniture_stops_at_the_last_real_paragraph() {
        let r = run(&[
            PARA,
            "Das bleibt abzuwarten.",
            "Lesen Sie auch",
            "Meist gelesen",
        ]);
        assert_eq!(r[1], None);
        assert!(r[2].is_some() && r[3].is_some());
    }

    #[test]
    fn acts_cited_at_the_end_are_content_a_programme_line_is_not() {
        let r = run(&[
            PARA,
            "Council Decision (CFSP) 2031/2706 amending Decision (CFSP) 2019/797 concerning restrictive measures against cyber-attacks",
            "Cyber-attacks: Council extends sanctions framework until May 2034 (press release, 13 May 2031)",
            "Dieses Thema im Programm: NDR 1 Welle Nord | Nachrichten für Schleswig-Holstein | 25.03.2033 | 17:00 Uhr",
        ]);
        assert_eq!(r[1..3], [None, None]);
        assert!(r[3].is_some());
    }

    #[test]
    fn a_file_or_report_number_at_the_end_is_content_a_contact_line_is_not() {
        let r = run(&[
            PARA,
            "Procedure file: 2030/0284(COD)",
            "Contact: Jakub Novotný, Press officer, (+32) 2 28 31029",
        ]);
        assert_eq!(r[1], None);
        assert!(r[2].is_some());
        let r = run(&[
            PARA,
            "Report: Pre-legislative scrutiny of the draft Frontier Artificial Intelligence Bill (HC 418)",
            "Committee membership",
        ]);
        assert_eq!(r[1], None);
        assert!(r[2].is_some());
        assert!(!cites_a_reference("Tel. +49 30 1234 5678"));
        assert!(!cites_a_reference("Erläuterungen, 1 MB"));
        assert!(!cites_a_reference("SRF 4 News, 14.09.2032, 12:00 Uhr"));
        assert!(running_head(
            "Deutscher Bundestag – 22. Wahlperiode – 118. Sitzung. Berlin, Donnerstag, den 24. Juni 2032 14873"
        ));
        assert!(running_head(
            "Bundesrat – 1129. Sitzung – 26. November 2032"
        ));
        assert!(!running_head(
            "Der Bundesrat – so der Beschluss der 1129. Sitzung – stimmte dem Gesetz zu."
        ));
    }

    #[test]
    fn a_last_paragraph_ending_in_a_footnote_reference_is_content() {
        let r = run(&[
            PARA,
            "More than 120 countries now support a legally binding instrument, according to the advocacy group.[^2]",
            "Mehr als 120 Staaten unterstützen ein verbindliches Instrument, sagt die Kampagne.[12]",
            "Das sagte der Sprecher am Montag in Genf.¹",
        ]);
        assert_eq!(r[1..], [None, None, None]);
        assert_eq!(without_trailing_refs("Text.[^a1] [3]"), "Text.");
        assert_eq!(without_trailing_refs("[1]"), "");
        assert_eq!(without_trailing_refs("Siehe [Link]"), "Siehe");
    }
}
