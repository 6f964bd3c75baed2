//! B004 first-person-pronoun: "I" and "my" in a resume.

use super::{text_blocks, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::lexicon::WordFacts;
use crate::segment::DocKind;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "B004",
    name: "first-person-pronoun",
    severity: Severity::Warning,
    summary: "resume uses \"I\", \"me\" or \"my\"",
    what: "Flags first-person pronouns (\"I\", \"me\", \"my\", \"myself\") anywhere in a resume. Stories and cover letters are left alone: there, \"I\" is exactly right.",
    why: "Resume convention drops the subject: every bullet is already about you, so \"I\" only spends a word and sounds less professional.",
    bad: &["I built a dashboard for the finance team", "Presented my findings to 30 analysts"],
    good: &["Built a dashboard for the finance team", "Presented findings to 30 analysts"],
    examples: ExampleKind::Bullets,
};

/// B004.
#[derive(Debug)]
pub(crate) struct FirstPersonPronoun;

impl Rule for FirstPersonPronoun {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        if a.kind != DocKind::Resume {
            return;
        }
        let text = a.text();
        for block in text_blocks(a) {
            for word in a.segments.words_in(&block.words) {
                if !word.is(WordFacts::FIRST_PERSON) {
                    continue;
                }
                let written = word.span.slice(text);
                // "ME 3240", "MY" in capitals are abbreviations (a course, a state).
                let capitals = written.len() > 1 && !written.chars().any(char::is_lowercase);
                if !capitals {
                    out.push(Finding::new(
                        &META,
                        word.span,
                        format!("\"{written}\" in a resume: drop it and start with the verb"),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_each_pronoun() {
        assert_flags("B004", "I led my team", &["I", "my"]);
    }

    #[test]
    fn dont_flag_abbreviations_in_capitals() {
        assert_passes("B004", "Took ME 3240 Machine Design");
    }

    #[test]
    fn dont_flag_stories() {
        let doc = "During my internship our deploys failed. I traced the cause and fixed it.\n";
        assert!(flagged("B004", doc).is_empty());
    }
}
