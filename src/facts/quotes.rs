//! Quotations with their speaker where the text names one.
//!
//! Quoted words („…“, “…”, "…", »…«, «…», ‚…‘) are a quotation when they are a sentence or more:
//! at least four words, or ending with sentence punctuation, or attributed by a speech verb.
//! Scare quotes and titles are not: „Parallelwelt“, „Zero Draft“, a motto or title announced by
//! the word before ("Motto", "Titel", "Initiative"), a name followed by its acronym
//! („Open Ended Working Group“ (OEWG)), the first part of a compound („30 under 30 Asia“-Liste),
//! or a translation in brackets. Quotes across block boundaries are not seen (one block at a time).
//!
//! The speaker comes from the sentence: "Guterres sagte zur Eröffnung: „…“", "„…“, sagte
//! Guterres", "“…,” said Guterres", "was die Provinzregierung von Zhejiang schreibt: „…“",
//! "according to X", "so X". A person found in that place gives the full name.

use serde::Serialize;

use super::{ExtractContext, FactKind, FactValue, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
}

/// The closing marks for an opening mark.
fn closers(open: char) -> &'static [char] {
    match open {
        '„' => &['“', '”', '"'],
        '“' => &['”', '“'],
        '"' => &['"'],
        '»' => &['«'],
        '«' => &['»'],
        '‚' => &['‘'],
        _ => &[],
    }
}

fn speech_verb(w: &str) -> bool {
    matches!(
        w,
        "sagte"
            | "sagt"
            | "sagten"
            | "erklärte"
            | "erklärt"
            | "erklärten"
            | "betonte"
            | "betont"
            | "meinte"
            | "meint"
            | "warnte"
            | "warnt"
            | "schrieb"
            | "schreibt"
            | "schreiben"
            | "ergänzte"
            | "fügte"
            | "forderte"
            | "kritisierte"
            | "heißt"
            | "hieß"
            | "so"
            | "said"
            | "says"
            | "told"
            | "wrote"
            | "writes"
            | "added"
            | "warned"
            | "stated"
            | "called"
            | "nannte"
            | "bezeichnete"
    )
}

/// Words before a quotation that announce a title or name rather than someone's words.
fn title_cue(w: &str) -> bool {
    matches!(
        w,
        "Motto"
            | "Titel"
            | "Slogan"
            | "Leitmotiv"
            | "Wettbewerb"
            | "Initiative"
            | "Begriff"
            | "Programm"
            | "Liste"
            | "Buch"
            | "Film"
            | "Studie"
            | "Bericht"
            | "Report"
            | "Strategie"
            | "Projekt"
            | "Gesetz"
            | "Stichwort"
            | "Thema"
            | "Kampagne"
            | "named"
            | "called"
            | "titled"
            | "entitled"
            | "genannt"
            | "namens"
            | "sogenannte"
            | "sogenannten"
    )
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, _ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    // Every quotation mark is '"' or starts with byte E2 or C2 in UTF-8: the opening mark at or
    // after `from` is found by memchr on those bytes, decoding only there.
    let next_open = |from: usize| {
        memchr::memchr3_iter(b'"', 0xE2, 0xC2, &text.as_bytes()[from..])
            .map(|i| from + i)
            .filter_map(|i| text[i..].chars().next().map(|c| (i, c)))
            .find(|(_, c)| !closers(*c).is_empty())
    };
    if next_open(0).is_none() {
        return;
    }
    let people: Vec<(std::ops::Range<usize>, &str)> = out
        .iter()
        .filter_map(|f| match &f.value {
            FactValue::Person(p) => Some((f.span.clone(), p.name.as_str())),
            _ => None,
        })
        .collect();
    let orgs: Vec<(std::ops::Range<usize>, &str)> = out
        .iter()
        .filter_map(|f| match &f.value {
            FactValue::Organization(o) => Some((f.span.clone(), o.name.as_str())),
            _ => None,
        })
        .collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let Some((i, open)) = next_open(at) else {
            break;
        };
        let inner_start = i + open.len_utf8();
        at = inner_start;
        // A straight quote opens only before a word and after a space or bracket.
        if open == '"'
            && (text[inner_start..].starts_with(char::is_whitespace)
                || text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric()))
        {
            continue;
        }
        let Some(len) = text[inner_start..].find(closers(open)) else {
            continue;
        };
        let inner_end = inner_start + len;
        let close_len = text[inner_end..].chars().next().map_or(1, char::len_utf8);
        let end = inner_end + close_len;
        at = end;
        let inner = text[inner_start..inner_end].trim();
        if inner.is_empty() {
            continue;
        }
        let speaker = speaker_after(text, i, end, &people)
            .or_else(|| speaker_before(text, i, &people))
            .or_else(|| speaker_nearby(text, i, end, &people))
            .or_else(|| speaking_organisation(text, i, &orgs));
        let words = inner.split_whitespace().count();
        let sentence = inner.trim_end_matches(['…', '.']).len() < inner.len()
            || inner.ends_with(['!', '?', '…'])
            || inner.ends_with(".\u{a0}");
        let quote = if speaker.is_some() {
            words >= 2
        } else {
            (words >= 4 || sentence) && !title_like(text, i, end, inner)
        };
        if quote {
            found.push(Found {
                kind: FactKind::Quote,
                value: FactValue::Quote(Quote {
                    text: inner.to_string(),
                    speaker,
                }),
                span: i..end,
            });
        }
    }
    out.extend(found);
}

