//! Fiscal years, their halves and quarters, counted as the organisation an article reports on
//! counts them: the "fiscal second quarter 2033" of a company whose year ends in July is
//! November 2032 to January 2033, not the calendar's second quarter.
//!
//! The date extractor reads a fiscal year by the usual conventions (the US federal year, Japan's
//! from April, a financial year "2030-31" from April or July). Where the article tells its own
//! ("fiscal 2033, which ends in January", "Geschäftsjahr 2031/32, das am 30. September
//! endete") or names an organisation known to count otherwise, this module reads the fiscal
//! words of a block again with that calendar, and replaces the dates found in them.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Months, NaiveDate};
use regex::{Captures, Regex};

use super::dates::{DateValue, month_number};
use super::{ExtractContext, FactKind, FactValue, Found, Lang};

/// How an organisation counts its fiscal years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// The month its fiscal year ends in (1–12).
    pub last_month: u32,
    /// Whether a fiscal year is named by the calendar year it begins in (Japan's "fiscal 2033"
    /// is April 2033 to March 2034); elsewhere it is named by the year it ends in.
    pub named_by_start: bool,
    /// Whether the article told it, or named an organisation known to count so. Only then are
    /// quarters and halves read, and the date extractor's default readings replaced.
    pub told: bool,
    /// Whether "the current fiscal year" is of this calendar: a default one is only where the
    /// article names the organisation it belongs to.
    pub relative: bool,
    /// Whether the article itself said how its years run: only then does "im Vorjahr" in a
    /// later paragraph go back from the fiscal year it named last.
    pub stated: bool,
}

/// Fiscal periods read in a block: their words, ISO value and modifier ("deadline").
type Periods = Vec<(Range<usize>, String, Option<&'static str>)>;

/// Whether a text speaks of fiscal years at all: the cheap test before any pattern.
pub fn mentions_fiscal_years(text: &str) -> bool {
    // Read for every article, mostly to the end: `memmem` uses wider vector instructions than
    // `str::contains`.
    let has = |word: &str| memchr::memmem::find(text.as_bytes(), word.as_bytes()).is_some();
    has("iscal") || has("FY") || has("Geschäftsjahr") || has("inancial year")
}

/// The calendar of the fiscal years an article speaks of: the one it tells, the one of an
/// organisation it names, or the one its country's usage suggests.
pub fn calendar_of(
    text: &str,
    lang: Lang,
    local_dollar: Option<&str>,
    japanese: bool,
) -> Option<Calendar> {
    // Australia and New Zealand name their years "2033–34" without saying "financial".
    if matches!(local_dollar, Some("AUD" | "NZD")) {
        // "Last financial year", in a text that speaks of them, is the one before the year
        // the article's day falls in, from July.
        return Some(Calendar {
            last_month: 6,
            named_by_start: false,
            told: false,
            relative: mentions_fiscal_years(text),
            stated: false,
        });
    }
    if !mentions_fiscal_years(text) {
        return None;
    }
    let calendar = |last_month, named_by_start, told| {
        Some(Calendar {
            last_month,
            named_by_start,
            told,
            relative: told,
            stated: told,
        })
    };
    // Japan names a year ending in March by the year it begins in, whatever the article says
    // of its end ("fiscal 2032, ending March 2033").
    if let Some(month) = year_end_told(text) {
        return calendar(month, japanese && month == 3, true);
    }
    if japanese {
        return calendar(3, true, false);
    }
    // An article on ICANN or on India counts their years throughout; a briefing that names
    // them in passing, only in their paragraphs (see `extract`).
    if text.matches("ICANN").count() >= 5 {
        return Some(ICANN);
    }
    if text.matches(" crore").count() + text.matches('₹').count() >= 4 {
        return Some(INDIA);
    }
    // The US federal year, October to September, where no other is known; its relative forms
    // ("the current fiscal year") only where the article speaks of the US government.
    let us_federal = lang == Lang::En
        && [
            "Appropriations",
            "U.S.",
            "Congress",
            "Pentagon",
            "White House",
            "CISA",
        ]
        .iter()
        .any(|w| text.contains(w));
    Some(Calendar {
        last_month: 9,
        named_by_start: false,
        told: false,
        relative: us_federal,
        stated: false,
    })
}

/// India's fiscal year runs April to March, named by the year it ends in ("FY32" is April
/// 2031 to March 2032).
const INDIA: Calendar = Calendar {
    last_month: 3,
    named_by_start: false,
    told: true,
    relative: true,
    stated: false,
};

/// Japan's runs April to March, named by the year it begins in ("fiscal 2034" is April 2034 to
/// March 2035).
const JAPAN: Calendar = Calendar {
    last_month: 3,
    named_by_start: true,
    told: true,
    relative: true,
    stated: false,
};

/// ICANN's fiscal year runs July to June ("FY34" is July 2033 to June 2034): in a paragraph
/// on ICANN, its years are ICANN's, whatever the rest of a briefing counts.
const ICANN: Calendar = Calendar {
    last_month: 6,
    named_by_start: false,
    told: true,
    relative: true,
    stated: false,
};

/// The month the article says its organisation's fiscal year ends in: "fiscal year ended July
/// 31, 2032", "fiscal 2033, which ends in January", "the fiscal third quarter ending in
/// October", "Geschäftsjahr 2031/32, das am 30. September endete", "Geschäftsjahr (Oktober
/// bis September)".
fn year_end_told(text: &str) -> Option<u32> {
    static YEAR_ENDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:fiscal|financial)(?:\s+year)?(?:\s+\d{4})?,?\s+(?:which\s+|that\s+)?(?i:ended|ending|ends|will\s+end|closed|closing|closes)(?:\s+on|\s+in)?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>\p{L}+)")
            .expect("compiles")
    });
    static QUARTER_ENDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:fiscal)\s+(?P<q>(?i:first|second|third|fourth))[\s-]+(?i:quarter)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?\d{4})?,?\s+(?:which\s+)?(?:ended|ending|ends)(?:\s+on|\s+in)?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>\p{L}+)")
            .expect("compiles")
    });
    static GERMAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"Geschäftsjahr(?:es)?(?:\s+\d{4}(?:/\d{2,4})?)?(?:,?\s+(?:das|welches)\s+(?:am\s+\d{1,2}\.\s*|im\s+|Ende\s+)?(?P<m>\p{L}+)(?:\s+\d{4})?\s+(?:endete|endet|zu\s+Ende\s+ging)|\s+\((?:per\s+|zum\s+|bis\s+)?(?:(?:Ende|\d{1,2}\.)\s*)?(?P<m2>\p{L}+)\)|\s+\((?:von\s+)?\p{L}+\s+bis\s+(?:(?:Ende|\d{1,2}\.)\s*)?(?P<m3>\p{L}+)\)|,?\s+(?:das|welches)\s+(?:am\s+1\.\s*|im\s+)(?P<start>\p{L}+)\s+(?:beginnt|begann|startet|startete))")
            .expect("compiles")
    });
    let month_of = |c: &Captures, name: &str| c.name(name).and_then(|m| month_number(m.as_str()));
    if text.contains("iscal") || text.contains("inancial") {
        for c in YEAR_ENDS.captures_iter(text) {
            if let Some(m) = month_of(&c, "m") {
                return Some(m);
            }
        }
        for c in QUARTER_ENDS.captures_iter(text) {
            if let (Some(m), Some(q)) = (
                month_of(&c, "m"),
                c.name("q").and_then(|q| super::dates::ordinal(q.as_str())),
            ) {
                return Some((m + 3 * (4 - q) - 1) % 12 + 1);
            }
        }
    }
    if text.contains("Geschäftsjahr") {
        for c in GERMAN.captures_iter(text) {
            if let Some(m) = month_of(&c, "m")
                .or_else(|| month_of(&c, "m2"))
                .or_else(|| month_of(&c, "m3"))
            {
                return Some(m);
            }
            if let Some(start) = month_of(&c, "start") {
                return Some((start + 10) % 12 + 1);
            }
        }
    }
    None
}

