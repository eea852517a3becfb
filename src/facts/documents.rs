//! Documents: UN resolutions, paragraph references, and named declarations, conventions,
//! treaties, strategies and action plans.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::cues::Cue;
use super::{ExtractContext, FactKind, FactValue, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// Normalised identifier: `A/RES/80/16`, `para. 101`, or the document's name.
    pub id: String,
    /// `resolution`, `paragraph`, `named`.
    pub kind: &'static str,
}

static RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)(?:UN-|UNGA-|UN\s+|General\s+Assembly\s+)?(?:[Rr]esolution(?:en)?|Res\.)\s+(?:Nr\.\s*|No\.\s*)?(\d{2})/(\d{1,3})(?-u:\b)|(?-u:\b)A/RES/(\d{2})/(\d{1,3})(?-u:\b)|(?-u:\b)S/RES/(\d{1,4})\s*\((\d{4})\))")
        .expect("compiles")
});

static PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Pp]ara(?:graph)?\.?|[Pp]aragraf|§|Abs\.|Art\.|Artikel|[Aa]rticle)\s*(\d{1,4}[a-z]?)(?-u:\b)").expect("compiles")
});

/// Named documents: a capitalised name ending in a document word, in quotes or plain.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"[„“"]([^„“”"]{3,120}?(?:Declaration|Convention|Treaty|Compact|Agenda|Action Plan|Strategy|Roadmap|Guidelines|Principles|Charter|Accord|Agreement|Document|Paper|Draft|Act|Erklärung|Konvention|Vertrag|Abkommen|Aktionsplan|Strategie|Richtlinie|Verordnung|Charta|Gesetz))[”“"]|(?-u:\b)((?:(?:[A-Z][A-Za-z0-9äöüÄÖÜß+-]*|of|on|for|the|and|in|to|der|des|für|zur|zum|gegen|über|und|von)\s+){0,7}?(?:Konvention|Convention|Declaration|Erklärung|Abkommen|Aktionsplan|Action Plan|Vertrag|Treaty|Gesetz|Act|Compact|Strategie|Strategy)(?-u:\b)(?:\s+(?:des|der|gegen|on|of|against)\s+(?:[A-Z][A-Za-z0-9äöüÄÖÜß-]*\s*){1,4})?)"#,
    )
    .expect("compiles")
});

