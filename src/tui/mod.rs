//! The reader: a thin terminal shell around [`app::App`]. It reads events, turns keys into
//! actions through the keymap, calls `update`, carries out the effects, and draws.

pub mod app;
pub mod body;
pub mod layout;
pub mod theme;
pub mod ui;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Result;
use base64::Engine;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::crossterm::{cursor, execute, terminal};

use crate::corpus::Corpus;
use crate::keymap::{Action, Code, Context, Key, Keymap, Resolution};
use app::{App, Effect, Msg, View};

/// Restores the terminal when dropped: raw mode off, main screen, cursor shown, mouse off.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn restore_terminal() {
    let mut out = io::stdout();
    let _ = execute!(
        out,
        event::DisableMouseCapture,
        event::DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
}

/// Runs the reader until the user quits or a signal arrives.
/// Where the reader keeps its place between runs (`None` with `--no-state`).
pub struct Saved {
    pub path: std::path::PathBuf,
    pub state: crate::state::State,
    /// A problem with the saved file, shown once in the status bar.
    pub problem: Option<String>,
}

/// Where the corpus came from, to extract its facts after the first frame and to read it
/// again when its files change (no paths: the built-in sample, which does not change).
pub struct Source {
    pub paths: Vec<std::path::PathBuf>,
    pub load: crate::corpus::LoadOptions,
    pub build: crate::corpus::BuildOptions,
}

/// Runs the reader until the user quits or a signal arrives, then saves its place.
pub fn run(
    corpus: Corpus,
    source: Source,
    keymap: Keymap,
    banner: Vec<String>,
    view: View,
    saved: Option<Saved>,
) -> Result<()> {
    let mut app_out = None;
    let mut corpus = Arc::new(corpus);
    let result = run_loop(
        &mut corpus,
        source,
        &keymap,
        banner,
        view,
        saved.as_ref(),
        &mut app_out,
    );
    if let (Some(saved), Some(app)) = (saved, app_out) {
        let state = app.snapshot(&corpus, saved.state);
        if let Err(e) = crate::state::save(&saved.path, &state) {
            // To a terminal that may be gone: a failed write must not panic.
            let _ = writeln!(
                io::stderr(),
                "warning: cannot save the reader's place to {}: {e}",
                saved.path.display()
            );
        }
    }
    result
}

/// Whether the terminal has hung up (its window was closed) without a signal saying so: a
/// reader started by `setsid`, or one whose SIGHUP went to a debugger, would otherwise spin on
/// the closed terminal until killed, as crossterm's poll reads its end of file again and again.
fn terminal_hung_up() -> bool {
    #[cfg(unix)]
    {
        let mut input = libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: poll reads and writes only the one pollfd it is given, and does not wait.
        let ready = unsafe { libc::poll(&mut input, 1, 0) };
        ready == 1 && input.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
    }
    #[cfg(not(unix))]
    false
}

