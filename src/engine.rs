//! The engine: lexicons plus rules, applied to one document at a time.

use crate::analyze::Analysis;
use crate::ingest::Document;
use crate::lexicon::Lexicons;
use crate::report::{ItemReport, PrincipleReport, Report, StoryReport};
use crate::rules::{Finding, RULES};
use crate::score;
use crate::segment::{BlockKind, DocKind};

/// Runs the whole analysis of a document. Holds no per-document state, so one engine
/// serves any number of threads.
#[derive(Debug)]
pub struct Engine {
    lex: Lexicons,
}

impl Engine {
    /// An engine over these lexicons.
    pub fn new(lex: Lexicons) -> Engine {
        Engine { lex }
    }

    /// The lexicons in force.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// Analyse a document: segment, measure, run every rule, score. `kind` overrides the
    /// detected document kind.
    pub fn check(&self, doc: Document, kind: Option<DocKind>) -> Report {
        let analysis = Analysis::new(&doc, &self.lex, kind);
        let mut findings: Vec<Finding> = Vec::new();
        for rule in RULES {
            rule.check(&analysis, &mut findings);
        }
        findings.sort_by(|a, b| (a.span.start, a.rule.code).cmp(&(b.span.start, b.rule.code)));
        let score = score::score(&analysis, &findings);
        let items = analysis
            .segments
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == BlockKind::Item)
            .map(|(i, b)| ItemReport {
                span: b.span,
                section: analysis.segments.section_kind(b),
                metrics: analysis.block_metrics[i].clone(),
            })
            .collect();
        let pack = &self.lex.principles;
        let stories = analysis
            .stories
            .iter()
            .map(|story| StoryReport {
                title: story.title,
                span: story.title.map_or(story.span, |t| {
                    crate::segment::Span::new(t.start, story.span.end)
                }),
                sentences: story
                    .sentences
                    .iter()
                    .map(|s| {
                        (
                            analysis.segments.sentences[s.sentence].span,
                            s.star,
                            s.confidence,
                        )
                    })
                    .collect(),
                principles: story
                    .principles
                    .iter()
                    .map(|p| PrincipleReport {
                        id: pack.list[p.principle].id.clone(),
                        name: pack.list[p.principle].name.clone(),
                        score: p.score,
                        evidence: p.evidence.clone(),
                        named: p.named.clone(),
                    })
                    .collect(),
                tagged: story
                    .tagged
                    .iter()
                    .map(|&t| pack.list[t].id.clone())
                    .collect(),
                question: story.question.clone(),
                measures: story.measures.clone(),
                score: score::story_score(story),
                english: story.english,
            })
            .collect();
        let kind = analysis.kind;
        let lines = analysis.lines;
        drop(analysis.segments);
        Report {
            source: doc.source,
            format: doc.format,
            kind: Some(kind),
            score,
            error: None,
            items,
            findings,
            stories,
            text: doc.text,
            lines,
            pages: doc.pages,
        }
    }
}
