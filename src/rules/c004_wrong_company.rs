//! C004 wrong-company: a cover letter addressed to a company other than the posting's.

use super::letter_rules::{company_mentions, is_letter};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::segment::Span;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "C004",
    name: "wrong-company",
    severity: Severity::Error,
    summary: "the cover letter names a company other than the posting's",
    what: "With `--job`, flags each company the letter applies to (a capitalised name right after \"join\", \"at\", \"with\"… or before \"'s\" or \"team\", in a sentence about the job applied for) that the posting never names. A company named in a sentence about your past (\"At Brightwater I migrated…\"), after \"my\" or \"our\" (\"my internship with Brightwater\"), or in a sentence that also names the posting's company, is a past employer and is not checked. Without a posting the rule cannot know the company and finds nothing.",
    why: "A letter copied from another application and still naming the other company is the one slip a reader never forgives: it says the letter was not written for them.",
    bad: &["Described: a posting from Harborlight Systems, and a letter saying \"I would love to join Contoso's routing team\"."],
    good: &["Described: the same posting, and a letter saying \"I would love to join Harborlight's routing team\"."],
    examples: ExampleKind::Described,
};

/// C004.
#[derive(Debug)]
pub(crate) struct WrongCompany;

impl Rule for WrongCompany {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        let Some(posting) = a.job else {
            return;
        };
        if !is_letter(a) {
            return;
        }
        let text = a.text();
        // Any word of the posting counts: "Harborlight" names "Harborlight Systems",
        // "Amazon" is in "Amazon Web Services".
        let named = |span: &Span| {
            span.slice(text)
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| posting.vocabulary.contains(w))
        };
        // The words of the posting's company: a sentence that applies to it names any other
        // company as context ("what I learned at Fernhill is why I want to join
        // Thistlebank"), not as the one applied to.
        let company_words: Vec<String> = posting
            .company
            .as_deref()
            .unwrap_or("")
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        let is_company = |span: &Span| {
            span.slice(text)
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| company_words.iter().any(|c| c == w))
        };
        for sentence in company_mentions(a) {
            if sentence.iter().any(is_company) {
                continue;
            }
            for span in sentence.into_iter().filter(|s| !named(s)) {
                let company = posting.company.as_deref().unwrap_or("another company");
                out.push(Finding::new(
                    &META,
                    span,
                    format!(
                        "the letter applies to {}, but the posting is from {company}: is this letter from another application?",
                        span.slice(text)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analyze::Posting;
    use crate::ingest::{Document, Format, Source};
    use crate::rules::test_support::engine;

    const POSTING: &str = "Harborlight Systems builds routing tools.\n\nBasic Qualifications\n- Experience with Python\n\nHarborlight Systems is an equal opportunity employer.\n";

    fn flagged(letter: &str) -> Vec<String> {
        let engine = engine();
        let posting = Posting::from_text(POSTING, engine.lexicons());
        let doc = Document::from_text(Source::Stdin, Format::Text, letter);
        let report = engine.check_with_job(doc, None, Some(&posting));
        report
            .findings
            .iter()
            .filter(|f| f.rule.code == "C004")
            .map(|f| f.span.slice(&report.text).to_owned())
            .collect()
    }

    #[test]
    fn flags_the_company_of_another_application() {
        let letter = "Dear Hiring Manager,\n\nI would love to join Contoso's routing team this summer and help it grow.\n\nSincerely,\nSam\n";
        assert_eq!(flagged(letter), vec!["Contoso"]);
    }

    #[test]
    fn dont_flag_a_company_the_posting_names_in_passing() {
        let letter = "Dear Hiring Manager,\n\nI would love to join the routing team at Harborlight this summer.\n\nSincerely,\nSam\n";
        assert_eq!(flagged(letter), Vec::<String>::new());
    }

    #[test]
    fn dont_flag_the_posting_company_or_a_past_employer() {
        let letter = "Dear Hiring Manager,\n\nI would love to join Harborlight's routing team this summer. At Brightwater Logistics I rebuilt a dock scheduler in Python.\n\nSincerely,\nSam\n";
        assert_eq!(flagged(letter), Vec::<String>::new());
    }

    #[test]
    fn dont_flag_a_past_employer_in_a_sentence_about_the_job() {
        let mine = "Dear Hiring Manager,\n\nMy internship with Brightwater Logistics is why I would love to join the routing team.\n\nSincerely,\nSam\n";
        assert_eq!(flagged(mine), Vec::<String>::new());
        let beside = "Dear Hiring Manager,\n\nI want to bring what Brightwater Logistics taught me to Harborlight's routing team.\n\nSincerely,\nSam\n";
        assert_eq!(flagged(beside), Vec::<String>::new());
        let other = "Dear Hiring Manager,\n\nThe routing work I did is why I would love to join Brightwater Logistics.\n\nSincerely,\nSam\n";
        assert_eq!(flagged(other), vec!["Brightwater Logistics"]);
    }
}