/// Reads the fiscal words of a block again with the article's calendar: the dates the date
/// extractor found in them (from `first` on in `out`) are replaced by the fiscal periods.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>, first: usize) {
    let Some(calendar) = ctx.fiscal else {
        return;
    };
    replace_periods(text, ctx, calendar, out, first);
    if calendar.told {
        years_before(text, calendar, ctx, out, first);
    }
}

/// "Umsatz 2,4 Milliarden Euro nach 2,1 Milliarden im Vorjahr" after "im Geschäftsjahr
/// 2031/32": the year before is the fiscal year before the one the text named last.
fn years_before(
    text: &str,
    calendar: Calendar,
    ctx: &mut ExtractContext,
    out: &mut [Found],
    first: usize,
) {
    const YEAR_BEFORE: &[&str] = &[
        "Vorjahr",
        "Vorjahres",
        "Vorjahreszeitraum",
        "prior year",
        "previous year",
        "year before",
        "a year earlier",
        "year earlier",
    ];
    // Only the date told last before it: "ending March 2033 … in December 2032, up from a year
    // earlier" compares with December. Across paragraphs only where the article said how its
    // years run.
    let mut named = ctx.fiscal_year_named.filter(|_| calendar.stated);
    for f in out.iter_mut().skip(first) {
        let FactValue::Date(d) = &mut f.value else {
            continue;
        };
        let words = text.get(f.span.clone()).unwrap_or("");
        if YEAR_BEFORE.iter().any(|w| words.ends_with(w)) {
            if let Some(named) = named {
                let (sy, sm) = start_of(calendar, named - 1);
                d.iso = Some(span_of_months(sy, sm, 0, 12));
            }
        } else if let Some(year) = d.iso.as_deref().and_then(|v| name_of_year(calendar, v)) {
            named = Some(year);
        } else {
            // The news's own day ("am Mittwochmorgen") and a day in the year named ("das am 30.
            // September endete") leave it the year compared with.
            let inside = |v: &str| {
                let Some(named) = named else {
                    return false;
                };
                let (sy, sm) = start_of(calendar, named);
                year_month(v.get(..7).unwrap_or("")).is_some_and(|(y, m)| {
                    (0..12).contains(&(y * 12 + m as i32 - (sy * 12 + sm as i32)))
                })
            };
            if !d.relative && !d.iso.as_deref().is_some_and(inside) {
                named = None;
            }
        }
    }
    ctx.fiscal_year_named = named;
}

