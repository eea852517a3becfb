//! Topics: keyword rules from `config/topics.toml` that tag sections, and the topic → sections
//! index the left pane shows.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use crate::corpus::model::{Article, idx};
use crate::word_start_keywords::WordStartKeywords;

/// The default topics, embedded in the binary.
pub const DEFAULT_TOPICS: &str = include_str!("../config/topics.toml");

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicsFile {
    #[serde(default)]
    pub topic: Vec<TopicDef>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicDef {
    pub name: String,
    /// A short label for narrow panes.
    pub short: Option<String>,
    pub keywords: Vec<String>,
}

/// Why a topics file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}")]
pub struct TopicsError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl TopicsFile {
    pub fn parse(source: &str, path: &str) -> Result<TopicsFile, TopicsError> {
        toml::from_str(source).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| line_col(source, s.start))
                .unwrap_or((1, 1));
            TopicsError {
                path: path.to_string(),
                line,
                column,
                message: e.message().to_string(),
            }
        })
    }

    /// The defaults with a user's topics merged over them: same name replaces, new names add.
    pub fn merged(mut self, user: TopicsFile) -> TopicsFile {
        for t in user.topic {
            match self.topic.iter_mut().find(|d| d.name == t.name) {
                Some(existing) => *existing = t,
                None => self.topic.push(t),
            }
        }
        self
    }

    pub fn defaults() -> TopicsFile {
        TopicsFile::parse(DEFAULT_TOPICS, "config/topics.toml")
            .unwrap_or(TopicsFile { topic: Vec::new() })
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Compiled keyword matchers for a set of topics.
pub struct TopicMatcher {
    pub topics: Vec<TopicDef>,
    exact: Option<(AhoCorasick, Vec<usize>)>,
    folded: (WordStartKeywords, Vec<usize>),
}

impl TopicMatcher {
    pub fn new(file: TopicsFile) -> TopicMatcher {
        let mut exact = (Vec::new(), Vec::new());
        let mut folded = (Vec::new(), Vec::new());
        for (t, def) in file.topic.iter().enumerate() {
            for k in &def.keywords {
                let k = k.trim();
                if k.is_empty() {
                    continue;
                }
                let acronym = k.chars().any(char::is_uppercase)
                    && k.chars()
                        .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == ' ' || c == '-');
                let target = if acronym { &mut exact } else { &mut folded };
                target.0.push(k.to_string());
                target.1.push(t);
            }
        }
        // The acronyms, in capitals and rare, leave the automaton's prefilter most of a text
        // to skip.
        let exact = (!exact.0.is_empty())
            .then(|| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&exact.0)
                    .ok()
            })
            .flatten()
            .map(|ac| (ac, exact.1));
        TopicMatcher {
            topics: file.topic,
            exact,
            folded: (WordStartKeywords::new(&folded.0), folded.1),
        }
    }

    /// Keyword hits per topic in a text.
    pub fn count(&self, text: &str, counts: &mut [u32]) {
        let bytes = text.as_bytes();
        let starts_word =
            |i: usize| i == 0 || !prev_char(text, i).is_some_and(char::is_alphanumeric);
        if let Some((ac, owners)) = &self.exact {
            for m in ac.find_iter(text) {
                let ends_word = !text[m.end()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
                    || bytes.get(m.end().wrapping_sub(1)) == Some(&b'-');
                if starts_word(m.start()) && ends_word {
                    counts[owners[m.pattern().as_usize()]] += 1;
                }
            }
        }
        let (keywords, owners) = &self.folded;
        keywords.for_each(text, |k| counts[owners[k]] += 1);
    }

    /// Scores every section of an article and stores the topics it matches, best first.
    pub fn tag(&self, article: &mut Article) {
        let n = self.topics.len();
        let declared: Vec<usize> = article
            .declared_topics
            .iter()
            .filter_map(|d| {
                self.topics.iter().position(|t| {
                    t.name.eq_ignore_ascii_case(d)
                        || t.short
                            .as_deref()
                            .is_some_and(|s| s.eq_ignore_ascii_case(d))
                })
            })
            .collect();
        for si in 0..article.sections.len() {
            let mut title_counts = vec![0u32; n];
            let mut body_counts = vec![0u32; n];
            let section = &article.sections[si];
            if !section.is_intro {
                self.count(&section.title, &mut title_counts);
            }
            for b in section.blocks.clone() {
                if Some(b) == section.heading {
                    continue;
                }
                if let Some(block) = article.blocks.get(b as usize) {
                    self.count(article.slice(&block.span), &mut body_counts);
                }
            }
            let mut scored: Vec<(u32, u32)> = (0..n)
                .map(|t| (idx(t), title_counts[t] * 3 + body_counts[t]))
                .filter(|&(t, score)| {
                    let t = t as usize;
                    score >= 2 || title_counts[t] > 0 || declared.contains(&t)
                })
                .collect();
            scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            // Boxed: collected from a filter, the list had room for twice what it holds, kept
            // for as long as the article is open.
            article.sections[si].topics = scored.into_boxed_slice();
        }
    }
}

fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// A section of one article that matches a topic. (`u32`s: a large corpus has a hundred
/// thousand of them.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionRef {
    article: u32,
    section: u32,
    pub score: u32,
}

impl SectionRef {
    pub fn article(&self) -> usize {
        self.article as usize
    }

    pub fn section(&self) -> usize {
        self.section as usize
    }
}

/// Topic → the sections of every article that match it, in corpus order.
pub fn index(topics: &[TopicDef], articles: &[Article]) -> Vec<Vec<SectionRef>> {
    let mut out = vec![Vec::new(); topics.len()];
    for (a, article) in articles.iter().enumerate() {
        for (s, section) in article.sections.iter().enumerate() {
            for &(t, score) in &section.topics {
                if let Some(list) = out.get_mut(t as usize) {
                    list.push(SectionRef {
                        article: idx(a),
                        section: idx(s),
                        score,
                    });
                }
            }
        }
    }
    // Grown by doubling, the lists would keep up to half again their size unused.
    for list in &mut out {
        list.shrink_to_fit();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(m: &TopicMatcher, text: &str) -> Vec<u32> {
        let mut c = vec![0; m.topics.len()];
        m.count(text, &mut c);
        c
    }

    #[test]
    fn keywords_match_word_starts_and_acronyms_exactly() {
        let m = TopicMatcher::new(
            TopicsFile::parse(
                r#"
[[topic]]
name = "KI"
keywords = ["KI", "künstliche Intelligenz"]
[[topic]]
name = "Cyber"
keywords = ["Cybersicherheit"]
"#,
                "t",
            )
            .unwrap(),
        );
        assert_eq!(counts(&m, "KI-Gipfel und Künstliche Intelligenz"), [2, 0]);
        assert_eq!(counts(&m, "Kiel, Kiosk, AKI"), [0, 0]);
        assert_eq!(counts(&m, "die Cybersicherheitsstrategie"), [0, 1]);
    }

    #[test]
    fn user_topics_replace_by_name_and_add_new_ones() {
        let d = TopicsFile::defaults();
        let n = d.topic.len();
        let user = TopicsFile::parse(
            "[[topic]]\nname = \"China\"\nkeywords = [\"Peking\"]\n[[topic]]\nname = \"Afrika\"\nkeywords = [\"Afrika\"]\n",
            "u",
        )
        .unwrap();
        let merged = d.merged(user);
        assert_eq!(merged.topic.len(), n + 1);
        let china = merged.topic.iter().find(|t| t.name == "China").unwrap();
        assert_eq!(china.keywords, ["Peking"]);
    }

    #[test]
    fn errors_name_line_and_column() {
        let err =
            TopicsFile::parse("[[topic]]\nname = \"x\"\nkeywords = 3\n", "my.toml").unwrap_err();
        assert_eq!((err.line, err.column), (3, 12));
        assert!(err.to_string().starts_with("my.toml:3:12:"));
    }
}
