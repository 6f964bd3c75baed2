//! C001 generic-phrase: a phrase any applicant could write to any company.

use super::letter_rules::is_letter;
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::lexicon::PhraseList;
use crate::segment::Span;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "C001",
    name: "generic-phrase",
    severity: Severity::Warning,
    summary: "the cover letter uses a phrase any applicant could send any company",
    what: "Flags, in a cover letter, each phrase of the generic-phrase lexicon (`lexicons/cover_letters.toml`): stock openings (\"I am writing to express my interest\"), self-descriptions that show nothing (\"team player\", \"passionate about technology\") and blanks where a name belongs (\"your company\").",
    why: "A reader who has seen the phrase in a hundred letters skips it, and with it the sentence around it. The same words spent on one fact about the team or one result of yours are read.",
    bad: &["Dear Hiring Manager,\n\nI am writing to express my interest in the internship. I am a team player and passionate about technology.\n\nSincerely,\nSam Rivera\n"],
    good: &["Dear Hiring Manager,\n\nI am applying for the data internship on the Routing team. Last summer I cut a nightly job from 3 hours to 20 minutes.\n\nSincerely,\nSam Rivera\n"],
    examples: ExampleKind::Document,
};

/// C001.
#[derive(Debug)]
pub(crate) struct GenericPhrase;

impl Rule for GenericPhrase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        if !is_letter(a) {
            return;
        }
        for span in a
            .phrases
            .find(PhraseList::GenericPhrase, Span::new(0, a.text().len()))
        {
            out.push(Finding::new(
                &META,
                span,
                format!(
                    "\"{}\" could be in any letter: replace it with a fact about the team or a result of yours",
                    span.slice(a.text())
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_stock_phrases_in_a_letter() {
        let letter = "Dear Ms. Park,\n\nI am writing to express my interest in the role. I am a hard worker.\n\nSincerely,\nSam\n";
        assert_eq!(
            flagged("C001", letter),
            vec!["I am writing to express my interest", "hard worker"]
        );
    }

    #[test]
    fn dont_flag_a_resume() {
        assert_passes(
            "C001",
            "Team player on a 5-person crew that shipped 3 releases",
        );
    }
}