fn run_loop(
    shared: &mut Arc<Corpus>,
    source: Source,
    keymap: &Keymap,
    banner: Vec<String>,
    view: View,
    saved: Option<&Saved>,
    app_out: &mut Option<App>,
) -> Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // A hung-up terminal can leave the event reader spinning where the flag is never looked
    // at; a signal thread restores the terminal and exits in any case.
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            // Give the main loop time to leave cleanly on its own and save the place: on a
            // busy machine that can take more than a few hundred milliseconds.
            std::thread::sleep(Duration::from_secs(2));
            restore_terminal();
            std::process::exit(128 + signal);
        }
    });
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        default_hook(info);
    }));

    terminal::enable_raw_mode()?;
    let _guard = TerminalGuard;
    let mut out = io::stdout();
    execute!(
        out,
        terminal::EnterAlternateScreen,
        cursor::Hide,
        event::EnableBracketedPaste
    )?;
    if view.mouse {
        execute!(out, event::EnableMouseCapture)?;
    }
    // Never dropped: ratatui's drop shows the cursor and, when it cannot, prints so to a
    // terminal that may be gone, which panics. `TerminalGuard` shows the cursor anyway.
    let mut term = std::mem::ManuallyDrop::new(Terminal::new(CrosstermBackend::new(io::stdout()))?);
    let size = term.size()?;
    let mut corpus = Arc::clone(shared);
    // Kept by the caller from the start, so the place is saved however the loop ends, even on
    // an error of a terminal that went away.
    let app = app_out.insert(App::new(&corpus, view, (size.width, size.height)));
    app.banner = banner;
    if let Some(saved) = saved {
        app.restore(&saved.state, &corpus);
        app.message = saved.problem.clone();
    }
    if !corpus.warnings.is_empty() {
        app.message = Some(format!(
            "{} file(s) skipped: {}",
            corpus.warnings.len(),
            corpus.warnings[0]
        ));
    }
    let mut dispatcher = Dispatcher::default();
    let mut searcher = Searcher::start(Arc::clone(&app.index), Arc::clone(&corpus));
    // The first frame before anything else: the threads below would compete with it for
    // the processor, and watching the files takes a while in a large folder.
    term.draw(|f| ui::draw(f, app, &corpus, keymap))?;
    // Facts and the lookup index are made after the first frame, off the main thread.
    let (indexed_tx, indexed) = std::sync::mpsc::channel();
    if !corpus.facts_ready() {
        let corpus = Arc::clone(&corpus);
        let (build, paths, load) = (
            source.build.clone(),
            source.paths.clone(),
            source.load.clone(),
        );
        std::thread::spawn(move || {
            // From the cache when it holds this corpus's facts and index; made otherwise.
            let cached = corpus.read_lookup_cache(&paths, &load, &build);
            let fresh = cached.is_none();
            let index = Arc::new(cached.unwrap_or_else(|| {
                corpus.extract_facts(&build);
                crate::search::Index::build(&corpus)
            }));
            let _ = indexed_tx.send((Arc::clone(&corpus), Arc::clone(&index)));
            // Last, so the reader is complete first: next time it opens from the cache.
            corpus.write_cache(&paths, &load);
            if fresh {
                corpus.write_lookup_cache(&paths, &load, &build, &index);
            }
            drop(index);
            give_back_memory();
        });
    }
    let mut ready_index = None;
    let mut reloader =
        (!source.paths.is_empty()).then(|| Reloader::start(source, Arc::clone(&corpus)));
    loop {
        if let Some(r) = &mut reloader
            && let Some(done) = r.take(&corpus)
        {
            match done {
                Ok((new, index, report, by_hand)) => {
                    let effect = app.rebase(&corpus, &new, Arc::clone(&index));
                    searcher = Searcher::start(index, Arc::clone(&new));
                    if let Effect::Search { query, generation } = effect {
                        searcher.ask(query, generation);
                    }
                    if by_hand || report != Default::default() {
                        app.message = Some(report.summary());
                    }
                    corpus = new;
                    *shared = Arc::clone(&corpus);
                }
                Err(why) => app.message = Some(why),
            }
        }
        // An index of a corpus that a reload has replaced meanwhile is of no use.
        if let Some((of, index)) = ready_index.take()
            && Arc::ptr_eq(&of, &corpus)
        {
            searcher = Searcher::start(Arc::clone(&index), Arc::clone(&of));
            if let Effect::Search { query, generation } = app.indexed(index, &corpus) {
                searcher.ask(query, generation);
            }
        }
        let corpus: &Corpus = &corpus;
        // The terminal's own size wins over a resize event that was missed or is still queued.
        let now = term.size()?;
        if (now.width, now.height) != app.size {
            app.update(Msg::Resize(now.width, now.height), corpus, keymap);
        }
        term.draw(|f| ui::draw(f, app, corpus, keymap))?;
        // Wait for input, checking now and then for a signal.
        let mut quick_returns = 0;
        loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if let Some((generation, hits)) = searcher.take() {
                app.update(Msg::SearchDone { generation, hits }, corpus, keymap);
                term.draw(|f| ui::draw(f, app, corpus, keymap))?;
            }
            if reloader.as_mut().is_some_and(Reloader::poll) {
                break;
            }
            if app.indexing
                && let Ok(index) = indexed.try_recv()
            {
                ready_index = Some(index);
                break;
            }
            let started = std::time::Instant::now();
            let wait = if app.palette.as_ref().is_some_and(|p| p.searching) {
                15
            } else if reloader.as_ref().is_some_and(Reloader::busy) || app.indexing {
                50
            } else {
                200
            };
            if event::poll(Duration::from_millis(wait))? {
                break;
            }
            if terminal_hung_up() {
                return Ok(());
            }
            if reloader.as_mut().is_some_and(Reloader::poll) {
                break;
            }
            // A poll that keeps returning at once without an event means the terminal is gone.
            quick_returns = if started.elapsed() < Duration::from_millis(wait / 4) {
                quick_returns + 1
            } else {
                0
            };
            if quick_returns > 100 {
                return Ok(());
            }
        }
        // Take everything that is waiting, so a burst of resizes draws once.
        let mut events = Vec::new();
        while events.len() < 512 && event::poll(Duration::ZERO)? {
            events.push(event::read()?);
        }
        // Keys are dispatched one by one (each sees the state the previous one left);
        // resizes are collapsed into one.
        let mut resize = None;
        for ev in events {
            let msgs: Vec<Msg> = match ev {
                Event::Resize(w, h) => {
                    resize = Some((w, h));
                    Vec::new()
                }
                Event::Key(k) if k.kind != KeyEventKind::Release => match Key::from_event(&k) {
                    Some(key) => dispatcher.key(app, keymap, key),
                    None => Vec::new(),
                },
                Event::Mouse(m) if app.settings.mouse => match m.kind {
                    MouseEventKind::Down(MouseButton::Left) => vec![Msg::Click {
                        x: m.column,
                        y: m.row,
                    }],
                    MouseEventKind::ScrollDown => vec![Msg::Scroll {
                        x: m.column,
                        y: m.row,
                        down: true,
                    }],
                    MouseEventKind::ScrollUp => vec![Msg::Scroll {
                        x: m.column,
                        y: m.row,
                        down: false,
                    }],
                    MouseEventKind::Moved => vec![Msg::Hover {
                        x: m.column,
                        y: m.row,
                    }],
                    _ => Vec::new(),
                },
                Event::Paste(text) if app.context() == Context::Filter => text
                    .chars()
                    .filter(|c| !c.is_control())
                    .map(Msg::Char)
                    .collect(),
                _ => Vec::new(),
            };
            for msg in msgs {
                match app.update(msg, corpus, keymap) {
                    Effect::None => {}
                    Effect::Quit => {
                        return Ok(());
                    }
                    Effect::OpenUrl(url) => open_url(&url, app),
                    Effect::Copy(text) => copy_osc52(&text),
                    Effect::Search { query, generation } => searcher.ask(query, generation),
                    Effect::Reload => match &mut reloader {
                        Some(r) => {
                            r.by_hand = true;
                            r.dirty = Some(std::time::Instant::now() - RELOAD_QUIET);
                            app.message = Some("reloading…".into());
                        }
                        None => {
                            app.message = Some("the built-in sample does not change on disk".into())
                        }
                    },
                    Effect::Panic => panic!(
                        "debug-panic: a panic on purpose, to check that the terminal is restored"
                    ),
                }
            }
        }
        if let Some((w, h)) = resize {
            app.update(Msg::Resize(w, h), corpus, keymap);
        }
    }
}

