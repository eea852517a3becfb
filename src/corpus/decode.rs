//! Turns a file's bytes into clean text: encoding detection, newline normalisation, and removal
//! of control characters and terminal escape sequences.
//!
//! Nothing after this step sees raw bytes, so no article can move the cursor, retitle the
//! terminal or write the clipboard.

use std::borrow::Cow;

/// Why bytes could not be turned into an article's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("binary file (contains NUL bytes)")]
    Binary,
    #[error("empty file")]
    Empty,
    #[error("file holds only whitespace")]
    Blank,
}

/// Decoded text and the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Like [`decode`], but takes the bytes: clean UTF-8 (the common case) becomes the text
/// without a copy.
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    let clean_utf8 = !bytes.starts_with(b"\xEF\xBB\xBF")
        && !bytes.starts_with(b"\xFF\xFE")
        && !bytes.starts_with(b"\xFE\xFF")
        && !needs_cleaning(&bytes);
    if clean_utf8 {
        match String::from_utf8(bytes) {
            Ok(text) if text.trim().is_empty() => Err(if text.is_empty() {
                DecodeError::Empty
            } else {
                DecodeError::Blank
            }),
            Ok(text) => Ok(Decoded {
                text,
                encoding: "UTF-8",
            }),
            Err(e) => decode(e.as_bytes()),
        }
    } else {
        decode(&bytes)
    }
}

/// Whether the bytes hold a control character or a lead byte of U+0080–U+00BF (C1 controls,
/// no-break and soft hyphens), which `sanitize` changes. Checked 64 bytes at a time in a form
/// the compiler vectorises: a byte-by-byte search that can stop anywhere was a tenth of the
/// work of parsing a corpus.
fn needs_cleaning(bytes: &[u8]) -> bool {
    let special = |b: u8| (b < 0x20 && b != b'\n') | (b == 0x7F) | (b == 0xC2);
    bytes
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |found, &b| found | special(b)))
}

/// Decodes bytes: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else Windows-1252.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let (raw, encoding): (Cow<str>, &'static str) =
        if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
            (String::from_utf8_lossy(rest), "UTF-8")
        } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
            (decode_utf16(rest, u16::from_le_bytes), "UTF-16LE")
        } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
            (decode_utf16(rest, u16::from_be_bytes), "UTF-16BE")
        } else if memchr0(bytes) {
            return Err(DecodeError::Binary);
        } else {
            match std::str::from_utf8(bytes) {
                Ok(s) => (Cow::Borrowed(s), "UTF-8"),
                Err(e) if e.error_len().is_none() || mostly_utf8(bytes) => {
                    (String::from_utf8_lossy(bytes), "UTF-8 (repaired)")
                }
                Err(_) => {
                    let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
                    (s, "windows-1252")
                }
            }
        };
    let text = sanitize(&raw).into_owned();
    if text.trim().is_empty() {
        return Err(if text.is_empty() {
            DecodeError::Empty
        } else {
            DecodeError::Blank
        });
    }
    Ok(Decoded { text, encoding })
}

/// UTF-8 with a few broken sequences (a file cut mid-character, one bad byte) is still UTF-8;
/// Windows-1252 text almost never forms valid multi-byte sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        broken += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > 0 && multibyte >= broken * 4
}

fn memchr0(bytes: &[u8]) -> bool {
    bytes.contains(&0)
}

fn decode_utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> Cow<'static, str> {
    let units = bytes.chunks_exact(2).map(|c| read([c[0], c[1]]));
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    Cow::Owned(text)
}

/// Normalises newlines to `\n`, turns tabs into spaces and removes every other control
/// character together with any escape sequence it starts (CSI, OSC, DCS, SOS, PM, APC, in their
/// 7-bit `ESC x` and 8-bit C1 forms). NUL and other C0 characters go too.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    // A quick scan for any byte that could start something to clean; exact check only then.
    let bytes = text.as_bytes();
    if !needs_cleaning(bytes)
        || !bytes
            .iter()
            .enumerate()
            .any(|(i, &b)| needs_cleaning_byte(bytes, i, b))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\r' => {
                out.push('\n');
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            '\t' => out.push(' '),
            '\u{1b}' => match chars.next() {
                // CSI: parameters and intermediates, then one final byte in @..~
                Some('[') => skip_csi(&mut chars),
                // OSC, DCS, SOS, PM, APC: a string up to BEL or ST (ESC \)
                Some(']' | 'P' | 'X' | '^' | '_') => skip_string(&mut chars),
                // Other escapes (charset selection etc.) take intermediates and one final char.
                Some(c) if (' '..='/').contains(&c) => {
                    while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
                    chars.next();
                }
                _ => {}
            },
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// C0 controls but `\n`, DEL, and C1 controls (encoded as `C2 80`..`C2 9F`), found by bytes so
/// the common clean text is checked without decoding characters.
fn needs_cleaning_byte(bytes: &[u8], i: usize, b: u8) -> bool {
    (b < 0x20 && b != b'\n')
        || b == 0x7F
        || (b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
}

fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars>) {
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            break;
        }
        // A line break ends a broken sequence without eating the text after it.
        if c == '\n' {
            break;
        }
    }
}

fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        decode(bytes).expect("decodes").text
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(text("Grüße".as_bytes()), "Grüße");
        assert_eq!(text(b"\xEF\xBB\xBFGr\xC3\xBC\xC3\x9Fe"), "Grüße");
        assert_eq!(decode(b"\xEF\xBB\xBFx").unwrap().encoding, "UTF-8");
    }

    #[test]
    fn windows_1252_umlauts_come_out_right() {
        // "Überprüfung – 5 €" in Windows-1252
        let d = decode(b"\xDCberpr\xFCfung \x96 5 \x80").unwrap();
        assert_eq!(d.text, "Überprüfung – 5 €");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Köln\r\n".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Köln\r\n".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(text(&le), "Köln\n");
        assert_eq!(text(&be), "Köln\n");
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn newlines_are_normalised() {
        assert_eq!(text(b"a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn escape_sequences_and_controls_are_removed() {
        let hostile =
            "A\x1b[2JB\x1b]0;pwned\x07C\x1b]52;c;aGk=\x1b\\D\x1bPq#0\x1b\\E\u{9b}31mF\x08G\tH";
        assert_eq!(text(hostile.as_bytes()), "ABCDEFG H");
    }

    #[test]
    fn owned_decoding_agrees_with_borrowed() {
        for bytes in [
            &b"Gr\xC3\xBC\xC3\x9Fe\n"[..],
            b"\xDCber",
            b"a\r\nb",
            b"\xEF\xBB\xBFx",
            b"",
            b"  ",
            b"\x00x",
            b"\xC2\x9B31mX",
        ] {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert_eq!(decode(b"PNG\0\0\x01"), Err(DecodeError::Binary));
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t \r\n"), Err(DecodeError::Blank));
        assert_eq!(decode(b"\x1b[2J"), Err(DecodeError::Empty));
    }

    #[test]
    fn truncated_utf8_falls_back_without_losing_text() {
        // "Grüße" cut in the middle of "ß"
        let d = decode(b"Gr\xC3\xBC\xC3").unwrap();
        assert_eq!(d.text, "Grü\u{FFFD}");
        assert_eq!(d.encoding, "UTF-8 (repaired)");
    }
}
