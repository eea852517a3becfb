//! Corpus-wide lookup: article titles, section titles, facts and every sentence, ranked by one
//! scoring function that the palette and `briefing search` share.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use crate::corpus::Corpus;
use crate::facts::FactKind;

/// What a hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum HitKind {
    Article,
    Section,
    Fact(FactKind),
    Text,
}

impl HitKind {
    pub fn name(self) -> &'static str {
        match self {
            HitKind::Article => "article",
            HitKind::Section => "section",
            HitKind::Fact(k) => k.name(),
            HitKind::Text => "text",
        }
    }

    /// Titles and facts rank above body text.
    fn boost(self) -> i64 {
        match self {
            HitKind::Article => 60,
            HitKind::Section => 50,
            HitKind::Fact(_) => 40,
            HitKind::Text => 0,
        }
    }

    /// Parses a `--kind` name: article, section, text, or a fact kind.
    pub fn from_name(name: &str) -> Option<HitKind> {
        match name {
            "article" => Some(HitKind::Article),
            "section" => Some(HitKind::Section),
            "text" | "sentence" => Some(HitKind::Text),
            other => FactKind::from_name(other).map(HitKind::Fact),
        }
    }
}

/// One searchable thing. Compact (24 bytes): a large corpus has a million of them. Its text is
/// not copied: it is the article's or section's title, the fact's label, or the sentence in the
/// article's text (see [`Index::text`]). Its folded form for matching is made from the article's
/// text during a lookup when that is exact (see [`fast_fold`]); otherwise it is kept, once for
/// all entries with the same folded text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    /// Letters and digits present, as a bit set, for rejecting entries without a query's letters.
    bag: u32,
    /// The article in the low bits, the kind's code (see [`kind_code`]) in the top four: there
    /// is no room for either in another field, and no corpus has 2^28 articles.
    article_kind: u32,
    /// For a fact, its index in its article's facts (its section is that of the fact's block,
    /// looked up when asked for: facts are most of the entries); for others, the section
    /// (`u32::MAX`: none).
    section_or_fact: u32,
    /// Where it is in the article's text (for sections and articles: the heading or the start).
    start: u32,
    end: u32,
    /// The kept folded text (an index into the index's folded texts), or `ON_THE_FLY`: the
    /// folded text is `fast_fold` of the span.
    folded: u32,
}

const ON_THE_FLY: u32 = u32::MAX;

const KIND_SHIFT: u32 = 28;
const ARTICLE_MASK: u32 = (1 << KIND_SHIFT) - 1;

/// Every kind of hit, by its code in an entry.
const KINDS: [HitKind; 14] = [
    HitKind::Article,
    HitKind::Section,
    HitKind::Text,
    HitKind::Fact(FactKind::Date),
    HitKind::Fact(FactKind::Vote),
    HitKind::Fact(FactKind::Document),
    HitKind::Fact(FactKind::Money),
    HitKind::Fact(FactKind::Figure),
    HitKind::Fact(FactKind::Acronym),
    HitKind::Fact(FactKind::Person),
    HitKind::Fact(FactKind::Organization),
    HitKind::Fact(FactKind::Place),
    HitKind::Fact(FactKind::Quote),
    HitKind::Fact(FactKind::Source),
];

fn kind_code(kind: HitKind) -> u32 {
    KINDS.iter().position(|k| *k == kind).unwrap_or(0) as u32
}

impl Entry {
    fn new(
        kind: HitKind,
        (article, section, fact): (usize, Option<usize>, usize),
        span: Range<usize>,
        bag: u32,
        folded: u32,
    ) -> Entry {
        let section_or_fact = match kind {
            HitKind::Fact(_) => to_u32(fact),
            _ => section.map_or(u32::MAX, to_u32),
        };
        Entry {
            bag,
            article_kind: kind_code(kind) << KIND_SHIFT | to_u32(article).min(ARTICLE_MASK),
            section_or_fact,
            start: to_u32(span.start),
            end: to_u32(span.end),
            folded,
        }
    }

    pub fn kind(&self) -> HitKind {
        KINDS
            .get((self.article_kind >> KIND_SHIFT) as usize)
            .copied()
            .unwrap_or(HitKind::Text)
    }

    pub fn article(&self) -> usize {
        (self.article_kind & ARTICLE_MASK) as usize
    }

    /// The section it is in (a section's own), if any; `corpus` is the one the index was built
    /// from.
    pub fn section(&self, corpus: &Corpus) -> Option<usize> {
        match self.kind() {
            HitKind::Fact(_) => {
                let fact = self.fact()?;
                let block = corpus.facts().get(self.article())?.get(fact)?.block?;
                corpus.articles.get(self.article())?.section_of_block(block)
            }
            _ => (self.section_or_fact != u32::MAX).then_some(self.section_or_fact as usize),
        }
    }

