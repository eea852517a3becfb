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
const FORMAT: &str = concat!("briefing-cache-30-", env!("CARGO_PKG_VERSION"));

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
        use bincode::Options;
        use rayon::prelude::*;
        let f = std::fs::File::open(file).ok()?;
        let chunks = chunk_table(&f, max_file_size)?;
        // Each chunk is read and decoded on its own, its bytes dropped at once: holding the
        // whole file (84 MB for a corpus of 62 MB) next to the articles made from it set the
        // peak memory of a warm start. The chunks are read in a few runs, each through one
        // buffer: a buffer per chunk is a fresh mapping each time (large blocks are mapped,
        // see `main`), and faulting in the whole file's worth of new pages took about a sixth
        // of a warm start.
        let runs = rayon::current_num_threads().max(1) * 2;
        let per_run = chunks.len().div_ceil(runs).max(1);
        let runs: Vec<Vec<Vec<(String, Stamp, Article)>>> = chunks
            .par_chunks(per_run)
            .map(|run| {
                let mut buf = Vec::new();
                run.iter()
                    .map(|&(offset, len)| {
                        let bytes = read_at(&f, offset, len, &mut buf)?;
                        options().deserialize(bytes).ok()
                    })
                    .collect::<Option<Vec<_>>>()
            })
            .collect::<Option<_>>()?;
        let chunks: Vec<Vec<(String, Stamp, Article)>> = runs.into_iter().flatten().collect();
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

/// How cache files are encoded: bincode with fixed-width integers.
pub(crate) fn options() -> impl bincode::Options + Copy {
    use bincode::Options;
    bincode::DefaultOptions::new()
        .with_fixint_encoding()
        .allow_trailing_bytes()
}

/// [`options`] for reading at most `limit` bytes: a garbled length then fails instead of
/// asking for an absurd allocation (a slice is checked against its length anyway; a stream
/// is not).
pub(crate) fn read_options(limit: u64) -> impl bincode::Options + Copy {
    use bincode::Options;
    options().with_limit(limit)
}

/// The file's layout: the format and the size limit (each as a length and bytes or as a
/// number, little-endian), the number of chunks, then each chunk as its length and its bytes
/// (a bincode `[(path, Stamp, Article)]`). Returns where each chunk's bytes are, or `None`
/// when the header is not this version's or the chunks do not end exactly at the file's end.
fn chunk_table(f: &std::fs::File, max_file_size: u64) -> Option<Vec<(u64, usize)>> {
    use std::io::{BufReader, Read};
    let size = f.metadata().ok()?.len();
    let mut r = BufReader::new(f);
    let mut word = [0u8; 8];
    let mut next = |r: &mut BufReader<&std::fs::File>| -> Option<u64> {
        r.read_exact(&mut word).ok()?;
        Some(u64::from_le_bytes(word))
    };
    let format_len = next(&mut r)?;
    if format_len != FORMAT.len() as u64 {
        return None;
    }
    let mut format = vec![0u8; FORMAT.len()];
    r.read_exact(&mut format).ok()?;
    if format != FORMAT.as_bytes() || next(&mut r)? != max_file_size {
        return None;
    }
    let count = next(&mut r)?;
    let mut at = 8 + FORMAT.len() as u64 + 16;
    let mut chunks = Vec::new();
    for _ in 0..count {
        let len = next(&mut r)?;
        at += 8;
        if len > size.saturating_sub(at) {
            return None;
        }
        chunks.push((at, usize::try_from(len).ok()?));
        r.seek_relative(i64::try_from(len).ok()?).ok()?;
        at += len;
    }
    (at == size).then_some(chunks)
}

/// Reads `len` bytes of `f` from `offset` into the front of `buf` and returns them (from any
/// thread: the file's own position is not used). The buffer only grows, so it is cleared
/// once, not for every chunk.
fn read_at<'b>(
    f: &std::fs::File,
    offset: u64,
    len: usize,
    buf: &'b mut Vec<u8>,
) -> Option<&'b [u8]> {
    if buf.len() < len {
        buf.resize(len, 0);
    }
    let bytes = buf.get_mut(..len)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt;
        f.read_exact_at(bytes, offset).ok()?;
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::FileExt;
        let mut done = 0;
        while done < len {
            let n = f.seek_read(&mut bytes[done..], offset + done as u64).ok()?;
            if n == 0 {
                return None;
            }
            done += n;
        }
    }
    Some(bytes)
}

