//! C002 no-specific-target: a cover letter that names nothing particular to the company.

use super::letter_rules::{about_target, anchor, body_sentences, is_letter, norms};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::posting::{capitalised_names, TermKey, NON_TARGET_GROUPS};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "C002",
    name: "no-specific-target",
    severity: Severity::Warning,
    summary: "the cover letter names no team, service, product or fact of the company",
    what: "Flags a cover letter whose body names nothing particular to the company. With `--job`, a target is anything the posting says about the company, the team or the role outside its qualification lists: a skill or service it uses, a capitalised name (a team, a product, a place) other than the company's own, or a salient word of that text (\"freight\", \"routing\"). Without a posting, a sentence about the company applied to must name a technical skill or service, or two names (the company and a team or product).",
    why: "A letter that would fit any company tells the reader you did not look at theirs. One named team, product or fact shows you did, and why you want this job and not any job.",
    bad: &["Dear Hiring Manager,\n\nI am writing to apply for the Software Engineer position at Contoso. I have strong skills and I work well with others.\n\nSincerely,\nSam Rivera\n"],
    good: &["Dear Hiring Manager,\n\nI would love to join the Payments team at Contoso and work on the Kafka pipelines that settle card payments overnight.\n\nSincerely,\nSam Rivera\n"],
    examples: ExampleKind::Document,
};

/// C002.
#[derive(Debug)]
pub(crate) struct NoSpecificTarget;

impl Rule for NoSpecificTarget {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        if !is_letter(a) {
            return;
        }
        let sentences = body_sentences(a);
        if sentences.is_empty() {
            return;
        }
        let specific = match a.job {
            Some(posting) => sentences.iter().any(|s| {
                let (tokens, skills) = norms(a, s.span);
                posting.targets.iter().any(|t| match &t.key {
                    TermKey::Skill(i) => skills.contains(i),
                    TermKey::Phrase(p) => p.iter().all(|n| tokens.iter().any(|t| t.norm == *n)),
                })
            }),
            None => {
                let mut names: Vec<String> = Vec::new();
                let mut skill = false;
                for s in sentences.iter().filter(|s| about_target(a, s)) {
                    let (_, skills) = norms(a, s.span);
                    skill |= skills.iter().any(|&i| {
                        !NON_TARGET_GROUPS.contains(&a.lex.skills.list[i].group.as_str())
                    });
                    let slice = s.span.slice(a.text());
                    for name in capitalised_names(slice, &[], a.lex) {
                        let first_word = name.span.start == 0;
                        let shown = name.span.slice(slice).to_lowercase();
                        if !first_word && !names.contains(&shown) {
                            names.push(shown);
                        }
                    }
                }
                skill || names.len() >= 2
            }
        };
        if !specific {
            let against = if a.job.is_some() {
                "nothing the posting says about the company, team or role"
            } else {
                "no team, product, service or fact of the company"
            };
            out.push(Finding::new(
                &META,
                anchor(a),
                format!("the letter names {against}: say which team, product or problem draws you, and why"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_a_letter_that_fits_any_company() {
        let letter = "Dear Hiring Manager,\n\nI am excited to apply for the Analyst role at Fabrikam. I am organised and I learn quickly.\n\nBest regards,\nSam\n";
        assert_eq!(flagged("C002", letter).len(), 1);
    }

    #[test]
    fn dont_flag_a_letter_naming_the_team_and_the_company() {
        let letter = "Dear Hiring Manager,\n\nI would like to join the Atlas Maps team at Fabrikam as an intern.\n\nBest regards,\nSam\n";
        assert_passes_doc(letter);
    }

    fn assert_passes_doc(letter: &str) {
        assert_eq!(flagged("C002", letter), Vec::<String>::new());
    }
}
