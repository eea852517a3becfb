//! Keywords found where a word starts, without regard to ASCII case: what the topics count in
//! every block of every article. It looks only at word starts, and there only when a keyword
//! begins with the word's first three bytes; an automaton stepping through every byte was a
//! fifth of parsing a corpus.

/// A set of keywords to find at word starts.
pub struct WordStartKeywords {
    /// The keywords' bytes, ASCII letters in lower case.
    keywords: Vec<Box<[u8]>>,
    /// Whether a keyword begins with ASCII punctuation ("#tag"): then such bytes may start a
    /// match too.
    punctuation_first: bool,
    /// Per first byte (lower case): the keywords beginning with it, longest first.
    by_first: Vec<Vec<usize>>,
    /// One bit per hash of the first four bytes of a keyword. Most word starts stop here:
    /// four bytes tell "Beijing" from "bei", three did not.
    prefixes: Vec<u64>,
    /// Per first byte (lower case): whether a keyword of fewer than four bytes begins with
    /// it (those are looked for without the filter).
    short: [bool; 256],
    /// Per byte, in either case: whether a keyword begins with it (spaces and most
    /// punctuation do not, and are passed over at once).
    first: [bool; 256],
}

impl WordStartKeywords {
    /// Keyword `i` of the result is `keywords[i]`; empty keywords are never found.
    pub fn new<S: AsRef<str>>(keywords: &[S]) -> WordStartKeywords {
        let mut set = WordStartKeywords {
            keywords: Vec::with_capacity(keywords.len()),
            punctuation_first: false,
            by_first: vec![Vec::new(); 256],
            prefixes: vec![0; PREFIXES / 64],
            short: [false; 256],
            first: [false; 256],
        };
        for (i, k) in keywords.iter().enumerate() {
            let k = k.as_ref();
            let bytes: Box<[u8]> = k.bytes().map(|b| b.to_ascii_lowercase()).collect();
            if let Some(&first) = bytes.first() {
                match bytes.first_chunk() {
                    Some(prefix) => {
                        let hash = prefix_hash(prefix);
                        set.prefixes[hash / 64] |= 1 << (hash % 64);
                    }
                    None => set.short[usize::from(first)] = true,
                }
                set.by_first[usize::from(first)].push(i);
                set.first[usize::from(first)] = true;
                set.first[usize::from(first.to_ascii_uppercase())] = true;
                set.punctuation_first |= first.is_ascii_punctuation();
            }
            set.keywords.push(bytes);
        }
        for list in &mut set.by_first {
            // Longest first, and of two equally long the one given first, as an automaton
            // finding the leftmost longest match reports.
            list.sort_by_key(|&i| (std::cmp::Reverse(set.keywords[i].len()), i));
        }
        set
    }

    /// Calls `found` with the index of every keyword that starts a word of `text` (after a
    /// character that is not a letter or digit), the longest where several do; the search
    /// goes on after the end of each match.
    pub fn for_each(&self, text: &str, mut found: impl FnMut(usize)) {
        let bytes = text.as_bytes();
        // Where the next match may start: after the end of the last one.
        let mut next = 0;
        let mut padded = [b' '; BLOCK];
        for (n, block) in bytes.chunks(BLOCK).enumerate() {
            let base = n * BLOCK;
            let block: &[u8; BLOCK] = match block.try_into() {
                Ok(full) => full,
                Err(_) => {
                    padded[..block.len()].copy_from_slice(block);
                    &padded
                }
            };
            let before = base.checked_sub(1).and_then(|i| bytes.get(i)).copied();
            let mut starts = word_starts(block, before.unwrap_or(b' '), self.punctuation_first);
            while starts != 0 {
                let i = base + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let rest = &bytes[i..];
                if i < next || !self.first[usize::from(rest[0])] || !self.may_start(rest) {
                    continue;
                }
                // After a byte outside ASCII the mask could not tell: "ü" continues a word,
                // "„" does not.
                if i > 0
                    && !bytes[i - 1].is_ascii()
                    && text.get(..i).is_none_or(|before| {
                        before
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric)
                    })
                {
                    continue;
                }
                if let Some(k) = self.longest_at(rest) {
                    found(k);
                    next = i + self.keywords[k].len();
                }
            }
        }
    }

    /// Whether a keyword may begin `text`: the filter of prefixes, which most words fail.
    #[inline]
    fn may_start(&self, text: &[u8]) -> bool {
        let known = text.first_chunk().is_some_and(|prefix| {
            let hash = prefix_hash(prefix);
            self.prefixes[hash / 64] & (1 << (hash % 64)) != 0
        });
        known
            || text
                .first()
                .is_some_and(|b| self.short[usize::from(b.to_ascii_lowercase())])
    }

    /// The longest keyword that `text` begins with.
    fn longest_at(&self, text: &[u8]) -> Option<usize> {
        let first = text.first()?.to_ascii_lowercase();
        self.by_first[usize::from(first)]
            .iter()
            .copied()
            .find(|&k| {
                let keyword = &self.keywords[k];
                text.get(..keyword.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(keyword))
            })
    }
}

