//! `briefing list`: every article with metadata, topics and section tree.

use std::process::ExitCode;

use anyhow::Result;
use serde_json::{Value, json};

use crate::corpus::Corpus;
use crate::corpus::model::Article;

pub fn run(corpus: &Corpus, json: bool) -> Result<ExitCode> {
    if json {
        let list: Vec<Value> = corpus
            .articles
            .iter()
            .map(|a| article_json(corpus, a))
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
    } else {
        for (i, a) in corpus.articles.iter().enumerate() {
            if i > 0 {
                println!();
            }
            print_article(corpus, a);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Topic names of an article: every topic any of its sections matches, best first.
pub fn article_topics<'a>(corpus: &'a Corpus, a: &Article) -> Vec<&'a str> {
    let mut scores = vec![0u32; corpus.topics.len()];
    for s in &a.sections {
        for &(t, score) in &s.topics {
            if let Some(x) = scores.get_mut(t as usize) {
                *x += score;
            }
        }
    }
    let mut order: Vec<usize> = (0..scores.len()).filter(|&t| scores[t] > 0).collect();
    order.sort_by(|&x, &y| scores[y].cmp(&scores[x]).then(x.cmp(&y)));
    order
        .into_iter()
        .map(|t| corpus.topics[t].name.as_str())
        .collect()
}

fn section_topics<'a>(corpus: &'a Corpus, topics: &[(u32, u32)]) -> Vec<&'a str> {
    topics
        .iter()
        .filter_map(|&(t, _)| {
            corpus
                .topics
                .get(t as usize)
                .map(|t| t.short.as_deref().unwrap_or(&t.name))
        })
        .collect()
}

fn article_json(corpus: &Corpus, a: &Article) -> Value {
    json!({
        "path": a.path,
        "title": a.title,
        "title_source": a.title_source,
        "subtitle": a.subtitle,
        "date": a.date.map(|d| d.to_string()),
        "author": a.author,
        "source": a.source,
        "tags": a.tags,
        "period": a.period,
        "language": a.lang,
        "encoding": a.encoding,
        "topics": article_topics(corpus, a),
        "sections": a.sections.iter().map(|s| json!({
            "title": s.title,
            "level": s.level,
            "line": s.line,
            "parent": s.parent,
            "intro": s.is_intro,
            "topics": section_topics(corpus, &s.topics),
        })).collect::<Vec<_>>(),
        "blocks": a.blocks.len(),
        "footnotes": a.footnotes.len(),
        "dangling_refs": a.dangling_refs.iter().map(|r| &r.label).collect::<Vec<_>>(),
        "boilerplate": a.boilerplate,
        "warnings": a.warnings,
    })
}

fn print_article(corpus: &Corpus, a: &Article) {
    println!("{}", a.path);
    println!("  {}", a.title);
    if let Some(sub) = &a.subtitle {
        println!("  {sub}");
    }
    let byline = a.byline();
    if !byline.is_empty() {
        println!("  {byline}");
    }
    let topics = article_topics(corpus, a);
    if !topics.is_empty() {
        println!("  topics: {}", topics.join(", "));
    }
    if !a.tags.is_empty() {
        println!("  tags: {}", a.tags.join(", "));
    }
    for s in &a.sections {
        let indent = "  ".repeat(s.level as usize);
        println!("  {:>5} {indent}{}", s.line, s.title);
    }
    if !a.footnotes.is_empty() {
        println!("  {} footnotes", a.footnotes.len());
    }
    if !a.boilerplate.is_empty() {
        println!("  {} lines of boilerplate set aside", a.boilerplate.len());
    }
    for w in &a.warnings {
        println!("  warning: {w}");
    }
}

/// What the reader shows until it lands: each article's outline.
pub fn print_outline(corpus: &Corpus) {
    for (i, a) in corpus.articles.iter().enumerate() {
        if i > 0 {
            println!();
        }
        print_article(corpus, a);
    }
}
