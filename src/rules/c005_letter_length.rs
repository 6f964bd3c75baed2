//! C005 letter-length: a cover letter too short to say anything or too long to be read.

use super::letter_rules::{anchor, is_letter};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

/// Fewest words of a cover letter, sign-off and address included.
pub(crate) const MIN_WORDS: usize = 150;
/// Most words of a cover letter: about one page.
pub(crate) const MAX_WORDS: usize = 450;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "C005",
    name: "letter-length",
    severity: Severity::Warning,
    summary: "the cover letter is under 150 or over 450 words",
    what: "Flags a cover letter of fewer than 150 or more than 450 words (everything counted: address, salutation and sign-off too), pointing at its first sentence.",
    why: "A few lines cannot show why you and this team fit; more than a page is skimmed or skipped. Three or four short paragraphs are what readers expect.",
    bad: &["Dear Hiring Manager,\n\nPlease consider me for the internship. My resume is attached.\n\nSincerely,\nSam Rivera\n"],
    good: &["Dear Hiring Manager,\n\nI am applying for the Software Development Engineer internship on the Harborlight routing team. I am a third-year computer science student at Northlake University, and the problem your team works on, getting freight across the Pacific Northwest on time, is the one I spent last summer on.\n\nAt Brightwater Logistics I rewrote the job that assigns trucks to loading docks. The old job ran every night for three hours and often missed late orders; mine runs every ten minutes in Python on AWS Lambda, finishes in forty seconds, and cut missed pickups by 18% in its first month. I wrote the tests and the runbook myself, and when the warehouse staff found the new schedule confusing, I sat with them for two mornings and changed the screen they read.\n\nIn a class project I built a small route planner in Java with a PostgreSQL database, and I learned to measure before I optimise: the slow part was never the algorithm but the queries around it.\n\nI would like to bring that habit to your tracking platform, and to learn how a team ships changes safely to carriers who depend on them every day. Thank you for reading; I would be glad to talk about the dock scheduler in more detail.\n\nSincerely,\nSam Rivera\n"],
    examples: ExampleKind::Document,
};

/// C005.
#[derive(Debug)]
pub(crate) struct LetterLength;

impl Rule for LetterLength {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        if !is_letter(a) {
            return;
        }
        let words = a.segments.words.len();
        let advice = if words < MIN_WORDS {
            format!("the letter has {words} words, under {MIN_WORDS}: say why this team and what you did that fits it")
        } else if words > MAX_WORDS {
            format!("the letter has {words} words, over {MAX_WORDS}: keep one story and cut the rest to fit a page")
        } else {
            return;
        };
        out.push(Finding::new(&META, anchor(a), advice));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_a_long_letter() {
        let body = "I built a scheduler that cut missed pickups by 18% in a month. ".repeat(40);
        let letter = format!("Dear Hiring Manager,\n\n{body}\n\nSincerely,\nSam\n");
        assert_eq!(flagged("C005", &letter).len(), 1);
    }

    #[test]
    fn dont_flag_a_resume() {
        assert_passes("C005", "Built a scheduler");
    }
}
