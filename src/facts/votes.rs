//! Vote results: yes / no / abstentions in German and English, and unanimity.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::cues::Cue;
use super::numbers::{count_pattern, parse_count};
use super::{ExtractContext, FactKind, FactValue, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Vote {
    pub yes: Option<u32>,
    pub no: Option<u32>,
    pub abstain: Option<u32>,
    pub unanimous: bool,
}

static GERMAN: LazyLock<Regex> = LazyLock::new(|| {
    let n = count_pattern();
    // "mit 164 Ja- und sechs Nein-Stimmen bei sieben Enthaltungen"; typos like "Nein-Stimmer".
    Regex::new(&format!(
        r"(?i)(?-u:\b)({n})\s+(?:Ja-?(?:Stimm[a-zäöüß]*)?|Stimmen\s+dafür|Befürworter[a-zäöüß]*|Dafür-Stimm[a-zäöüß]*)(?:\s*(?:,|und|gegen|bei)\s*({n})\s+(?:Nein-?(?:Stimm[a-zäöüß]*)?|Gegenstimm[a-zäöüß]*|Stimmen\s+dagegen|dagegen))?(?:\s*(?:,|und|bei|sowie)\s*({n})\s+(?:Enthaltung[a-zäöüß]*|Stimmenthaltung[a-zäöüß]*))?(?:\s*(?:,|und|sowie)\s*({n})\s+(?:Nein-?(?:Stimm[a-zäöüß]*)?|Gegenstimm[a-zäöüß]*|Stimmen\s+dagegen))?"
    ))
    .expect("vote pattern compiles")
});

static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    let n = count_pattern();
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:({n})\s+(?:votes?\s+)?in\s+favou?r(?:\s*(?:,|and|to)\s*({n})\s+(?:votes?\s+)?against)?(?:(?:\s*,)?\s*(?:and|with)?\s*({n})\s+abstentions?)?|(?:a\s+)?(?:recorded\s+)?vote\s+of\s+({n})\s+(?:to|-|–)\s+({n})(?:(?:\s*,)?\s*(?:and|with)?\s*({n})\s+abstentions?)?)"
    ))
    .expect("vote pattern compiles")
});

static UNANIMOUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:einstimmig|[Ee]instimmig|unanimously|[Uu]nanimous(?:ly)?|ohne Gegenstimme)(?-u:\b)")
        .expect("compiles")
});

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    // "Stimm", "Enthaltung", "vote" …: the words of the patterns, found with the other cues.
    if !ctx.cues(text).has(Cue::Vote) {
        return;
    }
    for c in GERMAN.captures_iter(text) {
        let yes = c.get(1).and_then(|m| parse_count(m.as_str()));
        // The no votes may also come after the abstentions ("bei zwölf Enthaltungen und zwei
        // Gegenstimmen").
        let late_no = c.get(4).filter(|_| c.get(2).is_none());
        let no = c.get(2).or(late_no).and_then(|m| parse_count(m.as_str()));
        let abstain = c.get(3).and_then(|m| parse_count(m.as_str()));
        // Every number written must be a count ("mit vielen Ja-Stimmen" is not a result).
        if c.get(1).is_some() && yes.is_none()
            || c.get(2).or(late_no).is_some() && no.is_none()
            || c.get(3).is_some() && abstain.is_none()
        {
            continue;
        }
        // A lone "20 Ja-Stimmen" is a vote only with at least one other count.
        if no.is_none() && abstain.is_none() {
            continue;
        }
        push(
            out,
            c.get(0).map_or(0..0, |m| m.range()),
            yes,
            no,
            abstain,
            false,
        );
    }
    for c in ENGLISH.captures_iter(text) {
        let pick = |a: usize, b: usize| c.get(a).or(c.get(b)).and_then(|m| parse_count(m.as_str()));
        let (yes, no, abstain) = (pick(1, 4), pick(2, 5), pick(3, 6));
        if no.is_none() && abstain.is_none() {
            continue;
        }
        push(
            out,
            c.get(0).map_or(0..0, |m| m.range()),
            yes,
            no,
            abstain,
            false,
        );
    }
    for m in UNANIMOUS.find_iter(text) {
        if !out
            .iter()
            .any(|f| f.kind == FactKind::Vote && f.span.start <= m.start() && m.end() <= f.span.end)
        {
            push(out, m.range(), None, Some(0), None, true);
        }
    }
}

fn push(
    out: &mut Vec<Found>,
    span: std::ops::Range<usize>,
    yes: Option<u32>,
    no: Option<u32>,
    abstain: Option<u32>,
    unanimous: bool,
) {
    out.push(Found {
        kind: FactKind::Vote,
        value: FactValue::Vote(Vote {
            yes,
            no,
            abstain,
            unanimous,
        }),
        span,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn votes(text: &str) -> Vec<(String, Vote)> {
        let mut out = Vec::new();
        extract(text, &mut ExtractContext::default(), &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Vote(v) => (text[f.span].to_string(), v),
                _ => unreachable!(),
            })
            .collect()
    }

    fn triple(v: &Vote) -> (Option<u32>, Option<u32>, Option<u32>) {
        (v.yes, v.no, v.abstain)
    }

    #[test]
    fn german_votes_with_number_words_and_typos() {
        let v = votes(
            "Die Resolution wurde mit 164 Ja- und sechs Nein-Stimmen bei sieben Enthaltungen angenommen.",
        );
        assert_eq!(triple(&v[0].1), (Some(164), Some(6), Some(7)));
        assert_eq!(
            v[0].0,
            "164 Ja- und sechs Nein-Stimmen bei sieben Enthaltungen"
        );
        let v = votes("mit 118 Ja- und neun Nein-Stimmer bei 44 Enthaltungen");
        assert_eq!(triple(&v[0].1), (Some(118), Some(9), Some(44)));
        let v = votes("mit 167 Ja- und fünf Nein-Stimmen bei fünf Enthaltungen angenommen");
        assert_eq!(triple(&v[0].1), (Some(167), Some(5), Some(5)));
        // The no votes after the abstentions.
        let v = votes("mit 120 Ja-Stimmen, 30 Enthaltungen und acht Gegenstimmen beschlossen");
        assert_eq!(triple(&v[0].1), (Some(120), Some(8), Some(30)));
        assert_eq!(
            v[0].0,
            "120 Ja-Stimmen, 30 Enthaltungen und acht Gegenstimmen"
        );
    }

    #[test]
    fn english_votes() {
        let v = votes("adopted with 164 votes in favour, 6 against and 7 abstentions");
        assert_eq!(triple(&v[0].1), (Some(164), Some(6), Some(7)));
        let v = votes("adopted by a recorded vote of 152 to 4, with 11 abstentions");
        assert_eq!(triple(&v[0].1), (Some(152), Some(4), Some(11)));
    }

    #[test]
    fn unanimity() {
        let v = votes("Mit der einstimmig verabschiedeten UN-Resolution 80/16");
        assert!(v[0].1.unanimous);
        assert_eq!(v[0].0, "einstimmig");
        assert!(
            votes("The Assembly unanimously adopted")
                .first()
                .is_some_and(|x| x.1.unanimous)
        );
    }

    #[test]
    fn no_votes_from_other_counts() {
        assert!(votes("20 Ja-Sager und keine Enthaltung der Sache").is_empty());
        assert!(votes("Die Stimmung war gut.").is_empty());
    }
}
