//! The corpus's facts in a compact form: one 16-byte record per fact (span, block and kind as
//! `u32`s) and each distinct value stored once. A large corpus names the same people, places,
//! organisations and dates over and over; as `Vec<Fact>` its facts took more memory than its
//! text. The extractors' output ([`Fact`]) is converted after extraction. Sources are not
//! stored at all: each footnote's is a value of its own (its link), and the article has it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use super::{Fact, FactKind, FactValue, sources};
use crate::corpus::model::Article;

/// One fact: where it is and which value it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Rec {
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// The kind in the top 4 bits, the block below (`NO_BLOCK`: none).
    pub(crate) kind_block: u32,
    /// Index into the store's values; with `FROM_ARTICLE` set, the number of the article's
    /// source (see [`sources::nth`]) whose value it is.
    pub(crate) value: u32,
}

const NO_BLOCK: u32 = 0x0FFF_FFFF;

const FROM_ARTICLE: u32 = 1 << 31;

fn kind_index(kind: FactKind) -> u32 {
    FactKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u32
}

/// A fact of the store, as the extractors made it (the value is shared, or made again from
/// the article for sources).
#[derive(Clone, Debug, PartialEq)]
pub struct FactRef<'a> {
    pub kind: FactKind,
    pub value: Cow<'a, FactValue>,
    /// Byte range of the fact's words in the article's text.
    pub span: Range<usize>,
    /// Index of the block it was found in (`None` for the header and footnotes).
    pub block: Option<usize>,
}

impl Fact {
    /// The fact as the store hands it out.
    pub fn view(&self) -> FactRef<'_> {
        FactRef {
            kind: self.kind,
            value: Cow::Borrowed(&self.value),
            span: self.span.clone(),
            block: self.block,
        }
    }
}

impl FactRef<'_> {
    /// An owned copy.
    pub fn to_fact(&self) -> Fact {
        Fact {
            kind: self.kind,
            value: self.value.clone().into_owned(),
            span: self.span.clone(),
            block: self.block,
        }
    }
}

/// Every article's facts, in article order and within an article in text order.
#[derive(Debug, Default)]
pub struct FactStore {
    pub(crate) recs: Vec<Rec>,
    /// Where each article's records start in `recs`; one more than there are articles.
    pub(crate) starts: Vec<u32>,
    /// Distinct values.
    pub(crate) values: Vec<FactValue>,
}

/// Builds a [`FactStore`] article by article, storing each distinct value once.
#[derive(Default)]
pub struct FactStoreBuilder {
    store: FactStore,
    /// Hash of a value → its index (a hash shared by unequal values only stores the second
    /// one again).
    seen: HashMap<u64, u32>,
}

impl FactStoreBuilder {
    /// Adds the next article's facts; `article` is the one they were found in.
    pub fn push(&mut self, facts: Vec<Fact>, article: &Article) {
        if self.store.starts.is_empty() {
            self.store.starts.push(0);
        }
        let sources = SourceNumbers::of(article);
        for f in facts {
            let value = (f.kind == FactKind::Source)
                .then(|| sources.number(article, &f))
                .flatten();
            if let Some(number) = value {
                self.push_rec(&f, FROM_ARTICLE | number);
                continue;
            }
            let hash = hash_value(&f.value);
            let value = match self.seen.get(&hash) {
                Some(&i) if self.store.values.get(i as usize) == Some(&f.value) => i,
                found => {
                    let i = self.store.values.len() as u32;
                    if found.is_none() {
                        self.seen.insert(hash, i);
                    }
                    // A copy made here: the extractors' strings lie among their freed
                    // scratch memory on other threads, and would keep its pages.
                    self.store.values.push(f.value.clone());
                    i
                }
            };
            self.push_rec(&f, value);
        }
        self.store.starts.push(self.store.recs.len() as u32);
    }

    fn push_rec(&mut self, f: &Fact, value: u32) {
        let block = f.block.map_or(NO_BLOCK, |b| {
            u32::try_from(b).unwrap_or(NO_BLOCK).min(NO_BLOCK)
        });
        self.store.recs.push(Rec {
            start: u32::try_from(f.span.start).unwrap_or(u32::MAX),
            end: u32::try_from(f.span.end).unwrap_or(u32::MAX),
            kind_block: kind_index(f.kind) << 28 | block,
            value,
        });
    }

    pub fn finish(mut self) -> FactStore {
        if self.store.starts.is_empty() {
            self.store.starts.push(0);
        }
        self.store.recs.shrink_to_fit();
        self.store.values.shrink_to_fit();
        self.store.starts.shrink_to_fit();
        self.store
    }
}

impl FactStore {
    /// An empty store (no articles).
    pub const fn empty() -> FactStore {
        FactStore {
            recs: Vec::new(),
            starts: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Builds a store from each article's facts.
    pub fn from_facts<'a>(facts: impl IntoIterator<Item = (Vec<Fact>, &'a Article)>) -> FactStore {
        let mut b = FactStoreBuilder::default();
        for (f, article) in facts {
            b.push(f, article);
        }
        b.finish()
    }

