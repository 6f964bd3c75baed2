//! The JSON format: `{"schema_version": 1, "documents": [...]}`, documented in
//! docs/json-schema.md.

use std::io::{self, Write};

use super::wire::{DocumentOut, Output, SCHEMA_VERSION};
use crate::report::Report;

/// Write all `reports` as one JSON document, followed by a newline.
pub fn write_json(out: &mut dyn Write, reports: &[Report]) -> io::Result<()> {
    let output = Output {
        schema_version: SCHEMA_VERSION,
        documents: reports.iter().map(DocumentOut::from_report).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &output)?;
    writeln!(out)
}
