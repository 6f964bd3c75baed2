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
    let flat: String = slice
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut pending: Option<Span> = None;
    let mut spans = Vec::new();
    for (offset, piece) in flat.split_sentence_bound_indices() {
        let piece_span = Span::new(offset, offset + piece.len()).shift(span.start);
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

/// True when an ASCII block has no sentence terminator followed by more text: it is one
/// sentence, and the Unicode sentence rules need not run (most bullets are like this).
fn is_one_sentence(block: &str) -> bool {
    let trimmed = block.trim_end();
    trimmed.is_ascii()
        && !trimmed
            .bytes()
            .zip(trimmed.bytes().skip(1))
            .any(|(c, next)| matches!(c, b'.' | b'!' | b'?') && next.is_ascii_whitespace())
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
    }

    #[test]
    fn one_sentence_blocks_take_the_short_path_with_the_same_result() {
        for text in [
            "Cut costs by 40%.",
            "Built v2.0 of Node.js tools",
            "Led 3 teams!  ",
        ] {
            assert!(super::is_one_sentence(text), "{text}");
            assert_eq!(sentences(text), vec![text.trim_end()]);
        }
        assert!(!super::is_one_sentence("Led a team. Cut costs."));
        assert!(!super::is_one_sentence("처리 시간 단축"));
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            sentences("I met J. Smith today."),
            vec!["I met J. Smith today."]
        );
    }
}
