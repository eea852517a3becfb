//! Key facts: what the extractors find in an article's blocks, with the exact place in the text.
//!
//! Each kind has its own module. An extractor reads one block's text and reports what it found
//! with byte ranges relative to that text; [`extract_article`] turns them into [`Fact`]s that
//! point into [`Article::text`].

pub mod acronyms;
pub mod cues;
pub mod dates;
pub mod display;
pub mod documents;
pub mod figures;
pub mod fiscal;
pub(crate) mod gazetteer;
pub mod money;
pub mod month_days;
pub mod numbers;
pub mod organizations;
pub mod people;
pub mod places;
pub mod quotes;
pub mod sources;
pub mod store;
pub mod votes;

use std::ops::Range;

pub use store::{ArticleFacts, FactRef, FactStore, Facts};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::corpus::model::{Article, Lang};

/// Every kind of fact, in the order the facts pane lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Date,
    Vote,
    Document,
    Money,
    Figure,
    Acronym,
    Person,
    Organization,
    Place,
    Quote,
    Source,
}

impl FactKind {
    pub const ALL: [FactKind; 11] = [
        FactKind::Date,
        FactKind::Vote,
        FactKind::Document,
        FactKind::Money,
        FactKind::Figure,
        FactKind::Acronym,
        FactKind::Person,
        FactKind::Organization,
        FactKind::Place,
        FactKind::Quote,
        FactKind::Source,
    ];

    /// The stable lower-case name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Date => "date",
            FactKind::Vote => "vote",
            FactKind::Document => "document",
            FactKind::Money => "money",
            FactKind::Figure => "figure",
            FactKind::Acronym => "acronym",
            FactKind::Person => "person",
            FactKind::Organization => "organization",
            FactKind::Place => "place",
            FactKind::Quote => "quote",
            FactKind::Source => "source",
        }
    }

    pub fn from_name(name: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The kinds whose facts this kind's extractor reads or is filtered by: a figure inside a
    /// date, an amount, a vote or a document is none; a document takes its year from the date
    /// before it, and a date inside a document's name is the name's; names resolve against
    /// each other, give way to a document's name, and an
    /// organisation's short form may be an acronym defined before; a quotation's speaker is a
    /// person or an organisation found first.
    const fn needs(self) -> KindSet {
        use FactKind::*;
        match self {
            Document | Date => KindSet::of(&[Date, Document]),
            Figure => KindSet::of(&[Date, Money, Vote, Document]),
            Person | Organization | Place | Quote => {
                KindSet::of(&[Person, Organization, Place, Document, Acronym])
            }
            Vote | Money | Acronym | Source => KindSet::NONE,
        }
    }
}

/// A set of fact kinds: which an extraction is asked for. Commands that print one kind
/// (`timeline`, `facts --kind date`) leave the name extractors, most of the work, undone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KindSet(u16);

impl KindSet {
    pub const NONE: KindSet = KindSet(0);
    pub const ALL: KindSet = KindSet((1 << FactKind::ALL.len()) - 1);

    pub const fn of(kinds: &[FactKind]) -> KindSet {
        let mut bits = 0;
        let mut i = 0;
        while i < kinds.len() {
            bits |= 1 << kinds[i] as u16;
            i += 1;
        }
        KindSet(bits)
    }

    /// The kinds given, or all of them when none is (as `--kind` reads).
    pub fn or_all(kinds: &[FactKind]) -> KindSet {
        if kinds.is_empty() {
            KindSet::ALL
        } else {
            KindSet::of(kinds)
        }
    }

    pub const fn contains(self, kind: FactKind) -> bool {
        self.0 & (1 << kind as u16) != 0
    }

    /// These kinds and every kind their extraction depends on.
    fn with_needs(self) -> KindSet {
        let mut set = self;
        loop {
            let grown = FactKind::ALL
                .into_iter()
                .filter(|&k| set.contains(k))
                .fold(set, |s, k| KindSet(s.0 | k.needs().0));
            if grown == set {
                return set;
            }
            set = grown;
        }
    }
}

impl Default for KindSet {
    fn default() -> KindSet {
        KindSet::ALL
    }
}

/// The normalised value of a fact; its shape depends on the kind.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FactValue {
    Date(dates::DateValue),
    Money(money::Money),
    Figure(figures::Figure),
    Vote(votes::Vote),
    Document(documents::Document),
    Source(sources::SourceRef),
    Acronym(acronyms::Acronym),
    Person(people::Person),
    Organization(organizations::Organization),
    Place(places::Place),
    Quote(quotes::Quote),
}

