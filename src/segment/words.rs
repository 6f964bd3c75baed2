//! Words by Unicode word boundaries (UAX #29), with lowercase forms and English stems.
//!
//! UAX #29 keeps "3.5", "1,000" and "e.g" whole and splits "co-founded" at the hyphen,
//! which is what both the lexicon lookups and the quantification detector expect.
//!
//! Most blocks are plain ASCII, and for ASCII the rules that make a word are few (see
//! [`ascii_words`]); scanning those directly is several times faster than the general
//! segmenter's table lookups, which were a seventh of a whole run. Any other block goes
//! through `unicode-segmentation`. A test holds the two to the same words on ASCII text.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::{Span, Word};
use crate::lexicon::{Lexicons, WordCache};

/// Append the words of `span` to `out`.
pub(super) fn push_words(text: &str, span: Span, lex: &Lexicons, out: &mut Vec<Word>) {
    let slice = span.slice(text);
    #[inline(always)]
    fn push(
        out: &mut Vec<Word>,
        cache: &mut WordCache,
        slice: &str,
        at: usize,
        range: Range<usize>,
    ) {
        out.push(Word {
            span: Span::new(at + range.start, at + range.end),
            forms: cache.forms(&slice[range.clone()]),
        });
    }
    lex.with_word_cache(|cache| {
        // The ASCII scanner called here, not through `words`, so that the push is inlined
        // into its loop (a call per word was a tenth of the cost of a word).
        if slice.is_ascii() {
            ascii_words(slice, |range| push(out, cache, slice, span.start, range));
        } else {
            words(slice, |range| push(out, cache, slice, span.start, range));
        }
    });
}

/// The bytes that join one another into a word: ASCII letters, digits and `_`.
const JOINS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'_';
        b += 1;
    }
    table
};

/// Characters that break words on both sides whatever surrounds them (UAX #29 class
/// Other: they neither join nor extend), common in otherwise ASCII resumes: bullets and
/// dashes.
const HARD_BREAKS: &[char] = &['•', '–', '—'];

/// The words of `text` (UAX #29 words holding a letter or digit), as byte ranges. The runs
/// between hard breaks are segmented on their own, since a hard break ends a word just as
/// the end of the text does: the ASCII runs of a bulleted resume take the ASCII scanner.
fn words(text: &str, mut word: impl FnMut(Range<usize>)) {
    let mut start = 0;
    loop {
        let end = text[start..]
            .find(HARD_BREAKS)
            .map_or(text.len(), |i| start + i);
        let run = &text[start..end];
        if run.is_ascii() {
            ascii_words(run, |r| word(start + r.start..start + r.end));
        } else {
            for (offset, token) in run.split_word_bound_indices() {
                if token.chars().any(char::is_alphanumeric) {
                    word(start + offset..start + offset + token.len());
                }
            }
        }
        let Some(hard_break) = text[end..].chars().next() else {
            break;
        };
        start = end + hard_break.len_utf8();
    }
}

/// The words of an ASCII text, as UAX #29 finds them, keeping only those with a letter or
/// digit. On ASCII the rules come down to this: letters, digits and `_` join one another
/// (WB5, WB8–WB10, WB13a–b); `:` `.` `'` join two letters (WB6–7); `,` `;` `.` `'` join
/// two digits (WB11–12); everything else breaks.
fn ascii_words(text: &str, mut word: impl FnMut(Range<usize>)) {
    let bytes = text.as_bytes();
    // A table, not comparisons: this test runs on every byte of a document.
    let joins = |b: u8| JOINS[usize::from(b)];
    let mut i = 0;
    while i < bytes.len() {
        if !joins(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut alphanumeric = false;
        loop {
            let run = i;
            while i < bytes.len() && joins(bytes[i]) {
                i += 1;
            }
            // A run is all `_` only when it opens with one: the first byte nearly always
            // settles it, without reading the run again.
            alphanumeric =
                alphanumeric || bytes[run] != b'_' || bytes[run..i].iter().any(|&b| b != b'_');
            let (Some(&mid), Some(&next)) = (bytes.get(i), bytes.get(i + 1)) else {
                break;
            };
            let prev = bytes[i - 1];
            let between_letters = prev.is_ascii_alphabetic()
                && next.is_ascii_alphabetic()
                && matches!(mid, b':' | b'.' | b'\'');
            let between_digits = prev.is_ascii_digit()
                && next.is_ascii_digit()
                && matches!(mid, b',' | b';' | b'.' | b'\'');
            if !(between_letters || between_digits) {
                break;
            }
            i += 1;
        }
        if alphanumeric {
            word(start..i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fast(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        ascii_words(text, |r| out.push((r.start, &text[r])));
        out
    }

    fn any(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        words(text, |r| out.push((r.start, &text[r])));
        out
    }

    fn general(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, t)| t.chars().any(char::is_alphanumeric))
            .collect()
    }

    #[test]
    fn ascii_words_keep_numbers_abbreviations_and_contractions_whole() {
        let text =
            "Cut cost 3.5x (1,000 users), e.g. don't co-founded __init__ a:b 1.a 12:30 _ x_1.";
        assert_eq!(fast(text), general(text));
        let words: Vec<&str> = fast(text).into_iter().map(|(_, w)| w).collect();
        assert_eq!(
            words,
            [
                "Cut", "cost", "3.5x", "1,000", "users", "e.g", "don't", "co", "founded",
                "__init__", "a:b", "1", "a", "12", "30", "x_1"
            ]
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The ASCII scanner finds exactly the words of the general segmenter.
        #[test]
        fn ascii_words_match_the_general_segmenter(
            text in "[a-cA-C0-2_:.,;'\" \\-\t\r\n()%$/!?]{0,40}"
        ) {
            prop_assert_eq!(fast(&text), general(&text));
        }

        /// Splitting at bullets and dashes finds the same words as segmenting the whole
        /// text, whatever is next to them (letters, digits, joiners, combining marks, other
        /// scripts).
        #[test]
        fn hard_breaks_split_as_the_general_segmenter_does(
            text in "[a-b1-2_:.,'’· \\n•–—\u{301}\u{200d}é가\u{1F1E6}]{0,40}"
        ) {
            prop_assert_eq!(any(&text), general(&text));
        }

        /// The same over any ASCII, control characters included.
        #[test]
        fn ascii_words_match_on_any_ascii(text in "[\\x00-\\x7f]{0,60}") {
            prop_assert_eq!(fast(&text), general(&text));
        }
    }
}
