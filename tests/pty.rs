//! The real binary in a pseudo terminal: keys in, screen out, and the terminal restored on quit
//! and on signals.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

fn nz(n: u16) -> std::num::NonZero<u16> {
    std::num::NonZero::new(n).expect("non-zero")
}

/// A pseudo terminal of 120 × 40.
fn open_pty() -> portable_pty::PtyPair {
    native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty")
}

struct Session {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
    _config: tempfile::TempDir,
}

impl Session {
    fn start(args: &[&str]) -> Session {
        Session::start_in(args, tempfile::tempdir().expect("temp dir"))
    }

    /// Starts with `config` as $XDG_CONFIG_HOME (and state home).
    fn start_in(args: &[&str], config: tempfile::TempDir) -> Session {
        let pty = open_pty();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_briefing"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_CONFIG_HOME", config.path());
        cmd.env("XDG_STATE_HOME", config.path());
        cmd.env("XDG_CACHE_HOME", config.path());
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(40), nz(120), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session {
            child,
            writer,
            parser,
            raw,
            _master: pty.master,
            _config: config,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; fails the test after a generous limit.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.screen().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "screen never showed {text:?}:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(80));
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the reader did not exit"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn restored(&self) -> bool {
        // Give the reader thread a moment to take the last bytes.
        std::thread::sleep(Duration::from_millis(200));
        let raw = self.raw.lock().unwrap();
        let text = String::from_utf8_lossy(&raw);
        let left = text.rfind("\x1b[?1049l");
        let shown = text.rfind("\x1b[?25h");
        left.is_some() && shown.is_some()
    }
}

#[test]
fn move_open_filter_search_and_quit() {
    let mut s = Session::start(&[]);
    s.wait_for("Weltinternetkonferenz in Wuzhen");
    s.wait_for("WSIS (");
    // by article, down to the briefing, open it
    s.keys("t");
    s.wait_for("by article");
    s.keys("jj\r");
    s.wait_for("4. Quartal 2025");
    s.wait_for("I. WSIS+20 Überprüfungskonferenz");
    // filter the outline and open a section
    s.keys("/hanoi");
    s.wait_for("filter /hanoi");
    s.keys("\r\r");
    s.wait_for("In Anwesenheit von UN-Generalsekretär Guterres");
    // search in the article
    s.keys("2/Hanoi");
    s.wait_for("search /Hanoi");
    s.wait_for("/4");
    s.keys("\rn");
    s.wait_for("2/4");
    // choose a fact: the body scrolls to it and shows it reversed
    s.keys("3");
    s.wait_for("key facts · section");
    // Facts are found after the first frame; under load that can take a moment.
    let start = Instant::now();
    while s.screen().contains("finding key facts") {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "facts never came"
        );
        std::thread::sleep(Duration::from_millis(30));
    }
    s.keys("ggj\r");
    let start = Instant::now();
    loop {
        let highlighted = {
            let parser = s.parser.lock().unwrap();
            let screen = parser.screen();
            (1..38).any(|row| {
                (31..83).any(|col| {
                    screen
                        .cell(row, col)
                        .is_some_and(|c| c.inverse() && !c.contents().trim().is_empty())
                })
            })
        };
        if highlighted {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no highlighted fact in the body:\n{}",
            s.screen()
        );
        std::thread::sleep(Duration::from_millis(30));
    }
    s.keys("q");
    assert!(s.wait_exit().success());
    assert!(s.restored(), "alternate screen left and cursor shown");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_save_the_place_and_marks() {
    for signal in ["-TERM", "-HUP"] {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state.toml");
        let mut s = Session::start(&["--state", state.to_str().unwrap()]);
        s.wait_for("Weltinternetkonferenz in Wuzhen");
        // A mark on the paragraph at the top of the article.
        s.keys("2");
        s.keys("m");
        s.wait_for("marked: ");
        let pid = s.child.process_id().expect("pid");
        let status = std::process::Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        s.wait_exit();
        assert!(s.restored(), "{signal}");
        let saved = std::fs::read_to_string(&state).expect("state saved on the signal");
        assert!(saved.contains("[[bookmarks]]"), "{signal}: {saved}");
        assert!(saved.contains("focus = \"body\""), "{signal}: {saved}");
    }
}

