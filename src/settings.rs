//! Settings: the defaults in `config/settings.toml` (embedded), merged with the user's file.
//! Every problem in a user's file is reported with its file, line and column.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::facts::FactKind;
use crate::tui::theme::{self, Theme};

/// The default settings, embedded in the binary.
pub const DEFAULT_SETTINGS: &str = include_str!("../config/settings.toml");

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub load: LoadSettings,
    pub reader: ReaderSettings,
    /// `base` (`dark`, `light`, `none`) and any element's colour.
    pub theme: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReaderSettings {
    pub hyphenation: bool,
    pub mouse: bool,
    pub topics_width: u16,
    pub facts_width: u16,
    pub max_width: u16,
    /// How dates with a day are shown in the facts pane and the timeline (strftime).
    pub date_format: String,
    /// Fact kinds the facts pane lists.
    pub fact_kinds: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoadSettings {
    /// Files larger than this many MiB are skipped with a warning.
    pub max_file_size_mb: u64,
    /// A topics file replacing the built-in topics' additions (empty: none).
    #[serde(default)]
    pub topics: String,
}

/// A user's settings file: every key optional, unknown keys refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserSettings {
    load: Option<UserLoad>,
    reader: Option<UserReader>,
    theme: Option<BTreeMap<String, Spanned<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserLoad {
    max_file_size_mb: Option<u64>,
    topics: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserReader {
    hyphenation: Option<bool>,
    mouse: Option<bool>,
    topics_width: Option<Spanned<u16>>,
    facts_width: Option<Spanned<u16>>,
    max_width: Option<u16>,
    date_format: Option<Spanned<String>>,
    fact_kinds: Option<Spanned<Vec<String>>>,
}

/// A problem in a settings file, with its place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("settings {path}:{line}:{column}: {message}")]
pub struct SettingsError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

const KEYS: &[&str] = &[
    "load",
    "reader",
    "theme",
    "max_file_size_mb",
    "topics",
    "hyphenation",
    "mouse",
    "topics_width",
    "facts_width",
    "max_width",
    "date_format",
    "fact_kinds",
];

/// Pane widths in percent of the screen that leave room for the article.
const WIDTHS: std::ops::RangeInclusive<u16> = 10..=45;

impl Settings {
    /// The defaults with a user's settings file (TOML source) merged over them.
    pub fn merged(source: &str, path: &str) -> Result<Settings, SettingsError> {
        let error = |span: Range<usize>, message: String| {
            let (line, column) = crate::topics::line_col(source, span.start);
            SettingsError {
                path: path.to_string(),
                line,
                column,
                message,
            }
        };
        let user: UserSettings = toml::from_str(source).map_err(|e| {
            let raw = e.message().trim().to_string();
            // serde lists every field; one suggestion reads better.
            let message = match raw
                .strip_prefix("unknown field `")
                .and_then(|r| r.split('`').next())
            {
                Some(field) => format!(
                    "unknown key \"{field}\"{}",
                    crate::keymap::suggestion(field, KEYS)
                ),
                None => raw,
            };
            error(e.span().unwrap_or(0..0), message)
        })?;
        let mut s = Settings::defaults();
        if let Some(l) = user.load {
            s.load.max_file_size_mb = l.max_file_size_mb.unwrap_or(s.load.max_file_size_mb);
            s.load.topics = l.topics.unwrap_or(s.load.topics);
        }
        if let Some(r) = user.reader {
            s.reader.hyphenation = r.hyphenation.unwrap_or(s.reader.hyphenation);
            s.reader.mouse = r.mouse.unwrap_or(s.reader.mouse);
            for (width, slot) in [
                (r.topics_width, &mut s.reader.topics_width),
                (r.facts_width, &mut s.reader.facts_width),
            ] {
                if let Some(w) = width {
                    if !WIDTHS.contains(w.get_ref()) {
                        return Err(error(
                            w.span(),
                            format!(
                                "a pane width is {}–{} (percent of the screen), not {}",
                                WIDTHS.start(),
                                WIDTHS.end(),
                                w.get_ref()
                            ),
                        ));
                    }
                    *slot = w.into_inner();
                }
            }
            s.reader.max_width = r.max_width.unwrap_or(s.reader.max_width);
            if let Some(f) = r.date_format {
                if let Err(why) = check_date_format(f.get_ref()) {
                    return Err(error(f.span(), why));
                }
                s.reader.date_format = f.into_inner();
            }
            if let Some(kinds) = r.fact_kinds {
                let names: Vec<&str> = FactKind::ALL.iter().map(|k| k.name()).collect();
                if let Some(bad) = kinds
                    .get_ref()
                    .iter()
                    .find(|k| FactKind::from_name(k).is_none())
                {
                    let at = source
                        .get(kinds.span())
                        .and_then(|t| t.find(&format!("\"{bad}\"")))
                        .map_or(kinds.span(), |i| kinds.span().start + i..kinds.span().end);
                    return Err(error(
                        at,
                        format!(
                            "unknown fact kind \"{bad}\"{} (kinds: {})",
                            crate::keymap::suggestion(bad, &names),
                            names.join(", ")
                        ),
                    ));
                }
                s.reader.fact_kinds = kinds.into_inner();
            }
        }
        if let Some(t) = user.theme {
            for (key, value) in t {
                let span = value.span();
                let text = value.into_inner();
                if key == "base" {
                    if Theme::named(&text).is_none() {
                        return Err(error(
                            span,
                            format!(
                                "unknown theme \"{text}\" (use \"dark\", \"light\" or \"none\")"
                            ),
                        ));
                    }
                } else if !theme::ELEMENTS.contains(&key.as_str()) {
                    let mut names = vec!["base"];
                    names.extend(theme::ELEMENTS);
                    return Err(error(
                        key_span(source, &key, span),
                        format!(
                            "unknown theme element \"{key}\"{}",
                            crate::keymap::suggestion(&key, &names)
                        ),
                    ));
                } else if theme::parse_color(&text).is_none() {
                    return Err(error(
                        span,
                        format!(
                            "\"{text}\" is not a colour (use a name such as \"lightblue\", \"#rrggbb\" or 0–255)"
                        ),
                    ));
                }
                s.theme.insert(key, text);
            }
        }
        Ok(s)
    }

    /// The embedded defaults.
    pub fn defaults() -> Settings {
        toml::from_str(DEFAULT_SETTINGS).expect("config/settings.toml is valid (checked by tests)")
    }

    /// The effective settings as a settings file.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    /// The reader's colours; `no_color` (the `NO_COLOR` convention) turns them all off.
    pub fn theme(&self, no_color: bool) -> Theme {
        let base = self.theme.get("base").map_or("dark", String::as_str);
        let mut t = Theme::named(base).unwrap_or_default();
        for (element, value) in &self.theme {
            if let Some(c) = theme::parse_color(value) {
                t.set(element, c);
            }
        }
        if no_color {
            t.colored = false;
        }
        t
    }

    /// What the reader shows.
    pub fn view(&self, no_color: bool) -> crate::tui::app::View {
        crate::tui::app::View {
            hyphenate: self.reader.hyphenation,
            mouse: self.reader.mouse,
            widths: crate::tui::layout::Widths {
                topics: self.reader.topics_width,
                facts: self.reader.facts_width,
            },
            max_width: self.reader.max_width,
            theme: self.theme(no_color),
            kinds: self
                .reader
                .fact_kinds
                .iter()
                .filter_map(|k| FactKind::from_name(k))
                .fold(0, |bits, k| bits | 1 << k as u16),
        }
    }

    pub fn load_options(&self) -> crate::corpus::LoadOptions {
        crate::corpus::LoadOptions {
            max_file_size: self.load.max_file_size_mb.saturating_mul(1024 * 1024),
            cache: None,
            cache_key: String::new(),
        }
    }
}

/// Where a key is written: on the line of its value, else at the value.
fn key_span(source: &str, key: &str, value: Range<usize>) -> Range<usize> {
    let line_start = source
        .get(..value.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    source
        .get(line_start..value.start)
        .and_then(|line| line.find(key))
        .map_or(value, |i| line_start + i..line_start + i + key.len())
}

/// A strftime pattern that chrono can use.
pub fn check_date_format(format: &str) -> Result<(), String> {
    use chrono::format::{Item, StrftimeItems};
    if format.trim().is_empty() {
        return Err("the date format is empty (e.g. \"%d.%m.%Y\" or \"%Y-%m-%d\")".into());
    }
    if StrftimeItems::new(format).any(|i| matches!(i, Item::Error)) {
        return Err(format!(
            "\"{format}\" is not a date format chrono understands (e.g. \"%d.%m.%Y\", \"%-d. %B %Y\")"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Settings;

    #[test]
    fn user_settings_override_defaults_and_errors_have_places() {
        let s = Settings::merged("[reader]\nhyphenation = false\n", "u.toml").unwrap();
        assert!(!s.reader.hyphenation);
        assert!(s.reader.mouse, "untouched keys keep their defaults");
        let e = Settings::merged("[reader]\nhyphenaton = false\n", "u.toml").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        assert_eq!(
            e.to_string(),
            "settings u.toml:2:1: unknown key \"hyphenaton\" (did you mean \"hyphenation\"?)"
        );
        let e = Settings::merged("[reader]\nmouse = \"yes\"\n", "u.toml").unwrap_err();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn every_kind_of_mistake_is_placed_and_explained() {
        let cases: &[(&str, (usize, usize), &str)] = &[
            ("[reader]\ntopics_width = 90\n", (2, 16), "10–45"),
            (
                "[reader]\ndate_format = \"%Q\"\n",
                (2, 15),
                "not a date format",
            ),
            ("[reader]\ndate_format = \"\"\n", (2, 15), "empty"),
            (
                "[reader]\nfact_kinds = [\"date\", \"persn\"]\n",
                (2, 23),
                "did you mean \"person\"",
            ),
            ("[theme]\nbase = \"blue\"\n", (2, 8), "unknown theme"),
            (
                "[theme]\n  titel = \"red\"\n",
                (2, 3),
                "did you mean \"title\"",
            ),
            ("[theme]\ntitle = \"rot\"\n", (2, 9), "not a colour"),
            ("[theme]\ntitle = 3\n", (2, 9), "invalid type"),
            ("[reader\n", (1, 8), ""),
            ("[lod]\n", (1, 2), "did you mean \"load\""),
        ];
        for (source, (line, column), words) in cases {
            let e = Settings::merged(source, "s.toml").unwrap_err();
            assert_eq!((e.line, e.column), (*line, *column), "{source:?}: {e}");
            assert!(e.message.contains(words), "{source:?}: {e}");
        }
    }

    #[test]
    fn theme_kinds_and_dates_reach_the_view() {
        let s = Settings::merged(
            "[theme]\nbase = \"light\"\naccent = \"#102030\"\n[reader]\nfact_kinds = [\"date\", \"vote\"]\n",
            "s.toml",
        )
        .unwrap();
        let v = s.view(false);
        assert_eq!(v.theme.accent, ratatui::style::Color::Rgb(16, 32, 48));
        assert_eq!(v.theme.title, ratatui::style::Color::Black, "light base");
        assert!(v.theme.colored);
        assert!(!s.view(true).theme.colored, "NO_COLOR");
        assert_eq!(v.kinds, 0b11);
        assert_eq!(Settings::defaults().view(false).kinds, (1 << 11) - 1);
    }

    #[test]
    fn embedded_defaults_parse_and_print_back_the_same() {
        let d = Settings::defaults();
        assert_eq!(d.load.max_file_size_mb, 64);
        assert_eq!(Settings::merged(&d.to_toml(), "printed").unwrap(), d);
        assert!(super::check_date_format(&d.reader.date_format).is_ok());
    }
}
