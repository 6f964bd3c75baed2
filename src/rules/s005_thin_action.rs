//! S005 thin-action: actions are a small part of the story.

use super::story_rules::{anchor, label, MIN_SENTENCES};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

/// Least share of a story's words that should tell the speaker's actions.
pub(crate) const MIN_ACTION_SHARE: f64 = 0.30;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "S005",
    name: "thin-action",
    severity: Severity::Warning,
    summary: "actions are under a third of the story",
    what: "Flags a story (four sentences or more, in English) in which fewer than 30% of the words are in action sentences.",
    why: "Interviewers score what you did. A story that spends most of its time on the setting and the outcome leaves little to judge you on; the action should be the longest part.",
    bad: &["# Inventory\n\nLast year I worked at a large hardware store in Ohio during the busy holiday season. The store was short-staffed, the stockroom was disorganized, and customers often found empty shelves. Our manager was worried because sales had dropped in the previous two months. My goal was to help fix the empty shelves before the holiday rush began. I made a reorder sheet. As a result, empty shelves fell by 40% in a month, and the manager was pleased. The store kept using the sheet after I left, and sales recovered by December.\n"],
    good: &["# Inventory\n\nLast year I worked at a hardware store during the holidays. My goal was to fix the empty shelves. I counted every aisle over two nights and listed what sold fastest. I built a reorder sheet that flagged any item under five units. I trained two coworkers to update it at closing, and I checked their counts each morning for a week. I also asked the supplier for Monday deliveries. As a result, empty shelves fell by 40% in a month.\n"],
    examples: ExampleKind::Document,
};

/// S005.
#[derive(Debug)]
pub(crate) struct ThinAction;

impl Rule for ThinAction {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        for story in &a.stories {
            let share = story.measures.share[2];
            let has_action = story
                .sentences
                .iter()
                .any(|s| s.star == crate::analyze::Star::Action);
            if story.english
                && story.sentences.len() >= MIN_SENTENCES
                && has_action
                && share < MIN_ACTION_SHARE
            {
                out.push(Finding::new(
                    &META,
                    anchor(a, story),
                    format!("{}: actions are {:.0}% of the words; make what you did the longest part (a third or more)", label(a, story), share * 100.0),
                ));
            }
        }
    }
}
