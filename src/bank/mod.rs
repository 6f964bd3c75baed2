//! The story bank: a candidate's stories read together, as an interview loop hears them.
//!
//! The per-document pipeline judges each story alone; a bank needs what no single story
//! shows: which principles the whole bank covers and which it leaves open
//! ([`coverage`]), which stories retell the same event ([`duplicates`]), which story to
//! tell in which round so that none is told twice ([`plan`]), and whether the numbers of
//! the stories agree with the resume's ([`consistency`]).
//!
//! A [`Bank`] is built from the [`Report`]s the engine already made, so every principle
//! score in its matrix is the story's own score, never measured a second time. Bank
//! findings (K001–K004) span several documents, so each carries a list of [`Place`]s
//! instead of one span.

pub mod consistency;
pub mod coverage;
pub mod duplicates;
pub mod plan;

use crate::lexicon::Lexicons;
use crate::report::{Report, StoryReport};
use crate::rules::{RuleMeta, Severity};
use crate::segment::{DocKind, Span};

pub use consistency::Inconsistency;
pub use duplicates::Duplicate;
pub use plan::{Loop, PlanError, Round, Slot};

/// One story of the bank, and where it comes from.
#[derive(Clone, Debug)]
pub struct BankStory {
    /// Index of its document in the reports the bank was built from.
    pub doc: usize,
    /// Index of the story in its document's `stories`.
    pub story: usize,
    /// Path of its document, as shown to people.
    pub path: String,
    /// Its heading, or its first words when it has none.
    pub title: String,
    /// Where it starts (its heading, or its first sentence).
    pub span: Span,
    /// 1-based line where it starts.
    pub line: usize,
    /// Strength of every principle, indexed like the principles pack: the story's own
    /// scores from its report (all 0 for a story not in English).
    pub scores: Vec<f64>,
    /// Whether it counts towards coverage and the plan (see [`coverage::is_usable`]).
    pub usable: bool,
}

/// A place a bank finding points at: a span of one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Path of the document, as shown to people.
    pub path: String,
    /// The span in the document's text.
    pub span: Span,
    /// 1-based line and column of the span's start.
    pub line: usize,
    /// 1-based column (code points) of the start.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column of the end.
    pub end_column: usize,
}

impl Place {
    /// The place of `span` in `report`.
    pub fn of(report: &Report, span: Span) -> Place {
        let start = report.lines.line_col(&report.text, span.start);
        let end = report.lines.line_col(&report.text, span.end);
        Place {
            path: report.path(),
            span,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }
}

/// One problem of the bank as a whole.
#[derive(Clone, Debug)]
pub struct BankFinding {
    /// The rule that found it.
    pub rule: &'static RuleMeta,
    /// Severity in force.
    pub severity: Severity,
    /// What is wrong, as a sentence.
    pub message: String,
    /// Where it is: none for the bank as a whole, two stories for a duplicate, a resume
    /// line and a story sentence for an inconsistency.
    pub places: Vec<Place>,
}

impl BankFinding {
    /// A finding of `rule` at the rule's default severity.
    pub fn new(rule: &'static RuleMeta, message: impl Into<String>, places: Vec<Place>) -> Self {
        BankFinding {
            rule,
            severity: rule.severity,
            message: message.into(),
            places,
        }
    }
}

/// The analysis of a story bank.
#[derive(Debug)]
pub struct Bank {
    /// Every story of every document, in input order.
    pub stories: Vec<BankStory>,
    /// Ids of the principles, in pack order (the matrix's columns).
    pub principles: Vec<String>,
    /// For each principle, the usable story that shows it most, if any shows it at all.
    pub strongest: Vec<Option<usize>>,
    /// Principles no usable story shows well (indices into `principles`): of all the
    /// principles, or of those the loop asks about when the user chose the loop.
    pub uncovered: Vec<usize>,
    /// Pairs of stories that tell the same event.
    pub duplicates: Vec<Duplicate>,
    /// The interview loop the plan was made for.
    pub interview_loop: Loop,
    /// Every question of the loop with the story to tell, in loop order.
    pub plan: Vec<Slot>,
    /// Achievements whose numbers differ between the resume and a story.
    pub inconsistencies: Vec<Inconsistency>,
    /// The findings, by code and then in the order found.
    pub findings: Vec<BankFinding>,
}

impl Bank {
    /// Read a bank from the reports of its documents (error rows and documents without
    /// stories add no story), plan `interview_loop`, and compare the stories' numbers with
    /// `resume` when one is given.
    pub fn new(
        reports: &[Report],
        lex: &Lexicons,
        interview_loop: Loop,
        resume: Option<&Report>,
    ) -> Bank {
        let pack = lex.principles();
        let principles: Vec<String> = pack.list.iter().map(|p| p.id.to_string()).collect();
        let mut stories = Vec::new();
        for (doc, report) in reports.iter().enumerate() {
            if report.error.is_some() || report.kind == Some(DocKind::JobDescription) {
                continue;
            }
            for (index, story) in report.stories.iter().enumerate() {
                stories.push(bank_story(doc, index, report, story, &principles));
            }
        }
        let mut findings = Vec::new();
        // Every principle must be covered, or only those of a loop the user chose.
        let required: Vec<usize> = if interview_loop.default {
            (0..principles.len()).collect()
        } else {
            interview_loop.principles()
        };
        let (strongest, uncovered) = coverage::coverage(&stories, principles.len(), &required);
        coverage::findings(
            &stories,
            &strongest,
            &uncovered,
            reports,
            lex,
            &mut findings,
        );
        let duplicates = duplicates::find(&stories, reports, lex);
        duplicates::findings(&duplicates, &stories, reports, &mut findings);
        let plan = plan::plan(&interview_loop, &stories);
        let inconsistencies = match resume {
            Some(resume) => consistency::find(resume, &stories, reports, lex),
            None => Vec::new(),
        };
        consistency::findings(&inconsistencies, &mut findings);
        findings.sort_by_key(|f| f.rule.code);
        Bank {
            stories,
            principles,
            strongest,
            uncovered,
            duplicates,
            interview_loop,
            plan,
            inconsistencies,
            findings,
        }
    }

    /// Findings at or above `level`.
    pub fn count_at_least(&self, level: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity >= level).count()
    }

    /// Stories that count towards coverage and the plan.
    pub fn usable(&self) -> usize {
        self.stories.iter().filter(|s| s.usable).count()
    }
}

/// `one` or `many`, as `n` asks.
pub(crate) fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn bank_story(
    doc: usize,
    index: usize,
    report: &Report,
    story: &StoryReport,
    principles: &[String],
) -> BankStory {
    let mut scores = vec![0.0; principles.len()];
    for p in &story.principles {
        if let Some(i) = principles.iter().position(|id| **id == *p.id) {
            scores[i] = p.score;
        }
    }
    let span = story.title.unwrap_or(story.span);
    BankStory {
        doc,
        story: index,
        path: report.path(),
        title: story_title(report, story),
        span,
        line: report.lines.line_col(&report.text, span.start).line,
        scores,
        usable: coverage::is_usable(story),
    }
}

/// A story's heading, or its first six words and "…" when it has none.
fn story_title(report: &Report, story: &StoryReport) -> String {
    if let Some(title) = story.title {
        return title.slice(&report.text).trim().to_owned();
    }
    let text = story
        .sentences
        .first()
        .map_or("", |(span, _, _)| span.slice(&report.text));
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 6 {
        format!("{}…", words[..6].join(" "))
    } else {
        words.join(" ")
    }
}
