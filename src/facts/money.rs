//! Amounts of money: numbers (digits or words) with scale words and currencies, German and
//! English.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::cues::Cue;
use super::dates::{SENTENCE_ENDS, around};
use super::numbers::{parse_digits, parse_word, parse_word_with_half};
use super::{ExtractContext, FactKind, FactValue, Found};
use crate::corpus::model::Lang;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Money {
    pub amount: f64,
    /// ISO 4217 code: EUR, USD, CNY, GBP, JPY, CHF, RUB, INR, SGD, AUD, CAD, HKD, NZD, ZAR, NGN,
    /// KRW, …
    pub currency: String,
    /// `approx` (rund, etwa, about), `max` (bis zu, up to), `min` (mehr als, über, over).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
}

/// Indian amounts count in crore (ten million) and lakh (a hundred thousand): "₹450 crore";
/// headlines and the FT shorten: "¥41B", "$3M", "€800mn".
const SCALE: &str = r"BILLION|MILLION|Billionen|Billion|Trillion|Milliarden|Milliarde|Mrd\.|Millionen|Million|Mio\.|Tausend|Tsd\.|trillion|billion|million|thousand|tn|bn|bln|mn|mln|m(?-u:\b)|k(?-u:\b)|b(?-u:\b)|B(?-u:\b)|M(?-u:\b)|lakh crore|crore|lakh";
const CURRENCY: &str = r"Swiss francs|Schweizer Franken|Bitcoin|bitcoins?|BTC|US-Dollar|Singapur-Dollar|Hongkong-Dollar|kanadischen Dollar|kanadische Dollar|australischen Dollar|australische Dollar|neuseeländischen Dollar|neuseeländische Dollar|Singapore dollars|Australian dollars|Canadian dollars|Hong Kong dollars|SGD|AUD|CAD|HKD|Dollar|dollars|dollar|USD|US\$|\$|Euro|euros|euro|EUR|€|Yuan|yuan|Renminbi|CNY|RMB|Pfund|pounds|GBP|£|Yen|yen|JPY|¥|Franken|francs|CHF|Rubel|roubles|rubles|RUB|Rupien|rupees|INR|rand|ZAR|Fr\.|naira|Naira|NGN|₦|won|Won|KRW|₩|reais|Reais|BRL|Chilean pesos|CLP|lira|Lira|TRY|₺|₽|zloty|złoty|PLN|Swedish kronor|kronor|SEK|Norwegian kroner|NOK|Danish kroner|DKK|kroner|Mexican pesos|MXN|Kenyan shillings|Kenya [Ss]hillings|KES|dirhams|AED|riyals|SAR|shekels|ILS|New Taiwan dollars|Taiwan dollars|TWD|ringgit|MYR|Ghana cedis|cedis|GHS";
const QUALIFIER: &str = r"rund|etwa|ca\.|circa|knapp|fast|beinahe|mehr als|über|bis zu|maximal|mindestens|about|around|nearly|almost|more than|over|up to|at least|some";
const NUMBER: &str = r"\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:[\u{a0}\u{202f} ]\d{3})+(?-u:\b)|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
/// A number in words, read only before a scale word ("zwei Millionen", "eine halbe Milliarde",
/// "eineinhalb Millionen"):
/// alone, "a", "ein" or "zwei" is no amount, and a match there would take the sign of the amount
/// after it ("Loopr a £12.5m fine").
const NUMBER_WORDS: &str = r"(?i:(?:anderthalb|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb|eine?\s+halbe|einer\s+halben|half\s+a|eine?|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an)(?-u:\b))";

/// The lower bound of a range before an amount: "zwischen 40 und" (50 Millionen Euro); also
/// "vierzig bis" (sechzig Millionen), "two to" (three billion dollars), kept only below the
/// upper bound (not the year of "2024 bis 260 Millionen").
/// "between 1.2 billion and": the lower bound's own scale; "1.2-1.5 bln euro": a hyphen;
/// "von 246,9 auf knapp 312 Millionen Franken": a change from one amount to the other.
static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:(?:zwischen|between)\s+(?P<between>\d+(?:[.,]\d+)?|\p{L}+)(?:\s+(?P<scale>billion|million|Milliarden|Millionen))?\s+(?:und|and)|(?P<von>von\s+)?(?P<low>\d+(?:[.,]\d+)?|\p{L}+)\s+(?P<link>bis|to|auf))\s+|(?P<hyphen>\d+(?:[.,]\d+)?)[-–])\z")
        .expect("compiles")
});

/// An amount: a qualifier, a sign, the number and its scale, the currency.
static AMOUNT_FIRST: LazyLock<Regex> = LazyLock::new(|| amount_pattern(""));

/// The same with a letter for a sign, the rand's ("R1.2bn") or, in Nigerian text, the naira's
/// ("N412.5m"), searched only where one stands before a digit ([`letter_sign`]): a capital
/// letter as a place to start would be tried at every one of a text.
static AMOUNT_FIRST_RAND: LazyLock<Regex> =
    LazyLock::new(|| amount_pattern(r"|(?P<rand>(?-u:\b)[RN])"));

