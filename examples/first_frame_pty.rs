//! The real reader's time to its first frame, as a user sees it: the binary started in a
//! pseudo terminal of 120×40, timed from the spawn to the arrival of the frame's bytes. The
//! output is read by a blocking thread, so the measuring takes no processor from the reader
//! (a loop polling `tmux capture-pane` every 5 ms took about half a second from it on two
//! cores).
//!
//! `cargo run --release --example first_frame_pty -- BINARY cold|warm RUNS PATH...`
//!
//! `cold`: a fresh cache folder for every run. `warm`: one run first fills the cache (and
//! the saved place), then every run opens from it. Prints wall time and the reader's CPU
//! time (user and system, from /proc) at the first frame.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// What only the first frame writes: the topics pane's first topic.
const FRAME_MARK: &[u8] = b"WSIS";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [binary, mode, runs, paths @ ..] = args.as_slice() else {
        eprintln!("usage: first_frame_pty BINARY cold|warm RUNS PATH...");
        std::process::exit(2);
    };
    let runs: usize = runs.parse().unwrap_or(5);
    let home = tempfile::tempdir().expect("temp dir");
    if mode == "warm" {
        // Fills the cache: the reader writes it after its facts and index are made.
        let _ = run_once(binary, paths, home.path(), Wait::UntilIdle);
    }
    let mut walls = Vec::new();
    for _ in 0..runs {
        if mode == "cold" {
            let _ = std::fs::remove_dir_all(home.path().join("cache"));
            let _ = std::fs::remove_dir_all(home.path().join("state"));
        }
        // A quiet start: the last run's reader has exited.
        std::thread::sleep(Duration::from_millis(1500));
        match run_once(binary, paths, home.path(), Wait::No) {
            Some((wall, cpu)) => {
                println!("{:>6.0} ms wall {cpu:>6} ms cpu", wall.as_secs_f64() * 1e3);
                walls.push(wall);
            }
            None => println!("no frame within 30 s"),
        }
    }
    walls.sort();
    if let Some(median) = walls.get(walls.len() / 2) {
        println!(
            "{mode}: median {:.0} ms of {} runs",
            median.as_secs_f64() * 1e3,
            walls.len()
        );
    }
}

enum Wait {
    No,
    /// Until the reader's CPU time stands still for two seconds: its work after the frame
    /// (facts, index, cache) is done.
    UntilIdle,
}

/// One start of the reader: the wall time to its first frame and its CPU time then (ms).
fn run_once(binary: &str, paths: &[String], home: &Path, wait: Wait) -> Option<(Duration, u64)> {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(binary);
    cmd.args(paths);
    cmd.env("TERM", "xterm-256color");
    cmd.env("XDG_CONFIG_HOME", home.join("config"));
    cmd.env("XDG_CACHE_HOME", home.join("cache"));
    cmd.env("XDG_STATE_HOME", home.join("state"));
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    let pid = child.process_id();
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let (seen_tx, seen) = mpsc::channel();
    std::thread::spawn(move || {
        let (mut buf, mut all) = ([0u8; 65536], Vec::new());
        let mut told = false;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            if !told {
                all.extend_from_slice(&buf[..n]);
                if all.windows(FRAME_MARK.len()).any(|w| w == FRAME_MARK) {
                    let _ = seen_tx.send(Instant::now());
                    told = true;
                }
            }
        }
    });
    let frame = seen.recv_timeout(Duration::from_secs(30)).ok();
    let cpu = pid.and_then(cpu_ms).unwrap_or(0);
    if let (Wait::UntilIdle, Some(pid)) = (wait, pid) {
        let mut last = None;
        loop {
            std::thread::sleep(Duration::from_secs(2));
            let now = cpu_ms(pid);
            if now.is_none() || now == last {
                break;
            }
            last = now;
        }
    }
    let mut writer = pty.master.take_writer().expect("writer");
    let _ = writer.write_all(b"q");
    drop(writer);
    let deadline = Instant::now() + Duration::from_secs(5);
    while child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    frame.map(|at| (at - start, cpu))
}

/// User and system time of a process so far, in ms (Linux).
fn cpu_ms(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command, which may hold spaces, in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // SAFETY: sysconf only reads a configuration value.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Some(ticks * 1000 / per_second)
}
