//! Numbers as German and English texts write them: digits with thousands separators and decimal
//! commas ("1.300", "2,5", "1,000.5"), and number words ("sechs", "zwölf", "eine Million").

/// Parses a numeral written with digits. German style (`1.300,5`) unless the text is clearly
/// English style (`1,300.5`); a single separator followed by exactly three digits groups
/// thousands.
/// `n` scaled by `factor` ("2.2 lakh"), without the binary rounding error that would show as
/// 220000.00000000003: a product within a millionth of a whole number is that number.
pub fn scaled(n: f64, factor: f64) -> f64 {
    let x = n * factor;
    let whole = x.round();
    if (x - whole).abs() <= 1e-6 * whole.abs().max(1.0) {
        whole
    } else {
        x
    }
}

pub fn parse_digits(text: &str, english: bool) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() || !t.bytes().next()?.is_ascii_digit() {
        return None;
    }
    if t.contains(['\'', '’']) {
        return parse_swiss(t);
    }
    // "250 000": thousands grouped by spaces, as Swiss and French texts write them.
    if t.contains([' ', '\u{a0}', '\u{202f}']) {
        let groups: Vec<&str> = t.split([' ', '\u{a0}', '\u{202f}']).collect();
        let grouped = groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
            && groups[1..].iter().all(|g| g.len() == 3)
            && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
        return if grouped {
            groups.concat().parse().ok()
        } else {
            None
        };
    }
    let (group, decimal) = if english { (',', '.') } else { ('.', ',') };
    let mut cleaned = String::with_capacity(t.len());
    let parts: Vec<&str> = t.split(decimal).collect();
    if parts.len() > 2 {
        return None;
    }
    let int = parts[0];
    let groups: Vec<&str> = int.split(group).collect();
    // "24,61,318", "1,25,000": Indian English groups the thousands, then the lakhs and crores by
    // two digits. Only with at least three groups, so that "1,25" stays no number.
    if english
        && groups.len() >= 3
        && groups.first().is_some_and(|g| (1..=2).contains(&g.len()))
        && groups.last().is_some_and(|g| g.len() == 3)
        && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
    {
        return groups.concat().parse().ok();
    }
    if groups.len() > 1 && groups[1..].iter().any(|g| g.len() != 3) {
        // "2.5" in German text: a decimal point after all.
        if groups.len() == 2 && parts.len() == 1 {
            return format!("{}.{}", groups[0], groups[1]).parse().ok();
        }
        return None;
    }
    for g in groups {
        cleaned.push_str(g);
    }
    if let Some(frac) = parts.get(1) {
        cleaned.push('.');
        cleaned.push_str(frac);
    }
    cleaned.parse().ok()
}

/// A Swiss or Austrian numeral grouped by apostrophes ("2'100", "420’000", "1'234.50"): every
/// group after the first has three digits; a decimal point or comma may end it.
fn parse_swiss(t: &str) -> Option<f64> {
    let (int, frac) = match t.find(['.', ',']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let mut cleaned = String::with_capacity(t.len());
    for (i, g) in int.split(['\'', '’']).enumerate() {
        let ok = g.bytes().all(|b| b.is_ascii_digit())
            && if i == 0 {
                (1..=3).contains(&g.len())
            } else {
                g.len() == 3
            };
        if !ok {
            return None;
        }
        cleaned.push_str(g);
    }
    if let Some(frac) = frac {
        if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        cleaned.push('.');
        cleaned.push_str(frac);
    }
    cleaned.parse().ok()
}

/// Whether the number starting at `at` continues one before it grouped by an apostrophe: the
/// "000" of "420'000", which is no number of its own.
pub fn continues_swiss(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let rest = before
        .strip_suffix('\'')
        .or_else(|| before.strip_suffix('’'));
    rest.is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()))
}

