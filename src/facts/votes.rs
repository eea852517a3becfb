//! Vote results: yes / no / abstentions in German and English, and unanimity.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::cues::Cue;
use super::dates::Starts;
use super::numbers::{count_pattern, parse_count};
use super::{ExtractContext, FactKind, FactValue, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Vote {
    pub yes: Option<u32>,
    pub no: Option<u32>,
    pub abstain: Option<u32>,
    pub unanimous: bool,
}

static GERMAN: LazyLock<Regex> = LazyLock::new(|| {
    let n = count_pattern();
    // "mit 164 Ja- und sechs Nein-Stimmen bei sieben Enthaltungen"; typos like "Nein-Stimmer".
    Regex::new(&format!(
        r"(?i)(?-u:\b)({n})\s+(?:Ja-?(?:Stimm[a-zäöüß]*)?|Stimmen\s+dafür|Befürworter[a-zäöüß]*|Dafür-Stimm[a-zäöüß]*)(?:\s*(?:,|und|gegen|bei)\s*({n})\s+(?:Nein-?(?:Stimm[a-zäöüß]*)?|Gegenstimm[a-zäöüß]*|Stimmen\s+dagegen|dagegen))?(?:\s*(?:,|und|bei|sowie)\s*({n})\s+(?:Enthaltung[a-zäöüß]*|Stimmenthaltung[a-zäöüß]*))?(?:\s*(?:,|und|sowie)\s*({n})\s+(?:Nein-?(?:Stimm[a-zäöüß]*)?|Gegenstimm[a-zäöüß]*|Stimmen\s+dagegen))?"
    ))
    .expect("vote pattern compiles")
});

static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    let n = count_pattern();
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:({n})\s+(?:votes?\s+|(?:[a-z]+\s+){{1,2}}?(?:vot(?:ing|ed)\s+)?)?in\s+favou?r(?:\s*(?:,|and|to)\s*({n}|none|no)\s+(?:votes?\s+)?against(?:\s*\([^()]{{1,300}}\))?)?(?:(?:\s*,)?\s*(?:and|with)?\s*({n})\s+(?:abstentions?|abstained|abstaining))?|(?:a\s+)?(?:recorded\s+)?vote\s+of\s+({n})\s+(?:to|-|–)\s+({n})(?:(?:\s*,)?\s*(?:and|with)?\s*({n})\s+abstentions?)?)"
    ))
    .expect("vote pattern compiles")
});

static UNANIMOUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:einstimmig|[Ee]instimmig|unanimously|[Uu]nanimous(?:ly)?|ohne Gegenstimme)(?-u:\b)")
        .expect("compiles")
});

/// The abstentions after "ohne Gegenstimme": "n bei zwei Enthaltungen".
static ABSTAINING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^n?\s*(?:,|bei|und)\s+({})\s+(?:Stimm)?[Ee]nthaltung(?:en)?",
        count_pattern()
    ))
    .expect("compiles")
});

/// A result as American news writes it: "passed 61-38", "a 61-38 vote", "voted 3-2".
const HYPHENED_PATTERN: &str = r"(?-u:\b)(\d{1,3})([-–]|\s+to\s+|-to-)(\d{1,3})(?-u:\b)";
static HYPHENED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(HYPHENED_PATTERN).expect("compiles"));

/// The matches of [`HYPHENED`] in `text`, as `find_iter` finds them: by anchored searches at
/// the places a match can begin (the engine the regex crate wraps, with the same syntax and
/// matching, can search anchored) instead of a scan of the whole text. A match begins at a run
/// of one to three digits with an ASCII word boundary before it, as `starts` has them, and a
/// dash or white space right after it (a byte outside ASCII is searched at: "–" or white
/// space outside ASCII). A match hides the places inside it, as a scan resumes after each.
fn hyphened_matches(text: &str, starts: Option<&Starts>) -> Vec<Range<usize>> {
    static ANCHORED: LazyLock<regex_automata::meta::Regex> =
        LazyLock::new(|| regex_automata::meta::Regex::new(HYPHENED_PATTERN).expect("compiles"));
    // `\d` matches decimal digits outside ASCII too: where there are any, the whole text is
    // scanned.
    let Some(starts) = starts.filter(|s| s.complete) else {
        return HYPHENED.find_iter(text).map(|m| m.range()).collect();
    };
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut resume = 0;
    for &(d, run) in &starts.digits {
        let next = bytes.get(d + usize::from(run));
        if d < resume
            || !(1..=3).contains(&run)
            || !next
                .is_some_and(|&b| b == b'-' || b.is_ascii_whitespace() || b == 0x0B || b >= 0x80)
        {
            continue;
        }
        let input = regex_automata::Input::new(text)
            .range(d..)
            .anchored(regex_automata::Anchored::Yes);
        if let Some(m) = ANCHORED.find(input) {
            resume = m.end().max(d + 1);
            out.push(m.range());
        }
    }
    out
}

/// "No votes first": "mit 45 Nein- gegen 30 Ja-Stimmen bei einer Enthaltung abgelehnt".
static GERMAN_NO_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    let n = count_pattern();
    Regex::new(&format!(
        r"(?i)(?-u:\b)({n})\s+(?:Nein-?(?:Stimm[a-zäöüß]*)?|Gegenstimm[a-zäöüß]*)\s*(?:,|und|gegen)\s*({n})\s+Ja-?(?:Stimm[a-zäöüß]*)?(?:\s*(?:,|und|bei|sowie)\s*({n})\s+(?:Stimm)?[Ee]nthaltung[a-zäöüß]*)?"
    ))
    .expect("vote pattern compiles")
});

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    if division_list(text, ctx, out) {
        return;
    }
    if text.contains("Not-Contents") {
        lords_division(text, out);
    }
    // "Stimm", "Enthaltung", "vote" …: the words of the patterns, found with the other cues.
    let cues = ctx.cues(text);
    if cues.digits && text.contains(" von ") && text.contains("Stimmen") {
        share_of_the_votes(text, out);
    }
    if cues.digits && (text.contains('-') || text.contains('–')) {
        hyphened(text, ctx.starts.as_ref(), out, false);
    }
    if text.starts_with('|') && cues.digits {
        table_votes(text, out);
    }
    // "219 to 206" after the patterns that read more ("a recorded vote of 152 to 4, with 11
    // abstentions"), before the sentences, which pass over its counts; one that goes on "with
    // …" is the sentences' to read.
    let spelled = cues.digits && text.contains(" to ");
    if !cues.has(Cue::Vote) && !cues.has_folded(Cue::VoteAgainstEn) {
        if spelled {
            hyphened(text, ctx.starts.as_ref(), out, true);
        }
        return;
    }
    for c in cues
        .has_folded(Cue::VoteAgainst)
        .then(|| GERMAN_NO_FIRST.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let count = |i: usize| c.get(i).and_then(|m| parse_count(m.as_str()));
        if let (Some(all), Some(no), Some(yes)) = (c.get(0), count(1), count(2)) {
            push(out, all.range(), Some(yes), Some(no), count(3), false);
        }
    }
    // A formula is kept only with its no votes or abstentions, whose words (listed again in
    // cues.rs) must be there: without them the patterns are not run.
    let german = cues.has_folded(Cue::VoteAgainst);
    // The iterator only where the pattern can match: made over no text, it still takes a
    // cache and allocates its captures.
    for c in german
        .then(|| GERMAN.captures_iter(text))
        .into_iter()
        .flatten()
    {
        // Read already, no votes first.
        if c.get(0).is_some_and(|m| {
            out.iter().any(|f| {
                f.kind == FactKind::Vote && f.span.start < m.end() && m.start() < f.span.end
            })
        }) {
            continue;
        }
        let yes = c.get(1).and_then(|m| parse_count(m.as_str()));
        // The no votes may also come after the abstentions ("bei zwölf Enthaltungen und zwei
        // Gegenstimmen").
        let late_no = c.get(4).filter(|_| c.get(2).is_none());
        let no = c.get(2).or(late_no).and_then(|m| parse_count(m.as_str()));
        let abstain = c.get(3).and_then(|m| parse_count(m.as_str()));
        // Every number written must be a count ("mit vielen Ja-Stimmen" is not a result).
        if c.get(1).is_some() && yes.is_none()
            || c.get(2).or(late_no).is_some() && no.is_none()
            || c.get(3).is_some() && abstain.is_none()
        {
            continue;
        }
        // A lone "20 Ja-Stimmen" is a vote only with at least one other count.
        if no.is_none() && abstain.is_none() {
            continue;
        }
        push(
            out,
            c.get(0).map_or(0..0, |m| m.range()),
            yes,
            no,
            abstain,
            false,
        );
    }
    // "mit 6:2 Stimmen": a court's senate or a committee, yes before no.
    if text.contains(':') {
        static COLON: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(\d{1,3}):(\d{1,3})\s+(?:Stimmen|votes)(?-u:\b)")
                .expect("compiles")
        });
        for c in COLON.captures_iter(text) {
            let (Some(all), Some(yes), Some(no)) = (
                c.get(0),
                c.get(1).and_then(|m| parse_count(m.as_str())),
                c.get(2).and_then(|m| parse_count(m.as_str())),
            ) else {
                continue;
            };
            push(out, all.range(), Some(yes), Some(no), None, false);
        }
    }
    let english = cues.has_folded(Cue::VoteAgainstEn);
    for c in english
        .then(|| ENGLISH.captures_iter(text))
        .into_iter()
        .flatten()
    {
        // "none against": a count of nothing.
        let pick = |a: usize, b: usize| {
            c.get(a)
                .or(c.get(b))
                .and_then(|m| match m.as_str().to_lowercase().as_str() {
                    "none" | "no" => Some(0),
                    n => parse_count(n),
                })
        };
        let (yes, no, abstain) = (pick(1, 4), pick(2, 5), pick(3, 6));
        if no.is_none() && abstain.is_none() {
            continue;
        }
        push(
            out,
            c.get(0).map_or(0..0, |m| m.range()),
            yes,
            no,
            abstain,
            false,
        );
    }
    // "sechs zu zwei Stimmen": counts in words only, read when the block has such words.
    let count_words = cues.has(Cue::CountWord) || cues.has_folded(Cue::CountWordEn);
    if spelled {
        hyphened(text, ctx.starts.as_ref(), out, true);
    }
    sentence_votes(text, count_words, out);
    for m in UNANIMOUS.find_iter(text) {
        // "ohne Gegenstimme bei zwei Enthaltungen": none against, yet not unanimous.
        if m.as_str().starts_with("ohne")
            && let Some(c) = text
                .get(m.end()..)
                .and_then(|rest| ABSTAINING_AFTER.captures(rest))
            && let Some(abstain) = c.get(1).and_then(|n| parse_count(n.as_str()))
        {
            let end = m.end() + c.get(0).map_or(0, |a| a.end());
            push(out, m.start()..end, None, Some(0), Some(abstain), false);
            continue;
        }
        if out
            .iter()
            .any(|f| f.kind == FactKind::Vote && f.span.start <= m.start() && m.end() <= f.span.end)
        {
            continue;
        }
        // "ohne Gegenstimme" alone: none against, the abstentions not told; a committee may
        // have had some, so it is not said to be unanimous.
        if m.as_str().starts_with("ohne") {
            push(out, m.range(), None, Some(0), None, false);
            continue;
        }
        // "though not unanimously", "nicht einstimmig": a vote with dissent, counted or not.
        let denied = ["not ", "nicht ", "Not ", "Nicht "]
            .iter()
            .any(|w| text[..m.start()].ends_with(w));
        if !denied {
            push(out, m.range(), None, Some(0), None, true);
        }
    }
}

