//! `App::update` on the sample: every action, and what the important ones change.

use briefing::corpus::{BuildOptions, Corpus, LoadOptions};
use briefing::keymap::{Action, Keymap};
use briefing::tui::app::{App, Effect, FactsScope, Msg, Pane, TopicItem, TopicsView, View};

fn setup() -> (Corpus, Keymap, App) {
    let corpus =
        Corpus::open(&[], &LoadOptions::default(), &BuildOptions::default()).expect("sample");
    let app = App::new(&corpus, View::default(), (120, 40));
    (corpus, Keymap::defaults(), app)
}

fn run(app: &mut App, corpus: &Corpus, keymap: &Keymap, actions: &[Action]) -> Effect {
    let mut last = Effect::None;
    for a in actions {
        last = app.update(Msg::Action(*a), corpus, keymap);
    }
    last
}

#[test]
fn every_action_in_every_pane_keeps_the_state_valid() {
    let (corpus, keymap, _) = setup();
    for pane in [Action::FocusTopics, Action::FocusBody, Action::FocusFacts] {
        for &action in Action::ALL {
            if matches!(action, Action::Quit | Action::DebugPanic) {
                continue;
            }
            let mut app = App::new(&corpus, View::default(), (120, 40));
            run(
                &mut app,
                &corpus,
                &keymap,
                &[
                    pane,
                    Action::ToggleView,
                    Action::Open,
                    action,
                    action,
                    Action::Cancel,
                ],
            );
            assert!(app.article < corpus.articles.len());
            assert!(app.scroll <= app.layout.lines.len());
            let rows = app.topic_rows(&corpus);
            assert!(
                rows.is_empty() || app.topics_selected < rows.len(),
                "{action:?}"
            );
        }
    }
}

#[test]
fn quit_and_debug_panic_are_effects() {
    let (corpus, keymap, mut app) = setup();
    assert_eq!(
        run(&mut app, &corpus, &keymap, &[Action::Quit]),
        Effect::Quit
    );
    assert_eq!(
        run(&mut app, &corpus, &keymap, &[Action::DebugPanic]),
        Effect::Panic,
        "debug build"
    );
}

#[test]
fn focus_moves_around_and_by_number() {
    let (corpus, keymap, mut app) = setup();
    assert_eq!(app.focus, Pane::Topics);
    run(&mut app, &corpus, &keymap, &[Action::FocusNext]);
    assert_eq!(app.focus, Pane::Body);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusNext, Action::FocusNext],
    );
    assert_eq!(app.focus, Pane::Topics);
    run(&mut app, &corpus, &keymap, &[Action::FocusPrev]);
    assert_eq!(app.focus, Pane::Facts);
    run(&mut app, &corpus, &keymap, &[Action::FocusBody]);
    assert_eq!(app.focus, Pane::Body);
}

#[test]
fn opening_a_topic_lists_sections_from_several_articles() {
    let (corpus, keymap, mut app) = setup();
    assert_eq!(app.view, TopicsView::ByTopic);
    // KI is the second topic
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::MoveDown, Action::Open],
    );
    let rows = app.topic_rows(&corpus);
    let articles: std::collections::BTreeSet<usize> = rows
        .iter()
        .filter_map(|r| match r.item {
            TopicItem::Section { article, .. } => Some(article),
            _ => None,
        })
        .collect();
    assert!(articles.len() >= 3, "{articles:?}");
    run(&mut app, &corpus, &keymap, &[Action::Close]);
    assert!(app.topic_rows(&corpus).iter().all(|r| r.depth == 0));
}

#[test]
fn sections_are_reached_and_the_current_one_follows_the_scroll() {
    let (corpus, keymap, mut app) = setup();
    let briefing = 2;
    let part3 = corpus.articles[briefing]
        .sections
        .iter()
        .position(|s| s.title == "III. Cybersicherheit")
        .unwrap();
    app.go_to_section(briefing, part3, &corpus);
    assert_eq!(app.current_section(&corpus), part3);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusBody, Action::NextSection],
    );
    assert_eq!(app.current_section(&corpus), part3 + 1);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::PrevSection, Action::PrevSection],
    );
    assert_eq!(app.current_section(&corpus), part3 - 1);
    run(&mut app, &corpus, &keymap, &[Action::Top]);
    assert_eq!(app.scroll, 0);
    run(&mut app, &corpus, &keymap, &[Action::Bottom]);
    assert!(app.scroll > 0);
    let bottom = app.scroll;
    run(&mut app, &corpus, &keymap, &[Action::PageUp]);
    assert!(app.scroll < bottom);
    run(&mut app, &corpus, &keymap, &[Action::HalfPageDown]);
    assert!(app.scroll <= bottom);
}