/// The name of a fiscal year of the calendar written as its months ("2031-10/2032-09" is 2032
/// where the year ends in September).
fn name_of_year(calendar: Calendar, value: &str) -> Option<i32> {
    let (from, to) = value.split_once('/')?;
    let (fy, fm) = year_month(from)?;
    let (ty, tm) = year_month(to)?;
    let whole = tm == calendar.last_month
        && fm == calendar.last_month % 12 + 1
        && ty * 12 + tm as i32 - (fy * 12 + fm as i32) == 11;
    whole.then_some(if calendar.named_by_start { fy } else { ty })
}

/// Replaces the dates found in the fiscal words of a block by the fiscal periods they name.
fn replace_periods(
    text: &str,
    ctx: &ExtractContext,
    calendar: Calendar,
    out: &mut Vec<Found>,
    first: usize,
) {
    let mut periods = Periods::new();
    // India's years are named so too ("During 2032-33, CERT-In issued …") in an article that
    // counts in crore.
    if calendar.last_month == 6 && !calendar.told || calendar == INDIA {
        years_of_two_numbers(text, calendar.last_month % 12 + 1, false, &mut periods);
    } else if text.contains(" financial years") || text.contains(" fiscal years") {
        // "the 2033-34 to 2035-36 financial years": Britain's and Canada's from April, an
        // American state's or Kenya's from July, as the date extractor reads one.
        let fiscal = text.contains(" fiscal years");
        let july =
            ctx.july_fiscal || super::dates::american_state_year(text, ctx.local_dollar, fiscal);
        let first_month = if july { 7 } else { 4 };
        years_of_two_numbers(text, first_month, true, &mut periods);
    }
    if !mentions_fiscal_years(text) && periods.is_empty() {
        return;
    }
    let calendar = if calendar.told {
        calendar
    } else if text.contains("ICANN") {
        ICANN
    } else if text.contains(" crore") || text.contains('₹') {
        INDIA
    } else if super::dates::names_japan(text) {
        JAPAN
    } else {
        calendar
    };
    begins(text, calendar, out, first);
    ended(text, out, first, &mut periods);
    if calendar.told {
        quarters(text, calendar, ctx.article_date, &mut periods);
    }
    years(text, calendar, &mut periods);
    relative(text, calendar, ctx.article_date, &mut periods);
    if periods.is_empty() {
        return;
    }
    let mut kept = 0;
    for i in first..out.len() {
        let overlaps = out[i].kind == FactKind::Date
            && periods
                .iter()
                .any(|(span, ..)| span.start < out[i].span.end && out[i].span.start < span.end);
        if !overlaps {
            out.swap(first + kept, i);
            kept += 1;
        }
    }
    out.truncate(first + kept);
    for (span, iso, modifier) in periods {
        out.push(Found {
            kind: FactKind::Date,
            value: FactValue::Date(DateValue {
                iso: Some(iso),
                modifier,
                relative: false,
            }),
            span,
        });
    }
    out[first..].sort_by_key(|f| f.span.start);
}

/// "when fiscal 2033 begins Oct. 1": the day a fiscal year begins on is of the year it
/// begins in, not of the year that names it.
fn begins(text: &str, calendar: Calendar, out: &mut [Found], first: usize) {
    static BEGINS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:fiscal)(?:\s+(?i:year))?\s+(?P<y>\d{4}),?\s+(?:which\s+|that\s+)?(?:begins|starts|began|started)\s+(?:on\s+)?")
            .expect("compiles")
    });
    for c in BEGINS.captures_iter(text) {
        let (Some(all), Some(named)) = (c.get(0), c.name("y").and_then(|y| year_of(y.as_str())))
        else {
            continue;
        };
        let (start_year, start_month) = start_of(calendar, named);
        let Some(f) = out
            .get_mut(first..)
            .into_iter()
            .flatten()
            .find(|f| f.kind == FactKind::Date && f.span.start == all.end())
        else {
            continue;
        };
        if let FactValue::Date(d) = &mut f.value
            && let Some(iso) = d.iso.as_mut()
            && let Some((_, month)) = year_month(iso.get(..7).unwrap_or(""))
            && !iso.contains('/')
        {
            let year = if month >= start_month {
                start_year
            } else {
                start_year + 1
            };
            iso.replace_range(..4, &format!("{year:04}"));
        }
    }
}

