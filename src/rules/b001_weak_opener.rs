//! B001 weak-opener: a bullet that opens with a duty instead of an achievement.

use super::{impact_items, weak_opener, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "B001",
    name: "weak-opener",
    severity: Severity::Warning,
    summary: "bullet opens with a duty or a helper phrase instead of what you did",
    what: "Flags resume bullets in experience, projects and leadership sections that open with a phrase from the weak-openers lexicon, such as \"Responsible for\", \"Helped with\", \"Worked on\" or \"Assisted in\".",
    why: "These phrases describe a job description, not an achievement: they hide what you did yourself and push the action verb out of the first words a recruiter skims.",
    bad: &["Responsible for the weekly sales report", "Helped with onboarding new volunteers", "Worked on the checkout page redesign"],
    good: &["Automated the weekly sales report, saving 4 hours a week", "Onboarded 12 new volunteers", "Redesigned the checkout page"],
    examples: ExampleKind::Bullets,
};

/// B001.
#[derive(Debug)]
pub(crate) struct WeakOpener;

impl Rule for WeakOpener {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        let text = a.text();
        for (_, block) in impact_items(a) {
            let Some(span) = weak_opener(a, block) else {
                continue;
            };
            let written = span.slice(text);
            let phrase = written.to_lowercase();
            let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            let instead = a
                .lex
                .weak_openers
                .iter()
                .find(|o| o.text == phrase)
                .map_or("", |o| o.instead.as_str());
            out.push(Finding::new(
                &META,
                span,
                format!("bullet opens with \"{written}\": {instead}"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_the_phrase_only() {
        assert_flags(
            "B001",
            "Responsible for payroll for 40 staff",
            &["Responsible for"],
        );
    }

    #[test]
    fn flags_through_bold_markup() {
        assert_flags("B001", "**Helped with** the launch", &["Helped with"]);
    }

    #[test]
    fn dont_flag_the_phrase_later_in_the_bullet() {
        assert_passes("B001", "Took over the release I was responsible for");
    }

    #[test]
    fn dont_flag_outside_impact_sections() {
        let doc = "## Skills\n\n- Worked on Linux and Windows\n";
        assert!(flagged("B001", doc).is_empty());
    }
}
