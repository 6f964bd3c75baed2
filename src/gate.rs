//! The failing exit: which documents fail a run (a finding at the failing level, a score
//! under the minimum), and the one line that says why, printed last.
//!
//! Each document is judged on its own settings (a configuration file may set them per
//! folder), in the worker that analysed it; only the verdicts travel to the sink.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use starcheck::report::Report;
use starcheck::rules::Severity;
use starcheck::segment::DocKind;

/// How many failing documents a reason names before it says "and N more".
const NAMED: usize = 5;

/// The minimum score of each document kind, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) struct MinScore {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) resume: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) story: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) cover_letter: Option<u8>,
}

impl MinScore {
    /// The same minimum for every kind.
    pub(crate) fn all(min: u8) -> MinScore {
        MinScore {
            resume: Some(min),
            story: Some(min),
            cover_letter: Some(min),
        }
    }

    /// True when no kind has a minimum.
    pub(crate) fn is_empty(&self) -> bool {
        *self == MinScore::default()
    }

    fn of(&self, kind: DocKind) -> Option<u8> {
        match kind {
            DocKind::Resume => self.resume,
            DocKind::Story => self.story,
            DocKind::CoverLetter => self.cover_letter,
            DocKind::JobDescription => None,
        }
    }
}

/// When a document fails the run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Gate {
    /// Findings at this severity or above fail; `None`: findings never fail.
    pub(crate) fail_on: Option<Severity>,
    /// Scores under these fail.
    pub(crate) min_score: MinScore,
}

/// Why one document fails, if it does.
#[derive(Clone, Debug, Default)]
pub(crate) struct Verdict {
    /// Findings at or above the failing level, and that level.
    findings: Option<(usize, Severity)>,
    /// The kind, score and minimum of a document scoring under its minimum.
    below: Option<(DocKind, u8, u8)>,
}

impl Verdict {
    /// Accept a score under the minimum when it is at least `recorded` (a baseline's).
    pub(crate) fn accept_score_from(&mut self, recorded: Option<u8>) {
        if let (Some((_, score, _)), Some(recorded)) = (self.below, recorded) {
            if score >= recorded {
                self.below = None;
            }
        }
    }
}

impl Gate {
    /// Judge one report.
    pub(crate) fn judge(&self, report: &Report) -> Verdict {
        let findings = self
            .fail_on
            .map(|level| (report.count_at_least(level), level))
            .filter(|(n, _)| *n > 0);
        let below = report.kind.and_then(|kind| {
            let min = self.min_score.of(kind)?;
            let score = report.score.as_ref()?.value;
            (score < min).then_some((kind, score, min))
        });
        Verdict { findings, below }
    }
}

/// The failures of a batch, in input order.
#[derive(Debug, Default)]
pub(crate) struct Failures {
    findings: usize,
    documents: usize,
    levels: Vec<Severity>,
    /// Documents under their minimum, by kind and minimum.
    below: BTreeMap<(&'static str, u8), Vec<(String, u8)>>,
}

impl Failures {
    /// Count one document's verdict.
    pub(crate) fn add(&mut self, path: &str, verdict: &Verdict) {
        if let Some((n, level)) = verdict.findings {
            self.findings += n;
            self.documents += 1;
            if !self.levels.contains(&level) {
                self.levels.push(level);
            }
        }
        if let Some((kind, score, min)) = verdict.below {
            self.below
                .entry((kind.name(), min))
                .or_default()
                .push((path.to_owned(), score));
        }
    }

    /// True when some document fails.
    pub(crate) fn failed(&self) -> bool {
        self.findings > 0 || !self.below.is_empty()
    }

    /// Why the run fails, in one line ("2 resumes below min-score 70: a.md (55), b.md
    /// (62)"); `None` when it does not.
    pub(crate) fn reason(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.findings > 0 {
            let level = match self.levels.as_slice() {
                [one] => one.name(),
                _ => "the failing level",
            };
            parts.push(format!(
                "{} at {level} or above in {}",
                plural(self.findings, "finding", "findings"),
                plural(self.documents, "document", "documents"),
            ));
        }
        for ((kind, min), docs) in &self.below {
            let (one, many) = kind_names(kind);
            let mut part = format!("{} below min-score {min}: ", plural(docs.len(), one, many));
            for (i, (path, score)) in docs.iter().take(NAMED).enumerate() {
                if i > 0 {
                    part.push_str(", ");
                }
                let _ = write!(part, "{path} ({score})");
            }
            if docs.len() > NAMED {
                let _ = write!(part, " and {} more", docs.len() - NAMED);
            }
            parts.push(part);
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn kind_names(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "resume" => ("resume", "resumes"),
        "story" => ("story file", "story files"),
        "cover-letter" => ("cover letter", "cover letters"),
        _ => ("document", "documents"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reason_names_findings_and_low_scores() {
        let mut failures = Failures::default();
        assert!(!failures.failed());
        assert_eq!(failures.reason(), None);
        let finding = Verdict {
            findings: Some((3, Severity::Warning)),
            below: None,
        };
        failures.add("a.md", &finding);
        for (path, score) in [("b.md", 55), ("c.md", 62)] {
            let low = Verdict {
                findings: None,
                below: Some((DocKind::Resume, score, 70)),
            };
            failures.add(path, &low);
        }
        assert!(failures.failed());
        assert_eq!(
            failures.reason().as_deref(),
            Some(
                "3 findings at warning or above in 1 document; \
                 2 resumes below min-score 70: b.md (55), c.md (62)"
            )
        );
    }

    #[test]
    fn long_lists_are_cut() {
        let mut failures = Failures::default();
        for i in 0..8 {
            let low = Verdict {
                findings: None,
                below: Some((DocKind::Story, 10, 50)),
            };
            failures.add(&format!("s{i}.md"), &low);
        }
        let reason = failures.reason().unwrap_or_default();
        assert!(reason.starts_with("8 story files below min-score 50: s0.md (10)"));
        assert!(reason.ends_with("s4.md (10) and 3 more"), "{reason}");
    }
}