#[test]
fn jump_list_goes_back_and_forward() {
    let (corpus, keymap, mut app) = setup();
    app.go_to_section(2, 5, &corpus);
    let there = (app.article, app.scroll);
    app.go_to_section(3, 1, &corpus);
    run(&mut app, &corpus, &keymap, &[Action::JumpBack]);
    assert_eq!((app.article, app.scroll), there);
    run(&mut app, &corpus, &keymap, &[Action::JumpForward]);
    assert_eq!(app.article, 3);
}

#[test]
fn search_counts_hits_and_cycles() {
    let (corpus, keymap, mut app) = setup();
    app.go_to_section(2, 0, &corpus);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusBody, Action::Filter],
    );
    for c in "hanoi".chars() {
        app.update(Msg::Char(c), &corpus, &keymap);
    }
    let n = app.search.hits.len();
    assert!(n >= 3, "{n}");
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::Confirm, Action::NextMatch],
    );
    assert_eq!(app.search.current, 1);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::PrevMatch, Action::PrevMatch],
    );
    assert_eq!(app.search.current, n - 1);
    // A capital makes it case-sensitive.
    run(&mut app, &corpus, &keymap, &[Action::Filter]);
    for c in "HANOI".chars() {
        app.update(Msg::Char(c), &corpus, &keymap);
    }
    assert!(app.search.hits.is_empty());
    run(&mut app, &corpus, &keymap, &[Action::Cancel]);
    assert!(app.search.input.text.is_empty());
}

#[test]
fn filters_narrow_lists_and_escape_clears() {
    let (corpus, keymap, mut app) = setup();
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::ToggleView, Action::Filter],
    );
    for c in "uberpruf".chars() {
        app.update(Msg::Char(c), &corpus, &keymap);
    }
    let rows = app.topic_rows(&corpus);
    assert!(rows[0].label.contains("Überprüfung"), "{:?}", rows[0].label);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::DeleteChar, Action::Confirm],
    );
    assert!(!app.topics_filter.editing);
    run(&mut app, &corpus, &keymap, &[Action::Cancel]);
    assert!(app.topics_filter.text.is_empty());
}

#[test]
fn facts_scope_toggles_and_help_opens_and_closes() {
    let (corpus, keymap, mut app) = setup();
    run(&mut app, &corpus, &keymap, &[Action::FactsScope]);
    assert_eq!(app.facts_scope, FactsScope::Article);
    run(&mut app, &corpus, &keymap, &[Action::Help]);
    assert!(app.help.is_some());
    app.update(Msg::Char('x'), &corpus, &keymap);
    assert_eq!(app.help.as_ref().unwrap().filter.text, "x");
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::Cancel, Action::Cancel],
    );
    assert!(app.help.is_none());
}

#[test]
fn boilerplate_can_be_shown() {
    let (corpus, keymap, mut app) = setup();
    app.go_to_section(3, 0, &corpus);
    let before = app.layout.lines.len();
    run(&mut app, &corpus, &keymap, &[Action::ToggleBoilerplate]);
    assert!(app.layout.lines.len() > before);
    assert!(
        app.layout
            .lines
            .iter()
            .any(|l| l.text().contains("Kleinanlegerkonten"))
    );
}

#[test]
fn resizing_keeps_the_text_at_the_top() {
    let (corpus, keymap, mut app) = setup();
    app.go_to_section(2, 10, &corpus);
    let top = app.layout.lines[app.scroll].text();
    app.update(Msg::Resize(90, 30), &corpus, &keymap);
    app.update(Msg::Resize(120, 40), &corpus, &keymap);
    assert_eq!(app.layout.lines[app.scroll].text(), top);
}

#[test]
fn mouse_click_focuses_and_selects() {
    let (corpus, keymap, mut app) = setup();
    app.update(Msg::Click { x: 60, y: 10 }, &corpus, &keymap);
    assert_eq!(app.focus, Pane::Body);
    app.update(Msg::Click { x: 2, y: 3 }, &corpus, &keymap);
    assert_eq!(app.focus, Pane::Topics);
    assert_eq!(app.topics_selected, 2);
    app.update(
        Msg::Scroll {
            x: 60,
            y: 10,
            down: true,
        },
        &corpus,
        &keymap,
    );
    assert!(app.scroll > 0, "wheel scrolls the pane under it");
    assert_eq!(app.focus, Pane::Topics, "without moving focus");
}