/// Results written "61-38" ([`HYPHENED`]) in a sentence that tells of a vote ("passed",
/// "voted", "approved", "a … vote"): yes, then no. Not a range of days ("Dec 16-17"), of
/// ages or of years, nor a part of a longer number ("3166-1", "1:29-cv").
fn hyphened(text: &str, starts: Option<&Starts>, out: &mut Vec<Found>, spelled_only: bool) {
    const VERBS: [&str; 24] = [
        "split",
        // "Senate panel advances AI preemption bill 15-13", "Committee approves … measure
        // 33-26": a headline's present.
        "advances",
        "advanced",
        "advance",
        "approves",
        "adopts",
        "rejects",
        "clears",
        "backs",
        "votes",
        "vote",
        "passed",
        "passes",
        "voted",
        "approved",
        "rejected",
        "adopted",
        "cleared",
        "defeated",
        "confirmed",
        "backed",
        "failed",
        // "The Fourth Circuit panel ruled 2-1": a court's panel decides by its judges' votes.
        "ruled",
        "rules",
    ];
    for m in hyphened_matches(text, starts) {
        // Each pass reads only the matches of its link ("to" has no digit, so it is in the
        // match only as the link): the groups, which cost a second engine's run over the
        // match, only for those. The same match, searched from its start.
        // "264-to-163" is written with hyphens, as "61-38" is: spelled out is "219 to 206".
        let spelled = text[m.clone()].contains(char::is_whitespace);
        if spelled != spelled_only {
            continue;
        }
        let Some(c) = HYPHENED.captures_at(text, m.start) else {
            continue;
        };
        let (Some(all), Some(yes), Some(no)) = (c.get(0), c.get(1), c.get(3)) else {
            continue;
        };
        let before = text[..all.start()].chars().next_back();
        let after = text[all.end()..].chars().next();
        let glued = before.is_some_and(|ch| {
            ch.is_alphanumeric() || matches!(ch, '-' | ':' | '.' | '/' | '$' | '€' | '£')
        }) || after
            .is_some_and(|ch| ch.is_alphanumeric() || matches!(ch, '-' | '%' | '/'));
        let word = super::word_before(text, all.start());
        // "24–25 June": days before their month.
        let next: &str = text[all.end()..]
            .trim_start()
            .split(|ch: char| !ch.is_alphabetic())
            .next()
            .unwrap_or("");
        // "voted 9-2 Tuesday": a weekday after the result dates the vote, not the numbers.
        let dated = super::dates::names_a_day_or_month(word)
            || (super::dates::names_a_day_or_month(next)
                && !super::dates::WEEKDAYS.contains(&next))
            || [
                "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                "Dec", "aged", "Aged",
            ]
            .contains(&word);
        // The verb within the fourteen words before ("passed the bill 61-38", "voted 3-2"), or
        // the word of the vote within the two after ("a 61-38 vote", "a 16-12 party-line
        // vote").
        // "passed the Frontier AI Accountability Act 219 to 206": "to" only where the result
        // ends its phrase, not "from 16 to 18 years".
        if out.iter().any(|f| {
            f.kind == FactKind::Vote && f.span.start < all.end() && all.start() < f.span.end
        }) {
            continue;
        }
        let rest = text[all.end()..].trim_start_matches(" votes");
        let goes_on = rest.starts_with(", with") || rest.starts_with(" with");
        if spelled
            && (goes_on
                || matches!(word, "from" | "From" | "between" | "aged" | "ages")
                || !(next.is_empty()
                    || matches!(
                        next,
                        "and"
                            | "on"
                            | "in"
                            | "after"
                            | "the"
                            | "vote"
                            | "votes"
                            | "margin"
                            // "passed its third reading 67 to 53 this evening".
                            | "this"
                            | "today"
                            | "tonight"
                            | "yesterday"
                            | "late"
                            | "early"
                    )))
        {
            continue;
        }
        // "The Commission vote authorizing … was 3-2", "The roll call was 11-4": the vote
        // named before "was".
        let sentence_start = text[..all.start()].rfind(". ").map_or(0, |at| at + 2);
        // "… was also 3-0": the adverb between.
        let verb = match word {
            "also" | "again" => super::word_before(
                text,
                text[..all.start()]
                    .trim_end()
                    .len()
                    .saturating_sub(word.len()),
            ),
            _ => word,
        };
        let was_the_vote = matches!(verb, "was" | "were")
            && [" vote ", "roll call", "Roll call", "tally", "division"]
                .iter()
                .any(|w| text[sentence_start..all.start()].contains(w));
        // An abbreviation ("H.R. 8651, 214-209") ends no sentence.
        let abbreviation = |w: &str| w.trim_end_matches('.').contains('.') || w == "No.";
        let told = was_the_vote
            || text[..all.start()]
                .split_whitespace()
                .rev()
                // "passed its own version, sponsored by Senator Ellen Park, Democrat of
                // Minnesota, 61 to 38": a sponsor's credit between verb and result.
                .take(14)
                .take_while(|w| abbreviation(w) || !w.ends_with(['.', '!', '?', ';']))
                // "Senators rejected, by 29 to 16, a proposal": the verb with its comma.
                .any(|w| {
                    let w = w.trim_end_matches([',', ':']);
                    VERBS.iter().any(|v| v.eq_ignore_ascii_case(w))
                })
            || text[all.end()..].split_whitespace().take(2).any(|w| {
                // "a 15–13 vote.[^3]": a footnote's mark after the word.
                let w = w.split("[^").next().unwrap_or(w);
                matches!(
                    w.trim_end_matches([',', '.', ';']),
                    "vote" | "votes" | "tally" | "margin" | "decision"
                )
            });
        // "WC Docket No. 32-118", "(FCC 33-14)": the number of a document.
        let code = text[..all.start()]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_start_matches('(');
        let numbered = matches!(code, "No." | "Nos." | "no." | "Docket")
            || (code.len() >= 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
        if glued || dated || numbered || !told {
            continue;
        }
        let (Ok(yes), Ok(no)) = (yes.as_str().parse(), no.as_str().parse()) else {
            continue;
        };
        // "224-201, with four members voting present": the abstentions after it.
        static PRESENT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\A,?\s+with\s+(\w+)\s+(?:members?\s+)?(?:voting\s+present|abstentions?|abstaining|abstained)(?-u:\b)")
                .expect("compiles")
        });
        let present = PRESENT.captures(&text[all.end()..]).and_then(|c| {
            let n = parse_count(c.get(1)?.as_str())?;
            Some((n, all.end() + c.get(0)?.end()))
        });
        match present {
            Some((abstain, end)) => push(
                out,
                all.start()..end,
                Some(yes),
                Some(no),
                Some(abstain),
                false,
            ),
            None => push(out, all.range(), Some(yes), Some(no), None, false),
        }
    }
}

