//! Reads articles from files and folders (in parallel), or from the sample built into the binary.
//! Bad files are skipped with a warning; only a missing path or an empty corpus is an error.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::cache::{self, Stamp};
use super::decode::{self, DecodeError};
use super::model::{Article, Origin};
use super::parse;

/// The sample corpus: the project's `seeds/`, embedded byte for byte.
pub const SEEDS: &[(&str, &[u8])] = &[
    (
        "seeds/000_b7a40631e34a3409.txt",
        include_bytes!("../../seeds/000_b7a40631e34a3409.txt"),
    ),
    (
        "seeds/001_70c5acf7d4361af6.txt",
        include_bytes!("../../seeds/001_70c5acf7d4361af6.txt"),
    ),
    (
        "seeds/002_6a1e886fe4fd59d2.txt",
        include_bytes!("../../seeds/002_6a1e886fe4fd59d2.txt"),
    ),
    (
        "seeds/003_10117aefafcbb34c.txt",
        include_bytes!("../../seeds/003_10117aefafcbb34c.txt"),
    ),
    (
        "seeds/004_81758fa2bffedbd1.txt",
        include_bytes!("../../seeds/004_81758fa2bffedbd1.txt"),
    ),
];

#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Files larger than this many bytes are skipped.
    pub max_file_size: u64,
    /// A folder for the cache of parsed articles (`None`: no cache).
    pub cache: Option<PathBuf>,
    /// What else the cached articles depend on (the topics they were tagged with): part of
    /// the cache file's name.
    pub cache_key: String,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: 64 * 1024 * 1024,
            cache: None,
            cache_key: String::new(),
        }
    }
}

/// A file that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadWarning {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "skipped {}: {}", self.path, self.reason)
    }
}

/// Why no corpus could be opened.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("no such file or directory: {0} (give a folder or files of .txt/.md articles)")]
    NotFound(String),
    #[error("no readable article in {paths}{detail} (give a folder or files of .txt/.md articles)")]
    NoArticles {
        paths: String,
        detail: String,
        /// Why each file was skipped, for the caller to show before the error.
        warnings: Vec<LoadWarning>,
    },
}

/// Parses the built-in sample.
pub fn embedded() -> Vec<Article> {
    SEEDS
        .par_iter()
        .filter_map(|(name, bytes)| {
            let decoded = decode::decode(bytes).ok()?;
            Some(parse::parse(name, Origin::Embedded, decoded))
        })
        .collect()
}

/// Loads every article under the given files and folders.
pub fn load_paths(
    paths: &[PathBuf],
    options: &LoadOptions,
) -> Result<(Vec<Article>, Vec<LoadWarning>), LoadError> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        let meta =
            std::fs::metadata(path).map_err(|_| LoadError::NotFound(path.display().to_string()))?;
        if meta.is_dir() {
            let mut seen = HashSet::new();
            walk(path, &mut files, &mut warnings, &mut seen);
        } else {
            files.push(path.clone());
        }
    }
    let mut seen = HashSet::new();
    files.retain(|f| seen.insert(f.clone()));

    let cached = options.cache.as_ref().and_then(|d| {
        cache::Cached::read(
            &cache::file_for(d, paths, &options.cache_key),
            options.max_file_size,
        )
    });
    let results: Vec<Result<Article, LoadWarning>> = files
        .par_iter()
        .map(|f| {
            let stamp = std::fs::metadata(f).ok().and_then(|m| Stamp::of(&m));
            if let (Some(c), Some(s)) = (&cached, stamp)
                && let Some(mut a) = c.take(&f.display().to_string(), s)
            {
                a.stamp = stamp;
                a.from_cache = true;
                return Ok(a);
            }
            read_article(f, options).map(|mut a| {
                a.stamp = stamp;
                // Lists grown while parsing keep up to half again their size unused.
                a.blocks.shrink_to_fit();
                a.sections.shrink_to_fit();
                a.footnotes.shrink_to_fit();
                a.dangling_refs.shrink_to_fit();
                a.boilerplate.shrink_to_fit();
                a
            })
        })
        .collect();
    let mut articles = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(w) => warnings.push(w),
        }
    }
    if articles.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let detail = match warnings.len() {
            0 => String::new(),
            n => format!(" ({n} file{} skipped)", if n == 1 { "" } else { "s" }),
        };
        return Err(LoadError::NoArticles {
            paths: shown.join(", "),
            detail,
            warnings,
        });
    }
    Ok((articles, warnings))
}

fn read_article(path: &Path, options: &LoadOptions) -> Result<Article, LoadWarning> {
    let shown = path.display().to_string();
    let warn = |reason: String| LoadWarning {
        path: shown.clone(),
        reason,
    };
    let meta =
        std::fs::metadata(path).map_err(|e| warn(format!("cannot read it ({})", io_reason(&e))))?;
    if meta.len() > options.max_file_size {
        return Err(warn(format!(
            "{} MiB is over the size limit of {} MiB (setting load.max_file_size_mb)",
            meta.len() / (1024 * 1024),
            options.max_file_size / (1024 * 1024)
        )));
    }
    let bytes =
        std::fs::read(path).map_err(|e| warn(format!("cannot read it ({})", io_reason(&e))))?;
    let decoded = decode::decode_owned(bytes).map_err(|e| {
        warn(match e {
            DecodeError::Binary => "binary file".to_string(),
            other => other.to_string(),
        })
    })?;
    // Offsets and indices within an article are stored as `u32` (see `model::Section`).
    if decoded.text.len() > super::model::MAX_TEXT {
        return Err(warn("over 4 GiB of text once decoded".to_string()));
    }
    Ok(parse::parse(&shown, Origin::File, decoded))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::NotFound => "it vanished while loading".into(),
        _ => e.to_string(),
    }
}

fn is_article_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// Collects article files under a folder, sorted, skipping hidden entries and symlink loops.
fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    warnings: &mut Vec<LoadWarning>,
    seen: &mut HashSet<PathBuf>,
) {
    let Ok(real) = std::fs::canonicalize(dir) else {
        return;
    };
    if !seen.insert(real) {
        return; // a symlink loop or a folder reached twice
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            warnings.push(LoadWarning {
                path: dir.display().to_string(),
                reason: format!("cannot read folder ({})", io_reason(&e)),
            });
            return;
        }
    };
    // The folder listing says most entries' types: a stat call for each of thousands of
    // files was most of the time the first frame waited for the folder.
    let mut entries: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| (e.path(), e.file_type().ok()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, listed) in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let (is_dir, is_file) = match listed {
            Some(t) if t.is_dir() => (true, false),
            Some(t) if t.is_file() => (false, true),
            // Follows symlinks; a dangling one is skipped silently like any non-article.
            _ => match std::fs::metadata(&path) {
                Ok(m) => (m.is_dir(), m.is_file()),
                Err(_) => (false, false),
            },
        };
        if is_dir {
            walk(&path, files, warnings, seen);
        } else if is_file && is_article_name(&name) {
            files.push(path);
        }
    }
}
