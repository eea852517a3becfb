//! The real binary: list and show on the sample and on files, and the errors a user can make.

use std::path::Path;
use std::process::{Command, Output};

fn briefing(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent-briefing-test")
        .env(
            "XDG_CACHE_HOME",
            std::env::temp_dir().join("briefing-test-cache"),
        )
        .output()
        .expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn list_without_paths_shows_the_built_in_sample() {
    let o = briefing(&["list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Weltinternetkonferenz in Wuzhen"));
    assert!(out.contains("I. WSIS+20 Überprüfungskonferenz"));
    assert!(out.contains("Zähe Verhandlungen bis zur letzten Minute"));
}

#[test]
fn list_json_has_metadata_and_sections() {
    let o = briefing(&["list", "--json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let articles = v.as_array().expect("array");
    assert_eq!(articles.len(), 5);
    let first = &articles[0];
    assert_eq!(first["title"], "Weltinternetkonferenz in Wuzhen");
    assert_eq!(first["date"], "2025-11-09");
    assert_eq!(first["author"], "Oliver Eschke");
    let briefing = &articles[2];
    assert_eq!(briefing["period"], "2025-Q4");
    let sections = briefing["sections"].as_array().unwrap();
    assert!(
        sections
            .iter()
            .any(|s| s["title"] == "III. Cybersicherheit" && s["level"] == 1 && s["line"] == 74)
    );
    assert_eq!(
        briefing["dangling_refs"],
        serde_json::json!(["18", "42", "51"])
    );
}

#[test]
fn show_finds_articles_by_fuzzy_title_and_sections_by_heading() {
    let o = briefing(&["show", "wuzhen", "--width", "60"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Weltinternetkonferenz in Wuzhen\n"));
    assert!(
        out.lines().all(|l| l.chars().count() <= 60),
        "wrapped to 60"
    );
    assert!(!out.contains("DruckenMerkenSendenFeedback"));

    let o = briefing(&["show", "002#hanoi", "--width", "80"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("Hanoi-Konvention: Unterzeichnung trotz westlicher Kritik"),
        "{out}"
    );
    assert!(!out.contains("Nationale Strategien"), "only that section");
}

#[test]
fn show_lays_a_table_out_in_columns() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "lage.md",
        "# Lage\n\nIm ersten Quartal stieg die Zahl der Meldungen.\n\n| Kennzahl | Q4 2030 | Q1 2031 |\n|---|---|---|\n| Erhebliche Vorfälle | 412 | 538 |\n| davon Ransomware | 96 | 141 |\n".as_bytes(),
    );
    let path = dir.path().join("lage.md");
    let o = briefing(&[
        "show",
        path.to_str().unwrap(),
        "--width",
        "60",
        "--no-cache",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for row in [
        "Kennzahl            │ Q4 2030 │ Q1 2031\n",
        "────────────────────┼─────────┼────────\n",
        "Erhebliche Vorfälle │ 412     │ 538\n",
        "davon Ransomware    │ 96      │ 141\n",
    ] {
        assert!(out.contains(row), "{row:?} in:\n{out}");
    }
    // Narrower than the table: its cells one after another, wrapped.
    let o = briefing(&[
        "show",
        path.to_str().unwrap(),
        "--width",
        "20",
        "--no-cache",
    ]);
    assert!(stdout(&o).contains("davon Ransomware │"), "{}", stdout(&o));
}

#[test]
fn show_raw_keeps_boilerplate() {
    let o = briefing(&["show", "003", "--raw"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Kleinanlegerkonten"));
}

#[test]
fn a_missing_path_is_one_clear_error_with_exit_code_2() {
    let o = briefing(&["list", "/no/such/briefings"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: no such file or directory: /no/such/briefings"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn an_unknown_article_is_an_error_with_exit_code_2() {
    let o = briefing(&["show", "zzzzqqqq"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no article matches \"zzzzqqqq\""));
}

#[test]
fn bad_files_are_skipped_with_a_warning_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "Titel eines Artikels\n\nEin Absatz mit genug Worten, damit er als Text gilt.\n".as_bytes(),
    );
    write(dir.path(), "b.txt", b"\x89PNG\0\0\0binary");
    write(dir.path(), "c.md", b"   \n\n");
    write(dir.path(), "d.txt", b"");
    write(
        dir.path(),
        ".hidden.txt",
        b"Versteckt\n\nSoll nicht geladen werden.\n",
    );
    write(
        dir.path(),
        ".git/x.txt",
        b"Git\n\nSoll nicht geladen werden.\n",
    );
    write(
        dir.path(),
        "sub/e.md",
        b"# Unterordner\n\nAuch dieser Artikel wird gefunden.\n",
    );
    write(dir.path(), "ignored.pdf", b"%PDF");
    let o = briefing(&["list", "--json", dir.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Titel eines Artikels", "Unterordner"]);
    let err = stderr(&o);
    assert!(err.contains("b.txt: binary file"), "{err}");
    assert!(err.contains("c.md: file holds only whitespace"), "{err}");
    assert!(err.contains("d.txt: empty file"), "{err}");
    assert_eq!(err.lines().count(), 3, "one warning per bad file: {err}");
}

#[test]
fn a_corpus_without_readable_articles_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"\0\0\0");
    let o = briefing(&["list", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("warning: skipped"), "{err}");
    assert!(err.contains("error: no readable article in"), "{err}");
}

#[test]
fn windows_1252_and_escape_sequences_come_out_clean() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "w.txt", b"\xdcberpr\xfcfung der Ma\xdfnahmen\r\n\r\nDer Text \x1b]52;c;aGVsbG8=\x07enth\xe4lt \x1b[2Jnichts B\xf6ses.\r\n");
    let o = briefing(&["show", dir.path().join("w.txt").to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Überprüfung der Maßnahmen"), "{out}");
    assert!(out.contains("Der Text enthält nichts Böses."), "{out}");
    assert!(!out.contains('\x1b'));
}

#[test]
fn help_and_version() {
    let o = briefing(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("list"));
    let o = briefing(&["--version"]);
    assert!(stdout(&o).starts_with("briefing "));
    let o = briefing(&["list", "--bogus"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn files_over_the_size_cap_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "small.txt",
        "Kleiner Artikel hier\n\nEin Absatz mit genug Worten, damit er zählt.\n".as_bytes(),
    );
    let big = "Ein langer Satz über Internet Governance und Cybersicherheit. ".repeat(20_000);
    write(dir.path(), "big.txt", big.as_bytes());
    let loaded = briefing::corpus::load::load_paths(
        &[dir.path().to_path_buf()],
        &briefing::corpus::LoadOptions {
            max_file_size: 1024 * 1024,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(loaded.0.len(), 1);
    assert_eq!(loaded.1.len(), 1);
    assert!(loaded.1[0].path.ends_with("big.txt"));
    assert!(
        loaded.1[0].reason.contains("over the size limit"),
        "{}",
        loaded.1[0]
    );
}

#[test]
fn keymap_prints_the_keys_and_checks_files() {
    let o = briefing(&["keymap"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.contains("[global]") && out.contains("\"q\" = \"quit\""),
        "{out}"
    );
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.toml", b"[body]\n\"x\" = \"top\"\n");
    write(dir.path(), "bad.toml", b"[body]\n\"x\" = \"tpo\"\n[nope]\n");
    let good = dir.path().join("good.toml");
    let bad = dir.path().join("bad.toml");
    let o = briefing(&["keymap", "--check", good.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = briefing(&["keymap", "--check", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("bad.toml:2:7: unknown action \"tpo\" (did you mean \"top\"?)"),
        "{err}"
    );
    assert!(
        err.contains("bad.toml:3:2: unknown context [nope]"),
        "{err}"
    );
    // the keys in effect with a user keymap merged over the defaults
    let o = briefing(&["keymap", "--keymap", good.to_str().unwrap()]);
    assert!(stdout(&o).contains("\"x\" = \"top\""));
}

#[test]
fn a_broken_keymap_or_settings_file_given_explicitly_stops_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "k.toml", b"[global]\n\"q\" = \"qit\"\n");
    write(dir.path(), "s.toml", b"[reader]\nhyphenaton = false\n");
    let o = briefing(&["--keymap", dir.path().join("k.toml").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean \"quit\""));
    let o = briefing(&[
        "--settings",
        dir.path().join("s.toml").to_str().unwrap(),
        "list",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .contains("s.toml:2:1: unknown key \"hyphenaton\" (did you mean \"hyphenation\"?)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn facts_json_has_places_values_and_dangling_sources() {
    let o = briefing(&["facts", "--json", "--kind", "vote", "--kind", "source"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let facts = v.as_array().unwrap();
    let vote = facts
        .iter()
        .find(|f| f["text"] == "164 Ja- und sechs Nein-Stimmen bei sieben Enthaltungen")
        .expect("the 80/57 vote");
    assert_eq!(
        vote["value"],
        serde_json::json!({"yes": 164, "no": 6, "abstain": 7, "unanimous": false})
    );
    assert_eq!(vote["kind"], "vote");
    assert!(vote["line"].as_u64().unwrap() > 1 && vote["column"].as_u64().unwrap() > 1);
    let dangling: Vec<&str> = facts
        .iter()
        .filter(|f| f["kind"] == "source" && f["value"]["url"].is_null())
        .map(|f| f["value"]["ref"].as_str().unwrap())
        .collect();
    assert_eq!(dangling, ["18", "42", "51"]);
    let o = briefing(&["facts", "--kind", "colour"]);
    assert_eq!(o.status.code(), Some(2));
    let o = briefing(&["facts", "--reference-date", "2025-13-45"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn timeline_is_in_date_order() {
    let o = briefing(&[
        "timeline",
        "--json",
        "--from",
        "2025-10-01",
        "--to",
        "2025-12-31",
    ]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let values: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    assert!(values.contains(&"2025-12-17"));
    // In order of the first day each value covers ("2025-Q4" starts on 2025-10-01).
    let start = |v: &str| {
        let first = v
            .split('/')
            .next()
            .unwrap_or(v)
            .replace("-Q4", "-10")
            .replace("-Q3", "-07");
        format!("{first}{}", &"0000-01-01"[first.len().min(10)..])
    };
    let starts: Vec<String> = values.iter().map(|v| start(v)).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    assert!(
        starts
            .iter()
            .all(|d| d.as_str() >= "2025-10-01" && d.as_str() <= "2025-12-31"),
        "{starts:?}"
    );
}

#[test]
fn search_finds_the_hanoi_signing() {
    let o = briefing(&["search", "hanoi sign", "--json", "--limit", "3"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["kind"], "section");
    assert!(
        v[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Hanoi-Konvention")
    );
    let o = briefing(&["search", "zzqqxx"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_symlink_loop_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a/one.txt",
        "Ein Titel hier\n\nEin Absatz mit genug Worten, damit er zählt.\n".as_bytes(),
    );
    std::os::unix::fs::symlink(dir.path(), dir.path().join("a/loop")).unwrap();
    let o = briefing(&["list", "--json", dir.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn a_symlinked_article_is_read_and_a_dangling_link_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "elsewhere/one.txt",
        "Ein Titel hier\n\nEin Absatz mit genug Worten, damit er zählt.\n".as_bytes(),
    );
    std::fs::create_dir_all(dir.path().join("folder")).unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("elsewhere/one.txt"),
        dir.path().join("folder/linked.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("nowhere.txt"),
        dir.path().join("folder/dangling.txt"),
    )
    .unwrap();
    let o = briefing(&[
        "list",
        "--json",
        dir.path().join("folder").to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let paths: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["path"].as_str())
        .collect();
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(paths[0].ends_with("linked.txt"), "{paths:?}");
}

#[test]
fn config_prints_the_settings_in_effect_with_the_users_file_merged() {
    let o = briefing(&["config"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("the built-in defaults (no settings file"),
        "{out}"
    );
    assert!(out.contains("hyphenation = true"), "{out}");
    assert!(out.contains("base = \"dark\""), "{out}");

    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "s.toml",
        b"[reader]\nhyphenation = false\ndate_format = \"%d.%m.%Y\"\n[theme]\nbase = \"light\"\naccent = \"#ff8000\"\n",
    );
    let settings = dir.path().join("s.toml");
    let o = briefing(&["config", "--settings", settings.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("s.toml merged over them"), "{out}");
    assert!(out.contains("hyphenation = false"), "{out}");
    assert!(out.contains("mouse = true"), "{out}");
    assert!(out.contains("accent = \"#ff8000\""), "{out}");
    // What `config` prints is itself a valid settings file.
    write(dir.path(), "printed.toml", stdout(&o).as_bytes());
    let printed = dir.path().join("printed.toml");
    let o = briefing(&["config", "--settings", printed.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));

    // The date format reaches the timeline.
    let o = briefing(&["timeline", "--settings", settings.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("17.12.2025"), "{}", stdout(&o));

    // NO_COLOR is reported.
    let o = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("config")
        .env("XDG_CONFIG_HOME", "/nonexistent-briefing-test")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(stdout(&o).contains("NO_COLOR is set"));
}

#[test]
fn a_settings_mistake_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "s.toml",
        b"[theme]\nbase = \"dark\"\ntitel = \"red\"\n",
    );
    let settings = dir.path().join("s.toml");
    let o = briefing(&["list", "--settings", settings.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("s.toml:3:1: unknown theme element \"titel\""),
        "{err}"
    );
    assert!(err.contains("did you mean \"title\""), "{err}");
}

#[test]
fn a_topics_file_named_in_the_settings_is_found_next_to_them() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "conf/topics.toml",
        "[[topic]]\nname = \"Konferenzen\"\nkeywords = [\"Weltinternetkonferenz\"]\n".as_bytes(),
    );
    write(
        dir.path(),
        "conf/s.toml",
        b"[load]\ntopics = \"topics.toml\"\n",
    );
    let settings = dir.path().join("conf/s.toml");
    let o = briefing(&["list", "--json", "--settings", settings.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Konferenzen"), "{}", stdout(&o));
}

#[test]
fn completions_and_the_manual_page_come_from_the_command_line_definition() {
    for shell in ["bash", "zsh", "fish"] {
        let o = briefing(&["completions", shell]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let out = stdout(&o);
        assert!(
            out.contains("timeline") && out.contains("reference-date"),
            "{shell}"
        );
    }
    let o = briefing(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
    let o = briefing(&["man"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.starts_with(".ie") || out.contains(".TH briefing"),
        "{out}"
    );
    assert!(out.contains("timeline"));
}

#[test]
fn the_cache_gives_the_same_answers_and_follows_changed_files() {
    let dir = tempfile::tempdir().unwrap();
    let (docs, cache) = (dir.path().join("docs"), dir.path().join("cache"));
    std::fs::create_dir(&docs).unwrap();
    write(
        &docs,
        "a.txt",
        "Hanoi-Konvention\n\nDie Unterzeichnung in Hanoi war am 25. Oktober 2025.\n".as_bytes(),
    );
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_briefing"))
            .args(args)
            .env("XDG_CONFIG_HOME", "/nonexistent-briefing-test")
            .env("XDG_CACHE_HOME", &cache)
            .output()
            .unwrap()
    };
    let docs_arg = docs.to_str().unwrap();
    let first = run(&["search", "hanoi", docs_arg, "--json"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let files: Vec<_> = std::fs::read_dir(cache.join("briefing")).unwrap().collect();
    assert_eq!(files.len(), 1, "one cache file");
    let second = run(&["search", "hanoi", docs_arg, "--json"]);
    assert_eq!(stdout(&first), stdout(&second));
    // A changed file is read again, not taken from the cache.
    std::thread::sleep(std::time::Duration::from_millis(20));
    write(
        &docs,
        "a.txt",
        "Hanoi-Konvention\n\nDie Ratifizierung in Hanoi folgt 2026.\n".as_bytes(),
    );
    let third = run(&["search", "ratifizierung", docs_arg, "--json"]);
    assert!(
        stdout(&third).contains("Ratifizierung"),
        "{}",
        stdout(&third)
    );
    // --no-cache reads files only.
    let fourth = run(&["search", "ratifizierung", docs_arg, "--json", "--no-cache"]);
    assert_eq!(stdout(&third), stdout(&fourth));
}

#[test]
fn the_title_has_facts_and_a_dateline_dates_the_article() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "nis2.txt",
        "Bundestag beschließt Gesetz bis Ende 2026\n\nBerlin, 14.11.2025 – Der Bundestag hat am Donnerstag das Gesetz beschlossen. Die Kosten liegen bei 2,2 Milliarden Euro.\n".as_bytes(),
    );
    let path = dir.path().join("nis2.txt");
    let o = briefing(&["facts", "--json", "--kind", "date", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let dates: Vec<(u64, &str, &str)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap(),
                f["text"].as_str().unwrap(),
                f["value"].as_str().unwrap_or("?"),
            )
        })
        .collect();
    // The title's deadline, the dateline's date, and "Donnerstag" resolved against it.
    assert_eq!(dates[0].0, 1, "{dates:?}");
    assert!(dates[0].1.contains("2026"), "{dates:?}");
    assert!(
        dates
            .iter()
            .any(|d| d.1.contains("Donnerstag") && d.2 == "2025-11-13"),
        "{dates:?}"
    );
    let o = briefing(&["facts", path.to_str().unwrap()]);
    assert!(stdout(&o).contains("§ (title)"), "{}", stdout(&o));
}

#[test]
fn options_before_a_command_leave_it_a_command() {
    let o = briefing(&["--no-cache", "--keymap", "config/keymap.toml", "keymap"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("page-down"));
    let o = briefing(&["--no-cache", "list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Weltinternetkonferenz"));
    // Paths go after the command: said once, with exit code 2.
    let o = briefing(&["seeds", "list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("put the paths after it"),
        "{}",
        stderr(&o)
    );
}