/// A fact found in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    pub value: FactValue,
    /// Byte range of the fact's words in [`Article::text`].
    pub span: Range<usize>,
    /// Index of the block it was found in (`None` for facts from footnote definitions).
    pub block: Option<usize>,
}

/// What an extractor reports: a value and where it is, relative to the text it was given.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub kind: FactKind,
    pub value: FactValue,
    pub span: Range<usize>,
}

/// The years a block's dates were completed with before a year named alone
/// ([`ExtractContext::sentence_year`]): the block's, the last one's, and whether that was loose.
pub type YearsBefore = (Option<i32>, Option<i32>, bool);

/// What extractors may know besides the text itself.
#[derive(Clone, Debug, Default)]
pub struct ExtractContext {
    pub lang: Lang,
    /// The period a briefing covers ("2033-Q1"), when it names one: "des Vorquartals" is the
    /// quarter before it where the text named no quarter.
    pub period: Option<String>,
    /// The first quarter the article named ("im dritten Quartal 2032"), the one it reports
    /// on: "Vorjahresquartal" in a later paragraph is a year before it, not before a quarter
    /// named to compare ("nach dem zweiten Quartal").
    pub main_quarter: Option<String>,
    /// The article is about Japan (its yen, its places): "fiscal 2033" is Japan's fiscal
    /// year, April 2033 to March 2034.
    pub japanese: bool,
    /// How the organisation the article reports on counts its fiscal years, when it speaks of
    /// them ("fiscal 2033, which ends in January").
    pub fiscal: Option<fiscal::Calendar>,
    /// The fiscal year the last date told named, if it was one (by its name: 2032 for
    /// "Geschäftsjahr 2031/32"): "im Vorjahr" after it is the fiscal year before.
    pub fiscal_year_named: Option<i32>,
    /// The article speaks of the UN Security Council: "the Council recalled its resolution
    /// 2573 (2021)" in a block that names only "the Council" is one of its resolutions.
    pub security_council: bool,
    /// What a bare "$" is in this article: the one dollar it names with its country ("C$12.5
    /// million" in a Canadian report makes "$3 million" Canadian too); `None` for US dollars.
    pub local_dollar: Option<&'static str>,
    /// The article is Nigerian: "N412.5m" is naira, as the Nigerian press writes it.
    pub nigerian: bool,
    /// The article is from a country whose financial year runs from July (Australia, New
    /// Zealand, Kenya): "the 2031/32 financial year" is July 2031 to June 2032.
    pub july_fiscal: bool,
    /// The article's publication date.
    pub article_date: Option<NaiveDate>,
    /// Used when the article has no date (`--reference-date`).
    pub reference_date: Option<NaiveDate>,
    /// The year of the last full date seen in the article, for dates written without one.
    pub last_year: Option<i32>,
    /// The last full date seen, for "am selben Tag", "zwei Tage später".
    pub last_date: Option<NaiveDate>,
    /// The year of the last date of any precision ("2026", "Dezember 2025"), for "im Vorjahr".
    pub year_named: Option<i32>,
    /// The year a month or a year of the current block named ("Im Dezember 2025 … am 17.
    /// Dezember"): it completes the year-less dates of that block first.
    pub block_year: Option<i32>,
    /// Where the dateline opening the current block ends (0: it has none). Its date is the
    /// article's: no fact, and no date for "90 days later" to count from.
    pub dateline_end: usize,
    /// Whether a date with its day was named in the current block (see `Shape::Anaphor`).
    pub dated_in_block: bool,
    /// Whether `last_year` came from a month or a bare year rather than a full date.
    pub last_year_loose: bool,
    /// Whether the text has told of its own time: a weekday ("am Montag") or a date with its
    /// year within a year of the article's date. A history written long after its events
    /// (a Wikipedia article on a war) goes on from date to date; news relates its year-less
    /// dates to its own day.
    pub news_time: bool,
    /// People named in full so far ("Sean Cairncross"), so a later "Cairncross" is linked.
    pub known_people: Vec<people::Person>,
    /// Laws defined with a short form in parentheses so far ("KIG", "TKG 2021").
    pub known_laws: Vec<String>,
    /// Organisations defined with a short form so far: (short, long).
    pub known_orgs: Vec<(String, String)>,
    /// The side of a division whose list of names follows ("YEAS" on a line of its own): 0
    /// for, 1 against, 2 abstaining (see `votes::division_list`).
    pub division: Option<u8>,
    /// Where the sentence of a year named alone in news ends, and the block's year before it:
    /// the year dates the days of its sentence only (see `dates`).
    pub sentence_year: Option<(usize, YearsBefore)>,
    /// The cue words of the block being read, found once by [`extract_text`] for all
    /// extractors; `None` outside of it (an extractor called alone scans for itself).
    pub cues: Option<cues::Cues>,
    /// Where the date patterns may begin in the block being read, found with its words by
    /// [`extract_text`] for the dates and the figures; `None` outside of it.
    pub starts: Option<dates::Starts>,
    /// The kinds [`extract_text`] runs the extractors of (all by default).
    pub kinds: KindSet,
}

