//! Reports: what the analysis of one input found, ready for any renderer.

use std::sync::Arc;

use crate::analyze::{Metric, Star, StoryMeasures};
use crate::ingest::{Format, IngestError, Source};
use crate::rules::{Finding, Severity};
use crate::score::Score;
use crate::segment::{DocKind, LineIndex, SectionKind, Span};

/// The analysis of one input, or the reason it could not be analysed.
#[derive(Debug)]
pub struct Report {
    /// Where the input came from.
    pub source: Source,
    /// How it was read.
    pub format: Format,
    /// Its kind; `None` for an input that could not be read.
    pub kind: Option<DocKind>,
    /// Its score; `None` for job descriptions and unreadable inputs.
    pub score: Option<Score>,
    /// Why the input could not be analysed, if it could not.
    pub error: Option<String>,
    /// Every list item, in order.
    pub items: Vec<ItemReport>,
    /// Every finding, in text order.
    pub findings: Vec<Finding>,
    /// The stories of a story document.
    pub stories: Vec<StoryReport>,
    /// The analysed text (spans index into it).
    pub text: String,
    /// Line index of `text`.
    pub lines: LineIndex,
    /// Byte offset in `text` where each page starts (PDF); empty otherwise.
    pub pages: Vec<usize>,
}

/// One story: its sentences with their STAR parts, its principles and measures.
#[derive(Clone, Debug)]
pub struct StoryReport {
    /// Its heading.
    pub title: Option<Span>,
    /// From its first to its last sentence (or its heading, if it has one).
    pub span: Span,
    /// Sentences with their label and confidence.
    pub sentences: Vec<(Span, Star, f64)>,
    /// Every principle, strongest first.
    pub principles: Vec<PrincipleReport>,
    /// Ids of the principles the author tagged.
    pub tagged: Vec<String>,
    /// The question the story answers.
    pub question: Option<String>,
    /// Its measures.
    pub measures: StoryMeasures,
    /// Its score.
    pub score: Score,
    /// Whether the English cues and principles applied.
    pub english: bool,
}

/// How strongly a story shows one principle, and why.
#[derive(Clone, Debug)]
pub struct PrincipleReport {
    /// Stable id ("dive-deep"), shared with the lexicons.
    pub id: Arc<str>,
    /// Display name, shared with the lexicons.
    pub name: Arc<str>,
    /// Strength in [0, 1].
    pub score: f64,
    /// Evidence phrases.
    pub evidence: Vec<Span>,
    /// Where the story names it instead.
    pub named: Vec<Span>,
}

/// One list item and its metrics.
#[derive(Clone, Debug)]
pub struct ItemReport {
    /// The item's text.
    pub span: Span,
    /// The kind of section holding it.
    pub section: Option<SectionKind>,
    /// Metrics found in it.
    pub metrics: Vec<Metric>,
}

impl ItemReport {
    /// True when the item states at least one metric.
    pub fn quantified(&self) -> bool {
        !self.metrics.is_empty()
    }
}

impl Report {
    /// The 1-based page holding byte `offset` of `text`, for an input with pages.
    pub fn page_of(&self, offset: usize) -> Option<usize> {
        crate::ingest::page_of(&self.pages, offset)
    }

    /// An error row for an input that could not be analysed.
    pub fn from_error(error: &IngestError) -> Report {
        let source = match error {
            IngestError::Io { input, .. }
            | IngestError::TooLarge { input, .. }
            | IngestError::Binary { input, .. }
            | IngestError::Extract { input, .. }
            | IngestError::NotFound(input) => input.clone(),
        };
        let format = match &source {
            Source::Path(path) => Format::from_path(path).unwrap_or(Format::Text),
            Source::Stdin => Format::Text,
        };
        // The message names the file already; the row names it too, so keep only the rest.
        let full = error.to_string();
        let prefix = format!("{source}: ");
        let message = full.strip_prefix(&prefix).unwrap_or(&full).to_owned();
        Report {
            source,
            format,
            kind: None,
            score: None,
            error: Some(message),
            items: Vec::new(),
            findings: Vec::new(),
            stories: Vec::new(),
            text: String::new(),
            lines: LineIndex::new(""),
            pages: Vec::new(),
        }
    }

    /// The path (or `<stdin>`) as shown to people.
    pub fn path(&self) -> String {
        self.source.to_string()
    }

    /// Findings at or above `level`.
    pub fn count_at_least(&self, level: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity >= level).count()
    }

    /// Rule codes by how often they occur here, most frequent first (ties by code).
    pub fn top_codes(&self) -> Vec<(&'static str, usize)> {
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for finding in &self.findings {
            match counts
                .iter_mut()
                .find(|(code, _)| *code == finding.rule.code)
            {
                Some((_, n)) => *n += 1,
                None => counts.push((finding.rule.code, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        counts
    }
}
