//! The name lists behind people, places and organisations (`data/gazetteer/`), embedded in the
//! binary and parsed once on first use, plus the word-level helpers those extractors share.
//!
//! Parsing builds hash maps from every written form to its entry, and one lexicon of single
//! words (first names, surnames, list words, role words, function words) with a bit per class,
//! so a word is looked up once per block whatever the extractors want to know about it; names
//! are found by looking up runs of words that start with a listed first word.

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::dates::Starts;

/// An Fx-style hash (eight bytes a step): the maps hold short names and are read for many
/// words of every block, where SipHash showed up in profiles.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The last bytes as a little-endian word padded with zeros, by shifts: a copy into a
            // buffer called memcpy for every short word.
            let v = rest
                .iter()
                .enumerate()
                .fold(0u64, |v, (k, &b)| v | u64::from(b) << (8 * k));
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

pub type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;
pub type HashSet<K> = StdHashSet<K, BuildHasherDefault<Fnv>>;

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

/// A list: entries, and written forms → entry.
pub struct List<E> {
    pub entries: Vec<E>,
    pub forms: HashMap<String, usize>,
    /// The first word of each form → the numbers of words of the forms that start with it, as
    /// bits (bit `n - 1` for `n` words, the last bit for 64 and more): other words start no
    /// match and are not searched, nor runs of words no form has as many of.
    pub first_words: HashMap<String, u64>,
}

impl<E> List<E> {
    fn build(entries: Vec<E>, forms: Vec<(String, usize)>) -> List<E> {
        let mut map = HashMap::default();
        let mut first_words: HashMap<String, u64> = HashMap::default();
        for (form, i) in forms {
            if form.is_empty() || map.contains_key(&form) {
                continue;
            }
            let ws = split_words(&form, false, None);
            if let Some(w) = ws.first() {
                *first_words.entry(w.text.to_string()).or_insert(0) |= word_count_bit(ws.len());
            }
            map.insert(form, i);
        }
        List {
            entries,
            forms: map,
            first_words,
        }
    }

    /// Every whole-word occurrence of a form in `text`, the longest at each word: (byte range,
    /// entry index). Only words that begin some form (`start_bit` in their lexicon bits) are
    /// tried, with the longest run of following words first; a hash lookup each, no scan of
    /// every byte. A form glued to other letters or hyphenated into a compound
    /// ("US-Regierung", "Deutschlandfunk") is part of another word.
    pub fn find_iter(
        &self,
        text: &str,
        ws: &[Word],
        start_bit: u16,
    ) -> Vec<(std::ops::Range<usize>, usize)> {
        let mut hits = Vec::new();
        let mut done = 0;
        for (i, w) in ws.iter().enumerate() {
            if w.start < done || w.lex & start_bit == 0 {
                continue;
            }
            let counts = self.first_words.get(w.text).copied().unwrap_or(0);
            if counts == 0 {
                continue;
            }
            // A run of text words is a form only if split as the form is: as many words.
            let longest = if counts >> 63 != 0 {
                ws.len()
            } else {
                64 - counts.leading_zeros() as usize
            };
            let last = (i + longest).min(ws.len()) - 1;
            for k in (i..=last).rev() {
                if counts & word_count_bit(k - i + 1) == 0 {
                    continue;
                }
                let mut end = ws[k].end;
                let mut entry = self.forms.get(&text[w.start..end]);
                // "U.S.", "Inc.": a form may end with a period.
                if entry.is_none() && text[end..].starts_with('.') {
                    entry = self.forms.get(&text[w.start..end + 1]);
                    if entry.is_some() {
                        end += 1;
                    }
                }
                let Some(&e) = entry else {
                    continue;
                };
                let before = text[..w.start].chars().next_back();
                let after = text[end..].chars().next();
                let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
                if glued(before) || glued(after) {
                    continue;
                }
                hits.push((w.start..end, e));
                done = end;
                break;
            }
        }
        hits
    }
}

