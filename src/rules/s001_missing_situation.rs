//! S001 missing-situation: a story with no situation sentence.

use super::{story_rules::missing_part, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::Star;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "S001",
    name: "missing-situation",
    severity: Severity::Warning,
    summary: "story has no situation sentence",
    what: "Flags a story (of four sentences or more, in English) in which no sentence is labelled situation: nothing says where, when or in what setting it happened.",
    why: "Without a situation the interviewer has no frame for the rest: how big the problem was, what was at stake, whose it was. One or two sentences of context are enough.",
    bad: &["# The release\n\nMy goal was to get the release out on time. I wrote the missing tests myself. I also reviewed every open pull request. As a result, we shipped 2 days early.\n"],
    good: &["# Fixing the build\n\nLast summer I interned on a payments team at a bank. Our nightly build failed about half the time, and nobody owned it. My goal was to make it reliable before the release. I traced the failures to a shared test database and gave each test run its own copy. I also wrote a short guide for the team. As a result, the build passed 98% of nights over the next month, up from 52%. I learned to look for the shared state first.\n"],
    examples: ExampleKind::Document,
};

/// S001.
#[derive(Debug)]
pub(crate) struct MissingSituation;

impl Rule for MissingSituation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        missing_part(a, out, &META, Star::Situation);
    }
}
