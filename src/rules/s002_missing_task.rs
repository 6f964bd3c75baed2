//! S002 missing-task: a story with no task sentence.

use super::{story_rules::missing_part, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::Star;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "S002",
    name: "missing-task",
    severity: Severity::Info,
    summary: "story has no task sentence",
    what: "Flags a story (of four sentences or more, in English) in which no sentence is labelled task: it never says what the speaker had to achieve or was asked to do.",
    why: "The task tells the interviewer what success meant and why the actions matter. Stories often fold it into the situation, so this is information rather than a warning.",
    bad: &["# Inventory\n\nLast year I worked at a hardware store during the holidays. I counted every aisle and built a simple reorder sheet. I trained two coworkers to use it. I also called the supplier about earlier deliveries. As a result, empty shelves fell by 40% in a month.\n"],
    good: &["# Fixing the build\n\nLast summer I interned on a payments team at a bank. Our nightly build failed about half the time, and nobody owned it. My goal was to make it reliable before the release. I traced the failures to a shared test database and gave each test run its own copy. I also wrote a short guide for the team. As a result, the build passed 98% of nights over the next month, up from 52%. I learned to look for the shared state first.\n"],
    examples: ExampleKind::Document,
};

/// S002.
#[derive(Debug)]
pub(crate) struct MissingTask;

impl Rule for MissingTask {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        missing_part(a, out, &META, Star::Task);
    }
}