impl ExtractContext {
    /// The cues of `text`: those [`extract_text`] found, or a scan of it.
    pub fn cues(&self, text: &str) -> cues::Cues {
        self.cues.unwrap_or_else(|| cues::Cues::scan(text))
    }
}

/// The word before byte `at` of `text` (letters and digits), "" if there is none: what the
/// extractors look at to judge a match by the word in front of it.
pub(crate) fn word_before(text: &str, at: usize) -> &str {
    let t = text.get(..at).unwrap_or("").trim_end();
    let start = t
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &t[start..]
}

/// The word right after `at`, past white space: "Stand" in "heutigem Stand,".
pub(crate) fn word_after(text: &str, at: usize) -> &str {
    let t = text.get(at..).unwrap_or("").trim_start();
    let end = t
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(t.len(), |(i, _)| i);
    &t[..end]
}

/// Extracts every fact of an article, in text order.
pub fn extract_article(article: &Article, reference_date: Option<NaiveDate>) -> Vec<Fact> {
    extract_article_kinds(article, reference_date, KindSet::ALL)
}

/// Extracts the facts of the kinds in `wanted`, in text order: the same facts of those kinds
/// as [`extract_article`] finds, with less work.
pub fn extract_article_kinds(
    article: &Article,
    reference_date: Option<NaiveDate>,
    wanted: KindSet,
) -> Vec<Fact> {
    let local_dollar = money::local_dollar(&article.text);
    // The words below are looked for in the whole article: `memmem` reads it with wider vector
    // instructions than `str::contains`.
    let has = |word: &str| memchr::memmem::find(article.text.as_bytes(), word.as_bytes()).is_some();
    // Only a text that speaks of a fiscal year needs to know: "fiscal 2032", "FY2032" (METI).
    let japanese = (has("fiscal") || has("FY")) && money::about_japan(&article.text);
    let mut ctx = ExtractContext {
        lang: article.lang,
        article_date: article.date,
        reference_date,
        kinds: wanted.with_needs(),
        local_dollar,
        japanese,
        fiscal: fiscal::calendar_of(&article.text, article.lang, local_dollar, japanese),
        nigerian: ["Nigeria", "naira", "Naira", "₦"].iter().any(|w| has(w)),
        // Kenya's own texts, not one that names its fines in passing.
        // Counted with `memmem` (vector instructions; `str::matches` reads byte by byte): none
        // of the words can overlap itself, so the counts are the same.
        july_fiscal: matches!(local_dollar, Some("AUD" | "NZD"))
            || memchr::memmem::find_iter(article.text.as_bytes(), "Kenya").count() >= 2
                && ["Ksh", "KSh", "KSH", "KES"]
                    .iter()
                    .map(|w| memchr::memmem::find_iter(article.text.as_bytes(), w).count())
                    .sum::<usize>()
                    >= 2,
        // Only a text that cites a resolution needs to know.
        security_council: has("esolution")
            && documents::speaks_of_the_security_council(&article.text),
        period: article.period.clone(),
        ..ExtractContext::default()
    };
    let mut facts = Vec::new();
    // The place of a dateline or byline on a line of its own ("*Von Miriam Kessler, Riad, 19.
    // Dezember 2026*"): where the news comes from. Its date is the article's, no fact.
    let places_wanted = ctx.kinds.contains(FactKind::Place);
    for line in dateline_lines(article)
        .into_iter()
        .filter(|_| places_wanted)
    {
        let mut found = Vec::new();
        places::extract(article.slice(&line), &mut ctx, &mut found);
        facts.extend(found.into_iter().map(|f| Fact {
            kind: f.kind,
            value: f.value,
            span: line.start + f.span.start..line.start + f.span.end,
            block: None,
        }));
    }
    // The title comes first, as in the text; its facts belong to no block.
    for line in header_lines(article) {
        for found in extract_text(article.slice(&line), &mut ctx) {
            facts.push(Fact {
                kind: found.kind,
                value: found.value,
                span: line.start + found.span.start..line.start + found.span.end,
                block: None,
            });
        }
    }
    let first_paragraph = article
        .blocks
        .iter()
        .position(|b| b.kind == crate::corpus::model::BlockKind::Paragraph);
    // The paragraph a dateline opens, among the first (as the parser looks for it): a title
    // the parser did not take for one ("Treaty") is a heading block before it, a press
    // office's contact lines are paragraphs.
    let dateline_paragraph = article
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == crate::corpus::model::BlockKind::Paragraph)
        .take(4)
        .find(|(_, b)| crate::corpus::lines::dateline_len(article.block_text(b)).is_some())
        .map(|(i, _)| i);
    for (i, block) in article.blocks.iter().enumerate() {
        let text = article.block_text(block);
        // A dateline opening the text ("Singapore, 22 October 2026 - …") is the article's
        // date, as one on a line of its own is (see `header_lines`), not a fact of the text.
        let dateline = if Some(i) == dateline_paragraph {
            crate::corpus::lines::dateline_len(text).unwrap_or(0)
        } else {
            0
        };
        if dateline > 0 && places_wanted {
            facts.extend(
                capitalised_dateline_place(text, &mut ctx)
                    .into_iter()
                    .map(|found| Fact {
                        kind: found.kind,
                        value: found.value,
                        span: block.span.start + found.span.start
                            ..block.span.start + found.span.end,
                        block: Some(i),
                    }),
            );
        }
        ctx.dateline_end = dateline;
        let mut found_in_block = extract_text(text, &mut ctx);
        ctx.dateline_end = 0;
        // A section heading that is only a law's name ("## KI-Verordnung") labels the section,
        // as its other headings ("## Vereinte Nationen") do: no mention of it (held-out set 8,
        // where the title's facts and the text's are listed). A provision ("Article 8" over
        // a judgment's part on it) says what was decided: a fact.
        if block.kind == crate::corpus::model::BlockKind::Heading
            && first_paragraph.is_some_and(|p| i > p)
        {
            let label = text.trim();
            // A printed paper under an agenda item ("Drucksache 22/6140" on a line of its
            // own, as a parliament's record prints it) is what the item is about: a fact too.
            found_in_block.retain(|f| {
                let provision_or_paper = matches!(&f.value, FactValue::Document(d)
                    if d.kind == "paragraph" || d.kind == "paper");
                f.kind != FactKind::Document
                    || provision_or_paper
                    || text.get(f.span.clone()) != Some(label)
            });
        }
        for found in found_in_block {
            facts.push(Fact {
                kind: found.kind,
                value: found.value,
                span: block.span.start + found.span.start..block.span.start + found.span.end,
                block: Some(i),
            });
        }
    }
    if wanted.contains(FactKind::Source) {
        facts.extend(sources::extract(article));
    }
    if wanted.contains(FactKind::Person)
        && let Some(f) = byline_person(article, &facts)
    {
        facts.push(f);
    }
    if wanted != KindSet::ALL {
        facts.retain(|f| wanted.contains(f.kind));
    }
    in_text_order(facts)
}

