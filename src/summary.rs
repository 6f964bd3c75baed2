//! The class summary: what a batch of documents has in common.
//!
//! Only this accumulates over a batch, and it stays small whatever the batch size: a count
//! per score value (so quartiles are exact without keeping every score), a count per rule,
//! and a count per principle.

use std::collections::BTreeMap;

use crate::report::Report;
use crate::rules::{Severity, RULES};
use crate::segment::DocKind;

/// How many of its strongest principles count as a story's coverage.
pub const COVERAGE_TOP: usize = 3;

/// What one document adds to the summary (small, so it can travel between threads).
#[derive(Clone, Debug)]
pub struct DocStats {
    /// The document's kind; `None` for an input that could not be read.
    pub kind: Option<DocKind>,
    /// Its score.
    pub score: Option<u8>,
    /// Findings per rule code.
    pub codes: Vec<(&'static str, usize)>,
    /// For each story, the ids of its strongest principles.
    pub story_principles: Vec<Vec<String>>,
    /// Findings at warning level or above.
    pub failing: usize,
    /// Findings by severity: info, warning, error.
    pub by_severity: [usize; 3],
}

impl DocStats {
    /// The statistics of one report.
    pub fn of(report: &Report) -> DocStats {
        DocStats {
            kind: report.kind,
            score: report.score.as_ref().map(|s| s.value),
            codes: report.top_codes(),
            story_principles: report
                .stories
                .iter()
                .filter(|s| s.english)
                .map(|s| {
                    s.principles
                        .iter()
                        .take(COVERAGE_TOP)
                        .filter(|p| p.score > 0.0)
                        .map(|p| p.id.to_string())
                        .collect()
                })
                .collect(),
            failing: report.count_at_least(Severity::Warning),
            by_severity: [Severity::Info, Severity::Warning, Severity::Error].map(|level| {
                report
                    .findings
                    .iter()
                    .filter(|f| f.severity == level)
                    .count()
            }),
        }
    }
}

/// Min, quartiles, median, mean and max of a set of scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Distribution {
    /// Lowest score.
    pub min: u8,
    /// First quartile (nearest rank).
    pub q1: u8,
    /// Median (nearest rank).
    pub median: u8,
    /// Third quartile (nearest rank).
    pub q3: u8,
    /// Mean.
    pub mean: f64,
    /// Highest score.
    pub max: u8,
}

/// How often one rule fired across the documents of a kind.
#[derive(Clone, Debug, Default)]
pub struct CodeCount {
    /// Documents with at least one finding of the rule.
    pub documents: usize,
    /// Findings in all.
    pub findings: usize,
}

/// The summary of the documents of one kind.
#[derive(Clone, Debug)]
pub struct KindSummary {
    /// Documents of this kind.
    pub documents: usize,
    /// How many documents got each score 0..=100.
    pub score_counts: [u64; 101],
    /// Findings per rule code.
    pub codes: BTreeMap<&'static str, CodeCount>,
    /// Stories seen (story documents only).
    pub stories: usize,
    /// Stories that show each principle among their strongest, by principle id.
    pub principles: BTreeMap<String, usize>,
}

impl Default for KindSummary {
    fn default() -> KindSummary {
        KindSummary {
            documents: 0,
            score_counts: [0; 101],
            codes: BTreeMap::new(),
            stories: 0,
            principles: BTreeMap::new(),
        }
    }
}

impl KindSummary {
    /// Documents that got a score.
    pub fn scored(&self) -> u64 {
        self.score_counts.iter().sum()
    }

    /// The score distribution, if any document was scored.
    pub fn distribution(&self) -> Option<Distribution> {
        let n = self.scored();
        if n == 0 {
            return None;
        }
        let at_rank = |rank: u64| -> u8 {
            let mut seen = 0;
            for (score, count) in self.score_counts.iter().enumerate() {
                seen += count;
                if seen >= rank {
                    return score as u8;
                }
            }
            100
        };
        let rank = |p: f64| ((p * n as f64).ceil() as u64).clamp(1, n);
        let sum: u64 = self
            .score_counts
            .iter()
            .enumerate()
            .map(|(score, count)| score as u64 * count)
            .sum();
        Some(Distribution {
            min: at_rank(1),
            q1: at_rank(rank(0.25)),
            median: at_rank(rank(0.5)),
            q3: at_rank(rank(0.75)),
            mean: sum as f64 / n as f64,
            max: at_rank(n),
        })
    }

