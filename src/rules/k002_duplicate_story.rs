//! K002 duplicate-story: two stories of the bank tell the same event.

use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "K002",
    name: "duplicate-story",
    severity: Severity::Warning,
    summary: "two stories tell the same event",
    what: "Run by `starcheck bank`, over every pair of stories of a bank. Compares the content words of the two stories (TF-IDF cosine of their stems, words every story uses weighing little) and the numbers both state, and reports the pair when the similarity reaches 0.25, with the shared numbers, names and words.",
    why: "A story told twice in one loop wastes a question, and two interviewers comparing notes see a candidate with one experience. Merge the two into the stronger story, or tell a different event.",
    bad: &["# The checkout that timed out\n\nLast summer I interned at Brightwell Foods on the web team. Checkout at the online store timed out for one order in eight at lunchtime. I traced the slow requests to a price lookup that ran once per item in the basket, so I cached the prices for five minutes and load-tested the change at three times peak traffic. Timeouts fell from 12% to under 1%, and lunchtime orders rose 9%.\n\n# Speeding up the Brightwell basket\n\nAt Brightwell Foods one in eight lunchtime orders failed at checkout with a timeout. Nobody knew why, so I read the slow request logs and saw the basket asked for the price of each item separately. I added a five-minute price cache and tested it at three times peak load. The timeout rate dropped from 12% to below 1% and lunch orders grew 9%.\n"],
    good: &["# The checkout that timed out\n\nLast summer I interned at Brightwell Foods on the web team. Checkout at the online store timed out for one order in eight at lunchtime. I traced the slow requests to a price lookup that ran once per item in the basket, so I cached the prices for five minutes and load-tested the change at three times peak traffic. Timeouts fell from 12% to under 1%, and lunchtime orders rose 9%.\n\n# The intern who disagreed with me\n\nAt Brightwell Foods I mentored a second intern, Dana, who wanted to rewrite our test suite from scratch. I thought the rewrite would take the whole summer, so I asked her to measure which tests were slow first. She found that six tests took 80% of the run time. I backed her plan to rewrite those six, and our test run fell from 14 minutes to 4.\n"],
    examples: ExampleKind::Bank,
};

/// K002. Bank rules are run by [`crate::bank::Bank`]; a single document has no finding.
#[derive(Debug)]
pub(crate) struct DuplicateStory;

impl Rule for DuplicateStory {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &Analysis<'_>, _: &mut Vec<Finding>) {}
}
