//! Whole screens of the reader on the built-in sample, drawn into ratatui's TestBackend.

use briefing::corpus::{BuildOptions, Corpus, LoadOptions};
use briefing::keymap::{Action, Keymap};
use briefing::tui::app::{App, Msg, View};
use briefing::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn sample() -> Corpus {
    Corpus::open(&[], &LoadOptions::default(), &BuildOptions::default()).expect("sample")
}

fn screen(app: &App, corpus: &Corpus, keymap: &Keymap) -> String {
    let (w, h) = app.size;
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("backend");
    term.draw(|f| ui::draw(f, app, corpus, keymap))
        .expect("draw");
    let buffer = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn app_after(size: (u16, u16), msgs: Vec<Msg>) -> (String, App) {
    let corpus = sample();
    let keymap = Keymap::defaults();
    let mut app = App::new(&corpus, View::default(), size);
    for m in msgs {
        app.update(m, &corpus, &keymap);
    }
    (screen(&app, &corpus, &keymap), app)
}

fn act(actions: &[Action]) -> Vec<Msg> {
    actions.iter().map(|a| Msg::Action(*a)).collect()
}

#[test]
fn start_screen_120x40() {
    let (s, _) = app_after((120, 40), vec![]);
    insta::assert_snapshot!(s);
}

#[test]
fn start_screen_80x24() {
    let (s, _) = app_after((80, 24), vec![]);
    insta::assert_snapshot!(s);
}

#[test]
fn narrow_screen_40x12_shows_the_focused_pane_only() {
    let (s, _) = app_after((40, 12), act(&[Action::FocusBody]));
    insta::assert_snapshot!(s);
}

#[test]
fn tiny_screen_says_so() {
    let (s, _) = app_after((18, 4), vec![]);
    assert!(s.starts_with("terminal too small"), "{s}");
}

#[test]
fn help_overlay() {
    let (s, _) = app_after((100, 30), act(&[Action::Help]));
    insta::assert_snapshot!(s);
}

#[test]
fn filtered_topics_list() {
    let mut msgs = act(&[Action::ToggleView, Action::Filter]);
    msgs.extend("ueberpruef".chars().map(Msg::Char));
    let (s, app) = app_after((120, 30), msgs);
    assert!(s.contains("I. WSIS+20 Überprüfungskon"), "{s}");
    assert!(!app.topic_rows(&sample()).is_empty());
    insta::assert_snapshot!(s);
}

#[test]
fn opening_a_section_from_the_briefing() {
    // by article → open the briefing → its section "III. Cybersicherheit"
    let mut msgs = act(&[
        Action::ToggleView,
        Action::MoveDown,
        Action::MoveDown,
        Action::Open,
    ]);
    msgs.extend(act(&[Action::Filter]));
    msgs.extend("III. Cyber".chars().map(Msg::Char));
    msgs.extend(act(&[Action::Confirm, Action::Open]));
    let (s, _) = app_after((120, 40), msgs);
    assert!(s.contains("III. Cybersicherheit"));
    assert!(
        s.contains("Cybersicherheit bleibt auch im 4. Quartal"),
        "{s}"
    );
}

#[test]
fn any_size_draws_without_panic() {
    let corpus = sample();
    let keymap = Keymap::defaults();
    let mut app = App::new(&corpus, View::default(), (120, 40));
    app.update(Msg::Action(Action::Help), &corpus, &keymap);
    for (w, h) in [
        (0, 0),
        (1, 1),
        (10, 3),
        (19, 5),
        (20, 5),
        (59, 14),
        (60, 15),
        (300, 100),
        (200, 60),
    ] {
        app.update(Msg::Resize(w, h), &corpus, &keymap);
        let _ = screen(&app, &corpus, &keymap);
    }
}

#[test]
fn lookup_palette() {
    let mut msgs = act(&[Action::Lookup]);
    msgs.extend("hanoi sign".chars().map(Msg::Char));
    let (s, _) = app_after((120, 40), msgs);
    assert!(s.contains("Hanoi-Konvention: Unterzeichnung"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn list_of_marks() {
    let (s, app) = app_after(
        (100, 24),
        act(&[
            Action::FocusBody,
            Action::NextSection,
            Action::Mark,
            Action::FocusFacts,
            Action::FactsScope,
            Action::Mark,
            Action::Marks,
        ]),
    );
    assert_eq!(app.bookmarks.len(), 2);
    assert!(s.contains(" marks (2) · enter jumps"), "{s}");
    assert!(s.contains("paragraph "), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn no_color_draws_without_colours_but_keeps_the_search_hit_visible() {
    let corpus = sample();
    let keymap = Keymap::defaults();
    let view = View {
        theme: briefing::tui::theme::Theme::plain(),
        ..View::default()
    };
    let mut app = App::new(&corpus, view, (120, 40));
    let mut msgs = act(&[Action::FocusBody, Action::Filter]);
    msgs.extend("Wuzhen".chars().map(Msg::Char));
    msgs.extend(act(&[Action::Confirm]));
    for m in msgs {
        app.update(m, &corpus, &keymap);
    }
    assert!(!app.search.hits.is_empty());
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    term.draw(|f| ui::draw(f, &app, &corpus, &keymap)).unwrap();
    let buffer = term.backend().buffer().clone();
    let mut reversed = 0;
    for cell in buffer.content() {
        use ratatui::style::{Color, Modifier};
        assert_eq!(cell.fg, Color::Reset, "{cell:?}");
        assert_eq!(cell.bg, Color::Reset, "{cell:?}");
        if cell.modifier.contains(Modifier::REVERSED) {
            reversed += 1;
        }
    }
    assert!(
        reversed > 0,
        "hits and the selection are shown in reverse video"
    );
}

#[test]
fn the_facts_pane_lists_only_the_kinds_chosen_in_the_settings() {
    let corpus = sample();
    let keymap = Keymap::defaults();
    let view = View {
        kinds: 1 << briefing::facts::FactKind::Date as u16,
        ..View::default()
    };
    let mut app = App::new(&corpus, view, (120, 40));
    app.update(Msg::Action(Action::FactsScope), &corpus, &keymap);
    let rows = app.fact_rows(&corpus);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| match r {
        briefing::tui::app::FactRow::Heading { kind, .. } =>
            *kind == briefing::facts::FactKind::Date,
        _ => true,
    }));
    let s = screen(&app, &corpus, &keymap);
    assert!(s.contains("Dates (") && !s.contains("Figures ("), "{s}");
}
