//! Sentences by Unicode sentence boundaries (UAX #29), mended for abbreviations.
//!
//! UAX #29 breaks after "Inc." or "U.S." when a capital follows, and at every line break;
//! inside one block a line break is only wrapping. So line breaks are read as spaces (the
//! copy has the same byte offsets), and a sentence that ends with a known abbreviation or
//! a single-letter initial is joined to the next.

use unicode_segmentation::UnicodeSegmentation;

use super::{Sentence, Span, Word};
use crate::lexicon::Lexicons;

/// Append the sentences of block `span` (block index `block`) to `out`. The block's words
/// are `words[first_word..]`.
pub(super) fn push_sentences(
    text: &str,
    span: Span,
    block: usize,
    first_word: usize,
    lex: &Lexicons,
    words: &[Word],
    out: &mut Vec<Sentence>,
) {
    let slice = span.slice(text);
    if is_one_sentence(slice) {
        let sentence = span.trim(text);
        if !sentence.is_empty() {
            out.push(Sentence {
                span: sentence,
                block,
                words: first_word..words.len(),
            });
        }
        return;
    }
    let mut pending: Option<Span> = None;
    let mut spans = Vec::new();
    let pieces: Vec<Span> = if is_plain(slice) {
        // Reads line breaks as spaces itself.
        plain_sentences(slice)
    } else {
        // Line breaks and tabs read as spaces, byte for byte (a search for three
        // characters decoded every character of the block).
        let mut flat = slice.as_bytes().to_vec();
        for byte in &mut flat {
            if matches!(byte, b'\n' | b'\r' | b'\t') {
                *byte = b' ';
            }
        }
        // ASCII bytes replaced by an ASCII byte: still the UTF-8 it was.
        let flat = String::from_utf8(flat).unwrap_or_default();
        flat.split_sentence_bound_indices()
            .map(|(offset, piece)| Span::new(offset, offset + piece.len()))
            .collect()
    };
    for piece in pieces {
        let piece_span = piece.shift(span.start);
        let merged = match pending.take() {
            Some(open) => Span::new(open.start, piece_span.end),
            None => piece_span,
        };
        if ends_with_abbreviation(merged.slice(text), lex) {
            pending = Some(merged);
        } else {
            spans.push(merged);
        }
    }
    spans.extend(pending);
    let mut word = first_word;
    for sentence in spans {
        let sentence = sentence.trim(text);
        if sentence.is_empty() {
            continue;
        }
        let start = word;
        while word < words.len() && words[word].span.start < sentence.end {
            word += 1;
        }
        out.push(Sentence {
            span: sentence,
            block,
            words: start..word,
        });
    }
}

/// True when a block has no sentence terminator before its closing punctuation: it is one
/// sentence, and the sentence rules need not run (most bullets are like this). A terminator
/// inside the text may end a sentence even with no space after it ("Why?Then", "v1.Then"),
/// so any such block takes the rules. Besides ASCII, the block may hold only letters of any
/// script and the marks of [`PLAIN_MARKS`]: UAX #29 breaks a sentence only after a
/// terminator or a paragraph separator, and those are neither.
fn is_one_sentence(block: &str) -> bool {
    let trimmed = block.trim_end();
    let bytes = trimmed.as_bytes();
    // Terminators are few, so the first is found with a vectorised search.
    let closed_at_end = memchr::memchr3(b'.', b'!', b'?', bytes).is_none_or(|first| {
        bytes[first..]
            .iter()
            .all(|&b| is_terminator(b) || is_close(b))
    });
    closed_at_end
        && (trimmed.is_ascii()
            || trimmed
                .chars()
                .all(|c| c.is_ascii() || c.is_alphabetic() || PLAIN_MARKS.contains(&c)))
}

/// An ASCII sentence terminator (UAX #29 classes STerm and ATerm).
fn is_terminator(b: u8) -> bool {
    TERMINATORS.contains(&b)
}

/// The ASCII terminators (UAX #29 classes ATerm and STerm): `.` `!` `?`.
const TERMINATORS: [u8; 3] = [b'.', b'!', b'?'];

/// An ASCII mark that may close a sentence after its terminator (UAX #29 class Close).
fn is_close(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}')
}

/// The marks beyond ASCII common in resumes and prose, none of which ends a sentence, by
/// UAX #29 sentence class: dashes (SContinue), curly quotes (Close), the no-break space
/// (Sp), and bullets, middle dots and the ellipsis character (Other). Property tests hold
/// [`is_one_sentence`] and [`plain_sentences`] to the segmenter on them.
const PLAIN_MARKS: &[char] = &['–', '—', '‘', '’', '“', '”', '\u{a0}', '•', '·', '…'];

