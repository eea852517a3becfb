//! The corpus: articles read from files or from the built-in sample, parsed, tagged with topics,
//! and their facts extracted.

pub mod boilerplate;
pub mod cache;
pub mod decode;
pub mod inline;
pub mod lines;
pub mod load;
pub mod lookup_cache;
pub mod model;
pub mod parse;
pub mod reload;
pub mod table;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::facts::{self, Fact};
use crate::topics::{self, SectionRef, TopicMatcher, TopicsFile};
pub use load::{LoadError, LoadOptions, LoadWarning};
use model::Article;

/// Everything the reader and the subcommands ask about.
pub struct Corpus {
    pub articles: Vec<Article>,
    /// Facts, once extracted: at once for the subcommands, after the first frame in the
    /// reader (see [`Corpus::extract_facts`]).
    facts: std::sync::OnceLock<FactsTable>,
    pub topics: Vec<topics::TopicDef>,
    /// Topic → matching sections, index-aligned with `topics`.
    pub topic_index: Vec<Vec<SectionRef>>,
    /// Files that were skipped, and why.
    pub warnings: Vec<LoadWarning>,
}

/// Facts per article, index-aligned with the articles, in text order. Their display lines are
/// made when asked for (a few per screen; stored, they took more memory than the facts).
struct FactsTable {
    facts: facts::FactStore,
    glossary: std::collections::HashMap<String, Gloss>,
    /// How dates with a day are written (strftime; `None`: ISO).
    date_format: Option<String>,
}

impl FactsTable {
    fn new(facts: facts::FactStore, articles: &[Article], options: &BuildOptions) -> FactsTable {
        // The corpus-wide glossary: the first definition of each acronym, in corpus order.
        let mut glossary = std::collections::HashMap::new();
        for (article, fs) in facts.of(articles).iter().enumerate() {
            for f in fs {
                if let facts::FactValue::Acronym(a) = &*f.value {
                    glossary.entry(a.short.clone()).or_insert_with(|| Gloss {
                        long: a.long.clone(),
                        article,
                    });
                }
            }
        }
        FactsTable {
            facts,
            glossary,
            date_format: options.date_format.clone(),
        }
    }
}

/// What an acronym stands for, from the first article that defines it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gloss {
    pub long: String,
    /// The article that defines it.
    pub article: usize,
}

/// How to turn articles into a corpus.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    /// Topics to tag sections with (defaults when `None`).
    pub topics: Option<TopicsFile>,
    /// Date used to resolve relative dates in articles without their own date.
    pub reference_date: Option<NaiveDate>,
    /// Leave facts out (for commands that do not show them; loading is much faster).
    pub skip_facts: bool,
    /// How the facts pane writes dates with a day (strftime; `None`: ISO).
    pub date_format: Option<String>,
    /// The kinds of facts to extract (all by default): a command that prints some is spared
    /// the rest.
    pub kinds: facts::KindSet,
}

impl Corpus {
    /// Tags, indexes and extracts facts from parsed articles.
    pub fn build(
        mut articles: Vec<Article>,
        warnings: Vec<LoadWarning>,
        options: &BuildOptions,
    ) -> Corpus {
        let file = options.topics.clone().unwrap_or_else(TopicsFile::defaults);
        // Articles from the cache were tagged with the same topics (they are part of its key);
        // when all come from there, the keyword automata are not even built (a few
        // milliseconds of a warm start).
        let topics = if articles.iter().all(|a| a.from_cache) {
            file.topic
        } else {
            let matcher = TopicMatcher::new(file);
            articles
                .par_iter_mut()
                .filter(|a| !a.from_cache)
                .for_each(|a| matcher.tag(a));
            matcher.topics
        };
        let topic_index = topics::index(&topics, &articles);
        let corpus = Corpus {
            articles,
            facts: std::sync::OnceLock::new(),
            topics,
            topic_index,
            warnings,
        };
        if !options.skip_facts {
            corpus.extract_facts(options);
        }
        corpus
    }

    /// Extracts every article's facts (in parallel), unless that was done already. Takes
    /// `&self` so the reader can do it on another thread while the first frame is shown.
    pub fn extract_facts(&self, options: &BuildOptions) {
        self.facts.get_or_init(|| {
            // In slices, so the extractors' output is compacted before much of it piles up.
            let mut builder = facts::store::FactStoreBuilder::default();
            for chunk in self.articles.chunks(256) {
                let extracted: Vec<Vec<Fact>> = chunk
                    .par_iter()
                    .map(|a| facts::extract_article_kinds(a, options.reference_date, options.kinds))
                    .collect();
                for (fs, article) in extracted.into_iter().zip(chunk) {
                    builder.push(fs, article);
                }
            }
            FactsTable::new(builder.finish(), &self.articles, options)
        });
    }

    /// Facts and the lookup index from the cache, when it holds them for exactly these
    /// articles and settings; the facts are then in place as if extracted. `None` when there
    /// is no such cache (or the facts were extracted already).
    pub fn read_lookup_cache(
        &self,
        paths: &[std::path::PathBuf],
        load: &LoadOptions,
        build: &BuildOptions,
    ) -> Option<crate::search::Index> {
        let dir = load.cache.as_ref()?;
        if paths.is_empty() || self.facts_ready() {
            return None;
        }
        let key = lookup_cache::key(&self.articles, build)?;
        let file = lookup_cache::file_for(&cache::file_for(dir, paths, &load.cache_key));
        let (store, index) = lookup_cache::read(&file, key, self.articles.len())?;
        self.facts
            .set(FactsTable::new(store, &self.articles, build))
            .ok()?;
        Some(index)
    }

