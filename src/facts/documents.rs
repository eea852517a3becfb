//! Documents: UN resolutions, paragraph references, and named declarations, conventions,
//! treaties, strategies and action plans.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::Datelike;
use regex::{Match, Regex};
use serde::Serialize;

use super::cues::Cue;
use super::{ExtractContext, FactKind, FactValue, Found};
use crate::corpus::model::Lang;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// Normalised identifier: `A/RES/80/16`, `para. 101`, or the document's name.
    pub id: String,
    /// `resolution`, `paragraph`, `named`, `eu-act`, `un-symbol`, `file` (a court's file number),
    /// `paper` (a parliament's printed paper), `annex`.
    pub kind: &'static str,
}

static RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)(?:UN-|UNGA-|UN\s+|General\s+Assembly\s+)?(?:[Rr]esolution(?:en)?|Res\.)\s+(?:Nr\.\s*|No\.\s*)?(\d{2})/(\d{1,3})(?-u:\b)|(?-u:\b)A/RES/(\d{2})/(\d{1,3})(?-u:\b)|(?-u:\b)S/RES/(\d{1,4})\s*\((\d{4})\))")
        .expect("compiles")
});

/// A reference to a provision: its label and number, then what narrows it ("Abs. 2", "(2)",
/// "Satz 1", "Nr. 3", "lit. a"), then maybe the law's name ("DSGVO", "der DSGVO", "of the
/// GDPR"), which [`law_name`] judges: the whole is one document, "Art. 5 Abs. 2 DSGVO". A run
/// of paragraphs under one article is one document too ("§ 4 Abs. 2 und 3 FlugDaG", "Art. 6
/// Abs. 1, 2 und 4 DSGVO"). The number may carry a letter ("§ 100a", "Rule 10A" of Indian rules) or a Latin ordinal, as Swiss, Italian and Belgian codes insert articles
/// ("Art. 179undecies StGB", "Art. 41bis"). Swiss law goes below a letter to its figures:
/// "Art. 5 lit. c Ziff. 4 DSG". The GDPR as Britain retained it is named with its country:
/// "Article 33 of the UK GDPR". Spanish law numbers an article's parts after points: "Article
/// 6.1", "Article 72.1.b) of Organic Law 3/2018"; Italian law inserts with a hyphen: "Article
/// 2-quinquies"; "Art. 60 ff. DSG" cites an article and the ones after it.
static PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?-u:\b)(?:[Pp]ara(?:graph)?\.?|[Pp]aragraf|Abs\.|Art\.|Artikel|[Aa]rticle|Ziffer|Ziff\.|Rule)|§)\s*(\d{1,4}(?:[a-z]|bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|undecies|duodecies|[A-Z])?(?:[–-]\d{1,4}[a-z]?(?-u:\b)|-(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|[a-z]{2,3})(?-u:\b))?(?:\.\d{1,2}(?:\.\d{1,2})?)?(?:\.[a-z]\)|(?-u:\b))(?:\s+ff?\.)?)(?:\((\d{1,3}[a-z]?(?:\)\([a-z0-9]{1,4})*)\))?(?:\s+(?:Abs\.|Absatz)\s*(\d{1,3}[a-z]?(?:(?:,\s*\d{1,3}[a-z]?)*\s+(?:und|oder|bis)\s+\d{1,3}[a-z]?)?)(?-u:\b))?(?:\s+(?:S\.|Satz)\s*(\d{1,3})(?-u:\b))?(?:\s+(?:Nr\.|Nummer|Z)\s*(\d{1,3}[a-z]?)(?-u:\b))?(?:\s+(?:lit\.|Buchst\.|Buchstabe)\s*([a-z])(?-u:\b))?(?:\s+Ziff\.\s*(\d{1,2})(?-u:\b))?(?:\s+(?:(?:der|des|of\s+the|of)\s+)?(UK\s+GDPR|[\p{Lu}][\p{L}\p{N}-]*(?:\s+(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|M-V|NRW|LSA|BW|RLP|Bln|Bbg|SH)(?-u:\b))?))?").expect("compiles")
});

/// Several provisions of one law: "§§ 30 und 31 BSIG", "§§ 5, 6 und 8 BDSG", "§§ 12 bis 14".
static PARAGRAPHS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"§§\s*(\d{1,4}[a-z]?(?:\s*(?:,|und|bis|and|–|-)\s*\d{1,4}[a-z]?)+)(?:\s+(?:(?:der|des|of\s+the)\s+)?([\p{Lu}][\p{L}\p{N}-]*))?")
        .expect("compiles")
});

/// An English act's name at the start of the text: "Cyber Resilience Act", "Data Act".
static ACT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\A(?:[A-Z][A-Za-z0-9-]*\s){1,4}Act(?-u:\b)").expect("compiles"));

/// Acts of the EU by number: "Verordnung (EU) 2024/1689", "Richtlinie (EU) 2022/2555",
/// "Regulation (EU) No 910/2014", "Richtlinie 95/46/EG", "Durchführungsbeschluss (EU) 2023/1795",
/// "Implementing Decision (EU) 2023/1795", "Commission Recommendation (EU) 2024/779"; as the
/// Court of Justice cites them, by year and number alone: "Directive 2016/943".
static EU_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(Durchführungs(?:verordnung|richtlinie|beschluss)|(?:Delegierte[rn]?\s+)?(?:Verordnung|Richtlinie|Beschluss(?:es)?|Empfehlung)|(?:(?:Council|Commission)\s+)?(?:(?:Implementing|Delegated)\s+)?(?:Regulation|Directive|Decision|Recommendation))\s*(?:(\((?:EU|EG|EWG|GASP|CFSP|EU,\s*Euratom)\))\s*(?:Nr\.\s*|No\.?\s*)?(\d{2,4}/\d{1,4})|(\d{2,4}/\d{1,4}/(?:EU|EG|EWG|EC|EEC)|(?:19|20)\d{2}/\d{1,4}))(?-u:\b)")
        .expect("compiles")
});

static SECURITY_COUNCIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"Sicherheitsrat|Weltsicherheitsrat|Security Council|UNSC(?-u:\b)")
        .expect("compiles")
});
/// Whether `text` (an article) names the UN Security Council anywhere.
pub(crate) fn speaks_of_the_security_council(text: &str) -> bool {
    SECURITY_COUNCIL.is_match(text)
}

static COUNCIL_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Rr]esolution|Res\.)\s+(?:Nr\.\s*|No\.\s*)?(\d{3,4})(?-u:\b)(?:\s*\((\d{4})\))?(?:[^/\d]|$)")
        .expect("compiles")
});

/// UN document symbols: "A/C.1/80/L.41", "A/79/L.77", "S/2024/123", "A/HRC/RES/58/12".
static UN_SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[ASE]/(?:(?:[A-Z]{1,5}(?:\.\d{1,2})?|\d{1,4})/){1,4}(?:[A-Z]{1,3}\.)?\d{1,4}(?:/(?:Rev|Add|Corr)\.\d{1,2})?(?-u:\b)")
        .expect("compiles")
});

/// A resolution numbered within its year by the body that adopted it: "Resolution 1/2028".
static YEAR_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Rr]esolution\s+(\d{1,3})/((?:19|20)\d{2})(?-u:\b)").expect("compiles")
});

/// A German court's file number: its chamber (a number or a Roman one), its register and its
/// number in the year: "1 BvR 1160/27" (the Constitutional Court), "VI ZR 123/29", "6 K
/// 1234/29", with the seat of an administrative court after a dot ("5 L 112/31.NW"), a
/// prosecutor's department before the chamber ("60/3 Js …", read whole, not from the "3"). Read
/// where the text names a file ("Az.", "Aktenzeichen") or the Constitutional Court's register
/// ("Bv").
static COURT_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:\d{1,3}/)?(?:\d{1,3}|[IVX]{1,5}) (?:Bv[RLEFBQ]|[A-Z][A-Za-z]{0,3}) \d{1,5}/\d{2}(?:-\d{1,2})?(?:\.[A-Z]{1,3}(?-u:\b))?(?-u:\b)",
    )
    .expect("compiles")
});

/// A case at the EU's courts: "C-311/18", "T-604/18".
static EU_COURT_CASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)[CT]-\d{1,4}/\d{2}(?-u:\b)").expect("compiles"));

/// A court file named as one in English: "court file T-2214-29", "docket No. 1:29-cv-0412"; an
/// authority's case by its year and number, "its decision of 19 January in case 2031-0874" (the
/// EDPS's), not a span of years ("case 2019-2021").
static NAMED_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:file|docket|case)\s+(?:number\s+|[Nn]o\.\s*)?([A-Z0-9]{1,3}[-:]\d{1,6}(?:-[a-z]{2})?-\d{2,5}|(?:19|20)\d{2}-\d{3,5}(?:-\d{1,6})?)(?-u:\b)")
        .expect("compiles")
});

/// Files and papers by the numbers their institutions give them: a US district court's case
/// ("3:32-cv-05126"), an FCC docket or document ("PS Docket No. 24-146", "FCC 33-27"), an EU
/// competition, state-aid, merger or DMA case ("SA.113402", "AT.40437", "M.11033",
/// "DMA.100231"), an EU legislative procedure
/// ("2031/0058(COD)"), an Austrian parliament's answer or question ("18734/AB", "1234/J"),
/// an application to the European Court of Human Rights ("application no. 27415/31", its
/// number alone). An American agency's own matter keeps its label, as the agency writes it:
/// "FTC File No. 312-3047", "File No. EB-TCD-32-00035521". Illinois statutes are cited by
/// chapter, act and section: "815 ILCS 505/2", "105 ILCS 85". A Commonwealth court's decision
/// by its neutral citation, year in brackets, court and number: "[2033] AICmr 9", "[2023] UKSC
/// 42", "[2020] EWCA Civ 1058". A decision of France's Conseil constitutionnel by its number,
/// without "decision no.": "2023-850 DC", "2020-843 QPC"; a Nigerian court's suit number, court
/// first and year last: "FHC/ABJ/CS/1174/2032", "SC/CV/123/2023". Canada's privacy commissioner
/// publishes its reports of findings by year and number, "PIPEDA Findings #2032-002", "PIPEDA
/// Report of Findings #2019-001", as written; the Federal Court of Australia numbers its files by
/// registry and year, "NSD 1472/2032" (New South Wales), "VID 12/2031" (Victoria).
static NUMBERED_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?:19|20)\d{2}\]\s[A-Z][A-Za-z]{1,7}(?:\s(?:Civ|Crim|Admin|Ch|QB|KB|Fam|Comm|TCC|Pat|IPEC))?\s\d{1,5}(?-u:\b)|(?-u:\b)(?:(?:(?:19|20)\d{2}-\d{1,4}\s(?:DC|QPC)|(?:FHC|NICN|CA|SC)(?:/[A-Z]{1,5}){1,4}/\d{1,5}/(?:19|20)\d{2}|(?:[A-Z]{2,5}\s)?File\sNo\.\s?[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,12}){1,4}|\d{1,3}\sILCS\s\d{1,4}(?:/\d{1,4}(?:[.-]\d{1,4}[a-z]?)?)?|\d:\d{2}-(?:cv|cr|mc|md)-\d{3,5}|(?:[A-Z]{2}\s)?Docket\sNo\.\s?\d{2}-\d{1,4}|FCC\s\d{2}-\d{1,3}|(?:SA|AT|DMA|M)\.\d{5,6}|\d{1,6}/(?:AB|J)|(?:[A-Z]{2,8}\s)?(?:Report\sof\s)?Findings\s\#\d{4}-\d{3}|(?:NSD|VID|QUD|WAD)\s\d{1,5}/(?:19|20)\d{2}|[Aa]pplications?\s+[Nn]os?\.\s?(\d{1,6}/\d{2}))(?-u:\b)|(?:19|20)\d{2}/\d{4}\((?:COD|CNS|NLE|APP|INI|RSP)\))")
        .expect("compiles")
});

/// A file of Austria's Constitutional Court: "G 214/2031", "V 12/2030", "E 1234/2031"; read
/// where the text names the court.
static VFGH_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[GVEW] \d{1,4}/(?:19|20)\d{2}(?-u:\b)").expect("compiles")
});

/// A case by its parties: "Horvat and Others v. Croatia", "Big Brother Watch and Others v. the
/// United Kingdom"; in Commonwealth style without the full stop, a company's name whole:
/// "Australian Information Commissioner v Harbourside Health Group Pty Ltd"; in American style
/// with the company's form after a comma: "United States v. Vocalis Labs, Inc." (so "Corp.",
/// "LLC", "Ltd.", a European "GmbH", "AG", "S.A.").
static CASE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+(?:\s+and\s+Others)?)\s+v\.?\s+((?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3}(?:\s+(?:Pty|Pvt|Co|Inc|PLC|Plc)\.?)?(?:\s+(?:Ltd|Limited|LLC))?(?:,\s(?:Inc|Ltd|LLC|Corp|plc|GmbH|AG|S\.A)(?-u:\b)\.?)?)")
        .expect("compiles")
});

/// A parliament's printed paper: "Drucksache 21/4312", "BT-Drucksache 20/1234", "Drs.
/// 8/1234"; the Bundesrat numbers its committees' recommendations and the Länder's motions on a
/// bill under the bill's paper, with the year after them: "Drucksache 498/1/32" (the
/// committees'), "Drucksache 498/2/32" (a Land's motion); a House of Commons or Lords paper, "HC 1423", "HL Paper 12"; a bill as printed
/// in its session, "Bill 187 2032-33"; a US state's bill, "Senate Bill 53", "Assembly Bill 2930".
static PARLIAMENTARY_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:(?:BT|BR|LT)-|Bundestags|Bundesrats|Landtags)?[Dd]rucksache|Drs\.)\s*(?:Nr\.\s*)?\d{1,4}/\d{1,6}(?:/\d{2})?(?-u:\b)|(?-u:\b)H[CL](?: Paper)? \d{1,4}(?-u:\b)|(?-u:\b)(?:HL )?Bill \d{1,4} (?:19|20)\d{2}-\d{2}(?-u:\b)|(?-u:\b)(?:Senate|Assembly|House) Bill (?:No\. )?\d{1,5}(?-u:\b)")
        .expect("compiles")
});

/// A treaty by its number in the Council of Europe's series: "CETS No. 225", "ETS No. 185",
/// in German "SEV Nr. 225", in French "STE n° 108".
static TREATY_SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:C?ETS\s+No\.|SEV\s+Nr\.|STE\s+n[°o])\s*\d{1,3}(?-u:\b)")
        .expect("compiles")
});

/// An annex by its number: "Anhang III", "Annex I", "Anhang 2".
/// Official gazettes and codes, cited by their volume and page or number: "BGBl. I Nr. 245",
/// "BGBl. I Nr. 12/2032" (Austria), "ABl. L 123", "OJ L 2024/1689", "BBl 2030 2417", "AS 2032
/// 123", "SR 235.1" (Swiss), "47 U.S.C. § 230", "16 C.F.R. 312.5", "42 U.S.C. § 1320d-5(d)",
/// "18 U.S.C. § 1030(a)(5)(A)" (a subparagraph's capital letter), "16 C.F.R. Part 312".
static GAZETTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:BGBl|LGBl|GVBl)\.\s?(?:(?:19|20)\d{2}\s+)?(?:(?:I{1,3})\s+)?(?:Nr\.|S\.)\s?\d{1,5}(?:/(?:19|20)?\d{2})?(?-u:\b)|(?-u:\b)(?:ABl\.|OJ)\s+[LC](?:\s+|,\s*)\d{1,4}(?:/\d{1,4})?(?-u:\b)|(?-u:\b)(?:BBl|AS)\s+(?:19|20)\d{2}\s+\d{1,5}(?-u:\b)|(?-u:\b)SR\s+\d{3}(?:\.\d{1,3}){0,3}(?-u:\b)|(?-u:\b)\d{1,2}\s+(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R)\.(?:\s*§{1,2}|\sPart)?\s*\d{1,5}[a-zA-Z]?(?:\.\d{1,4}|-\d{1,4}[a-z]?)?(?:\([0-9a-z]{1,4}\)|\([A-Z]\))*")
        .expect("compiles")
});

/// A budget's parts and a parliament's business by number: "Einzelplan 06", "Kapitel 2403"
/// (a federal budget's chapters have four digits), "Motion 30.3127", "Postulat 31.4012", "die
/// parlamentarische Initiative 28.437" (Swiss; the adjective small inside a sentence).
static NUMBERED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Einzelplans?\s+\d{1,2}|Kapitel\s+\d{4}|(?:Motion|Postulat|Interpellation|[Pp]arlamentarische Initiative)\s+\d{2}\.\d{3,4})(?-u:\b)")
        .expect("compiles")
});

/// A Swiss parliamentary item's title in guillemets after its number, "Motion 31.4127
/// «Transparenz bei Lösegeldzahlungen»", or after a canton's initiative, with its number in
/// parentheses after it, "Standesinitiative des Kantons Genf «Für ein Recht auf digitale
/// Integrität» (30.312)": the title (group 1) and that number (group 2) are documents of their
/// own, the title without its guillemets.
static SWISS_ITEM_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:Motion|Postulat|Interpellation|[Pp]arlamentarische\s+Initiative)\s+\d{2}\.\d{3,4}|Standesinitiative(?:\s+(?:des|der)\s+Kantons?\s+\p{Lu}[\p{L}-]+)?)\s+«([^«»\n]{3,150})»(?:\s+\((\d{2}\.\d{3,4})\))?")
        .expect("compiles")
});

/// A report by its name and year: "Cybercrime-Report 2030", "Datenschutzbericht 2032",
/// "Tätigkeitsbericht Datenschutz 2032", "National Cyber Threat Assessment
/// 2033-2034", "Digital Economy Outlook 2031"; its issuer's short form before it is part of
/// the name ("OECD Digital Economy Outlook 2031").
static REPORT_OF_A_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:\p{Lu}[\p{L}-]*-Report|\p{Lu}\p{Ll}+bericht(?:\s+\p{Lu}\p{Ll}+)?|(?:[A-Z]{2,6}\s+)?(?:[A-Z][a-z]+\s+){1,5}(?:Report|Assessment|Outlook|Review|Index|Survey|Yearbook))\s+(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?(?-u:\b)")
        .expect("compiles")
});

/// A report named with its year before the word "report", "the Singapore Cyber Landscape 2030
/// report" (the name is the words before "report", group 1), or a German situation report
/// ("Lagebild") by its subject and year, "Bundeslagebild Cybercrime 2032".
static REPORT_BEFORE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:\p{Lu}\p{L}*lagebild|(?:\p{Lu}[\p{L}-]*-)?Lagebild)(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:19|20)\d{2}|((?:[A-Z][A-Za-z-]+\s+){2,5}(?:19|20)\d{2})\s+report)(?-u:\b)")
        .expect("compiles")
});

/// A report's or a study's title in quotes after the word, opening with a capital or a digit (a
/// quotation does not): den Bericht „Die Lage der
/// IT-Sicherheit in Deutschland 2031“, the report "Who Watches the Watchers", the resolution
/// "Protecting health-care infrastructure from malicious ICT activities".
static TITLE_AFTER_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?-u:\b)(?:[Bb]ericht|[Rr]eport|Studie|[Ss]tudy|Gutachten|Leitfaden|Weißbuch|[Ww]hite [Pp]aper|[Rr]esolution|Entschließung|[Cc]onsultation|Konsultation)\s+[„“"]([\p{Lu}\d][^„“”"\n]{4,119})[“”"]"#)
        .expect("compiles")
});

/// Papers, files and reports by their numbers as their institutions write them:
/// "Ausschussdrucksache 22(23)187", "2874 d.B.", "11608/BR d.B." (Austria), "Reihe Bund
/// 2031/18" (Rechnungshof), "121 UJs 2093/32" (a prosecutor's file), "KZR 17/31" (a senate of
/// the Bundesgerichtshof), "COM(2032) 518", "BOD 32-01", "GAO-32-106214", "Opinion 309 (2031)";
/// a Commission decision, "C(2032) 2417"; a Venice Commission opinion, "CDL-AD(2032)031"; a
/// recommendation of the Council of Europe's Committee of Ministers, "CM/Rec(2020)1"; an
/// ordinance by its chapter in Hong Kong's and Singapore's laws, "(Cap. 486)"; a
/// prosecutor's file with its department ("60/3 Js 214577/31") and an investigating judge's
/// ("931 Gs 1187/33"). The EDPB numbers its texts in a series per year: "Opinion 22/2032",
/// with the EDPS "Joint Opinion 3/2031" (the word is the series'), the Court of Justice its
/// opinions on treaties "Opinion 1/15" (a year of two digits), the US President his orders
/// "Executive Order 13694", "Guidelines 01/2025", "Recommendations 01/2020", "Statement 3/2031". Standards and
/// instruments by their series' numbers: "NIST SP 800-189 Rev. 1", the BSI's "TR-02102-1",
/// "OECD/LEGAL/0449", CISA's "Binding Operational Directive 32-02", an ITU resolution as
/// revised at a conference, "Resolution 130 (Rev. Bucharest, 2022)". More files and papers:
/// the Bundesgerichtshof's cartel senate ("KVB 56/22"), the Bundeskartellamt's decision
/// divisions ("B6-41/31"), the US budget office's memoranda ("M-22-09"), the Scottish
/// Parliament's motions and bills ("S8M-04512", "SP Bill 41A"), the Commission's infringement
/// cases ("INFR(2032)2117"), Hong Kong's legal notices and LegCo papers ("L.N. 87 of 2033",
/// "LC Paper No. CB(1)1147/2033"), the official reports of German courts ("BVerfGE 141,
/// 220"), the European Court of Auditors' special reports ("Special report 12/2032"),
/// CERT-In's directions ("No. 20(3)/2033-CERT-In"), CERT-EU's advisories and briefs ("Security
/// Advisory 2032-087", "Cyber Brief 01/2033") and the Belgian authority's decisions ("Decision
/// on the merits 27/2033").
static NUMBERED_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Ausschussdrucksache\s\d{2}\(\d{1,2}\)\d{1,4}|\d{1,5}(?:/BR)?\sd\.B\.|Reihe\s(?:Bund|Länder|[A-ZÄÖÜ][a-zäöü]+)\s(?:19|20)\d{2}/\d{1,3}|(?:\d{1,3}/)?\d{1,4}\s(?:U?Js|AR|KLs|Ls|Ds|Cs|Gs)\s\d{1,6}/\d{2}|(?:[IVX]{1,4}\s)?(?:K|St|A|B)?ZR\s\d{1,4}/\d{2}|(?:COM|SWD|JOIN|C)\s?\((?:19|20)\d{2}\)\s?\d{1,4}(?:\sfinal)?|CDL-[A-Z]{2,3}\((?:19|20)\d{2}\)\d{3}|CM/(?:Rec|Res)\((?:19|20)\d{2}\)\d{1,3}|Cap\.\s\d{1,4}[A-Z]?|(?:BOD|ED)\s\d{2}-\d{2}|GAO-\d{2}-\d{3,6}|(?:Opinion|Recommendation)\s\d{1,4}\s\((?:19|20)\d{2}\)|(?:(?:Joint\s)?Opinion|Guidelines|Recommendations?|Statement|Binding\sDecision)\s\d{1,2}/(?:19|20)\d{2}|Opinion\s\d{1,2}/\d{2}(?-u:\b)|Executive\sOrder\s(?:No\.\s?)?\d{4,5}(?-u:\b)|NIST\sSP\s\d{3}-\d{1,3}[A-Z]?(?:\sRev\.\s?\d{1,2})?|TR-0\d{4}(?:-\d{1,2})?|OECD/LEGAL/\d{4}|(?:Binding\sOperational|Emergency)\sDirective\s(?:\((?:BOD|ED)\)\s)?\d{2}-\d{2}|Resolution\s\d{1,3}\s\(Rev\.\s\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?,\s(?:19|20)\d{2}\)|KV[RZB]\s\d{1,4}/\d{2}|B\d{1,2}-\d{1,4}/\d{2}(?-u:\b)|M-\d{2}-\d{2}(?-u:\b)|S\dM-\d{5}(?:\.\d{1,2})?|INFR\((?:19|20)\d{2}\)\d{4}|SP\sBill\s\d{1,3}[A-Z]{0,2}(?-u:\b)|L\.N\.\s\d{1,4}\sof\s(?:19|20)\d{2}|LC\sPaper\sNo\.\s[A-Z]{2,3}\(\d\)\d{1,5}/(?:19|20)\d{2}(?:-\d{2})?|(?:BVerfGE|BVerwGE|BGHZ|BGHSt)\s\d{1,3},\s\d{1,4}(?-u:\b)|[Ss]pecial\s[Rr]eport\s\d{1,2}/(?:19|20)\d{2}|(?:No\.\s)?\d{1,3}\(\d{1,2}\)/(?:19|20)\d{2}-CERT-In|(?:Security\sAdvisory|Cyber\sBrief|Threat\sAlert|Decision\son\sthe\smerits)\s(?:\d{1,3}/(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2,4})(?-u:\b))")
        .expect("compiles")
});

/// A Bundestag paper by its number alone after a bill or a motion, as "hib" writes it:
/// "Gesetzentwurf … (22/6417)".
static BARE_PAPER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\((1\d|2\d)/(\d{3,5})\)").expect("compiles"));

/// An annex by its number or letter ("Annex A"), and the point of it the EU's texts cite after a comma: "Annex III,
/// point 5(b)", read as "Annex III point 5(b)". A recital of an EU act is cited the same way,
/// as written and with its act after it: "Erwägungsgrund 47 DSGVO", "recital 26 of the GDPR";
/// EU acts run to hundreds of recitals (the GDPR has 173), so three digits.
static ANNEX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:Anhang|Annex)\s+(?:[IVX]{1,5}|\d{1,2}|[A-Z])|(?:Erwägungsgrund|[Rr]ecital)\s+\d{1,3})(?-u:\b)(?:(,\s)point\s\d{1,2}(?-u:\b)(?:\([a-z]\))?)?").expect("compiles")
});

/// A provision of an act named after it: "section 12 of the Online Safety Act 2023", read as
/// "s. 12 Online Safety Act 2023", as "paragraph 4" is "para. 4"; so is a section of a code or
/// of an organisation's bylaws, numbered in parts: "section 1107.1 of the Labor Code",
/// "Section 22.4(a) of the ICANN Bylaws" ("s. 22.4(a) ICANN Bylaws"); American subsections go
/// down to capital letters, kept as written: "Section 5(m)(1)(A) of the FTC Act". Swedish and
/// Finnish acts number their sections within chapters, which English texts cite first:
/// "chapter 4, section 2 of the Patient Data Act" ("4 kap. 2 §"), read as "ch. 4 s. 2 Patient
/// Data Act" (group 3 the chapter).
static SECTION_OF_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Cc]hapter\s(\d{1,2}[a-z]?),?\s)?[Ss]ection\s+(\d{1,4}[A-Z]{0,3}(?:\.\d{1,3})*(?:\([0-9a-z]{1,4}\)|\([A-Z]\))*)\s+of\s+(?:the|[A-Z][a-z]+'s)\s+((?:[A-Z][A-Za-z-]*\s+(?:(?:and|of|for|on)\s+)?){1,8}(?:Act(?:,?\s+(?:of\s+)?(?:19|20)\d{2}(?-u:\b))?|Bylaws|Code)(?-u:\b))")
        .expect("compiles")
});

/// A title of an American act by its Roman number, as written: "conjuring authority from
/// Title II" (of the Communications Act), "Title IX"; with the act after it, one document
/// ("Title II of the Communications Act"). Numbered in digits it is the U.S. Code's, read with
/// its sections.
static TITLE_OF_ACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)Title\s[IVX]{1,5}(?-u:\b)").expect("compiles"));

/// A chapter of a text by its Roman number, cited as a provision of it: "Chapter VII of the
/// Charter" (the UN Charter's chapter on enforcement), "Chapter III of the GDPR". Only before
/// "of" and a name: "Chapter IV of this report" is no document.
static CHAPTER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)Chapter\s+([IVX]{1,5})\s+of\s+(?:the\s+)?[A-Z]").expect("compiles")
});

/// A Canadian bill by its number: "Bill C-63", "Bill S-210".
/// A section or a clause written small after a word of the law: "under section 21", "breached
/// sections 10 and 12 of the Act", "in breach of clause 7", "under a new section 139ZM" (a
/// section a bill inserts), "an amendment to clause 9", "breached sections 24, 39 and 40"
/// ("section 3 of this report" is none); at
/// a sentence's start too ("Under clause 4, platforms …", "Under a new section 19A of the
/// principal Act"). South African and other Commonwealth texts cite "in terms of section 89 of
/// POPIA", "as required by section 19", "an offence referred to in section 107(a)". A section a
/// bill inserts is cited so without a word of the law, "A new section 22A bans …", "The new
/// section 139ZQ, which section 9 of the Bill inserts", and by its commencement: "after the
/// commencement of section 139ZQ" (read as "s. 22A", "the new" out). A finding cites what was
/// breached "contrary to sections 24 and 39 of the Nigeria Data Protection Act, 2023".
static SECTION_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Uu]nder|[Bb]reach of|[Bb]reached|[Bb]reaching|[Cc]ontravening|[Cc]ontravened|[Pp]ursuant to|[Ii]n accordance with|[Ii]n terms of|[Rr]equired by|[Rr]eferred to in|[Vv]iolated|[Vv]iolating|[Cc]ontrary\s+to|[Aa]mendments?\s+to|[Cc]ommencement\s+of|(?:[Aa]|[Tt]he)\s+new)\s+(?:(?:a\s+)?new\s+)?(sections?|clauses?)\s+(\d{1,5}(?:\.\d{1,3})?[A-Z]{0,3}(?-u:\b)(?:\([0-9a-z]{1,4}\))*)((?:,\s\d{1,4}[A-Z]?(?-u:\b)(?:\([0-9a-z]{1,4}\))*)*)(?:\s+(and|or|to)\s+(\d{1,4}[A-Z]?(?-u:\b)(?:\([0-9a-z]{1,4}\))*))?")
        .expect("compiles")
});

/// A part of the bill or act a text is about, by its number alone after a word that cites it:
/// "Fines under Part 7 will match …", "the age-assurance rules in Part 3", "I intend to
/// commence Part 3 on 1 March", as written. Not before "of" ("Part 3 of this report" is none;
/// "Part 3 of the Bill" is SECTION_OR_CLAUSE's) nor numbered within ("in Part 3.2", a
/// report's). A section or a clause written small is cited
/// so by its coming into force: "on which section 6 comes into force", "within 90 days of clause
/// 6 coming into force"; and in Hansard's amendments by its place in the bill: "Amendment 3, in
/// clause 14, page 11, line 4" (group 3 the word, 4 the number).
static PART_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:[Uu]nder|in|[Cc]ommence[ds]?|[Cc]ommencing|[Bb]reach\s+of|[Pp]ursuant\s+to)\s+(Part\s\d{1,2}[A-Z]{0,2})(?-u:\b)(\s+of(?-u:\b)|\.\d)?|(section|clause)\s(\d{1,4}[A-Z]{0,3}(?:\([0-9a-z]{1,4}\))*)(?:\s(?:comes|coming|came)\sinto\sforce|,\spage\s\d))")
        .expect("compiles")
});

/// A section written small before a law's short form, without a word of the law before it, as
/// South African and Singaporean texts cite their acts: "as section 25 of PAIA prescribes",
/// "the factors listed in section 109(3) of POPIA", "section 26D of the PDPA", read as "s. 25"
/// and joined to the short form as a provision of it. Only a short form of capitals: "section 3
/// of this report" is none, and a state or an organisation (see [`NO_LAWS`]) has no sections.
static SECTION_OF_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)section\s(\d{1,4}[A-Z]{0,3}(?:\([0-9a-z]{1,4}\))*)\sof\s(?:the\s)?([A-Z][A-Z0-9]{1,7})(?-u:\b)")
        .expect("compiles")
});

/// A section or a clause written small by its number alone, where the text speaks of a bill or
/// an act: "except for section 9", "amendments … to clause 12", "section 5 already requires".
/// Not before "of" (read by the rules above when a law follows: "section 3 of this report" is
/// none) nor numbered within ("section 3.2", a report's): group 3.
static BARE_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(section|clause)\s(\d{1,4}[A-Z]{0,3}(?:\([0-9a-z]{1,4}\))*)(?-u:\b)(\s+of(?-u:\b)|\.\d)?")
        .expect("compiles")
});

/// Short forms of states and organisations, which name no law after a provision: "Article 5 of
/// the UN" (its Charter's), "section 3 of the EU" (a report's).
const NO_LAWS: &[&str] = &[
    "EU", "UN", "US", "UK", "USA", "EEA", "OECD", "NATO", "WHO", "WTO", "ECHR",
];

/// A Canadian or Australian subsection by its section and its part: "subsection 5(3)", read as
/// "s. 5(3)"; the part in parentheses tells it from a report's subsections.
static SUBSECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Ss]ubsection\s(\d{1,4}[A-Z]{0,2}(?:\([0-9a-z]{1,4}\))+)")
        .expect("compiles")
});

/// A rule of a country's rules written small, as Indian texts cite their delegated rules, before
/// the rules' name: "rule 7 of the Digital Personal Data Protection Rules, 2025", "rule 3(1)(b)
/// of the Information Technology (Intermediary Guidelines and Digital Media Ethics Code) Rules,
/// 2021", read as "r. 7" and joined to the name after it like "Rule 7". Only before "of the" and
/// a capital: "the rule 20 years ago" is none. A regulation of a country's named regulations
/// is cited so too, in Britain and the Commonwealth written either way: "Regulation 13 of the
/// Data Protection (General) Regulations, 2021" (Kenya), "regulation 5 of the Privacy and
/// Electronic Communications Regulations", read as "reg. 13" (group 1 the word); an EU
/// regulation's number has its year ("Regulation 2016/679"), no "of the" after three digits.
static RULE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(rule|[Rr]egulation)\s(\d{1,3}[A-Z]?(?:\([0-9a-z]{1,4}\))*)\sof\sthe\s[A-Z]",
    )
    .expect("compiles")
});

/// Swiss courts' files and reports as written: the Federal Supreme Court's by its division
/// and the number in the year, "1C_318/2032", "6B_1234/2020"; the Federal Administrative
/// Court's by its division letter, "A-412/2032" (the year in four digits, unlike the EU's
/// "C-311/18"); a leading decision by its volume, part and page in the official collection,
/// "BGE 146 I 11" (French "ATF", Italian "DTF").
static SWISS_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:\d[A-H]_\d{1,5}/(?:19|20)\d{2}|[A-F]-\d{1,5}/(?:19|20)\d{2}|(?:BGE|ATF|DTF)\s\d{2,3}\s(?:I{1,3}|IV|V)[ab]?\s\d{1,4})(?-u:\b)").expect("compiles")
});

/// A Nordic statute's number in its country's code, in parentheses after the act's English name
/// or after "SFS": Sweden's by year and number, "Patient Data Act (2008:355)", "SFS 2018:218";
/// Finland's by number and year, "Data Protection Act (1050/2018)". The name and the number in
/// apposition are two documents, the number as written (group 1).
static STATUTE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)SFS\s((?:19|20)\d{2}:\d{1,4})(?-u:\b)|(?:Act|Ordinance|Code)\s\(((?:19|20)\d{2}:\d{1,4}|\d{1,4}/(?:19|20)\d{2})\))").expect("compiles")
});

/// Amendments tabled to a bill, by their numbers on the paper: "Amendment 3", "Government
/// amendment 22" (who tabled it stays out), "amendments 21 to 27", "amendments 1, 2 and 4 to
/// 6", read as "Amendment 3" and
/// "Amendments 21 to 27"; a new clause proposed at report stage, "New clause 9" (Hansard writes
/// the word small in its selection list, and all small in a speech: "new clause 11"), read as its heading "New Clause 9". The Oireachtas
/// numbers them with "No.": "I move amendment No. 14", "Amendments Nos. 15 and 16 are
/// related", read as "Amendment No. 14".
/// An amendment to the United States Constitution by its ordinal: "the Fourth Amendment".
static CONSTITUTIONAL_AMENDMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-(?:first|second|third|fourth|fifth|sixth|seventh))\sAmendment(?-u:\b)")
        .expect("compiles")
});

static AMENDMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:([Aa]mendments?)|[Nn]ew\s(clause))\s(?:(Nos?\.)\s)?(\d{1,3}(?:(?:,\s|\s(?:to|and)\s)\d{1,3})*)(?-u:\b)")
        .expect("compiles")
});

/// An American state's code named before its section: "General Business Law § 899-bb", "Penal
/// Law § 156.05", "Business and Professions Code section 17200", read as "s. 899-bb General
/// Business Law", as "section 12 of the … Act" is.
static CODE_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:[A-Z][a-z]+\s+(?:and\s+)?){1,4}(?:Law(?:\s+and\s+Rules)?|Code))\s+(?:§|[Ss]ection)\s*(\d{1,5}[a-z]?(?:\.\d{1,4})?(?:-[a-z0-9]{1,3})?(?:\([0-9a-z]{1,4}\))*)(?-u:\b)")
        .expect("compiles")
});

/// A Canadian bill's long title: "An Act respecting the security of critical cyber systems and
/// amending the Telecommunications Act", "An Act to amend the Criminal Code". It runs to the end
/// of its clause; the acts it names are part of it.
static LONG_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)An Act (?:respecting|to (?:amend|enact|establish|implement|provide)) [^.;:\n()\[\]„“”]{3,250}")
        .expect("compiles")
});

