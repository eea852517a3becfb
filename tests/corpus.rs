//! The built-in sample parses into the structure a reader expects.

use briefing::corpus::model::{Article, BlockKind};
use briefing::corpus::{BuildOptions, Corpus, LoadOptions};

fn sample() -> Corpus {
    Corpus::open(&[], &LoadOptions::default(), &BuildOptions::default()).expect("sample loads")
}

fn article<'a>(c: &'a Corpus, prefix: &str) -> &'a Article {
    c.articles
        .iter()
        .find(|a| a.path.starts_with(&format!("seeds/{prefix}")))
        .expect("sample article")
}

/// An article parsed from `text` as a plain-text file.
fn parsed(text: &str) -> Article {
    briefing::corpus::parse::parse(
        "x.txt",
        briefing::corpus::model::Origin::File,
        briefing::corpus::decode::Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
        },
    )
}

fn body(a: &Article) -> String {
    a.blocks
        .iter()
        .map(|b| a.block_text(b))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_sample_has_five_articles_in_file_order() {
    let c = sample();
    let names: Vec<&str> = c.articles.iter().map(|a| &a.path[6..9]).collect();
    assert_eq!(names, ["000", "001", "002", "003", "004"]);
}

#[test]
fn titles_come_from_title_lines_not_kickers_captions_or_buttons() {
    let c = sample();
    assert_eq!(article(&c, "000").title, "Weltinternetkonferenz in Wuzhen");
    assert_eq!(
        article(&c, "001").title,
        "China will globale KI-Regeln schaffen – und die USA umgehen"
    );
    assert_eq!(
        article(&c, "003").title,
        "China will die KI-Welt beherrschen: KI, Kontrolle, Kapital"
    );
    for a in &c.articles {
        assert!(!a.title.trim().is_empty(), "{} has a title", a.path);
    }
}

#[test]
fn articles_without_a_title_line_get_a_derived_title() {
    let c = sample();
    let briefing = article(&c, "002");
    assert_eq!(briefing.title_source, "derived");
    assert!(
        briefing.title.contains("4. Quartal 2025"),
        "{}",
        briefing.title
    );
    assert!(
        briefing.title.contains("Cybersicherheit"),
        "{}",
        briefing.title
    );
    let last = article(&c, "004");
    assert_eq!(last.title_source, "derived");
    assert!(last.title.chars().count() <= 81, "{}", last.title);
    assert!(
        last.title.starts_with("Die weltpolitische Lage"),
        "{}",
        last.title
    );
}

#[test]
fn metadata_lines_become_fields_not_body() {
    let c = sample();
    let a = article(&c, "000");
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-11-09"));
    assert_eq!(a.author.as_deref(), Some("Oliver Eschke"));
    assert_eq!(a.source.as_deref(), Some("german.china.org.cn"));
    assert_eq!(
        a.tags,
        [
            "Wuzhen",
            "Weltinternetkonferenz",
            "Schicksalsgemeinschaft",
            "Cyberspace"
        ]
    );
    let text = body(a);
    for meta in ["09.11.2025", "von Oliver Eschke", "Quelle:", "Schlagworte:"] {
        assert!(!text.contains(meta), "{meta} is not body text");
    }
    assert_eq!(article(&c, "002").period.as_deref(), Some("2025-Q4"));
}

#[test]
fn the_quarterly_briefing_has_three_parts_with_8_6_and_3_subsections() {
    let c = sample();
    let a = article(&c, "002");
    let parts: Vec<_> = a
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.level == 1 && !s.is_intro)
        .collect();
    let titles: Vec<&str> = parts.iter().map(|(_, s)| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "I. WSIS+20 Überprüfungskonferenz",
            "II. Künstliche Intelligenz",
            "III. Cybersicherheit"
        ]
    );
    let counts: Vec<usize> = parts.iter().map(|(_, s)| s.children.len()).collect();
    assert_eq!(counts, [8, 6, 3]);
    let first_sub = &a.sections[parts[0].1.children[0] as usize];
    assert_eq!(first_sub.title, "Zähe Verhandlungen bis zur letzten Minute");
    assert_eq!(first_sub.level, 2);
    assert!(
        a.sections[0].is_intro,
        "the text before part I is its own section"
    );
}

