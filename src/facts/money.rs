//! Amounts of money: numbers (digits or words) with scale words and currencies, German and
//! English.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::cues::Cue;
use super::numbers::{parse_digits, parse_word};
use super::{ExtractContext, FactKind, FactValue, Found};
use crate::corpus::model::Lang;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Money {
    pub amount: f64,
    /// ISO 4217 code: EUR, USD, CNY, GBP, JPY, CHF, RUB, INR, SGD, AUD, CAD, HKD, NZD.
    pub currency: String,
    /// `approx` (rund, etwa, about), `max` (bis zu, up to), `min` (mehr als, über, over).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
}

const SCALE: &str = r"Billionen|Billion|Milliarden|Milliarde|Mrd\.|Millionen|Million|Mio\.|Tausend|Tsd\.|billion|million|thousand|bn|m(?-u:\b)|k(?-u:\b)";
const CURRENCY: &str = r"US-Dollar|Singapur-Dollar|Hongkong-Dollar|Singapore dollars|Australian dollars|Canadian dollars|Hong Kong dollars|SGD|AUD|CAD|HKD|Dollar|dollars|dollar|USD|US\$|\$|Euro|euros|euro|EUR|€|Yuan|yuan|Renminbi|CNY|RMB|Pfund|pounds|GBP|£|Yen|yen|JPY|¥|Franken|francs|CHF|Rubel|roubles|rubles|RUB|Rupien|rupees|INR";
const QUALIFIER: &str = r"rund|etwa|ca\.|circa|knapp|fast|beinahe|mehr als|über|bis zu|maximal|mindestens|about|around|nearly|almost|more than|over|up to|at least|some";
const NUMBER: &str = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|(?i:(?:eine?|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert|one|two|three|four|five|six|seven|eight|nine|ten|a|an)(?-u:\b))";

static AMOUNT_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:({QUALIFIER})\s+)?(?:(?-u:\b)|(?P<sym>(?:US|S|A|C|HK|NZ)\$|[$€£¥]|(?:EUR|USD|GBP|CHF|JPY|CNY|SGD|AUD|CAD|HKD)\s)\s?)({NUMBER})(?:\s*({SCALE}))?\s*({CURRENCY})?"))
        .expect("compiles")
});

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    if !ctx.cues(text).has(Cue::Currency) {
        return;
    }
    let english = ctx.lang == Lang::En;
    for c in AMOUNT_FIRST.captures_iter(text) {
        let (Some(number), Some(all)) = (c.get(3), c.get(0)) else {
            continue;
        };
        let symbol = c.name("sym").map(|m| m.as_str().trim_end());
        let currency = c.get(5).map(|m| m.as_str()).or(symbol);
        let Some(currency) = currency
            .and_then(currency_code)
            .or_else(|| elided_currency(text, &c, out))
        else {
            continue;
        };
        let base = if number
            .as_str()
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
        {
            let english_style = english
                || symbol.is_some()
                    && number.as_str().contains('.')
                    && !number.as_str().contains(',');
            match parse_digits(number.as_str(), english_style) {
                Some(n) => n,
                None => continue,
            }
        } else {
            match parse_word(number.as_str()) {
                Some(n) => n as f64,
                None => continue,
            }
        };
        // "a"/"eine" only count with a scale word: "eine Million Dollar", not "ein Dollar-Kurs".
        if !number
            .as_str()
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
            && c.get(4).is_none()
        {
            continue;
        }
        let scale = c.get(4).map_or(1.0, |m| scale_of(m.as_str()));
        // "über 5 Mio. Euro", not "gegenüber 5 Mio. Euro" (see `figures::stands_alone`).
        let said = c
            .get(1)
            .filter(|q| super::figures::stands_alone(text, q.start()));
        let qualifier = said.map(|m| qualifier_of(m.as_str()));
        // The span starts at the qualifier, the symbol or the number; the amount's words only.
        let start = said.or(c.name("sym")).map_or(number.start(), |m| m.start());
        out.push(Found {
            kind: FactKind::Money,
            value: FactValue::Money(Money {
                amount: base * scale,
                currency: currency.to_string(),
                qualifier,
            }),
            span: start..start + text[start..all.end()].trim_end().len(),
        });
    }
}

/// "brauche 3 Mio. US-Dollar, habe aber nur 2,1 Millionen erhalten": an amount with a scale
/// word and no currency, after an amount in the same sentence, is in that amount's currency —
/// unless a noun follows that it counts ("2,1 Millionen Menschen", "2 million people").
fn elided_currency(text: &str, c: &regex::Captures, out: &[Found]) -> Option<&'static str> {
    let (scale, all) = (c.get(4)?, c.get(0)?);
    let next = text[scale.end()..].trim_start();
    let counts_a_noun = next
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .next()
        .is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                || w.ends_with('s') && w.len() > 3
                || matches!(w, "people" | "staff" | "users" | "of")
        });
    if counts_a_noun {
        return None;
    }
    out.iter().rev().find_map(|f| match &f.value {
        FactValue::Money(m)
            if f.span.end <= all.start()
                && !text[f.span.end..all.start()].contains(['.', '!', '?', ';']) =>
        {
            currency_code(&m.currency)
        }
        _ => None,
    })
}

