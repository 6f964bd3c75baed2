//! B002 no-action-verb: a bullet that does not open with an action verb.

use crate::lexicon::WordFacts;

use super::{
    impact_items, is_english_block, is_latin_word, opening_word, weak_opener, Analysis,
    ExampleKind, Finding, Rule, RuleMeta, Severity,
};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "B002",
    name: "no-action-verb",
    severity: Severity::Warning,
    summary: "bullet does not open with an action verb",
    what: "Flags resume bullets in experience, projects and leadership sections whose first word (after an adverb such as \"Successfully\") is not in the action-verbs lexicon. Bullets already flagged as weak openers (B001), and bullets mostly in other languages (a Korean bullet puts its verb last), are left alone.",
    why: "Recruiters skim the first word of each bullet. A strong verb (\"Built\", \"Negotiated\", \"Reduced\") says at once what you did; a noun phrase or a fragment makes them read on to find out.",
    bad: &["Python scripts for cleaning survey data", "Team lead for the spring fundraiser"],
    good: &["Wrote Python scripts that cleaned 5,000 survey responses", "Successfully negotiated a new supplier contract"],
    examples: ExampleKind::Bullets,
};

/// B002.
#[derive(Debug)]
pub(crate) struct NoActionVerb;

impl Rule for NoActionVerb {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        let text = a.text();
        for (_, block) in impact_items(a) {
            if weak_opener(a, block).is_some() || !is_english_block(a, block) {
                continue; // B001 says it better, or English word order does not apply
            }
            let Some(word) = opening_word(a, block) else {
                continue;
            };
            let written = word.span.slice(text);
            if !is_latin_word(written) || word.is(WordFacts::ACTION_VERB) {
                continue;
            }
            out.push(Finding::new(
                &META,
                word.span,
                format!("bullet opens with \"{written}\", not an action verb: start with what you did (\"Built\", \"Led\", \"Reduced\")"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_the_opening_word() {
        assert_flags("B002", "Team lead for the 2024 launch", &["Team"]);
    }

    #[test]
    fn verbs_match_by_stem_in_any_tense() {
        assert_passes("B002", "Develop and maintain the billing service");
        assert_passes("B002", "Led a team of 4");
        assert_passes("B002", "Co-designed the intake form with 3 nurses");
    }

    #[test]
    fn dont_flag_korean_bullets() {
        assert_passes("B002", "결제 API 응답 시간 40% 단축");
        assert_passes(
            "B002",
            "AWS Lambda로 정산 배치 작업을 재설계하여 처리 시간 단축",
        );
    }
}
