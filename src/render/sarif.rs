//! SARIF 2.1.0, the format code-scanning services read (GitHub uploads it with
//! `github/codeql-action/upload-sarif`).
//!
//! One run for the whole batch: the tool's `rules[]` come from the rule registry (summary,
//! explanation, a help URI into docs/rules.md), then one result per finding, written as the
//! documents arrive, then an invocation listing the inputs that could not be read. Columns
//! are 1-based code points, as in every starcheck format, and the run says so
//! (`columnKind: unicodeCodePoints`), since SARIF would otherwise assume UTF-16 units.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{json, Value};

use crate::report::Report;
use crate::rules::{RuleMeta, Severity, RULES};

/// The schema a SARIF 2.1.0 log names.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where docs/rules.md is published: the package's repository when Cargo.toml names one,
/// else the path inside the starcheck repository.
fn rules_doc() -> String {
    match option_env!("CARGO_PKG_REPOSITORY") {
        Some(repo) if !repo.is_empty() => {
            format!("{}/blob/main/docs/rules.md", repo.trim_end_matches('/'))
        }
        _ => "docs/rules.md".to_owned(),
    }
}

/// The help URI of a rule: its section of docs/rules.md.
pub fn help_uri(rule: &RuleMeta) -> String {
    format!("{}#{}", rules_doc(), rule.code.to_lowercase())
}

/// The SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "note",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// Writes one SARIF log, a document at a time.
#[derive(Debug, Default)]
pub struct SarifStream {
    written: usize,
    /// Inputs that could not be read: (uri, message).
    errors: Vec<(String, String)>,
}

impl SarifStream {
    /// Open the log: the tool with every rule, and the start of the results.
    pub fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<Value> = RULES.iter().map(|r| rule(r.meta())).collect();
        let mut driver = json!({
            "name": "starcheck",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "rules": rules,
        });
        // SARIF wants an absolute URI here; only a published repository has one.
        if let Some(repo) = option_env!("CARGO_PKG_REPOSITORY").filter(|r| !r.is_empty()) {
            driver["informationUri"] = json!(repo);
        }
        write!(
            out,
            "{{\n\"$schema\": \"{SCHEMA}\",\n\"version\": \"2.1.0\",\n\"runs\": [{{\n\"tool\": {{\"driver\": "
        )?;
        serde_json::to_writer_pretty(&mut *out, &driver)?;
        write!(
            out,
            "}},\n\"columnKind\": \"unicodeCodePoints\",\n\"results\": ["
        )
    }

    /// Render the results of one document on its own (in a worker), for
    /// [`SarifStream::document_raw`]: results separated by commas, or nothing.
    pub fn document_bytes(out: &mut Vec<u8>, report: &Report) -> io::Result<()> {
        for (i, finding) in report.findings.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.push(b'\n');
            serde_json::to_writer(&mut *out, &result(report, finding))?;
        }
        Ok(())
    }

    /// Write the results of one document, or remember why it could not be read.
    pub fn document_raw(
        &mut self,
        out: &mut dyn Write,
        report_error: Option<(String, String)>,
        bytes: &[u8],
    ) -> io::Result<()> {
        if let Some(error) = report_error {
            self.errors.push(error);
        }
        if bytes.is_empty() {
            return Ok(());
        }
        if self.written > 0 {
            out.write_all(b",")?;
        }
        out.write_all(bytes)?;
        self.written += 1;
        Ok(())
    }

    /// Close the log, with the inputs that could not be read as notifications.
    pub fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let notifications: Vec<Value> = self
            .errors
            .iter()
            .map(|(uri, message)| {
                json!({
                    "level": "error",
                    "message": {"text": message},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                })
            })
            .collect();
        let invocation = json!({
            "executionSuccessful": self.errors.is_empty(),
            "toolExecutionNotifications": notifications,
        });
        write!(out, "\n],\n\"invocations\": [")?;
        serde_json::to_writer(&mut *out, &invocation)?;
        writeln!(out, "]\n}}]\n}}")
    }
}

/// What [`SarifStream::document_raw`] needs to know of an error row: its URI and message.
pub fn error_of(report: &Report) -> Option<(String, String)> {
    let message = report.error.as_ref()?;
    Some((uri(report), format!("{}: {message}", report.path())))
}