/// Whether a new period overlaps one already read (the longer reading came first).
fn free(periods: &Periods, span: &Range<usize>) -> bool {
    !periods
        .iter()
        .any(|(s, ..)| s.start < span.end && span.start < s.end)
}

/// "fiscal year ended July 31, 2032", "the fiscal quarter ended October 31, 2032", "fiscal
/// year ending March 2033": the period up to the date the extractor found after the words, at
/// its precision.
fn ended(text: &str, out: &[Found], first: usize, periods: &mut Periods) {
    static ENDED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i:fiscal|financial)\s+(?P<unit>year|quarter|half)\s+(?:ended|ending)\s+(?:on\s+)?",
        )
        .expect("compiles")
    });
    for c in ENDED.captures_iter(text) {
        let (Some(all), Some(unit)) = (c.get(0), c.name("unit")) else {
            continue;
        };
        let months = match unit.as_str() {
            "year" => 12,
            "half" => 6,
            _ => 3,
        };
        let Some((date_span, iso)) = out.get(first..).into_iter().flatten().find_map(|f| match &f
            .value
        {
            FactValue::Date(d) if f.kind == FactKind::Date && f.span.start == all.end() => {
                Some((f.span.clone(), d.iso.clone()?))
            }
            _ => None,
        }) else {
            continue;
        };
        let value = if let Ok(day) = NaiveDate::parse_from_str(&iso, "%Y-%m-%d") {
            let Some(from) = day
                .checked_sub_months(Months::new(months))
                .and_then(|d| d.succ_opt())
            else {
                continue;
            };
            format!("{from}/{day}")
        } else if let Some((y, m)) = year_month(&iso) {
            let (fy, fm) = months_after(y, m, 1 - months as i32);
            format!("{fy:04}-{fm:02}/{iso}")
        } else {
            continue;
        };
        let span = all.start()..date_span.end;
        if free(periods, &span) {
            periods.push((span, value, None));
        }
    }
}

/// "fiscal second quarter 2033", "Fiscal Second Quarter 2033", "the fiscal third quarter",
/// "second quarter of fiscal 2033", "Q3 FY33", "first half of fiscal 2033". A quarter without
/// its year is of the fiscal year the article's date falls in.
fn quarters(
    text: &str,
    calendar: Calendar,
    article_date: Option<NaiveDate>,
    periods: &mut Periods,
) {
    static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:(?i:fiscal)(?:\s+(?i:year))?[\s-]+(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?i:quarter)|Q(?P<qn>[1-4]))(?:(?:\s+of)?(?:\s+(?i:fiscal))?(?:\s+(?i:year))?\s+(?P<y>\d{4})(?-u:\b))?|(?P<ord2>(?i:first|second|third|fourth))[\s-]+(?i:quarter|half)\s+of\s+(?:the\s+)?(?i:fiscal)\s+(?:(?i:year)\s+)?(?P<y2>\d{4})(?-u:\b)|(?P<h>(?i:first|second))\s+half\s+of\s+(?:the\s+)?(?i:fiscal)\s+(?:(?i:year)\s+)?(?P<y3>\d{4})(?-u:\b)|Q(?P<qn2>[1-4])\s+(?:of\s+)?(?:(?i:fiscal)\s+(?:(?i:year)\s+)?|FY\s?)(?P<y4>\d{4}|\d{2})(?-u:\b)|FY\s?(?P<y5>\d{4}|\d{2})\s+Q(?P<qn3>[1-4])(?-u:\b))")
            .expect("compiles")
    });
    for c in QUARTER.captures_iter(text) {
        let Some(all) = c.get(0) else {
            continue;
        };
        let half = c.name("h").is_some()
            || (c.name("ord2").is_some() && all.as_str().to_lowercase().contains(" half "));
        let part = ["ord", "ord2", "h"]
            .iter()
            .find_map(|n| c.name(n).and_then(|w| super::dates::ordinal(w.as_str())))
            .or_else(|| {
                ["qn", "qn2", "qn3"]
                    .iter()
                    .find_map(|n| c.name(n)?.as_str().parse::<u32>().ok())
            });
        let Some(part) = part else {
            continue;
        };
        let named = ["y", "y2", "y3", "y4", "y5"]
            .iter()
            .find_map(|n| c.name(n).and_then(|y| year_of(y.as_str())));
        let Some(named) = named.or_else(|| article_date.map(|d| year_containing(calendar, d)))
        else {
            continue;
        };
        let (len, offset) = if half {
            (6, 6 * (part.min(2) - 1))
        } else {
            (3, 3 * (part - 1))
        };
        let (sy, sm) = start_of(calendar, named);
        let value = span_of_months(sy, sm, offset, len);
        let span = all.range();
        if free(periods, &span) {
            periods.push((span, value, None));
        }
    }
}

