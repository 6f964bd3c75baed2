//! The table format of `score`: one row per document.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::{BOLD, DIM, ERROR};
use crate::report::Report;

/// How many of the most frequent codes a row lists.
const TOP_CODES: usize = 3;

/// Write the score table for `reports`.
pub fn write_table(out: &mut dyn Write, reports: &[Report]) -> io::Result<()> {
    let paths: Vec<String> = reports.iter().map(Report::path).collect();
    let width = paths.iter().map(|p| p.width()).max().unwrap_or(0).max(4);
    let pad = |s: &str| format!("{s}{}", " ".repeat(width.saturating_sub(s.width())));
    writeln!(
        out,
        "{BOLD}{}  {:<15} {:>5}  {:>8}  top codes{BOLD:#}",
        pad("path"),
        "kind",
        "score",
        "findings"
    )?;
    for (report, path) in reports.iter().zip(&paths) {
        if let Some(error) = &report.error {
            writeln!(out, "{}  {ERROR}error: {error}{ERROR:#}", pad(path))?;
            continue;
        }
        let kind = report.kind.map_or("-", |k| k.name());
        let score = report
            .score
            .as_ref()
            .map_or("-".to_owned(), |s| s.value.to_string());
        let top: Vec<String> = report
            .top_codes()
            .into_iter()
            .take(TOP_CODES)
            .map(|(code, n)| format!("{code}×{n}"))
            .collect();
        writeln!(
            out,
            "{}  {kind:<15} {score:>5}  {:>8}  {DIM}{}{DIM:#}",
            pad(path),
            report.findings.len(),
            top.join(" ")
        )?;
    }
    Ok(())
}
