//! Measures fact extraction: precision and recall per kind, on the project's own annotations
//! (`tests/gold/`) and, when present, on third-party gold in `../shared/data/`.
//!
//! Run with `cargo run --release --example eval [-- --shared PATH]`.

mod actors;
mod heldout;
mod numeric;

use std::path::PathBuf;

/// Counts for one kind on one evaluation set.
#[derive(Clone, Debug, Default)]
pub struct Row {
    /// The evaluation set, e.g. `samples`, `own-text`, `WikiWarsDE`, `GermEval2014-dev`.
    pub set: String,
    pub kind: String,
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
}

impl Row {
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut shared = PathBuf::from("../shared/data");
    while let Some(a) = args.next() {
        if a == "--shared"
            && let Some(p) = args.next()
        {
            shared = PathBuf::from(p);
        }
    }
    let shared = shared.is_dir().then_some(shared);
    let mut rows = numeric::rows(shared.as_deref());
    rows.extend(heldout::rows());
    rows.extend(actors::rows(shared.as_deref()));
    println!(
        "{:<22} {:<14} {:>6} {:>6} {:>6} {:>9} {:>7} {:>6}",
        "set", "kind", "tp", "fp", "fn", "precision", "recall", "f1"
    );
    for r in &rows {
        println!(
            "{:<22} {:<14} {:>6} {:>6} {:>6} {:>9.3} {:>7.3} {:>6.3}",
            r.set,
            r.kind,
            r.true_pos,
            r.false_pos,
            r.false_neg,
            r.precision(),
            r.recall(),
            r.f1()
        );
    }
}
