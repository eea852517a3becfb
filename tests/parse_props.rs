//! Properties every parsed article keeps, whatever the input: spans point into the text, blocks
//! are ordered, the section tree is consistent, a title is never empty.

use briefing::corpus::decode::{Decoded, decode};
use briefing::corpus::model::{Article, Origin};
use briefing::corpus::parse::parse;
use proptest::prelude::*;

fn check(a: &Article) -> Result<(), TestCaseError> {
    prop_assert!(!a.title.trim().is_empty(), "empty title");
    prop_assert!(!a.sections.is_empty(), "no section");
    let mut last_end = 0;
    for b in &a.blocks {
        prop_assert!(b.span.start <= b.span.end && b.span.end <= a.text.len());
        prop_assert!(a.text.is_char_boundary(b.span.start) && a.text.is_char_boundary(b.span.end));
        prop_assert!(b.span.start >= last_end, "blocks overlap or go backwards");
        last_end = b.span.end;
        prop_assert!(b.section < a.sections.len());
        prop_assert_eq!(a.line_col(b.span.start).0, b.line);
    }
    for (i, s) in a.sections.iter().enumerate() {
        prop_assert!(s.blocks.start <= s.blocks.end && s.blocks.end <= s.end_block);
        prop_assert!(s.end_block as usize <= a.blocks.len());
        if let Some(p) = s.parent {
            let p = p as usize;
            prop_assert!(p < i, "parent comes first");
            prop_assert!(a.sections[p].children.contains(&(i as u32)));
            prop_assert!(a.sections[p].level < s.level);
        }
        for &c in &s.children {
            prop_assert_eq!(a.sections[c as usize].parent, Some(i as u32));
        }
    }
    for f in &a.footnotes {
        prop_assert!(a.text.get(f.span.clone()).is_some());
    }
    for r in &a.dangling_refs {
        prop_assert!(a.text.get(r.span.clone()).is_some());
    }
    Ok(())
}

/// Lines of the kinds articles are made of, mixed with arbitrary text.
fn article_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-ZÄÖÜ][a-zäöüß]{2,12}( [a-zäöüß]{2,10}){0,6}",
        "[IVX]{1,3}\\. [A-Z][a-z]{3,10}( [a-z]{3,8}){0,3}",
        "[-•*] [A-Z][a-z]{2,9}( [a-z]{2,9}){0,12}\\.",
        "[a-c]\\. [A-Z][a-z]{2,9}( [a-z]{2,9}){0,12}\\.",
        "\\[[0-9]{1,3}\\] https://example\\.org/[a-z]{1,8}",
        "[A-Z][a-z]{2,9}( [a-z]{2,9}){8,30}\\.( \\[[0-9]{1,2}\\])?",
        "#{1,7} [A-Za-z ]{0,20}",
        "(von|By) [A-Z][a-z]{2,8} [A-Z][a-z]{2,8}",
        "[0-3][0-9]\\.[01][0-9]\\.20[0-9]{2}",
        "\\+\\+\\+|---|```",
        "(title|date|tags) = \"[a-z ]{0,10}\"",
        "",
        "\\PC{0,80}",
    ]
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
    fn structured_text_parses_consistently(lines in proptest::collection::vec(article_line(), 0..40), md in any::<bool>()) {
        let text = lines.join("\n");
        let path = if md { "x.md" } else { "x.txt" };
        if let Ok(decoded) = decode(text.as_bytes()) {
            check(&parse(path, Origin::File, decoded))?;
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000), md in any::<bool>()) {
        if let Ok(decoded) = decode(&bytes) {
            check(&parse(if md { "x.md" } else { "x.txt" }, Origin::File, decoded))?;
        }
    }

    #[test]
    fn mutated_samples_parse_consistently(seed in 0usize..5, cuts in proptest::collection::vec((any::<usize>(), any::<usize>()), 1..6)) {
        let (name, bytes) = briefing::corpus::load::SEEDS[seed];
        let mut bytes = bytes.to_vec();
        for (at, len) in cuts {
            let at = at % bytes.len().max(1);
            let end = (at + len % 200).min(bytes.len());
            bytes.drain(at..end);
        }
        if let Ok(decoded) = decode(&bytes) {
            check(&parse(name, Origin::File, decoded))?;
        }
    }
}

#[test]
fn text_without_any_line_break_is_one_paragraph() {
    let d = Decoded {
        text: "Nur ein Satz ohne Zeilenumbruch und ohne Ende".repeat(50),
        encoding: "UTF-8",
    };
    let a = parse("x.txt", Origin::File, d);
    assert_eq!(a.blocks.len(), 1);
    assert!(!a.title.is_empty());
}