#[test]
fn marks_are_listed_and_jumped_to_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.toml");
    let state_arg = state.to_str().unwrap().to_string();
    let mut s = Session::start(&["--state", &state_arg]);
    s.wait_for("Weltinternetkonferenz in Wuzhen");
    s.keys("2");
    s.keys("]");
    s.keys("m");
    s.wait_for("marked: ");
    s.keys("q");
    assert!(s.wait_exit().success());
    let mut s = Session::start(&["--state", &state_arg]);
    s.wait_for("Weltinternetkonferenz in Wuzhen");
    s.keys("'");
    s.wait_for("marks (1)");
    s.keys("\r");
    s.wait_for("READ");
    assert!(!s.screen().contains("marks (1)"));
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_changed_file_is_reloaded_while_reading_and_r_reloads_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Erster Artikel\n\nDer alte Text vom 17. Dezember 2025.\n",
    )
    .unwrap();
    let mut s = Session::start(&["--no-state", dir.path().to_str().unwrap()]);
    s.wait_for("Der alte Text");
    std::fs::write(
        &article,
        "Erster Artikel\n\nDer neue Text vom 18. Dezember 2025.\n",
    )
    .unwrap();
    s.wait_for("Der neue Text");
    s.wait_for("reloaded: 1 changed");
    s.wait_for("2025-12-18");
    // A file that turns unreadable keeps its last good copy on screen.
    std::fs::write(&article, [0u8, 1, 2, 0, 0, 0, 255, 0]).unwrap();
    s.wait_for("kept the last good copy");
    assert!(s.screen().contains("Der neue Text"));
    s.keys("R");
    s.wait_for("reloaded: nothing changed");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_panic_restores_the_terminal_and_prints_the_message() {
    // debug-panic has no default key; bind one through a keymap file.
    let dir = tempfile::tempdir().unwrap();
    let keymap = dir.path().join("k.toml");
    std::fs::write(&keymap, "[global]\n\"F9\" = \"debug-panic\"\n").unwrap();
    let mut s = Session::start(&["--keymap", keymap.to_str().unwrap()]);
    s.wait_for("Weltinternetkonferenz in Wuzhen");
    s.keys("\x1b[20~"); // F9
    let status = s.wait_exit();
    assert!(!status.success());
    assert!(s.restored());
    std::thread::sleep(Duration::from_millis(200));
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert!(raw.contains("debug-panic"), "the panic message is printed");
}

#[test]
fn resize_to_tiny_and_back() {
    let mut s = Session::start(&[]);
    s.wait_for("Weltinternetkonferenz in Wuzhen");
    let tiny = PtySize {
        rows: 3,
        cols: 10,
        pixel_width: 0,
        pixel_height: 0,
    };
    let back = PtySize {
        rows: 40,
        cols: 120,
        pixel_width: 0,
        pixel_height: 0,
    };
    // The screen model takes the new size first, so no output lands in the old one.
    s.parser.lock().unwrap().set_size(nz(3), nz(10));
    s._master.resize(tiny).unwrap();
    // An unbound key makes the reader draw again, whatever happened to the resize signal.
    std::thread::sleep(Duration::from_millis(300));
    s.keys("z");
    s.wait_for("terminal");
    s.parser.lock().unwrap().set_size(nz(40), nz(120));
    s._master.resize(back).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    s.keys("z");
    s.wait_for("Weltinternetkonferenz in Wuzhen");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_broken_user_keymap_shows_a_banner_and_keeps_the_valid_keys() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path().join("briefing");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("keymap.toml"),
        "[global]\n\"x\" = \"qit\"\n\"Q\" = \"quit\"\n",
    )
    .unwrap();
    let mut s = Session::start_in(&[], config);
    s.wait_for("problems");
    s.wait_for("unknown action \"qit\"");
    s.keys("\x1b");
    let start = Instant::now();
    while s.screen().contains("problems") {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "esc dismisses the banner"
        );
        std::thread::sleep(Duration::from_millis(30));
    }
    s.keys("Q");
    assert!(
        s.wait_exit().success(),
        "the valid binding from the same file works"
    );
}

