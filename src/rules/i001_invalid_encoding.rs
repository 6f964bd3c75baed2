//! I001 invalid-encoding: bytes that are not valid in the file's encoding.

use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::ingest::DecodeIssue;
use crate::segment::Span;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "I001",
    name: "invalid-encoding",
    severity: Severity::Warning,
    summary: "file has bytes that are not valid text in its encoding",
    what: "Reports a file whose bytes are not valid UTF-8 (or UTF-16, when it starts with a UTF-16 byte-order mark). The invalid sequences are replaced with U+FFFD and the rest of the file is analysed; the finding points at the first replacement.",
    why: "Text saved in a legacy encoding (Latin-1, Windows-1252, EUC-KR) shows up as garbage in an applicant tracking system: \"Résumé\" becomes \"R�sum�\". Save the file as UTF-8.",
    bad: &["A file saved as Windows-1252 containing \"Résumé\" (bytes 52 E9 73 75 6D E9)"],
    good: &["The same file saved as UTF-8 (bytes 52 C3 A9 73 75 6D C3 A9)"],
    examples: ExampleKind::Described,
};

/// I001.
#[derive(Debug)]
pub(crate) struct InvalidEncoding;

impl Rule for InvalidEncoding {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        for issue in &a.doc.issues {
            let DecodeIssue::InvalidEncoding {
                offset,
                count,
                encoding,
            } = *issue;
            let span = Span::new(offset, offset + char::REPLACEMENT_CHARACTER.len_utf8());
            let plural = if count == 1 { "" } else { "s" };
            out.push(Finding::new(
                &META,
                span,
                format!("{count} invalid {encoding} sequence{plural} replaced with U+FFFD: save the file as UTF-8"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ingest::{from_bytes, Format, IngestOptions, Source};
    use crate::rules::test_support::engine;

    #[test]
    fn latin1_bytes_are_reported_at_the_first_replacement() {
        let doc = from_bytes(
            Source::Stdin,
            Format::Text,
            b"R\xE9sum\xE9 of Sam",
            &IngestOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let report = engine().check(doc, None);
        let found: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule.code == "I001")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.start, 1);
        assert_eq!(
            found[0].message,
            "2 invalid UTF-8 sequences replaced with U+FFFD: save the file as UTF-8"
        );
    }
}