#[test]
fn open_link_only_for_http() {
    let (corpus, keymap, mut app) = setup();
    app.go_to_section(2, 1, &corpus);
    match run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusBody, Action::OpenLink],
    ) {
        Effect::OpenUrl(url) => assert!(url.starts_with("https://")),
        other => panic!("{other:?} / {:?}", app.message),
    }
}

#[test]
fn copy_gives_the_paragraph() {
    let (corpus, keymap, mut app) = setup();
    app.go_to_section(2, 1, &corpus);
    match run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusBody, Action::CopyParagraph],
    ) {
        Effect::Copy(text) => assert!(text.len() > 20),
        other => panic!("{other:?}"),
    }
}

#[test]
fn lookup_palette_opens_the_hit_and_remembers_the_query() {
    let (corpus, keymap, mut app) = setup();
    run(&mut app, &corpus, &keymap, &[Action::Lookup]);
    assert!(app.palette.is_some());
    for c in "hanoi sign".chars() {
        app.update(Msg::Char(c), &corpus, &keymap);
    }
    let hits = app.palette.as_ref().unwrap().hits.len();
    assert!(hits > 0);
    run(&mut app, &corpus, &keymap, &[Action::Confirm]);
    assert!(app.palette.is_none());
    assert_eq!(app.article, 2, "the briefing");
    let title = &corpus.articles[2].sections[app.current_section(&corpus)].title;
    assert!(title.starts_with("Hanoi-Konvention"), "{title}");
    assert_eq!(app.focus, Pane::Body);
    assert_eq!(app.history, ["hanoi sign"]);
    // history and the jump list
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::Lookup, Action::HistoryPrev],
    );
    assert_eq!(app.palette.as_ref().unwrap().input.text, "hanoi sign");
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::Cancel, Action::JumpBack],
    );
    assert_eq!(app.article, 0);
}

#[test]
fn large_corpora_look_up_off_the_main_thread_and_drop_stale_answers() {
    let (corpus, keymap, mut app) = setup();
    app.sync_search_limit = 0;
    run(&mut app, &corpus, &keymap, &[Action::Lookup]);
    let first = app.update(Msg::Char('h'), &corpus, &keymap);
    assert_eq!(
        first,
        Effect::Search {
            query: "h".into(),
            generation: 1
        }
    );
    let second = app.update(Msg::Char('a'), &corpus, &keymap);
    assert_eq!(
        second,
        Effect::Search {
            query: "ha".into(),
            generation: 2
        }
    );
    assert!(app.palette.as_ref().unwrap().searching);
    let hits = app.index.search(&corpus, "ha", &[], Some(200), None);
    // The answer to the older query arrives late and is dropped.
    app.update(
        Msg::SearchDone {
            generation: 1,
            hits: Vec::new(),
        },
        &corpus,
        &keymap,
    );
    assert!(app.palette.as_ref().unwrap().searching);
    app.update(
        Msg::SearchDone {
            generation: 2,
            hits: hits.clone(),
        },
        &corpus,
        &keymap,
    );
    let p = app.palette.as_ref().unwrap();
    assert!(!p.searching);
    assert_eq!(p.hits, hits);
}

#[test]
fn a_snapshot_restores_article_place_focus_and_view() {
    let (corpus, keymap, mut app) = setup();
    app.go_to_section(2, 12, &corpus);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusFacts, Action::ToggleView],
    );
    let top = app.layout.lines[app.scroll].text();
    let state = app.snapshot(&corpus, briefing::state::State::default());
    let mut again = App::new(&corpus, View::default(), (120, 40));
    again.restore(&state, &corpus);
    assert_eq!(again.article, 2);
    assert_eq!(again.layout.lines[again.scroll].text(), top);
    assert_eq!(again.focus, Pane::Facts);
    assert_eq!(again.view, TopicsView::ByArticle);
    // each article keeps its own place
    again.go_to_section(0, 1, &corpus);
    run(&mut again, &corpus, &keymap, &[Action::JumpBack]);
    assert_eq!(again.layout.lines[again.scroll].text(), top);
}