    /// Writes the facts and the lookup index to the cache (off the main thread; a cache that
    /// cannot be written only costs time later).
    pub fn write_lookup_cache(
        &self,
        paths: &[std::path::PathBuf],
        load: &LoadOptions,
        build: &BuildOptions,
        index: &crate::search::Index,
    ) {
        let Some(dir) = &load.cache else { return };
        let Some(table) = self.facts.get() else {
            return;
        };
        if paths.is_empty() {
            return;
        }
        let Some(key) = lookup_cache::key(&self.articles, build) else {
            return;
        };
        let file = lookup_cache::file_for(&cache::file_for(dir, paths, &load.cache_key));
        let _ = lookup_cache::write(&file, key, &table.facts, index);
    }

    /// Updates the cache of parsed articles when any article was parsed anew. The reader
    /// calls it off the main thread; a cache that cannot be written only costs time later.
    pub fn write_cache(&self, paths: &[std::path::PathBuf], load: &LoadOptions) {
        let Some(dir) = &load.cache else { return };
        if paths.is_empty() || self.articles.iter().all(|a| a.from_cache) {
            return;
        }
        let file = cache::file_for(dir, paths, &load.cache_key);
        let _ = cache::write(&file, load.max_file_size, &self.articles);
    }

    /// What an acronym stands for, if any article defines it.
    pub fn explain(&self, short: &str) -> Option<&Gloss> {
        self.facts.get()?.glossary.get(short)
    }

    /// Acronyms written in `text` that the glossary explains, each once, in order.
    pub fn acronyms_in<'t>(&self, text: &'t str) -> Vec<(&'t str, &Gloss)> {
        let Some(table) = self.facts.get() else {
            return Vec::new();
        };
        let mut out: Vec<(&str, &Gloss)> = Vec::new();
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&')) {
            let word = word.trim_matches('-');
            if word.len() < 2
                || word.len() > 12
                || word.chars().filter(|c| c.is_uppercase()).count() < 2
            {
                continue;
            }
            if let Some(g) = table.glossary.get(word)
                && !out.iter().any(|(w, _)| *w == word)
            {
                out.push((word, g));
            }
        }
        out
    }

    /// Whether the facts have been extracted.
    pub fn facts_ready(&self) -> bool {
        self.facts.get().is_some()
    }

    /// Facts per article (empty until extracted).
    pub fn facts(&self) -> facts::store::Facts<'_> {
        static EMPTY: facts::FactStore = facts::FactStore::empty();
        let store = self.facts.get().map_or(&EMPTY, |t| &t.facts);
        store.of(&self.articles)
    }

    /// Loads files and folders, or the built-in sample when `paths` is empty.
    pub fn open(
        paths: &[std::path::PathBuf],
        load: &LoadOptions,
        build: &BuildOptions,
    ) -> Result<Corpus, LoadError> {
        let (articles, warnings) = if paths.is_empty() {
            (load::embedded(), Vec::new())
        } else {
            load::load_paths(paths, load)?
        };
        Ok(Corpus::build(articles, warnings, build))
    }

    /// The display line of fact `index` of article `article` ("" if there is no such fact).
    pub fn fact_label(&self, article: usize, index: usize) -> String {
        let (Some(table), Some(a)) = (self.facts.get(), self.articles.get(article)) else {
            return String::new();
        };
        let Some(f) = table.facts.get(article, a).and_then(|fs| fs.get(index)) else {
            return String::new();
        };
        let label = facts::display::label(&f, a);
        match (&*f.value, &table.date_format) {
            (facts::FactValue::Date(d), Some(format)) => match &d.iso {
                Some(iso) if label.starts_with(iso.as_str()) => format!(
                    "{}{}",
                    facts::display::format_iso(iso, format),
                    &label[iso.len()..]
                ),
                _ => label,
            },
            _ => label,
        }
    }

    /// Finds an article by path, file name, or fuzzy title.
    pub fn find_article(&self, query: &str) -> Option<usize> {
        let q = query.trim();
        if q.is_empty() {
            return None;
        }
        if let Some(i) = self.articles.iter().position(|a| a.path == q) {
            return Some(i);
        }
        let name = |p: &str| {
            std::path::Path::new(p)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
        };
        if let Some(i) = self
            .articles
            .iter()
            .position(|a| name(&a.path).as_deref() == Some(q) || a.path.ends_with(&format!("/{q}")))
        {
            return Some(i);
        }
        let stem_match = self.articles.iter().position(|a| {
            std::path::Path::new(&a.path)
                .file_stem()
                .is_some_and(|s| s.to_string_lossy().starts_with(q))
        });
        if stem_match.is_some() {
            return stem_match;
        }
        crate::fuzzy::best(q, self.articles.iter().map(|a| a.title.as_str()))
    }

    /// Finds a section of an article by fuzzy title.
    pub fn find_section(&self, article: usize, query: &str) -> Option<usize> {
        let a = self.articles.get(article)?;
        crate::fuzzy::best(query, a.sections.iter().map(|s| s.title.as_str()))
    }
}
