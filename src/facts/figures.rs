//! Figures worth remembering: counted things ("127 Paragrafen", "72 Regierungen von 193
//! UN-Staaten", "über 800 Unternehmen") and percentages.

use std::sync::LazyLock;

use regex::Regex;
use regex_automata::{Anchored, Input, meta::Regex as Anchorable};
use serde::Serialize;

use super::cues::Cue;
use super::dates::{Captures, Starts};
use super::numbers::parse_digits;
use super::{ExtractContext, FactKind, FactValue, Found};
use crate::corpus::model::Lang;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub number: f64,
    /// What is counted ("Paragrafen", "Regierungen", "%").
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
}

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(rund|etwa|knapp|fast|über|mehr als|bis zu|about|around|nearly|over|more than|up to)\s+)?(?-u:\b)(\d+(?:[.,]\d+)?)\s?(%|Prozent|percent|per centum|per cent)").expect("compiles")
});

/// The lower bound of a range of shares, ending where the upper one begins: "30–", "20 bis ".
static PERCENT_LOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\w.,/-])(\d{1,3}(?:[.,]\d+)?)\s?(?:–|-|bis|to)\s?\z").expect("compiles")
});

/// A count followed by a capitalised noun (German) or a plural noun (English), perhaps with an
/// adjective between ("573 zusätzliche Stellen", "12 binding decisions", "50 largest firms").
/// Searched where
/// its matches can begin ([`count_matches`]), for the regex crate's engine directly.
static COUNT: LazyLock<Anchorable> = LazyLock::new(|| {
    Anchorable::new(r"(?:((?i:rund|etwa|knapp|fast|über|mehr als|bis zu|mindestens|about|around|nearly|over|more than|up to|at least))\s+)?(?-u:\b)(\d{1,3}(?:['’]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?:[\u{a0}\u{202f} ]\d{3})+|\d{2,})\s+(?:(?:solche[rn]?|weitere[rn]?|[a-zäöüß]{3,}(?:e|en|er|es)|[a-z]{3,}(?:ing|est|ed)|young|old|extra|new|additional|full-time|part-time|senior|junior|local|foreign|small|large|major)\s+)?((?:Member\s+States|[A-ZÄÖÜ][A-Za-zäöüÄÖÜß-]+|people|staff|personnel|children|women|men|[a-z]+(?:-[a-z]+)?s))(?-u:\b)(?:\s+von\s+(\d+)\s+([A-ZÄÖÜ][A-Za-zäöüÄÖÜß-]+))?")
        .expect("compiles")
});

/// The words of approximation COUNT may begin with, ending where the searched text ends.
static COUNT_QUALIFIER_END: LazyLock<Anchorable> = LazyLock::new(|| {
    Anchorable::new(r"(?i:rund|etwa|knapp|fast|über|mehr als|bis zu|mindestens|about|around|nearly|over|more than|up to|at least)\z")
        .expect("compiles")
});

/// A count in words before a counted noun: "neun Sachverständigen", "zwölf Staaten", "Drei
/// Bieter" (opening a sentence), "etwa zweitausend Menschen".
static COUNT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<n>(?:[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Zz]ehn)(?:hundert|tausend)|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Zz]wanzig|[Dd]reißig|[Hh]undert)\s+(?:(?:weitere[rn]?|[a-zäöüß]{3,}(?:e|en|er))\s+)?(?P<unit>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?|[A-ZÄÖÜ]{2,5}-[A-ZÄÖÜ][a-zäöüß]+)(?-u:\b)")
        .expect("compiles")
});

/// The same by the dozen: "Ein Dutzend kleinerer Anbieter" (12), "zwei Dutzend Beschwerden"
/// ("mehrere Dutzend" is too vague to count). Apart from COUNT_WORD, as "ein" would make that
/// pattern try nearly every German sentence.
static DOZEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<n>(?:[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Zz]ehn)\s+Dutzend)\s+(?:(?:weitere[rn]?|[a-zäöüß]{3,}(?:e|en|er))\s+)?(?P<unit>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?-u:\b)")
        .expect("compiles")
});

/// A count told as what it was before, its noun carried from the count just named: "23
/// Beschwerden …, 2027 waren es noch neun gewesen".
static WERE_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:waren|war|sind|seien|wären)\s+es\s+(?:(?:noch|nur|erst|bereits|schon)\s+)?(?:(?:über|rund|etwa|knapp|fast|gut|mehr als|mindestens)\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?:\s+gewesen)?(?:\s*[.,;:)]|$)")
        .expect("compiles")
});

/// The same in English: "six more instruments", "twelve countries", "two information notices"
/// (a word between, unless it is a span of time: not "two years olds"), "two dedicated thematic
/// groups", "two regional hospital systems" (more words between when they are
/// adjectives by their endings), "four Member States", "five Russian and Belarusian nationals",
/// "five alleged Veilstorm ransomware operators" (an adjective, a name, a noun before the
/// counted one), "five men".
static COUNT_WORD_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<n>(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)-(?:one|two|three|four|five|six|seven|eight|nine)|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Hh]undred)\s+(?:dozen\s+(?:[a-z]{3,}\s+)?|(?P<mid>[a-z]{3,}(?:-[a-z]{2,}){0,3}|[A-Z]{2,5}(?:-[a-z]{3,})?|[A-Z][a-z]{2,}(?:ian|ese|ish)|Union|Member|Senate|House|Cabinet|Commission|Council|Government|State|Federal|Republican|Democratic|Labour|Conservative|Liberal)\s+(?:(?:[a-z]{2,}(?:al|ed|ic|ive|ous|ful|ing|ary|ory|ent|ant|ian|ese|ish|ble|ate|ile|est|er)|[A-Z][a-z]{2,}(?:ian|ese|ish|an)|other|and|or|[a-z]{2,}-[a-z]{2,})\s+){0,2}?|(?P<adj>[a-z]{3,}(?:ed|al|ive))\s+[A-Z][A-Za-z]{2,}\s+(?:[a-z]{3,}\s+)?)?(?P<unit>per centum|per cent|percent|(?:[a-z]{2,}-)?[a-z]{3,}s|Member\s+States|States|Parties|Members|men|women|people|children)(?-u:\b)")
        .expect("compiles")
});

/// A count told as the new size of a group: "bringing the number of signatories to 23", "die
/// Zahl der Mitglieder stieg auf 40".
static NUMBER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:the\s+number\s+of|die\s+(?:an)?zahl\s+der)\s+([\p{L}-]+)\s+(?:(?:now\s+|nun\s+)?(?:to|auf|stieg|steigt|stiegen|sank|fiel|rose|fell|reached|erreichte|is|was|are|were|liegt|lag|beträgt|betrug)\s+(?:(?:auf|to|bei|now|nun|jetzt)\s+)?)(\d{1,3}(?:[.,]\d{3})+|\d+)(?-u:\b)")
        .expect("compiles")
});

/// A part of a whole named before it: "Von den 193 Mitgliedstaaten haben bisher 74 einen
/// Bericht vorgelegt" (74 Mitgliedstaaten). "von den" as its cue (NumberOf) has it.
static PART_OF_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Vv]on den\s+(\d{1,3}(?:\.\d{3})+|\d+)\s+([A-ZÄÖÜ][\p{L}-]+)\s+(?:[a-zäöüß]+\s+){1,3}?(\d{1,3}(?:\.\d{3})+|\d+)\s+[a-zäöüß]")
        .expect("compiles")
});

/// An English count with a scale word: "more than 2.1 million schools", "some 780 million
/// school-age children", "approximately 1,3 million beneficiaries" (the decimal comma of South
/// African English, as its Information Regulator writes "R4,2 million").
static SCALED_COUNT_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:((?i:about|around|nearly|almost|over|more than|up to|at least|some|roughly|approximately))\s+)?(?-u:\b)(\d{1,3}(?:[.,]\d+)?)\s*(million|billion|trillion|Million|Billion|crore|lakh|m|bn)\s+((?:[a-z]+-[a-z]+\s+|monthly\s+|daily\s+|active\s+|registered\s+|[a-z]{4,}\s+(?:and|or)\s+[a-z]{4,}\s+)?(?:people|children|staff|[a-z]+s|(?:New\s+)?[A-Z][a-z]+(?:ns|ers)))(?-u:\b)")
        .expect("compiles")
});

/// A German count with a scale word: "gut 1,4 Millionen Menschen", "17,9 Millionen
/// .de-Domains", "45 Millionen monatlich aktiven Nutzern" (an adverb before the adjective), "drei Millionen" (its noun carried from a count like it before). An amount of
/// money takes the span ("1,4 Millionen Euro" is money only).
static SCALED_COUNT_DE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<q>rund|etwa|knapp|fast|gut|über|mehr als|mindestens|circa|ca\.)\s+)?(?-u:\b)(?P<n>\d{1,3}(?:,\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert)\s+(?P<scale>Millionen|Milliarden)(?:\s+(?:(?:[a-zäöüß]{4,}(?:lich|ig)\s+)?(?:weitere[rn]?|[a-zäöüß]{3,}(?:e|en|er))\s+)?(?P<unit>\.?[A-ZÄÖÜa-z][\p{L}.-]*[\p{L}]))?")
        .expect("compiles")
});

/// A fraction in words, German or English: "rund zwei Drittel", "knapp einem Drittel", "Die
/// Hälfte der Leute", "gut ein Viertel der Haushalte", "two-thirds of", "roughly a quarter".
/// Its value is the fraction (2/3); the word of approximation stays in the text, as with
/// percentages ("knapp 14 Prozent"). See [`fraction_counts`] for when it is one.
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<q>(?i:rund|etwa|knapp|fast|gut|über|mehr als|weniger als|ungefähr|nahezu|beinahe|annähernd|mindestens|circa|about|around|nearly|almost|roughly|some|over|more than|less than|at least|up to))\s+)?(?-u:\b)(?:(?P<n>[Ee]ine[mnr]?|[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]ieben|[Nn]eun|[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[\s-]+(?P<d>(?:Drittel|Viertel|Fünftel|Sechstel|Siebtel|Achtel|Neuntel|Zehntel)n?|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|(?P<art>[Dd]ie|[Dd]er|zur)\s+(?P<half>Hälfte)|(?P<halfen>[Hh]alf))(?-u:\b)(?P<of>\s+(?:der|des|aller|ihrer|seiner|unserer|dieser|davon|of)(?-u:\b))?")
        .expect("compiles")
});

/// "one in five" (adults), "Roughly 1 in 3", "neun von zehn": the share it names, 1/5 = 0.2, as
/// a fraction in words is. "neun von elf Sachverständigen" counts nine experts: "von" makes a
/// share only of the small denominators and of ten, as the idiom has it.
static ONE_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<q>(?i:rund|etwa|knapp|fast|gut|mehr als|weniger als|nahezu|about|around|nearly|almost|roughly|some|more than|less than))\s+)?(?-u:\b)(?P<n>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[1-9]|[Ee]iner?|[Ee]ines|[Zz]wei|[Dd]rei|[Vv]ier|[Ss]ieben|[Aa]cht|[Nn]eun)\s+(?:in|out\s+of|von)\s+(?P<d>three|four|five|six|seven|eight|nine|ten|drei|vier|fünf|zehn|[2-9]|10)(?-u:\b)")
        .expect("compiles")
});

/// "jeder fünfte" (Angriff), "jede dritte" (Stelle), "Jeder Fünfte" (alone, as a noun): a
/// share, 1/5.
static EVERY_NTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<q>etwa|rund|fast|knapp|nahezu|beinahe|gut)\s+)?(?-u:\b)(?P<every>[Jj]ede[rsm]?)\s+([Zz]weite|[Dd]ritte|[Vv]ierte|[Ff]ünfte|[Ss]echste|[Ss]iebte|[Aa]chte|[Nn]eunte|[Zz]ehnte|[Zz]wanzigste|[Hh]undertste)[nrs]?(?-u:\b)")
        .expect("compiles")
});

/// A part in words of what a count before it counted: "37 investigations … Eleven of those
/// cases", "two of them", "91 of which". Only after "of those/these/them/which/whom", which
/// point back to a count.
static OF_THOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|\d{1,3}(?:,\d{3})+|\d{1,3})\s+of\s+(?:(?:those|these|them|which|whom)(?:\s+(?P<unit>[a-z]{3,}s))?|the\s+(?:(?:previous|other|remaining|largest|biggest|[a-z]+est|[a-z]+ed|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+){0,3}(?:[A-Z]{2,5}\s+)?(?P<unit2>[a-z]{3,}s|Member\s+States|States|Parties))(?-u:\b)")
        .expect("compiles")
});

/// The lower bound of a range before a count: "Between 80 and" (90 companies), "zwischen 140
/// und" (180 Stellen), counting what the upper bound counts.
static RANGE_LOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[Zz]wischen|[Bb]etween)\s+(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:und|and)\s+\z|(?:^|[^\w.,/§-])(\d{1,3}(?:[.,]\d{3})+|\d{1,4})\s*(?:bis|to|–|-)\s*\z",
    )
    .expect("compiles")
});

/// A span of time with its number ("60 Minuten", "binnen 24 Stunden", "mindestens zehn Tage",
/// "within 72 hours", "three years"): a figure, as the issue counts "60 Minuten". "binnen" and
/// "within" say it is a span and stay in its text; a word of approximation does too. The units
/// are plurals: one day is no count. A half after the whole is part of the number ("two and a
/// half years" 2.5, "one and a half years" 1.5), and a word saying the span runs unbroken stays
/// between ("two consecutive weeks", "drei aufeinanderfolgende Monate"). Legal English restates
/// the words in digits ("within twenty-one (21) days", "thirty (30) calendar days", as Kenyan,
/// Nigerian and Indian statutes and notices write them): one span, of the words' value.
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<pre>[Bb]innen|[Ii]nnerhalb\s+von|[Ww]ithin)\s+)?(?:(?P<q>(?i:mindestens|über|bis\s+zu|knapp|rund|etwa|fast|gut|mehr\s+als|weniger\s+als|at\s+least|up\s+to|nearly|about|around|almost|roughly|more\s+than|less\s+than))\s+)?(?-u:\b)(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]5)?|[Aa]nderthalb|[Oo]ne\s+and\s+a\s+half|(?:[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn)einhalb|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Dd]reizehn|[Vv]ierzehn|[Ff]ünfzehn|[Ss]echzehn|[Ss]iebzehn|[Aa]chtzehn|[Nn]eunzehn|[Zz]wanzig|[Dd]reißig|[Vv]ierzig|[Ff]ünfzig|[Ss]echzig|[Nn]eunzig|[Hh]undert|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)-(?:one|two|three|four|five|six|seven|eight|nine)|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undred)(?P<digits>\s+\(\d{1,3}\))?(?P<half>\s+and\s+a\s+half)?\s+(?:(?:working|business|calendar|full|financial|fiscal|more|further|additional|consecutive|straight|weitere[nr]?|vollen?|ganzen?|aufeinanderfolgenden?)\s+)?(?P<unit>Sekunden|Minuten|Stunden|Tagen?|Wochen|Monaten?|Jahren?|Jahrzehnten?|seconds|minutes|hours|days|weeks|months|years|decades)(?-u:\b)")
        .expect("compiles")
});

/// The start of a change of a span, ending where its new value begins: "from 72 to ", "von 72
/// auf " (24 Stunden).
static CHANGED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:from|von)\s+(\d{1,3})\s+(?:to|auf)\s+\z").expect("compiles")
});

/// English plurals after a number word that are spans of time or manners, not counts.
const NOT_COUNTS_EN: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "times",
    "ways",
    "votes",
    "abstentions",
    "others",
    "thirds",
    "quarters",
    "fifths",
    "sixths",
    "sevenths",
    "eighths",
    "ninths",
    "tenths",
];

/// An approximate number of what the sentence speaks of: "von bisher rund 4.500 auf etwa
/// 29.500", "Ende Juli immer noch gut 2.100" ("gut": a good 2,100, at least), "gut 4.000 weniger,
/// als erwartet" (a difference, its noun the count's before). Only large numbers with a word of approximation: small bare numbers are too
/// often a rank, a page or a part of a name.
static APPROX_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(rund|etwa|knapp|gut|circa|ca\.|mehr als|über|about|around|nearly|more than|over|roughly|approximately)\s+(\d{1,3}(?:[.,]\d{3})+)(?:\s*(?:[.,;:)]|$|auf|bis|to|und|and|since|seit|weniger|mehr|fewer|more)|\s+(?:im|pro|a|per|each)\s+(?:Jahr|year)(?-u:\b))")
        .expect("compiles")
});

/// A part or an earlier value of the figure just named: "über 11.000 Menschen, davon knapp
/// 4.300 vor Ort", "72 members, up from 68 last year", "down from roughly 3,400 at the start of
/// the year", "470 Lücken nach 320 im Vorjahr", "61 Angriffe …, nach 38 im ersten Halbjahr 2031",
/// "(Vorjahr: 320)", "45 staff … to hire 30 more in
/// 2032"; see also [`WERE_IT`].
static EARLIER_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:davon|darunter|von\s+denen|of\s+which|of\s+whom|including)\s+(?:(?:bislang|bisher|bereits|nur|erst|inzwischen|mittlerweile|lediglich|so\s+far|only)\s+)?(?:(?:rund|etwa|knapp|fast|gut|mindestens|über|mehr\s+als|about|around|nearly|over|more\s+than|at\s+least|some)\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?-u:\b)(?:\s+(?:vor|in|im|aus|bis|zu|at|in|from|online|by)(?-u:\b)|\s+[a-zäöüß]+(?:t|en)(?:\s+(?:wurden|worden|werden|sind|haben|hat|können|konnten))?\s*[.,;:)]|\s*[.,;:)]|$)|(?-u:\b)(?:(?:up|down)\s+from|compared\s+(?:with|to)(?:\s+the)?)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|at\s+least)\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+)(?-u:\b)(?:\s*[.,;:)–—]|\s+(?:in|last|a|the|previously|required|needed|planned|expected|targeted|now|at|when|before|since|a\s+year)(?-u:\b)|$)|(?-u:\b)(?:nach|gegenüber)\s+(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:im\s+Vor(?:jahr|quartal|monat|jahreszeitraum)|im\s+Jahr\s+(?:zuvor|davor|\d{4})|ein\s+Jahr\s+zuvor|im\s+(?:ersten|zweiten|dritten|vierten)\s+(?:Halbjahr|Quartal))|\(Vorjahr:?\s+(\d{1,3}(?:[.,]\d{3})+|\d+)\)|(?-u:\b)(?:(?:rund|etwa|knapp|fast|gut|mindestens|über|mehr\s+als)\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+davon(?-u:\b)|(?-u:\b)[Ww]eitere\s+(\d{1,3}(?:[.,]\d{3})+|\d+)\s+[a-zäöüß]+(?:t|en)(?-u:\b)|(?:^|[,;:(]\s*|\s(?:und|and)\s)(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:mehr|weniger|more|fewer)\s+(?:als|than)(?-u:\b)|(?-u:\b)(?:of\s+whom|of\s+which)\s+(?:(?:about|around|nearly|over|more\s+than|only|just)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+[a-z]+(?-u:\b)|(?:^|[^\w.,$€£¥-])(\d{1,3}(?:,\d{3})+|\d+)\s+more(?:\s*[.,;:)]|\s+(?:in|since|by|this|next|before|from|on|over|within)(?-u:\b)|$)")
        .expect("compiles")
});

