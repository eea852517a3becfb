//! Pipe tables as the reader lays them out: the cells of a row and the widths of the columns.

use std::ops::Range;

use unicode_width::UnicodeWidthStr;

/// The byte ranges of a row's cells in `row` ("| a | b |"), each trimmed of its spaces. A
/// row without its outer pipes is split all the same.
pub fn cells(row: &str) -> Vec<Range<usize>> {
    let t = row.trim_end();
    let inner_start = row.len() - row.trim_start().len();
    let inner = &row[inner_start..t.len()];
    let (offset, inner) = match inner.strip_prefix('|') {
        Some(rest) => (inner_start + 1, rest),
        None => (inner_start, inner),
    };
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut out = Vec::new();
    let mut at = offset;
    for cell in inner.split('|') {
        let lead = cell.len() - cell.trim_start().len();
        let trimmed = cell.trim();
        out.push(at + lead..at + lead + trimmed.len());
        at += cell.len() + 1;
    }
    out
}

/// The display width of each column over `rows` (each a row's cell texts).
pub fn column_widths<'a>(rows: impl IntoIterator<Item = Vec<&'a str>>) -> Vec<usize> {
    let mut widths: Vec<usize> = Vec::new();
    for row in rows {
        for (k, cell) in row.iter().enumerate() {
            let w = cell.width();
            match widths.get_mut(k) {
                Some(max) => *max = (*max).max(w),
                None => widths.push(w),
            }
        }
    }
    widths
}

/// The width a row takes laid out in `widths`, with " │ " between its cells.
pub fn row_width(widths: &[usize]) -> usize {
    widths.iter().sum::<usize>() + 3 * widths.len().saturating_sub(1)
}

/// The line under a header laid out in `widths`: "────┼────".
pub fn rule(widths: &[usize]) -> String {
    let parts: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    parts.join("─┼─")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_trimmed_and_placed() {
        let row = "| Kennzahl | Q4 2030 |  538 |";
        let got: Vec<&str> = cells(row).into_iter().map(|r| &row[r]).collect();
        assert_eq!(got, ["Kennzahl", "Q4 2030", "538"]);
        let row = "a | b";
        let got: Vec<&str> = cells(row).into_iter().map(|r| &row[r]).collect();
        assert_eq!(got, ["a", "b"]);
        let row = "|  | x |";
        let got: Vec<&str> = cells(row).into_iter().map(|r| &row[r]).collect();
        assert_eq!(got, ["", "x"]);
    }

    #[test]
    fn widths_take_the_widest_cell_of_each_column() {
        let widths = column_widths([vec!["Kennzahl", "Q4"], vec!["davon Ransomware", "96", "x"]]);
        assert_eq!(widths, [16, 2, 1]);
        assert_eq!(row_width(&widths), 16 + 2 + 1 + 6);
        assert_eq!(rule(&[2, 1]), "───┼──");
    }
}