/// The part a count plays in a vote.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Yes,
    No,
    Abstain,
}

/// What a word next to a count says of it: "Ja-Stimmen", "dagegen", "abstentions" …
fn role_of_word(word: &str) -> Option<Role> {
    let w = word.to_lowercase();
    let w = w.as_str();
    if w.starts_with("ja") && (w.len() == 2 || w[2..].starts_with(['-', 's']))
        || w.starts_with("dafür")
        || w.starts_with("befürwort")
        || matches!(
            w,
            "yes" | "ayes" | "yeas" | "yea" | "favour" | "favor" | "tá"
        )
    {
        Some(Role::Yes)
    } else if w.starts_with("nein")
        || w.starts_with("gegenstimm")
        || w.starts_with("dagegen")
        // "102 Staaten lehnten ihn ab".
        || w.starts_with("lehnte")
        || matches!(w, "against" | "no" | "noes" | "nays" | "nay" | "níl")
    {
        Some(Role::No)
    } else if w.contains("enthaltung")
        || w.starts_with("enthielt")
        || w == "enthalten"
        || w.starts_with("abstention")
        || w.starts_with("abstain")
        // The Dáil's abstentions, "Staon, 3".
        || w == "staon"
    {
        Some(Role::Abstain)
    } else {
        None
    }
}