/// A word of approximation right before a number ([`earlier_values`]).
static QUALIFIER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:rund|etwa|knapp|fast|gut|mindestens|über|mehr als|about|around|roughly|nearly|almost|over|more than|at least|some) \z")
        .expect("compiles")
});

/// Time spans in words are durations or relative dates ("vor zwei Wochen"), not counts.
const SPANS_OF_TIME: &[&str] = &[
    "Tage",
    "Tagen",
    "Wochen",
    "Monate",
    "Monaten",
    "Jahre",
    "Jahren",
    "Jahrzehnte",
    "Jahrzehnten",
    "Stunden",
    "Minuten",
    "Mal",
];

/// Units that make a number a date, a money amount or an ordinal, handled elsewhere; and
/// English words ending in "s" that are no nouns ("the total of 187 was higher", "13 as").
const NOT_COUNTS: &[&str] = &[
    "was",
    "as",
    "has",
    "is",
    "its",
    "this",
    "thus",
    "his",
    "yes",
    "does",
    "less",
    "across",
    "plus",
    "unless",
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
    "Euro",
    // "20 Cent mehr als im Vorjahr": money, a dividend's rise.
    "Cent",
    "Dollar",
    "US-Dollar",
    "Yuan",
    "Pfund",
    "Yen",
    "Milliarden",
    "Millionen",
    "Mio",
    "Mrd",
    "Billionen",
    "Prozent",
    "Uhr",
    // Fractions ("zwei Drittel"): a share, not a count of two.
    "Drittel",
    // "zwei Dutzend" without a noun after it: no count of two (nor of anything).
    "Dutzend",
    "Viertel",
    "Fünftel",
    "Sechstel",
    "Siebtel",
    "Achtel",
    "Neuntel",
    "Zehntel",
    "Dritteln",
    "Vierteln",
    "Fünfteln",
    "UN-Vollversammlung",
    "Ja-",
    "Nein-Stimmen",
    "Enthaltungen",
    "Jahren",
    "Jahre",
    "years",
    "dollars",
    "euros",
    "votes",
    "abstentions",
    "Ja-Stimmen",
    // "44 Democrats, both independents and 11 Republicans": a vote's breakdown by party, the
    // vote's to tell.
    "Democrats",
    "Republicans",
];

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    counts(text, ctx, out);
    // After the counts: "two of them" counts what a count before it counted.
    let cues = ctx.cues(text);
    if ctx.lang == Lang::En && (cues.has(Cue::CountWordEn) || cues.digits) && text.contains(" of ")
    {
        of_those(text, out);
    }
    if ctx.lang == Lang::En && ctx.cues(text).digits {
        modified_counts_en(text, out);
    }
    if ctx.lang == Lang::De
        && ctx.cues(text).digits
        && number_before_a_small_word(text, ctx.starts.as_ref())
    {
        counts_with_an_adverb_de(text, out);
    }
    if ctx.cues(text).digits
        && (ctx.lang == Lang::En && text.contains(" to ")
            || ctx.lang == Lang::De && text.contains(" auf "))
    {
        changed_to(text, ctx.lang == Lang::En, out);
    }
    // "Of the 412 bills …, 287 advanced", "Von den 14 Analysten … raten nur noch fünf".
    if ctx.cues(text).digits || text.contains(',') {
        let english = ctx.lang == Lang::En;
        if english && (text.contains("Of ") || text.contains(": of "))
            || !english && text.contains("Von ")
        {
            parts_after_a_whole(text, english, out);
        }
    }
    if ctx.lang == Lang::En && text.contains(" or more ") {
        or_more(text, out);
    }
    if ctx.lang == Lang::En && text.contains("a dozen") {
        a_dozen(text, out);
    }
    earlier_values(text, ctx, out);
    if ctx.cues(text).digits && text.contains("CVSS") {
        cvss_scores(text, out);
    }
    if ctx.cues(text).digits && text.contains('|') {
        table_cells(text, ctx.lang == Lang::En, out);
    }
    // Last, as a span of time takes the words a count found in it ("binnen 24 Stunden").
    if ctx.cues(text).has(Cue::Duration) {
        durations(text, ctx.lang == Lang::En, out);
    }
    // Where MEASURE's units and the spans as adjectives can be: a unit's first letter right
    // after a number, a word of time right after a hyphen. A look at those bytes only.
    let bytes = text.as_bytes();
    let units = ctx.cues(text).digits && unit_after_digit(bytes);
    let spans = memchr::memchr_iter(b'-', bytes).any(|at| {
        let rest = &text[at + 1..];
        [
            "day", "week", "month", "year", "hour", "minute", "second", "tägig", "wöchig",
            "monatig", "jährig", "stündig", "member", "bed", "page", "seat", "strong", "mal",
            "seitig", "köpfig",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    });
    if units && ctx.cues(text).digits {
        measures(text, ctx.lang == Lang::En, out);
    }
    if spans || ctx.cues(text).has(Cue::SpanAdjective) {
        hyphened_durations(text, out);
    }
}

/// Whether a unit's first letter of MEASURE stands right after an ASCII digit, or after a
/// digit and a space, with a byte after the digit's next (three bytes from the digit on, as
/// a window of three). Most 64-byte chunks of a text have no digit: a fold the compiler does
/// with vector instructions tells them, and only chunks with digits are read byte by byte.
fn unit_after_digit(bytes: &[u8]) -> bool {
    const CHUNK: usize = 64;
    let unit = |b: Option<&u8>| {
        matches!(
            b,
            Some(b'K' | b'M' | b'G' | b'T' | b'P' | b'k' | b't' | b'g' | b'p' | b'm')
        )
    };
    bytes.chunks(CHUNK).enumerate().any(|(c, chunk)| {
        chunk
            .iter()
            .fold(false, |digit, b| digit | b.is_ascii_digit())
            && chunk.iter().enumerate().any(|(j, b)| {
                let i = c * CHUNK + j;
                b.is_ascii_digit()
                    && i + 3 <= bytes.len()
                    && (unit(bytes.get(i + 1))
                        || bytes.get(i + 1) == Some(&b' ') && unit(bytes.get(i + 2)))
            })
    })
}

/// The parts and earlier values of the figures found ([`EARLIER_VALUE`], [`WERE_IT`]), after
/// every figure they may refer to: "89 nationally significant incidents …, up from 62".
fn earlier_values(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    let cues = ctx.cues(text);
    let english = ctx.lang == Lang::En;
    // The words of EARLIER_VALUE, listed again in cues.rs.
    let earlier = cues
        .has(Cue::EarlierValue)
        .then(|| EARLIER_VALUE.captures_iter(text));
    let were_it = cues.has(Cue::WereIt).then(|| WERE_IT.captures_iter(text));
    for c in earlier
        .into_iter()
        .flatten()
        .chain(were_it.into_iter().flatten())
    {
        let Some(n) = (1..=9).find_map(|k| c.get(k)) else {
            continue;
        };
        // "hire 30 more in fiscal 2032": "more" says the number counts what came before, and
        // is the figure's text as the word of approximation would be.
        let more = c
            .get(9)
            .and_then(|m| Some(m.end() + text.get(m.end()..)?.find("more")? + "more".len()));
        // Not the "1" of "davon 1.850": a number goes on past a separator and a digit.
        let mut after = text[n.end()..].chars();
        if matches!(after.next(), Some('.' | ','))
            && after.next().is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        // The figure it compares with comes first, in the same sentence; "1.100 davon" points
        // back to the sentence before too.
        // "… 27.400 verwundbare Gateways. Am Montag waren es noch über 41.000 gewesen": "es"
        // points back past the sentence's end as "davon" does (WERE_IT has one group).
        let of_it = text[n.end()..].starts_with(" davon") || c.len() == 2;
        let Some(unit) = out
            .iter()
            .filter(|f| {
                // "41 Penalty Notices with fines totalling Kshs. 118.6 million, compared with
                // 29": ". " ends a sentence only before a capital, not after an abbreviation.
                f.span.end <= n.start() && (of_it || sentence_end(text, f.span.end) >= n.start())
            })
            .filter_map(|f| match &f.value {
                FactValue::Figure(x) if !x.unit.is_empty() => Some(x.unit.clone()),
                _ => None,
            })
            .next_back()
        else {
            continue;
        };
        let taken = out
            .iter()
            .any(|f| f.span.start < n.end() && n.start() < f.span.end);
        let number = parse_digits(n.as_str(), english)
            .or_else(|| super::numbers::parse_word(n.as_str()).map(f64::from));
        let Some(number) = number.filter(|_| !taken) else {
            continue;
        };
        // "davon gut 900", "mindestens 1.100 davon": the word of approximation is the figure's.
        let qualifier = QUALIFIER_BEFORE
            .find(&text[..n.start()])
            .filter(|q| stands_alone(text, q.start()));
        push(
            out,
            qualifier.map_or(n.start(), |q| q.start())..more.unwrap_or(n.end()),
            number,
            unit,
            qualifier.map(|q| qualifier_of(q.as_str().trim_end())),
        );
    }
}

/// Counts, shares and parts: every figure but spans of time.
fn counts(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    let cues = ctx.cues(text);
    // The number words of both patterns are listed again in cues.rs.
    if ctx.lang == Lang::De && cues.has(Cue::CountWord) {
        count_words(text, &COUNT_WORD, counts_de, false, out);
    }
    if ctx.lang == Lang::De && cues.has(Cue::Dozen) {
        count_words(text, &DOZEN, counts_de, false, out);
    }
    if ctx.lang == Lang::En && cues.has(Cue::CountWordEn) {
        count_words(text, &COUNT_WORD_EN, counts_en, true, out);
    }

    if ctx.lang == Lang::En && cues.has(Cue::Percent) && text.contains("one per") {
        one_per_cent(text, out);
    }
    if cues.has(Cue::Fraction) {
        fractions(text, out);
    }
    if !cues.digits {
        return;
    }
    let english = ctx.lang == Lang::En;
    let percent = cues.has(Cue::Percent);
    // The iterator only where the pattern can match: made over no text, it still takes a
    // cache and allocates its captures.
    for c in percent
        .then(|| PERCENT.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(n), Some(all)) = (c.get(2), c.get(0)) else {
            continue;
        };
        let Some(number) = parse_digits(n.as_str(), english) else {
            continue;
        };
        let qualifier = c.get(1).filter(|q| stands_alone(text, q.start()));
        let before = text[..n.start()].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '/') && qualifier.is_none() {
            continue;
        }
        // "between 60 and 70 percent", "30–40 per cent", "20 bis 25 Prozent": the lower
        // bound is a share too.
        let low = range_low(text, n.start(), number, english).or_else(|| {
            let from = text.floor_char_boundary(n.start().saturating_sub(16));
            let c = PERCENT_LOW.captures(text.get(from..n.start())?)?;
            let low = c.get(1)?;
            let value = parse_digits(low.as_str(), english).filter(|&v| v < number)?;
            Some((from + low.start()..from + low.end(), value))
        });
        if let Some((span, value)) = low.filter(|_| qualifier.is_none()) {
            push(out, span, value, "%".into(), None);
        }
        push(
            out,
            qualifier.map_or(n.start(), |q| q.start())..all.end(),
            number,
            "%".into(),
            qualifier.map(|m| qualifier_of(m.as_str())),
        );
    }
    let own_starts;
    let starts = match &ctx.starts {
        Some(starts) => starts,
        None => {
            own_starts = Starts::new(text);
            &own_starts
        }
    };
    for c in count_matches(text, starts) {
        let (Some(n), Some(unit), Some(all)) = (c.get(2), c.get(3), c.get(0)) else {
            continue;
        };
        let unit_text = unit.as_str();
        // "at least every 15 days before each campaign": a period, counting nothing (as
        // DURATION leaves it).
        let period = english
            && matches!(
                unit_text,
                "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "decades"
            )
            && matches!(
                super::word_before(text, n.start()),
                "every" | "Every" | "each" | "Each"
            );
        // "20 access brokers": a word in "ss" is no plural, but a noun's modifier; "10 St James's
        // Square" is an address.
        let no_plural = english
            && (unit_text.ends_with("ss") || unit_text.ends_with("ous") || unit_text == "St");
        if NOT_COUNTS.contains(&unit_text)
            || period
            || no_plural
            || (english != unit_text.starts_with(|c: char| c.is_lowercase()) && !english)
        {
            continue;
        }
        // "Four in 10 children": the share read first holds the number.
        if out
            .iter()
            .any(|f| f.kind == FactKind::Figure && f.span.start < n.end() && n.start() < f.span.end)
        {
            continue;
        }
        // "Under Section 12 new members report": a provision's number counts nothing.
        if matches!(
            super::word_before(text, n.start()),
            "Section" | "section" | "Article" | "Artikel" | "Art." | "§" | "Clause" | "clause"
        ) {
            continue;
        }
        // A year is not a count ("2025 Euro", "1939 Truppen" is rare); four digits from 1800
        // to 2100 without a thousands dot are left to the date extractor.
        let plain = n.as_str();
        if plain.len() == 4
            && !plain.contains('.')
            && plain
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
        {
            continue;
        }
        let before = text[..n.start()].chars().next_back();
        // "19:12 By Luciana Amaral": the minutes of a time of day.
        let minutes = before == Some(':')
            && text
                .get(..n.start().saturating_sub(1))
                .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()));
        if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '+' | '-' | '['))
            || minutes
            || super::numbers::continues_swiss(text, n.start())
        {
            continue;
        }
        // "0192": a phone number's part or a code, never a count.
        if plain.len() > 1 && plain.starts_with('0') {
            continue;
        }
        let Some(number) = parse_digits(plain, english) else {
            continue;
        };
        let mut label = unit_text.to_string();
        if let (Some(of), Some(whole)) = (c.get(4), c.get(5)) {
            label = format!("{label} von {} {}", of.as_str(), whole.as_str());
        }
        let qualifier = c.get(1).filter(|q| stands_alone(text, q.start()));
        // "212 von 1.106 Kommunen": the part counted, of the whole named after it.
        if qualifier.is_none()
            && let Some((at, part)) = part_before(text, n.start(), number, english)
        {
            push(
                out,
                at..all.end(),
                part,
                format!("von {plain} {label}"),
                None,
            );
            continue;
        }
        // "Between 80 and 90 companies": the lower bound counts the same.
        if qualifier.is_none()
            && let Some((at, low)) = range_low(text, n.start(), number, english)
        {
            push(out, at, low, label.clone(), None);
        }
        push(
            out,
            qualifier.as_ref().map_or(n.start(), |q| q.start())..all.end(),
            number,
            label,
            qualifier.map(|m| qualifier_of(m.as_str())),
        );
    }
    // One search for both scale words, where SCALED_COUNT_DE can match at all.
    if text.contains("Milli") {
        scaled_counts_de(text, english, out);
    }
    // "million" and "billion", listed with the words of CountWordEn in cues.rs.
    let glued_scale = || {
        text.as_bytes().windows(3).any(|w| {
            w[0].is_ascii_digit() && (w[1] == b'm' && w[2] == b' ' || w[1] == b'b' && w[2] == b'n')
        })
    };
    for c in (english && (cues.has(Cue::CountWordEn) || cues.digits && glued_scale()))
        .then(|| SCALED_COUNT_EN.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(all), Some(n), Some(scale), Some(unit)) =
            (c.get(0), c.get(2), c.get(3), c.get(4))
        else {
            continue;
        };
        // "$2 million grants" is money.
        let before = text[..n.start()].trim_end();
        if before.ends_with(['$', '€', '£', '¥'])
            || before.ends_with(|ch: char| ch.is_ascii_uppercase())
            || NOT_COUNTS.contains(&unit.as_str())
        {
            continue;
        }
        let Some(number) = parse_digits(n.as_str(), true) else {
            continue;
        };
        let qualifier = c.get(1).filter(|q| stands_alone(text, q.start()));
        // "3.1m users": the scale glued to the number, as British news writes it.
        if matches!(scale.as_str(), "m" | "bn") && scale.start() != n.end() {
            continue;
        }
        let factor = match scale.as_str() {
            "trillion" => 1e12,
            "billion" | "Billion" | "bn" => 1e9,
            "crore" => 1e7,
            "lakh" => 1e5,
            _ => 1e6,
        };
        // "140 crore Indians" read as 140 of a noun "crore" gives way.
        out.retain(|f| {
            f.kind != FactKind::Figure || f.span.end <= n.start() || all.end() <= f.span.start
        });
        push(
            out,
            qualifier.as_ref().map_or(n.start(), |q| q.start())..all.end(),
            super::numbers::scaled(number, factor),
            unit.as_str().into(),
            qualifier.map(|m| qualifier_of(m.as_str())),
        );
    }
    for c in cues
        .has(Cue::NumberOf)
        .then(|| NUMBER_OF.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(unit), Some(n)) = (c.get(1), c.get(2)) else {
            continue;
        };
        // "auf 23 Prozent", "to 23 percent" is a share, found as a percentage.
        let after = text[n.end()..].trim_start();
        let share = after.starts_with(['%', 'P', 'p']);
        let taken = out
            .iter()
            .any(|f| f.span.start < n.end() && n.start() < f.span.end);
        let Some(number) = parse_digits(n.as_str(), english).filter(|_| !taken && !share) else {
            continue;
        };
        push(out, n.range(), number, unit.as_str().into(), None);
    }
    // "von den", listed with the words of NumberOf in cues.rs.
    for c in cues
        .has(Cue::NumberOf)
        .then(|| PART_OF_WHOLE.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(whole), Some(unit), Some(n)) = (c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let taken = out
            .iter()
            .any(|f| f.span.start < n.end() && n.start() < f.span.end);
        let (Some(of), Some(number)) = (
            parse_digits(whole.as_str(), english),
            parse_digits(n.as_str(), english),
        ) else {
            continue;
        };
        if taken || number >= of {
            continue;
        }
        push(out, n.range(), number, unit.as_str().into(), None);
    }
    // The words of APPROX_NUMBER, listed again in cues.rs.
    for c in cues
        .has(Cue::Approx)
        .then(|| APPROX_NUMBER.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(q), Some(n)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if !stands_alone(text, q.start()) {
            continue;
        }
        let taken = out
            .iter()
            .any(|f| f.span.start < n.end() && n.start() < f.span.end);
        if taken {
            continue;
        }
        let Some(number) = parse_digits(n.as_str(), english) else {
            continue;
        };
        push(
            out,
            q.start()..n.end(),
            number,
            String::new(),
            Some(qualifier_of(q.as_str())),
        );
    }
}

