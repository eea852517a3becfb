//! Drawing a full frame, and a key press through update to a drawn frame.

use briefing::corpus::{BuildOptions, Corpus, LoadOptions};
use briefing::keymap::{Action, Keymap};
use briefing::tui::app::{App, Msg, View};
use briefing::tui::ui;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn render(c: &mut Criterion) {
    let corpus =
        Corpus::open(&[], &LoadOptions::default(), &BuildOptions::default()).expect("sample");
    let keymap = Keymap::defaults();
    let mut app = App::new(&corpus, View::default(), (200, 60));
    app.go_to_section(2, 5, &corpus);
    let mut term = Terminal::new(TestBackend::new(200, 60)).expect("backend");
    c.bench_function("frame 200x60", |b| {
        b.iter(|| {
            term.draw(|f| ui::draw(f, &app, &corpus, &keymap))
                .map(|_| ())
        })
    });
    c.bench_function("key to frame (j in body)", |b| {
        app.update(Msg::Action(Action::FocusBody), &corpus, &keymap);
        b.iter(|| {
            app.update(Msg::Action(Action::MoveDown), &corpus, &keymap);
            term.draw(|f| ui::draw(f, &app, &corpus, &keymap))
                .map(|_| ())
        })
    });
    c.bench_function("first frame with the built-in sample", |b| {
        b.iter(|| {
            let corpus = Corpus::open(&[], &LoadOptions::default(), &BuildOptions::default())
                .expect("sample");
            let app = App::new(&corpus, View::default(), (200, 60));
            term.draw(|f| ui::draw(f, &app, &corpus, &keymap))
                .map(|_| ())
        })
    });
}

criterion_group!(benches, render);
criterion_main!(benches);
