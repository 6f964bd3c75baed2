//! Baselines: the findings a repository has accepted, so that a check fails only on new
//! ones. A class can adopt starcheck on old drafts without failing on day one.
//!
//! A finding is keyed by its document's path, its rule code and a fingerprint of the
//! flagged text with its line around it, never by line number: editing another part of
//! the file leaves the key alone, and rewriting the flagged line makes a new finding.
//! Identical keys are counted, so a second copy of an accepted problem is still new.
//! Each document's score is recorded too, so a document already under its minimum score
//! fails only when it gets worse.
//!
//! The file is JSON, sorted so that it diffs well:
//!
//! ```json
//! {"version": 1, "findings": [
//!   {"path": "drafts/resume.md", "code": "B001", "fingerprint": "3b1f…", "count": 1,
//!    "text": "Worked on"}
//! ], "scores": {"drafts/resume.md": 57}}
//! ```

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use crate::report::Report;
use crate::rules::Finding;

/// Version of the baseline file format.
pub const VERSION: u32 = 1;

/// A baseline file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct BaselineError {
    /// The baseline file.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

/// One accepted finding (or several identical ones).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The document's path, relative to the baseline file's folder where it can be.
    pub path: String,
    /// Rule code.
    pub code: String,
    /// Fingerprint of the flagged text and its line.
    pub fingerprint: String,
    /// How many identical findings are accepted.
    pub count: usize,
    /// The flagged text, for people reviewing the file.
    pub text: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Entry>,
    /// The score of each scored document: a document under its minimum score fails
    /// only when it scores lower than this.
    #[serde(default)]
    scores: BTreeMap<String, u8>,
}

