//! The name lists behind people, places and organisations (`data/gazetteer/`), embedded in the
//! binary and parsed once on first use, plus the word-level helpers those extractors share.
//!
//! Parsing builds hash maps from every written form to its entry and one Aho–Corasick automaton
//! per list, so a block is scanned once per list however many names there are.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

const PLACES_TSV: &str = include_str!("../../data/gazetteer/places.tsv");
const ORGS_TSV: &str = include_str!("../../data/gazetteer/organizations.tsv");
const FIRST_NAMES_TXT: &str = include_str!("../../data/gazetteer/first_names.txt");
const PEOPLE_TXT: &str = include_str!("../../data/gazetteer/people.txt");
const SURNAMES_TXT: &str = include_str!("../../data/gazetteer/surnames.txt");

/// One place: its canonical (German) name and country.
#[derive(Debug)]
pub struct PlaceEntry {
    pub name: &'static str,
    pub code: Option<&'static str>,
    /// Also an ordinary word or first name: counts only after a preposition of place.
    pub ambiguous: bool,
}

/// One organisation.
#[derive(Debug)]
pub struct OrgEntry {
    pub name: &'static str,
    pub short: Option<&'static str>,
    /// Also an ordinary word: counts only with a cue.
    pub ambiguous: bool,
    /// A company or news medium (people are affiliated with them: "Jack Ma (Alibaba)").
    pub company: bool,
}

/// A list: entries, written forms → entry, and an automaton over the forms.
pub struct List<E> {
    pub entries: Vec<E>,
    pub forms: HashMap<String, usize>,
    /// Pattern i of the automaton is `patterns[i]`, naming entry `pattern_entry[i]`.
    pub automaton: AhoCorasick,
    pub pattern_entry: Vec<usize>,
}

