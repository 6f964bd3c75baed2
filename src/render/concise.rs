//! The concise format: one line per finding, `path:line:col: CODE [severity] message`, for
//! editors' quickfix lists and for grep.

use std::io::{self, Write};

use crate::report::Report;

/// Write one line per finding of `report` (or one line for an unreadable input).
pub fn write_report(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let path = report.path();
    if let Some(error) = &report.error {
        return writeln!(out, "{path}: error: {error}");
    }
    let text = report.text.as_str();
    for f in &report.findings {
        let at = report.lines.line_col(text, f.span.start);
        writeln!(
            out,
            "{path}:{}:{}: {} [{}] {}",
            at.line, at.column, f.rule.code, f.severity, f.message
        )?;
    }
    Ok(())
}