/// Titles, names and scare quotes by their surroundings.
fn title_like(text: &str, open: usize, end: usize, inner: &str) -> bool {
    let after = &text[end..];
    // „30 under 30 Asia“-Liste; „Open Ended Working Group“ (OEWG); „Zero Draft“[3].
    if after.starts_with('-')
        || after.trim_start().starts_with("(") && {
            let inside = after.trim_start()[1..].split(')').next().unwrap_or("");
            inside.len() <= 12 && inside.chars().any(char::is_uppercase) && !inside.contains(' ')
        }
    {
        return true;
    }
    let before = text[..open].trim_end();
    // („Community with a shared future in cyberspace“): a translation in brackets.
    if before.ends_with('(') && after.trim_start().starts_with(')') {
        return true;
    }
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    if title_cue(prev) || prev.rsplit('-').next().is_some_and(title_cue) {
        return true;
    }
    // Title Case without a verb-like lower-case word: "Global Point of Contact Directory".
    let ws: Vec<&str> = inner.split_whitespace().collect();
    let lower = ws
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| {
            !matches!(
                **w,
                "of" | "on"
                    | "for"
                    | "and"
                    | "the"
                    | "in"
                    | "to"
                    | "a"
                    | "an"
                    | "with"
                    | "und"
                    | "der"
                    | "die"
                    | "für"
            )
        })
        .count();
    lower == 0 && !inner.ends_with(['.', '!', '?'])
}