/// `facts` sorted by start and kind, in the order they came for equal keys. The keys are sorted
/// and the facts moved once: a sort of the facts themselves moved them many times, large as
/// they are.
fn in_text_order(facts: Vec<Fact>) -> Vec<Fact> {
    let mut keys: Vec<(usize, FactKind, usize)> = facts
        .iter()
        .enumerate()
        .map(|(i, f)| (f.span.start, f.kind, i))
        .collect();
    // The index last in the key makes it unique, so an unstable sort keeps equal keys in order.
    keys.sort_unstable();
    let mut slots: Vec<Option<Fact>> = facts.into_iter().map(Some).collect();
    keys.iter()
        .filter_map(|&(_, _, i)| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// The place of an agency dateline written in capitals ("GENEVA, Sept. 17, 2027 — …"), which
/// the place rules, made for running text, do not take for a name.
fn capitalised_dateline_place(text: &str, ctx: &mut ExtractContext) -> Vec<Found> {
    let place = text.split(',').next().unwrap_or("");
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 || place.chars().any(char::is_lowercase) || place.len() > 40 {
        return Vec::new();
    }
    // "NEW YORK" → "New York"; the byte length stays the same, so spans still fit `text`.
    let mut titled = String::with_capacity(place.len());
    let mut first = true;
    for c in place.chars() {
        if first {
            titled.push(c);
        } else {
            titled.extend(c.to_lowercase());
        }
        first = !c.is_alphabetic();
    }
    if titled.len() != place.len() {
        return Vec::new();
    }
    let mut found = Vec::new();
    places::extract(&titled, ctx, &mut found);
    found
}

/// The lines above the first block that give a place and a date ("*Genf, 22. April 2027*",
/// "Von Miriam Kessler, Riad, 19. Dezember 2026"), as byte ranges of [`Article::text`].
fn dateline_lines(article: &Article) -> Vec<Range<usize>> {
    use crate::corpus::lines::{Meta, metadata};
    // A place comes before the date: a comma, then a date the line ends with.
    head_lines(article, |words| match metadata(words) {
        Some(Meta::Date(_)) => words.contains(','),
        Some(Meta::Author(_, Some(_))) => true,
        _ => false,
    })
}

/// The lines above the first block that carry facts: the title and the subtitle, as byte ranges of [`Article::text`] without markup around them.
pub fn header_lines(article: &Article) -> Vec<Range<usize>> {
    let subtitle = article.subtitle.as_deref().map(str::trim);
    // A dateline is the article's date, already known: as a fact it would fill the timeline
    // with publication dates (its place is taken by `dateline_lines`).
    head_lines(article, |words| {
        words == article.title.trim() || subtitle == Some(words)
    })
}

/// The lines above the first block whose words (without Markdown marks around them) `wanted`
/// accepts, as byte ranges of those words in [`Article::text`].
fn head_lines(article: &Article, wanted: impl Fn(&str) -> bool) -> Vec<Range<usize>> {
    let end = article.blocks.first().map_or(0, |b| b.span.start);
    let Some(head) = article.text.get(..end) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    let mut at = 0;
    // The header is a few lines; a page of furniture above the text is not searched through.
    for line in head.split_inclusive('\n').take(40) {
        let start = at;
        at += line.len();
        let words = line
            .trim()
            .trim_start_matches('#')
            .trim()
            .trim_matches(['*', '_'])
            .trim();
        if !words.is_empty()
            && wanted(words)
            && let Some(offset) = line.find(words)
        {
            lines.push(start + offset..start + offset + words.len());
        }
    }
    lines
}

/// Runs every extractor over one piece of text. `ctx` carries state between the blocks of one
/// article (e.g. the year of the last full date).
pub fn extract_text(text: &str, ctx: &mut ExtractContext) -> Vec<Found> {
    let mut out = Vec::new();
    let cues = cues::Cues::scan(text);
    ctx.cues = Some(cues);
    let kinds = ctx.kinds;
    let names = kinds.contains(FactKind::Person);
    // The name extractors share one split into words; the date patterns' starts come with it
    // where the dates (or the figures, by the same digits) search by them. Without names the
    // dates find their starts alone.
    let (ws, starts) = if names {
        gazetteer::words_and_starts(text, cues.digits || cues.has(cues::Cue::Month))
    } else {
        (Vec::new(), None)
    };
    ctx.starts = starts;
    ctx.block_year = None;
    ctx.sentence_year = None;
    ctx.dated_in_block = false;
    // In this order: documents read the dates found before them, figures the amounts.
    type Extractor = fn(&str, &mut ExtractContext, &mut Vec<Found>);
    let by_kind: [(FactKind, Extractor); 6] = [
        (FactKind::Date, dates::extract),
        (FactKind::Vote, votes::extract),
        (FactKind::Document, documents::extract),
        (FactKind::Money, money::extract),
        (FactKind::Figure, figures::extract),
        (FactKind::Acronym, acronyms::extract),
    ];
    for (kind, extract) in by_kind {
        if kinds.contains(kind) {
            extract(text, ctx, &mut out);
        }
    }
    if names {
        people::extract_words(text, &ws, ctx, &mut out);
        organizations::extract_words(text, &ws, ctx, &mut out);
        places::extract_words(text, &ws, ctx, &mut out);
    }
    if kinds.contains(FactKind::Quote) {
        quotes::extract(text, ctx, &mut out);
    }
    ctx.cues = None;
    ctx.starts = None;
    resolve_names(&mut out);
    // A count inside a date, an amount or a vote is part of that fact, not a figure of its own.
    let claimed: Vec<Range<usize>> = out
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                FactKind::Date | FactKind::Money | FactKind::Vote | FactKind::Document
            )
        })
        .map(|f| f.span.clone())
        .collect();
    out.retain(|f| {
        f.kind != FactKind::Figure
            || !claimed
                .iter()
                .any(|c| c.start < f.span.end && f.span.start < c.end)
    });
    // A dateline gives the article's date and place; its numbers count nothing ("14 July").
    if ctx.dateline_end > 0 {
        let end = ctx.dateline_end;
        out.retain(|f| {
            f.span.end > end || matches!(f.kind, FactKind::Place | FactKind::Organization)
        });
    }
    // An organisation or a place inside a document's name ("Richtlinie (EU) 2022/2555", "United
    // Nations Convention against Cybercrime") is part of that name, as Budapest is of the
    // Budapest Convention; so is a year ("Nationale Cybersicherheitsstrategie 2029", "Online
    // Safety Act 2023"), as the conventions of the gold have it.
    let documents: Vec<Range<usize>> = out
        .iter()
        .filter(|f| f.kind == FactKind::Document)
        .map(|f| f.span.clone())
        .collect();
    if !documents.is_empty() {
        out.retain(|f| {
            // A date that is all of a document's words is a date told as its title.
            let strict = f.kind == FactKind::Date;
            let inside = documents.iter().any(|d| {
                d.start <= f.span.start && f.span.end <= d.end && !(strict && *d == f.span)
            });
            !(inside
                && matches!(
                    f.kind,
                    FactKind::Organization | FactKind::Place | FactKind::Date
                ))
        });
    }
    out
}

