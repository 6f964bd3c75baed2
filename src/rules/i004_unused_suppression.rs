//! I004 unused-suppression: an inline suppression that silences nothing.

use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "I004",
    name: "unused-suppression",
    severity: Severity::Warning,
    summary: "inline suppression silences no finding",
    what: "Reports a code of a `starcheck-disable-next-line`, `starcheck-disable` or `starcheck: ignore` comment under which that rule found nothing, so the comment can go. Codes of rules that do not run under the configuration in force are not reported.",
    why: "A suppression outlives the text it was written for: once the bullet is rewritten, a forgotten comment would silence the next real problem on that line.",
    bad: &["## Experience\n\n<!-- starcheck-disable-next-line B001 -->\n- Reduced build time by 40% for 12 engineers\n"],
    good: &["## Experience\n\n<!-- starcheck-disable-next-line B001 -->\n- Worked on the build, cutting its time by 40%\n"],
    examples: ExampleKind::Document,
};

/// I004. Its findings need every other rule's, so the suppression pass
/// (`src/suppress.rs`) reports them once the rules have run; this check adds nothing.
#[derive(Debug)]
pub(crate) struct UnusedSuppression;

impl Rule for UnusedSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &Analysis<'_>, _: &mut Vec<Finding>) {}
}
