//! The JSON wire format, apart from the domain types so that either can change without
//! silently changing the other. Documented in docs/json-schema.md.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::Serialize;

use crate::lexicon::needs_folding;
use crate::report::Report;

/// Version of the JSON report; bumped on any incompatible change.
pub(super) const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub(super) struct DocumentOut<'a> {
    path: String,
    format: &'static str,
    kind: Option<&'static str>,
    score: Option<u8>,
    score_breakdown: Vec<ComponentOut>,
    error: Option<&'a str>,
    items: Vec<ItemOut<'a>>,
    findings: Vec<FindingOut<'a>>,
    stories: Vec<StoryOut<'a>>,
}

#[derive(Serialize)]
struct StoryOut<'a> {
    title: Option<&'a str>,
    line: usize,
    start: usize,
    end: usize,
    question: Option<&'a str>,
    tagged: &'a [String],
    english: bool,
    score: u8,
    score_breakdown: Vec<ComponentOut>,
    measures: MeasuresOut,
    sentences: Vec<SentenceOut<'a>>,
    principles: Vec<PrincipleOut<'a>>,
    findings: Vec<FindingOut<'a>>,
}

#[derive(Serialize)]
struct MeasuresOut {
    words: usize,
    speaking_seconds: f64,
    share: ShareOut,
    i_in_actions: usize,
    we_in_actions: usize,
    result_metrics: usize,
    result_outcomes: usize,
    learning: bool,
}

#[derive(Serialize)]
struct ShareOut {
    situation: f64,
    task: f64,
    action: f64,
    result: f64,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    text: Cow<'a, str>,
    line: usize,
    start: usize,
    end: usize,
    star: &'static str,
    confidence: f64,
}

#[derive(Serialize)]
struct PrincipleOut<'a> {
    id: &'a str,
    name: &'a str,
    score: f64,
    evidence: Vec<SpanOut<'a>>,
    named: Vec<SpanOut<'a>>,
}

#[derive(Serialize)]
struct SpanOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ComponentOut {
    name: &'static str,
    points: f64,
    max: f64,
    /// Put into words as it is written out (see [`crate::score::Detail`]); whole, since
    /// serializing it piece by piece escaped each piece apart.
    detail: String,
}

#[derive(Serialize)]
struct ItemOut<'a> {
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    text: Cow<'a, str>,
    section: Option<&'static str>,
    quantified: bool,
    metrics: Vec<MetricOut<'a>>,
}

#[derive(Serialize)]
struct MetricOut<'a> {
    text: &'a str,
    kind: &'static str,
    role: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
    /// The PDF page of `start`; absent for inputs without pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<usize>,
}

