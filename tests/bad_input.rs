//! Bad input, fed on purpose. Each case states what must come out: what loads, what is
//! skipped and why, and that nothing reaches the terminal raw.

use std::path::Path;

use briefing::corpus::{BuildOptions, Corpus, LoadError, LoadOptions};
use briefing::keymap::Keymap;
use briefing::tui::app::{App, View};
use briefing::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

fn open(paths: &[&Path], skip_facts: bool) -> Result<Corpus, LoadError> {
    let paths: Vec<_> = paths.iter().map(|p| p.to_path_buf()).collect();
    Corpus::open(
        &paths,
        &LoadOptions::default(),
        &BuildOptions {
            skip_facts,
            ..BuildOptions::default()
        },
    )
}

/// The reader's first frame on a corpus, as text (one row per line).
fn frame(corpus: &Corpus, size: (u16, u16)) -> String {
    let keymap = Keymap::defaults();
    let app = App::new(corpus, View::default(), size);
    let mut term = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    term.draw(|f| ui::draw(f, &app, corpus, &keymap)).unwrap();
    let buffer = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..size.1 {
        for x in 0..size.0 {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn has_control(text: &str) -> bool {
    text.chars()
        .any(|c| c != '\n' && (c.is_control() || ('\u{80}'..='\u{9f}').contains(&c)))
}

#[test]
fn windows_1252_utf16_and_cut_utf8_are_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Windows-1252: ü = FC, € = 80, „ = 84, “ = 93.
    write(
        d,
        "cp1252.txt",
        b"Geb\xfchren f\xfcr Domains\n\nDie Geb\xfchr steigt auf 5 \x80, \x84sagt\x93 die ICANN.\n",
    );
    let utf16 = "Bericht über Genf\n\nDie Konferenz in Genf begann am 17. Dezember 2025.\n";
    let mut le = vec![0xFF, 0xFE];
    le.extend(utf16.encode_utf16().flat_map(u16::to_le_bytes));
    write(d, "utf16le.txt", &le);
    let mut be = vec![0xFE, 0xFF];
    be.extend(
        utf16
            .replace("Genf\n", "Genf BE\n")
            .encode_utf16()
            .flat_map(u16::to_be_bytes),
    );
    write(d, "utf16be.txt", &be);
    // UTF-8 cut in the middle of the last "ä".
    let cut = "Gekürzte Datei\n\nDer Text endet mitten im ä".as_bytes();
    write(d, "cut.txt", &cut[..cut.len() - 1]);
    let c = open(&[d], false).unwrap();
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let by = |name: &str| c.articles.iter().find(|a| a.path.ends_with(name)).unwrap();
    let a = by("cp1252.txt");
    assert_eq!(a.encoding, "windows-1252");
    assert_eq!(a.title, "Gebühren für Domains");
    assert!(a.text.contains("5 €, „sagt“"), "{}", a.text);
    let a = by("utf16le.txt");
    assert_eq!(
        (a.encoding.as_str(), a.title.as_str()),
        ("UTF-16LE", "Bericht über Genf")
    );
    let a = by("utf16be.txt");
    assert_eq!(
        (a.encoding.as_str(), a.title.as_str()),
        ("UTF-16BE", "Bericht über Genf BE")
    );
    let a = by("cut.txt");
    assert_eq!(a.title, "Gekürzte Datei");
    assert!(a.text.contains("Der Text endet mitten im"), "{}", a.text);
    assert!(!a.text.contains('\u{FFFD}') || a.text.ends_with('\u{FFFD}'));
    // The UTF-16 article's date is found like any other.
    let i = c
        .articles
        .iter()
        .position(|a| a.path.ends_with("utf16le.txt"))
        .unwrap();
    assert!(
        c.facts()
            .get(i)
            .unwrap()
            .iter()
            .any(|f| f.kind == briefing::facts::FactKind::Date)
    );
}

#[test]
fn nul_filled_random_binary_and_empty_files_are_skipped_with_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "good.txt", b"Ein guter Artikel\n\nMit Text.\n");
    write(d, "nul.txt", &vec![0u8; 1 << 20]);
    // A fixed pseudo-random sequence, so a failure can be repeated.
    let mut x: u32 = 2_463_534_242;
    let random: Vec<u8> = (0..100_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect();
    write(d, "random.bin.txt", &random);
    write(d, "empty.txt", b"");
    write(d, "blank.txt", b"  \n\n\t\n");
    let c = open(&[d], false).unwrap();
    assert_eq!(c.articles.len(), 1);
    assert_eq!(c.articles[0].title, "Ein guter Artikel");
    let reasons: Vec<String> = c.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    for name in ["nul.txt", "random.bin.txt", "empty.txt", "blank.txt"] {
        assert!(
            reasons.iter().any(|r| r.contains(name)),
            "{name}: {reasons:?}"
        );
    }
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("nul.txt") && r.contains("binary"))
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("empty.txt") && r.contains("empty"))
    );
}