    /// The fact's index in its article's facts, for facts.
    fn fact(&self) -> Option<usize> {
        matches!(self.kind(), HitKind::Fact(_)).then_some(self.section_or_fact as usize)
    }

    /// Where it is in the article's text.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A ranked result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
    /// Matched character positions in the entry's text.
    pub positions: Vec<usize>,
}

/// Everything in a corpus that can be looked up. Entries point into the corpus for what they
/// show, so the lookup functions take the corpus the index was built from; the folded texts
/// that cannot be made from the article's text on the fly live in one arena, each distinct one
/// once.
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub struct Index {
    pub entries: Vec<Entry>,
    folded: String,
    /// Where each kept folded text starts in `folded` (and one past the last).
    folded_starts: Vec<u32>,
    /// Where each article's entries start in `entries` (and one past the last).
    article_starts: Vec<u32>,
}

fn bag_of(text: &str) -> u32 {
    let mut bag = 0u32;
    for c in text.chars() {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            // Six bits for ten digits: a digit's bit says one of its group is there.
            '0'..='9' => 26 + (c as u32 - '0' as u32) % 6,
            _ => continue,
        };
        bag |= 1 << bit;
    }
    bag
}

/// Lower case with umlauts spelled out ("Überprüfung" → "ueberpruefung", "ß" → "ss"): what
/// entries and queries are compared in, so "über" and "ueber" find the same words.
pub fn fold(text: &str) -> String {
    fold_with_origin(text).0
}

/// [`fold`], with the character of `text` each folded character came from.
fn fold_with_origin(text: &str) -> (String, Vec<usize>) {
    let lower = text.to_lowercase();
    crate::fuzzy::fold(&lower, true, true)
}

/// A cheap fold of a text into `out`, byte for byte: ASCII letters lower-cased and the German
/// umlauts and ß (two bytes each) spelled out in two letters; everything else is copied. It
/// equals [`fold`] for most sentences; the index keeps the folded form of the others.
fn fast_fold<'b>(text: &str, out: &'b mut Vec<u8>) -> &'b str {
    let bytes = text.as_bytes();
    out.clear();
    out.extend_from_slice(bytes);
    out.make_ascii_lowercase();
    for i in memchr::memchr_iter(0xC3, bytes) {
        let pair = match bytes.get(i + 1) {
            Some(0xA4 | 0x84) => *b"ae",
            Some(0xB6 | 0x96) => *b"oe",
            Some(0xBC | 0x9C) => *b"ue",
            Some(0x9F) => *b"ss",
            _ => continue,
        };
        out[i..i + 2].copy_from_slice(&pair);
    }
    // Only whole two-byte characters were replaced by two ASCII bytes: still UTF-8.
    std::str::from_utf8(out).unwrap_or("")
}

/// Folded byte offset → characters of the entry's text.
fn origin_chars(folded: &str, origin: &[usize], at: usize, len: usize) -> Vec<usize> {
    let start = folded.get(..at).map_or(0, |f| f.chars().count());
    let mut out: Vec<usize> = origin.iter().skip(start).take(len).copied().collect();
    out.dedup();
    out
}