/// True when [`plain_sentences`] can read `text`: ASCII and [`PLAIN_MARKS`] only.
fn is_plain(text: &str) -> bool {
    text.is_ascii()
        || text
            .chars()
            .all(|c| c.is_ascii() || PLAIN_MARKS.contains(&c))
}

/// The length of the closing mark (UAX #29 class Close) at `at`, or 0.
fn close_at(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at..).unwrap_or_default() {
        [b, ..] if is_close(*b) => 1,
        // ‘ ’ “ ”
        [0xE2, 0x80, 0x98 | 0x99 | 0x9C | 0x9D, ..] => 3,
        _ => 0,
    }
}

/// The length of the space (UAX #29 class Sp) at `at`, or 0. Line breaks count as spaces:
/// inside a block they are only wrapping.
fn space_at(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at..).unwrap_or_default() {
        [b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C, ..] => 1,
        // The no-break space.
        [0xC2, 0xA0, ..] => 2,
        _ => 0,
    }
}

/// True for a comma-like mark at `at` (UAX #29 class SContinue): a terminator before it
/// does not end a sentence.
fn continues_at(bytes: &[u8], at: usize) -> bool {
    matches!(
        bytes.get(at..).unwrap_or_default(),
        // ; , - : and the en and em dashes.
        [b',' | b'-' | b':' | b';', ..] | [0xE2, 0x80, 0x93 | 0x94, ..]
    )
}

/// The sentences of a block holding only ASCII and [`PLAIN_MARKS`] (see [`is_plain`]), as
/// UAX #29 finds them with the block's line breaks read as spaces. A sentence can only end
/// after a terminator (`.` `!` `?`) with any closing quotes or brackets and spaces after it
/// (SB9–SB11), and does not end there when what follows is a digit right after a period
/// (SB6), a capital right after a period ending a word (SB7), a lowercase word before any
/// other letter (SB8), or a comma-like mark or another terminator (SB8a). The marks beyond
/// ASCII are none of these but closing quotes, spaces and dashes, and are read as such.
/// Scanning for that directly is several times faster than the general segmenter, and a
/// test holds the two to the same sentences.
fn plain_sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Terminators are few: each is found with a vectorised search.
    let [t1, t2, t3] = TERMINATORS;
    while let Some(found) = memchr::memchr3(t1, t2, t3, &bytes[i..]) {
        i += found;
        let term = bytes[i];
        let mut end = i + 1;
        while let close @ 1.. = close_at(bytes, end) {
            end += close;
        }
        let closed = end;
        while let space @ 1.. = space_at(bytes, end) {
            end += space;
        }
        let Some(&next) = bytes.get(end) else {
            break;
        };
        let period = term == b'.';
        let right_after = end == i + 1;
        let holds = (period && right_after && next.is_ascii_digit())
            || (period
                && right_after
                && i > 0
                && bytes[i - 1].is_ascii_alphabetic()
                && next.is_ascii_uppercase())
            || (period
                && bytes[end..]
                    .iter()
                    .find(|b| b.is_ascii_alphabetic() || is_terminator(**b))
                    .is_some_and(u8::is_ascii_lowercase))
            || continues_at(bytes, end)
            || is_terminator(next);
        if !holds {
            pieces.push(Span::new(start, end));
            start = end;
        }
        i = if holds { closed.max(i + 1) } else { end };
    }
    if start < bytes.len() {
        pieces.push(Span::new(start, bytes.len()));
    }
    pieces
}

