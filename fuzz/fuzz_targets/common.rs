//! Shared by the fuzz targets: one engine, and the checks run on every report.

// Each target uses only part of this module.
#![allow(dead_code)]

use std::sync::OnceLock;

use starcheck::ingest::Document;
use starcheck::lexicon::Lexicons;
use starcheck::report::Report;
use starcheck::segment::{DocKind, Span};
use starcheck::Engine;

/// Every forced kind, then `None` (detection).
pub const KINDS: [Option<DocKind>; 5] = [
    Some(DocKind::Resume),
    Some(DocKind::Story),
    Some(DocKind::CoverLetter),
    Some(DocKind::JobDescription),
    None,
];

/// The engine, built once per process from the embedded lexicons.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Lexicons::embedded().expect("embedded lexicons load")))
}

/// Check `doc`, assert every span is sound, and render the report in both formats.
pub fn check_and_render(doc: Document, kind: Option<DocKind>) {
    let report = engine().check(doc, kind);
    assert_spans(&report);

    let mut out = Vec::new();
    starcheck::render::human::write_report(&mut out, &report).expect("human rendering");
    out.clear();
    starcheck::render::json::write_json(&mut out, std::slice::from_ref(&report))
        .expect("json rendering");
}

fn assert_spans(report: &Report) {
    let text = report.text.as_str();
    for finding in &report.findings {
        assert_span(text, finding.span, finding.rule.code);
    }
    for item in &report.items {
        assert_span(text, item.span, "item");
        for metric in &item.metrics {
            assert_span(text, metric.span, "metric");
        }
    }
}

fn assert_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} out of bounds of a {}-byte text",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries of {text:?}"
    );
}
