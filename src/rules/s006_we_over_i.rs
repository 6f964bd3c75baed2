//! S006 we-over-i: the team's actions drown the speaker's.

use super::story_rules::{anchor, label};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "S006",
    name: "we-over-i",
    severity: Severity::Warning,
    summary: "action sentences say \"we\" more than \"I\"",
    what: "Counts \"we\", \"us\", \"our\" against \"I\", \"me\", \"my\" in the action sentences of a story and flags it when the team's words outnumber the speaker's (and appear at least twice).",
    why: "Interviewers must judge you, not your team. \"We migrated the database\" hides what you did; \"I wrote the migration script and we ran it together\" does not.",
    bad: &["# The migration\n\nLast summer I interned on a small data team. Our goal was to move reports to a new database. We wrote the migration scripts together. We tested them on a copy of the data. Then we ran our scripts over a weekend. As a result, reports ran 3x faster.\n"],
    good: &["# The migration\n\nLast summer I interned on a small data team. Our goal was to move reports to a new database. I wrote the migration scripts. I tested them on a copy of the data, and we ran them together over a weekend. As a result, reports ran 3x faster.\n"],
    examples: ExampleKind::Document,
};

/// S006.
#[derive(Debug)]
pub(crate) struct WeOverI;

impl Rule for WeOverI {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        for story in &a.stories {
            let m = &story.measures;
            if story.english && m.we_in_actions >= 2 && m.we_in_actions > m.i_in_actions {
                out.push(Finding::new(
                    &META,
                    anchor(a, story),
                    format!("{}: action sentences say \"we\" {} times and \"I\" {} times; say what you did", label(a, story), m.we_in_actions, m.i_in_actions),
                ));
            }
        }
    }
}
