//! Facts and the lookup index in the cache, next to the parsed articles: extracting the facts
//! of a large corpus and indexing it takes seconds, reading them back a fraction of that. The
//! file is keyed by every article's path, size and modification time and by the settings the
//! facts depend on; anything else (another version, another corpus, a file cut short or
//! garbled) makes it be ignored and rebuilt.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::facts::store::{FactStore, Rec};
use crate::facts::{FactValue, acronyms, dates, documents, figures, money, organizations};
use crate::facts::{people, places, quotes, sources, votes};
use crate::search::Index;

use super::BuildOptions;
use super::model::Article;

/// Changes whenever the cached facts or index change shape (with the crate version, to be safe).
const FORMAT: &str = concat!("briefing-lookup-4-", env!("CARGO_PKG_VERSION"));

/// A fact value as stored (the extractors' types are written, not read).
#[derive(Serialize, Deserialize)]
enum Value {
    Date(Option<String>, Option<String>, bool),
    Money(f64, String, Option<String>),
    Figure(f64, String, Option<String>),
    Vote(Option<u32>, Option<u32>, Option<u32>, bool),
    Document(String, String),
    Source(String, Option<String>),
    Acronym(String, String),
    Person(String, Option<String>, Option<String>),
    Organization(String, Option<String>),
    Place(String, Option<String>),
    Quote(String, Option<String>),
}

impl Value {
    fn of(v: &FactValue) -> Value {
        let s = |x: Option<&'static str>| x.map(str::to_string);
        match v {
            FactValue::Date(d) => Value::Date(d.iso.clone(), s(d.modifier), d.relative),
            FactValue::Money(m) => Value::Money(m.amount, m.currency.clone(), s(m.qualifier)),
            FactValue::Figure(f) => Value::Figure(f.number, f.unit.clone(), s(f.qualifier)),
            FactValue::Vote(x) => Value::Vote(x.yes, x.no, x.abstain, x.unanimous),
            FactValue::Document(d) => Value::Document(d.id.clone(), d.kind.to_string()),
            FactValue::Source(x) => Value::Source(x.label.clone(), x.url.clone()),
            FactValue::Acronym(a) => Value::Acronym(a.short.clone(), a.long.clone()),
            FactValue::Person(p) => {
                Value::Person(p.name.clone(), p.role.clone(), p.affiliation.clone())
            }
            FactValue::Organization(o) => Value::Organization(o.name.clone(), o.short.clone()),
            FactValue::Place(p) => Value::Place(p.name.clone(), p.country_code.clone()),
            FactValue::Quote(q) => Value::Quote(q.text.clone(), q.speaker.clone()),
        }
    }

    /// The value, or `None` when a word that should be one of a few is not.
    fn into_fact_value(self) -> Option<FactValue> {
        let word = |x: Option<String>| -> Option<Option<&'static str>> {
            match x {
                None => Some(None),
                Some(w) => static_word(w).map(Some),
            }
        };
        Some(match self {
            Value::Date(iso, modifier, relative) => FactValue::Date(dates::DateValue {
                iso,
                modifier: word(modifier)?,
                relative,
            }),
            Value::Money(amount, currency, qualifier) => FactValue::Money(money::Money {
                amount,
                currency,
                qualifier: word(qualifier)?,
            }),
            Value::Figure(number, unit, qualifier) => FactValue::Figure(figures::Figure {
                number,
                unit,
                qualifier: word(qualifier)?,
            }),
            Value::Vote(yes, no, abstain, unanimous) => FactValue::Vote(votes::Vote {
                yes,
                no,
                abstain,
                unanimous,
            }),
            Value::Document(id, kind) => FactValue::Document(documents::Document {
                id,
                kind: static_word(kind)?,
            }),
            Value::Source(label, url) => FactValue::Source(sources::SourceRef { label, url }),
            Value::Acronym(short, long) => FactValue::Acronym(acronyms::Acronym { short, long }),
            Value::Person(name, role, affiliation) => FactValue::Person(people::Person {
                name,
                role,
                affiliation,
            }),
            Value::Organization(name, short) => {
                FactValue::Organization(organizations::Organization { name, short })
            }
            Value::Place(name, country_code) => {
                FactValue::Place(places::Place { name, country_code })
            }
            Value::Quote(text, speaker) => FactValue::Quote(quotes::Quote { text, speaker }),
        })
    }
}

