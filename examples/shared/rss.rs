//! The resident memory of the measuring examples' own process.

/// Resident memory of this process, in MB, after free heap pages are given back (so the figure
/// is what is in use, as the reader's own `malloc_trim` leaves it).
pub fn rss() -> f64 {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap pages.
    unsafe {
        libc::malloc_trim(0);
    }
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(0.0, |pages| pages * 4096.0 / 1e6)
}
