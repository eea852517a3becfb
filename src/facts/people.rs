//! People: names with roles, titles and affiliations.
//!
//! A capitalised word is a name only with evidence, because German capitalises every noun and
//! every sentence's first word:
//! - a role or title before it: "Präsident Trump", "Chinas Premier Li Qiang", "der
//!   DeepSeek-Gründer Liang Wenfeng", "Der nationale Cyberdirektor im Weißen Haus, Sean
//!   Cairncross," (the role is never part of the name);
//! - a known first name (`data/gazetteer/first_names.txt`): "Oliver Eschke", "Rui Ma";
//! - a byline ("von Oliver Eschke") or a speech verb ("sagte Guterres", "Guterres sagte");
//! - a company in brackets after two capitalised words: "Pony Ma (Tencent)", which also gives
//!   the affiliation;
//! - a full name seen before in the article (kept in [`ExtractContext::known_people`]) or a
//!   well-known one (`data/gazetteer/people.txt`): "Cairncross" then names Sean Cairncross.

use std::ops::Range;

use serde::Serialize;

use super::gazetteer::{self, FAMOUS, ORGS, Word, adjacent, name_like, sentence_start, words};
use super::{ExtractContext, FactKind, FactValue, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
}

/// Role words written alone.
pub(crate) const ROLE_WORDS: &[&str] = &[
    "Präsident",
    "Präsidentin",
    "Premier",
    "Premierminister",
    "Premierministerin",
    "Kanzler",
    "Kanzlerin",
    "Minister",
    "Ministerin",
    "CEO",
    "CTO",
    "CFO",
    "Chef",
    "Chefin",
    "Gründer",
    "Gründerin",
    "Mitgründer",
    "Mitgründerin",
    "Direktor",
    "Direktorin",
    "Sprecher",
    "Sprecherin",
    "Geschäftsführer",
    "Geschäftsführerin",
    "Berater",
    "Beraterin",
    "Botschafter",
    "Botschafterin",
    "Diplomat",
    "Diplomatin",
    "Gesandter",
    "Sondergesandter",
    "Sondergesandte",
    "Envoy",
    "Vorsitzende",
    "Vorsitzender",
    "Abgeordnete",
    "Abgeordneter",
    "Senator",
    "Senatorin",
    "Professor",
    "Professorin",
    "Prof",
    "Dr",
    "Richter",
    "Richterin",
    "Bürgermeister",
    "Bürgermeisterin",
    "König",
    "Königin",
    "Papst",
    "Kaiser",
    "Trainer",
    "Trainerin",
    "Kapitän",
    "Autor",
    "Autorin",
    "Analyst",
    "Analystin",
    "Ökonom",
    "Ökonomin",
    "Journalist",
    "Journalistin",
    "Korrespondent",
    "Korrespondentin",
    "Expertin",
    "Leiter",
    "Leiterin",
    "Staatssekretär",
    "Staatssekretärin",
    "Generalsekretär",
    "Generalsekretärin",
    "Vizepräsident",
    "Vizepräsidentin",
    "Herr",
    "Frau",
    "President",
    "Vice-President",
    "Secretary-General",
    "Secretary",
    "Chancellor",
    "Ambassador",
    "Adviser",
    "Advisor",
    "Director",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Founder",
    "Co-founder",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Governor",
    "Mayor",
    "Judge",
    "King",
    "Queen",
    "Pope",
    "Mr",
    "Mrs",
    "Ms",
    "Sir",
    "Lord",
    "Graf",
    "Gräfin",
    "Herzog",
    "Herzogin",
    "Fürst",
    "Fürstin",
    "Prinz",
    "Prinzessin",
    "Kaiserin",
    "Bischof",
    "Erzbischof",
    "Kardinal",
    "Pfarrer",
    "Pater",
    "Baron",
    "Freiherr",
    "Schauspieler",
    "Schauspielerin",
    "Sänger",
    "Sängerin",
    "Regisseur",
    "Regisseurin",
    "Manager",
    "Managerin",
    "Coach",
    "Stürmer",
    "Torhüter",
    "Torwart",
    "Moderator",
    "Moderatorin",
    "Komponist",
    "Komponistin",
    "Maler",
    "Malerin",
    "Dichter",
    "Dichterin",
    "Schriftsteller",
    "Schriftstellerin",
    "Philosoph",
    "Philosophin",
    "Politiker",
    "Politikerin",
    "Kommissar",
    "Kommissarin",
    "Staatsanwalt",
    "Anwalt",
    "Anwältin",
    "Kandidat",
    "Kandidatin",
    "Landrat",
    "Landrätin",
    "Berichterstatter",
    "Berichterstatterin",
    "Rapporteur",
    "General",
    "Generalin",
    // Kin and companions: "sein Sohn Tobias", "ihre Tante Cilli" (GermEval, like a reader,
    // keeps them out of the name).
    "Sohn",
    "Tochter",
    "Bruder",
    "Schwester",
    "Halbbruder",
    "Halbschwester",
    "Vater",
    "Mutter",
    "Onkel",
    "Tante",
    "Neffe",
    "Nichte",
    "Enkel",
    "Enkelin",
    "Cousin",
    "Cousine",
    "Ehemann",
    "Ehefrau",
    "Gattin",
    "Witwe",
    "Großvater",
    "Großmutter",
    "Freundin",
    "Lebensgefährte",
    "Lebensgefährtin",
    "Kollege",
    "Kollegin",
    "Popstar",
];