/// Votes told in a sentence rather than a formula: "Für den Entwurf stimmten 372 Abgeordnete,
/// dagegen 210, enthalten haben sich 3", "mit 499 zu 28 Stimmen bei 93 Enthaltungen", "by 156
/// votes to 5, with 8 abstentions". Each count takes its part from the words of its clause.
/// Without a digit in the sentence only two counts in words linked as a result are one ("mit
/// sechs zu zwei Stimmen"); `count_words`: the block has such words.
fn sentence_votes(text: &str, count_words: bool, out: &mut Vec<Found>) {
    let mut start = 0;
    let ends = crate::corpus::lines::sentence_breaks(text).chain(std::iter::once(text.len()));
    for end in ends {
        let sentence = start..end.min(text.len());
        start = end;
        let Some(words) = text.get(sentence.clone()) else {
            continue;
        };
        static CUES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build([
                    "stimm",
                    "vote",
                    "voting",
                    "votiert",
                    "enthalt",
                    "enthielt",
                    "abstain",
                    "favo",
                    "ayes",
                    "níl",
                    "yeas",
                    "division",
                    "abstention",
                ])
                .expect("compiles")
        });
        // A result has counts: at least one in digits ("drei zu zwei" alone is rare), or two in
        // words linked as a result ("sechs zu zwei Stimmen").
        let digits = words.bytes().any(|b| b.is_ascii_digit());
        // Without digits: only where the link and the word of the votes are ("zu", "Stimmen").
        let linkable = || {
            (words.contains("timmen") || words.contains("votes"))
                && [" zu ", " gegen ", " to "]
                    .iter()
                    .any(|l| words.contains(l))
        };
        let cue = (digits || (count_words && linkable())) && CUES.is_match(words);
        // A vote read already in the sentence: its counts are passed over, another may follow
        // ("mit 51 zu 19 Stimmen …, das Plenum mit 402 Ja-Stimmen, 211 Gegenstimmen …").
        let taken: Vec<std::ops::Range<usize>> = out
            .iter()
            .filter(|f| {
                f.kind == FactKind::Vote
                    && f.span.start < sentence.end
                    && sentence.start < f.span.end
            })
            .map(|f| {
                f.span.start.saturating_sub(sentence.start)
                    ..f.span.end.saturating_sub(sentence.start)
            })
            .collect();
        if !cue {
            continue;
        }
        let tokens = tokens(words);
        // "5 yeas, 9 nays and 1 present": a US roll call counts those present but not voting.
        let voting_present = words.contains("voting present")
            || words.contains("voted present")
            || words.contains(" yeas") && words.contains(" nays");
        // "For 31, Against 86, Abstentions 2": a division's result by its labels, as the
        // Scottish Parliament's Official Report gives it.
        let division_for = words.contains("For ") && words.contains("Against ");
        // A number word in capitals inside a sentence is a name's ("One Nation voting
        // against"), not a count.
        let is_count = |t: &str| {
            t.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && !t.ends_with('.')
                && parse_count(t).is_some()
                || zahlwort(t)
                    && (!t.starts_with(char::is_uppercase)
                        || tokens.first().is_some_and(|f| std::ptr::eq(f.0, t)))
        };
        let punct = |t: &str| matches!(t, "," | ";" | ":" | "(" | ")" | "–");
        let mut found: Vec<(Role, u32, std::ops::Range<usize>)> = Vec::new();
        let mut plain_yes = false;
        let mut linked = false;
        // The counts of all ballots cast, which are no part of the result.
        let mut totals: Vec<usize> = Vec::new();
        let mut i = 0;
        // A number inside a symbol ("A/C.1/85/L.41", "Drucksache 22/3185") is no count and
        // ends no clause.
        let in_a_symbol = |r: &std::ops::Range<usize>| {
            words.as_bytes().get(r.start.wrapping_sub(1)) == Some(&b'/')
                || words.as_bytes().get(r.end) == Some(&b'/')
        };
        while i < tokens.len() {
            let (t, r) = &tokens[i];
            let read = taken.iter().any(|v| v.start <= r.start && r.end <= v.end);
            if !is_count(t) || in_a_symbol(r) || read {
                i += 1;
                continue;
            }
            let Some(n) = parse_count(t) else {
                i += 1;
                continue;
            };
            // "499 zu 28 Stimmen", "156 votes to 5": yes, then no.
            let link = |k: usize| tokens.get(k).map(|t| t.0.to_lowercase());
            let mut k = i + 1;
            if matches!(link(k).as_deref(), Some("stimmen" | "votes")) {
                k += 1;
            }
            // Not a span of days or years: "from 12 to 14 April", "vom 3. zu 4.".
            let a_span = i
                .checked_sub(1)
                .and_then(link)
                .is_some_and(|w| matches!(w.as_str(), "from" | "between" | "von" | "vom"))
                || tokens
                    .get(k + 2)
                    .is_some_and(|t| super::dates::names_a_day_or_month(t.0));
            if matches!(link(k).as_deref(), Some("zu" | "gegen" | "to"))
                && !a_span
                && let Some((m, mr)) = tokens.get(k + 1).filter(|t| is_count(t.0))
                && let Some(no) = parse_count(m)
            {
                // "112 gegen 64 Stimmen": the word of the votes is part of the result.
                let votes = tokens
                    .get(k + 2)
                    .filter(|t| matches!(t.0.to_lowercase().as_str(), "stimmen" | "votes"));
                linked |= votes.is_some();
                let end = votes.map_or(mr.end, |t| t.1.end);
                found.push((Role::Yes, n, r.start..end));
                found.push((Role::No, no, r.start..end));
                i = k + 2;
                continue;
            }
            // "mit 13 Stimmen", "with 13 votes": the votes for, whatever follows.
            // "Er erhielt nur 41 Stimmen", "it received 41 votes": the votes for too.
            let received = |w: Option<String>| {
                matches!(
                    w.as_deref(),
                    Some("erhielt" | "erhielten" | "bekam" | "received" | "won" | "got" | "drew")
                )
            };
            let before_count = i.checked_sub(1).and_then(link);
            let plain = i > 0
                && (matches!(before_count.as_deref(), Some("mit" | "with" | "by"))
                    || received(before_count.clone())
                    || matches!(
                        before_count.as_deref(),
                        Some("nur" | "lediglich" | "only" | "just")
                    ) && received(i.checked_sub(2).and_then(link)))
                && matches!(link(i + 1).as_deref(), Some("stimmen" | "votes"));
            // After the count: its part, perhaps behind a noun ("372 Abgeordnete stimmten
            // dafür", "8 abstaining").
            plain_yes |= plain;
            // Before it, in its clause: "dagegen 210", "enthalten haben sich 3", "Für den
            // Entwurf stimmten 372".
            let clause: Vec<&(&str, std::ops::Range<usize>)> = tokens[..i]
                .iter()
                .rev()
                // A parenthesis ("(Drucksache 22/3185)") is passed over.
                .take_while(|t| {
                    (!punct(t.0) || matches!(t.0, "(" | ")"))
                        && (!is_count(t.0) || in_a_symbol(&t.1))
                })
                .collect();
            // "abgegebene Stimmkarten 612. Mit Ja haben gestimmt 364": the ballots cast are
            // all of them, no part; the words after are the next count's.
            let cast = clause.iter().take(3).any(|t| {
                let w = t.0.to_lowercase();
                w.starts_with("abgegeben") || w == "cast" || w == "insgesamt"
            });
            if cast {
                totals.push(i);
                i += 1;
                continue;
            }
            // "vor zwei Jahren ohne Gegenstimme": a span of time is no count of votes.
            let time = tokens.get(i + 1).is_some_and(|t| {
                let w = t.0.to_lowercase();
                [
                    "jahr", "jahre", "jahren", "monat", "monate", "monaten", "woche", "wochen",
                    "tag", "tage", "tagen", "stunden", "year", "years", "month", "months", "week",
                    "weeks", "day", "days", "hours",
                ]
                .contains(&w.as_str())
            });
            if time {
                i += 1;
                continue;
            }
            // "votierten 67 Abgeordnete für den Gesetzentwurf": after the verb, "für" says
            // what the count is.
            let voted = |w: &str| {
                w.starts_with("stimmt") || w.starts_with("votiert") || w == "voted" || w == "voting"
            };
            let voted_before = clause.iter().take(3).any(|w| voted(w.0));
            // "107 Abgeordnete stimmten für die Novelle": the verb after the count, then "für".
            // "81 MPs voting for it": the verb's form after its subject.
            let voted_after = tokens[i + 1..].iter().take(2).any(|t| voted(t.0));
            let after = match tokens.get(i + 1).filter(|_| plain) {
                Some(votes) => Some((Role::Yes, votes.1.end)),
                None => tokens[i + 1..]
                    .iter()
                    .take_while(|t| !punct(t.0) && !is_count(t.0))
                    // "104 Abgeordnete stimmten mit Ja".
                    .take(4)
                    .find_map(|t| {
                        // "three members voting present": abstaining, in a US roll call.
                        let present = t.0 == "present" && voting_present;
                        // "512 Abgeordnete stimmten zu": agreed, the votes for.
                        let agreed = t.0 == "zu"
                            && words[..t.1.start]
                                .trim_end()
                                .rsplit(' ')
                                .next()
                                .is_some_and(|w| w.starts_with("stimmt"));
                        let for_it =
                            (voted_before || voted_after) && matches!(t.0, "für" | "for") || agreed;
                        role_of_word(t.0)
                            .or(present.then_some(Role::Abstain))
                            .or(for_it.then_some(Role::Yes))
                            .map(|role| (role, t.1.end))
                    }),
            };
            // Words right after another count are that count's ("37 Enthaltungen eine …").
            let after_a_count = (i - clause.len()).checked_sub(1).is_some_and(|k| {
                tokens.get(k).is_some_and(|t| is_count(t.0)) && !totals.contains(&k)
            });
            // "Tá, 58; Níl, 79; Staon, 3": the Dáil's record puts a comma after each label.
            let division_label = i
                .checked_sub(2)
                .filter(|&l| tokens.get(l + 1).is_some_and(|t| t.0 == ","))
                .and_then(|l| tokens.get(l))
                .filter(|t| {
                    matches!(
                        t.0.to_lowercase().as_str(),
                        "tá" | "níl" | "staon" | "ayes" | "noes"
                    )
                })
                .and_then(|t| role_of_word(t.0).map(|role| (role, t.1.start)));
            let division_for = clause
                .first()
                .filter(|t| division_for && t.0 == "For")
                .map(|t| (Role::Yes, t.1.start));
            let before = division_label
                .or(division_for)
                .or_else(|| {
                    clause
                        .iter()
                        .take(3)
                        .filter(|_| !after_a_count)
                        .find_map(|t| role_of_word(t.0).map(|role| (role, t.1.start)))
                })
                .or_else(|| {
                    let is_voted = |w: &&&(&str, std::ops::Range<usize>)| {
                        w.0.starts_with("stimmt")
                            || w.0.starts_with("votiert")
                            || w.0 == "voted"
                            || w.0 == "stimmen"
                    };
                    // "Für den Entwurf stimmten 372" from "Für"; "Für den Entwurf stimmten am
                    // Dienstag im Ausschuss 161 Staaten" from the count, which the verb does not
                    // touch.
                    let begin = if clause.first().is_some_and(|w| is_voted(&w)) {
                        clause.last()?.1.start
                    } else if clause.iter().any(|w| is_voted(&w)) {
                        r.start
                    } else {
                        return None;
                    };
                    // "In namentlicher Abstimmung stimmten für den Entwurf … 398": the
                    // preposition after the verb, wherever the clause begins.
                    // "Für den Resolutionsentwurf (…), den … eingebracht hatten, stimmten 151": the
                    // sentence's first word when the clause has none.
                    let opener = clause
                        .iter()
                        .rev()
                        .map(|t| t.0.to_lowercase())
                        .find(|w| w == "für" || w == "gegen")
                        .or_else(|| {
                            tokens
                                .first()
                                .map(|t| t.0.to_lowercase())
                                .filter(|w| w == "für" || w == "gegen")
                        })?;
                    match opener.as_str() {
                        "für" => Some((Role::Yes, begin)),
                        _ => Some((Role::No, begin)),
                    }
                });
            match (after, before) {
                (Some((role, end)), _) => found.push((role, n, r.start..end)),
                (None, Some((role, begin))) => found.push((role, n, begin..r.end)),
                (None, None) => {}
            }
            i += 1;
        }
        // "ohne Gegenstimmen", "keine Enthaltungen", "no votes against": a part of none, in
        // a result already told with counts ("20 Ja-Sager und keine Enthaltung" is none).
        let counted = found.len() >= 2 || plain_yes;
        for (k, (t, r)) in tokens.iter().enumerate().filter(|_| counted) {
            if !matches!(
                t.to_lowercase().as_str(),
                "ohne" | "keine" | "kein" | "no" | "none" | "without"
            ) {
                continue;
            }
            let zero = tokens[k + 1..]
                .iter()
                .take(2)
                .find_map(|t| role_of_word(t.0).map(|role| (role, t.1.end)));
            if let Some((role, end)) = zero.filter(|z| z.0 != Role::Yes)
                && !found.iter().any(|f| f.0 == role)
            {
                found.push((role, 0, r.start..end));
            }
        }
        if !(digits || linked) {
            continue;
        }
        // "fügte sie mit 8 zu 5 Stimmen ein, der Rat folgte ihr mit 24 zu 18 Stimmen": a
        // second count for begins a second result.
        found.sort_by_key(|f| f.2.start);
        let mut groups: Vec<Vec<(Role, u32, std::ops::Range<usize>)>> = Vec::new();
        for f in found {
            let new_result = f.0 == Role::Yes
                && groups
                    .last()
                    .is_some_and(|g| g.iter().any(|p| p.0 == Role::Yes && p.2 != f.2));
            match groups.last_mut() {
                Some(g) if !new_result => g.push(f),
                _ => groups.push(vec![f]),
            }
        }
        for group in groups {
            push_result(out, words, sentence.start, &group);
        }
    }
}

/// One result of [`sentence_votes`] from its parts, where they make one: a count for and one
/// against or abstaining, one of each at most.
fn push_result(
    out: &mut Vec<Found>,
    words: &str,
    offset: usize,
    found: &[(Role, u32, std::ops::Range<usize>)],
) {
    let part = |role: Role| found.iter().find(|f| f.0 == role).map(|f| f.1);
    let (yes, no, abstain) = (part(Role::Yes), part(Role::No), part(Role::Abstain));
    let once = [Role::Yes, Role::No, Role::Abstain]
        .iter()
        .all(|&role| found.iter().filter(|f| f.0 == role).count() <= 1)
        || found.len() == 2 && found[0].2 == found[1].2;
    if yes.is_none() || (no.is_none() && abstain.is_none()) || !once {
        return;
    }
    let lo = found.iter().map(|f| f.2.start).min().unwrap_or(0);
    let mut hi = found.iter().map(|f| f.2.end).max().unwrap_or(0);
    // "13 enthielten sich": the reflexive belongs to the verb.
    if words
        .get(..hi)
        .is_some_and(|w| w.ends_with("enthielten") || w.ends_with("enthalten"))
        && words.get(hi..).is_some_and(|w| w.starts_with(" sich"))
    {
        hi += " sich".len();
    }
    push(out, offset + lo..offset + hi, yes, no, abstain, false);
}

