//! The human format of `check`: each finding with its source line underlined, then the
//! document's score and breakdown.
//!
//! ```text
//! resume.md:12:3: Q001 unquantified-bullet: bullet states no measurable result: …
//!    |
//! 12 | - Optimized database queries
//!    |   ^^^^^^^^^^^^^^^^^^^^^^^^^^
//! ```
//!
//! Columns are code points (as in every format); the underline is placed by display width,
//! so it stays under the right characters in Korean or other wide scripts.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::{severity_style, BOLD, DIM, ERROR};
use crate::report::Report;
use crate::rules::Finding;

/// Write every finding of `report`, then its score.
pub fn write_report(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let path = report.path();
    if let Some(error) = &report.error {
        return writeln!(out, "{BOLD}{path}{BOLD:#}: {ERROR}error{ERROR:#}: {error}");
    }
    for finding in &report.findings {
        write_finding(out, report, &path, finding)?;
    }
    write_score(out, report, &path)
}

fn write_finding(
    out: &mut dyn Write,
    report: &Report,
    path: &str,
    finding: &Finding,
) -> io::Result<()> {
    let text = report.text.as_str();
    let at = report.lines.line_col(text, finding.span.start);
    let style = severity_style(finding.severity);
    write!(
        out,
        "{BOLD}{path}:{}:{}:{BOLD:#} {style}{}{style:#} {}: {}",
        at.line, at.column, finding.rule.code, finding.rule.name, finding.message
    )?;
    // Lines count in the extracted text; a PDF's page tells where that is on paper.
    match report.page_of(finding.span.start) {
        Some(page) => writeln!(out, " {DIM}(page {page}){DIM:#}")?,
        None => writeln!(out)?,
    }
    let line_span = report.lines.line_span(text, at.line);
    let line = line_span.slice(text);
    if line.trim().is_empty() {
        return writeln!(out);
    }
    let gutter = " ".repeat(at.line.to_string().len());
    let shown = line.replace('\t', " ");
    let before = text.get(line_span.start..finding.span.start).unwrap_or("");
    let under_end = finding.span.end.min(line_span.end);
    let under = text.get(finding.span.start..under_end).unwrap_or("");
    let pad = before.replace('\t', " ").width();
    let carets = under.replace('\t', " ").width().max(1);
    writeln!(out, "{DIM}{gutter} |{DIM:#}")?;
    writeln!(out, "{DIM}{} |{DIM:#} {shown}", at.line)?;
    writeln!(
        out,
        "{DIM}{gutter} |{DIM:#} {}{style}{}{style:#}",
        " ".repeat(pad),
        "^".repeat(carets)
    )?;
    writeln!(out)
}

fn write_score(out: &mut dyn Write, report: &Report, path: &str) -> io::Result<()> {
    let kind = report.kind.map_or("unknown", |k| k.name());
    let Some(score) = &report.score else {
        return writeln!(out, "{BOLD}{path}{BOLD:#}: {kind}, not scored\n");
    };
    writeln!(
        out,
        "{BOLD}{path}{BOLD:#}: {kind}, score {BOLD}{}/100{BOLD:#}",
        score.value
    )?;
    for c in &score.components {
        writeln!(
            out,
            "  {:<14} {:>5.1}/{:<3} {DIM}{}{DIM:#}",
            c.name, c.points, c.max, c.detail
        )?;
    }
    writeln!(out)
}

/// Totals over a batch, for the closing line of `check`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    /// Documents analysed.
    pub documents: usize,
    /// Inputs that could not be analysed.
    pub errors: usize,
    /// Findings by severity.
    pub warnings: usize,
    /// Info findings.
    pub infos: usize,
    /// Error-severity findings.
    pub error_findings: usize,
}

impl Totals {
    /// Count one document.
    pub fn add_stats(&mut self, stats: &crate::summary::DocStats) {
        if stats.kind.is_none() {
            self.errors += 1;
            return;
        }
        self.documents += 1;
        let [info, warning, error] = stats.by_severity;
        self.infos += info;
        self.warnings += warning;
        self.error_findings += error;
    }
}

/// The closing line of `check`.
pub fn write_totals(out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
    let findings = totals.warnings + totals.infos + totals.error_findings;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    if totals.error_findings > 0 {
        parts.push(plural(totals.error_findings, "error"));
    }
    parts.push(plural(totals.warnings, "warning"));
    parts.push(format!("{} info", totals.infos));
    write!(
        out,
        "Checked {}: {} ({})",
        plural(totals.documents, "document"),
        plural(findings, "finding"),
        parts.join(", ")
    )?;
    if totals.errors > 0 {
        write!(out, "; {ERROR}{} could not be read{ERROR:#}", totals.errors)?;
    }
    writeln!(out, ".")
}
