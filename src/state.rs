//! The reader's saved place: which article, where in it, which pane and view, and each
//! article's own last position. Kept in `$XDG_STATE_HOME/briefing/state.toml`; written
//! atomically; a broken file is moved aside, never fatal and never overwritten unseen.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// Path of the article last shown.
    #[serde(default)]
    pub article: Option<String>,
    /// `topics`, `body` or `facts`.
    #[serde(default)]
    pub focus: Option<String>,
    /// `topic` or `article`.
    #[serde(default)]
    pub view: Option<String>,
    /// Each article's last position, by path.
    #[serde(default)]
    pub positions: BTreeMap<String, Position>,
    /// Marked paragraphs and facts, in the order they were made.
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
}

/// A marked paragraph or fact. Kept by path and byte range, with the words it marked so a
/// list of marks reads well even when the article has changed or is not loaded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    pub article: String,
    /// Byte range in the article's text.
    pub start: usize,
    pub end: usize,
    /// `paragraph` or a fact kind (`date`, `vote`, ...).
    pub kind: String,
    /// The first words of what was marked.
    pub label: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// Byte offset of the text at the top of the article pane.
    pub offset: usize,
}

/// `$XDG_STATE_HOME/briefing/state.toml`, or `~/.local/state/briefing/state.toml`.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(base.join("briefing").join("state.toml"))
}

/// Reads the state. A missing file is a fresh start; a file that cannot be read or parsed is
/// moved to `state.toml.bad` and reported once (the message is for the status bar).
pub fn load(path: &Path) -> (State, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (State::default(), None),
        Err(e) => return (State::default(), Some(set_aside(path, &e.to_string()))),
    };
    match toml::from_str::<State>(&text) {
        Ok(state) => (state, None),
        Err(e) => (State::default(), Some(set_aside(path, e.message().trim()))),
    }
}

fn set_aside(path: &Path, why: &str) -> String {
    let bad = path.with_extension("toml.bad");
    match std::fs::rename(path, &bad) {
        Ok(()) => format!(
            "saved state was unreadable ({why}); moved to {} and started fresh",
            bad.display()
        ),
        Err(_) => format!(
            "saved state {} is unreadable ({why}); started fresh",
            path.display()
        ),
    }
}

/// Writes the state atomically: a temporary file in the same folder, flushed to disk, then
/// renamed over the old one, so a reader never sees half a file and the last writer wins whole.
pub fn save(path: &Path, state: &State) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let text = toml::to_string(state).map_err(std::io::Error::other)?;
    let tmp = dir.join(format!(".state.{}.{}.tmp", std::process::id(), unique()));
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    drop(file);
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A name part no other save has: the clock alone repeats when two threads of one process
/// save within its resolution, and the second rename would find its file taken.
fn unique() -> String {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{nanos}.{n}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_loads_the_same_state_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/state.toml");
        let mut state = State {
            article: Some("seeds/002.txt".into()),
            focus: Some("body".into()),
            view: Some("article".into()),
            ..State::default()
        };
        state
            .positions
            .insert("seeds/002.txt".into(), Position { offset: 1234 });
        state.bookmarks.push(Bookmark {
            article: "seeds/002.txt".into(),
            start: 10,
            end: 20,
            kind: "paragraph".into(),
            label: "Die „Hanoi-Konvention“ \"quoted\"".into(),
        });
        save(&path, &state).unwrap();
        assert_eq!(load(&path), (state, None));
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn a_garbage_file_is_moved_aside_and_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.toml");
        std::fs::write(&path, b"\x00\x01 not = [toml").unwrap();
        let (state, message) = load(&path);
        assert_eq!(state, State::default());
        assert!(message.unwrap().contains("state.toml.bad"));
        assert!(dir.path().join("state.toml.bad").exists());
        assert!(!path.exists());
        assert_eq!(load(&path), (State::default(), None), "reported once");
    }

    #[test]
    fn two_writers_at_once_never_leave_a_broken_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.toml");
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let path = path.clone();
                std::thread::spawn(move || {
                    for i in 0..200 {
                        let mut state = State {
                            article: Some(format!("writer-{w}.txt")),
                            ..State::default()
                        };
                        state
                            .positions
                            .insert(format!("writer-{w}.txt"), Position { offset: i });
                        save(&path, &state).unwrap();
                    }
                })
            })
            .collect();
        // Meanwhile every read sees one writer's whole file.
        for _ in 0..200 {
            if let Ok(text) = std::fs::read_to_string(&path) {
                let state: State = toml::from_str(&text).expect("a whole file");
                let article = state.article.unwrap();
                assert!(state.positions.contains_key(&article));
            }
        }
        for w in writers {
            w.join().unwrap();
        }
        let (state, problem) = load(&path);
        assert!(problem.is_none());
        assert_eq!(state.positions.values().next().unwrap().offset, 199);
    }

    #[test]
    fn a_missing_file_is_a_fresh_start() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load(&dir.path().join("none.toml")),
            (State::default(), None)
        );
    }
}
