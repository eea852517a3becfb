//! Cue words of the extractors, found in one pass over a block.
//!
//! Most patterns apply only where certain words occur: a month name, "Resolution", a currency.
//! Instead of each extractor searching the block for its own words (a dozen `contains` and
//! several automata per block), one Aho–Corasick automaton over all cue words reports which
//! [`Cue`]s a block has, and the extractors skip what cannot match.
//!
//! A cue is a necessary condition only: a pattern runs when its cue is there, exactly as it ran
//! before when its own search found the word.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::automaton::StateID;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

/// What a block may hold, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Cue {
    /// A word that can make a date without digits (any ASCII case): "heute", "Juni", "Sommer".
    DateWord = 1 << 0,
    /// The start of a month's name or abbreviation: "Jan", "Mär", "Dez".
    Month = 1 << 1,
    Quarter = 1 << 2,
    Half = 1 << 3,
    /// A season's name as a word of its own (of SEASON in dates.rs; not "Sommerpause").
    Season = 1 << 4,
    /// Words of relative dates: "heute", "Woche", "Jahr", "year".
    Relative = 1 << 5,
    /// "Montag", "Friday".
    Weekday = 1 << 6,
    /// "Anfang", "Mitte", "Ende", "Beginn" in any case (of "Ende des Jahres").
    PartOf = 1 << 7,
    /// "selben", "folgenden", "nächsten" … in any case (of "am selben Tag").
    Anaphor = 1 << 9,
    /// "später", "zuvor" … in any case (of "zwei Tage später").
    Later = 1 << 10,
    /// "Jahres" (of "Jahresende", "Jahreswechsel").
    YearEdge = 1 << 11,
    /// "Jahrhundert".
    Century = 1 << 12,
    /// "0er", "0s" (of "1990er", "the 1990s").
    Decade = 1 << 13,
    /// "Chr.", " BC", " AD", " CE".
    Era = 1 << 14,
    /// "Uhr".
    Clock = 1 << 15,
    /// A character whose case folds to an ASCII letter (U+017F long s, U+212A Kelvin sign):
    /// where one occurs, case-insensitive patterns may match words no ASCII cue shows.
    FoldsToAscii = 1 << 16,
    /// "esolution", "Res.", "RES/".
    Resolution = 1 << 17,
    /// "ara", "§", "Abs.", "Art", "rticle", "Ziff".
    Paragraph = 1 << 18,
    /// The last word of a named document: "Declaration", "Abkommen".
    DocumentWord = 1 << 19,
    /// A currency's name, code or sign.
    Currency = 1 << 20,
    /// An opening mark of a quoted document name: „ “ ".
    DocumentQuote = 1 << 22,
    /// "%", "Prozent", "percent", "per cent".
    Percent = 1 << 23,
    /// "Stimm", "Enthaltung", "vote" … (of a vote's result).
    Vote = 1 << 24,
    /// A number in words as a word of its own: "zwei", "zwölf", "hundert" (of a count in words;
    /// not "Nacht", "helfen", "Jahrzehnt").
    CountWord = 1 << 25,
    /// figures.rs: English numbers in words ("six", "twelve").
    CountWordEn = 1 << 35,
    /// figures.rs: "the number of", "die Zahl der" (NUMBER_OF).
    NumberOf = 1 << 36,
    /// figures.rs: a word every alternative of EARLIER_VALUE has, as written: "davon",
    /// "darunter", "denen", "which", "including", "from", "compared", "nach", "gegenüber",
    /// "(Vorjahr", " more " ("150 more than", "hire 30 more in").
    EarlierValue = 1 << 37,
    /// In any ASCII case and as a word of its own, the last words of LATER in dates.rs:
    /// "später", "danach", "later" (not "vorherigen", "daraufhin").
    LaterWord = 1 << 38,
    /// As written and as a word of its own, the words before a month in REL_MONTH in dates.rs:
    /// "kommenden", "letzten", "next".
    RelMonthWord = 1 << 39,
    /// In any ASCII case, a word every alternative of PREVIOUS_YEAR in dates.rs has: "vorjahr",
    /// "folgejahr", "year".
    PreviousYear = 1 << 40,
    /// The document word of a compound name in any case: "KI-Verordnung",
    /// "NIS-2-Umsetzungsgesetz".
    CompoundWord = 1 << 26,
    /// A word of approximation before a large number: "rund", "über", "more than".
    Approx = 1 << 27,
    /// In any case, the words of a vote's no or abstentions in German: "Nein", "Gegenstimmen",
    /// "dagegen", "Enthaltungen" (a German result counts only with one of them).
    VoteAgainst = 1 << 28,
    /// In any case, "against", "abstention" or "vote" (an English result counts only with one of
    /// them).
    VoteAgainstEn = 1 << 29,
    /// The last word of a named document written without quotes, as a word of its own ("das
    /// Gesetz", "Act", not "Gesetzentwurf", "Action"): what the plain alternative needs.
    DocumentHeadWord = 1 << 30,
    /// A word of REL_DAY in dates.rs as a word of its own: "heute", "gestern", "tomorrow".
    RelDay = 1 << 31,
    /// In any case and as a word of its own, the units of REL_NAMED in dates.rs: "Jahr",
    /// "Monats", "week".
    RelNamedUnit = 1 << 32,
    /// In any case and as a word of its own, the units and the last words of REL_UNIT in
    /// dates.rs: "Tagen", "Jahr", "ago", "from now".
    RelUnit = 1 << 33,
    /// In any case and as a word of its own, "Jahres" or "Monats" (of REL_PART in dates.rs).
    RelPartUnit = 1 << 34,
    /// "gesetz" or "verordnung" written small, inside a compound naming a law
    /// ("Krankenhauszukunftsgesetz"; not "Gesetz").
    LawWord = 1 << 41,
    /// figures.rs: in any ASCII case and as a word of its own, a fraction's word ("Drittel",
    /// "Hälfte", "quarter", "two-thirds") or the "in five" of "one in five" (FRACTION).
    Fraction = 1 << 42,
    /// figures.rs: "Dutzend" as written (DOZEN).
    Dozen = 1 << 43,
    /// figures.rs: as written, "ren es" (of "waren es", "wären es"), "war es", "sind es",
    /// "seien es" (WERE_IT).
    WereIt = 1 << 44,
    /// figures.rs: in any ASCII case and as a word of its own, a unit of time in the plural
    /// ("Stunden", "Tagen", "years"; DURATION).
    Duration = 1 << 45,
    /// figures.rs: in any ASCII case, a span of time as an adjective's ending ("zweiwöchigen",
    /// "14-tägige").
    SpanAdjective = 1 << 46,
    /// documents.rs: as written, a label before a case's or a file's number ("No.", "GZ",
    /// "reference", "procedure"; LABELLED_CODE).
    CodeLabel = 1 << 47,
}