impl<E> List<E> {
    fn build(entries: Vec<E>, forms: Vec<(String, usize)>) -> List<E> {
        let mut map = HashMap::new();
        let mut patterns = Vec::new();
        let mut pattern_entry = Vec::new();
        for (form, i) in forms {
            if form.is_empty() || map.contains_key(&form) {
                continue;
            }
            map.insert(form.clone(), i);
            patterns.push(form);
            pattern_entry.push(i);
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("gazetteer automaton builds");
        List {
            entries,
            forms: map,
            automaton,
            pattern_entry,
        }
    }

    /// Every whole-word occurrence of a form in `text`, longest first where they overlap:
    /// (byte range, entry index).
    pub fn find_iter(&self, text: &str) -> Vec<(std::ops::Range<usize>, usize)> {
        let mut hits: Vec<(std::ops::Range<usize>, usize)> = self
            .automaton
            .find_overlapping_iter(text)
            .filter_map(|m| {
                let (s, e) = (m.start(), m.end());
                // A name glued to other letters or hyphenated into a compound ("US-Regierung",
                // "Deutschlandfunk") is part of another word.
                let before = text[..s].chars().next_back();
                let after = text[e..].chars().next();
                let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
                if glued(before) || glued(after) {
                    return None;
                }
                Some((s..e, self.pattern_entry[m.pattern().as_usize()]))
            })
            .collect();
        hits.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
        let mut last_end = 0;
        hits.retain(|(r, _)| {
            let keep = r.start >= last_end;
            if keep {
                last_end = r.end;
            }
            keep
        });
        hits
    }
}

/// A parse error: line number and the line.
pub type Malformed = Vec<(usize, String)>;

fn content_lines(src: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    src.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

fn nonempty(s: &'static str) -> Option<&'static str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

/// The weak and mixed declension of a name that starts with an adjective: "Europäische Union" →
/// "Europäischen Union", "Nationaler Volkskongress" → "Nationalen Volkskongress",
/// "Schwarzes Meer" → "Schwarzen Meer".
fn inflected(name: &str) -> Option<String> {
    let (first, rest) = name.split_once(' ')?;
    if !first.chars().next().is_some_and(char::is_uppercase) || first.len() < 5 {
        return None;
    }
    let stem = first
        .strip_suffix("er")
        .or_else(|| first.strip_suffix("es"))
        .or_else(|| first.strip_suffix('e'))?;
    // Adjectives end in -isch-, -lich-, -al-, -ig-, -ar- and the like; a noun such as
    // "Bank of …" or "Amnesty International" has no such form.
    let adjective = [
        "isch", "lich", "al", "ig", "ar", "ell", "ös", "iv", "sch", "nd", "ert", "ein", "eu", "oß",
        "ünftig",
    ]
    .iter()
    .any(|e| stem.ends_with(e))
        || matches!(
            stem,
            "Deutsch"
                | "Rot"
                | "Schwarz"
                | "Weiß"
                | "Neu"
                | "Frei"
                | "Groß"
                | "Vereinigt"
                | "Nah"
                | "Fern"
        );
    adjective.then(|| format!("{stem}en {rest}"))
}

/// The strong feminine form after a preposition without article: "in Süddeutscher Zeitung".
fn inflected_strong(name: &str) -> Option<String> {
    let (first, rest) = name.split_once(' ')?;
    let stem = first.strip_suffix('e')?;
    inflected(name).map(|_| format!("{stem}er {rest}"))
}

/// The German genitive in -s: "Chinas", "Berlins"; not after s, x, z, ß, nor for the feminine
/// names in -e and -ei ("der Ukraine", "der Türkei"), nor for multi-word names.
fn genitive(name: &str) -> Option<String> {
    let last = name.chars().next_back()?;
    if name.contains(' ') || matches!(last, 's' | 'x' | 'z' | 'ß' | 'e') {
        return None;
    }
    if name.ends_with("ei") || name == "Schweiz" || !last.is_lowercase() {
        return None;
    }
    Some(format!("{name}s"))
}

pub fn parse_places(src: &'static str) -> (Vec<PlaceEntry>, Vec<(String, usize)>, Malformed) {
    let mut entries = Vec::new();
    let mut forms = Vec::new();
    let mut bad = Vec::new();
    for (n, line) in content_lines(src) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        if cols.len() != 5 || cols[0].trim().is_empty() {
            bad.push((n, line.to_string()));
            continue;
        }
        let code = nonempty(cols[3]);
        let kind = cols[4].trim();
        let valid_code =
            code.is_none_or(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()));
        let valid_kind = matches!(
            kind.trim_end_matches('?'),
            "country" | "city" | "region" | "state" | "continent" | "water" | "mountain"
        );
        if !valid_code || !valid_kind {
            bad.push((n, line.to_string()));
            continue;
        }
        let i = entries.len();
        let german = cols[0].trim();
        entries.push(PlaceEntry {
            name: german,
            code,
            ambiguous: kind.ends_with('?'),
        });
        forms.push((german.to_string(), i));
        if let Some(g) = genitive(german) {
            forms.push((g, i));
        }
        if let Some(f) = inflected(german) {
            forms.push((f, i));
        }
        if let Some(en) = nonempty(cols[1]) {
            forms.push((en.to_string(), i));
        }
        for other in cols[2].split(',').filter_map(nonempty) {
            forms.push((other.to_string(), i));
            if let Some(g) = genitive(other) {
                forms.push((g, i));
            }
        }
    }
    (entries, forms, bad)
}

pub fn parse_orgs(src: &'static str) -> (Vec<OrgEntry>, Vec<(String, usize)>, Malformed) {
    let mut entries = Vec::new();
    let mut forms = Vec::new();
    let mut bad = Vec::new();
    for (n, line) in content_lines(src) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        if cols.len() != 4 || cols[0].trim().is_empty() || cols[3].trim().is_empty() {
            bad.push((n, line.to_string()));
            continue;
        }
        let i = entries.len();
        let name = cols[0].trim();
        let short = nonempty(cols[1]);
        entries.push(OrgEntry {
            name,
            short,
            ambiguous: cols[3].trim().ends_with('?'),
            company: matches!(cols[3].trim().trim_end_matches('?'), "company" | "media"),
        });
        if let Some(s) = short {
            forms.push((s.to_string(), i));
        }
        for other in std::iter::once(name).chain(cols[2].split(',').filter_map(nonempty)) {
            forms.push((other.to_string(), i));
            if let Some(f) = inflected(other) {
                forms.push((f, i));
            }
            if let Some(f) = inflected_strong(other) {
                forms.push((f, i));
            }
            // "des Bundestages", "Googles": German genitives of one-word names.
            if !other.contains(' ')
                && let Some(g) = genitive(other)
            {
                if other.ends_with(['t', 'g', 'd', 'f']) {
                    forms.push((format!("{other}es"), i));
                }
                forms.push((g, i));
            }
        }
    }
    (entries, forms, bad)
}

