//! Reading a corpus again after its files changed. Articles that are still there come back
//! from disk; a file that exists but can no longer be read keeps its last good copy, so the
//! reader never loses what is on screen to a half-written or locked file.

use std::path::{Path, PathBuf};

use super::model::Article;
use super::{BuildOptions, Corpus, LoadError, LoadOptions, LoadWarning, load};

/// What changed between two loads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReloadReport {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
    /// Files that could not be read this time; their last good copy is kept.
    pub kept: Vec<LoadWarning>,
}

impl ReloadReport {
    /// One line for the status bar.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        for (n, what) in [
            (self.changed, "changed"),
            (self.added, "added"),
            (self.removed, "removed"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        let mut line = if parts.is_empty() {
            "reloaded: nothing changed".to_string()
        } else {
            format!("reloaded: {}", parts.join(", "))
        };
        if let Some(first) = self.kept.first() {
            line.push_str(&format!(
                "; kept the last good copy of {} ({})",
                first.path, first.reason
            ));
            if self.kept.len() > 1 {
                line.push_str(&format!(" and {} more", self.kept.len() - 1));
            }
        }
        line
    }
}

/// Loads `paths` again, keeping the last good copy of files from `old` that exist but fail
/// to load now. Fails only when nothing at all can be shown any more.
pub fn reload(
    old: &Corpus,
    paths: &[PathBuf],
    options: &LoadOptions,
    build: &BuildOptions,
) -> Result<(Corpus, ReloadReport), LoadError> {
    let loaded = load::load_paths(paths, options);
    let (mut articles, warnings) = match loaded {
        Ok(found) => found,
        Err(LoadError::NoArticles { warnings, .. }) => (Vec::new(), warnings),
        Err(e) => {
            // A root path that is gone: keep what is still there in the other roots.
            let present: Vec<PathBuf> = paths.iter().filter(|p| p.exists()).cloned().collect();
            if present.is_empty() {
                return Err(e);
            }
            match load::load_paths(&present, options) {
                Ok(found) => found,
                Err(LoadError::NoArticles { warnings, .. }) => (Vec::new(), warnings),
                Err(e) => return Err(e),
            }
        }
    };
    let mut report = ReloadReport::default();
    let mut skipped = Vec::new();
    for w in warnings {
        match old.articles.iter().find(|a| a.path == w.path) {
            Some(a) if Path::new(&w.path).exists() => {
                articles.push(a.clone());
                report.kept.push(w);
            }
            _ => skipped.push(w),
        }
    }
    if articles.is_empty() {
        return Err(LoadError::NoArticles {
            paths: paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            detail: String::new(),
            warnings: skipped,
        });
    }
    // Kept copies go back where they were: order as before, new files after their neighbours.
    let rank = |a: &Article| old.articles.iter().position(|o| o.path == a.path);
    let mut order: Vec<(usize, usize, Article)> = articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| (rank(&a).unwrap_or(usize::MAX), i, a))
        .collect();
    order.sort_by_key(|(r, i, _)| (*r, *i));
    let articles: Vec<Article> = order.into_iter().map(|(_, _, a)| a).collect();
    for a in &articles {
        match old.articles.iter().find(|o| o.path == a.path) {
            None => report.added += 1,
            Some(o) if o.text != a.text => report.changed += 1,
            Some(_) => {}
        }
    }
    report.removed = old
        .articles
        .iter()
        .filter(|o| !articles.iter().any(|a| a.path == o.path))
        .count();
    Ok((Corpus::build(articles, skipped, build), report))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
    }

    fn open(dir: &Path) -> Corpus {
        Corpus::open(
            &[dir.to_path_buf()],
            &LoadOptions::default(),
            &BuildOptions::default(),
        )
        .unwrap()
    }

    #[test]
    fn changed_added_removed_and_unreadable_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "a.txt",
            "Erster Artikel\n\nDer Text am 17. Dezember 2025.\n",
        );
        write(d, "b.txt", "Zweiter Artikel\n\nNoch ein Text.\n");
        write(d, "c.txt", "Dritter Artikel\n\nDer dritte Text.\n");
        let old = open(d);
        assert_eq!(old.articles.len(), 3);

        write(
            d,
            "a.txt",
            "Erster Artikel\n\nDer Text am 18. Dezember 2025.\n",
        );
        std::fs::remove_file(d.join("b.txt")).unwrap();
        // c.txt turns into something that cannot be read as an article.
        std::fs::write(d.join("c.txt"), [0u8, 159, 146, 150, 0, 0, 1, 2, 0, 0]).unwrap();
        write(d, "d.txt", "Vierter Artikel\n\nNeu.\n");
        let (new, report) = reload(
            &old,
            &[d.to_path_buf()],
            &LoadOptions::default(),
            &BuildOptions::default(),
        )
        .unwrap();
        assert_eq!((report.changed, report.added, report.removed), (1, 1, 1));
        assert_eq!(report.kept.len(), 1, "{report:?}");
        assert!(report.kept[0].path.ends_with("c.txt"));
        let titles: Vec<&str> = new.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Erster Artikel", "Dritter Artikel", "Vierter Artikel"]
        );
        assert!(new.articles[0].text.contains("18. Dezember"));
        assert_eq!(
            new.facts().len(),
            3,
            "facts are extracted for the new corpus"
        );
        assert!(report.summary().contains("1 changed, 1 added, 1 removed"));
        assert!(report.summary().contains("kept the last good copy of"));
    }

    #[test]
    fn a_folder_that_vanishes_is_an_error_and_the_caller_keeps_the_old_corpus() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        write(&sub, "a.txt", "Ein Artikel\n\nText.\n");
        let old = open(&sub);
        std::fs::remove_dir_all(&sub).unwrap();
        let r = reload(
            &old,
            std::slice::from_ref(&sub),
            &LoadOptions::default(),
            &BuildOptions::default(),
        );
        assert!(r.is_err());
    }
}