/// "one per cent of annual turnover", "one per centum" (the word of Kenyan and Indian
/// statutes): a share of 1 %, which COUNT_WORD_EN leaves out, as "one" before a plural is mostly
/// a pronoun ("one needs"). Not the "one" of "twenty-one per cent", read whole before.
fn one_per_cent(text: &str, out: &mut Vec<Found>) {
    static ONE_PER_CENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)[Oo]ne\s+per\s+cent(?:um)?(?-u:\b)").expect("compiles")
    });
    for m in ONE_PER_CENT.find_iter(text) {
        let glued = text[..m.start()].ends_with(['-', '.', ',']);
        if glued
            || out
                .iter()
                .any(|f| f.span.start < m.end() && m.start() < f.span.end)
        {
            continue;
        }
        push(out, m.range(), 1.0, "%".into(), None);
    }
}

/// The matches of [`COUNT`] in `text`, as `captures_iter` finds them, by anchored searches at
/// the few places a match can begin instead of a scan of the whole text (which cost more than
/// all the rest of the figures). A match begins at a number (digits with an ASCII word boundary
/// before them, as `starts` has them) or at a word of approximation followed by spaces and
/// such a number; none of those words ends with another, so a match that does not begin at the
/// word's start begins at the number. A match hides the places inside it, as a scan resumes
/// after each match.
fn count_matches<'t>(text: &'t str, starts: &Starts) -> Vec<Captures<'t>> {
    // `\d` matches decimal digits outside ASCII too: where there are any, the whole text is
    // scanned as before.
    if !starts.complete {
        return COUNT
            .captures_iter(text)
            .map(|slots| Captures::new(text, slots))
            .collect();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut slots = None;
    let mut resume = 0;
    let mut search = |at: usize, resume: &mut usize, out: &mut Vec<Captures<'t>>| {
        let slots = slots.get_or_insert_with(|| COUNT.create_captures());
        COUNT.search_captures(&Input::new(text).range(at..).anchored(Anchored::Yes), slots);
        if let Some(m) = slots.get_match() {
            *resume = m.end().max(at + 1);
            out.push(Captures::new(text, slots.clone()));
        }
    };
    for &(d, run) in &starts.digits {
        if d < resume {
            continue;
        }
        // "\d{1,3}(?:[.,]\d{3})+": up to three digits, then a group of thousands; or
        // "\d{2,}\s+", then a letter (of a word before the unit, or of the unit). A space or a
        // letter outside ASCII is not told apart. A run of 255 may be longer.
        let after = d + usize::from(run);
        let next = bytes.get(after).copied();
        // "71 304 Meldungen": thousands grouped by a space, as the Swiss write them.
        let grouped = run <= 3
            && (matches!(next, Some(b'.' | b',' | b'\'' | b' '))
                && bytes.get(after + 1).is_some_and(u8::is_ascii_digit)
                || text[after..].starts_with('’')
                    && bytes.get(after + 3).is_some_and(u8::is_ascii_digit));
        let spaced = run >= 2
            && matches!(next, Some(b' ' | b'\t'..=b'\r' | 0x80..))
            && bytes[after..]
                .iter()
                .find(|b| !matches!(b, b' ' | b'\t'..=b'\r'))
                .is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80);
        if run < u8::MAX && !(grouped || spaced) {
            continue;
        }
        // The spaces before the number, and a word of approximation before them (at most 40
        // bytes: ten characters of up to three bytes in any case).
        let before = text[..d].trim_end_matches(char::is_whitespace).len();
        if before < d && before > resume {
            let mut from = before.saturating_sub(40).max(resume);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            if let Some(m) = COUNT_QUALIFIER_END.find(&text[from..before]) {
                search(from + m.start(), &mut resume, &mut out);
            }
        }
        if d >= resume {
            search(d, &mut resume, &mut out);
        }
    }
    out
}

/// Counts in words ([`COUNT_WORD`], [`COUNT_WORD_EN`]: the number word, then the noun), kept
/// where `counts(word before, noun)` says the noun counts something.
fn count_words(
    text: &str,
    pattern: &Regex,
    counts: impl Fn(&str, &str) -> bool,
    english: bool,
    out: &mut Vec<Found>,
) {
    for c in pattern.captures_iter(text) {
        let (Some(all), Some(n), Some(unit)) = (c.get(0), c.name("n"), c.name("unit")) else {
            continue;
        };
        // "Drei Bieter" opening a sentence; not inside a name ("„Sechs Kleine Drachen“").
        if n.as_str().starts_with(char::is_uppercase)
            && text[..n.start()]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|ch| !matches!(ch, '.' | '!' | '?' | ':' | '–' | '—' | '-' | ')'))
        {
            continue;
        }
        // "Ein Dutzend", "zwei Dutzend": twelve each.
        let (word, dozens) = match n.as_str().split_once(char::is_whitespace) {
            Some((word, _)) => (word, 12),
            None => (n.as_str(), 1),
        };
        let Some(mut number) = super::numbers::parse_word(word).map(|n| n * dozens) else {
            continue;
        };
        // "two information notices", not "two years olds" nor "two hundred companies".
        if c.name("mid").is_some_and(|m| {
            let m = m.as_str();
            NOT_COUNTS_EN.contains(&m)
                || matches!(m, "thousand" | "million" | "billion")
                || super::numbers::parse_word(m).is_some()
        }) {
            continue;
        }
        // "zehn Prozent", "Eighty-three per cent" are percentages in words.
        if matches!(
            unit.as_str(),
            "Prozent" | "percent" | "per cent" | "per centum"
        ) {
            push(out, all.range(), f64::from(number), "%".into(), None);
            continue;
        }
        let before = text[..all.start()]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        if !counts(before, unit.as_str()) {
            continue;
        }
        // "almost two dozen informal sessions": 24.
        if text[n.end()..all.end()].trim_start().starts_with("dozen ") {
            number *= 12;
        }
        // "neun von elf Sachverständigen": nine of them are counted, out of eleven.
        let mut start = all.start();
        let head = text[..all.start()].trim_end();
        if let Some(head) = head
            .strip_suffix(" von")
            .or_else(|| head.strip_suffix(" der"))
        {
            let part = super::word_before(head, head.len());
            let value = part
                .parse::<u32>()
                .ok()
                .or_else(|| super::numbers::parse_word(part));
            if let Some(part_value) = value.filter(|&v| v < number) {
                number = part_value;
                start = head.len() - part.len();
            }
        }
        // "Two of its seven sanctioned posts", "six of the commissioner's seven
        // recommendations": the part is counted, as of a whole in digits.
        if english
            && start == all.start()
            && let Some((at, part)) = part_before(text, all.start(), f64::from(number), true)
        {
            push(out, at..all.end(), part, unit.as_str().into(), None);
            continue;
        }
        push(
            out,
            start..all.end(),
            f64::from(number),
            unit.as_str().into(),
            None,
        );
    }
}

/// Spans of time ([`DURATION`]). Not a period ("alle vier Jahre", "every five years"), an age
/// ("16 Jahre alt", "ten years old", "mit mehr als 1.300 Jahren Geschichte") or a compound
/// ("the 10 years-long").
fn durations(text: &str, english: bool, out: &mut Vec<Found>) {
    for c in DURATION.captures_iter(text) {
        let (Some(all), Some(n), Some(unit)) = (c.get(0), c.name("n"), c.name("unit")) else {
            continue;
        };
        let before = text[..all.start()]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        let after = text[all.end()..].trim_start();
        let periodic = matches!(before, "alle" | "Alle" | "every" | "Every" | "each" | "je");
        // "vor zwei Wochen", "seit drei Tagen", "in zwei Jahren", "drei Tage später": a date
        // counted from another, the dates' to read (of the units they count in).
        let unit_of_dates = !matches!(
            unit.as_str(),
            "Sekunden"
                | "Minuten"
                | "Stunden"
                | "Jahrzehnte"
                | "Jahrzehnten"
                | "seconds"
                | "minutes"
                | "hours"
                | "decades"
        );
        // "three days later", "24 months later" in English: a duration, as the dates leave it
        // (dates.rs reads only years and one day, week or month on as dates there).
        let days_to_months = matches!(
            unit.as_str(),
            "days" | "weeks" | "months" | "day" | "week" | "month"
        );
        let english_duration = days_to_months
            && ["later", "earlier"].iter().any(|w| after.starts_with(w))
            && !n.as_str().eq_ignore_ascii_case("one");
        // "in more than two decades" is a span, "in zwei Jahren" a date.
        let counted_from_a_date = [
            "später", "danach", "darauf", "zuvor", "vorher", "früher", "later", "earlier", "ago",
            "from now",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            && !english_duration
            // "nine days earlier than those without": a difference, no date.
            && !["earlier than", "later than", "früher als", "später als"]
                .iter()
                .any(|w| after.starts_with(w));
        let dated = matches!(before, "vor" | "Vor")
            || (unit_of_dates && matches!(before, "seit" | "Seit"))
            || (unit_of_dates && c.name("q").is_none() && matches!(before, "in" | "In"))
            || counted_from_a_date;
        let age = ["alt", "old", "Geschichte", "Tradition", "history", "-"]
            .iter()
            .any(|w| after.starts_with(w));
        let glued = text[..n.start()]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || matches!(ch, '.' | ',' | '/' | '-'));
        // "in the first nine months of this year", "compared with the previous six months": a
        // stretch of the calendar, the date's to tell (a reporting period), no span counted.
        let head = text[..all.start()].trim_end();
        let of_a_year = matches!(before, "first" | "last")
            && ["of this year", "of the year", "of last year", "of 20"]
                .iter()
                .any(|w| after.starts_with(w));
        let previous = c.name("pre").is_none()
            && c.name("q").is_none()
            && matches!(unit.as_str(), "months" | "weeks")
            && head
                .strip_suffix("previous")
                .is_some_and(|h| h.ends_with("the "));
        if periodic || age || glued || dated || of_a_year || previous {
            continue;
        }
        let number = if n.as_str().starts_with(|ch: char| ch.is_ascii_digit()) {
            parse_digits(n.as_str(), english)
        } else if n
            .as_str()
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("one "))
        {
            // "one and a half years", as "anderthalb Jahre".
            Some(1.5)
        } else {
            super::numbers::parse_word_with_half(n.as_str())
        };
        let Some(mut number) = number else {
            continue;
        };
        // "two and a half years of negotiation": English says the half after the whole.
        if c.name("half").is_some() {
            if number.fract() != 0.0 {
                continue;
            }
            number += 0.5;
        }
        let qualifier = c.name("q").map(|q| qualifier_of(q.as_str()));
        // The count of the same words found by another rule ("24 Stunden") gives way.
        out.retain(|f| {
            f.kind != FactKind::Figure || f.span.end <= all.start() || all.end() <= f.span.start
        });
        // "reduces from 72 to 24 hours", "von 72 auf 24 Stunden": the span before the change
        // is one too, in the unit named after the second ("from" and "to" out).
        if c.name("pre").is_none() && qualifier.is_none() {
            let from = text.floor_char_boundary(all.start().saturating_sub(24));
            if let Some(m) = text
                .get(from..all.start())
                .and_then(|head| CHANGED_FROM.captures(head))
                .and_then(|m| m.get(1))
                && let Some(earlier) = parse_digits(m.as_str(), english)
                && !out
                    .iter()
                    .any(|f| f.span.start < from + m.end() && from + m.start() < f.span.end)
            {
                push(
                    out,
                    from + m.start()..from + m.end(),
                    earlier,
                    unit.as_str().into(),
                    None,
                );
            }
        }
        push(out, all.range(), number, unit.as_str().into(), qualifier);
    }
}

/// A quantity in a unit of data or energy: "bis zu 2,3 Tbit/s", "roughly 1.3 terabytes", "450
/// MW".
fn measures(text: &str, english: bool, out: &mut Vec<Found>) {
    static MEASURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:(?P<q>bis zu|rund|etwa|knapp|über|mehr als|fast|up to|about|around|roughly|nearly|more than|over|some|almost)\s+)?(?-u:\b)(?P<n>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s?(?P<unit>[KMGTP]bit/s|[KMGTP]bps|[KMGTP]B/s|[Tt]erabytes?|[Gg]igabytes?|[Pp]etabytes?|[Mm]egabytes?|[KMGTP]B|[kMGT]Wh|[MG]W|[Gg]igawatts?|[Mm]egawatts?|[kMGT]Hz|(?:kilo|mega|giga|tera)hertz)(?-u:\b)")
            .expect("compiles")
    });
    static BAND_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\A(?:\s*(?:and|und|or|oder|,|/)\s*\d+(?:[.,]\d+)?\s?[kMGT]Hz)*[\s-]?(?:[Bb]ands?|[Bb]ereichs?)(?-u:\b)")
            .expect("compiles")
    });
    for c in MEASURE.captures_iter(text) {
        let (Some(n), Some(unit)) = (c.name("n"), c.name("unit")) else {
            continue;
        };
        let qualifier = c.name("q").filter(|q| stands_alone(text, q.start()));
        let start = qualifier.as_ref().map_or(n.start(), |q| q.start());
        let span = start..unit.end();
        let Some(number) = parse_digits(n.as_str(), english) else {
            continue;
        };
        out.retain(|f| {
            f.kind != FactKind::Figure || f.span.end <= span.start || span.end <= f.span.start
        });
        // "the 3.5GHz and 26GHz bands" name bands (nor are they counts of "MHz"); "200
        // megahertz of spectrum" is an amount.
        if unit.as_str().ends_with("Hz") && BAND_AFTER.is_match(&text[unit.end()..]) {
            continue;
        }
        // "(PDF, 1 MB)" is the size of a file to download, not something the text tells.
        if text[..start].trim_end_matches([',', ' ']).ends_with("PDF") {
            continue;
        }
        if out
            .iter()
            .any(|f| f.span.start < span.end && span.start < f.span.end)
        {
            continue;
        }
        push(
            out,
            span,
            number,
            unit.as_str().to_string(),
            qualifier.map(|q| qualifier_of(q.as_str())),
        );
    }
}

/// A span of time as an adjective: "a four-month evaluation", "the 15-day deadline", "eine
/// 14-tägige Frist", "einer zweiwöchigen Frist". Not an age ("a 15-year-old").
fn hyphened_durations(text: &str, out: &mut Vec<Found>) {
    static HYPHENED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?P<n>\d{1,3}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ss]ixty|[Nn]inety)-(?:(?P<en>second|minute|hour|day|week|month|year)(?:-long)?\s+[a-z]|(?P<de>tägig|wöchig|monatig|jährig|stündig)(?:e[nrms]?)?(?-u:\b))|(?-u:\b)(?P<cn>\d{1,4}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty)-(?P<cu>member|bed|page|seat|strong|mal|seitig|köpfig)(?:e[nrms]?)?(?-u:\b)|(?-u:\b)(?P<word>[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Ss]iebente?|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Zz]wanzig|[Dd]reißig|[Vv]ierzig|[Ff]ünfzig|[Hh]undert)(?P<de2>tägig|wöchig|monatig|jährig|stündig)(?:e[nrms]?)?(?-u:\b)")
            .expect("compiles")
    });
    for c in HYPHENED.captures_iter(text) {
        let (Some(all), Some(n)) = (c.get(0), c.name("n").or(c.name("word")).or(c.name("cn")))
        else {
            continue;
        };
        // "the 11-member Committee", "a 340-bed hospital", "23-mal", "die 64-seitige Studie":
        // a count as an adjective.
        let (unit, end) = match (c.name("en"), c.name("de").or(c.name("de2")), c.name("cu")) {
            (Some(u), _, _) => (format!("{}s", u.as_str()), u.end()),
            (None, Some(u), _) => (u.as_str().to_string(), all.end()),
            (None, None, Some(u)) => (u.as_str().to_string(), all.end()),
            _ => continue,
        };
        // "a 15-year-old": an age.
        if text[end..].starts_with("-old") || text[end..].starts_with(" old") {
            continue;
        }
        // "der 54-jährige CDU-Politiker", "eine 61-jährige Wienerin": a grown-up's age
        // before the person, not a span ("eine 20-jährige Haftstrafe" is one).
        let noun = text[end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split([' ', ',', '.']).next())
            .unwrap_or("");
        let spans = [
            "Frist",
            "Übergangsfrist",
            "Laufzeit",
            "Amtszeit",
            "Haft",
            "Haftstrafe",
            "Freiheitsstrafe",
            "Bestehen",
            "Jubiläum",
            "Geschichte",
            "Zeitraum",
            "Pause",
            "Erfahrung",
            "Tradition",
            "Partnerschaft",
            "Speicherung",
            "Aufbewahrung",
        ];
        let age = c.name("de").is_some_and(|u| u.as_str() == "jährig")
            && n.as_str()
                .parse::<u32>()
                .is_ok_and(|v| (18..=110).contains(&v))
            && noun.starts_with(char::is_uppercase)
            && !spans.contains(&noun);
        if age {
            continue;
        }
        let number = n
            .as_str()
            .parse::<u32>()
            .ok()
            .or_else(|| super::numbers::parse_word(n.as_str().trim_end_matches("ente")));
        let Some(number) = number.filter(|&v| v >= 2) else {
            continue;
        };
        let span = n.start()..end;
        if out
            .iter()
            .any(|f| f.span.start < span.end && span.start < f.span.end)
        {
            continue;
        }
        push(out, span, f64::from(number), unit, None);
    }
}

/// "at least a dozen", "fewer than a dozen ransomware prosecutions", "half a dozen states":
/// twelve (six), with the noun where one follows.
fn a_dozen(text: &str, out: &mut Vec<Found>) {
    static A_DOZEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:(?P<q>about|around|nearly|almost|over|more than|fewer than|less than|up to|at least|some|roughly)\s+)?(?-u:\b)(?P<half>half\s+)?(?P<dozen>a\s+dozen)(?-u:\b)(?:\s+(?:[a-z]{3,}(?:-[a-z]{3,})?\s+)?(?P<unit>[a-z]{3,}s)(?-u:\b))?")
            .expect("compiles")
    });
    for c in A_DOZEN.captures_iter(text) {
        let (Some(all), Some(dozen)) = (c.get(0), c.name("dozen")) else {
            continue;
        };
        // "a dozen of them" is of_those' to read; "a dozen more" says no noun.
        let unit = c
            .name("unit")
            .filter(|u| !NOT_COUNTS_EN.contains(&u.as_str()));
        let end = unit.map_or(dozen.end(), |u| u.end());
        let span = all.start()..end;
        if out
            .iter()
            .any(|f| f.span.start < span.end && span.start < f.span.end)
        {
            continue;
        }
        let number = if c.name("half").is_some() { 6.0 } else { 12.0 };
        let qualifier = c.name("q").map(|q| match q.as_str() {
            "fewer than" | "less than" => "max",
            other => qualifier_of(other),
        });
        push(
            out,
            span,
            number,
            unit.map_or(String::new(), |u| u.as_str().to_string()),
            qualifier,
        );
    }
}