/// The stable fingerprint of a finding: FNV-1a (64 bits) over its rule code, the flagged
/// text and the text of its line, with runs of whitespace made one space. FNV is written
/// out here because the fingerprint is stored in files and must never change with a
/// library's version, as `std`'s hashers may.
pub fn fingerprint(report: &Report, finding: &Finding) -> String {
    let text = report.text.as_str();
    let at = report.lines.line_col(text, finding.span.start);
    let line = report.lines.line_span(text, at.line).slice(text);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |s: &str| {
        for word in s.split_whitespace() {
            for byte in word.bytes().chain([b' ']) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    feed(finding.rule.code);
    feed(finding.span.slice(text));
    feed(line);
    format!("{hash:016x}")
}

/// The entries of one report's findings under `path`.
pub fn entries(report: &Report, path: &str) -> Vec<Entry> {
    let mut counts: BTreeMap<(&str, String), (usize, String)> = BTreeMap::new();
    for f in &report.findings {
        let key = (f.rule.code, fingerprint(report, f));
        counts
            .entry(key)
            .or_insert_with(|| (0, f.span.slice(&report.text).to_owned()))
            .0 += 1;
    }
    counts
        .into_iter()
        .map(|((code, fingerprint), (count, text))| Entry {
            path: path.to_owned(),
            code: code.to_owned(),
            fingerprint,
            count,
            text,
        })
        .collect()
}

/// Write a baseline of `entries` (sorted here) and document scores by path.
pub fn write(
    out: &mut dyn Write,
    mut entries: Vec<Entry>,
    scores: BTreeMap<String, u8>,
) -> io::Result<()> {
    entries.sort();
    let file = File {
        version: VERSION,
        findings: entries,
        scores,
    };
    serde_json::to_writer_pretty(&mut *out, &file)?;
    writeln!(out)
}

/// A baseline, read for filtering.
#[derive(Debug, Default)]
pub struct Baseline {
    /// Path → (code, fingerprint) → count.
    by_path: HashMap<String, HashMap<(String, String), usize>>,
    total: usize,
    scores: HashMap<String, u8>,
}

impl Baseline {
    /// Parse a baseline file's text; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Baseline, BaselineError> {
        let error = |message: String| BaselineError {
            file: file.to_owned(),
            message,
        };
        let parsed: File = serde_json::from_str(text).map_err(|err| {
            error(format!(
                "not a starcheck baseline (line {}, column {}): {err}",
                err.line(),
                err.column()
            ))
        })?;
        if parsed.version != VERSION {
            return Err(error(format!(
                "baseline version {} is not supported (expected {VERSION}); write it again with --write-baseline",
                parsed.version
            )));
        }
        let mut baseline = Baseline {
            scores: parsed.scores.into_iter().collect(),
            ..Baseline::default()
        };
        for entry in parsed.findings {
            baseline.total += entry.count;
            *baseline
                .by_path
                .entry(entry.path)
                .or_default()
                .entry((entry.code, entry.fingerprint))
                .or_default() += entry.count;
        }
        Ok(baseline)
    }

    /// How many findings the baseline accepts in all.
    pub fn total(&self) -> usize {
        self.total
    }

    /// The score recorded for `path`, if any.
    pub fn score_for(&self, path: &str) -> Option<u8> {
        self.scores.get(path).copied()
    }

    /// How many findings the baseline accepts for `path`.
    pub fn accepted_for(&self, path: &str) -> usize {
        self.by_path.get(path).map_or(0, |m| m.values().sum())
    }

    /// Remove from `report` the findings the baseline accepts for `path`; returns how many
    /// were removed.
    pub fn filter(&self, report: &mut Report, path: &str) -> usize {
        let Some(accepted) = self.by_path.get(path) else {
            return 0;
        };
        let mut left = accepted.clone();
        let keys: Vec<(String, String)> = report
            .findings
            .iter()
            .map(|f| (f.rule.code.to_owned(), fingerprint(report, f)))
            .collect();
        let mut keys = keys.into_iter();
        let before = report.findings.len();
        report.findings.retain(|_| {
            let Some(key) = keys.next() else { return true };
            match left.get_mut(&key) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            }
        });
        before - report.findings.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Document, Format, Source};

    fn report(text: &str) -> Report {
        let doc = Document::from_text(Source::Path("r.md".into()), Format::Markdown, text);
        crate::rules::test_support::engine().check(doc, None)
    }

    fn baseline_of(text: &str) -> Baseline {
        let mut out = Vec::new();
        let scores = BTreeMap::from([("r.md".to_owned(), 40)]);
        write(&mut out, entries(&report(text), "r.md"), scores).unwrap();
        Baseline::parse(std::str::from_utf8(&out).unwrap(), "b.json").unwrap()
    }

    const OLD: &str = "## Experience\n\n- Worked on the website\n- Cut costs by 40%\n";

    #[test]
    fn edits_elsewhere_keep_findings_accepted() {
        let baseline = baseline_of(OLD);
        assert!(baseline.total() >= 2);
        assert_eq!(baseline.score_for("r.md"), Some(40));
        assert_eq!(baseline.score_for("other.md"), None);
        let edited = "# Ada\n\nSummary line.\n\n## Experience\n\n- Cut costs by 40%\n\n- Worked on   the website\n";
        let mut r = report(edited);
        let removed = baseline.filter(&mut r, "r.md");
        assert_eq!(r.findings.len(), 0, "{:?}", r.findings);
        assert!(removed >= 2);
    }

    #[test]
    fn new_and_rewritten_findings_stay() {
        let baseline = baseline_of(OLD);
        let mut r =
            report("## Experience\n\n- Worked on the website today\n- Helped with testing\n");
        baseline.filter(&mut r, "r.md");
        let codes: Vec<&str> = r.findings.iter().map(|f| f.rule.code).collect();
        assert!(codes.contains(&"B001") && codes.len() >= 3, "{codes:?}");
        // Other paths are not touched.
        let mut other = report(OLD);
        assert_eq!(baseline.filter(&mut other, "other.md"), 0);
    }

    #[test]
    fn duplicates_are_counted() {
        let baseline = baseline_of("## Experience\n\n- Worked on the website\n");
        let mut r = report("## Experience\n\n- Worked on the website\n- Worked on the website\n");
        let before = r.findings.len();
        let removed = baseline.filter(&mut r, "r.md");
        assert_eq!(removed * 2, before, "one copy accepted, the second is new");
    }

    #[test]
    fn fingerprints_are_stable() {
        let r = report("## Experience\n\n- Worked on the website\n");
        let b001 = r.findings.iter().find(|f| f.rule.code == "B001").unwrap();
        // Stored in users' files: this value must never change.
        assert_eq!(fingerprint(&r, b001), "fb39014c227dab8c");
    }

    #[test]
    fn bad_files_are_errors() {
        assert!(Baseline::parse("{", "b.json").is_err());
        assert!(Baseline::parse("{\"version\": 9, \"findings\": []}", "b.json").is_err());
        let err = Baseline::parse("{\"version\": 1, \"findings\": [{\"path\": 1}]}", "b.json");
        assert!(err
            .err()
            .is_some_and(|e| e.to_string().starts_with("b.json: ")));
    }
}
