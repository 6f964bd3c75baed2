//! S003 missing-action: a story with no action sentence.

use super::{story_rules::missing_part, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::Star;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "S003",
    name: "missing-action",
    severity: Severity::Warning,
    summary: "story has no action sentence",
    what: "Flags a story (of four sentences or more, in English) in which no sentence is labelled action: the story never says what the speaker did.",
    why: "The action is the heart of a STAR answer: it is the only part that shows how you work. A story without it describes a situation and an outcome someone else produced.",
    bad: &["# The outage\n\nLast summer I interned on a payments team at a bank. The nightly build failed about half the time. My goal was to make it reliable. In the end the build passed 98% of nights, up from 52%. The team was very happy with the outcome.\n"],
    good: &["# Fixing the build\n\nLast summer I interned on a payments team at a bank. Our nightly build failed about half the time, and nobody owned it. My goal was to make it reliable before the release. I traced the failures to a shared test database and gave each test run its own copy. I also wrote a short guide for the team. As a result, the build passed 98% of nights over the next month, up from 52%. I learned to look for the shared state first.\n"],
    examples: ExampleKind::Document,
};

/// S003.
#[derive(Debug)]
pub(crate) struct MissingAction;

impl Rule for MissingAction {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        missing_part(a, out, &META, Star::Action);
    }
}
