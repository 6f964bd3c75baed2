//! Words by Unicode word boundaries (UAX #29), with lowercase forms and English stems.
//!
//! UAX #29 keeps "3.5", "1,000" and "e.g" whole and splits "co-founded" at the hyphen,
//! which is what both the lexicon lookups and the quantification detector expect.

use unicode_segmentation::UnicodeSegmentation;

use super::{Span, Word};
use crate::lexicon::Lexicons;

/// Append the words of `span` to `out`.
pub(super) fn push_words(text: &str, span: Span, lex: &Lexicons, out: &mut Vec<Word>) {
    let slice = span.slice(text);
    for (offset, token) in slice.split_word_bound_indices() {
        if !token.chars().any(char::is_alphanumeric) {
            continue;
        }
        let (lower, stem) = lex.lower_and_stem(token);
        out.push(Word {
            span: Span::new(span.start + offset, span.start + offset + token.len()),
            lower,
            stem,
        });
    }
}
