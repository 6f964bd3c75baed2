//! S007 story-length: too short or too long to tell in an interview.

use super::story_rules::{anchor, label};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

/// Shortest comfortable telling, in seconds.
pub(crate) const MIN_SECONDS: f64 = 60.0;
/// Longest comfortable telling, in seconds.
pub(crate) const MAX_SECONDS: f64 = 180.0;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "S007",
    name: "story-length",
    severity: Severity::Warning,
    summary: "story takes under 1 or over 3 minutes to tell",
    what: "Estimates speaking time at 150 words a minute and flags a story under one minute (150 words) or over three (450 words).",
    why: "A behavioural answer has room for context, your actions and the result in about two minutes. Much shorter leaves out the detail interviewers probe; much longer loses them.",
    bad: &["# Quick fix\n\nI fixed a bug in the checkout page. It was causing errors. I found it in the logs and patched it. Errors stopped.\n"],
    good: &["# Fixing the build\n\nLast summer I interned on the payments team at a regional bank, working on the service that moves money between accounts. Our nightly build failed about half the time, and because the failures looked random, everyone had learned to click retry and move on. Nobody owned the problem, and releases were slipping by a day or two each week as a result. My goal was to make the build reliable before the quarterly release, which was six weeks away. I started by collecting the logs of every failed run from the previous month into one spreadsheet. I sorted them by test and by time and noticed that almost every failure came from tests that wrote to the same shared database. I proposed giving each test run its own throwaway copy of the database, and I wrote the script that created and removed those copies. I tried it on my own branch for a week, then walked the team through the change in our Friday meeting and answered their questions. I also wrote a one-page guide on how to add new tests safely. As a result, the build passed on 98% of nights over the next month, up from 52%, and the release went out on time. I learned to look for shared state first whenever failures seem random.\n"],
    examples: ExampleKind::Document,
};

/// S007.
#[derive(Debug)]
pub(crate) struct StoryLength;

impl Rule for StoryLength {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        for story in &a.stories {
            let seconds = story.measures.speaking_seconds;
            let advice = if seconds < MIN_SECONDS {
                "add the context, your steps and the outcome (aim for about 2 minutes)"
            } else if seconds > MAX_SECONDS {
                "cut the setting and keep your actions and the result (aim for about 2 minutes)"
            } else {
                continue;
            };
            out.push(Finding::new(
                &META,
                anchor(a, story),
                format!(
                    "{} takes about {:.0} seconds to tell ({} words): {advice}",
                    label(a, story),
                    seconds,
                    story.measures.words
                ),
            ));
        }
    }
}
