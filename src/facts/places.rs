//! Places: countries, cities and regions, German and English names.
//!
//! Names come from `data/gazetteer/places.tsv`. The value's `name` is always the canonical German
//! name, whatever the language of the text ("Geneva" → Genf, CH; "Chinas" → China, CN), so one
//! place reads the same across a mixed corpus. Adjectives ("chinesische") are not places: they
//! describe something else. Names that are also ordinary words or first names ("Jordan",
//! "Essen", "Georgia") count only after a preposition of place ("in Jordan", "aus Essen").

use serde::Serialize;

use super::gazetteer::{PLACES, Word, adjacent, function_word, name_like, words};
use super::{ExtractContext, FactKind, FactValue, Found};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    pub name: String,
    pub country_code: Option<String>,
}

/// Prepositions after which an ambiguous name is a place.
fn place_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "aus"
            | "nach"
            | "bei"
            | "von"
            | "bis"
            | "nahe"
            | "am"
            | "im"
            | "from"
            | "to"
            | "near"
            | "of"
            | "In"
            | "Aus"
            | "Nach"
    ) || settlement_noun(w)
}

/// Nouns before a place's name: "der Stadt Halle", "des Kantons Bern", "Gemeinde Wiehl".
fn settlement_noun(w: &str) -> bool {
    matches!(
        w,
        "Stadt"
            | "Hauptstadt"
            | "Gemeinde"
            | "Kanton"
            | "Kantons"
            | "Landkreis"
            | "Landkreises"
            | "Kreis"
            | "Kreises"
            | "Bezirk"
            | "Bezirks"
            | "Provinz"
            | "Region"
            | "Bundesland"
            | "Bundeslandes"
            | "Insel"
            | "Ortsteil"
            | "Ortsteils"
            | "Dorf"
            | "Dorfes"
            | "Kleinstadt"
            | "Großstadt"
            | "Hafenstadt"
            | "Grenzstadt"
    )
}

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    extract_words(text, &words(text), ctx, out);
}

/// [`extract`] with the text's words already split.
pub(crate) fn extract_words(
    text: &str,
    ws: &[Word],
    _ctx: &mut ExtractContext,
    out: &mut Vec<Found>,
) {
    let start = out.len();
    by_form(text, ws, out);
    let formed: Vec<std::ops::Range<usize>> = out[start..].iter().map(|f| f.span.clone()).collect();
    for (span, i) in PLACES.find_iter(text, ws, super::gazetteer::PLACE_START) {
        let entry = &PLACES.entries[i];
        let before = super::word_before(text, span.start);
        if entry.ambiguous && !place_preposition(before) {
            continue;
        }
        // "400.000 Franken", "drei Millionen Franken": a count before it makes it a unit.
        // A year is no count: "war im Jahr 2008 Italien".
        let year = before.len() == 4 && (before.starts_with("1") || before.starts_with("20"));
        let counted = !before.is_empty() && before.bytes().all(|b| b.is_ascii_digit()) && !year
            || matches!(
                before,
                "Millionen" | "Milliarden" | "Mio" | "Mrd" | "Tausend"
            );
        if counted {
            continue;
        }
        if formed
            .iter()
            .any(|f| f.start < span.end && span.start < f.end)
        {
            continue;
        }
        out.push(Found {
            kind: FactKind::Place,
            value: FactValue::Place(Place {
                name: entry.name.to_string(),
                country_code: entry.code.map(str::to_string),
            }),
            span,
        });
    }
}

/// Endings of German town names ("Ravensburg", "Pfaffenhofen", "Taiskirchen"): such a word
/// after a bare preposition of place ("aus Ravensburg"; common nouns would take an article:
/// "im Heim", "in der Hauptstadt") is a town.
const TOWN_ENDINGS: [&str; 27] = [
    "burg", "berg", "dorf", "hausen", "heim", "ingen", "kirchen", "stadt", "feld", "bach", "furt",
    "hofen", "stein", "rode", "leben", "brück", "brücken", "münde", "stedt", "städt", "hagen",
    "walde", "beuren", "weiler", "zell", "büttel", "kirch",
];

/// Street-like endings: "Schwanitzstraße", "Schönhauser Allee".
const STREET_ENDINGS: [&str; 6] = ["straße", "strasse", "allee", "gasse", "chaussee", "damm"];