fn ends_with_abbreviation(sentence: &str, lex: &Lexicons) -> bool {
    let trimmed = sentence.trim_end();
    let Some(last) = trimmed.split_whitespace().next_back() else {
        return false;
    };
    let last = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !last.ends_with('.') {
        return false;
    }
    // A single capital initial ("J. Smith") never ends a sentence.
    let mut chars = last.chars();
    if let (Some(c), Some('.'), None) = (chars.next(), chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    // Nearly every sentence ends in a period and asks this: a short ASCII word is lowercased
    // on the stack rather than in a new string.
    let mut buffer = [0u8; 16];
    if let Some(lower) = buffer.get_mut(..last.len()).filter(|_| last.is_ascii()) {
        lower.copy_from_slice(last.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|l| lex.abbreviations.contains(l));
    }
    lex.abbreviations.contains(&last.to_lowercase())
}

#[cfg(test)]
mod tests {
    use crate::ingest::{Document, Format, Source};
    use crate::lexicon::Lexicons;

    fn sentences(text: &str) -> Vec<String> {
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let doc = Document::from_text(Source::Stdin, Format::Text, text);
        let s = crate::segment::segment(&doc, &lex);
        s.sentences
            .iter()
            .map(|x| x.span.slice(text).to_owned())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("I joined Acme Inc. The team, e.g. Sam, worked in the U.S. Army with Dr. Kim. Then I left."),
            vec![
                "I joined Acme Inc. The team, e.g. Sam, worked in the U.S. Army with Dr. Kim.",
                "Then I left."
            ]
        );
    }

    #[test]
    fn wrapped_lines_stay_one_sentence() {
        assert_eq!(
            sentences("I rebuilt the\nbuild pipeline. It\nworked."),
            vec!["I rebuilt the\nbuild pipeline.", "It\nworked."]
        );
        assert_eq!(
            sentences("Led the “beta”\r\nteam. It\tworked — twice."),
            vec!["Led the “beta”\r\nteam.", "It\tworked — twice."]
        );
    }

    #[test]
    fn one_sentence_blocks_take_the_short_path_with_the_same_result() {
        for text in ["Cut costs by 40%.", "Led 3 teams!?)  ", "Built the API"] {
            assert!(super::is_one_sentence(text), "{text}");
            assert_eq!(sentences(text), vec![text.trim_end()]);
        }
        for text in ["처리 시간 단축 – 40%", "Led the “beta” team • 3 people…"] {
            assert!(super::is_one_sentence(text), "{text}");
            assert_eq!(sentences(text), vec![text.trim_end()]);
        }
        for text in [
            "Led a team. Cut costs.",
            "Why?Then",
            "Built v2.0 of Node.js",
            "完了。次へ",
        ] {
            assert!(!super::is_one_sentence(text), "{text}");
        }
    }

    fn general(text: &str) -> Vec<(usize, usize)> {
        use unicode_segmentation::UnicodeSegmentation;
        text.split_sentence_bound_indices()
            .map(|(at, piece)| (at, at + piece.len()))
            .collect()
    }

    /// The general segmenter's sentences of a block, its line breaks and tabs read as
    /// spaces (the scanner reads them so itself).
    fn general_block(text: &str) -> Vec<(usize, usize)> {
        general(&text.replace(['\n', '\r', '\t'], " "))
    }

    fn fast(text: &str) -> Vec<(usize, usize)> {
        super::plain_sentences(text)
            .into_iter()
            .map(|s| (s.start, s.end))
            .collect()
    }

    #[test]
    fn ascii_sentences_follow_the_unicode_rules() {
        for text in [
            "I led it. We won 3.5 times.  Then \"we left.\" And e.g. this: end",
            "Version 2.0 shipped. U.S. teams (all of them.) agreed! Why?! 'No.' ok",
            "He said no. and left... Then. A",
            "It broke.\nWe fixed it\r\nin May. Done.\n\nNext",
        ] {
            assert_eq!(fast(text), general_block(text), "{text}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// The ASCII scanner ends sentences exactly where the general segmenter does.
        #[test]
        fn ascii_sentences_match_the_general_segmenter(
            text in "[aA1 .!?,;:\"')(\\-_\t\n\r]{0,30}"
        ) {
            proptest::prop_assert_eq!(fast(&text), general_block(&text));
        }

        #[test]
        fn ascii_sentences_match_on_any_printable_ascii(text in "[ -~\n]{0,40}") {
            proptest::prop_assert_eq!(fast(&text), general_block(&text));
        }

        /// The same with the marks beyond ASCII the scanner reads.
        #[test]
        fn plain_sentences_match_the_general_segmenter(
            text in "[aA1 .!?,;:\"')(\\-\t\n–—‘’“”\u{a0}•·…]{0,30}|[ -~\n\r–—‘’“”\u{a0}•·…]{0,40}"
        ) {
            proptest::prop_assert!(super::is_plain(&text));
            proptest::prop_assert_eq!(fast(&text), general_block(&text));
        }

        /// A block the short path takes for one sentence is one for the general segmenter,
        /// also with other scripts, the marks it lets through, and terminators it must not.
        #[test]
        fn one_sentence_blocks_are_one_sentence(
            text in "[aA1 .!?,;:\"')(\n\t]{0,30}|[ -~]{0,40}|\
                     [aA1 .!?,\"'\n•·–—‘’“”…\u{a0}다팀é。！？؟।\u{2029}\u{85}\u{2024}]{0,30}"
        ) {
            if super::is_one_sentence(&text) {
                let flat = text.trim_end().replace(['\n', '\t'], " ");
                proptest::prop_assert!(general(&flat).len() <= 1, "{:?}", text);
            }
        }
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            sentences("I met J. Smith today."),
            vec!["I met J. Smith today."]
        );
    }
}
