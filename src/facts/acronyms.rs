//! Acronym definitions, checked letter by letter against their long form (Schwartz–Hearst):
//! "Internet Governance Forum (IGF)", "IGF (Internet Governance Forum)", „Open Ended Working
//! Group“ (OEWG). "(USA)" after unrelated words, "(Alibaba)" or "(New York)" define nothing.

use std::collections::HashMap;
use std::sync::LazyLock;

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
            let found = long_before(before, inside).or_else(|| translated_before(before, inside));
            if let Some((start, long)) = found {
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

/// German words of institutions' names and their English equivalents.
static GLOSSES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("../../data/gazetteer/glosses.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// The English words a German word of a name stands for, when every part of it is known:
/// "Weltinternetkonferenz" → World Internet Conference, "Entwicklungs-" → Development,
/// "Nationalen" → National.
fn gloss(word: &str) -> Option<Vec<&'static str>> {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    match w.as_str() {
        "und" => return Some(vec!["and"]),
        "für" => return Some(vec!["for"]),
        _ => {}
    }
    let mut words = Vec::new();
    for part in w.split('-').filter(|p| !p.is_empty()) {
        words.extend(compound_parts(part, 0)?);
    }
    (!words.is_empty()).then_some(words)
}

/// Splits a compound into known stems, longest first, with linking "s"/"n" between them and an
/// inflection ending after the last.
fn compound_parts(w: &str, depth: usize) -> Option<Vec<&'static str>> {
    if depth > 4 {
        return None;
    }
    for end in (3..=w.len()).rev().filter(|&e| w.is_char_boundary(e)) {
        let Some(english) = GLOSSES.get(&w[..end]) else {
            continue;
        };
        let rest = &w[end..];
        if matches!(rest, "" | "e" | "en" | "er" | "es" | "em" | "n" | "s") {
            return Some(english.split(' ').collect());
        }
        for link in ["", "s", "es", "n", "en"] {
            if let Some(tail) = rest
                .strip_prefix(link)
                .filter(|r| !r.is_empty())
                .and_then(|r| compound_parts(r, depth + 1))
            {
                let mut words: Vec<&'static str> = english.split(' ').collect();
                words.extend(tail);
                return Some(words);
            }
        }
    }
    None
}

/// "Weltinternetkonferenz (WIC)", "Nationale Entwicklungs- und Reformkommission (NDRC)": a
/// German name whose short form comes from its English name. The window's words are put into
/// English where every part is known, and the short form is matched against that.
fn translated_before(before: &str, short: &str) -> Option<(usize, String)> {
    let trimmed = before.trim_end();
    let unquoted = trimmed.trim_end_matches(['“', '”', '"', '«', '»', '‘', '’']);
    // German names put articles and prepositions between the words that give letters ("im
    // Dienste der Entwicklung"), so the window is wider than Schwartz–Hearst's.
    let max_words = (short.chars().count() + 5).min(short.chars().count() * 3);
    // The window: its words with their byte starts, from the end, within the clause.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut end = unquoted.len();
    for (i, c) in unquoted.char_indices().rev() {
        if matches!(
            c,
            '.' | ';' | ':' | '(' | ')' | '„' | '“' | '"' | '[' | ']' | ','
        ) {
            break;
        }
        if c.is_whitespace() {
            if i + c.len_utf8() < end {
                words.push((i + c.len_utf8(), &unquoted[i + c.len_utf8()..end]));
            }
            end = i;
            if words.len() >= max_words {
                break;
            }
        }
    }
    if words.len() < max_words && end > 0 {
        let first = unquoted[..end].trim_start();
        if !first.is_empty() && !first.contains(['.', ';', ':', '(', ')', ',', '„', '“', '"']) {
            words.push((end - first.len(), first));
        }
    }
    words.reverse();
    // The English reading, and for each English word the German word it came from.
    let mut english = String::new();
    let mut origin: Vec<(usize, usize)> = Vec::new(); // (char offset in `english`, word index)
    let mut translated = Vec::new();
    for (k, (_, w)) in words.iter().enumerate() {
        let glossed = gloss(w);
        translated.push(glossed.is_some());
        for e in glossed.unwrap_or_else(|| vec![w]) {
            if !english.is_empty() {
                english.push(' ');
            }
            origin.push((english.chars().count(), k));
            english.push_str(e);
        }
    }
    let long = best_long_form(short, &english)?;
    let from = english.chars().count() - long.chars().count();
    let k = origin.iter().rev().find(|(at, _)| *at <= from)?.1;
    let (start, first) = *words.get(k)?;
    if !translated[k..].iter().any(|&t| t) || !first.starts_with(char::is_uppercase) {
        return None;
    }
    Some((start, unquoted[start..].trim_end().to_string()))
}