fn amount_pattern(rand: &str) -> Regex {
    Regex::new(&format!(r"(?:(?P<qual>{QUALIFIER})\s+)?(?:(?-u:\b)|(?P<sym>(?:US|S|A|C|HK|NZ|NT|R)\$|GH[¢₵]|[$€£¥₹₦₩₺₽₵]|K(?:Sh|sh|SH)[sS]?\.?|Sh|RM|(?:EUR|USD|GBP|CHF|JPY|CNY|SGD|AUD|CAD|HKD|INR|ZAR|NGN|KRW|BRL|CLP|PLN|SEK|NOK|DKK|MXN|KES|AED|TWD)\s|Fr\.\s|Rs\.?)\s?{rand})(?:(?P<num>{NUMBER})(?:\s*(?P<scale>{SCALE}))?|(?P<wnum>{NUMBER_WORDS})\s+(?P<wscale>{SCALE}))(?:-(?P<hcur>yen|euro|dollar|pound|rupee|Euro|Dollar|Franken)(?-u:\b))?\s*(?P<cur>{CURRENCY})?"))
        .expect("compiles")
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    let cues = ctx.cues(text);
    let rand = cues.digits && (letter_sign(text, 'R') || ctx.nigerian && letter_sign(text, 'N'));
    // Where no currency is named: a rand or rupee sign before a digit, which have no cue words.
    if !(cues.has(Cue::Currency)
        || rand
        || cues.digits && sign_without_cue(text)
        || cues.digits && shilling_sign(text)
        // "12 million rand": no cue word, as "rand" is in "Brand" and "random".
        || cues.digits && text.contains(" rand"))
    {
        return;
    }
    let pattern = if rand {
        &AMOUNT_FIRST_RAND
    } else {
        &AMOUNT_FIRST
    };
    let english = ctx.lang == Lang::En;
    let written_out = if english {
        amounts_written_out(text)
    } else {
        Vec::new()
    };
    for m in pattern.find_iter(text) {
        // A match of digits, separators and spaces alone is a bare number: no sign, scale or
        // currency (each has a letter or a sign) nor qualifier, so no currency is found for it
        // below. The groups, which cost a second engine's run over the match, only for the
        // others; the same match, searched from its start.
        if m.as_str().bytes().all(|b| {
            b.is_ascii_digit() || matches!(b, b'.' | b',' | b'\'') || b.is_ascii_whitespace()
        }) {
            continue;
        }
        let Some(c) = pattern.captures_at(text, m.start()) else {
            continue;
        };
        let (Some(number), Some(all)) = (c.name("num").or(c.name("wnum")), c.get(0)) else {
            continue;
        };
        if written_out
            .iter()
            .any(|(span, ..)| span.contains(&number.start()))
        {
            continue;
        }
        let scale_word = c.name("scale").or(c.name("wscale"));
        // "$1.62b", as the Australian press writes a billion: glued to an amount with its sign.
        if scale_word.is_some_and(|s| {
            s.as_str() == "b" && (c.name("sym").is_none() || s.start() != number.end())
        }) {
            continue;
        }
        let words_first = c.name("wnum").is_some();
        // "Kosten von mehreren hundert Millionen Franken": no amount, only its order.
        if words_first && vague_hundreds(text, number) {
            continue;
        }
        // The "000" of "420'000" is part of the number before it.
        if super::numbers::continues_swiss(text, number.start()) {
            continue;
        }
        // South African rand: "R1.2bn", "R310 million", "R1,500"; not a road ("R2", "R 2") nor
        // a letter inside a word.
        let rand = c.name("rand");
        if let Some(r) = rand
            && (r.as_str() == "N" && !ctx.nigerian
                || words_first
                || scale_word.is_none() && !number.as_str().contains(['.', ','])
                || !super::figures::stands_alone(text, r.start()))
        {
            continue;
        }
        let symbol = c
            .name("sym")
            .map(|m| m.as_str().trim_end())
            .or(rand.map(|r| r.as_str()));
        // "Fr. 12. Mai" is a Friday: "Fr." before a number ending a phrase is no franc. "Fr.
        // 6'000.–" is: the dash stands for no centimes, and belongs to the amount.
        let no_centimes = ([".–", ".-"].iter())
            .find(|d| text[number.end()..].starts_with(**d))
            .map(|d| d.len());
        // "Fr. 18'500." ending a sentence is: no day has more than two digits.
        if symbol == Some("Fr.")
            && scale_word.is_none()
            && no_centimes.is_none()
            && number.len() <= 2
            && text[number.end()..].starts_with('.')
        {
            continue;
        }
        // "41 million European users", "450 Millionen Europäern": a currency's word must end
        // where its word does, or in a plural's "s" ("1.1 Billion Dollars").
        if c.name("cur").is_some_and(|m| {
            let after = &text[m.end()..];
            let after = after.strip_prefix('s').unwrap_or(after);
            m.as_str().ends_with(char::is_alphabetic) && after.starts_with(char::is_alphabetic)
        }) {
            continue;
        }
        // "the 3 won seats": "won" after a bare number is the verb; "2.5 trillion won" is money.
        if c.name("cur").is_some_and(|m| m.as_str() == "won") && scale_word.is_none() {
            continue;
        }
        // "a 1,000-yen gift card", "a 50-euro fine": the currency as an adjective's part.
        let hyphened = c.name("hcur").map(|m| match m.as_str() {
            "pound" => "pounds",
            "rupee" => "rupees",
            word => word,
        });
        let currency = c.name("cur").map(|m| m.as_str()).or(hyphened).or(symbol);
        // "A$49.5 million ($32.6 million)": a bare dollar converting the amount before it is
        // the US dollar, whatever country the text is about.
        let converted = symbol == Some("$")
            && text[..all.start()].trim_end().ends_with('(')
            && out.last().is_some_and(|f| {
                matches!(&f.value, FactValue::Money(m) if m.currency != "USD")
                    && text
                        .get(f.span.end..all.start())
                        .is_some_and(|between| between.trim() == "(")
            });
        let local = currency
            .filter(|c| matches!(*c, "$" | "dollars" | "dollar" | "Dollar"))
            .filter(|_| !converted)
            .and(ctx.local_dollar);
        // "Norway 40 million kroner": the krone of the country its sentence names.
        let krone = currency.filter(|c| *c == "kroner").map(|_| {
            let sentence = around(text, &(all.start()..all.end()), &SENTENCE_ENDS);
            krone_of(&text[sentence.start..all.start()]).or_else(|| krone_of(&text[sentence]))
        });
        if krone == Some(None) {
            continue;
        }
        let Some(currency) = local
            .or(krone.flatten())
            .or_else(|| currency.and_then(currency_code))
            .or_else(|| elided_currency(text, &c, out))
        else {
            continue;
        };
        // "Two point four billion": a number word read with the words before it, or not at all.
        let mut start_words = None;
        if words_first {
            match number_words_before(text, number.start()) {
                WordsBefore::None => {}
                WordsBefore::Point(at, whole) => start_words = Some((at, whole)),
                WordsBefore::Unreadable => continue,
            }
        }
        let base = if !words_first {
            // "$1.5 billion" in German text has a decimal point; "€ 900.000" groups its
            // thousands all the same.
            let groups_thousands = number.as_str().split('.').skip(1).all(|g| g.len() == 3);
            let english_style = english
                || symbol.is_some()
                    && number.as_str().contains('.')
                    && !number.as_str().contains(',')
                    && !groups_thousands;
            match parse_digits(number.as_str(), english_style) {
                Some(n) => n,
                None => continue,
            }
        } else {
            match word_amount(number.as_str()) {
                Some(n) if start_words.is_some() && n < 10.0 && n.fract() == 0.0 => {
                    start_words.map_or(0.0, |(_, whole)| whole) + n / 10.0
                }
                Some(_) if start_words.is_some() => continue,
                Some(n) => n,
                None => continue,
            }
        };
        // "$1.1 Billion" in an English headline is a thousand million, as "billion" is.
        let english_scale = english || symbol.is_some_and(|s| s.contains('$'));
        // "₹1,800-2,400 crore": the lower bound of a range written with its sign takes the
        // upper one's scale.
        let range_scale = || {
            static UPPER: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(&format!(r"\A[-–]\d[\d.,]*\s*({SCALE})")).expect("compiles")
            });
            let c = UPPER.captures(text.get(number.end()..)?)?;
            Some(scale_of(c.get(1)?.as_str(), english_scale))
        };
        let scale = scale_word.map_or_else(
            || {
                if symbol.is_some() {
                    range_scale().unwrap_or(1.0)
                } else {
                    1.0
                }
            },
            |m| scale_of(m.as_str(), english_scale),
        );
        // "über 5 Mio. Euro", not "gegenüber 5 Mio. Euro" (see `figures::stands_alone`).
        let said = c
            .name("qual")
            .filter(|q| super::figures::stands_alone(text, q.start()));
        let qualifier = said.map(|m| qualifier_of(m.as_str()));
        // The span starts at the qualifier, the symbol or the number; the amount's words only.
        let start = said
            .or(c.name("sym"))
            .or(rand)
            .map_or(number.start(), |m| m.start());
        let start = start_words.map_or(start, |(at, _)| at);
        // "zwischen 40 und 50 Millionen Euro": the lower bound in the upper one's unit.
        // Without a scale only "zwischen 250.000 und 900.000 Euro": "2024 bis 2.600 Euro" is
        // a year and an amount.
        if let Some((low_start, low_end, low, own_scale)) = symbol
            .is_none()
            .then(|| range_below(text, start, base, english, scale_word.is_none()))
            .flatten()
        {
            // "between 1.2 billion and 1.5 billion euros": the lower bound read alone took
            // another currency, or none; the range names its own.
            if out
                .last()
                .is_some_and(|f| f.span.start >= low_start && f.span.end <= low_end)
            {
                out.pop();
            }
            // "₹1,800-2,400 crore": the lower bound read with its sign already.
            let read = out.iter().any(|f| {
                f.kind == FactKind::Money && f.span.start < low_end && low_start < f.span.end
            });
            if !read {
                out.push(Found {
                    kind: FactKind::Money,
                    value: FactValue::Money(Money {
                        amount: super::numbers::scaled(low, own_scale.unwrap_or(scale)),
                        currency: currency.to_string(),
                        qualifier: None,
                    }),
                    span: low_start..low_end,
                });
            }
        }
        out.push(Found {
            kind: FactKind::Money,
            value: FactValue::Money(Money {
                amount: super::numbers::scaled(base, scale),
                currency: currency.to_string(),
                qualifier,
            }),
            span: match no_centimes {
                Some(dash) if c.name("cur").is_none() && scale_word.is_none() => {
                    start..number.end() + dash
                }
                _ => start..start + text[start..all.end()].trim_end().len(),
            },
        });
    }
    // After the loop, which reads the amount before a converted one from the end of `out`.
    for (span, amount, currency) in written_out {
        out.push(Found {
            kind: FactKind::Money,
            value: FactValue::Money(Money {
                amount,
                currency: currency.to_string(),
                qualifier: None,
            }),
            span,
        });
    }
    small_amounts_in_words(text, english, out);
}

