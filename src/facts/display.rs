//! One line per fact for the reader's facts pane: the value first, then a few words of context.

use super::{FactRef, FactValue};
use crate::corpus::model::Article;

/// "2025-12-17 Outcome Document verabschiedet", "164/6/7 Res. 80/57", "IGF = Internet Governance Forum".
pub fn label(fact: &FactRef<'_>, article: &Article) -> String {
    let value = value_text(&fact.value);
    match &*fact.value {
        FactValue::Source(_)
        | FactValue::Acronym(_)
        | FactValue::Quote(_)
        | FactValue::Person(_) => value,
        _ => match context(fact, article) {
            Some(words) => format!("{value}  {words}"),
            None => value,
        },
    }
}

/// A few words of the fact's sentence that say what it is about: those after the fact, or
/// before it when the sentence ends there.
fn context(fact: &FactRef<'_>, article: &Article) -> Option<String> {
    const WORDS: usize = 6;
    let block = article.blocks.get(fact.block?)?;
    let text = article.block_text(block);
    let at = fact.span.start.checked_sub(block.span.start)?;
    let end = fact.span.end.checked_sub(block.span.start)?;
    // Only the text near the fact: a block can be one huge paragraph with thousands of facts.
    let mut lo = at.saturating_sub(400);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (end + 400).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let mut sentence = lo..hi;
    for cut in crate::corpus::lines::sentence_breaks(text.get(lo..hi)?) {
        let cut = cut + lo;
        if cut < at {
            sentence.start = cut + 1;
        } else if cut >= end {
            sentence.end = cut + 1;
            break;
        }
    }
    let clean = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| {
                    matches!(c, '[' | ']') || c.is_ascii_digit() && w.starts_with('[')
                })
                .to_string()
            })
            .filter(|w| !(w.is_empty() || w.starts_with('[') && w.ends_with(']')))
            .collect()
    };
    let after = clean(text.get(end..sentence.end.max(end))?);
    let before = clean(text.get(sentence.start.min(at)..at)?);
    let words: Vec<String> = if after.len() >= 3 {
        after.into_iter().take(WORDS).collect()
    } else {
        let skip = before.len().saturating_sub(WORDS);
        before.into_iter().skip(skip).chain(after).collect()
    };
    let joined = words
        .join(" ")
        .trim_end_matches(['.', ',', ';', ':'])
        .to_string();
    (!joined.is_empty()).then_some(joined)
}

/// The normalised value as text.
pub fn value_text(value: &FactValue) -> String {
    match value {
        FactValue::Date(d) => d.iso.clone().unwrap_or_else(|| "?".into()),
        FactValue::Money(m) => format!("{} {}", format_amount(m.amount), m.currency),
        FactValue::Figure(f) => format!("{} {}", format_amount(f.number), f.unit),
        FactValue::Vote(v) if v.unanimous => "einstimmig (unanimous)".to_string(),
        FactValue::Vote(v) => {
            let n = |x: Option<u32>| x.map_or("?".to_string(), |x| x.to_string());
            format!("{}/{}/{}", n(v.yes), n(v.no), n(v.abstain))
        }
        FactValue::Document(d) => d.id.clone(),
        FactValue::Source(s) => match &s.url {
            Some(url) => format!("[{}] {url}", s.label),
            None => format!("[{}] (no link in the article)", s.label),
        },
        FactValue::Acronym(a) => format!("{} = {}", a.short, a.long),
        FactValue::Person(p) => match (&p.role, &p.affiliation) {
            (Some(r), Some(a)) => format!("{} ({r}, {a})", p.name),
            (Some(r), None) => format!("{} ({r})", p.name),
            (None, Some(a)) => format!("{} ({a})", p.name),
            (None, None) => p.name.clone(),
        },
        FactValue::Organization(o) => match &o.short {
            Some(s) => format!("{} ({s})", o.name),
            None => o.name.clone(),
        },
        FactValue::Place(p) => match &p.country_code {
            Some(c) => format!("{} ({c})", p.name),
            None => p.name.clone(),
        },
        FactValue::Quote(q) => match &q.speaker {
            Some(s) => format!("{s}: „{}“", q.text),
            None => format!("„{}“", q.text),
        },
    }
}

fn format_amount(x: f64) -> String {
    let scales = [(1e12, "Bio."), (1e9, "Mrd."), (1e6, "Mio.")];
    for (scale, name) in scales {
        if x.abs() >= scale {
            let v = x / scale;
            return if v.fract() == 0.0 {
                format!("{v:.0} {name}")
            } else {
                format!("{v:.1} {name}")
            };
        }
    }
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    }
}

/// An ISO date value with its days written in a strftime `format`; months, quarters, years
/// and anything unusual stay as they are. Intervals of days become "a – b".
pub fn format_iso(iso: &str, format: &str) -> String {
    if format == "%Y-%m-%d" || format.is_empty() {
        return iso.to_string();
    }
    let parts: Vec<&str> = iso.split('/').collect();
    let days: Option<Vec<chrono::NaiveDate>> = parts
        .iter()
        .map(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
        .collect();
    match days {
        Some(days) if !days.is_empty() => days
            .iter()
            .map(|d| d.format(format).to_string())
            .collect::<Vec<_>>()
            .join(" – "),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod format_tests {
    use super::format_iso;

    #[test]
    fn days_follow_the_format_and_the_rest_stays() {
        assert_eq!(format_iso("2025-12-17", "%d.%m.%Y"), "17.12.2025");
        assert_eq!(
            format_iso("2025-11-06/2025-11-09", "%-d.%-m.%Y"),
            "6.11.2025 – 9.11.2025"
        );
        assert_eq!(format_iso("2025-Q4", "%d.%m.%Y"), "2025-Q4");
        assert_eq!(format_iso("2025-06", "%d.%m.%Y"), "2025-06");
        assert_eq!(format_iso("2025-12-17", "%Y-%m-%d"), "2025-12-17");
    }
}