/// Schwartz–Hearst: match the short form's letters right to left in the long form; the first
/// letter must begin a word. German compounds may supply several letters from one word.
pub fn best_long_form(short: &str, long: &str) -> Option<String> {
    // "UAVs": a plural ending is not a letter of the name.
    let short = short
        .strip_suffix('s')
        .filter(|r| r.ends_with(|c: char| c.is_uppercase()))
        .unwrap_or(short);
    // ASCII is lower-cased without the general case mapping, which costs per character.
    let lower = |t: &str| {
        let mut v: Vec<char> = Vec::with_capacity(t.len());
        for c in t.chars() {
            if c.is_ascii() {
                v.push(c.to_ascii_lowercase());
            } else {
                v.extend(c.to_lowercase());
            }
        }
        v
    };
    let s = lower(short);
    let l = lower(long);
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
    // Lower-casing may change lengths for rare characters; fall back to no match then.
    if long.chars().count() != l.len() {
        return None;
    }
    let from = long
        .char_indices()
        .nth(start)
        .map_or(long.len(), |(i, _)| i);
    let result = long[from..].trim().to_string();
    // The long form has more words than letters only in odd cases; and it must not contain the
    // short form itself.
    let words = result.split_whitespace().count();
    if words == 0 || result.contains(short) || words > s.len() + 5 {
        return None;
    }
    // Its first word must be capitalised (names), unless each letter is the initial of one
    // word ("künstliche Intelligenz (KI)", "unmanned aerial vehicles (UAVs)") and the short
    // form is not a place ("unter strengen Auflagen (USA)").
    let capitalised = result
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    // Small words ("mit viel mehr Geld (MG)") are not the words of a name.
    let name_like = result
        .split_whitespace()
        .all(|w| w.chars().count() >= 5 || w.starts_with(char::is_uppercase));
    let spelled_out =
        initials(&result) == s && name_like && !super::gazetteer::PLACES.forms.contains_key(short);
    if !capitalised && !spelled_out {
        return None;
    }
    Some(result)
}

/// The first letter of each word, lower-cased.
fn initials(long: &str) -> Vec<char> {
    long.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect()
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
    fn short_forms_from_the_english_name_of_a_german_one() {
        let a = acronyms("Mit der seit 2014 ausgerichteten Weltinternetkonferenz (WIC) leistet");
        assert_eq!(
            (a[0].0.as_str(), a[0].1.as_str()),
            ("WIC", "Weltinternetkonferenz")
        );
        let a = acronyms("Die Nationale Entwicklungs- und Reformkommission (NDRC) plant");
        assert_eq!(a[0].1, "Nationale Entwicklungs- und Reformkommission");
        let a = acronyms("zur Nationalen Volkskongress-Sitzung (NPC) und");
        assert_eq!(a[0].0, "NPC");
        // Known words, but not the letters of the short form.
        assert!(acronyms("die Weltkonferenz (ABC) tagt").is_empty());
        // Words left in German between those put into English.
        for text in [
            "Die Kommission für Wissenschaft und Technologie für Entwicklung (CSTD) beriet",
            "hat die Kommission für Wissenschaft und Technologie im Dienste der Entwicklung (CSTD) im",
        ] {
            let a = acronyms(text);
            assert_eq!(a.len(), 1, "{text}");
            assert_eq!(a[0].0, "CSTD");
            assert!(a[0].1.starts_with("Kommission für Wissenschaft"), "{text}");
        }
    }

    #[test]
    fn lower_case_long_forms_give_one_letter_a_word() {
        let a = acronyms("setzt auf künstliche Intelligenz (KI) und Robotik");
        assert_eq!(a[0].1, "künstliche Intelligenz");
        let a = acronyms("and unmanned aerial vehicles (UAVs) and drones");
        assert_eq!(
            (a[0].0.as_str(), a[0].1.as_str()),
            ("UAVs", "unmanned aerial vehicles")
        );
        assert!(acronyms("unter strengen Auflagen (USA) und").is_empty());
        assert!(acronyms("mit viel mehr Geld (MG) als").is_empty());
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
