//! The JSON formats, documented in docs/json-schema.md:
//! - `json`: one document, `{"schema_version": 1, "documents": [...], "summary": {...}}`,
//!   written as the documents arrive so a batch never sits in memory;
//! - `jsonl`: one compact report per line, then one line `{"summary": {...}}`.

use std::io::{self, Write};

use super::wire::{DocumentOut, SummaryOut, SCHEMA_VERSION};
use crate::report::Report;
use crate::summary::Summary;

/// Writes the `json` format one document at a time.
#[derive(Debug, Default)]
pub struct JsonStream {
    written: usize,
}

impl JsonStream {
    /// Open the report.
    pub fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        write!(
            out,
            "{{\n\"schema_version\": {SCHEMA_VERSION},\n\"documents\": ["
        )
    }

    /// Write one document.
    pub fn document(&mut self, out: &mut dyn Write, report: &Report) -> io::Result<()> {
        let mut bytes = Vec::new();
        JsonStream::document_bytes(&mut bytes, report)?;
        self.document_raw(out, &bytes)
    }

    /// Render one document on its own (in a worker), for [`JsonStream::document_raw`].
    pub fn document_bytes(out: &mut Vec<u8>, report: &Report) -> io::Result<()> {
        serde_json::to_writer_pretty(out, &DocumentOut::from_report(report))?;
        Ok(())
    }

    /// Write one document rendered by [`JsonStream::document_bytes`].
    pub fn document_raw(&mut self, out: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
        out.write_all(bytes)?;
        self.written += 1;
        Ok(())
    }

    /// Close the report, with the batch summary.
    pub fn finish(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        write!(out, "\n],\n\"summary\": ")?;
        serde_json::to_writer_pretty(&mut *out, &SummaryOut::from_summary(summary))?;
        writeln!(out, "\n}}")
    }
}

/// Write `reports` as one JSON document (with their summary).
pub fn write_json(out: &mut dyn Write, reports: &[Report]) -> io::Result<()> {
    let mut summary = Summary::default();
    let mut stream = JsonStream::default();
    stream.start(out)?;
    for report in reports {
        summary.add(&crate::summary::DocStats::of(report));
        stream.document(out, report)?;
    }
    stream.finish(out, &summary)
}

/// One `jsonl` line: a compact report.
pub fn write_jsonl_document(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let mut bytes = Vec::new();
    jsonl_document_bytes(&mut bytes, report)?;
    out.write_all(&bytes)
}

/// [`write_jsonl_document`] into a buffer (in a worker). The serializer writes a report in
/// many small pieces; into a `Vec` they are plain copies, where a `dyn Write` made each a
/// call through a vtable (a fifth of rendering).
pub fn jsonl_document_bytes(out: &mut Vec<u8>, report: &Report) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &DocumentOut::from_report(report))?;
    out.push(b'\n');
    Ok(())
}

/// The last `jsonl` line: `{"summary": {...}}`.
pub fn write_jsonl_summary(out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Line {
        schema_version: u32,
        summary: SummaryOut,
    }
    serde_json::to_writer(
        &mut *out,
        &Line {
            schema_version: SCHEMA_VERSION,
            summary: SummaryOut::from_summary(summary),
        },
    )?;
    writeln!(out)
}
