//! J001 missing-basic-qualification: a basic qualification of the posting that the resume
//! never shows. Runs in `starcheck match`, where a posting is given.

use super::{ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::matching::{MatchResult, MatchStatus};
use crate::analyze::posting::{Posting, RequirementSection};
use crate::analyze::Analysis;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "J001",
    name: "missing-basic-qualification",
    severity: Severity::Warning,
    summary: "a basic qualification of the job posting is nowhere in the resume",
    what: "In `starcheck match`, flags each basic (minimum, required) qualification of the posting none of whose terms appears in any line of the resume. The finding points at the requirement in the posting.",
    why: "Recruiters and screening software first check the basic qualifications; a resume that does not show one is often set aside before anyone reads the rest.",
    bad: &["Posting, under Basic Qualifications: \"Experience with Kubernetes\". Resume: no line names Kubernetes or K8s."],
    good: &["The same posting; resume: \"Moved 12 services onto Kubernetes, cutting hosting cost 30%\"."],
    examples: ExampleKind::Described,
};

/// J001. A single document holds no posting, so `check` finds nothing; the match runs
/// [`findings`].
#[derive(Debug)]
pub(crate) struct MissingBasicQualification;

impl Rule for MissingBasicQualification {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &Analysis<'_>, _: &mut Vec<Finding>) {}
}

/// The findings of J001 and J002 on a match: each missing requirement of `section`.
pub(super) fn missing(
    meta: &'static RuleMeta,
    section: RequirementSection,
    result: &MatchResult,
    posting: &Posting,
    out: &mut Vec<Finding>,
) {
    for m in &result.requirements {
        let req = &posting.requirements[m.requirement];
        if req.section == section && m.counted && m.status == MatchStatus::Missing {
            let terms: Vec<&str> = req.terms.iter().map(|t| t.text.as_str()).collect();
            out.push(Finding::new(
                meta,
                req.span,
                format!(
                    "the resume never shows this {} qualification (looked for: {}): add a line that shows it, with a result if you can",
                    section.name(),
                    terms.join(", ")
                ),
            ));
        }
    }
}

/// J001 on a match.
pub(super) fn findings(result: &MatchResult, posting: &Posting, out: &mut Vec<Finding>) {
    missing(&META, RequirementSection::Basic, result, posting, out);
}

#[cfg(test)]
mod tests {
    use crate::analyze::Posting;
    use crate::ingest::{Document, Format, Source};
    use crate::rules::test_support::engine;

    fn codes(posting: &str, resume: &str) -> Vec<(String, String)> {
        let engine = engine();
        let posting = Posting::from_text(posting, engine.lexicons());
        let doc = Document::from_text(Source::Stdin, Format::Markdown, resume);
        let report = engine.match_resume(doc, &posting);
        report
            .findings
            .iter()
            .map(|f| {
                (
                    f.rule.code.to_owned(),
                    f.span.slice(&posting.text).to_owned(),
                )
            })
            .collect()
    }

    const POSTING: &str = "Basic Qualifications\n- Experience with Kubernetes\n- Experience with Python\n\nPreferred Qualifications\n- Experience with Terraform\n";

    #[test]
    fn flags_each_missing_requirement_at_the_posting_line() {
        assert_eq!(
            codes(
                POSTING,
                "## Experience\n\n- Wrote Python tools for 40 analysts\n"
            ),
            vec![
                ("J001".to_owned(), "Experience with Kubernetes".to_owned()),
                ("J002".to_owned(), "Experience with Terraform".to_owned()),
            ]
        );
    }

    #[test]
    fn dont_flag_a_requirement_shown_by_a_synonym() {
        assert_eq!(
            codes(POSTING, "## Skills\n\n- Python, K8s, Terraform\n"),
            Vec::<(String, String)>::new()
        );
    }
}