/// The bit of [`List::first_words`] for a form of `n` words (`n` > 0).
fn word_count_bit(n: usize) -> u64 {
    1 << (n.clamp(1, 64) - 1)
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
    let mut full = HashSet::default();
    let mut by_surname: HashMap<&'static str, Option<&'static str>> = HashMap::default();
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

/// What a single word is in the lists, as bits: one lookup answers all of them.
pub const FIRST: u16 = 1;
pub const SURNAME: u16 = 2;
pub const FAMOUS_SURNAME: u16 = 4;
pub const PLACE: u16 = 8;
pub const ORG: u16 = 16;
pub const FAMOUS_FIRST: u16 = 32;
/// The first word of a place's or an organisation's form ("Vereinigten" of "Vereinigten
/// Staaten"): a search of that list may start there.
pub const PLACE_START: u16 = 64;
pub const ORG_START: u16 = 128;
/// Word classes of the extractors (role words, speech verbs, organisation words, function
/// words): one hash lookup instead of a chain of string comparisons.
pub const ROLE: u16 = 256;
pub const SPEECH: u16 = 512;
pub const FINAL_HEAD: u16 = 1024;
pub const INITIAL_HEAD: u16 = 2048;
pub const FUNCTION: u16 = 4096;
pub const CLUB: u16 = 8192;
pub const SCHOOL: u16 = 16384;
/// A role word in the genitive ("Präsidenten", "Ministers").
pub const ROLE_GEN: u16 = 32768;
/// The entity lists (not the word classes).
const ENTITY_BITS: u16 = FIRST | SURNAME | FAMOUS_SURNAME | PLACE | ORG | FAMOUS_FIRST;

pub static LEXICON: LazyLock<HashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u16> = HashMap::default();
    let mut add = |w: &'static str, bit: u16| *map.entry(w).or_insert(0) |= bit;
    for (list, bit) in [
        (super::people::ROLE_WORDS, ROLE),
        (super::people::SPEECH_VERBS, SPEECH),
        (super::organizations::FINAL_HEADS, FINAL_HEAD),
        (super::organizations::INITIAL_HEADS, INITIAL_HEAD),
        (FUNCTION_WORDS, FUNCTION),
        (super::organizations::CLUB_WORDS, CLUB),
        (super::organizations::SCHOOL_WORDS, SCHOOL),
    ] {
        for &w in list {
            add(w, bit);
        }
    }
    // Genitive forms of role words; leaked once, they live as long as the map.
    for &w in super::people::ROLE_WORDS {
        for suffix in ["s", "en", "n"] {
            let form: &'static str = Box::leak(format!("{w}{suffix}").into_boxed_str());
            add(form, ROLE_GEN);
        }
    }
    for &w in FIRST_NAMES.iter() {
        add(w, FIRST);
    }
    for &w in SURNAMES.iter() {
        add(w, SURNAME);
    }
    for (&w, full) in FAMOUS.1.iter() {
        if full.is_some() {
            add(w, FAMOUS_SURNAME);
        }
    }
    for &full in FAMOUS.0.iter() {
        if let Some(first) = full.split(' ').next() {
            add(first, FAMOUS_FIRST);
        }
    }
    let places: &'static List<PlaceEntry> = &PLACES;
    for w in places.forms.keys() {
        add(w.as_str(), PLACE);
    }
    for w in places.first_words.keys() {
        add(w.as_str(), PLACE_START);
    }
    let orgs: &'static List<OrgEntry> = &ORGS;
    for w in orgs.forms.keys() {
        add(w.as_str(), ORG);
    }
    for w in orgs.first_words.keys() {
        add(w.as_str(), ORG_START);
    }
    map
});

/// The bits of [`LEXICON`] for a word (0 when it is in no list).
pub fn lexicon(w: &str) -> u16 {
    // Most words are in no list; a bit table by first byte, last byte and length rejects them
    // before any hashing.
    static FILTER: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut t = vec![0u64; 2048];
        for w in LEXICON.keys() {
            t[filter_slot(w.as_bytes())] |= 1 << w.len().min(63);
        }
        t
    });
    let b = w.as_bytes();
    if b.is_empty() || FILTER[filter_slot(b)] >> b.len().min(63) & 1 == 0 {
        return 0;
    }
    LEXICON.get(w).copied().unwrap_or(0)
}

fn filter_slot(b: &[u8]) -> usize {
    // Six bits of the first byte keep its case: "der" and "Der" fall apart.
    let first = usize::from(b[0] & 63);
    let last = usize::from(b[b.len() - 1] & 31);
    first << 5 | last
}

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
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// [`lexicon`] bits of the word (one lookup per word, shared by the extractors).
    pub lex: u16,
}