const LEADING: &[&str] = &[
    "Das",
    "Die",
    "Der",
    "Den",
    "Dem",
    "Des",
    "The",
    "This",
    "That",
    "Diese",
    "Dieser",
    "Dieses",
    "Ein",
    "Eine",
    "Einer",
    "Im",
    "In",
    "Mit",
    "Auf",
    "Für",
    "Zur",
    "Zum",
    "Bei",
    "Von",
    "Nach",
    "Seine",
    "Ihre",
    "Sein",
    "Ihr",
    "Neue",
    "Neuen",
    "Neues",
    "Neuer",
    "Its",
    "Their",
    "A",
    "An",
    "Laut",
    "Gemäß",
    "Nationale",
    "Nationalen",
];

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    // The patterns only run where their words are: most paragraphs cite no document.
    let cues = ctx.cues(text);
    let resolutions = cues.has(Cue::Resolution);
    for c in RESOLUTION.captures_iter(if resolutions { text } else { "" }) {
        let id = if let (Some(s), Some(n)) = (c.get(1).or(c.get(3)), c.get(2).or(c.get(4))) {
            format!("A/RES/{}/{}", s.as_str(), n.as_str())
        } else if let (Some(n), Some(y)) = (c.get(5), c.get(6)) {
            format!("S/RES/{} ({})", n.as_str(), y.as_str())
        } else {
            continue;
        };
        push(out, c.get(0).map_or(0..0, |m| m.range()), id, "resolution");
    }
    let paragraphs = cues.has(Cue::Paragraph);
    for c in PARAGRAPH.captures_iter(if paragraphs { text } else { "" }) {
        let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let label = all
            .as_str()
            .trim_end_matches(n.as_str())
            .trim()
            .to_lowercase();
        let id = if label.starts_with("para") {
            format!("para. {}", n.as_str())
        } else if label.starts_with("art") {
            format!("Art. {}", n.as_str())
        } else {
            format!("{} {}", label, n.as_str())
        };
        push(out, all.range(), id, "paragraph");
    }
    // A quoted name ends in any document word, a plain one in a few of them (the words of the
    // two alternatives of NAMED, listed again in cues.rs).
    let quoted = cues.has(Cue::DocumentWord) && cues.has(Cue::DocumentQuote);
    if !quoted && !cues.has(Cue::DocumentHead) {
        return;
    }
    for c in NAMED.captures_iter(text) {
        let Some(m) = c.get(1).or(c.get(2)) else {
            continue;
        };
        // Articles and prepositions in front are not part of the name.
        let mut name = m.as_str().trim();
        let mut skipped = 0;
        while let Some((first, rest)) = name.split_once(' ') {
            if !LEADING.contains(&first) {
                break;
            }
            skipped += first.len() + 1;
            name = rest.trim_start();
        }
        // "Unterzeichnung der Konvention" refers to a document but does not name one: an
        // article right before the document word means the words before it are not its name.
        let words: Vec<&str> = name.split_whitespace().collect();
        let doc_word = words.iter().position(|w| {
            [
                "Konvention",
                "Convention",
                "Declaration",
                "Erklärung",
                "Abkommen",
                "Aktionsplan",
                "Action",
                "Vertrag",
                "Treaty",
                "Gesetz",
                "Act",
                "Compact",
                "Strategie",
                "Strategy",
            ]
            .iter()
            .any(|d| w.ends_with(d))
        });
        if let Some(i) = doc_word
            && i >= 1
            && matches!(
                words[i - 1],
                "der" | "des" | "die" | "dem" | "den" | "the" | "of" | "this"
            )
        {
            continue;
        }
        // A bare document word ("das Gesetz", "die Strategie") names nothing.
        if name.split_whitespace().count() < 2
            || !name.chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        let span = match c.get(1) {
            Some(_) => c.get(0).map_or(0..0, |m| m.range()),
            None => m.start() + skipped..m.end(),
        };
        if out.iter().any(|f| {
            f.kind == FactKind::Document && f.span.start < span.end && span.start < f.span.end
        }) {
            continue;
        }
        push(out, span, name.to_string(), "named");
    }
}

fn push(out: &mut Vec<Found>, span: std::ops::Range<usize>, id: String, kind: &'static str) {
    out.push(Found {
        kind: FactKind::Document,
        value: FactValue::Document(Document { id, kind }),
        span,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        extract(text, &mut ExtractContext::default(), &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Document(d) => d.id,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn resolutions_and_paragraphs() {
        assert_eq!(
            ids("Mit der UN-Resolution 80/16 vom 1. Dezember"),
            ["A/RES/80/16"]
        );
        assert_eq!(
            ids("see A/RES/79/1 and Resolution 80/57"),
            ["A/RES/79/1", "A/RES/80/57"]
        );
        assert_eq!(ids("Der Kompromiss in para. 101 fordert"), ["para. 101"]);
        assert_eq!(ids("Para. 101 löst das Problem nicht"), ["para. 101"]);
    }

    #[test]
    fn named_documents() {
        let found = ids("In der „G20 South Africa Summit: Leaders’ Declaration“[29] werden");
        assert_eq!(found, ["G20 South Africa Summit: Leaders’ Declaration"]);
        let found = ids(
            "die UN-Konvention gegen Cyberkriminalität und die Budapest Konvention des Europarates",
        );
        assert!(
            found.iter().any(|d| d.starts_with("Budapest Konvention")),
            "{found:?}"
        );
    }

    #[test]
    fn no_documents_from_plain_words() {
        assert!(ids("Das Gesetz tritt in Kraft, die Strategie ist klar.").is_empty());
        assert!(ids("80/16 alone and 101 alone").is_empty());
    }
}