#[test]
fn a_50_mb_article_loads_with_all_its_sections() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("Ein sehr langer Bericht\n\n");
    let paragraph = "Die Staaten verhandelten in Genf über die Regeln für künstliche \
        Intelligenz, und die Delegationen legten am 17. Dezember 2025 einen Entwurf vor. "
        .repeat(8);
    let mut sections = 0;
    while text.len() < 50 * 1024 * 1024 {
        sections += 1;
        text.push_str(&format!("{sections}. Abschnitt über Runde {sections}\n\n"));
        for _ in 0..20 {
            text.push_str(&paragraph);
            text.push_str("\n\n");
        }
    }
    write(dir.path(), "big.txt", text.as_bytes());
    let c = open(&[dir.path()], true).unwrap();
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let a = &c.articles[0];
    assert_eq!(a.title, "Ein sehr langer Bericht");
    assert_eq!(a.text.len(), text.len());
    let headings: Vec<&str> = a.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        headings
            .iter()
            .filter(|h| h.contains("Abschnitt über Runde"))
            .count(),
        sections,
        "every section is found"
    );
    assert_eq!(
        headings.last().copied(),
        Some(format!("{sections}. Abschnitt über Runde {sections}").as_str())
    );
}

#[test]
fn a_single_5_mb_line_is_one_paragraph_that_the_reader_wraps() {
    let dir = tempfile::tempdir().unwrap();
    let mut line = String::from("Eine Zeile\n\n");
    while line.len() < 5 * 1024 * 1024 {
        line.push_str("Wort für Wort ohne Zeilenumbruch, ");
    }
    line.push_str("Ende.");
    write(dir.path(), "line.txt", line.as_bytes());
    let c = open(&[dir.path()], true).unwrap();
    let a = &c.articles[0];
    assert_eq!(a.blocks.len(), 1);
    let shown = frame(&c, (100, 30));
    assert!(shown.contains("Wort für Wort"), "{shown}");
}

#[test]
fn ten_thousand_footnotes_are_all_sources() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("Viele Quellen\n\n");
    for i in 1..=10_000 {
        text.push_str(&format!("Satz {i} belegt etwas.[{i}] "));
    }
    text.push_str("\n\n");
    for i in 1..=10_000 {
        text.push_str(&format!("[{i}] https://example.org/quelle/{i}\n"));
    }
    write(dir.path(), "notes.txt", text.as_bytes());
    let c = open(&[dir.path()], false).unwrap();
    let a = &c.articles[0];
    assert_eq!(a.footnotes.len(), 10_000);
    assert!(
        a.dangling_refs.is_empty(),
        "{} dangling",
        a.dangling_refs.len()
    );
    let sources = c
        .facts()
        .get(0)
        .unwrap()
        .iter()
        .filter(|f| f.kind == briefing::facts::FactKind::Source)
        .count();
    assert_eq!(sources, 10_000);
    let shown = frame(&c, (120, 40));
    assert!(shown.contains("Satz 1 belegt"), "{shown}");
}

#[test]
fn deeply_nested_markdown_neither_overflows_nor_loses_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut md = String::from("# Tief verschachtelt\n\n");
    md.push_str(&"> ".repeat(5_000));
    md.push_str("Zitat ganz innen\n\n");
    for depth in 0..2_000 {
        md.push_str(&" ".repeat(depth * 2));
        md.push_str(&format!("- Punkt {depth}\n"));
    }
    md.push('\n');
    md.push_str(&"*".repeat(10_000));
    md.push_str("betont");
    md.push_str(&"*".repeat(10_000));
    md.push_str("\n\n");
    md.push_str(&"[".repeat(10_000));
    md.push_str("Klammer");
    md.push_str(&"](x)".repeat(10_000));
    md.push_str("\n\nSchluss.\n");
    write(dir.path(), "nested.md", md.as_bytes());
    let c = open(&[dir.path()], false).unwrap();
    let a = &c.articles[0];
    assert_eq!(a.title, "Tief verschachtelt");
    let body: String = a.blocks.iter().map(|b| a.block_display(b) + "\n").collect();
    for words in [
        "Zitat ganz innen",
        "Punkt 0",
        "Punkt 1999",
        "betont",
        "Klammer",
        "Schluss.",
    ] {
        assert!(body.contains(words), "{words} lost");
    }
    let shown = frame(&c, (120, 40));
    assert!(shown.contains("Tief verschachtelt"));
}

