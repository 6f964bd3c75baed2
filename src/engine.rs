//! The engine: lexicons plus rules, applied to one document at a time.

use crate::analyze::matching::{match_resume, MatchResult};
use crate::analyze::{Analysis, Posting};
use crate::ingest::Document;
use crate::lexicon::Lexicons;
use crate::policy::Policy;
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

    /// Analyse a document: segment, measure, run every rule, honour the document's inline
    /// suppressions, score. `kind` overrides the detected document kind.
    pub fn check(&self, doc: Document, kind: Option<DocKind>) -> Report {
        self.check_with(doc, kind, &Policy::all())
    }

    /// Analyse a document as [`Engine::check`] does, with a job posting as context: the
    /// cover-letter rules then check the letter's company and targets against it.
    pub fn check_with_job(
        &self,
        doc: Document,
        kind: Option<DocKind>,
        job: Option<&Posting>,
    ) -> Report {
        self.check_full(doc, kind, job, &Policy::all())
    }

    /// Analyse a document under a policy: only the rules it enables run, at the severity
    /// it gives them; findings the document's suppression comments cover are dropped
    /// (see `suppress.rs`), and the score counts only what remains.
    pub fn check_with(&self, doc: Document, kind: Option<DocKind>, policy: &Policy) -> Report {
        self.check_full(doc, kind, None, policy)
    }

    /// [`Engine::check_with`] with a job posting as context (see
    /// [`Engine::check_with_job`]).
    pub fn check_full(
        &self,
        doc: Document,
        kind: Option<DocKind>,
        job: Option<&Posting>,
        policy: &Policy,
    ) -> Report {
        let mut analysis = Analysis::new(&doc, &self.lex, kind).with_job(job);
        let mut findings: Vec<Finding> = Vec::new();
        for (i, rule) in RULES.iter().enumerate() {
            if policy.runs(i) {
                rule.check(&analysis, &mut findings);
            }
        }
        crate::suppress::apply(&doc.text, &analysis.lines, policy, &mut findings);
        if !policy.is_default() {
            policy.apply(&mut findings);
        }
        findings.sort_by(|a, b| (a.span.start, a.rule.code).cmp(&(b.span.start, b.rule.code)));
        let score = score::score(&analysis, &findings);
        // The rules and the score are done with the analysis: the report takes its metrics
        // and stories rather than copies.
        let mut block_metrics = std::mem::take(&mut analysis.block_metrics);
        let items = analysis
            .segments
            .blocks
            .iter()
            .zip(&mut block_metrics)
            .filter(|(b, _)| b.kind == BlockKind::Item)
            .map(|(b, metrics)| ItemReport {
                span: b.span,
                section: analysis.segments.section_kind(b),
                metrics: std::mem::take(metrics),
            })
            .collect();
        let stories = std::mem::take(&mut analysis.stories)
            .into_iter()
            .map(|story| {
                let score = score::story_score(&story);
                StoryReport {
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
                        .into_iter()
                        .map(|p| PrincipleReport {
                            id: self.lex.principles().list[p.principle].id.clone(),
                            name: self.lex.principles().list[p.principle].name.clone(),
                            score: p.score,
                            evidence: p.evidence,
                            named: p.named,
                        })
                        .collect(),
                    tagged: story
                        .tagged
                        .iter()
                        .map(|&t| self.lex.principles().list[t].id.to_string())
                        .collect(),
                    question: story.question,
                    measures: story.measures,
                    score,
                    english: story.english,
                }
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

/// A resume matched against a job posting: the match, and the findings about the posting's
/// requirements (their spans index into the posting's text).
#[derive(Debug)]
pub struct MatchReport {
    /// Where the resume came from.
    pub source: crate::ingest::Source,
    /// The resume's text (evidence spans index into it).
    pub text: String,
    /// Line index of `text`.
    pub lines: crate::segment::LineIndex,
    /// The match, requirement by requirement.
    pub result: MatchResult,
    /// J001 and J002 findings, on the posting's text.
    pub findings: Vec<Finding>,
}

impl Engine {
    /// Match a resume against a job posting. The document is read as a resume whatever
    /// its detected kind.
    pub fn match_resume(&self, doc: Document, posting: &Posting) -> MatchReport {
        let analysis = Analysis::new(&doc, &self.lex, Some(DocKind::Resume));
        let result = match_resume(&analysis, posting);
        let findings = crate::rules::match_findings(&result, posting);
        let lines = analysis.lines;
        MatchReport {
            source: doc.source,
            text: doc.text,
            lines,
            result,
            findings,
        }
    }
}
