//! B005 long-bullet: a bullet too long to skim.

use super::{impact_items, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

/// Most words a bullet can have before it is flagged.
pub(crate) const MAX_WORDS: usize = 30;
/// Most lines a bullet can span before it is flagged.
pub(crate) const MAX_LINES: usize = 2;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "B005",
    name: "long-bullet",
    severity: Severity::Info,
    summary: "bullet is over 30 words or two lines",
    what: "Flags resume bullets in experience, projects and leadership sections with more than 30 words, or that wrap onto more than two lines.",
    why: "Recruiters spend seconds on a resume and read the start of each bullet. A long bullet buries its result; one achievement per bullet, one or two lines long, gets read.",
    bad: &["Worked closely with the marketing team and the sales team and the product managers to plan, design, build, test and launch a new onboarding flow that was used by new customers in three regions"],
    good: &["Launched a new onboarding flow with marketing, sales and product, used by customers in 3 regions"],
    examples: ExampleKind::Bullets,
};

/// B005.
#[derive(Debug)]
pub(crate) struct LongBullet;

impl Rule for LongBullet {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        let text = a.text();
        for (_, block) in impact_items(a) {
            let words = block.words.len();
            let lines = block
                .span
                .slice(text)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .count();
            let message = if words > MAX_WORDS {
                format!("bullet has {words} words (over {MAX_WORDS}): keep one achievement and its result")
            } else if lines > MAX_LINES {
                format!("bullet spans {lines} lines (over {MAX_LINES}): keep one achievement and its result")
            } else {
                continue;
            };
            out.push(Finding::new(&META, block.span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn thirty_words_pass_thirty_one_do_not() {
        let thirty = vec!["word"; 30].join(" ");
        assert_passes("B005", &thirty);
        let thirty_one = format!("{thirty} more");
        assert_flags("B005", &thirty_one, &[thirty_one.as_str()]);
    }

    #[test]
    fn flags_bullets_over_two_lines() {
        let doc = "## Experience\n\n- Built the\n  new data\n  pipeline\n";
        assert_eq!(flagged("B005", doc).len(), 1);
    }
}
