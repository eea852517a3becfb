//! Sources: the article's footnotes, and references to footnotes that have no definition.

use serde::Serialize;

use super::{Fact, FactKind, FactValue};
use crate::corpus::model::Article;

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
        Some(f) => Some(SourceRef {
            label: f.label.to_string(),
            url: article.footnote_url(f).map(str::to_string),
        }),
        None => {
            let r = article.dangling_refs.get(n - article.footnotes.len())?;
            Some(SourceRef {
                label: r.label.to_string(),
                url: None,
            })
        }
    }
}

/// One fact per footnote definition, and one per dangling reference (with `url: None`).
pub fn extract(article: &Article) -> Vec<Fact> {
    let defined = article.footnotes.iter().map(|f| Fact {
        kind: FactKind::Source,
        value: FactValue::Source(SourceRef {
            label: f.label.to_string(),
            url: article.footnote_url(f).map(str::to_string),
        }),
        span: f.span.clone(),
        block: None,
    });
    let dangling = article.dangling_refs.iter().map(|r| Fact {
        kind: FactKind::Source,
        value: FactValue::Source(SourceRef {
            label: r.label.to_string(),
            url: None,
        }),
        span: r.span.clone(),
        block: None,
    });
    defined.chain(dangling).collect()
}
