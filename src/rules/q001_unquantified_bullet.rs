//! Q001 unquantified-bullet: a bullet with no measurable amount.

use super::{impact_items, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "Q001",
    name: "unquantified-bullet",
    severity: Severity::Warning,
    summary: "bullet states no measurable outcome or scale",
    what: "Flags resume bullets in experience, projects and leadership sections (or under no heading) in which the quantification detector finds no metric: no percent, money, count, multiplier, duration, rank, ratio (\"doubled\") or scale (\"thousands of\"). Dates, versions, course codes, product names and other numbers that are not amounts do not count.",
    why: "Recruiters skim for quantified impact. \"Improved algorithm runtime by 40%\" proves what \"Optimized algorithm performance\" only claims, and a number for the scale of the work (\"for 3 teams\", \"12,000 users\") shows ownership.",
    bad: &["Optimized algorithm performance", "Built data pipelines in Python 3.11 on EC2", "Interned at Acme, Jun 2023 – Aug 2023"],
    good: &["Improved algorithm runtime by 40%", "Built data pipelines on EC2 serving 12,000 users", "Doubled weekly sign-ups", "Placed 2nd of 40 teams at HackState"],
    examples: ExampleKind::Bullets,
};

/// Q001.
#[derive(Debug)]
pub(crate) struct UnquantifiedBullet;

impl Rule for UnquantifiedBullet {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        for (index, block) in impact_items(a) {
            if a.block_metrics[index].is_empty() {
                out.push(Finding::new(
                    &META,
                    block.span,
                    "bullet states no measurable result: add how many, how much, how fast or how often",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_the_whole_bullet() {
        assert_flags("Q001", "Managed social media", &["Managed social media"]);
    }

    #[test]
    fn metrics_in_words_pass() {
        assert_passes("Q001", "Halved the onboarding time for new hires");
        assert_passes("Q001", "Answered hundreds of support tickets");
    }

    #[test]
    fn dont_flag_education_or_skills() {
        let doc = "## Education\n\n- BS Computer Science\n\n## Skills\n\n- Rust, Go\n";
        assert!(flagged("Q001", doc).is_empty());
    }
}