/// A strategy named by the adjective of its state and its compound, with whom it is for and its
/// year: "der Nationalen Sicherheitsstrategie", "Österreichischen Strategie für Cybersicherheit
/// 2031", read in the nominative ("Nationale Sicherheitsstrategie").
/// A strategy named by its compound and its year, with whom it is for: "Cybersicherheitsstrategie
/// 2033", "Cybersicherheitsstrategie für Deutschland 2033", "Digitalstrategie 2030" (without its
/// year, "die Digitalstrategie" may be any).
static YEAR_STRATEGY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Lu}\p{Ll}+strategie(?:\s+(?:für|zur)\s+\p{Lu}[\p{L}-]+)?\s+(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?(?-u:\b)")
        .expect("compiles")
});

static STATE_STRATEGY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{Lu}\p{Ll}+(?:isch|al))en?\s+((?:\p{Lu}\p{Ll}*strategie|Strategie)(?:\s+(?:für|zur)\s+\p{Lu}[\p{L}-]+)?(?:\s+(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?)?)(?-u:\b)")
        .expect("compiles")
});

/// An article of a French code, numbered with the letter of its part ("L" for the law's, "R"
/// and "D" for decrees'): "Article L. 1221-8 of the Labour Code", "Article L151-3 of the
/// Monetary and Financial Code", read as "Art. L151-3 Monetary and Financial Code".
static FRENCH_CODE_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)Article\s([LRD]\.?\s?\d{1,4}(?:-\d{1,3}){0,3})(?-u:\b)(?:\s+of\s+the\s+((?:[A-Z][a-z]+\s+(?:and\s+)?){1,4}Code)(?-u:\b))?")
        .expect("compiles")
});

/// A section of the US Sentencing Guidelines: "§2B1.1", "§ 3E1.1(b)".
static SENTENCING_GUIDELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"§\s?\d[A-Z]\d\.\d{1,2}(?-u:\b)(?:\([a-z]\)(?:\(\d{1,2}\))*)?").expect("compiles")
});

/// A decision by the number its body gives it, as a document whose value is the number: an
/// ICANN Board resolution by its date and place in the meeting, "Resolution 2033.06.16.04"
/// (German "Beschluss 2033.03.09.11"); a CNIL deliberation, "Deliberation SAN-2031-019", written
/// small inside a sentence too: "In deliberation SAN-2032-017 of 7 October 2032, the restricted
/// committee …".
static NUMBERED_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Rr]esolution|Beschluss|[Dd]eliberation|[Dd]élibération)\s(?:No\.\s?|n°\s?|Nr\.\s?)?((?:19|20)\d{2}\.\d{2}\.\d{2}\.\d{2}|(?:SAN|MED)-(?:19|20)\d{2}-\d{3})(?-u:\b)")
        .expect("compiles")
});

/// A principle of a privacy law's schedule, numbered in parts: Canada's PIPEDA lists its
/// principles in Schedule 1, "Principle 4.7 of Schedule 1 to PIPEDA" (read as "Principle 4.7
/// Schedule 1 PIPEDA"), cited alone once the text named it, "Principle 4.1.4"; Australia's
/// Privacy Act its "Australian Privacy Principle 11.1" (as written), Hong Kong's ordinance its
/// "Data Protection Principle 4(1) of Schedule 1 to the PDPO". Only a number in parts: a
/// "Principle 3" is any list's.
static PRINCIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Australian\sPrivacy\s|Data\sProtection\s)?Principle\s(\d{1,2}(?:(?:\.\d{1,2}){1,3}(?-u:\b)|\(\d{1,2}\)))(?:\sof\sSchedule\s(\d{1,2})\sto\s(?:the\s)?([A-Z]{2,8})(?-u:\b))?")
        .expect("compiles")
});

/// A resolution of a board or council by its body's short form and its number, as Brazil's
/// ANPD numbers its rules: "Resolution CD/ANPD No. 1/2021" (the year in the number), or with
/// the day it was made: "Resolution CD/ANPD No. 4, of February 24, 2023" (as written, the day
/// part of it).
static BODY_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)Resolution\s[A-Z]{2,6}(?:/[A-Z]{2,6})?\sNo\.\s?\d{1,4}(?:/(?:19|20)\d{2}(?-u:\b)|,\sof\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},\s(?:19|20)\d{2}(?-u:\b)|(?-u:\b))")
        .expect("compiles")
});

/// A German file number after its label, when it is no court's: "im Beschluss mit dem
/// Aktenzeichen AI/2032/0047", "Az. K-12/31" (an authority's), as written (group 1). A court's
/// ("Az. 1 BvR 1160/27") has spaces and is COURT_FILE's; the number has a slash or a hyphen, so
/// a date ("Az. vom 12.03.2031") is none.
static LABELLED_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:Aktenzeichen|(?-u:\b)Az\.)\s?:?\s?([A-Z0-9][A-Za-z0-9]{0,9}(?:[/.-][A-Za-z0-9]{1,10}){1,4})(?-u:\b)")
        .expect("compiles")
});

/// The words of [`LABELLED_CODE`]'s labels, as written: the cue that runs it (cues.rs).
pub(crate) const CODE_LABELS: &[&str] = &[
    "No.",
    "no.",
    "Nr.",
    "GZ",
    "Gz.",
    "eference",
    "Ref.",
    "ref.",
    "rocedure",
    "roceeding",
    "xpediente",
];

/// A case's or a file's number: letters and digits, in parts after slashes, points or hyphens.
const CODE: &str =
    r"[A-Z0-9][A-Za-z0-9]{0,14}(?:\(\d{1,3}\))?(?:[/.-][A-Za-z0-9]{1,12}(?:\(\d{1,3}\))?){0,5}";

/// A case, a file or a decision by the number its authority gives it, after the label that
/// says so: "under reference ODPC/CMP/1873/2032", "Case reference: CW/01711/03/31", "(GZ:
/// D550.812/2031)", "(GZ 2032-0.714.229)", "proceeding No. 00261.004187/2030-51",
/// "(Beschwerde-Nr. 41872/27)", "(no. U-III-2214/2030)", "issued vide No. 20(3)/2033-CERT-In",
/// "procedures EXP203004127 and EXP203004388", "procedure (EXP203101962)"; the numbers as
/// written (group 1, a list). See [`labelled_codes`] for what is no such number.
static LABELLED_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:(?:(?-u:\b)(?:[Nn]o\.|Nr\.|GZ:?|Gz\.:?|[Rr]eference:?|[Rr]ef\.:?|[Pp]rocedures?|[Pp]roceedings?|[Ee]xpedientes?)|-Nr\.)\s?\(?){{1,2}}((?:{CODE})(?:(?:,\s|\sand\s|\sund\s|\se\s|\sy\s)(?:{CODE}))*)(?-u:\b)"))
        .expect("compiles")
});

/// A Commonwealth instrument by its name, the subject in parentheses, its kind and year:
/// "Online Safety (Designated Services) Determination 2033", "Privacy (Tax File Number) Rule
/// 2015", "Telecommunications (Interception and Access) Order 2021". The kinds no plain name
/// ends in (a determination, an instrument) need the parentheses and the year to be names.
static COMMONWEALTH_INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Z][A-Za-z-]+\s){1,5}\([A-Z][^()\n]{1,60}\)\s(?:Determination|Instrument|Order|Directions?|Standard|Rule)\s(?:19|20)\d{2}(?-u:\b)")
        .expect("compiles")
});

/// A schedule of the bill or act a text is about, by its number: "Schedule 2 commences 12
/// months after royal assent", as written; read where the text speaks of a bill or an act.
static SCHEDULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)Schedule\s\d{1,2}[A-Z]?(?-u:\b)").expect("compiles"));

/// An item of an SEC form: "Item 1.05 of Form 8-K", read as "Item 1.05 Form 8-K", "Item 1C of
/// Form 10-K"; or of the regulations that say what the forms disclose, numbered in hundreds:
/// "Item 106 of Regulation S-K" (cybersecurity), "Item 303 of Regulation S-K".
static FORM_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)Item\s(\d{1,2}\.\d{2}|\d{1,2}[A-C]|\d{1,3})\sof\s(Form\s\d{1,2}-[A-Z]{1,2}|Regulation\sS-[KXT])(?-u:\b)")
        .expect("compiles")
});

/// A law named by the day it was made and its subject, as Luxembourg, Belgium and France
/// write it in English: "the law of 28 May 2019 on network and information security" ("the
/// law of January 6, 1978 on …" in American style). The
/// subject is words in lower case and short forms; it ends before "and the" (another law). A
/// French law also by its number, its subject a list: "Law No. 78-17 of 6 January 1978 on
/// information technology, data files and civil liberties" (a comma goes on only in a list
/// closed by "and", not into the sentence's ", which …"). Belgium's acts by their day and a
/// participle, their subject in capitals too: "the Act of 3 December 2017 establishing the Data
/// Protection Authority"; Luxembourg's in German, "Gesetz vom 28. Mai 2019 über die Netz- und
/// Informationssicherheit". The subject ends before the sentence goes on ("… by 89 votes").
static LAW_OF_A_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:[Ll]aw|Act)\s(?:No\.\s?\d{1,4}-\d{1,4}\s)?of\s(?:\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},)\s(?:19|20)\d{2}\s(?:(?:on\s(?:the\s)?[a-z][a-z-]+(?:\s(?:[a-z][a-z-]*|[A-Z]{2,6}(?-u:\b)))*(?:(?:,\s[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,3})+,?\sand\s[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,3})?)|(?:establishing|amending|implementing|creating|concerning|regarding|relating\sto|transposing)\s(?:the\s)?[A-Za-z][a-z-]*(?:\s(?:[a-z][a-z-]*|[A-Z][A-Za-z-]*|\d{4}/\d{1,4})){0,14})|Gesetz(?:es)?\svom\s\d{1,2}\.\s?(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s(?:19|20)\d{2}\s(?:über|zur|zum|betreffend)\s[\p{L}-]+(?:\s[\p{L}-]+){0,10})")
        .expect("compiles")
});

/// "Articles 3 and 4", "Articles 5 to 7", a report's "paragraphs 44 to 52": two provisions
/// named together; or more, listed with commas before the last: "Articles 5, 22 and 35"; each
/// down to its points, as the GDPR is cited: "Articles 5(1)(f), 32 and 44". British and
/// Commonwealth texts list sections and regulations so ("Sections 105A, 105C and 105K of the
/// Communications Act 2003", "contrary to Sections 25, 26 and 30 of the Act", "regulations 3, 6
/// and 7 of the 2022 Regulations"), read as "ss. 105A, 105C and 105K" and "regs. 3, 6 and 7";
/// "sections" written small is SECTION_UNDER's, after a word of the law, as a report's sections
/// are listed too.
static ARTICLES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(Articles|[Pp]aragraphs|Sections|[Rr]egulations)\s(\d{1,3}(?:[a-z]|[A-Z]{1,2})?(?:\([0-9a-z]{1,2}\)){0,3}(?:,\s\d{1,3}(?:[a-z]|[A-Z]{1,2})?(?:\([0-9a-z]{1,2}\)){0,3})*)\s(and|to)\s(\d{1,3}(?:[a-z]|[A-Z]{1,2})?(?:\([0-9a-z]{1,2}\)){0,3})").expect("compiles")
});

/// An SEC filing named by its form, as a listed company's release cites its reports: "our
/// Annual Report on Form 10-K", "Form 10-Q", "Form 8-K", "Form 20-F", "Form S-1". A form numbered
/// without letters ("Form 477", an FCC data collection) is a tool, no document.
static SEC_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)Form\s(?:\d{1,2}-[A-Z]{1,2}|[SF]-\d{1,2})(?:/A)?(?-u:\b)")
        .expect("compiles")
});

/// Laws and bills by the numbers their countries give them, as written: a Brazilian bill, "PL
/// 2338/2023"; a Chilean or Brazilian law, "Law 21.663", "Ley 19.628", "Gesetz 21.904";
/// Luxembourg's "bill No 8274"; an Oireachtas bill with its year, "Bill No. 118 of 2032"; a
/// New York Assurance of Discontinuance, "Assurance No. 32-017".
/// A Swiss parliament's business by its number alone, "(Geschäft 32.027)", and a Kenyan court's
/// file, "Petition No. E044 of 2031", are the number without the label (group 1).
/// Spain, Italy, Brazil and much of Latin America cite a law or decree by its number in the year,
/// with the kind of text before it: "Royal Decree 311/2022", "Organic Law 3/2018", "Royal
/// Decree-law 9/2032", "Legislative Decree No. 196/2003", "Bill 2338/2023", "Law No.
/// 13.709/2018" - as written, the year part of the number. A UK statutory instrument by its
/// year and number, "SI 2022/933", as written. Japan numbers its acts within the
/// year they were made: "Act No. 43 of 2022", "Act No. 57 of 2003", as written.
/// Kenya (and other Commonwealth states) number acts and the notices that make regulations the
/// same way, and publish bills in numbered gazette supplements: "Data Protection Act, 2019 (No.
/// 24 of 2019)" (the number in apposition to an act and its year, without the label: group 3),
/// "Regulations, 2021 (Legal Notice No. 263 of 2021)", "in Kenya Gazette Supplement No. 58", as
/// written. A bare "(No. 3 of 2019)" after anything but an act is an issue or a case, no law.
static NUMBERED_LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:PL\s\d{1,5}/(?:19|20)\d{2}|(?:(?:Royal|Legislative|Presidential|Organic|Ministerial|Supreme|Federal|Emergency)\s)?(?:Decree(?:-[Ll]aw)?|Law|Bill)\s(?:No\.\s?)?\d{1,5}/(?:19|20)\d{2}|(?:Law|Ley|Lei|Gesetz)\s(?:N[°ºo]\.?\s?)?\d{2}\.\d{3}(?:/(?:19|20)\d{2})?|[Bb]ill\sNo\.?\s?\d{1,5}(?:\sof\s(?:19|20)\d{2})?|(?:Act|Law)\sNo\.\s?\d{1,4}\sof\s(?:19|20)\d{2}|SI\s(?:19|20)\d{2}/\d{1,4}|Assurance\sNo\.\s?\d{2}-\d{3,4}|Geschäft\s(\d{2}\.\d{3})|(?:Petition|Appeal|Cause)\sNo\.\s?([A-Z]{0,2}\d{1,5}\sof\s(?:19|20)\d{2})|Act,\s(?:19|20)\d{2}\s\((No\.\s?\d{1,4}\sof\s(?:19|20)\d{2})|Legal\sNotice\sNo\.\s?\d{1,4}\sof\s(?:19|20)\d{2}|(?:Kenya\s)?Gazette\sSupplement\sNo\.\s?\d{1,4})(?-u:\b)")
        .expect("compiles")
});

/// A statute by its number alone, as Ghanaian (and other Commonwealth) texts cite it: in
/// apposition after its name, "Cybersecurity Act, 2020 (Act 1038)", or after a provision, "Section
/// 49 of Act 1038" (joined to the section like a name), as written (group 1). Only in parentheses
/// or after a small word: "Data Protection Act 1998" is a name and its year, "Act 3" a play's.
static NUMBERED_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\(|(?-u:\b)(?:of|under|amends|and)\s)(Act\s(\d{3,4}))(?-u:\b)")
        .expect("compiles")
});

static NUMBERED_BILL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)Bill\s+[CS]-\d{1,4}(?-u:\b)").expect("compiles"));

/// An American bill by its chamber and number: "H.R. 4521", "S. 2210", "H.Res. 12", a state's
/// "SB 53" or "AB 2930" (Colorado's with the year of its session, "SB 24-205"), with the
/// letter of its amended print ("S. 3071-A"). Read in English text only ("S. 12" is a German
/// page), but for a number in apposition to an American act (see [`find`]).
static US_BILL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:H\.\s?R\.|H\.\s?Res\.|S\.\s?Res\.|S\.)\s?\d{1,5}(?-u:\b)(?:-[A-Z](?-u:\b))?|(?-u:\b)(?:SB|AB|HB)\s\d{1,5}(?:-\d{1,5})?(?-u:\b)")
        .expect("compiles")
});

/// An American court's decision by the reporter that prints it, as written with its court and
/// year: "515 F.2d 385 (D.C. Cir. 1974)", "945 F.3d 641 (2d Cir. 2019)", "576 U.S. 644 (2015)", "139 S. Ct. 2551", "312 F.
/// Supp. 3d 120". "U.S." only before a page number ("42 U.S.C." is the Code).
static REPORTER_CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)\d{1,4}\s(?:U\.\s?S\.|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th)|F\.\s?Supp\.(?:\s?(?:2d|3d))?|F\.\s?App['’]x)\s\d{1,5}(?-u:\b)(?:\s\((?:[A-Z0-9][A-Za-z0-9.]*\s){0,4}(?:19|20)\d{2}\))?")
        .expect("compiles")
});

/// See where it is used in [`find`].
static SECTION_OR_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(Section|Clause)\s+(\d{1,4}(?:\.\d{1,3})*[A-Z]?(?-u:\b)(?:\([0-9a-z]{1,4}\)|\([A-Z]\))*)|(section|clause)\s+(\d{1,4}(?:\.\d{1,3})?[A-Z]?(?:\([0-9a-z]{1,4}\))*)\s+of\s+(?:the|that|this)\s+(?:Act|Bill)(?-u:\b)|(Part)\s+(\d{1,2}[A-Z]{0,2})\s+of\s+the\s+(?:Act|Bill|[A-Z]))")
        .expect("compiles")
});

/// A convention or agreement named by a compound (or "Übereinkommen"), its party and its
/// subject, or its subject alone: "Rahmenkonvention des Europarats über künstliche
/// Intelligenz", "Menschenrechtskonvention des Europarats", "Übereinkommens der Vereinten
/// Nationen gegen Cyberkriminalität", "Rahmenübereinkommen über künstliche Intelligenz und
/// Menschenrechte, Demokratie und Rechtsstaatlichkeit". The subject may open with a lower-case
/// adjective and go on as a list of nouns.
static COMPOUND_CONVENTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{Lu}\p{Ll}+(?:konvention|übereinkommen|abkommen)|Übereinkommen)(?:e?s)?\s+((?:des|der)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?:\s+(?:über|gegen|zur|zum|für)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]*(?:(?:,\s*|\s+und\s+)(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*){0,4})?|(?:über|gegen|zur|zum|für)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]*(?:(?:,\s*|\s+und\s+)(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*){0,4})")
        .expect("compiles")
});

/// A law's short form with the year of its version: "TKG 2021" (two capitals or more, ending
/// in the "G" of "Gesetz").
static SHORT_LAW_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Z][A-Za-z]{0,4}G (?:19|20)\d{2}(?-u:\b)").expect("compiles")
});

/// Laws and treaties named by a short form and a document word in one compound:
/// "KI-Verordnung", "NIS-2-Richtlinie", "NIS-2-Umsetzungsgesetz", "CSAM-Verordnung"; an
/// amendment by its law, "KRITIS-Novelle"; an "E-" word for the short form,
/// "E-Commerce-Richtlinie", "E-Privacy-Verordnung".
static COMPOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:[A-ZÄÖÜ]-)?[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,6}(?:-\d{1,3})?|E-[A-Z][a-z]{3,12})-((?:[A-ZÄÖÜ][a-zäöüß]+)?(?:[Vv]erordnung|[Rr]ichtlinie|[Gg]esetz|[Aa]bkommen|[Kk]onvention|[Vv]ertrag|[Ss]trategie|[Cc]harta|[Aa]ktionsplan|[Nn]ovelle))(e?s)?(?-u:\b)")
        .expect("compiles")
});

/// "Zusatzprotokoll zum ", "Protokolls zum " right before a convention's name.
static PROTOCOL_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\p{Lu}\p{Ll}*p|P)rotokolls?\s+zum\s+$").expect("compiles"));

/// A code of conduct named by a hyphenated compound: "Hiroshima-Verhaltenskodex",
/// "Corporate-Governance-Kodex". A code without its name ("der Verhaltenskodex") is none.
static NAMED_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)*)-((?:\p{Lu}\p{Ll}+k|K)odex)(?:es)?(?-u:\b)",
    )
    .expect("compiles")
});

/// Named documents: a capitalised name ending in a document word, in quotes or plain. The two
/// kinds are two patterns, each run only where its words are (see [`named`]). A quoted German
/// title may be in the genitive: „Gesetzes zur Stärkung der Cyberresilienz von Bund, Ländern und
/// Kommunen“ (its list's commas are the title's).
static NAMED_QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[„“"]([^„“”"]{3,120}?(?:Declaration|Convention|Treaty|Compact|Agenda|Action Plan|Strategy|Roadmap|Guidelines|Principles|Charter|Accord|Agreement|Document|Paper|Draft|Act|Erklärung|Konvention|Vertrag|Abkommen|Aktionsplan|Strategie|Richtlinie|Verordnung|Charta|Gesetz)|(?:Aktionsplan|Strategie|Action Plan|Strategy)\s+\p{Lu}[^„“”"]{2,80}?|(?:Gesetz(?:es)?|Verordnung)\s+(?:zur|zum|über|für|gegen)\s+[^„“”"]{3,200}?)[”“"]"#).expect("compiles")
});

/// See [`NAMED_QUOTED`]. A head word followed by "Act" or "Bill" is part of the act's name
/// ("Online Safety and Media Regulation Act 2022", "Criminal Code Act 1995"): the name ends
/// there, not at the first head word. Words in parentheses may be possessives: "Artificial
/// Intelligence (Children's Safety) Bill"; the parentheses of a Commonwealth title may hold
/// a long subject: "Privacy Amendment (Fair and Reasonable Handling and Other Measures) Bill
/// 2032", "Information Technology (Intermediary Guidelines and Digital Media Ethics Code)
/// Rules". A plural possessive may begin a name: "Workers' Statute" (Spain's labour code; the
/// ICC's "Rome Statute" has the head word too). A head word with one or two capitalised words
/// and then "Act" or "Bill" is the start of the act's name too: "Digital Charter Implementation
/// Act, 2032" (Canada's), "Charter Amendment Act", not "Digital Charter" and another act. A German title goes on with "in" and a plural
/// in the dative ("Gesetz zur Erprobung von KI-Systemen in Reallaboren"; a place there, "in
/// Sachsen", is cut in [`find`]), an English one with "in" and two capitalised words ("Code
/// of Good Practice in Electoral Matters"). An ordinance ("Verordnung") is a head word only
/// with its title, which it holds: "Verordnung zur Änderung der BSI-Kritisverordnung",
/// "Verordnung über den Betrieb von Anlagen" ("die Verordnung der Kommission" names none).
static NAMED_PLAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?-u:\b)((?:(?:(?:Children|Women|People)['’]s|[A-Z][a-z]+s['’]|(?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9äöüÄÖÜß+-]*|e[A-Z][A-Za-z]+|\([A-Z][A-Za-z]*(?:['’]s)?(?:\s+(?:and|of|for|the|[A-Z][A-Za-z]*(?:['’]s)?\.?|\d{1,3})){0,8}\)|(?:19|20)\d{2}|of|on|for|from|the|and|in|to|der|des|für|zur|zum|gegen|über|und|von)\s+){0,7}?(?:Konvention|Convention|Declaration|Erklärung|Abkommen|Aktionsplan|Action Plan|Vertrag|Treaty|Gesetz(?:es)?|Landesgesetz(?:es)?|Bundesgesetz(?:es)?|Act|Bill|Statute|Compact|Charter|Strategie|Strategy|Directive|Regulations|Regulation|Rules|Agreement|Pakt|Pact|Agenda|Framework(?:\s+(?:Convention|Agreement|Treaty|Act))?|Rule|Codes?(?:\s+of\s+(?:Practice|Conduct))?|Recommendation|Ordinance|Guidelines|Guidance\s+Note|Verhaltenskodex|Verordnung\s+(?:zur|zum|über)(?:\s+(?:die|den|das|eine[nr]?))?(?:\s+(?:[A-ZÄÖÜ][A-Za-z0-9äöüÄÖÜß-]*|(?:[a-zäöüß]+(?:en|er|es)|[a-zäöüß]+(?:ch|l|r)e)\s+[A-ZÄÖÜ][A-Za-z0-9äöüÄÖÜß-]*|und|der|des|gegen|im|in\s+der|zur|zum|von|für|mit\s+[A-ZÄÖÜ][a-zäöüß]+)){1,12})(?-u:\b)(?:\s+(?:[A-Z][a-z]+\s+){0,2}(?:Act|Bill)(?-u:\b))?(?:\s+(?:des|der|gegen|über|zur|zum|für|on|of|against|for)(?:\s+(?:the|die|den|das|eine[nr]?))?(?:\s+(?:[a-zäöüß]+(?:en|er|es)|[a-zäöüß]{3,}[chglvrtn]e))?(?:\s+(?:[A-ZÄÖÜ][A-Za-z0-9äöüÄÖÜß-]*|(?:[a-zäöüß]+(?:en|er|es)|[a-zäöüß]+(?:ch|l|r)e)\s+[A-ZÄÖÜ][A-Za-z0-9äöüÄÖÜß-]*|of|the|and|for|und|der|des|gegen|für|im|in\s+der|zur|zum|von|mit\s+[A-ZÄÖÜ][a-zäöüß]+|in\s+[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+|in\s+(?:(?:den|dem)\s+(?:[a-zäöüß]+(?:en|er|es)\s+)?|[a-zäöüß]+(?:en|er|es)\s+)[A-ZÄÖÜ][a-zäöüß]+|in\s+[A-ZÄÖÜ][a-zäöüß]{3,}(?:en|ern)|in\s+[A-Z][a-z]+\s+[A-Z][a-z]+)){1,14})?)"#,
    )
    .expect("compiles")
});

/// The words a plain name ends in (NAMED_PLAIN's heads): the cue that runs the pattern
/// (cues.rs) and the test of an article before the head word, which looks at a head's first
/// word ("Action" of "Action Plan").
pub(crate) const HEAD_WORDS: &[&str] = &[
    "Konvention",
    "Convention",
    "Declaration",
    "Erklärung",
    "Abkommen",
    "Aktionsplan",
    "Action Plan",
    "Vertrag",
    "Treaty",
    "Gesetz",
    "Gesetzes",
    "Landesgesetz",
    "Landesgesetzes",
    "Bundesgesetz",
    "Bundesgesetzes",
    "Act",
    "Bill",
    "Statute",
    "Compact",
    "Charter",
    "Strategie",
    "Strategy",
    "Directive",
    "Regulation",
    "Regulations",
    "Code",
    "Code of Practice",
    "Code of Conduct",
    "Codes",
    "Codes of Practice",
    "Codes of Conduct",
    "Agenda",
    "Framework",
    "Recommendation",
    "Ordinance",
    "Guidelines",
    "Guidance Note",
    "Verhaltenskodex",
    // Only before its title in NAMED_PLAIN: "Verordnung zur Änderung der …".
    "Verordnung",
    "Rule",
    "Rules",
    "Agreement",
    "Pakt",
    "Pact",
];

/// Short forms of laws that name them alone in German and European policy text.
const WELL_KNOWN_LAWS: &[&str] = &[
    "DSGVO",
    "GDPR",
    "BDSG",
    "TTDSG",
    "TDDDG",
    "NetzDG",
    "NIS2UmsuCG",
    "KRITIS-DachG",
    "BSIG",
    "TKG",
    "StPO",
    "StGB",
    "OZG",
    "IFG",
    "DSA",
    "DMA",
    "BKAG",
    "BNDG",
];

/// The words that let a pattern of [`find`] match, and the short forms of [`WELL_KNOWN_LAWS`],
/// found in one pass over a block: most blocks have none, and one automaton costs less than a
/// search for each word.
struct Triggers {
    /// Bits of [`GAZETTE_WORD`], [`ITEM_WORD`], [`REPORT_WORD`], [`TITLE_WORD`] and the others.
    bits: u64,
    /// Where a well-known law's short form stands.
    laws: Vec<std::ops::Range<usize>>,
}

const GAZETTE_WORD: u64 = 1;
const ITEM_WORD: u64 = 2;
const REPORT_WORD: u64 = 4;
const TITLE_WORD: u64 = 8;
const PAPER_WORD: u64 = 16;
const FILE_WORD: u64 = 32;
const COURT_WORD: u64 = 64;
const CASE_WORD: u64 = 128;
const PARLIAMENT_WORD: u64 = 256;
const GERMAN_COURT_WORD: u64 = 1 << 9;
const EU_CASE_WORD: u64 = 1 << 10;
const SERIES_WORD: u64 = 1 << 11;
const NAMED_FILE_WORD: u64 = 1 << 12;
const ANNEX_WORD: u64 = 1 << 13;
const SECTION_WORD: u64 = 1 << 14;
const ARTICLES_WORD: u64 = 1 << 15;
const SMALL_SECTION_WORD: u64 = 1 << 16;
const BILL_WORD: u64 = 1 << 17;
const US_BILL_WORD: u64 = 1 << 18;
const LAW_NUMBER_WORD: u64 = 1 << 19;
const FORM_ITEM_WORD: u64 = 1 << 20;
const LAW_OF_WORD: u64 = 1 << 21;
const YEAR_REPORT_WORD: u64 = 1 << 22;
const LONG_TITLE_WORD: u64 = 1 << 23;
const STRATEGY_WORD: u64 = 1 << 24;
const DECISION_WORD: u64 = 1 << 25;
const CHAPTER_WORD: u64 = 1 << 26;
const REPORTER_WORD: u64 = 1 << 27;
const TITLE_OF_ACT_WORD: u64 = 1 << 28;
const AMENDMENT_WORD: u64 = 1 << 29;
const RULE_WORD: u64 = 1 << 30;
const STATUTE_NUMBER_WORD: u64 = 1 << 31;
const SWISS_FILE_WORD: u64 = 1 << 32;
const NUMBERED_ACT_WORD: u64 = 1 << 33;
const PRINCIPLE_WORD: u64 = 1 << 34;
const SCHEDULE_WORD: u64 = 1 << 35;
const INSTRUMENT_WORD: u64 = 1 << 36;

const TRIGGER_WORDS: &[(u64, &[&str])] = &[
    (
        GERMAN_COURT_WORD,
        &[
            " Bv",
            "Az",
            "ktenzeichen",
            // A court's press release lists the instances: "LG Leipzig – Urteil vom 17.
            // Februar 2031 – 8 O 1412/30".
            "Urteil vom",
            "LG ",
            "Landgericht",
            "Amtsgericht",
            "Verwaltungsgericht",
        ],
    ),
    (PRINCIPLE_WORD, &["Principle ", "IPP "]),
    (SCHEDULE_WORD, &["Schedule "]),
    (
        INSTRUMENT_WORD,
        &[
            ") Determination ",
            ") Instrument ",
            ") Order ",
            ") Direction",
            ") Standard ",
            ") Rule ",
        ],
    ),
    (EU_CASE_WORD, &["C-", "T-"]),
    (SERIES_WORD, &["ETS No", "SEV Nr", "STE n"]),
    (NAMED_FILE_WORD, &["file", "docket", "case"]),
    (
        ANNEX_WORD,
        &["Anhang ", "Annex ", "Erwägungsgrund ", "ecital "],
    ),
    (SECTION_WORD, &["ection ", "lause ", "Part "]),
    (
        ARTICLES_WORD,
        &["Articles ", "aragraphs ", "Sections ", "egulations "],
    ),
    // NUMBERED_DECISION's "Resolution" is found by TITLE_WORD's "esolution ": it runs for both.
    (
        DECISION_WORD,
        &["Beschluss ", "eliberation ", "élibération "],
    ),
    // "section" also stands for the "ection " it hides: the search does not overlap; so does
    // "clause" for "lause ".
    (SMALL_SECTION_WORD | SECTION_WORD, &["section", "clause"]),
    // Each word once: a word listed twice is found for one of its groups only.
    (BILL_WORD | PARLIAMENT_WORD, &["Bill "]),
    (US_BILL_WORD, &["H.", "SB ", "AB ", "HB "]),
    // "S." begins a Senate bill ("S. 4471") and is the Supreme Court Reporter's ("139 S. Ct.").
    (US_BILL_WORD | REPORTER_WORD, &["S."]),
    (FORM_ITEM_WORD, &["Item ", "Form "]),
    (CHAPTER_WORD, &["Chapter "]),
    // "New clause" is found by "clause" above: AMENDMENT runs for both.
    (AMENDMENT_WORD, &["mendment"]),
    (TITLE_OF_ACT_WORD, &["Title "]),
    (RULE_WORD, &["rule ", "egulation "]),
    (
        STATUTE_NUMBER_WORD,
        &["SFS ", "Act (", "Ordinance (", "Code ("],
    ),
    (SWISS_FILE_WORD, &["/20", "/19", "BGE ", "ATF ", "DTF "]),
    // These hide the "Act No" of LAW_NUMBER_WORD they begin ("(Act No. 104 of 2014)"): the search
    // does not overlap, so they stand for both.
    (
        NUMBERED_ACT_WORD | LAW_NUMBER_WORD,
        &["(Act ", "of Act ", "under Act ", "amends Act ", "and Act "],
    ),
    (LONG_TITLE_WORD, &["An Act "]),
    (STRATEGY_WORD, &["trategie"]),
    // " report" hides the "eport " of TITLE_WORD it begins: it stands for both.
    (YEAR_REPORT_WORD | TITLE_WORD, &[" report"]),
    (YEAR_REPORT_WORD, &["agebild"]),
    // "Law of 28 May …" is found by "Law " below: LAW_OF_A_DAY runs for both.
    (LAW_OF_WORD, &["aw of ", "Act of ", "esetzes vom "]),
    // "Bill No 8274" is found by "Bill " above: NUMBERED_LAW runs for both.
    (
        LAW_NUMBER_WORD,
        &[
            "PL ",
            "Decree",
            "Law ",
            "Ley ",
            "Lei ",
            "Gesetz ",
            "ill No",
            "Act No",
            "SI ",
            "Assurance No",
            "Geschäft ",
            "etition No",
            "ppeal No",
            "ause No",
            "(No. ",
            "Notice No",
            "Supplement No",
        ],
    ),
    (
        FILE_WORD,
        &[
            "-cv-",
            "-cr-",
            "File No",
            " DC",
            " QPC",
            "FHC/",
            "NICN/",
            "CA/",
            "SC/",
            " ILCS ",
            "[19",
            "[20",
            "Docket",
            "FCC ",
            "SA.",
            "AT.",
            "M.",
            "(COD",
            "Findings #",
            "NSD ",
            "VID ",
            "QUD ",
            "WAD ",
            "(NLE",
            "(CNS",
            "/AB",
            "/J",
            "pplication",
        ],
    ),
    (COURT_WORD, &["VfGH", "Verfassungsgerichtshof"]),
    (CASE_WORD, &[" v. ", " v "]),
    (PARLIAMENT_WORD, &["rucksache", "Drs.", "HC ", "HL "]),
    (
        GAZETTE_WORD,
        &["BGBl", "GBl", "ABl", "OJ ", "BBl ", "AS ", "SR ", "C.F"],
    ),
    // "U.S" begins both the Code ("U.S.C.") and a Supreme Court reporter ("576 U.S. 644").
    (GAZETTE_WORD | REPORTER_WORD, &["U.S"]),
    (REPORTER_WORD, &[" F."]),
    (
        ITEM_WORD,
        &[
            "Einzelplan",
            "Kapitel ",
            "Motion ",
            "Postulat ",
            "Interpellation ",
            "Initiative ",
            "tandesinitiative ",
        ],
    ),
    (
        REPORT_WORD,
        &[
            "Report ",
            "Assessment ",
            "Outlook ",
            "Review ",
            "Index ",
            "Survey ",
            "Yearbook ",
        ],
    ),
    (
        PAPER_WORD,
        &[
            "Ausschussdrucksache",
            " d.B.",
            "Reihe ",
            "Js ",
            "AR ",
            "Ls ",
            "Ds ",
            "Cs ",
            "Gs ",
            "ZR ",
            "COM",
            "SWD",
            "JOIN",
            "C(",
            "CDL-",
            "CM/Re",
            "Cap. ",
            "BOD ",
            "ED ",
            "GAO-",
            "Opinion ",
            "Recommendation ",
            "Recommendations ",
            "Guidelines ",
            "Statement ",
            "inding Decision ",
            "NIST SP ",
            "TR-0",
            "LEGAL/",
            "perational Directive ",
            "mergency Directive ",
            "Executive Order ",
            "(Rev. ",
            "KVR ",
            "KVZ ",
            "KVB ",
            "B1-",
            "B2-",
            "B3-",
            "B4-",
            "B5-",
            "B6-",
            "B7-",
            "B8-",
            "B9-",
            "B10-",
            "B11-",
            "B12-",
            "M-",
            "INFR(",
            "L.N. ",
            "LC Paper",
            "BVerfGE",
            "BVerwGE",
            "BGHZ",
            "BGHSt",
            "-CERT-In",
            "Advisory ",
            "Cyber Brief ",
            "Threat Alert ",
            "on the merits ",
        ],
    ),
    // These hide the words of other groups they begin with or hold ("Bill ", " report"): they
    // stand for those too.
    (PAPER_WORD | BILL_WORD | PARLIAMENT_WORD, &["SP Bill"]),
    (
        PAPER_WORD | YEAR_REPORT_WORD | TITLE_WORD | REPORT_WORD,
        &["pecial r", "pecial R"],
    ),
    // "ericht " is a German report's word before its year too ("Datenschutzbericht 2032").
    (TITLE_WORD | REPORT_WORD, &["ericht "]),
    (
        TITLE_WORD,
        &[
            "eport ",
            "tudie ",
            "tudy ",
            "utachten ",
            "eitfaden ",
            "eißbuch ",
            "aper ",
            "esolution ",
            "ntschließung ",
            "onsultation ",
        ],
    ),
];