#[test]
fn list_items_and_letter_sub_items_nest() {
    let c = sample();
    let a = article(&c, "002");
    let item = a
        .blocks
        .iter()
        .find(|b| a.block_text(b).starts_with("Einige Regierungen möchten"))
        .expect("sub-item a.");
    assert_eq!(item.kind, BlockKind::ListItem);
    assert_eq!(item.marker.as_deref(), Some("a."));
    assert_eq!(item.level, 1);
    let top = a
        .blocks
        .iter()
        .find(|b| a.block_text(b) == "Künstliche Intelligenz")
        .expect("intro item");
    assert_eq!((top.kind, top.level), (BlockKind::ListItem, 0));
}

#[test]
fn footnotes_are_sources_and_undefined_references_are_dangling() {
    let c = sample();
    let a = article(&c, "002");
    assert_eq!(a.footnotes.len(), 48);
    let first = &a.footnotes[0];
    assert_eq!(first.label, "1");
    assert_eq!(
        a.footnote_url(first),
        Some("https://digitallibrary.un.org/record/4095872?ln=en&v=pdf")
    );
    assert!(first.referenced);
    let mut dangling: Vec<&str> = a.dangling_refs.iter().map(|r| r.label.as_str()).collect();
    dangling.dedup();
    assert_eq!(dangling, ["18", "42", "51"]);
    assert!(
        !body(a).contains("https://docs.un.org"),
        "definitions are not body text"
    );
}

#[test]
fn boilerplate_is_set_aside_and_real_paragraphs_stay() {
    let c = sample();
    for a in &c.articles {
        let text = body(a);
        for junk in [
            "Teile diesen Beitrag",
            "Capital.com CFD Handels App",
            "Kleinanlegerkonten",
            "DruckenMerkenSendenFeedback",
            "Folge uns auf Social Media",
            "Hinterlassen Sie eine Antwort",
            "Exit mobile version",
            "Foto: Bloomberg",
        ] {
            assert!(!text.contains(junk), "{junk:?} left in {}", a.path);
        }
    }
    let a = article(&c, "003");
    assert!(
        a.boilerplate
            .iter()
            .any(|r| r.text.contains("Kleinanlegerkonten")),
        "kept aside, not lost"
    );
    // Every paragraph of real writing (long, ending in a full stop) is still in some body,
    // apart from the reader appeals around it.
    for a in &c.articles {
        let text = body(a);
        for line in a.text.lines() {
            let line = line.trim();
            let appeal = a
                .boilerplate
                .iter()
                .any(|r| r.text == line && r.reason == "reader appeal");
            if line.split_whitespace().count() >= 15 && line.ends_with('.') && !appeal {
                let words =
                    briefing::corpus::lines::list_marker(line).map_or(line, |m| &line[m.content..]);
                assert!(text.contains(words), "lost in {}: {line}", a.path);
            }
        }
    }
}

