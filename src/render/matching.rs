//! The output of `match`: a resume against a job posting, requirement by requirement.
//!
//! Human:
//!
//! ```text
//! resume.md against posting.txt (Harborlight Systems): match 64/100
//!   basic qualifications      3 of 4 matched, coverage 72%
//!   …
//! Basic qualifications
//!   matched  Experience programming in … such as Java, Python, C++ or Go
//!            resume.md:14  Built a Python service that … [quantified]
//! ```
//!
//! JSON (documented in docs/json-schema.md): `{"schema_version": 1, "resume", "job",
//! "company", "match": {…}, "findings": [...]}`.

use std::io::{self, Write};

use serde::Serialize;

use super::wire::{one_line, thousandth, SCHEMA_VERSION};
use super::{severity_style, BOLD, DIM};
use crate::analyze::matching::{MatchStatus, LISTED_STRENGTH, PLAIN_STRENGTH, QUANTIFIED_STRENGTH};
use crate::analyze::posting::{Posting, RequirementSection, TermKey};
use crate::MatchReport;

/// How evidence of each strength is labelled.
fn strength_label(strength: f64) -> &'static str {
    if strength >= QUANTIFIED_STRENGTH {
        "quantified"
    } else if strength >= PLAIN_STRENGTH {
        "described"
    } else {
        "listed"
    }
}

fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "none".to_owned(), |x| format!("{:.0}%", x * 100.0))
}

