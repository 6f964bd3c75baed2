//! K003 small-bank: fewer stories than an interview loop needs.

use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "K003",
    name: "small-bank",
    severity: Severity::Warning,
    summary: "the bank holds fewer than 8 usable stories",
    what: "Run by `starcheck bank`. Counts the usable stories of the bank: stories in English of at least 40 words. Reports the bank when it holds fewer than 8.",
    why: "A loop of four or five interviewers asks about eight to ten principles, and a story should not be told twice. With fewer than eight stories, some questions get a repeated or an improvised answer.",
    bad: &["A folder with three stories: the returns backlog, the flaky build and the robotics budget"],
    good: &["A folder with nine stories, each of at least 40 words, in English"],
    examples: ExampleKind::Described,
};

/// K003. Bank rules are run by [`crate::bank::Bank`]; a single document has no finding.
#[derive(Debug)]
pub(crate) struct SmallBank;

impl Rule for SmallBank {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &Analysis<'_>, _: &mut Vec<Finding>) {}
}