/// First bytes of list entries that do not start with a capital: digits and a few letters.
static LOWER_STARTS: LazyLock<[bool; 128]> = LazyLock::new(|| {
    let mut t = [false; 128];
    for (w, &bits) in LEXICON.iter() {
        let b = w.as_bytes()[0];
        if bits & ENTITY_BITS != 0 && !b.is_ascii_uppercase() && b < 0x80 {
            t[usize::from(b)] = true;
        }
    }
    t
});

pub fn words(text: &str) -> Vec<Word<'_>> {
    split_words(text, true, None)
}

/// [`words`], and when `starts`, where the date patterns may begin ([`Starts`]), found in the
/// same pass: every
/// such start is the start of a word here, or an ASCII letter or digit inside one after a
/// hyphen, an apostrophe or a character outside ASCII.
pub fn words_and_starts(text: &str, starts: bool) -> (Vec<Word<'_>>, Option<Starts>) {
    let mut found = starts.then(Starts::empty);
    let words = split_words(text, true, found.as_mut());
    (words, found)
}

/// ASCII letters and digits (what `char::is_alphanumeric` says of ASCII), by byte; bytes
/// outside ASCII are false and decoded where they occur.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether the character at `at` (a character boundary outside ASCII) is a letter or digit,
/// and its length. U+00C0 to U+00FF (lead byte C3: "ä", "ß", "É"), most of the letters outside
/// ASCII in German text, are letters but for × and ÷, and are not decoded.
fn wide_alphanumeric(text: &str, at: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    if bytes[at] == 0xC3
        && let Some(&next) = bytes.get(at + 1)
    {
        return (next != 0x97 && next != 0xB7, 2);
    }
    // U+2000 to U+203F (E2 80 xx): spaces, dashes, quotation marks, "…", "•", no letter nor digit;
    // the Unicode tables are slow to ask.
    if bytes[at] == 0xE2 && bytes.get(at + 1) == Some(&0x80) && at + 2 < bytes.len() {
        return (false, 3);
    }
    match text.get(at..).and_then(|rest| rest.chars().next()) {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        None => (false, 1),
    }
}

/// The words of `text`; with `lex`, looked up in [`LEXICON`] (not while building the lists);
/// with `starts`, the date patterns' starts recorded there on the way.
fn split_words<'t>(text: &'t str, lex: bool, mut starts: Option<&mut Starts>) -> Vec<Word<'t>> {
    let bytes = text.as_bytes();
    let mut out: Vec<Word<'_>> = Vec::with_capacity(text.len() / 6 + 1);
    // Built before the lists exist (`lex` false), so only read when looking up.
    let lower_starts: Option<&[bool; 128]> = lex.then(|| &*LOWER_STARTS);
    let alphanumeric_at = |at: usize| match bytes.get(at) {
        None => false,
        Some(&b) if b < 0x80 => ASCII_ALNUM[usize::from(b)],
        Some(_) => wide_alphanumeric(text, at).0,
    };
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        // Between words: skip to a letter or digit.
        let b = bytes[i];
        let len = if b < 0x80 {
            if !ASCII_ALNUM[usize::from(b)] {
                i += 1;
                continue;
            }
            1
        } else {
            let (alphanumeric, len) = wide_alphanumeric(text, i);
            if !alphanumeric {
                i += len;
                continue;
            }
            len
        };
        let s = i;
        if let Some(starts) = starts.as_deref_mut() {
            // An ASCII word begins here unless an underscore (of an ASCII word, not of ours)
            // comes before; a character outside ASCII begins none, but may be a digit.
            if b < 0x80 {
                if s == 0 || bytes[s - 1] != b'_' {
                    starts.push(bytes, s);
                }
            } else {
                starts.wide(text, s);
                if bytes
                    .get(s + len)
                    .is_some_and(|&b| ASCII_ALNUM[usize::from(b)])
                {
                    starts.push(bytes, s + len);
                }
            }
        }
        i += len;
        loop {
            // ASCII letters and digits without decoding, most of every word.
            while i < n && ASCII_ALNUM[usize::from(bytes[i])] {
                i += 1;
            }
            if i >= n {
                break;
            }
            let b = bytes[i];
            if b < 0x80 {
                // Inner hyphens and apostrophes: "Karl-Heinz", "O'Brien".
                if (b == b'-' || b == b'\'') && alphanumeric_at(i + 1) {
                    i += 1;
                    if let Some(starts) = starts.as_deref_mut()
                        && bytes[i] < 0x80
                    {
                        starts.push(bytes, i);
                    }
                    continue;
                }
                break;
            }
            let (alphanumeric, len) = wide_alphanumeric(text, i);
            if alphanumeric || text[i..].starts_with('’') && alphanumeric_at(i + len) {
                if let Some(starts) = starts.as_deref_mut() {
                    if alphanumeric {
                        starts.wide(text, i);
                    }
                    if bytes
                        .get(i + len)
                        .is_some_and(|&b| ASCII_ALNUM[usize::from(b)])
                    {
                        starts.push(bytes, i + len);
                    }
                }
                i += len;
                continue;
            }
            break;
        }
        let w = &text[s..i];
        let first = w.as_bytes()[0];
        let cap = if first < 0x80 {
            first.is_ascii_uppercase()
        } else {
            w.chars().next().is_some_and(char::is_uppercase)
        };
        // Only capitalised words, digits ("1. FC Köln") and the few lower-case names ("dpa",
        // "eBay", "al-Qaida") can be in a list.
        let lex = match lower_starts {
            Some(lower) if cap || first < 0x80 && lower[usize::from(first)] => lexicon(w),
            _ => 0,
        };
        out.push(Word {
            start: s,
            end: i,
            text: w,
            cap,
            lex,
        });
    }
    out
}

