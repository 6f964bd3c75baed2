//! P002 no-principle-shown: a story with no clear principle.

use super::p001_tagged_principle_not_shown::{SHOWN, TOP};
use super::story_rules::{anchor, label, MIN_SENTENCES};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "P002",
    name: "no-principle-shown",
    severity: Severity::Warning,
    summary: "the story shows no leadership principle clearly",
    what: "Flags an English story (four sentences or more) in which no principle is shown: none of its three strongest principles has an evidence phrase (a behaviour the principles lexicon lists), or even the strongest is weak.",
    why: "Every behavioural question probes a principle. A story that shows none of them clearly is hard to score, however well it is told.",
    bad: &["# A normal week\n\nLast year I worked at a cafe near campus. I made coffee and served food. I worked with three other students. The cafe was busy in the mornings. Everyone was nice and the manager was fair.\n"],
    good: &["# Lab supplies\n\nLast year I ran the supply budget for a student robotics lab. Our budget was cut in half. I reused parts from old robots, bought used motors, and negotiated a discount with the supplier. We built the new robot under budget. As a result, we saved $1,200.\n"],
    examples: ExampleKind::Document,
};

/// P002.
#[derive(Debug)]
pub(crate) struct NoPrincipleShown;

impl Rule for NoPrincipleShown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        for story in &a.stories {
            let best = story.principles.first().map_or(0.0, |p| p.score);
            let phrases = story.principles.iter().take(TOP).any(|p| p.phrase_hits > 0);
            if story.english && story.sentences.len() >= MIN_SENTENCES && (best < SHOWN || !phrases)
            {
                out.push(Finding::new(
                    &META,
                    anchor(a, story),
                    format!("{} shows no principle clearly (strongest {:.2}): tell what you did that a principle describes", label(a, story), best),
                ));
            }
        }
    }
}
