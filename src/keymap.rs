//! The keymap: every action the reader knows, keys spelled as in helix, contexts, and TOML
//! files merged over the embedded defaults, with errors that say file, line and column.

use std::collections::BTreeMap;
use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The default keymap, embedded in the binary.
pub const DEFAULT_KEYMAP: &str = include_str!("../config/keymap.toml");

macro_rules! actions {
    ($($variant:ident = $name:literal : $doc:literal,)*) => {
        /// Everything a key can do. Names are stable: keymap files use them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action { $($variant,)* }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant,)*];

            /// The kebab-case name used in keymap files.
            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name,)* }
            }

            /// What the action does, for the help overlay.
            pub fn describe(self) -> &'static str {
                match self { $(Action::$variant => $doc,)* }
            }
        }
    };
}

actions! {
    Quit = "quit": "quit (Ctrl-C always quits)",
    Help = "help": "show this help",
    FocusNext = "focus-next": "focus the next pane",
    FocusPrev = "focus-prev": "focus the previous pane",
    FocusTopics = "focus-topics": "focus the topics pane",
    FocusBody = "focus-body": "focus the article",
    FocusFacts = "focus-facts": "focus the key facts",
    ToggleView = "toggle-view": "topics by topic / by article",
    MoveDown = "move-down": "move down",
    MoveUp = "move-up": "move up",
    Open = "open": "open the selected item",
    Close = "close": "close the selected item",
    Top = "top": "go to the top",
    Bottom = "bottom": "go to the bottom",
    HalfPageDown = "half-page-down": "half a page down",
    HalfPageUp = "half-page-up": "half a page up",
    PageDown = "page-down": "a page down",
    PageUp = "page-up": "a page up",
    NextSection = "next-section": "next section",
    PrevSection = "prev-section": "previous section",
    Filter = "filter": "filter the list, or search the article",
    NextMatch = "next-match": "next search match",
    PrevMatch = "prev-match": "previous search match",
    OpenLink = "open-link": "open the footnote's link",
    Copy = "copy": "copy the selected fact (or the paragraph) to the clipboard",
    CopyParagraph = "copy-paragraph": "copy the current paragraph",
    FactsScope = "facts-scope": "facts of this section / of the whole article",
    ToggleBoilerplate = "toggle-boilerplate": "show what was set aside as boilerplate",
    Lookup = "lookup": "look up anything in the corpus",
    JumpBack = "jump-back": "back to where you were",
    JumpForward = "jump-forward": "forward again",
    Cancel = "cancel": "close the overlay or clear the filter",
    Confirm = "confirm": "keep the filter / open the hit",
    DeleteChar = "delete-char": "delete the last character",
    ClearInput = "clear-input": "clear the input",
    HistoryPrev = "history-prev": "previous query",
    HistoryNext = "history-next": "next query",
    Mark = "mark": "mark this paragraph or fact (again: unmark)",
    Marks = "marks": "list the marks, jump to one",
    DeleteMark = "delete-mark": "delete the selected mark",
    Reload = "reload": "reload the articles from disk",
    DebugPanic = "debug-panic": "panic on purpose (debug builds; tests the terminal restore)",
}

impl Action {
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}

/// Where a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    Topics,
    Body,
    Facts,
    Filter,
    Help,
    Palette,
    Marks,
}

impl Context {
    pub const ALL: [Context; 8] = [
        Context::Global,
        Context::Topics,
        Context::Body,
        Context::Facts,
        Context::Filter,
        Context::Help,
        Context::Palette,
        Context::Marks,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Topics => "topics",
            Context::Body => "body",
            Context::Facts => "facts",
            Context::Filter => "filter",
            Context::Help => "help",
            Context::Palette => "palette",
            Context::Marks => "marks",
        }
    }

    fn from_name(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Text-input contexts do not fall back to global bindings: typed letters are text there.
    pub fn is_text_input(self) -> bool {
        matches!(self, Context::Filter | Context::Palette)
    }
}

/// One key press, as the keymap spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub code: Code,
    pub ctrl: bool,
    pub alt: bool,
    /// Only for keys without a character of their own (`S-tab`); `G` is its own key.
    pub shift: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    Char(char),
    Enter,
    Esc,
    Tab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    F(u8),
}