/// How a cue word is matched: as written, or in any ASCII case; `Word`: as written and with
/// `(?-u:\b)` holding before and after it (an ASCII word boundary).
#[derive(Clone, Copy)]
enum Case {
    Exact,
    Any,
    Word,
    /// In any ASCII case, with `(?-u:\b)` before and after it.
    AnyWord,
}

/// Cue words, each for one cue.
const WORDS: &[(Cue, Case, &[&str])] = &[
    (
        Cue::DateWord,
        Case::Any,
        &[
            "heute",
            "gestern",
            "morgen",
            "today",
            "yesterday",
            "tomorrow",
            "tag",
            "woche",
            "monat",
            "jahr",
            "week",
            "month",
            "year",
            "day",
            "januar",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
            "january",
            "february",
            "march",
            "june",
            "july",
            "october",
            "december",
            "sommer",
            "herbst",
            "winter",
            "frühjahr",
            "frühling",
            "spring",
            "summer",
            "autumn",
            "fall",
            "quartal",
            "quarter",
            "halbjahr",
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
    ),
    (
        Cue::Month,
        Case::Exact,
        &[
            "Jan", "Jän", "Feb", "Mär", "Mrz", "Mar", "Apr", "Mai", "May", "Jun", "Jul", "Aug",
            "Sep", "Okt", "Oct", "Nov", "Dez", "Dec",
            // A headline in capitals ("TAKE EFFECT ON 1 JANUARY 2032").
            "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
        ],
    ),
    (
        Cue::Quarter,
        Case::Exact,
        &[
            "Quartal", "quartal", "quarter", "Quarter", "Q1", "Q2", "Q3", "Q4", "I/1", "I/2",
            "V/1", "V/2",
        ],
    ),
    (
        Cue::Half,
        Case::Exact,
        &[
            "Halbjahr",
            "Jahreshälfte",
            "half",
            "Half",
            "H1",
            "H2",
            "1H",
            "2H",
        ],
    ),
    (
        Cue::Season,
        Case::Word,
        &[
            "Frühjahr",
            "Frühling",
            "Sommer",
            "Herbst",
            "Winter",
            "Spring",
            "spring",
            "Summer",
            "summer",
            "Autumn",
            "autumn",
            "Fall",
            "fall",
        ],
    ),
    (
        Cue::Relative,
        Case::Exact,
        &[
            "heute",
            "Heute",
            "gestern",
            "Gestern",
            "morgen",
            "today",
            "Today",
            "yesterday",
            "Yesterday",
            "tomorrow",
            "tag",
            "Tag",
            "woche",
            "Woche",
            "monat",
            "Monat",
            "Jahr",
            "jahr",
            "week",
            "month",
            "year",
            "day",
            "fortnight",
            "Quartalsende",
        ],
    ),
    (Cue::Weekday, Case::Exact, &super::dates::WEEKDAYS),
    (
        Cue::PartOf,
        Case::Any,
        &[
            "anfang",
            "mitte",
            "ende",
            "beginn",
            "end of",
            "start of",
            "middle of",
        ],
    ),
    (
        Cue::Anaphor,
        Case::Any,
        // "nächsten" by its ASCII tail: `ä` has an upper case of its own.
        &[
            "selben",
            "gleichen",
            "folgenden",
            "chsten",
            "vorigen",
            "vorherigen",
        ],
    ),
    (
        Cue::Later,
        Case::Any,
        &[
            "später",
            "spÄter",
            "danach",
            "darauf",
            "zuvor",
            "vorher",
            "früher",
            "frÜher",
            "vorjahr",
            "folgejahr",
            "jahr davor",
            "year before",
            "previous year",
            "preceding year",
            "following year",
            "year after",
            "year earlier",
            "year later",
            "later",
            "earlier",
        ],
    ),
    (
        Cue::LaterWord,
        Case::AnyWord,
        // "spÄter", "frÜher": `Ä` and `Ü` are no ASCII capitals of `ä` and `ü`.
        &[
            "später", "spÄter", "danach", "darauf", "zuvor", "vorher", "früher", "frÜher", "later",
            "earlier",
        ],
    ),
    (
        Cue::RelMonthWord,
        Case::Word,
        &[
            "kommenden",
            "nächsten",
            "vergangenen",
            "letzten",
            "Next",
            "next",
            "Last",
            "last",
            "This",
            "this",
        ],
    ),
    (
        Cue::PreviousYear,
        Case::Any,
        &["vorjahr", "folgejahr", "year", "jahr davor"],
    ),
    (Cue::YearEdge, Case::Exact, &["Jahres", "Quartalsende"]),
    (Cue::Century, Case::Exact, &["Jahrhundert"]),
    (Cue::Decade, Case::Exact, &["0er", "0s"]),
    (Cue::Era, Case::Exact, &["Chr.", " BC", " AD", " CE"]),
    (Cue::Clock, Case::Exact, &["Uhr"]),
    (Cue::FoldsToAscii, Case::Exact, &["\u{17f}", "\u{212a}"]),
    (Cue::Resolution, Case::Exact, &["esolution", "Res.", "RES/"]),
    (
        Cue::Paragraph,
        Case::Exact,
        &["ara", "§", "Abs.", "Art", "rticle", "Ziff", "Rule "],
    ),
    (
        Cue::DocumentWord,
        Case::Exact,
        &[
            "Declaration",
            "Convention",
            "Treaty",
            "Compact",
            "Agenda",
            "Action Plan",
            "Strategy",
            "Roadmap",
            "Guidelines",
            "Principles",
            "Charter",
            "Accord",
            "Agreement",
            "Document",
            "Paper",
            "Draft",
            "Act",
            "Erklärung",
            "Konvention",
            "Vertrag",
            "Abkommen",
            "Aktionsplan",
            "Strategie",
            "Richtlinie",
            "Verordnung",
            "Charta",
            "Gesetz",
        ],
    ),
    (
        Cue::DocumentHeadWord,
        Case::Word,
        super::documents::HEAD_WORDS,
    ),
    (Cue::CodeLabel, Case::Exact, super::documents::CODE_LABELS),
    (
        Cue::RelDay,
        Case::Word,
        &[
            "heute",
            "gestern",
            "vorgestern",
            "morgen",
            "übermorgen",
            "Heute",
            "Gestern",
            "Vorgestern",
            "today",
            "yesterday",
            "tomorrow",
            "Today",
            "Yesterday",
            "Tomorrow",
            "heuer",
            "Heuer",
            "heutige",
            "heutigen",
            "heutigem",
            "heutiger",
            "heutiges",
            "last night",
            "Last night",
            "tonight",
            "Tonight",
            "this morning",
            "This morning",
            "this afternoon",
            "This afternoon",
            "this evening",
            "This evening",
            "Vorabend",
            "Vortag",
            "Vortages",
            "Ostern",
            "Ostersonntag",
            "Ostermontag",
            "Karfreitag",
            "Pfingsten",
            "Pfingstmontag",
            "Weihnachtstag",
            "Neujahrstag",
            "Weihnachten",
            "Heiligabend",
            "Silvester",
            "Neujahr",
            "Christmas",
            "Easter",
            "Pentecost",
            "Whitsun",
            "New Year",
            "Thanksgiving",
        ],
    ),
    (
        Cue::SpanAdjective,
        Case::Any,
        &["tägig", "wöchig", "monatig", "jährig", "stündig"],
    ),
    (
        Cue::RelNamedUnit,
        Case::AnyWord,
        &[
            "jahr", "jahres", "monat", "monats", "woche", "year", "month", "week", "vorwoche",
            "vormonat",
        ],
    ),
    (
        Cue::RelUnit,
        Case::AnyWord,
        &[
            "tag",
            "tagen",
            "woche",
            "wochen",
            "monat",
            "monaten",
            "jahr",
            "jahren",
            "ago",
            "later",
            "from now",
            "days",
            "weeks",
            "months",
            "fortnight",
            "fortnights",
        ],
    ),
    (
        Cue::Duration,
        Case::AnyWord,
        &[
            "sekunden",
            "minuten",
            "stunden",
            "tage",
            "tagen",
            "wochen",
            "monate",
            "monaten",
            "jahre",
            "jahren",
            "jahrzehnte",
            "jahrzehnten",
            "seconds",
            "minutes",
            "hours",
            "days",
            "weeks",
            "months",
            "years",
            "decades",
        ],
    ),
    (
        Cue::RelPartUnit,
        Case::AnyWord,
        &["jahres", "monats", "jahr", "year", "month"],
    ),
    (Cue::DocumentQuote, Case::Exact, &["„", "“", "\""]),
    (
        Cue::Vote,
        Case::Exact,
        &[
            "Stimm",
            "stimm",
            "Enthaltung",
            "favo",
            "vote",
            "votin",
            "nanim",
            "Gegenstimme",
            "votiert",
            "enthielt",
        ],
    ),
    (
        Cue::NumberOf,
        Case::Any,
        &["number of", "zahl der", "anzahl der", "von den"],
    ),
    (
        Cue::EarlierValue,
        Case::Exact,
        &[
            "davon",
            "darunter",
            "denen",
            "which",
            "including",
            "from",
            "compared",
            "nach",
            "gegenüber",
            "(Vorjahr",
            "eitere",
            "whom",
            " mehr als",
            " weniger als",
            " more ",
            " fewer than",
        ],
    ),
    (
        Cue::WereIt,
        Case::Exact,
        &["ren es", "war es", "sind es", "seien es"],
    ),
    (Cue::Dozen, Case::Exact, &["Dutzend"]),
    (
        Cue::CountWordEn,
        Case::AnyWord,
        &[
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "million", "billion", "crore", "lakh",
        ],
    ),
    (
        Cue::CountWord,
        Case::Word,
        &[
            "zwei",
            "drei",
            "vier",
            "fünf",
            "sechs",
            "sieben",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwölf",
            "zwanzig",
            "dreißig",
            "hundert",
            // Opening a sentence: "Drei Bieter haben …".
            "Zwei",
            "Drei",
            "Vier",
            "Fünf",
            "Sechs",
            "Sieben",
            "Acht",
            "Neun",
            "Zehn",
            "Elf",
            "Zwölf",
            "Zwanzig",
            "Dreißig",
            "Hundert",
            "zweihundert",
            "dreihundert",
            "vierhundert",
            "fünfhundert",
            "zweitausend",
            "dreitausend",
            "viertausend",
            "fünftausend",
            "zehntausend",
        ],
    ),
    (
        Cue::Fraction,
        Case::AnyWord,
        &[
            "drittel",
            "viertel",
            "fünftel",
            "zehntel",
            "hälfte",
            "third",
            "thirds",
            "quarter",
            "quarters",
            "fifth",
            "fifths",
            "sixth",
            "sixths",
            "seventh",
            "sevenths",
            "eighth",
            "eighths",
            "ninth",
            "ninths",
            "tenth",
            "tenths",
            "sechstel",
            "siebtel",
            "achtel",
            "neuntel",
            "dritteln",
            "vierteln",
            "fünfteln",
            "jedem",
            "half",
            "in three",
            "in four",
            "in five",
            "in six",
            "in seven",
            "in eight",
            "in nine",
            "in ten",
            "out of",
            "jede",
            "jeder",
            "jedes",
            "von drei",
            "von vier",
            "von fünf",
            "von zehn",
            "in 2",
            "in 3",
            "in 4",
            "in 5",
            "in 6",
            "in 7",
            "in 8",
            "in 9",
            "in 10",
        ],
    ),
    (
        Cue::LawWord,
        Case::Exact,
        &["gesetz", "verordnung", "-Gesetz", "ordnung"],
    ),
    (
        Cue::CompoundWord,
        Case::Any,
        &[
            "verordnung",
            "richtlinie",
            "gesetz",
            "abkommen",
            "bereinkommen",
            "konvention",
            "vertrag",
            "strategie",
            "charta",
            "aktionsplan",
            "novelle",
            "pakt",
            "kodex",
        ],
    ),
    (
        Cue::Approx,
        Case::Exact,
        &[
            "rund",
            "etwa",
            "knapp",
            "circa",
            "ca.",
            "mehr als",
            "über",
            "about",
            "around",
            "nearly",
            "more than",
            "over",
            "roughly",
            "approximately",
            // "gut 2.100": with its space, not the "gut" of "Gutachten" or "Saatgut".
            "gut ",
        ],
    ),
    (
        Cue::VoteAgainst,
        Case::Any,
        &["nein", "gegenstimm", "dagegen", "enthaltung"],
    ),
    (
        Cue::VoteAgainstEn,
        Case::Any,
        // A division of the Commons ("Ayes 4, Noes 6") and of the Dáil ("Tá 84, Níl 61", "The
        // Dáil divided: Tá, 58; Níl, 79; Staon, 3").
        &[
            "against",
            "abstention",
            "vote",
            "ayes",
            "division",
            "divided",
        ],
    ),
    (
        Cue::Percent,
        Case::Exact,
        &["%", "Prozent", "percent", "per cent"],
    ),
    (
        Cue::Currency,
        Case::Exact,
        &[
            "Dollar",
            "USD",
            "$",
            "Euro",
            "EUR",
            "€",
            "Yuan",
            "Renminbi",
            "CNY",
            "RMB",
            "Pfund",
            "GBP",
            "£",
            "Yen",
            "JPY",
            "¥",
            "Franken",
            "CHF",
            "Fr.",
            "Rubel",
            "Rupien",
            "INR",
            "dollar",
            "euro",
            "yen",
            "yuan",
            "pounds",
            "francs",
            "roubles",
            "rubles",
            "rupees",
            // Not "₹" nor the rand's "R1.2bn": their bytes would outgrow the automaton's 64
            // classes (money.rs looks for them itself).
            "SGD",
            "AUD",
            "CAD",
            "HKD",
            "Rs",
            "crore",
            "lakh",
            "ZAR",
            "Bitcoin",
            "BTC",
            "naira",
            "Naira",
            "NGN",
            "won",
            "Won",
            "KRW",
            "reais",
            "BRL",
            "lira",
            "Lira",
            "TRY",
            "zloty",
            "PLN",
            "kronor",
            "kroner",
            "Kronen",
            "SEK",
            "NOK",
            "DKK",
            "pesos",
            "MXN",
            "CLP",
            "RM",
            "ringgit",
            "MYR",
            "shillings",
            "Shillings",
            "KES",
            "dirhams",
            "AED",
            "riyals",
            "SAR",
            "shekels",
            "ILS",
            "cedis",
            "GHS",
            "TWD",
        ],
    ),
];

/// One automaton over every cue word in ASCII lower case (matching any ASCII case), and for each
/// of its patterns the cues it gives: (cue bit, the word as written when the case must match,
/// whether it must be a word of its own).
/// The library's DFA is copied into a table of our own, stepped by hand: one class and one
/// transition load a byte, and a single comparison tells a state that reports matches (the
/// library's `next_state`, `is_special` and `is_match` cost several times that a byte).
struct Matcher {
    /// The column of each byte in `trans`: bytes no cue word tells apart share one.
    classes: [u8; 256],
    /// Rows of `trans` are `1 << shift` long, at least the number of classes.
    shift: u32,
    /// The next state of each state and class, at `state << shift | class`. States are numbered
    /// by row, those without matches first. Its length is a power of two, the rest zeros: an
    /// index masked by `mask` needs no bounds check. Ids of 16 bits keep a row in two cache
    /// lines (with 32 bits the scan missed the first-level cache about once every four bytes);
    /// numbered by row rather than by the row's start, they leave room for 65,536 states.
    trans: Vec<u16>,
    mask: usize,
    start: u16,
    /// The first state that reports matches; every state from here on does.
    first_match: u16,
    /// For each state from `first_match` on (by row), the patterns ending there and their
    /// lengths.
    matches: Vec<Vec<(usize, usize)>>,
    cues: Vec<Vec<(u64, Option<&'static str>, bool)>>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut cues: Vec<Vec<(u64, Option<&'static str>, bool)>> = Vec::new();
    for &(cue, case, words) in WORDS {
        for &word in words {
            let key = word.to_ascii_lowercase();
            let i = match patterns.iter().position(|p| *p == key) {
                Some(i) => i,
                None => {
                    patterns.push(key);
                    cues.push(Vec::new());
                    patterns.len() - 1
                }
            };
            let exact = match case {
                Case::Exact | Case::Word => Some(word),
                Case::Any | Case::AnyWord => None,
            };
            cues[i].push((
                cue as u64,
                exact,
                matches!(case, Case::Word | Case::AnyWord),
            ));
        }
    }
    let dfa = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .start_kind(StartKind::Unanchored)
        .prefilter(false)
        .build(&patterns)
        .expect("cue words compile");
    let start = dfa
        .start_state(Anchored::No)
        .expect("built for unanchored searches");
    // Every state reachable from the start, then renumbered: matching states last.
    let mut seen: HashSet<StateID> = HashSet::from([start]);
    let mut reached = vec![start];
    let mut k = 0;
    while let Some(&s) = reached.get(k) {
        k += 1;
        for b in 0..=255u8 {
            let t = dfa.next_state(Anchored::No, s, b);
            if seen.insert(t) {
                reached.push(t);
            }
        }
    }
    let (mut states, matching): (Vec<StateID>, Vec<StateID>) =
        reached.into_iter().partition(|&s| !dfa.is_match(s));
    let first_match = states.len();
    states.extend(matching);
    let index: HashMap<StateID, usize> = states.iter().enumerate().map(|(i, &s)| (s, i)).collect();
    // A class for each distinct column of next states.
    let mut classes = [0u8; 256];
    let mut columns: Vec<Vec<usize>> = Vec::new();
    let mut class_of: HashMap<Vec<usize>, usize> = HashMap::new();
    for b in 0..=255u8 {
        let column: Vec<usize> = states
            .iter()
            .map(|&s| index[&dfa.next_state(Anchored::No, s, b)])
            .collect();
        let class = *class_of.entry(column.clone()).or_insert_with(|| {
            columns.push(column);
            columns.len() - 1
        });
        classes[usize::from(b)] = u8::try_from(class).expect("at most 256 classes");
    }
    let shift = columns.len().next_power_of_two().trailing_zeros();
    // The cue words are constants: every test that scans text checks that they fit.
    let id = |s: usize| u16::try_from(s).expect("cue automaton fits 16-bit ids");
    let mut trans = vec![0u16; (states.len() << shift).next_power_of_two()];
    for (class, column) in columns.iter().enumerate() {
        for (s, &t) in column.iter().enumerate() {
            trans[s << shift | class] = id(t);
        }
    }
    let matches = states[first_match..]
        .iter()
        .map(|&s| {
            (0..dfa.match_len(s))
                .map(|k| {
                    let pattern = dfa.match_pattern(s, k);
                    (pattern.as_usize(), dfa.pattern_len(pattern))
                })
                .collect()
        })
        .collect();
    Matcher {
        classes,
        shift,
        mask: trans.len() - 1,
        trans,
        start: id(index[&start]),
        first_match: id(first_match),
        matches,
        cues,
    }
});