/// The severity score of a vulnerability on its scale of 0 to 10, as security news gives it
/// with the scale's name before: "mit einem CVSS-Score von 9,8", "einem CVSS-Wert von 9,6",
/// "(CVSS 7,5)", "a CVSS v3.1 base score of 9.8". A measure on a scale: the number alone is the
/// figure's text, the label stays out.
fn cvss_scores(text: &str, out: &mut Vec<Found>) {
    static CVSS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"CVSS(?:[\s-]?v?[234](?:\.[01])?)?(?:[\s-](?:[Bb]ase[\s-]+)?(?:[Ss]core|[Ww]ert|[Bb]asiswert|[Rr]ating|[Bb]ewertung))?(?:\s+(?:von|of|at|from))?\s*:?\s*(?P<n>10(?:[.,]0)?|\d[.,]\d)(?-u:\b)")
            .expect("compiles")
    });
    for c in CVSS.captures_iter(text) {
        let Some(n) = c.name("n") else {
            continue;
        };
        // "CVSS 3.1.2": a version's part, no score.
        let mut after = text[n.end()..].chars();
        if matches!(after.next(), Some('.' | ','))
            && after.next().is_some_and(|ch| ch.is_ascii_digit())
        {
            continue;
        }
        // One decimal at most, whichever mark the language writes it with.
        let number = n.as_str().replace(',', ".").parse::<f64>().ok();
        let Some(number) = number.filter(|&v| v <= 10.0) else {
            continue;
        };
        if out
            .iter()
            .any(|f| f.span.start < n.end() && n.start() < f.span.end)
        {
            continue;
        }
        push(out, n.range(), number, "CVSS".into(), None);
    }
}

/// A German count whose adjective has an adverb before it, which COUNT's one word between does
/// not take: "knapp 14.600 offen erreichbare Systeme", "1.500 neu geschaffene Stellen", "200
/// öffentlich zugängliche Ladepunkte". The adverb is no function word ("15 und weitere
/// Kommunen" counts nothing).
/// Whether a number that is no year stands before a word in small letters ("14.600 offen …"),
/// where [`counts_with_an_adverb_de`] can match: told by the digit runs the date extractor
/// found, without a pattern over the whole block. Without them, it may.
fn number_before_a_small_word(text: &str, starts: Option<&super::dates::Starts>) -> bool {
    let Some(starts) = starts.filter(|s| s.complete) else {
        return true;
    };
    let bytes = text.as_bytes();
    starts.digits.iter().any(|&(d, run)| {
        let after = d + usize::from(run);
        let year = run == 4 && matches!(bytes.get(d..d + 2), Some(b"19" | b"20"));
        run >= 2
            && !year
            && bytes.get(after) == Some(&b' ')
            && bytes
                .get(after + 1)
                .is_some_and(|&b| b.is_ascii_lowercase() || b == 0xC3)
    })
}

fn counts_with_an_adverb_de(text: &str, out: &mut Vec<Found>) {
    static ADVERB_COUNT_DE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:(?P<q>rund|etwa|knapp|fast|gut|über|mehr als|bis zu|mindestens)\s+)?(?-u:\b)(?P<n>\d{1,3}(?:\.\d{3})+|\d{2,})\s+(?P<adv>[a-zäöüß]{3,})\s+[a-zäöüß]{3,}(?:e|en|er|es)\s+(?P<unit>[A-ZÄÖÜ][A-Za-zäöüÄÖÜß-]+)(?-u:\b)")
            .expect("compiles")
    });
    const NOT_ADVERBS: &[&str] = &[
        "und",
        "oder",
        "bis",
        "sowie",
        "als",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "seit",
        "von",
        "vor",
        "zum",
        "zur",
        "für",
        "gegen",
        "ohne",
        "durch",
        "über",
        "unter",
        "noch",
        "nur",
        "rund",
        "etwa",
        "fast",
        "knapp",
        "pro",
        "die",
        "der",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einen",
        "einem",
        "sind",
        "waren",
        "wurden",
        "werden",
        "haben",
        "hatten",
        "hat",
        "ist",
        "war",
        "wird",
        "sich",
        "sie",
        "wir",
        "ihre",
        "seine",
        "alle",
        "andere",
        "weitere",
        "neben",
        "zwischen",
        "beziehungsweise",
        "bzw",
        "jeweils",
        "mal",
    ];
    for c in ADVERB_COUNT_DE.captures_iter(text) {
        let (Some(all), Some(n), Some(adverb), Some(unit)) =
            (c.get(0), c.name("n"), c.name("adv"), c.name("unit"))
        else {
            continue;
        };
        let unit_text = unit.as_str();
        if NOT_ADVERBS.contains(&adverb.as_str()) || !counts_de("", unit_text) {
            continue;
        }
        // Not inside a longer number or a name ("Art. 12"), nor a provision's number or a year.
        let glued = text[..n.start()]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || matches!(ch, '/' | '.' | ',' | '-' | '§'));
        let provision = matches!(
            super::word_before(text, n.start()),
            "Artikel" | "Art" | "Absatz" | "Abs" | "Paragraf" | "Paragraph" | "Nummer" | "Nr"
        );
        let year = n.as_str().len() == 4
            && n.as_str()
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y));
        if glued || provision || year || n.as_str().starts_with('0') {
            continue;
        }
        let qualifier = c.name("q").filter(|q| stands_alone(text, q.start()));
        let start = qualifier.as_ref().map_or(n.start(), |q| q.start());
        if out
            .iter()
            .any(|f| f.span.start < all.end() && start < f.span.end)
        {
            continue;
        }
        let Some(number) = parse_digits(n.as_str(), false) else {
            continue;
        };
        push(
            out,
            start..all.end(),
            number,
            unit_text.to_string(),
            qualifier.map(|q| qualifier_of(q.as_str())),
        );
    }
}

/// A threshold of a count, as statistics name a class of firms: "businesses with ten or more
/// employees", "250 or more persons employed". The count of the threshold, at least that.
fn or_more(text: &str, out: &mut Vec<Found>) {
    static OR_MORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred)\s+or\s+more\s+(?:[a-z]+\s+)?(employees|persons|people|staff|workers|members|users|subscribers|customers|students|children|beds|seats)(?-u:\b)")
            .expect("compiles")
    });
    for c in OR_MORE.captures_iter(text) {
        let (Some(all), Some(n), Some(unit)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let number = parse_digits(n.as_str(), true)
            .or_else(|| super::numbers::parse_word(n.as_str()).map(f64::from));
        let Some(number) = number else { continue };
        if out
            .iter()
            .any(|f| f.span.start < all.end() && all.start() < f.span.end)
        {
            continue;
        }
        push(
            out,
            all.range(),
            number,
            unit.as_str().to_string(),
            Some("min"),
        );
    }
}

/// A qualifier right before a part of a whole ("At least 11 of the 874 banks").
static PART_QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?i:about|around|nearly|almost|more than|at least|some|roughly|approximately))\s+\z")
        .expect("compiles")
});

/// A count of one digit before its noun ("seized 2 vehicles"), and an English count whose noun
/// follows one to four words that qualify it: "more than 1,500
/// incident reports", "some 1,800 small rural providers", "300 additional F.T.C. employees",
/// "10 regional information security support centers", "4.2 million Canadian users", "about
/// 45 full-time equivalent staff" (a noun of many without "s"), "2 874 security compromise
/// notifications" (thousands grouped by a space, as South African English writes them). The
/// words between are not function words ("1,500 of the reports"), the count not a year.
fn modified_counts_en(text: &str, out: &mut Vec<Found>) {
    static MODIFIED_COUNT_EN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:(?P<q>(?i:about|around|nearly|almost|over|more than|up to|at least|some|roughly|approximately))\s+)?(?-u:\b)(?:(?P<sn>\d{1,3}(?:[.,]\d+)?)\s+(?P<scale>million|billion|lakh|crore)|(?P<n>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u{a0}\u{202f}]\d{3})+|\d+))(?P<mods>(?:\s+(?:[a-z]{2,}(?:-[a-z]{2,}){0,3}|[A-Z][a-z]+|[A-Z]{2,5}(?:-[a-z]{3,})?|(?:[A-Z]\.){2,})){0,4}?)\s+(?P<unit>[a-z]{2,}[a-rt-z]s|[A-Z]{2,5}s|staff|people|personnel|children)(?-u:\b)")
            .expect("compiles")
    });
    const FUNCTION_WORDS: &[&str] = &[
        "the", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "was",
        "were", "is", "are", "has", "had", "have", "be", "been", "this", "that", "these", "those",
        "its", "their", "his", "her", "our", "per", "than", "as", "into", "over", "under", "about",
        "after", "before", "since", "between", "during", "will", "would", "could", "may", "not",
        "no", "all", "each", "every", "more", "less", "other", "such", "which", "who", "it",
        "they", "we", "he", "she", "out", "up", "so", "but", "if", "when", "while", "then",
        "there", "also", "only", "just", "still", "ago", "later", "earlier", "times", "new",
    ];
    for c in MODIFIED_COUNT_EN.captures_iter(text) {
        let (Some(all), Some(mods), Some(unit)) = (c.get(0), c.name("mods"), c.name("unit")) else {
            continue;
        };
        let n = c.name("n").or(c.name("sn"));
        let Some(n) = n else {
            continue;
        };
        let words: Vec<&str> = mods.as_str().split_whitespace().collect();
        // With no word between, only a count of one digit, which COUNT leaves (it may number
        // a list or a heading): "arrested 9 administrators", "in 6 countries", after a word
        // of the sentence written small.
        let word_before = super::word_before(text, all.start());
        let label = matches!(
            word_before,
            "stage"
                | "phase"
                | "step"
                | "tier"
                | "level"
                | "chapter"
                | "part"
                | "section"
                | "article"
                | "clause"
                | "schedule"
                | "item"
                | "version"
                | "rule"
                | "annex"
                | "point"
                | "category"
                | "round"
                | "grade"
                | "class"
                | "amendment"
                | "paragraph"
        );
        if words.is_empty()
            && !(n.len() == 1
                && !label
                && word_before.starts_with(|ch: char| ch.is_ascii_lowercase()))
        {
            continue;
        }
        // "new" qualifies a noun ("1,400 new networks"), as "more" does first ("150 more civil
        // servants"), but both are listed as function words for the unit's sake: they are let
        // through here.
        // So do "other" and "such" ("14 other industry groups", "1,870 such agreements"),
        // and "and" or "or" between two words that qualify ("at least 40 small and rural
        // utilities").
        let function = words.iter().enumerate().any(|(i, w)| {
            let first = i == 0;
            let inside = i > 0 && i + 1 < words.len();
            *w != "new"
                && !(first && matches!(*w, "more" | "other" | "such"))
                && !(inside && matches!(*w, "and" | "or"))
                && FUNCTION_WORDS.contains(&w.to_ascii_lowercase().as_str())
        });
        let month_or_span = words
            .iter()
            .any(|w| super::dates::names_a_day_or_month(w) || NOT_COUNTS_EN.contains(w));
        let unit_word = unit.as_str();
        let not_a_noun = FUNCTION_WORDS.contains(&unit_word)
            || NOT_COUNTS_EN.contains(&unit_word)
            || unit_word.ends_with("ss")
            || unit_word.ends_with("ous")
            || matches!(
                unit_word,
                "plus" | "thus" | "always" | "perhaps" | "towards" | "unless"
            );
        let glued = text[..all.start()].chars().next_back().is_some_and(|ch| {
            ch.is_alphanumeric()
                || matches!(
                    ch,
                    '.' | ',' | '/' | '-' | '$' | '€' | '£' | '¥' | '#' | '§'
                )
        });
        let before = text[..all.start()].trim_end();
        let named = before.ends_with(|ch: char| ch.is_ascii_uppercase())
            || [
                "No.",
                "no.",
                "Article",
                "Section",
                "para.",
                "Resolution",
                "resolution",
            ]
            .iter()
            .any(|w| before.ends_with(w));
        let year = c
            .name("n")
            .is_some_and(|n| n.len() == 4 && !n.as_str().contains(','));
        // "section 22 874 notifications" is a provision's number and a count, no "22 874": a
        // number grouped by a space only after a word that numbers nothing; else the count is
        // its last group.
        let spaced_after_a_label = c
            .name("n")
            .is_some_and(|n| n.as_str().contains([' ', '\u{a0}', '\u{202f}']))
            && matches!(
                super::word_before(text, all.start())
                    .to_ascii_lowercase()
                    .trim_end_matches('.'),
                "section"
                    | "article"
                    | "rule"
                    | "regulation"
                    | "clause"
                    | "paragraph"
                    | "para"
                    | "page"
                    | "chapter"
                    | "part"
                    | "no"
                    | "item"
                    | "schedule"
                    | "annex"
                    | "table"
            );
        if function || month_or_span || not_a_noun || glued || named || year {
            continue;
        }
        let (all, n) = match n.as_str().rfind(' ') {
            Some(at) if spaced_after_a_label => {
                let from = n.start() + at + 1;
                (from..all.end(), &text[from..n.end()])
            }
            _ => (all.range(), n.as_str()),
        };
        let Some(mut number) = parse_digits(n, true) else {
            continue;
        };
        let factor = match c.name("scale").map(|m| m.as_str()) {
            Some("billion") => 1e9,
            Some("crore") => 1e7,
            Some("lakh") => 1e5,
            Some(_) => 1e6,
            None => 1.0,
        };
        number = super::numbers::scaled(number, factor);
        if out
            .iter()
            .any(|f| f.span.start < all.end && all.start < f.span.end)
        {
            continue;
        }
        let qualifier = c.name("q").map(|q| qualifier_of(q.as_str()));
        let noun = format!("{} {unit_word}", words.join(" "));
        // "At least 11 of the 874 licensed microfinance banks": the part counted.
        if qualifier.is_none()
            && let Some((at, part)) = part_before(text, all.start, number, true)
        {
            let said = PART_QUALIFIER
                .captures(&text[..at])
                .and_then(|q| Some((q.get(0)?.start(), qualifier_of(q.get(1)?.as_str()))));
            let start = said.map_or(at, |(s, _)| s);
            push(
                out,
                start..all.end,
                part,
                format!("of {noun}"),
                said.map(|(_, q)| q),
            );
            continue;
        }
        // "Between 26 and 30 supervisory authorities": the lower bound counts the same.
        if qualifier.is_none()
            && let Some((at, low)) = range_low(text, all.start, number, true)
        {
            push(out, at, low, noun.clone(), None);
        }
        push(out, all, number, noun, qualifier);
    }
}

/// The numbers of a Markdown table's cells ("| Registrierte Einrichtungen | 19.800 | 24.500 |"):
/// each a figure counting what its row's first cell names. Not the header row (the one above
/// `|---|`), whose numbers are years and quarters, nor a cell that holds more than a number
/// (an amount, a date, a percentage: the other rules read those).
fn table_cells(text: &str, english: bool, out: &mut Vec<Found>) {
    static NUMBER_CELL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(\d{1,3}(?:[.,'’ ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*$")
            .expect("compiles")
    });
    let is_separator = |row: &str| {
        row.contains('-')
            && row
                .trim()
                .bytes()
                .all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
    };
    let mut at = 0;
    let rows: Vec<(usize, &str)> = text
        .split('\n')
        .map(|row| {
            let start = at;
            at += row.len() + 1;
            (start, row)
        })
        .collect();
    for (i, &(start, row)) in rows.iter().enumerate() {
        let trimmed = row.trim();
        let header = rows.get(i + 1).is_some_and(|next| is_separator(next.1));
        if !trimmed.starts_with('|') || trimmed.matches('|').count() < 3 || header {
            continue;
        }
        let mut cell_start = start;
        let mut label: Option<&str> = None;
        for (k, cell) in row.split('|').enumerate() {
            let here = cell_start;
            cell_start += cell.len() + 1;
            if k == 0 {
                continue;
            }
            let Some(label) = label else {
                label = Some(cell.trim());
                continue;
            };
            let Some(n) = NUMBER_CELL.captures(cell).and_then(|c| c.get(1)) else {
                continue;
            };
            let span = here + n.start()..here + n.end();
            let Some(number) = parse_digits(n.as_str(), english) else {
                continue;
            };
            let year = n.len() == 4 && (1900.0..=2100.0).contains(&number);
            if year
                || out
                    .iter()
                    .any(|f| f.span.start < span.end && span.start < f.span.end)
            {
                continue;
            }
            push(out, span, number, label.into(), None);
        }
    }
}

/// German: spans of time ("vier Tagen") and units handled elsewhere count nothing.
fn counts_de(_before: &str, unit: &str) -> bool {
    !SPANS_OF_TIME.contains(&unit) && !NOT_COUNTS.contains(&unit)
}

/// English: nor do "the two sides" or "these three countries", which point back to what was
/// named.
fn counts_en(before: &str, unit: &str) -> bool {
    let pointing_back = matches!(
        before,
        "the" | "The" | "these" | "These" | "those" | "Those" | "all" | "All" | "both"
    );
    !pointing_back && !NOT_COUNTS_EN.contains(&unit)
}

/// The lower bound of a range ending at `at` ([`RANGE_LOW`]): its span and number, below the
/// upper bound `upper`.
fn range_low(
    text: &str,
    at: usize,
    upper: f64,
    english: bool,
) -> Option<(std::ops::Range<usize>, f64)> {
    let from = text.floor_char_boundary(at.saturating_sub(40));
    let r = RANGE_LOW.captures(text.get(from..at)?)?;
    let (all, n) = (r.get(0)?, r.get(1).or(r.get(2))?);
    let low = parse_digits(n.as_str(), english).filter(|&low| low < upper)?;
    // "2029 bis 2031": years, not a range of a count.
    let year = |v: f64| (1900.0..2100.0).contains(&v) && v.fract() == 0.0;
    if r.get(2).is_some() && (year(low) || year(upper)) {
        return None;
    }
    let start = if r.get(1).is_some() {
        all.start()
    } else {
        n.start()
    };
    Some((from + start..from + n.end(), low))
}

/// German counts with a scale word ([`SCALED_COUNT_DE`]). Without a noun, the count takes the
/// one of the scaled count before it in the text ("gut 1,4 Millionen Menschen … mit drei
/// Millionen gerechnet"), or is none.
fn scaled_counts_de(text: &str, english: bool, out: &mut Vec<Found>) {
    if english {
        return;
    }
    for c in SCALED_COUNT_DE.captures_iter(text) {
        let (Some(all), Some(n), Some(scale)) = (c.get(0), c.name("n"), c.name("scale")) else {
            continue;
        };
        // Not the "5 Millionen" of "2,5 Millionen", nor a number inside a word.
        if text[..n.start()]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || matches!(ch, ',' | '.' | '-' | '/'))
        {
            continue;
        }
        let number = if n.as_str().starts_with(|ch: char| ch.is_ascii_digit()) {
            parse_digits(n.as_str(), false)
        } else {
            super::numbers::parse_word_with_half(n.as_str())
        };
        let Some(number) = number else {
            continue;
        };
        let factor = if scale.as_str() == "Milliarden" {
            1e9
        } else {
            1e6
        };
        let named = c
            .name("unit")
            .filter(|u| !u.as_str().starts_with(|ch: char| ch.is_lowercase()));
        let (unit, end) = match named {
            Some(u) if NOT_COUNTS.contains(&u.as_str()) => continue,
            Some(u) => (u.as_str().to_string(), u.end()),
            None => {
                let before = out.iter().rev().find_map(|f| match &f.value {
                    FactValue::Figure(x)
                        if f.span.end <= n.start() && x.number >= 1e6 && !x.unit.is_empty() =>
                    {
                        Some(x.unit.clone())
                    }
                    _ => None,
                });
                let Some(unit) = before else {
                    continue;
                };
                (unit, scale.end())
            }
        };
        let qualifier = c.name("q").filter(|q| stands_alone(text, q.start()));
        let start = qualifier.as_ref().map_or(n.start(), |q| q.start());
        if out.iter().any(|f| f.span.start < end && start < f.span.end) {
            continue;
        }
        push(
            out,
            start..end,
            super::numbers::scaled(number, factor),
            unit,
            qualifier.map(|m| qualifier_of(m.as_str())),
        );
        let _ = all;
    }
}

