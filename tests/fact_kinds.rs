//! Extracting some kinds of facts finds exactly the facts of those kinds that extracting all of
//! them finds: the extractors a kind depends on (a document's year from the date before it, an
//! organisation's short form from an acronym) still run.

use std::path::PathBuf;

use briefing::corpus::load::load_paths;
use briefing::corpus::{BuildOptions, Corpus, LoadOptions};
use briefing::facts::{Fact, FactKind, KindSet, extract_article, extract_article_kinds};

/// The sample and every fixture written for the evaluation: news, briefings, English and German.
fn articles() -> Vec<briefing::corpus::model::Article> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let paths = [root.join("seeds"), root.join("tests/fixtures")];
    let (articles, _) = load_paths(&paths, &LoadOptions::default()).expect("fixtures load");
    assert!(articles.len() > 30, "only {} articles", articles.len());
    articles
}

fn of_kinds(facts: &[Fact], kinds: KindSet) -> Vec<Fact> {
    facts
        .iter()
        .filter(|f| kinds.contains(f.kind))
        .cloned()
        .collect()
}

#[test]
fn each_kind_alone_is_found_as_among_all() {
    for a in articles() {
        let all = extract_article(&a, None);
        for kind in FactKind::ALL {
            let set = KindSet::of(&[kind]);
            assert_eq!(
                extract_article_kinds(&a, None, set),
                of_kinds(&all, set),
                "{} in {}",
                kind.name(),
                a.path
            );
        }
    }
}

#[test]
fn the_numeric_kinds_together_are_found_as_among_all() {
    use FactKind::*;
    let set = KindSet::of(&[Date, Vote, Document, Money, Figure, Source]);
    let mut found = 0;
    for a in articles() {
        let some = extract_article_kinds(&a, None, set);
        assert_eq!(
            some,
            of_kinds(&extract_article(&a, None), set),
            "{}",
            a.path
        );
        found += some.len();
    }
    assert!(found > 500, "only {found} facts");
}

#[test]
fn a_corpus_built_for_one_kind_holds_only_that_kind() {
    let build = BuildOptions {
        kinds: KindSet::of(&[FactKind::Date]),
        ..BuildOptions::default()
    };
    let corpus = Corpus::open(&[], &LoadOptions::default(), &build).expect("sample");
    let kinds: Vec<FactKind> = (0..corpus.articles.len())
        .flat_map(|i| corpus.facts().get(i).into_iter().flatten().map(|f| f.kind))
        .collect();
    assert!(kinds.len() > 50);
    assert!(kinds.iter().all(|k| *k == FactKind::Date));
}

#[test]
fn no_kind_asked_for_means_every_kind() {
    assert_eq!(KindSet::or_all(&[]), KindSet::ALL);
    assert!(FactKind::ALL.iter().all(|k| KindSet::ALL.contains(*k)));
    let one = KindSet::or_all(&[FactKind::Money]);
    assert!(one.contains(FactKind::Money) && !one.contains(FactKind::Figure));
}
