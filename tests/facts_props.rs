//! No input makes the extractors, the lookup or the keymap parser panic, and every fact points
//! at a valid range of the text it came from.

use briefing::facts::{ExtractContext, extract_text};
use briefing::keymap::Keymap;
use proptest::prelude::*;

fn check_extract(text: &str) -> Result<(), TestCaseError> {
    let mut ctx = ExtractContext {
        article_date: chrono::NaiveDate::from_ymd_opt(2025, 11, 9),
        ..ExtractContext::default()
    };
    for f in extract_text(text, &mut ctx) {
        prop_assert!(f.span.start <= f.span.end && f.span.end <= text.len());
        prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
    }
    Ok(())
}

/// Text made of the pieces facts are made of, so the patterns get exercised, not just skipped.
fn facty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,4}",
        "[0-9]{1,2}\\. (Dezember|Mai|Juni|März) [0-9]{4}",
        "(vom|bis|seit|Ende|Anfang|am|im|zwei Tage später|am selben Tag|gestern) ",
        "[0-9]{1,3} (Ja-|Nein-Stimmen|Enthaltungen|Milliarden|Mio\\.|Euro|Dollar|Prozent|%|Regierungen) ",
        "(UN-Resolution|para\\.|Art\\.) [0-9]{2}/[0-9]{1,3} ",
        "[A-Z][a-z]+ [A-Z][a-z]+ \\([A-Z]{2,5}\\) ",
        "„[A-Za-z ]{0,30}“ ",
        "\\PC{0,12}",
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

proptest! {
    // 300 cases in CI; `PROPTEST_CASES=20000` for a long run.
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_on_any_text(text in "\\PC{0,400}") {
        check_extract(&text)?;
    }

    #[test]
    fn extraction_never_panics_on_fact_like_text(text in facty()) {
        check_extract(&text)?;
    }

    #[test]
    fn extraction_never_panics_on_mutated_samples(seed in 0usize..5, at in any::<usize>(), len in 0usize..300, insert in "\\PC{0,20}") {
        let (_, bytes) = briefing::corpus::load::SEEDS[seed];
        let mut text = String::from_utf8_lossy(bytes).into_owned();
        let mut start = at % text.len().max(1);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + len).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.replace_range(start..end.max(start), &insert);
        check_extract(&text)?;
    }

    #[test]
    fn keymap_parsing_never_panics(source in "(\\[[a-z]{0,8}\\]\n)?(\"[ -~]{0,6}\" = (\"[a-z-]{0,12}\"|\\[\"[a-z-]{0,8}\"\\]|[0-9]+)\n){0,6}") {
        let (_map, errors) = Keymap::parse(&source, "fuzz.toml");
        for e in errors {
            prop_assert!(e.line >= 1 && e.column >= 1);
        }
    }

    #[test]
    fn settings_parsing_never_panics(source in "(\\[(reader|theme|load|[a-z]{0,6})\\]\n)?([a-z_]{0,14} = (\"[ -~]{0,10}\"|[0-9]{1,6}|true|\\[\"[a-z]{0,8}\"\\])\n){0,6}") {
        if let Err(e) = briefing::settings::Settings::merged(&source, "fuzz.toml") {
            prop_assert!(e.line >= 1 && e.column >= 1);
            prop_assert!(e.line <= source.lines().count() + 1);
        }
    }
}

#[test]
fn lookup_never_panics_on_odd_queries() {
    let corpus =
        briefing::corpus::Corpus::open(&[], &Default::default(), &Default::default()).unwrap();
    let index = briefing::search::Index::build(&corpus);
    for q in [
        "",
        " ",
        "ä",
        "ß",
        "[",
        "\\",
        "((",
        "😀",
        "ǅ",
        "İstanbul",
        "a b c d e f g",
        "1/2/3",
        "\u{0}",
        "ﬁ",
    ] {
        let _ = index.search(&corpus, q, &[], Some(10), None);
    }
}

#[test]
fn acronym_after_a_wide_space_does_not_split_a_character() {
    // Found by the property test: a no-break space before "(long form)".
    check_extract("ab\u{a0}XY (Some Long Words)").unwrap();
    check_extract("x\u{a0}(AB CD)").unwrap();
}
