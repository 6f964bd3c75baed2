//! Byte decoding: UTF-8 (with or without BOM) and UTF-16 with BOM.
//!
//! Word and Notepad save "Unicode text" as UTF-16 with a byte-order mark, and students
//! paste from everywhere, so decoding is forgiving: invalid sequences become U+FFFD and are
//! reported once, with where they start, instead of failing the file. Only NUL bytes in
//! what should be UTF-8 mark a file as binary.

/// A decoding problem that still left a usable text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeIssue {
    /// Invalid byte sequences were replaced with U+FFFD.
    InvalidEncoding {
        /// Offset in the decoded text of the first replacement character.
        offset: usize,
        /// How many replacement characters were inserted.
        count: usize,
        /// The encoding the bytes were decoded as ("UTF-8", "UTF-16LE", "UTF-16BE").
        encoding: &'static str,
    },
}

/// The bytes are not a text document.
#[derive(Debug)]
pub(super) struct NotText {
    pub(super) offset: usize,
}

/// Decode bytes to text, noting replaced sequences.
pub(super) fn decode(bytes: &[u8]) -> Result<(String, Vec<DecodeIssue>), NotText> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok(decode_utf16(rest, u16::from_le_bytes, "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok(decode_utf16(rest, u16::from_be_bytes, "UTF-16BE"));
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<(String, Vec<DecodeIssue>), NotText> {
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(NotText { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_owned(), Vec::new())),
        Err(_) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            Ok(with_replacement_issue(text, "UTF-8"))
        }
    }
}

fn decode_utf16(
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
    encoding: &'static str,
) -> (String, Vec<DecodeIssue>) {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 {
        // A dangling final byte cannot be a code unit.
        text.push(char::REPLACEMENT_CHARACTER);
    }
    with_replacement_issue(text, encoding)
}

fn with_replacement_issue(text: String, encoding: &'static str) -> (String, Vec<DecodeIssue>) {
    let mut replaced = text.match_indices(char::REPLACEMENT_CHARACTER);
    let issues = match replaced.next() {
        Some((offset, _)) => vec![DecodeIssue::InvalidEncoding {
            offset,
            count: 1 + replaced.count(),
            encoding,
        }],
        None => Vec::new(),
    };
    (text, issues)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        bytes
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (text, issues) = decode(b"\xEF\xBB\xBFLed a team").unwrap_or_default();
        assert_eq!(text, "Led a team");
        assert!(issues.is_empty());
    }

    #[test]
    fn utf16_both_byte_orders_decode() {
        for big_endian in [false, true] {
            let (text, issues) =
                decode(&utf16("경력: cut costs 40%", big_endian)).unwrap_or_default();
            assert_eq!(text, "경력: cut costs 40%");
            assert!(issues.is_empty());
        }
    }

    #[test]
    fn invalid_utf8_is_replaced_and_reported() {
        let (text, issues) = decode(b"R\xE9sum\xE9 draft").unwrap_or_default();
        assert_eq!(text, "R\u{FFFD}sum\u{FFFD} draft");
        assert_eq!(
            issues,
            vec![DecodeIssue::InvalidEncoding {
                offset: 1,
                count: 2,
                encoding: "UTF-8"
            }]
        );
    }

    #[test]
    fn odd_utf16_tail_is_replaced() {
        let mut bytes = utf16("ab", false);
        bytes.push(0x41);
        let (text, issues) = decode(&bytes).unwrap_or_default();
        assert_eq!(text, "ab\u{FFFD}");
        assert_eq!(issues.len(), 1);
    }

    #[test]
    fn nul_in_utf8_is_not_text() {
        assert!(decode(b"PK\x03\x04\0\0").is_err());
    }
}
