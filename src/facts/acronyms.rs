//! Acronym definitions, checked letter by letter against their long form (Schwartz–Hearst):
//! "Internet Governance Forum (IGF)", "IGF (Internet Governance Forum)", „Open Ended Working
//! Group“ (OEWG). "(USA)" after unrelated words, "(Alibaba)" or "(New York)" define nothing.

use serde::Serialize;

use super::{ExtractContext, FactKind, FactValue, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Acronym {
    pub short: String,
    pub long: String,
}

/// A short form: 2–10 characters, starts with a letter or digit, at least two capitals, at
/// most one space ("Rev.1" and lower-case words are not acronyms).
fn short_form(s: &str) -> bool {
    let n = s.chars().count();
    let capitals = s.chars().filter(|c| c.is_uppercase()).count();
    (2..=10).contains(&n)
        && capitals >= 2
        && s.chars().next().is_some_and(char::is_alphanumeric)
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&' | '+' | '.'))
        && !s.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, _ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    let mut search = 0;
    while let Some(p) = text[search..].find('(') {
        let open = search + p;
        search = open + 1;
        let Some(len) = text[open + 1..].find(')') else {
            break;
        };
        let close = open + 1 + len;
        let inside = text[open + 1..close].trim();
        if inside.is_empty() || inside.len() > 200 {
            continue;
        }
        let before = &text[..open];
        if short_form(inside) {
            // long form (SHORT)
            if let Some((start, long)) = long_before(before, inside) {
                push(out, start..close + 1, inside, &long);
            }
        } else if inside.split_whitespace().count() >= 2 {
            // SHORT (long form)
            let trimmed = before.trim_end();
            // After the last whitespace character (which may be wider than one byte: NBSP).
            let word_start = trimmed
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let short =
                before.trim_end()[word_start..].trim_matches(|c: char| !c.is_alphanumeric());
            if short_form(short) && best_long_form(short, inside).as_deref() == Some(inside) {
                push(out, word_start..close + 1, short, inside);
            }
        }
    }
}

fn push(out: &mut Vec<Found>, span: std::ops::Range<usize>, short: &str, long: &str) {
    out.push(Found {
        kind: FactKind::Acronym,
        value: FactValue::Acronym(Acronym {
            short: short.to_string(),
            long: long.to_string(),
        }),
        span,
    });
}

/// The long form in the words before "(SHORT)": a window of at most min(|S|+5, 2|S|) words,
/// quotes around it allowed. Returns its byte start in `before` and the long form.
fn long_before(before: &str, short: &str) -> Option<(usize, String)> {
    let trimmed = before.trim_end();
    let unquoted = trimmed.trim_end_matches(['“', '”', '"', '«', '»', '‘', '’']);
    let quoted = unquoted.len() != trimmed.len();
    let max_words = (short.chars().count() + 5).min(short.chars().count() * 2);
    // Collect the window's words from the end.
    let mut start = unquoted.len();
    let mut words = 0;
    for (i, c) in unquoted.char_indices().rev() {
        if c.is_whitespace() {
            words += 1;
            if words >= max_words {
                break;
            }
        }
        // A sentence or clause boundary ends the window.
        if matches!(c, '.' | ';' | ':' | '(' | ')' | '„' | '“' | '"' | '[' | ']')
            || (c == ',' && !quoted)
        {
            break;
        }
        start = i;
    }
    let window = unquoted[start..].trim_start();
    let offset = unquoted.len() - window.len();
    let long = best_long_form(short, window)?;
    let long_start = offset + window.len() - long.len();
    // The fact starts at the opening quote when the long form was quoted.
    let fact_start = if quoted {
        unquoted[..long_start]
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, '„' | '“' | '"' | '«' | '‘'))
            .map_or(long_start, |(i, _)| i)
    } else {
        long_start
    };
    Some((fact_start, long))
}

/// Schwartz–Hearst: match the short form's letters right to left in the long form; the first
/// letter must begin a word. German compounds may supply several letters from one word.
pub fn best_long_form(short: &str, long: &str) -> Option<String> {
    let s: Vec<char> = short.chars().flat_map(char::to_lowercase).collect();
    let l: Vec<char> = long.chars().flat_map(char::to_lowercase).collect();
    if l.len() <= s.len() {
        return None;
    }
    let mut si = s.len() as isize - 1;
    let mut li = l.len() as isize - 1;
    while si >= 0 {
        let c = s[si as usize];
        if !c.is_alphanumeric() {
            si -= 1;
            continue;
        }
        while li >= 0
            && (l[li as usize] != c || (si == 0 && li > 0 && l[li as usize - 1].is_alphanumeric()))
        {
            li -= 1;
        }
        if li < 0 {
            return None;
        }
        li -= 1;
        si -= 1;
    }
    // Back to the start of the word where the match began.
    let start = (0..=li.max(-1) + 1)
        .rev()
        .find(|&i| i == 0 || l.get(i as usize - 1).is_some_and(|c| c.is_whitespace()))
        .unwrap_or(0) as usize;
    let chars: Vec<char> = long.chars().collect();
    // Lower-casing may change lengths for rare characters; fall back to no match then.
    if chars.len() != l.len() {
        return None;
    }
    let result: String = chars[start..].iter().collect();
    let result = result.trim().to_string();
    // The long form has more words than letters only in odd cases; and it must not contain the
    // short form itself.
    let words = result.split_whitespace().count();
    if words == 0 || result.contains(short) || words > s.len() + 5 {
        return None;
    }
    // Its first word must be capitalised (names) unless the short form is lower-case.
    if !result
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acronyms(text: &str) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        extract(text, &mut ExtractContext::default(), &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Acronym(a) => (a.short, a.long, text[f.span].to_string()),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn long_form_then_short_form() {
        let a = acronyms(
            "dem 2005 als Experiment gegründeten Internet Governance Forum (IGF) einen permanenten Status",
        );
        assert_eq!(
            (a[0].0.as_str(), a[0].1.as_str()),
            ("IGF", "Internet Governance Forum")
        );
        assert_eq!(a[0].2, "Internet Governance Forum (IGF)");
        let a = acronyms(
            "der Multistakeholder Advisory Group (MAG) und dem Leadership Panel (LP) zu beweisen",
        );
        assert_eq!(
            a.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["MAG", "LP"]
        );
    }

    #[test]
    fn quoted_long_forms_and_short_form_first() {
        let a = acronyms("als Folgemaßnahme zur „Open Ended Working Group“ (OEWG)[11], enthält");
        assert_eq!(
            (a[0].0.as_str(), a[0].1.as_str()),
            ("OEWG", "Open Ended Working Group")
        );
        assert!(a[0].2.starts_with('„'));
        let a = acronyms("Das IGF (Internet Governance Forum) tagt");
        assert_eq!(
            (a[0].0.as_str(), a[0].1.as_str()),
            ("IGF", "Internet Governance Forum")
        );
    }

    #[test]
    fn parentheses_that_define_nothing() {
        for text in [
            "zu Gender und Klima (USA), zu den Menschenrechten (Russland und Iran)",
            "Jack Ma (Alibaba), Pony Ma (Tencent)",
            "Verurteilung von Sanktionen (Ukraine) sowie",
            "im UN-Hauptquartier (New York) begannen",
            "einem dritten Entwurf (Rev.3) am",
        ] {
            assert!(acronyms(text).is_empty(), "{text}: {:?}", acronyms(text));
        }
    }

    #[test]
    fn german_compounds_give_several_letters() {
        let a = acronyms("das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt");
        assert_eq!(
            a[0].1,
            "Bundesamt für Sicherheit in der Informationstechnik"
        );
    }
}
