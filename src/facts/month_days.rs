//! Days told by their number alone, in the article's month: "on the 3rd of this month", "open
//! until the 30th", and the day in parentheses after a weekday, as the Brazilian press writes
//! it ("last Tuesday (9)").

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Months, NaiveDate};
use regex::Regex;

use super::dates::DateValue;
use super::{ExtractContext, FactKind, FactValue, Found};

/// Whether a block may hold such a day, an ordinal in digits ("30th") or a day in parentheses
/// ("(9)"): a look at its bytes before any pattern.
fn may_hold(text: &str) -> bool {
    text.as_bytes().windows(3).any(|w| {
        (w[0].is_ascii_digit()
            && matches!(
                (w[1], w[2]),
                (b's', b't') | (b'n', b'd') | (b'r', b'd') | (b't', b'h')
            ))
            || (w[0] == b'(' && w[1].is_ascii_digit())
    })
}

/// Appends the days of the article's month the block tells by number, and gives a weekday
/// followed by its day in parentheses that day (the date extractor found the weekday, from
/// `first` on in `out`).
pub fn extract(text: &str, ctx: &ExtractContext, out: &mut Vec<Found>, first: usize) {
    let Some(article) = ctx.article_date else {
        return;
    };
    if !may_hold(text) {
        return;
    }
    weekdays_with_their_day(text, article, out, first);
    ordinal_days(text, article, out);
}

/// "the chamber's committee approved the report last Tuesday (9)": the Tuesday that fell on
/// the 9th, nearest to the day the extractor read.
fn weekdays_with_their_day(text: &str, article: NaiveDate, out: &mut [Found], first: usize) {
    static DAY_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\A\s?\(([0-9]{1,2})\)").expect("compiles"));
    for f in out.iter_mut().skip(first) {
        let FactValue::Date(d) = &mut f.value else {
            continue;
        };
        let Some(read) = d.iso.as_deref().and_then(|v| v.parse::<NaiveDate>().ok()) else {
            continue;
        };
        let Some(c) = text
            .get(f.span.end..)
            .and_then(|rest| DAY_AFTER.captures(rest))
        else {
            continue;
        };
        let (Some(all), Some(day)) = (c.get(0), c.get(1).and_then(|m| m.as_str().parse().ok()))
        else {
            continue;
        };
        let told = text.get(f.span.clone()).unwrap_or("");
        if !super::dates::WEEKDAYS.iter().any(|w| told.contains(w)) {
            continue;
        }
        // The months around the article's: the day with that number and the weekday read.
        let best = [-1i32, 0, 1]
            .into_iter()
            .filter_map(|shift| {
                let month = if shift < 0 {
                    article.checked_sub_months(Months::new(1))?
                } else {
                    article.checked_add_months(Months::new(shift as u32))?
                };
                NaiveDate::from_ymd_opt(month.year(), month.month(), day)
            })
            .filter(|c| c.weekday() == read.weekday())
            .min_by_key(|c| (*c - read).num_days().abs());
        if let Some(date) = best {
            d.iso = Some(date.to_string());
            f.span.end += all.end();
        }
    }
}

/// "on the 3rd of this month", "until the 30th": a day of the article's month; "until" and "by"
/// a deadline, its words in the text.
fn ordinal_days(text: &str, article: NaiveDate, out: &mut Vec<Found>) {
    static ORDINAL_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:(?P<until>until|by)\s+)?the\s+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)(?P<month>\s+of\s+(?:this|the)\s+month)?(?-u:\b)")
            .expect("compiles")
    });
    for c in ORDINAL_DAY.captures_iter(text) {
        let (Some(all), Some(day)) = (c.get(0), c.name("day")) else {
            continue;
        };
        let Ok(day) = day.as_str().parse::<u32>() else {
            continue;
        };
        // "the 19th century", "the 5th amendment": a word after the ordinal is its noun.
        let this_month = c.name("month").is_some();
        let next = text[all.end()..].trim_start_matches([' ', '\u{a0}']);
        if !this_month && next.starts_with(|ch: char| ch.is_alphanumeric()) {
            continue;
        }
        let Some(date) = NaiveDate::from_ymd_opt(article.year(), article.month(), day) else {
            continue;
        };
        // "on the 3rd of this month": the words from the day; "until the 30th" with "until".
        let start = if c.name("until").is_some() {
            all.start()
        } else {
            c.name("day").map_or(all.start(), |d| d.start())
        };
        let span: Range<usize> = start..all.end();
        // "this month" inside "the 3rd of this month" gives way; any other overlap wins.
        let inside = |f: &Found| span.start <= f.span.start && f.span.end <= span.end;
        if out
            .iter()
            .any(|f| f.span.start < span.end && span.start < f.span.end && !inside(f))
        {
            continue;
        }
        out.retain(|f| !(f.kind == FactKind::Date && inside(f)));
        out.push(Found {
            kind: FactKind::Date,
            value: FactValue::Date(DateValue {
                iso: Some(date.to_string()),
                modifier: c.name("until").map(|_| "deadline"),
                relative: true,
            }),
            span,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(text: &str, article: &str) -> Vec<(String, String)> {
        let ctx = ExtractContext {
            lang: super::super::Lang::En,
            article_date: article.parse().ok(),
            news_time: true,
            ..ExtractContext::default()
        };
        super::super::dates::words_and_values(text, ctx)
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn days_of_the_articles_month_by_their_number() {
        assert_eq!(
            days(
                "Members were told on the 3rd of this month; the consultation is open until the 30th.",
                "2031-09-17"
            ),
            [
                pair("3rd of this month", "2031-09-03"),
                pair("until the 30th", "2031-09-30")
            ]
        );
        assert!(days("In the 19th century, the 5th amendment.", "2031-09-17").is_empty());
    }

    #[test]
    fn a_weekday_with_its_day_in_parentheses() {
        let d = days(
            "The committee approved the report last Tuesday (9) by 21 votes to 12.",
            "2031-09-17",
        );
        assert_eq!(d, [pair("last Tuesday (9)", "2031-09-09")]);
    }
}