impl Matcher {
    /// `bits` with those of the matches of `state` that end at `end` (of `bytes`) and stand as
    /// their cues demand.
    #[inline(never)]
    fn report(&self, bytes: &[u8], state: u16, end: usize, mut bits: u64) -> u64 {
        let row = usize::from(state - self.first_match);
        for &(pattern, len) in self.matches.get(row).into_iter().flatten() {
            let start = end - len;
            for &(bit, exact, word) in &self.cues[pattern] {
                let ascii_word = |at: Option<usize>| {
                    at.and_then(|p| bytes.get(p))
                        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
                };
                let boundary = |at: usize| ascii_word(at.checked_sub(1)) != ascii_word(Some(at));
                if bits & bit == 0
                    && exact.is_none_or(|w| bytes[start..end] == *w.as_bytes())
                    && (!word || boundary(start) && boundary(end))
                {
                    bits |= bit;
                }
            }
        }
        bits
    }
}

/// The cues of one block.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cues {
    bits: u64,
    /// Some ASCII digit (what the number patterns have always been gated by).
    pub digits: bool,
    /// Some digit, ASCII or not: `\d` matches any Unicode decimal digit.
    pub any_digit: bool,
    /// Four digits in a row, ASCII or not (every year pattern needs `\d{4}`).
    pub four_digits: bool,
}