pub static PLACES: LazyLock<List<PlaceEntry>> = LazyLock::new(|| {
    let (entries, forms, _) = parse_places(PLACES_TSV);
    List::build(entries, forms)
});

pub static ORGS: LazyLock<List<OrgEntry>> = LazyLock::new(|| {
    let (entries, forms, _) = parse_orgs(ORGS_TSV);
    List::build(entries, forms)
});

pub static FIRST_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    content_lines(FIRST_NAMES_TXT)
        .map(|(_, l)| l.trim())
        .collect()
});

/// Family names that are no common words: alone, they name a person.
pub static SURNAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| content_lines(SURNAMES_TXT).map(|(_, l)| l.trim()).collect());

/// Well-known people: full names, and surname → full name where the surname is unique.
pub type Famous = (
    HashSet<&'static str>,
    HashMap<&'static str, Option<&'static str>>,
);

pub static FAMOUS: LazyLock<Famous> = LazyLock::new(|| {
    let mut full = HashSet::new();
    let mut by_surname: HashMap<&'static str, Option<&'static str>> = HashMap::new();
    for (_, l) in content_lines(PEOPLE_TXT) {
        let name = l.trim();
        full.insert(name);
        if let Some(last) = name.rsplit(' ').next() {
            by_surname
                .entry(last)
                .and_modify(|v| *v = None)
                .or_insert(Some(name));
        }
    }
    (full, by_surname)
});

/// The place a single word names, if any ("Chinas" → China).
pub fn place_of_word(word: &str) -> Option<&'static PlaceEntry> {
    PLACES.forms.get(word).map(|&i| &PLACES.entries[i])
}

// ---- Words -------------------------------------------------------------------------------

/// A word: letters and digits, with inner hyphens and apostrophes ("Karl-Heinz", "O'Brien").
#[derive(Clone, Copy, Debug)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let inner = matches!(c, '-' | '\'' | '’')
            && start.is_some()
            && iter.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(Word {
                start: s,
                end: i,
                text: &text[s..i],
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            text: &text[s..],
        });
    }
    out
}

/// Capitalised like a name: an upper-case letter, then at least one lower-case letter ("Ma",
/// "DeepSeek", "McDonald"); not an acronym ("USA") nor a number.
pub fn name_like(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Only spaces (no punctuation) between two byte offsets.
pub fn adjacent(text: &str, end: usize, start: usize) -> bool {
    end <= start
        && text
            .get(end..start)
            .is_some_and(|s| !s.is_empty() && s.chars().all(|c| c == ' ' || c == '\u{a0}'))
}

/// Whether the word starting at `at` begins a sentence (or the block): after . ! ? : or an
/// opening quote or bracket, or at the start. German capitalises every sentence's first word.
pub fn sentence_start(text: &str, at: usize) -> bool {
    match text[..at].trim_end().chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!'
                | '?'
                | ':'
                | '„'
                | '“'
                | '"'
                | '»'
                | '«'
                | '('
                | '['
                | '–'
                | '—'
                | '•'
                | '*'
        ),
    }
}