#[test]
fn marks_are_made_listed_jumped_to_and_removed() {
    let (corpus, keymap, mut app) = setup();
    // A paragraph of the second article.
    app.go_to_section(1, 1, &corpus);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusBody, Action::Mark],
    );
    assert_eq!(app.bookmarks.len(), 1);
    let mark = app.bookmarks[0].clone();
    assert_eq!(mark.kind, "paragraph");
    assert_eq!(mark.article, corpus.articles[1].path);
    assert!(
        corpus.articles[1].text[mark.start..mark.end].starts_with(mark.label.trim_end_matches('…')),
        "{mark:?}"
    );
    assert!(app.message.as_deref().unwrap().starts_with("marked: "));
    // Marking the same paragraph again removes the mark; once more puts it back.
    run(&mut app, &corpus, &keymap, &[Action::Mark]);
    assert!(app.bookmarks.is_empty());
    run(&mut app, &corpus, &keymap, &[Action::Mark]);
    // A fact of the first article.
    app.go_to_section(0, 0, &corpus);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusFacts, Action::FactsScope, Action::Mark],
    );
    assert_eq!(app.bookmarks.len(), 2);
    let fact_mark = app.bookmarks[1].clone();
    assert_ne!(fact_mark.kind, "paragraph");
    let fact = app.selected_fact(&corpus).unwrap();
    assert_eq!(
        (fact_mark.start, fact_mark.end),
        (fact.span.start, fact.span.end)
    );

    // The list opens on the newest mark; moving up and confirming jumps to the paragraph.
    run(&mut app, &corpus, &keymap, &[Action::Marks]);
    assert_eq!(app.marks, Some(1));
    assert_eq!(app.context(), briefing::keymap::Context::Marks);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::MoveUp, Action::Confirm],
    );
    assert_eq!(app.marks, None);
    assert_eq!(app.article, 1);
    assert_eq!(app.highlight, Some(mark.start..mark.end));
    let (line, _) = app.layout.locate(mark.start).unwrap();
    assert!(line >= app.scroll && line < app.scroll + app.body_height());
    // Back where we were with the jump list.
    run(&mut app, &corpus, &keymap, &[Action::JumpBack]);
    assert_eq!(app.article, 0);

    // Deleting from the list.
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::Marks, Action::DeleteMark, Action::Cancel],
    );
    assert_eq!(app.bookmarks, vec![mark.clone()]);

    // Marks survive a save and a restore.
    let state = app.snapshot(&corpus, Default::default());
    assert_eq!(state.bookmarks, vec![mark.clone()]);
    let mut again = App::new(&corpus, View::default(), (120, 40));
    again.restore(&state, &corpus);
    assert_eq!(again.bookmarks, vec![mark]);
}

#[test]
fn a_mark_finds_its_words_again_when_the_text_has_moved() {
    let (corpus, keymap, mut app) = setup();
    app.go_to_section(1, 1, &corpus);
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::FocusBody, Action::Mark],
    );
    let mut moved = app.bookmarks[0].clone();
    let right = moved.start..moved.end;
    // As if the file had 7 bytes fewer before the paragraph when the mark was made.
    moved.start -= 7;
    moved.end -= 7;
    app.bookmarks = vec![moved];
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::Marks, Action::Confirm],
    );
    assert_eq!(app.highlight, Some(right));

    // A mark of an article that is not loaded says so and stays in the list.
    app.bookmarks[0].article = "gone.txt".into();
    run(
        &mut app,
        &corpus,
        &keymap,
        &[Action::Marks, Action::Confirm],
    );
    assert_eq!(app.message.as_deref(), Some("gone.txt is not loaded"));
    assert_eq!(app.bookmarks.len(), 1);
}