#[test]
fn escape_sequences_never_reach_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let nasty = "Harmloser Titel\x1b]0;pwned\x07\n\n\
        Absatz\x1b]52;c;SGFja2Vk\x07 mit \x1b[2JLöschen, \x1b[31mFarbe\x1b[0m, \
        \u{9b}2J C1, \x1bPdcs\x1b\\ und \x1b_apc\x1b\\ Ende.\x07\x08\x0b\n";
    write(dir.path(), "nasty.txt", nasty.as_bytes());
    let c = open(&[dir.path()], false).unwrap();
    let a = &c.articles[0];
    assert!(!has_control(&a.text), "{:?}", a.text);
    assert!(
        !a.text.contains("pwned") && !a.text.contains("SGFja2Vk"),
        "{:?}",
        a.text
    );
    assert!(
        a.text.contains("Farbe") && a.text.contains("Ende."),
        "{:?}",
        a.text
    );
    assert_eq!(a.title, "Harmloser Titel");
    let shown = frame(&c, (120, 30));
    assert!(!has_control(&shown.replace('\n', "")));
    assert!(!shown.contains("pwned"));
}

#[test]
fn right_to_left_and_cjk_text_fit_the_panes() {
    let dir = tempfile::tempdir().unwrap();
    let text = "国际电信联盟报告\n\n\
        联合国大会于2025年12月17日通过了关于信息社会世界峰会的决议，各国代表在纽约进行了长时间的讨论。\n\n\
        日本政府は人工知能に関する新しいガイドラインを発表しました。\n\n\
        قالت الأمم المتحدة إن المؤتمر سيعقد في جنيف في ديسمبر.\n\n\
        האו\"ם הודיע כי הוועידה תתקיים בז'נבה.\n\n\
        Gemischt: العربية und 中文 und 🙂 in einem Satz.\n";
    write(dir.path(), "world.txt", text.as_bytes());
    let c = open(&[dir.path()], false).unwrap();
    let a = &c.articles[0];
    assert_eq!(a.title, "国际电信联盟报告");
    assert_eq!(a.blocks.len(), 5);
    for size in [(120, 40), (60, 20), (30, 10)] {
        let app = App::new(&c, View::default(), size);
        // Every laid-out line fits the body pane.
        let width = app.layout.width as usize;
        for line in &app.layout.lines {
            let w = unicode_width::UnicodeWidthStr::width(line.text().as_str());
            assert!(w <= width.max(8), "{w} > {width}: {:?}", line.text());
        }
        let shown = frame(&c, size);
        assert!(!has_control(&shown.replace('\n', "")));
    }
    let shown = frame(&c, (120, 40));
    assert!(shown.contains("联") && shown.contains("日"), "{shown}");
}

#[test]
fn files_vanishing_while_a_folder_loads_give_warnings_not_failures() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_path_buf();
    write(
        &d,
        "stays.txt",
        b"Dieser Artikel bleibt\n\nEr bleibt, was auch geschieht.\n",
    );
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let churn = {
        let (d, stop) = (d.clone(), std::sync::Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut i = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let p = d.join(format!("flüchtig-{}.txt", i % 50));
                let _ = std::fs::write(&p, "Flüchtig\n\nGleich weg.\n");
                let _ = std::fs::remove_file(d.join(format!("flüchtig-{}.txt", (i + 25) % 50)));
                i += 1;
            }
        })
    };
    for _ in 0..15 {
        let c = open(&[&d], true).expect("the folder still has an article");
        assert!(
            c.articles
                .iter()
                .any(|a| a.title == "Dieser Artikel bleibt")
        );
        for w in &c.warnings {
            assert!(w.path.contains("flüchtig"), "{w}");
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    churn.join().unwrap();
    // A path that is gone before loading starts is one clear error.
    let gone = d.join("nie-da");
    assert!(matches!(open(&[&gone], true), Err(LoadError::NotFound(_))));
}

#[test]
fn settings_files_of_garbage_are_errors_with_a_place_never_panics() {
    let mut x: u32 = 7;
    let pieces = [
        "[reader]",
        "[theme]",
        "[load]",
        "hyphenation",
        "=",
        "\"",
        "true",
        "[",
        "]",
        "\n",
        "#",
        "base",
        "\"light\"",
        "accent",
        "\"#12\"",
        "topics_width",
        "99",
        "{",
        "}",
        ",",
        "ä",
        "\u{0}",
        "date_format",
        "\"%Q\"",
        "fact_kinds",
        "[\"date\"]",
        "'",
        "x.y",
        "= =",
        "\r\n",
    ];
    for _ in 0..2_000 {
        let mut source = String::new();
        for _ in 0..(x % 12) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            source.push_str(pieces[(x as usize) % pieces.len()]);
            source.push(' ');
        }
        if let Err(e) = briefing::settings::Settings::merged(&source, "s.toml") {
            assert!(e.line >= 1 && e.column >= 1, "{source:?}: {e}");
            assert!(
                e.line <= source.lines().count().max(1) + 1,
                "{source:?}: {e}"
            );
            assert!(!e.message.is_empty());
        }
    }
}