/// Returns memory freed while loading (file buffers, intermediate vectors) to the system:
/// glibc keeps it otherwise, and the reader stays open for hours.
fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap pages; it is safe to call at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How long the files must be quiet before a change is read (editors write in bursts).
const RELOAD_QUIET: Duration = Duration::from_millis(300);

type Reloaded = std::result::Result<
    (
        Arc<Corpus>,
        Arc<crate::search::Index>,
        crate::corpus::reload::ReloadReport,
        bool,
    ),
    String,
>;

/// Watches the corpus's paths and reads them again off the main thread when they change
/// (or when asked with `R`). The screen keeps the old corpus until the new one is ready.
struct Reloader {
    changes: std::sync::mpsc::Receiver<()>,
    requests: std::sync::mpsc::Sender<(Arc<Corpus>, bool)>,
    answers: std::sync::mpsc::Receiver<Reloaded>,
    /// Kept alive while the reader runs; dropping it stops watching.
    _watcher: Option<notify::RecommendedWatcher>,
    /// When the last change arrived that has not been read yet.
    dirty: Option<std::time::Instant>,
    in_flight: bool,
    by_hand: bool,
    /// A finished reload not yet handed to the screen.
    done: Option<Reloaded>,
}

impl Reloader {
    fn start(source: Source, loaded: Arc<Corpus>) -> Reloader {
        use notify::Watcher;
        let (change_tx, changes) = std::sync::mpsc::channel();
        let missed = change_tx.clone();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if let Ok(e) = event
                && !matches!(e.kind, notify::EventKind::Access(_))
            {
                let _ = change_tx.send(());
            }
        })
        .ok()
        .map(|mut w| {
            for p in &source.paths {
                let _ = w.watch(p, notify::RecursiveMode::Recursive);
            }
            w
        });
        // A file changed between its reading and the start of watching sent no event: its
        // size or time tells.
        std::thread::spawn(move || {
            let changed = loaded.articles.iter().any(|a| {
                a.stamp.is_some_and(|stamp| {
                    std::fs::metadata(&a.path)
                        .ok()
                        .and_then(|m| crate::corpus::cache::Stamp::of(&m))
                        != Some(stamp)
                })
            });
            if changed {
                let _ = missed.send(());
            }
        });
        let (requests, inbox) = std::sync::mpsc::channel::<(Arc<Corpus>, bool)>();
        let (outbox, answers) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            while let Ok((old, by_hand)) = inbox.recv() {
                let result =
                    crate::corpus::reload::reload(&old, &source.paths, &source.load, &source.build)
                        .map(|(new, report)| {
                            let index = Arc::new(crate::search::Index::build(&new));
                            (Arc::new(new), index, report, by_hand)
                        })
                        .map_err(|e| format!("cannot reload ({e}); showing the last good copy"));
                if outbox.send(result).is_err() {
                    break;
                }
            }
        });
        Reloader {
            changes,
            requests,
            answers,
            _watcher: watcher,
            dirty: None,
            in_flight: false,
            by_hand: false,
            done: None,
        }
    }

    fn busy(&self) -> bool {
        self.dirty.is_some() || self.in_flight
    }

    /// Notes new changes and finished reloads; true when [`Reloader::take`] has something
    /// to do (a reload to start or one to hand over).
    fn poll(&mut self) -> bool {
        while self.changes.try_recv().is_ok() {
            self.dirty = Some(std::time::Instant::now());
        }
        if self.done.is_none()
            && let Ok(answer) = self.answers.try_recv()
        {
            self.done = Some(answer);
            self.in_flight = false;
        }
        self.done.is_some() || (!self.in_flight && self.due())
    }

    fn due(&self) -> bool {
        self.dirty.is_some_and(|t| t.elapsed() >= RELOAD_QUIET)
    }

    /// A finished reload, if any; otherwise starts the next one when it is due.
    fn take(&mut self, current: &Arc<Corpus>) -> Option<Reloaded> {
        self.poll();
        if let Some(done) = self.done.take() {
            return Some(done);
        }
        if !self.in_flight && self.due() {
            self.dirty = None;
            self.in_flight = self
                .requests
                .send((Arc::clone(current), std::mem::take(&mut self.by_hand)))
                .is_ok();
        }
        None
    }
}