/// A sentence as shown: whitespace runs (line breaks of a wrapped paragraph) made one space.
/// Borrowed when it has none, as most sentences.
fn shown(sentence: &str) -> Cow<'_, str> {
    let mut space = false;
    let clean = sentence.chars().all(|c| {
        let ok = !c.is_whitespace() || (c == ' ' && !space);
        space = c.is_whitespace();
        ok
    });
    if clean {
        Cow::Borrowed(sentence)
    } else {
        Cow::Owned(sentence.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One article's entries, with the folded texts to keep (local indices, merged into the index
/// later).
#[derive(Default)]
struct Part {
    entries: Vec<Entry>,
    /// The folded texts to keep, one after another (one string, not one each: there are as
    /// many as the article has facts).
    kept: String,
    /// Where each of them ends in `kept`.
    kept_ends: Vec<u32>,
    /// A reusable buffer for [`fast_fold`].
    buf: Vec<u8>,
}

impl Part {
    /// `raw`: the entry's text in the article when it is shown as written there.
    fn push(
        &mut self,
        kind: HitKind,
        (article, section, fact): (usize, Option<usize>, usize),
        span: Range<usize>,
        text: &str,
        raw: Option<&str>,
    ) {
        let folded = fold(text);
        let bag = bag_of(&folded);
        let on_the_fly = raw.is_some_and(|r| fast_fold(r, &mut self.buf) == folded);
        let folded = if on_the_fly {
            ON_THE_FLY
        } else {
            self.kept.push_str(&folded);
            self.kept_ends.push(to_u32(self.kept.len()));
            to_u32(self.kept_ends.len() - 1)
        };
        self.entries.push(Entry::new(
            kind,
            (article, section, fact),
            span,
            bag,
            folded,
        ));
    }
}

impl Index {
    /// Indexes titles, sections, facts and sentences of every article, in corpus order.
    pub fn build(corpus: &Corpus) -> Index {
        let mut index = Index {
            folded_starts: vec![0],
            ..Index::default()
        };
        // Each distinct kept text once: labels and titles repeat across a corpus. Known by
        // their hash (a hash shared by unequal texts only keeps the second one again), so the
        // texts are not held twice while indexing.
        let mut seen: std::collections::HashMap<u64, u32> = std::collections::HashMap::new();
        let hasher = std::hash::RandomState::new();
        // In slices of articles, each merged before the next is indexed: the parts of all
        // articles at once, with a string for each fact's folded line, took 90 MB more than
        // the finished index on a corpus of 62 MB (the peak of a first start).
        const SLICE: usize = 256;
        for (n, slice) in corpus.articles.chunks(SLICE).enumerate() {
            let parts: Vec<Part> = slice
                .par_iter()
                .enumerate()
                .map(|(i, a)| Index::part(corpus, n * SLICE + i, a))
                .collect();
            for part in parts {
                index.merge(part, &mut seen, &hasher);
            }
        }
        index.article_starts.push(to_u32(index.entries.len()));
        index.entries.shrink_to_fit();
        index.folded.shrink_to_fit();
        index.folded_starts.shrink_to_fit();
        index.article_starts.shrink_to_fit();
        index
    }

    /// The entries of article `ai`.
    fn part(corpus: &Corpus, ai: usize, a: &crate::corpus::model::Article) -> Part {
        let mut out = Part::default();
        out.push(HitKind::Article, (ai, None, 0), 0..0, &a.title, None);
        for (si, s) in a.sections.iter().enumerate() {
            if s.is_intro {
                continue;
            }
            let span = s
                .heading
                .and_then(|h| a.blocks.get(h as usize))
                .map_or(0..0, |b| b.span.clone());
            out.push(HitKind::Section, (ai, Some(si), 0), span, &s.title, None);
        }
        for (fi, f) in corpus.facts().get(ai).into_iter().flatten().enumerate() {
            let section = f.block.and_then(|b| a.section_of_block(b));
            let label = corpus.fact_label(ai, fi);
            out.push(
                HitKind::Fact(f.kind),
                (ai, section, fi),
                f.span.clone(),
                &label,
                None,
            );
        }
        for b in &a.blocks {
            if b.kind == crate::corpus::model::BlockKind::Heading {
                continue;
            }
            let text = a.block_text(b);
            let mut start = 0;
            let ends: Vec<usize> = crate::corpus::lines::sentence_breaks(text)
                .map(|e| e + 1)
                .chain([text.len()])
                .collect();
            for end in ends {
                let sentence = text.get(start..end).unwrap_or("").trim();
                if !sentence.is_empty() {
                    let lead = text[start..end].len() - text[start..end].trim_start().len();
                    let abs = b.span.start + start + lead;
                    let shown = shown(sentence);
                    let raw = matches!(shown, Cow::Borrowed(_)).then_some(sentence);
                    out.push(
                        HitKind::Text,
                        (ai, Some(b.section), 0),
                        abs..abs + sentence.len(),
                        &shown,
                        raw,
                    );
                }
                start = end;
            }
        }
        out
    }

    /// Appends an article's entries, its kept texts merged into the index's.
    fn merge(
        &mut self,
        part: Part,
        seen: &mut std::collections::HashMap<u64, u32>,
        hasher: &impl std::hash::BuildHasher,
    ) {
        self.article_starts.push(to_u32(self.entries.len()));
        let mut ids = Vec::with_capacity(part.kept_ends.len());
        let mut from = 0;
        for &end in &part.kept_ends {
            let text = part.kept.get(from as usize..end as usize).unwrap_or("");
            from = end;
            let hash = hasher.hash_one(text);
            let id = match seen.get(&hash) {
                Some(&id) if self.kept(id) == text => id,
                found => {
                    self.folded.push_str(text);
                    self.folded_starts.push(to_u32(self.folded.len()));
                    let id = to_u32(self.folded_starts.len() - 2);
                    if found.is_none() {
                        seen.insert(hash, id);
                    }
                    id
                }
            };
            ids.push(id);
        }
        self.entries.extend(part.entries.into_iter().map(|mut e| {
            if e.folded != ON_THE_FLY {
                e.folded = ids.get(e.folded as usize).copied().unwrap_or(ON_THE_FLY);
            }
            e
        }));
    }

    /// Whether the index can be one of a corpus of `articles` articles (as read from a cache).
    pub(crate) fn fits(&self, articles: usize) -> bool {
        let kept = self.folded_starts.len().saturating_sub(1);
        self.folded_starts.first() == Some(&0)
            && self.folded_starts.windows(2).all(|w| w[0] <= w[1])
            && self
                .folded_starts
                .last()
                .is_some_and(|&l| l as usize == self.folded.len())
            && self.article_starts.len() == articles + 1
            && self.article_starts.first() == Some(&0)
            && self.article_starts.windows(2).all(|w| w[0] <= w[1])
            && self
                .article_starts
                .last()
                .is_some_and(|&l| l as usize == self.entries.len())
            && self.entries.iter().all(|e| {
                e.article() < articles
                    && ((e.article_kind >> KIND_SHIFT) as usize) < KINDS.len()
                    && e.start <= e.end
                    && (e.folded == ON_THE_FLY || (e.folded as usize) < kept)
            })
    }

    /// What an entry shows: the title, the fact's line, or the sentence ("" when the corpus is
    /// not the one the index was built from and the entry is not in it).
    pub fn text<'c>(&self, corpus: &'c Corpus, e: &Entry) -> Cow<'c, str> {
        let Some(a) = corpus.articles.get(e.article()) else {
            return Cow::Borrowed("");
        };
        match e.kind() {
            HitKind::Article => Cow::Borrowed(&a.title),
            HitKind::Section => Cow::Borrowed(
                e.section(corpus)
                    .and_then(|s| a.sections.get(s))
                    .map_or("", |s| s.title.as_str()),
            ),
            HitKind::Fact(_) => Cow::Owned(corpus.fact_label(e.article(), e.fact().unwrap_or(0))),
            HitKind::Text => shown(a.text.get(e.span()).unwrap_or("")),
        }
    }

    /// A kept folded text.
    fn kept(&self, id: u32) -> &str {
        let i = id as usize;
        match (self.folded_starts.get(i), self.folded_starts.get(i + 1)) {
            (Some(&from), Some(&to)) => self.folded.get(from as usize..to as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// An entry's folded text: kept, or made from the article's text in `buf`.
    fn folded_of<'a>(&'a self, corpus: &'a Corpus, e: &Entry, buf: &'a mut Vec<u8>) -> &'a str {
        if e.folded == ON_THE_FLY {
            let raw = corpus
                .articles
                .get(e.article())
                .and_then(|a| a.text.get(e.span()))
                .unwrap_or("");
            return fast_fold(raw, buf);
        }
        self.kept(e.folded)
    }

    /// Ranked hits for a query: every word must match; best first, ties in corpus order.
    /// `stale` is checked while scoring: when it no longer equals `generation`, the search is
    /// abandoned and returns what it has (a newer query has arrived). `corpus` is the one the
    /// index was built from (for the matched positions in the shown texts).
    pub fn search(
        &self,
        corpus: &Corpus,
        query: &str,
        kinds: &[HitKind],
        limit: Option<usize>,
        cancel: Option<(&AtomicU64, u64)>,
    ) -> Vec<Hit> {
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return Vec::new();
        }
        let prepared: Vec<QueryWord> = words.iter().map(|w| QueryWord::new(w)).collect();
        // Words with a translation may match letters they do not have themselves.
        let need: Vec<u32> = prepared
            .iter()
            .map(|w| {
                if w.translations.is_empty() {
                    bag_of(&w.folded)
                } else {
                    0
                }
            })
            .collect();
        let stale = || cancel.is_some_and(|(g, mine)| g.load(Ordering::Relaxed) != mine);
        // Scores first, without match positions: a short query matches most of the corpus,
        // and only the hits that will be shown need their positions.
        if limit == Some(0) {
            return Vec::new();
        }
        // The most each word can add to a score, and the most an entry of a kind can reach:
        // once `limit` hits are at hand, entries that cannot beat the last of them are not
        // scored, and a typo match is not looked for where it could not lift an entry that
        // far (the hits are the same; a broad query finishes sooner).
        let most: Vec<i64> = prepared.iter().map(QueryWord::most).collect();
        let rest: Vec<i64> = (0..=most.len()).map(|i| most[i..].iter().sum()).collect();
        // Titles, sections and facts first, then the sentences: with a limit, the hits of the
        // first pass set a floor that most sentences of a broad query cannot reach, so they
        // are neither folded nor scored (the hits are the same). An entry's folded text is made
        // from the article's text when needed (in a buffer of the thread), entry by entry.
        let pass = |sentences: bool, preset: Option<i64>| {
            (0..self.article_starts.len().saturating_sub(1))
                .into_par_iter()
                .with_min_len(8)
                .fold(
                    || Best::with_floor(limit, preset),
                    |mut best, ai| {
                        let (Some(&from), Some(&to)) =
                            (self.article_starts.get(ai), self.article_starts.get(ai + 1))
                        else {
                            return best;
                        };
                        let (from, to) = (from as usize, to as usize);
                        if stale() {
                            return best;
                        }
                        let floor = best.floor();
                        let mut candidates = std::mem::take(&mut best.candidates);
                        candidates.clear();
                        candidates.extend((from..to).filter(|&i| {
                            self.entries.get(i).is_some_and(|e| {
                                let kind = e.kind();
                                (kind == HitKind::Text) == sentences
                                    && (kinds.is_empty() || kinds.contains(&kind))
                                    && need.iter().all(|n| e.bag & n == *n)
                                    && floor.is_none_or(|f| kind.boost() + rest[0] >= f)
                            })
                        }));
                        let text = corpus.articles.get(ai).map_or("", |a| a.text.as_str());
                        let mut buf = std::mem::take(&mut best.buf);
                        for &i in candidates.iter() {
                            let e = &self.entries[i];
                            let floor = best.floor();
                            if floor.is_some_and(|f| e.kind().boost() + rest[0] < f) {
                                continue;
                            }
                            let folded = if e.folded == ON_THE_FLY {
                                fast_fold(text.get(e.span()).unwrap_or(""), &mut buf)
                            } else {
                                self.kept(e.folded)
                            };
                            let floor = floor.map(|f| (f, rest.as_slice()));
                            if let Some((score, _)) = score_entry(e, None, folded, &prepared, floor)
                            {
                                best.add(score, i);
                            }
                        }
                        best.candidates = candidates;
                        best.buf = buf;
                        best
                    },
                )
                .reduce(|| Best::new(limit), Best::merge)
        };
        let first = pass(false, None);
        let second = pass(true, first.floor());
        let best = first.merge(second);
        let order = |a: &(i64, usize), b: &(i64, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        let mut scored = best.into_vec();
        scored.par_sort_unstable_by(order);
        scored
            .into_par_iter()
            .map_init(Vec::new, |buf, (score, entry)| Hit {
                entry,
                score,
                positions: {
                    let e = &self.entries[entry];
                    let text = self.text(corpus, e);
                    score_entry(
                        e,
                        Some(&text),
                        self.folded_of(corpus, e, buf),
                        &prepared,
                        None,
                    )
                }
                .map(|(_, p)| p)
                .unwrap_or_default(),
            })
            .collect()
    }
}

/// The hits of a lookup so far: all of them, or the best `limit` (the worst of them on top of a
/// heap); with scratch space for scoring an article.
struct Best {
    limit: Option<usize>,
    /// The floor set by an earlier pass.
    preset: Option<i64>,
    all: Vec<(i64, usize)>,
    /// Worst first: the lowest score, of equal ones the latest entry.
    heap: std::collections::BinaryHeap<(std::cmp::Reverse<i64>, usize)>,
    candidates: Vec<usize>,
    buf: Vec<u8>,
}

impl Best {
    fn new(limit: Option<usize>) -> Best {
        Best::with_floor(limit, None)
    }

    /// A start that already knows the score hits must reach (from an earlier pass).
    fn with_floor(limit: Option<usize>, preset: Option<i64>) -> Best {
        Best {
            preset,
            limit,
            all: Vec::new(),
            heap: std::collections::BinaryHeap::new(),
            candidates: Vec::new(),
            buf: Vec::new(),
        }
    }

    /// The score an entry must reach to be among the hits, once there are `limit` of them
    /// (here or in an earlier pass).
    fn floor(&self) -> Option<i64> {
        let n = self.limit?;
        let own = if self.heap.len() < n {
            None
        } else {
            self.heap.peek().map(|(std::cmp::Reverse(s), _)| *s)
        };
        own.max(self.preset)
    }

    fn add(&mut self, score: i64, entry: usize) {
        let Some(n) = self.limit else {
            self.all.push((score, entry));
            return;
        };
        let item = (std::cmp::Reverse(score), entry);
        if self.heap.len() < n {
            self.heap.push(item);
        } else if self.heap.peek().is_some_and(|worst| item < *worst) {
            self.heap.pop();
            self.heap.push(item);
        }
    }

    fn merge(mut self, other: Best) -> Best {
        self.all.extend(other.all);
        for (std::cmp::Reverse(score), entry) in other.heap {
            self.add(score, entry);
        }
        self
    }

    fn into_vec(self) -> Vec<(i64, usize)> {
        let mut out = self.all;
        out.extend(
            self.heap
                .into_iter()
                .map(|(std::cmp::Reverse(s), e)| (s, e)),
        );
        out
    }
}

/// Policy words in the other language (folded stems), so English queries find German text and
/// the other way round.
fn translations(word: &str) -> &'static [&'static str] {
    const PAIRS: &[(&str, &[&str])] = &[
        ("sign", &["unterzeichn", "unterschrieb", "unterschrift"]),
        ("unterzeichn", &["sign"]),
        ("vote", &["abstimm", "stimmen", "stimmt"]),
        ("abstimm", &["vote"]),
        ("treaty", &["vertrag"]),
        ("vertrag", &["treaty"]),
        ("convention", &["konvention", "ubereinkommen"]),
        ("konvention", &["convention"]),
        ("declaration", &["erklarung"]),
        ("erklarung", &["declaration"]),
        ("summit", &["gipfel"]),
        ("gipfel", &["summit"]),
        ("agreement", &["abkommen", "einigung"]),
        ("abkommen", &["agreement"]),
        ("law", &["gesetz"]),
        ("gesetz", &["law", "act"]),
        ("strategy", &["strategie"]),
        ("weapons", &["waffen"]),
        ("weapon", &["waffe"]),
        ("waffen", &["weapon"]),
        ("autonomous", &["autonom"]),
        ("cybercrime", &["cyberkriminal"]),
        ("security", &["sicherheit"]),
        ("sicherheit", &["security"]),
        ("review", &["uberprufung"]),
        ("uberprufung", &["review"]),
        ("funding", &["finanzierung"]),
        ("finanzierung", &["funding", "financing"]),
        ("human rights", &["menschenrecht"]),
        ("rights", &["rechte"]),
        (
            "general assembly",
            &["vollversammlung", "generalversammlung"],
        ),
        ("assembly", &["vollversammlung", "generalversammlung"]),
        ("resolution", &["resolution"]),
        ("adopted", &["verabschiedet", "angenommen"]),
        ("verabschiedet", &["adopted"]),
        ("ban", &["verbot"]),
        ("verbot", &["ban"]),
        ("china", &["chines", "peking", "beijing"]),
        ("germany", &["deutschland"]),
        ("deutschland", &["germany"]),
    ];
    PAIRS
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(&[], |(_, t)| t)
}