/// Fractions in words ([`FRACTION`], [`ONE_IN`]). A quarter or a half is a share only where
/// the text says of what ("ein Viertel der Haushalte", "half of", "knapp ein Viertel davon"),
/// approximates it ("roughly a quarter") or counts by it ("um ein Viertel", "by a quarter"):
/// not a town's quarter ("ein Viertel im Norden"), the second half of a year or a quarter of
/// an hour. Thirds and smaller are shares wherever a number word comes before them ("das erste
/// Drittel" has none).
fn fractions(text: &str, out: &mut Vec<Found>) {
    for c in FRACTION.captures_iter(text) {
        let Some(all) = c.get(0) else {
            continue;
        };
        // "a fifth day", "the third round": an ordinal, no share.
        let next = text[all.end()..].split_whitespace().next().unwrap_or("");
        let ordinal = matches!(
            next.trim_end_matches([',', '.', ';']),
            "day"
                | "week"
                | "month"
                | "year"
                | "time"
                | "round"
                | "term"
                | "session"
                | "consecutive"
                | "straight"
                | "place"
                | "anniversary"
                | "Tag"
                | "Woche"
                | "Runde"
                | "Mal"
        );
        // "a fifth trilogue", "A third decision": "a" and a fraction's word before a noun of
        // its own is an ordinal too, whatever the noun. A share alone goes on with a verb ("a
        // third materialised"), a preposition or a conjunction ("a fifth in 2030", "a quarter
        // because"), or ends the clause.
        let bare_singular = c.name("of").is_none()
            && c.name("q").is_none()
            && c.name("n").is_some_and(|n| matches!(n.as_str(), "a" | "A"))
            && c.name("d").is_some_and(|d| !d.as_str().ends_with('s'));
        let word_after = next.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let noun_after = word_after.len() > 2
            && word_after
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-')
            && !word_after.ends_with("ed")
            && !word_after.ends_with('s')
            && !word_after.ends_with("ly")
            && !matches!(
                word_after,
                "in" | "on"
                    | "at"
                    | "for"
                    | "from"
                    | "to"
                    | "by"
                    | "with"
                    | "and"
                    | "or"
                    | "but"
                    | "because"
                    | "than"
                    | "that"
                    | "who"
                    | "which"
                    | "since"
                    | "after"
                    | "before"
                    | "under"
                    | "over"
                    | "among"
                    | "now"
                    | "say"
                    | "said"
                    | "have"
                    | "had"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "did"
                    | "do"
                    | "still"
                    | "also"
                    | "saw"
                    | "got"
                    | "went"
                    | "came"
                    | "took"
                    | "made"
                    | "felt"
                    | "think"
                    | "thought"
                    | "want"
                    | "wanted"
                    | "need"
                    | "expect"
                    | "plan"
                    | "use"
                    | "only"
                    | "more"
                    | "less"
                    | "again"
            );
        if (ordinal || bare_singular && noun_after) && c.name("of").is_none() {
            continue;
        }
        let qualifier = c.name("q").filter(|q| stands_alone(text, q.start()));
        let of = c.name("of");
        let start = qualifier.as_ref().map_or_else(
            || {
                c.name("n")
                    .or(c.name("art"))
                    .or(c.name("halfen"))
                    .map_or(all.start(), |m| m.start())
            },
            |q| q.start(),
        );
        let word_before = text[..start].split_whitespace().next_back().unwrap_or("");
        let counted_by = matches!(word_before, "um" | "by" | "Um" | "By");
        let (value, end) = if let (Some(n), Some(d)) = (c.name("n"), c.name("d")) {
            let d_word = d.as_str().to_lowercase();
            let Some(denominator) = denominator(&d_word) else {
                continue;
            };
            let numerator = match n.as_str().to_lowercase().as_str() {
                "a" | "one" | "ein" | "eine" | "einem" | "einen" | "einer" => 1,
                other => match super::numbers::parse_word(other) {
                    Some(k) => k,
                    None => continue,
                },
            };
            // "thirds" after "a", "third" after "two": not one fraction.
            let english = !(d_word.ends_with("tel") || d_word.ends_with("teln"));
            let plural = d_word.ends_with('s');
            if numerator >= denominator || english && (numerator > 1) != plural {
                continue;
            }
            let strict = matches!(d_word.as_str(), "viertel" | "quarter" | "quarters");
            if strict && of.is_none() && qualifier.is_none() && !counted_by {
                continue;
            }
            // "a quarter of an hour", "a third of a century": time, not a share.
            if of.is_some_and(|o| o.as_str().trim() == "of") {
                let next: Vec<&str> = text[all.end()..].split_whitespace().take(2).collect();
                let time = matches!(
                    next.as_slice(),
                    [
                        _,
                        "hour" | "century" | "mile" | "second" | "minute" | "day" | "year",
                        ..
                    ]
                );
                if time
                    || next
                        .first()
                        .is_some_and(|w| w.starts_with(|ch: char| ch.is_ascii_digit()))
                {
                    continue;
                }
            }
            (f64::from(numerator) / f64::from(denominator), d.end())
        } else if let Some(half) = c.name("half").or(c.name("halfen")) {
            // "die Hälfte der Leute", "nearly half of"; not "the second half of 2029".
            let english = c.name("halfen").is_some();
            // "down from nearly half in 2031": an English half with its approximation is a share.
            if of.is_none() && qualifier.is_none() && (english || !counted_by) {
                continue;
            }
            // "mehr als die Hälfte der EU-Mitglieder", "more than half of": a majority said in
            // words, as the hand-annotated samples leave it (no figure there), not a share.
            if qualifier.is_some_and(|q| {
                matches!(
                    q.as_str().to_lowercase().as_str(),
                    "mehr als" | "über" | "weniger als" | "more than" | "over" | "less than"
                )
            }) {
                continue;
            }
            if english
                && matches!(
                    word_before,
                    "first" | "second" | "the" | "The" | "latter" | "other" | "a" | "and"
                )
            {
                continue;
            }
            if english
                && text[all.end()..]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_ascii_digit())
            {
                continue;
            }
            (1.0 / 2.0, half.end())
        } else {
            continue;
        };
        push(
            out,
            start..end,
            value,
            String::new(),
            qualifier.map(|m| qualifier_of(m.as_str())),
        );
    }
    // "jeder fünfte", "jede dritte": one in that many.
    for c in EVERY_NTH.captures_iter(text) {
        let (Some(all), Some(every), Some(nth)) = (c.get(0), c.name("every"), c.get(3)) else {
            continue;
        };
        // "etwa jedem dritten": the approximation stays in the text, as with a percentage.
        let qualifier = c.name("q").filter(|q| stands_alone(text, q.start()));
        let start = qualifier.unwrap_or(every).start();
        let d = match nth.as_str().to_lowercase().as_str() {
            "zweite" => 2,
            "dritte" => 3,
            "vierte" => 4,
            "fünfte" => 5,
            "sechste" => 6,
            "siebte" => 7,
            "achte" => 8,
            "neunte" => 9,
            "zehnte" => 10,
            "zwanzigste" => 20,
            "hundertste" => 100,
            _ => continue,
        };
        push(
            out,
            start..all.end(),
            1.0 / f64::from(d),
            String::new(),
            qualifier.map(|q| qualifier_of(q.as_str())),
        );
    }
    for c in ONE_IN.captures_iter(text) {
        let (Some(all), Some(n), Some(d)) = (c.get(0), c.name("n"), c.name("d")) else {
            continue;
        };
        // "rated 9.8 out of 10": the end of a decimal number is no count of its own.
        if text[..n.start()].ends_with(['.', ',']) {
            continue;
        }
        let number = |m: regex::Match| {
            m.as_str()
                .parse::<u32>()
                .ok()
                .or_else(|| super::numbers::parse_word(m.as_str()))
                .or_else(|| m.as_str().to_lowercase().starts_with("ein").then_some(1))
        };
        let (Some(n), Some(d)) = (number(n), number(d)) else {
            continue;
        };
        // "one in five" counts its share: a qualifier before it stays in its text.
        let start = c
            .name("q")
            .filter(|q| stands_alone(text, q.start()))
            .map_or_else(
                || c.name("n").map_or(all.start(), |m| m.start()),
                |q| q.start(),
            );
        if n < d && stands_alone(text, start) {
            // Not also a count of five ("five adults" of "one in five adults").
            let in_five = all.end() - c.name("d").map_or(0, |m| m.len());
            out.retain(|f| {
                f.kind != FactKind::Figure || f.span.end <= in_five || all.end() <= f.span.start
            });
            let qualifier = c
                .name("q")
                .filter(|q| q.start() == start)
                .map(|q| qualifier_of(q.as_str()));
            push(
                out,
                start..all.end(),
                f64::from(n) / f64::from(d),
                String::new(),
                qualifier,
            );
        }
    }
    // "rated 9.8 out of 10 in severity": a score on a scale, the score's figure (as a CVSS
    // score is); a whole number out of ten is a share, above.
    static SCORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(\d{1,2}[.,]\d{1,2})\s+out\s+of\s+(?:10|100)(?-u:\b)")
            .expect("compiles")
    });
    if text.contains("out of") {
        for c in SCORE.captures_iter(text) {
            let Some(n) = c.get(1) else { continue };
            let english = n.as_str().contains('.');
            if let Some(value) = parse_digits(n.as_str(), english)
                && stands_alone(text, n.start())
                && !out
                    .iter()
                    .any(|f| f.span.start < n.end() && n.start() < f.span.end)
            {
                push(out, n.range(), value, String::new(), None);
            }
        }
    }
}

/// The denominator a fraction's word names: "Drittel" 3, "quarters" 4.
fn denominator(word: &str) -> Option<u32> {
    // "zwei Dritteln": the dative plural.
    let word = word
        .strip_suffix("teln")
        .map_or(word, |w| &word[..w.len() + 3]);
    Some(match word.trim_end_matches('s') {
        "drittel" | "third" => 3,
        "viertel" | "quarter" => 4,
        "fünftel" | "fifth" => 5,
        "sechstel" | "sixth" => 6,
        "siebtel" | "seventh" => 7,
        "achtel" | "eighth" => 8,
        "neuntel" | "ninth" => 9,
        "zehntel" | "tenth" => 10,
        _ => return None,
    })
}

/// "Eleven of those cases" ([`OF_THOSE`]): the number alone, counting the noun after it or the
/// one of the count before it in the text.
fn of_those(text: &str, out: &mut Vec<Found>) {
    for c in OF_THOSE.captures_iter(text) {
        let Some(n) = c.name("n") else {
            continue;
        };
        let number = parse_digits(n.as_str(), true)
            .or_else(|| super::numbers::parse_word(n.as_str()).map(f64::from));
        let Some(number) = number else {
            continue;
        };
        // "Two of the five largest AI developers": a count of developers, over the phrase.
        if let (Some(all), Some(unit)) = (c.get(0), c.name("unit2")) {
            // "One in five of the reports": the share's.
            let share = matches!(super::word_before(text, all.start()), "in" | "of");
            if !share
                && !out.iter().any(|f| {
                    f.span.start < all.end()
                        && all.start() < f.span.end
                        && f.kind != FactKind::Figure
                })
            {
                out.retain(|f| {
                    f.kind != FactKind::Figure
                        || f.span.end <= all.start()
                        || all.end() <= f.span.start
                });
                push(out, all.range(), number, unit.as_str().to_string(), None);
            }
            continue;
        }
        let unit = c.name("unit").map(|u| u.as_str().to_string()).or_else(|| {
            out.iter().rev().find_map(|f| match &f.value {
                FactValue::Figure(x) if f.span.end <= n.start() && !x.unit.is_empty() => {
                    Some(x.unit.clone())
                }
                _ => None,
            })
        });
        let Some(unit) = unit else {
            continue;
        };
        if out
            .iter()
            .any(|f| f.span.start < n.end() && n.start() < f.span.end)
        {
            continue;
        }
        push(out, n.range(), number, unit, None);
    }
}

/// A whole told first, "Of the 412 bills on the committee's suspense file," or "Von den 14
/// Analysten, die das Papier beobachten,", its parts told after it as bare numbers ("287
/// advanced …, and 125 were held", "raten nur noch fünf zum Kauf"), as statistics and reports
/// write them. "Of these," takes the count before it as the whole.
static WHOLE_FIRST_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)Of|:\s+of)\s+(?:(?:(?:the|its|their|all)\s+)?(?:(?:roughly|about|around|some|nearly|almost|more\s+than|over)\s+)?(?P<w>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:[^,;.]|\.\S){3,160}?|(?:these|those|them)\s*),")
        .expect("compiles")
});

/// The same in German: "Von den acht geladenen Sachverständigen", "Von damals 1.412
/// Bewerbungen", a relative clause after the noun with it.
static WHOLE_FIRST_DE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)Von\s+(?:den|damals|insgesamt|diesen|ihren|seinen)\s+(?:(?:rund|etwa|knapp|gut|über|mehr\s+als|insgesamt|bisher|bislang)\s+)?(?P<w>\d{1,3}(?:\.\d{3})+|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\p{L}-]+(?:,\s+(?:die|der|das|denen|deren|welche)\s[^,.;]*,)?")
        .expect("compiles")
});

/// A number that may be a part: digits or a number word, with the word of approximation that
/// stays in its text ("around 1,900", "rund 400"); "only", "nur noch" stay out.
static PART_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<q>(?i:around|about|roughly|some|nearly|almost|more\s+than|at\s+least|over|rund|etwa|knapp|fast|gut|mehr\s+als|mindestens))\s+)?(?-u:\b)(?P<p>\d{1,3}(?:[.,]\d{3})+|\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?-u:\b)")
        .expect("compiles")
});

/// The parts after a whole told first ([`WHOLE_FIRST_EN`], [`WHOLE_FIRST_DE`]): in English the
/// number right after the comma ("Of the 47 orders it issued till 31 January, nine involved"),
/// in German the first one in the sentence ("Von den 58 Anzeigen, …, führten bis Ende 2031
/// gerade einmal 9 zu einer Verurteilung"); then each one after a comma or "and" that a verb
/// follows (", drei lehnten … ab", ", and 125 were held", ", including 612 involving
/// ransomware"). Each is less than the whole and counts what it counts.
fn parts_after_a_whole(text: &str, english: bool, out: &mut Vec<Found>) {
    let pattern: &Regex = if english {
        &WHOLE_FIRST_EN
    } else {
        &WHOLE_FIRST_DE
    };
    // In digits or in words: "Of the 44 adherents, 38", "Von den acht Sachverständigen … fünf".
    let count =
        |s: &str| parse_digits(s, english).or_else(|| super::numbers::parse_word(s).map(f64::from));
    for c in pattern.captures_iter(text) {
        let Some(all) = c.get(0) else {
            continue;
        };
        // The whole and what it counts: the figure read at its number, or for "Of these" the
        // last count before.
        let (whole, unit) = match c.name("w") {
            Some(w) => {
                let number = count(w.as_str());
                let unit = out.iter().find_map(|f| match &f.value {
                    FactValue::Figure(x) if f.span.start <= w.start() && w.end() <= f.span.end => {
                        Some(x.unit.clone())
                    }
                    _ => None,
                });
                (number, unit.unwrap_or_default())
            }
            None => out
                .iter()
                .filter(|f| f.span.end <= all.start())
                .filter_map(|f| match &f.value {
                    FactValue::Figure(x) if x.unit != "%" && !x.unit.is_empty() => {
                        Some((Some(x.number), x.unit.clone()))
                    }
                    _ => None,
                })
                .next_back()
                .unwrap_or((None, String::new())),
        };
        let Some(whole) = whole.filter(|&w| w >= 2.0) else {
            continue;
        };
        let end = sentence_end(text, all.end());
        let mut first = true;
        let mut at = all.end();
        while let Some(p) = PART_NUMBER
            .captures_at(text, at)
            .filter(|p| p.get(0).is_some_and(|m| m.end() <= end))
        {
            let (Some(m), Some(n)) = (p.get(0), p.name("p")) else {
                break;
            };
            at = m.end();
            let between = &text[all.end()..m.start()];
            // English: the first part right after the comma; after it, and in German after the
            // first, only one opening a clause of its own.
            let head = text[..m.start()].trim_end();
            let opens = head.ends_with([',', ';'])
                || [
                    ", and",
                    ", und",
                    " und",
                    " and",
                    ", including",
                    ", darunter",
                    "; and",
                ]
                .iter()
                .any(|w| head.ends_with(w))
                || ["only", "just", "nur", "noch", "lediglich"]
                    .iter()
                    .any(|w| {
                        head.ends_with(w) && head[..head.len() - w.len()].trim_end().ends_with(',')
                    });
            let placed = if first && english {
                between
                    .trim_start()
                    .trim_start_matches("only ")
                    .trim_start_matches("just ")
                    .is_empty()
                    || head.ends_with(',')
            } else {
                first || opens
            };
            let taken = out
                .iter()
                .find(|f| f.span.start < m.end() && m.start() < f.span.end);
            if let Some(f) = taken {
                // "sind inzwischen 1.088 Domains delegiert, 96 hängen noch": a part counted
                // with its noun is the first.
                if f.kind == FactKind::Figure && placed {
                    first = false;
                }
                continue;
            }
            if !placed {
                if english && first {
                    break;
                }
                continue;
            }
            // What follows the number: a verb, not a noun of its own or a unit.
            let rest = &text[n.end()..];
            let next = rest.trim_start().chars().next();
            // "laufen dort bislang 412.": the part may end the clause.
            let closes = rest.starts_with(['.', ',', ';'])
                && !rest[1..].starts_with(|ch: char| ch.is_ascii_digit());
            let verb_next = rest.starts_with(' ') && next.is_some_and(|ch| ch.is_lowercase())
                || english && rest.trim_start().starts_with(['–', '—'])
                || closes;
            let before = text[..n.start()].chars().next_back();
            let label = matches!(
                super::word_before(text, m.start()),
                "Section" | "section" | "Article" | "Artikel" | "Art." | "§" | "No." | "Nr."
            );
            let number = count(n.as_str());
            let Some(number) = number.filter(|&v| v >= 2.0 && v < whole) else {
                if first {
                    first = false;
                }
                continue;
            };
            if !verb_next
                || label
                || before.is_some_and(|ch| ch.is_alphanumeric() || matches!(ch, '/' | '.' | '-'))
                || NOT_COUNTS_EN
                    .iter()
                    .any(|w| rest.trim_start().starts_with(w))
            {
                first = false;
                continue;
            }
            first = false;
            let q = p.name("q").filter(|q| stands_alone(text, q.start()));
            push(
                out,
                q.map_or(n.start(), |q| q.start())..n.end(),
                number,
                unit.clone(),
                q.map(|q| qualifier_of(q.as_str())),
            );
        }
    }
}