impl Cues {
    /// Scans `text` once for every cue word, and for digits.
    pub fn scan(text: &str) -> Cues {
        let matcher = &*MATCHER;
        let bytes = text.as_bytes();
        let mut bits = 0u64;
        // Every match, overlapping ones too: a match state reports each pattern ending there.
        let classes = &matcher.classes;
        let mask = matcher.mask;
        let shift = matcher.shift;
        // Every state and class is within the table, so masking changes no index.
        let trans = &matcher.trans[..=mask];
        let mut state = matcher.start;
        // The position comes from what is left of the iterator, and matches are seen to out of
        // the loop: so the loop keeps all it needs in registers.
        let mut rest = bytes.iter();
        while let Some(&b) = rest.next() {
            state =
                trans[(usize::from(state) << shift | usize::from(classes[usize::from(b)])) & mask];
            if state >= matcher.first_match {
                bits = matcher.report(bytes, state, bytes.len() - rest.len(), bits);
            }
        }
        let mut cues = Cues {
            bits,
            ..Cues::default()
        };
        // Digit runs. A character outside ASCII counts as a digit when it is numeric at all (a
        // superset of the decimal digits); the first decimal digit outside ASCII is U+0660, so
        // only characters from lead byte D9 on are decoded. Continuation bytes leave the run as
        // it is. The kind of each byte comes from a table: one load instead of a chain of tests.
        const OTHER: u8 = 0;
        const DIGIT: u8 = 1;
        const CONTINUATION: u8 = 2;
        const DECODE: u8 = 3;
        static KIND: [u8; 256] = {
            let mut t = [OTHER; 256];
            let mut b = 0;
            while b < 256 {
                t[b] = match b {
                    0x30..=0x39 => DIGIT,
                    0x80..=0xBF => CONTINUATION,
                    0xD9..=0xFF => DECODE,
                    _ => OTHER,
                };
                b += 1;
            }
            t
        };
        // A chunk without digits and without bytes from D9 on changes nothing but ends a run (no
        // full chunk is all continuation bytes; after the last one no run matters): such chunks,
        // most of a text, are told by a fold the compiler does with vector instructions.
        const CHUNK: usize = 64;
        let mut run = 0;
        'chunks: for (c, chunk) in bytes.chunks(CHUNK).enumerate() {
            let busy = chunk
                .iter()
                .fold(false, |busy, &b| busy | b.is_ascii_digit() | (b >= 0xD9));
            if !busy {
                run = 0;
                continue;
            }
            for (j, &b) in chunk.iter().enumerate() {
                let i = c * CHUNK + j;
                let digit = match KIND[usize::from(b)] {
                    DIGIT => {
                        cues.digits = true;
                        true
                    }
                    OTHER => false,
                    CONTINUATION => continue,
                    _ => text
                        .get(i..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(char::is_numeric),
                };
                if digit {
                    cues.any_digit = true;
                    run += 1;
                    if run >= 4 {
                        cues.four_digits = true;
                        if cues.digits {
                            break 'chunks;
                        }
                    }
                } else {
                    run = 0;
                }
            }
        }
        cues
    }