/// Write the match for people.
pub fn write_human(out: &mut dyn Write, report: &MatchReport, posting: &Posting) -> io::Result<()> {
    let result = &report.result;
    let resume = report.source.to_string();
    let job = posting.source.to_string();
    let company = posting
        .company
        .as_ref()
        .map_or_else(String::new, |c| format!(" ({c})"));
    writeln!(
        out,
        "{BOLD}{resume}{BOLD:#} against {BOLD}{job}{BOLD:#}{company}: match {BOLD}{}/100{BOLD:#}",
        result.score
    )?;
    let sections = [
        (
            RequirementSection::Basic,
            "basic qualifications",
            result.basic_coverage,
        ),
        (
            RequirementSection::Preferred,
            "preferred qualifications",
            result.preferred_coverage,
        ),
        (
            RequirementSection::Other,
            "other requirements",
            result.other_coverage,
        ),
    ];
    let in_section = |section: RequirementSection| -> Vec<_> {
        result
            .requirements
            .iter()
            .filter(|m| posting.requirements[m.requirement].section == section)
            .collect()
    };
    for (section, title, coverage) in sections {
        let of = in_section(section);
        if of.is_empty() {
            continue;
        }
        let matched = of
            .iter()
            .filter(|m| m.status == MatchStatus::Matched)
            .count();
        writeln!(
            out,
            "  {title:<26} {matched} of {} matched, coverage {}",
            of.len(),
            percent(coverage)
        )?;
    }
    writeln!(
        out,
        "  {DIM}A term shown in a quantified bullet counts in full, in another line {:.0}%, only in a skills list {:.0}%; repeating a term adds nothing.{DIM:#}",
        PLAIN_STRENGTH * 100.0,
        LISTED_STRENGTH * 100.0
    )?;
    if posting.requirements.is_empty() {
        writeln!(
            out,
            "  No requirement found in the posting: does it have a qualifications section?"
        )?;
    }
    for (section, title, _) in sections {
        let of = in_section(section);
        if of.is_empty() {
            continue;
        }
        writeln!(out, "\n{BOLD}{}{BOLD:#}", capitalise(title))?;
        for m in of {
            let req = &posting.requirements[m.requirement];
            let style = match m.status {
                MatchStatus::Matched => anstyle::Style::new()
                    .fg_color(Some(anstyle::AnsiColor::Green.into()))
                    .bold(),
                MatchStatus::Partial => severity_style(crate::rules::Severity::Warning),
                MatchStatus::Missing => severity_style(crate::rules::Severity::Error),
            };
            let line = posting.lines.line_col(&posting.text, req.span.start).line;
            let text = one_line(req.span.slice(&posting.text));
            writeln!(
                out,
                "  {style}{:<8}{style:#} {text} {DIM}({job}:{line}){DIM:#}",
                m.status.name()
            )?;
            if !m.counted {
                writeln!(
                    out,
                    "           {DIM}names nothing a resume line could show; not counted{DIM:#}"
                )?;
                continue;
            }
            if !m.missing.is_empty() && m.status != MatchStatus::Matched {
                writeln!(out, "           not shown: {}", m.missing.join(", "))?;
            }
            for e in &m.evidence {
                let at = report.lines.line_col(&report.text, e.span.start).line;
                let terms: Vec<&str> = e
                    .terms
                    .iter()
                    .map(|&t| req.terms[t].text.as_str())
                    .collect();
                writeln!(
                    out,
                    "           {DIM}{resume}:{at}{DIM:#} {} {DIM}[{}: {}]{DIM:#}",
                    shorten(&one_line(e.span.slice(&report.text)), 90),
                    strength_label(e.strength),
                    terms.join(", ")
                )?;
            }
        }
    }
    if !result.missing_terms.is_empty() {
        writeln!(
            out,
            "\n{BOLD}Most valuable missing terms:{BOLD:#} {}",
            result.missing_terms.join(", ")
        )?;
    }
    if !report.findings.is_empty() {
        writeln!(out)?;
    }
    for f in &report.findings {
        let at = posting.lines.line_col(&posting.text, f.span.start);
        let style = severity_style(f.severity);
        writeln!(
            out,
            "{BOLD}{job}:{}:{}:{BOLD:#} {style}{}{style:#} {}: {}",
            at.line, at.column, f.rule.code, f.rule.name, f.message
        )?;
    }
    writeln!(out)
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// At most `max` characters, with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[derive(Serialize)]
struct MatchDocOut {
    schema_version: u32,
    resume: String,
    job: String,
    company: Option<String>,
    #[serde(rename = "match")]
    matched: MatchOut,
    findings: Vec<MatchFindingOut>,
}

#[derive(Serialize)]
struct MatchOut {
    score: u8,
    basic_coverage: Option<f64>,
    preferred_coverage: Option<f64>,
    other_coverage: Option<f64>,
    missing_terms: Vec<String>,
    requirements: Vec<RequirementOut>,
}

#[derive(Serialize)]
struct RequirementOut {
    text: String,
    line: usize,
    start: usize,
    end: usize,
    section: &'static str,
    terms: Vec<String>,
    skills: Vec<String>,
    any_of: bool,
    missing_terms: Vec<String>,
    status: &'static str,
    credit: f64,
    counted: bool,
    evidence: Vec<EvidenceOut>,
}

#[derive(Serialize)]
struct EvidenceOut {
    line: usize,
    text: String,
    start: usize,
    end: usize,
    strength: f64,
    kind: &'static str,
    terms: Vec<String>,
}

#[derive(Serialize)]
struct MatchFindingOut {
    path: String,
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

/// Write the match as one JSON document.
pub fn write_json(out: &mut dyn Write, report: &MatchReport, posting: &Posting) -> io::Result<()> {
    let result = &report.result;
    let requirements = result
        .requirements
        .iter()
        .map(|m| {
            let req = &posting.requirements[m.requirement];
            RequirementOut {
                text: one_line(req.span.slice(&posting.text)).into_owned(),
                line: posting.lines.line_col(&posting.text, req.span.start).line,
                start: req.span.start,
                end: req.span.end,
                section: req.section.name(),
                terms: req.terms.iter().map(|t| t.text.clone()).collect(),
                skills: req
                    .terms
                    .iter()
                    .filter(|t| matches!(t.key, TermKey::Skill(_)))
                    .map(|t| t.text.clone())
                    .collect(),
                any_of: req.any_of,
                missing_terms: m.missing.clone(),
                status: m.status.name(),
                credit: thousandth(m.credit),
                counted: m.counted,
                evidence: m
                    .evidence
                    .iter()
                    .map(|e| EvidenceOut {
                        line: report.lines.line_col(&report.text, e.span.start).line,
                        text: e.span.slice(&report.text).to_owned(),
                        start: e.span.start,
                        end: e.span.end,
                        strength: e.strength,
                        kind: strength_label(e.strength),
                        terms: e.terms.iter().map(|&t| req.terms[t].text.clone()).collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    let job = posting.source.to_string();
    let findings = report
        .findings
        .iter()
        .map(|f| {
            let start = posting.lines.line_col(&posting.text, f.span.start);
            let end = posting.lines.line_col(&posting.text, f.span.end);
            MatchFindingOut {
                path: job.clone(),
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
        .collect();
    let doc = MatchDocOut {
        schema_version: SCHEMA_VERSION,
        resume: report.source.to_string(),
        job,
        company: posting.company.clone(),
        matched: MatchOut {
            score: result.score,
            basic_coverage: result.basic_coverage.map(thousandth),
            preferred_coverage: result.preferred_coverage.map(thousandth),
            other_coverage: result.other_coverage.map(thousandth),
            missing_terms: result.missing_terms.clone(),
            requirements,
        },
        findings,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