/// Where the sentence holding `from` ends: at ". " (or "?", "!") before a capital, not after an
/// abbreviation before a number ("Kshs. 118.6 million"); else at the text's end.
fn sentence_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i + 2 < bytes.len() {
        if matches!(bytes[i], b'.' | b'?' | b'!')
            && bytes[i + 1] == b' '
            && text[i + 2..]
                .chars()
                .next()
                .is_some_and(|ch| ch.is_uppercase() || matches!(ch, '"' | '„' | '“' | '«'))
        {
            return i;
        }
        i += 1;
    }
    text.len()
}

/// A count told as the new value of a change, without its noun: "Complaints received rose to
/// 7,412 in 2031/32", "complaints rose 27 per cent year on year to 41,200", "Ransomware cases
/// fell to 128", "rose to 2.54 billion"; German "auf 148 gestiegen", "soll von 472 auf 489
/// steigen", "gingen auf 9.806 zurück". A share, an amount or a span there is read as such
/// before.
static CHANGED_TO_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:rose|fell|grew|increased|decreased|dropped|declined|climbed|jumped|surged|slipped|(?:has|have|had)\s+(?:risen|fallen|grown|increased|dropped|declined|climbed))\s+(?:by\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per\s+cent|percent|points|percentage\s+points)\s+)?(?:(?:year\s+on\s+year|year-on-year|on\s+the\s+year)\s+)?to\s+(?:(?P<q>about|around|roughly|nearly|almost|more\s+than|over|some)\s+)?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?P<scale>million|billion))?(?:\s*[,.;:)–—]|\s+(?:in|from|on|last|this|a|as|at|by|during|after|before|and|compared|up|down|over|since|between|the)(?-u:\b)|$)")
        .expect("compiles")
});

static CHANGED_TO_DE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)von\s+(?:(?:rund|etwa|knapp|gut|über|mehr\s+als)\s+)?(?P<from>\d{1,3}(?:\.\d{3})+|\d+)\s+)?(?-u:\b)auf\s+(?:(?:zuletzt|nun|jetzt|inzwischen|mittlerweile)\s+)?(?:(?P<q>rund|etwa|knapp|gut|über|mehr\s+als)\s+)?(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+(?:(?:im\s+Jahr|pro\s+Jahr|jährlich)\s+)?(?:gestiegen|gesunken|zurückgegangen|zurück|angewachsen|angestiegen|gewachsen|steigen|sinken|wachsen|anwachsen|erhöhen|erhöht)(?-u:\b)")
        .expect("compiles")
});

/// The counts of [`CHANGED_TO_EN`] and [`CHANGED_TO_DE`], with what the sentence counts before
/// them as their noun where a plural names it ("Complaints received rose to").
fn changed_to(text: &str, english: bool, out: &mut Vec<Found>) {
    let pattern: &Regex = if english {
        &CHANGED_TO_EN
    } else {
        &CHANGED_TO_DE
    };
    for c in pattern.captures_iter(text) {
        let (Some(all), Some(n)) = (c.get(0), c.name("n")) else {
            continue;
        };
        let taken = |r: std::ops::Range<usize>, out: &Vec<Found>| {
            out.iter()
                .any(|f| f.span.start < r.end && r.start < f.span.end)
        };
        // "rose to 1,942": the nearest plural before the verb, in its clause, names it.
        let clause = &text[..all.start()];
        let clause = &clause[clause.rfind([',', ';', ':', '.']).map_or(0, |i| i + 1)..];
        let unit = clause
            .split_whitespace()
            .rev()
            .take(8)
            .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()))
            .find(|w| {
                w.len() > 3
                    && (english && w.ends_with('s') && !w.ends_with("ss")
                        || !english && w.starts_with(|ch: char| ch.is_uppercase()))
                    && !NOT_COUNTS.contains(w)
            })
            .unwrap_or_default()
            .to_string();
        if let Some(from) = c.name("from")
            && !taken(from.range(), out)
            && let Some(number) = parse_digits(from.as_str(), english)
            && !(from.as_str().len() == 4 && (1900.0..2100.0).contains(&number))
        {
            push(out, from.range(), number, unit.clone(), None);
        }
        let q = c.name("q");
        let scale = c.name("scale");
        let span = q.map_or(n.start(), |q| q.start())..scale.map_or(n.end(), |s| s.end());
        if taken(span.clone(), out) {
            continue;
        }
        let Some(mut number) = parse_digits(n.as_str(), english) else {
            continue;
        };
        // "rose to 2031": a year is no count.
        if scale.is_none() && n.as_str().len() == 4 && (1900.0..2100.0).contains(&number) {
            continue;
        }
        if let Some(s) = scale {
            number =
                super::numbers::scaled(number, if s.as_str() == "billion" { 1e9 } else { 1e6 });
        }
        push(out, span, number, unit, q.map(|q| qualifier_of(q.as_str())));
    }
}

/// The part before a count of a whole: "212 von" before "1.106 Kommunen", as where it starts
/// and its number.
fn part_before(text: &str, at: usize, whole: f64, english: bool) -> Option<(usize, f64)> {
    // "14 der 36 Landkreise", "14 of 36 councils" as "212 von 1.106 Kommunen"; "11 of the 38
    // member countries", "31 of its 38 recommendations", "38.000 der insgesamt 52.000".
    let before = text.get(..at)?.strip_suffix(' ')?;
    // "640 der weltweit 9.800 Beschäftigten": a word of where or how many before the whole.
    let before = [
        "weltweit",
        "bundesweit",
        "europaweit",
        "worldwide",
        "nationwide",
    ]
    .iter()
    .find_map(|w| before.strip_suffix(w)?.strip_suffix(' '))
    .unwrap_or(before);
    // "71 of the convention's 78 states parties", "nine of Singapore's 11 … sectors": whose
    // whole it is, named between, as "its" would.
    let before = before
        .rsplit_once(' ')
        .filter(|(_, w)| w.len() > 3 && (w.ends_with("'s") || w.ends_with("’s")))
        .map_or(before, |(head, _)| head);
    let before = ["the", "its", "their", "all", "insgesamt"]
        .iter()
        .find_map(|w| before.strip_suffix(w)?.strip_suffix(' '))
        .unwrap_or(before);
    // "620 out of 1,000 points".
    let before = ["von", "der", "out of", "of"]
        .iter()
        .find_map(|w| before.strip_suffix(w))?;
    let digits = before.strip_suffix(' ')?;
    let start = digits
        .rfind(|ch: char| !(ch.is_ascii_digit() || ch == '.' || ch.is_alphabetic()))
        .map_or(0, |i| i + 1);
    let part = digits.get(start..)?;
    if !stands_alone(text, start) || super::numbers::continues_swiss(text, start) {
        return None;
    }
    // "eight of the 12 software providers": a part in words too.
    let value = if part.starts_with(|ch: char| ch.is_ascii_digit()) {
        parse_digits(part, english)?
    } else {
        f64::from(super::numbers::parse_word(part).filter(|&n| n >= 2)?)
    };
    // A part is less than its whole: "im Jahr 2020 der 36 Landkreise" is no part.
    Some((start, value)).filter(|(_, part)| *part < whole)
}

/// Whether a word starting at `at` is one ("über 800", not "gegenüber 800"): the patterns
/// cannot say so with an ASCII word boundary, which never holds before "ü".
pub(crate) fn stands_alone(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn qualifier_of(word: &str) -> &'static str {
    match word.to_lowercase().as_str() {
        "bis zu" | "up to" => "max",
        "über" | "mehr als" | "mindestens" | "over" | "more than" | "at least" | "gut" => "min",
        "weniger als" | "less than" => "max",
        _ => "approx",
    }
}