/// Runs lookups on a worker thread. A newer query marks older ones stale, so the worker
/// abandons them; only the newest answer is kept.
struct Searcher {
    requests: std::sync::mpsc::Sender<(String, u64)>,
    answers: std::sync::mpsc::Receiver<(u64, Vec<crate::search::Hit>)>,
    latest: Arc<std::sync::atomic::AtomicU64>,
}

impl Searcher {
    /// `corpus` is the one `index` was built from.
    fn start(index: Arc<crate::search::Index>, corpus: Arc<Corpus>) -> Searcher {
        let (requests, inbox) = std::sync::mpsc::channel::<(String, u64)>();
        let (outbox, answers) = std::sync::mpsc::channel();
        let latest = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let current = Arc::clone(&latest);
        std::thread::spawn(move || {
            while let Ok(mut request) = inbox.recv() {
                // Skip to the newest waiting query.
                while let Ok(newer) = inbox.try_recv() {
                    request = newer;
                }
                let (query, generation) = request;
                let hits = index.search(
                    &corpus,
                    &query,
                    &[],
                    Some(200),
                    Some((&current, generation)),
                );
                if current.load(Ordering::Relaxed) == generation
                    && outbox.send((generation, hits)).is_err()
                {
                    break;
                }
            }
        });
        Searcher {
            requests,
            answers,
            latest,
        }
    }