const NAMED: &[(&str, Code)] = &[
    ("space", Code::Char(' ')),
    ("enter", Code::Enter),
    ("ret", Code::Enter),
    ("esc", Code::Esc),
    ("tab", Code::Tab),
    ("backspace", Code::Backspace),
    ("del", Code::Delete),
    ("delete", Code::Delete),
    ("ins", Code::Insert),
    ("insert", Code::Insert),
    ("up", Code::Up),
    ("down", Code::Down),
    ("left", Code::Left),
    ("right", Code::Right),
    ("pageup", Code::PageUp),
    ("pagedown", Code::PageDown),
    ("home", Code::Home),
    ("end", Code::End),
    ("minus", Code::Char('-')),
];

impl Key {
    pub const fn plain(code: Code) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    /// Parses `j`, `G`, `C-d`, `A-x`, `S-tab`, `space`, `F5`, and the aliases `ctrl-d`,
    /// `alt-x`, `shift-tab`, `backtab`.
    pub fn parse(spec: &str) -> Result<Key, String> {
        if spec == "backtab" {
            return Ok(Key {
                shift: true,
                ..Key::plain(Code::Tab)
            });
        }
        let mut key = Key::plain(Code::Esc);
        let mut rest = spec;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix_len, flag) = if lower.starts_with("c-") && rest.len() > 2 {
                (2, 'c')
            } else if lower.starts_with("ctrl-") && rest.len() > 5 {
                (5, 'c')
            } else if lower.starts_with("a-") && rest.len() > 2 {
                (2, 'a')
            } else if lower.starts_with("alt-") && rest.len() > 4 {
                (4, 'a')
            } else if lower.starts_with("s-") && rest.len() > 2 {
                (2, 's')
            } else if lower.starts_with("shift-") && rest.len() > 6 {
                (6, 's')
            } else {
                break;
            };
            match flag {
                'c' => key.ctrl = true,
                'a' => key.alt = true,
                _ => key.shift = true,
            }
            rest = &rest[prefix_len..];
        }
        let mut chars = rest.chars();
        key.code = match (chars.next(), chars.next()) {
            (Some(c), None) => Code::Char(c),
            _ => {
                let lower = rest.to_ascii_lowercase();
                if let Some(&(_, code)) = NAMED.iter().find(|(n, _)| *n == lower) {
                    code
                } else if let Some(n) = lower
                    .strip_prefix('f')
                    .and_then(|n| n.parse::<u8>().ok())
                    .filter(|n| (1..=12).contains(n))
                {
                    Code::F(n)
                } else {
                    return Err(format!(
                        "unknown key \"{spec}\" (write a single character, or one of space, enter, esc, tab, backspace, up, down, left, right, pageup, pagedown, home, end, F1..F12, with C-, A- or S- in front)"
                    ));
                }
            }
        };
        if key.shift {
            match key.code {
                // "S-g" means "G": upper-case letters are their own keys.
                Code::Char(c) if c.is_alphabetic() => {
                    key.code = Code::Char(c.to_uppercase().next().unwrap_or(c));
                    key.shift = false;
                }
                Code::Char(_) => key.shift = false,
                _ => {}
            }
        }
        Ok(key)
    }

    /// The key of a terminal event, if it is one the keymap can name.
    pub fn from_event(event: &KeyEvent) -> Option<Key> {
        let m = event.modifiers;
        let mut key = Key {
            code: Code::Esc,
            ctrl: m.contains(KeyModifiers::CONTROL),
            alt: m.contains(KeyModifiers::ALT),
            shift: m.contains(KeyModifiers::SHIFT),
        };
        key.code = match event.code {
            KeyCode::Char(c) => {
                // Terminals report "G" with SHIFT; the character already says it.
                key.shift = false;
                if key.ctrl && c.is_ascii_uppercase() {
                    Code::Char(c.to_ascii_lowercase())
                } else {
                    Code::Char(c)
                }
            }
            KeyCode::BackTab => {
                key.shift = true;
                Code::Tab
            }
            KeyCode::Enter => Code::Enter,
            KeyCode::Esc => Code::Esc,
            KeyCode::Tab => Code::Tab,
            KeyCode::Backspace => Code::Backspace,
            KeyCode::Delete => Code::Delete,
            KeyCode::Insert => Code::Insert,
            KeyCode::Up => Code::Up,
            KeyCode::Down => Code::Down,
            KeyCode::Left => Code::Left,
            KeyCode::Right => Code::Right,
            KeyCode::PageUp => Code::PageUp,
            KeyCode::PageDown => Code::PageDown,
            KeyCode::Home => Code::Home,
            KeyCode::End => Code::End,
            KeyCode::F(n) => Code::F(n),
            _ => return None,
        };
        Some(key)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("C-")?;
        }
        if self.alt {
            f.write_str("A-")?;
        }
        if self.shift {
            f.write_str("S-")?;
        }
        match self.code {
            Code::Char(' ') => f.write_str("space"),
            Code::Char(c) => write!(f, "{c}"),
            Code::F(n) => write!(f, "F{n}"),
            code => {
                let name = NAMED
                    .iter()
                    .find(|(_, c)| *c == code)
                    .map_or("?", |(n, _)| n);
                f.write_str(name)
            }
        }
    }
}