fn role_word(w: &str) -> bool {
    super::gazetteer::lexicon(w) & super::gazetteer::ROLE != 0
}

/// Compound roles by their last part: "Außenminister", "Regierungssprecherin", "Cyberdirektor",
/// "Konzernchef", "Nobelpreisträger".
const ROLE_ENDINGS: [&str; 54] = [
    // "Hauptgeschäftsführerin"; not "-führer" alone: "Marktführer SAP" is a company.
    "geschäftsführer",
    "geschäftsführerin",
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "sekretär",
    "sekretärin",
    "direktor",
    "direktorin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "gründer",
    "gründerin",
    "berater",
    "beraterin",
    "botschafter",
    "botschafterin",
    "vorsitzende",
    "vorsitzender",
    "preisträger",
    "preisträgerin",
    "spieler",
    "spielerin",
    "trainer",
    "trainerin",
    "manager",
    "managerin",
    "sänger",
    "sängerin",
    "regisseur",
    "regisseurin",
    "moderator",
    "moderatorin",
    "politiker",
    "politikerin",
    "kommissar",
    "kommissarin",
    "bürgermeister",
    "bürgermeisterin",
    "anwalt",
    "anwältin",
    "kandidat",
    "kandidatin",
    "vize",
    "stürmer",
    "torhüter",
    "torwart",
    "komponist",
    "schriftsteller",
];

/// The role a word names, as written (without a "DeepSeek-" prefix), if it is one.
pub fn role_of(w: &str) -> Option<&str> {
    let lex = gazetteer::lexicon(w);
    if lex & gazetteer::ROLE != 0 {
        return Some(w);
    }
    role_compound(w, lex)
}

/// [`role_of`] for a word whose lexicon bits are known.
fn role_of_word<'a>(w: &Word<'a>) -> Option<&'a str> {
    if w.lex & gazetteer::ROLE != 0 {
        return Some(w.text);
    }
    role_compound(w.text, w.lex)
}

/// Roles in the genitive, after a hyphen or as the end of a compound.
fn role_compound(w: &str, lex: u16) -> Option<&str> {
    // Every such role is longer than four bytes and ends in one of a few letters.
    if w.len() < 5
        || !matches!(
            w.as_bytes()[w.len() - 1],
            b'r' | b't' | b'n' | b's' | b'f' | b'e'
        )
    {
        return None;
    }
    // "des Außenministers", "des Präsidenten": the role in the genitive.
    for suffix in ["s", "en", "n"] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.len() > 3
            && (lex & gazetteer::ROLE_GEN != 0 && role_word(base)
                || role_ending(base) && !base.contains('-'))
            && !matches!(base, "Frau" | "Herr" | "Dr" | "Prof" | "Mr" | "Ms" | "Chef")
        {
            return Some(base);
        }
    }
    // "DeepSeek-Gründer", "UN-Generalsekretär": the part after the last hyphen.
    let tail = if w.bytes().any(|b| b == b'-') {
        w.rsplit('-').next().unwrap_or(w)
    } else {
        w
    };
    if tail.len() < w.len() && (role_word(tail) || role_ending(tail)) {
        return Some(tail);
    }
    if role_ending(w) && !w.starts_with("Laut") && !w.starts_with("Halb") {
        return Some(w);
    }
    None
}

fn role_ending(w: &str) -> bool {
    // Most words fail on their last four bytes, looked up in a small set, before the endings
    // are compared one by one; a bit table by a hash of those bytes rules out most words
    // before the set is asked.
    fn slot(tail: &[u8]) -> usize {
        let key = tail.iter().fold(0u32, |k, &b| k << 8 | u32::from(b));
        (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }
    type Tails = (gazetteer::HashSet<&'static [u8]>, Vec<u64>);
    static TAILS: std::sync::LazyLock<Tails> = std::sync::LazyLock::new(|| {
        let set: gazetteer::HashSet<&'static [u8]> = ROLE_ENDINGS
            .iter()
            .map(|e| &e.as_bytes()[e.len() - 4..])
            .collect();
        let mut bits = vec![0u64; 4096 / 64];
        for tail in &set {
            let s = slot(tail);
            bits[s / 64] |= 1 << (s % 64);
        }
        (set, bits)
    });
    let b = w.as_bytes();
    if b.len() < 7 {
        return false;
    }
    let tail = &b[b.len() - 4..];
    let (set, bits) = &*TAILS;
    let s = slot(tail);
    bits[s / 64] >> (s % 64) & 1 != 0
        && set.contains(tail)
        && w.chars().next().is_some_and(char::is_uppercase)
        && ROLE_ENDINGS
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// Speech verbs after which (or before which) a name says something.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "sagte",
    "sagt",
    "erklärte",
    "erklärt",
    "betonte",
    "betont",
    "meinte",
    "meint",
    "warnte",
    "warnt",
    "schrieb",
    "schreibt",
    "ergänzte",
    "kritisierte",
    "forderte",
    "said",
    "says",
    "told",
    "wrote",
    "added",
    "warned",
];

fn speech_verb(w: &str) -> bool {
    // Asked of most lower-case words: their first byte and length rule out nearly all before
    // the lexicon is read.
    static SHAPES: std::sync::LazyLock<[u16; 128]> = std::sync::LazyLock::new(|| {
        let mut t = [0u16; 128];
        for v in SPEECH_VERBS {
            t[usize::from(v.as_bytes()[0] & 127)] |= 1 << v.len().min(15);
        }
        t
    });
    let b = w.as_bytes();
    !b.is_empty()
        && b[0] < 128
        && w.len() < 15
        && SHAPES[usize::from(b[0])] >> w.len() & 1 != 0
        && super::gazetteer::lexicon(w) & super::gazetteer::SPEECH != 0
}

/// [`name_word_lex`] of each word, computed on first use.
struct NameWords<'a> {
    ws: &'a [Word<'a>],
    cache: Vec<std::cell::Cell<u8>>,
}