/// "„…“, sagte Guterres", "“…,” said X", "„…“, so X", "according to X", "schreiben die Organisatoren".
fn speaker_after(
    text: &str,
    open: usize,
    end: usize,
    people: &[(std::ops::Range<usize>, &str)],
) -> Option<String> {
    let rest = &text[end..];
    let rest_trim = rest.trim_start_matches([',', ' ', '\u{a0}']);
    if rest_trim.len() == rest.len() && !rest.starts_with(' ') {
        // Glued to the next word: no attribution.
        if !text[..end].ends_with([',', '.']) {
            return None;
        }
    }
    let offset = end + (rest.len() - rest_trim.len());
    let mut words = rest_trim.split_whitespace();
    let first = words.next()?.trim_end_matches([',', '.']);
    let (verb_len, phrase) = if speech_verb(first) {
        (first.len(), true)
    } else if rest_trim.starts_with("according to ") || rest_trim.starts_with("laut ") {
        (rest_trim.find(' ').unwrap_or(0), true)
    } else {
        // "“…,” Guterres said", "“…,” UNODC Executive Director Ghada Waly told reporters": a
        // name, perhaps after a role, then the verb, with no punctuation between.
        let mut at = offset;
        for w in rest_trim.split_whitespace().take(8) {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            let w_start = text[at..].find(w).map_or(at, |p| at + p);
            if matches!(bare, "said" | "says" | "wrote" | "added" | "told") {
                return people
                    .iter()
                    .rev()
                    .find(|(s, _)| s.start >= offset && s.end <= w_start)
                    .map(|(_, n)| n.to_string());
            }
            if bare.len() < w.len() {
                break;
            }
            at = w_start + w.len();
        }
        (0, false)
    };
    if !phrase {
        return None;
    }
    let after_verb = offset + verb_len;
    // "„…“, sagte er": the person named last before the quotation.
    let next_word = text[after_verb..].split_whitespace().next().unwrap_or("");
    let pronoun = next_word.trim_end_matches([',', '.']);
    // "sagten sie" is several people.
    if matches!(pronoun, "er" | "he" | "she") || pronoun == "sie" && !first.ends_with("en") {
        return last_person_before(open, people);
    }
    // A person found right after the verb, or after a role between commas ("said Singapore's
    // Minister for Digital Development, Josephine Teo, in her closing remarks").
    let limit = after_verb + 40;
    if let Some((_, n)) = people.iter().find(|(s, _)| {
        s.start > after_verb && s.start < limit && no_stop_but_titles(&text[after_verb..s.start])
    }) {
        return Some(n.to_string());
    }
    if let Some((_, n)) = people.iter().find(|(s, _)| {
        s.start > after_verb
            && s.start < after_verb + 80
            && !text[after_verb..s.start].contains(['.', ';', ':'])
            && text[after_verb..s.start].matches(',').count() == 1
            && text[after_verb..s.start].trim_end().ends_with(',')
            && text[s.end..].starts_with([',', '.'])
    }) {
        return Some(n.to_string());
    }
    // Otherwise the words up to the next punctuation, without a leading article.
    let tail = &text[after_verb..];
    let clause = tail
        .split(['.', ',', ';', ':', '(', '[', '„', '“', '"'])
        .next()
        .unwrap_or("")
        .trim();
    let ws: Vec<&str> = clause.split_whitespace().take(6).collect();
    let skip = usize::from(
        ws.first()
            .is_some_and(|w| matches!(*w, "die" | "der" | "das" | "the" | "ein" | "eine")),
    );
    // Only a capitalised noun phrase of a few words names a speaker ("die Organisatoren").
    if ws.len() > skip && ws.len() <= 5 && ws[skip].chars().next().is_some_and(char::is_uppercase) {
        let phrase = ws[skip..].join(" ");
        return Some(phrase);
    }
    None
}

/// Whether `between` has no comma and no period but those of a title ("sagte
/// Geschäftsführerin Dr. Katrin Vogelsang", "said Prof. Jane Doe").
fn no_stop_but_titles(between: &str) -> bool {
    if between.contains(',') {
        return false;
    }
    between.match_indices('.').all(|(i, _)| {
        matches!(
            super::word_before(between, i),
            "Dr" | "Prof" | "Mr" | "Mrs" | "Ms"
        )
    })
}

/// A personal pronoun of one speaker: "er", "sie" (with a verb in the singular), "he", "she".
fn has_pronoun(clause: &str) -> bool {
    let ws: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    ws.iter().enumerate().any(|(k, w)| match *w {
        "er" | "Er" | "he" | "He" | "she" | "She" => true,
        // "sagte sie", "sie sagte" (not "sagten sie": they).
        "sie" | "Sie" => [k.checked_sub(1), Some(k + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| ws.get(j))
            .any(|v| speech_verb(v) && !v.ends_with("en")),
        _ => false,
    })
}

/// The person named last before byte `at` of the block.
fn last_person_before(at: usize, people: &[(std::ops::Range<usize>, &str)]) -> Option<String> {
    people
        .iter()
        .filter(|(s, _)| s.end <= at)
        .max_by_key(|(s, _)| s.end)
        .map(|(_, n)| n.to_string())
}

/// Start of the sentence holding byte `at`: after the last ". ", "! " or "? " before it.
fn sentence_begin(text: &str, at: usize) -> usize {
    // memrchr: a search for a set of chars decodes every character.
    memchr::memrchr3(b'.', b'!', b'?', &text.as_bytes()[..at])
        .filter(|&p| text[p + 1..].starts_with(char::is_whitespace))
        .map_or(0, |p| p + 1)
}

fn has_speech_verb(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric())
        .any(|w| speech_verb(w) && w != "so")
}

/// The last person named in `range` when it also holds a speech verb.
fn speaking_person(
    text: &str,
    range: std::ops::Range<usize>,
    people: &[(std::ops::Range<usize>, &str)],
) -> Option<String> {
    // Few ranges hold a person: they are looked for before the words are read.
    let (_, name) = people
        .iter()
        .rev()
        .find(|(s, _)| s.start >= range.start && s.end <= range.end)?;
    has_speech_verb(&text[range]).then(|| name.to_string())
}

