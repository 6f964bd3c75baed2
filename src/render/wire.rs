//! The JSON wire format, apart from the domain types so that either can change without
//! silently changing the other. Documented in docs/json-schema.md.

use serde::Serialize;

use crate::report::Report;

/// Version of the JSON report; bumped on any incompatible change.
pub(super) const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub(super) struct Output {
    pub(super) schema_version: u32,
    pub(super) documents: Vec<DocumentOut>,
}

#[derive(Serialize)]
pub(super) struct DocumentOut {
    path: String,
    format: &'static str,
    kind: Option<&'static str>,
    score: Option<u8>,
    score_breakdown: Vec<ComponentOut>,
    error: Option<String>,
    items: Vec<ItemOut>,
    findings: Vec<FindingOut>,
}

#[derive(Serialize)]
struct ComponentOut {
    name: &'static str,
    points: f64,
    max: f64,
    detail: String,
}

#[derive(Serialize)]
struct ItemOut {
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    text: String,
    section: Option<&'static str>,
    quantified: bool,
    metrics: Vec<MetricOut>,
}

#[derive(Serialize)]
struct MetricOut {
    text: String,
    kind: &'static str,
    role: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct FindingOut {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
}

/// Round to one decimal, so breakdowns read as they do in the terminal.
fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

impl DocumentOut {
    pub(super) fn from_report(report: &Report) -> DocumentOut {
        let text = report.text.as_str();
        let at = |offset: usize| report.lines.line_col(text, offset);
        DocumentOut {
            path: report.path(),
            format: report.format.name(),
            kind: report.kind.map(|k| k.name()),
            score: report.score.as_ref().map(|s| s.value),
            score_breakdown: report
                .score
                .iter()
                .flat_map(|s| &s.components)
                .map(|c| ComponentOut {
                    name: c.name,
                    points: tenth(c.points),
                    max: c.max,
                    detail: c.detail.clone(),
                })
                .collect(),
            error: report.error.clone(),
            items: report
                .items
                .iter()
                .map(|item| {
                    let pos = at(item.span.start);
                    ItemOut {
                        line: pos.line,
                        column: pos.column,
                        start: item.span.start,
                        end: item.span.end,
                        // Wrapped bullets read as one line.
                        text: item
                            .span
                            .slice(text)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                        section: item.section.map(|s| s.name()),
                        quantified: item.quantified(),
                        metrics: item
                            .metrics
                            .iter()
                            .map(|m| MetricOut {
                                text: m.span.slice(text).to_owned(),
                                kind: m.kind.name(),
                                role: m.role.name(),
                                start: m.span.start,
                                end: m.span.end,
                            })
                            .collect(),
                    }
                })
                .collect(),
            findings: report
                .findings
                .iter()
                .map(|f| {
                    let start = at(f.span.start);
                    let end = at(f.span.end);
                    FindingOut {
                        code: f.rule.code,
                        name: f.rule.name,
                        severity: f.severity.name(),
                        message: f.message.clone(),
                        line: start.line,
                        column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                        start: f.span.start,
                        end: f.span.end,
                    }
                })
                .collect(),
        }
    }
}
