//! Corpus-wide lookup: article titles, section titles, facts and every sentence, ranked by one
//! scoring function that the palette and `briefing search` share.

use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use crate::corpus::Corpus;
use crate::facts::FactKind;

/// What a hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// One searchable thing.
#[derive(Clone, Debug)]
pub struct Entry {
    pub kind: HitKind,
    pub article: usize,
    pub section: Option<usize>,
    /// Where it is in the article's text (for sections and articles: the heading or the start).
    pub span: Range<usize>,
    /// What is shown and matched.
    pub text: String,
    /// Lower-cased, umlauts spelled as base letters: for the cheap pre-filter.
    folded: String,
    /// Letters and digits present, as a bit set, for rejecting entries without a query's letters.
    bag: u64,
}

/// A ranked result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
    /// Matched character positions in the entry's text.
    pub positions: Vec<usize>,
}

/// Everything in a corpus that can be looked up.
#[derive(Default)]
pub struct Index {
    pub entries: Vec<Entry>,
}

fn bag_of(text: &str) -> u64 {
    let mut bag = 0u64;
    for c in text.chars() {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            _ => continue,
        };
        bag |= 1 << bit;
    }
    bag
}

/// Lower case with umlauts as base letters ("Überprüfung" → "uberprufung"), for pre-filtering.
pub fn fold(text: &str) -> String {
    let lower = text.to_lowercase();
    crate::fuzzy::fold(&lower, false, true).0
}

impl Entry {
    fn new(
        kind: HitKind,
        article: usize,
        section: Option<usize>,
        span: Range<usize>,
        text: String,
    ) -> Entry {
        let folded = fold(&text);
        let bag = bag_of(&folded);
        Entry {
            kind,
            article,
            section,
            span,
            text,
            folded,
            bag,
        }
    }
}