fn triggers(text: &str) -> Triggers {
    static WORDS: LazyLock<(aho_corasick::AhoCorasick, Vec<u64>)> = LazyLock::new(|| {
        let mut words: Vec<&str> = Vec::new();
        let mut bits: Vec<u64> = Vec::new();
        for (bit, list) in TRIGGER_WORDS {
            words.extend_from_slice(list);
            bits.extend(std::iter::repeat_n(*bit, list.len()));
        }
        words.extend_from_slice(WELL_KNOWN_LAWS);
        bits.extend(std::iter::repeat_n(0, WELL_KNOWN_LAWS.len()));
        let automaton = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(words)
            .expect("compiles");
        (automaton, bits)
    });
    let (automaton, bits) = &*WORDS;
    let mut found = Triggers {
        bits: 0,
        laws: Vec::new(),
    };
    for m in automaton.find_iter(text) {
        match bits.get(m.pattern().as_usize()) {
            // "case DMA.100231": a case under the law, by its number (NUMBERED_FILE).
            Some(0) if text.as_bytes().get(m.end()) == Some(&b'.') => {
                found.bits |= FILE_WORD;
                found.laws.push(m.range());
            }
            Some(0) => found.laws.push(m.range()),
            Some(bit) => found.bits |= bit,
            None => {}
        }
    }
    found
}

/// Verbs of English headlines written in title case, which a name's words are not.
const HEADLINE_VERBS: &[&str] = &[
    "Approves",
    "Adopts",
    "Passes",
    "Backs",
    "Rejects",
    "Calls",
    "Calling",
    "Urges",
    "Says",
    "Agrees",
    "Signs",
    "Votes",
    "Seeks",
    "Sets",
    "Wins",
    "Faces",
    "Opens",
    "Launches",
    "Unveils",
    "Delays",
    "Demands",
    "Warns",
    "Plans",
    "Weighs",
    "Clears",
    "Blocks",
    "Fines",
    "Orders",
    "Proposes",
    "Publishes",
    "Endorses",
    "Sends",
    "Advances",
    "Stalls",
    "Scraps",
    "Revives",
];

const LEADING: &[&str] = &[
    "Das",
    "Die",
    "Der",
    "Den",
    "Dem",
    "Des",
    "The",
    "This",
    "That",
    "Diese",
    "Dieser",
    "Dieses",
    "Ein",
    "Eine",
    "Einer",
    "Einen",
    "Einem",
    "Eines",
    "Kein",
    "Keine",
    "Keinen",
    // "What the Global Digital Compact adds": a question's word opens no name.
    "What",
    "Why",
    "How",
    "When",
    "Where",
    "Which",
    "Whether",
    // "the Amended Network Act": what was done to the act is no word of its name.
    "Amended",
    "Proposed",
    "Im",
    "In",
    "Mit",
    "Auf",
    "Für",
    "Zur",
    "Zum",
    "Bei",
    "Von",
    "Nach",
    "Seine",
    "Ihre",
    "Sein",
    "Ihr",
    "Neue",
    "Neuen",
    "Neues",
    "Neuer",
    "Its",
    "Their",
    "A",
    "An",
    "Laut",
    "Gemäß",
    "Under",
    "Unter",
    "With",
    "Without",
    "After",
    "Before",
    "Following",
    "Through",
    "Via",
    "Nationale",
    "Nationalen",
];

/// Appends what this extractor finds in `text` to `out`.
pub fn extract(text: &str, ctx: &mut ExtractContext, out: &mut Vec<Found>) {
    let first = out.len();
    let triggers = triggers(text);
    find(text, ctx, triggers.bits, out);
    let cues = ctx.cues(text);
    if cues.has(Cue::CodeLabel) && cues.any_digit {
        numbered_of_a_day(text, out);
        labelled_codes(text, out);
    }
    if ctx.lang == Lang::De {
        ordinals_before_laws(text, &mut out[first..]);
    }
    articles_with_their_paragraph(text, out, first);
    provisions_share_their_law(text, out, first);
    short_forms(text, ctx, &triggers.laws, out, first);
    provisions_take_the_law_after(text, out, first);
    provisions_of_a_short_form(text, out, first);
    subsections_of_sections(text, out, first);
    learn_laws_of_provisions(text, ctx, out, first);
    known_short_forms(text, ctx, out);
    for f in out.iter_mut().skip(first) {
        let FactValue::Document(d) = &mut f.value else {
            continue;
        };
        let version = text.get(f.span.end..).map_or(0, version_after);
        if version > 0
            && let Some(v) = text.get(f.span.end + 1..f.span.end + version)
        {
            d.id = format!("{} {v}", d.id);
            f.span.end += version;
        }
        // "KI-Verwaltungsgesetz NRW", "IT-Sicherheitsgesetz NRW": a Land's law named with the
        // Land, as a Land's texts cite it.
        let land = text.get(f.span.end..).map_or(0, land_after);
        let of_a_law = d.id.ends_with("gesetz") || d.id.ends_with("Gesetz") || d.id.ends_with('G');
        if land > 0
            && of_a_law
            && let Some(l) = text.get(f.span.end + 1..f.span.end + land)
        {
            d.id = format!("{} {l}", d.id);
            f.span.end += land;
        }
    }
}

/// A law, a decree or a decision by its number and the day it was made, as Italian and other
/// civil-law texts cite them: "Law No. 132 of 23 September 2025", "Legislative Decree No. 138
/// of 4 September 2024", "provvedimento no. 41 of 26 January 2033", "opinion no. 63 of 9
/// February 2033". The document is its kind and number, as written; the day is a date of its
/// own.
fn numbered_of_a_day(text: &str, out: &mut Vec<Found>) {
    static OF_A_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)((?:(?:Royal|Legislative|Presidential|Organic|Ministerial|Federal|Emergency)\s)?(?:Decree(?:-[Ll]aw)?|Law|[Dd]ecision|[Oo]pinion|[Oo]rder|[Rr]esolution|[Rr]uling|[Jj]udgment|[Dd]eliberation|provvedimento|[Dd]ecreto|[Ll]egge)\s(?:No\.|no\.|n\.)\s?\d{1,6})\s(?:of\s|del\s)\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\s(?:19|20)\d{2}(?-u:\b)")
            .expect("compiles")
    });
    for c in OF_A_DAY.captures_iter(text) {
        let Some(m) = c.get(1) else { continue };
        if !document_over(out, m.range()) {
            push(out, m.range(), collapse(m.as_str()), "named");
        }
    }
}

/// The numbers of [`LABELLED_CODE`] no other rule read. A number is one with parts (a slash or a
/// hyphen between them, or two points: "D550.812/2031", "2032-0.714.229") and at least three
/// digits; not a date ("12/03/2031", "2031-03-12"), nor a telephone's ("Nr. 030-2014-55"), nor a
/// number of an act another rule read ("Regulation (EU) No. 2019/881"), nor a press release's
/// own ("Pressemitteilung Nr. 64/2032").
fn labelled_codes(text: &str, out: &mut Vec<Found>) {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\A(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{2})\z")
            .expect("compiles")
    });
    static CODE_ALONE: LazyLock<Regex> = LazyLock::new(|| Regex::new(CODE).expect("compiles"));
    static YEARS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\A(?:19|20)\d{2}[/-](?:19|20)?\d{2}\z").expect("compiles"));
    for c in LABELLED_CODE.captures_iter(text) {
        let Some(list) = c.get(1) else { continue };
        let label_at = c.get(0).map_or(0, |m| m.start());
        let release = text[..label_at]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| {
                let w = w.to_lowercase();
                ["mitteilung", "release", "newsletter", "issue", "ausgabe"]
                    .iter()
                    .any(|r| w.ends_with(r))
            });
        for m in CODE_ALONE.find_iter(list.as_str()) {
            let n = list.start() + m.start()..list.start() + m.end();
            let number = m.as_str();
            let digits = number.bytes().filter(u8::is_ascii_digit).count();
            // "EXP203004127": an authority's file of letters and a long number, without parts.
            let lettered = number.len() > digits + 1
                && number.bytes().take_while(u8::is_ascii_uppercase).count() >= 2
                && digits >= 6
                && number
                    .bytes()
                    .skip_while(u8::is_ascii_uppercase)
                    .all(|b| b.is_ascii_digit());
            let parts = number.contains(['/', '-']) && !YEARS.is_match(number)
                || number.matches('.').count() >= 2
                || lettered;
            let telephone = number.starts_with('0')
                && number
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/');
            // "Pressemitteilung Nr. 64/2032": a release's own number is the page's furniture.
            if parts
                && digits >= 3
                && !telephone
                && !release
                && !DATE.is_match(number)
                && !document_over(out, n.clone())
            {
                push(out, n, number.to_string(), "file");
            }
        }
    }
}

/// "Art. 2 Abs. 1 in Verbindung mit Art. 1 Abs. 1 GG": the law named after the second
/// provision is the first's too. "Art. 81 Abs. 1 Nr. 2 der Sächsischen Verfassung": a
/// constitution named by its adjective is the provision's law.
fn provisions_share_their_law(text: &str, out: &mut Vec<Found>, first: usize) {
    static CONSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s+der\s+(?:(?:(\p{Lu}\p{Ll}+e)n|(\p{Lu}\p{Ll}+er))\s+(Verfassung|Landesverfassung|Gemeindeordnung|Geschäftsordnung|Menschenrechtskonvention)|(Bundesverfassung))(?-u:\b)")
            .expect("compiles")
    });
    // A provision without its law ends in its number or its letter: "Art. 2 Abs. 1", "§ 5(2)".
    let lawless = |id: &str| {
        id.rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || w.len() == 1)
    };
    let provision = |f: &Found| match &f.value {
        FactValue::Document(d) if d.kind == "paragraph" => Some(d.id.clone()),
        _ => None,
    };
    // "Article 17, paragraph 3": one provision, as "Art. 17 Abs. 3". Brazil's laws divide an
    // article into items by Roman numbers ("incisos"): "Article 52, item II, of the LGPD", read
    // as "Art. 52 item II" (group 2).
    static PARAGRAPH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,?\s(?:(?:paragraph|para\.)\s(\d{1,3})|item\s([IVX]{1,5}))(?-u:\b)")
            .expect("compiles")
    });
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for i in first..out.len() {
        let Some(id) = provision(&out[i]).filter(|id| lawless(id)) else {
            continue;
        };
        let end = out[i].span.end;
        let rest = text.get(end..).unwrap_or("");
        if id.starts_with("Art. ")
            && let Some(c) = PARAGRAPH_AFTER.captures(rest)
            && let Some(all) = c.get(0)
        {
            let part = match (c.get(1), c.get(2)) {
                (Some(n), _) => format!("para. {}", n.as_str()),
                (_, Some(n)) => format!("item {}", n.as_str()),
                _ => continue,
            };
            merged.push(end..end + all.end());
            out[i].span.end = end + all.end();
            if let FactValue::Document(d) = &mut out[i].value {
                d.id = format!("{id} {part}");
            }
            continue;
        }
        // "der Sächsischen Verfassung" (its adjective in the nominative), "der Thüringer
        // Verfassung" (a place's adjective, which does not change), "der Bundesverfassung".
        if let Some(c) = CONSTITUTION.captures(rest)
            && let Some(all) = c.get(0)
        {
            let law = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                (Some(adjective), _, Some(noun), _) => {
                    format!("{} {}", adjective.as_str(), noun.as_str())
                }
                (_, Some(place), Some(noun), _) => format!("{} {}", place.as_str(), noun.as_str()),
                (_, _, _, Some(federal)) => federal.as_str().to_string(),
                _ => continue,
            };
            out[i].span.end = end + all.end();
            if let FactValue::Document(d) = &mut out[i].value {
                d.id = format!("{id} {law}");
            }
            continue;
        }
        // The next provision, joined by "in Verbindung mit" and the like, names the law.
        let next = (first..out.len())
            .filter(|&j| out[j].span.start >= end)
            .min_by_key(|&j| out[j].span.start);
        let Some(j) = next else { continue };
        let joined = matches!(
            text.get(end..out[j].span.start).unwrap_or("").trim(),
            "in Verbindung mit" | "i. V. m." | "i.V.m." | "iVm" | "und" | "sowie" | "bzw." | "oder"
        );
        let Some(next_id) = provision(&out[j]).filter(|n| joined && !lawless(n)) else {
            continue;
        };
        // The law: the last word, with the word before it when the last is its year.
        let words: Vec<&str> = next_id.split(' ').collect();
        let take = match words.last() {
            Some(w) if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) => 2,
            _ => 1,
        };
        let law = words[words.len().saturating_sub(take)..].join(" ");
        if law.starts_with(char::is_uppercase)
            && let FactValue::Document(d) = &mut out[i].value
        {
            d.id = format!("{id} {law}");
        }
    }
    // The paragraph read apart ("para. 3") is now part of its article.
    if !merged.is_empty() {
        let mut k = 0;
        out.retain(|f| {
            let keep = k < first
                || f.kind != FactKind::Document
                || !merged
                    .iter()
                    .any(|m| m.start <= f.span.start && f.span.end <= m.end);
            k += 1;
            keep
        });
    }
}

/// "Article 108 § 1": Belgian and French law number an article's paragraphs with "§", one
/// provision as written.
fn articles_with_their_paragraph(text: &str, out: &mut Vec<Found>, first: usize) {
    let number_after = |f: &Found, label: &str| match &f.value {
        FactValue::Document(d) if d.kind == "paragraph" => {
            d.id.strip_prefix(label).map(str::to_string)
        }
        _ => None,
    };
    // The article bare; the paragraph may have taken the law after it already ("§ 1 of the
    // Act …").
    let article = |f: &Found| {
        number_after(f, "Art. ").is_some_and(|n| n.bytes().all(|b| b.is_ascii_alphanumeric()))
    };
    let paragraph = |f: &Found| {
        number_after(f, "§ ").is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut i = first;
    while i < out.len() {
        let end = out[i].span.end;
        let next = (first..out.len()).find(|&j| {
            out[j].span.start == end + 1
                && text.get(end..end + 1) == Some(" ")
                && paragraph(&out[j])
        });
        if let Some(j) = next.filter(|_| article(&out[i])) {
            let paragraph = out.remove(j);
            let at = if j < i { i - 1 } else { i };
            if let (FactValue::Document(a), FactValue::Document(p)) =
                (&mut out[at].value, &paragraph.value)
            {
                a.id = format!("{} {}", a.id, p.id);
            }
            out[at].span.end = paragraph.span.end;
            i = at;
        }
        i += 1;
    }
}

/// "Article 22 of the General Data Protection Regulation", "Section 503(b) of the
/// Communications Act", "Anhang III der KI-Verordnung", "§ 12a KRITIS-DachG", "Article 8 (right
/// to respect for private life) of the Convention …", "Annex III, point 5(b), to the AI Act": a
/// provision without its law, and the law found right after it, whatever rule found it, are one
/// document.
fn provisions_take_the_law_after(text: &str, out: &mut Vec<Found>, first: usize) {
    static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:,\s(?:of|to)\s+the|(?:\s\([^()]{1,120}\))?(?:\s(?:of\s+the(?:\s(?:former|current|new|proposed|amended|original|old))?|of|der|des|to\s+the|zur|zum))?)\s$")
            .expect("compiles")
    });
    static RUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s((?:und|bis)\s\d{1,3}[a-z]?)\s(?:(?:der|des)\s)?$").expect("compiles")
    });
    let lawless = |f: &Found| match &f.value {
        FactValue::Document(d) if matches!(d.kind, "paragraph" | "annex") => {
            d.id.rsplit(' ').next().is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                    || w.ends_with(')')
            })
        }
        _ => false,
    };
    let law = |f: &Found| match &f.value {
        FactValue::Document(d) => matches!(d.kind, "named" | "eu-act" | "short"),
        _ => false,
    };
    let mut i = first;
    while i < out.len() {
        if !lawless(&out[i]) {
            i += 1;
            continue;
        }
        let end = out[i].span.end;
        let next = (first..out.len())
            .filter(|&j| j != i && out[j].kind == FactKind::Document && out[j].span.start >= end)
            .min_by_key(|&j| out[j].span.start);
        // "Art. 13 und 14 DSGVO": a second German provision named by its number alone
        // shares the first's word and law, one document as written.
        let between = next
            .and_then(|j| text.get(end..out[j].span.start))
            .unwrap_or("");
        let run = matches!(&out[i].value, FactValue::Document(d)
            if d.id.starts_with("Art. ") || d.id.starts_with("§ "))
        .then(|| RUN.captures(between))
        .flatten()
        .and_then(|c| c.get(1));
        let Some(j) = next.filter(|&j| {
            law(&out[j])
                && (BETWEEN.is_match(between) || run.is_some())
                // "to the" joins an annex to its act, not an article to a law ("Article 5 to
                // the Act" is no phrase).
                && (matches!(&out[i].value, FactValue::Document(d) if d.kind == "annex")
                    || !text[end..out[j].span.start].contains(" to the "))
        }) else {
            i += 1;
            continue;
        };
        let act = out.remove(j);
        let at = if j < i { i - 1 } else { i };
        if let (FactValue::Document(d), FactValue::Document(a)) = (&mut out[at].value, &act.value) {
            d.id = match run {
                Some(r) => format!("{} {} {}", d.id, r.as_str(), a.id),
                None => format!("{} {}", d.id, a.id),
            };
        }
        out[at].span.end = act.span.end;
        i = at + 1;
    }
}

/// "section 24 of the PDPA", "Article 50 of the TEU": a provision without its law, and a law's
/// short form after it that no rule found alone (an act the article never spells out), are one
/// document, "s. 24 PDPA". Not a longer name ("section 5 of the FTC Act" is the act's), not a
/// possessive ("of the BBC's"), nor a state or an organisation ("Article 5 of the UN").
fn provisions_of_a_short_form(text: &str, out: &mut [Found], first: usize) {
    static SHORT_FORM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,?\s+of\s+(?:the\s+)?([A-Z][A-Z0-9]{1,7})(?-u:\b)").expect("compiles")
    });
    for i in first..out.len() {
        // "Art. 52 item II, of the LGPD": an item's Roman number ends a provision too.
        let lawless = matches!(&out[i].value, FactValue::Document(d)
        if d.kind == "paragraph"
            && d.id.rsplit(' ').next().is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || w.ends_with(')')
                    || d.id.contains(" item ") && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            }));
        let end = out[i].span.end;
        let Some(c) = lawless
            .then(|| {
                text.get(end..)
                    .and_then(|rest| SHORT_FORM_AFTER.captures(rest))
            })
            .flatten()
        else {
            continue;
        };
        let (Some(all), Some(short)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let after = text.get(end + all.end()..).unwrap_or("");
        let longer = after.starts_with(['\'', '’', '-', '/'])
            || after
                .strip_prefix(' ')
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        let found = out
            .iter()
            .any(|f| f.kind == FactKind::Document && f.span.start == end + short.start());
        if longer || found || NO_LAWS.contains(&short.as_str()) {
            continue;
        }
        out[i].span.end = end + all.end();
        if let FactValue::Document(d) = &mut out[i].value {
            d.id = format!("{} {}", d.id, short.as_str());
        }
    }
}

/// The short form a provision names its law by ("Art. 49 DSG", "section 89 of POPIA",
/// "§ 30 Abs. 5 DSG"), learnt as a law's: the article cites the law by it, and names the law by
/// it alone later ("eine Novelle des DSG"). Not a state's or an organisation's (NO_LAWS).
fn learn_laws_of_provisions(text: &str, ctx: &mut ExtractContext, out: &[Found], first: usize) {
    for f in out.iter().skip(first) {
        let FactValue::Document(d) = &f.value else {
            continue;
        };
        if d.kind != "paragraph" {
            continue;
        }
        let Some(short) = d.id.rsplit(' ').next() else {
            continue;
        };
        let capitals = short.chars().filter(|c| c.is_uppercase()).count();
        let shaped = capitals >= 2
            && short.len() <= 12
            && short.chars().all(|c| c.is_alphanumeric() || c == '-')
            && short.starts_with(|c: char| c.is_alphabetic())
            && !short.ends_with('-');
        let written = text.get(f.span.clone()).is_some_and(|t| t.ends_with(short));
        // The law right after the provision's number ("§ 30 Abs. 5 DSG"), not a Land after
        // the law ("§ 35a VwVfG NRW").
        let after_number = d.id.rsplit(' ').nth(1).is_some_and(|w| {
            w.chars().any(|c| c.is_ascii_digit()) || w.ends_with(')') || w.len() <= 2
        });
        if shaped
            && written
            && after_number
            && !NO_LAWS.contains(&short)
            && !ctx.known_laws.iter().any(|k| k == short)
        {
            ctx.known_laws.push(short.to_string());
        }
    }
}

/// "sub-section (6) of section 70B of the Information Technology Act, 2000", as India cites a
/// part of a section: one document, the part after the section's number, "s. 70B(6) Information
/// Technology Act, 2000".
fn subsections_of_sections(text: &str, out: &mut [Found], first: usize) {
    for f in out.iter_mut().skip(first) {
        let FactValue::Document(d) = &mut f.value else {
            continue;
        };
        let Some(rest) = d.id.strip_prefix("s. ").filter(|_| d.kind == "paragraph") else {
            continue;
        };
        let before = text.get(..f.span.start).unwrap_or("").trim_end();
        let Some(part) = before
            .strip_suffix("of")
            .map(str::trim_end)
            .and_then(|b| b.strip_suffix(')'))
        else {
            continue;
        };
        let Some(open) = part.rfind('(') else {
            continue;
        };
        let n = part.get(open + 1..).unwrap_or("");
        let label = part.get(..open).unwrap_or("").trim_end();
        let Some(start) = [
            "sub-section",
            "subsection",
            "Sub-section",
            "Sub-Section",
            "Subsection",
        ]
        .iter()
        .find_map(|w| label.strip_suffix(w))
        .map(str::len) else {
            continue;
        };
        if n.is_empty() || n.len() > 4 || !n.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let (number, law) = rest.split_once(' ').unwrap_or((rest, ""));
        d.id = format!("s. {number}({n}) {law}").trim_end().to_string();
        f.span.start = start;
    }
}

/// "Bundesgesetz über künstliche Intelligenz (KIG)": the short form in parentheses right after
/// a document restates its name and is no document of its own; used alone later ("Das KIG
/// regelt …"), it names the law. The short forms are the article's (kept in `ctx`).
fn short_forms(
    text: &str,
    ctx: &mut ExtractContext,
    well_known: &[std::ops::Range<usize>],
    out: &mut Vec<Found>,
    first: usize,
) {
    static DEFINED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\)?\s?\((\p{Lu}[\p{L}\d-]{1,14}(?:\s(?:19|20)\d{2})?)[);,]")
            .expect("compiles")
    });
    let mut defined: Vec<std::ops::Range<usize>> = Vec::new();
    for f in out.iter().skip(first) {
        if f.kind != FactKind::Document {
            continue;
        }
        let end = f.span.end;
        let Some(short) = text
            .get(end..)
            .and_then(|rest| DEFINED.captures(rest))
            .and_then(|c| c.get(1))
        else {
            continue;
        };
        let capitals = short.as_str().chars().filter(|c| c.is_uppercase()).count();
        if capitals < 2 {
            continue;
        }
        // "Verordnung (EU) 2024/1689 (KI-Verordnung)": a name of the law of its own, with its
        // document word, is a second document in apposition, not a short form restating it.
        let lower = short.as_str().to_lowercase();
        let named = [
            "verordnung",
            "richtlinie",
            "gesetz",
            "abkommen",
            "konvention",
        ]
        .iter()
        .any(|w| lower.ends_with(w));
        if !named {
            defined.push(end + short.start()..end + short.end());
        }
        if !ctx.known_laws.iter().any(|k| k == short.as_str()) {
            ctx.known_laws.push(short.as_str().to_string());
        }
    }
    if !defined.is_empty() {
        // Only the facts of this block: those before `first` are other extractors'.
        let mut k = 0;
        out.retain(|f| {
            let keep = k < first
                || f.kind != FactKind::Document
                || !defined
                    .iter()
                    .any(|d| d.start <= f.span.start && f.span.end <= d.end);
            k += 1;
            keep
        });
    }
    // Laws every reader of the field knows by their short form alone: "die DSGVO", "des
    // NIS2UmsuCG". Other short forms are too often an organisation's or a court's ("BVerfG").
    for span in well_known {
        let mut span = span.clone();
        // "the UK GDPR": the GDPR as Britain retained it after Brexit is a law of its own, as
        // the ICO and British courts cite it ("Article 33 of the UK GDPR").
        if &text[span.clone()] == "GDPR" && text[..span.start].ends_with("UK ") {
            span.start -= "UK ".len();
        }
        let before = text[..span.start].chars().next_back();
        let after = text[span.end..].chars().next();
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
        // "(StPO)" right after the name restates it.
        if glued(before) || glued(after) || before == Some('(') || document_over(out, span.clone())
        {
            continue;
        }
        // "im TKG 2021": a German law's short form (its "G" the "Gesetz") with the year of its
        // version is that version, as SHORT_LAW_YEAR reads it beside a law's name.
        if text[span.clone()].ends_with('G') {
            span.end += year_of_version_after(&text[span.end..]);
        }
        push(out, span.clone(), text[span].to_string(), "short");
    }
}

/// A law's short form the article named before ("POPIA" after "the Protection of Personal
/// Information Act, 2013 (Act No. 4 of 2013) (POPIA)", "DSG" after "Art. 49 DSG"), standing
/// alone: "to amend the PDPO", "eine Novelle des DSG".
fn known_short_forms(text: &str, ctx: &ExtractContext, out: &mut Vec<Found>) {
    for short in &ctx.known_laws {
        for (at, _) in text.match_indices(short.as_str()) {
            let span = at..at + short.len();
            let before = text[..at].chars().next_back();
            let after = text[span.end..].chars().next();
            let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
            if glued(before)
                || glued(after)
                || defines_a_short_form(&text[..at])
                || document_over(out, span.clone())
            {
                continue;
            }
            push(out, span, short.clone(), "short");
        }
    }
}

/// Whether a short form after `before` is where the text defines it, not a mention: "(POPIA)",
/// "hereinafter \"APPI\"", "(the General Personal Data Protection Law - LGPD)", "(UK GDPR)" (the
/// retained law's own short form).
fn defines_a_short_form(before: &str) -> bool {
    let before = before.trim_end_matches(['"', '“', '„', '\'', '‘', ' ']);
    before.ends_with(['(', '-', '–', ':'])
        || before.ends_with("hereinafter")
        || before.ends_with("(UK")
}

/// The length of " 2021" when `rest` begins with a year a law's version is named by ("TKG
/// 2021, BGBl. …"); else 0. A number going on ("2021/22", "2021,5") is none.
fn year_of_version_after(rest: &str) -> usize {
    let Some(digits) = rest.strip_prefix(' ') else {
        return 0;
    };
    let b = digits.as_bytes();
    let year = b.get(..4).is_some_and(|y| {
        y.iter().all(u8::is_ascii_digit) && (y.starts_with(b"19") || y.starts_with(b"20"))
    });
    let goes_on = b.get(4).is_some_and(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, b'/' | b'-')
            || matches!(c, b',' | b'.') && b.get(5).is_some_and(u8::is_ascii_digit)
    });
    if year && !goes_on { 5 } else { 0 }
}

/// The length of " NRW" when `rest` begins with the short form of a German Land that names
/// its laws ("KI-Verwaltungsgesetz NRW", "DSG NRW"); else 0.
fn land_after(rest: &str) -> usize {
    const LANDS: &[&str] = &[" NRW", " M-V", " LSA", " BW", " RLP", " Bln", " Bbg", " SH"];
    LANDS
        .iter()
        .find(|l| {
            rest.starts_with(**l)
                && !rest[l.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        })
        .map_or(0, |l| l.len())
}

/// The length of " 3.0" when `rest` begins with the version of the document named before it
/// ("IT-Sicherheitsgesetz 3.0", "Digitalpakt 2.0"); else 0. A number going on ("2.0.1", "3.05
/// Millionen") or a count after it ("2.5 Prozent") is no version.
fn version_after(rest: &str) -> usize {
    let Some(digits) = rest.strip_prefix(' ') else {
        return 0;
    };
    let b = digits.as_bytes();
    let major = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&major) || b.get(major) != Some(&b'.') {
        return 0;
    }
    let minor = b[major + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let end = major + 1 + minor;
    let goes_on = b.get(end).is_some_and(|c| {
        c.is_ascii_alphanumeric() || *c == b'.' && b.get(end + 1).is_some_and(u8::is_ascii_digit)
    });
    let unit = digits.get(end..).is_some_and(|r| {
        let word = r
            .trim_start()
            .split(|c: char| !c.is_alphanumeric() && c != '%')
            .next()
            .unwrap_or("");
        word.starts_with('%')
            || [
                "Prozent",
                "percent",
                "Millionen",
                "Milliarden",
                "Mio",
                "Mrd",
                "million",
                "billion",
            ]
            .contains(&word)
    });
    if minor != 1 || goes_on || unit {
        return 0;
    }
    1 + end
}

/// Whether `text` has a quotation mark that may open a title: " „ “. A search for a set of
/// `char`s decodes every character of the block; the two marks outside ASCII both begin with
/// byte E2, so only the characters there are decoded.
fn opening_quote(text: &str) -> bool {
    memchr::memchr2_iter(b'"', 0xE2, text.as_bytes()).any(|at| {
        text.get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| matches!(c, '"' | '„' | '“'))
    })
}