/// A division as the Senate of Canada's debates print it: a side's word on a line of its own
/// ("YEAS", "NAYS", "ABSTENTIONS"; the Lords' "CONTENTS", "NOT-CONTENTS"), a label ("THE
/// HONOURABLE SENATORS"), then the names with their number after a dash: "…, Whitcombe—19".
/// Each count is one side's result. Returns whether `text` was part of such a list.
fn division_list(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) -> bool {
    let line = text.trim();
    let side = match line {
        "YEAS" | "Yeas" | "CONTENTS" | "Contents" | "AYES" | "Ayes" => Some(0),
        "NAYS" | "Nays" | "NOT-CONTENTS" | "NOT CONTENTS" | "Not-Contents" | "NOES" | "Noes" => {
            Some(1)
        }
        "ABSTENTIONS" | "Abstentions" => Some(2),
        _ => None,
    };
    if side.is_some() {
        ctx.division = side;
        return true;
    }
    let Some(side) = ctx.division else {
        return false;
    };
    // "THE HONOURABLE SENATORS": the label between the side and its names.
    let label = line.len() <= 40 && !line.chars().any(|c| c.is_lowercase() || c.is_ascii_digit());
    if label {
        return true;
    }
    let digits = line.bytes().rev().take_while(u8::is_ascii_digit).count();
    let head = line[..line.len() - digits].trim_end();
    if !(1..=3).contains(&digits) || !(head.ends_with('—') || head.ends_with("--")) {
        // A line of names the list goes on after ("Arsenault, Beaudry, …, Hartling,").
        let names = line.ends_with(',')
            && !line.contains(['.', ':', ';'])
            && line
                .split(',')
                .all(|n| n.trim().chars().next().is_none_or(char::is_uppercase));
        if !names {
            ctx.division = None;
        }
        return names;
    }
    ctx.division = None;
    let Ok(count) = line[line.len() - digits..].parse::<u32>() else {
        return false;
    };
    let end = text.trim_end().len();
    let mut counts = [None, None, None];
    counts[usize::from(side)] = Some(count);
    push(
        out,
        end - digits..end,
        counts[0],
        counts[1],
        counts[2],
        false,
    );
    true
}

/// The House of Lords' division, as Hansard prints its result: "Contents 241; Not-Contents
/// 187."
fn lords_division(text: &str, out: &mut Vec<Found>) {
    static RESULT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)Contents,?\s+(\d{1,3});?\s+Not-Contents,?\s+(\d{1,3})(?-u:\b)")
            .expect("compiles")
    });
    for c in RESULT.captures_iter(text) {
        let (Some(all), Some(yes), Some(no)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(yes), Ok(no)) = (yes.as_str().parse(), no.as_str().parse()) else {
            continue;
        };
        push(out, all.range(), Some(yes), Some(no), None, false);
    }
}

/// "mit 41 von 69 Stimmen": the votes for it, out of the votes a chamber has (the Bundesrat's
/// 69), without the count against.
fn share_of_the_votes(text: &str, out: &mut Vec<Found>) {
    static SHARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(\d{1,3})\s+von\s+(\d{1,3})\s+Stimmen(?-u:\b)").expect("compiles")
    });
    for c in SHARE.captures_iter(text) {
        let (Some(all), Some(yes), Some(of)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(yes), Ok(of)) = (yes.as_str().parse::<u32>(), of.as_str().parse::<u32>()) else {
            continue;
        };
        if yes <= of {
            push(out, all.range(), Some(yes), None, None, false);
        }
    }
}

/// A table's cell that is a result alone: "| 171/2/6 |" (yes, no, abstentions), as briefings
/// tabulate the votes of an assembly. Not a date written "21/12/32".
fn table_votes(row: &str, out: &mut Vec<Found>) {
    let mut at = 0;
    for cell in row.split('|') {
        let start = at;
        at += cell.len() + 1;
        let trimmed = cell.trim();
        // "171/2/6", "143–7–21"; two counts only with a dash, the larger first ("318–176"), as
        // a range ("10–20") goes up.
        let parts: Vec<&str> = trimmed.split(['/', '–']).collect();
        let (yes, no, abstain) = match parts[..] {
            [y, n, a] => (y, n, Some(a)),
            [y, n] if trimmed.contains('–') => (y, n, None),
            _ => continue,
        };
        let count = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        if !(count(yes) && count(no) && abstain.is_none_or(count)) {
            continue;
        }
        let (Ok(y), Ok(n)) = (yes.parse::<u32>(), no.parse::<u32>()) else {
            continue;
        };
        let a = abstain.and_then(|a| a.parse::<u32>().ok());
        if y <= 31 && (1..=12).contains(&n) || a.is_none() && y <= n {
            continue;
        }
        let offset = start + (cell.len() - cell.trim_start().len());
        push(
            out,
            offset..offset + trimmed.len(),
            Some(y),
            Some(n),
            a,
            false,
        );
    }
}

/// Whether `t` in lower case is one of [`ZAHLWORT`]; ASCII words (most tokens) are compared
/// without making a lower-case copy.
fn zahlwort(t: &str) -> bool {
    // Three to six bytes each (with room for a capital outside ASCII that lower-cases
    // shorter): most tokens fail on their length, without a comparison.
    if !(3..=8).contains(&t.len()) {
        return false;
    }
    if t.is_ascii() {
        ZAHLWORT.iter().any(|z| z.eq_ignore_ascii_case(t))
    } else {
        ZAHLWORT.contains(&t.to_lowercase().as_str())
    }
}

/// The tokens of a sentence, as the pattern `[\p{L}\d](?:[\p{L}\d.-]*[\p{L}\d])?-?|[,;:()–]`
/// finds them, with their ranges in `words`. A loop over bytes: the pattern's Unicode classes
/// made the regex search the larger part of the vote extractor.
fn tokens(words: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let bytes = words.as_bytes();
    // `[\p{L}\d]` at `at`, and the character's length.
    let letter_or_digit = |at: usize| -> (bool, usize) {
        let b = bytes[at];
        if b < 0x80 {
            return (b.is_ascii_alphanumeric(), 1);
        }
        let Some(c) = words.get(at..).and_then(|rest| rest.chars().next()) else {
            return (false, 1);
        };
        // U+00C0 to U+00FF are letters but for × and ÷, and U+2000 to U+206F (dashes, quotation
        // marks) are neither letters nor digits; the rest is asked of the regex crate's own
        // tables, so that the classes stay exactly the pattern's.
        let yes = match c {
            '\u{c0}'..='\u{ff}' => c != '\u{d7}' && c != '\u{f7}',
            '\u{2000}'..='\u{206f}' => false,
            _ => {
                static CLASS: LazyLock<Regex> =
                    LazyLock::new(|| Regex::new(r"\A[\p{L}\d]").expect("compiles"));
                CLASS.is_match(&words[at..at + c.len_utf8()])
            }
        };
        (yes, c.len_utf8())
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (first, len) = letter_or_digit(i);
        if !first {
            if matches!(bytes[i], b',' | b';' | b':' | b'(' | b')') || words[i..].starts_with('–')
            {
                out.push((&words[i..i + len], i..i + len));
            }
            i += len;
            continue;
        }
        // Greedy over letters, digits, dots and hyphens, then back to the last letter or digit.
        let start = i;
        let mut j = i + len;
        let mut end = j;
        while j < bytes.len() {
            if matches!(bytes[j], b'.' | b'-') {
                j += 1;
                continue;
            }
            let (inner, len) = letter_or_digit(j);
            if !inner {
                break;
            }
            j += len;
            end = j;
        }
        if bytes.get(end) == Some(&b'-') {
            end += 1;
        }
        out.push((&words[start..end], start..end));
        i = end;
    }
    out
}

/// Number words that can be a count of votes.
const ZAHLWORT: &[&str] = &[
    "ein", "eine", "einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    "zehn", "elf", "zwölf", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve",
];

