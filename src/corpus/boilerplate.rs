//! Finds page furniture that is not part of an article: share and print buttons, breadcrumbs,
//! social-media and donation appeals, comment forms, ads, image captions and credits, and lines
//! repeated three or more times.
//!
//! The rules look at structure, not at known phrases: repetition, glued button labels, the share
//! of words that address the reader or name web-page functions, closeness to other furniture,
//! and position (furniture gathers after the last real paragraph).

use std::collections::HashMap;

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

    // Repetition: the same line three or more times is a template, not writing.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for u in units.iter().filter(|u| !u.neutral) {
        *counts.entry(u.text).or_default() += 1;
    }
    for (i, u) in units.iter().enumerate() {
        if !u.neutral && counts.get(u.text).copied().unwrap_or(0) >= 3 {
            reasons[i] = Some("repeated line");
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
    for i in (0..units.len()).rev() {
        if units[i].neutral {
            continue;
        }
        if reasons[i].is_some() {
            continue;
        }
        if stats[i].suspicious_at_end() {
            reasons[i] = Some("trailing page furniture");
        } else {
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
}

impl Signals {
    fn of(text: &str) -> Signals {
        let mut s = Signals {
            sentence_end: text
                .trim_end_matches(['“', '”', '"', '«', '»', ')', '\''])
                .ends_with(['.', '!', '?']),
            ..Signals::default()
        };
        for token in text.split_whitespace() {
            s.words += 1;
            s.glued |= glued_labels(token);
            for part in token.split(['-', '/', '–']) {
                let word: String = part
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                if word.is_empty() {
                    continue;
                }
                if ADDRESS.contains(&word.as_str()) {
                    s.address += 1;
                } else if is_cue(&word) {
                    s.cues += 1;
                }
            }
        }
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        s.shouting = letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase());
        s.breadcrumb = s.words <= 8
            && (text.contains("> ") || text.contains(" › ") || text.contains(" » "))
            && !text.starts_with('>');
        let separators = text
            .split_whitespace()
            .filter(|t| matches!(*t, ">" | "›" | "»" | "/"))
            .count();
        s.breadcrumb |= separators >= 1 && s.words - separators <= 8 && text.contains('>');
        let lower = text.to_lowercase();
        let lower = lower.trim_start_matches(['(', '[']);
        let first_lower = text.chars().next().is_some_and(char::is_lowercase);
        s.button = (s.words <= 3 && first_lower && !s.sentence_end)
            || (s.cues >= 1 && s.words <= 5 && (s.words == 1 || s.sentence_end || first_lower));
        s.credit = s.words <= 8
            && (CREDIT_LABELS.iter().any(|l| lower.starts_with(l))
                || text.contains('©')
                || (text.contains(" | ") && !s.sentence_end && text.contains('.')));
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
        if self.short() {
            !self.sentence_end || self.cues + self.address > 0 || self.shouting
        } else {
            (!self.sentence_end && self.words <= 20)
                || (self.cues >= 2 && self.cues * 8 >= self.words)
                || (self.cues + self.address >= 3 && (self.cues + self.address) * 6 >= self.words)
        }
    }
}

/// "DruckenMerkenSendenFeedback": several capitalised labels run together.
fn glued_labels(token: &str) -> bool {
    let chars: Vec<char> = token.chars().collect();
    chars.len() >= 12
        && chars
            .windows(2)
            .filter(|w| w[0].is_lowercase() && w[1].is_uppercase())
            .count()
            >= 2
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
    "e",
    "mail",
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

fn is_cue(word: &str) -> bool {
    CUES.iter().any(|cue| match cue.strip_suffix('*') {
        Some(prefix) => word.starts_with(prefix),
        None => word == *cue,
    })
}

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
}
