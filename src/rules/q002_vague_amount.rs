//! Q002 vague-amount: "significantly", "many", "various" where a number belongs.

use super::{prose_units, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::lexicon::PhraseList;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "Q002",
    name: "vague-amount",
    severity: Severity::Warning,
    summary: "vague amount where a number belongs",
    what: "Flags words from the vague-amounts lexicon (\"significantly\", \"many\", \"a lot of\", \"various\", \"several\") in a resume bullet or a story or cover-letter sentence that states no metric. When the same bullet or sentence already gives a number, the word is left alone.",
    why: "\"Significantly reduced costs\" invites the question every interviewer asks next: by how much? The number is the claim; the adverb is only a promise of one.",
    bad: &["Significantly reduced support costs", "Trained many new employees on various tools"],
    good: &["Reduced support costs by 18%", "Significantly reduced support costs, by 18%"],
    examples: ExampleKind::Bullets,
};

/// Q002.
#[derive(Debug)]
pub(crate) struct VagueAmount;

impl Rule for VagueAmount {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        let text = a.text();
        for unit in prose_units(a) {
            if !unit.metrics.is_empty() {
                continue;
            }
            for span in a.phrases.find(PhraseList::VagueAmount, unit.span) {
                out.push(Finding::new(
                    &META,
                    span,
                    format!(
                        "\"{}\" is vague: give the number (how many, how much, by what percent)",
                        span.slice(text)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_each_vague_word() {
        assert_flags(
            "Q002",
            "Trained many staff on various tools",
            &["many", "various"],
        );
    }

    #[test]
    fn dont_flag_when_a_number_is_given() {
        assert_passes("Q002", "Significantly cut costs, by 18%");
    }
}
