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
    let cli = briefing::cli::Cli::parse();
    match briefing::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