impl Index {
    /// Indexes titles, sections, facts and sentences of every article, in corpus order.
    pub fn build(corpus: &Corpus) -> Index {
        let per_article: Vec<Vec<Entry>> = corpus
            .articles
            .par_iter()
            .enumerate()
            .map(|(ai, a)| {
                let mut out = vec![Entry::new(
                    HitKind::Article,
                    ai,
                    None,
                    0..0,
                    a.title.clone(),
                )];
                for (si, s) in a.sections.iter().enumerate() {
                    if s.is_intro {
                        continue;
                    }
                    let span = s
                        .heading
                        .and_then(|h| a.blocks.get(h))
                        .map_or(0..0, |b| b.span.clone());
                    out.push(Entry::new(
                        HitKind::Section,
                        ai,
                        Some(si),
                        span,
                        s.title.clone(),
                    ));
                }
                for (fi, f) in corpus.facts.get(ai).into_iter().flatten().enumerate() {
                    let section = f.block.and_then(|b| a.section_of_block(b));
                    let label = corpus.fact_label(ai, fi);
                    out.push(Entry::new(
                        HitKind::Fact(f.kind),
                        ai,
                        section,
                        f.span.clone(),
                        label,
                    ));
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
                            let shown: String =
                                sentence.split_whitespace().collect::<Vec<_>>().join(" ");
                            out.push(Entry::new(
                                HitKind::Text,
                                ai,
                                Some(b.section),
                                abs..abs + sentence.len(),
                                shown,
                            ));
                        }
                        start = end;
                    }
                }
                out
            })
            .collect();
        Index {
            entries: per_article.into_iter().flatten().collect(),
        }
    }

    /// Ranked hits for a query: every word must match; best first, ties in corpus order.
    /// `stale` is checked while scoring: when it no longer equals `generation`, the search is
    /// abandoned and returns what it has (a newer query has arrived).
    pub fn search(
        &self,
        query: &str,
        kinds: &[HitKind],
        limit: Option<usize>,
        cancel: Option<(&AtomicU64, u64)>,
    ) -> Vec<Hit> {
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return Vec::new();
        }
        let folded_words: Vec<String> = words.iter().map(|w| fold(w)).collect();
        // Words with a translation may match letters they do not have themselves.
        let need: Vec<u64> = folded_words
            .iter()
            .map(|w| {
                if translations(w).is_empty() {
                    bag_of(&spelled_to_base(w))
                } else {
                    0
                }
            })
            .collect();
        let stale = || cancel.is_some_and(|(g, mine)| g.load(Ordering::Relaxed) != mine);
        let mut hits: Vec<Hit> = self
            .entries
            .par_iter()
            .enumerate()
            .with_min_len(2048)
            .filter_map(|(i, e)| {
                if !kinds.is_empty() && !kinds.contains(&e.kind) {
                    return None;
                }
                if need.iter().any(|n| e.bag & n != *n) || stale() {
                    return None;
                }
                score_entry(e, &words, &folded_words).map(|(score, positions)| Hit {
                    entry: i,
                    score,
                    positions,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.entry.cmp(&b.entry)));
        if let Some(n) = limit {
            hits.truncate(n);
        }
        hits
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

/// Whether `word`'s letters occur in order in `text` within a window of about twice its length
/// (the same compactness the scorer demands afterwards).
fn compact_subsequence(text: &str, word: &str, len: usize) -> bool {
    let w: Vec<char> = word.chars().collect();
    let Some(&first) = w.first() else { return true };
    let window = (len * 2).max(len + 4) + 2;
    for (start, _) in text.match_indices(first) {
        let mut k = 1;
        for (n, c) in text[start..].chars().enumerate().skip(1) {
            if n >= window || k == w.len() {
                break;
            }
            if c == w[k] {
                k += 1;
            }
        }
        if k == w.len() {
            return true;
        }
    }
    false
}

/// "ue" typed for "ü" must not demand an "e" in the pre-filter.
fn spelled_to_base(word: &str) -> String {
    word.replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u")
}

/// Scores one entry: each query word fuzzy-matched on its own, plus boosts for the kind, for
/// whole-word and word-start matches.
pub fn score_entry(
    e: &Entry,
    words: &[&str],
    folded_words: &[String],
) -> Option<(i64, Vec<usize>)> {
    let mut total = e.kind.boost();
    let mut positions = Vec::new();
    for (w, fw) in words.iter().zip(folded_words) {
        // Exact (folded) substring: cheap and the best kind of match.
        if let Some(at) = e.folded.find(fw.as_str()) {
            let start_char = e.folded[..at].chars().count();
            let len = fw.chars().count();
            let before = e.folded[..at].chars().next_back();
            let after = e.folded[at + fw.len()..].chars().next();
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
            positions.extend(start_char..start_char + len);
            continue;
        }
        // The other language's word: "sign" finds "Unterzeichnung".
        if let Some((at, len)) = translations(fw)
            .iter()
            .find_map(|t| e.folded.find(t).map(|at| (at, t.chars().count())))
        {
            let start_char = e.folded[..at].chars().count();
            total += 90 + 12 * len as i64;
            positions.extend(start_char..start_char + len);
            continue;
        }
        // Cheap check before the full scorer: the letters in order within a short window.
        if !compact_subsequence(&e.folded, &spelled_to_base(fw), fw.chars().count()) {
            return None;
        }
        let m = crate::fuzzy::score(w, &e.text)?;
        // A typo-tolerant match must stay compact: letters scattered over a sentence are noise.
        let spread = m
            .positions
            .last()
            .zip(m.positions.first())
            .map_or(0, |(l, f)| l - f + 1);
        let len = w.chars().count();
        if spread > (len * 2).max(len + 4) {
            return None;
        }
        total += m.score.min(100);
        positions.extend(m.positions);
    }
    positions.sort_unstable();
    positions.dedup();
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
    fn words_match_independently_and_titles_rank_first() {
        let (_c, idx) = sample();
        let hits = idx.search("hanoi konvention", &[], Some(5), None);
        let top = &idx.entries[hits[0].entry];
        assert!(top.text.contains("Hanoi-Konvention"), "{}", top.text);
        assert_eq!(top.kind, HitKind::Section);
        let hits = idx.search("hanoi sign", &[], None, None);
        assert!(
            hits.iter()
                .any(|h| idx.entries[h.entry].text.contains("Unterzeichnung"))
        );
    }

    #[test]
    fn umlauts_as_typed_or_spelled_out() {
        let (_c, idx) = sample();
        for q in ["überprüfung", "uberprufung", "ueberpruefung"] {
            let hits = idx.search(q, &[HitKind::Section], Some(3), None);
            assert!(
                !hits.is_empty() && idx.entries[hits[0].entry].text.contains("Überprüfung"),
                "{q}"
            );
        }
    }

    #[test]
    fn facts_are_found_by_value() {
        let (_c, idx) = sample();
        let hits = idx.search("164/6/7", &[], Some(3), None);
        assert_eq!(
            idx.entries[hits[0].entry].kind,
            HitKind::Fact(FactKind::Vote)
        );
        let hits = idx.search(
            "A/RES/80/57",
            &[HitKind::Fact(FactKind::Document)],
            None,
            None,
        );
        assert!(!hits.is_empty());
    }

    #[test]
    fn a_newer_query_abandons_the_search() {
        let (_c, idx) = sample();
        let generation = AtomicU64::new(2);
        assert!(
            idx.search("china", &[], None, Some((&generation, 1)))
                .is_empty()
        );
        assert!(
            !idx.search("china", &[], None, Some((&generation, 2)))
                .is_empty()
        );
    }
}