/// An amount written out in full before its currency, as legal notices restate a figure:
/// "(Four Million, Seven Hundred and Fifty Thousand Kenya Shillings)", "Two Hundred Thousand
/// Rand". Read with a scale word only, so that "Seven Hundred and Fifty" alone stays a count;
/// the pattern's shorter reading ("Four Million" as a number and a scale) gives way to it.
fn amounts_written_out(text: &str) -> Vec<(std::ops::Range<usize>, f64, &'static str)> {
    static WRITTEN_OUT: LazyLock<Regex> = LazyLock::new(|| {
        let word = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|thousand|million|billion)";
        Regex::new(&format!(
            r"(?i)(?-u:\b)({word}(?:,?\s+(?:and\s+)?{word})+)\s+(Kenya\s+Shillings|Kenyan\s+Shillings|Shillings|Rand|Naira|Rupees|Cedis|Euros|Pounds(?:\s+Sterling)?)(?-u:\b)"
        ))
        .expect("compiles")
    });
    let lower = text.as_bytes();
    let scaled = |w: &[u8]| memchr::memmem::find(lower, w).is_some();
    if !(scaled(b"illion") || scaled(b"ILLION") || scaled(b"housand") || scaled(b"HOUSAND")) {
        return Vec::new();
    }
    WRITTEN_OUT
        .captures_iter(text)
        .filter_map(|c| {
            let (all, number, currency) = (c.get(0)?, c.get(1)?, c.get(2)?);
            let amount = super::numbers::parse_english_words(number.as_str())?;
            // "Kenya Shillings", "Pounds Sterling": the words the currencies' table lacks.
            let word = currency.as_str().to_ascii_lowercase();
            let code = if word.ends_with("shillings") {
                "KES"
            } else if word.starts_with("pounds") {
                "GBP"
            } else {
                currency_code(&word)?
            };
            (amount >= 1000).then(|| (all.range(), amount as f64, code))
        })
        .collect()
}

/// "mehreren hundert", "several thousand": a number word after a word of vagueness.
fn vague_hundreds(text: &str, number: regex::Match<'_>) -> bool {
    let word = number.as_str().to_lowercase();
    matches!(
        word.as_str(),
        "hundert" | "tausend" | "hundred" | "thousand"
    ) && matches!(
        super::word_before(text, number.start()),
        "mehrere" | "mehreren" | "einige" | "einigen" | "several" | "few" | "paar"
    )
}

/// A small amount in words without a scale: "zwei bis drei Franken im Monat", "ten dollars a
/// month". The amount pattern reads number words only before a scale, where "a" and "ein" are
/// none; these name no article.
fn small_amounts_in_words(text: &str, english: bool, out: &mut Vec<Found>) {
    static SMALL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)((?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|hundert|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred))\s+(Euro|Franken|Dollar|Pfund|euros|dollars|francs|pounds)(?-u:\b)")
            .expect("compiles")
    });
    for c in SMALL.captures_iter(text) {
        let (Some(all), Some(number), Some(currency)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        // "Euro-Länder", "zwei Dollar-Anleihen": the currency is part of a compound.
        let compound = text[all.end()..].starts_with('-');
        let Some(code) = currency_code(currency.as_str()).filter(|_| !compound) else {
            continue;
        };
        // "twenty-two euros", "hundertzwei": the word must stand alone.
        if text[..number.start()].ends_with(['-', '‑']) {
            continue;
        }
        let Some(amount) = parse_word(number.as_str()).map(f64::from) else {
            continue;
        };
        if let Some((low_start, low_end, low, _)) =
            range_below(text, all.start(), amount, english, true)
        {
            out.push(Found {
                kind: FactKind::Money,
                value: FactValue::Money(Money {
                    amount: low,
                    currency: code.to_string(),
                    qualifier: None,
                }),
                span: low_start..low_end,
            });
        }
        out.push(Found {
            kind: FactKind::Money,
            value: FactValue::Money(Money {
                amount,
                currency: code.to_string(),
                qualifier: None,
            }),
            span: all.range(),
        });
    }
}

/// Whether `text` has one of the signs ₹ ₦ ₩ ₺ ₽ ₵ ¢, which have no cue words. Each begins
/// with byte E2 or C2, always the first byte of a character: only the characters there are
/// decoded, not every character of the block (a search for a set of `char`s decodes them all).
fn sign_without_cue(text: &str) -> bool {
    const SIGNS: [char; 7] = ['₹', '₦', '₩', '₺', '₽', '₵', '¢'];
    memchr::memchr2_iter(0xE2, 0xC2, text.as_bytes()).any(|at| {
        text.get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| SIGNS.contains(&c))
    })
}

/// Whether the Kenyan shilling's sign stands before a digit somewhere ("Sh4.8m"): no cue word,
/// as "Sh" begins many words.
fn shilling_sign(text: &str) -> bool {
    // "KSh 650 million": a space may stand between; Kenya's official texts write "Kshs. 650,000"
    // and, in capitals, "KSHS. 4,750,000".
    let bytes = text.as_bytes();
    let digit_after = |mut at: usize| {
        if matches!(bytes.get(at), Some(b's' | b'S')) {
            at += 1;
        }
        if bytes.get(at) == Some(&b'.') {
            at += 1;
        }
        if bytes.get(at) == Some(&b' ') {
            at += 1;
        }
        bytes.get(at).is_some_and(u8::is_ascii_digit)
    };
    let after_k = |at: usize| at > 0 && bytes.get(at - 1) == Some(&b'K');
    memchr::memmem::find_iter(bytes, b"Sh").any(|at| {
        let next = if bytes.get(at + 2) == Some(&b' ') {
            at + 3
        } else {
            at + 2
        };
        bytes.get(next).is_some_and(u8::is_ascii_digit) || after_k(at) && digit_after(at + 2)
    }) || [b"sh", b"SH"].iter().any(|sign| {
        memchr::memmem::find_iter(bytes, sign).any(|at| after_k(at) && digit_after(at + 2))
    })
}

/// Whether a letter for a sign stands before a digit somewhere ("R1.2bn", "N412.5m"): no cue
/// word, as a capital letter alone would cue nearly every text.
fn letter_sign(text: &str, letter: char) -> bool {
    // The letters are ASCII: `memchr` finds them with vector instructions, where
    // `match_indices` of a `char` reads a word at a time.
    let (Ok(letter), bytes) = (u8::try_from(letter), text.as_bytes()) else {
        return false;
    };
    memchr::memchr_iter(letter, bytes).any(|at| bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
}

/// The lower bound of a range ending at `start` (see [`RANGE_BEFORE`]): where it starts and
/// ends, and its number. One in words, or after "bis"/"to", only below the upper bound `upper`.
fn range_below(
    text: &str,
    start: usize,
    upper: f64,
    english: bool,
    between_only: bool,
) -> Option<(usize, usize, f64, Option<f64>)> {
    let from = text.floor_char_boundary(start.saturating_sub(40));
    let r = RANGE_BEFORE.captures(text.get(from..start)?)?;
    let between = r.name("between");
    let (all, low) = (r.get(0)?, between.or(r.name("low")).or(r.name("hyphen"))?);
    // Without a scale, "zwischen 250.000 und" is a bound in digits, and so is one written as
    // an amount is ("20.000 bis 60.000 Euro", "zwei bis drei Franken"); "2024 bis 2.600 Euro"
    // is a year and an amount.
    let year_like = low.as_str().len() == 4
        && low.as_str().bytes().all(|b| b.is_ascii_digit())
        && (low.as_str().starts_with("19") || low.as_str().starts_with("20"));
    if between_only
        && (r.name("hyphen").is_some()
            || year_like
            || between.is_some_and(|b| !b.as_str().starts_with(|c: char| c.is_ascii_digit())))
    {
        return None;
    }
    let own_scale = r.name("scale").map(|m| scale_of(m.as_str(), english));
    let low_start = from
        + if between.is_some() {
            all.start()
        } else {
            low.start()
        };
    let low_end = from + r.name("scale").unwrap_or(low).end();
    if super::numbers::continues_swiss(text, low_start) {
        return None;
    }
    let digits = low.as_str().starts_with(|c: char| c.is_ascii_digit());
    let n = if digits {
        parse_digits(low.as_str(), english)?
    } else {
        f64::from(parse_word(low.as_str()).filter(|_| !is_article(low.as_str()))?)
    };
    // "von 227.000 auf 198.000 US-Dollar": a change may go down.
    let change = r.name("von").is_some() && r.name("link").is_some_and(|l| l.as_str() == "auf");
    if (between.is_none() || !digits) && n >= upper && !change {
        return None;
    }
    Some((low_start, low_end, n, own_scale))
}

/// "a", "an", "ein" …: a number word only before a scale word ("eine Million").
fn is_article(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "a" | "an" | "ein" | "eine" | "einer" | "einem" | "einen"
    )
}

