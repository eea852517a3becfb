//! Sources: the article's footnotes, and references to footnotes that have no definition.

use serde::Serialize;

use super::{Fact, FactKind, FactValue};
use crate::corpus::model::{Article, Footnote, FootnoteRef};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceRef {
    #[serde(rename = "ref")]
    pub label: String,
    pub url: Option<String>,
}

/// The value of the article's `n`th source as [`extract`] lists them: footnote definitions
/// first, then dangling references.
pub fn nth(article: &Article, n: usize) -> Option<SourceRef> {
    match article.footnotes.get(n) {
        Some(f) => Some(defined(article, f)),
        None => Some(dangling(
            article.dangling_refs.get(n - article.footnotes.len())?,
        )),
    }
}

/// One fact per footnote definition, and one per dangling reference (with `url: None`).
pub fn extract(article: &Article) -> Vec<Fact> {
    let fact = |value, span: &std::ops::Range<usize>| Fact {
        kind: FactKind::Source,
        value: FactValue::Source(value),
        span: span.clone(),
        block: None,
    };
    let definitions = article
        .footnotes
        .iter()
        .map(|f| fact(defined(article, f), &f.span));
    let references = article
        .dangling_refs
        .iter()
        .map(|r| fact(dangling(r), &r.span));
    definitions.chain(references).collect()
}

/// A footnote definition: its label and the first URL of its text.
fn defined(article: &Article, footnote: &Footnote) -> SourceRef {
    SourceRef {
        label: footnote.label.to_string(),
        url: article.footnote_url(footnote).map(str::to_string),
    }
}

/// A reference to a footnote the article never defines.
fn dangling(reference: &FootnoteRef) -> SourceRef {
    SourceRef {
        label: reference.label.to_string(),
        url: None,
    }
}