/// A key or a sequence of up to three keys.
pub type Keys = Vec<Key>;

fn keys_to_string(keys: &[Key]) -> String {
    keys.iter()
        .map(Key::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A problem in a keymap file, with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeymapError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for KeymapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "keymap {}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}

/// Bindings per context.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Keymap {
    bindings: BTreeMap<Context, BTreeMap<Keys, Vec<Action>>>,
}

/// What a key press (with the keys pressed before it) means.
#[derive(Clone, Debug, PartialEq)]
pub enum Resolution {
    Actions(Vec<Action>),
    /// The keys so far start one or more sequences: what can follow, with its actions.
    Pending(Vec<(Key, Vec<Action>)>),
    Unbound,
}

impl Keymap {
    /// The embedded defaults.
    pub fn defaults() -> Keymap {
        let (map, errors) = Keymap::parse(DEFAULT_KEYMAP, "config/keymap.toml");
        debug_assert!(errors.is_empty(), "default keymap has errors: {errors:?}");
        map
    }

    /// Parses a keymap file. Every valid binding is kept; every problem is reported.
    pub fn parse(source: &str, path: &str) -> (Keymap, Vec<KeymapError>) {
        let mut map = Keymap::default();
        let mut errors = Vec::new();
        let err = |span: std::ops::Range<usize>, message: String| {
            let (line, column) = crate::topics::line_col(source, span.start);
            KeymapError {
                path: path.to_string(),
                line,
                column,
                message,
            }
        };
        type Table = BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>;
        let parsed: BTreeMap<toml::Spanned<String>, toml::Spanned<Table>> =
            match toml::from_str(source) {
                Ok(t) => t,
                Err(e) => {
                    let span = e.span().unwrap_or(0..0);
                    errors.push(err(
                        span,
                        format!("{} (fix the TOML syntax)", e.message().trim()),
                    ));
                    return (map, errors);
                }
            };
        for (context_name, table) in parsed {
            let Some(context) = Context::from_name(context_name.get_ref()) else {
                let names: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
                errors.push(err(
                    context_name.span(),
                    format!(
                        "unknown context [{}]{}",
                        context_name.get_ref(),
                        suggestion(context_name.get_ref(), &names)
                    ),
                ));
                continue;
            };
            for (key_spec, value) in table.into_inner() {
                let keys: Result<Keys, String> = key_spec
                    .get_ref()
                    .split_whitespace()
                    .map(Key::parse)
                    .collect();
                let keys = match keys {
                    Ok(k) if k.is_empty() => {
                        errors.push(err(
                            key_spec.span(),
                            "empty key (write a key such as \"j\" or \"C-d\")".into(),
                        ));
                        continue;
                    }
                    Ok(k) if k.len() > 3 => {
                        errors.push(err(
                            key_spec.span(),
                            format!("\"{}\" has more than three keys", key_spec.get_ref()),
                        ));
                        continue;
                    }
                    Ok(k) => k,
                    Err(m) => {
                        errors.push(err(key_spec.span(), m));
                        continue;
                    }
                };
                let names: Vec<(String, std::ops::Range<usize>)> = match value.get_ref() {
                    toml::Value::String(s) => vec![(s.clone(), value.span())],
                    toml::Value::Array(items) => items
                        .iter()
                        .map(|v| (v.as_str().unwrap_or("").to_string(), value.span()))
                        .collect(),
                    _ => {
                        errors.push(err(
                            value.span(),
                            "expected an action name or a list of them, e.g. \"quit\"".into(),
                        ));
                        continue;
                    }
                };
                if names.len() == 1 && names[0].0 == "none" {
                    map.bindings
                        .entry(context)
                        .or_default()
                        .insert(keys, Vec::new());
                    continue;
                }
                let mut actions = Vec::new();
                for (name, span) in names {
                    match Action::from_name(&name) {
                        Some(a) => actions.push(a),
                        None => {
                            let all: Vec<&str> = Action::ALL
                                .iter()
                                .map(|a| a.name())
                                .chain(["none"])
                                .collect();
                            errors.push(err(
                                span,
                                format!("unknown action \"{name}\"{}", suggestion(&name, &all)),
                            ));
                        }
                    }
                }
                if !actions.is_empty() {
                    map.bindings
                        .entry(context)
                        .or_default()
                        .insert(keys, actions);
                }
            }
        }
        // A key cannot both act alone and start a sequence in one context.
        for (context, table) in &map.bindings {
            for (keys, actions) in table {
                if keys.len() < 2 || actions.is_empty() {
                    continue;
                }
                for n in 1..keys.len() {
                    if table.get(&keys[..n]).is_some_and(|a| !a.is_empty()) {
                        let pos =
                            find_key_position(source, context.name(), &keys_to_string(&keys[..n]));
                        errors.push(KeymapError {
                            path: path.to_string(),
                            line: pos.0,
                            column: pos.1,
                            message: format!(
                                "\"{}\" is bound alone and as the start of \"{}\" in [{}] (unbind one of them)",
                                keys_to_string(&keys[..n]),
                                keys_to_string(keys),
                                context.name()
                            ),
                        });
                    }
                }
            }
        }
        (map, errors)
    }

    /// This keymap with `user` merged over it: a key bound there replaces the default, and an
    /// empty action list (written `"none"`) unbinds it.
    pub fn merged(mut self, user: Keymap) -> Keymap {
        for (context, table) in user.bindings {
            let target = self.bindings.entry(context).or_default();
            for (keys, actions) in table {
                // A new single key replaces sequences it would start, and the other way round.
                target.retain(|k, _| !(k.starts_with(&keys) || keys.starts_with(k)) || *k == keys);
                if actions.is_empty() {
                    target.remove(&keys);
                } else {
                    target.insert(keys, actions);
                }
            }
        }
        self
    }

    /// What the keys pressed so far mean in a context (falling back to global bindings, except
    /// in text input).
    pub fn resolve(&self, context: Context, keys: &[Key]) -> Resolution {
        let mut layers = vec![context];
        if !context.is_text_input() && context != Context::Global {
            layers.push(Context::Global);
        }
        if context == Context::Global {
            layers = vec![Context::Global];
        }
        let mut pending: Vec<(Key, Vec<Action>)> = Vec::new();
        for layer in layers {
            let Some(table) = self.bindings.get(&layer) else {
                continue;
            };
            if let Some(actions) = table.get(keys) {
                if !actions.is_empty() {
                    return Resolution::Actions(actions.clone());
                }
                continue;
            }
            for (k, actions) in table.range(keys.to_vec()..) {
                if !k.starts_with(keys) {
                    break;
                }
                if k.len() > keys.len()
                    && !actions.is_empty()
                    && !pending.iter().any(|(p, _)| *p == k[keys.len()])
                {
                    pending.push((k[keys.len()], actions.clone()));
                }
            }
            if !pending.is_empty() {
                return Resolution::Pending(pending);
            }
        }
        Resolution::Unbound
    }

    /// Keys bound to an action in a context (its own bindings, then global ones), the most
    /// memorable first: enter/esc/tab/space, then single characters, then the rest.
    pub fn keys_for(&self, context: Context, action: Action) -> Vec<String> {
        let mut keys = self.all_keys_for(context, action);
        let rank = |k: &String| match k.as_str() {
            "enter" | "esc" | "tab" | "space" => 0,
            k if k.chars().count() == 1 => 1,
            _ => 2,
        };
        keys.sort_by_key(rank);
        keys
    }

    fn all_keys_for(&self, context: Context, action: Action) -> Vec<String> {
        let mut out = Vec::new();
        for layer in [context, Context::Global] {
            if let Some(table) = self.bindings.get(&layer) {
                for (keys, actions) in table {
                    if actions.first() == Some(&action) && actions.len() == 1 {
                        let s = keys_to_string(keys);
                        if !out.contains(&s) {
                            out.push(s);
                        }
                    }
                }
            }
            if context.is_text_input() {
                break;
            }
        }
        out
    }

    /// Every binding, grouped by context, for the help overlay.
    pub fn entries(&self) -> Vec<(Context, String, Vec<Action>)> {
        let mut out = Vec::new();
        for (context, table) in &self.bindings {
            for (keys, actions) in table {
                if !actions.is_empty() {
                    out.push((*context, keys_to_string(keys), actions.clone()));
                }
            }
        }
        out
    }

    /// The keymap as TOML, in the format a user file uses.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        for (context, table) in &self.bindings {
            if table.values().all(Vec::is_empty) {
                continue;
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&format!("[{}]\n", context.name()));
            for (keys, actions) in table {
                let key = toml_string(&keys_to_string(keys));
                match actions.as_slice() {
                    [] => {}
                    [one] => out.push_str(&format!("{key} = \"{}\"\n", one.name())),
                    many => {
                        let names: Vec<String> =
                            many.iter().map(|a| format!("\"{}\"", a.name())).collect();
                        out.push_str(&format!("{key} = [{}]\n", names.join(", ")));
                    }
                }
            }
        }
        out
    }
}