/// The documents of `text`, as [`extract`] gives them before their versions.
fn find(text: &str, ctx: &mut ExtractContext, triggered: u64, out: &mut Vec<Found>) {
    // The patterns only run where their words are: most paragraphs cite no document.
    let cues = ctx.cues(text);
    // Every pattern below but NAMED and COMPOUND needs a digit (`\d`, any decimal digit).
    let resolutions = cues.has(Cue::Resolution) && cues.any_digit;
    // Before the Security Council's resolutions: "Resolution 2033.06.16.04" is no "2033".
    if cues.four_digits && triggered & (DECISION_WORD | TITLE_WORD) != 0 {
        for c in NUMBERED_DECISION.captures_iter(text) {
            if let (Some(all), Some(n)) = (c.get(0), c.get(1)) {
                push(out, all.range(), n.as_str().to_string(), "file");
            }
        }
    }
    if cues.any_digit && triggered & PRINCIPLE_WORD != 0 {
        for c in PRINCIPLE.captures_iter(text) {
            let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let id = match (c.get(2), c.get(3)) {
                (Some(schedule), Some(law)) => format!(
                    "{}Principle {} Schedule {} {}",
                    &text[all.start()..all.start().max(n.start() - "Principle ".len())],
                    n.as_str(),
                    schedule.as_str(),
                    law.as_str()
                ),
                _ => collapse(all.as_str()),
            };
            push(out, all.range(), id, "paragraph");
        }
        // New Zealand's Information Privacy Principles, cited by number: "IPP 5", "IPP 8 of
        // the Privacy Act 2020".
        static IPP: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?-u:\b)IPP\s(\d{1,2})(?-u:\b)").expect("compiles"));
        for m in IPP.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "paragraph");
            }
        }
    }
    if cues.any_digit && triggered & TITLE_WORD != 0 && text.contains(" No.") {
        for m in BODY_RESOLUTION.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), collapse(m.as_str()), "named");
            }
        }
    }
    if cues.four_digits && triggered & INSTRUMENT_WORD != 0 {
        for m in COMMONWEALTH_INSTRUMENT.find_iter(text) {
            // "The Online Safety (…) Determination 2033": the sentence's words are not its.
            let mut start = m.start();
            while let Some((word, _)) = text[start..m.end()].split_once(' ')
                && (LEADING.contains(&word) || HEADLINE_VERBS.contains(&word))
            {
                start += word.len() + 1;
            }
            if !document_over(out, start..m.end()) {
                push(
                    out,
                    start..m.end(),
                    collapse(&text[start..m.end()]),
                    "named",
                );
            }
        }
    }
    // The iterator only where the pattern can match: made over no text, it still takes a
    // cache and allocates its captures.
    for c in resolutions
        .then(|| RESOLUTION.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let id = if let (Some(s), Some(n)) = (c.get(1).or(c.get(3)), c.get(2).or(c.get(4))) {
            format!("A/RES/{}/{}", s.as_str(), n.as_str())
        } else if let (Some(n), Some(y)) = (c.get(5), c.get(6)) {
            format!("S/RES/{} ({})", n.as_str(), y.as_str())
        } else {
            continue;
        };
        push(out, c.get(0).map_or(0..0, |m| m.range()), id, "resolution");
    }
    for m in resolutions
        .then(|| YEAR_RESOLUTION.find_iter(text))
        .into_iter()
        .flatten()
    {
        let taken = out.iter().any(|f| {
            f.kind == FactKind::Document && f.span.start < m.end() && m.start() < f.span.end
        });
        if !taken {
            push(out, m.range(), collapse(m.as_str()), "resolution");
        }
    }
    // "Die Resolution 2814", "resolution 2728 (2024)": numbered without a session, a
    // resolution of the Security Council, when the text speaks of it: the block, or the
    // article ("By the terms of resolution 2874 (2032), the Council recalled …" under the
    // headline "Security Council Adopts Resolution 2874 (2032)").
    if resolutions && (ctx.security_council || SECURITY_COUNCIL.is_match(text)) {
        for c in COUNCIL_RESOLUTION.captures_iter(text) {
            let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
                continue;
            };
            // Only a document claims the words: the year in "(2023)" is a date found before.
            if out.iter().any(|f| {
                f.kind == FactKind::Document && f.span.start < all.end() && all.start() < f.span.end
            }) {
                continue;
            }
            // Its year as written, else the year of the last date before it, else the article's.
            let year = c.get(2).map(|y| y.as_str().to_string()).or_else(|| {
                let dated = out.iter().rev().find_map(|f| match &f.value {
                    FactValue::Date(d) if f.span.end <= all.start() => d
                        .iso
                        .as_deref()?
                        .get(..4)
                        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
                        .map(str::to_string),
                    _ => None,
                });
                dated.or_else(|| ctx.article_date.map(|d| d.year().to_string()))
            });
            let id = match year {
                Some(y) => format!("S/RES/{} ({y})", n.as_str()),
                None => format!("S/RES/{}", n.as_str()),
            };
            let end = c.get(2).map_or(n.end(), |y| y.end() + 1);
            push(out, all.start()..end, id, "resolution");
        }
    }
    if cues.any_digit && text.contains('/') {
        // "Az. 1 BvR 1160/27": the file is a document, as written.
        if triggered & GERMAN_COURT_WORD != 0 {
            for m in COURT_FILE.find_iter(text) {
                push(out, m.range(), m.as_str().to_string(), "file");
            }
            for c in LABELLED_FILE.captures_iter(text) {
                let Some(n) = c.get(1) else { continue };
                let number = n.as_str();
                let separated = number.contains(['/', '-']);
                let digits = number.bytes().any(|b| b.is_ascii_digit());
                if separated && digits && !document_over(out, n.range()) {
                    push(out, n.range(), number.to_string(), "file");
                }
            }
        }
        if triggered & EU_CASE_WORD != 0 {
            for m in EU_COURT_CASE.find_iter(text) {
                if !document_over(out, m.range()) {
                    push(out, m.range(), m.as_str().to_string(), "file");
                }
            }
        }

        for c in EU_ACT.captures_iter(text) {
            let (Some(all), Some(act)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let id = match (c.get(2), c.get(3), c.get(4)) {
                (Some(issuer), Some(number), _) => format!(
                    "{} {} {}",
                    // "des Beschlusses (GASP) 2019/797" names the "Beschluss (GASP) 2019/797",
                    // "der Delegierten Verordnung" the "Delegierte Verordnung": the title's case.
                    collapse(act.as_str())
                        .replace("Beschlusses", "Beschluss")
                        .replacen("Delegierten ", "Delegierte ", 1)
                        .replacen("Delegierter ", "Delegierte ", 1),
                    collapse(issuer.as_str()),
                    number.as_str()
                ),
                (_, _, Some(number)) => format!("{} {}", collapse(act.as_str()), number.as_str()),
                _ => continue,
            };
            push(out, all.range(), id, "eu-act");
        }
        for m in UN_SYMBOL.find_iter(text) {
            let taken = document_over(out, m.range());
            // A symbol is followed by a space or punctuation, not by more of a path ("A/B/1/x").
            let next = text[m.end()..].chars().next();
            if !taken && !next.is_some_and(|c| c == '/' || c.is_alphanumeric()) {
                push(out, m.range(), m.as_str().to_string(), "un-symbol");
            }
        }
    }
    if cues.any_digit && triggered & PARLIAMENT_WORD != 0 {
        for m in PARLIAMENTARY_PAPER.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), collapse(m.as_str()), "paper");
            }
        }
        // "Drucksachen 22/5518, 22/7019": papers under one plural label, each a document by
        // its number.
        static PAPERS: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)Drucksachen\s+\d{1,4}/\d{1,6}(?:(?:,\s*|\s+und\s+|\s+sowie\s+)\d{1,4}/\d{1,6})+(?-u:\b)")
                .expect("compiles")
        });
        static NUMBER: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"\d{1,4}/\d{1,6}").expect("compiles"));
        for list in PAPERS.find_iter(text) {
            for n in NUMBER.find_iter(list.as_str()) {
                let span = list.start() + n.start()..list.start() + n.end();
                if !document_over(out, span.clone()) {
                    push(out, span, format!("Drucksache {}", n.as_str()), "paper");
                }
            }
        }
    }
    if cues.any_digit && triggered & SERIES_WORD != 0 {
        for m in TREATY_SERIES.find_iter(text) {
            push(out, m.range(), collapse(m.as_str()), "named");
        }
    }
    if cues.any_digit && triggered & GAZETTE_WORD != 0 {
        for m in GAZETTE.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), collapse(m.as_str()), "gazette");
            }
        }
    }
    if cues.any_digit && triggered & ITEM_WORD != 0 {
        for m in NUMBERED_ITEM.find_iter(text) {
            if !document_over(out, m.range()) {
                let id = collapse(m.as_str()).replacen("Einzelplans", "Einzelplan", 1);
                push(out, m.range(), id, "named");
            }
        }
    }
    if triggered & ITEM_WORD != 0 && text.contains('«') {
        for c in SWISS_ITEM_TITLE.captures_iter(text) {
            for group in [1, 2] {
                if let Some(m) = c.get(group).filter(|m| !document_over(out, m.range())) {
                    push(out, m.range(), collapse(m.as_str()), "named");
                }
            }
        }
    }
    if cues.four_digits && triggered & REPORT_WORD != 0 {
        for m in REPORT_OF_A_YEAR.find_iter(text) {
            // "The Annual Report 2030": an article in front is the sentence's.
            let name = m.as_str();
            let lead = ["The ", "This ", "Its ", "A ", "An "]
                .iter()
                .find(|w| name.starts_with(**w))
                .map_or(0, |w| w.len());
            let span = m.start() + lead..m.end();
            if !document_over(out, span.clone()) {
                push(out, span.clone(), collapse(&text[span]), "named");
            }
        }
    }
    if cues.four_digits && triggered & YEAR_REPORT_WORD != 0 {
        for c in REPORT_BEFORE_YEAR.captures_iter(text) {
            let Some(m) = c.get(1).or(c.get(0)) else {
                continue;
            };
            // "In May 2030 report …", "The 2029 report": a date or an article is no name.
            let mut start = m.start();
            while let Some((word, _)) = text[start..m.end()].split_once(' ')
                && LEADING.contains(&word)
            {
                start += word.len() + 1;
            }
            let name = &text[start..m.end()];
            let dated = name
                .split_whitespace()
                .any(crate::facts::dates::names_a_day_or_month);
            let few = c.get(1).is_some() && name.split_whitespace().count() < 3;
            if few || dated || document_over(out, start..m.end()) {
                continue;
            }
            push(out, start..m.end(), collapse(name), "named");
        }
    }
    if triggered & TITLE_WORD != 0 && opening_quote(text) {
        for c in TITLE_AFTER_REPORT.captures_iter(text) {
            let Some(title) = c.get(1) else { continue };
            if !document_over(out, title.range()) {
                push(out, title.range(), collapse(title.as_str()), "named");
            }
        }
    }
    if cues.any_digit && triggered & PAPER_WORD != 0 {
        for m in NUMBERED_PAPER.find_iter(text) {
            if !document_over(out, m.range()) {
                // "Binding Operational Directive (BOD) 22-01": the short form in parentheses
                // is no part of its number.
                let id = collapse(m.as_str())
                    .replacen(" (BOD)", "", 1)
                    .replacen(" (ED)", "", 1)
                    .replacen("special report", "Special report", 1)
                    .replacen("Special Report", "Special report", 1);
                push(out, m.range(), id, "paper");
            }
        }
    }
    if cues.any_digit && text.contains('/') && text.contains('(') {
        for c in BARE_PAPER.captures_iter(text) {
            let (Some(all), Some(period), Some(n)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let before =
                &text[text.floor_char_boundary(all.start().saturating_sub(120))..all.start()];
            // "ein Begleitgesetz mit Änderungen am BSI-Gesetz (22/4411)": a bill by its name;
            // the papers hib cites by number beside it: "Entschließungsantrag der Fraktion …
            // (22/5390)", "die Antwort der Bundesregierung (22/5604) auf eine Kleine Anfrage
            // (22/5311)", "Anhörung … zum Schutz vor Deepfakes (22/5730)".
            let about_a_bill = [
                "Gesetzentwurf",
                "esetz",
                "Vorlage",
                "ntrag",
                "Antwort",
                "Anfrage",
                "Anhörung",
                "Entwurf",
                "Beschlussempfehlung",
                "Bericht",
                "Unterrichtung",
            ]
            .iter()
            .any(|w| before.contains(w));
            let span = all.start() + 1..all.end() - 1;
            if about_a_bill && !document_over(out, span.clone()) {
                push(
                    out,
                    span,
                    format!("Drucksache {}/{}", period.as_str(), n.as_str()),
                    "paper",
                );
            }
        }
    }
    if cues.any_digit && triggered & FILE_WORD != 0 {
        for c in NUMBERED_FILE.captures_iter(text) {
            let Some(m) = c.get(1).or(c.get(0)) else {
                continue;
            };
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "file");
            }
        }
    }
    if cues.any_digit && triggered & COURT_WORD != 0 {
        for m in VFGH_FILE.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "file");
            }
        }
    }
    if triggered & CASE_WORD != 0 {
        for c in CASE_NAME.captures_iter(text) {
            let Some(first) = c.get(1) else { continue };
            // "In Horvat …", "The Court in Schrems v. …": the sentence's words before the
            // parties are not the case's; nor is a citation's signal, "See MCI v. FCC".
            let mut start = first.start();
            for word in first.as_str().split_whitespace() {
                if !LEADING.contains(&word)
                    && !["Court", "Judgment", "Urteil", "See"].contains(&word)
                {
                    break;
                }
                start += text[start..].find(word).map_or(0, |i| i + word.len());
                start += text[start..].len() - text[start..].trim_start().len();
            }
            let Some(all) = c.get(0) else { continue };
            let span = start..all.end();
            if span.start < span.end && !document_over(out, span.clone()) {
                push(out, span.clone(), collapse(&text[span]), "file");
            }
        }
    }
    if cues.any_digit && triggered & REPORTER_WORD != 0 {
        for m in REPORTER_CITATION.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "file");
            }
        }
    }
    // "under court file T-2214-29": the file, as written.
    if cues.any_digit && triggered & NAMED_FILE_WORD != 0 {
        for c in NAMED_FILE.captures_iter(text) {
            let years = |m: &Match| {
                m.as_str().split_once('-').is_some_and(|(_, b)| {
                    b.len() == 4 && (b.starts_with("19") || b.starts_with("20"))
                })
            };
            if let Some(m) = c
                .get(1)
                .filter(|m| !years(m) && !document_over(out, m.range()))
            {
                push(out, m.range(), m.as_str().to_string(), "file");
            }
        }
    }
    if triggered & ANNEX_WORD != 0 {
        for c in ANNEX.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            if !document_over(out, m.range()) {
                let id = match c.get(1) {
                    Some(comma) => format!(
                        "{} {}",
                        &text[m.start()..comma.start()],
                        &text[comma.end()..m.end()]
                    ),
                    None => m.as_str().to_string(),
                };
                push(out, m.range(), collapse(&id), "annex");
            }
        }
    }
    // "Schedule 2 commences …": a schedule where the text speaks of a bill or an act (a
    // hearing's "Schedule 3" is a timetable's); of a named law it is that law's
    // ("Principle 4.7 of Schedule 1 to PIPEDA", read above).
    let about_a_law = || {
        text.contains("Bill")
            || text.contains(" Act")
            || text.contains(" act")
            || text.contains("royal assent")
            || text.contains("Ordinance")
            || text.contains("mendment")
    };
    if cues.any_digit && triggered & SCHEDULE_WORD != 0 && about_a_law() {
        for m in SCHEDULE.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "annex");
            }
        }
    }
    if cues.any_digit && triggered & (LAW_NUMBER_WORD | BILL_WORD) != 0 {
        for c in NUMBERED_LAW.captures_iter(text) {
            let Some(m) = c.get(1).or(c.get(2)).or(c.get(3)).or(c.get(0)) else {
                continue;
            };
            // "das Gesetz 10.000 Unternehmen": a count of what follows, no law's number.
            let counted = text[m.end()..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase));
            let dotted = m.as_str().contains('.') && c.get(1).is_none();
            let kind = match (c.get(1), c.get(2)) {
                (Some(_), _) => "paper",
                (_, Some(_)) => "file",
                _ => "named",
            };
            if !(dotted && counted || document_over(out, m.range())) {
                push(out, m.range(), collapse(m.as_str()), kind);
            }
        }
    }
    if cues.any_digit && triggered & NUMBERED_ACT_WORD != 0 {
        for c in NUMBERED_ACT.captures_iter(text) {
            let (Some(m), Some(n)) = (c.get(1), c.get(2)) else {
                continue;
            };
            // "under Act 2012" is more likely a year than the 2012th statute.
            let year = n.as_str().starts_with("19") || n.as_str().starts_with("20");
            if !year && !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "named");
            }
        }
    }
    if cues.four_digits && triggered & (LAW_OF_WORD | LAW_NUMBER_WORD) != 0 {
        // Searched on from the end of each name: the words a match took past it ("… and the
        // law of") may begin the next.
        let mut from = 0;
        while let Some(m) = LAW_OF_A_DAY.find_at(text, from) {
            let mut name = m.as_str();
            if let Some(i) = name.find(" and the ") {
                name = &name[..i];
            }
            // The subject ends where the sentence goes on: "… of personal data by 89 votes",
            // "über die Netz- und Informationssicherheit, das …" (a comma ends it already).
            const GOES_ON: &[&str] = &[
                "by", "within", "which", "that", "who", "as", "when", "from", "until", "before",
                "after", "is", "was", "were", "are", "will", "would", "has", "had", "have",
                "since", "but", "because", "while", "if", "unless", "wird", "wurde", "ist", "soll",
                "hat", "bis", "seit", "ab",
            ];
            if let Some(at) = name.match_indices(' ').map(|(i, _)| i).find(|&i| {
                let word = name[i + 1..].split(' ').next().unwrap_or("");
                GOES_ON.contains(&word)
            }) {
                name = &name[..at];
            }
            while let Some((rest, last)) = name.rsplit_once(' ')
                && matches!(
                    last,
                    "and"
                        | "of"
                        | "the"
                        | "on"
                        | "in"
                        | "for"
                        | "to"
                        | "with"
                        | "und"
                        | "der"
                        | "die"
                        | "des"
                        | "im"
                )
            {
                name = rest;
            }
            let span = m.start()..m.start() + name.len();
            from = span.end;
            if !document_over(out, span.clone()) {
                // "des Gesetzes vom 28. Mai 2019 über …" names the "Gesetz vom …".
                let id = collapse(name).replacen("Gesetzes vom ", "Gesetz vom ", 1);
                push(out, span, id, "named");
            }
        }
    }
    if triggered & STRATEGY_WORD != 0 {
        for c in STATE_STRATEGY.captures_iter(text) {
            let (Some(all), Some(adjective), Some(rest)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            // A word of its own (the pattern has no Unicode word boundary, which would keep it
            // from its fast engine).
            if !super::figures::stands_alone(text, all.start()) {
                continue;
            }
            if !document_over(out, all.range()) {
                let id = format!("{}e {}", adjective.as_str(), collapse(rest.as_str()));
                push(out, all.range(), id, "named");
            }
        }
        for m in YEAR_STRATEGY.find_iter(text) {
            if super::figures::stands_alone(text, m.start()) && !document_over(out, m.range()) {
                push(out, m.range(), collapse(m.as_str()), "named");
            }
        }
    }
    if triggered & LONG_TITLE_WORD != 0 {
        for m in LONG_TITLE.find_iter(text) {
            // ", which …", ", the bill …": a comma and the sentence's words end the title.
            let mut name = m.as_str();
            if let Some(i) = name.find(", ") {
                name = &name[..i];
            }
            let name = name.trim_end();
            let span = m.start()..m.start() + name.len();
            if !document_over(out, span.clone()) {
                push(out, span, collapse(name), "named");
            }
        }
    }
    if cues.any_digit && triggered & FORM_ITEM_WORD != 0 {
        for c in FORM_ITEM.captures_iter(text) {
            let (Some(all), Some(item), Some(form)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let id = format!("Item {} {}", item.as_str(), collapse(form.as_str()));
            push(out, all.range(), id, "paragraph");
        }
        // "made under Item 1.05 of the form": a current report's item, numbered by its section
        // and two digits (8-K items run from 1.01 to 9.01), named without its form; not an
        // agenda's item.
        static REPORT_ITEM: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?-u:\b)Item\s[1-9]\.0[1-9](?-u:\b)").expect("compiles"));
        for m in REPORT_ITEM.find_iter(text) {
            let agenda = matches!(super::word_before(text, m.start()), "agenda" | "Agenda");
            let goes_on = text[m.end()..].starts_with(|c: char| c == '.' || c.is_ascii_digit())
                && text[m.end() + 1..].starts_with(|c: char| c.is_ascii_digit());
            if !agenda && !goes_on && !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "paragraph");
            }
        }
        for m in SEC_FORM.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "paper");
            }
        }
    }
    if triggered & TITLE_OF_ACT_WORD != 0 {
        for m in TITLE_OF_ACT.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "paragraph");
            }
        }
    }
    if triggered & CHAPTER_WORD != 0 {
        for c in CHAPTER_OF.captures_iter(text) {
            let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let span = all.start()..n.end();
            if !document_over(out, span.clone()) {
                push(out, span, format!("Chapter {}", n.as_str()), "paragraph");
            }
        }
    }
    let paragraphs = cues.has(Cue::Paragraph) && cues.any_digit;
    let code_sections = (paragraphs || cues.any_digit && triggered & SECTION_WORD != 0)
        && (text.contains(" Law ") || text.contains(" Code "));
    for c in code_sections
        .then(|| CODE_SECTION.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(all), Some(code), Some(n)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        // "Under Penal Law § 5": the sentence's words before the code's name are not its.
        let mut start = code.start();
        while let Some((word, _)) = text[start..code.end()].split_once(' ')
            && (LEADING.contains(&word) || HEADLINE_VERBS.contains(&word))
        {
            start += word.len() + 1;
        }
        let name = &text[start..code.end()];
        if name.split_whitespace().count() < 2 || document_over(out, start..all.end()) {
            continue;
        }
        let id = format!("s. {} {}", n.as_str(), collapse(name));
        push(out, start..all.end(), id, "paragraph");
    }
    for c in (paragraphs && text.contains("Article "))
        .then(|| FRENCH_CODE_ARTICLE.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let mut id = format!("Art. {}", collapse(n.as_str()));
        if let Some(code) = c.get(2) {
            id.push(' ');
            id.push_str(&collapse(code.as_str()));
        }
        if !document_over(out, all.range()) {
            push(out, all.range(), id, "paragraph");
        }
    }
    // "guideline §2B1.1": a section of the US Sentencing Guidelines (chapter, part, number),
    // as written.
    for m in (paragraphs && text.contains('§'))
        .then(|| SENTENCING_GUIDELINE.find_iter(text))
        .into_iter()
        .flatten()
    {
        if !document_over(out, m.range()) {
            push(out, m.range(), collapse(m.as_str()), "paragraph");
        }
    }
    for c in (paragraphs && text.contains("§§"))
        .then(|| PARAGRAPHS.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(all), Some(numbers)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let mut id = format!("§§ {}", collapse(numbers.as_str()));
        let mut end = numbers.end();
        if let Some((m, law)) = c.get(2).and_then(|m| law_name(m.as_str()).map(|l| (m, l))) {
            id.push(' ');
            id.push_str(&law);
            end = m.end();
        }
        push(out, all.start()..end, id, "paragraph");
    }
    for c in paragraphs
        .then(|| PARAGRAPH.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(all), Some(label), Some(n)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        // The second "§" of "§§ 30 und 31 BSIG", read above.
        if document_over(out, all.start()..n.end()) {
            continue;
        }
        let label = label.as_str().to_lowercase();
        let mut id = if label.starts_with("paragraf") {
            format!("§ {}", n.as_str())
        } else if label.starts_with("para") {
            format!("para. {}", n.as_str())
        } else if label.starts_with("art") {
            format!("Art. {}", n.as_str())
        } else if label.starts_with("ziff") {
            format!("Ziff. {}", n.as_str())
        } else if label == "rule" {
            format!("r. {}", n.as_str())
        } else {
            format!("{} {}", label, n.as_str())
        };
        let mut end = n.end();
        // "§ 4 Abs. 2 und 3 FlugDaG": a run of paragraphs holds where a law, a sentence's number
        // or punctuation ends it; "§ 5 Abs. 2 und 30 weiteren Vorschriften" counts something
        // after the paragraph.
        let run_holds = |m: &Match| {
            (5..=8).any(|k| c.get(k).is_some())
                || c.get(9).is_some_and(|law| law_name(law.as_str()).is_some())
                || !text[m.end()..]
                    .starts_with(|ch: char| ch.is_whitespace() || ch.is_alphanumeric())
        };
        for (i, part) in [
            (3, "("),
            (4, " Abs. "),
            (5, " Satz "),
            (6, " Nr. "),
            (7, " lit. "),
            (8, " Ziff. "),
        ] {
            if let Some(m) = c.get(i) {
                let mut m_range = m.range();
                if i == 4 && !run_holds(&m) {
                    m_range.end = m.start()
                        + m.as_str()
                            .find(|ch: char| !ch.is_alphanumeric())
                            .unwrap_or(m.len());
                }
                let m_text = text.get(m_range.clone()).unwrap_or("");
                // "Buchst. h" as written, "lit. a" as it is.
                let before = text[..m.start()].trim_end();
                let part = match i {
                    7 if before.ends_with("Buchst.") => " Buchst. ",
                    7 if before.ends_with("Buchstabe") => " Buchstabe ",
                    // Austria's "Z 8" (Ziffer) as written.
                    6 if before.ends_with(" Z") => " Z ",
                    _ => part,
                };
                id.push_str(part);
                id.push_str(&collapse(m_text));
                if i == 3 {
                    id.push(')');
                }
                end = m_range.end + usize::from(i == 3);
            }
        }
        // "Article 5 of the AI Act": the name goes on past the short form; not read here.
        let name_goes_on = |m: &Match| {
            let next = text[m.end()..].strip_prefix(' ').unwrap_or("");
            let word = next
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            matches!(
                word,
                "Act" | "Treaty" | "Convention" | "Regulation" | "Directive" | "Charter"
            )
        };
        // "Art. 52 der Verordnung (EU) 2022/2065": the act by its number, read before, is the
        // law of the provision, one document.
        let act_after = ["der ", "des ", "of the ", "of ", ""].iter().find_map(|w| {
            let rest = text[end..].strip_prefix(' ')?.strip_prefix(w)?;
            let at = text.len() - rest.len();
            out.iter()
                .position(|f| f.kind == FactKind::Document && f.span.start == at)
        });
        if let Some(k) = act_after {
            let act = out.remove(k);
            if let FactValue::Document(d) = &act.value {
                id.push(' ');
                id.push_str(&d.id);
            }
            push(out, all.start()..act.span.end, id, "paragraph");
            continue;
        }
        // "Article 3 of Protocol No. 1", "Rule 115 of Parliament's Rules of Procedure", "Article
        // 61 of the Constitution", "Article 21 of the Indian Constitution": laws named by their
        // kind and number, a parliament's rules or a state's constitution, which no rule reads
        // alone; so is a schedule of the act the text is about, "Paragraph 3 of Schedule 2",
        // and a French law by its name as English texts cite it, "Article 82 of the loi
        // Informatique et Libertés".
        static LAW_OF: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\A\s+of\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+['’]s\s+)?(Protocol\s+No\.\s?\d{1,2}|Rules\s+of\s+Procedure|(?:\p{Lu}\p{Ll}+\s+)?Constitution|Schedule\s\d{1,2}[A-Z]?|loi\s\p{Lu}\p{Ll}+(?:\s(?:et|pour|sur|de|du)\s\p{Lu}\p{Ll}+){0,3})(?-u:\b)")
                .expect("compiles")
        });
        if let Some(c) = LAW_OF.captures(&text[end..])
            && let (Some(tail), Some(law)) = (c.get(0), c.get(1))
        {
            id.push(' ');
            id.push_str(&collapse(law.as_str()));
            push(out, all.start()..end + tail.end(), id, "paragraph");
            continue;
        }
        // "Art. 14 Cyber Resilience Act", "Art. 3 Abs. 1 Data Act": an English act named right
        // after the reference is its law, all of it.
        if let Some(m) = c.get(9)
            && matches!(text[end..m.start()].trim(), "" | "of the" | "of")
            && let Some(act) = ACT_AFTER.find(&text[m.start()..])
        {
            id.push(' ');
            id.push_str(act.as_str());
            push(out, all.start()..m.start() + act.end(), id, "paragraph");
            continue;
        }
        if let Some(law) = c
            .get(9)
            .filter(|m| !name_goes_on(m))
            .and_then(|m| law_name(m.as_str()).map(|name| (m, name)))
        {
            id.push(' ');
            id.push_str(&law.1);
            end = law.0.end();
            // "§ 167a TKG 2021": the version of the law by its year.
            let short = law.1.chars().all(|c| c.is_alphanumeric() || c == '-');
            let year = year_after(&text[end..], true);
            if short && year > 0 && text[end..].starts_with(' ') {
                id.push_str(&text[end..end + year]);
                end += year;
            }
        }
        push(out, all.start()..end, id, "paragraph");
    }
    // COMPOUND's document words (in any case: "NIS-2-Umsetzungsgesetz") are listed again in
    // cues.rs.
    if cues.has(Cue::CompoundWord) && text.contains('-') {
        compounds(text, out);
        if text.contains("odex") {
            for c in NAMED_CODE.captures_iter(text) {
                let (Some(all), Some(name), Some(code)) = (c.get(0), c.get(1), c.get(2)) else {
                    continue;
                };
                if !super::figures::stands_alone(text, all.start()) {
                    continue;
                }
                let issuer_only = ["EU", "UN", "UNO", "G7", "G20", "OECD"].contains(&name.as_str());
                if issuer_only || document_over(out, all.range()) {
                    continue;
                }
                let id = format!("{}-{}", name.as_str(), code.as_str());
                push(out, all.range(), id, "named");
            }
        }
    }
    if cues.has(Cue::LawWord) {
        law_compounds(text, ctx.article_date.map(|d| d.year()), out);
        // "(TKG 2021)": the short form of the law named beside it, in the version of that year.
        if cues.four_digits && (text.contains("G 20") || text.contains("G 19")) {
            for m in SHORT_LAW_YEAR.find_iter(text) {
                let capitals = m.as_str().bytes().filter(u8::is_ascii_uppercase).count();
                let taken = document_over(out, m.range());
                if capitals >= 2 && !taken {
                    push(out, m.range(), m.as_str().to_string(), "named");
                }
            }
        }
    }
    if cues.has(Cue::CompoundWord)
        && (text.contains("konvention")
            || text.contains("abkommen")
            || text.contains("bereinkommen"))
    {
        for c in COMPOUND_CONVENTION.captures_iter(text) {
            let (Some(all), Some(head), Some(rest)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            if !super::figures::stands_alone(text, all.start()) {
                continue;
            }
            let taken = document_over(out, all.range());
            if taken || indefinite_before(text, all.start()) {
                continue;
            }
            let mut id = format!("{} {}", head.as_str(), collapse(rest.as_str()));
            let mut span = all.range();
            // "Zusatzprotokoll zum Übereinkommen gegen …": the protocol is the document.
            if let Some(p) = PROTOCOL_BEFORE.find(&text[..all.start()]) {
                let protocol = p.as_str();
                let word = protocol.split_whitespace().next().unwrap_or("");
                id = format!("{} zum {id}", word.trim_end_matches('s'));
                span.start = p.start();
            }
            push(out, span, id, "named");
        }
    }
    // Not behind the head words' cue: "Bylaws" is none.
    if cues.any_digit && triggered & SECTION_WORD != 0 {
        for c in SECTION_OF_ACT.captures_iter(text) {
            let (Some(all), Some(n), Some(act)) = (c.get(0), c.get(2), c.get(3)) else {
                continue;
            };
            let chapter = c
                .get(1)
                .map_or(String::new(), |ch| format!("ch. {} ", ch.as_str()));
            let id = format!("{chapter}s. {} {}", n.as_str(), collapse(act.as_str()));
            push(out, all.range(), id, "paragraph");
        }
    }
    // "Clause 12 of the Bill", "Section 64 of the Act": a provision of the bill or act the
    // text is about, as "s. 64" and "cl. 12"; "Part 2B of the Act" as written. Written small
    // ("section 3") only before "of the Act" or "of the Bill", as a report's sections are
    // numbered too, or of an act just named: "review section 48 of that Act"; Canada numbers
    // the sections an amendment inserts in parts, "section 10.1 of the Act" (PIPEDA's breach
    // notice), read as "s. 10.1".
    if cues.any_digit && triggered & SECTION_WORD != 0 {
        for c in SECTION_OR_CLAUSE.captures_iter(text) {
            let (Some(label), Some(n)) = (
                c.get(1).or(c.get(3)).or(c.get(5)),
                c.get(2).or(c.get(4)).or(c.get(6)),
            ) else {
                continue;
            };
            let mut span = label.start()..n.end();
            if document_over(out, span.clone()) {
                continue;
            }
            // "New Clause 7": a clause proposed at report stage (Hansard's "NC7"), not clause
            // 7 of the bill; as written.
            let new = ["New ", "new "]
                .iter()
                .find(|w| text[..span.start].ends_with(**w));
            if let (Some(w), "Clause" | "clause") = (new, label.as_str()) {
                span.start -= w.len();
                push(out, span.clone(), collapse(&text[span]), "paragraph");
                continue;
            }
            // "Part 2B of the Act": a part keeps its word, as it has no short form.
            let short = match label.as_str() {
                "Clause" | "clause" => "cl.",
                "Part" => "Part",
                _ => "s.",
            };
            push(out, span, format!("{short} {}", n.as_str()), "paragraph");
        }
    }
    if cues.any_digit && triggered & ARTICLES_WORD != 0 {
        for c in ARTICLES.captures_iter(text) {
            let (Some(all), Some(label), Some(a), Some(and), Some(b)) =
                (c.get(0), c.get(1), c.get(2), c.get(3), c.get(4))
            else {
                continue;
            };
            // The first article, read alone before, is part of the pair.
            out.retain(|f| {
                f.kind != FactKind::Document
                    || f.span.end <= all.start()
                    || all.end() <= f.span.start
            });
            let plural = match label.as_str() {
                "Articles" => "Arts.",
                "Sections" => "ss.",
                "Regulations" | "regulations" => "regs.",
                _ => "paras.",
            };
            let id = format!("{plural} {} {} {}", a.as_str(), and.as_str(), b.as_str());
            push(out, all.range(), id, "paragraph");
        }
    }
    if cues.any_digit && triggered & SMALL_SECTION_WORD != 0 {
        for c in SECTION_UNDER.captures_iter(text) {
            let (Some(word), Some(n)) = (c.get(1), c.get(2)) else {
                continue;
            };
            let (one, many) = if word.as_str().starts_with("clause") {
                ("cl.", "cll.")
            } else {
                ("s.", "ss.")
            };
            // "sections 24, 39 and 40": the ones listed before the last are kept as written.
            let listed = c.get(3).map_or("", |l| l.as_str());
            let (end, id) = match (c.get(4), c.get(5)) {
                (Some(and), Some(m)) if word.as_str().ends_with('s') => (
                    m.end(),
                    format!(
                        "{many} {}{listed} {} {}",
                        n.as_str(),
                        and.as_str(),
                        m.as_str()
                    ),
                ),
                _ => (n.end(), format!("{one} {}", n.as_str())),
            };
            if !document_over(out, word.start()..end) {
                push(out, word.start()..end, id, "paragraph");
            }
        }
    }
    if cues.any_digit && triggered & SECTION_WORD != 0 {
        for c in PART_UNDER.captures_iter(text) {
            let (span, id) = match (c.get(1), c.get(3), c.get(4)) {
                (Some(part), _, _) if c.get(2).is_none() => (part.range(), collapse(part.as_str())),
                (_, Some(word), Some(n)) => {
                    let short = if word.as_str() == "clause" {
                        "cl."
                    } else {
                        "s."
                    };
                    (word.start()..n.end(), format!("{short} {}", n.as_str()))
                }
                _ => continue,
            };
            if !document_over(out, span.clone()) {
                push(out, span, id, "paragraph");
            }
        }
    }
    // The Scottish Parliament lists amendments under the place they go: "After section 12".
    let amendments_heading = || {
        let line = text.trim();
        line.len() <= 24 && (line.starts_with("After ") || line.starts_with("Before "))
    };
    if cues.any_digit
        && triggered & SMALL_SECTION_WORD != 0
        && (about_a_law() || amendments_heading())
    {
        for c in BARE_SECTION.captures_iter(text) {
            let (Some(word), Some(n)) = (c.get(1), c.get(2)) else {
                continue;
            };
            // "New clause 3" is a clause proposed, read as written by the rules for amendments.
            let proposed = ["new ", "New "]
                .iter()
                .any(|w| text[..word.start()].ends_with(w));
            if c.get(3).is_some() || proposed {
                continue;
            }
            let short = if word.as_str() == "clause" {
                "cl."
            } else {
                "s."
            };
            let span = word.start()..n.end();
            if !document_over(out, span.clone()) {
                push(out, span, format!("{short} {}", n.as_str()), "paragraph");
            }
        }
    }
    if cues.any_digit && triggered & SMALL_SECTION_WORD != 0 {
        for c in SECTION_OF_SHORT.captures_iter(text) {
            let (Some(all), Some(n), Some(short)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            // "section 2 of the BBC's report", "section 4 of the NHS Trust's plan": no law.
            let after = &text[all.end()..];
            let longer = after.starts_with(['\'', '’', '-', '/'])
                || after
                    .strip_prefix(' ')
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            let span = all.start()..n.end();
            if !longer && !NO_LAWS.contains(&short.as_str()) && !document_over(out, span.clone()) {
                push(out, span, format!("s. {}", n.as_str()), "paragraph");
            }
        }
    }
    if cues.any_digit && triggered & SECTION_WORD != 0 {
        for c in SUBSECTION.captures_iter(text) {
            if let (Some(all), Some(n)) = (c.get(0), c.get(1))
                && !document_over(out, all.range())
            {
                push(out, all.range(), format!("s. {}", n.as_str()), "paragraph");
            }
        }
    }
    if cues.any_digit && triggered & SWISS_FILE_WORD != 0 {
        for m in SWISS_FILE.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "file");
            }
        }
    }
    if cues.any_digit && triggered & STATUTE_NUMBER_WORD != 0 {
        for c in STATUTE_NUMBER.captures_iter(text) {
            if let Some(n) = c.get(1).or(c.get(2))
                && !document_over(out, n.range())
            {
                push(out, n.range(), n.as_str().to_string(), "file");
            }
        }
    }
    if cues.any_digit && triggered & RULE_WORD != 0 {
        for c in RULE_OF.captures_iter(text) {
            if let (Some(all), Some(word), Some(n)) = (c.get(0), c.get(1), c.get(2))
                && !document_over(out, all.start()..n.end())
            {
                let short = if word.as_str() == "rule" {
                    "r."
                } else {
                    "reg."
                };
                push(
                    out,
                    all.start()..n.end(),
                    format!("{short} {}", n.as_str()),
                    "paragraph",
                );
            }
        }
    }
    if triggered & AMENDMENT_WORD != 0 && text.contains(" Amendment") {
        for m in CONSTITUTIONAL_AMENDMENT.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), m.as_str().to_string(), "named");
            }
        }
    }
    if cues.any_digit && triggered & (AMENDMENT_WORD | SECTION_WORD) != 0 && ctx.lang == Lang::En {
        for c in AMENDMENT.captures_iter(text) {
            let (Some(all), Some(n)) = (c.get(0), c.get(4)) else {
                continue;
            };
            // "the amendment 30 days later": a span after the word, no amendment's number.
            let rest = text[all.end()..].trim_start();
            let unit = ["day", "week", "month", "year", "hour", "per", "%"]
                .iter()
                .any(|u| rest.starts_with(u));
            let label = match (c.get(1), c.get(2)) {
                (Some(w), _) if w.as_str().ends_with('s') => "Amendments",
                (Some(_), _) => "Amendment",
                _ => "New Clause",
            };
            if !unit && !document_over(out, all.range()) {
                push(
                    out,
                    all.range(),
                    match c.get(3) {
                        Some(no) => format!("{label} {} {}", no.as_str(), n.as_str()),
                        None => format!("{label} {}", n.as_str()),
                    },
                    "paragraph",
                );
            }
        }
    }
    if cues.any_digit && triggered & BILL_WORD != 0 {
        for m in NUMBERED_BILL.find_iter(text) {
            if !document_over(out, m.range()) {
                push(out, m.range(), collapse(m.as_str()), "named");
            }
        }
    }
    // In German text "S. 12" is a page: a bill's number there only in apposition to an
    // American act, "den „AI Leadership Act“ (S. 2214)".
    let english = ctx.lang == Lang::En;
    let us_bill =
        (english || text.contains("Act")) && cues.any_digit && triggered & US_BILL_WORD != 0;
    for m in us_bill
        .then(|| US_BILL.find_iter(text))
        .into_iter()
        .flatten()
    {
        let after_an_act = || {
            text[..m.start()].strip_suffix('(').is_some_and(|before| {
                before
                    .trim_end()
                    .trim_end_matches(['“', '”', '"', '\''])
                    .ends_with("Act")
            })
        };
        if !english && !after_an_act() {
            continue;
        }
        // Not the end of "U.S." nor of another abbreviation.
        let glued = text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || ch == '.');
        if !glued && !document_over(out, m.range()) {
            push(out, m.range(), collapse(m.as_str()), "named");
        }
    }
    // "pakt", listed with the words of CompoundWord in cues.rs.
    if cues.has(Cue::CompoundWord) {
        pacts(text, out);
    }
    // A quoted name ends in any document word, a plain one in a few of them (the words of
    // NAMED_QUOTED and NAMED_PLAIN, listed again in cues.rs).
    let quoted = cues.has(Cue::DocumentWord) && cues.has(Cue::DocumentQuote);
    // The plain alternative ends in a head word with a word boundary on both sides.
    if !quoted && !cues.has(Cue::DocumentHeadWord) {
        return;
    }
    // Where the words after a name's "and the" begin, when they are the start of the next
    // name (see below).
    let mut carry: Option<usize> = None;
    // The matches as ranges (whole, name, quoted), in text order; a second name found inside
    // a match ("… and the Framework Convention") is read next.
    let mut queue: std::collections::VecDeque<_> =
        named(text, quoted, cues.has(Cue::DocumentHeadWord))
            .into_iter()
            .collect();
    while let Some((whole, m_range, in_quotes)) = queue.pop_front() {
        let carried = carry.take();
        let m = text.get(m_range.clone()).unwrap_or("");
        // Articles and prepositions in front are not part of the name, nor words after it.
        let mut name = m.trim();
        // "First Committee Approves Text Calling for Treaty": a headline's verb is no word of
        // a name; one may begin after it.
        if !in_quotes
            && let Some(after) = name
                .match_indices(' ')
                .map(|(i, _)| i + 1)
                .chain(std::iter::once(0))
                .filter(|&i| {
                    let word = name[i..].split(' ').next().unwrap_or("");
                    HEADLINE_VERBS.contains(&word)
                })
                .max()
                .map(|i| i + name[i..].find(' ').unwrap_or(name.len() - i))
            // Only in a headline, whose verbs are capitalised: in a sentence, a capitalised
            // "Calls" is a name's ("the Reducing Scam Calls and Scam SMs Code").
            && title_case(text)
        {
            name = name[after..].trim_start();
        }
        while let Some((first, rest)) = name.split_once(' ') {
            // "ePrivacy Directive": a name's word in lower case before its capital.
            let e_word = first.starts_with('e') && first[1..].starts_with(char::is_uppercase);
            // "Thursday on the Cloud and AI Development Act": a day or a month is the
            // sentence's.
            let time = crate::facts::dates::names_a_day_or_month(first);
            // "dem US-amerikanischen CLOUD Act": a German adjective of a compound says whose
            // the act is ("US-amerikanisch"); written small after its hyphen, it is no word of a
            // name, as "Deutsch-Französischen Vertrag" (large) is.
            let adjective = first.rsplit_once('-').is_some_and(|(_, a)| {
                a.starts_with(char::is_lowercase)
                    && ["ischen", "ische", "ischer", "isches", "ischem"]
                        .iter()
                        .any(|e| a.ends_with(e))
            });
            if !LEADING.contains(&first)
                && !time
                && !adjective
                && (!first.starts_with(char::is_lowercase) || e_word)
            {
                break;
            }
            name = rest.trim_start();
        }
        // "Third Reading of the Critical Infrastructure (Cyber Resilience) Bill": a stage of
        // a bill is what happens to it, the bill is the document. "Draft Frontier AI Bill": a
        // draft is named by the act it would be, as "the draft … Bill" is.
        if !in_quotes {
            static STAGE: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"\A(?:(?:First|Second|Third) Reading|(?:Report|Committee|Consideration) Stage|Royal Assent) (?:of|to|on) the ")
                    .expect("compiles")
            });
            if let Some(m) = STAGE.find(name) {
                name = &name[m.end()..];
            }
            if let Some(rest) = name.strip_prefix("Draft ")
                && rest.starts_with(char::is_uppercase)
            {
                name = rest;
            }
            name = after_a_body_on(name);
        }
        // "… Bill on Tuesday", "… Act on 5 May", "Gesetz zur Stärkung der Cyberabwehr im
        // Juni": a day or a month after "on" ("im", "am", …) is the sentence's, and so is all
        // after it; so is a month after "of" ("EU Action Plan on
        // Cable Security of February 2025": the month dates the plan).
        if !in_quotes
            && let Some(i) = [" on ", " of ", " im ", " am ", " vom ", " ab "]
                .iter()
                .flat_map(|w| name.match_indices(w))
                .map(|(i, w)| (i, w.len()))
                .filter(|&(i, len)| {
                    let next = name[i + len..].split(' ').next().unwrap_or("");
                    crate::facts::dates::names_a_day_or_month(next)
                        || next.starts_with(|c: char| c.is_ascii_digit())
                })
                .map(|(i, _)| i)
                .min()
        {
            name = &name[..i];
        }
        // "Conference of the States Parties to the United Nations Convention against
        // Cybercrime": the parties to a treaty are a body; the treaty's name begins after them.
        if !in_quotes
            && let Some(i) = name.find("Parties to ")
            && (i == 0 || name[..i].ends_with(' '))
        {
            let rest = &name[i + "Parties to ".len()..];
            name = rest.strip_prefix("the ").unwrap_or(rest);
        }
        // "das Gesetz zur Stärkung der Cybersicherheit in Kraft setzen", "… werden Behörden":
        // the sentence goes on after the name. "Cyber Resilience Act der EU": a German
        // genitive after an English name is the sentence's. One search for all of them.
        static NAME_ENDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
            aho_corasick::AhoCorasick::new([
                " in Kraft",
                " mit Mehrheit",
                " mit Stimmen",
                " werden ",
                " wurden ",
                " worden ",
                " haben ",
                " sollen ",
                "Act der ",
                "Act des ",
                "Convention der ",
                "Convention des ",
                "Treaty der ",
                "Treaty des ",
                "Directive der ",
                "Directive des ",
                "Regulation der ",
                "Regulation des ",
                "Code der ",
                "Code des ",
            ])
            .expect("compiles")
        });
        if !in_quotes && let Some(m) = NAME_ENDS.find(name) {
            // Before the verb; after the English name's head word, before " der ".
            let cut = if name[m.start()..].starts_with(' ') {
                m.start()
            } else {
                m.end() - " der ".len()
            };
            name = &name[..cut];
        }
        // "the Tunis Agenda for the Information Society and the Framework Convention": a
        // second document begins after "and the".
        // "…, 2019 and the Data Protection (General) Regulations": with no document word
        // before "and the", the words there are the sentence's, and the name is after them.
        if !in_quotes && let Some(i) = name.find(" and the ") {
            let named_before = name[..i].split(' ').any(|w| {
                HEAD_WORDS
                    .iter()
                    .any(|h| w.ends_with(h.split(' ').next().unwrap_or(h)))
            });
            // "… and the Framework Convention": a second name with its head word is read as
            // one of its own, next. "… Information Protection and the Information and
            // Communications Infrastructure Protection Act": where the match ran out after the
            // second name's first words, the next match begins after them, and they are its
            // start.
            let rest = &name[i + " and the ".len()..];
            let rest_at = rest.as_ptr() as usize - text.as_ptr() as usize;
            let rest_names = rest.split_whitespace().any(|w| {
                HEAD_WORDS
                    .iter()
                    .any(|h| w == h.split(' ').next().unwrap_or(h))
            });
            if named_before && rest_names {
                let second = rest_at..rest_at + rest.len();
                queue.push_front((second.clone(), second, false));
            } else if named_before && rest.starts_with(char::is_uppercase) {
                carry = Some(rest_at);
            }
            name = if named_before {
                &name[..i]
            } else {
                &name[i + " and the ".len()..]
            };
        } else if !in_quotes && let Some(i) = name.strip_suffix(" and the").map(str::len) {
            name = &name[..i];
        }
        // "Article 10 of the European Convention on Human Rights and of Article 3 …": "and of"
        // goes on to another provision.
        if !in_quotes && let Some(i) = name.find(" and of ") {
            name = &name[..i];
        }
        // "Position zum Digital Fairness Act": an English act's name has no German
        // preposition in it; the noun and "zum" before it are the sentence's, not the name's.
        // "Anhörung im Digitalausschuss zum Aktionsplan": the same for any document word the
        // name ends with; a committee is no document.
        // "Botschaft zum Bundesgesetz über künstliche Intelligenz": only before the head word;
        // after it "zur" begins the title ("Gesetz zur Stärkung …"). "Zusatzprotokoll zum
        // Übereinkommen" is one document.
        let head_at = name.match_indices(' ').map(|(i, _)| i + 1).find(|&i| {
            let word = name[i..].split(' ').next().unwrap_or("");
            [
                "Act",
                "Aktionsplan",
                "Strategie",
                "Abkommen",
                "Gesetz",
                "Bundesgesetz",
                "Landesgesetz",
                "Konvention",
                "Vertrag",
                "Compact",
                "Treaty",
                "Convention",
                "Declaration",
                "Erklärung",
                "Agenda",
                "Strategy",
            ]
            .contains(&word)
        });
        if !in_quotes && let Some(h) = head_at {
            let cut = [" zum ", " zur ", " beim "]
                .iter()
                .filter_map(|p| name[..h].rfind(p).map(|i| (i, i + p.len())))
                .max();
            if let Some((i, after)) = cut
                && !name[..i].ends_with("rotokoll")
            {
                name = &name[after..];
            }
        }
        // "Umsetzungsplan des Global Digital Compact": a German article inside an English
        // name is the sentence's; the name begins after it.
        if !in_quotes
            && [
                " Compact",
                " Charter",
                " Treaty",
                " Declaration",
                " Strategy",
                " Convention",
                " Agreement",
                " Directive",
                " Regulation",
                " Practice",
                " Conduct",
                " Act",
                " Bill",
                " Agenda",
            ]
            .iter()
            .any(|h| name.ends_with(h))
            && let Some(i) = [" des ", " der "]
                .iter()
                .filter_map(|p| name.rfind(p).map(|i| i + p.len()))
                .max()
        {
            name = &name[i..];
        }
        // A name cut before its genitive ("Gesetz zur Umsetzung der europäischen …") is
        // only the start of a description.
        let mut cut_genitive = false;
        while let Some((rest, last)) = name.rsplit_once(' ') {
            if !last.starts_with(char::is_lowercase) {
                break;
            }
            cut_genitive |= matches!(last, "der" | "des" | "the" | "of");
            name = rest.trim_end();
        }
        // "… in Sachsen beschlossen", "… in New York", "… in May 2031": a place or a time
        // after "in" says where or when, not which one it is ("in Reallaboren" is the title's).
        if !in_quotes
            && let Some((rest, place)) = name.rsplit_once(" in ")
            && (super::gazetteer::place_of_word(place).is_some()
                || place.split(' ').count() == 2
                    && place.split(' ').all(|w| w.starts_with(char::is_uppercase))
                    && place.split(' ').any(|w| {
                        super::gazetteer::place_of_word(w).is_some()
                            || crate::facts::dates::names_a_day_or_month(w)
                    }))
        {
            name = rest;
        }
        // `name` is a part of `text`: where it starts and ends there.
        let mut start = m_range.start + (name.as_ptr() as usize - m.as_ptr() as usize);
        let mut end = start + name.len();
        // "Recommendation of the Council on Artificial Intelligence": the subject after a
        // genitive ("of the Council") goes on with "on", not a weekday's ("on Monday").
        static ON_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^\s+on\s+([A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,4})")
                .expect("compiles")
        });
        if !in_quotes
            && name.contains(" of the ")
            && let Some(c) = ON_SUBJECT.captures(&text[end..])
            && let (Some(all), Some(subject)) = (c.get(0), c.get(1))
            && !crate::facts::dates::names_a_day_or_month(
                subject.as_str().split(' ').next().unwrap_or(""),
            )
        {
            end += all.end();
        }
        // The Council of Europe's AI convention has a comma in its title.
        // "Gesetz zur Änderung des Grundgesetzes (Artikel 91c)": an amendment of the Basic Law
        // is titled with the articles it changes.
        static AMENDED_ARTICLES: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\A \(Artikel \d{1,3}[a-z]?(?:(?:, | und )\d{1,3}[a-z]?)*\)")
                .expect("compiles")
        });
        if !in_quotes
            && name.ends_with("Grundgesetzes")
            && let Some(a) = AMENDED_ARTICLES.find(&text[end..])
        {
            let articles = end..end + a.end();
            out.retain(|f| {
                !(matches!(&f.value, FactValue::Document(d) if d.kind == "paragraph")
                    && articles.start <= f.span.start
                    && f.span.end <= articles.end)
            });
            end = articles.end;
        }
        if !in_quotes && name.ends_with("Human Rights") {
            end += text[end..]
                .strip_prefix(", Democracy and the Rule of Law")
                .map_or(0, |_| ", Democracy and the Rule of Law".len());
        }
        // "Online Safety Act 2023": the year of an act is part of its name; so is the number
        // of its series ("Chips Act 2").
        // "Online Safety Amendment (…) Bill 2032": a bill's year is part of its name too; so is
        // a code's ("Biometric Processing Privacy Code 2025", as New Zealand names them).
        if !in_quotes
            && (name.ends_with("Bill")
                || name.ends_with("Regulations")
                || name.ends_with("Rules")
                || name.ends_with(" Code"))
        {
            end += year_after(&text[end..], true);
        }
        if !in_quotes && name.ends_with("Act") {
            end += year_after(&text[end..], true);
            let rest = &text.as_bytes()[end..];
            if let [b' ', d, after @ ..] = rest
                && d.is_ascii_digit()
                && after
                    .first()
                    .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'.' && *b != b',')
            {
                end += 2;
            }
            // "… Act 2026 (Commencement No. 4) Regulations 2032": an instrument made under the
            // act is named after it.
            static INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(
                    r"\A \([^()\n]{1,60}\) (?:Regulations|Order|Rules) (?:19|20)\d{2}(?-u:\b)",
                )
                .expect("compiles")
            });
            if let Some(m) = INSTRUMENT.find(&text[end..]) {
                end += m.end();
            }
        }
        // The words the name before took past its "and the" ("Information and …") begin
        // this one, when they are only its capitalised words.
        if let Some(c) = carried
            && c < start
            && text[c..start].split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                    || w == "and"
                    || w == "of"
            })
        {
            start = c;
        }
        // "UN-Konvention gegen …": the short form glued to the front belongs to the name.
        let mut several_parts = false;
        if let Some(h) = text[..start].strip_suffix('-') {
            let short = h
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if !short.is_empty() {
                start = h.len() - short.len();
                // "Internet-Governance-Strategie der Bundesregierung": a compound of several
                // parts is a name of its own; the genitive after it says whose it is.
                if let Some(h2) = h[..start].strip_suffix('-') {
                    several_parts = true;
                    let first = h2
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    if first.starts_with(char::is_uppercase) {
                        start = h2.len() - first.len();
                        let head = text[start..end]
                            .find([' ', '\n'])
                            .map_or(end, |i| start + i);
                        let rest = &text[head..end];
                        if rest.starts_with(" der ") || rest.starts_with(" des ") {
                            end = head;
                        }
                    }
                }
            }
        }
        name = &text[start..end];
        // "ein Abkommen gegen Ransomware" is one of a kind, not a name.
        // "den Entwurf eines Gesetzes über …" names the law it drafts; so does German text
        // with an English act's name, planned as it is: "einen Vorschlag für einen Data Centre
        // Permitting Act" (a German article, capitalised English words before "Act").
        let english_act = name.ends_with(" Act")
            && name.split(' ').count() >= 3
            && name
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            && super::word_before(text, start).starts_with(['e', 'k']);
        if indefinite_before(text, start) && !draft_before(text, start) && !english_act
            || cut_genitive
        {
            continue;
        }
        // "Unterzeichnung der Konvention" refers to a document but does not name one: an
        // article right before the document word means the words before it are not its name.
        let words: Vec<&str> = name.split_whitespace().collect();
        let doc_word = words.iter().position(|w| {
            HEAD_WORDS
                .iter()
                .any(|d| w.ends_with(d.split(' ').next().unwrap_or(d)))
        });
        if let Some(i) = doc_word
            && i >= 1
            && matches!(
                words[i - 1],
                "der" | "des" | "die" | "dem" | "den" | "the" | "of" | "this"
            )
        {
            // "Entwurf des Gesetzes über den Einsatz …": a German title after the document
            // word names it; the words before the article are the sentence's.
            // "Partial Amendment to the Framework Act on the Development …": so does an
            // English name that goes on after its document words with its subject ("Since
            // the Framework Act took effect" names none). A protocol to a convention is one
            // document, found whole by its own rule.
            let after_head = words[i..]
                .iter()
                .position(|w| !HEAD_WORDS.contains(w))
                .and_then(|j| words.get(i + j));
            let english_titled = words[i - 1] == "the"
                && after_head.is_some_and(|w| matches!(*w, "on" | "of" | "for" | "against"))
                && !words[..i - 1].ends_with(&["Protocol", "to"]);
            let titled = i + 1 < words.len()
                && words[i].starts_with(char::is_uppercase)
                && (matches!(words[i + 1], "über" | "zur" | "zum" | "für" | "gegen")
                    || english_titled);
            let Some(at) = titled
                .then(|| name.find(&format!(" {} {} ", words[i - 1], words[i])))
                .flatten()
            else {
                continue;
            };
            start += at + 1 + words[i - 1].len() + 1;
            name = &text[start..end];
        }
        // "Verhaltenskodex der Branche" says whose code; "… zur Bekämpfung von Desinformation"
        // which one.
        if name.starts_with("Verhaltenskodex") && !name.starts_with("Verhaltenskodex z") {
            continue;
        }
        // "the Rule of Law", "Rule 12": a rule by its name only ("the COPPA Rule").
        if !in_quotes && (m.contains("Rule of") || name.starts_with("Rule")) {
            continue;
        }
        // "President Bill Clinton": a first name, not a bill.
        if name.ends_with("Bill")
            && text[end..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase())
        {
            continue;
        }
        // "the EU Directive" says who issued it, not which one it is.
        if let Some((issuer, "Directive" | "Regulation")) = name.split_once(' ')
            && ["EU", "EC", "European", "Commission", "Council", "Union"].contains(&issuer)
        {
            continue;
        }
        // A bare document word ("das Gesetz", "die Strategie") names nothing; a compound of
        // several parts does ("Internet-Governance-Strategie").
        let e_word = name.starts_with('e') && name[1..].starts_with(char::is_uppercase);
        if (name.split_whitespace().count() < 2 && !several_parts)
            || !(name.chars().next().is_some_and(char::is_uppercase) || e_word)
        {
            continue;
        }
        let mut span = match in_quotes {
            true => whole.clone(),
            false => start..end,
        };
        // "Annex III to the AI Act": a document read before at the name's start is its own;
        // the name begins after it and the small words that join them.
        if !in_quotes
            && let Some(before) = out
                .iter()
                .filter(|f| {
                    f.kind == FactKind::Document
                        && f.span.start <= span.start
                        && span.start < f.span.end
                        && f.span.end < span.end
                })
                .map(|f| f.span.end)
                .max()
        {
            let mut at = before;
            for word in text[before..span.end].split(' ') {
                if word.is_empty() || word.starts_with(char::is_lowercase) {
                    at += word.len() + 1;
                } else {
                    break;
                }
            }
            let rest = text.get(at..span.end).unwrap_or("");
            if rest.split_whitespace().count() < 2 {
                continue;
            }
            span.start = at;
            name = rest;
        }
        // "Gesetz zur Änderung des KRITIS-Dachgesetzes": a law named inside a longer name is
        // part of it (the amending law is the document).
        let inside = |f: &Found| {
            matches!(&f.value, FactValue::Document(d) if d.kind == "named")
                && span.start < f.span.start
                && f.span.end <= span.end
        };
        if !in_quotes && out.iter().any(inside) {
            out.retain(|f| !inside(f));
        }
        if document_over(out, span.clone()) {
            continue;
        }
        push(out, span, ordinal_nominative(name), "named");
    }
}

