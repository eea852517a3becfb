//! The corpus's facts in a compact form: one 16-byte record per fact (span, block and kind as
//! `u32`s) and each distinct value stored once. A large corpus names the same people, places,
//! organisations and dates over and over; as `Vec<Fact>` its facts took more memory than its
//! text. The extractors' output ([`Fact`]) is converted after extraction.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use super::{Fact, FactKind, FactValue};

/// One fact: where it is and which value it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Rec {
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// The kind in the top 4 bits, the block below (`NO_BLOCK`: none).
    pub(crate) kind_block: u32,
    /// Index into the store's values.
    pub(crate) value: u32,
}

const NO_BLOCK: u32 = 0x0FFF_FFFF;

fn kind_index(kind: FactKind) -> u32 {
    FactKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u32
}

/// A fact of the store, as the extractors made it (the value is shared).
#[derive(Clone, Debug, PartialEq)]
pub struct FactRef<'a> {
    pub kind: FactKind,
    pub value: &'a FactValue,
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
            value: &self.value,
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
            value: self.value.clone(),
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
    /// Adds the next article's facts.
    pub fn push(&mut self, facts: Vec<Fact>) {
        if self.store.starts.is_empty() {
            self.store.starts.push(0);
        }
        for f in facts {
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
        self.store.starts.push(self.store.recs.len() as u32);
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
    pub fn from_facts(facts: impl IntoIterator<Item = Vec<Fact>>) -> FactStore {
        let mut b = FactStoreBuilder::default();
        for f in facts {
            b.push(f);
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
            (r.value as usize) < values.len()
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

    /// How many distinct values there are.
    pub fn distinct_values(&self) -> usize {
        self.values.len()
    }

    /// The facts of an article.
    pub fn get(&self, article: usize) -> Option<ArticleFacts<'_>> {
        let (&from, &to) = (self.starts.get(article)?, self.starts.get(article + 1)?);
        Some(ArticleFacts {
            store: self,
            recs: self.recs.get(from as usize..to as usize)?,
        })
    }

    /// Every article's facts, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = ArticleFacts<'_>> {
        (0..self.len()).map(|i| {
            self.get(i).unwrap_or(ArticleFacts {
                store: self,
                recs: &[],
            })
        })
    }

    fn make(&self, r: &Rec) -> Option<FactRef<'_>> {
        let block = r.kind_block & NO_BLOCK;
        Some(FactRef {
            kind: *FactKind::ALL.get((r.kind_block >> 28) as usize)?,
            value: self.values.get(r.value as usize)?,
            span: r.start as usize..r.end as usize,
            block: (block != NO_BLOCK).then_some(block as usize),
        })
    }
}

/// One article's facts.
#[derive(Clone, Copy)]
pub struct ArticleFacts<'a> {
    store: &'a FactStore,
    recs: &'a [Rec],
}

impl<'a> ArticleFacts<'a> {
    pub fn len(&self) -> usize {
        self.recs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<FactRef<'a>> {
        self.store.make(self.recs.get(i)?)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = FactRef<'a>> + 'a {
        let store = self.store;
        self.recs.iter().filter_map(move |r| store.make(r))
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

impl PartialEq for FactStore {
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

    #[test]
    fn facts_come_back_as_they_went_in_with_values_stored_once() {
        let a = vec![place("Genf", 3, Some(0)), place("Bern", 10, None)];
        let b = vec![];
        let c = vec![place("Genf", 7, Some(2))];
        let store = FactStore::from_facts([a.clone(), b.clone(), c.clone()]);
        assert_eq!(store.len(), 3);
        assert_eq!(store.total(), 3);
        assert_eq!(store.distinct_values(), 2);
        assert_eq!(store.get(0).unwrap().to_vec(), a);
        assert_eq!(store.get(1).unwrap().to_vec(), b);
        assert_eq!(store.get(2).unwrap().to_vec(), c);
        assert!(store.get(3).is_none());
        assert_eq!(FactStore::empty().len(), 0);
    }
}
