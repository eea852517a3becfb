use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `briefing list | head` should stop quietly when `head` has had enough, as other Unix
    // tools do, instead of panicking on the closed pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default action of a signal before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // glibc gives each thread that finds the heap busy an arena of its own, up to eight per
    // core; the reader's seven threads kept 11 MB more of freed but fragmented memory that way
    // than with one arena per core (196 against 185 MB on a corpus of 62 MB, with no loss of
    // loading speed measured on two cores).
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        // SAFETY: mallopt only sets a limit for arenas made later; it is called before any
        // thread is started.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, i32::try_from(cores).unwrap_or(i32::MAX));
            // Blocks of 128 KiB and more always get pages of their own, given back when freed.
            // By default glibc raises that threshold to the largest block freed so far (the
            // buffers of loading and indexing, megabytes), and later large blocks come from the
            // heap, where what they leave behind stays resident: 3 to 4 MB more after a first
            // or a warm start on a corpus of 62 MB.
            libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
        }
    }
    let cli = briefing::cli::Cli::parse();
    match briefing::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            // The terminal may be gone (a reader whose window was closed): no panic for that.
            let _ = writeln!(std::io::stderr(), "error: {err:#}");
            ExitCode::from(2)
        }
    }
}