/// "Ersten Gesetz zur Änderung …" (after "dem") is the "Erstes Gesetz zur Änderung …": an
/// ordinal before the law's head word in the nominative, as its title has it; so is a
/// genitive head word ("Gesetzes über …").
/// "EDPB on the AI Act", "Council on the ICT Supply Chain Security Act": a body's opinion or
/// position on an act; the act's name begins after "on the". Only after a body (a short form
/// in capitals, or a body's word), and only before an English name whose head word ends it: "Act
/// on the Protection of …" is one name, and so is "Safety on the Internet Act".
fn after_a_body_on(name: &str) -> &str {
    const BODIES: &[&str] = &[
        "Council",
        "Commission",
        "Parliament",
        "Committee",
        "Board",
        "Government",
        "Senate",
        "House",
    ];
    let Some(i) = name.rfind(" on the ").or_else(|| name.rfind(" on ")) else {
        return name;
    };
    let body = name[..i].rsplit(' ').next().unwrap_or("");
    let short = body.len() >= 2 && body.chars().all(|c| c.is_ascii_uppercase());
    if !short && !BODIES.contains(&body) {
        return name;
    }
    let rest = name[i + 1..].strip_prefix("on ").unwrap_or(&name[i + 1..]);
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let head_before = name[..i].split(' ').any(|w| HEAD_WORDS.contains(&w));
    if head_before
        || !rest.starts_with(char::is_uppercase)
        || !(rest.ends_with(" Act") || rest.ends_with(" Bill"))
    {
        return name;
    }
    rest
}

/// Whether most words of `text` (of four letters or more) begin with a capital, as an English
/// headline's do, and it does not end as a sentence does.
fn title_case(text: &str) -> bool {
    if text.trim_end().ends_with(['.', ';', ':']) {
        return false;
    }
    let (mut words, mut capitalised) = (0, 0);
    for w in text.split_whitespace() {
        let letters = w.trim_matches(|c: char| !c.is_alphabetic());
        if letters.chars().count() >= 4 {
            words += 1;
            capitalised += usize::from(letters.starts_with(char::is_uppercase));
        }
    }
    words > 0 && 2 * capitalised > words
}

const ORDINALS: &[&str] = &[
    "Erste", "Zweite", "Dritte", "Vierte", "Fünfte", "Sechste", "Siebte", "Achte", "Neunte",
    "Zehnte",
];

/// The stem of a German ordinal written large in any case: "Zweites", "Dritten" → "Zweite",
/// "Dritte".
fn ordinal_stem(word: &str) -> Option<&'static str> {
    ORDINALS.iter().copied().find(|o| {
        word.strip_prefix(o)
            .is_some_and(|end| ["", "n", "s", "r", "m"].contains(&end))
    })
}

fn ordinal_nominative(name: &str) -> String {
    // "des Gesetzes über den Einsatz …" is the "Gesetz über den Einsatz …", "des geplanten
    // Bundesgesetzes über Kommunikationsplattformen" the "Bundesgesetz über …" (Swiss federal
    // laws are titled so).
    for head in ["Gesetz", "Bundesgesetz", "Landesgesetz"] {
        if let Some(rest) = name.strip_prefix(head).and_then(|r| r.strip_prefix("es ")) {
            return format!("{head} {rest}");
        }
    }
    let mut words = name.splitn(3, ' ');
    let (Some(first), Some(head)) = (words.next(), words.next()) else {
        return name.to_string();
    };
    let Some(stem) = ordinal_stem(first) else {
        return name.to_string();
    };
    // "eines Dritten Gesetzes zur Anpassung des Datenschutzrechts": the head's genitive too.
    let (ending, nominative) = match head {
        "Gesetz" | "Abkommen" | "Protokoll" => ("s", head),
        "Gesetzes" => ("s", "Gesetz"),
        "Abkommens" => ("s", "Abkommen"),
        "Protokolls" => ("s", "Protokoll"),
        "Verordnung" | "Richtlinie" | "Novelle" => ("", head),
        _ => return name.to_string(),
    };
    let rest = &name[first.len() + 1 + head.len()..];
    format!("{stem}{ending} {nominative}{rest}")
}

/// The matches of [`NAMED_QUOTED`] (where `quoted`) and of [`NAMED_PLAIN`] (where `plain`) as
/// one pattern of both alternatives finds them: the leftmost, then the leftmost after its end
/// (the two never begin at the same place: a quotation mark is no letter). Each is the whole
/// match, the name, and whether it is quoted.
///
/// Only the bounds of a match are searched for, which the DFA finds alone: a plain name is the
/// whole match, a quoted one the match without its two quotation marks. Asking the engine for
/// the capture group cost a bounded backtrack over the long pattern per match, a tenth of all
/// extraction.
fn named(text: &str, quoted: bool, plain: bool) -> Vec<(Range<usize>, Range<usize>, bool)> {
    let patterns = [(&*NAMED_QUOTED, quoted), (&*NAMED_PLAIN, plain)];
    // The next match of each pattern from `at` on: a match found earlier stays the next one
    // as long as it does not begin before `at`.
    let mut next: [Option<Range<usize>>; 2] = [None, None];
    let mut done = [!quoted, !plain];
    let mut out = Vec::new();
    let mut at = 0;
    loop {
        for (k, (re, _)) in patterns.iter().enumerate() {
            if !done[k] && next[k].as_ref().is_none_or(|w| w.start < at) {
                next[k] = re.find_at(text, at).map(|m| m.range());
                done[k] = next[k].is_none();
            }
        }
        let k = match (&next[0], &next[1]) {
            (Some(a), Some(b)) => usize::from(b.start < a.start),
            (Some(_), None) => 0,
            (None, Some(_)) => 1,
            (None, None) => break,
        };
        let Some(whole) = next[k].take() else {
            break;
        };
        at = whole.end;
        let name = if k == 0 {
            let open = text[whole.clone()].chars().next().map_or(0, char::len_utf8);
            let close = text[whole.clone()]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8);
            whole.start + open..whole.end - close
        } else {
            whole.clone()
        };
        // "im Sächsischen Gesetz- und Verordnungsblatt": the first part of a compound whose
        // end is shared with the next word.
        let elided = k == 1 && text[whole.end..].starts_with("- ");
        if !elided {
            out.push((whole, name, k == 0));
        }
    }
    out
}

/// The law a provision belongs to, named after its number: a short form ("DSGVO", "GDPR",
/// "StGB", "BDSG") or a compound naming a law ("Grundgesetzes" → "Grundgesetz"). A capitalised
/// word that is neither ("Art. 5 Regeln", "EU-Staaten") is no part of the reference.
fn law_name(word: &str) -> Option<String> {
    // "SGB V": a code and the number of its book.
    // "VwVfG NRW": a Land's law and the Land.
    if let Some((code, book)) = word.split_once(' ') {
        let land = land_after(&format!(" {book}")) == book.len() + 1;
        return law_name(code)
            .filter(|c| land || !c.contains('-') && c.chars().all(char::is_uppercase))
            .map(|c| format!("{c} {book}"));
    }
    // "StPO-E": the draft ("Entwurf") of a law, as a bill's provisions are cited.
    if let Some(law) = word.strip_suffix("-E").filter(|w| !w.contains('-')) {
        return law_name(law).map(|l| format!("{l}-E"));
    }
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let short_form = upper >= 2
        && word.chars().count() <= 10
        && word.chars().all(char::is_alphanumeric)
        && word.chars().last().is_some_and(char::is_uppercase);
    // "KI-VO", "TK-ÜV": a short form in parts, all capitals.
    let short_in_parts = upper >= 3
        && word.chars().count() <= 10
        && word.contains('-')
        && !word.starts_with('-')
        && !word.ends_with('-')
        && word.chars().all(|c| c.is_uppercase() || c == '-');
    // "E-GovG": Austria's E-Government law, its short form with the "E-".
    let e_short = word.strip_prefix("E-").is_some_and(|rest| {
        rest.chars().count() <= 8
            && rest.starts_with(char::is_uppercase)
            && rest.ends_with('G')
            && rest.chars().all(char::is_alphanumeric)
    });
    if short_form || short_in_parts || e_short {
        return Some(word.to_string());
    }
    // "BSI-Gesetz", "KI-Verordnung": a short form and the law's kind.
    if let Some((short, kind)) = word.rsplit_once('-')
        && short.chars().filter(|c| c.is_uppercase()).count() >= 2
        && short
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
    {
        let kind = match kind {
            "Gesetz" | "Gesetzes" | "Gesetzs" => Some("Gesetz"),
            "Verordnung" => Some("Verordnung"),
            "Richtlinie" => Some("Richtlinie"),
            // "KRITIS-Dachgesetz": a compound of its own after the short form, read below.
            _ => None,
        };
        if let Some(kind) = kind {
            return Some(format!("{short}-{kind}"));
        }
    }
    let (stem, head) = law_compound(word)?;
    Some(format!("{stem}{head}"))
}

/// Words of a law's kind before "gesetz" or "verordnung" that say what kind of law it is, not
/// which: "den Entwurf des Durchführungsgesetzes" names no law (held-out set 1). A code
/// ("Strafgesetzbuch") is one law whatever its stem.
const GENERIC_LAW_STEMS: &[&str] = &[
    "Durchführungs",
    "Umsetzungs",
    "Änderungs",
    "Ausführungs",
    "Einführungs",
    "Begleit",
    "Vertrags",
    "Bundes",
    "Landes",
    "Sonder",
    "Rahmen",
    "Mantel",
    "Reform",
    "Haushalts",
    "Rechts",
    "Verwaltungs",
    "Folge",
    "Spar",
    "Eil",
    "Omnibus",
    "Nachtrags",
    "Zustimmungs",
    "Anpassungs",
    "Straf",
    "Ermächtigungs",
    "Verbots",
    "Muster",
    "Gegen",
    "Natur",
];

/// A word that names a law by one compound ("Krankenhauszukunftsgesetz", "Grundgesetzes",
/// "Strafgesetzbuch", "Datenschutz-Grundverordnung"): its stem and its head word in the
/// nominative ("gesetz" for "gesetzes"), or `None`. Plurals ("Gesetze"), the bare word
/// ("Gesetz") and laws of a kind ("Durchführungsgesetz") name none.
fn law_compound(word: &str) -> Option<(&str, &'static str)> {
    let (body, head) = [
        ("gesetzbuches", "gesetzbuch"),
        ("gesetzbuchs", "gesetzbuch"),
        ("gesetzbuch", "gesetzbuch"),
        ("gesetzes", "gesetz"),
        ("gesetzs", "gesetz"),
        ("gesetz", "gesetz"),
        ("verordnung", "verordnung"),
        ("ordnung", "ordnung"),
    ]
    .iter()
    .find_map(|(end, head)| word.strip_suffix(end).map(|b| (b, *head)))?;
    // Of the orders only the codes of procedure and a few others are laws ("Strafprozessordnung",
    // "Abgabenordnung"); "Grundordnung" is none.
    if head == "ordnung"
        && !(body.ends_with("prozess")
            || body.ends_with("gerichts")
            || ["Abgaben", "Gewerbe", "Handwerks", "Insolvenz"].contains(&body))
    {
        return None;
    }
    // The last part of a hyphenated name holds the stem: "Datenschutz-Grund".
    let last = body.rsplit('-').next().unwrap_or(body);
    let letters = last.chars().count();
    let first = body.chars().next()?;
    if letters < 3
        || !first.is_uppercase()
        || !last.chars().all(char::is_alphabetic)
        || last.chars().skip(1).any(char::is_uppercase)
        || body.ends_with('-')
        // With a name before it ("Data-Act-Durchführungsgesetz") the kind is that law's.
        || (head != "gesetzbuch" && body == last && GENERIC_LAW_STEMS.contains(&last))
    {
        return None;
    }
    Some((body, head))
}

/// "das Zweite Open-Data-Gesetz", "des Zweiten KI-Gesetzes": an ordinal written large before a
/// law's name read by another rule (a short form or an English word in the compound) is part
/// of the name too, in the nominative, as [`law_compounds`] reads it.
fn ordinals_before_laws(text: &str, out: &mut [Found]) {
    for f in out.iter_mut() {
        let FactValue::Document(d) = &mut f.value else {
            continue;
        };
        let Some(words) = text.get(f.span.clone()) else {
            continue;
        };
        let neuter = words.ends_with("esetz") || words.ends_with("esetzes");
        if !(neuter || words.ends_with("erordnung"))
            || ordinal_stem(d.id.split(' ').next().unwrap_or("")).is_some()
        {
            continue;
        }
        let word = super::word_before(text, f.span.start);
        let Some(nominative) = ordinal_stem(word) else {
            continue;
        };
        let start = text[..f.span.start].trim_end().len() - word.len();
        if start + word.len() + 1 != f.span.start {
            continue;
        }
        f.span.start = start;
        d.id = format!("{nominative}{} {}", if neuter { "s" } else { "" }, d.id);
    }
}

/// Laws named by one compound word ("das Krankenhauszukunftsgesetz"); see [`law_compound`].
/// The words are found from their head word ("gesetz", "verordnung"), a literal search: a
/// pattern for a capitalised word before it cost six times all other documents together.
fn law_compounds(text: &str, article_year: Option<i32>, out: &mut Vec<Found>) {
    static HEADS: LazyLock<[memchr::memmem::Finder<'static>; 4]> = LazyLock::new(|| {
        [
            memchr::memmem::Finder::new("gesetz"),
            memchr::memmem::Finder::new("verordnung"),
            memchr::memmem::Finder::new("-Gesetz"),
            memchr::memmem::Finder::new("ordnung"),
        ]
    });
    let in_word = |c: char| c.is_alphanumeric() || c == '-';
    let mut words: Vec<std::ops::Range<usize>> = Vec::new();
    for head in HEADS.iter() {
        for at in head.find_iter(text.as_bytes()) {
            let start = text[..at]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| in_word(c))
                .last()
                .map_or(at, |(i, _)| i);
            let end = text[at..]
                .char_indices()
                .find(|&(_, c)| !in_word(c))
                .map_or(text.len(), |(i, _)| at + i);
            if !words.contains(&(start..end)) {
                words.push(start..end);
            }
        }
    }
    words.sort_by_key(|w| w.start);
    for w in words {
        // Glued to a short form ("NIS-2-Umsetzungsgesetz") it is COMPOUND's to read.
        let word = text[w.clone()].trim_end_matches('-');
        // "Verwaltungscloud-Gesetz", "des E-Government-Gesetzes": a word and the bare word of
        // a law, hyphenated.
        let hyphenated = ["-Gesetzes", "-Gesetzs", "-Gesetz"]
            .iter()
            .find_map(|end| word.strip_suffix(end))
            .filter(|stem| {
                let plain = stem.strip_prefix("E-").unwrap_or(stem);
                plain.chars().count() >= 4
                    && plain.chars().next().is_some_and(char::is_uppercase)
                    && plain.chars().skip(1).all(char::is_lowercase)
                    && !GENERIC_LAW_STEMS.contains(stem)
            });
        let Some((stem, head)) = hyphenated
            .map(|stem| (stem, "-Gesetz"))
            .or_else(|| law_compound(word))
        else {
            continue;
        };
        let mut span = w.start..w.start + word.len();
        let taken = document_over(out, span.clone());
        if taken || (indefinite_before(text, span.start) && !draft_before(text, span.start)) {
            continue;
        }
        // "Digitalverwaltungs- und Datenschutzanpassungsgesetz": one law of two subjects,
        // the first written short of its shared end.
        let mut first_part = "";
        if let Some(head) = text[..span.start]
            .strip_suffix(" und ")
            .or_else(|| text[..span.start].strip_suffix(" sowie "))
            && let Some(part) = head.strip_suffix('-')
        {
            let word_start = part
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
                .last()
                .map_or(part.len(), |(i, _)| i);
            if part[word_start..].starts_with(char::is_uppercase)
                && part[word_start..].chars().count() >= 4
            {
                first_part = &text[word_start..span.start];
                span.start = word_start;
            }
        }
        let before = text[..span.start].strip_suffix(' ').unwrap_or("");
        let adjective = law_adjective_before(text, span.start);
        if let Some((word, adjective_stem, base)) = adjective.filter(|_| first_part.is_empty()) {
            span.start -= word.len() + 1;
            let ending = if head.ends_with("esetz") || head.ends_with("-Gesetz") {
                format!("{base}es")
            } else {
                format!("{base}e")
            };
            let year = law_year_after(&text[span.end..], article_year);
            let name = format!(
                "{adjective_stem}{ending} {stem}{head}{}",
                &text[span.end..span.end + year]
            );
            push(out, span.start..span.end + year, name, "named");
            continue;
        }
        // "Zweites Datennutzungsgesetz", "des Dritten Pflegestärkungsgesetzes": a law's ordinal,
        // written large, is part of its name, in the nominative ("das zweite Gesetz" is none).
        let ordinal = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .and_then(|w| ordinal_stem(w).map(|nominative| (w, nominative)));
        if let Some((word, nominative)) = ordinal.filter(|_| first_part.is_empty()) {
            let ending = if head.ends_with("esetz") || head.ends_with("-Gesetz") {
                "s"
            } else {
                ""
            };
            span.start -= word.len() + 1;
            let year = law_year_after(&text[span.end..], article_year);
            let name = format!(
                "{nominative}{ending} {stem}{head}{}",
                &text[span.end..span.end + year]
            );
            push(out, span.start..span.end + year, name, "named");
            continue;
        }
        // "des Telekommunikationsgesetzes 2021": the version's year is part of the name; a
        // budget's law is named by the years it budgets ("das Bundesfinanzgesetz 2033
        // beschlossen", "im Bundesfinanzrahmengesetz 2033 bis 2036").
        let year = match budget_years_after(stem, &text[span.end..]) {
            0 => law_year_after(&text[span.end..], article_year),
            n => n,
        };
        let name = match year {
            0 => format!("{first_part}{stem}{head}"),
            n => format!("{first_part}{stem}{head}{}", &text[span.end..span.end + n]),
        };
        push(out, span.start..span.end + year, name, "named");
    }
}

/// "Sächsisches Informationssicherheitsgesetz", "des Bayerischen Datenschutzgesetzes": a
/// state's adjective right before a law's name (at `at`) is part of it, in the nominative; so is
/// a capitalised one in "-al" ("Kommunales Informationssicherheitsgesetz"). The word, its stem
/// and the ending's base ("isch", "al").
fn law_adjective_before(text: &str, at: usize) -> Option<(&str, &str, &'static str)> {
    let before = text[..at].strip_suffix(' ')?;
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
    if !word.starts_with(char::is_uppercase) || LEADING.contains(&word) {
        return None;
    }
    ["isches", "ischen", "ischer", "ische", "isch"]
        .iter()
        .map(|end| (end, "isch"))
        .chain(
            ["ales", "alen", "aler", "ale"]
                .iter()
                .map(|end| (end, "al")),
        )
        .find_map(|(end, base)| word.strip_suffix(end).map(|stem| (word, stem, base)))
}

/// Pacts named by a compound ("Zukunftspakt"), with a capitalised adjective of the name before
/// it ("des Globalen Digitalpakts"), given in the nominative: "Globaler Digitalpakt".
fn pacts(text: &str, out: &mut Vec<Found>) {
    static PAKT: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("pakt"));
    for at in PAKT.find_iter(text.as_bytes()) {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .map_or(at, |(i, _)| i);
        let end = text[at..]
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(text.len(), |(i, _)| at + i);
        let word = &text[start..end];
        let noun = ["paktes", "pakts", "pakt"]
            .iter()
            .find_map(|e| word.strip_suffix(e).map(|stem| &word[..stem.len() + 4]));
        let Some(noun) = noun.filter(|n| {
            n.chars().count() >= 7
                && !n.starts_with("Kompakt")
                && n.starts_with(char::is_uppercase)
                && n.chars().skip(1).all(char::is_lowercase)
        }) else {
            continue;
        };
        // A capitalised adjective inside a sentence belongs to the name.
        let spaced = text[..start].trim_end();
        let adjective = super::word_before(text, start);
        // `word_before` gives a suffix of `spaced`.
        let adjective_start = spaced.len() - adjective.len();
        let prior = text[..adjective_start].trim_end();
        let adjective = Some(adjective).filter(|a| {
            spaced.len() < start
                && a.starts_with(char::is_uppercase)
                && a.chars().skip(1).all(char::is_lowercase)
                && ["e", "en", "em", "er", "es"].iter().any(|e| a.ends_with(e))
                && a.chars().count() > 3
                && !LEADING.contains(a)
                && !prior.is_empty()
                && !prior.ends_with(['.', '!', '?', ':', '"', '„'])
        });
        let from = adjective.map_or(start, |_| adjective_start);
        let taken = document_over(out, from..end);
        if taken || indefinite_before(text, from) {
            continue;
        }
        let name = match adjective {
            Some(a) => {
                let stem = ["en", "em", "er", "es", "e"]
                    .iter()
                    .find_map(|e| a.strip_suffix(e))
                    .unwrap_or(a);
                format!("{stem}er {noun}")
            }
            None => noun.to_string(),
        };
        push(out, from..end, name, "named");
    }
}

