//! The reader's colours: a dark or light base, any element recoloured by the settings, and no
//! colour at all when `NO_COLOR` is set (then emphasis is carried by bold, underline and
//! reverse video alone).

use ratatui::style::{Color, Modifier, Style};

use crate::facts::FactKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// False with `NO_COLOR`: every colour is left to the terminal.
    pub colored: bool,
    pub title: Color,
    pub heading: Color,
    pub subheading: Color,
    /// Secondary text: places, hints, markers, unfocused borders.
    pub dim: Color,
    /// Prompts, keys, matched characters, messages.
    pub accent: Color,
    /// The focused pane's border, the current section, overlay frames.
    pub focus: Color,
    pub code: Color,
    pub link: Color,
    pub error: Color,
    pub status: Color,
    pub hit: Color,
    pub current_hit: Color,
    pub hit_text: Color,
    /// One colour per fact kind, in [`FactKind::ALL`] order.
    pub facts: [Color; 11],
}

/// Element names as the settings file spells them.
pub const ELEMENTS: &[&str] = &[
    "title",
    "heading",
    "subheading",
    "dim",
    "accent",
    "focus",
    "code",
    "link",
    "error",
    "status",
    "hit",
    "current_hit",
    "hit_text",
    "date",
    "vote",
    "document",
    "money",
    "figure",
    "acronym",
    "person",
    "organization",
    "place",
    "quote",
    "source",
];

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

impl Theme {
    pub fn dark() -> Theme {
        Theme {
            colored: true,
            title: Color::White,
            heading: Color::Cyan,
            subheading: Color::LightBlue,
            dim: Color::DarkGray,
            accent: Color::Yellow,
            focus: Color::Cyan,
            code: Color::LightRed,
            link: Color::Blue,
            error: Color::LightRed,
            status: Color::Black,
            hit: Color::Yellow,
            current_hit: Color::LightYellow,
            hit_text: Color::Black,
            facts: [
                Color::Cyan,
                Color::Magenta,
                Color::LightBlue,
                Color::Green,
                Color::LightGreen,
                Color::Yellow,
                Color::LightMagenta,
                Color::Blue,
                Color::LightCyan,
                Color::LightYellow,
                Color::Gray,
            ],
        }
    }

    /// For dark text on a light background: no white or pale yellow text.
    pub fn light() -> Theme {
        Theme {
            colored: true,
            title: Color::Black,
            heading: Color::Blue,
            subheading: Color::Magenta,
            dim: Color::DarkGray,
            accent: Color::Red,
            focus: Color::Blue,
            code: Color::Red,
            link: Color::Blue,
            error: Color::Red,
            status: Color::Gray,
            hit: Color::Yellow,
            current_hit: Color::LightYellow,
            hit_text: Color::Black,
            facts: [
                Color::Blue,
                Color::Magenta,
                Color::Cyan,
                Color::Green,
                Color::Green,
                Color::Red,
                Color::Magenta,
                Color::Blue,
                Color::Cyan,
                Color::DarkGray,
                Color::DarkGray,
            ],
        }
    }

    /// No colours: for `NO_COLOR` and terminals that have none.
    pub fn plain() -> Theme {
        Theme {
            colored: false,
            ..Theme::dark()
        }
    }

    /// A base theme by name.
    pub fn named(name: &str) -> Option<Theme> {
        match name {
            "dark" => Some(Theme::dark()),
            "light" => Some(Theme::light()),
            "none" | "plain" => Some(Theme::plain()),
            _ => None,
        }
    }

    /// Recolours one element; false when there is no element of that name.
    pub fn set(&mut self, element: &str, color: Color) -> bool {
        let slot = match element {
            "title" => &mut self.title,
            "heading" => &mut self.heading,
            "subheading" => &mut self.subheading,
            "dim" => &mut self.dim,
            "accent" => &mut self.accent,
            "focus" => &mut self.focus,
            "code" => &mut self.code,
            "link" => &mut self.link,
            "error" => &mut self.error,
            "status" => &mut self.status,
            "hit" => &mut self.hit,
            "current_hit" => &mut self.current_hit,
            "hit_text" => &mut self.hit_text,
            kind => match FactKind::from_name(kind) {
                Some(k) => &mut self.facts[k as usize],
                None => return false,
            },
        };
        *slot = color;
        true
    }

    /// Text in a colour (or plain text without colours).
    pub fn fg(&self, color: Color) -> Style {
        self.on(Style::default(), color)
    }

    /// `style` with a text colour (unchanged without colours).
    pub fn on(&self, style: Style, color: Color) -> Style {
        if self.colored { style.fg(color) } else { style }
    }

    /// `style` with a background colour (unchanged without colours).
    pub fn behind(&self, style: Style, color: Color) -> Style {
        if self.colored { style.bg(color) } else { style }
    }

    pub fn kind(&self, kind: FactKind) -> Color {
        self.facts[kind as usize]
    }

    /// A search hit in the text; the current one stands out from the others.
    pub fn hit(&self, current: bool) -> Style {
        match (self.colored, current) {
            (true, true) => Style::default().bg(self.current_hit).fg(self.hit_text),
            (true, false) => Style::default().bg(self.hit).fg(self.hit_text),
            (false, true) => Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            (false, false) => Style::default().add_modifier(Modifier::REVERSED),
        }
    }
}

/// A colour as the settings file spells it: a name (`red`, `lightblue`, `darkgray`, `reset`),
/// `#rrggbb`, or an index 0–255.
pub fn parse_color(text: &str) -> Option<Color> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    // ratatui accepts "light-blue", "bright blue" and more; the names in the docs are enough,
    // but anything it reads unambiguously is fine.
    t.parse::<Color>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_element_can_be_recoloured_and_no_other() {
        for e in ELEMENTS {
            let mut t = Theme::dark();
            assert!(t.set(e, Color::Rgb(1, 2, 3)), "{e}");
            assert_ne!(t, Theme::dark(), "{e} changed nothing");
        }
        assert!(!Theme::dark().set("titel", Color::Red));
        assert_eq!(FactKind::ALL.len(), Theme::dark().facts.len());
        for k in FactKind::ALL {
            assert!(ELEMENTS.contains(&k.name()), "{k:?} has no element");
        }
    }

    #[test]
    fn colours_parse_by_name_hex_and_index() {
        assert_eq!(parse_color("red"), Some(Color::Red));
        assert_eq!(parse_color("LightBlue"), Some(Color::LightBlue));
        assert_eq!(parse_color("#ff8000"), Some(Color::Rgb(255, 128, 0)));
        assert_eq!(parse_color("208"), Some(Color::Indexed(208)));
        assert_eq!(parse_color("rot"), None);
        assert_eq!(parse_color("#ff80"), None);
        assert_eq!(parse_color(""), None);
    }

    #[test]
    fn without_colours_styles_carry_no_colour() {
        let t = Theme::plain();
        assert_eq!(t.fg(Color::Red), Style::default());
        assert_eq!(t.behind(Style::default(), Color::Red), Style::default());
        assert_ne!(t.hit(true), t.hit(false));
        assert!(t.hit(false).bg.is_none());
    }
}
