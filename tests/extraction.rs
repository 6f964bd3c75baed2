//! PDF and DOCX extraction, measured against the same resumes as Markdown.
//!
//! The fixtures under `tests/fixtures/documents/` were made from `examples/*.md` by
//! `scripts/make-fixtures.py` (LibreOffice: one column, two columns, a table layout; DOCX
//! and the PDF exported from it; pdflatex: one column and two). For each, the items the whole pipeline finds and their
//! `quantified` flags are compared with those found in the Markdown source: an item is
//! recovered when an extracted item has the same words and the same flag (quotes made
//! plain, since pdflatex typesets `'` as `’`). The extractors were developed looking at the
//! `resume-improved` files only; the `resume-weak` files are the held-out set. One
//! held-out failure was looked at and fixed (TeX hyphenation "com-mon" kept because of
//! `example.com` in the two-column pdflatex file), so that file is no longer unseen. Run with `--nocapture` to see the figures.
//!
//! The unreadable fixtures (a scan, corrupted files, a zip bomb) must each be an error row
//! that says why.

#![allow(clippy::print_stdout)] // printing the figures is the point of this test

use std::path::{Path, PathBuf};

use starcheck::ingest::{self, IngestOptions};
use starcheck::lexicon::Lexicons;
use starcheck::report::Report;
use starcheck::Engine;

/// Share of bullets that must be recovered with the same flag, per fixture.
const FLOOR: f64 = 0.95;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents")
}

fn engine() -> Engine {
    Engine::new(Lexicons::embedded().expect("embedded lexicons load"))
}

fn check(engine: &Engine, path: &Path) -> Report {
    match ingest::read_path(path, &IngestOptions::default()) {
        Ok(doc) => engine.check(doc, None),
        Err(err) => Report::from_error(&err),
    }
}

/// An item's words, lowercased, without Markdown emphasis, with plain quotes (pdflatex
/// typesets `'` as `’`, which is the typesetting, not the extraction).
fn words(report: &Report, span: starcheck::segment::Span) -> String {
    span.slice(&report.text)
        .replace(['*', '_', '`'], "")
        .replace(['‘', '’'], "'")
        .replace(['“', '”'], "\"")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn items(report: &Report) -> Vec<(String, bool)> {
    assert!(report.error.is_none(), "{:?}", report.error);
    report
        .items
        .iter()
        .map(|item| (words(report, item.span), item.quantified()))
        .collect()
}

/// Share of the reference items found in `got` with the same flag.
fn recovered(reference: &[(String, bool)], got: &[(String, bool)]) -> (usize, Vec<String>) {
    let mut left: Vec<&(String, bool)> = got.iter().collect();
    let mut found = 0;
    let mut missed = Vec::new();
    for item in reference {
        if let Some(i) = left.iter().position(|g| *g == item) {
            left.remove(i);
            found += 1;
        } else {
            missed.push(item.0.clone());
        }
    }
    (found, missed)
}

/// `layouts` are made as DOCX and PDF, `latex` layouts as PDF only.
fn measure(resume: &str, layouts: &[&str], latex: &[&str]) {
    let engine = engine();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("examples/{resume}.md"));
    let reference = items(&check(&engine, &source));
    assert!(reference.len() >= 10, "the reference has too few items");
    let names = layouts
        .iter()
        .flat_map(|l| [format!("{resume}-{l}.pdf"), format!("{resume}-{l}.docx")])
        .chain(latex.iter().map(|l| format!("{resume}-latex-{l}.pdf")));
    for name in names {
        {
            let got = items(&check(&engine, &dir().join(&name)));
            let (found, missed) = recovered(&reference, &got);
            let share = found as f64 / reference.len() as f64;
            println!(
                "{name:34} {found:2}/{:2} bullets recovered with the same flag ({:5.1}%), {} items found",
                reference.len(),
                share * 100.0,
                got.len()
            );
            for m in &missed {
                println!("    missed: {m}");
            }
            assert!(
                share >= FLOOR,
                "{name}: {:.1}% recovered, under the {:.0}% floor",
                share * 100.0,
                FLOOR * 100.0
            );
            // Nothing invented: no more items than the source has.
            assert!(
                got.len() <= reference.len(),
                "{name}: {} items found, the source has {}",
                got.len(),
                reference.len()
            );
        }
    }
}

#[test]
fn tuning_resume_is_recovered() {
    measure(
        "resume-improved",
        &["onecol", "twocol", "table"],
        &["onecol", "twocol"],
    );
}

#[test]
fn held_out_resume_is_recovered() {
    measure("resume-weak", &["onecol", "twocol"], &["onecol", "twocol"]);
}

fn error_of(name: &str) -> String {
    let report = check(&engine(), &dir().join(name));
    report
        .error
        .unwrap_or_else(|| panic!("{name} was read: {}", report.text))
}

#[test]
fn scanned_pdf_says_it_has_no_text_layer() {
    assert_eq!(
        error_of("scanned.pdf"),
        "cannot read this PDF file: no text layer: is this a scanned image?"
    );
}

#[test]
fn corrupted_files_are_error_rows() {
    assert!(error_of("corrupted.pdf").starts_with("cannot read this PDF file: not a valid PDF"));
    assert!(error_of("corrupted.docx")
        .starts_with("cannot read this DOCX file: not a valid DOCX (ZIP) file"));
}

#[test]
fn zip_bomb_is_refused_quickly() {
    let start = std::time::Instant::now();
    let error = error_of("zip-bomb.docx");
    assert!(error.contains("zip bomb"), "{error}");
    // It stops at the cap (64 MiB of 200), well before inflating the whole bomb.
    assert!(start.elapsed().as_secs() < 10);
}

#[test]
fn pdf_pages_are_recorded_and_findings_can_name_them() {
    let doc = ingest::read_path(
        &dir().join("resume-improved-twocol.pdf"),
        &IngestOptions::default(),
    )
    .expect("the fixture reads");
    assert_eq!(doc.pages.len(), 2);
    assert_eq!(doc.pages[0], 0);
    assert!(doc.pages[1] > 0 && doc.pages[1] < doc.text.len());
    assert!(doc.text.is_char_boundary(doc.pages[1]));
    assert_eq!(doc.page_of(doc.pages[1]), Some(2));
}

#[test]
fn docx_headings_tables_and_lists_come_out_in_reading_order() {
    let doc = ingest::read_path(
        &dir().join("resume-improved-table.docx"),
        &IngestOptions::default(),
    )
    .expect("the fixture reads");
    let at = |needle: &str| {
        doc.text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {}", doc.text))
    };
    // The section cell comes before its content cell, and sections stay in order.
    assert!(at("Experience") < at("• Automated 6 manual"));
    assert!(at("• Automated 6 manual") < at("Projects"));
    assert!(at("Projects") < at("• Led a team of 4"));
    assert!(doc.pages.is_empty());
}