/// Determiners, pronouns and other capitalised function words that never start a name.
pub fn function_word(w: &str) -> bool {
    matches!(
        w,
        "Der"
            | "Die"
            | "Das"
            | "Den"
            | "Dem"
            | "Des"
            | "Ein"
            | "Eine"
            | "Einer"
            | "Eines"
            | "Einem"
            | "Einen"
            | "Er"
            | "Sie"
            | "Es"
            | "Wir"
            | "Ihr"
            | "Ich"
            | "Man"
            | "Dies"
            | "Diese"
            | "Dieser"
            | "Dieses"
            | "Jeder"
            | "Jede"
            | "Alle"
            | "Auch"
            | "Aber"
            | "Und"
            | "Oder"
            | "Doch"
            | "So"
            | "Wie"
            | "Was"
            | "Wer"
            | "Wo"
            | "Als"
            | "Am"
            | "Im"
            | "In"
            | "Mit"
            | "Von"
            | "Vom"
            | "Zu"
            | "Zum"
            | "Zur"
            | "Für"
            | "Auf"
            | "Aus"
            | "Bei"
            | "Nach"
            | "Laut"
            | "Seit"
            | "Nur"
            | "Noch"
            | "Nun"
            | "Dann"
            | "Denn"
            | "Da"
            | "Dass"
            | "Daß"
            | "Ob"
            | "Um"
            | "Unter"
            | "Über"
            | "Vor"
            | "Gegen"
            | "Ohne"
            | "Durch"
            | "Bis"
            | "Beim"
            | "Sein"
            | "Seine"
            | "Seiner"
            | "Ihre"
            | "Ihrer"
            | "Unser"
            | "Unsere"
            | "Kein"
            | "Keine"
            | "Mehr"
            | "Viele"
            | "Einige"
            | "Andere"
            | "Damit"
            | "Dabei"
            | "Darüber"
            | "Hier"
            | "Dort"
            | "Heute"
            | "Gestern"
            | "Morgen"
            | "Jetzt"
            | "Zudem"
            | "Außerdem"
            | "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "We"
            | "They"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "On"
            | "At"
            | "Of"
            | "For"
            | "With"
            | "By"
            | "And"
            | "But"
            | "Or"
            | "As"
            | "If"
            | "When"
            | "While"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Montag"
            | "Dienstag"
            | "Mittwoch"
            | "Donnerstag"
            | "Freitag"
            | "Samstag"
            | "Sonntag"
            | "Januar"
            | "Februar"
            | "März"
            | "April"
            | "Mai"
            | "Juni"
            | "Juli"
            | "August"
            | "September"
            | "Oktober"
            | "November"
            | "Dezember"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "May"
            | "June"
            | "July"
            | "October"
            | "December"
            | "Herr"
            | "Frau"
            | "Dr"
            | "Prof"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteers_parse_without_malformed_lines() {
        let (places, pforms, bad) = parse_places(PLACES_TSV);
        assert!(bad.is_empty(), "malformed places: {bad:?}");
        assert!(places.len() > 300 && pforms.len() > places.len());
        let (orgs, _, bad) = parse_orgs(ORGS_TSV);
        assert!(bad.is_empty(), "malformed organisations: {bad:?}");
        assert!(orgs.len() > 150);
        assert!(FIRST_NAMES.len() > 500 && FIRST_NAMES.contains("Angela"));
        assert!(SURNAMES.contains("Müller") && !SURNAMES.contains("Fischer"));
        for (n, l) in content_lines(FIRST_NAMES_TXT).chain(content_lines(SURNAMES_TXT)) {
            assert!(name_like(l.trim()) && !l.contains(' '), "line {n}: {l}");
        }
        assert_eq!(FAMOUS.1.get("Trump"), Some(&Some("Donald Trump")));
        assert_eq!(FAMOUS.1.get("Ma"), Some(&None));
        // Building the automata works too.
        assert!(PLACES.forms.contains_key("Chinas") && ORGS.forms.contains_key("WHO"));
    }

    #[test]
    fn adjective_declension() {
        assert_eq!(
            inflected("Europäische Union").as_deref(),
            Some("Europäischen Union")
        );
        assert_eq!(
            inflected("Nationaler Volkskongress").as_deref(),
            Some("Nationalen Volkskongress")
        );
        assert_eq!(
            inflected("Deutsche Presse-Agentur").as_deref(),
            Some("Deutschen Presse-Agentur")
        );
        assert_eq!(inflected("Amnesty International"), None);
        assert_eq!(inflected("Bank of America"), None);
    }

    #[test]
    fn genitives() {
        assert_eq!(genitive("China").as_deref(), Some("Chinas"));
        assert_eq!(genitive("Ukraine"), None);
        assert_eq!(genitive("Türkei"), None);
        assert_eq!(genitive("Paris"), None);
        assert_eq!(genitive("USA"), None);
    }

    #[test]
    fn word_helpers() {
        let w = words("Karl-Heinz O'Brien, US-Regierung (KI).");
        let t: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(t, ["Karl-Heinz", "O'Brien", "US-Regierung", "KI"]);
        assert!(name_like("DeepSeek") && !name_like("USA") && !name_like("mit"));
        assert!(sentence_start("Er kam. Dann", 8));
    }
}
