//! Measures that several rules share, computed once per document.
//!
//! Rules never re-derive what another part of the pipeline knows: the metrics of every item
//! and sentence are found here once and handed to every rule through [`Analysis`].

pub mod matching;
pub mod metrics;
pub mod posting;
pub mod story;

use crate::ingest::Document;
use crate::lexicon::{Lexicons, PhraseHits};
use crate::segment::{self, DocKind, LineIndex, Segments};

pub use metrics::{
    find_metrics, find_metrics_with, not_metric_spans, Metric, MetricKind, MetricRole,
};
pub use posting::Posting;
pub use story::{PrincipleScore, Star, Story, StoryMeasures, StorySentence};

/// A document with everything the rules read: its segments, kind and metrics.
#[derive(Debug)]
pub struct Analysis<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The lexicons in force.
    pub lex: &'a Lexicons,
    /// Its segmentation.
    pub segments: Segments,
    /// Its kind, detected or given.
    pub kind: DocKind,
    /// Metrics of each block, indexed like `segments.blocks`.
    pub block_metrics: Vec<Vec<Metric>>,
    /// The stories of a story document (empty for other kinds).
    pub stories: Vec<Story>,
    /// Every match of the phrase sets searched in every document (buzzwords, vague
    /// amounts, weak openers, kind cues…).
    pub phrases: PhraseHits,
    /// Line index of the text.
    pub lines: LineIndex,
    /// The job posting a cover letter is checked against (`--job`), if any.
    pub job: Option<&'a Posting>,
}

impl<'a> Analysis<'a> {
    /// Segment and measure `doc`; `kind` overrides kind detection.
    pub fn new(doc: &'a Document, lex: &'a Lexicons, kind: Option<DocKind>) -> Analysis<'a> {
        let text = doc.text.as_str();
        let segments = segment::segment(doc, lex);
        let phrases = lex.phrase_index().search(text);
        let kind = kind.unwrap_or_else(|| segment::detect_kind(&segments, &phrases));
        let blocked = not_metric_spans(text, &phrases, lex);
        let block_metrics: Vec<Vec<Metric>> = segments
            .blocks
            .iter()
            .map(|block| {
                if block.kind == segment::BlockKind::Heading {
                    Vec::new()
                } else {
                    find_metrics_with(
                        text,
                        block.span,
                        segments.words_in(&block.words),
                        lex,
                        &blocked,
                        &phrases,
                    )
                }
            })
            .collect();
        let stories = if kind == DocKind::Story {
            story::find_stories(text, &segments, &block_metrics, &phrases, lex)
        } else {
            Vec::new()
        };
        Analysis {
            doc,
            lex,
            segments,
            kind,
            block_metrics,
            stories,
            phrases,
            lines: LineIndex::new(text),
            job: None,
        }
    }

    /// The same analysis, with a job posting as context for the rules that read one.
    pub fn with_job(mut self, job: Option<&'a Posting>) -> Analysis<'a> {
        self.job = job;
        self
    }

    /// The document text.
    pub fn text(&self) -> &str {
        &self.doc.text
    }
}