fn rule(m: &RuleMeta) -> Value {
    json!({
        "id": m.code,
        "name": m.name,
        "shortDescription": {"text": m.summary},
        "fullDescription": {"text": m.what},
        "help": {
            "text": format!("{}\n\n{}", m.what, m.why),
            "markdown": format!("**What it does**\n\n{}\n\n**Why is this bad?**\n\n{}", m.what, m.why),
        },
        "helpUri": help_uri(m),
        "defaultConfiguration": {"level": level(m.severity)},
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultOut {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    /// The baseline fingerprint, which code scanning uses to follow a result across
    /// commits.
    partial_fingerprints: Fingerprints,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "starcheck/v1")]
    v1: String,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: Physical,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Physical {
    artifact_location: Artifact,
    region: Region,
}

#[derive(Serialize)]
struct Artifact {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    snippet: Text,
}

fn result(report: &Report, f: &crate::rules::Finding) -> ResultOut {
    let text = report.text.as_str();
    let start = report.lines.line_col(text, f.span.start);
    let end = report.lines.line_col(text, f.span.end);
    ResultOut {
        rule_id: f.rule.code,
        rule_index: RULES
            .iter()
            .position(|r| r.meta().code == f.rule.code)
            .unwrap_or(0),
        level: level(f.severity),
        message: Text {
            text: format!("{} {}: {}", f.rule.code, f.rule.name, f.message),
        },
        locations: [Location {
            physical_location: Physical {
                artifact_location: Artifact { uri: uri(report) },
                region: Region {
                    start_line: start.line,
                    start_column: start.column,
                    end_line: end.line,
                    end_column: end.column,
                    snippet: Text {
                        text: f.span.slice(text).to_owned(),
                    },
                },
            },
        }],
        partial_fingerprints: Fingerprints {
            v1: crate::baseline::fingerprint(report, f),
        },
    }
}

/// The artifact URI of a report: its path with `/` separators, percent-encoded where a
/// URI needs it; standard input is `stdin`.
fn uri(report: &Report) -> String {
    let path = match &report.source {
        crate::ingest::Source::Path(path) => path.to_string_lossy().replace('\\', "/"),
        crate::ingest::Source::Stdin => return "stdin".to_owned(),
    };
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Document, Format, Source};

    fn log(reports: &[Report]) -> Value {
        let mut out = Vec::new();
        let mut stream = SarifStream::default();
        stream.start(&mut out).unwrap();
        for report in reports {
            let mut bytes = Vec::new();
            SarifStream::document_bytes(&mut bytes, report).unwrap();
            stream
                .document_raw(&mut out, error_of(report), &bytes)
                .unwrap();
        }
        stream.finish(&mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    fn report(path: &str, text: &str) -> Report {
        let doc = Document::from_text(Source::Path(path.into()), Format::Markdown, text);
        crate::rules::test_support::engine().check(doc, None)
    }

    #[test]
    fn results_of_several_documents_form_one_valid_log() {
        let a = report("a.md", "## Experience\n\n- Worked on the website\n");
        let clean = report("b.md", "## Experience\n\n- Cut costs by 40%\n");
        let c = report("dir/my cv.md", "## Experience\n\n- Helped with testing\n");
        let log = log(&[a, clean, c]);
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert!(results.len() >= 2);
        let uris: Vec<&str> = results
            .iter()
            .map(|r| {
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
            })
            .collect();
        assert!(uris.contains(&"a.md") && uris.contains(&"dir/my%20cv.md"));
        assert!(!uris.contains(&"b.md"));
        assert_eq!(
            log["runs"][0]["invocations"][0]["executionSuccessful"],
            true
        );
    }

    #[test]
    fn columns_count_code_points() {
        let line = "- Rédigé café notes for many users";
        let r = report("k.md", &format!("## Experience\n\n{line}\n"));
        let log = log(&[r]);
        let q002 = log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["ruleId"] == "Q002")
            .expect("Q002 flags \"many\"");
        let region = &q002["locations"][0]["physicalLocation"]["region"];
        let before = &line[..line.find("many").unwrap()];
        assert_eq!(region["startLine"], 3);
        assert_eq!(region["startColumn"], before.chars().count() + 1);
        assert_eq!(region["endColumn"], before.chars().count() + 1 + 4);
        assert_eq!(region["snippet"]["text"], "many");
    }

    #[test]
    fn absolute_paths_are_file_uris() {
        let r = report("/tmp/a b.md", "- Worked on it\n");
        assert_eq!(uri(&r), "file:///tmp/a%20b.md");
    }
}