fn toml_string(s: &str) -> String {
    let escaped: String = s
        .chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            c => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}

/// Line and column of `"key"` inside `[context]`, for errors found after parsing.
fn find_key_position(source: &str, context: &str, key: &str) -> (usize, usize) {
    let header = format!("[{context}]");
    let start = source.find(&header).unwrap_or(0);
    let quoted = format!("\"{key}\"");
    let at = source[start..].find(&quoted).map_or(start, |p| start + p);
    crate::topics::line_col(source, at)
}

/// " (did you mean \"x\"?)" for the closest name, if one is close enough.
pub fn suggestion(name: &str, candidates: &[&str]) -> String {
    let best = candidates
        .iter()
        .map(|c| (edit_distance(name, c), *c))
        .min_by_key(|(d, _)| *d);
    match best {
        Some((d, c)) if d <= (name.chars().count() / 3).max(2) => {
            format!(" (did you mean \"{c}\"?)")
        }
        _ => String::new(),
    }
}

/// Levenshtein distance in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        Key::parse(s).unwrap()
    }

    #[test]
    fn key_spellings_and_aliases() {
        assert_eq!(key("C-d"), key("ctrl-d"));
        assert_eq!(key("A-x"), key("alt-x"));
        assert_eq!(key("S-tab"), key("backtab"));
        assert_eq!(key("S-tab"), key("shift-tab"));
        assert_eq!(key("S-g"), key("G"));
        assert_ne!(key("G"), key("g"));
        assert_eq!(key("space").code, Code::Char(' '));
        assert_eq!(key("ä").code, Code::Char('ä'));
        assert_eq!(key("F12").code, Code::F(12));
        assert!(Key::parse("F13").is_err());
        assert!(Key::parse("hyper-x").is_err());
        for s in ["C-d", "A-x", "S-tab", "space", "G", "F5", "pagedown", "ß"] {
            assert_eq!(key(s).to_string(), s);
        }
    }

    #[test]
    fn terminal_events_map_to_keys() {
        let ev = |code, m| KeyEvent::new(code, m);
        assert_eq!(
            Key::from_event(&ev(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(key("G"))
        );
        assert_eq!(
            Key::from_event(&ev(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(key("C-d"))
        );
        assert_eq!(
            Key::from_event(&ev(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(key("S-tab"))
        );
        assert_eq!(
            Key::from_event(&ev(KeyCode::Char('ü'), KeyModifiers::NONE)),
            Some(key("ü"))
        );
    }

    #[test]
    fn defaults_have_no_errors_and_bind_the_documented_keys() {
        let (map, errors) = Keymap::parse(DEFAULT_KEYMAP, "defaults");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            map.resolve(Context::Body, &[key("q")]),
            Resolution::Actions(vec![Action::Quit])
        );
        assert_eq!(
            map.resolve(Context::Topics, &[key("enter")]),
            Resolution::Actions(vec![Action::Open])
        );
        match map.resolve(Context::Body, &[key("g")]) {
            Resolution::Pending(next) => assert_eq!(next, vec![(key("g"), vec![Action::Top])]),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            map.resolve(Context::Body, &[key("g"), key("g")]),
            Resolution::Actions(vec![Action::Top])
        );
        assert_eq!(
            map.resolve(Context::Filter, &[key("q")]),
            Resolution::Unbound,
            "text input"
        );
        assert_eq!(map.resolve(Context::Body, &[key("z")]), Resolution::Unbound);
    }

    #[test]
    fn a_pane_binding_wins_over_a_global_one() {
        let map = Keymap::defaults();
        assert_eq!(
            map.resolve(Context::Body, &[key("l")]),
            Resolution::Actions(vec![Action::FocusFacts])
        );
        assert_eq!(
            map.resolve(Context::Topics, &[key("l")]),
            Resolution::Actions(vec![Action::Open])
        );
    }

    #[test]
    fn user_bindings_replace_and_unbind() {
        let (user, errors) = Keymap::parse(
            "[global]\n\"x\" = \"quit\"\n\"q\" = \"none\"\n\"g\" = [\"top\", \"focus-body\"]\n",
            "user",
        );
        assert!(errors.is_empty(), "{errors:?}");
        let map = Keymap::defaults().merged(user);
        assert_eq!(
            map.resolve(Context::Global, &[key("x")]),
            Resolution::Actions(vec![Action::Quit])
        );
        assert_eq!(
            map.resolve(Context::Global, &[key("q")]),
            Resolution::Unbound
        );
        assert_eq!(
            map.resolve(Context::Global, &[key("g")]),
            Resolution::Actions(vec![Action::Top, Action::FocusBody]),
            "a single g replaces the g g sequence"
        );
    }

    fn errors(src: &str) -> Vec<KeymapError> {
        Keymap::parse(src, "k.toml").1
    }

    #[test]
    fn every_error_names_file_line_column_and_a_fix() {
        let e = errors("[global]\n\"j\" = \"scroll-dwn\"\n");
        assert_eq!((e[0].line, e[0].column), (2, 7));
        assert_eq!(
            e[0].to_string(),
            "keymap k.toml:2:7: unknown action \"scroll-dwn\""
        );
        let e = errors("[global]\n\"j\" = \"move-dwn\"\n");
        assert!(
            e[0].message.ends_with("(did you mean \"move-down\"?)"),
            "{}",
            e[0].message
        );
        let e = errors("[globl]\n\"j\" = \"quit\"\n");
        assert_eq!((e[0].line, e[0].column), (1, 2));
        assert!(
            e[0].message.contains("did you mean \"global\""),
            "{}",
            e[0].message
        );
        let e = errors("[global]\n\"C-hyper\" = \"quit\"\n");
        assert_eq!((e[0].line, e[0].column), (2, 1));
        assert!(e[0].message.starts_with("unknown key"));
        let e = errors("[global]\n\"j\" = \n");
        assert_eq!(e[0].line, 2);
        assert!(e[0].message.contains("TOML"), "{}", e[0].message);
        let e = errors("[body]\n\"g\" = \"top\"\n\"g g\" = \"bottom\"\n");
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].line, e[0].column), (2, 1));
        assert!(
            e[0].message
                .contains("bound alone and as the start of \"g g\"")
        );
        let e = errors("[body]\n\"a b c d\" = \"top\"\n");
        assert!(e[0].message.contains("more than three keys"));
        let e = errors("[body]\n\"a\" = 3\n");
        assert!(e[0].message.contains("expected an action name"));
    }

    #[test]
    fn valid_bindings_survive_errors_next_to_them() {
        let (map, errors) = Keymap::parse("[global]\n\"x\" = \"quit\"\n\"y\" = \"nope\"\n", "k");
        assert_eq!(errors.len(), 1);
        assert_eq!(
            map.resolve(Context::Global, &[key("x")]),
            Resolution::Actions(vec![Action::Quit])
        );
    }

    #[test]
    fn printed_keymap_parses_back_to_the_same() {
        let map = Keymap::defaults();
        let (again, errors) = Keymap::parse(&map.to_toml(), "printed");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(again, map);
    }

    #[test]
    fn every_action_has_a_unique_kebab_name() {
        let mut names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
    }
}
