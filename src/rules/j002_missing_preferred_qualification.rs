//! J002 missing-preferred-qualification: a preferred qualification of the posting that the
//! resume never shows. Runs in `starcheck match`, where a posting is given.

use super::{ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::matching::MatchResult;
use crate::analyze::posting::{Posting, RequirementSection};
use crate::analyze::Analysis;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "J002",
    name: "missing-preferred-qualification",
    severity: Severity::Info,
    summary: "a preferred qualification of the job posting is nowhere in the resume",
    what: "In `starcheck match`, flags each preferred (nice to have) qualification of the posting none of whose terms appears in any line of the resume. The finding points at the requirement in the posting.",
    why: "Preferred qualifications decide between candidates who all meet the basic ones; one you have but do not show is a chance missed.",
    bad: &["Posting, under Preferred Qualifications: \"Familiarity with Terraform\". Resume: no line names Terraform."],
    good: &["The same posting; resume: \"Wrote Terraform modules for 3 staging environments\"."],
    examples: ExampleKind::Described,
};

/// J002. A single document holds no posting, so `check` finds nothing; the match runs
/// [`findings`].
#[derive(Debug)]
pub(crate) struct MissingPreferredQualification;

impl Rule for MissingPreferredQualification {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &Analysis<'_>, _: &mut Vec<Finding>) {}
}

/// J002 on a match.
pub(super) fn findings(result: &MatchResult, posting: &Posting, out: &mut Vec<Finding>) {
    super::j001_missing_basic_qualification::missing(
        &META,
        RequirementSection::Preferred,
        result,
        posting,
        out,
    );
}
