//! A cache of parsed articles in `$XDG_CACHE_HOME/briefing/`, so a large corpus opens without
//! being parsed again. One cache file per set of paths; an article is reused while its file's
//! path, size and modification time are unchanged. A cache that is missing, from another
//! version, or unreadable is simply rebuilt: it can never make loading fail.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::model::Article;

/// Changes whenever the cached model changes shape (with the crate version, to be safe).
const FORMAT: &str = concat!("briefing-cache-2-", env!("CARGO_PKG_VERSION"));

/// What identifies a file's content without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub modified_ns: u128,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Option<Stamp> {
        let modified = meta.modified().ok()?;
        let since = modified.duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(Stamp {
            size: meta.len(),
            modified_ns: since.as_nanos(),
        })
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    max_file_size: u64,
    /// Each chunk is a bincode `Vec<(path, Stamp, Article)>`.
    chunks: Vec<&'a [u8]>,
}

#[derive(Deserialize)]
struct FileIn<'a> {
    format: &'a str,
    max_file_size: u64,
    #[serde(borrow)]
    chunks: Vec<&'a [u8]>,
}

/// `$XDG_CACHE_HOME/briefing`, or `~/.cache/briefing`.
pub fn default_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("briefing"))
}

/// The cache file for a set of paths: named by a hash of their absolute forms.
pub fn file_for(dir: &Path, paths: &[PathBuf], key: &str) -> PathBuf {
    // FNV-1a: stable across Rust versions, unlike the standard hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |bytes: &[u8]| {
        for &b in bytes.iter().chain([&0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for p in paths {
        let absolute = std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        add(absolute.to_string_lossy().as_bytes());
    }
    add(key.as_bytes());
    dir.join(format!("corpus-{hash:016x}.bin"))
}

/// Articles read from a cache file, handed out once each while their file is unchanged.
pub struct Cached {
    entries: Mutex<HashMap<String, (Stamp, Article)>>,
    /// How many entries the file had (to tell whether it needs writing again).
    pub len: usize,
}

impl Cached {
    /// Reads a cache file; `None` when it is missing, unreadable or from another version.
    pub fn read(file: &Path, max_file_size: u64) -> Option<Cached> {
        use rayon::prelude::*;
        let bytes = Bytes::read(file)?;
        let data: FileIn = bincode::deserialize(bytes.as_slice()).ok()?;
        if data.format != FORMAT || data.max_file_size != max_file_size {
            return None;
        }
        let chunks: Vec<Vec<(String, Stamp, Article)>> = data
            .chunks
            .par_iter()
            .map(|c| bincode::deserialize(c).ok())
            .collect::<Option<_>>()?;
        let len = chunks.iter().map(Vec::len).sum();
        let entries = chunks
            .into_iter()
            .flatten()
            .map(|(path, stamp, article)| (path, (stamp, article)))
            .collect();
        Some(Cached {
            entries: Mutex::new(entries),
            len,
        })
    }

    /// The cached article for `path` if its file still has `stamp`.
    pub fn take(&self, path: &str, stamp: Stamp) -> Option<Article> {
        let entry = self.entries.lock().ok()?.remove(path);
        match entry {
            Some((s, article)) if s == stamp => Some(article),
            _ => None,
        }
    }
}

/// A cache file's bytes: mapped into memory where possible (no copy of a file of tens of
/// megabytes; the pages come straight from the page cache), read otherwise. The file is only
/// ever replaced by a rename, never changed in place, so a mapping stays valid.
enum Bytes {
    #[cfg(unix)]
    Mapped(*const u8, usize),
    Read(Vec<u8>),
}

impl Bytes {
    fn read(file: &Path) -> Option<Bytes> {
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd;
            let f = std::fs::File::open(file).ok()?;
            let len = usize::try_from(f.metadata().ok()?.len()).ok()?;
            if len == 0 {
                return None;
            }
            #[cfg(target_os = "linux")]
            let flags = libc::MAP_PRIVATE | libc::MAP_POPULATE;
            #[cfg(not(target_os = "linux"))]
            let flags = libc::MAP_PRIVATE;
            // SAFETY: a read-only private mapping of a whole open file; it is unmapped on drop
            // and the slice handed out never outlives `self`.
            let ptr = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    len,
                    libc::PROT_READ,
                    flags,
                    f.as_raw_fd(),
                    0,
                )
            };
            if ptr != libc::MAP_FAILED {
                return Some(Bytes::Mapped(ptr as *const u8, len));
            }
        }
        std::fs::read(file).ok().map(Bytes::Read)
    }

    fn as_slice(&self) -> &[u8] {
        match self {
            // SAFETY: the mapping is `len` readable bytes until `self` is dropped.
            #[cfg(unix)]
            Bytes::Mapped(ptr, len) => unsafe { std::slice::from_raw_parts(*ptr, *len) },
            Bytes::Read(v) => v,
        }
    }
}

