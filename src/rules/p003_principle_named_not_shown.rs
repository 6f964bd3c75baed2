//! P003 principle-named-not-shown: the story says a principle's name instead of showing it.

use super::p001_tagged_principle_not_shown::{SHOWN, TOP};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "P003",
    name: "principle-named-not-shown",
    severity: Severity::Warning,
    summary: "the story names a principle instead of showing it",
    what: "Flags each place a story names a principle (\"this shows my ownership\", \"I am customer obsessed\") when the story's events do not show that principle strongly. Naming a principle never counts as evidence for it.",
    why: "Interviewers know the principles by heart; saying the name proves nothing. What persuades is the behaviour: the call you made, the risk you took, the number that moved.",
    bad: &["# The cafe\n\nLast year I worked at a cafe near campus. I made coffee and served food to students between classes. The mornings were always busy. This experience really shows my customer obsession.\n"],
    good: &["# The cafe\n\nLast year I worked at a cafe near campus. Students kept telling me the line was too slow before 9 am. I read every comment card, listened to their feedback, and set up a pre-order board for regulars. As a result, the wait fell from 12 minutes to 5.\n"],
    examples: ExampleKind::Document,
};

/// P003.
#[derive(Debug)]
pub(crate) struct PrincipleNamedNotShown;

impl Rule for PrincipleNamedNotShown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        if a.stories.is_empty() {
            return;
        }
        let pack = a.lex.principles();
        for story in &a.stories {
            for (rank, p) in story.principles.iter().enumerate() {
                if rank < TOP && p.score >= SHOWN {
                    continue;
                }
                for span in &p.named {
                    out.push(Finding::new(
                        &META,
                        *span,
                        format!("\"{}\" names {} but the story shows it weakly ({:.2}): tell what you did instead", span.slice(a.text()), pack.list[p.principle].name, p.score),
                    ));
                }
            }
        }
    }
}