/// "fiscal 2033", "fiscal year 2033", "FY34", "FY 2032", "by FY37", "FY2027/28", "Geschäftsjahr
/// 2031/32", "fiscal years 2034–2038", "fiscal years 2032 through 2036", "FY33 to FY35". Read
/// with a calendar the article told, or, where the date extractor has no reading of its own,
/// with the one its country's usage suggests.
fn years(text: &str, calendar: Calendar, periods: &mut Periods) {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?P<by>(?:by|until|through|bis)\s+)?(?:(?P<fiscal>(?i:fiscal|financial))(?:\s+(?P<year>(?i:years?)))?\s+|(?P<fy>FY)\s?'?|(?P<gj>Geschäftsjahr(?:es)?)\s+)(?P<a>\d{4}|\d{2})(?:\s?(?P<sep>[/–-])\s?(?P<b>\d{4}|\d{2})|\s+(?P<word>through|to)\s+(?:FY\s?)?(?P<wb>\d{4}|\d{2})|\s+(?P<and>and)\s+(?P<ab>\d{4}))?(?-u:\b)")
            .expect("compiles")
    });
    for c in YEAR.captures_iter(text) {
        let (Some(all), Some(a)) = (c.get(0), c.name("a")) else {
            continue;
        };
        let fy = c.name("fy").is_some();
        let german = c.name("gj").is_some();
        // Two digits are a year only after "FY" ("FY34"); "fiscal 12" is no year.
        if a.as_str().len() == 2 && !fy {
            continue;
        }
        // Only "financial year" names a year; "financial 2033" does not.
        if c.name("fiscal")
            .is_some_and(|f| f.as_str().eq_ignore_ascii_case("financial"))
            && c.name("year").is_none()
        {
            continue;
        }
        if german && !calendar.told {
            continue;
        }
        let Some(first_year) = year_of(a.as_str()) else {
            continue;
        };
        let plural = c.name("year").is_some_and(|y| y.as_str().ends_with('s'));
        // "fiscal years 2032 through 2036", "FY33 to FY35", "fiscal years 2032 and 2033": the
        // words link a span only of years named so; "FY34 and FY35" are two years, as "in
        // 2024 and 2028" are two dates.
        let linked = c.name("word").is_some() || c.name("and").is_some();
        if linked && !(plural || fy && c.name("and").is_none()) {
            continue;
        }
        let second = c.name("b").or(c.name("wb")).or(c.name("ab")).and_then(|b| {
            let y = if b.as_str().len() == 2 {
                first_year / 100 * 100 + b.as_str().parse::<i32>().ok()?
            } else {
                b.as_str().parse().ok()?
            };
            Some(y)
        });
        let value = match second {
            // "2031/32", "FY2027/28": one year, named by both calendar years it spans.
            Some(b) if b == first_year + 1 && !plural && !linked => {
                if calendar.told {
                    let (sy, sm) = start_of(calendar, b);
                    span_of_months(sy, sm, 0, 12)
                } else if fy && a.as_str().len() == 4 {
                    // The date extractor reads "FY 2030-31" itself; "FY2027/28" (no space)
                    // it does not. April, or July where the dollar is Australian.
                    let first_month = if calendar.last_month == 6 { 7 } else { 4 };
                    format!(
                        "{first_year:04}-{first_month:02}/{b:04}-{:02}",
                        first_month - 1
                    )
                } else {
                    continue;
                }
            }
            // "fiscal years 2034–2038": from the first one's start to the last one's end.
            Some(b)
                if (b > first_year + 1 && plural || b > first_year && linked)
                    && b - first_year < 30 =>
            {
                let (sy, sm) = start_of(calendar, first_year);
                let (ey, em) = start_of(calendar, b);
                let (ey, em) = months_after(ey, em, 11);
                format!("{sy:04}-{sm:02}/{ey:04}-{em:02}")
            }
            Some(_) => continue,
            None => {
                // The date extractor's reading of "fiscal 2033" is the US federal year or
                // Japan's; a told calendar replaces it, "FY34" and "fiscal year 2033" it
                // does not read.
                let words = c.name("fiscal").is_some() && c.name("year").is_none();
                if words && !calendar.told {
                    continue;
                }
                let (sy, sm) = start_of(calendar, first_year);
                span_of_months(sy, sm, 0, 12)
            }
        };
        let by = c.name("by");
        let start = by.map_or(all.start(), |b| b.start());
        let span = start..all.end();
        let modifier = by.map(|_| "deadline");
        if free(periods, &span) {
            periods.push((span, value, modifier));
        }
    }
}

