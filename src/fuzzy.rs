//! Fuzzy matching with smart case and German umlauts matched as typed, as base letters, or as
//! ae/oe/ue/ss. One function scores everything, so every list ranks the same way.

use std::sync::LazyLock;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

static MATCHER: LazyLock<SkimMatcherV2> = LazyLock::new(|| SkimMatcherV2::default().smart_case());

/// A match: its score and the matched character positions in the original candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub score: i64,
    pub positions: Vec<usize>,
}

/// Scores `candidate` against `query`; `None` if it does not match.
pub fn score(query: &str, candidate: &str) -> Option<Match> {
    if query.is_empty() {
        return Some(Match {
            score: 0,
            positions: Vec::new(),
        });
    }
    let mut best = MATCHER
        .fuzzy_indices(candidate, query)
        .map(|(score, positions)| Match { score, positions });
    // The matcher folds only ASCII case; a lower-case query must also find "Ü" as "ü".
    let lower = !query.chars().any(char::is_uppercase);
    if candidate
        .chars()
        .any(|c| is_foldable(c) || (lower && !c.is_ascii() && c.is_uppercase()))
    {
        // Typed umlauts match base letters ("ü" ~ "u"); "ue" matches the spelled-out form.
        let query_base = fold(query, false, false).0;
        for spelled_out in [false, true] {
            let (folded, origin) = fold(candidate, spelled_out, lower);
            let q = if spelled_out { query } else { &query_base };
            if let Some((score, positions)) = MATCHER.fuzzy_indices(&folded, q)
                && best.as_ref().is_none_or(|b| score > b.score)
            {
                let mut positions: Vec<usize> = positions
                    .into_iter()
                    .filter_map(|p| origin.get(p).copied())
                    .collect();
                positions.dedup();
                best = Some(Match { score, positions });
            }
        }
    }
    best
}

/// The index of the best-scoring candidate (first on ties).
pub fn best<'a>(query: &str, candidates: impl Iterator<Item = &'a str>) -> Option<usize> {
    let mut best: Option<(i64, usize)> = None;
    for (i, c) in candidates.enumerate() {
        if let Some(m) = score(query, c)
            && best.is_none_or(|(s, _)| m.score > s)
        {
            best = Some((m.score, i));
        }
    }
    best.map(|(_, i)| i)
}

fn return_fold(c: char, spelled_out: bool) -> (char, Option<char>) {
    let base = match c {
        'ä' => 'a',
        'ö' => 'o',
        _ => 'u',
    };
    (base, spelled_out.then_some('e'))
}

fn is_foldable(c: char) -> bool {
    matches!(
        c,
        'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü' | 'ß' | 'é' | 'è' | 'á' | 'à' | 'ó' | 'í' | 'ç'
    )
}

/// Lower-cases (when `lower`) and spells umlauts as base letters ("Uberprufung") or spelled out ("Ueberpruefung"); returns
/// the folded text and, per folded character, the index of the original character.
pub fn fold(text: &str, spelled_out: bool, lower: bool) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len() + 8);
    let mut origin = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if lower && c.is_uppercase() && !is_foldable(c) {
            for l in c.to_lowercase() {
                out.push(l);
                origin.push(i);
            }
            continue;
        }
        let (base, extra): (char, Option<char>) = match c {
            'Ä' | 'Ö' | 'Ü' if lower => {
                let base = c.to_lowercase().next().unwrap_or(c);
                return_fold(base, spelled_out)
            }
            'ä' => ('a', spelled_out.then_some('e')),
            'ö' => ('o', spelled_out.then_some('e')),
            'ü' => ('u', spelled_out.then_some('e')),
            'Ä' => ('A', spelled_out.then_some('e')),
            'Ö' => ('O', spelled_out.then_some('e')),
            'Ü' => ('U', spelled_out.then_some('e')),
            'ß' => ('s', Some('s')),
            'é' | 'è' => ('e', None),
            'á' | 'à' => ('a', None),
            'ó' => ('o', None),
            'í' => ('i', None),
            'ç' => ('c', None),
            c => (c, None),
        };
        out.push(base);
        origin.push(i);
        if let Some(e) = extra {
            out.push(e);
            origin.push(i);
        }
    }
    (out, origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_match_as_typed_as_base_letters_and_spelled_out() {
        for q in ["überprüf", "uberpruf", "ueberpruef"] {
            assert!(score(q, "WSIS+20 Überprüfungskonferenz").is_some(), "{q}");
        }
        assert!(score("strasse", "Hauptstraße").is_some());
    }

    #[test]
    fn positions_point_at_original_characters() {
        let m = score("ue", "Ü").unwrap();
        assert_eq!(m.positions, [0]);
    }

    #[test]
    fn smart_case() {
        assert!(score("wsis", "WSIS").is_some());
        assert!(score("Wsis", "wsis").is_none());
    }

    #[test]
    fn best_prefers_the_closer_match() {
        let titles = [
            "China will globale KI-Regeln schaffen",
            "Weltinternetkonferenz in Wuzhen",
        ];
        assert_eq!(best("wuzhen", titles.into_iter()), Some(1));
        assert_eq!(best("xyzzy", titles.into_iter()), None);
    }
}