/// The tightest place where `word`'s bytes occur in order in `text` within a window of about
/// twice its length: (start, span in bytes).
fn compact_match(text: &[u8], word: &[u8], len: usize) -> Option<(usize, usize)> {
    let (&first, rest) = word.split_first()?;
    if rest.is_empty() {
        return memchr::memchr(first, text).map(|at| (at, 1));
    }
    let window = (len * 2).max(len + 4);
    let mut best: Option<(usize, usize)> = None;
    for start in memchr::memchr_iter(first, text) {
        let mut k = 0;
        for (n, &b) in text.iter().enumerate().skip(start + 1).take(window - 1) {
            if b == rest[k] {
                k += 1;
                if k == rest.len() {
                    let span = n - start + 1;
                    if best.is_none_or(|(_, s)| span < s) {
                        best = Some((start, span));
                    }
                    break;
                }
            }
        }
        if best.is_some_and(|(_, s)| s <= len + 1) {
            break;
        }
    }
    best
}

/// A query word, prepared once per lookup: its folded and base forms and fast finders for
/// them and for its translations.
pub struct QueryWord {
    folded: String,
    finder: memchr::memmem::Finder<'static>,
    translations: Vec<(memchr::memmem::Finder<'static>, usize)>,
    len: usize,
}

impl QueryWord {
    pub fn new(raw: &str) -> QueryWord {
        let folded = fold(raw);
        // Translations are keyed by base letters ("uberprufung").
        let key = folded
            .replace("ae", "a")
            .replace("oe", "o")
            .replace("ue", "u");
        QueryWord {
            finder: memchr::memmem::Finder::new(folded.as_bytes()).into_owned(),
            translations: translations(&key)
                .iter()
                .map(|t| {
                    (
                        memchr::memmem::Finder::new(t.as_bytes()).into_owned(),
                        t.chars().count(),
                    )
                })
                .collect(),
            len: folded.chars().count(),
            folded,
        }
    }

