//! K004 inconsistent-metric: the resume and a story give different numbers for the same
//! achievement.

use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "K004",
    name: "inconsistent-metric",
    severity: Severity::Warning,
    summary: "the resume and a story give different numbers for the same achievement",
    what: "Run by `starcheck bank --resume FILE`. Matches each metric of a resume bullet with the metrics of the stories that measure the same kind of quantity (percentages and ratios in words, counts, money, multipliers, durations in one unit) and share at least two content words around the metric, and reports the pair when no such match agrees within 10%. In the examples, the lines above `--- stories ---` are the resume.",
    why: "Interviewers read the resume before they listen. \"Cut latency 40%\" on paper and \"cut it by a third\" in the story make them wonder which is true, and then what else is not.",
    bad: &["## Experience\n\n- Cut checkout latency by 40% by caching price lookups\n--- stories ---\n# The slow checkout\n\nLast summer I interned on the web team of a grocery store. Checkout was slow at lunchtime and customers abandoned their baskets. I profiled the requests and found a price lookup that ran once per item, so I cached the prices for five minutes. The cache cut checkout latency by a third, and abandoned baskets fell too.\n"],
    good: &["## Experience\n\n- Cut checkout latency by 40% by caching price lookups\n--- stories ---\n# The slow checkout\n\nLast summer I interned on the web team of a grocery store. Checkout was slow at lunchtime and customers abandoned their baskets. I profiled the requests and found a price lookup that ran once per item, so I cached the prices for five minutes. The cache cut checkout latency by about 40%, and abandoned baskets fell by 15%.\n"],
    examples: ExampleKind::Bank,
};

/// K004. Bank rules are run by [`crate::bank::Bank`]; a single document has no finding.
#[derive(Debug)]
pub(crate) struct InconsistentMetric;

impl Rule for InconsistentMetric {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &Analysis<'_>, _: &mut Vec<Finding>) {}
}