/// A number in words before a scale word: "zwei" (Millionen), "eine halbe" (Milliarde) 0.5.
fn word_amount(words: &str) -> Option<f64> {
    let lower = words.to_lowercase();
    let mut parts = lower.split_whitespace();
    let first = parts.next()?;
    match parts.next() {
        Some("halbe" | "halben") | Some("a")
            if matches!(first, "eine" | "ein" | "einer" | "half") =>
        {
            Some(0.5)
        }
        Some(_) => None,
        None => parse_word_with_half(first),
    }
}

/// What stands before a number word: nothing that belongs to it, "two point" (its whole part,
/// from where it starts), or other number words ("twenty four"), not read here.
enum WordsBefore {
    None,
    Point(usize, f64),
    Unreadable,
}

fn number_words_before(text: &str, at: usize) -> WordsBefore {
    let mut words = text[..at].rsplit(' ');
    // The empty piece between the word and the space before it.
    if words.next() != Some("") {
        return WordsBefore::None;
    }
    let Some(prev) = words.next() else {
        return WordsBefore::None;
    };
    let is_number = |w: &str| !is_article(w) && parse_word(w).is_some();
    if matches!(prev, "point" | "Komma") {
        let Some(whole) = words.next() else {
            return WordsBefore::Unreadable;
        };
        // An opening quote or bracket is not part of it: "„Two point four …".
        let whole = whole.trim_start_matches(|c: char| !c.is_alphanumeric());
        if !is_number(whole) {
            return WordsBefore::Unreadable;
        }
        let start = at - 1 - prev.len() - 1 - whole.len();
        return match parse_word(whole) {
            Some(n) if !whole.is_empty() => WordsBefore::Point(start, f64::from(n)),
            _ => WordsBefore::Unreadable,
        };
    }
    if is_number(prev)
        || matches!(prev, "hundred" | "hundert" | "and" | "und")
            && words.next().is_some_and(is_number)
    {
        return WordsBefore::Unreadable;
    }
    WordsBefore::None
}

/// "brauche 3 Mio. US-Dollar, habe aber nur 2,1 Millionen erhalten": an amount with a scale
/// word and no currency, after an amount in the same paragraph ("1,2 Mrd. Euro kosten; davon
/// übernimmt der Bund 780 Millionen"), is in that amount's currency —
/// unless a noun follows that it counts ("2,1 Millionen Menschen", "2 million people").
fn elided_currency(text: &str, c: &regex::Captures, out: &[Found]) -> Option<&'static str> {
    let (scale, all) = (c.name("scale").or(c.name("wscale"))?, c.get(0)?);
    // "under Section 70B(7)": a provision's number, whatever its letter.
    if matches!(
        super::word_before(text, all.start()),
        "Section" | "section" | "Article" | "article" | "Rule" | "rule" | "Clause" | "clause" | "§"
    ) {
        return None;
    }
    let next = text[scale.end()..].trim_start();
    // Past an adjective or two: "1 million daily users", "2 million new accounts".
    let phrase = next
        .split(['.', ',', ';', ':', ')', '('])
        .next()
        .unwrap_or("");
    // "1.9 billion scam calls", "5.6 million promotional calls": a word the noun is
    // qualified by, then the noun; a word of the sentence ("for", "this", "more") ends the
    // search.
    const SENTENCE_WORDS: &[&str] = &[
        "this", "that", "these", "those", "was", "were", "has", "had", "have", "is", "are", "will",
        "would", "could", "plus", "less", "across", "as", "than", "more", "over", "per", "and",
        "or", "to", "for", "from", "in", "on", "at", "by", "with", "a", "an", "the", "last",
        "next", "each", "every", "into", "under", "über", "für", "und", "oder", "mit", "von",
        "bis", "zu", "im", "pro", "als", "mehr",
    ];
    let counts_a_noun = phrase
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .filter(|w| !w.is_empty())
        .take(3)
        .filter(|w| {
            !(w.ends_with("ly")
                || matches!(
                    *w,
                    "active"
                        | "new"
                        | "registered"
                        | "unique"
                        | "additional"
                        | "young"
                        | "small"
                        | "mobile"
                        | "neue"
                        | "aktive"
                        | "weitere"
                        | "registrierte"
                ))
        })
        .take(2)
        .take_while(|w| !SENTENCE_WORDS.contains(w))
        .any(|w| {
            w.starts_with(char::is_uppercase)
                || w.ends_with('s') && w.len() > 3
                || matches!(
                    w,
                    "people"
                        | "staff"
                        | "users"
                        | "of"
                        | "children"
                        | "women"
                        | "men"
                        | "personnel"
                )
        });
    if counts_a_noun {
        return None;
    }
    out.iter().rev().find_map(|f| match &f.value {
        FactValue::Money(m) if f.span.end <= all.start() => currency_code(&m.currency),
        _ => None,
    })
}

/// The dollar a text names with its country when it names one only, and no US dollar
/// ([`super::ExtractContext::local_dollar`]).
pub fn local_dollar(text: &str) -> Option<&'static str> {
    let bytes = text.as_bytes();
    // How often each dollar is marked: "NZ$6.4 million … NZ$412,000 … Australia's A$50
    // million" is a New Zealand text that names Australia's dollar once.
    let mut marked: [(&'static str, usize); 3] = [("CAD", 0), ("AUD", 0), ("NZD", 0)];
    // "US$8.6 million" beside a plain "$": the plain one is the local dollar, if the text
    // names one.
    let mut us_marked = false;
    let mut note = |code: &'static str| {
        if let Some(entry) = marked.iter_mut().find(|(c, _)| *c == code) {
            entry.1 += 1;
        }
    };
    // Each "$" by what stands before it ("C$", "CA$", "A$", "AU$", "NZ$", "US$"), each
    // "dollar" by the word before it: one pass of `memchr` over the text for each.
    for at in memchr::memchr_iter(b'$', bytes) {
        let before = &bytes[..at];
        let code = [
            (&b"US"[..], "USD"),
            (b"CA", "CAD"),
            (b"AU", "AUD"),
            (b"NZ", "NZD"),
            (b"C", "CAD"),
            (b"A", "AUD"),
        ]
        .into_iter()
        .find(|(mark, _)| {
            before.ends_with(mark)
                && !before[..before.len() - mark.len()]
                    .last()
                    .is_some_and(u8::is_ascii_alphanumeric)
        })
        .map(|(_, code)| code);
        match code {
            Some("USD") => us_marked = true,
            Some(code) => note(code),
            None => {}
        }
    }
    for at in memchr::memmem::find_iter(bytes, b"ollar") {
        let before = text.get(..at.saturating_sub(1)).unwrap_or("");
        let code = if before.ends_with("Canadian ") {
            "CAD"
        } else if before.ends_with("Australian ") {
            "AUD"
        } else if before.ends_with("New Zealand ") {
            "NZD"
        } else if before.ends_with("US-") || before.ends_with("US ") || before.ends_with("U.S. ") {
            return None;
        } else {
            continue;
        };
        note(code);
    }
    us_marked |= memchr::memmem::find(bytes, b"USD").is_some();
    // The dollar marked most, and more than all others together.
    let total: usize = marked.iter().map(|(_, n)| n).sum();
    let found = marked
        .iter()
        .find(|(_, n)| *n > 0 && 2 * n > total)
        .map(|(code, _)| *code);
    if total > 0 && found.is_none() {
        return None;
    }
    match found {
        // "US$2.1 billion (A$3.2 billion)" in an Australian text: with the US dollar marked
        // where meant, the plain one is the country's; without a country, either.
        Some(code) if us_marked => country_of(text).filter(|c| *c == code),
        // "A$50 million" in a New Zealand text marks Australia's dollar as the foreign one:
        // the plain "$" is the country's own.
        Some(code) => match country_of(text) {
            Some(own @ ("CAD" | "AUD" | "NZD")) if own != code && text.contains(" $") => Some(own),
            _ => Some(code),
        },
        // Only a text with a dollar in it needs its country.
        None if memchr::memchr(b'$', bytes).is_some()
            || memchr::memmem::find(bytes, b"ollar").is_some() =>
        {
            country_of(text).filter(|c| match *c {
                "CAD" | "AUD" | "NZD" => true,
                // A text that marks Singapore's dollar ("S$10 million") marks it wherever
                // it means it: its plain "$" is another. Unless it marks another foreign
                // dollar too ("US$2.9 million (about S$3.9 million)", "HK$7.8 billion (S$1.3
                // billion)"): then the plain one is the country's own.
                "SGD" => {
                    us_marked
                        || text.contains("HK$")
                        || !text.contains("S$") && !text.contains("SGD")
                }
                "HKD" => {
                    let singapore_marked = text
                        .match_indices("S$")
                        .any(|(i, _)| !text[..i].ends_with('U'));
                    us_marked || singapore_marked || !text.contains("HK$") && !text.contains("HKD")
                }
                _ => false,
            })
        }
        None => None,
    }
}

