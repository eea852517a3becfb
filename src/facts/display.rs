//! One line per fact for the reader's facts pane: the value first, then a few words of context.

use super::{Fact, FactValue};
use crate::corpus::model::Article;

/// "2025-12-17 Outcome Document verabschiedet", "164/6/7 Res. 80/57", "IGF = Internet Governance Forum".
pub fn label(fact: &Fact, article: &Article) -> String {
    let value = value_text(&fact.value);
    let words = article.slice(&fact.span);
    let words: String = words.split_whitespace().collect::<Vec<_>>().join(" ");
    match &fact.value {
        FactValue::Source(_) | FactValue::Acronym(_) | FactValue::Quote(_) => value,
        _ if value.is_empty() => words,
        _ if value == words => value,
        _ => format!("{value}  {words}"),
    }
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