fn currency_code(word: &str) -> Option<&'static str> {
    Some(match word {
        "US-Dollar" | "Dollar" | "dollars" | "dollar" | "USD" | "US$" | "$" => "USD",
        "S$" | "SGD" | "Singapur-Dollar" | "Singapore dollars" => "SGD",
        "A$" | "AUD" | "Australian dollars" => "AUD",
        "C$" | "CAD" | "Canadian dollars" => "CAD",
        "HK$" | "HKD" | "Hongkong-Dollar" | "Hong Kong dollars" => "HKD",
        "NZ$" => "NZD",
        "Euro" | "euros" | "euro" | "EUR" | "€" => "EUR",
        "Yuan" | "yuan" | "Renminbi" | "CNY" | "RMB" => "CNY",
        "Pfund" | "pounds" | "GBP" | "£" => "GBP",
        "Yen" | "yen" | "JPY" | "¥" => "JPY",
        "Franken" | "francs" | "CHF" => "CHF",
        "Rubel" | "roubles" | "rubles" | "RUB" => "RUB",
        "Rupien" | "rupees" | "INR" => "INR",
        _ => return None,
    })
}

fn scale_of(word: &str) -> f64 {
    match word {
        "Billionen" | "Billion" => 1e12,
        "Milliarden" | "Milliarde" | "Mrd." | "billion" | "bn" => 1e9,
        "Millionen" | "Million" | "Mio." | "million" | "m" => 1e6,
        "Tausend" | "Tsd." | "thousand" | "k" => 1e3,
        _ => 1.0,
    }
}

fn qualifier_of(word: &str) -> &'static str {
    match word {
        "bis zu" | "maximal" | "up to" => "max",
        "mehr als" | "über" | "mindestens" | "more than" | "over" | "at least" => "min",
        _ => "approx",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(text: &str, lang: Lang) -> Vec<(String, f64, String, Option<&'static str>)> {
        let mut ctx = ExtractContext {
            lang,
            ..ExtractContext::default()
        };
        let mut out = Vec::new();
        extract(text, &mut ctx, &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Money(m) => {
                    (text[f.span].to_string(), m.amount, m.currency, m.qualifier)
                }
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn dollars_of_other_countries() {
        let m = money("pledged £5 million and S$10 million, HK$ 3 bn", Lang::En);
        let got: Vec<(f64, &str)> = m.iter().map(|x| (x.1, x.2.as_str())).collect();
        assert_eq!(got, [(5e6, "GBP"), (1e7, "SGD"), (3e9, "HKD")]);
        let m = money("rund 40 Millionen Singapur-Dollar", Lang::De);
        assert_eq!((m[0].1, m[0].2.as_str()), (4e7, "SGD"));
        let m = money("costs could reach EUR 400 million a year", Lang::En);
        assert_eq!(
            (m[0].0.as_str(), m[0].1, m[0].2.as_str()),
            ("EUR 400 million", 4e8, "EUR")
        );
    }

    #[test]
    fn ueber_is_a_qualifier_only_as_a_word_of_its_own() {
        let m = money("über 5 Mio. Euro, gegenüber 3 Mio. Euro", Lang::De);
        let got: Vec<(&str, Option<&str>)> = m.iter().map(|x| (x.0.as_str(), x.3)).collect();
        assert_eq!(
            got,
            [("über 5 Mio. Euro", Some("min")), ("3 Mio. Euro", None)]
        );
    }

    #[test]
    fn an_amount_without_its_currency_takes_the_one_before_it() {
        let m = money(
            "brauche 3 Mio. US-Dollar, habe aber nur 2,1 Millionen erhalten",
            Lang::De,
        );
        assert_eq!((m[1].1, m[1].2.as_str()), (2.1e6, "USD"));
        // A noun after it is what it counts; a new sentence starts afresh.
        assert_eq!(
            money("3 Mio. Euro für 2,1 Millionen Menschen", Lang::De).len(),
            1
        );
        assert_eq!(
            money("Es kostet 3 Mio. Euro. Es gibt 2 Millionen.", Lang::De).len(),
            1
        );
    }

    #[test]
    fn german_amounts() {
        let m = money("mit einer Million Dollar unterstützen", Lang::De);
        assert_eq!((m[0].1, m[0].2.as_str()), (1e6, "USD"));
        let m = money(
            "Volumen von 1 Billion Yuan (rund 140 Milliarden US-Dollar bzw. etwa 130 Mrd. Euro)",
            Lang::De,
        );
        assert_eq!(
            m.iter().map(|x| (x.1, x.2.as_str())).collect::<Vec<_>>(),
            [(1e12, "CNY"), (140e9, "USD"), (130e9, "EUR")]
        );
        assert_eq!(m[1].3, Some("approx"));
        let m = money("ab 0,99 € oder bis zu 2,5 Mio. Euro", Lang::De);
        assert_eq!(m.iter().map(|x| x.1).collect::<Vec<_>>(), [0.99, 2.5e6]);
        assert_eq!(m[1].3, Some("max"));
    }

    #[test]
    fn english_amounts() {
        let m = money("raised $1.5 billion and €300m", Lang::En);
        assert_eq!(
            m.iter().map(|x| (x.1, x.2.as_str())).collect::<Vec<_>>(),
            [(1.5e9, "USD"), (300e6, "EUR")]
        );
        let m = money("put it at 300 billion yen, or 2 million euros", Lang::En);
        assert_eq!(
            m.iter().map(|x| (x.1, x.2.as_str())).collect::<Vec<_>>(),
            [(300e9, "JPY"), (2e6, "EUR")]
        );
    }

    #[test]
    fn no_money_without_a_currency() {
        assert!(money("rund 140 Milliarden Menschen", Lang::De).is_empty());
        assert!(money("ein Dollar-Kurs", Lang::De).is_empty());
    }
}