/// The text on one line: runs of whitespace, line breaks included, as one space. Borrowed
/// when it already is (most bullets and sentences), so rendering copies nothing.
pub(super) fn one_line(text: &str) -> Cow<'_, str> {
    if !needs_folding(text) && !text.starts_with(' ') && !text.ends_with(' ') {
        return Cow::Borrowed(text);
    }
    if text.is_ascii() {
        // The same a byte at a time, which is several times faster: in ASCII these six are
        // what `split_whitespace` splits at.
        let mut out = Vec::with_capacity(text.len());
        let words = text
            .as_bytes()
            .split(|b| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
            .filter(|word| !word.is_empty());
        for word in words {
            if !out.is_empty() {
                out.push(b' ');
            }
            out.extend_from_slice(word);
        }
        // ASCII in, ASCII out: this cannot fail.
        return Cow::Owned(String::from_utf8(out).unwrap_or_default());
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// Round to one decimal, so breakdowns read as they do in the terminal.
fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Round to three decimals: enough for scores and shares, short to read.
pub(super) fn thousandth(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn components(score: &crate::score::Score) -> Vec<ComponentOut> {
    score
        .components
        .iter()
        .map(|c| ComponentOut {
            name: c.name,
            points: tenth(c.points),
            max: tenth(c.max),
            detail: {
                // Room for the longest detail, so that writing it grows nothing.
                let mut words = String::with_capacity(80);
                let _ = write!(words, "{}", c.detail);
                words
            },
        })
        .collect()
}

fn finding_out<'a>(report: &'a Report, f: &'a crate::rules::Finding) -> FindingOut<'a> {
    let text = report.text.as_str();
    let start = report.lines.line_col(text, f.span.start);
    let end = report.lines.line_col(text, f.span.end);
    FindingOut {
        code: f.rule.code,
        name: f.rule.name,
        severity: f.severity.name(),
        message: &f.message,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        start: f.span.start,
        end: f.span.end,
        page: report.page_of(f.span.start),
    }
}

fn story_out<'a>(report: &'a Report, story: &'a crate::report::StoryReport) -> StoryOut<'a> {
    let text = report.text.as_str();
    let span_out = |s: &crate::segment::Span| SpanOut {
        text: s.slice(text),
        start: s.start,
        end: s.end,
    };
    let m = &story.measures;
    StoryOut {
        title: story.title.map(|t| t.slice(text)),
        line: report.lines.line_col(text, story.span.start).line,
        start: story.span.start,
        end: story.span.end,
        question: story.question.as_deref(),
        tagged: &story.tagged,
        english: story.english,
        score: story.score.value,
        score_breakdown: components(&story.score),
        measures: MeasuresOut {
            words: m.words,
            speaking_seconds: tenth(m.speaking_seconds),
            share: ShareOut {
                situation: thousandth(m.share[0]),
                task: thousandth(m.share[1]),
                action: thousandth(m.share[2]),
                result: thousandth(m.share[3]),
            },
            i_in_actions: m.i_in_actions,
            we_in_actions: m.we_in_actions,
            result_metrics: m.result_metrics,
            result_outcomes: m.result_outcomes,
            learning: m.learning,
        },
        sentences: story
            .sentences
            .iter()
            .map(|(span, star, confidence)| SentenceOut {
                text: one_line(span.slice(text)),
                line: report.lines.line_col(text, span.start).line,
                start: span.start,
                end: span.end,
                star: star.name(),
                confidence: thousandth(*confidence),
            })
            .collect(),
        principles: story
            .principles
            .iter()
            .map(|p| PrincipleOut {
                id: &p.id,
                name: &p.name,
                score: thousandth(p.score),
                evidence: p.evidence.iter().map(span_out).collect(),
                named: p.named.iter().map(span_out).collect(),
            })
            .collect(),
        findings: report
            .findings
            .iter()
            .filter(|f| {
                story.span.contains(f.span)
                    || (f.span.is_empty() && story.span.start == f.span.start)
            })
            .map(|f| finding_out(report, f))
            .collect(),
    }
}

impl DocumentOut<'_> {
    pub(super) fn from_report(report: &Report) -> DocumentOut<'_> {
        let text = report.text.as_str();
        let at = |offset: usize| report.lines.line_col(text, offset);
        DocumentOut {
            path: report.path(),
            format: report.format.name(),
            kind: report.kind.map(|k| k.name()),
            score: report.score.as_ref().map(|s| s.value),
            score_breakdown: report.score.as_ref().map(components).unwrap_or_default(),
            error: report.error.as_deref(),
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
                        text: one_line(item.span.slice(text)),
                        section: item.section.map(|s| s.name()),
                        quantified: item.quantified(),
                        metrics: item
                            .metrics
                            .iter()
                            .map(|m| MetricOut {
                                text: m.span.slice(text),
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
                .map(|f| finding_out(report, f))
                .collect(),
            stories: report
                .stories
                .iter()
                .map(|st| story_out(report, st))
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub(super) struct SummaryOut {
    inputs: usize,
    documents: usize,
    errors: usize,
    kinds: std::collections::BTreeMap<&'static str, KindOut>,
}

#[derive(Serialize)]
struct KindOut {
    documents: usize,
    scores: Option<DistributionOut>,
    histogram: [u64; 10],
    findings: Vec<CodeOut>,
    stories: usize,
    principles: Vec<CoverageOut>,
}

#[derive(Serialize)]
struct DistributionOut {
    min: u8,
    q1: u8,
    median: u8,
    q3: u8,
    mean: f64,
    max: u8,
}

#[derive(Serialize)]
struct CodeOut {
    code: &'static str,
    name: &'static str,
    documents: usize,
    share: f64,
    findings: usize,
    per_document: f64,
}

#[derive(Serialize)]
struct CoverageOut {
    id: String,
    stories: usize,
    share: f64,
}

impl SummaryOut {
    pub(super) fn from_summary(summary: &crate::summary::Summary) -> SummaryOut {
        let kinds = summary
            .kinds
            .iter()
            .map(|(kind, k)| {
                let n = k.documents.max(1) as f64;
                let out = KindOut {
                    documents: k.documents,
                    scores: k.distribution().map(|d| DistributionOut {
                        min: d.min,
                        q1: d.q1,
                        median: d.median,
                        q3: d.q3,
                        mean: tenth(d.mean),
                        max: d.max,
                    }),
                    histogram: k.histogram(),
                    findings: k
                        .frequent_codes()
                        .into_iter()
                        .map(|(code, c)| CodeOut {
                            code,
                            name: crate::summary::rule_name(code),
                            documents: c.documents,
                            share: thousandth(c.documents as f64 / n),
                            findings: c.findings,
                            per_document: tenth(c.findings as f64 / n),
                        })
                        .collect(),
                    stories: k.stories,
                    principles: k
                        .principles
                        .iter()
                        .map(|(id, stories)| CoverageOut {
                            id: id.clone(),
                            stories: *stories,
                            share: thousandth(*stories as f64 / k.stories.max(1) as f64),
                        })
                        .collect(),
                };
                (*kind, out)
            })
            .collect();
        SummaryOut {
            inputs: summary.inputs,
            documents: summary.documents(),
            errors: summary.errors,
            kinds,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// `one_line` is whitespace collapsed, borrowed or not.
        #[test]
        fn one_line_collapses_whitespace(text in "[a \t\n\u{0B}\u{a0}é.]{0,24}") {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(super::one_line(&text), joined);
        }

        /// The same in ASCII, which takes a path of its own.
        #[test]
        fn one_line_collapses_ascii_whitespace(text in "[a \t\n\r\u{0B}\u{0C}.\u{1F}]{0,40}") {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(super::one_line(&text), joined);
        }
    }
}