/// "2033–34", "the 2033–34 Budget": in Australian and New Zealand text, the financial year
/// from July (India's from April: `first_month`), the budget's words with it. Elsewhere
/// (`worded_only`) only years that say they are financial ones ("the 2033-34 to 2035-36
/// financial years").
fn years_of_two_numbers(text: &str, first_month: u32, worded_only: bool, periods: &mut Periods) {
    static TWO_NUMBERS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:[Ff]rom\s+)?(?:FY\s?)?(?P<a>(?:19|20)\d{2})[–-](?P<b>\d{2})(?-u:\b)(?:\s+(?:to|until|through)\s+(?:FY\s?)?(?P<c>(?:19|20)\d{2})[–-](?P<d>\d{2})(?-u:\b))?(?:\s+[Bb]udgets?(?-u:\b)|(?P<worded>\s+(?:financial|fiscal)\s+years?(?-u:\b)))?")
            .expect("compiles")
    });
    if !text.contains(['–', '-']) {
        return;
    }
    for c in TWO_NUMBERS.captures_iter(text) {
        let (Some(all), Some(a), Some(b)) = (c.get(0), c.name("a"), c.name("b")) else {
            continue;
        };
        let (Ok(first), Ok(second)) = (a.as_str().parse::<i32>(), b.as_str().parse::<i32>()) else {
            continue;
        };
        let glued = text[..all.start()].ends_with(|c: char| c.is_ascii_digit() || c == '/')
            || text[all.end()..]
                .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | '/'));
        if glued || (first + 1) % 100 != second || worded_only && c.name("worded").is_none() {
            continue;
        }
        // "from FY 2033-34 to FY 2037-38": the years from the first to the last, one span.
        let last = match (c.name("c"), c.name("d")) {
            (Some(c), Some(d)) => match (c.as_str().parse::<i32>(), d.as_str().parse::<i32>()) {
                (Ok(c), Ok(d)) if (c + 1) % 100 == d && c > first => c,
                _ => continue,
            },
            _ => first,
        };
        let months = u32::try_from(12 * (last - first + 1)).unwrap_or(12);
        let span = all.range();
        if free(periods, &span) {
            periods.push((span, span_of_months(first, first_month, 0, months), None));
        }
    }
}

/// "the current fiscal year", "next fiscal year", "das laufende Geschäftsjahr", "im
/// abgelaufenen Geschäftsjahr": the fiscal year the article's date falls in, or one next to it.
fn relative(
    text: &str,
    calendar: Calendar,
    article_date: Option<NaiveDate>,
    periods: &mut Periods,
) {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:(?P<en>(?i:current|this|next|coming|last|previous|prior))\s+(?i:fiscal|financial)\s+year|(?P<de>laufende|abgelaufene|vergangene|kommende|nächste|letzte|vorige|vorangegangene)[nms]?\s+Geschäftsjahr(?:es|s)?)(?-u:\b)")
            .expect("compiles")
    });
    let Some(date) = article_date else {
        return;
    };
    for c in RELATIVE.captures_iter(text) {
        let Some(all) = c.get(0) else {
            continue;
        };
        if !calendar.relative {
            continue;
        }
        let word = c
            .name("en")
            .or_else(|| c.name("de"))
            .map(|w| w.as_str().to_lowercase())
            .unwrap_or_default();
        let shift = match word.as_str() {
            "next" | "coming" | "kommende" | "nächste" => 1,
            "last" | "previous" | "prior" | "abgelaufene" | "vergangene" | "letzte" | "vorige"
            | "vorangegangene" => -1,
            _ => 0,
        };
        let named = year_containing(calendar, date) + shift;
        let (sy, sm) = start_of(calendar, named);
        let span = all.range();
        if free(periods, &span) {
            periods.push((span, span_of_months(sy, sm, 0, 12), None));
        }
    }
}

/// The name (a year) of the fiscal year a day falls in.
fn year_containing(calendar: Calendar, date: NaiveDate) -> i32 {
    let ends_in = if date.month() > calendar.last_month {
        date.year() + 1
    } else {
        date.year()
    };
    if calendar.named_by_start && calendar.last_month != 12 {
        ends_in - 1
    } else {
        ends_in
    }
}

/// The year and month the fiscal year named `named` begins in.
fn start_of(calendar: Calendar, named: i32) -> (i32, u32) {
    let ends_in = if calendar.named_by_start && calendar.last_month != 12 {
        named + 1
    } else {
        named
    };
    let first = calendar.last_month % 12 + 1;
    let starts_in = if calendar.last_month == 12 {
        ends_in
    } else {
        ends_in - 1
    };
    (starts_in, first)
}

/// `len` months from `offset` months after the month `year`-`month`, as "YYYY-MM/YYYY-MM"; a
/// calendar year or quarter as such ("2033", "2033-Q2").
fn span_of_months(year: i32, month: u32, offset: u32, len: u32) -> String {
    let (fy, fm) = months_after(year, month, offset as i32);
    let (ly, lm) = months_after(fy, fm, len as i32 - 1);
    if fm == 1 && len == 12 {
        format!("{fy:04}")
    } else if len == 3 && fm % 3 == 1 && fy == ly {
        format!("{fy:04}-Q{}", fm.div_ceil(3))
    } else {
        format!("{fy:04}-{fm:02}/{ly:04}-{lm:02}")
    }
}

