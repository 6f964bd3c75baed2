//! K001 uncovered-principle: a leadership principle no story of the bank shows well.

use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "K001",
    name: "uncovered-principle",
    severity: Severity::Warning,
    summary: "no story of the bank shows this principle well",
    what: "Run by `starcheck bank`, over all the stories of a bank together. For each of the 16 principles (or, with `--plan`, each principle the loop asks about), finds the usable story that shows it most strongly (the same strength `starcheck show` reports for the story) and reports the principle when that strength is under 0.35, the strength P001 asks of a tagged principle, naming the story that comes closest.",
    why: "Each interviewer of a loop asks about different principles. A principle no story shows well is a question you will answer by improvising, or with a story that does not fit it.",
    bad: &["A bank of eight stories about customers, deadlines and debugging, none of which shows Frugality: no budget cut, no reuse, no doing more with less"],
    good: &["The same bank with a ninth story of building a prototype from spare parts after the budget was cut in half"],
    examples: ExampleKind::Described,
};

/// K001. Bank rules are run by [`crate::bank::Bank`]; a single document has no finding.
#[derive(Debug)]
pub(crate) struct UncoveredPrinciple;

impl Rule for UncoveredPrinciple {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &Analysis<'_>, _: &mut Vec<Finding>) {}
}