/// The extractors' fixed words (a date's modifier, an amount's qualifier, a document's kind)
/// as `&'static str`: each distinct word is kept once for the life of the process. There are
/// a handful; a file with more is not a cache this program wrote.
fn static_word(word: String) -> Option<&'static str> {
    static WORDS: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut words = WORDS.lock().ok()?;
    if let Some(w) = words.iter().find(|w| **w == word) {
        return Some(w);
    }
    if words.len() >= 64 || word.len() > 32 {
        return None;
    }
    let w: &'static str = Box::leak(word.into_boxed_str());
    words.push(w);
    Some(w)
}

/// What a file is for, written first: a file for other articles or settings is rejected
/// without reading the rest.
#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    key: u64,
    articles: u64,
}

#[derive(Serialize)]
struct BodyOut<'a> {
    values: Vec<Value>,
    recs: &'a [Rec],
    starts: &'a [u32],
    index: &'a Index,
}

#[derive(Deserialize)]
struct BodyIn {
    values: Vec<Value>,
    recs: Vec<Rec>,
    starts: Vec<u32>,
    index: Index,
}

/// The lookup cache file that goes with a corpus cache file.
pub fn file_for(corpus_file: &Path) -> PathBuf {
    let name = corpus_file
        .file_name()
        .map(|n| n.to_string_lossy().replacen("corpus-", "lookup-", 1))
        .unwrap_or_else(|| "lookup.bin".into());
    corpus_file.with_file_name(name)
}