#[test]
fn structure_of_the_web_articles() {
    let c = sample();
    let titles = |p| {
        article(&c, p)
            .sections
            .iter()
            .map(|s| s.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles("000"), ["Einleitung", "Eine Welt ohne Distanzen"]);
    let t1 = titles("001");
    assert!(
        t1.contains(&"Konferenz mit Symbolwirkung".to_string()),
        "{t1:?}"
    );
    assert!(
        t1.contains(&"KURZFASSUNG".to_string()),
        "the summary is content: {t1:?}"
    );
    assert_eq!(t1.last().map(String::as_str), Some("KURZFASSUNG"));
    let t3 = titles("003");
    assert_eq!(
        t3.last().map(String::as_str),
        Some("Trump und seine Wirtschaftspolitik: Ein Relikt aus der Vergangenheit?")
    );
    assert_eq!(
        titles("004"),
        ["Einleitung", "Keine Verbote, aber klare Anweisungen"]
    );
}

#[test]
fn topics_index_sections_across_articles() {
    let c = sample();
    let wsis = c
        .topics
        .iter()
        .position(|t| t.name.starts_with("WSIS"))
        .expect("WSIS topic");
    let hits = &c.topic_index[wsis];
    assert!(hits.iter().any(|h| {
        c.articles[h.article()].sections[h.section()]
            .title
            .contains("WSIS+20")
    }));
    let ki = c
        .topics
        .iter()
        .position(|t| t.name.starts_with("KI"))
        .expect("KI topic");
    let articles: std::collections::BTreeSet<usize> =
        c.topic_index[ki].iter().map(|h| h.article()).collect();
    assert!(
        articles.len() >= 4,
        "KI is in most sample articles: {articles:?}"
    );
}

#[test]
fn spans_and_lines_point_into_the_original_text() {
    let c = sample();
    let a = article(&c, "002");
    let h = a
        .sections
        .iter()
        .find(|s| s.title == "III. Cybersicherheit")
        .unwrap();
    let original: Vec<&str> = a.text.lines().collect();
    assert_eq!(original[h.line as usize - 1], "III. Cybersicherheit");
    for b in &a.blocks {
        let (line, _) = a.line_col(b.span.start);
        assert_eq!(line, b.line);
    }
}

/// Articles written for these tests in the shapes real pages come in (not tuned samples).
fn fixtures() -> Corpus {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/web");
    Corpus::open(&[dir], &LoadOptions::default(), &BuildOptions::default()).expect("fixtures load")
}

fn fixture<'a>(c: &'a Corpus, name: &str) -> &'a Article {
    c.articles
        .iter()
        .find(|a| a.path.ends_with(name))
        .expect("fixture")
}

#[test]
fn news_page_furniture_around_the_title_is_set_aside() {
    let c = fixtures();
    let a = fixture(&c, "news-de.txt");
    assert_eq!(a.title, "EU-Kommission legt Digital-Omnibus vor");
    assert_eq!(a.author.as_deref(), Some("Falk Steiner"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-11-20"));
    let text = body(a);
    for junk in [
        "heise online >",
        "vorlesen",
        "Druckansicht",
        "Kommentare lesen",
        "(Bild:",
        "Anzeige",
        "(fst)",
        "Zur Startseite",
    ] {
        assert!(!text.contains(junk), "{junk:?} left in the body");
    }
    assert!(
        text.contains(
            "Das Europäische Parlament und der Rat müssen den Änderungen noch zustimmen."
        )
    );
    assert!(
        a.sections
            .iter()
            .any(|s| s.title == "Kritik von Datenschützern")
    );
}

#[test]
fn wire_story_credits_and_categories_are_not_titles_or_body() {
    let c = fixtures();
    let a = fixture(&c, "wire-en.txt");
    assert_eq!(a.title, "UN adopts first global resolution on AI");
    assert_eq!(a.author.as_deref(), Some("Jane Roe"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-03-21"));
    let text = body(a);
    for junk in [
        "Technology | Policy",
        "Sign up here.",
        "Reporting by",
        "Our Standards",
    ] {
        assert!(!text.contains(junk), "{junk:?} left in the body");
    }
    assert!(text.contains("have spoken in one voice"));
}

#[test]
fn markdown_front_matter_headings_lists_and_footnotes() {
    let c = fixtures();
    let a = fixture(&c, "markdown-en.md");
    assert_eq!(
        (a.title.as_str(), a.title_source.as_str()),
        ("EU AI Act: What changes in 2026", "front-matter")
    );
    assert_eq!(a.tags, ["AI", "EU"]);
    let titles: Vec<(&str, u8)> = a
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.level))
        .collect();
    assert_eq!(
        titles,
        [
            ("Introduction", 1),
            ("Timeline", 1),
            ("Who enforces it", 1),
            ("Fines", 2)
        ]
    );
    let nested = a
        .blocks
        .iter()
        .find(|b| a.block_text(b).starts_with("nested item"))
        .unwrap();
    assert_eq!((nested.kind, nested.level), (BlockKind::ListItem, 1));
    assert_eq!(a.footnotes.len(), 1);
    assert!(a.footnotes[0].referenced);
    let lead = &a.blocks[0];
    assert_eq!(
        a.block_display(lead),
        "The AI Act enters its next phase. This is the lead paragraph of the article, wrapped over two lines as Markdown often is."
    );
}

#[test]
fn hard_wrapped_plain_text_joins_lines_into_paragraphs() {
    let c = fixtures();
    let a = fixture(&c, "wrapped-en.txt");
    assert_eq!(a.title, "Cybersecurity Outlook 2026");
    let first = a
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph)
        .unwrap();
    assert!(
        a.block_display(first)
            .ends_with("for anyone who follows the field closely.")
    );
    assert!(
        a.sections
            .iter()
            .any(|s| s.title == "Ransomware remains the dominant threat")
    );
}

#[test]
fn decimal_numbered_reports_nest_and_keep_a_closing_list() {
    let c = fixtures();
    let a = fixture(&c, "report-numbered-de.txt");
    let outline: Vec<(&str, u8)> = a
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.level))
        .collect();
    assert_eq!(
        outline,
        [
            ("Vorspann", 1),
            ("1. Einleitung", 1),
            ("1.1 Methodik", 2),
            ("1.2 Datenlage", 2),
            ("2. Ergebnisse", 1),
            ("2.1 Ransomware", 2),
            ("2.2 Staatliche Akteure", 2),
            ("3. Empfehlungen", 1),
        ]
    );
    let last = a.blocks.last().unwrap();
    assert_eq!(
        a.block_text(last),
        "Austausch zwischen den Behörden stärken"
    );
    assert!(a.boilerplate.is_empty(), "{:?}", a.boilerplate);
}