/// Common nouns with those endings.
fn common_place_noun(w: &str) -> bool {
    matches!(
        w,
        "Straße"
            | "Strasse"
            | "Landstraße"
            | "Hauptstraße"
            | "Seitenstraße"
            | "Bundesstraße"
            | "Einbahnstraße"
            | "Schnellstraße"
            | "Umgehungsstraße"
            | "Wasserstraße"
            | "Nebenstraße"
            | "Querstraße"
            | "Fernstraße"
            | "Zufahrtsstraße"
            | "Allee"
            | "Gasse"
            | "Sackgasse"
            | "Damm"
            | "Staudamm"
            | "Bahndamm"
            | "Chaussee"
            | "Hauptstadt"
            | "Innenstadt"
            | "Altstadt"
            | "Vorstadt"
            | "Großstadt"
            | "Kleinstadt"
            | "Heimatstadt"
            | "Partnerstadt"
            | "Weltstadt"
            | "Werkstadt"
            | "Vorfeld"
            | "Umfeld"
            | "Spielfeld"
            | "Arbeitsfeld"
            | "Berg"
            | "Eisberg"
            | "Weinberg"
            | "Dorf"
            | "Heim"
            | "Eigenheim"
            | "Pflegeheim"
            | "Altenheim"
            | "Kinderheim"
            | "Stein"
            | "Grundstein"
            | "Meilenstein"
            | "Eckstein"
            | "Bach"
            | "Burg"
            | "Leben"
            | "Zusammenleben"
            | "Überleben"
            | "Hagen"
    )
}