const UNITS: &[(&str, u32)] = &[
    ("null", 0),
    ("ein", 1),
    ("eine", 1),
    ("einer", 1),
    ("einem", 1),
    ("einen", 1),
    ("eins", 1),
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("fünf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
    ("zehn", 10),
    ("elf", 11),
    ("zwölf", 12),
    ("dreizehn", 13),
    ("vierzehn", 14),
    ("fünfzehn", 15),
    ("sechzehn", 16),
    ("siebzehn", 17),
    ("achtzehn", 18),
    ("neunzehn", 19),
    ("zwanzig", 20),
    ("dreißig", 30),
    ("vierzig", 40),
    ("fünfzig", 50),
    ("sechzig", 60),
    ("siebzig", 70),
    ("achtzig", 80),
    ("neunzig", 90),
    ("hundert", 100),
    ("einhundert", 100),
    ("tausend", 1000),
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("a", 1),
    ("an", 1),
];

/// A number word: "sechs" → 6, "einundzwanzig" → 21, "zwölf" → 12, "seven" → 7.
pub fn parse_word(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    // English compounds: "forty-nine", "eighty-three".
    if let Some((tens, unit)) = w.split_once('-') {
        let tens = parse_word(tens).filter(|&t| (20..=90).contains(&t) && t % 10 == 0)?;
        let unit = parse_word(unit).filter(|&u| (1..=9).contains(&u))?;
        return Some(tens + unit);
    }
    if let Some(&(_, n)) = UNITS.iter().find(|(name, _)| *name == w) {
        return Some(n);
    }
    // Hundreds and thousands: "zweitausend", "dreihundert" (not "hunderttausend", read as 100).
    for (suffix, factor) in [("tausend", 1000), ("hundert", 100)] {
        if let Some(head) = w.strip_suffix(suffix)
            && !head.is_empty()
        {
            let head = if head == "ein" { 1 } else { parse_word(head)? };
            return (1..100).contains(&head).then_some(head * factor);
        }
    }
    // German compounds: "einundzwanzig", "zweiundvierzig".
    let (unit, tens) = w.split_once("und")?;
    let unit = if unit == "ein" {
        1
    } else {
        parse_word(unit).filter(|&u| (1..=9).contains(&u))?
    };
    let tens = parse_word(tens).filter(|&t| (20..=90).contains(&t) && t % 10 == 0)?;
    Some(tens + unit)
}

/// An English number written out in full, as a legal text restates an amount: "Four Million,
/// Seven Hundred and Fifty Thousand" → 4,750,000, "two hundred and twelve" → 212. `None` for a
/// word that is no number or a scale out of order ("thousand million" reads as one scale).
pub fn parse_english_words(words: &str) -> Option<u64> {
    let (mut total, mut current) = (0u64, 0u64);
    let mut any = false;
    for word in words
        .split([' ', ',', '\u{a0}'])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
    {
        let scale = match word.to_ascii_lowercase().as_str() {
            "hundred" => 100,
            "thousand" => 1_000,
            "million" => 1_000_000,
            "billion" => 1_000_000_000,
            _ => 0,
        };
        if scale == 100 {
            current = current.max(1).checked_mul(100)?;
        } else if scale > 0 {
            // "Four Million, Seven Hundred …": a scale closes what came before it, only from
            // the largest down.
            if total > 0 && total % (scale * 1000) != 0 {
                return None;
            }
            total = total.checked_add(current.max(1).checked_mul(scale)?)?;
            current = 0;
        } else {
            let n = u64::from(parse_word(word).filter(|&n| (1..100).contains(&n))?);
            current = current.checked_add(n)?;
        }
        any = true;
    }
    any.then_some(total + current)
}

/// A number in words that may end in a half: "anderthalb", "eineinhalb" (1.5), "zweieinhalb"
/// (2.5), or any [`parse_word`].
pub fn parse_word_with_half(word: &str) -> Option<f64> {
    let w = word.to_lowercase();
    if w == "anderthalb" {
        return Some(1.5);
    }
    if let Some(head) = w.strip_suffix("einhalb")
        && !head.is_empty()
    {
        let whole = if head == "ein" { 1 } else { parse_word(head)? };
        return (whole < 100).then_some(f64::from(whole) + 0.5);
    }
    parse_word(&w).map(f64::from)
}

/// A count written with digits or as a word.
pub fn parse_count(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return parse_digits(t, false)
            .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n < 1e9)
            .map(|n| n as u32);
    }
    parse_word(t)
}

/// The regex matching a count: digits, or one word (checked with [`parse_count`] afterwards,
/// which keeps the pattern small and fast).
pub fn count_pattern() -> String {
    r"(?:\d{1,3}(?:\.\d{3})+|\d+|[A-Za-zäöüÄÖÜß]+)".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_numbers_written_out_in_full() {
        assert_eq!(
            parse_english_words("Four Million, Seven Hundred and Fifty Thousand"),
            Some(4_750_000)
        );
        assert_eq!(parse_english_words("two hundred and twelve"), Some(212));
        assert_eq!(parse_english_words("Ninety-Nine Thousand"), Some(99_000));
        assert_eq!(parse_english_words("Seven Thousand Million"), None);
        assert_eq!(parse_english_words("Seven Hundred Lenders"), None);
    }

    #[test]
    fn german_and_english_numerals() {
        assert_eq!(parse_digits("1.300", false), Some(1300.0));
        assert_eq!(parse_digits("2,5", false), Some(2.5));
        assert_eq!(parse_digits("67,0", false), Some(67.0));
        assert_eq!(parse_digits("1.234.567,89", false), Some(1_234_567.89));
        assert_eq!(parse_digits("1,300.5", true), Some(1300.5));
        // Lakhs and crores in Indian English; two groups of two are no such number.
        assert_eq!(parse_digits("24,61,318", true), Some(2_461_318.0));
        assert_eq!(parse_digits("1,25,000", true), Some(125_000.0));
        assert_eq!(parse_digits("1,25,00", true), None);
        assert_eq!(parse_digits("1,25,000", false), None);
        assert_eq!(parse_digits("0,99", false), Some(0.99));
        assert_eq!(parse_digits("abc", false), None);
    }

    #[test]
    fn swiss_numerals() {
        assert_eq!(parse_digits("2'100", false), Some(2100.0));
        assert_eq!(parse_digits("420’000", true), Some(420_000.0));
        assert_eq!(parse_digits("1'234'567.5", false), Some(1_234_567.5));
        assert_eq!(parse_digits("12'34", false), None);
        assert_eq!(parse_digits("1234'000", false), None);
        assert!(continues_swiss("rund 420'000", 9));
        assert!(!continues_swiss("'000", 1));
        assert!(!continues_swiss("die 000", 4));
    }

    #[test]
    fn number_words() {
        assert_eq!(parse_word("sechs"), Some(6));
        assert_eq!(parse_word("Sieben"), Some(7));
        assert_eq!(parse_word("einundzwanzig"), Some(21));
        assert_eq!(parse_word("zweiundvierzig"), Some(42));
        assert_eq!(parse_word("twelve"), Some(12));
        assert_eq!(parse_word("Haus"), None);
        assert_eq!(parse_count("164"), Some(164));
        assert_eq!(parse_count("neun"), Some(9));
        assert_eq!(parse_word("zweitausend"), Some(2000));
        assert_eq!(parse_word("Dreihundert"), Some(300));
        assert_eq!(parse_word("Jahrtausend"), None);
    }
}