    /// Scores in ten bins (0–9, 10–19, …, 90–100).
    pub fn histogram(&self) -> [u64; 10] {
        let mut bins = [0; 10];
        for (score, count) in self.score_counts.iter().enumerate() {
            bins[(score / 10).min(9)] += count;
        }
        bins
    }

    /// Rule codes by the share of documents they appear in, most common first.
    pub fn frequent_codes(&self) -> Vec<(&'static str, &CodeCount)> {
        let mut codes: Vec<(&'static str, &CodeCount)> =
            self.codes.iter().map(|(code, c)| (*code, c)).collect();
        codes.sort_by(|a, b| {
            b.1.documents
                .cmp(&a.1.documents)
                .then(b.1.findings.cmp(&a.1.findings))
                .then(a.0.cmp(b.0))
        });
        codes
    }
}

/// The summary of a whole batch.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Inputs seen.
    pub inputs: usize,
    /// Inputs that could not be read.
    pub errors: usize,
    /// Per document kind, by kind name.
    pub kinds: BTreeMap<&'static str, KindSummary>,
}

impl Summary {
    /// Add one document.
    pub fn add(&mut self, stats: &DocStats) {
        self.inputs += 1;
        let Some(kind) = stats.kind else {
            self.errors += 1;
            return;
        };
        let k = self.kinds.entry(kind.name()).or_default();
        k.documents += 1;
        if let Some(score) = stats.score {
            k.score_counts[usize::from(score.min(100))] += 1;
        }
        for (code, n) in &stats.codes {
            let c = k.codes.entry(code).or_default();
            c.documents += 1;
            c.findings += n;
        }
        for story in &stats.story_principles {
            k.stories += 1;
            for id in story {
                *k.principles.entry(id.clone()).or_default() += 1;
            }
        }
    }

    /// Documents analysed (inputs less errors).
    pub fn documents(&self) -> usize {
        self.inputs - self.errors
    }
}

/// The name of a rule code.
pub fn rule_name(code: &str) -> &'static str {
    RULES
        .iter()
        .find(|r| r.meta().code == code)
        .map_or("", |r| r.meta().name)
}

/// A kind as people write it: "cover-letter" → "cover letter".
pub fn singular(kind: &str) -> String {
    kind.replace('-', " ")
}

/// "resume" → "resumes", "story" → "stories", "cover-letter" → "cover letters".
pub fn plural(kind: &str) -> String {
    match kind {
        "story" => "stories".to_owned(),
        other => format!("{}s", singular(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(score: u8, codes: &[(&'static str, usize)]) -> DocStats {
        DocStats {
            kind: Some(DocKind::Resume),
            score: Some(score),
            codes: codes.to_vec(),
            story_principles: Vec::new(),
            failing: 0,
            by_severity: [0; 3],
        }
    }

    #[test]
    fn quartiles_by_nearest_rank() {
        let mut s = Summary::default();
        for score in [10, 20, 30, 40, 50, 60, 70, 80] {
            s.add(&stats(score, &[]));
        }
        let d = s.kinds["resume"].distribution().unwrap();
        assert_eq!((d.min, d.q1, d.median, d.q3, d.max), (10, 20, 40, 60, 80));
        assert!((d.mean - 45.0).abs() < 1e-9);
        assert_eq!(s.kinds["resume"].histogram()[1], 1);
    }

    #[test]
    fn codes_count_documents_and_findings() {
        let mut s = Summary::default();
        s.add(&stats(50, &[("Q001", 4), ("B001", 1)]));
        s.add(&stats(60, &[("Q001", 2)]));
        s.add(&DocStats {
            kind: None,
            score: None,
            codes: Vec::new(),
            story_principles: Vec::new(),
            failing: 0,
            by_severity: [0; 3],
        });
        let k = &s.kinds["resume"];
        assert_eq!(k.codes["Q001"].documents, 2);
        assert_eq!(k.codes["Q001"].findings, 6);
        assert_eq!(k.frequent_codes()[0].0, "Q001");
        assert_eq!((s.inputs, s.errors, s.documents()), (3, 1, 2));
    }
}
