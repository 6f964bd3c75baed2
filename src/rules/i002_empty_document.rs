//! I002 empty-document: a file with nothing to analyse.

use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::segment::Span;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "I002",
    name: "empty-document",
    severity: Severity::Warning,
    summary: "document is empty",
    what: "Reports a document with no words at all: an empty file, or one holding only whitespace or markup.",
    why: "An empty file in a batch is almost always a mistake: a failed export, or a draft saved before it was written. It is reported rather than silently scored.",
    bad: &["", "   \n\n"],
    good: &["## Experience\n\n- Built a thing\n"],
    examples: ExampleKind::Document,
};

/// I002.
#[derive(Debug)]
pub(crate) struct EmptyDocument;

impl Rule for EmptyDocument {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        if a.segments.words.is_empty() {
            out.push(Finding::new(
                &META,
                Span::new(0, 0),
                "document is empty: there is nothing to analyse",
            ));
        }
    }
}