/// What the cached facts and index depend on: every article's path, size and modification
/// time, in order, and the settings that change facts or their lines. `None` when an article
/// has no file stamp (nothing to check a cache against).
pub fn key(articles: &[Article], build: &BuildOptions) -> Option<u64> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |bytes: &[u8]| {
        for &b in bytes.iter().chain([&0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    add(FORMAT.as_bytes());
    add(format!(
        "{:?} {:?} {:?}",
        build.reference_date, build.date_format, build.kinds
    )
    .as_bytes());
    for a in articles {
        let stamp = a.stamp?;
        add(a.path.as_bytes());
        add(&stamp.size.to_le_bytes());
        add(&stamp.modified_ns.to_le_bytes());
        add(&(a.text.len() as u64).to_le_bytes());
    }
    Some(hash)
}

/// Reads the facts and the index for `articles` (with `key`); `None` when the file is missing,
/// unreadable, from another version or for other articles.
pub fn read(file: &Path, key: u64, articles: usize) -> Option<(FactStore, Index)> {
    use bincode::Options;
    let f = std::fs::File::open(file).ok()?;
    let size = f.metadata().ok()?.len();
    // Decoded straight from the file: its bytes (41 MB for a corpus of 62 MB) are never all
    // in memory next to what is made of them.
    let mut r = std::io::BufReader::with_capacity(1 << 16, f);
    let options = super::cache::read_options(size);
    let header: Header = options.deserialize_from(&mut r).ok()?;
    if header.format != FORMAT || header.key != key || header.articles != articles as u64 {
        return None;
    }
    let data: BodyIn = options.deserialize_from(&mut r).ok()?;
    drop(r);
    let values = data
        .values
        .into_iter()
        .map(Value::into_fact_value)
        .collect::<Option<Vec<_>>>()?;
    let store = FactStore::from_parts(data.recs, data.starts, values)?;
    if store.len() != articles || !data.index.fits(articles) {
        return None;
    }
    Some((store, data.index))
}

/// Writes the facts and the index atomically; a failed write leaves the old file in place.
pub fn write(file: &Path, key: u64, facts: &FactStore, index: &Index) -> std::io::Result<()> {
    use bincode::Options;
    let header = Header {
        format: FORMAT.to_string(),
        key,
        articles: facts.len() as u64,
    };
    let body = BodyOut {
        values: facts.values.iter().map(Value::of).collect(),
        recs: &facts.recs,
        starts: &facts.starts,
        index,
    };
    let options = super::cache::options();
    super::cache::write_atomically(file, |out| {
        options
            .serialize_into(&mut *out, &header)
            .and_then(|()| options.serialize_into(&mut *out, &body))
            .map_err(std::io::Error::other)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, LoadOptions, load};

    fn open(paths: &[PathBuf], load: &LoadOptions) -> Corpus {
        let build = BuildOptions {
            skip_facts: true,
            ..BuildOptions::default()
        };
        Corpus::open(paths, load, &build).unwrap()
    }

    /// Facts and index of `c` from the cache, or made (and written) when it has none.
    fn lookup(c: &Corpus, paths: &[PathBuf], load: &LoadOptions) -> (Index, bool) {
        let build = BuildOptions::default();
        match c.read_lookup_cache(paths, load, &build) {
            Some(index) => (index, true),
            None => {
                c.extract_facts(&build);
                let index = Index::build(c);
                c.write_lookup_cache(paths, load, &build, &index);
                (index, false)
            }
        }
    }

    fn assert_same(a: (&Corpus, &Index), b: (&Corpus, &Index)) {
        assert_eq!(a.0.facts(), b.0.facts());
        assert_eq!(a.1.entries.len(), b.1.entries.len());
        for (x, y) in a.1.entries.iter().zip(&b.1.entries) {
            assert_eq!(a.1.text(a.0, x), b.1.text(b.0, y));
            assert_eq!(
                (x.kind(), x.span(), x.section(a.0)),
                (y.kind(), y.span(), y.section(b.0))
            );
        }
        for q in [
            "hanoi sign",
            "überprüfung",
            "164/6/7",
            "china",
            "a/res/80",
            "wsis",
        ] {
            let (x, y) = (
                a.1.search(a.0, q, &[], Some(50), None),
                b.1.search(b.0, q, &[], Some(50), None),
            );
            assert!(!x.is_empty(), "{q}");
            assert_eq!(x, y, "{q}");
        }
    }

    #[test]
    fn cached_facts_and_index_equal_fresh_ones_and_a_bad_cache_is_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let (docs, cache) = (dir.path().join("docs"), dir.path().join("cache"));
        std::fs::create_dir(&docs).unwrap();
        for (name, bytes) in load::SEEDS {
            std::fs::write(docs.join(name.trim_start_matches("seeds/")), bytes).unwrap();
        }
        let paths = [docs.clone()];
        let load = LoadOptions {
            cache: Some(cache),
            ..LoadOptions::default()
        };
        let fresh = open(&paths, &load);
        let (fresh_index, cached) = lookup(&fresh, &paths, &load);
        assert!(!cached);
        fresh.write_cache(&paths, &load);

        // Read back: the same facts, entries and hits.
        let warm = open(&paths, &load);
        let (warm_index, cached) = lookup(&warm, &paths, &load);
        assert!(cached);
        assert_same((&fresh, &fresh_index), (&warm, &warm_index));
        assert_eq!(warm.explain("IGF"), fresh.explain("IGF"));

        // Garbage, an empty file and a file cut short are ignored, and rebuilt.
        let corpus_file =
            super::super::cache::file_for(load.cache.as_deref().unwrap(), &paths, &load.cache_key);
        let file = file_for(&corpus_file);
        let whole = std::fs::read(&file).unwrap();
        // A header claiming a format name of 2^64 bytes, too.
        let mut huge = whole.clone();
        huge[..8].copy_from_slice(&u64::MAX.to_le_bytes());
        for bad in [&b"garbage"[..], b"", &whole[..whole.len() / 2], &huge] {
            std::fs::write(&file, bad).unwrap();
            let c = open(&paths, &load);
            let (index, cached) = lookup(&c, &paths, &load);
            assert!(!cached);
            assert_same((&fresh, &fresh_index), (&c, &index));
            let again = open(&paths, &load);
            let (index, cached) = lookup(&again, &paths, &load);
            assert!(cached, "rebuilt");
            assert_same((&fresh, &fresh_index), (&again, &index));
        }

        // A changed article makes the cache stale: made anew, with the new text's facts.
        let name = std::fs::read_dir(&docs)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let mut text = std::fs::read_to_string(&name).unwrap();
        text.push_str("\nAm 3. März 2031 tagt die Weltgipfelkonferenz in Genf.\n");
        std::fs::write(&name, text).unwrap();
        let changed = open(&paths, &load);
        let (index, cached) = lookup(&changed, &paths, &load);
        assert!(!cached);
        assert!(
            !index
                .search(&changed, "2031-03-03", &[], Some(5), None)
                .is_empty()
        );
    }
}
