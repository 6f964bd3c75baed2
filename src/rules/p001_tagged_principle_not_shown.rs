//! P001 tagged-principle-not-shown: the principle a story is meant to show is not among the
//! ones it shows best.

use super::story_rules::{anchor, label};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

/// A principle counts as shown when its strength is at least this…
pub(crate) const SHOWN: f64 = 0.35;
/// …and it is among this many strongest.
pub(crate) const TOP: usize = 3;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "P001",
    name: "tagged-principle-not-shown",
    severity: Severity::Warning,
    summary: "the tagged principle is not among the strongest the story shows",
    what: "For each principle a story is tagged with (front matter `principles: [...]` or a `Principles:` line), checks that it is among the three principles the story shows most strongly, with at least moderate evidence. Tags that name no known principle are reported too.",
    why: "Interviewers ask for a story about a principle and listen for it. If your \"Frugality\" story is really about speed, they will score it as a weak Frugality answer.",
    bad: &["# Refunds\n\nPrinciples: frugality\n\nLast spring I worked the returns desk at a clothing store. My task was to cut down on refunds. I read every customer complaint and called back the angry customers to hear their pain points. I listened to their feedback and improved the experience at the desk for them. As a result, refunds fell by 30% and customer satisfaction scores rose.\n"],
    good: &["# Lab supplies\n\nPrinciples: frugality\n\nLast year I ran the supply budget for a student robotics lab. Our budget was cut in half. I reused parts from old robots, bought used motors, and negotiated a discount with the supplier. We built the new robot under budget, with no extra spending. As a result, we saved $1,200 and still competed.\n"],
    examples: ExampleKind::Document,
};

/// P001.
#[derive(Debug)]
pub(crate) struct TaggedPrincipleNotShown;

impl Rule for TaggedPrincipleNotShown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        if a.stories.is_empty() {
            return;
        }
        let pack = a.lex.principles();
        for story in &a.stories {
            for (tag, span) in &story.unknown_tags {
                out.push(Finding::new(
                    &META,
                    *span,
                    format!(
                        "{}: {tag:?} is not a known principle (`starcheck principles` lists them)",
                        label(a, story)
                    ),
                ));
            }
            if !story.english {
                continue;
            }
            for &tagged in &story.tagged {
                let rank = story.principles.iter().position(|p| p.principle == tagged);
                let score = rank.map_or(0.0, |r| story.principles[r].score);
                if rank.is_some_and(|r| r < TOP) && score >= SHOWN {
                    continue;
                }
                let strongest: Vec<&str> = story
                    .principles
                    .iter()
                    .take(TOP)
                    .filter(|p| p.score > 0.0)
                    .map(|p| &*pack.list[p.principle].name)
                    .collect();
                let shown = if strongest.is_empty() {
                    "none".to_owned()
                } else {
                    strongest.join(", ")
                };
                out.push(Finding::new(
                    &META,
                    anchor(a, story),
                    format!(
                        "{} is tagged {} but shows it weakly ({:.2}); it shows most: {shown}",
                        label(a, story),
                        pack.list[tagged].name,
                        score
                    ),
                ));
            }
        }
    }
}
