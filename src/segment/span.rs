//! Byte spans into a document's text.
//!
//! Every finding, item and metric points back into the original text with a `Span`, so
//! renderers can underline it and JSON consumers can slice it. Spans are end-exclusive and
//! always fall on char boundaries; line and column are computed only when rendering.

use std::ops::Range;

/// An end-exclusive byte range into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped so that it never precedes `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `""` if it does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The same span moved right by `offset` bytes (from a slice back into the document).
    pub fn shift(self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// This span with leading and trailing whitespace of `text` removed.
    pub fn trim(self, text: &str) -> Span {
        let slice = self.slice(text);
        let start = self.start + (slice.len() - slice.trim_start().len());
        Span::new(start, start + slice.trim().len())
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_removes_surrounding_whitespace_only() {
        let text = "  led  a team \n";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.slice(text), "led  a team");
    }

    #[test]
    fn slice_out_of_bounds_is_empty() {
        assert_eq!(Span::new(3, 10).slice("abc"), "");
    }

    #[test]
    fn overlap_is_strict_at_edges() {
        assert!(!Span::new(0, 3).overlaps(Span::new(3, 5)));
        assert!(Span::new(0, 4).overlaps(Span::new(3, 5)));
    }
}