/// The year and month `n` months after `year`-`month` (before it where `n` is negative).
fn months_after(year: i32, month: u32, n: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + n;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

fn year_month(iso: &str) -> Option<(i32, u32)> {
    let (y, m) = iso.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    Some((y.parse().ok()?, m.parse().ok()?))
}

/// A year of four digits, or of two after "FY" ("FY34" is 2034).
fn year_of(digits: &str) -> Option<i32> {
    let n = digits.parse::<i32>().ok()?;
    match digits.len() {
        2 => Some(2000 + n),
        4 if (1900..=2200).contains(&n) => Some(n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn told(text: &str) -> Option<u32> {
        year_end_told(text)
    }

    #[test]
    fn the_end_of_a_fiscal_year_as_articles_tell_it() {
        assert_eq!(told("for the fiscal year ended July 31, 2032."), Some(7));
        assert_eq!(
            told("cut sales in fiscal 2033, which ends in January."),
            Some(1)
        );
        assert_eq!(told("the fiscal third quarter ending in October"), Some(1));
        assert_eq!(
            told("its fiscal second quarter 2033, ended January 31, 2033."),
            Some(7)
        );
        assert_eq!(
            told("Im Geschäftsjahr 2031/32, das am 30. September endete, stieg"),
            Some(9)
        );
        assert_eq!(told("im Geschäftsjahr (Oktober bis September)"), Some(9));
        assert_eq!(told("das Geschäftsjahr, das im April beginnt"), Some(3));
        assert_eq!(told("fiscal year ending March 2033"), Some(3));
        assert_eq!(told("The fiscal year was hard."), None);
    }

    fn read(text: &str, calendar: Calendar, date: Option<&str>) -> Vec<(String, String)> {
        let ctx = ExtractContext {
            fiscal: Some(calendar),
            article_date: date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            ..ExtractContext::default()
        };
        super::super::dates::words_and_values(text, ctx)
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn financial_years_of_two_numbers_said_so() {
        let default = Calendar {
            last_month: 9,
            named_by_start: false,
            told: false,
            relative: false,
            stated: false,
        };
        assert_eq!(
            read(
                "The funding covers the 2033-34 to 2035-36 financial years.",
                default,
                Some("2033-03-15")
            ),
            [pair(
                "2033-34 to 2035-36 financial years",
                "2033-04/2036-03"
            )]
        );
    }

    const JULY: Calendar = Calendar {
        last_month: 7,
        named_by_start: false,
        told: true,
        relative: true,
        stated: false,
    };

    #[test]
    fn quarters_halves_and_years_of_a_company_whose_year_ends_in_july() {
        let d = read(
            "Revenue for the fiscal second quarter 2033 grew, compared with the fiscal second quarter 2032.",
            JULY,
            Some("2033-02-22"),
        );
        assert_eq!(
            d,
            [
                pair("fiscal second quarter 2033", "2032-11/2033-01"),
                pair("fiscal second quarter 2032", "2031-11/2032-01")
            ]
        );
        let d = read(
            "For the fiscal third quarter and fiscal year 2033, in the first half of fiscal 2033.",
            JULY,
            Some("2033-02-22"),
        );
        assert_eq!(
            d,
            [
                pair("fiscal third quarter", "2033-02/2033-04"),
                pair("fiscal year 2033", "2032-08/2033-07"),
                pair("first half of fiscal 2033", "2032-08/2033-01")
            ]
        );
        let d = read(
            "See the Annual Report for the fiscal year ended July 31, 2032 and the fiscal quarter ended October 31, 2032.",
            JULY,
            Some("2033-02-22"),
        );
        assert_eq!(
            d,
            [
                pair("fiscal year ended July 31, 2032", "2031-08-01/2032-07-31"),
                pair(
                    "fiscal quarter ended October 31, 2032",
                    "2032-08-01/2032-10-31"
                )
            ]
        );
    }

    #[test]
    fn a_german_companys_years_and_the_one_running() {
        let september = Calendar {
            last_month: 9,
            named_by_start: false,
            told: true,
            relative: true,
            stated: false,
        };
        let d = read(
            "Für das laufende Geschäftsjahr erwartet Corvanta mehr als im Geschäftsjahr 2031/32.",
            september,
            Some("2032-11-17"),
        );
        assert_eq!(
            d,
            [
                pair("laufende Geschäftsjahr", "2032-10/2033-09"),
                pair("Geschäftsjahr 2031/32", "2031-10/2032-09")
            ]
        );
        let d = read(
            "Im Geschäftsjahr 2031/32 stieg der Umsatz um 12 Prozent, nach 14 Prozent im Vorjahr.",
            september,
            Some("2032-11-17"),
        );
        assert_eq!(d.last(), Some(&pair("im Vorjahr", "2030-10/2031-09")));
        // The year's last day and the news's own day between leave it the year compared with.
        let d = read(
            "Im Geschäftsjahr 2031/32, das am 30. September endete, stieg die Marge, wie der Konzern am Mittwoch mitteilte, nach 14 Prozent im Vorjahr.",
            september,
            Some("2032-11-17"),
        );
        assert_eq!(d.last(), Some(&pair("im Vorjahr", "2030-10/2031-09")));
    }

    #[test]
    fn usual_calendars_where_the_article_tells_none() {
        let federal = Calendar {
            last_month: 9,
            named_by_start: false,
            told: false,
            relative: true,
            stated: false,
        };
        let d = read(
            "CISA got less than in the current fiscal year; over fiscal years 2034–2038 and in FY2027/28.",
            federal,
            Some("2032-06-24"),
        );
        assert_eq!(
            d,
            [
                pair("current fiscal year", "2031-10/2032-09"),
                pair("fiscal years 2034–2038", "2033-10/2038-09"),
                pair("FY2027/28", "2027-04/2028-03")
            ]
        );
        // The span in words; "to" after one year named so links no span.
        let d = read(
            "It authorizes $150 million for fiscal years 2032 through 2036; fiscal 2033 to 2034 growth.",
            federal,
            Some("2031-06-18"),
        );
        assert_eq!(
            d[0],
            pair("fiscal years 2032 through 2036", "2031-10/2036-09")
        );
        assert!(d.iter().all(|p| p.0 != "fiscal 2033 to 2034"), "{d:?}");
        // India's years, named by the year they end in.
        let india = Calendar {
            last_month: 3,
            named_by_start: false,
            told: true,
            relative: true,
            stated: false,
        };
        let d = read(
            "an outlay of ₹2,400 crore over FY33 to FY35.",
            india,
            Some("2031-12-09"),
        );
        assert_eq!(d, [pair("FY33 to FY35", "2032-04/2035-03")]);
        // ICANN's years in a paragraph on ICANN.
        let d = read("ICANN's FY34 budget, and by FY37.", federal, None);
        assert_eq!(
            d,
            [
                pair("FY34", "2033-07/2034-06"),
                pair("by FY37", "2036-07/2037-06")
            ]
        );
        let d = read(
            "They have until Sept. 30 to avoid a shutdown when fiscal 2033 begins Oct. 1.",
            federal,
            Some("2032-06-24"),
        );
        assert_eq!(d.last(), Some(&pair("Oct. 1", "2032-10-01")));
        let australian = Calendar {
            last_month: 6,
            named_by_start: false,
            told: false,
            relative: false,
            stated: false,
        };
        let d = read(
            "Funding in 2033–34 and in the 2033–34 Budget, not in 2031-2033.",
            australian,
            Some("2033-02-17"),
        );
        assert_eq!(
            d[..2],
            [
                pair("2033–34", "2033-07/2034-06"),
                pair("2033–34 Budget", "2033-07/2034-06")
            ]
        );
        // Japan names a year that ends in March by its start, whatever the article tells.
        let told = calendar_of(
            "Japan's Hoshimi expects profit in fiscal 2032, the year ending March 2033.",
            Lang::En,
            None,
            true,
        );
        assert_eq!(
            told.map(|c| (c.last_month, c.named_by_start)),
            Some((3, true))
        );
        // India's, from April, and a run of them as one span.
        let d = read(
            "During 2032-33 it issued 1,312 advisories, with Rs 1,480 crore for the period from FY 2033-34 to FY 2037-38.",
            INDIA,
            Some("2033-04-12"),
        );
        assert_eq!(
            d,
            [
                pair("2032-33", "2032-04/2033-03"),
                pair("from FY 2033-34 to FY 2037-38", "2033-04/2038-03")
            ]
        );
        // A quarter of a company that told no calendar is left to the date extractor.
        let d = read("in the fiscal third quarter 2033", federal, None);
        assert_eq!(d, [pair("third quarter 2033", "2033-Q3")]);
    }

    #[test]
    fn australias_year_from_july_relative_to_the_article_where_the_text_speaks_of_them() {
        let text = "Last financial year the ACMA took 27 actions worth A$14 million.";
        let Some(calendar) = calendar_of(text, Lang::En, Some("AUD"), false) else {
            panic!("an Australian text has a calendar");
        };
        assert_eq!(
            read(text, calendar, Some("2032-08-04")),
            [pair("Last financial year", "2031-07/2032-06")]
        );
        // Without a word of financial years, "last year" is no financial one.
        let plain = "Last year the ACMA took 27 actions worth A$14 million.";
        assert!(calendar_of(plain, Lang::En, Some("AUD"), false).is_some_and(|c| !c.relative));
    }
}