fn push(
    out: &mut Vec<Found>,
    span: std::ops::Range<usize>,
    number: f64,
    unit: String,
    qualifier: Option<&'static str>,
) {
    out.push(Found {
        kind: FactKind::Figure,
        value: FactValue::Figure(Figure {
            number,
            unit,
            qualifier,
        }),
        span,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_number_words_with_digits_per_centum_and_south_african_numbers() {
        assert_eq!(
            english_figures(
                "Delete it within twenty-one (21) days and pay within thirty (30) days, or one per centum of turnover, two per centum, 3 per centum."
            ),
            [
                ("two per centum", 2.0),
                ("one per centum", 1.0),
                ("3 per centum", 3.0),
                ("within twenty-one (21) days", 21.0),
                ("within thirty (30) days", 30.0)
            ]
        );
        // Not the "one" of a compound read whole.
        assert_eq!(
            english_figures("Twenty-one per cent agreed."),
            [("Twenty-one per cent", 21.0)]
        );
        assert_eq!(
            english_figures(
                "It administers schemes with approximately 1,3 million beneficiaries. It received 2 874 security compromise notifications."
            ),
            [
                ("approximately 1,3 million beneficiaries", 1.3e6),
                ("2 874 security compromise notifications", 2874.0)
            ]
        );
        // A count of its own after a number that ends a clause.
        assert_eq!(
            english_figures("In section 22 874 security notifications came in."),
            [("874 security notifications", 874.0)]
        );
        let f =
            figures("Ende Juli immer noch gut 2.100. Es waren gut 4.000 weniger, als erwartet.");
        let spans: Vec<(&str, f64)> = f.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(spans, [("gut 2.100", 2100.0), ("gut 4.000", 4000.0)]);
        assert!(figures("Das Saatgut 2.100 kostet.").is_empty());
    }

    #[test]
    fn months_of_a_calendar_year_and_the_previous_months_are_dates() {
        assert_eq!(
            english_figures(
                "It got 1,406 complaints in the first nine months of this year, up 9% on the previous six months."
            ),
            [("9%", 9.0), ("1,406 complaints", 1406.0)]
        );
        // A span the text counts stays one.
        assert_eq!(
            english_figures("The first three years after transposition; over the past two years."),
            [("three years", 3.0), ("two years", 2.0)]
        );
    }

    #[test]
    fn numbers_in_a_tables_cells() {
        let table = "| Kennzahl | Q4 2030 | Q1 2031 |\n|---|---|---|\n| Registrierte Einrichtungen | 19.800 | 24.500 |\n| davon Ransomware | 96 | Text |\n| Jahr | 2031 | 7 |";
        let f = figures(table);
        assert_eq!(
            f,
            [
                (
                    "19.800".to_string(),
                    19800.0,
                    "Registrierte Einrichtungen".to_string()
                ),
                (
                    "24.500".to_string(),
                    24500.0,
                    "Registrierte Einrichtungen".to_string()
                ),
                ("96".to_string(), 96.0, "davon Ransomware".to_string()),
                ("7".to_string(), 7.0, "Jahr".to_string()),
            ]
        );
        assert!(figures("a | 12 | b").is_empty(), "not a row");
    }

    #[test]
    fn earlier_values_of_figures_of_many_words_and_their_approximations() {
        assert_eq!(
            english_figures(
                "It handled 89 nationally significant incidents in 2032, up from 62 a year earlier."
            ),
            [("89 nationally significant incidents", 89.0), ("62", 62.0)]
        );
        let f = figures(
            "Die Firma beschäftigt rund 2.300 Mitarbeiter, davon gut 900 in Deutschland. Auf mindestens 1.100 davon fanden sie Webshells.",
        );
        let spans: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            spans,
            ["rund 2.300 Mitarbeiter", "gut 900", "mindestens 1.100"]
        );
    }

    #[test]
    fn shares_in_the_dative_with_their_approximation_and_one_in_ten() {
        let f = figures(
            "Nötig ist eine Mehrheit von zwei Dritteln seiner Mitglieder. Betroffen ist etwa jedem dritten Betreiber.",
        );
        assert_eq!(
            f.iter()
                .map(|x| (x.0.as_str(), (x.1 * 1000.0).round()))
                .collect::<Vec<_>>(),
            [("zwei Dritteln", 667.0), ("etwa jedem dritten", 333.0)]
        );
        assert_eq!(
            english_figures("Four in 10 children use them, down from nearly half in 2031."),
            [("nearly half", 0.5), ("Four in 10", 0.4)]
        );
    }

    #[test]
    fn english_scaled_counts_in_title_case_and_of_two_adjectives() {
        assert_eq!(
            english_figures(
                "Breach Exposed Data of 2.3 Million New Yorkers; about 1.9 million broadband and mobile subscribers; 1.2 Billion Americans."
            ),
            [
                ("2.3 Million New Yorkers", 2.3e6),
                ("about 1.9 million broadband and mobile subscribers", 1.9e6),
                ("1.2 Billion Americans", 1.2e9)
            ]
        );
    }

    fn figures(text: &str) -> Vec<(String, f64, String)> {
        let mut out = Vec::new();
        extract(text, &mut ExtractContext::default(), &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Figure(x) => (text[f.span].to_string(), x.number, x.unit),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn fractions_down_to_ninths_and_spans_as_adjectives_in_words() {
        assert_eq!(
            figures("Ein Siebtel der Firmen; nach einer zweiwöchigen Frist."),
            [
                ("Ein Siebtel".to_string(), 1.0 / 7.0, String::new()),
                ("zweiwöchigen".to_string(), 2.0, "wöchig".to_string())
            ]
        );
        // A grown-up's age before the person is none; a long span before its noun is one.
        assert!(figures("sagte der 54-jährige CDU-Politiker am Abend.").is_empty());
        assert_eq!(
            figures("Ihm droht eine 20-jährige Haftstrafe.")
                .iter()
                .map(|f| f.1)
                .collect::<Vec<_>>(),
            [20.0]
        );
        assert_eq!(
            english_figures(
                "Three-quarters of the victims, less than a seventh of turnover, 612 incidents, 91 of which involved ransomware; 3,200 young people and 25 extra staff."
            ),
            [
                ("Three-quarters", 0.75),
                ("less than a seventh", 1.0 / 7.0),
                ("612 incidents", 612.0),
                ("3,200 young people", 3200.0),
                ("25 extra staff", 25.0),
                ("91", 91.0)
            ]
        );
    }

    #[test]
    fn english_compound_number_words_frequencies_and_member_states() {
        assert_eq!(
            english_figures(
                "Eighty-three per cent of states took part. Forty-nine countries reached Tier 1."
            ),
            [
                ("Eighty-three per cent", 83.0),
                ("Forty-nine countries", 49.0)
            ]
        );
        assert_eq!(
            english_figures("It needs 1.2 gigawatts; 25 of the 27 Member States agreed."),
            [("25 of the 27 Member States", 25.0), ("1.2 gigawatts", 1.2)]
        );
        assert_eq!(
            english_figures(
                "They detected intrusions an average of nine days earlier than others."
            ),
            [("nine days", 9.0)]
        );
    }

    #[test]
    fn halves_in_words_and_every_nth_as_a_noun() {
        assert_eq!(
            figures("Die Sitzung dauerte knapp zweieinhalb Stunden, die Prüfung anderthalb Jahre."),
            [
                (
                    "knapp zweieinhalb Stunden".to_string(),
                    2.5,
                    "Stunden".to_string()
                ),
                ("anderthalb Jahre".to_string(), 1.5, "Jahre".to_string())
            ]
        );
        assert_eq!(
            figures("Jeder Fünfte gibt an, getäuscht worden zu sein."),
            [("Jeder Fünfte".to_string(), 0.2, String::new())]
        );
    }

    #[test]
    fn spans_of_time_are_figures() {
        // Every unit of DURATION, each alone in its text, so its own cue word must run it.
        for unit in [
            "Sekunden",
            "Minuten",
            "Stunden",
            "Tage",
            "Tagen",
            "Wochen",
            "Monate",
            "Monaten",
            "Jahre",
            "Jahren",
            "Jahrzehnte",
            "Jahrzehnten",
            "seconds",
            "minutes",
            "hours",
            "days",
            "weeks",
            "months",
            "years",
            "decades",
        ] {
            let text = format!("Es dauerte zwei {unit}.");
            assert_eq!(
                figures(&text),
                [(format!("zwei {unit}"), 2.0, unit.to_string())],
                "{unit}"
            );
        }
        assert_eq!(
            figures("Sie sollen binnen 24 Stunden melden."),
            [("binnen 24 Stunden".to_string(), 24.0, "Stunden".to_string())]
        );
        assert_eq!(
            figures("Knapp drei Wochen nach dem Angriff, within ten working days"),
            [
                ("Knapp drei Wochen".to_string(), 3.0, "Wochen".to_string()),
                (
                    "within ten working days".to_string(),
                    10.0,
                    "days".to_string()
                )
            ]
        );
        assert_eq!(
            figures("€75 million over eighteen months"),
            [("eighteen months".to_string(), 18.0, "months".to_string())]
        );
        // A period, an age, a compound: no span of a count.
        assert!(figures("Die Wahl findet alle vier Jahre statt.").is_empty());
        assert!(figures("Sie ist 16 Jahre alt, die Stadt hat 1.300 Jahre Geschichte.").is_empty());
        assert!(figures("a three years-long review, held every five years").is_empty());
    }

    #[test]
    fn counts_with_hyphenated_words() {
        assert_eq!(
            english_figures(
                "He pleaded guilty to two money-laundering counts; two co-defendants fled."
            ),
            [
                ("two money-laundering counts", 2.0),
                ("two co-defendants", 2.0)
            ]
        );
        assert_eq!(
            english_figures("It joins 13 non-member countries."),
            [("13 non-member countries", 13.0)]
        );
        assert_eq!(
            english_figures("Between 26 and 30 supervisory authorities take part."),
            [("Between 26", 26.0), ("30 supervisory authorities", 30.0)]
        );
    }

    #[test]
    fn a_dozen_with_its_qualifier_and_noun() {
        assert_eq!(
            english_figures("It is one of fewer than a dozen ransomware prosecutions in the US."),
            [("fewer than a dozen ransomware prosecutions", 12.0)]
        );
        assert_eq!(
            english_figures("It would wipe out \"at least a dozen\" state laws."),
            [("at least a dozen", 12.0)]
        );
        assert_eq!(
            english_figures("half a dozen states"),
            [("half a dozen states", 6.0)]
        );
    }

    #[test]
    fn thresholds_of_a_count() {
        assert_eq!(
            english_figures("Among large firms with 250 or more employees, 52.6% used AI."),
            [("52.6%", 52.6), ("250 or more employees", 250.0)]
        );
        assert_eq!(
            english_figures("businesses with ten or more employees used it"),
            [("ten or more employees", 10.0)]
        );
    }

    #[test]
    fn parts_of_a_whole_with_der_or_of() {
        let f = figures("Inzwischen haben 14 der 36 Landkreise einen Plan.");
        assert_eq!((f[0].0.as_str(), f[0].1), ("14 der 36 Landkreise", 14.0));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            english_figures("So far 14 of 36 councils have a plan."),
            [("14 of 36 councils", 14.0)]
        );
        assert_eq!(
            english_figures("It accepted 31 of its 38 recommendations."),
            [("31 of its 38 recommendations", 31.0)]
        );
        assert_eq!(
            english_figures("Applicants below 620 out of 1,000 points were refused."),
            [("620 out of 1,000 points", 620.0)]
        );
        assert!(english_figures("The total of 187 was higher; 13 as well.").is_empty());
        let f = figures("Rund 38.000 der insgesamt 52.000 vernetzten Ladepunkte fielen aus.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].1, 38_000.0);
        // A year is no part of what follows it.
        let f = figures("Im Jahr 2020 der 36 Landkreise");
        assert!(f.iter().all(|x| x.1 != 2020.0), "{f:?}");
    }

    #[test]
    fn parts_of_a_whole() {
        let f = figures(
            "Nur 212 von 1.106 Kommunen testen. Von den 193 Mitgliedstaaten haben bisher 74 einen nationalen Bericht vorgelegt.",
        );
        assert_eq!(
            f.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("212 von 1.106 Kommunen", 212.0, "von 1.106 Kommunen"),
                ("193 Mitgliedstaaten", 193.0, "Mitgliedstaaten"),
                ("74", 74.0, "Mitgliedstaaten"),
            ]
        );
        // Not more than the whole.
        assert_eq!(
            figures("Von den 19 Staaten haben bisher 74 Prozent zugestimmt.").len(),
            2
        );
    }

    #[test]
    fn a_part_is_read_whole() {
        let f = figures("erhielt 3.912 Meldungen, davon 1.850 zu Routern.");
        assert_eq!(
            f.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
            [("3.912 Meldungen", 3912.0), ("1.850", 1850.0)]
        );
    }

    #[test]
    fn a_fraction_in_words_is_its_value() {
        let f = figures(
            "rund zwei Drittel der Schulen und drei Viertel der Lehrkräfte; an knapp einem Drittel der Schulen. Die Hälfte der Leute, knapp ein Viertel traut ihr, gut ein Viertel der Haushalte, um ein Drittel steigen.",
        );
        assert_eq!(
            f.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
            [
                ("rund zwei Drittel", 2.0 / 3.0),
                ("drei Viertel", 3.0 / 4.0),
                ("knapp einem Drittel", 1.0 / 3.0),
                ("Die Hälfte", 1.0 / 2.0),
                ("knapp ein Viertel", 1.0 / 4.0),
                ("gut ein Viertel", 1.0 / 4.0),
                ("ein Drittel", 1.0 / 3.0),
            ]
        );
        // Never a count of two; not a town's quarter, an ordinal's third, a quarter-final or
        // the second half of a year.
        assert!(
            figures(
                "zwei Drittel. Sie zog in ein Viertel im Norden. Das erste Drittel des Jahres, im Viertelfinale, in der zweiten Hälfte 2029, die Hälfte 2029."
            )
            .iter()
            .all(|x| x.1 < 1.0 && x.0 != "die Hälfte"),
        );
        assert!(figures("Sie zog in ein Viertel im Norden, im Viertelfinale.").is_empty());
        assert!(figures("das erste Drittel des Jahres, in der zweiten Hälfte 2029").is_empty());
        assert_eq!(figures("vier KI-Gigafabriken")[0].1, 4.0);
        assert_eq!(figures("zwei Schulen")[0].1, 2.0);
    }

    #[test]
    fn english_fractions() {
        assert_eq!(
            english_figures(
                "cut it by roughly a quarter; a third of firms, two-thirds of users, a fifth of them, one in five adults, nearly half of the platforms."
            ),
            [
                ("roughly a quarter", 0.25),
                ("a third", 1.0 / 3.0),
                ("two-thirds", 2.0 / 3.0),
                ("a fifth", 0.2),
                ("nearly half", 0.5),
                ("one in five", 0.2),
            ]
        );
        assert!(
            english_figures(
                "in the second half of 2029, a quarter of an hour later, the first quarter, a quarter of 2029, half an hour"
            )
            .is_empty()
        );
    }

    #[test]
    fn shares_told_as_so_many_in_or_of_so_many() {
        let found = english_figures("Roughly 1 in 3 firms and 1 in 4 adults, two out of five.");
        assert_eq!(
            found,
            [
                ("Roughly 1 in 3", 1.0 / 3.0),
                ("1 in 4", 0.25),
                ("two out of five", 0.4)
            ]
        );
        let text = "Mehr als neun von zehn abstimmenden Staaten, neun von elf Sachverständigen.";
        let mut found = figures(text);
        found.sort_by_key(|f| text.find(&f.0));
        assert_eq!(
            found[0],
            ("Mehr als neun von zehn".to_string(), 0.9, String::new())
        );
        assert_eq!(
            found[1],
            (
                "neun von elf Sachverständigen".to_string(),
                9.0,
                "Sachverständigen".to_string()
            )
        );
        assert!(found.iter().all(|f| f.1 != 10.0), "{found:?}");
        assert!(english_figures("won 2 in 2030").is_empty());
    }

    #[test]
    fn counts_whose_noun_was_named_before() {
        let text = "Sie soll 312 Planstellen umfassen; 85 davon sollen besetzt sein. Es gab 23 Änderungsanträge, von denen sechs übernommen wurden. Das betrifft 412 Leistungen, von denen bislang 168 online beantragt werden. Es kamen 3.000 Teilnehmende, weitere 6.200 verfolgten es online. Es meldeten 538 Einrichtungen Vorfälle, nach 412 im Vorquartal.";
        let found: Vec<(String, f64)> = figures(text).into_iter().map(|f| (f.0, f.1)).collect();
        for (words, number) in [
            ("85", 85.0),
            ("sechs", 6.0),
            ("168", 168.0),
            ("6.200", 6200.0),
        ] {
            assert!(
                found.contains(&(words.to_string(), number)),
                "{words}: {found:?}"
            );
        }
        assert!(
            found.contains(&("412".to_string(), 412.0)),
            "nach 412 im Vorquartal: {found:?}"
        );
        let found = english_figures("19 countries have hubs, compared with the 27 required.");
        assert!(found.contains(&("27", 27.0)), "{found:?}");
    }

    #[test]
    fn the_lower_bound_of_a_range_of_shares() {
        let found =
            english_figures("It could cut filings by 30–40 per cent, between 60 and 70 percent.");
        assert_eq!(
            found,
            [
                ("30", 30.0),
                ("40 per cent", 40.0),
                ("between 60", 60.0),
                ("70 percent", 70.0)
            ]
        );
        let found = figures("Die Quote stieg auf 20 bis 25 Prozent, im Jahr 2030-40 %.");
        assert_eq!(found[0], ("20".to_string(), 20.0, "%".to_string()));
        assert!(
            found.iter().all(|f| f.1 != 2030.0 && f.0 != "2030"),
            "{found:?}"
        );
    }

    #[test]
    fn german_scaled_counts() {
        let f = figures(
            "Nach sechs Wochen sind es gut 1,4 Millionen Menschen. Man hatte mit drei Millionen gerechnet. Die DENIC meldete 17,9 Millionen .de-Domains, aber 1,4 Millionen Euro.",
        );
        assert_eq!(
            f.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("gut 1,4 Millionen Menschen", 1.4e6, "Menschen"),
                ("drei Millionen", 3e6, "Menschen"),
                ("17,9 Millionen .de-Domains", 17.9e6, ".de-Domains"),
                ("sechs Wochen", 6.0, "Wochen"),
            ]
        );
        // Without a count before it, "drei Millionen" counts nothing.
        assert!(figures("Man hatte mit drei Millionen gerechnet.").is_empty());
    }

    #[test]
    fn counts_in_words_opening_a_sentence_and_by_the_dozen() {
        let f = figures(
            "Drei Bieter haben geboten. Ein Dutzend kleinerer Anbieter sei chancenlos, mehr als zwei Dutzend Beschwerden, etwa zweitausend Menschen.",
        );
        assert_eq!(
            f.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
            [
                ("Drei Bieter", 3.0),
                ("zweitausend Menschen", 2000.0),
                ("Ein Dutzend kleinerer Anbieter", 12.0),
                ("zwei Dutzend Beschwerden", 24.0),
            ]
        );
        assert!(figures("mehrere Dutzend Beschwerden, zwei Dutzend.").is_empty());
        assert!(figures("der „Sechs Kleine Drachen“-Dialog, die Zwei Brüder").is_empty());
        assert_eq!(figures("Wien (APA) – Drei Bieter haben")[0].1, 3.0);
    }

    #[test]
    fn english_counts_with_a_word_between_and_parts_of_them() {
        assert_eq!(
            english_figures(
                "It ignored two information notices and issued 12 binding decisions for the 50 largest firms. Ofcom opened 37 investigations. Eleven of those cases involve porn."
            ),
            [
                ("two information notices", 2.0),
                ("12 binding decisions", 12.0),
                ("50 largest firms", 50.0),
                ("37 investigations", 37.0),
                ("Eleven", 11.0),
            ]
        );
        assert!(english_figures("two hundred companies, two years olds").is_empty());
        // "Eleven of those" with nothing counted before it.
        assert!(english_figures("Eleven of those involve porn.").is_empty());
    }

    #[test]
    fn ranges_leading_zeros_and_counts_carried() {
        assert_eq!(
            english_figures(
                "Between 80 and 90 companies are expected; between 140 and 180 staff. Call 0192 was busy."
            ),
            [
                ("Between 80", 80.0),
                ("90 companies", 90.0),
                ("between 140", 140.0),
                ("180 staff", 180.0),
            ]
        );
        // Not a range's bound above the upper one, nor a year.
        assert_eq!(english_figures("between 2029 and 90 companies").len(), 1);
        let f = figures("Sie meldete 23 Beschwerden, 2027 waren es noch neun gewesen.");
        assert_eq!(f[1], ("neun".to_string(), 9.0, "Beschwerden".to_string()));
        assert_eq!(figures("Vor zwei Jahren waren es 61 Prozent.").len(), 1);
    }

    #[test]
    fn german_percentages_in_words() {
        assert_eq!(
            figures("sinkt der Eigenanteil auf zehn Prozent"),
            [("zehn Prozent".to_string(), 10.0, "%".to_string())]
        );
    }

    /// The figures of English `text`: their words and numbers.
    fn english_figures(text: &str) -> Vec<(&str, f64)> {
        let mut out = Vec::new();
        let mut ctx = ExtractContext {
            lang: Lang::En,
            ..ExtractContext::default()
        };
        extract(text, &mut ctx, &mut out);
        out.iter()
            .filter_map(|f| match &f.value {
                FactValue::Figure(x) => Some((text.get(f.span.clone())?, x.number)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn parts_shares_scaled_users_units_and_adjectival_spans() {
        let sorted = |text: &'static str| {
            let mut found = english_figures(text);
            found.sort_by_key(|f| text.find(f.0));
            found
        };
        assert_eq!(
            sorted("It had 14 other investigations and will decide on at least two of them."),
            [("14 other investigations", 14.0), ("two", 2.0)]
        );
        assert_eq!(
            sorted("The office employs around 140 people, of whom 31 work on AI."),
            [("around 140 people", 140.0), ("31", 31.0)]
        );
        assert_eq!(
            sorted(
                "Two of the five largest AI developers backed it; about 260,000 of the affected patients were hit."
            ),
            [
                ("Two of the five largest AI developers", 2.0),
                ("260,000 of the affected patients", 260_000.0)
            ]
        );
        assert_eq!(
            sorted("Threadly has about 3.1m monthly users; one in eight children saw it."),
            [
                ("about 3.1m monthly users", 3_100_000.0),
                ("one in eight", 0.125)
            ]
        );
        assert_eq!(
            sorted(
                "They copied roughly 1.3 terabytes after a four-month evaluation and a 15-day deadline, not a 15-year-old."
            ),
            [
                ("roughly 1.3 terabytes", 1.3),
                ("four-month", 4.0),
                ("15-day", 15.0)
            ]
        );
        assert_eq!(
            sorted("The 11-member Committee met at a 340-bed hospital."),
            [("11-member", 11.0), ("340-bed", 340.0)]
        );
        // Parties to a treaty are capitalised; a band is named by its frequency.
        assert_eq!(
            sorted("Six further States signed, among them at least three member States."),
            [("Six further States", 6.0), ("three member States", 3.0)]
        );
        assert_eq!(
            sorted(
                "It paid for 200 megahertz in the 3.5GHz and 26GHz bands, not the 700 MHz band."
            ),
            [("200 megahertz", 200.0)]
        );
        // Data taken is a figure; the size of a file to download is not.
        assert_eq!(
            sorted("They stole 1.6 TB of records. Report (PDF, 1 MB)"),
            [("1.6 TB", 1.6)]
        );
        // An ordinal, a vote's breakdown by party: no figures.
        assert!(sorted("Ambulances were diverted for a fifth day.").is_empty());
        assert!(sorted("Support came from 44 Democrats and 11 Republicans.").is_empty());
    }

    #[test]
    fn german_ranges_comparisons_and_rates() {
        let text = "Es traf Firmen mit 10 bis 249 Beschäftigten mit bis zu 2,3 Tbit/s. Vorgesehen sind 1.860 Planstellen, 140 mehr als in diesem Jahr.";
        let mut found = figures(text);
        found.sort_by_key(|f| text.find(f.0.as_str()));
        let numbers: Vec<f64> = found.iter().map(|f| f.1).collect();
        assert_eq!(numbers, [10.0, 249.0, 2.3, 1860.0, 140.0]);
        assert_eq!(found[2].0, "bis zu 2,3 Tbit/s");
        assert_eq!(found[4].2, "Planstellen");
        // Years are no range of a count.
        assert!(
            figures("von 2029 bis 2031 Mitglieder")
                .iter()
                .all(|f| f.1 != 2029.0)
        );
    }

    #[test]
    fn english_counts_with_other_such_and_words_joined_by_and() {
        let text = "a grant for at least 40 small and rural utilities, 14 other industry groups, 300 additional F.T.C. employees, 10 regional information security support centers and 1,870 such agreements.";
        let mut found = english_figures(text);
        found.sort_by_key(|f| text.find(f.0));
        assert_eq!(
            found,
            [
                ("at least 40 small and rural utilities", 40.0),
                ("14 other industry groups", 14.0),
                ("300 additional F.T.C. employees", 300.0),
                ("10 regional information security support centers", 10.0),
                ("1,870 such agreements", 1870.0),
            ]
        );
        // One digit: after a word of the sentence, not a heading's number.
        let text = "Police arrested 9 administrators in 6 countries. Phase 2 covers 3 stages; stage 3 proceedings.";
        let found = english_figures(text);
        assert_eq!(
            found,
            [
                ("9 administrators", 9.0),
                ("6 countries", 6.0),
                ("3 stages", 3.0)
            ],
            "{found:?}"
        );
        // A year counts nothing; "and" opens no count's words.
        let none = english_figures("In 2031 new rules and later changes came.");
        assert!(none.is_empty(), "{none:?}");
        assert!(english_figures("up 40 and then fell in weeks").is_empty());
    }

    #[test]
    fn english_counts_with_words_between() {
        let text = "It received more than 1,500 incident reports and some 1,800 small rural providers, 4.2 million Canadian users, 140 additional moderators, 140 crore Indians and more than 50 lakh registered users.";
        let mut found = english_figures(text);
        found.sort_by_key(|f| text.find(f.0));
        assert_eq!(
            found,
            [
                ("more than 1,500 incident reports", 1500.0),
                ("some 1,800 small rural providers", 1800.0),
                ("4.2 million Canadian users", 4.2e6),
                ("140 additional moderators", 140.0),
                ("140 crore Indians", 1.4e9),
                ("more than 50 lakh registered users", 5e6),
            ]
        );
        let text = "At least 11 of the 874 licensed microfinance banks and eight of the 12 software providers sold more than 4.2 million mobile advertising IDs; it sent three cease-and-desist letters and hired at least 150 more civil servants.";
        let mut found = english_figures(text);
        found.sort_by_key(|f| text.find(f.0));
        assert_eq!(
            found,
            [
                ("At least 11 of the 874 licensed microfinance banks", 11.0),
                ("eight of the 12 software providers", 8.0),
                ("more than 4.2 million mobile advertising IDs", 4.2e6),
                ("three cease-and-desist letters", 3.0),
                ("at least 150 more civil servants", 150.0),
            ]
        );
        // Exactly: 2.2 × 100000 is 220000.00000000003 in binary.
        assert_eq!(
            english_figures("reaching 2.2 lakh villages"),
            [("2.2 lakh villages", 220_000.0)]
        );
        for none in [
            "In 2030 the new rules took effect.",
            "Of the 1,500, most were late.",
            "Under Section 12 new members report.",
            "It paid $400 million reparations.",
            "By 2031 regulators must report.",
        ] {
            assert!(
                english_figures(none).is_empty(),
                "{none}: {:?}",
                english_figures(none)
            );
        }
    }

    #[test]
    fn english_scale_words_and_dozens() {
        let text = "It ran almost two dozen informal sessions and mapped more than 2.1 million schools, connected roughly 14,000 since 2019; 2.6 billion people, among them some 780 million school-age children. It pledged $2 million grants.";
        assert_eq!(
            english_figures(text),
            [
                ("two dozen informal sessions", 24.0),
                ("more than 2.1 million schools", 2.1e6),
                ("2.6 billion people", 2.6e9),
                ("some 780 million school-age children", 7.8e8),
                ("roughly 14,000", 14000.0),
            ]
        );
    }

    #[test]
    fn swiss_thousands() {
        let f = figures(
            "für die rund 2'100 Gemeinden und 41’000 Steuerpflichtigen, ab 5'000 Einwohnern",
        );
        assert_eq!(
            f.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("rund 2'100 Gemeinden", 2100.0, "Gemeinden"),
                ("41’000 Steuerpflichtigen", 41000.0, "Steuerpflichtigen"),
                ("5'000 Einwohnern", 5000.0, "Einwohnern"),
            ]
        );
        // Never the "000" of a number the text groups wrongly.
        assert!(
            figures("die 12'34000 Einwohner")
                .iter()
                .all(|x| x.1 != 34000.0)
        );
    }

    #[test]
    fn a_group_s_new_size() {
        let f = figures(
            "bringing the number of signatories to 23. Die Zahl der Mitglieder stieg auf 1.200, die Zahl der Fälle auf 12 Prozent.",
        );
        assert_eq!(
            f.iter()
                .map(|x| (x.0.as_str(), x.1, x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("12 Prozent", 12.0, "%"),
                ("23", 23.0, "signatories"),
                ("1.200", 1200.0, "Mitglieder")
            ]
        );
    }

    #[test]
    fn english_counts_in_words() {
        let text = "Six more instruments were expected, two years after twelve countries signed three times. The two sides agreed.";
        assert_eq!(
            english_figures(text),
            [
                ("Six more instruments", 6.0),
                ("twelve countries", 12.0),
                ("two years", 2.0)
            ]
        );
    }

    #[test]
    fn counted_things_and_percentages() {
        let f = figures("untergliedert in 127 Paragrafen, konstituiert");
        assert_eq!((f[0].1, f[0].2.as_str()), (127.0, "Paragrafen"));
        let f = figures("hatten 72 Regierungen von 193 UN-Staaten die Konvention");
        assert_eq!(f[0].2, "Regierungen von 193 UN-Staaten");
        let f = figures("Über 800 Unternehmen nahmen teil");
        assert_eq!(f[0].1, 800.0);
        // "über" is a qualifier of its own, not the end of "gegenüber".
        let mut out = Vec::new();
        extract(
            "Über 800 Unternehmen, gegenüber 700 Firmen",
            &mut ExtractContext::default(),
            &mut out,
        );
        let q: Vec<Option<&str>> = out
            .iter()
            .map(|f| match &f.value {
                FactValue::Figure(x) => x.qualifier,
                _ => None,
            })
            .collect();
        assert_eq!(q, [Some("min"), None]);
        assert_eq!(out[1].span.start, "Über 800 Unternehmen, gegenüber ".len());
        let text = "tabled by a group of 64 co-sponsors.";
        let mut out = Vec::new();
        let mut english = ExtractContext {
            lang: Lang::En,
            ..ExtractContext::default()
        };
        extract(text, &mut english, &mut out);
        assert_eq!(
            out.first().map(|f| &text[f.span.clone()]),
            Some("64 co-sponsors")
        );
        let f = figures("67,0% der Kleinanlegerkonten und 40 Prozent");
        assert_eq!(f.iter().map(|x| x.1).collect::<Vec<_>>(), [67.0, 40.0]);
    }

    #[test]
    fn an_earlier_value_counts_what_the_figure_before_it_counts() {
        let f = figures("Die Behörde zählte 470 Schwachstellen nach 320 im Vorjahr.");
        assert_eq!(
            f[1],
            ("320".to_string(), 320.0, "Schwachstellen".to_string())
        );
        let mut ctx = ExtractContext {
            lang: Lang::En,
            ..ExtractContext::default()
        };
        let text = "It now counts 72 members, up from 68 last year.";
        let mut out = Vec::new();
        extract(text, &mut ctx, &mut out);
        assert_eq!(&text[out[1].span.clone()], "68");
        let mut out = Vec::new();
        extract("which employs more than 140 staff", &mut ctx, &mut out);
        assert_eq!(out.len(), 1);
        let f = figures("nahmen über 11.000 Menschen teil, davon knapp 4.300 vor Ort.");
        assert_eq!(f[1].1, 4300.0);
        assert_eq!(f[1].2, "Menschen");
        // A part in words.
        let f = figures("Es nennt 42 Maßnahmen, von denen zwölf bis Mitte 2028 kommen.");
        assert_eq!(f[1], ("zwölf".to_string(), 12.0, "Maßnahmen".to_string()));
        // Without a figure before it, a number is not a count of anything.
        assert!(figures("Der Kurs stieg, nach 320 im Vorjahr.").is_empty());
    }

    #[test]
    fn english_counts_in_words_with_adjectives_between() {
        assert_eq!(
            english_figures(
                "Its two dedicated thematic groups met four Member States and two regional hospital systems."
            ),
            [
                ("two dedicated thematic groups", 2.0),
                ("four Member States", 4.0),
                ("two regional hospital systems", 2.0)
            ]
        );
        // Words between that are no adjectives make no count.
        assert_eq!(english_figures("Four were given suspended sentences."), []);
    }

    #[test]
    fn counts_with_an_adjective_in_words_and_approximate_numbers() {
        let f = figures("13 solcher Standorte und 573 zusätzliche Stellen");
        assert_eq!(
            f.iter().map(|x| (x.1, x.2.as_str())).collect::<Vec<_>>(),
            [(13.0, "Standorte"), (573.0, "Stellen")]
        );
        let f = figures("eine Anhörung mit neun Sachverständigen, vor zwei Wochen");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].1, f[0].2.as_str()), (9.0, "Sachverständigen"));
        let f = figures("von bisher rund 4.500 auf etwa 29.500. Seite 1.234 und rund 4.500 Euro");
        assert_eq!(
            f.iter().map(|x| x.1).collect::<Vec<_>>(),
            [4500.0, 29500.0],
            "{f:?}"
        );
        let mut out = Vec::new();
        let mut ctx = ExtractContext {
            lang: Lang::En,
            ..ExtractContext::default()
        };
        extract("More than 120 countries support it", &mut ctx, &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn dates_money_and_names_are_not_figures() {
        assert!(figures("Am 17. Dezember 2025 wurde").is_empty());
        assert!(figures("der G20 Gipfel und WSIS+20 Überprüfung").is_empty());
        assert!(figures("Im Jahr 2022 veröffentlichte").is_empty());
    }

    #[test]
    fn spans_with_a_half_after_the_whole_and_unbroken_spans() {
        assert_eq!(
            english_figures("after two and a half years of negotiation"),
            [("two and a half years", 2.5)]
        );
        assert_eq!(
            english_figures("a transition of one and a half years"),
            [("one and a half years", 1.5)]
        );
        assert_eq!(
            english_figures("below the line for two consecutive weeks"),
            [("two consecutive weeks", 2.0)]
        );
        assert_eq!(
            figures("Es lief drei aufeinanderfolgende Monate."),
            [(
                "drei aufeinanderfolgende Monate".to_string(),
                3.0,
                "Monate".to_string()
            )]
        );
    }

    #[test]
    fn cvss_scores_are_figures_without_their_label() {
        assert_eq!(
            figures("Der Hersteller bewertet sie mit einem CVSS-Wert von 9,6."),
            [("9,6".to_string(), 9.6, "CVSS".to_string())]
        );
        assert_eq!(
            figures("Die Lücke CVE-2031-29417 (CVSS 7,5) betrifft den Grid Manager."),
            [("7,5".to_string(), 7.5, "CVSS".to_string())]
        );
        assert_eq!(
            english_figures("It carries a CVSS v3.1 base score of 9.8."),
            [("9.8", 9.8)]
        );
        // A version alone, or a number past the scale's end, is no score.
        assert!(english_figures("Scored under CVSS 3.1.2 rules.").is_empty());
        assert!(english_figures("CVSS 12.5 is no score.").is_empty());
    }

    #[test]
    fn earlier_values_with_their_approximation_and_counts_of_more() {
        assert_eq!(
            english_figures(
                "about 3,100 employees by September, down from roughly 3,400 at the start of the year"
            ),
            [("about 3,100 employees", 3100.0), ("roughly 3,400", 3400.0)]
        );
        assert_eq!(
            english_figures("The office now has 45 staff, up from 12 when it opened."),
            [("45 staff", 45.0), ("12", 12.0)]
        );
        assert_eq!(
            english_figures(
                "It fined 17 organisations and opened investigations into 32 more since January."
            ),
            [("17 organisations", 17.0), ("32 more", 32.0)]
        );
        // "more than" compares; "more" before a noun of its own is another count's.
        assert_eq!(
            english_figures("It fined 17 organisations, 3 more than in 2030."),
            [("17 organisations", 17.0), ("3", 3.0)]
        );
        assert!(english_figures("They asked for 30 more.").is_empty());
    }

    #[test]
    fn times_of_day_money_periods_and_ordinals_are_no_figures() {
        assert!(english_figures("Published on 17/09/2031 - 19:12 By Luciana Amaral").is_empty());
        assert!(
            figures("eine Dividende von 1,35 Euro je Aktie, 20 Cent mehr als im Vorjahr")
                .is_empty()
        );
        assert!(
            english_figures(
                "They must check the lists at least every 15 days before each campaign."
            )
            .is_empty()
        );
        assert!(english_figures("Nobody in the room wanted a fifth trilogue, he said.").is_empty());
        assert!(
            english_figures("A third decision, adopted on 5 June, concerns an energy supplier.")
                .is_empty()
        );
        // A share alone still is one, before a verb, a preposition or the clause's end.
        assert_eq!(
            english_figures("A third materialised in 2031."),
            [("A third", 1.0 / 3.0)]
        );
        assert_eq!(
            english_figures("down by a fifth in 2030"),
            [("a fifth", 0.2)]
        );
    }

    #[test]
    fn german_counts_with_an_adverb_before_the_adjective() {
        assert_eq!(
            figures("Weltweit zählt die Stiftung knapp 14.600 offen erreichbare Systeme."),
            [(
                "knapp 14.600 offen erreichbare Systeme".to_string(),
                14600.0,
                "Systeme".to_string()
            )]
        );
        assert_eq!(
            figures("Es gab 2.214 aktiv ausgenutzte Schwachstellen."),
            [(
                "2.214 aktiv ausgenutzte Schwachstellen".to_string(),
                2214.0,
                "Schwachstellen".to_string()
            )]
        );
        // A function word is no adverb, a year no count, a span of time no count of things.
        assert!(figures("Es waren 15 und weitere Kommunen beteiligt.").is_empty());
        assert!(figures("Seit 2030 gelten neu gefasste Regeln.").is_empty());
        assert!(figures("Sie brauchten 14 sehr lange Tage.").is_empty());
    }

    #[test]
    fn a_span_changed_from_one_value_to_another() {
        assert_eq!(
            english_figures("It reduces from 72 to 24 hours the deadline to notify."),
            [("72", 72.0), ("24 hours", 24.0)]
        );
        assert_eq!(
            figures("Die Frist sinkt von 72 auf 24 Stunden."),
            [
                ("72".to_string(), 72.0, "Stunden".to_string()),
                ("24 Stunden".to_string(), 24.0, "Stunden".to_string())
            ]
        );
        // A word of approximation or "within" before the second: no change told.
        assert_eq!(
            english_figures("from 72 to within 24 hours"),
            [("within 24 hours", 24.0)]
        );
    }

    #[test]
    fn english_counts_of_many_without_an_s_after_words_between() {
        assert_eq!(
            english_figures("The office would have to cut about 45 full-time equivalent staff."),
            [("about 45 full-time equivalent staff", 45.0)]
        );
        assert_eq!(
            english_figures("It moved 300 young unaccompanied children."),
            [("300 young unaccompanied children", 300.0)]
        );
        // A function word between: no count of what follows it.
        assert!(english_figures("In 2031 the staff grew.").is_empty());
    }

    #[test]
    fn english_days_and_months_later_are_durations() {
        let found = english_figures(
            "We contained it three days later and the rules apply 24 months later; a year later it ended, one week later too, nine days earlier than planned.",
        );
        assert!(found.contains(&("three days", 3.0)), "{found:?}");
        assert!(found.contains(&("24 months", 24.0)), "{found:?}");
        assert!(
            !found
                .iter()
                .any(|(t, _)| t.contains("week") || t.contains("year")),
            "{found:?}"
        );
    }

    #[test]
    fn indian_grouping_approximate_numbers_and_counts_told_again() {
        let found = english_figures(
            "CERT-In handled 24,61,318 cyber security incidents, as compared to 20,41,360 \
             incidents in 2031, with 1,25,000 personnel.",
        );
        assert!(found.contains(&("24,61,318 cyber security incidents", 2_461_318.0)));
        assert!(found.contains(&("20,41,360 incidents", 2_041_360.0)));
        assert!(found.contains(&("1,25,000 personnel", 125_000.0)));
        assert!(!found.iter().any(|(_, n)| *n == 41_360.0 || *n == 25_000.0));
        assert!(
            english_figures("a total headcount of approximately 7,400.")
                .contains(&("approximately 7,400", 7400.0))
        );
        assert!(
            english_figures("OFCOM will receive more over the next three financial years.")
                .contains(&("three financial years", 3.0))
        );
        let found = figures("Die Zahl sei von 1.900 auf zuletzt rund 6.400 im Jahr gestiegen.");
        assert!(
            found
                .iter()
                .any(|(t, n, _)| t == "rund 6.400" && *n == 6400.0)
        );
        // "es" points back to the count of the sentence before.
        let found = figures(
            "Am Mittwoch waren rund 27.400 verwundbare Gateways erreichbar. Am Montag waren es \
             noch über 41.000 gewesen.",
        );
        assert!(
            found
                .iter()
                .any(|(t, n, _)| t == "über 41.000" && *n == 41_000.0)
        );
    }

    #[test]
    fn parts_of_a_whole_with_a_possessive_between() {
        assert_eq!(
            english_figures("Delegations from 71 of the convention's 78 states parties met."),
            [("71 of the convention's 78 states parties", 71.0)]
        );
        assert_eq!(
            english_figures("Two of its seven sanctioned posts have been vacant."),
            [("Two of its seven sanctioned posts", 2.0)]
        );
        // A possessive without "of" before it is no part: two counts.
        assert_eq!(
            english_figures("It has 12 staff and the agency's 40 inspectors."),
            [("12 staff", 12.0), ("40 inspectors", 40.0)]
        );
    }

    #[test]
    fn parts_told_after_a_whole_told_first() {
        let sorted = |text: &'static str| {
            let mut found = english_figures(text);
            found.sort_by_key(|f| text.find(f.0));
            found
        };
        assert_eq!(
            sorted(
                "Of the 412 bills on the suspense file, 287 advanced, many of them amended, and 125 were held."
            ),
            [("412 bills", 412.0), ("287", 287.0), ("125", 125.0)]
        );
        assert_eq!(
            sorted(
                "The PPC received 16,418 reports. Of these, 4,973 were caused by unauthorized access, including 612 involving ransomware."
            ),
            [
                ("16,418 reports", 16418.0),
                ("4,973", 4973.0),
                ("612", 612.0)
            ]
        );
        assert_eq!(
            sorted("Of its roughly 6,400 customers, around 1,900 – who pay staff – could not."),
            [("6,400 customers", 6400.0), ("around 1,900", 1900.0)]
        );
        // Not a number that is no part: a year, a share, one in another sentence.
        assert_eq!(
            sorted("Of the 27 member states, 12 percent said so. Two cut their forecast."),
            [("27 member states", 27.0), ("12 percent", 12.0)]
        );
        let german = |text: &str| -> Vec<(String, f64)> {
            figures(text).into_iter().map(|(t, n, _)| (t, n)).collect()
        };
        assert_eq!(
            german(
                "Von den acht geladenen Sachverständigen unterstützten fünf das Vorhaben, drei lehnten es ab."
            ),
            [
                ("acht geladenen Sachverständigen".to_string(), 8.0),
                ("fünf".to_string(), 5.0),
                ("drei".to_string(), 3.0)
            ]
        );
        assert_eq!(
            german(
                "Von den 1.870 Fachverfahren, die der Bund verlagern will, laufen dort bislang 412."
            ),
            [
                ("1.870 Fachverfahren".to_string(), 1870.0),
                ("412".to_string(), 412.0)
            ]
        );
        // A part is less than its whole.
        assert_eq!(
            german("Von den 14 Analysten, die das Papier beobachten, raten 20 zum Kauf."),
            [("14 Analysten".to_string(), 14.0)]
        );
    }

    #[test]
    fn new_values_of_a_change_and_earlier_values_past_an_abbreviation() {
        let sorted = |text: &'static str| {
            let mut found = english_figures(text);
            found.sort_by_key(|f| text.find(f.0));
            found
        };
        assert_eq!(
            sorted("Complaints received rose to 7,412 in 2031/32, up from 4,960 in 2030/31."),
            [("7,412", 7412.0), ("4,960", 4960.0)]
        );
        assert_eq!(
            sorted("complaints rose 27 per cent year on year to 41,200, driven by loan apps."),
            [("27 per cent", 27.0), ("41,200", 41200.0)]
        );
        assert_eq!(
            sorted("threat events rose to 2.54 billion, up 46.1 per cent."),
            [("2.54 billion", 2.54e9), ("46.1 per cent", 46.1)]
        );
        // "Kshs. 118.6": no sentence ends there, so "29" compares with the notices.
        assert_eq!(
            sorted(
                "It issued 41 penalty notices with fines of Kshs. 118.6 million, compared with 29 in 2031."
            ),
            [("41 penalty notices", 41.0), ("29", 29.0)]
        );
        // Not a year, nor a share read as such.
        assert_eq!(
            sorted("Sales fell to 2031 levels. The share rose to 12 percent."),
            [("12 percent", 12.0)]
        );
        let german = |text: &str| -> Vec<(String, f64)> {
            figures(text).into_iter().map(|(t, n, _)| (t, n)).collect()
        };
        assert_eq!(
            german("Die Zahl der Beschäftigten soll von 472 auf 489 steigen."),
            [("472".to_string(), 472.0), ("489".to_string(), 489.0)]
        );
        assert_eq!(
            german("Die Zahl der Angriffe ist auf 148 gestiegen, nach 97 im Jahr davor."),
            [("148".to_string(), 148.0), ("97".to_string(), 97.0)]
        );
        assert_eq!(
            german("Die Frist sinkt von 72 auf 24 Stunden. Der Preis stieg von 10 auf 12 Euro."),
            [("72".to_string(), 72.0), ("24 Stunden".to_string(), 24.0)]
        );
    }

    #[test]
    fn counts_of_a_capitalised_body_s_members_and_modifiers_in_ss() {
        let found = english_figures(
            "Three Union entities were compromised; it relies on fewer than 20 initial access brokers. Write to 10 St James Square.",
        );
        let texts: Vec<&str> = found.iter().map(|f| f.0).collect();
        assert_eq!(texts, ["Three Union entities", "20 initial access brokers"]);
    }

    #[test]
    fn counts_in_words_of_people_named_by_origin_and_scores() {
        assert_eq!(
            english_figures(
                "They sanctioned five Russian and Belarusian nationals, five alleged Veilstorm ransomware operators and the same five men."
            ),
            [
                ("five Russian and Belarusian nationals", 5.0),
                ("five alleged Veilstorm ransomware operators", 5.0),
                ("five men", 5.0)
            ]
        );
        // A score on a scale is its figure; the end of a decimal is no share of its own.
        assert_eq!(
            english_figures("the flaw, rated 9.8 out of 10 in severity, and 8 out of 10 firms"),
            [("8 out of 10", 0.8), ("9.8", 9.8)]
        );
    }

    #[test]
    fn a_scaled_german_count_with_an_adverb_before_its_adjective() {
        let found =
            figures("Dienste mit mehr als 45 Millionen monatlich aktiven Nutzern in der EU.");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].0,
            "mehr als 45 Millionen monatlich aktiven Nutzern"
        );
        assert_eq!(found[0].1, 45e6);
    }
}