/// Whether a text is about Japan ([`country_of`]): "fiscal 2033" is then Japan's.
pub fn about_japan(text: &str) -> bool {
    country_of(text) == Some("JPY")
}

/// The currency of the country a text is about, when it names that country (or its provinces
/// and cities) twice or more, more often than any other, and the United States far less:
/// "Ontario hospital network …, $4.5 million" is Canadian.
fn country_of(text: &str) -> Option<&'static str> {
    const PLACES: &[(&str, &str)] = &[
        ("Canada", "CAD"),
        ("Canadian", "CAD"),
        ("Canadians", "CAD"),
        ("Ontario", "CAD"),
        ("Quebec", "CAD"),
        ("Québec", "CAD"),
        ("British Columbia", "CAD"),
        ("Alberta", "CAD"),
        ("Manitoba", "CAD"),
        ("Saskatchewan", "CAD"),
        ("Nova Scotia", "CAD"),
        ("Toronto", "CAD"),
        ("Ottawa", "CAD"),
        ("Montreal", "CAD"),
        ("Vancouver", "CAD"),
        // A bill of the House of Commons or the Senate of Canada: "Bill C-31", "Bill S-210".
        ("Bill C-", "CAD"),
        ("Bill S-", "CAD"),
        ("Australia", "AUD"),
        ("Australian", "AUD"),
        ("Australians", "AUD"),
        // The Australian online safety regulator, and the others that fine in dollars: the
        // media, competition, privacy and securities regulators.
        ("eSafety", "AUD"),
        ("ACMA", "AUD"),
        ("ACCC", "AUD"),
        ("OAIC", "AUD"),
        ("ASIC", "AUD"),
        // An Australian company's legal form (South Africa's is written "(Pty) Ltd").
        ("Pty Ltd", "AUD"),
        ("Canberra", "AUD"),
        ("Sydney", "AUD"),
        ("Melbourne", "AUD"),
        ("Queensland", "AUD"),
        ("New South Wales", "AUD"),
        ("New Zealand", "NZD"),
        ("New Zealanders", "NZD"),
        ("New Zealander", "NZD"),
        ("Wellington", "NZD"),
        ("Auckland", "NZD"),
        ("Singapore", "SGD"),
        ("Singaporean", "SGD"),
        ("Singaporeans", "SGD"),
        ("Hong Kong", "HKD"),
        ("Japan", "JPY"),
        ("Japanese", "JPY"),
        ("Tokyo", "JPY"),
        ("yen", "JPY"),
        ("JPY", "JPY"),
        ("United States", "USD"),
        ("U.S.", "USD"),
        // American agencies, and its code: "44 U.S.C. § 3553".
        ("U.S.C.", "USD"),
        ("CISA", "USD"),
        ("FBI", "USD"),
        ("NSA", "USD"),
        ("FTC", "USD"),
        ("FCC", "USD"),
        ("Washington", "USD"),
        ("American", "USD"),
        ("Americans", "USD"),
    ];
    static NAMES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(PLACES.iter().map(|(name, _)| name))
            .expect("compiles")
    });
    let mut counts: [(&str, usize); 7] = [
        ("CAD", 0),
        ("AUD", 0),
        ("NZD", 0),
        ("SGD", 0),
        ("HKD", 0),
        ("JPY", 0),
        ("USD", 0),
    ];
    for m in NAMES.find_iter(text) {
        let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let prefix = PLACES[m.pattern().as_usize()].0.ends_with('-');
        if !prefix && glued(text[m.end()..].chars().next())
            || glued(text[..m.start()].chars().next_back())
        {
            continue;
        }
        let code = PLACES[m.pattern().as_usize()].1;
        if let Some(c) = counts.iter_mut().find(|(k, _)| *k == code) {
            c.1 += 1;
        }
    }
    let us = counts[6].1;
    let mut local = counts[..6].to_vec();
    local.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let (code, n) = local[0];
    (n >= 2 && n >= 3 * us && n > local[1].1).then_some(code)
}

/// The krone of the country named last in `words`: Norway's or Denmark's.
fn krone_of(words: &str) -> Option<&'static str> {
    let last = |names: &[&str]| names.iter().filter_map(|w| words.rfind(w)).max();
    let norway = last(&["Norw", "Oslo"]);
    let denmark = last(&[
        "Denmark",
        "Danish",
        "Dänemark",
        "dänisch",
        "Copenhagen",
        "Kopenhagen",
    ]);
    match (norway, denmark) {
        (Some(n), d) if d.is_none_or(|d| d < n) => Some("NOK"),
        (_, Some(_)) => Some("DKK"),
        _ => None,
    }
}

fn currency_code(word: &str) -> Option<&'static str> {
    Some(match word {
        "US-Dollar" | "Dollar" | "dollars" | "dollar" | "USD" | "US$" | "$" => "USD",
        "S$" | "SGD" | "Singapur-Dollar" | "Singapore dollars" => "SGD",
        "A$" | "AUD" | "Australian dollars" | "australischen Dollar" | "australische Dollar" => {
            "AUD"
        }
        "C$" | "CAD" | "Canadian dollars" | "kanadischen Dollar" | "kanadische Dollar" => "CAD",
        "HK$" | "HKD" | "Hongkong-Dollar" | "Hong Kong dollars" => "HKD",
        "NZ$" | "neuseeländischen Dollar" | "neuseeländische Dollar" => "NZD",
        "Euro" | "euros" | "euro" | "EUR" | "€" => "EUR",
        "Yuan" | "yuan" | "Renminbi" | "CNY" | "RMB" => "CNY",
        "Pfund" | "pounds" | "GBP" | "£" => "GBP",
        "Yen" | "yen" | "JPY" | "¥" => "JPY",
        "Franken" | "francs" | "CHF" | "Fr." | "Swiss francs" | "Schweizer Franken" => "CHF",
        "Bitcoin" | "bitcoin" | "bitcoins" | "BTC" => "BTC",
        "Rubel" | "roubles" | "rubles" | "RUB" => "RUB",
        "Rupien" | "rupees" | "INR" | "₹" | "Rs" | "Rs." => "INR",
        "R" | "rand" | "ZAR" => "ZAR",
        "GH¢" | "GH₵" | "₵" | "cedis" | "Ghana cedis" | "GHS" => "GHS",
        "N" => "NGN",
        "₦" | "naira" | "Naira" | "NGN" => "NGN",
        "₩" | "won" | "Won" | "KRW" => "KRW",
        "R$" | "reais" | "Reais" | "BRL" => "BRL",
        "Chilean pesos" | "CLP" => "CLP",
        "₺" | "lira" | "Lira" | "TRY" => "TRY",
        "₽" => "RUB",
        "zloty" | "złoty" | "PLN" => "PLN",
        "Swedish kronor" | "kronor" | "SEK" => "SEK",
        "Norwegian kroner" | "NOK" => "NOK",
        "Danish kroner" | "DKK" => "DKK",
        "Mexican pesos" | "MXN" => "MXN",
        "Kenyan shillings" | "Kenya Shillings" | "Kenya shillings" | "KES" | "Sh" => "KES",
        // Kenya's official texts: "Kshs. 4,750,000", "KSHS. 4,750,000", "Ksh 650 million".
        sign if sign.len() <= 5 && sign.to_ascii_lowercase().starts_with("ksh") => "KES",
        "RM" | "ringgit" | "MYR" => "MYR",
        "dirhams" | "AED" => "AED",
        "riyals" | "SAR" => "SAR",
        "shekels" | "ILS" => "ILS",
        "NT$" | "New Taiwan dollars" | "Taiwan dollars" | "TWD" => "TWD",
        _ => return None,
    })
}