#[test]
fn bold_lines_in_markdown_are_headings() {
    let d = briefing::corpus::decode::decode(b"**Hintergrund**\n\nDer Text folgt hier und ist lang genug.\n\n**Fazit:**\n\nAm Ende steht ein Satz.\n").unwrap();
    let a = briefing::corpus::parse::parse("x.md", briefing::corpus::model::Origin::File, d);
    let titles: Vec<&str> = a.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Hintergrund", "Fazit"]);
}

#[test]
fn a_pipe_table_is_a_block_for_each_row_and_no_furniture() {
    let d = briefing::corpus::decode::decode(
        "# Lage\n\nIm ersten Quartal stieg die Zahl der Meldungen.\n\n| Kennzahl | Q4 2030 | Q1 2031 |\n|---|:--:|---|\n| Vorfälle | 412 | 538 |\n| davon Ransomware | 96 | 141 |\n\nDanach folgt Text.\n"
            .as_bytes(),
    )
    .unwrap();
    let a = briefing::corpus::parse::parse("x.md", briefing::corpus::model::Origin::File, d);
    let rows: Vec<(&str, u8)> = a
        .blocks
        .iter()
        .filter(|b| b.kind == briefing::corpus::model::BlockKind::TableRow)
        .map(|b| (a.block_text(b), b.level))
        .collect();
    assert_eq!(
        rows,
        [
            ("| Kennzahl | Q4 2030 | Q1 2031 |", 1),
            ("| Vorfälle | 412 | 538 |", 0),
            ("| davon Ransomware | 96 | 141 |", 0),
        ]
    );
    assert!(a.boilerplate.is_empty(), "{:?}", a.boilerplate);
}

