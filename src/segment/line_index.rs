//! Byte offsets to line and column, for people.
//!
//! Built once per document. Lines are split on `\n`; a `\r` before it belongs to the line
//! break, so CRLF files report the same columns as LF files. Columns count code points,
//! as DESIGN.md fixes for every output format.

use super::Span;

/// A 1-based line and 1-based column (in code points).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column in code points, starting at 1.
    pub column: usize,
}

/// The start offset of every line of a text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    /// Index the lines of `text`.
    pub fn new(text: &str) -> LineIndex {
        // Counted first (a vectorised count), so the list is sized once.
        let mut starts =
            Vec::with_capacity(1 + memchr::memchr_iter(b'\n', text.as_bytes()).count());
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    /// The 1-based line of byte `offset` in `text`, without building an index: for the one
    /// line an error message names (a lexicon, configuration or loop file).
    pub fn line_of(text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        text.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    /// Number of lines (a trailing newline opens an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Line and column of byte `offset` in `text` (the text this index was built from).
    /// Offsets past the end map to the end; offsets inside a char count that char.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(self.len);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let before = text.get(start..offset).unwrap_or("");
        LineCol {
            line: line + 1,
            column: before.chars().count() + 1,
        }
    }

    /// The span of 1-based `line`, without its line break.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return Span::new(self.len, self.len);
        };
        let end = self.starts.get(line).map_or(self.len, |&next| next - 1);
        let mut span = Span::new(start, end);
        if span.slice(text).ends_with('\r') {
            span.end -= 1;
        }
        span
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_code_points() {
        let text = "경력\n- 40% 단축";
        let index = LineIndex::new(text);
        let offset = text.find("단축").unwrap_or_default();
        assert_eq!(index.line_col(text, offset), LineCol { line: 2, column: 7 });
    }

    #[test]
    fn crlf_lines_exclude_the_carriage_return() {
        let text = "one\r\ntwo\r\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_span(text, 1).slice(text), "one");
        assert_eq!(index.line_span(text, 2).slice(text), "two");
        assert_eq!(index.line_count(), 3);
    }

    #[test]
    fn offset_past_end_maps_to_end() {
        let index = LineIndex::new("ab");
        assert_eq!(index.line_col("ab", 99), LineCol { line: 1, column: 3 });
    }
}