impl<'a> NameWords<'a> {
    fn new(ws: &'a [Word<'a>]) -> Self {
        NameWords {
            ws,
            cache: vec![std::cell::Cell::new(0); ws.len()],
        }
    }

    fn first_name(&self, i: usize) -> bool {
        self.ws[i].lex & gazetteer::FIRST != 0
    }

    fn at(&self, i: usize) -> bool {
        match self.cache[i].get() {
            1 => false,
            2 => true,
            _ => {
                let w = &self.ws[i];
                let yes = w.cap && name_word_lex(w.text, self.ws[i].lex);
                self.cache[i].set(if yes { 2 } else { 1 });
                yes
            }
        }
    }
}

/// At most `len` bytes of `text` from `at` (less to end on a character boundary).
fn near(text: &str, at: usize, len: usize) -> &str {
    let mut end = (at + len).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}

/// "II", "IV", "XVI": the number of a monarch or pope.
fn regnal_number(w: &str) -> bool {
    (1..=5).contains(&w.len()) && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// One character: an initial.
fn single_letter(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some() && c.next().is_none()
}

/// The index of the word ending at byte `end`, by binary search.
fn word_ending_at(ws: &[Word], end: usize) -> Option<usize> {
    let k = ws.partition_point(|w| w.end < end);
    (k < ws.len() && ws[k].end == end).then_some(k)
}

/// Surname endings of Slavic, Balkan, Romanian, Ukrainian, Georgian and Turkish names.
fn foreign_surname(w: &str) -> bool {
    const ENDINGS: [&str; 17] = [
        "ski", "sky", "ović", "ovic", "vić", "vič", "escu", "enko", "schwili", "shvili", "idze",
        "oğlu", "oglu", "czyk", "wicz", "witsch", "owitz",
    ];
    // The last byte of every ending (ć and č end in 87 and 8D) rules most words out at once.
    w.len() > 5
        && matches!(
            w.as_bytes()[w.len() - 1],
            b'i' | b'y' | b'c' | b'u' | b'o' | b'e' | b'k' | b'z' | b'h' | 0x87 | 0x8D
        )
        && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// First names that are also words, places or family names of many: alone, they are not people.
fn ambiguous_first_name(w: &str) -> bool {
    matches!(
        w,
        "Mark"
            | "Ernst"
            | "Frank"
            | "Jordan"
            | "Rosa"
            | "Roman"
            | "Otto"
            | "Kai"
            | "Iris"
            | "Will"
            | "Christian"
            | "Justin"
            | "Paris"
            | "Sofia"
            | "Sydney"
            | "Georgia"
            | "Florence"
            | "Victoria"
            | "Lima"
            | "Max"
            | "Art"
            | "Bill"
            | "Grace"
            | "Hope"
            | "Rich"
            | "Gay"
            | "Long"
            | "Young"
            | "King"
            | "Jack"
            | "Ali"
            | "Ma"
            | "Li"
            | "Lee"
            | "Kim"
            | "Park"
            | "Wang"
            | "Zhang"
            | "Liu"
            | "Chen"
            | "Yang"
            | "Huang"
            | "Zhao"
            | "Wu"
            | "Zhou"
            | "Xu"
            | "Zhu"
            | "Hu"
            | "Guo"
            | "He"
            | "Lin"
            | "Gao"
            | "Luo"
            | "Zheng"
            | "Liang"
            | "Xie"
            | "Tang"
            | "Han"
            | "Feng"
            | "Deng"
            | "Cao"
            | "Peng"
            | "Zeng"
            | "Xiao"
            | "Tian"
            | "Dong"
            | "Cai"
            | "Jiang"
            | "Yu"
            | "Cheng"
            | "Wei"
            | "Lu"
            | "Yao"
            | "Shen"
            | "Zhong"
            | "Cui"
            | "Fan"
            | "Lei"
            | "Qin"
            | "Jin"
            | "Hou"
            | "Meng"
            | "Mao"
            | "Bai"
            | "Xi"
            | "Moon"
            | "Yoon"
            | "Sun"
            | "Song"
            | "Ding"
            | "Ren"
            | "Pan"
            | "Yuan"
            | "Fu"
            | "Jia"
            | "Su"
            | "Wan"
            | "Hao"
            | "Kong"
            | "Ji"
            | "Mai"
            | "Juni"
            | "Juli"
            | "August"
            | "April"
    )
}

/// Common-noun endings: such a word at a sentence's start is no surname.
fn noun_ending(w: &str) -> bool {
    const ENDINGS: [&str; 14] = [
        "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "ten", "ler", "ern", "gen",
        "ik", "en",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Words that may stand inside a name: "Ursula von der Leyen", "Ludwig van Beethoven".
fn particle(w: &str) -> bool {
    matches!(
        w,
        "von" | "van" | "der" | "de" | "da" | "di" | "bin" | "al" | "le" | "la" | "dos" | "del"
    )
}

/// A word that can be part of a name, its lexicon bits known: capitalised like a name, and no
/// function word, role, place, organisation or organisation word.
fn name_word_lex(w: &str, lex: u16) -> bool {
    use gazetteer::{FINAL_HEAD, FUNCTION, INITIAL_HEAD, ORG, PLACE, ROLE};
    lex & (FUNCTION | ROLE | PLACE | ORG | FINAL_HEAD | INITIAL_HEAD) == 0
        && name_like(w)
        && role_compound(w, lex).is_none()
        && !w.ends_with("ministerium")
        && !w.ends_with("-Institut")
        // "said Singapore's Minister …": a possessive names whose the role is.
        && !w.ends_with("'s")
        && !w.ends_with("’s")
}

/// Endings of German nouns that are never surnames ("Teilnehmer", "Regierung").
fn never_surname(w: &str) -> bool {
    const ENDINGS: [&str; 10] = [
        "nehmer", "ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "ierte", "ierten",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Name words from `ws[i]` on: up to five, with particles and initials ("James A. Robinson",
/// "Ursula von der Leyen") inside. With `strict` (no role or verb vouches for the words), a third
/// word counts only after a middle name or initial ("Mary Ella Simmons", not "Miguel Riopa
/// Grund"). A genitive ("Heidi Klums Modelsuche") ends the name. Returns the last word's index.
fn name_from(text: &str, ws: &[Word], nw: &NameWords, i: usize, strict: bool) -> Option<usize> {
    if i >= ws.len() || !nw.at(i) {
        return None;
    }
    let mut last = i;
    let mut k = i + 1;
    let mut prev_particle = "";
    while k < ws.len() && k - i < 5 {
        let w = ws[k].text;
        let gap = &text[ws[k - 1].end..ws[k].start];
        let initial_gap = gap == ". " && single_letter(ws[k - 1].text);
        if !(adjacent(text, ws[k - 1].end, ws[k].start) || initial_gap) {
            break;
        }
        let initial = single_letter(w)
            && w.chars().all(char::is_uppercase)
            && text[ws[k].end..].starts_with(". ");
        let genitive_before = last == k - 1
            && k - 1 > i
            && ws[k - 1].text.len() > 3
            && ws[k - 1].text.ends_with('s')
            && !nw.first_name(k - 1);
        if genitive_before {
            break;
        }
        if nw.at(k) && !never_surname(w) {
            if strict && k - i >= 2 && prev_particle.is_empty() {
                let middle = ws[k - 1].text;
                let vouched = nw.first_name(k - 1) || single_letter(middle);
                if !vouched {
                    break;
                }
            }
            last = k;
            prev_particle = "";
        } else if initial {
            prev_particle = "";
        } else if particle(w) && (w != "der" || matches!(prev_particle, "von" | "van" | "de")) {
            prev_particle = w;
        } else {
            break;
        }
        k += 1;
    }
    Some(last)
}

struct Hit {
    span: Range<usize>,
    name: String,
    role: Option<String>,
    affiliation: Option<String>,
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    extract_words(text, &words(text), ctx, out);
}

/// [`extract`] with the text's words already split.
pub(crate) fn extract_words(
    text: &str,
    ws: &[Word],
    ctx: &mut ExtractContext,
    out: &mut Vec<Found>,
) {
    // Cheap exit: no capitalised word, no name.
    if !ws.iter().any(|w| w.cap) {
        return;
    }
    // Which words can be part of a name, decided at most once per word (several lookups).
    let nw = NameWords::new(ws);
    let mut hits: Vec<Hit> = Vec::new();
    let span_of = |a: usize, b: usize| ws[a].start..ws[b].end;
    let joined = |a: usize, b: usize| text[ws[a].start..ws[b].end].to_string();

    for i in 0..ws.len() {
        let w = ws[i].text;
        // Lower-case words matter only as speech verbs; skip the rest early (most words).
        if !ws[i].cap
            && !((i + 1 < ws.len() && ws[i + 1].cap || i > 0 && ws[i - 1].cap) && speech_verb(w))
        {
            continue;
        }
        // Role + name.
        if ws[i].cap
            && let Some(role) = role_of_word(&ws[i])
        {
            let affiliation = affiliation_before(text, ws, i);
            let after_abbrev = matches!(w, "Dr" | "Prof" | "Mr" | "Mrs" | "Ms")
                && text[ws[i].end..].starts_with(". ");
            let direct =
                i + 1 < ws.len() && (adjacent(text, ws[i].end, ws[i + 1].start) || after_abbrev);
            let mut found = false;
            if direct && let Some(last) = name_from(text, ws, &nw, i + 1, false) {
                hits.push(Hit {
                    span: span_of(i + 1, last),
                    name: joined(i + 1, last),
                    role: Some(role_name(role)),
                    affiliation: affiliation.clone(),
                });
                found = true;
            }
            // "Der nationale Cyberdirektor im Weißen Haus, Sean Cairncross, hatte": an
            // apposition between commas after the role.
            if !found
                && let Some(comma) = near(text, ws[i].end, 64).find(", ").map(|p| p + ws[i].end)
                && comma - ws[i].end < 60
                && !text[ws[i].end..comma].contains(['.', ';', ':', '„', '“', '"'])
                && let Some(j) = ws.iter().position(|x| x.start == comma + 2)
                && let Some(last) = name_from(text, ws, &nw, j, false)
                && last > j
                && text[ws[last].end..].starts_with(',')
            {
                hits.push(Hit {
                    span: span_of(j, last),
                    name: joined(j, last),
                    role: Some(role_name(role)),
                    affiliation,
                });
            }
            continue;
        }
        // "Nico G." (a surname cut to its initial), "Elisabeth II." (a regnal number).
        if nw.first_name(i)
            && i + 1 < ws.len()
            && ws[i + 1].start == ws[i].end + 1
            && text[ws[i + 1].end..].starts_with('.')
            && (single_letter(ws[i + 1].text) || regnal_number(ws[i + 1].text))
            && ws[i + 1].text.chars().all(char::is_uppercase)
            && !ws
                .get(i + 2)
                .is_some_and(|n| n.start == ws[i + 1].end + 2 && nw.at(i + 2))
            && !sentence_start(text, ws[i].start)
        {
            let end = ws[i + 1].end + 1;
            hits.push(Hit {
                span: ws[i].start..end,
                name: text[ws[i].start..end].to_string(),
                role: None,
                affiliation: None,
            });
            continue;
        }
        // Known first name + surname.
        if nw.first_name(i)
            && i + 1 < ws.len()
            && adjacent(text, ws[i].end, ws[i + 1].start)
            && let Some(last) = name_from(text, ws, &nw, i, true)
            && last > i
        {
            hits.push(Hit {
                span: span_of(i, last),
                name: joined(i, last),
                role: None,
                affiliation: None,
            });
            continue;
        }
        // "W. Müller": an initial and a surname.
        if single_letter(w)
            && w.chars().all(char::is_uppercase)
            && text[ws[i].end..].starts_with(". ")
            && i + 1 < ws.len()
            && ws[i + 1].start == ws[i].end + 2
            && !sentence_start(text, ws[i].start)
            && nw.at(i + 1)
            && !never_surname(ws[i + 1].text)
        {
            hits.push(Hit {
                span: span_of(i, i + 1),
                name: joined(i, i + 1),
                role: None,
                affiliation: None,
            });
            continue;
        }
        // A known first name alone ("Laura", "Thomas"), unless it is also a common word or a
        // saint ("St. Georg"); after an unknown capitalised word it is a surname ("Mitch
        // Sebastian", "LeBron James").
        // "die Gruppe Akira", "Sturmtief Sabine": a first name of a thing.
        let of_a_thing = || {
            i > 0
                && adjacent(text, ws[i - 1].end, ws[i].start)
                && super::organizations::names_a_thing(ws[i - 1].text)
        };
        if nw.first_name(i)
            && !ambiguous_first_name(w)
            && !of_a_thing()
            && !text[ws[i].end..].starts_with(['.', '-', '!'])
            && !text[..ws[i].start].ends_with('-')
            && !text[..ws[i].start].trim_end().ends_with("St.")
            && !text[..ws[i].start].trim_end().ends_with("St .")
            && !text[..ws[i].start].trim_end().ends_with("Sankt")
        {
            let first = if i > 0
                && adjacent(text, ws[i - 1].end, ws[i].start)
                && nw.at(i - 1)
                && !sentence_start(text, ws[i - 1].start)
                && !never_surname(ws[i - 1].text)
                && !noun_ending(ws[i - 1].text)
                && hits.last().is_none_or(|h| h.span.end < ws[i - 1].start)
            {
                i - 1
            } else {
                i
            };
            hits.push(Hit {
                span: span_of(first, i),
                name: joined(first, i),
                role: None,
                affiliation: None,
            });
            continue;
        }
        // A frequent family name ("Müller") or one of a typical foreign form ("Podolski",
        // "Demirović", "Saakaschwili") alone.
        let bare = w.strip_suffix('s').filter(|b| b.len() > 2);
        let surname = nw.ws[i].lex & gazetteer::SURNAME != 0;
        let genitive = !surname
            && w.ends_with('s')
            && bare.is_some_and(|b| gazetteer::lexicon(b) & gazetteer::SURNAME != 0);
        if surname
            || genitive
            || name_like(w) && foreign_surname(w) && !sentence_start(text, ws[i].start)
        {
            hits.push(Hit {
                span: span_of(i, i),
                name: if genitive { bare.unwrap_or(w) } else { w }.to_string(),
                role: None,
                affiliation: None,
            });
            continue;
        }
        // Speech verb + name: "sagte Guterres".
        if speech_verb(w)
            && i + 1 < ws.len()
            && adjacent(text, ws[i].end, ws[i + 1].start)
            && let Some(last) = name_from(text, ws, &nw, i + 1, false)
        {
            hits.push(Hit {
                span: span_of(i + 1, last),
                name: joined(i + 1, last),
                role: None,
                affiliation: None,
            });
        }
        // Name + speech verb: "Guterres sagte", after a sentence start or a comma.
        if speech_verb(w) && i > 0 && adjacent(text, ws[i - 1].end, ws[i].start) {
            // More than one word only from a known first name on: "Peter Pander sagte", not
            // "Borussia-Manager Peter Pander sagte".
            let mut first = i - 1;
            if first > 0
                && nw.first_name(first - 1)
                && adjacent(text, ws[first - 1].end, ws[first].start)
            {
                first -= 1;
            }
            let starts_clause = sentence_start(text, ws[first].start)
                || text[..ws[first].start].trim_end().ends_with(',');
            // "Officials said", "Analysts say": an English plural opening the sentence is a
            // group, unless it is a known family name ("Williams said").
            let w1 = ws[first].text;
            let plural = first == i - 1
                && ctx.lang == crate::corpus::model::Lang::En
                && w1.ends_with('s')
                && nw.ws[first].lex & gazetteer::SURNAME == 0
                && !ctx.known_people.iter().any(|p| p.name.ends_with(w1));
            if starts_clause
                && !plural
                && (first..i).all(|k| nw.at(k))
                && !noun_ending(ws[i - 1].text)
            {
                hits.push(Hit {
                    span: span_of(first, i - 1),
                    name: joined(first, i - 1),
                    role: None,
                    affiliation: None,
                });
            }
        }
    }

    // Byline: a short block "von Oliver Eschke" / "By Jane Doe".
    let trimmed = text.trim_start();
    if text.len() < 80
        && ws.len() <= 6
        && ws.len() >= 3
        && matches!(ws[0].text, "von" | "Von" | "By" | "by")
        && let Some(last) = name_from(text, ws, &nw, 1, false)
        && last == ws.len() - 1
        && trimmed.starts_with(ws[0].text)
    {
        hits.push(Hit {
            span: span_of(1, last),
            name: joined(1, last),
            role: None,
            affiliation: None,
        });
    }

    // "Heidi Klum (37)": an age in brackets after capitalised words is a person's.
    ages(text, ws, &nw, &mut hits);

    // "Jack Ma (Alibaba)", "Pony Ma (Tencent)": a company in brackets after a name.
    bracketed_affiliations(text, ws, &nw, &mut hits);

    // Well-known full names.
    for i in 0..ws.len() {
        if nw.ws[i].lex & (gazetteer::FIRST | gazetteer::FAMOUS_FIRST) == 0 {
            continue;
        }
        for n in 2..=4 {
            if i + n <= ws.len()
                && let Some(name) = text.get(ws[i].start..ws[i + n - 1].end)
                && FAMOUS.0.contains(name)
            {
                hits.push(Hit {
                    span: ws[i].start..ws[i + n - 1].end,
                    name: name.to_string(),
                    role: None,
                    affiliation: None,
                });
            }
        }
    }

    // Keep the longest of overlapping hits, merging role and affiliation.
    hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
    let mut kept: Vec<Hit> = Vec::new();
    for h in hits {
        if let Some(k) = kept.last_mut()
            && h.span.start < k.span.end
        {
            if k.role.is_none() {
                k.role = h.role;
            }
            if k.affiliation.is_none() {
                k.affiliation = h.affiliation;
            }
            continue;
        }
        kept.push(h);
    }

    // Register full names; then link surnames to them.
    for h in &kept {
        if h.name.contains(' ') && !ctx.known_people.iter().any(|p| p.name == h.name) {
            ctx.known_people.push(Person {
                name: h.name.clone(),
                role: h.role.clone(),
                affiliation: h.affiliation.clone(),
            });
        }
    }
    // "sagte Wildberger" after "Karsten Wildberger": the full name.
    for h in kept.iter_mut().filter(|h| !h.name.contains(' ')) {
        let bare = h.name.strip_suffix('s').unwrap_or(&h.name).to_string();
        if let Some(p) = ctx.known_people.iter().rev().find(|p| {
            let last = p.name.rsplit(' ').next().unwrap_or("");
            last == h.name || last == bare
        }) {
            h.name = p.name.clone();
            if h.role.is_none() {
                h.role = p.role.clone();
            }
            if h.affiliation.is_none() {
                h.affiliation = p.affiliation.clone();
            }
        } else if h.role.is_none()
            && let Some(full) = FAMOUS.1.get(h.name.as_str()).copied().flatten()
        {
            // A well-known surname alone ("Merkel", "Trumps"); with a role ("Präsident Trump")
            // the name stays as written.
            h.name = full.to_string();
        }
    }
    // Surnames of the people named so far, latest last; a word is compared with them only when
    // its first byte begins one.
    let known_people = &ctx.known_people;
    let surnames: Vec<&str> = known_people
        .iter()
        .map(|p| p.name.rsplit(' ').next().unwrap_or(""))
        .collect();
    let mut initials = [false; 256];
    for s in &surnames {
        if let Some(&b) = s.as_bytes().first() {
            initials[usize::from(b)] = true;
        }
    }
    let by_surname = |w: &str| {
        if !initials[usize::from(w.as_bytes()[0])] {
            return None;
        }
        surnames.iter().rposition(|s| *s == w)
    };
    let mut linked: Vec<Hit> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !w.cap
            || !name_like(w.text)
            || kept
                .iter()
                .any(|h| h.span.start <= w.start && w.end <= h.span.end)
        {
            continue;
        }
        // Part of a longer capitalised run that is not a name ("Trump Tower")? Then skip unless
        // the run is the name.
        let bare = w.text.strip_suffix('s').filter(|b| b.len() > 1);
        let known = if known_people.is_empty() {
            None
        } else {
            by_surname(w.text)
                .or_else(|| bare.and_then(by_surname))
                .map(|k| known_people[k].clone())
        };
        let famous = || {
            if nw.ws[i].lex & gazetteer::FAMOUS_SURNAME != 0 {
                FAMOUS.1.get(w.text).copied().flatten()
            } else {
                bare.filter(|b| gazetteer::lexicon(b) & gazetteer::FAMOUS_SURNAME != 0)
                    .and_then(|b| FAMOUS.1.get(b).copied().flatten())
            }
        };
        let person = match known {
            Some(p) => Some(p),
            None => famous().map(|full| Person {
                name: full.to_string(),
                role: None,
                affiliation: None,
            }),
        };
        let Some(p) = person else { continue };
        // A first name alone is no reference to the surname's owner.
        if nw.first_name(i) && i + 1 < ws.len() && name_like(ws[i + 1].text) {
            continue;
        }
        linked.push(Hit {
            span: w.start..w.end,
            name: p.name,
            role: p.role,
            affiliation: p.affiliation,
        });
    }
    kept.extend(linked);

    for h in kept {
        out.push(Found {
            kind: FactKind::Person,
            value: FactValue::Person(Person {
                name: h.name,
                role: h.role,
                affiliation: h.affiliation,
            }),
            span: h.span,
        });
    }
}

/// The role as shown: "Premier", "Cyberdirektor"; abbreviations get their period back.
fn role_name(role: &str) -> String {
    match role {
        "Dr" | "Prof" | "Mr" | "Mrs" | "Ms" => format!("{role}."),
        _ => role.to_string(),
    }
}

/// Who the role belongs to: "Chinas Premier" → China, "DeepSeek-Gründer" → DeepSeek,
/// "UN-Generalsekretär" → UN.
fn affiliation_before(text: &str, ws: &[Word], i: usize) -> Option<String> {
    let w = ws[i].text;
    if let Some((prefix, _)) = w.rsplit_once('-')
        && prefix.chars().next().is_some_and(char::is_uppercase)
    {
        return Some(prefix.to_string());
    }
    if i > 0 && adjacent(text, ws[i - 1].end, ws[i].start) {
        let prev = ws[i - 1].text;
        if prev.ends_with('s')
            && let Some(place) = gazetteer::place_of_word(prev)
            && place.name.len() < prev.len()
        {
            return Some(place.name.to_string());
        }
    }
    None
}

/// Where the next " (" after `from` is, relative to `from`. `str::find` with a two-byte
/// pattern runs a general substring search that showed up in profiles; memchr's is vectorised.
fn open_bracket(text: &str, from: usize) -> Option<usize> {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b" ("));
    FINDER.find(text.as_bytes().get(from..)?)
}

/// "Eva Brylka (24)": one to three name words before an age in brackets.
fn ages(text: &str, ws: &[Word], nw: &NameWords, hits: &mut Vec<Hit>) {
    let mut from = 0;
    while let Some(p) = open_bracket(text, from) {
        let open = from + p + 1;
        from = open + 1;
        let Some(len) = text[open + 1..].find(')') else {
            break;
        };
        let inside = text[open + 1..open + 1 + len].trim();
        if !(1..=3).contains(&inside.len()) || !inside.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Some(last) = word_ending_at(ws, open - 1) else {
            continue;
        };
        let mut first = last;
        while first > 0
            && last - first < 2
            && nw.at(first - 1)
            && adjacent(text, ws[first - 1].end, ws[first].start)
        {
            first -= 1;
        }
        if !nw.at(last)
            || never_surname(ws[last].text)
            || noun_ending(ws[last].text) && first == last
        {
            continue;
        }
        hits.push(Hit {
            span: ws[first].start..ws[last].end,
            name: text[ws[first].start..ws[last].end].to_string(),
            role: None,
            affiliation: None,
        });
    }
}

/// "Name Name (Company)": the company is the affiliation, and two capitalised words before such a
/// bracket are a name even without a known first name.
fn bracketed_affiliations(text: &str, ws: &[Word], nw: &NameWords, hits: &mut Vec<Hit>) {
    let mut from = 0;
    while let Some(p) = open_bracket(text, from) {
        let open = from + p + 1;
        from = open + 1;
        let Some(len) = text[open + 1..].find(')') else {
            break;
        };
        let inside = &text[open + 1..open + 1 + len];
        let inside = inside.trim();
        let Some(&org) = ORGS.forms.get(inside) else {
            continue;
        };
        if !ORGS.entries[org].company {
            continue;
        }
        // The name: the words right before the bracket.
        let Some(last) = word_ending_at(ws, open - 1) else {
            continue;
        };
        if let Some(h) = hits.iter_mut().find(|h| h.span.end == ws[last].end) {
            if h.affiliation.is_none() {
                h.affiliation = Some(inside.to_string());
            }
            continue;
        }
        if last >= 1
            && nw.at(last)
            && nw.at(last - 1)
            && adjacent(text, ws[last - 1].end, ws[last].start)
            && !ORGS
                .forms
                .contains_key(&text[ws[last - 1].start..ws[last].end])
        {
            hits.push(Hit {
                span: ws[last - 1].start..ws[last].end,
                name: text[ws[last - 1].start..ws[last].end].to_string(),
                role: None,
                affiliation: Some(inside.to_string()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people_ctx(
        text: &str,
        ctx: &mut ExtractContext,
    ) -> Vec<(String, String, Option<String>, Option<String>)> {
        let mut out = Vec::new();
        extract(text, ctx, &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Person(p) => (text[f.span].to_string(), p.name, p.role, p.affiliation),
                _ => unreachable!(),
            })
            .collect()
    }

    fn people(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        people_ctx(text, &mut ExtractContext::default())
    }

    fn names(text: &str) -> Vec<String> {
        people(text).into_iter().map(|p| p.1).collect()
    }

    #[test]
    fn initials_and_regnal_numbers_end_a_name() {
        assert_eq!(
            names("Derweil freut sich Nico G. auf seinen nächsten Einsatz."),
            ["Nico G."]
        );
        assert_eq!(
            names("Danach krönte man Elisabeth II. in London."),
            ["Elisabeth II."]
        );
        // A middle initial is part of the whole name.
        assert_eq!(
            names("Es sprach James A. Robinson dazu."),
            ["James A. Robinson"]
        );
        assert_eq!(names("Ihr Sohn Tobias fehlt."), ["Tobias"]);
        assert_eq!(
            names(
                "Secretary General Alain Berset said it. Berichterstatter Brando Benifei nickte."
            ),
            ["Alain Berset", "Brando Benifei"]
        );
    }

    #[test]
    fn roles_are_not_part_of_names() {
        let p = people("Präsident Trump sagte");
        assert_eq!(p[0].0, "Trump");
        assert_eq!(p[0].2.as_deref(), Some("Präsident"));
        let p = people(
            "Auf der Konferenz hat Chinas Premier Li Qiang eine Organisation vorgeschlagen.",
        );
        assert_eq!(p[0].1, "Li Qiang");
        assert_eq!(p[0].2.as_deref(), Some("Premier"));
        assert_eq!(p[0].3.as_deref(), Some("China"));
        let p = people("Der DeepSeek-Gründer Liang Wenfeng lehnte ab");
        assert_eq!(
            (p[0].1.as_str(), p[0].3.as_deref()),
            ("Liang Wenfeng", Some("DeepSeek"))
        );
        let p = people("mit Präsident Xi Jinping trafen");
        assert_eq!(p[0].1, "Xi Jinping");
        let p = people("UN-Generalsekretär António Guterres sagte");
        assert_eq!(
            (p[0].1.as_str(), p[0].2.as_deref()),
            ("António Guterres", Some("Generalsekretär"))
        );
    }

    #[test]
    fn groups_and_possessives_before_a_speech_verb_are_no_people() {
        let mut en = ExtractContext {
            lang: crate::corpus::model::Lang::En,
            ..ExtractContext::default()
        };
        assert!(people_ctx("Officials said the money was ready.", &mut en).is_empty());
        let p = people_ctx(
            "\"We act,\" said Singapore's Minister for Digital Development, Josephine Teo.",
            &mut en,
        );
        assert_eq!(
            p.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["Josephine Teo"]
        );
        assert_eq!(
            names("Ihr Vorsitzender, der Diplomat Marcelo Nunes, sprach."),
            ["Marcelo Nunes"]
        );
    }

    #[test]
    fn apposition_after_a_role() {
        let p =
            people("Der nationale Cyberdirektor im Weißen Haus, Sean Cairncross, hatte erklärt");
        assert_eq!(p[0].1, "Sean Cairncross");
        assert_eq!(p[0].2.as_deref(), Some("Cyberdirektor"));
    }

    #[test]
    fn affiliations_in_brackets() {
        let p = people(
            "bei der sich Jack Ma (Alibaba), Pony Ma (Tencent), Lei Jun (Xiaomi) und Liang Wenfeng (DeepSeek) trafen",
        );
        let got: Vec<(&str, Option<&str>)> =
            p.iter().map(|x| (x.1.as_str(), x.3.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("Jack Ma", Some("Alibaba")),
                ("Pony Ma", Some("Tencent")),
                ("Lei Jun", Some("Xiaomi")),
                ("Liang Wenfeng", Some("DeepSeek"))
            ]
        );
    }

    #[test]
    fn first_names_bylines_and_speech() {
        assert_eq!(names("von Oliver Eschke"), ["Oliver Eschke"]);
        assert_eq!(
            names("Die Nobelpreisträger Daron Acemoglu und James A. Robinson argumentieren"),
            ["Daron Acemoglu", "James A. Robinson"]
        );
        // A well-known surname alone takes the full name; after a role it stays as written.
        assert_eq!(
            names("„Wir brauchen Regeln“, sagte Guterres."),
            ["António Guterres"]
        );
        assert_eq!(names("Guterres sagte zur Eröffnung:"), ["António Guterres"]);
        assert_eq!(names("„Wir brauchen Regeln“, sagte Schulze."), ["Schulze"]);
        assert_eq!(names("UN-Generalsekretär Guterres sagte"), ["Guterres"]);
        assert_eq!(
            names("Ursula von der Leyen reist"),
            ["Ursula von der Leyen"]
        );
        // A first name after a word for a thing names the thing.
        assert!(names("Sturmtief Sabine zog über das Land, die Gruppe Akira schwieg.").is_empty());
        assert_eq!(names("Seine Tochter Laura sagte"), ["Laura"]);
    }

    #[test]
    fn surnames_link_to_full_names() {
        let mut ctx = ExtractContext::default();
        people_ctx("Der Direktor, Sean Cairncross, sprach.", &mut ctx);
        let p = people_ctx("Später widersprach Cairncross.", &mut ctx);
        assert_eq!(p[0].0, "Cairncross");
        assert_eq!(p[0].1, "Sean Cairncross");
        let p = people("wirkt Trumps Politik");
        assert_eq!(p[0].1, "Donald Trump");
    }

    #[test]
    fn capitalised_nouns_are_not_people() {
        for text in [
            "Die Regierung sagte am Montag nichts.",
            "Chinesische Behörden raten führenden Forschern ab.",
            "Experten sagten, dass",
            "Das Internet spielt immer eine essentielle Rolle.",
            "Verurteilung von Sanktionen (Ukraine) sowie",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }
}