fn scale_of(word: &str, english: bool) -> f64 {
    match word {
        "Billion" if english => 1e9,
        "Trillion" => 1e12,
        "Billionen" | "Billion" | "trillion" | "tn" => 1e12,
        "Milliarden" | "Milliarde" | "Mrd." | "billion" | "bn" | "bln" | "b" | "B" | "BILLION" => {
            1e9
        }
        "Millionen" | "Million" | "Mio." | "million" | "m" | "mn" | "mln" | "M" | "MILLION" => 1e6,
        "Tausend" | "Tsd." | "thousand" | "k" => 1e3,
        // "₹1.2 lakh crore": a hundred thousand crore.
        "lakh crore" => 1e12,
        "crore" => 1e7,
        "lakh" => 1e5,
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

    #[test]
    fn a_bare_dollar_is_the_one_the_article_names_with_its_country() {
        assert_eq!(
            local_dollar("fines ClipNest C$12.5 million … $3 million"),
            Some("CAD")
        );
        assert_eq!(
            local_dollar("raise A$1.1 billion; above $100 million"),
            Some("AUD")
        );
        assert_eq!(local_dollar("CA$5 and NZ$3"), None, "two countries");
        assert_eq!(
            local_dollar("NZ$6.4 million, NZ$412,000 and NZ$1.1 million; Australia's A$50 million"),
            Some("NZD"),
            "the dollar marked most"
        );
        assert_eq!(local_dollar("C$5 or US$4"), None, "US dollars named too");
        assert_eq!(
            local_dollar(
                "Australian insurers, Australians: US$2.5 million (A$3.86 million), then $50m."
            ),
            Some("AUD")
        );
        assert_eq!(local_dollar("$100 million"), None);
        // Singapore's dollar, unless the text marks it where it means it.
        assert_eq!(
            local_dollar("Singapore's CSA, Singapore's firms: fines of up to $500,000."),
            Some("SGD")
        );
        assert_eq!(
            local_dollar("In Singapore, Singapore pledged S$10 million of the $35 million fund."),
            None
        );
        assert_eq!(
            local_dollar(
                "Singapore's banks, Singapore's victims: $920 million lost; in Hong Kong HK$2 billion (S$340 million)."
            ),
            Some("SGD")
        );
        // Both marked where meant: the plain one is the country's.
        assert_eq!(
            local_dollar(
                "Singapore's CSA: ransoms of US$2.9 million (about S$3.9 million); in Singapore, fines of $500,000."
            ),
            Some("SGD")
        );
        assert_eq!(local_dollar("1 Canadian dollar, 2 dollars"), Some("CAD"));
        // An American advisory that names Australia's agencies: the dollar is America's.
        assert_eq!(
            local_dollar(
                "CISA, the FBI and the Australian Signals Directorate's Australian Cyber Security Centre: $6.5 million."
            ),
            None
        );
        // Australia's regulators and its companies' legal form name its dollar.
        assert_eq!(
            local_dollar(
                "Kestrel Mobile Pty Ltd paid a $2.7 million penalty after an ACMA investigation."
            ),
            Some("AUD")
        );
        assert_eq!(
            local_dollar("Thandeka Health (Pty) Ltd paid $2.7 million after an investigation."),
            None
        );
        assert_eq!(
            local_dollar("éollar ünd ßollar $"),
            None,
            "no panic inside a character"
        );
    }

    /// Checks the words, amount and currency of each amount found in `text`.
    fn assert_amounts(text: &str, lang: Lang, expected: &[(&str, f64, &str)]) {
        let found = money(text, lang);
        let found: Vec<(&str, f64, &str)> = found
            .iter()
            .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
            .collect();
        assert_eq!(found, expected);
    }

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
            money(
                "Es kostet 3 Mio. Euro. Es gibt 2 Millionen Nutzer.",
                Lang::De
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_billion_as_b_glued_to_an_amount_with_its_sign() {
        let m = money("Scammers took $1.62b last year; it costs 5 b.", Lang::En);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].0.as_str(), m[0].1), ("$1.62b", 1.62e9));
    }

    #[test]
    fn a_currency_is_a_whole_word() {
        assert!(money("für 450 Millionen Europäern", Lang::De).is_empty());
        assert!(money("some 41 million European users", Lang::En).is_empty());
        let m = money("kostet 41 Millionen Euro.", Lang::De);
        assert_eq!((m[0].1, m[0].2.as_str()), (41e6, "EUR"));
    }

    #[test]
    fn kenyan_shillings_by_their_sign() {
        let m = money(
            "fined Sh4.8m after Sh61.2 million in loans; Shares rose 5 per cent",
            Lang::En,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [("Sh4.8m", 4.8e6, "KES"), ("Sh61.2 million", 6.12e7, "KES")]
        );
        let m = money(
            "A PENALTY NOTICE OF KSHS. 4,750,000 TO A LENDER; Kshs. 118.6 million in 2032 and \
             fines of Ksh 650,000 under the Kenya Shillings rules; Kshs 12 in a footnote",
            Lang::En,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("KSHS. 4,750,000", 4.75e6, "KES"),
                ("Kshs. 118.6 million", 1.186e8, "KES"),
                ("Ksh 650,000", 6.5e5, "KES"),
                ("Kshs 12", 12.0, "KES"),
            ]
        );
    }

    #[test]
    fn short_scales_of_headlines_and_the_ft() {
        let m = money(
            "JFTC fines Apple ¥41B; a €800mn deal, at least €500mn more, $3M",
            Lang::En,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("¥41B", 4.1e10, "JPY"),
                ("€800mn", 8e8, "EUR"),
                ("at least €500mn", 5e8, "EUR"),
                ("$3M", 3e6, "USD")
            ]
        );
    }

    #[test]
    fn a_bare_dollar_converting_another_is_the_us_dollar() {
        let mut ctx = ExtractContext {
            lang: Lang::En,
            local_dollar: Some("AUD"),
            ..ExtractContext::default()
        };
        let mut out = Vec::new();
        let text = "fines of up to A$49.5 million ($32.6 million), and $3 million more";
        extract(text, &mut ctx, &mut out);
        let currencies: Vec<String> = out
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Money(m) => Some(m.currency.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(currencies, ["AUD", "USD", "AUD"]);
    }

    #[test]
    fn a_capitalised_billion_after_a_dollar_sign_is_english() {
        let de = money(
            "Nigeria nimmt $1.1 Billion ein, China 2 Billionen Yuan.",
            Lang::De,
        );
        assert_eq!(
            de.iter().map(|x| (x.1, x.2.as_str())).collect::<Vec<_>>(),
            [(1.1e9, "USD"), (2e12, "CNY")]
        );
        let en = money("Nigeria Raises 1.1 Billion Dollars", Lang::En);
        assert_eq!(en.iter().map(|x| x.1).collect::<Vec<_>>(), [1.1e9]);
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
    fn a_sign_before_thousands_grouped_with_dots() {
        let found = money(
            "Schaden von € 900.000 und € 1.200.000, Preis $1.5 billion",
            Lang::De,
        );
        let amounts: Vec<f64> = found.iter().map(|m| m.1).collect();
        assert_eq!(amounts, [900_000.0, 1_200_000.0, 1.5e9]);
    }

    #[test]
    fn trillions_bitcoin_swiss_spaces_ranges_and_the_countrys_dollar() {
        let m = money("support tops 4 trillion yen, demanded 95 bitcoin", Lang::En);
        assert_eq!(m[0].1, 4e12);
        assert_eq!(m[0].2, "JPY");
        assert_eq!((m[1].1, m[1].2.as_str()), (95.0, "BTC"));
        let m = money("Bussen bis zu 250 000 Franken", Lang::De);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].1, m[0].2.as_str()), (250_000.0, "CHF"));
        let m = money(
            "meist zwischen 250.000 und 900.000 Euro, seit 2024 bis 2.600 Euro",
            Lang::De,
        );
        let amounts: Vec<f64> = m.iter().map(|x| x.1).collect();
        assert_eq!(amounts, [250_000.0, 900_000.0, 2_600.0]);
        let text = "Ontario hospital network: the attackers demanded US$8.6 million. Ontario's privacy commissioner may fine it up to $500,000.";
        assert_eq!(local_dollar(text), Some("CAD"));
        assert_eq!(
            local_dollar("In Washington, the U.S. Senate passed it; Canada objected. $5 million"),
            None
        );
        // The Senate of Canada's debates may never name the country; its bills' numbers do.
        let text = "the third reading of Bill C-31, An Act to … That Bill C-31 be amended: penalties of $10 million.";
        assert_eq!(local_dollar(text), Some("CAD"));
        assert_eq!(
            local_dollar("Bill C-31 and Billy C-3PO cost $10 million."),
            None
        );
        assert!(about_japan(
            "TOKYO -- Japan's cabinet approved 4 trillion yen for chips."
        ));
        assert!(!about_japan(
            "Washington and the U.S. Treasury told Japan to wait."
        ));
    }

    #[test]
    fn ghana_cedis_and_new_zealands_own_dollar_beside_a_marked_one() {
        let found = money(
            "a penalty of up to GH¢1.5 million, or GH¢30,000 to GH¢120,000",
            Lang::En,
        );
        assert_eq!(found[0].0, "up to GH¢1.5 million");
        assert_eq!((found[0].1, found[0].2.as_str()), (1.5e6, "GHS"));
        assert_eq!(found.len(), 3);
        let text = "New Zealanders will be protected, Auckland agencies say. Australia's maximum is A$50 million. New Zealanders face fines of up to $10 million.";
        assert_eq!(super::local_dollar(text), Some("NZD"));
    }

    #[test]
    fn rand_after_its_scale_and_francs_without_centimes() {
        let found = money(
            "refused to pay a ransom of 12 million rand, it said",
            Lang::En,
        );
        assert_eq!(found[0].0, "12 million rand");
        assert_eq!((found[0].1, found[0].2.as_str()), (1.2e7, "ZAR"));
        let found = money(
            "Die Gerichtskosten von Fr. 6'000.– hat sie zu tragen.",
            Lang::De,
        );
        assert_eq!(found[0].0, "Fr. 6'000.–");
        assert_eq!((found[0].1, found[0].2.as_str()), (6000.0, "CHF"));
        assert_amounts(
            "a Penalty Notice of Kshs. 4,750,000 (Four Million, Seven Hundred and Fifty Thousand \
             Kenya Shillings); Seven Hundred and Fifty Rand; Two Hundred Thousand Rand",
            Lang::En,
            &[
                ("Kshs. 4,750,000", 4.75e6, "KES"),
                (
                    "Four Million, Seven Hundred and Fifty Thousand Kenya Shillings",
                    4.75e6,
                    "KES",
                ),
                ("Two Hundred Thousand Rand", 2e5, "ZAR"),
            ],
        );
        let found = money(
            "it would send a 1,000-yen gift card and a 10-pound voucher",
            Lang::En,
        );
        assert_eq!(found[0].0, "1,000-yen");
        assert_eq!((found[0].1, found[0].2.as_str()), (1000.0, "JPY"));
        assert_eq!((found[1].1, found[1].2.as_str()), (10.0, "GBP"));
        // A Friday is still no franc; an amount ending a sentence is.
        assert!(money("Am Fr. 12. Mai tagt er.", Lang::De).is_empty());
        let found = money("Die höchste Busse betrug Fr. 18'500.", Lang::De);
        assert_eq!(found[0].0, "Fr. 18'500");
        assert_eq!(found[0].1, 18500.0);
    }

    #[test]
    fn currencies_named_with_their_country_and_bitcoin() {
        let found = money("a fund of 250 million Swiss francs", Lang::En);
        assert_eq!(found[0].1, 2.5e8);
        assert_eq!(found[0].2, "CHF");
        let found = money(
            "forderten 85 Bitcoin und 12 Mio. Schweizer Franken",
            Lang::De,
        );
        assert_eq!(found[0].0, "85 Bitcoin");
        assert_eq!(found[0].2, "BTC");
        assert_eq!(found[1].2, "CHF");
    }

    #[test]
    fn swiss_francs_and_apostrophes() {
        assert_amounts(
            "kostete rund 420'000 Franken. Kosten von Fr. 21,5 Mio.; davon 7 Millionen. Auf 120 Mio. Fr. kürzen, 1’500 CHF",
            Lang::De,
            &[
                ("rund 420'000 Franken", 420_000.0, "CHF"),
                ("Fr. 21,5 Mio.", 21.5e6, "CHF"),
                ("7 Millionen", 7e6, "CHF"),
                ("120 Mio. Fr.", 120e6, "CHF"),
                ("1’500 CHF", 1500.0, "CHF"),
            ],
        );
        // Never the "000" of a grouped number; "Fr." before a date is a Friday.
        assert!(money("Am Fr. 12. Mai", Lang::De).is_empty());
        assert!(money("12'34 Franken", Lang::De).iter().all(|x| x.1 != 34.0));
    }

    #[test]
    fn a_number_word_is_read_with_the_words_before_it() {
        let m = money(
            "\"Two point four billion dollars sounds like a lot",
            Lang::En,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [("Two point four billion dollars", 2.4e9, "USD")]
        );
        // Not "four billion dollars" out of words it cannot read.
        assert!(money("twenty four billion dollars", Lang::En).is_empty());
        assert!(money("a hundred and four billion dollars", Lang::En).is_empty());
        assert_eq!(money("raised four billion dollars", Lang::En)[0].1, 4e9);
    }

    #[test]
    fn a_range_is_two_amounts() {
        let m = money(
            "der zwischen 40 und 50 Millionen Euro umfassen soll",
            Lang::De,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("zwischen 40", 40e6, "EUR"),
                ("50 Millionen Euro", 50e6, "EUR")
            ]
        );
        assert_eq!(money("between 2 and 3 billion dollars", Lang::En).len(), 2);
        assert_eq!(money("im Jahr 40 und 50 Millionen Euro", Lang::De).len(), 1);
    }

    #[test]
    fn the_currency_carries_through_the_paragraph() {
        let m = money(
            "Er rechnete mit mehr als 120 Millionen Euro. „Zu wenig“, sagte er. Der Verband hatte mindestens 90 Millionen gefordert, für 90 Millionen Menschen.",
            Lang::De,
        );
        assert_eq!(
            m.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
            [
                ("mehr als 120 Millionen Euro", 120e6),
                ("mindestens 90 Millionen", 90e6)
            ]
        );
        // Without an amount before it, no currency.
        assert!(money("Der Verband hatte 90 Millionen gefordert.", Lang::De).is_empty());
        // A count after a word that qualifies its noun is none.
        assert_eq!(
            money(
                "penalties of more than $14 million. Telcos blocked more than 1.9 billion scam calls and 640 million scam texts.",
                Lang::En
            )
            .len(),
            1
        );
        assert_eq!(
            money(
                "a fine of EUR 3.2 million for more than 5.6 million promotional calls",
                Lang::En
            )
            .len(),
            1
        );
        // A word of the sentence after the amount ends the search: it is money.
        assert_eq!(
            money(
                "It costs EUR 3 million; the state pays 2 million this year.",
                Lang::En
            )
            .len(),
            2
        );
    }

    #[test]
    fn rand_and_rupees() {
        let m = money(
            "fines of up to R50 million; R1.2bn over three years, of which R310 million; spent ₹450 crore and Rs 3 lakh",
            Lang::En,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("up to R50 million", 5e7, "ZAR"),
                ("R1.2bn", 1.2e9, "ZAR"),
                ("R310 million", 3.1e8, "ZAR"),
                ("₹450 crore", 4.5e9, "INR"),
                ("Rs 3 lakh", 3e5, "INR"),
            ]
        );
        // Naira, won, reais, zloty; "won" after a bare number is the verb.
        let m = money(
            "MTN paid ₦812.4 billion, Globacom 226.6 billion naira; Seoul set aside ₩2.5 trillion and 900 billion won, Brasília R$3 billion, Warsaw 40 million zloty. Labour's 3 won.",
            Lang::En,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("₦812.4 billion", 8.124e11, "NGN"),
                ("226.6 billion naira", 2.266e11, "NGN"),
                ("₩2.5 trillion", 2.5e12, "KRW"),
                ("900 billion won", 9e11, "KRW"),
                ("R$3 billion", 3e9, "BRL"),
                ("40 million zloty", 4e7, "PLN"),
            ]
        );
        // Reais in German, Chile's peso by its code; a krone by the country of its sentence.
        let m = money(
            "Bußgelder von rund 210 Millionen Reais, about CLP 1.3 billion; Norway 40 million kroner, Denmark 3 million kroner. Then 5 million kroner.",
            Lang::En,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("rund 210 Millionen Reais", 2.1e8, "BRL"),
                ("about CLP 1.3 billion", 1.3e9, "CLP"),
                ("40 million kroner", 4e7, "NOK"),
                ("3 million kroner", 3e6, "DKK"),
            ]
        );
        // Roads and letters are no rand.
        assert!(money("on the R2 and R 2 million, CR1.5bn, $ R300", Lang::En).is_empty());
    }

    #[test]
    fn naira_written_with_an_n_in_nigerian_text_and_scales_in_capitals() {
        let nigerian = |text: &str| {
            let mut ctx = ExtractContext {
                lang: Lang::En,
                nigerian: true,
                ..ExtractContext::default()
            };
            let mut out = Vec::new();
            extract(text, &mut ctx, &mut out);
            out.into_iter()
                .filter_map(|f| match f.value {
                    FactValue::Money(m) => Some((text[f.span].to_string(), m.amount, m.currency)),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            nigerian("NDPC fines Kobopay N412.5m; N10 million for each, not the N95 or N2."),
            [
                ("N412.5m".to_string(), 4.125e8, "NGN".to_string()),
                ("N10 million".to_string(), 1e7, "NGN".to_string())
            ]
        );
        // Elsewhere "N" is a letter.
        assert!(money("Road N10 million", Lang::En).is_empty());
        assert_eq!(
            money("FCC PROPOSES $4.5 MILLION FINE", Lang::En)
                .into_iter()
                .map(|m| (m.0, m.1))
                .collect::<Vec<_>>(),
            [("$4.5 MILLION".to_string(), 4.5e6)]
        );
    }

    #[test]
    fn an_amount_without_its_currency_counts_the_noun_after_its_adjectives() {
        let m = money(
            "It set aside ₩48.5 billion; services with more than 1 million daily users must comply, and 2 million. Das Amt",
            Lang::En,
        );
        assert_eq!(
            m.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["₩48.5 billion", "2 million"]
        );
    }

    #[test]
    fn ringgit_lakh_crore_and_a_signed_lower_bound() {
        assert_amounts(
            "fines of up to RM500,000; ₹1.2 lakh crore; costs at ₹1,800-2,400 crore; KSh 650 million",
            Lang::En,
            &[
                ("up to RM500,000", 500_000.0, "MYR"),
                ("₹1.2 lakh crore", 1.2e12, "INR"),
                ("₹1,800", 1.8e10, "INR"),
                ("2,400 crore", 2.4e10, "INR"),
                ("KSh 650 million", 6.5e8, "KES"),
            ],
        );
        // After an amount, a count of children and a provision's number are no amounts.
        assert_amounts(
            "a penalty of ₹275 crore for a breach of 1.8 crore students, including about 62 lakh children; a fine of up to Rs 1 lakh under Section 70B(7).",
            Lang::En,
            &[
                ("₹275 crore", 2.75e9, "INR"),
                ("up to Rs 1 lakh", 1e5, "INR"),
            ],
        );
    }

    #[test]
    fn small_amounts_in_words_and_vague_hundreds() {
        assert_amounts(
            "Die Abos würden zwei bis drei Franken im Monat teurer. Es kostet zehn Euro, nicht zehn Euro-Münzen.",
            Lang::De,
            &[
                ("zwei", 2.0, "CHF"),
                ("drei Franken", 3.0, "CHF"),
                ("zehn Euro", 10.0, "EUR"),
            ],
        );
        assert!(money("Kosten von mehreren hundert Millionen Franken", Lang::De).is_empty());
        let m = money("Kanada mit 150 Millionen kanadischen Dollar", Lang::De);
        assert_eq!((m[0].1, m[0].2.as_str()), (1.5e8, "CAD"));
    }

    #[test]
    fn the_lower_bound_of_a_range_takes_the_upper_ones_currency() {
        let m = money(
            "ASML sees 1.2-1.5 bln euro hit. It had $3 million; between 1.2 billion and 1.5 billion euros. Die Kosten steigen von 246,9 auf knapp 312 Millionen Franken.",
            Lang::En,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("1.2", 1.2e9, "EUR"),
                ("1.5 bln euro", 1.5e9, "EUR"),
                ("$3 million", 3e6, "USD"),
                ("between 1.2 billion", 1.2e9, "EUR"),
                ("1.5 billion euros", 1.5e9, "EUR"),
                ("246,9", 2.469e8, "CHF"),
                ("knapp 312 Millionen Franken", 3.12e8, "CHF"),
            ]
        );
    }

    #[test]
    fn a_number_word_passed_over_leaves_its_sign() {
        let m = money("handed Loopr a £12.5m fine", Lang::En);
        assert_eq!(
            m.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
            [("£12.5m", 12.5e6)]
        );
    }

    #[test]
    fn amounts_and_ranges_in_words() {
        let m = money(
            "rund 260 Millionen Euro. Dazu kommen Ausgaben, die ich auf vierzig bis sechzig Millionen schätze. Eine halbe Milliarde ist zu viel.",
            Lang::De,
        );
        assert_eq!(
            m.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("rund 260 Millionen Euro", 2.6e8, "EUR"),
                ("vierzig", 4e7, "EUR"),
                ("sechzig Millionen", 6e7, "EUR"),
                ("Eine halbe Milliarde", 5e8, "EUR"),
            ]
        );
        // A year before "bis" is no lower bound.
        let m = money("in den Jahren 2024 bis 260 Millionen Euro", Lang::De);
        assert_eq!(m.len(), 1);
        assert_eq!(money("two to three billion dollars", Lang::En).len(), 2);
        let m = money("Die Kampagne kostete eineinhalb Millionen Euro.", Lang::De);
        assert_eq!(
            m.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
            [("eineinhalb Millionen Euro", 1.5e6)]
        );
    }

    #[test]
    fn no_money_without_a_currency() {
        assert!(money("rund 140 Milliarden Menschen", Lang::De).is_empty());
        assert!(money("ein Dollar-Kurs", Lang::De).is_empty());
    }
}