#[test]
fn reopening_restores_the_article_and_place() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.toml");
    let state_arg = state.to_str().unwrap().to_string();
    let mut s = Session::start(&["--state", &state_arg]);
    s.wait_for("Weltinternetkonferenz in Wuzhen");
    // by article → the briefing → part III
    s.keys("t");
    s.wait_for("by article");
    s.keys("jj\r");
    s.wait_for("I. WSIS+20 Überprüfungskonferenz");
    s.keys("/III. Cyber");
    s.wait_for("filter /III. Cyber");
    s.keys("\r\r2");
    s.wait_for("Cybersicherheit bleibt auch im 4. Quartal");
    s.keys("q");
    assert!(s.wait_exit().success());
    let saved = std::fs::read_to_string(&state).expect("state saved");
    assert!(saved.contains("002_6a1e886fe4fd59d2.txt"), "{saved}");
    let mut s = Session::start(&["--state", &state_arg]);
    s.wait_for("Cybersicherheit bleibt auch im 4. Quartal");
    s.wait_for("by article");
    s.keys("q");
    assert!(s.wait_exit().success());
    // --no-state neither reads nor writes
    let mut s = Session::start(&["--state", &state_arg, "--no-state"]);
    s.wait_for("Weltinternetkonferenz in Wuzhen");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("nasty.txt"),
        "Harmloser Titel\x1b]0;pwned-title\x07\n\nAbsatz\x1b]52;c;SGFja2VkQ2xpcA==\x07 mit \
         \x1b[2J\x1b[31mFarbe\x1b[0m und \u{9b}2J Ende.\n",
    )
    .unwrap();
    let mut s = Session::start(&["--no-state", dir.path().to_str().unwrap()]);
    s.wait_for("Harmloser Titel");
    s.wait_for("Farbe");
    s.keys("q");
    assert!(s.wait_exit().success());
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert!(
        !raw.contains("pwned-title"),
        "a title change reached the terminal"
    );
    assert!(
        !raw.contains("SGFja2VkQ2xpcA"),
        "a clipboard write reached the terminal"
    );
    assert!(!raw.contains("\x1b]0;") && !raw.contains("\x1b]52;"));
}

/// A terminal closed with no SIGHUP for the reader (here it runs in a session of its own, as
/// under `setsid` or when a debugger takes the signal) must still end it, with its place saved,
/// instead of leaving it to spin on the closed terminal.
#[cfg(unix)]
#[test]
fn a_terminal_that_hangs_up_without_a_signal_ends_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.toml");
    let pty = open_pty();
    // `setsid --wait`: the reader in a session of its own, under a parent that owns the
    // terminal and waits (a session leader that exits hangs up its terminal at once).
    let mut cmd = CommandBuilder::new("setsid");
    cmd.arg("--wait");
    cmd.arg(env!("CARGO_BIN_EXE_briefing"));
    cmd.args(["--state", state.to_str().unwrap()]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("XDG_CONFIG_HOME", dir.path());
    cmd.env("XDG_CACHE_HOME", dir.path());
    let mut child = pty.slave.spawn_command(cmd).expect("spawn setsid");
    drop(pty.slave);
    // Read without a second handle on the terminal (one would keep it from hanging up).
    let fd = pty.master.as_raw_fd().expect("pty fd");
    let mut parser = vt100::Parser::new(nz(40), nz(120), 0);
    let start = Instant::now();
    while !parser
        .screen()
        .contents()
        .contains("Weltinternetkonferenz in Wuzhen")
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "screen never showed the sample:\n{}",
            parser.screen().contents()
        );
        let mut poll = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one pollfd, owned here; the buffer is as long as the length given.
        if unsafe { libc::poll(&mut poll, 1, 50) } == 1 {
            let mut buf = [0u8; 8192];
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                parser.process(&buf[..n as usize]);
            }
        }
    }
    // Once the facts and the index are ready, nothing draws again until a key comes: no
    // write fails to tell the reader that its terminal is gone.
    std::thread::sleep(Duration::from_millis(1500));
    drop(pty.master);
    let _ = child.wait();
    let start = Instant::now();
    while !state.exists() {
        if start.elapsed() > Duration::from_secs(20) {
            // Not left spinning after the test.
            let _ = std::process::Command::new("pkill")
                .args(["-f", state.to_str().unwrap()])
                .status();
            panic!("the reader did not end after its terminal hung up");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