    /// The most this word can add to an entry's score (see [`score_entry`]).
    fn most(&self) -> i64 {
        let len = self.len as i64;
        let exact = 100 + 16 * len + 30 + 30;
        let translated = self
            .translations
            .iter()
            .map(|(_, n)| 90 + 12 * *n as i64)
            .max()
            .unwrap_or(0);
        let typo = 60 + 8 * len;
        exact.max(translated).max(typo)
    }
}

/// Scores one entry: each query word matched on its own (as written, in the other language,
/// with umlauts spelled out, or forgiving a typo), plus boosts for the kind, for whole-word
/// and word-start matches. With the entry's `text`, also finds the matched character positions
/// in it.
fn score_entry(
    e: &Entry,
    text: Option<&str>,
    folded_text: &str,
    words: &[QueryWord],
    floor: Option<(i64, &[i64])>,
) -> Option<(i64, Vec<usize>)> {
    let with_positions = text.is_some();
    let mut total = e.kind().boost();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let folded = folded_text.as_bytes();
    for (k, w) in words.iter().enumerate() {
        let len = w.len;
        // Exact (folded) substring: cheap and the best kind of match.
        if let Some(at) = w.finder.find(folded) {
            let before = folded_text[..at].chars().next_back();
            let after = folded_text[at + w.folded.len()..].chars().next();
            let word_start = before.is_none_or(|c| !c.is_alphanumeric());
            let word_end = after.is_none_or(|c| !c.is_alphanumeric());
            let mut s = 100 + 16 * len as i64;
            if word_start {
                s += 30;
            }
            if word_start && word_end {
                s += 30;
            }
            total += s;
            found.push((at, len));
            continue;
        }
        // The other language's word: "sign" finds "Unterzeichnung".
        if let Some((at, n)) = w
            .translations
            .iter()
            .find_map(|(f, n)| f.find(folded).map(|at| (at, *n)))
        {
            total += 90 + 12 * n as i64;
            found.push((at, n));
            continue;
        }
        // Typos are forgiven in words of four letters or more: the letters in order within a
        // short window ("kovention" finds "Konvention"). Shorter words must be typed as
        // written: a scattered two-letter match is noise.
        if len < 4 {
            return None;
        }
        // Not worth looking for when even the best typo match (and the best for the words
        // after this one) would leave the entry below `floor`: it would not be shown.
        if let Some((floor, rest)) = floor
            && total + 60 + 8 * len as i64 + rest.get(k + 1).copied().unwrap_or(0) < floor
        {
            return None;
        }
        let (at, span) = compact_match(folded, w.folded.as_bytes(), len)?;
        total += (60 + 8 * len as i64 - 6 * span.saturating_sub(len) as i64).max(10);
        if with_positions {
            // The matched letters, one by one.
            let wanted = w.folded.as_bytes();
            let mut k = 0;
            for (i, &b) in folded.iter().enumerate().skip(at).take(span) {
                if k < wanted.len() && b == wanted[k] {
                    found.push((i, 1));
                    k += 1;
                }
            }
        }
    }
    let mut positions = Vec::new();
    if let Some(text) = text {
        let (_, origin) = fold_with_origin(text);
        for (at, len) in found {
            positions.extend(origin_chars(folded_text, &origin, at, len));
        }
        positions.sort_unstable();
        positions.dedup();
    }
    Some((total, positions))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{BuildOptions, LoadOptions};

    fn sample() -> (Corpus, Index) {
        let c = Corpus::open(&[], &LoadOptions::default(), &BuildOptions::default()).unwrap();
        let i = Index::build(&c);
        (c, i)
    }

    #[test]
    fn an_entry_gives_back_its_kind_article_span_and_section_or_fact() {
        let (c, _) = sample();
        for kind in KINDS {
            let e = Entry::new(kind, (123_456, Some(7), 42), 10..2_000_000, 0xABCD, 9);
            assert_eq!(e.kind(), kind);
            assert_eq!(e.article(), 123_456);
            assert_eq!(e.span(), 10..2_000_000);
            assert_eq!((e.bag, e.folded), (0xABCD, 9));
            match kind {
                HitKind::Fact(_) => assert_eq!(e.fact(), Some(42)),
                _ => {
                    assert_eq!(e.fact(), None);
                    assert_eq!(e.section(&c), Some(7));
                }
            }
        }
        let none = Entry::new(HitKind::Article, (0, None, 0), 0..0, 0, ON_THE_FLY);
        assert_eq!(none.section(&c), None);
        // A fact's section is that of its block, as the index was built with.
        let idx = Index::build(&c);
        let facts = idx.entries.iter().filter(|e| e.fact().is_some());
        let mut n = 0;
        for e in facts {
            let a = &c.articles[e.article()];
            let f = c
                .facts()
                .get(e.article())
                .unwrap()
                .get(e.fact().unwrap())
                .unwrap();
            assert_eq!(e.section(&c), f.block.and_then(|b| a.section_of_block(b)));
            assert_eq!(e.span(), f.span);
            n += 1;
        }
        assert!(n > 100);
    }

    #[test]
    fn a_limit_gives_the_first_hits_of_the_whole_ranking() {
        // With a limit, titles and facts are scored first and set a floor for the sentences:
        // what that skips must never change the hits.
        let (c, idx) = sample();
        for query in [
            "h",
            "e",
            "un",
            "hanoi",
            "kovention",
            "2025",
            "a/res",
            "sign",
        ] {
            let all = idx.search(&c, query, &[], None, None);
            for limit in [1, 5, 40] {
                let some = idx.search(&c, query, &[], Some(limit), None);
                let first: Vec<(usize, i64)> =
                    all.iter().take(limit).map(|h| (h.entry, h.score)).collect();
                let got: Vec<(usize, i64)> = some.iter().map(|h| (h.entry, h.score)).collect();
                assert_eq!(got, first, "{query:?} limit {limit}");
            }
        }
    }

    #[test]
    fn words_match_independently_and_titles_rank_first() {
        let (c, idx) = sample();
        let hits = idx.search(&c, "hanoi konvention", &[], Some(5), None);
        let top = &idx.entries[hits[0].entry];
        assert!(
            idx.text(&c, top).contains("Hanoi-Konvention"),
            "{}",
            idx.text(&c, top)
        );
        assert_eq!(top.kind(), HitKind::Section);
        let hits = idx.search(&c, "hanoi sign", &[], None, None);
        assert!(hits.iter().any(|h| {
            idx.text(&c, &idx.entries[h.entry])
                .contains("Unterzeichnung")
        }));
    }

    #[test]
    fn umlauts_as_typed_or_spelled_out() {
        let (c, idx) = sample();
        for q in ["überprüfung", "uberprufung", "ueberpruefung"] {
            let hits = idx.search(&c, q, &[HitKind::Section], Some(3), None);
            assert!(
                !hits.is_empty()
                    && idx
                        .text(&c, &idx.entries[hits[0].entry])
                        .contains("Überprüfung"),
                "{q}"
            );
        }
    }

    #[test]
    fn facts_are_found_by_value() {
        let (c, idx) = sample();
        let hits = idx.search(&c, "164/6/7", &[], Some(3), None);
        assert_eq!(
            idx.entries[hits[0].entry].kind(),
            HitKind::Fact(FactKind::Vote)
        );
        let hits = idx.search(
            &c,
            "A/RES/80/57",
            &[HitKind::Fact(FactKind::Document)],
            None,
            None,
        );
        assert!(!hits.is_empty());
    }

    #[test]
    fn a_newer_query_abandons_the_search() {
        let (c, idx) = sample();
        let generation = AtomicU64::new(2);
        assert!(
            idx.search(&c, "china", &[], None, Some((&generation, 1)))
                .is_empty()
        );
        assert!(
            !idx.search(&c, "china", &[], None, Some((&generation, 2)))
                .is_empty()
        );
    }

    #[test]
    fn sentences_are_shown_on_one_line_from_the_article_text() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.txt"),
            "Ein Titel\n\nEin Absatz vorweg, damit der nächste keine Überschrift ist.\n\n\
             Der erste Satz dieses Absatzes steht, wie man sieht, über  zwei\tLeerräumen, \
             und er endet hier. Der  zweite Satz nicht.\n",
        )
        .unwrap();
        let c = Corpus::open(
            &[dir.path().to_path_buf()],
            &LoadOptions::default(),
            &BuildOptions::default(),
        )
        .unwrap();
        let idx = Index::build(&c);
        let texts: Vec<String> = idx
            .entries
            .iter()
            .filter(|e| e.kind() == HitKind::Text)
            .map(|e| idx.text(&c, e).into_owned())
            .collect();
        assert_eq!(
            texts,
            [
                "Ein Absatz vorweg, damit der nächste keine Überschrift ist.",
                "Der erste Satz dieses Absatzes steht, wie man sieht, über zwei Leerräumen, und \
                 er endet hier.",
                "Der zweite Satz nicht."
            ]
        );
        // The span is the sentence as written; the positions are in the text as shown.
        let hits = idx.search(&c, "ueber zwei", &[HitKind::Text], None, None);
        let e = &idx.entries[hits[0].entry];
        let raw = &c.articles[0].text[e.span()];
        assert_ne!(raw, idx.text(&c, e));
        assert_eq!(
            raw.split_whitespace().collect::<Vec<_>>().join(" "),
            idx.text(&c, e)
        );
        let shown: Vec<char> = idx.text(&c, e).chars().collect();
        let matched: String = hits[0].positions.iter().map(|&p| shown[p]).collect();
        assert_eq!(matched, "überzwei");
    }

    #[test]
    fn a_corpus_from_the_cache_is_indexed_and_found_as_when_parsed() {
        let dir = tempfile::tempdir().unwrap();
        let (docs, cache) = (dir.path().join("docs"), dir.path().join("cache"));
        std::fs::create_dir(&docs).unwrap();
        for (name, bytes) in crate::corpus::load::SEEDS {
            std::fs::write(docs.join(name.trim_start_matches("seeds/")), bytes).unwrap();
        }
        let paths = [docs];
        let load = LoadOptions {
            cache: Some(cache),
            ..LoadOptions::default()
        };
        let cold = Corpus::open(&paths, &load, &BuildOptions::default()).unwrap();
        assert!(cold.articles.iter().all(|a| !a.from_cache));
        cold.write_cache(&paths, &load);
        let warm = Corpus::open(&paths, &load, &BuildOptions::default()).unwrap();
        assert!(warm.articles.iter().all(|a| a.from_cache));
        assert_eq!(cold.facts(), warm.facts());
        let (ci, wi) = (Index::build(&cold), Index::build(&warm));
        assert_eq!(ci.entries.len(), wi.entries.len());
        for (a, b) in ci.entries.iter().zip(&wi.entries) {
            assert_eq!(ci.text(&cold, a), wi.text(&warm, b));
            assert_eq!(
                (a.kind(), a.span(), a.section(&cold)),
                (b.kind(), b.span(), b.section(&warm))
            );
        }
        for q in ["hanoi sign", "überprüfung", "164/6/7", "china", "a/res/80"] {
            let (x, y) = (
                ci.search(&cold, q, &[], Some(50), None),
                wi.search(&warm, q, &[], Some(50), None),
            );
            assert!(!x.is_empty(), "{q}");
            assert_eq!(x, y, "{q}");
        }
    }
}
