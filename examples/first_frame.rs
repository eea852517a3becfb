//! The reader's way to its first frame, without a terminal: the corpus from the cache in
//! `FRAME_CACHE` (or parsed), tagged with topics, no facts yet, laid out and drawn on a
//! 120×40 test screen. Prints wall and CPU time of each step (the CPU time says more than the
//! wall time on a busy machine).
//!
//! `cargo run --release --example first_frame -- PATH...`

use std::time::Instant;

use briefing::corpus::{BuildOptions, Corpus, LoadOptions};
use briefing::keymap::Keymap;
use briefing::settings::Settings;
use briefing::tui::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// User and system time of this process so far, in ms.
fn cpu_ms() -> f64 {
    // SAFETY: getrusage writes into the struct it is given.
    let usage = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut u);
        u
    };
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    ms(usage.ru_utime) + ms(usage.ru_stime)
}

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let (t, c) = (Instant::now(), cpu_ms());
    let step = |name: &str, t: &mut Instant, c: &mut f64| {
        let now = cpu_ms();
        println!(
            "{name:<8} {:>6.0} ms wall {:>6.0} ms cpu",
            t.elapsed().as_secs_f64() * 1e3,
            now - *c
        );
        *t = Instant::now();
        *c = now;
    };
    let (mut t, mut c) = (t, c);
    let start = (Instant::now(), cpu_ms());
    let settings = Settings::defaults();
    let keymap = Keymap::defaults();
    let load = LoadOptions {
        cache: std::env::var_os("FRAME_CACHE").map(Into::into),
        ..settings.load_options()
    };
    let build = BuildOptions {
        skip_facts: true,
        topics: Some(briefing::topics::TopicsFile::defaults()),
        ..BuildOptions::default()
    };
    let corpus = Corpus::open(&paths, &load, &build).expect("corpus");
    step("corpus", &mut t, &mut c);
    let app = App::new(&corpus, settings.view(true), (120, 40));
    step("app", &mut t, &mut c);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    term.draw(|f| briefing::tui::ui::draw(f, &app, &corpus, &keymap))
        .expect("draw");
    step("draw", &mut t, &mut c);
    println!(
        "first frame {:.0} ms wall, {:.0} ms cpu ({} articles, {} from the cache)",
        start.0.elapsed().as_secs_f64() * 1e3,
        cpu_ms() - start.1,
        corpus.articles.len(),
        corpus.articles.iter().filter(|a| a.from_cache).count()
    );
    if std::env::var_os("FRAME_WRITE").is_some() {
        corpus.write_cache(&paths, &load);
    }
}
