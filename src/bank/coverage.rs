//! Coverage: the stories × principles matrix, the strongest story for each principle, the
//! principles no story shows well (K001) and a bank too small for a loop (K003).

use super::{BankFinding, BankStory, Place};
use crate::lexicon::Lexicons;
use crate::report::{Report, StoryReport};
use crate::rules::{K001_META, K003_META, P001_SHOWN};

/// A principle is covered by a story that shows it at least this strongly: the strength
/// P001 asks of a story's tagged principle, so "covered" means the same everywhere.
pub const COVERED: f64 = P001_SHOWN;
/// Stories a bank should hold: a loop of four or five interviewers asks about eight to ten
/// principles, and no story should be told twice.
pub const MIN_STORIES: usize = 8;
/// A story shorter than this is a note, not a story that can be told.
pub const MIN_WORDS: usize = 40;

/// Whether a story counts towards coverage and the plan: told in English (so its
/// principles were measured), long enough to tell, and with both an action and a result.
pub fn is_usable(story: &StoryReport) -> bool {
    let m = &story.measures;
    story.english && m.words >= MIN_WORDS && m.share[2] > 0.0 && m.share[3] > 0.0
}

/// For each principle, the usable story that shows it most (ties: the first); and the
/// principles whose strongest usable story shows them under [`COVERED`].
pub fn coverage(stories: &[BankStory], principles: usize) -> (Vec<Option<usize>>, Vec<usize>) {
    let mut strongest = Vec::with_capacity(principles);
    let mut uncovered = Vec::new();
    for p in 0..principles {
        let mut best: Option<usize> = None;
        for (i, story) in stories.iter().enumerate() {
            let better = best.is_none_or(|b| story.scores[p] > stories[b].scores[p]);
            if story.usable && story.scores[p] > 0.0 && better {
                best = Some(i);
            }
        }
        if best.is_none_or(|b| stories[b].scores[p] < COVERED) {
            uncovered.push(p);
        }
        strongest.push(best);
    }
    (strongest, uncovered)
}

/// K001 for each uncovered principle, pointing at the story that comes closest; K003 when
/// the bank holds fewer than [`MIN_STORIES`] usable stories.
pub(super) fn findings(
    stories: &[BankStory],
    strongest: &[Option<usize>],
    uncovered: &[usize],
    reports: &[Report],
    lex: &Lexicons,
    out: &mut Vec<BankFinding>,
) {
    let usable = stories.iter().filter(|s| s.usable).count();
    if usable < MIN_STORIES {
        let unusable = stories.len() - usable;
        let note = if unusable > 0 {
            format!(
                " ({unusable} more too short, without an action or a result, or not in English)"
            )
        } else {
            String::new()
        };
        out.push(BankFinding::new(
            &K003_META,
            format!(
                "the bank holds {usable} usable {}{note}; prepare at least {MIN_STORIES}, so that no story is told twice in a loop",
                plural(usable, "story", "stories")
            ),
            Vec::new(),
        ));
    }
    for &p in uncovered {
        let name = &lex.principles.list[p].name;
        let (message, places) = match strongest[p] {
            Some(best) => {
                let story = &stories[best];
                (
                    format!(
                        "no story shows {name} well: the closest, \"{}\", shows it at {:.2} (under {COVERED:.2}); add or rework a story to show it",
                        story.title,
                        (story.scores[p] * 100.0).floor() / 100.0
                    ),
                    vec![Place::of(&reports[story.doc], story.span)],
                )
            }
            None => (
                format!("no story shows {name}; add a story that shows it"),
                Vec::new(),
            ),
        };
        out.push(BankFinding::new(&K001_META, message, places));
    }
}

pub(super) fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}
