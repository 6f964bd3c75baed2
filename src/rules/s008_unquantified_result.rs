//! S008 unquantified-result: a result with no number in it.

use super::story_rules::label;
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::Star;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "S008",
    name: "unquantified-result",
    severity: Severity::Warning,
    summary: "the result states no measurable outcome",
    what: "Flags a story whose result sentences contain no metric (percent, money, count, duration, multiplier, rank, \"doubled\", \"thousands of\"), using the same detector as resume bullets. The finding points at the first result sentence.",
    why: "\"The manager was happy\" is an opinion; \"refunds fell by 30%\" is a result. A number makes the impact of your actions concrete and memorable.",
    bad: &["# Refunds\n\nLast spring I worked the returns desk at a clothing store. My task was to cut down on refunds. I looked at every return slip for a month and found most were for one jacket with a broken zip. I told the buyer and we pulled the jacket. As a result, the manager was very happy with me.\n"],
    good: &["# Refunds\n\nLast spring I worked the returns desk at a clothing store. My task was to cut down on refunds. I looked at every return slip for a month and found most were for one jacket with a broken zip. I told the buyer and we pulled the jacket. As a result, refunds fell by 30% the next month.\n"],
    examples: ExampleKind::Document,
};

/// S008.
#[derive(Debug)]
pub(crate) struct UnquantifiedResult;

impl Rule for UnquantifiedResult {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        for story in &a.stories {
            let Some(first) = story.sentences.iter().find(|s| s.star == Star::Result) else {
                continue;
            };
            if story.measures.result_metrics == 0 {
                out.push(Finding::new(
                    &META,
                    a.segments.sentences[first.sentence].span,
                    format!("{}: the result has no number; say how much changed (by what percent, how many, how fast)", label(a, story)),
                ));
            }
        }
    }
}