/// The top of an article as news sites write it: a teaser above the date line, a credit
/// without "By" beside the date, an ordinal day.
#[test]
fn the_date_and_credit_lines_of_news_sites() {
    let teaser = "In ihrer Bereinigungssitzung haben die Abgeordneten des Haushaltsausschusses bis in die frühen Morgenstunden am Etat für das kommende Jahr gefeilt, und am Ende stand ein Plus für die Förderung.";
    let a = parsed(&format!(
        "Bundeshaushalt: Haushälter kürzen\n\n{teaser}\n\n12.11.2032 um 16:05 Uhr – Leonie Hartwig – in Demokratie – 4 Ergänzungen\n\nEs war wieder eine lange Nacht im Paul-Löbe-Haus, als der Ausschuss am Freitagmorgen tagte.\n"
    ));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2032-11-12"));
    assert!(a.sections.iter().all(|s| !s.title.contains("Ergänzungen")));
    let a = parsed(
        "Ontario hospital network confirms ransomware attack\n\nEmma Castellano\nFebruary 9th, 2033\n\nA ransomware attack on a network of five hospitals exposed the data of patients, the organization confirmed on Wednesday.\n",
    );
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2033-02-09"));
    assert_eq!(a.author.as_deref(), Some("Emma Castellano"));
    assert!(a.sections.iter().all(|s| s.title != "Emma Castellano"));
}

/// A top line that only carries the date among other words ("Parlamentskorrespondenz Nr. 768
/// vom 06.07.2032") dates the article and is no title nor text.
#[test]
fn a_date_on_a_short_top_line_dates_the_article() {
    let a = parsed(
        "Parlamentskorrespondenz Nr. 768 vom 06.07.2032\n\nBundesrat: Verfassungsausschuss lässt E-Government-Paket passieren\n\nWien (PK) – Der Ausschuss für Verfassung und Föderalismus des Bundesrats hat heute mit Stimmenmehrheit beschlossen, gegen das Paket keinen Einspruch zu erheben, wie es die Länder verlangt hatten.\n",
    );
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2032-07-06"));
    assert!(a.title.starts_with("Bundesrat:"), "{}", a.title);
    assert!(!body(&a).contains("Parlamentskorrespondenz"));
}

/// A kicker, a title and a long teaser may stand above the date line (Spiegel); past a long
/// paragraph a short dated sentence is still text and no article date.
#[test]
fn a_date_line_under_a_long_teaser_dates_the_article() {
    let teaser = "Der Bund wollte seine Behörden bis Ende 2031 aus den Rechenzentren amerikanischer Konzerne holen. Jetzt ist das Projekt zwei Jahre im Verzug – und wird fast doppelt so teuer wie geplant. Eine Analyse.";
    let a = parsed(&format!(
        "Digitale Souveränität\n\nDie teure Flucht aus der US-Cloud\n\n{teaser}\n\n04.09.2032, 13.00 Uhr • aus DER SPIEGEL 37/2032\n\nIm Keller stehen die Serverschränke bereit.\n"
    ));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2032-09-04"));
    assert!(!body(&a).contains("13.00 Uhr"));
    let b = parsed(&format!(
        "Die teure Flucht aus der US-Cloud\n\n{teaser}\n\nDas Gesetz trat am 1. Mai 2032 in Kraft.\n"
    ));
    assert_eq!(b.date, None);
    assert!(body(&b).contains("1. Mai 2032"));
}

/// A date line far below the top (Hansard's column marker "9 Mar 2032 : Column 744") is no
/// text, and the date at the top still dates the article and is no text either; a filing's
/// top line dates the report by its filing, not by the end of the year it covers.
#[test]
fn a_date_line_below_the_top_leaves_the_top_line_the_articles_date() {
    let speech = "The Minister rose to move the amendment and spoke for some time about the duties of providers, the powers of the regulator and the timetable the Government has in mind for the code.";
    let a = parsed(&format!(
        "Online Safety Bill\n\nVolume 771: debated on Tuesday 9 March 2032\n\n{speech}\n\n{speech}\n\n{speech}\n\n{speech}\n\n{speech}\n\n8 Mar 2032 : Column 744\n\n{speech}\n"
    ));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2032-03-09"));
    assert!(!body(&a).contains("Column 744"));
    assert!(!body(&a).contains("Volume 771"));
    let b = parsed(&format!(
        "ALDERWICK SYSTEMS, INC.\n\nAnnual Report on Form 10-K for the fiscal year ended June 30, 2031\n\nFiled with the Securities and Exchange Commission on August 26, 2031\n\n{speech}\n"
    ));
    assert_eq!(b.date.map(|d| d.to_string()).as_deref(), Some("2031-08-26"));
}