    fn ask(&self, query: String, generation: u64) {
        self.latest.store(generation, Ordering::Relaxed);
        let _ = self.requests.send((query, generation));
    }

    fn take(&self) -> Option<(u64, Vec<crate::search::Hit>)> {
        let mut newest = None;
        while let Ok(answer) = self.answers.try_recv() {
            newest = Some(answer);
        }
        newest
    }
}

/// Turns key presses into messages, keeping the keys of an unfinished sequence.
#[derive(Default)]
pub struct Dispatcher {
    pending: Vec<Key>,
}

impl Dispatcher {
    pub fn key(&mut self, app: &App, keymap: &Keymap, key: Key) -> Vec<Msg> {
        // Ctrl-C always quits, whatever the keymap says.
        if key.ctrl && key.code == Code::Char('c') {
            return vec![Msg::Action(Action::Quit)];
        }
        let context = app.context();
        self.pending.push(key);
        match keymap.resolve(context, &self.pending) {
            Resolution::Actions(actions) => {
                let had_pending = self.pending.len() > 1;
                self.pending.clear();
                let mut msgs: Vec<Msg> = Vec::new();
                if had_pending {
                    msgs.push(Msg::Pending(Vec::new(), Vec::new()));
                }
                msgs.extend(actions.into_iter().map(Msg::Action));
                msgs
            }
            Resolution::Pending(next) => vec![Msg::Pending(self.pending.clone(), next)],
            Resolution::Unbound => {
                let was_sequence = self.pending.len() > 1;
                self.pending.clear();
                let mut msgs = Vec::new();
                if was_sequence {
                    msgs.push(Msg::Pending(Vec::new(), Vec::new()));
                    // The key that broke the sequence counts on its own.
                    msgs.extend(self.key(app, keymap, key));
                    return msgs;
                }
                let typing = matches!(context, Context::Filter | Context::Palette | Context::Help);
                if let (true, Code::Char(c), false, false) = (typing, key.code, key.ctrl, key.alt) {
                    msgs.push(Msg::Char(c));
                }
                msgs
            }
        }
    }
}

fn open_url(url: &str, app: &mut App) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    // Run with the URL as an argument, never through a shell; keep its output off the screen.
    let spawned = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if spawned.is_err() {
        app.message = Some(format!("cannot run {opener}; the link is {url}"));
    }
}

/// Copies through the terminal (OSC 52), which works over SSH too.
fn copy_osc52(text: &str) {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
    let encoded = base64::engine::general_purpose::STANDARD.encode(clean.as_bytes());
    let mut out = io::stdout();
    let _ = write!(out, "\x1b]52;c;{encoded}\x07");
    let _ = out.flush();
}