/// "Dobrindt sagte im Deutschlandfunk, man dürfe „…“": a speaker earlier in the same sentence;
/// or, for a quotation that is a sentence of its own, in the sentence before ("Die Analystin …
/// sagte, … . „…“").
fn speaker_nearby(
    text: &str,
    open: usize,
    end: usize,
    people: &[(std::ops::Range<usize>, &str)],
) -> Option<String> {
    let begin = sentence_begin(text, open);
    if let Some(p) = speaking_person(text, begin..open, people) {
        return Some(p);
    }
    let alone = text[begin..open].trim().is_empty()
        && text[end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| c.is_uppercase() || c == '[');
    if alone && begin > 0 {
        let prev = sentence_begin(text, begin - 1);
        return speaking_person(text, prev..begin, people);
    }
    None
}

/// "Access Now called the text “a surveillance treaty”": an organisation as the subject of a
/// speech verb earlier in the quotation's sentence (a person there is found first, by
/// [`speaker_nearby`]).
fn speaking_organisation(
    text: &str,
    open: usize,
    orgs: &[(std::ops::Range<usize>, &str)],
) -> Option<String> {
    let begin = sentence_begin(text, open);
    let (span, name) = orgs
        .iter()
        .rev()
        .find(|(s, _)| s.start >= begin && s.end <= open)?;
    // The verb follows the name directly: "Access Now called", "Bitkom erklärte".
    let verb = text[span.end..open].split_whitespace().next()?;
    speech_verb(verb).then(|| name.to_string())
}