/// Bytes looked at together when looking for word starts.
const BLOCK: usize = 64;

/// A bit for each byte of `block` that may start a word: a letter or digit, or a byte outside
/// ASCII (or, with `punctuation`, ASCII punctuation), after a byte that is not an ASCII letter
/// or digit (`before` is the byte before the block). Flags in bytes, then packed eight at a time by a multiplication: a form the
/// compiler vectorises, without a branch per byte (a loop over the bytes mispredicted at
/// every word and was slower than an automaton).
fn word_starts(block: &[u8; BLOCK], before: u8, punctuation: bool) -> u64 {
    let word = |b: u8| u8::from((b | 0x20).wrapping_sub(b'a') < 26 || b.wrapping_sub(b'0') < 10);
    let mut flags = [0u8; BLOCK];
    let mut previous = word(before);
    for (flag, &b) in flags.iter_mut().zip(block) {
        let here = word(b);
        let other =
            u8::from(b >= 0x80) | (u8::from(punctuation) & u8::from(b.is_ascii_punctuation()));
        *flag = (here | other) & (previous ^ 1);
        previous = here;
    }
    pack_flags(&flags)
}

/// Flags of 0 or 1, one per byte, as the bits of a word (byte k: bit k), packed eight at a
/// time by a multiplication.
#[inline]
pub(crate) fn pack_flags(flags: &[u8; BLOCK]) -> u64 {
    let mut bits = 0;
    for (n, eight) in flags.chunks_exact(8).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        // Byte k (0 or 1) of the word lands on bit 56 + k of the product.
        let packed = u64::from_le_bytes(word).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        bits |= packed << (n * 8);
    }
    bits
}

/// Bits in the filter of prefixes: 8 KiB, a few keywords per thousand bits.
const PREFIXES: usize = 1 << 16;

