//! B006 buzzword: clichés that claim a quality without showing it.

use super::{text_blocks, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::lexicon::PhraseList;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "B006",
    name: "buzzword",
    severity: Severity::Warning,
    summary: "buzzword or cliché that claims a quality without showing it",
    what: "Flags terms from the buzzwords lexicon (\"team player\", \"results-driven\", \"synergy\", \"detail-oriented\") anywhere in a resume, story or cover letter.",
    why: "Every applicant claims to be a hard-working team player, so recruiters skip these words. Evidence is what persuades: the result you drove, the team you kept together.",
    bad: &["Results-driven team player who delivered the project", "Leveraged synergy across teams"],
    good: &["Delivered the project two weeks early with a team of 4", "Aligned three teams on one release plan"],
    examples: ExampleKind::Bullets,
};

/// B006.
#[derive(Debug)]
pub(crate) struct Buzzword;

impl Rule for Buzzword {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        let text = a.text();
        for block in text_blocks(a) {
            for span in a.phrases.find(PhraseList::Buzzword, block.span) {
                out.push(Finding::new(
                    &META,
                    span,
                    format!(
                        "\"{}\" is a buzzword: show the quality with a result instead",
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
    fn flags_each_buzzword() {
        assert_flags(
            "B006",
            "Hard-working team player",
            &["Hard-working", "team player"],
        );
    }

    #[test]
    fn flags_in_summary_paragraphs_too() {
        let doc = "## Summary\n\nA results-driven student.\n\n## Experience\n\n- Built a thing\n";
        assert_eq!(flagged("B006", doc), vec!["results-driven"]);
    }
}
