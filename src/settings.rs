//! Settings: the defaults in `config/settings.toml` (embedded), merged with the user's file.

use serde::Deserialize;

/// The default settings, embedded in the binary.
pub const DEFAULT_SETTINGS: &str = include_str!("../config/settings.toml");

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub load: LoadSettings,
    pub reader: ReaderSettings,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReaderSettings {
    pub hyphenation: bool,
    pub mouse: bool,
    pub topics_width: u16,
    pub facts_width: u16,
    pub max_width: u16,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoadSettings {
    /// Files larger than this many MiB are skipped with a warning.
    pub max_file_size_mb: u64,
}

/// A user's settings file: every key optional, unknown keys refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserSettings {
    load: Option<UserLoad>,
    reader: Option<UserReader>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserLoad {
    max_file_size_mb: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserReader {
    hyphenation: Option<bool>,
    mouse: Option<bool>,
    topics_width: Option<u16>,
    facts_width: Option<u16>,
    max_width: Option<u16>,
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
    "max_file_size_mb",
    "hyphenation",
    "mouse",
    "topics_width",
    "facts_width",
    "max_width",
];

impl Settings {
    /// The defaults with a user's settings file (TOML source) merged over them.
    pub fn merged(source: &str, path: &str) -> Result<Settings, SettingsError> {
        let user: UserSettings = toml::from_str(source).map_err(|e| {
            let (line, column) = e
                .span()
                .map_or((1, 1), |s| crate::topics::line_col(source, s.start));
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
            SettingsError {
                path: path.to_string(),
                line,
                column,
                message,
            }
        })?;
        let mut s = Settings::defaults();
        if let Some(l) = user.load {
            s.load.max_file_size_mb = l.max_file_size_mb.unwrap_or(s.load.max_file_size_mb);
        }
        if let Some(r) = user.reader {
            s.reader.hyphenation = r.hyphenation.unwrap_or(s.reader.hyphenation);
            s.reader.mouse = r.mouse.unwrap_or(s.reader.mouse);
            s.reader.topics_width = r.topics_width.unwrap_or(s.reader.topics_width);
            s.reader.facts_width = r.facts_width.unwrap_or(s.reader.facts_width);
            s.reader.max_width = r.max_width.unwrap_or(s.reader.max_width);
        }
        Ok(s)
    }

    /// The embedded defaults.
    pub fn defaults() -> Settings {
        toml::from_str(DEFAULT_SETTINGS).expect("config/settings.toml is valid (checked by tests)")
    }

    /// What the reader shows.
    pub fn view(&self) -> crate::tui::app::View {
        crate::tui::app::View {
            hyphenate: self.reader.hyphenation,
            mouse: self.reader.mouse,
            widths: crate::tui::layout::Widths {
                topics: self.reader.topics_width,
                facts: self.reader.facts_width,
            },
            max_width: self.reader.max_width,
        }
    }

    pub fn load_options(&self) -> crate::corpus::LoadOptions {
        crate::corpus::LoadOptions {
            max_file_size: self.load.max_file_size_mb.saturating_mul(1024 * 1024),
        }
    }
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
    fn embedded_defaults_parse() {
        assert_eq!(super::Settings::defaults().load.max_file_size_mb, 64);
    }
}
