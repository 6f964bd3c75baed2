//! The CSV format of `score`: one row per document, for a spreadsheet.
//!
//! Columns: path, kind, score, error, the points of every score component, then the number
//! of findings of every rule, in code order. The columns are the same for every batch, so
//! sheets from different runs line up.

use std::io::{self, Write};

use crate::report::Report;
use crate::rules::RULES;

/// Score components, in the order of their columns.
pub const COMPONENTS: &[&str] = &[
    "quantified",
    "action-verbs",
    "style",
    "structure",
    "ownership",
    "result",
    "principle",
    "content",
];

/// Write the header row.
pub fn write_header(out: &mut dyn Write) -> io::Result<()> {
    let mut header: Vec<&str> = vec!["path", "kind", "score", "error"];
    header.extend(COMPONENTS);
    header.extend(RULES.iter().map(|r| r.meta().code));
    write_record(out, &header)
}

/// Write the row of one document.
pub fn write_row(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let mut row: Vec<String> = vec![
        report.path(),
        report.kind.map_or(String::new(), |k| k.name().to_owned()),
        report
            .score
            .as_ref()
            .map_or(String::new(), |s| s.value.to_string()),
        report.error.clone().unwrap_or_default(),
    ];
    for name in COMPONENTS {
        let points = report
            .score
            .iter()
            .flat_map(|s| &s.components)
            .find(|c| c.name == *name)
            .map_or(String::new(), |c| format!("{:.1}", c.points));
        row.push(points);
    }
    let codes = report.top_codes();
    for rule in RULES {
        let n = codes
            .iter()
            .find(|(code, _)| *code == rule.meta().code)
            .map_or(0, |(_, n)| *n);
        row.push(if report.error.is_some() {
            String::new()
        } else {
            n.to_string()
        });
    }
    write_record(out, &row)
}

/// One record, quoted as CSV requires (by the csv crate).
fn write_record<S: AsRef<[u8]>>(out: &mut dyn Write, fields: &[S]) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(fields).map_err(io::Error::other)?;
    writer.flush()
}