/// Whether a document already found overlaps `span`: a name is taken once, by the rule that
/// found it first.
fn document_over(out: &[Found], span: std::ops::Range<usize>) -> bool {
    out.iter()
        .any(|f| f.kind == FactKind::Document && f.span.start < span.end && span.start < f.span.end)
}

/// The length of the years after a budget's law ("Bundesfinanzgesetz", "Haushaltsgesetz",
/// "Finanzrahmengesetz", "Budgetbegleitgesetz"): " 2033", " 2033 bis 2036", " 2033/2034".
fn budget_years_after(stem: &str, rest: &str) -> usize {
    static YEARS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\A (?:19|20)\d{2}(?:(?: bis |/|[–-])(?:19|20)\d{2})?(?-u:\b)")
            .expect("compiles")
    });
    let budget = [
        "finanz",
        "haushalts",
        "rahmen",
        "budgetbegleit",
        "Finanz",
        "Haushalts",
    ]
    .iter()
    .any(|w| stem.ends_with(w));
    if !budget {
        return 0;
    }
    YEARS.find(rest).map_or(0, |m| m.end())
}

/// [`year_after`] a German law's name, also where a lower-case word follows that is no verb
/// ("gegen das E-Government-Anpassungsgesetz 2032 keinen Einspruch") or the year is long past
/// ("das Passgesetz 1992 angepasst" in 2032: a law's version, not the time of the change).
fn law_year_after(rest: &str, article_year: Option<i32>) -> usize {
    let strict = year_after(rest, false);
    if strict > 0 {
        return strict;
    }
    let loose = year_after(rest, true);
    if loose != 5 || !rest.starts_with(' ') {
        return 0;
    }
    let year: i32 = rest[1..5].parse().unwrap_or(0);
    let next = rest[5..].split_whitespace().next().unwrap_or("");
    let function_word = matches!(
        next,
        "keinen"
            | "keine"
            | "kein"
            | "einen"
            | "eine"
            | "ein"
            | "den"
            | "die"
            | "das"
            | "dem"
            | "der"
            | "des"
            | "und"
            | "oder"
            | "sowie"
            | "mit"
            | "für"
            | "nicht"
            | "zu"
            | "zum"
            | "zur"
            | "vom"
            | "im"
            | "in"
            // "laut Bundesfinanzgesetz 2033 rund 9,4 Mio. Euro": an amount's qualifier.
            | "rund"
            | "etwa"
            | "knapp"
            | "insgesamt"
            | "zufolge"
    );
    let long_past = article_year.is_some_and(|a| year <= a - 10);
    if function_word || long_past { 5 } else { 0 }
}

/// The length of " 2021" when `rest` begins with a year that belongs to the name before it:
/// after an act always ("Online Safety Act 2023"), after a German law's name only when no
/// lower-case word follows ("das Telekommunikationsgesetz 2021 geändert" tells a time); else 0.
fn year_after(rest: &str, always: bool) -> usize {
    // "Information Technology Act, 2000", "… Act of 2022": after an act, as India and the US
    // write its year.
    let lead = match rest {
        r if always && r.starts_with(", ") => 2,
        r if always && r.starts_with(" of ") => 4,
        r if r.starts_with(' ') => 1,
        _ => return 0,
    };
    let digits = &rest[lead..];
    let year = digits.as_bytes().get(..4).is_some_and(|y| {
        y.iter().all(u8::is_ascii_digit) && (y.starts_with(b"19") || y.starts_with(b"20"))
    });
    let after = digits.get(4..).unwrap_or("");
    // Not a number going on ("2021/22", "2021.5", "20215").
    let goes_on = after.starts_with(|c: char| c.is_alphanumeric() || c == '/')
        || (after.starts_with('.') && after[1..].starts_with(|d: char| d.is_ascii_digit()));
    if !year || goes_on {
        return 0;
    }
    let next = after.trim_start().chars().next();
    if !always && next.is_some_and(char::is_lowercase) {
        return 0;
    }
    lead + 4
}