    /// A store from its parts (as cached); `None` unless they fit together.
    pub(crate) fn from_parts(
        recs: Vec<Rec>,
        starts: Vec<u32>,
        values: Vec<FactValue>,
    ) -> Option<FactStore> {
        let ordered = starts.first() == Some(&0)
            && starts.windows(2).all(|w| w[0] <= w[1])
            && starts.last().is_some_and(|&l| l as usize == recs.len());
        let valid = recs.iter().all(|r| {
            (r.value & FROM_ARTICLE != 0 || (r.value as usize) < values.len())
                && ((r.kind_block >> 28) as usize) < FactKind::ALL.len()
                && r.start <= r.end
        });
        (ordered && valid).then_some(FactStore {
            recs,
            starts,
            values,
        })
    }

    /// How many articles it holds facts for.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many facts there are in all.
    pub fn total(&self) -> usize {
        self.recs.len()
    }

    /// How many distinct values it keeps (sources are made from their articles, not kept).
    pub fn distinct_values(&self) -> usize {
        self.values.len()
    }

    /// The facts of an article; `article` is the one they were found in.
    pub fn get<'a>(&'a self, index: usize, article: &'a Article) -> Option<ArticleFacts<'a>> {
        let (&from, &to) = (self.starts.get(index)?, self.starts.get(index + 1)?);
        Some(ArticleFacts {
            store: self,
            article: Some(article),
            recs: self.recs.get(from as usize..to as usize)?,
        })
    }

    /// The facts of these articles (those they were found in, in order).
    pub fn of<'a>(&'a self, articles: &'a [Article]) -> Facts<'a> {
        Facts {
            store: self,
            articles,
        }
    }

    fn make<'a>(&'a self, r: &Rec, article: Option<&'a Article>) -> Option<FactRef<'a>> {
        let block = r.kind_block & NO_BLOCK;
        let value = match r.value {
            v if v & FROM_ARTICLE != 0 => Cow::Owned(FactValue::Source(sources::nth(
                article?,
                (v & !FROM_ARTICLE) as usize,
            )?)),
            v => Cow::Borrowed(self.values.get(v as usize)?),
        };
        Some(FactRef {
            kind: *FactKind::ALL.get((r.kind_block >> 28) as usize)?,
            value,
            span: r.start as usize..r.end as usize,
            block: (block != NO_BLOCK).then_some(block as usize),
        })
    }
}

/// Where each source of an article is, for finding a source fact's number (see
/// [`sources::nth`]).
struct SourceNumbers(HashMap<(usize, usize), u32>);

impl SourceNumbers {
    fn of(article: &Article) -> SourceNumbers {
        let spans = (article.footnotes.iter().map(|f| &f.span))
            .chain(article.dangling_refs.iter().map(|r| &r.span));
        let mut numbers = HashMap::new();
        for (i, span) in spans.enumerate() {
            // A span given twice keeps its first number; the value check below tells.
            numbers
                .entry((span.start, span.end))
                .or_insert(u32::try_from(i).unwrap_or(u32::MAX));
        }
        SourceNumbers(numbers)
    }

    /// The number of the article's source that gives exactly this fact's value, if any.
    fn number(&self, article: &Article, f: &Fact) -> Option<u32> {
        let &n = self.0.get(&(f.span.start, f.span.end))?;
        if n >= FROM_ARTICLE {
            return None;
        }
        let rebuilt = sources::nth(article, n as usize)?;
        matches!(&f.value, FactValue::Source(s) if *s == rebuilt).then_some(n)
    }
}

/// Every article's facts, with the articles they were found in.
#[derive(Clone, Copy)]
pub struct Facts<'a> {
    store: &'a FactStore,
    articles: &'a [Article],
}

impl<'a> Facts<'a> {
    /// How many articles it holds facts for.
    pub fn len(&self) -> usize {
        self.store.len()
    }

    pub fn is_empty(&self) -> bool {
        self.store.is_empty()
    }

    /// How many facts there are in all.
    pub fn total(&self) -> usize {
        self.store.total()
    }

    /// How many distinct values there are.
    pub fn distinct_values(&self) -> usize {
        self.store.distinct_values()
    }

    /// The facts of an article.
    pub fn get(&self, article: usize) -> Option<ArticleFacts<'a>> {
        self.store.get(article, self.articles.get(article)?)
    }

    /// Every article's facts, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = ArticleFacts<'a>> + 'a {
        let this = *self;
        (0..self.len()).map(move |i| this.get(i).unwrap_or(ArticleFacts::EMPTY))
    }
}

impl std::fmt::Debug for Facts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Facts<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

/// One article's facts.
#[derive(Clone, Copy)]
pub struct ArticleFacts<'a> {
    store: &'a FactStore,
    /// The article they were found in (`None` for no facts).
    article: Option<&'a Article>,
    recs: &'a [Rec],
}

