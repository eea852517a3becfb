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

impl Settings {
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
    #[test]
    fn embedded_defaults_parse() {
        assert_eq!(super::Settings::defaults().load.max_file_size_mb, 64);
    }
}
