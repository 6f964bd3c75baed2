//! S004 missing-result: a story with no result sentence.

use super::{story_rules::missing_part, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::Star;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "S004",
    name: "missing-result",
    severity: Severity::Warning,
    summary: "story has no result sentence",
    what: "Flags a story (of four sentences or more, in English) in which no sentence is labelled result: it never says how things turned out or what was learned.",
    why: "Interviewers listen for the outcome: what changed because of what you did. Ending on the action leaves them to guess whether it worked.",
    bad: &["# The build\n\nLast summer I interned on a payments team at a bank. The nightly build failed about half the time. My goal was to make it reliable. I traced the failures to a shared test database. Then I gave each test run its own copy of the database.\n"],
    good: &["# Fixing the build\n\nLast summer I interned on a payments team at a bank. Our nightly build failed about half the time, and nobody owned it. My goal was to make it reliable before the release. I traced the failures to a shared test database and gave each test run its own copy. I also wrote a short guide for the team. As a result, the build passed 98% of nights over the next month, up from 52%. I learned to look for the shared state first.\n"],
    examples: ExampleKind::Document,
};

/// S004.
#[derive(Debug)]
pub(crate) struct MissingResult;

impl Rule for MissingResult {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        missing_part(a, out, &META, Star::Result);
    }
}