    pub fn has(&self, cue: Cue) -> bool {
        self.bits & cue as u64 != 0
    }

    /// A case-insensitive pattern may match: one of its cue words is there, or a character that
    /// folds to an ASCII letter (which no ASCII cue word shows).
    pub fn has_folded(&self, cue: Cue) -> bool {
        self.has(cue) || self.has(Cue::FoldsToAscii)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_cue_automaton_fits_its_table() {
        let m = &*super::MATCHER;
        // Rows of at most 64 classes: a cue word with a byte of its own (a digit, "₹") past
        // that doubles the table and slows the scan of every text by a tenth.
        assert!(m.shift <= 6, "{} classes", 1 << m.shift);
        // Room for many more cue words: the ids have 16 bits.
        assert!(
            m.trans.len() >> m.shift < 1 << 14,
            "{} rows",
            m.trans.len() >> m.shift
        );
        assert!(m.classes.iter().all(|&c| usize::from(c) < 1 << m.shift));
    }

    use super::*;

    #[test]
    fn cues_by_case_and_digits() {
        let c = Cues::scan("Am 17. Dezember 2025 sagte er HEUTE");
        assert!(c.has(Cue::Month) && c.has(Cue::DateWord) && c.digits && c.four_digits);
        assert!(!c.has(Cue::Relative), "\"heute\" must be written so");
        let c = Cues::scan("dezember 12");
        assert!(!c.has(Cue::Month) && c.has(Cue::DateWord) && c.digits && !c.four_digits);
        let c = Cues::scan("im Jahr ٢٠٢٥");
        assert!(!c.digits && c.any_digit && c.four_digits);
        assert!(Cues::scan("NÄCHSTEN").has(Cue::Anaphor));
        assert!(Cues::scan("Tage SPÄTER").has(Cue::Later));
        assert!(Cues::scan("ſelben").has_folded(Cue::Anaphor));
        assert!(Cues::scan("rund 5 € und").has(Cue::Currency));
    }

    #[test]
    fn cue_words_that_must_stand_alone() {
        // As written, with an ASCII word boundary on both sides.
        assert!(Cues::scan("das Gesetz.").has(Cue::DocumentHeadWord));
        assert!(Cues::scan("KI-Gesetz und").has(Cue::DocumentHeadWord));
        assert!(!Cues::scan("der Gesetzentwurf, das gesetz").has(Cue::DocumentHeadWord));
        assert!(!Cues::scan("Action").has(Cue::DocumentHeadWord));
        assert!(Cues::scan("the Action Plan").has(Cue::DocumentHeadWord));
        assert!(Cues::scan("vorgestern").has(Cue::RelDay));
        assert!(!Cues::scan("Morgenland").has(Cue::RelDay));
        // In any case, with a boundary on both sides.
        assert!(Cues::scan("vor zwei JAHREN").has(Cue::RelUnit));
        assert!(!Cues::scan("Jahrestag").has(Cue::RelUnit));
        assert!(Cues::scan("Ende des Jahres").has(Cue::RelPartUnit));
        assert!(!Cues::scan("Jahresende").has(Cue::RelPartUnit));
        assert!(Cues::scan("zwölf Staaten").has(Cue::CountWord));
        assert!(Cues::scan("NIS-2-Umsetzungsgesetz").has(Cue::CompoundWord));
        assert!(Cues::scan("ohne GEGENSTIMMEN").has(Cue::VoteAgainst));
        assert!(!Cues::scan("in der Nacht, zehnmal").has(Cue::CountWord));
        assert!(Cues::scan("zwei Tage SPÄTER").has(Cue::LaterWord));
        assert!(!Cues::scan("am vorherigen Tag").has(Cue::LaterWord));
        assert!(Cues::scan("im Sommer 2025").has(Cue::Season));
        assert!(!Cues::scan("die Sommerpause").has(Cue::Season));
        assert!(Cues::scan("im vergangenen Mai").has(Cue::RelMonthWord));
    }
}