/// Capitalised like a name: an upper-case letter, then at least one lower-case letter ("Ma",
/// "DeepSeek", "McDonald"); not an acronym ("USA") nor a number.
pub fn name_like(w: &str) -> bool {
    // Most words are ASCII: a capital byte, then a lower-case byte settles it without decoding.
    let b = w.as_bytes();
    if let Some((&first, rest)) = b.split_first()
        && first.is_ascii()
    {
        if !first.is_ascii_uppercase() {
            return false;
        }
        if rest.iter().any(u8::is_ascii_lowercase) {
            return true;
        }
        if rest.is_ascii() {
            return false;
        }
    }
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
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "Der",
    "Die",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Einer",
    "Eines",
    "Einem",
    "Einen",
    "Er",
    "Sie",
    "Es",
    "Wir",
    "Ihr",
    "Ich",
    "Man",
    "Dies",
    "Diese",
    "Dieser",
    "Dieses",
    "Jeder",
    "Jede",
    "Alle",
    "Auch",
    "Aber",
    "Und",
    "Oder",
    "Doch",
    "So",
    "Wie",
    "Was",
    "Wer",
    "Wo",
    "Als",
    "Am",
    "Im",
    "In",
    "Mit",
    "Von",
    "Vom",
    "Zu",
    "Zum",
    "Zur",
    "Für",
    "Auf",
    "Aus",
    "Bei",
    "Nach",
    "Laut",
    "Seit",
    "Nur",
    "Noch",
    "Nun",
    "Dann",
    "Denn",
    "Da",
    "Dass",
    "Daß",
    "Ob",
    "Um",
    "Unter",
    "Über",
    "Vor",
    "Gegen",
    "Ohne",
    "Durch",
    "Bis",
    "Beim",
    "Sein",
    "Seine",
    "Seiner",
    "Ihre",
    "Ihrer",
    "Unser",
    "Unsere",
    "Kein",
    "Keine",
    "Mehr",
    "Viele",
    "Einige",
    "Andere",
    "Damit",
    "Dabei",
    "Darüber",
    "Hier",
    "Dort",
    "Heute",
    "Gestern",
    "Morgen",
    "Jetzt",
    "Zudem",
    "Außerdem",
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "We",
    "They",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "On",
    "At",
    "Of",
    "For",
    "With",
    "By",
    "And",
    "But",
    "Or",
    "As",
    "If",
    "When",
    "While",
    "Mr",
    "Mrs",
    "Ms",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "May",
    "June",
    "July",
    "October",
    "December",
    "Herr",
    "Frau",
    "Dr",
    "Prof",
];

pub fn function_word(w: &str) -> bool {
    super::gazetteer::lexicon(w) & super::gazetteer::FUNCTION != 0
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