impl Drop for Bytes {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Bytes::Mapped(ptr, len) = *self {
            // SAFETY: unmaps exactly the mapping made in `Bytes::read`.
            unsafe {
                libc::munmap(ptr as *mut libc::c_void, len);
            }
        }
    }
}

/// Writes the cache file for the articles that have a stamp, atomically (in chunks that are
/// encoded and later decoded in parallel). A failed write leaves the old file in place.
pub fn write(file: &Path, max_file_size: u64, articles: &[Article]) -> std::io::Result<()> {
    use rayon::prelude::*;
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let stamped: Vec<(&str, Stamp, &Article)> = articles
        .iter()
        .filter_map(|a| a.stamp.map(|s| (a.path.as_str(), s, a)))
        .collect();
    let size = stamped.len().div_ceil(32).max(1);
    let chunks: Vec<Vec<u8>> = stamped
        .par_chunks(size)
        .map(|c| bincode::serialize(c).map_err(std::io::Error::other))
        .collect::<std::io::Result<_>>()?;
    let data = FileOut {
        format: FORMAT,
        max_file_size,
        chunks: chunks.iter().map(Vec::as_slice).collect(),
    };
    let bytes = bincode::serialize(&data).map_err(std::io::Error::other)?;
    write_atomically(file, &bytes)
}

/// Replaces `file` with `bytes` through a temporary file and a rename, so a reader sees the
/// old file or the new one, never half of one; a failed write leaves the old file in place.
pub(crate) fn write_atomically(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = file.with_extension(format!("{}.tmp", std::process::id()));
    let mut out = std::fs::File::create(&tmp)?;
    out.write_all(bytes)?;
    drop(out);
    std::fs::rename(&tmp, file).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{LoadOptions, load};

    fn options(cache: &Path) -> LoadOptions {
        LoadOptions {
            cache: Some(cache.to_path_buf()),
            ..LoadOptions::default()
        }
    }

    #[test]
    fn unchanged_files_come_from_the_cache_and_changed_ones_are_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let (docs, cache) = (dir.path().join("docs"), dir.path().join("cache"));
        std::fs::create_dir(&docs).unwrap();
        std::fs::write(
            docs.join("a.txt"),
            "Erster Artikel\n\nAm 17. Dezember 2025.\n",
        )
        .unwrap();
        std::fs::write(docs.join("b.txt"), "Zweiter Artikel\n\nText.\n").unwrap();
        let paths = [docs.clone()];
        let (first, _) = load::load_paths(&paths, &options(&cache)).unwrap();
        assert!(first.iter().all(|a| !a.from_cache && a.stamp.is_some()));
        let file = file_for(&cache, &paths, "");
        write(&file, LoadOptions::default().max_file_size, &first).unwrap();

        // From the cache: the same articles, line numbers as before.
        let (second, _) = load::load_paths(&paths, &options(&cache)).unwrap();
        assert_eq!(second.len(), 2);
        assert!(second.iter().all(|a| a.from_cache));
        for (a, b) in first.iter().zip(&second) {
            assert_eq!((&a.path, &a.title, &a.text), (&b.path, &b.title, &b.text));
            assert_eq!(a.blocks.len(), b.blocks.len());
            assert_eq!(a.line_col(a.text.len()), b.line_col(b.text.len()));
        }
        // A changed file is read again.
        std::fs::write(
            docs.join("b.txt"),
            "Zweiter Artikel, neu\n\nMehr Text hier.\n",
        )
        .unwrap();
        let (third, _) = load::load_paths(&paths, &options(&cache)).unwrap();
        assert_eq!(third[1].title, "Zweiter Artikel, neu");
        assert!(third[0].from_cache && !third[1].from_cache);
        // A broken cache is ignored and rebuilt.
        std::fs::write(&file, b"garbage").unwrap();
        let (fourth, _) = load::load_paths(&paths, &options(&cache)).unwrap();
        assert_eq!(fourth[1].title, "Zweiter Artikel, neu");
        assert!(fourth.iter().all(|a| !a.from_cache));
        // So is an empty one, and one cut short.
        std::fs::write(&file, b"").unwrap();
        let (fifth, _) = load::load_paths(&paths, &options(&cache)).unwrap();
        assert!(fifth.iter().all(|a| !a.from_cache));
        write(&file, LoadOptions::default().max_file_size, &fifth).unwrap();
        let whole = std::fs::read(&file).unwrap();
        std::fs::write(&file, &whole[..whole.len() / 2]).unwrap();
        let (sixth, _) = load::load_paths(&paths, &options(&cache)).unwrap();
        assert!(sixth.iter().all(|a| !a.from_cache));
        assert_eq!(sixth[1].title, "Zweiter Artikel, neu");
    }
}