impl<'a> ArticleFacts<'a> {
    /// No facts.
    const EMPTY: ArticleFacts<'static> = ArticleFacts {
        store: &FactStore::empty(),
        article: None,
        recs: &[],
    };

    pub fn len(&self) -> usize {
        self.recs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<FactRef<'a>> {
        self.store.make(self.recs.get(i)?, self.article)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = FactRef<'a>> + 'a {
        let (store, article) = (self.store, self.article);
        self.recs.iter().filter_map(move |r| store.make(r, article))
    }

    /// Owned copies of the facts.
    pub fn to_vec(&self) -> Vec<Fact> {
        self.iter().map(|f| f.to_fact()).collect()
    }
}

impl<'a> IntoIterator for ArticleFacts<'a> {
    type Item = FactRef<'a>;
    type IntoIter = Box<dyn DoubleEndedIterator<Item = FactRef<'a>> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl std::fmt::Debug for ArticleFacts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for ArticleFacts<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

/// A hash of a value's contents (numbers by their bits).
fn hash_value(v: &FactValue) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::mem::discriminant(v).hash(&mut h);
    match v {
        FactValue::Date(d) => (&d.iso, d.modifier, d.relative).hash(&mut h),
        FactValue::Money(m) => (m.amount.to_bits(), &m.currency, m.qualifier).hash(&mut h),
        FactValue::Figure(f) => (f.number.to_bits(), &f.unit, f.qualifier).hash(&mut h),
        FactValue::Vote(x) => (x.yes, x.no, x.abstain, x.unanimous).hash(&mut h),
        FactValue::Document(d) => (&d.id, d.kind).hash(&mut h),
        FactValue::Source(s) => (&s.label, &s.url).hash(&mut h),
        FactValue::Acronym(a) => (&a.short, &a.long).hash(&mut h),
        FactValue::Person(p) => (&p.name, &p.role, &p.affiliation).hash(&mut h),
        FactValue::Organization(o) => (&o.name, &o.short).hash(&mut h),
        FactValue::Place(p) => (&p.name, &p.country_code).hash(&mut h),
        FactValue::Quote(q) => (&q.text, &q.speaker).hash(&mut h),
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::places::Place;

    fn place(name: &str, at: usize, block: Option<usize>) -> Fact {
        Fact {
            kind: FactKind::Place,
            value: FactValue::Place(Place {
                name: name.into(),
                country_code: Some("CH".into()),
            }),
            span: at..at + name.len(),
            block,
        }
    }

    fn article(text: &str) -> Article {
        let decoded = crate::corpus::decode::decode(text.as_bytes()).unwrap();
        crate::corpus::parse::parse("a.txt", crate::corpus::model::Origin::File, decoded)
    }

    #[test]
    fn facts_come_back_as_they_went_in_with_values_stored_once() {
        let text = article("Ein Titel\n\nGenf und Bern.\n");
        let a = vec![place("Genf", 3, Some(0)), place("Bern", 10, None)];
        let b = vec![];
        let c = vec![place("Genf", 7, Some(2))];
        let store =
            FactStore::from_facts([(a.clone(), &text), (b.clone(), &text), (c.clone(), &text)]);
        let articles = [text.clone(), text.clone(), text.clone()];
        let facts = store.of(&articles);
        assert_eq!(facts.len(), 3);
        assert_eq!(facts.total(), 3);
        assert_eq!(facts.distinct_values(), 2);
        assert_eq!(facts.get(0).unwrap().to_vec(), a);
        assert_eq!(facts.get(1).unwrap().to_vec(), b);
        assert_eq!(facts.get(2).unwrap().to_vec(), c);
        assert!(facts.get(3).is_none());
        assert_eq!(FactStore::empty().len(), 0);
    }

    #[test]
    fn sources_are_made_again_from_the_article_as_they_were_found() {
        let a = article(
            "Ein Titel\n\nEin Satz mit Quelle[1] und einer ohne[7], dazu[2].\n\n\
             [1] https://example.org/eins\n[2] Ein Bericht ohne Link\n",
        );
        let found = crate::facts::extract_article(&a, None);
        let sources = found.iter().filter(|f| f.kind == FactKind::Source).count();
        assert_eq!(sources, 3, "{found:?}");
        let store = FactStore::from_facts([(found.clone(), &a)]);
        // Not one source value is kept: the article has them.
        let kept = store.values.iter();
        assert!(!kept.into_iter().any(|v| matches!(v, FactValue::Source(_))));
        let articles = [a];
        assert_eq!(store.of(&articles).get(0).unwrap().to_vec(), found);
        // A source value the article does not give is kept as it is.
        let mut odd = found.clone();
        let f = odd.iter_mut().find(|f| f.kind == FactKind::Source).unwrap();
        f.value = FactValue::Source(sources::SourceRef {
            label: "99".into(),
            url: None,
        });
        let store = FactStore::from_facts([(odd.clone(), &articles[0])]);
        assert_eq!(store.of(&articles).get(0).unwrap().to_vec(), odd);
    }
}
