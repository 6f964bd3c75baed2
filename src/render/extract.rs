//! The output of `extract`: the text a document was analysed as.
//!
//! ```text
//! ── page 1 ──
//!  1 | Jordan Lee
//!  2 |
//!  3 | • Cut build time by 40%
//! ```
//!
//! Lines are numbered as `check` numbers them, so a finding's `file:line:column` can be
//! looked up here; a PDF's page breaks are marked between the lines. `--raw` writes the
//! text exactly, with nothing added.

use std::io::{self, Write};

use super::DIM;
use crate::ingest::Document;

/// Write the text of `doc` with line numbers and page marks.
pub fn write_extract(out: &mut dyn Write, doc: &Document) -> io::Result<()> {
    let count = doc.text.split_inclusive('\n').count().max(1);
    let width = count.to_string().len();
    let mut pages = doc.pages.iter().copied().enumerate().peekable();
    let mut start = 0;
    for (i, line) in doc.text.split_inclusive('\n').enumerate() {
        // A page starting anywhere up to this line's end is marked before it.
        while let Some((page, _)) =
            pages.next_if(|&(_, at)| at <= start + line.len().saturating_sub(1))
        {
            writeln!(out, "{DIM}── page {} ──{DIM:#}", page + 1)?;
        }
        let shown = line.trim_end_matches(['\n', '\r']);
        writeln!(out, "{DIM}{:>width$} |{DIM:#} {shown}", i + 1)?;
        start += line.len();
    }
    Ok(())
}

/// Write the text of `doc` exactly as it was analysed.
pub fn write_raw(out: &mut dyn Write, doc: &Document) -> io::Result<()> {
    out.write_all(doc.text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Format, Source};

    #[test]
    fn lines_are_numbered_and_pages_marked() {
        let mut doc = Document::from_text(Source::Stdin, Format::Pdf, "One\n\nTwo\nThree\n");
        doc.pages = vec![0, 5];
        let mut out = Vec::new();
        write_extract(&mut out, &doc).unwrap();
        let plain = String::from_utf8(anstream::adapter::strip_bytes(&out).into_vec()).unwrap();
        assert_eq!(
            plain,
            "── page 1 ──\n1 | One\n2 | \n── page 2 ──\n3 | Two\n4 | Three\n"
        );
    }
}