/// Compounds of a short form and a document word ("KI-Verordnung"); see [`COMPOUND`].
fn compounds(text: &str, out: &mut Vec<Found>) {
    for c in COMPOUND.captures_iter(text) {
        let (Some(all), Some(short), Some(word)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        // "EU-Verordnung", "UN-Abkommen": who issued it is not which one it is.
        let issuer_only = [
            "EU", "EG", "UN", "UNO", "US", "USA", "G7", "G20", "OSZE", "NATO",
        ]
        .contains(&short.as_str())
            && [
                "Verordnung",
                "Richtlinie",
                "Gesetz",
                "Abkommen",
                "Konvention",
                "Vertrag",
                "Strategie",
                "Charta",
                "Aktionsplan",
                "Novelle",
            ]
            .contains(&word.as_str());
        // "E-Government-Anpassungsgesetz 2032": a law of an "E-" word is the law compounds'
        // to read, with its year.
        let e_law = short
            .as_str()
            .strip_prefix("E-")
            .is_some_and(|rest| rest.contains(char::is_lowercase))
            && word.as_str().ends_with("esetz");
        let taken = document_over(out, all.range());
        // "Krankenhaus-IT-Sicherheitsgesetz": the end of a longer compound, the law
        // compounds' to read whole.
        let inside = text[..all.start()].ends_with('-');
        if issuer_only || e_law || taken || inside || indefinite_before(text, all.start()) {
            continue;
        }
        // "des NIS-2-Umsetzungsgesetzes" names the NIS-2-Umsetzungsgesetz.
        let mut name = format!("{}-{}", short.as_str(), word.as_str());
        let mut span = all.range();
        // "das Bayerische KI-Verwaltungsgesetz": the state's adjective, in the nominative.
        if word.as_str().ends_with("esetz")
            && let Some((adjective, stem, base)) = law_adjective_before(text, span.start)
        {
            span.start -= adjective.len() + 1;
            name = format!("{stem}{base}es {name}");
        }
        // "mit der AMSG-Novelle 2031, die …": an amendment is named with its year ("die
        // Novelle 2031 beschlossen" tells a time); so is a law ("(OZG-Änderungsgesetz 2032)").
        if word.as_str().ends_with("ovelle") || word.as_str().ends_with("esetz") {
            let year = text
                .get(span.end..)
                .map_or(0, |rest| year_after(rest, false));
            if let Some(y) = text.get(span.end..span.end + year) {
                name.push_str(y);
                span.end += year;
            }
        }
        push(out, span, name, "named");
    }
}

/// Whether "Entwurf eines" (or a longer word for a draft) comes before `at`: the draft of a
/// law names the law it will be ("den Entwurf eines Beschäftigtendatenschutzgesetzes"), where
/// "ein neues Digitalgesetz" names none.
fn draft_before(text: &str, at: usize) -> bool {
    let article = super::word_before(text, at);
    let before = text.get(..at).unwrap_or("").trim_end();
    let noun = super::word_before(before, before.len() - article.len());
    if article == "ein" && noun == "für" {
        // "ein Referentenentwurf für ein Länder-Cyberabwehrgesetz".
        let before = before[..before.len() - article.len()].trim_end();
        let draft = super::word_before(before, before.len() - noun.len());
        return draft.ends_with("ntwurf");
    }
    article == "eines" && (noun.ends_with("ntwurf") || noun.ends_with("ntwurfs"))
}

/// Whether the word before `at` is an indefinite article ("ein", "eine", "a", "an").
fn indefinite_before(text: &str, at: usize) -> bool {
    matches!(
        super::word_before(text, at),
        "ein"
            | "eine"
            | "einen"
            | "einem"
            | "einer"
            | "eines"
            | "Ein"
            | "Eine"
            | "a"
            | "an"
            | "A"
            | "An"
            | "kein"
            | "keine"
            | "keinen"
    )
}

/// Whitespace runs as one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn push(out: &mut Vec<Found>, span: std::ops::Range<usize>, id: String, kind: &'static str) {
    out.push(Found {
        kind: FactKind::Document,
        value: FactValue::Document(Document { id, kind }),
        span,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_clauses_of_the_bill_or_act_in_question() {
        let ids = |text: &str| -> Vec<String> {
            let mut out = Vec::new();
            extract(text, &mut ExtractContext::default(), &mut out);
            out.into_iter()
                .filter_map(|f| match f.value {
                    FactValue::Document(d) => Some(d.id),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            ids("MPs backed Clause 12 of the Bill and changed Section 64 of the Act."),
            ["cl. 12", "s. 64"]
        );
        assert_eq!(ids("It breached section 54 of the Act."), ["s. 54"]);
        assert_eq!(
            ids("Under Section 5(b)(ii) and section 7(2) of the Act it must act."),
            ["s. 5(b)(ii)", "s. 7(2)"]
        );
        assert_eq!(
            ids("Under Section 12 of the Online Safety Act 2023 it must act."),
            ["s. 12 Online Safety Act 2023"]
        );
        assert!(ids("As section 3 of this report shows, 12 cases …").is_empty());
        assert_eq!(ids("Bill C-63 died on the order paper."), ["Bill C-63"]);
    }

    #[test]
    fn named_as_one_pattern_of_both_kinds() {
        let both = Regex::new(&format!(
            "{}|{}",
            NAMED_QUOTED.as_str(),
            NAMED_PLAIN.as_str()
        ))
        .unwrap();
        for text in [
            "Die „Erklärung von Genf über Cybersicherheit“ und der Vertrag über die Europäische Union.",
            "The \"Pact for the Future\" and the Global Digital Compact; „Paris Agreement“ and the Paris Agreement.",
            "Das Gesetz zur Stärkung der Cybersicherheit \"Kurz\" Abkommen \"Abkommen über X Act\" Act",
        ] {
            let expected: Vec<_> = both
                .captures_iter(text)
                .map(|c| {
                    let name = c.get(1).or(c.get(2)).unwrap();
                    (c.get(0).unwrap().range(), name.range(), c.get(1).is_some())
                })
                .collect();
            let got = named(text, true, true);
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn several_provisions_state_laws_court_seats_and_compounds_after_a_short_form() {
        assert_eq!(
            ids("nach §§ 30 und 31 BSIG und § 13 KRITIS-Dachgesetz sowie § 4 DVDAG M-V"),
            [
                "§§ 30 und 31 BSIG",
                "§ 13 KRITIS-Dachgesetz",
                "§ 4 DVDAG M-V"
            ]
        );
        assert_eq!(ids("Az. 5 L 112/31.NW"), ["5 L 112/31.NW"]);
    }

    #[test]
    fn long_german_titles() {
        assert_eq!(
            ids("Der Landtag beschloss das Digitalverwaltungs- und Datenschutzanpassungsgesetz."),
            ["Digitalverwaltungs- und Datenschutzanpassungsgesetz"]
        );
        assert_eq!(
            ids(
                "das Gesetz zur Digitalisierung der Landesverwaltung und zur Anpassung des Landesdatenschutzrechts wurde beschlossen"
            ),
            [
                "Gesetz zur Digitalisierung der Landesverwaltung und zur Anpassung des Landesdatenschutzrechts"
            ]
        );
        assert_eq!(
            ids("Das Landesgesetz zur digitalen Schule tritt in Kraft."),
            ["Landesgesetz zur digitalen Schule"]
        );
        assert_eq!(
            ids("im Rahmen des Übereinkommens über bestimmte konventionelle Waffen verhandelt"),
            ["Übereinkommen über bestimmte konventionelle Waffen"]
        );
        assert!(ids("Ein Landesgesetz ist geplant.").is_empty());
        assert_eq!(
            ids("Der Bundestag beschloss das Gesetz zur Abwehr schwerwiegender Cyberangriffe."),
            ["Gesetz zur Abwehr schwerwiegender Cyberangriffe"]
        );
        assert_eq!(
            ids(
                "Das Gesetz zur Stärkung der Cybersicherheit in der Bundesverwaltung tritt in Kraft."
            ),
            ["Gesetz zur Stärkung der Cybersicherheit in der Bundesverwaltung"]
        );
        assert_eq!(
            ids("Das Bundesgesetz über die Cybersicherheit vernetzter Produkte gilt."),
            ["Bundesgesetz über die Cybersicherheit vernetzter Produkte"]
        );
        assert_eq!(
            ids("Nach dem Gesetz zur Stärkung der Cybersicherheit werden Behörden geprüft."),
            ["Gesetz zur Stärkung der Cybersicherheit"]
        );
        assert_eq!(
            ids("Es folgt dem Cyber Resilience Act der EU."),
            ["Cyber Resilience Act"]
        );
    }

    #[test]
    fn a_provision_of_an_act_by_its_number_and_papers_by_their_year() {
        assert_eq!(
            ids(
                "gestützt auf Art. 52 der Verordnung (EU) 2022/2065 und Art. 101 Abs. 1 der Verordnung (EU) 2024/1689"
            ),
            [
                "Art. 52 Verordnung (EU) 2022/2065",
                "Art. 101 Abs. 1 Verordnung (EU) 2024/1689"
            ]
        );
        assert_eq!(
            ids("laut Drucksache 214/31 des Bundesrates"),
            ["Drucksache 214/31"]
        );
    }

    #[test]
    fn english_bills_series_and_names_with_parentheses() {
        let english = |text: &str| {
            let mut out = Vec::new();
            let mut ctx = ExtractContext {
                lang: Lang::En,
                ..ExtractContext::default()
            };
            extract(text, &mut ctx, &mut out);
            out.sort_by_key(|f| f.span.start);
            out.into_iter()
                .filter_map(|f| match f.value {
                    FactValue::Document(d) => Some(d.id),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            english("The Senate bill, S. 2210, and H.R. 4521 would sweep aside SB 53."),
            ["S. 2210", "H.R. 4521", "SB 53"]
        );
        assert!(english("the U.S. 2030 budget").is_empty());
        assert_eq!(english("the Convention (CETS No. 225)"), ["CETS No. 225"]);
        assert_eq!(
            english("under the Artificial Intelligence (Regulation and Assurance) Act 2030."),
            ["Artificial Intelligence (Regulation and Assurance) Act 2030"]
        );
        assert_eq!(
            english(
                "the Tunis Agenda for the Information Society and the rest. The Framework Convention on Artificial Intelligence"
            ),
            [
                "Tunis Agenda for the Information Society",
                "Framework Convention on Artificial Intelligence"
            ]
        );
        assert!(english("It is on the Agenda. A Framework is needed.").is_empty());
        assert_eq!(
            english("It amends the European Electronic Communications Code under Article 5(1)(h)."),
            ["European Electronic Communications Code", "Art. 5(1)(h)"]
        );
    }

    fn ids(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        extract(text, &mut ExtractContext::default(), &mut out);
        out.sort_by_key(|f| f.span.start);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Document(d) => d.id,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn security_council_resolutions_need_the_council_in_the_text() {
        // Its year comes from the dates before it (none here, without the date extractor).
        assert_eq!(
            ids("Der UN-Sicherheitsrat nahm die Resolution 2728 an."),
            ["S/RES/2728"]
        );
        assert_eq!(
            ids("The Security Council adopted resolution 2719 (2023)."),
            ["S/RES/2719 (2023)"]
        );
        assert!(ids("Die Resolution 2728 der Versammlung").is_empty());
        // With every extractor: the year in parentheses, found as a date first, is the
        // resolution's and no date of its own.
        let text = "Der Sicherheitsrat verabschiedete Resolution 2719 (2023) einstimmig.";
        let found = crate::facts::extract_text(text, &mut ExtractContext::default());
        let kinds: Vec<(FactKind, &str)> = found
            .iter()
            .filter(|f| matches!(f.kind, FactKind::Document | FactKind::Date))
            .map(|f| (f.kind, &text[f.span.clone()]))
            .collect();
        assert_eq!(kinds, [(FactKind::Document, "Resolution 2719 (2023)")]);
    }

    #[test]
    fn resolutions_and_paragraphs() {
        assert_eq!(
            ids("Mit der UN-Resolution 80/16 vom 1. Dezember"),
            ["A/RES/80/16"]
        );
        assert_eq!(
            ids("see A/RES/79/1 and Resolution 80/57"),
            ["A/RES/79/1", "A/RES/80/57"]
        );
        assert_eq!(ids("Der Kompromiss in para. 101 fordert"), ["para. 101"]);
        assert_eq!(ids("Para. 101 löst das Problem nicht"), ["para. 101"]);
    }

    #[test]
    fn named_documents() {
        let found = ids("In der „G20 South Africa Summit: Leaders’ Declaration“[29] werden");
        assert_eq!(found, ["G20 South Africa Summit: Leaders’ Declaration"]);
        let found = ids(
            "die UN-Konvention gegen Cyberkriminalität und die Budapest Konvention des Europarates",
        );
        assert!(
            found.iter().any(|d| d.starts_with("Budapest Konvention")),
            "{found:?}"
        );
    }

    #[test]
    fn eu_acts_un_symbols_and_compound_names() {
        assert_eq!(
            ids("Die KI-Verordnung der EU (Verordnung (EU) 2024/1689) gilt."),
            ["KI-Verordnung", "Verordnung (EU) 2024/1689"]
        );
        assert_eq!(
            ids("nach Richtlinie 95/46/EG und Regulation (EU) No 910/2014"),
            ["Richtlinie 95/46/EG", "Regulation (EU) 910/2014"]
        );
        assert_eq!(
            ids("approved the draft (A/C.1/80/L.41) and S/2024/123; see A/HRC/RES/58/12."),
            ["A/C.1/80/L.41", "S/2024/123", "A/HRC/RES/58/12"]
        );
        assert_eq!(
            ids("Der Bundestag hat das NIS-2-Umsetzungsgesetz beschlossen."),
            ["NIS-2-Umsetzungsgesetz"]
        );
        assert_eq!(
            ids("Nach Inkrafttreten des NIS-2-Umsetzungsgesetzes und des DSA-Vertrags"),
            ["NIS-2-Umsetzungsgesetz", "DSA-Vertrag"]
        );
        assert!(ids("Eine EU-Verordnung und ein UN-Abkommen").is_empty());
        assert!(ids("https://example.org/A/B/12/x and a/b/1").is_empty());
    }

    #[test]
    fn names_start_and_end_where_the_name_does() {
        assert_eq!(
            ids("negotiate within the Convention on Certain Conventional Weapons (CCW) and"),
            ["Convention on Certain Conventional Weapons"]
        );
        assert_eq!(
            ids("verweist auf die Budapester Konvention über Computerkriminalität."),
            ["Budapester Konvention über Computerkriminalität"]
        );
        assert_eq!(
            ids("keinen Verweis auf die UN-Konvention gegen Cyberkriminalität (Hanoi-Konvention)"),
            ["UN-Konvention gegen Cyberkriminalität"]
        );
        assert!(ids("über ein Abkommen gegen Ransomware beendet").is_empty());
    }

    #[test]
    fn a_provision_with_its_parts_and_its_law_is_one_document() {
        assert_eq!(
            ids("wegen eines Verstoßes gegen Art. 5 Abs. 2 DSGVO."),
            ["Art. 5 Abs. 2 DSGVO"]
        );
        assert_eq!(
            ids("nach Artikel 6 Absatz 1 Satz 2 der DSGVO und § 8a Abs. 3 BSIG"),
            ["Art. 6 Abs. 1 Satz 2 DSGVO", "§ 8a Abs. 3 BSIG"]
        );
        assert_eq!(
            ids("under Article 5(2) GDPR and Article 17 of the GDPR."),
            ["Art. 5(2) GDPR", "Art. 17 GDPR"]
        );
        assert_eq!(
            ids("Artikel 3 des Grundgesetzes und § 2 BSI-Gesetz"),
            ["Art. 3 Grundgesetz", "§ 2 BSI-Gesetz"]
        );
        // What follows the number without naming a law stays out.
        assert_eq!(ids("Die Verbote nach Artikel 5 greifen."), ["Art. 5"]);
        assert_eq!(ids("nach Art. 5 Regeln für"), ["Art. 5"]);
        // An act named after "of the" is the provision's law, as "Artikel 70 der KI-Verordnung".
        assert_eq!(ids("Article 5 of the AI Act applies"), ["Art. 5 AI Act"]);
        // A German noun and "zum" before an English act are not part of its name.
        assert_eq!(
            ids("Die Position zum Digital Fairness Act steht."),
            ["Digital Fairness Act"]
        );
        assert_eq!(ids("Abs. 2 gilt"), ["abs. 2"]);
    }

    #[test]
    fn titles_plans_pacts_and_acts_after_an_article() {
        assert_eq!(
            ids("Dem Gesetz zur Stärkung der Cyberresilienz im Gesundheitswesen stimmte er zu."),
            ["Gesetz zur Stärkung der Cyberresilienz im Gesundheitswesen"]
        );
        assert_eq!(
            ids("Das Kabinett hat den „Aktionsplan Kommunale Cybersicherheit“ beschlossen."),
            ["Aktionsplan Kommunale Cybersicherheit"]
        );
        assert_eq!(
            ids("eine Bilanz des Globalen Digitalpakts, der als Anhang des Zukunftspakts galt"),
            ["Globaler Digitalpakt", "Zukunftspakt"]
        );
        assert_eq!(
            ids("nach Art. 14 Cyber Resilience Act und Art. 3 Abs. 1 Data Act"),
            ["Art. 14 Cyber Resilience Act", "Art. 3 Abs. 1 Data Act"]
        );
        // "Article 5 of the AI Act" is not read as one.
        assert_ne!(ids("Article 5 of the AI Act"), ["Article 5 of the AI Act"]);
        assert_eq!(ids("Ja zum E-ID-Gesetz"), ["E-ID-Gesetz"]);
        assert_eq!(
            ids("dem Verwaltungscloud-Gesetz zugestimmt, nicht dem Bundes-Gesetz"),
            ["Verwaltungscloud-Gesetz"]
        );
        assert_eq!(
            ids("Frühjahr: Referentenentwurf für ein Länder-Cyberabwehrgesetz"),
            ["Länder-Cyberabwehrgesetz"]
        );
        // A committee is no document; a pact without a name neither.
        assert!(ids("Anhörung im Digitalausschuss zum Aktionsplan").is_empty());
        assert!(ids("ein Migrationspakt").is_empty());
    }

    #[test]
    fn a_law_named_by_one_compound() {
        assert_eq!(
            ids("Mittel aus dem Krankenhauszukunftsgesetz flossen."),
            ["Krankenhauszukunftsgesetz"]
        );
        assert_eq!(
            ids("Nach Inkrafttreten des Lieferkettengesetzes und der Datenschutz-Grundverordnung"),
            ["Lieferkettengesetz", "Datenschutz-Grundverordnung"]
        );
        assert_eq!(ids("im Strafgesetzbuch"), ["Strafgesetzbuch"]);
        // A kind of law, the bare word, a plural, a draft: no name.
        assert!(ids("den Entwurf des Durchführungsgesetzes").is_empty());
        assert!(ids("Das Gesetz und die Gesetze, der Gesetzentwurf").is_empty());
        assert!(ids("neue Sicherheitsgesetze und ein Sicherheitsgesetz").is_empty());
        assert!(ids("eine Rechtsverordnung des Bundes").is_empty());
        // Glued to a short form it is read once, whole.
        assert_eq!(
            ids("Der Bundestag hat das NIS-2-Umsetzungsgesetz beschlossen."),
            ["NIS-2-Umsetzungsgesetz"]
        );
        // A kind of law with a name before it is that law.
        assert_eq!(
            ids("Das Data-Act-Durchführungsgesetz wurde beschlossen."),
            ["Data-Act-Durchführungsgesetz"]
        );
        // The draft of a law names it; "ein" alone does not.
        assert_eq!(
            ids("Das Kabinett billigte den Entwurf eines Beschäftigtendatenschutzgesetzes."),
            ["Beschäftigtendatenschutzgesetz"]
        );
        assert!(ids("Geplant ist ein Beschäftigtendatenschutzgesetz.").is_empty());
    }

    #[test]
    fn each_trigger_word_is_listed_once() {
        // A word listed twice would be found for one of its groups only.
        let mut words: Vec<&str> = TRIGGER_WORDS
            .iter()
            .flat_map(|(_, list)| list.iter().copied())
            .chain(WELL_KNOWN_LAWS.iter().copied())
            .collect();
        let all = words.len();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), all);
    }

    #[test]
    fn a_provision_takes_the_law_found_after_it() {
        assert_eq!(
            ids(
                "under Article 22 of the General Data Protection Regulation and Annex III to the AI Act"
            ),
            [
                "Art. 22 General Data Protection Regulation",
                "Annex III AI Act"
            ]
        );
        assert_eq!(
            ids(
                "The Bill amends section 3ZA of the Computer Misuse Act 1990, in breach of clause 7."
            ),
            ["s. 3ZA Computer Misuse Act 1990", "cl. 7"]
        );
        assert_eq!(
            ids(
                "a violation of Article 8 (right to respect for private life) of the European Convention on Human Rights"
            ),
            ["Art. 8 European Convention on Human Rights"]
        );
        assert_eq!(
            ids("Aufgehoben werden § 11 Abs. 1 Z 8 und § 14 Abs. 3 SNG."),
            ["§ 11 Abs. 1 Z 8 SNG", "§ 14 Abs. 3 SNG"]
        );
    }

    #[test]
    fn long_german_titles_with_their_prepositions_and_ordinals() {
        assert_eq!(
            ids(
                "Der Bundestag hat das Gesetz zur Regelung des staatlichen Umgangs mit Sicherheitslücken in informationstechnischen Systemen beschlossen."
            ),
            [
                "Gesetz zur Regelung des staatlichen Umgangs mit Sicherheitslücken in informationstechnischen Systemen"
            ]
        );
        assert_eq!(
            ids(
                "das Gesetz zur Stärkung der Informationssicherheit in den Kommunen des Landes Nordrhein-Westfalen"
            ),
            [
                "Gesetz zur Stärkung der Informationssicherheit in den Kommunen des Landes Nordrhein-Westfalen"
            ]
        );
        // A place or a majority after the name is the sentence's.
        assert_eq!(
            ids("die UN-Konvention gegen Cyberkriminalität in Hanoi"),
            ["UN-Konvention gegen Cyberkriminalität"]
        );
        assert_eq!(
            ids("Das Gesetz zur Stärkung der Cybersicherheit mit Mehrheit beschlossen."),
            ["Gesetz zur Stärkung der Cybersicherheit"]
        );
        assert_eq!(
            ids(
                "Mit dem Ersten Gesetz zur Änderung des KRITIS-Dachgesetzes reagiert sie; die TKG-Novelle folgt."
            ),
            [
                "Erstes Gesetz zur Änderung des KRITIS-Dachgesetzes",
                "TKG-Novelle"
            ]
        );
        assert_eq!(
            ids(
                "Die Strategie für eine souveräne Verwaltungscloud gilt. Nach dem Durchführungsbeschluss (EU) 2023/1795 ist das so."
            ),
            [
                "Strategie für eine souveräne Verwaltungscloud",
                "Durchführungsbeschluss (EU) 2023/1795"
            ]
        );
    }

    #[test]
    fn english_names_with_framework_possessives_rules_and_years() {
        assert_eq!(
            ids("It passed the Framework Act on National Cybersecurity on Thursday."),
            ["Framework Act on National Cybersecurity"]
        );
        assert_eq!(
            ids("It violated the Children's Online Privacy Protection Act and the COPPA Rule."),
            ["Children's Online Privacy Protection Act", "COPPA Rule"]
        );
        assert!(ids("Democracy and the Rule of Law matter.").is_empty());
        assert_eq!(
            ids(
                "The Online Safety Amendment (Companion Chatbots and Minimum Age) Bill 2032 cleared the Senate."
            ),
            ["Online Safety Amendment (Companion Chatbots and Minimum Age) Bill 2032"]
        );
        assert_eq!(ids("Under the AI Act it is banned."), ["AI Act"]);
        // An amendment's name before "the" is the sentence's; the act's title after it is a
        // name. A bare "the Framework Act" is none.
        assert_eq!(
            ids(
                "the Partial Amendment to the Framework Act on the Development of Artificial Intelligence passed."
            ),
            ["Framework Act on the Development of Artificial Intelligence"]
        );
        assert!(ids("Since the Framework Act took effect, firms registered.").is_empty());
        assert_eq!(
            ids(
                "the resolution \"Protecting health-care infrastructure from malicious ICT activities\"; the resolution \"ignores the needs of many\""
            ),
            ["Protecting health-care infrastructure from malicious ICT activities"]
        );
    }

    #[test]
    fn agreements_pacts_rules_regulations_and_genitive_laws() {
        assert_eq!(
            ids("It joined the Government Procurement Agreement and the Pakt für die Zukunft."),
            ["Government Procurement Agreement", "Pakt für die Zukunft"]
        );
        assert_eq!(
            ids(
                "The Cyber Security and Resilience Act 2026 (Commencement No. 4) Regulations 2032 replace the NIS Regulations 2018."
            ),
            [
                "Cyber Security and Resilience Act 2026 (Commencement No. 4) Regulations 2032",
                "NIS Regulations 2018"
            ]
        );
        assert_eq!(
            ids("under Rule 7 of the Digital Personal Data Protection Rules, 2025"),
            ["r. 7 Digital Personal Data Protection Rules, 2025"]
        );
        assert_eq!(
            ids(
                "Der Entwurf des Gesetzes über den Einsatz von Systemen künstlicher Intelligenz in der Bundesverwaltung liegt vor."
            ),
            [
                "Gesetz über den Einsatz von Systemen künstlicher Intelligenz in der Bundesverwaltung"
            ]
        );
        assert_eq!(
            ids(
                "Sie hat den Entwurf eines Gesetzes über den Einsatz von Systemen künstlicher Intelligenz vorgelegt."
            ),
            ["Gesetz über den Einsatz von Systemen künstlicher Intelligenz"]
        );
        // Without a title after it the document word names none.
        assert!(ids("Die Unterzeichnung der Konvention steht an.").is_empty());
        assert_eq!(
            ids("Thursday on the Cloud and AI Development Act; With the Cyber Resilience Act"),
            ["Cloud and AI Development Act", "Cyber Resilience Act"]
        );
        assert_eq!(
            ids(
                "Article 8 of the Act on Promotion of Competition for Specified Smartphone Software"
            ),
            ["Art. 8 Act on Promotion of Competition for Specified Smartphone Software"]
        );
        assert_eq!(ids("nach Art. 74a–74h ISG"), ["Art. 74a–74h ISG"]);
    }

    #[test]
    fn a_states_adjective_is_part_of_its_laws_name() {
        assert_eq!(
            ids(
                "Er beschloss das Sächsische Informationssicherheitsgesetz und die Novelle des Bayerischen Datenschutzgesetzes."
            ),
            [
                "Sächsisches Informationssicherheitsgesetz",
                "Bayerisches Datenschutzgesetz"
            ]
        );
    }

    #[test]
    fn council_acts_parts_of_acts_and_provisions_of_short_forms() {
        assert_eq!(
            ids(
                "under Council Decision (CFSP) 2019/797 and Council Implementing Regulation (EU) 2031/2705"
            ),
            [
                "Council Decision (CFSP) 2019/797",
                "Council Implementing Regulation (EU) 2031/2705"
            ]
        );
        assert_eq!(
            ids("under Part 4A of the Online Safety Act 2021"),
            ["Part 4A Online Safety Act 2021"]
        );
        assert_eq!(
            ids("Nach § 8 Abs. 3 KRITIS-DachG müssen Betreiber melden."),
            ["§ 8 Abs. 3 KRITIS-DachG"]
        );
    }

    #[test]
    fn state_bills_council_decisions_and_files_with_a_suffix() {
        assert_eq!(
            ids("Senate Bill 53 requires it; Halcyon violated section 1107.1 of the Labor Code."),
            ["Senate Bill 53", "s. 1107.1 Labor Code"]
        );
        assert_eq!(
            ids("auf Grundlage des Beschlusses (GASP) 2019/797; Az. 3 BJs 41/32-2"),
            ["Beschluss (GASP) 2019/797", "3 BJs 41/32-2"]
        );
    }

    #[test]
    fn files_by_their_institutions_numbers_and_cases_by_their_parties() {
        assert_eq!(
            ids(
                "(Case No. 3:32-cv-05126), PS Docket No. 24-146, FCC 33-27, SA.113402, 2031/0058(COD), (18734/AB), The Bill (Bill 187 2032-33)"
            ),
            [
                "3:32-cv-05126",
                "PS Docket No. 24-146",
                "FCC 33-27",
                "SA.113402",
                "2031/0058(COD)",
                "18734/AB",
                "Bill 187 2032-33"
            ]
        );
        assert_eq!(
            ids(
                "In the case of Horvat and Others v. Croatia (application no. 27415/31) and in Big Brother Watch and Others v. the United Kingdom, it held"
            ),
            [
                "Horvat and Others v. Croatia",
                "27415/31",
                "Big Brother Watch and Others v. the United Kingdom"
            ]
        );
        assert_eq!(
            ids("Der VfGH hob die Norm auf (G 214/2031 u. a.)."),
            ["G 214/2031"]
        );
        assert!(ids("Die G 20/2031 tagte.").is_empty());
    }

    #[test]
    fn no_documents_from_plain_words() {
        assert!(ids("Das Gesetz tritt in Kraft, die Strategie ist klar.").is_empty());
        assert!(ids("80/16 alone and 101 alone").is_empty());
    }

    #[test]
    fn court_files_letters_sections_and_years_of_laws() {
        assert_eq!(
            ids("das der Bundestag geändert hatte (Az. 1 BvR 1160/27). Auch 2 BvE 3/24."),
            ["1 BvR 1160/27", "2 BvE 3/24"]
        );
        assert_eq!(
            ids("verbietet in Art. 5 Abs. 1 Buchst. h grundsätzlich"),
            ["Art. 5 Abs. 1 Buchst. h"]
        );
        assert_eq!(
            ids("as required by section 12 of the Online Safety Act 2023, Ofcom found"),
            ["s. 12 Online Safety Act 2023"]
        );
        assert_eq!(
            ids("its largest penalty yet under the Online Safety Act 2023."),
            ["Online Safety Act 2023"]
        );
        assert_eq!(
            ids("eine Novelle des Telekommunikationsgesetzes 2021 (TKG 2021), die"),
            ["Telekommunikationsgesetz 2021"]
        );
        // A year and a verb after the law tell a time.
        assert_eq!(
            ids("hat das Telekommunikationsgesetz 2021 geändert"),
            ["Telekommunikationsgesetz"]
        );
        assert_eq!(
            ids("mit ihrer Resolution 1/2028 zur Arbeitsgrundlage"),
            ["Resolution 1/2028"]
        );
    }

    #[test]
    fn files_and_papers_by_their_institutions_numbers() {
        for (text, id) in [
            (
                "bestätigt (Beschluss vom 23. April 2024, KVB 56/22).",
                "KVB 56/22",
            ),
            ("im Verfahren B6-41/31 eingeleitet", "B6-41/31"),
            ("under OMB memorandum M-22-09, agencies", "M-22-09"),
            ("Motion S8M-04512 was agreed to.", "S8M-04512"),
            ("Stage 3 of the Bill (SP Bill 41A) began", "SP Bill 41A"),
            (
                "im Verfahren INFR(2032)2117 ein Schreiben",
                "INFR(2032)2117",
            ),
            (
                "the Regulation (L.N. 87 of 2033) to the meeting",
                "L.N. 87 of 2033",
            ),
            (
                "its report (LC Paper No. CB(1)1147/2033) to the Council",
                "LC Paper No. CB(1)1147/2033",
            ),
            (
                "vgl. BVerfGE 141, 220 zur Rasterfahndung",
                "BVerfGE 141, 220",
            ),
            (
                "In its special report 05/2022 the Court found",
                "Special report 05/2022",
            ),
            ("are set out in Annex A.", "Annex A"),
        ] {
            assert_eq!(ids(text), [id], "{text}");
        }
        // A band's name, a year's range, a model: no file.
        assert!(ids("the M-22 motorway and B6 road").is_empty());
        assert!(ids("der Airbus A-320 flog").is_empty());
    }

    #[test]
    fn sections_and_clauses_by_their_number_where_a_law_is_spoken_of() {
        assert_eq!(
            ids(
                "The Amendment Ordinance will come into operation on 1 January, except for section 9."
            ),
            ["Amendment Ordinance", "s. 9"]
        );
        assert_eq!(
            ids("The Council passed amendments to clause 12 and a new clause 19A."),
            ["cl. 12", "cl. 19A"]
        );
        assert_eq!(ids("After section 12"), ["s. 12"]);
        // No law spoken of, a section numbered within, or one of a report: none.
        let sections = |text: &str| -> Vec<String> {
            ids(text)
                .into_iter()
                .filter(|id| id.starts_with("s. "))
                .collect()
        };
        assert!(sections("As section 3 shows, costs rose.").is_empty());
        assert!(sections("The Bill is discussed in section 3.2 below.").is_empty());
        assert!(sections("The Act's costs are set out in section 4 of this report.").is_empty());
    }

    #[test]
    fn provisions_take_the_law_named_after_them() {
        assert_eq!(
            ids("aus Art. 2 Abs. 1 in Verbindung mit Art. 1 Abs. 1 GG ein"),
            ["Art. 2 Abs. 1 GG", "Art. 1 Abs. 1 GG"]
        );
        assert_eq!(
            ids("nach Art. 81 Abs. 1 Nr. 2 der Sächsischen Verfassung nötig"),
            ["Art. 81 Abs. 1 Nr. 2 Sächsische Verfassung"]
        );
        assert_eq!(
            ids("verstoße gegen Art. 6 Abs. 2 der Thüringer Verfassung, die"),
            ["Art. 6 Abs. 2 Thüringer Verfassung"]
        );
        assert_eq!(
            ids("nach Art. 13 Abs. 2 der Bundesverfassung geschützt"),
            ["Art. 13 Abs. 2 Bundesverfassung"]
        );
        // "der Verfassung" alone points back to one named before.
        assert_eq!(ids("nach Art. 6 Abs. 2 der Verfassung"), ["Art. 6 Abs. 2"]);
        assert_eq!(
            ids("der neue § 44a SächsPVDG und § 167a TKG 2021 gelten"),
            ["§ 44a SächsPVDG", "§ 167a TKG 2021"]
        );
        // Not joined: each its own.
        assert_eq!(ids("nach § 44a Abs. 4 unverzüglich"), ["§ 44a Abs. 4"]);
        // A state's adjective before a compound with a short form; a longer compound whole.
        assert_eq!(
            ids("Der Landtag hat das Bayerische KI-Verwaltungsgesetz beschlossen."),
            ["Bayerisches KI-Verwaltungsgesetz"]
        );
        let got = ids(
            "Zum Regierungsentwurf eines Dritten Gesetzes zur Anpassung des Datenschutzrechts nahm er Stellung.",
        );
        assert!(
            got.contains(&"Drittes Gesetz zur Anpassung des Datenschutzrechts".to_string()),
            "{got:?}"
        );
        assert_eq!(
            ids("das Begleitgesetz (OZG-Änderungsgesetz 2032) passierte"),
            ["OZG-Änderungsgesetz 2032"]
        );
        assert_eq!(
            ids("hat das OZG-Änderungsgesetz 2032 geändert"),
            ["OZG-Änderungsgesetz"]
        );
        assert_eq!(
            ids("mit dem Hessischen Krankenhaus-IT-Sicherheitsgesetz"),
            ["Hessisches Krankenhaus-IT-Sicherheitsgesetz"]
        );
        // Strategies by their year; an act's name with "from".
        assert_eq!(
            ids("die Cybersicherheitsstrategie für Deutschland 2033 und die Digitalstrategie"),
            ["Cybersicherheitsstrategie für Deutschland 2033"]
        );
    }

    #[test]
    fn a_short_form_in_parentheses_restates_the_name_and_names_the_law_later() {
        let mut ctx = ExtractContext::default();
        let mut found = Vec::new();
        let first = "Der Bundesrat hat die Botschaft zum Bundesgesetz über künstliche Intelligenz (KIG) verabschiedet. Die Novelle ändert die Strafprozessordnung (StPO) und das Telekommunikationsgesetz 2021 (TKG 2021).";
        extract(first, &mut ctx, &mut found);
        found.sort_by_key(|f| f.span.start);
        let texts: Vec<&str> = found.iter().map(|f| &first[f.span.clone()]).collect();
        assert_eq!(
            texts,
            [
                "Bundesgesetz über künstliche Intelligenz",
                "Strafprozessordnung",
                "Telekommunikationsgesetz 2021"
            ]
        );
        let mut later = Vec::new();
        let second =
            "Das KIG verfolgt einen risikobasierten Ansatz, E-KIG nicht; die DSGVO gilt daneben.";
        extract(second, &mut ctx, &mut later);
        later.sort_by_key(|f| f.span.start);
        let texts: Vec<&str> = later.iter().map(|f| &second[f.span.clone()]).collect();
        assert_eq!(texts, ["KIG", "DSGVO"]);
    }

    #[test]
    fn names_begin_after_the_sentences_words() {
        assert_eq!(
            ids("die Vorgaben des Cybersecurity Act umsetzen"),
            ["Cybersecurity Act"]
        );
        assert_eq!(
            ids("Der Folgeprozess zum Global Digital Compact beginnt."),
            ["Global Digital Compact"]
        );
        assert_eq!(
            ids("das Zusatzprotokoll zum Übereinkommen gegen Cyberkriminalität"),
            ["Zusatzprotokoll zum Übereinkommen gegen Cyberkriminalität"]
        );
        assert!(ids("First Committee Approves Text Calling for Treaty").is_empty());
    }

    #[test]
    fn sections_budgets_business_and_reports_by_number() {
        assert_eq!(
            ids(
                "breached its duties under sections 10 and 12 of the Act, and under section 21 by not acting"
            ),
            ["ss. 10 and 12", "s. 21"]
        );
        assert_eq!(
            ids(
                "under section 12(2) of Ontario's Personal Health Information Protection Act, 2004"
            ),
            ["s. 12(2) Personal Health Information Protection Act, 2004"]
        );
        assert!(ids("As section 3 of this report shows").is_empty());
        assert_eq!(
            ids("im Einzelplan 06, Kapitel 2403, und Motion 30.3127 nach Ziffer 9"),
            ["Einzelplan 06", "Kapitel 2403", "Motion 30.3127", "Ziff. 9"]
        );
        assert_eq!(
            ids("laut Cybercrime-Report 2030 und der National Cyber Threat Assessment 2033-2034"),
            [
                "Cybercrime-Report 2030",
                "National Cyber Threat Assessment 2033-2034"
            ]
        );
        assert_eq!(
            ids("stellten den Bericht „Die Lage der IT-Sicherheit in Deutschland 2031“ vor"),
            ["Die Lage der IT-Sicherheit in Deutschland 2031"]
        );
    }

    #[test]
    fn papers_and_files_by_their_institutions_numbers() {
        assert_eq!(
            ids(
                "Gesetzentwurf der Bundesregierung für ein Gesetz (22/6417) und Ausschussdrucksache 22(23)187"
            ),
            ["Drucksache 22/6417", "Ausschussdrucksache 22(23)187"]
        );
        assert_eq!(
            ids(
                "keinen Einspruch zu erheben (2874 d.B. sowie 11608/BR d.B.), Bericht Reihe Bund 2031/18"
            ),
            ["2874 d.B.", "11608/BR d.B.", "Reihe Bund 2031/18"]
        );
        assert_eq!(
            ids("unter dem Aktenzeichen 121 UJs 2093/32 und im Urteil KZR 17/31"),
            ["121 UJs 2093/32", "KZR 17/31"]
        );
        assert_eq!(
            ids(
                "proposal COM(2032) 518, directive BOD 32-01, report GAO-32-106214 and Opinion 309 (2031)"
            ),
            [
                "COM(2032) 518",
                "BOD 32-01",
                "GAO-32-106214",
                "Opinion 309 (2031)"
            ]
        );
        // A number in parentheses without a bill before it is none.
        assert!(ids("Die Quote lag bei (22/6417) Punkten.").is_empty());
    }

    #[test]
    fn articles_together_names_with_numbers_and_long_titles() {
        assert_eq!(
            ids(
                "under Articles 3 and 4 of the text and Article 17, paragraph 3, of the Convention"
            ),
            ["Arts. 3 and 4", "Art. 17 para. 3"]
        );
        assert_eq!(
            ids("Der Chips Act 2 und nach Paragraf 264 des Strafgesetzbuchs strafbar"),
            ["Chips Act 2", "§ 264 Strafgesetzbuch"]
        );
        assert_eq!(
            ids(
                "das E-Government-Anpassungsgesetz 2032 keinen Einspruch, das Passgesetz 1992 angepasst"
            ),
            ["E-Government-Anpassungsgesetz 2032", "Passgesetz"]
        );
        assert_eq!(
            ids(
                "the ePrivacy Directive and the Recommendation of the Council on Artificial Intelligence"
            ),
            [
                "ePrivacy Directive",
                "Recommendation of the Council on Artificial Intelligence"
            ]
        );
        assert_eq!(
            ids(
                "the Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law"
            ),
            [
                "Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law"
            ]
        );
        assert_eq!(
            ids(
                "Der Verhaltenskodex zur Bekämpfung von Desinformation gilt, der Verhaltenskodex für diese Modelle nicht."
            ),
            ["Verhaltenskodex zur Bekämpfung von Desinformation"]
        );
    }

    #[test]
    fn gazettes_and_codes_by_volume_and_number() {
        assert_eq!(
            ids(
                "verkündet im BGBl. I Nr. 245 und im BGBl. I Nr. 12/2032 sowie BGBl. 2023 I S. 1234"
            ),
            [
                "BGBl. I Nr. 245",
                "BGBl. I Nr. 12/2032",
                "BGBl. 2023 I S. 1234"
            ]
        );
        assert_eq!(
            ids("publiziert im ABl. L 123 und in BBl 2030 2417, AS 2032 123, SR 235.1"),
            ["ABl. L 123", "BBl 2030 2417", "AS 2032 123", "SR 235.1"]
        );
        assert_eq!(
            ids("under 47 U.S.C. § 230(c)(1) and 16 C.F.R. 312.5, as OJ L 2024/1689 says"),
            ["47 U.S.C. § 230(c)(1)", "16 C.F.R. 312.5", "OJ L 2024/1689"]
        );
        assert_eq!(
            ids(
                "under 18 U.S.C. § 2339B and the Fourth Amendment, as 945 F.3d 641 (2d Cir. 2019) held"
            ),
            [
                "18 U.S.C. § 2339B",
                "Fourth Amendment",
                "945 F.3d 641 (2d Cir. 2019)"
            ]
        );
        assert!(ids("the fourth amendment to the bill was withdrawn").is_empty());
        assert!(ids("Die SR 12 fuhr, AS 12 spielte, das OJ war leer.").is_empty());
    }

    #[test]
    fn files_papers_annexes_and_codes() {
        assert_eq!(
            ids("Das Verwaltungsgericht (Az. 6 K 1234/29) und der BGH (VI ZR 12/30) entschieden."),
            ["6 K 1234/29", "VI ZR 12/30"]
        );
        assert_eq!(
            ids(
                "LG Leipzig – Urteil vom 17. Februar 2031 – 8 O 1412/30. Amtsgericht Hannover (Az. 261 OWi 1142/32)."
            ),
            ["8 O 1412/30", "261 OWi 1142/32"]
        );
        assert_eq!(
            ids(
                "the subject of Security Advisory 2032-087 and of Cyber Brief 01/2033; Decision on the merits 27/2033 of 9 February"
            ),
            [
                "Security Advisory 2032-087",
                "Cyber Brief 01/2033",
                "Decision on the merits 27/2033"
            ]
        );
        // Without a file's word, "3 K 12/29" is not read as one.
        assert!(ids("Es waren 3 K 12/29 Punkte.").is_empty());
        assert_eq!(ids("In der Rechtssache C-311/18 urteilte"), ["C-311/18"]);
        assert_eq!(
            ids("it filed a notice under court file T-2214-29."),
            ["T-2214-29"]
        );
        assert_eq!(
            ids("das Gesetz (Drucksache 21/4312) und die BT-Drucksache 20/17"),
            ["Drucksache 21/4312", "BT-Drucksache 20/17"]
        );
        assert_eq!(ids("the committee's report, HC 1423, found"), ["HC 1423"]);
        assert_eq!(
            ids("Systeme nach Anhang III und Annex I"),
            ["Anhang III", "Annex I"]
        );
        assert_eq!(ids("Part 2B of the Act requires"), ["Part 2B"]);
        assert!(ids("Part 2 of this report").is_empty());
        assert_eq!(
            ids("den Hiroshima-Verhaltenskodex und den Verhaltenskodex der Branche"),
            ["Hiroshima-Verhaltenskodex"]
        );
        assert!(ids("einen EU-Verhaltenskodex").is_empty());
        assert_eq!(
            ids(
                "the NIS2 Directive and the General Data Protection Regulation, not the EU Directive"
            ),
            ["NIS2 Directive", "General Data Protection Regulation"]
        );
        assert_eq!(
            ids("das Rahmenübereinkommen über künstliche Intelligenz gezeichnet"),
            ["Rahmenübereinkommen über künstliche Intelligenz"]
        );
        assert_eq!(
            ids("des Übereinkommens der Vereinten Nationen gegen Cyberkriminalität"),
            ["Übereinkommen der Vereinten Nationen gegen Cyberkriminalität"]
        );
    }

    #[test]
    fn compounds_of_several_parts_and_english_names_in_german_sentences() {
        assert_eq!(
            ids("Der Bundestag hat die Internet-Governance-Strategie der Bundesregierung beraten."),
            ["Internet-Governance-Strategie"]
        );
        assert_eq!(
            ids("Frist für Stellungnahmen zum Umsetzungsplan des Global Digital Compact"),
            ["Global Digital Compact"]
        );
        assert_eq!(
            ids("an amendment to the Online Safety (Children) Bill that would bar"),
            ["Online Safety (Children) Bill"]
        );
        assert!(ids("as President Bill Clinton said").is_empty());
        assert_eq!(
            ids(
                "Die Rahmenkonvention des Europarats über künstliche Intelligenz haben elf Staaten ratifiziert."
            ),
            ["Rahmenkonvention des Europarats über künstliche Intelligenz"]
        );
        assert!(ids("ein Abkommen der beiden Staaten").is_empty());
    }

    #[test]
    fn numbered_decisions_opinions_and_files_with_their_department() {
        assert_eq!(
            ids("Die Kommission erließ den Beschluss C(2031) 918 am Montag."),
            ["C(2031) 918"]
        );
        assert_eq!(
            ids("See the joint opinion CDL-PI(2030)012 of the Venice Commission."),
            ["CDL-PI(2030)012"],
        );
        assert_eq!(
            ids(
                "It recalls Recommendation CM/Rec(2020)1 of the Committee of Ministers under the Ordinance (Cap. 486)."
            ),
            ["CM/Rec(2020)1", "Cap. 486"]
        );
        assert_eq!(
            ids(
                "Die Staatsanwaltschaft (Az. 12/4 Js 30411/32) und der Ermittlungsrichter (412 Gs 77/33)."
            ),
            ["12/4 Js 30411/32", "412 Gs 77/33"]
        );
    }

    #[test]
    fn provisions_with_suffixes_and_codes_named_before_them() {
        assert_eq!(
            ids("Es gilt § 20a Abs. 1 BSIG-E, nicht § 8b BSIG."),
            ["§ 20a Abs. 1 BSIG-E", "§ 8b BSIG"]
        );
        assert_eq!(
            ids("It is enforced under 15 U.S.C. § 6502-4(b) and Penal Law § 156-aa."),
            ["15 U.S.C. § 6502-4(b)", "s. 156-aa Penal Law"]
        );
        assert_eq!(
            ids("Under Civil Practice Law and Rules section 3211 it moved."),
            ["s. 3211 Civil Practice Law and Rules"]
        );
        let mut out = Vec::new();
        let mut ctx = ExtractContext {
            lang: Lang::En,
            ..ExtractContext::default()
        };
        extract(
            "The Assembly passed A. 512 and S. 4410-B on Monday.",
            &mut ctx,
            &mut out,
        );
        let got: Vec<String> = out
            .into_iter()
            .filter_map(|f| match f.value {
                FactValue::Document(d) => Some(d.id),
                _ => None,
            })
            .collect();
        assert_eq!(got, ["S. 4410-B"]);
    }

    #[test]
    fn a_delegated_regulation_in_the_nominative() {
        assert_eq!(
            ids("gemäß Artikel 3 der Delegierten Verordnung (EU) 2023/2772 der Kommission"),
            ["Art. 3 Delegierte Verordnung (EU) 2023/2772"]
        );
    }

    #[test]
    fn laws_bills_and_files_by_their_countries_numbers() {
        assert_eq!(
            ids("A Câmara aprovou o PL 2630/2020; Art. 5 PL 2630/2020 trata disso."),
            ["PL 2630/2020", "Art. 5 PL 2630/2020"]
        );
        assert_eq!(
            ids("Chile's Ley 19.628 and Brazil's Lei 13.709 apply; das Gesetz 10.000 Betriebe."),
            ["Ley 19.628", "Lei 13.709"]
        );
        assert_eq!(
            ids("The Chamber adopted Bill No 7981, and the Assurance No. 31-204 ended it."),
            ["Bill No 7981", "Assurance No. 31-204"]
        );
        assert_eq!(
            ids("Der Ständerat behandelt das Geschäft 31.064 im Juni."),
            ["31.064"]
        );
        assert_eq!(
            ids("in Civil Appeal No. E118 of 2030 the court"),
            ["E118 of 2030"]
        );
        assert_eq!(
            ids("Der Ausschuss billigte das Begleitgesetz (21/3307) am Mittwoch."),
            ["Drucksache 21/3307"]
        );
    }

    #[test]
    fn provisions_of_protocols_rules_of_procedure_and_forms() {
        assert_eq!(
            ids(
                "It breaches Article 1 of Protocol No. 12 and Rule 42 of the Assembly's Rules of Procedure."
            ),
            ["Art. 1 Protocol No. 12", "r. 42 Rules of Procedure"]
        );
        assert_eq!(
            ids("They filed under Item 8.01 of Form 8-K on Friday."),
            ["Item 8.01 Form 8-K"]
        );
        assert_eq!(
            ids(
                "under Article 8 of the European Convention on Extradition and of Article 2 of Protocol No. 4 to it"
            ),
            [
                "Art. 8 European Convention on Extradition",
                "Art. 2 Protocol No. 4"
            ]
        );
    }

    #[test]
    fn a_name_after_and_the_and_laws_of_a_day() {
        assert_eq!(
            ids(
                "It breached the rules of 2030 and the Consumer Credit (Disclosure) Regulations, 2024."
            ),
            ["Consumer Credit (Disclosure) Regulations, 2024"]
        );
        assert_eq!(
            ids(
                "The bill amends the law of 14 August 2018 on data protection and the law of 2 March 2021 on the CSSF. It"
            ),
            [
                "law of 14 August 2018 on data protection",
                "law of 2 March 2021 on the CSSF"
            ]
        );
        assert_eq!(
            ids(
                "Article 45 of the law of January 6, 1978 on information technology, data files and civil liberties."
            ),
            [
                "Art. 45 law of January 6, 1978 on information technology, data files and civil liberties"
            ]
        );
    }

    #[test]
    fn reports_with_their_year_and_long_titles_of_bills() {
        assert_eq!(
            ids(
                "Figures from the Hong Kong Threat Landscape 2029 report show it; the May 2030 report too."
            ),
            ["Hong Kong Threat Landscape 2029"]
        );
        assert_eq!(
            ids(
                "Laut dem Lagebild Rechtsextremismus 2031 und dem Bundeslagebild 2030 stieg die Zahl."
            ),
            ["Lagebild Rechtsextremismus 2031", "Bundeslagebild 2030"]
        );
        assert_eq!(
            ids(
                "Bill S-12, An Act to amend the Criminal Code and the Privacy Act, which the Senate passed."
            ),
            [
                "Bill S-12",
                "An Act to amend the Criminal Code and the Privacy Act"
            ]
        );
    }

    #[test]
    fn quoted_german_titles_and_amendments_of_the_basic_law() {
        assert_eq!(
            ids(
                "Der Entwurf heißt „Gesetz zur Stärkung der digitalen Souveränität und zur Förderung offener Software“."
            ),
            ["Gesetz zur Stärkung der digitalen Souveränität und zur Förderung offener Software"]
        );
        assert_eq!(
            ids(
                "Der Bundesrat billigte das Gesetz zur Änderung des Grundgesetzes (Artikel 73 und 87e) am Freitag."
            ),
            ["Gesetz zur Änderung des Grundgesetzes (Artikel 73 und 87e)"]
        );
    }

    #[test]
    fn a_state_strategy_in_the_nominative_with_its_year() {
        assert_eq!(
            ids(
                "Sie folgt der Nationalen Datenstrategie und der Schweizerischen Strategie für Digitalisierung 2030-2034."
            ),
            [
                "Nationale Datenstrategie",
                "Schweizerische Strategie für Digitalisierung 2030-2034"
            ]
        );
    }

    /// The documents of `text` in text order, as (text, value), read as English or German.
    fn found(text: &str, lang: Lang) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut ctx = ExtractContext {
            lang,
            ..ExtractContext::default()
        };
        extract(text, &mut ctx, &mut out);
        out.sort_by_key(|f| f.span.start);
        out.into_iter()
            .filter_map(|f| match f.value {
                FactValue::Document(d) => Some((text.get(f.span)?.to_string(), d.id)),
                _ => None,
            })
            .collect()
    }

    fn values(text: &str, lang: Lang) -> Vec<String> {
        found(text, lang).into_iter().map(|(_, v)| v).collect()
    }

    #[test]
    fn numbered_texts_of_boards_and_standards_bodies() {
        assert_eq!(
            values(
                "The Board adopted Opinion 22/2032, Guidelines 01/2025 on pseudonymisation and Statement 3/2031.",
                Lang::En
            ),
            ["Opinion 22/2032", "Guidelines 01/2025", "Statement 3/2031"]
        );
        assert_eq!(
            values(
                "It follows NIST SP 800-189 Rev. 1, TR-02102-1, OECD/LEGAL/0449 and Binding Operational Directive 32-02.",
                Lang::En
            ),
            [
                "NIST SP 800-189 Rev. 1",
                "TR-02102-1",
                "OECD/LEGAL/0449",
                "Binding Operational Directive 32-02"
            ]
        );
        assert_eq!(
            values(
                "under Resolution 130 (Rev. Bucharest, 2022) of the ITU",
                Lang::En
            ),
            ["Resolution 130 (Rev. Bucharest, 2022)"]
        );
        assert_eq!(
            values(
                "The OECD Digital Economy Outlook 2031 finds that adoption rose.",
                Lang::En
            ),
            ["OECD Digital Economy Outlook 2031"]
        );
        // A year alone after the word is no number of a series.
        assert!(values("The Guidelines 2025 were late.", Lang::En).is_empty());
    }

    #[test]
    fn decisions_valued_by_their_number() {
        assert_eq!(
            found(
                "The Board passed Resolution 2033.06.16.04; see Deliberation SAN-2031-019.",
                Lang::En
            ),
            [
                (
                    "Resolution 2033.06.16.04".to_string(),
                    "2033.06.16.04".to_string()
                ),
                (
                    "Deliberation SAN-2031-019".to_string(),
                    "SAN-2031-019".to_string()
                )
            ]
        );
        assert_eq!(
            values("Mit Beschluss 2033.03.09.11 hat der Vorstand …", Lang::De),
            ["2033.03.09.11"]
        );
    }

    #[test]
    fn a_head_word_before_act_or_bill_goes_on() {
        assert_eq!(
            values(
                "It amends the Online Safety and Media Regulation Act 2022 today.",
                Lang::En
            ),
            ["Online Safety and Media Regulation Act 2022"]
        );
        assert_eq!(
            values(
                "Artificial Intelligence (Children's Safety) Bill passes second reading",
                Lang::En
            ),
            ["Artificial Intelligence (Children's Safety) Bill"]
        );
    }

    #[test]
    fn a_second_name_after_and_the_keeps_its_first_words() {
        assert_eq!(
            values(
                "It absorbs the Act on Promotion of Information Protection and the Information and Communications Infrastructure Protection Act, and more.",
                Lang::En
            ),
            [
                "Act on Promotion of Information Protection",
                "Information and Communications Infrastructure Protection Act"
            ]
        );
        assert_eq!(
            values(
                "the Tunis Agenda for the Information Society and the Framework Convention",
                Lang::En
            ),
            [
                "Tunis Agenda for the Information Society",
                "Framework Convention"
            ]
        );
    }

    #[test]
    fn an_english_title_goes_on_with_in_but_not_into_a_place_or_a_time() {
        assert_eq!(
            values(
                "The Code of Good Practice in Electoral Matters applies.",
                Lang::En
            ),
            ["Code of Good Practice in Electoral Matters"]
        );
        assert_eq!(
            values(
                "The Convention on Cybercrime in New York was signed.",
                Lang::En
            ),
            ["Convention on Cybercrime"]
        );
    }

    #[test]
    fn bills_stages_and_drafts() {
        assert_eq!(
            values(
                "It follows the Third Reading of the Critical Infrastructure (Cyber Resilience) Bill on Tuesday.",
                Lang::En
            ),
            ["Critical Infrastructure (Cyber Resilience) Bill"]
        );
        assert_eq!(
            values("Committee Backs Draft Frontier AI Bill", Lang::En),
            ["Frontier AI Bill"]
        );
        assert_eq!(
            values("The Dáil passed Bill No. 118 of 2032 last night.", Lang::En),
            ["Bill No. 118 of 2032"]
        );
        assert_eq!(
            values("It delays the Colorado AI Act (SB 24-205).", Lang::En),
            ["Colorado AI Act", "SB 24-205"]
        );
        assert_eq!(
            found(
                "The House rejected New Clause 7 and an amendment to clause 9; see paragraphs 44 to 52.",
                Lang::En
            ),
            [
                ("New Clause 7".to_string(), "New Clause 7".to_string()),
                ("clause 9".to_string(), "cl. 9".to_string()),
                (
                    "paragraphs 44 to 52".to_string(),
                    "paras. 44 to 52".to_string()
                )
            ]
        );
        // A German page stays a page; a bill's number beside an American act is one.
        assert_eq!(
            values("Er nennt den „AI Leadership Act“ (S. 2214).", Lang::De),
            ["AI Leadership Act", "S. 2214"]
        );
        assert!(values("Siehe S. 2214 des Berichts.", Lang::De).is_empty());
    }

    #[test]
    fn provisions_numbered_in_parts_and_french_code_articles() {
        assert_eq!(
            values(
                "He pleaded guilty under 18 U.S.C. § 1030(a)(5)(A) and 16 C.F.R. Part 312.",
                Lang::En
            ),
            ["18 U.S.C. § 1030(a)(5)(A)", "16 C.F.R. Part 312"]
        );
        assert_eq!(
            values("The range in guideline §2B1.1 applies.", Lang::En),
            ["§2B1.1"]
        );
        assert_eq!(
            values(
                "It requires age checks under a new section 139ZM of the Act.",
                Lang::En
            ),
            ["s. 139ZM"]
        );
        assert_eq!(
            values(
                "Section 22.4(a) of the ICANN Bylaws requires it, as does section 1107.1 of the Labor Code.",
                Lang::En
            ),
            ["s. 22.4(a) ICANN Bylaws", "s. 1107.1 Labor Code"]
        );
        assert_eq!(
            values(
                "It breached Article L. 1221-8 of the Labour Code and Article L151-3 of the Monetary and Financial Code.",
                Lang::En
            ),
            [
                "Art. L. 1221-8 Labour Code",
                "Art. L151-3 Monetary and Financial Code"
            ]
        );
    }

    #[test]
    fn budget_laws_austrian_short_forms_and_ordinances_with_adjectives() {
        assert_eq!(
            values(
                "Der Nationalrat hat das Bundesfinanzgesetz 2033 beschlossen. Im Bundesfinanzrahmengesetz 2033 bis 2036 ist nichts vorgesehen. Eine Novelle des E-Government-Gesetzes soll § 4 Abs. 5 E-GovG ändern.",
                Lang::De
            ),
            [
                "Bundesfinanzgesetz 2033",
                "Bundesfinanzrahmengesetz 2033 bis 2036",
                "E-Government-Gesetz",
                "§ 4 Abs. 5 E-GovG"
            ]
        );
        assert_eq!(
            values(
                "Er ändert die Verordnung über die elektronische Stimmabgabe. Es wird im Sächsischen Gesetz- und Verordnungsblatt verkündet.",
                Lang::De
            ),
            ["Verordnung über die elektronische Stimmabgabe"]
        );
        assert_eq!(
            values(
                "Die Revision des E-ID-Gesetzes kommt. Das Gesetz zur Einführung einer Speicherpflicht für IP-Adressen und zur Sicherung von Verkehrsdaten gilt. Das Gesetz zur Stärkung der Cybersicherheit in Baden-Württemberg und zur Änderung polizeirechtlicher Vorschriften ist da.",
                Lang::De
            ),
            [
                "E-ID-Gesetz",
                "Gesetz zur Einführung einer Speicherpflicht für IP-Adressen und zur Sicherung von Verkehrsdaten",
                "Gesetz zur Stärkung der Cybersicherheit in Baden-Württemberg und zur Änderung polizeirechtlicher Vorschriften"
            ]
        );
        // An adjective of time after the name is the sentence's.
        assert_eq!(
            values(
                "Das Kabinett billigte den Entwurf eines Gesetzes über den Einsatz von Systemen künstlicher Intelligenz in der Bundesverwaltung vergangene Woche.",
                Lang::De
            ),
            [
                "Gesetz über den Einsatz von Systemen künstlicher Intelligenz in der Bundesverwaltung"
            ]
        );
        assert_eq!(
            values(
                "What the Global Digital Compact adds is money. Section 94 of the former Consumer Privacy Protection Act set it.",
                Lang::En
            ),
            [
                "Global Digital Compact",
                "s. 94 Consumer Privacy Protection Act"
            ]
        );
    }

    #[test]
    fn a_french_law_by_number_date_and_a_list_of_subjects() {
        assert_eq!(
            values(
                "It applied Law No. 78-17 of 6 January 1978 on information technology, data files and civil liberties.",
                Lang::En
            ),
            [
                "Law No. 78-17 of 6 January 1978 on information technology, data files and civil liberties"
            ]
        );
        // A comma not closing a list with "and" is the sentence's.
        assert_eq!(
            values(
                "the law of 28 May 2019 on network security, which was amended",
                Lang::En
            ),
            ["law of 28 May 2019 on network security"]
        );
        assert_eq!(
            values(
                "in accordance with Article 108 § 1 of the Act of 3 December 2017 establishing the Data Protection Authority. A bill amending Article 221 § 2 of the Act of 30 July 2018 on the protection of natural persons with regard to the processing of personal data by 89 votes to 41.",
                Lang::En
            ),
            [
                "Art. 108 § 1 Act of 3 December 2017 establishing the Data Protection Authority",
                "Art. 221 § 2 Act of 30 July 2018 on the protection of natural persons with regard to the processing of personal data"
            ]
        );
        assert_eq!(
            values(
                "so viele wie unter dem Gesetz vom 28. Mai 2019 über die Netz- und Informationssicherheit, das aufgehoben wird.",
                Lang::De
            ),
            ["Gesetz vom 28. Mai 2019 über die Netz- und Informationssicherheit"]
        );
    }

    #[test]
    fn german_names_compounds_and_apposition() {
        assert_eq!(
            values(
                "Sie verweist auf die E-Commerce-Richtlinie und das E-Government-Anpassungsgesetz 2032.",
                Lang::De
            ),
            [
                "E-Commerce-Richtlinie",
                "E-Government-Anpassungsgesetz 2032"
            ]
        );
        assert_eq!(
            values(
                "ob die Verordnung (EU) 2024/1689 (KI-Verordnung) weitere Vorgaben nötig macht",
                Lang::De
            ),
            ["Verordnung (EU) 2024/1689", "KI-Verordnung"]
        );
        // A short form restating the name is none of its own.
        assert_eq!(
            values("das Telekommunikationsgesetz (TKG) gilt", Lang::De),
            ["Telekommunikationsgesetz"]
        );
        assert_eq!(
            values(
                "Der Landtag beschloss das Kommunale Informationssicherheitsgesetz.",
                Lang::De
            ),
            ["Kommunales Informationssicherheitsgesetz"]
        );
        assert_eq!(
            values(
                "Der Bundesrat berät das Gesetz zur Erprobung von KI-Systemen in Reallaboren.",
                Lang::De
            ),
            ["Gesetz zur Erprobung von KI-Systemen in Reallaboren"]
        );
        assert_eq!(
            values(
                "Das Gesetz zur Stärkung der Cybersicherheit in Sachsen wurde beschlossen.",
                Lang::De
            ),
            ["Gesetz zur Stärkung der Cybersicherheit"]
        );
    }

    #[test]
    fn runs_of_paragraphs_latin_ordinals_and_capital_suffixes() {
        assert_eq!(
            found(
                "der Abgleich nach § 4 Abs. 2 und 3 FlugDaG ist zulässig",
                Lang::De
            ),
            [(
                "§ 4 Abs. 2 und 3 FlugDaG".to_string(),
                "§ 4 Abs. 2 und 3 FlugDaG".to_string()
            )]
        );
        assert_eq!(
            values("gemäß Art. 6 Abs. 1, 2 und 4 DSGVO", Lang::De),
            ["Art. 6 Abs. 1, 2 und 4 DSGVO"]
        );
        // A count after the paragraph is no second paragraph.
        assert_eq!(
            values("nach § 5 Abs. 2 und 30 weiteren Vorschriften", Lang::De),
            ["§ 5 Abs. 2"]
        );
        assert_eq!(
            values("Kern ist ein neuer Art. 179undecies StGB.", Lang::De),
            ["Art. 179undecies StGB"]
        );
        assert_eq!(values("Art. 41bis gilt.", Lang::De), ["Art. 41bis"]);
        assert_eq!(
            values("They insert a new Rule 10A for children.", Lang::En),
            ["r. 10A"]
        );
    }

    #[test]
    fn a_section_or_clause_at_a_sentences_start() {
        assert_eq!(
            found("Under clause 4, platforms must refund victims.", Lang::En),
            [("clause 4".to_string(), "cl. 4".to_string())]
        );
        assert_eq!(
            values(
                "Under a new section 19A of the principal Act, platforms must act.",
                Lang::En
            ),
            ["s. 19A"]
        );
        assert!(values("Under a new plan, 12 sections will close.", Lang::En).is_empty());
    }

    #[test]
    fn recommendations_plain_eu_numbers_swiss_laws_and_initiatives() {
        assert_eq!(
            values(
                "It builds on Commission Recommendation (EU) 2024/779 on secure cables.",
                Lang::En
            ),
            ["Commission Recommendation (EU) 2024/779"]
        );
        assert_eq!(
            found(
                "within the meaning of Article 2(1) of Directive 2016/943, it must",
                Lang::En
            ),
            [(
                "Article 2(1) of Directive 2016/943".to_string(),
                "Art. 2(1) Directive 2016/943".to_string()
            )]
        );
        assert_eq!(
            values(
                "im Rahmen des geplanten Bundesgesetzes über Kommunikationsplattformen",
                Lang::De
            ),
            ["Bundesgesetz über Kommunikationsplattformen"]
        );
        assert_eq!(
            values(
                "Sie geht auf die parlamentarische Initiative 28.437 zurück.",
                Lang::De
            ),
            ["parlamentarische Initiative 28.437"]
        );
    }

    #[test]
    fn a_names_month_and_the_parties_to_a_treaty_are_no_part_of_it() {
        assert_eq!(
            values(
                "It builds on the EU Action Plan on Cable Security of February 2025.",
                Lang::En
            ),
            ["EU Action Plan on Cable Security"]
        );
        assert_eq!(
            values(
                "the Conference of the States Parties to the United Nations Convention against Cybercrime agreed",
                Lang::En
            ),
            ["United Nations Convention against Cybercrime"]
        );
    }

    #[test]
    fn charters_their_chapters_and_council_resolutions_of_the_article() {
        assert_eq!(
            found(
                "The resolution was not adopted under Chapter VII of the Charter.",
                Lang::En
            ),
            [("Chapter VII".to_string(), "Chapter VII".to_string())]
        );
        assert!(found("Chapter IV of this report explains it.", Lang::En).is_empty());
        assert_eq!(
            values(
                "It reaffirmed that the Charter of the United Nations applies.",
                Lang::En
            ),
            ["Charter of the United Nations"]
        );
        assert_eq!(
            values(
                "the right in Article 8 of the Charter of Fundamental Rights of the European Union",
                Lang::En
            ),
            ["Art. 8 Charter of Fundamental Rights of the European Union"]
        );
        // The Council named in the block, the Security Council elsewhere in the article.
        let text = "By the terms of resolution 2874 (2032), the Council recalled its resolution 2573 (2021).";
        assert!(values(text, Lang::En).is_empty());
        let mut ctx = ExtractContext {
            lang: Lang::En,
            security_council: true,
            ..ExtractContext::default()
        };
        let mut out = Vec::new();
        extract(text, &mut ctx, &mut out);
        let ids: Vec<String> = out
            .into_iter()
            .filter_map(|f| match f.value {
                FactValue::Document(d) => Some(d.id),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["S/RES/2874 (2032)", "S/RES/2573 (2021)"]);
        assert!(speaks_of_the_security_council(
            "The Security Council adopted it."
        ));
    }

    #[test]
    fn swiss_titles_in_guillemets_after_their_items() {
        assert_eq!(
            values(
                "Die Vorlage geht auf die parlamentarische Initiative 28.437 «Schutz der Persönlichkeit vor Deepfakes» zurück.",
                Lang::De
            ),
            [
                "parlamentarische Initiative 28.437",
                "Schutz der Persönlichkeit vor Deepfakes"
            ]
        );
        assert_eq!(
            found(
                "der Standesinitiative des Kantons Genf «Für ein Recht auf digitale Integrität» (30.312) keine Folge zu geben",
                Lang::De
            ),
            [
                (
                    "Für ein Recht auf digitale Integrität".to_string(),
                    "Für ein Recht auf digitale Integrität".to_string()
                ),
                ("30.312".to_string(), "30.312".to_string())
            ]
        );
        // A quotation in guillemets is no title.
        assert!(values("«Wir handeln», sagte die Motionärin.", Lang::De).is_empty());
    }

    #[test]
    fn laws_and_decrees_numbered_in_their_year() {
        let text = "Royal Decree 311/2022, of 3 May, and Organic Law 3/2018 apply; Royal Decree-law \
                    9/2032 amends Law 7/2026.";
        assert_eq!(
            found(text, Lang::En),
            [
                (
                    "Royal Decree 311/2022".into(),
                    "Royal Decree 311/2022".into()
                ),
                ("Organic Law 3/2018".into(), "Organic Law 3/2018".into()),
                (
                    "Royal Decree-law 9/2032".into(),
                    "Royal Decree-law 9/2032".into()
                ),
                ("Law 7/2026".into(), "Law 7/2026".into()),
            ]
        );
        assert_eq!(
            values(
                "It breached the Italian Privacy Code (Legislative Decree No. 196/2003) and \
                 Presidential Decree No. 26/2022; Bill 2338/2023 is pending.",
                Lang::En
            ),
            [
                "Italian Privacy Code",
                "Legislative Decree No. 196/2003",
                "Presidential Decree No. 26/2022",
                "Bill 2338/2023"
            ]
        );
        // The year is part of a Brazilian law's dotted number.
        assert_eq!(
            values("under Article 11 of Law No. 13.709/2018.", Lang::En),
            ["Art. 11 Law No. 13.709/2018"]
        );
        // A share of seats or a score is no law: a law's number needs its year.
        assert!(values("The Law Commission met 7/10 times.", Lang::En).is_empty());
    }

    #[test]
    fn provisions_listed_with_commas() {
        assert_eq!(
            values("It breached Articles 5, 22 and 35 of the GDPR.", Lang::En),
            ["Arts. 5, 22 and 35 GDPR"]
        );
        assert_eq!(
            found(
                "the bank breached sections 24, 39 and 40 of the Nigeria Data Protection Act, \
                 2023 (NDPA), which",
                Lang::En
            ),
            [(
                "sections 24, 39 and 40 of the Nigeria Data Protection Act, 2023".into(),
                "ss. 24, 39 and 40 Nigeria Data Protection Act, 2023".into()
            )]
        );
        // Two stay a pair; a singular word takes no list.
        assert_eq!(
            values("under sections 10 and 12 and under section 5, 6", Lang::En),
            ["ss. 10 and 12", "s. 5"]
        );
    }

    #[test]
    fn american_subsections_down_to_capital_letters() {
        assert_eq!(
            values(
                "violated Section 5(m)(1)(A) of the FTC Act, the complaint says",
                Lang::En
            ),
            ["s. 5(m)(1)(A) FTC Act"]
        );
        assert_eq!(
            values("Section 503(b)(2)(D) applies.", Lang::En),
            ["s. 503(b)(2)(D)"]
        );
    }

    #[test]
    fn sec_forms_are_filings() {
        assert_eq!(
            values(
                "our Annual Report on Form 10-K and our Quarterly Report on Form 10-Q",
                Lang::En
            ),
            ["Form 10-K", "Form 10-Q"]
        );
        // The item of a form stays one document; a form without letters is a tool.
        assert_eq!(
            values("under Item 1.05 of Form 8-K and on Form 477", Lang::En),
            ["Item 1.05 Form 8-K"]
        );
    }

    #[test]
    fn court_decisions_by_their_reporter() {
        assert_eq!(
            found(
                "See MCI v. FCC, 515 F.2d 385 (D.C. Cir. 1974); Loper Bright, 603 U.S. 369 (2024).",
                Lang::En
            ),
            [
                ("MCI v. FCC".into(), "MCI v. FCC".into()),
                (
                    "515 F.2d 385 (D.C. Cir. 1974)".into(),
                    "515 F.2d 385 (D.C. Cir. 1974)".into()
                ),
                ("603 U.S. 369 (2024)".into(), "603 U.S. 369 (2024)".into()),
            ]
        );
        // The Code is no reporter; nor is a count of states.
        assert_eq!(
            values("under 47 U.S.C. § 227(b)", Lang::En),
            ["47 U.S.C. § 227(b)"]
        );
        assert!(values("all 50 U.S. states", Lang::En).is_empty());
    }

    #[test]
    fn commonwealth_titles_with_a_long_subject_in_parentheses() {
        assert_eq!(
            values(
                "The Privacy Amendment (Fair and Reasonable Handling and Other Measures) Bill 2032 \
                 passed.",
                Lang::En
            ),
            ["Privacy Amendment (Fair and Reasonable Handling and Other Measures) Bill 2032"]
        );
    }

    #[test]
    fn a_german_short_form_with_the_year_of_its_version() {
        assert_eq!(
            values(
                "Die bisherige Regelung im TKG 2021, BGBl. I Nr. 190/2021, sah",
                Lang::De
            ),
            ["TKG 2021", "BGBl. I Nr. 190/2021"]
        );
        // A year that goes on is no version's; a short form without "G" takes none.
        assert_eq!(
            values("Das TKG 2021/22 gilt; die DSGVO 2018 auch.", Lang::De),
            ["TKG", "DSGVO"]
        );
    }

    #[test]
    fn articles_of_the_constitution() {
        assert_eq!(
            values(
                "under Article 61 of the Constitution, 60 deputies",
                Lang::En
            ),
            ["Art. 61 Constitution"]
        );
        assert_eq!(
            values(
                "Article 21 of the Indian Constitution protects privacy.",
                Lang::En
            ),
            ["Art. 21 Indian Constitution"]
        );
    }

    #[test]
    fn agency_files_state_statutes_and_neutral_citations() {
        assert_eq!(
            values(
                "The case (FTC File No. 312-3047) and File No. EB-TCD-32-00035521 were closed.",
                Lang::En
            ),
            ["FTC File No. 312-3047", "File No. EB-TCD-32-00035521"]
        );
        assert_eq!(
            values(
                "It violated 815 ILCS 505/2 and the Student Online Personal Protection Act (105 \
                 ILCS 85).",
                Lang::En
            ),
            [
                "815 ILCS 505/2",
                "Student Online Personal Protection Act",
                "105 ILCS 85"
            ]
        );
        assert_eq!(
            values(
                "the determination ([2033] AICmr 9) and [2020] EWCA Civ 1058 were cited",
                Lang::En
            ),
            ["[2033] AICmr 9", "[2020] EWCA Civ 1058"]
        );
        // A year in brackets alone, or a footnote, is no citation.
        assert!(values("It said [2033] was key [20] times.", Lang::En).is_empty());
    }

    #[test]
    fn commonwealth_case_names_french_decisions_and_nigerian_suits() {
        assert_eq!(
            values(
                "The case against its parent, Australian Information Commissioner v Harbourside \
                 Health Group Pty Ltd (NSD 1472/2032), will be heard.",
                Lang::En
            ),
            // The Federal Court's file is a document of its own.
            [
                "Australian Information Commissioner v Harbourside Health Group Pty Ltd",
                "NSD 1472/2032"
            ]
        );
        // A "v" between words written small is no case.
        assert!(values("the vote was 5 v 4 in favour", Lang::En).is_empty());
        assert_eq!(
            values(
                "in its decision no. 2023-850 DC of 17 May 2023 and in 2020-843 QPC",
                Lang::En
            ),
            ["2023-850 DC", "2020-843 QPC"]
        );
        assert_eq!(
            values(
                "the suit, FHC/ABJ/CS/1174/2032, and appeal SC/CV/123/2023 are pending",
                Lang::En
            ),
            ["FHC/ABJ/CS/1174/2032", "SC/CV/123/2023"]
        );
        // Washington, DC is no decision.
        assert!(values("based in Washington, DC since 2023", Lang::En).is_empty());
    }

    #[test]
    fn statutes_and_plural_possessives_in_names() {
        assert_eq!(
            values(
                "which refers back to the safeguards in the Workers' Statute. The Rome Statute \
                 applies.",
                Lang::En
            ),
            ["Workers' Statute", "Rome Statute"]
        );
        // The word alone names none; a plural possessive before no document word neither.
        assert!(values("The Statute says so; the Workers' union agreed.", Lang::En).is_empty());
    }

    #[test]
    fn titles_of_american_acts() {
        assert_eq!(
            found(
                "conjuring authority from Title II that Congress never gave",
                Lang::En
            ),
            [("Title II".into(), "Title II".into())]
        );
        assert_eq!(
            values("under Title II of the Communications Act of 1934", Lang::En),
            ["Title II Communications Act of 1934"]
        );
        // A title without a Roman number is a heading's, no act's.
        assert!(values("Title 5 and the Title page", Lang::En).is_empty());
    }

    #[test]
    fn points_of_an_annex() {
        assert_eq!(
            found(
                "the systems listed in Annex III, point 5(b), to the AI Act, which cover",
                Lang::En
            ),
            [(
                "Annex III, point 5(b), to the AI Act".into(),
                "Annex III point 5(b) AI Act".into()
            )]
        );
        // A comma alone joins no provision to a law named after it.
        assert_eq!(
            values("under Article 5, GDPR fines rose", Lang::En),
            ["Art. 5", "GDPR"]
        );
    }

    #[test]
    fn japanese_act_numbers_and_articles_down_to_their_points() {
        assert_eq!(
            values(
                "under the Economic Security Promotion Act (Act No. 43 of 2022), METI said",
                Lang::En
            ),
            ["Economic Security Promotion Act", "Act No. 43 of 2022"]
        );
        assert_eq!(
            values(
                "breached Articles 5(1)(f), 32 and 44 of the GDPR.",
                Lang::En
            ),
            ["Arts. 5(1)(f), 32 and 44 GDPR"]
        );
    }

    #[test]
    fn amendments_new_clauses_and_subsections() {
        assert_eq!(
            values(
                "Amendment 3 was withdrawn. Government amendments 21 to 27 and amendment 22 were agreed. New clause 9 fell.",
                Lang::En
            ),
            [
                "Amendment 3",
                "Amendments 21 to 27",
                "Amendment 22",
                "New Clause 9"
            ]
        );
        assert_eq!(
            values(
                "Since then, new clause 11 would do another thing.",
                Lang::En
            ),
            ["New Clause 11"]
        );
        // A span after the word is no amendment's number; German text has none.
        assert!(values("The amendment 30 days later changed it.", Lang::En).is_empty());
        assert!(values("Das Amendment 3 fiel.", Lang::De).is_empty());
        assert_eq!(
            values("violations of subsection 5(3) of the act", Lang::En),
            ["s. 5(3)"]
        );
        assert!(values("see subsection 5 below", Lang::En).is_empty());
    }

    #[test]
    fn a_provision_takes_a_short_form_after_it() {
        assert_eq!(
            values(
                "in breach of the obligation under section 24 of the PDPA.",
                Lang::En
            ),
            ["s. 24 PDPA"]
        );
        assert_eq!(
            values(
                "required under section 26D(1) of the PDPA, it said",
                Lang::En
            ),
            ["s. 26D(1) PDPA"]
        );
        // A longer name, a possessive or a union is no law's short form.
        assert_eq!(
            values(
                "under section 24 of the EU, and under section 5 of the BBC's charter",
                Lang::En
            ),
            ["s. 24", "s. 5"]
        );
    }

    #[test]
    fn an_indian_subsection_is_part_of_its_section() {
        assert_eq!(
            values(
                "revised Directions under sub-section (6) of section 70B of the Information Technology Act, 2000 relating to",
                Lang::En
            ),
            ["s. 70B(6) Information Technology Act, 2000"]
        );
    }

    #[test]
    fn two_german_articles_share_their_law() {
        assert_eq!(
            values(
                "verstößt gegen Art. 13 und 14 DSGVO, so das Gericht",
                Lang::De
            ),
            ["Art. 13 und 14 DSGVO"]
        );
        assert_eq!(
            values("verstößt gegen Art. 13 und 14 der DSGVO.", Lang::De),
            ["Art. 13 und 14 DSGVO"]
        );
    }

    #[test]
    fn a_laws_ordinal_and_papers_hib_cites_beside_a_motion_or_an_answer() {
        assert_eq!(
            ids("Der Ausschuss billigte ein Zweites Datennutzungsgesetz."),
            ["Zweites Datennutzungsgesetz"]
        );
        assert_eq!(
            ids("Er billigte das Zweite Open-Data-Gesetz und die Novelle des Zweiten KI-Gesetzes."),
            ["Zweites Open-Data-Gesetz", "Zweites KI-Gesetz"]
        );
        assert_eq!(
            ids("Die Dritte KI-Verordnung gilt."),
            ["Dritte KI-Verordnung"]
        );
        // Written small, an ordinal counts laws, it names none.
        assert_eq!(ids("Das zweite KI-Gesetz folgt."), ["KI-Gesetz"]);
        assert_eq!(
            ids("Die Reform des Dritten Pflegestärkungsgesetzes kommt."),
            ["Drittes Pflegestärkungsgesetz"]
        );
        // Written small, an ordinal counts laws and names none.
        assert_eq!(
            ids("Es ist das zweite Datennutzungsgesetz."),
            ["Datennutzungsgesetz"]
        );
        assert_eq!(
            ids(
                "Das geht aus der Antwort der Bundesregierung (22/5604) auf eine Kleine Anfrage (22/5311) hervor."
            ),
            ["Drucksache 22/5604", "Drucksache 22/5311"]
        );
        assert_eq!(
            ids("Ein Entschließungsantrag der Grünen (22/5390) fiel."),
            ["Drucksache 22/5390"]
        );
        assert!(ids("Die Quote lag bei (12/400) im Mittel.").is_empty());
    }

    #[test]
    fn a_head_word_inside_an_acts_name_and_provisions_of_numbered_parts() {
        assert_eq!(
            ids("Bill C-8, the Digital Charter Implementation Act, 2032, would replace it."),
            ["Bill C-8", "Digital Charter Implementation Act, 2032"]
        );
        assert_eq!(
            ids("The Charter Amendment Act passed."),
            ["Charter Amendment Act"]
        );
        assert_eq!(
            ids(
                "It breached chapter 4, section 2 of the Patient Data Act, and Chapter 3 Section 5 of the Public Access Act."
            ),
            [
                "ch. 4 s. 2 Patient Data Act",
                "ch. 3 s. 5 Public Access Act"
            ]
        );
        assert_eq!(
            ids("read with rule 7 of the Digital Personal Data Protection Rules, 2025 to intimate"),
            ["r. 7 Digital Personal Data Protection Rules, 2025"]
        );
        assert!(ids("the rule 20 years ago and the rule 7 of them").is_empty());
        assert_eq!(
            ids("under the Data Protection Act (2018:218), SFS 2019:1182 and the Act (1050/2018)"),
            ["Data Protection Act", "2018:218", "2019:1182", "1050/2018"]
        );
        assert_eq!(ids("the Online Safety Act (2023)"), ["Online Safety Act"]);
        assert_eq!(
            ids(
                "Urteil 1C_318/2032; das Bundesverwaltungsgericht mit Urteil A-412/2032 (BGE 146 I 11)."
            ),
            ["1C_318/2032", "A-412/2032", "BGE 146 I 11"]
        );
        // The EU's courts number cases in two digits of the year.
        assert_eq!(ids("in case C-311/18 and 2032/2033"), ["C-311/18"]);
        assert_eq!(
            ids("gelten nach Art. 5 lit. c Ziff. 4 DSG als besonders schützenswert"),
            ["Art. 5 lit. c Ziff. 4 DSG"]
        );
        assert_eq!(
            ids(
                "Bundesrat, u. a. Verordnung zur Änderung der BSI-Kritisverordnung (Drucksache 96/33)"
            ),
            [
                "Verordnung zur Änderung der BSI-Kritisverordnung",
                "Drucksache 96/33"
            ]
        );
        assert!(ids("Die Verordnung der Kommission gilt, die Verordnung auch.").is_empty());
        assert_eq!(
            ids("Dienste unterliegen dem US-amerikanischen CLOUD Act, der Zugriff erlaubt."),
            ["CLOUD Act"]
        );
        assert_eq!(
            ids("The Anti-Money Laundering Act applies."),
            ["Anti-Money Laundering Act"]
        );
        assert_eq!(
            ids("Eingefügt mit der AMSG-Novelle 2031, die der Nationalrat beschloss."),
            ["AMSG-Novelle 2031"]
        );
        assert_eq!(
            ids("als die KRITIS-Novelle 2031 beschlossen wurde"),
            ["KRITIS-Novelle"]
        );
        // A quoted title in the genitive runs to its closing mark, past the commas of its list.
        assert_eq!(
            ids(
                "Der Entwurf eines „Gesetzes zur Stärkung der Cyberresilienz von Bund, Ländern und Kommunen“ liegt vor."
            ),
            ["Gesetz zur Stärkung der Cyberresilienz von Bund, Ländern und Kommunen"]
        );
        assert_eq!(
            ids("It is provided pursuant to Item 106 of Regulation S-K and Item 1C of Form 10-K."),
            ["Item 106 Regulation S-K", "Item 1C Form 10-K"]
        );
    }

    #[test]
    fn recitals_with_their_act() {
        assert_eq!(
            found(
                "Der Verband verweist auf Erwägungsgrund 47 DSGVO, wonach Werbung zulässig sein kann.",
                Lang::De
            ),
            [(
                "Erwägungsgrund 47 DSGVO".into(),
                "Erwägungsgrund 47 DSGVO".into()
            )]
        );
        assert_eq!(
            found(
                "Laut Erwägungsgrund 31 des Digital Fairness Act gilt das auch für Spiele.",
                Lang::De
            ),
            [(
                "Erwägungsgrund 31 des Digital Fairness Act".into(),
                "Erwägungsgrund 31 Digital Fairness Act".into()
            )]
        );
        assert_eq!(
            values("as recital 156 of the GDPR explains", Lang::En),
            ["recital 156 GDPR"]
        );
        // Without a number, a recital is a concert's.
        assert!(values("a recital of the Sonata in B minor", Lang::En).is_empty());
    }

    #[test]
    fn uk_statutory_instruments_by_year_and_number() {
        assert_eq!(
            values(
                "the Electronic Communications (Security Measures) Regulations 2022 (SI 2022/933) apply",
                Lang::En
            )
            .last()
            .map(String::as_str),
            Some("SI 2022/933")
        );
        assert!(
            !values("SI 12/933 units were sold", Lang::En)
                .iter()
                .any(|v| v.starts_with("SI"))
        );
    }

    #[test]
    fn statutes_by_their_number_alone() {
        assert_eq!(
            values(
                "The Bill amends the Cybersecurity Act, 2020 (Act 1038) and more.",
                Lang::En
            )
            .last()
            .map(String::as_str),
            Some("Act 1038")
        );
        assert_eq!(
            found("operating under Section 49 of Act 1038 will pay", Lang::En),
            [("Section 49 of Act 1038".into(), "s. 49 Act 1038".into())]
        );
        // An act's year is part of its name, and a number of one or two digits is a play's act.
        assert_eq!(
            values("the Data Protection Act 1998 applies", Lang::En),
            ["Data Protection Act 1998"]
        );
        assert!(values("the finale (Act 12) and a draft (Act 843a)", Lang::En).is_empty());
    }

    #[test]
    fn the_uk_gdpr_is_a_law_of_its_own() {
        assert_eq!(
            found(
                "breaching Article 33 of the UK GDPR, the ICO said",
                Lang::En
            ),
            [("Article 33 of the UK GDPR".into(), "Art. 33 UK GDPR".into())]
        );
        assert_eq!(
            values("duties under the UK GDPR and the GDPR", Lang::En),
            ["UK GDPR", "GDPR"]
        );
        // Only Britain's: another country or union before it says whose GDPR applies.
        assert_eq!(values("the EU GDPR applies", Lang::En), ["GDPR"]);
    }

    #[test]
    fn bundesrat_papers_under_a_bill() {
        assert_eq!(
            values(
                "Empfehlungen der Ausschüsse, Drucksache 498/1/32, und Antrag Drucksache 498/2/32",
                Lang::De
            ),
            ["Drucksache 498/1/32", "Drucksache 498/2/32"]
        );
        assert_eq!(
            values("Drucksache 21/4312.", Lang::De),
            ["Drucksache 21/4312"]
        );
    }

    #[test]
    fn oireachtas_amendments_by_their_numbers() {
        assert_eq!(
            values(
                "I move amendment No. 14: and Amendments Nos. 15 and 16 are related.",
                Lang::En
            ),
            ["Amendment No. 14", "Amendments Nos. 15 and 16"]
        );
        // A span after the word is no amendment's number, with "No." or without.
        assert!(values("the amendment 30 days later", Lang::En).is_empty());
    }

    #[test]
    fn lists_of_sections_and_regulations() {
        assert_eq!(
            values(
                "Relevant legal instruments: Sections 105A, 105C and 105K of the Communications Act 2003",
                Lang::En
            ),
            ["ss. 105A, 105C and 105K Communications Act 2003"]
        );
        assert_eq!(
            values(
                "the security measures in regulations 3, 6 and 7 of the 2022 rules",
                Lang::En
            ),
            ["regs. 3, 6 and 7"]
        );
        // The GDPR's points still close a list of articles.
        assert_eq!(
            values("Articles 5(1)(c) and 5(1)(d) GDPR", Lang::En),
            ["Arts. 5(1)(c) and 5(1)(d) GDPR"]
        );
        // Written small, a list of sections is a report's without a word of the law.
        assert!(values("see sections 3 and 4 below", Lang::En).is_empty());
    }

    #[test]
    fn commonwealth_sections_in_terms_of_the_act() {
        assert_eq!(
            values(
                "an assessment in terms of section 89 of POPIA, as required by section 22, for an offence referred to in section 107(a).",
                Lang::En
            ),
            ["s. 89 POPIA", "s. 22", "s. 107(a)"]
        );
        // "in terms of" alone, without a section, cites nothing.
        assert!(values("in terms of scale, section by section", Lang::En).is_empty());
    }

    #[test]
    fn a_regulation_of_named_regulations() {
        assert_eq!(
            values(
                "contrary to Regulation 13 of the Data Protection (General) Regulations, 2021 and regulation 5 of the Privacy and Electronic Communications Regulations 2003",
                Lang::En
            ),
            [
                "reg. 13 Data Protection (General) Regulations, 2021",
                "reg. 5 Privacy and Electronic Communications Regulations 2003"
            ]
        );
        // An EU regulation's number has its year; a count of regulations is none.
        assert_eq!(
            values("Regulation 2016/679 of the European Parliament", Lang::En),
            ["Regulation 2016/679"]
        );
        assert!(
            values(
                "a regulation 20 years old, the regulation 3 of them",
                Lang::En
            )
            .is_empty()
        );
    }

    #[test]
    fn a_section_written_small_before_a_short_form() {
        assert_eq!(
            values(
                "within 30 days, as section 25 of PAIA prescribes, and the factors in section 109(3) of POPIA.",
                Lang::En
            ),
            ["s. 25 PAIA", "s. 109(3) POPIA"]
        );
        // A state's, an organisation's or a report's section is no law's.
        assert!(
            values(
                "see section 3 of the EU and section 2 of the BBC's report",
                Lang::En
            )
            .is_empty()
        );
        assert!(values("as section 4 of this report shows", Lang::En).is_empty());
    }

    #[test]
    fn kenyan_act_and_legal_notice_numbers_and_gazette_supplements() {
        assert_eq!(
            values(
                "pursuant to Section 62 of the Data Protection Act, 2019 (No. 24 of 2019).",
                Lang::En
            ),
            ["s. 62 Data Protection Act, 2019", "No. 24 of 2019"]
        );
        assert_eq!(
            values(
                "the Data Protection (General) Regulations, 2021 (Legal Notice No. 263 of 2021). It was published in Kenya Gazette Supplement No. 58 on May 28.",
                Lang::En
            ),
            [
                "Data Protection (General) Regulations, 2021",
                "Legal Notice No. 263 of 2021",
                "Kenya Gazette Supplement No. 58"
            ]
        );
        // An issue's or a case's number is no law's.
        assert!(
            !values("as reported in the Review (No. 3 of 2019)", Lang::En)
                .iter()
                .any(|v| v.contains("No. 3"))
        );
    }
    #[test]
    fn sections_a_bill_inserts_and_parts_by_their_number() {
        assert_eq!(
            values(
                "A new section 22A bans it. The Commission must review section 48 of that Act. The new section 139ZQ applies after the commencement of section 139ZQ.",
                Lang::En
            ),
            ["s. 22A", "s. 48", "s. 139ZQ", "s. 139ZQ"]
        );
        assert_eq!(
            values(
                "Fines under Part 7 will match. I intend to commence Part 3 on Monday, on which section 6 comes into force. Amendment 3, in clause 14, page 11, line 4.",
                Lang::En
            ),
            ["Part 7", "Part 3", "s. 6", "Amendment 3", "cl. 14"]
        );
        // A report's parts and sections are none.
        assert!(
            values(
                "as shown in Part 3 of this report and in Part 2.1, the new section of the website",
                Lang::En
            )
            .is_empty()
        );
    }
    #[test]
    fn principles_schedules_resolutions_of_a_body_and_labelled_files() {
        assert_eq!(
            values(
                "Northlake had contravened Principle 4.7 of Schedule 1 to PIPEDA (safeguards) and Principle 4.1.4 (accountability), as well as section 10.1 of the Act, contrary to Australian Privacy Principle 11.1.",
                Lang::En
            ),
            [
                "Principle 4.7 Schedule 1 PIPEDA",
                "Principle 4.1.4",
                "s. 10.1",
                "Australian Privacy Principle 11.1"
            ]
        );
        // A principle of a list, numbered whole, is none.
        assert!(values("The Principle 3 of the list applies.", Lang::En).is_empty());
        assert_eq!(
            values(
                "It breached Data Protection Principle 4(1) of Schedule 1 to the PDPO, IPP 5 and the Biometric Processing Privacy Code 2025; by resolution 2032.05.12.03 the Board agreed.",
                Lang::En
            ),
            [
                "Data Protection Principle 4(1) Schedule 1 PDPO",
                "IPP 5",
                "Biometric Processing Privacy Code 2025",
                "2032.05.12.03"
            ]
        );
        assert_eq!(
            values(
                "approved by Resolution CD/ANPD No. 4, of February 24, 2023. Under Resolution CD/ANPD No. 1/2021, it will not. The cap is in Article 52, item II, of the LGPD.",
                Lang::En
            ),
            [
                "Resolution CD/ANPD No. 4, of February 24, 2023",
                "Resolution CD/ANPD No. 1/2021",
                "Art. 52 item II LGPD"
            ]
        );
        assert_eq!(
            values(
                "Schedule 2 commences 12 months after royal assent. I released the exposure draft of the Online Safety (Designated Services) Determination 2033 and the Privacy (Tax File Number) Rule 2015.",
                Lang::En
            ),
            [
                "Schedule 2",
                "Online Safety (Designated Services) Determination 2033",
                "Privacy (Tax File Number) Rule 2015"
            ]
        );
        // A schedule of no bill or act is a timetable's.
        assert!(values("Schedule 3 lists the hearings of the week.", Lang::En).is_empty());
        assert_eq!(
            values(
                "Paragraph 3 of Schedule 2 applies, as does Article 82 of the loi Informatique et Libertés.",
                Lang::En
            ),
            ["para. 3 Schedule 2", "Art. 82 loi Informatique et Libertés"]
        );
        assert_eq!(
            values(
                "heißt es im Beschluss mit dem Aktenzeichen AI/2032/0047. Az. vom 12.03.2031.",
                Lang::De
            ),
            ["AI/2032/0047"]
        );
        assert_eq!(
            values(
                "filed in United States v. Vocalis Labs, Inc., and its earlier Joint Opinion 3/2031. In deliberation SAN-2032-017, published as PIPEDA Findings #2032-002, in NSD 1472/2032.",
                Lang::En
            ),
            [
                "United States v. Vocalis Labs, Inc.",
                "Joint Opinion 3/2031",
                "SAN-2032-017",
                "PIPEDA Findings #2032-002",
                "NSD 1472/2032"
            ]
        );
        assert_eq!(
            values(
                "Die Kommission will einen Vorschlag für einen Data Centre Permitting Act vorlegen.",
                Lang::De
            ),
            ["Data Centre Permitting Act"]
        );
        assert!(values("Sie will einen neuen Act vorlegen.", Lang::De).is_empty());
        assert_eq!(
            values(
                "its decision of 19 January in case 2031-0874, unlike the case 2019-2021 review",
                Lang::En
            ),
            ["2031-0874"]
        );
        assert_eq!(
            values(
                "The bank acted contrary to sections 24 and 39 of the Nigeria Data Protection Act, 2023 (NDPA).",
                Lang::En
            ),
            ["ss. 24 and 39 Nigeria Data Protection Act, 2023"]
        );
    }

    /// The documents of the blocks of one article, read in order with one context.
    fn values_of_blocks(blocks: &[&str], lang: Lang) -> Vec<String> {
        let mut ctx = ExtractContext {
            lang,
            ..ExtractContext::default()
        };
        let mut all = Vec::new();
        for text in blocks {
            let mut out = Vec::new();
            extract(text, &mut ctx, &mut out);
            out.sort_by_key(|f| f.span.start);
            all.extend(out.into_iter().filter_map(|f| match f.value {
                FactValue::Document(d) => Some(d.id),
                _ => None,
            }));
        }
        all
    }

    #[test]
    fn a_short_form_named_once_names_its_law_alone_later() {
        // Defined after the act's number in parentheses.
        assert_eq!(
            values_of_blocks(
                &[
                    "A fine in terms of section 109 of the Protection of Personal Information Act, 2013 (Act No. 4 of 2013) (POPIA).",
                    "The maximum fine under POPIA is R10 million.",
                ],
                Lang::En
            ),
            [
                "s. 109 Protection of Personal Information Act, 2013",
                "Act No. 4 of 2013",
                "POPIA"
            ]
        );
        // Learnt from a provision that cites the law by it.
        assert_eq!(
            values_of_blocks(
                &[
                    "Nach § 30 Abs. 5 DSG kann die Behörde keine Strafen verhängen.",
                    "Die Regierung plant eine Novelle des DSG.",
                ],
                Lang::De
            ),
            ["§ 30 Abs. 5 DSG", "DSG"]
        );
        // Where the text defines it, the short form is no mention of its own.
        assert_eq!(
            values_of_blocks(
                &[
                    "in breach of Article 11 of the LGPD.",
                    "Law No. 13.709/2018 (the General Personal Data Protection Law - LGPD) and (hereinafter \"LGPD\").",
                ],
                Lang::En
            )
            .iter()
            .filter(|v| *v == "LGPD")
            .count(),
            0
        );
        // A state or an organisation is no law.
        assert!(
            !values_of_blocks(&["Article 5 of the UN Charter.", "The UN met."], Lang::En)
                .contains(&"UN".to_string())
        );
    }

    #[test]
    fn a_bodys_position_on_an_act_is_the_act() {
        assert_eq!(
            values(
                "its earlier Joint Opinion 3/2031 with the EDPB on the AI Act.",
                Lang::En
            ),
            ["Joint Opinion 3/2031", "AI Act"]
        );
        assert_eq!(
            values(
                "the Parliament and the Council on the ICT Supply Chain Security Act.",
                Lang::En
            ),
            ["ICT Supply Chain Security Act"]
        );
        // A name of its own with "on the" in it stays whole.
        assert_eq!(
            values("the Protecting Children on the Internet Act.", Lang::En),
            ["Protecting Children on the Internet Act"]
        );
    }

    #[test]
    fn ordinances_guidelines_and_guidance_notes_are_named_documents() {
        assert_eq!(
            values(
                "a report under section 48(2) of the Personal Data (Privacy) Ordinance (Cap. 486).",
                Lang::En
            ),
            ["s. 48(2) Personal Data (Privacy) Ordinance", "Cap. 486"]
        );
        assert_eq!(
            values(
                "The Regulator's Guidance Note on Security Compromises was revised, as were the Penalty Guidelines.",
                Lang::En
            ),
            [
                "Guidance Note on Security Compromises",
                "Penalty Guidelines"
            ]
        );
        // Guidance given to a company is no text.
        assert!(values("administrative guidance to Kasumi Logistics Co.", Lang::En).is_empty());
    }

    #[test]
    fn numbers_of_cases_and_files_after_their_label() {
        assert_eq!(
            values(
                "Upon investigation under reference ODPC/CMP/1873/2032, the Office found. Case reference: CW/01711/03/31.",
                Lang::En
            ),
            ["ODPC/CMP/1873/2032", "CW/01711/03/31"]
        );
        assert_eq!(
            values(
                "Das Verfahren (GZ: D550.812/2031) und (GZ 2032-0.714.229) sowie die Beschwerde-Nr. 41872/27.",
                Lang::De
            ),
            ["D550.812/2031", "2032-0.714.229", "41872/27"]
        );
        // No number of parts, a date, a telephone, a release's own number, or an act's number
        // another rule read.
        assert!(
            values(
                "Pressemitteilung Nr. 64/2032. Nr. 12, No. 1234, Nr. 12/03/2031, Tel. Nr. 030-2014-55.",
                Lang::De
            )
            .is_empty()
        );
        assert_eq!(
            values(
                "the Data Protection Act, 2019 (No. 24 of 2019) and Regulation (EU) No. 2019/881.",
                Lang::En
            )
            .len(),
            3
        );
    }

    #[test]
    fn civil_law_citations() {
        // Spanish parts of an article after points, Italian inserted articles, Swiss "ff.".
        assert_eq!(
            values(
                "in breach of Article 6.1 of the GDPR and Article 72.1.b) of Organic Law 3/2018; Article 9.2 applies.",
                Lang::En
            ),
            [
                "Art. 6.1 GDPR",
                "Art. 72.1.b) Organic Law 3/2018",
                "Art. 9.2"
            ]
        );
        assert_eq!(
            values(
                "Under Article 2-quinquies of the Italian Privacy Code.",
                Lang::En
            ),
            ["Art. 2-quinquies Italian Privacy Code"]
        );
        assert_eq!(
            values("Das Verfahren nach Art. 60 ff. DSG läuft.", Lang::De),
            ["Art. 60 ff. DSG"]
        );
        // A law or a decision by its number and its day: the number is the document.
        assert_eq!(
            values(
                "The decision (provvedimento no. 41 of 26 January 2033) applies Law No. 132 of 23 September 2025 and Legislative Decree No. 138 of 4 September 2024.",
                Lang::En
            ),
            [
                "provvedimento no. 41",
                "Law No. 132",
                "Legislative Decree No. 138"
            ]
        );
        // A list of files after one label; a file in parentheses.
        assert_eq!(
            values(
                "fines (procedures EXP203004127 and EXP203004388); a third procedure (EXP203101962); proceeding No. 00261.004187/2030-51.",
                Lang::En
            ),
            [
                "EXP203004127",
                "EXP203004388",
                "EXP203101962",
                "00261.004187/2030-51"
            ]
        );
        // Years of a procedure are no file.
        assert!(values("the procedures 2029-2031 went on", Lang::En).is_empty());
    }

    #[test]
    fn printed_papers_under_one_plural_label() {
        assert_eq!(
            values("Drucksachen 22/5518, 22/7019", Lang::De),
            ["Drucksache 22/5518", "Drucksache 22/7019"]
        );
    }

    #[test]
    fn orders_opinions_directives_and_codes_by_their_names() {
        assert_eq!(
            values(
                "sanctioned under Executive Order 13694, as the Court held in Opinion 1/15; under Binding Operational Directive (BOD) 22-01.",
                Lang::En
            ),
            [
                "Executive Order 13694",
                "Opinion 1/15",
                "Binding Operational Directive 22-01"
            ]
        );
        assert_eq!(
            values(
                "It breached the Protection of Children Codes of Practice and the Reducing Scam Calls and Scam SMs Code.",
                Lang::En
            ),
            [
                "Protection of Children Codes of Practice",
                "Reducing Scam Calls and Scam SMs Code"
            ]
        );
        // A headline's verb still ends the words before a name.
        assert_eq!(
            values(
                "First Committee Approves Text Calling for Treaty on Autonomous Weapons",
                Lang::En
            ),
            ["Treaty on Autonomous Weapons"]
        );
    }

    #[test]
    fn a_lands_laws_with_the_land() {
        assert_eq!(
            values(
                "Das KI-Verwaltungsgesetz NRW ändert § 35a VwVfG NRW.",
                Lang::De
            ),
            ["KI-Verwaltungsgesetz NRW", "§ 35a VwVfG NRW"]
        );
        // A Land after a provision's law is learnt as no law of its own.
        assert_eq!(
            values_of_blocks(
                &["Nach § 35a VwVfG NRW gilt das.", "In NRW gilt es."],
                Lang::De
            ),
            ["§ 35a VwVfG NRW"]
        );
    }

    #[test]
    fn cases_and_treaties_by_their_series_numbers() {
        assert_eq!(
            values(
                "The Commission opened proceedings under the DMA (case DMA.100231) and the Agency's case no. 2031-431-0187.",
                Lang::En
            ),
            ["DMA", "DMA.100231", "2031-431-0187"]
        );
        assert_eq!(
            values("das Übereinkommen (SEV Nr. 225) des Europarates", Lang::De),
            ["SEV Nr. 225"]
        );
    }

    #[test]
    fn a_current_reports_item_named_without_its_form() {
        assert_eq!(
            values(
                "The filing, made under Item 1.05 of the form, came four days later; Item 1.05 of Form 8-K applies.",
                Lang::En
            ),
            ["Item 1.05", "Item 1.05 Form 8-K"]
        );
        assert!(values("under agenda Item 4.01 and Item 2.5", Lang::En).is_empty());
    }
}