/// "Guterres sagte zur Eröffnung: „…“", "was die Provinzregierung von Zhejiang schreibt: „…“",
/// "hatte … erklärt: “…”".
fn speaker_before(
    text: &str,
    open: usize,
    people: &[(std::ops::Range<usize>, &str)],
) -> Option<String> {
    let before = text[..open].trim_end();
    if !before.ends_with(':') {
        return None;
    }
    let colon = before.len() - 1;
    // The clause: back to the previous sentence end.
    let start = before[..colon]
        .char_indices()
        .rev()
        .find(|(i, c)| {
            matches!(c, '!' | '?' | ';' | '“' | '”' | '„')
                || (*c == '.'
                    && before[..*i]
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_lowercase()))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &before[start..colon];
    let verb = clause
        .split(|c: char| !c.is_alphanumeric())
        .any(speech_verb);
    if !verb {
        return None;
    }
    // The last person named in the clause.
    if let Some((_, n)) = people
        .iter()
        .rev()
        .find(|(s, _)| s.start >= start && s.end <= colon)
    {
        return Some(n.to_string());
    }
    // "In seiner Rede sagte er: „…“": the person named last before the clause.
    if has_pronoun(clause) {
        return last_person_before(start, people);
    }
    // "was die Provinzregierung von Zhejiang schreibt".
    let ws: Vec<&str> = clause.split_whitespace().collect();
    let v = ws
        .iter()
        .rposition(|w| speech_verb(w.trim_matches(|c: char| !c.is_alphanumeric())))?;
    let intro = ws[..v]
        .iter()
        .rposition(|w| matches!(*w, "was" | "wie" | "as" | "what"))?;
    let mut subject = &ws[intro + 1..v];
    if subject
        .first()
        .is_some_and(|w| matches!(*w, "die" | "der" | "das" | "the"))
    {
        subject = &subject[1..];
    }
    (!subject.is_empty()
        && subject.len() <= 5
        && subject[0].chars().next().is_some_and(char::is_uppercase))
    .then(|| subject.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let mut ctx = ExtractContext::default();
        let mut out = Vec::new();
        super::super::people::extract(text, &mut ctx, &mut out);
        extract(text, &mut ctx, &mut out);
        out.into_iter()
            .filter_map(|f| match f.value {
                FactValue::Quote(q) => Some((q.text, q.speaker)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotes() {
        for text in [
            "wie diese so wichtige „Parallelwelt“ reguliert werden kann",
            "führte zu einem „Zero Draft“[3], der",
            "Das übergeordnete Motto „Forging an open, cooperative secure and inclusive digital future“ verrät",
            "in die Forbes „30 under 30 Asia“-Liste aufgenommen",
            "zur „Open Ended Working Group“ (OEWG) enthält",
            "Schicksalsgemeinschaft im Cyberspace („Community with a shared future in cyberspace“) markiert",
            "das „Global Point of Contact Directory“ sowie",
        ] {
            assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
        }
    }

    #[test]
    fn quotations_with_speakers() {
        let q = quotes(
            "Guterres sagte zur Eröffnung: „In cyberspace, nobody is safe until everybody is safe.“",
        );
        assert_eq!(q[0].1.as_deref(), Some("António Guterres"));
        let q = quotes("„Wir brauchen globale Regeln für KI“, sagte Schulze.");
        assert_eq!(
            q[0],
            (
                "Wir brauchen globale Regeln für KI".into(),
                Some("Schulze".into())
            )
        );
        let q = quotes(
            "Der nationale Cyberdirektor im Weißen Haus, Sean Cairncross, hatte im Oktober erklärt: “To date, I don’t think the US has done a terrific job.”",
        );
        assert_eq!(q[0].1.as_deref(), Some("Sean Cairncross"));
        let q = quotes(
            "was die Provinzregierung von Zhejiang schreibt: „In Wuzhen kollidieren Geschichte und Hochtechnologie nicht miteinander.“",
        );
        assert_eq!(q[0].1.as_deref(), Some("Provinzregierung von Zhejiang"));
        let q = quotes(
            "„werden Vertrauen und Kooperation so wichtig wie nie“, schreiben die Organisatoren.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Organisatoren"));
        let q = quotes("“We will not accept this,” said Jane Smith.");
        assert_eq!(q[0].1.as_deref(), Some("Jane Smith"));
    }

    #[test]
    fn a_pronoun_or_a_role_between_commas_leads_to_the_speaker() {
        let q = quotes(
            "Generalsekretär António Guterres sprach von einem Signal. In seiner Rede sagte er: „Maschinen dürfen nicht über Leben und Tod entscheiden.“",
        );
        assert_eq!(q[0].1.as_deref(), Some("António Guterres"));
        let q = quotes("Ministerin Anna Berg kam spät. „Wir bleiben dabei“, sagte sie.");
        assert_eq!(q[0].1.as_deref(), Some("Anna Berg"));
        // "sagten sie" is several people: no one speaker.
        let q =
            quotes("Ministerin Anna Berg kam spät. „Wir bleiben dabei, das ist klar“, sagten sie.");
        assert_eq!(q[0].1, None);
        let q = quotes(
            "\"No country can deal with these gangs alone,\" said Singapore's Minister for Digital Development, Josephine Teo, in her closing remarks.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Josephine Teo"));
        let q = quotes(
            "\"This is the first global treaty in two decades,\" UNODC Executive Director Ghada Waly told reporters.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Ghada Waly"));
    }

    #[test]
    fn a_title_between_the_verb_and_the_name() {
        let q = quotes(
            "„Wir verschieben Operationen“, sagte Geschäftsführerin Dr. Katrin Vogelsang. Betroffen seien 300.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Katrin Vogelsang"), "{q:?}");
        let q = quotes("„Es reicht“, sagte Prof. Anna Berg.");
        assert_eq!(q[0].1.as_deref(), Some("Anna Berg"), "{q:?}");
    }

    #[test]
    fn an_organisation_can_speak() {
        let text = "Human rights groups remain critical: Access Now called the text \"a surveillance treaty in disguise\" and urged parliaments to act.";
        let mut ctx = ExtractContext::default();
        let mut out = Vec::new();
        super::super::organizations::extract(text, &mut ctx, &mut out);
        extract(text, &mut ctx, &mut out);
        let speakers: Vec<Option<String>> = out
            .into_iter()
            .filter_map(|f| match f.value {
                FactValue::Quote(q) => Some(q.speaker),
                _ => None,
            })
            .collect();
        assert_eq!(speakers, [Some("Access Now".to_string())]);
    }

    #[test]
    fn unattributed_quotations() {
        let q = quotes(
            "fordert die Resolution, dass „human control and oversight is maintained over command.“ Der Einsatz",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, None);
        assert!(quotes("ein „Elements Paper” im Juni").is_empty());
        assert!(quotes("„Konsensus“ nicht „Zustimmung“ bedeutet").is_empty());
    }
}