fn push(
    out: &mut Vec<Found>,
    span: std::ops::Range<usize>,
    yes: Option<u32>,
    no: Option<u32>,
    abstain: Option<u32>,
    unanimous: bool,
) {
    out.push(Found {
        kind: FactKind::Vote,
        value: FactValue::Vote(Vote {
            yes,
            no,
            abstain,
            unanimous,
        }),
        span,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_searched_at_their_numbers_are_those_a_scan_finds() {
        for text in [
            "passed 61-38, a 219 to 206 vote, 5 to 6-7, Dec 16–17 and 3166-1, 1:29-cv 12\u{a0}to 4",
            "1234-56 12-345-6 x1-2 _3-4 (15–13), 99  to  1, 7 tox 8, 3 to\n4.",
        ] {
            let starts = super::super::dates::Starts::new(text);
            let scanned: Vec<_> = HYPHENED.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(hyphened_matches(text, Some(&starts)), scanned, "{text}");
            assert_eq!(hyphened_matches(text, None), scanned, "{text}");
        }
    }

    #[test]
    fn number_words_are_within_the_lengths_looked_at() {
        assert!(ZAHLWORT.iter().all(|z| (3..=6).contains(&z.len())));
        assert!(zahlwort("Zwölf") && zahlwort("ELEVEN") && !zahlwort("zwölfte"));
    }

    #[test]
    fn tokens_as_the_pattern_finds_them() {
        let pattern = Regex::new(r"[\p{L}\d](?:[\p{L}\d.-]*[\p{L}\d])?-?|[,;:()–]").unwrap();
        for text in [
            "Für den Entwurf stimmten 372 Abgeordnete, dagegen 210 – enthalten haben sich 3.",
            "mit 164 Ja- und sechs Nein-Stimmen (bei 1.300,5 Enthaltungen); „Ja“ … ×÷ Ⅻ ٣ ² ⁿ",
            "abc.- x-- -y .z. ÄÖÜäöüß ǅ µ ª – — ‐ 12.-13. a.b.c. Ende-",
        ] {
            let expected: Vec<(&str, std::ops::Range<usize>)> = pattern
                .find_iter(text)
                .map(|m| (m.as_str(), m.range()))
                .collect();
            assert_eq!(tokens(text), expected, "{text}");
        }
    }

    fn votes(text: &str) -> Vec<(String, Vote)> {
        let mut out = Vec::new();
        extract(text, &mut ExtractContext::default(), &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Vote(v) => (text[f.span].to_string(), v),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn a_division_list_by_its_sides_and_a_share_of_a_chamber_s_votes() {
        let mut ctx = ExtractContext::default();
        let mut out = Vec::new();
        let blocks = [
            "YEAS",
            "THE HONOURABLE SENATORS",
            "Arsenault, Beaudry, Carmichael,",
            "Tellier, Underhill, Whitcombe—19",
            "NAYS",
            "Abernethy, Zimmerman—47",
            "Some other text, 12.",
            "Desjardins, Kowalczyk, Tan—3",
        ];
        let mut counted = Vec::new();
        for block in blocks {
            out.clear();
            extract(block, &mut ctx, &mut out);
            counted.extend(out.iter().map(|f| match &f.value {
                FactValue::Vote(v) => (block[f.span.clone()].to_string(), triple(v)),
                _ => unreachable!(),
            }));
        }
        // The last list has no side of its own: the text before it ended the division.
        assert_eq!(
            counted,
            [
                ("19".to_string(), (Some(19), None, None)),
                ("47".to_string(), (None, Some(47), None))
            ]
        );
        let found = votes("Division on Amendment 12. Contents 241; Not-Contents 187.");
        assert_eq!(found[0].0, "Contents 241; Not-Contents 187");
        assert_eq!(triple(&found[0].1), (Some(241), Some(187), None));
        let found = votes("Der Bundesrat hatte mit 41 von 69 Stimmen Nachbesserungen gefordert.");
        assert_eq!(found[0].0, "41 von 69 Stimmen");
        assert_eq!(triple(&found[0].1), (Some(41), None, None));
    }

    fn triple(v: &Vote) -> (Option<u32>, Option<u32>, Option<u32>) {
        (v.yes, v.no, v.abstain)
    }

    #[test]
    fn a_us_roll_call_in_yeas_and_nays_and_a_scottish_division_by_its_labels() {
        let v = votes("The committee approved the bill by a roll call vote of 11 yeas to 4 nays.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(triple(&v[0].1), (Some(11), Some(4), None), "{v:?}");
        let v = votes("The amendment failed on a roll call vote of 5 yeas, 9 nays and 1 present.");
        assert_eq!(triple(&v[0].1), (Some(5), Some(9), Some(1)), "{v:?}");
        let v = votes(
            "The result of the division on amendment 1, in the name of Callum Reid, is: For 31, Against 86, Abstentions 2.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(triple(&v[0].1), (Some(31), Some(86), Some(2)), "{v:?}");
        // "present" counts no abstention outside a roll call of yeas and nays.
        let v = votes("Of 120 members present, 80 voted in favour and 30 against.");
        assert!(v.iter().all(|(_, v)| v.abstain.is_none()), "{v:?}");
    }

    #[test]
    fn members_voting_a_verb_with_its_comma_and_no_span_of_days() {
        let v = votes(
            "Parliament passed the Bill after a division, with 81 Members voting in favour and 9 against.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "81 Members voting in favour and 9 against");
        assert_eq!(triple(&v[0].1), (Some(81), Some(9), None));
        let v = votes("Senators rejected, by 29 to 16, a proposal to delete Section 27.");
        assert_eq!(triple(&v[0].1), (Some(29), Some(16), None));
        let v = votes(
            "Adopted by a vote of 118 in favour to 9 against, it opens for signature from 12 to 14 April 2033.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn divisions_of_parliaments_and_results_told_by_members() {
        let v = votes(
            "A motion to leave out paragraph 48, which would allow a suspension, was negatived (Ayes 4, Noes 6).",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(triple(&v[0].1), (Some(4), Some(6), None));
        let v = votes("Division result on the Second Stage motion: Tá 84, Níl 61.");
        assert_eq!(triple(&v[0].1), (Some(84), Some(61), None));
        let v = votes("The Dáil divided: Tá, 58; Níl, 79; Staon, 3.");
        assert_eq!(v[0].0, "Tá, 58; Níl, 79; Staon, 3");
        assert_eq!(triple(&v[0].1), (Some(58), Some(79), Some(3)));
        let v = votes(
            "The Board adopted the plan, though not unanimously: 13 directors voted in favour, two against and one abstained.",
        );
        assert_eq!(v.len(), 1, "not unanimous: {v:?}");
        assert_eq!(
            v[0].0,
            "13 directors voted in favour, two against and one abstained"
        );
        assert_eq!(triple(&v[0].1), (Some(13), Some(2), Some(1)));
        let v =
            votes("Es wurden 176 Stimmen abgegeben: 104 Abgeordnete stimmten mit Ja, 72 mit Nein.");
        assert_eq!(triple(&v[0].1), (Some(104), Some(72), None));
        let v = votes(
            "Für den Entwurf stimmten 11 Mitglieder, 6 stimmten dagegen, ein Mitglied enthielt sich.",
        );
        assert_eq!(triple(&v[0].1), (Some(11), Some(6), Some(1)));
        let v = votes(
            "The committee advanced the American Data Privacy and Security Act 2.0 on a 15–13 vote.[^3]",
        );
        assert_eq!(triple(&v[0].1), (Some(15), Some(13), None));
        let v = votes("Committee approves $63.8 billion measure 33-26 after a markup");
        assert!(matches!(v.first(), Some((t, _)) if t == "33-26"), "{v:?}");
        let v = votes(
            "The House passed the fiscal 2033 State-Foreign Operations bill, H.R. 8651, 214-209, with one member voting present.",
        );
        assert!(
            matches!(v.first(), Some((t, _)) if t == "214-209, with one member voting present"),
            "{v:?}"
        );
        let v = votes(
            "The Commission voted 4-1 to adopt a Report and Order (FCC 33-14) in WC Docket No. 32-118 and PS Docket No. 24-146.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        let v = votes("The Commission vote authorizing the staff to refer the complaint was 3-2.");
        assert!(matches!(v.first(), Some((t, _)) if t == "3-2"), "{v:?}");
        let v = votes("Senate panel advances AI preemption bill 15-13");
        assert_eq!(triple(&v[0].1), (Some(15), Some(13), None));
    }

    #[test]
    fn results_with_a_colon_none_in_capitals_and_no_votes_against_alone() {
        let v = votes("Die Entscheidung ist mit 6:2 Stimmen ergangen.");
        assert_eq!(triple(&v[0].1), (Some(6), Some(2), None));
        let v = votes("The result: 13 Votes in Favour, None against, 2 Abstentions.");
        assert_eq!(triple(&v[0].1), (Some(13), Some(0), Some(2)));
        let v = votes(
            "It was adopted with 24 member states voting in favour, two against and one abstention.",
        );
        assert_eq!(triple(&v[0].1), (Some(24), Some(2), Some(1)));
        let v = votes("Die Kommission ist ohne Gegenstimme eingetreten.");
        assert_eq!(v.len(), 1);
        assert!(!v[0].1.unanimous);
        assert_eq!(triple(&v[0].1), (None, Some(0), None));
    }

    #[test]
    fn a_sentence_ending_in_a_verbs_particle_keeps_its_result_apart() {
        let v = votes(
            "Mit 29 zu 7 Stimmen bei zwei Enthaltungen nahm das Gremium den Entwurf an. Dafür stimmten auch drei Abgeordnete der Linken, zwei weitere enthielten sich.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "29 zu 7 Stimmen bei zwei Enthaltungen");
        assert_eq!(triple(&v[0].1), (Some(29), Some(7), Some(2)));
    }

    #[test]
    fn german_votes_with_number_words_and_typos() {
        let v = votes(
            "Die Resolution wurde mit 164 Ja- und sechs Nein-Stimmen bei sieben Enthaltungen angenommen.",
        );
        assert_eq!(triple(&v[0].1), (Some(164), Some(6), Some(7)));
        assert_eq!(
            v[0].0,
            "164 Ja- und sechs Nein-Stimmen bei sieben Enthaltungen"
        );
        let v = votes("mit 118 Ja- und neun Nein-Stimmer bei 44 Enthaltungen");
        assert_eq!(triple(&v[0].1), (Some(118), Some(9), Some(44)));
        let v = votes("mit 167 Ja- und fünf Nein-Stimmen bei fünf Enthaltungen angenommen");
        assert_eq!(triple(&v[0].1), (Some(167), Some(5), Some(5)));
        // The no votes after the abstentions.
        let v = votes("mit 120 Ja-Stimmen, 30 Enthaltungen und acht Gegenstimmen beschlossen");
        assert_eq!(triple(&v[0].1), (Some(120), Some(8), Some(30)));
        assert_eq!(
            v[0].0,
            "120 Ja-Stimmen, 30 Enthaltungen und acht Gegenstimmen"
        );
        // Plain "Stimmen" after "mit" are the votes for; "ohne Gegenstimmen" is none against.
        let v = votes("wurde mit 13 Stimmen ohne Gegenstimmen bei zwei Enthaltungen angenommen");
        assert_eq!(triple(&v[0].1), (Some(13), Some(0), Some(2)));
        let v = votes("wurde mit 13 Stimmen ohne Gegenstimme angenommen");
        assert_eq!(triple(&v[0].1), (Some(13), Some(0), None));
        let v = votes("adopted with 41 votes, no votes against and 6 abstentions");
        assert_eq!(triple(&v[0].1), (Some(41), Some(0), Some(6)));
    }

    #[test]
    fn english_votes() {
        let v = votes("adopted with 164 votes in favour, 6 against and 7 abstentions");
        assert_eq!(triple(&v[0].1), (Some(164), Some(6), Some(7)));
        let v = votes("adopted by a recorded vote of 152 to 4, with 11 abstentions");
        assert_eq!(triple(&v[0].1), (Some(152), Some(4), Some(11)));
        // The states against, named in parentheses.
        let v = votes(
            "approved by a recorded vote of 164 in favour to 4 against (Belarus, Israel, Russian Federation), with 11 abstentions.",
        );
        assert_eq!(triple(&v[0].1), (Some(164), Some(4), Some(11)));
    }

    #[test]
    fn a_count_for_a_bill_after_the_verb_and_a_tables_result() {
        let v = votes(
            "In namentlicher Abstimmung votierten 67 Abgeordnete für den Gesetzentwurf der Staatsregierung, 51 dagegen, zwei enthielten sich.",
        );
        assert_eq!(triple(&v[0].1), (Some(67), Some(51), Some(2)));
        let v = votes(
            "am Ende stimmten 24 Ausschussmitglieder für den bereinigten Entwurf, 18 dagegen.",
        );
        assert_eq!(triple(&v[0].1), (Some(24), Some(18), None));
        let v = votes("107 Abgeordnete stimmten für die Novelle, 66 dagegen.");
        assert_eq!(triple(&v[0].1), (Some(107), Some(66), None));
        let v = votes("| A/RES/87/244 | Folgeprozess | 21.12.2032 | 171/2/6 |");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].0, "171/2/6");
        assert_eq!(triple(&v[0].1), (Some(171), Some(2), Some(6)));
        // A date in a cell is none.
        assert!(votes("| Beschluss | 21/12/32 |").is_empty());
        let v = votes("| 2 Sep | UN General Assembly | 143–7–21 | und | 318–176 | 10–20 |");
        let got: Vec<_> = v.iter().map(|(t, x)| (t.as_str(), triple(x))).collect();
        assert_eq!(
            got,
            [
                ("143–7–21", (Some(143), Some(7), Some(21))),
                ("318–176", (Some(318), Some(176), None))
            ]
        );
    }

    #[test]
    fn two_votes_in_a_sentence_results_told_with_to_and_counts_of_states() {
        let v = votes(
            "Der Ausschuss hatte ihn am 29. November mit 51 zu 19 Stimmen bei 8 Enthaltungen angenommen, das Plenum bestätigte ihn mit 402 Ja-Stimmen, 211 Gegenstimmen und 37 Enthaltungen.",
        );
        let mut got: Vec<_> = v.iter().map(|(_, x)| triple(x)).collect();
        got.sort();
        assert_eq!(
            got,
            [
                (Some(51), Some(19), Some(8)),
                (Some(402), Some(211), Some(37))
            ]
        );
        let v = votes(
            "Das Parlament legte fest: 402 Abgeordnete votierten dafür, 187 dagegen, 51 enthielten sich.",
        );
        assert_eq!(triple(&v[0].1), (Some(402), Some(187), Some(51)));
        let v = votes(
            "The House passed the Frontier AI Accountability Act 219 to 206; the Senate waits.",
        );
        assert_eq!(triple(&v[0].1), (Some(219), Some(206), None));
        assert!(votes("The House passed a bill raising the age from 16 to 18 years.").is_empty());
        let v = votes("The text won 22 countries in favor, three against and two abstentions.");
        assert_eq!(triple(&v[0].1), (Some(22), Some(3), Some(2)));
    }

    #[test]
    fn votes_told_in_a_sentence() {
        let v =
            votes("Für den Entwurf stimmten 372 Abgeordnete, dagegen 210, enthalten haben sich 3.");
        assert_eq!(triple(&v[0].1), (Some(372), Some(210), Some(3)), "{v:?}");
        assert_eq!(
            v[0].0,
            "Für den Entwurf stimmten 372 Abgeordnete, dagegen 210, enthalten haben sich 3"
        );
        let v = votes("Das Parlament billigte den Text mit 499 zu 28 Stimmen bei 93 Enthaltungen.");
        assert_eq!(triple(&v[0].1), (Some(499), Some(28), Some(93)), "{v:?}");
        let v = votes(
            "Das Parlament billigte mit 412 zu 143 Stimmen bei 37 Enthaltungen eine Entschließung.",
        );
        assert_eq!(triple(&v[0].1), (Some(412), Some(143), Some(37)), "{v:?}");
        let v = votes("The committee approved the draft by 156 votes to 5, with 8 abstentions.");
        assert_eq!(triple(&v[0].1), (Some(156), Some(5), Some(8)), "{v:?}");
        let v = votes("372 Abgeordnete stimmten dafür, 210 dagegen; drei enthielten sich.");
        assert_eq!(triple(&v[0].1), (Some(372), Some(210), Some(3)), "{v:?}");
        // Right after the verb and its object, the counts are the result.
        let v = votes("The bill passed the Senate 68 to 32.");
        assert_eq!(triple(&v[0].1), (Some(68), Some(32), None), "{v:?}");
        let v = votes("It passed the Senate 38 votes to 29, with One Nation voting against.");
        assert_eq!(triple(&v[0].1), (Some(38), Some(29), None), "{v:?}");
        let v = votes("It passed the House 172 to 146, with the Conservatives voting against.");
        assert_eq!(triple(&v[0].1), (Some(172), Some(146), None), "{v:?}");
        let v = votes(
            "Für den Entwurf votierten 371 Abgeordnete, 229 stimmten mit Nein, elf enthielten sich.",
        );
        assert_eq!(triple(&v[0].1), (Some(371), Some(229), Some(11)), "{v:?}");
        let v = votes("Die Versammlung nahm sie ohne Gegenstimme bei zwei Enthaltungen an.");
        assert_eq!(v[0].0, "ohne Gegenstimme bei zwei Enthaltungen");
        assert_eq!(triple(&v[0].1), (None, Some(0), Some(2)), "{v:?}");
        let v = votes("In der Abstimmung am 13. März stimmten 20 Staaten dagegen.");
        assert!(v.is_empty(), "only one part: {v:?}");
        let v = votes("Die Stimmen von 12 Staaten und 5 Organisationen wurden gezählt.");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_far_verb_and_a_symbol_in_the_clause() {
        let v = votes(
            "Für den Entwurf A/C.1/85/L.41 stimmten am Dienstag im Ausschuss 161 Staaten, drei votierten dagegen, 13 enthielten sich.",
        );
        assert_eq!(triple(&v[0].1), (Some(161), Some(3), Some(13)), "{v:?}");
        assert_eq!(
            v[0].0,
            "161 Staaten, drei votierten dagegen, 13 enthielten sich"
        );
    }

    #[test]
    fn a_parenthesis_in_the_clause_and_members_voting_present() {
        let v = votes(
            "In namentlicher Abstimmung stimmten für den Entwurf (Drucksache 22/3185) 398 Abgeordnete, 217 votierten mit Nein, zwölf enthielten sich.",
        );
        assert_eq!(triple(&v[0].1), (Some(398), Some(217), Some(12)), "{v:?}");
        let v = votes("The House passed it 231 to 198 votes, with three members voting present.");
        assert_eq!(triple(&v[0].1), (Some(231), Some(198), Some(3)), "{v:?}");
    }

    #[test]
    fn no_votes_told_first() {
        let v = votes(
            "Der Antrag wurde mit 45 Nein- gegen 30 Ja-Stimmen bei einer Enthaltung abgelehnt.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "45 Nein- gegen 30 Ja-Stimmen bei einer Enthaltung");
        assert_eq!(triple(&v[0].1), (Some(30), Some(45), Some(1)));
    }

    #[test]
    fn results_with_a_hyphen() {
        // A roll call named before "was"; a result spelled with "to" before the time of day.
        let v = votes("The roll call was 11-4, with every Republican voting no.");
        assert_eq!(triple(&v[0].1), (Some(11), Some(4), None), "{v:?}");
        let v = votes("The bill passed its third reading 67 to 53 this evening.");
        assert_eq!(triple(&v[0].1), (Some(67), Some(53), None), "{v:?}");
        assert!(votes("Children aged 13 to 16 this year.").is_empty());
        let v = votes("The Senate passed the bill 61-38 on Thursday.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "61-38");
        assert_eq!(triple(&v[0].1), (Some(61), Some(38), None));
        let v = votes("The committee backed its version, S. 1044, on a 16-12 party-line vote.");
        assert_eq!(triple(&v[0].1), (Some(16), Some(12), None), "{v:?}");
        let v = votes("The Fourth Circuit panel ruled 2-1 that the queries were searches.");
        assert_eq!(triple(&v[0].1), (Some(2), Some(1), None), "{v:?}");
        let v = votes(
            "The Bill was passed with 81 MPs voting for it, nine against and two abstaining.",
        );
        assert_eq!(triple(&v[0].1), (Some(81), Some(9), Some(2)), "{v:?}");
        let v = votes("The FCC voted 3-2 to adopt the rules.");
        assert_eq!(triple(&v[0].1), (Some(3), Some(2), None), "{v:?}");
        let v = votes("FCC votes 3-2 to make carriers sign their routes");
        assert_eq!(triple(&v[0].1), (Some(3), Some(2), None), "{v:?}");
        let v = votes(
            "The Commission vote authorizing the staff to refer the complaint was 3-1, with Ortega voting no.",
        );
        assert_eq!(triple(&v[0].1), (Some(3), Some(1), None), "{v:?}");
        let v = votes("The Commission vote to approve the order was also 3-0.");
        assert_eq!(triple(&v[0].1), (Some(3), Some(0), None), "{v:?}");
        let v = votes("The Senate Judiciary Committee voted 9-2 Tuesday to advance SB 1183.");
        assert_eq!(triple(&v[0].1), (Some(9), Some(2), None), "{v:?}");
        // Hyphens around "to"; a sponsor's credit between the verb and the result.
        let v = votes("The 264-to-163 vote sends the measure into negotiations.");
        assert_eq!(triple(&v[0].1), (Some(264), Some(163), None), "{v:?}");
        let v = votes(
            "The Senate passed its own version, sponsored by Senator Ellen Park, Democrat of Minnesota, 61 to 38 on July 29.",
        );
        assert_eq!(triple(&v[0].1), (Some(61), Some(38), None), "{v:?}");
        assert!(votes("The age-to-16 rule, from 13-to-16, passed.").is_empty());
        for not_a_vote in [
            "The talks on Dec 16-17 were approved by all.",
            "The parties met on 24–25 June and adopted the rules.",
            "Users aged 13-17 voted in the survey.",
            "ISO 3166-1 was adopted.",
            "Pages 12-14 passed review.",
            "The Senate voted. Pages 12-14 follow.",
            "The panel voted on the days Tuesday 3-4.",
            "The bill covers 2030-2035.",
            "It costs 20-30 euros.",
        ] {
            assert!(
                votes(not_a_vote).is_empty(),
                "{not_a_vote}: {:?}",
                votes(not_a_vote)
            );
        }
    }

    #[test]
    fn two_results_in_one_sentence() {
        let v = votes(
            "Die Kommission fügte sie mit 8 zu 5 Stimmen ein, der Rat folgte ihr mit 24 zu 18 Stimmen.",
        );
        assert_eq!(
            v.iter().map(|x| triple(&x.1)).collect::<Vec<_>>(),
            [(Some(8), Some(5), None), (Some(24), Some(18), None)]
        );
        let v = votes(
            "Parliament adopted it by 502 votes to 98. The committee endorsed it with 41 votes to 9 and 5 abstentions.",
        );
        assert_eq!(
            v.iter().map(|x| triple(&x.1)).collect::<Vec<_>>(),
            [(Some(502), Some(98), None), (Some(41), Some(9), Some(5))]
        );
    }

    #[test]
    fn results_told_with_verbs_of_agreeing_refusing_and_receiving() {
        let cases = [
            (
                "Für den Resolutionsentwurf (A/87/L.48), den Kenia eingebracht hatte, stimmten 151 Mitgliedstaaten; acht votierten dagegen, 22 enthielten sich.",
                (Some(151), Some(8), Some(22)),
            ),
            (
                "Er erhielt nur 41 Stimmen, 102 Staaten lehnten ihn ab, 29 enthielten sich.",
                (Some(41), Some(102), Some(29)),
            ),
            (
                "512 Abgeordnete stimmten zu, 88 lehnten ab, 31 enthielten sich.",
                (Some(512), Some(88), Some(31)),
            ),
            (
                "The board adopted it with 29 votes in favour, none against and two abstentions.",
                (Some(29), Some(0), Some(2)),
            ),
            (
                "The five-member Board split 3-2: the majority held.",
                (Some(3), Some(2), None),
            ),
            (
                "Of the lawmakers present, 212 voted in favor, 9 against and 17 abstained.",
                (Some(212), Some(9), Some(17)),
            ),
            (
                "The House passed the bill 224-201, with four members voting present.",
                (Some(224), Some(201), Some(4)),
            ),
        ];
        for (text, want) in cases {
            let v = votes(text);
            assert_eq!(v.len(), 1, "{text}: {v:?}");
            assert_eq!(triple(&v[0].1), want, "{text}");
        }
    }

    #[test]
    fn unanimity() {
        let v = votes("Mit der einstimmig verabschiedeten UN-Resolution 80/16");
        assert!(v[0].1.unanimous);
        assert_eq!(v[0].0, "einstimmig");
        assert!(
            votes("The Assembly unanimously adopted")
                .first()
                .is_some_and(|x| x.1.unanimous)
        );
    }

    #[test]
    fn no_votes_from_other_counts() {
        assert!(votes("20 Ja-Sager und keine Enthaltung der Sache").is_empty());
        assert!(votes("Die Stimmung war gut.").is_empty());
    }

    #[test]
    fn two_counts_in_words_linked_as_a_result() {
        let v = votes("Die Entscheidung fiel mit sechs zu zwei Stimmen.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "sechs zu zwei Stimmen");
        assert_eq!(triple(&v[0].1), (Some(6), Some(2), None));
        let v = votes("die der Nationalrat mit 112 gegen 64 Stimmen beschlossen hatte");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "112 gegen 64 Stimmen");
        assert_eq!(triple(&v[0].1), (Some(112), Some(64), None));
        // Counts in words without a result's link are no vote.
        assert!(votes("Zwei Abgeordnete stimmten dagegen, sechs waren nicht da.").is_empty());
    }

    #[test]
    fn the_bundestags_result_after_the_ballots_cast() {
        let v = votes(
            "Ergebnis der namentlichen Abstimmung: abgegebene Stimmkarten 612. Mit Ja haben gestimmt 364, mit Nein haben gestimmt 231, Enthaltungen 17. Der Gesetzentwurf ist angenommen.",
        );
        assert_eq!(v.len(), 1);
        assert_eq!(triple(&v[0].1), (Some(364), Some(231), Some(17)));
        assert!(!v[0].0.contains("612"));
    }

    #[test]
    fn a_span_of_time_in_the_sentence_is_no_count() {
        let v = votes(
            "Der Nationalrat hatte die Motion im März 2031 mit 121 zu 64 Stimmen bei 5 Enthaltungen angenommen; der Ständerat folgte vor zwei Jahren ohne Gegenstimme.",
        );
        assert_eq!(triple(&v[0].1), (Some(121), Some(64), Some(5)));
    }
}
