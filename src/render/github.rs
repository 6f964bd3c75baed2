//! GitHub Actions workflow commands: one `::warning file=…,line=…,col=…::message` line per
//! finding, which GitHub shows as an annotation on the line of the pull request.
//!
//! Values are escaped as the Actions runner expects: in the message `%`, `\r` and `\n`; in
//! the properties also `:` and `,`, which would otherwise end the value.

use std::io::{self, Write};

use crate::report::Report;
use crate::rules::Severity;

/// Write one workflow command per finding of `report` (or one error for an unreadable
/// input).
pub fn write_report(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let file = property(&report.path());
    if let Some(error) = &report.error {
        return writeln!(out, "::error file={file}::{}", data(error));
    }
    let text = report.text.as_str();
    for f in &report.findings {
        let start = report.lines.line_col(text, f.span.start);
        let end = report.lines.line_col(text, f.span.end);
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        writeln!(
            out,
            "::{command} file={file},line={},col={},endLine={},endColumn={},title={}::{}",
            start.line,
            start.column,
            end.line,
            end.column,
            property(&format!("{} {}", f.rule.code, f.rule.name)),
            data(&f.message)
        )?;
    }
    Ok(())
}

/// Escape a message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_runner() {
        assert_eq!(data("50% done\r\nnext: a, b"), "50%25 done%0D%0Anext: a, b");
        assert_eq!(property("C:\\a,b.md"), "C%3A\\a%2Cb.md");
        assert_eq!(property("100%"), "100%25");
    }
}