/// Nouns that follow a bare "in", "nach" or "aus" and are no places, by ending or by name.
fn noun_like(w: &str) -> bool {
    const ENDINGS: [&str; 22] = [
        "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "en", "ern", "sicht", "ik",
        "ie", "ur", "ät", "ment", "höhe", "weite", "arbeit", "lauf", "größe", "ance",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
        || matches!(
            w,
            "Kraft"
                | "Frage"
                | "Zukunft"
                | "Betrieb"
                | "Form"
                | "Höhe"
                | "Richtung"
                | "Sachen"
                | "Anspruch"
                | "Kontakt"
                | "Folge"
                | "Anbetracht"
                | "Bezug"
                | "Hinsicht"
                | "Haft"
                | "Urlaub"
                | "Hause"
                | "Ende"
                | "Anfang"
                | "Panik"
                | "Ruhe"
                | "Mode"
                | "Serie"
                | "Angriff"
                | "Brand"
                | "Deckung"
                | "Gang"
                | "Kauf"
                | "Kürze"
                | "Stich"
                | "Schach"
                | "Schutz"
                | "Not"
                | "Händen"
                | "Eile"
                | "Gefahr"
                | "Empfang"
                | "Besitz"
                | "Gewahrsam"
                | "Quarantäne"
                | "Angst"
                | "Protest"
                | "Versehen"
                | "Spaß"
                | "Holz"
                | "Stahl"
                | "Glas"
                | "Kunststoff"
                | "Plastik"
                | "Papier"
                | "Leder"
                | "Wolle"
                | "Seide"
                | "Marmor"
                | "Ton"
                | "Lehm"
                | "Kupfer"
                | "Bronze"
                | "Gold"
                | "Silber"
                | "Eisen"
                | "Beton"
                | "Stein"
                | "Metall"
                | "Liebe"
                | "Mangel"
                | "Prinzip"
                | "Tradition"
                | "Abschluss"
                | "Ablauf"
                | "Beginn"
                | "Auskunft"
                | "Aussage"
                | "Art"
                | "Bedarf"
                | "Vorbild"
                | "Maß"
                | "Plan"
                | "Schluss"
                | "Feierabend"
                | "Kriegsende"
                | "Summe"
                | "Zusammenhang"
                | "Abstimmung"
                | "Absprache"
                | "Anwesenheit"
                | "Ordnung"
                | "Stücke"
                | "Teilen"
                | "Rente"
                | "Ruhestand"
                | "Kriegsgefangenschaft"
                | "Gefangenschaft"
                | "Reih"
                | "Bälde"
                | "Betracht"
                | "Erwägung"
                | "Aussicht"
                | "Arbeit"
                | "Zeit"
                | "Wirklichkeit"
                | "Realität"
                | "Gesellschaft"
                | "Geld"
                | "Tat"
                | "Wahrheit"
                | "Grund"
                | "Sorge"
                | "Dank"
                | "Wut"
                | "Zorn"
                | "Neugier"
                | "Vorsicht"
                | "Rücksicht"
                | "Sicht"
                | "Gründen"
                | "Stunde"
                | "Minute"
                | "Woche"
                | "Monat"
                | "Jahr"
                | "Tag"
                | "Nacht"
                | "Abend"
                | "Morgen"
                | "Mittag"
                | "Jahrzehnt"
                | "Jahrhundert"
                | "Farbe"
                | "Schwarz"
                | "Weiß"
                | "Rot"
                | "Grün"
                | "Blau"
                | "Bild"
                | "Text"
                | "Deutsch"
                | "Englisch"
                | "Französisch"
                | "Spanisch"
                | "Russisch"
                | "Chinesisch"
                | "Italienisch"
                | "Latein"
                | "Zahlen"
                | "Worten"
                | "Euro"
                | "Dollar"
                | "Prozent"
                | "Runde"
                | "Spiel"
                | "Halbzeit"
                | "Minuten"
                | "Führung"
                | "Rückstand"
                | "Einklang"
                | "Verbindung"
                | "Szene"
                | "Trance"
        )
}

/// A sum or its currency, after which "in" says what it is paid in, not where.
fn paid_in(w: &str) -> bool {
    matches!(
        w,
        "Euro"
            | "Dollar"
            | "US-Dollar"
            | "Pfund"
            | "Franken"
            | "Millionen"
            | "Milliarden"
            | "Mio"
            | "Mrd"
            | "Lösegeld"
            | "Lösegelds"
            | "Lösegeldes"
            | "Betrag"
            | "Summe"
            | "Zahlung"
            | "Zahlungen"
            | "zahlbar"
    )
}

fn place_preposition_bare(w: &str) -> bool {
    matches!(
        w,
        "in" | "aus" | "nach" | "bei" | "von" | "bis" | "nahe" | "zwischen" | "über" | "um"
    )
}

/// Town and street names that are not in the gazetteer, by their form.
fn by_form(text: &str, ws: &[Word], out: &mut Vec<Found>) {
    for (i, w) in ws.iter().enumerate() {
        let t = w.text;
        if !w.cap {
            continue;
        }
        // The cheap tests first: a preposition before, a street-like ending, "Bad", "-er".
        let after_preposition = i > 0
            && place_preposition_bare(ws[i - 1].text)
            && adjacent(text, ws[i - 1].end, w.start);
        let after_settlement =
            i > 0 && settlement_noun(ws[i - 1].text) && adjacent(text, ws[i - 1].end, w.start);
        let candidate = after_preposition
            || after_settlement
            || t.len() > 7 && STREET_ENDINGS.iter().any(|e| t.ends_with(e))
            || t == "Bad"
            || t.ends_with("er");
        if !candidate {
            continue;
        }
        if !name_like(t) || w.lex & super::gazetteer::FUNCTION != 0 || common_place_noun(t) {
            continue;
        }
        let town = after_preposition
            && t.len() > 5
            && !t.contains('-')
            && TOWN_ENDINGS.iter().any(|e| t.ends_with(e));
        let street = t.len() > 7 && STREET_ENDINGS.iter().any(|e| t.ends_with(e));
        // "in Kandahar", "nach Wiehl": a bare "in" or "nach" before a capitalised word that is
        // no common noun of such phrases ("in Kraft", "nach Angaben"; not "je nach Bedarf").
        let bare = i > 0
            && matches!(ws[i - 1].text, "in" | "nach")
            && adjacent(text, ws[i - 1].end, w.start)
            && !(i > 1 && matches!(ws[i - 2].text, "bis" | "von" | "je" | "Je"))
            // "6 Millionen Euro in Bitcoin", "Lösegeld in Monero": what a sum is paid in.
            && !(i > 1 && paid_in(ws[i - 2].text))
            && t.len() > 3
            && !t.contains('-')
            && !noun_like(t)
            && !super::gazetteer::ORGS.forms.contains_key(t)
            && !super::gazetteer::FIRST_NAMES.contains(t)
            && ws
                .get(i + 1)
                .is_none_or(|n| !(adjacent(text, w.end, n.start) && name_like(n.text)))
            // "in Groups of Governmental Experts": a noun with its complement.
            && ws
                .get(i + 1)
                .is_none_or(|n| !matches!(n.text, "of" | "for" | "on"))
            // "in Annex III", "in Kapitel 4": a part of a document, numbered.
            && ws.get(i + 1).is_none_or(|n| {
                !(adjacent(text, w.end, n.start)
                    && n.text.bytes().all(|b| b.is_ascii_digit() || b"IVXLC".contains(&b)))
            });
        // "der Stadt Minden", "des Kantons Bern": the noun says what follows.
        // ("Minden", "Emden" end like plurals: only abstract nouns are ruled out here.)
        let named = after_settlement
            && t.len() > 2
            && ![
                "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "rat", "rats",
            ]
            .iter()
            .any(|e| t.ends_with(e))
            && !super::gazetteer::FIRST_NAMES.contains(t)
            && ws
                .get(i + 1)
                .is_none_or(|n| !(adjacent(text, w.end, n.start) && name_like(n.text)));
        let town = town || bare || named;
        // "Bad Schussenried", "Schwabacher Straße", "Brandenburger Tor".
        let next = ws.get(i + 1).filter(|n| adjacent(text, w.end, n.start));
        let spa = t == "Bad" && next.is_some_and(|n| name_like(n.text) && !function_word(n.text));
        let two_word_street = t.ends_with("er")
            && next.is_some_and(|n| {
                matches!(
                    n.text,
                    "Straße"
                        | "Strasse"
                        | "Allee"
                        | "Platz"
                        | "Tor"
                        | "Chaussee"
                        | "Landstraße"
                        | "Damm"
                        | "Ring"
                )
            });
        let span = if spa || two_word_street {
            w.start..next.map_or(w.end, |n| n.end)
        } else if town || street {
            w.start..w.end
        } else {
            continue;
        };
        if PLACES.forms.contains_key(t) {
            continue;
        }
        out.push(Found {
            kind: FactKind::Place,
            value: FactValue::Place(Place {
                name: text[span.clone()].to_string(),
                country_code: None,
            }),
            span,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<(String, Option<String>, String)> {
        let mut out = Vec::new();
        extract(text, &mut ExtractContext::default(), &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Place(p) => (p.name, p.country_code, text[f.span].to_string()),
                _ => unreachable!(),
            })
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        places(text).into_iter().map(|p| p.0).collect()
    }

    #[test]
    fn a_unit_after_a_count_and_a_numbered_part_are_no_places() {
        assert!(names("ihren Beitrag auf 400.000 Franken zu verdoppeln").is_empty());
        assert!(names("obligations for systems listed in Annex III apply").is_empty());
        assert!(names("two decades of talks in Groups of Governmental Experts").is_empty());
        assert_eq!(names("Die Tagung fand in Franken statt."), ["Franken"]);
        assert!(names("Sie fordern 6 Millionen Euro in Bitcoin.").is_empty());
        assert!(names("ein Lösegeld in Monero, zahlbar in Ether").is_empty());
        assert_eq!(names("Die Zentrale liegt in Hameln."), ["Hameln"]);
        assert_eq!(names("Am geringsten war 2008 Italien."), ["Italien"]);
        let mut found =
            names("Die Stadt Halle zahlt, wie es der Beschluss der Stadt Minden wollte.");
        found.sort();
        assert_eq!(found, ["Halle", "Minden"]);
    }

    #[test]
    fn inflected_and_english_names() {
        let p = places("zeigt Chinas Open-Source-Ansatz, dass in Deutschland");
        assert_eq!(p[0], ("China".into(), Some("CN".into()), "Chinas".into()));
        assert_eq!(p[1].0, "Deutschland");
        assert_eq!(p[1].1.as_deref(), Some("DE"));
        assert_eq!(names("Talks in Geneva and Beijing"), ["Genf", "Peking"]);
        assert_eq!(places("in Genf")[0].1.as_deref(), Some("CH"));
        assert_eq!(
            names("in den Vereinigten Staaten und der Türkei"),
            ["Vereinigte Staaten", "Türkei"]
        );
        assert_eq!(names("Länder des Globalen Südens"), ["Globaler Süden"]);
    }

    #[test]
    fn compounds_and_adjectives_are_not_places() {
        assert!(names("die US-Regierung und chinesische Firmen im Deutschlandfunk").is_empty());
    }

    #[test]
    fn ambiguous_names_need_a_preposition() {
        assert!(names("Michael Jordan spielte").is_empty());
        assert!(names("Das Essen war gut").is_empty());
        assert_eq!(
            names("Flüchtlinge in Jordanien und in Jordan"),
            ["Jordanien", "Jordanien"]
        );
        assert_eq!(names("Er zog nach Essen"), ["Essen"]);
        assert!(names("Chad Smith").is_empty());
    }
}
