//! I005 unknown-suppression: an inline suppression naming a rule that does not exist.

use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "I005",
    name: "unknown-suppression",
    severity: Severity::Warning,
    summary: "inline suppression names no rule or no directive",
    what: "Reports a word in a suppression comment that looks like a rule code (a letter and digits) but names no rule, such as a typo or a retired code, and a `starcheck-…` comment that is not one of the suppression directives.",
    why: "A suppression with a mistyped code silences nothing, so the finding it was meant for stays, and the comment misleads the next reader.",
    bad: &["## Experience\n\n<!-- starcheck-disable-next-line B010 -->\n- Worked on the build, cutting its time by 40%\n"],
    good: &["## Experience\n\n<!-- starcheck-disable-next-line B001 -->\n- Worked on the build, cutting its time by 40%\n"],
    examples: ExampleKind::Document,
};

/// I005. Reported by the suppression pass (`src/suppress.rs`), with I004.
#[derive(Debug)]
pub(crate) struct UnknownSuppression;

impl Rule for UnknownSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &Analysis<'_>, _: &mut Vec<Finding>) {}
}