#[test]
fn a_reload_keeps_the_place_in_an_article_that_moved() {
    let dir = tempfile::tempdir().unwrap();
    let long: String = (1..=60)
        .map(|i| format!("Absatz {i} mit etwas Text über die Konferenz.\n\n"))
        .collect();
    std::fs::write(dir.path().join("a.txt"), "Artikel A\n\nKurz.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), format!("Artikel B\n\n{long}")).unwrap();
    let options = (LoadOptions::default(), BuildOptions::default());
    let paths = [dir.path().to_path_buf()];
    let old = Corpus::open(&paths, &options.0, &options.1).unwrap();
    let keymap = Keymap::defaults();
    let mut app = App::new(&old, View::default(), (120, 30));
    app.go_to_section(1, 0, &old);
    run(
        &mut app,
        &old,
        &keymap,
        &[Action::FocusBody, Action::PageDown, Action::PageDown],
    );
    let top_before = app.layout.lines[app.scroll].src_range().unwrap().start;
    std::fs::remove_file(dir.path().join("a.txt")).unwrap();
    let (new, report) =
        briefing::corpus::reload::reload(&old, &paths, &options.0, &options.1).unwrap();
    assert_eq!(report.removed, 1);
    let index = std::sync::Arc::new(briefing::search::Index::build(&new));
    app.rebase(&old, &new, index);
    assert_eq!(app.article, 0, "B is the first article now");
    let top_after = app.layout.lines[app.scroll].src_range().unwrap().start;
    assert_eq!(top_before, top_after, "the same text is at the top");
}

#[test]
fn acronyms_defined_elsewhere_are_explained_in_the_facts_pane_and_on_hover() {
    let (corpus, keymap, mut app) = setup();
    assert_eq!(
        corpus.explain("IGF").map(|g| g.long.as_str()),
        Some("Internet Governance Forum")
    );
    assert!(corpus.explain("XYZ").is_none());
    // Some section of the briefing uses IGF without defining it: the glossary explains it.
    let briefing = corpus
        .articles
        .iter()
        .position(|a| a.path.contains("002_"))
        .unwrap();
    let mut explained = false;
    for s in 0..corpus.articles[briefing].sections.len() {
        app.go_to_section(briefing, s, &corpus);
        let rows = app.fact_rows(&corpus);
        let defined_here = rows.iter().any(|r| {
            matches!(r, briefing::tui::app::FactRow::Fact { label, .. } if label.starts_with("IGF ="))
        });
        let glossed = rows.iter().any(|r| {
            matches!(r, briefing::tui::app::FactRow::Glossary { label, .. } if label == "IGF = Internet Governance Forum")
        });
        assert!(!(defined_here && glossed), "explained twice in section {s}");
        explained |= glossed;
    }
    assert!(explained, "no section explains IGF from elsewhere");

    // Hovering over "IGF" in the article says what it is.
    app.go_to_section(briefing, 0, &corpus);
    run(&mut app, &corpus, &keymap, &[Action::FocusBody]);
    let (line, column) = app
        .layout
        .lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| {
            let text = l.text();
            let at = text.find(" IGF")?;
            Some((i, unicode_width::UnicodeWidthStr::width(&text[..at + 1])))
        })
        .expect("a line with IGF");
    app.scroll = line;
    let body = app.panes().body.unwrap();
    let msg = Msg::Hover {
        x: body.x + 1 + column as u16,
        y: body.y + 1,
    };
    app.update(msg, &corpus, &keymap);
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("IGF = Internet Governance Forum (defined in "),
        "{message}"
    );
}

#[test]
fn people_organisations_and_places_are_listed_once_with_their_count() {
    let (corpus, _keymap, app) = setup();
    let labels: Vec<String> = app
        .fact_rows(&corpus)
        .into_iter()
        .filter_map(|r| match r {
            briefing::tui::app::FactRow::Fact { label, .. } => Some(label),
            _ => None,
        })
        .collect();
    let wuzhen: Vec<&String> = labels.iter().filter(|l| l.starts_with("Wuzhen")).collect();
    assert_eq!(wuzhen.len(), 1, "{labels:?}");
    assert!(
        wuzhen[0].ends_with('×') || wuzhen[0].contains("  ×"),
        "{labels:?}"
    );
}

#[test]
fn a_surname_and_the_full_name_of_one_person_are_one_row() {
    let (corpus, _keymap, mut app) = setup();
    let briefing = corpus
        .articles
        .iter()
        .position(|a| a.path.contains("002_"))
        .unwrap();
    let section = corpus
        .find_section(briefing, "Hanoi-Konvention: Unterzeichnung")
        .unwrap();
    app.go_to_section(briefing, section, &corpus);
    let people: Vec<String> = app
        .fact_rows(&corpus)
        .into_iter()
        .filter_map(|r| match r {
            // Quotes start with their speaker and a colon; people rows do not.
            briefing::tui::app::FactRow::Fact { label, .. }
                if label.contains("Guterres") && !label.contains(':') =>
            {
                Some(label)
            }
            _ => None,
        })
        .collect();
    assert_eq!(people.len(), 1, "{people:?}");
    assert!(people[0].starts_with("António Guterres"), "{people:?}");
}