/// A hash of four bytes below `PREFIXES`, the same for any ASCII case (and for a few other
/// pairs of bytes: a filter may let too much through).
#[inline]
fn prefix_hash(prefix: &[u8; 4]) -> usize {
    let key = u32::from_le_bytes(*prefix) | 0x2020_2020;
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize % PREFIXES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(keywords: &[&str], text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        WordStartKeywords::new(keywords).for_each(text, |k| out.push(k));
        out
    }

    #[test]
    fn keywords_are_found_at_word_starts_in_any_ascii_case() {
        let keywords = ["cyber", "Internet Governance", "ü", "x"];
        assert_eq!(
            found(&keywords, "Cybersicherheit, CYBER und internet governance"),
            [0, 0, 1]
        );
        // Not inside a word, also not after a letter outside ASCII.
        assert_eq!(found(&keywords, "Anticyber äcyber"), Vec::<usize>::new());
        // After punctuation, quotes and hyphens a word starts.
        assert_eq!(found(&keywords, "„Cyber“ EU-Cyber (cyber)"), [0, 0, 0]);
        // Letters outside ASCII match only in the same case; one-byte keywords work.
        assert_eq!(found(&keywords, "Ü ü x"), [2, 3]);
    }

    #[test]
    fn the_longest_keyword_wins_and_matches_do_not_overlap() {
        let keywords = ["EU", "EU-Kommission", "Kommission", "US-", "AI"];
        assert_eq!(found(&keywords, "die EU-Kommission"), [1]);
        // After a keyword ending in a hyphen the next word starts at once.
        assert_eq!(found(&keywords, "US-AI"), [3, 4]);
        // Equal keywords: the one given first.
        assert_eq!(found(&["ki", "KI"], "Ki"), [0]);
        assert_eq!(found(&["", "a"], "a"), [1]);
        // Keywords beginning with punctuation.
        assert_eq!(found(&["#tag", "x"], "#tag ##tag a#tag x"), [0, 0, 1]);
        // Keywords of two bytes and of three, at the end of the text too.
        assert_eq!(found(&["ab", "abc"], "ab abc ABC ab"), [0, 1, 1, 0]);
    }

    #[test]
    fn agrees_with_an_automaton_filtered_to_word_starts() {
        // The matcher this one replaced: leftmost-longest matches anywhere, kept when they
        // start a word. They differ only where a match inside a word runs into the next
        // word, which no keyword here can.
        let keywords = crate::topics::TopicsFile::defaults()
            .topic
            .into_iter()
            .flat_map(|t| t.keywords)
            .collect::<Vec<_>>();
        let automaton = aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&keywords)
            .expect("keywords");
        let text = include_str!("../seeds/002_6a1e886fe4fd59d2.txt");
        let starts_word = |i: usize| {
            !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        let expected: Vec<usize> = automaton
            .find_iter(text)
            .filter(|m| starts_word(m.start()))
            .map(|m| m.pattern().as_usize())
            .collect();
        assert!(expected.len() > 50, "{}", expected.len());
        let mut got = Vec::new();
        WordStartKeywords::new(&keywords).for_each(text, |k| got.push(k));
        assert_eq!(got, expected);
    }

    /// What `for_each` promises, character by character.
    fn found_naively(keywords: &[&str], text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut next = 0;
        for (i, _) in text.char_indices() {
            let starts_word = !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if i < next || !starts_word {
                continue;
            }
            let longest = (0..keywords.len())
                .filter(|&k| {
                    let k = keywords[k].as_bytes();
                    !k.is_empty()
                        && text
                            .as_bytes()
                            .get(i..i + k.len())
                            .is_some_and(|t| t.eq_ignore_ascii_case(k))
                })
                .min_by_key(|&k| (std::cmp::Reverse(keywords[k].len()), k));
            if let Some(k) = longest {
                out.push(k);
                next = i + keywords[k].len();
            }
        }
        out
    }

    #[test]
    fn agrees_with_a_naive_search_on_random_text() {
        let keywords = [
            "cyber",
            "Cybersicherheit",
            "Künstliche Intelligenz",
            "ki-",
            "über",
            "#tag",
            "abc",
            "ab",
            "Ärger",
        ];
        let pieces = [
            " ",
            "\n",
            "-",
            "„",
            "“",
            "ü",
            "ä",
            "Ä",
            "ß",
            "x",
            "CYBER",
            "cyber",
            "Sicherheit",
            "künstliche intelligenz",
            "KI-",
            "Über",
            "über",
            "#",
            "tag",
            "ABC",
            "ab",
            "ärger",
            "€",
            "中",
            "1",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let set = WordStartKeywords::new(&keywords);
        for _ in 0..3000 {
            let len = (next() % 400) as usize;
            let mut text = String::new();
            while text.len() < len {
                text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let mut got = Vec::new();
            set.for_each(&text, |k| got.push(k));
            assert_eq!(got, found_naively(&keywords, &text), "{text:?}");
        }
    }
}