/// An article's text as a cache file holds it, checked as UTF-8 with SIMD: the standard check
/// leaves its fast path at every umlaut, and on German text it was a tenth of a warm start.
pub(crate) fn deserialize_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct Text;
    impl serde::de::Visitor<'_> for Text {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("UTF-8 text")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_owned())
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<String, E> {
            Ok(v)
        }
        fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<String, E> {
            simdutf8::basic::from_utf8(v)
                .map(str::to_owned)
                .map_err(|_| E::invalid_value(serde::de::Unexpected::Bytes(v), &self))
        }
        fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<String, E> {
            String::from_utf8(v)
                .map_err(|e| E::invalid_value(serde::de::Unexpected::Bytes(e.as_bytes()), &self))
        }
    }
    d.deserialize_bytes(Text)
}

/// Writes the cache file for the articles that have a stamp, atomically (in chunks that are
/// encoded and later decoded in parallel). A failed write leaves the old file in place.
pub fn write(file: &Path, max_file_size: u64, articles: &[Article]) -> std::io::Result<()> {
    use bincode::Options;
    use rayon::prelude::*;
    let stamped: Vec<(&str, Stamp, &Article)> = articles
        .iter()
        .filter_map(|a| a.stamp.map(|s| (a.path.as_str(), s, a)))
        .collect();
    let size = stamped.len().div_ceil(32).max(1);
    let chunks: Vec<&[(&str, Stamp, &Article)]> = stamped.chunks(size).collect();
    write_atomically(file, |out| {
        out.write_all(&(FORMAT.len() as u64).to_le_bytes())?;
        out.write_all(FORMAT.as_bytes())?;
        out.write_all(&max_file_size.to_le_bytes())?;
        out.write_all(&(chunks.len() as u64).to_le_bytes())?;
        // A few chunks at a time are encoded in parallel and written out, so no more than
        // that is ever held in memory (the whole file was, twice over, and set the peak
        // memory of a first start).
        let batch = rayon::current_num_threads().max(1);
        for group in chunks.chunks(batch) {
            let encoded: Vec<Vec<u8>> = group
                .par_iter()
                .map(|c| options().serialize(c).map_err(std::io::Error::other))
                .collect::<std::io::Result<_>>()?;
            for bytes in encoded {
                out.write_all(&(bytes.len() as u64).to_le_bytes())?;
                out.write_all(&bytes)?;
            }
        }
        Ok(())
    })
}

/// Replaces `file` with what `fill` writes, through a temporary file and a rename, so a reader
/// sees the old file or the new one, never half of one; a failed write leaves the old file in
/// place. `fill` writes into a buffer in front of the file: nothing needs to be encoded whole
/// in memory first.
pub(crate) fn write_atomically(
    file: &Path,
    fill: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = file.with_extension(format!("{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp).and_then(|f| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, f);
        fill(&mut out)?;
        out.into_inner().map_err(|e| e.into_error())?;
        Ok(())
    });
    written
        .and_then(|()| std::fs::rename(&tmp, file))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{LoadOptions, load};
    use bincode::Options;

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
        // And one whose chunk count or a chunk's length is garbled.
        let count = 8 + FORMAT.len() + 8;
        for at in [count, count + 8] {
            let mut garbled = whole.clone();
            garbled[at..at + 8].copy_from_slice(&u64::MAX.to_le_bytes());
            std::fs::write(&file, &garbled).unwrap();
            let (again, _) = load::load_paths(&paths, &options(&cache)).unwrap();
            assert!(again.iter().all(|a| !a.from_cache));
        }
        // And one whose text is not UTF-8 any more (its check is our own, see
        // `deserialize_text`): that chunk is not used.
        let text = "Mehr Text hier.".as_bytes();
        let at = whole
            .windows(text.len())
            .position(|w| w == text)
            .expect("the text is in the cache");
        let mut garbled = whole.clone();
        garbled[at] = 0xFF;
        std::fs::write(&file, &garbled).unwrap();
        let (again, _) = load::load_paths(&paths, &options(&cache)).unwrap();
        assert!(again.iter().all(|a| !a.from_cache));
        assert_eq!(again[1].text, fifth[1].text);
        std::fs::write(&file, &whole).unwrap();
        let (whole_again, _) = load::load_paths(&paths, &options(&cache)).unwrap();
        assert!(whole_again.iter().all(|a| a.from_cache));
    }

    #[test]
    fn a_text_is_read_back_from_bincode_and_json() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct T {
            #[serde(deserialize_with = "deserialize_text")]
            text: String,
        }
        let t = T {
            text: "Grüße – 中文 ✓".to_string(),
        };
        let bytes = super::options().serialize(&t).unwrap();
        assert_eq!(super::options().deserialize::<T>(&bytes).unwrap(), t);
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), t);
    }
}