/// People, organisations and places may claim the same words ("Universität Hamburg" holds
/// Hamburg, "Jordan" may be a first name): of overlapping ones the longest wins, then person
/// before organisation before place.
fn resolve_names(out: &mut Vec<Found>) {
    let rank = |k: FactKind| match k {
        FactKind::Person => 0,
        FactKind::Organization => 1,
        _ => 2,
    };
    let is_name = |k: FactKind| {
        matches!(
            k,
            FactKind::Person | FactKind::Organization | FactKind::Place
        )
    };
    // Sorted by start, each name meets only the few that begin before it ends.
    let mut names: Vec<(Range<usize>, FactKind)> = out
        .iter()
        .filter(|f| is_name(f.kind))
        .map(|f| (f.span.clone(), f.kind))
        .collect();
    if names.len() < 2 {
        return;
    }
    names.sort_by_key(|(s, _)| s.start);
    let longest = names.iter().map(|(s, _)| s.len()).max().unwrap_or(0);
    out.retain(|f| {
        if !is_name(f.kind) {
            return true;
        }
        // Candidates start within `longest` bytes before this fact's start, up to its end.
        let from = names.partition_point(|(s, _)| s.start + longest <= f.span.start);
        !names[from..]
            .iter()
            .take_while(|(s, _)| s.start < f.span.end)
            .any(|(span, kind)| {
                let overlaps = span.start < f.span.end && f.span.start < span.end;
                let (theirs, mine) = (span.len(), f.span.len());
                overlaps
                    && (*span != f.span || *kind != f.kind)
                    && (theirs > mine || theirs == mine && rank(*kind) < rank(f.kind))
            })
    });
}

/// The byline ("von Oliver Eschke") is metadata, not a block; its name is a person of the
/// article all the same.
fn byline_person(article: &Article, facts: &[Fact]) -> Option<Fact> {
    let author = article.author.as_deref()?.trim();
    let words: Vec<&str> = author.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) || !words.iter().all(|w| gazetteer::name_like(w)) {
        return None;
    }
    let at = article.text.find(author)?;
    let span = at..at + author.len();
    if facts
        .iter()
        .any(|f| f.kind == FactKind::Person && f.span.start < span.end && span.start < f.span.end)
    {
        return None;
    }
    Some(Fact {
        kind: FactKind::Person,
        value: FactValue::Person(people::Person {
            name: author.to_string(),
            role: None,
            affiliation: None,
        }),
        span,
        block: None,
    })
}
