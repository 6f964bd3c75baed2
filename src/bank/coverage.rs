//! Coverage: the stories × principles matrix, the strongest story for each principle, the
//! principles no story shows well (K001) and a bank too small for a loop (K003).

use super::{plural, BankFinding, BankStory, Place};
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
/// principles were measured) and long enough to tell. A missing STAR part is not held
/// against it here: the story rules (S001–S004) already report it.
pub fn is_usable(story: &StoryReport) -> bool {
    story.english && story.measures.words >= MIN_WORDS
}

/// For each principle, the usable story that shows it most (ties: the first); and those
/// of the principles in `required` whose strongest usable story shows them under
/// [`COVERED`].
pub fn coverage(
    stories: &[BankStory],
    principles: usize,
    required: &[usize],
) -> (Vec<Option<usize>>, Vec<usize>) {
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
        if required.contains(&p) && best.is_none_or(|b| stories[b].scores[p] < COVERED) {
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
            format!(" ({unusable} more under {MIN_WORDS} words or not in English)")
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
        let name = &lex.principles().list[p].name;
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

#[cfg(test)]
mod tests {
    use crate::bank::{Bank, Loop};
    use crate::ingest::{Document, Format, Source};
    use crate::report::Report;
    use crate::rules::test_support::engine;
    use crate::segment::DocKind;

    fn bank(texts: &[&str]) -> (Bank, Vec<Report>) {
        let reports: Vec<Report> = texts
            .iter()
            .map(|t| {
                let doc = Document::from_text(Source::Stdin, Format::Markdown, *t);
                engine().check(doc, Some(DocKind::Story))
            })
            .collect();
        let lex = engine().lexicons();
        let bank = Bank::new(&reports, lex, Loop::default_loop(lex.principles()), None);
        (bank, reports)
    }

    fn codes(bank: &Bank, code: &str) -> Vec<String> {
        bank.findings
            .iter()
            .filter(|f| f.rule.code == code)
            .map(|f| f.message.clone())
            .collect()
    }

    const EXAMPLES: &str = include_str!("../../examples/stories/bank.md");
    const TUNE: [&str; 3] = [
        include_str!("../../tests/data/bank/tune/logistics-and-club.md"),
        include_str!("../../tests/data/bank/tune/pharmacy-and-studio.md"),
        include_str!("../../tests/data/bank/tune/software-and-app.md"),
    ];

    #[test]
    fn flags_a_bank_of_four_stories_as_small() {
        let (bank, _) = bank(&[EXAMPLES]);
        assert_eq!(bank.usable(), 4);
        let found = codes(&bank, "K003");
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("4 usable stories"), "{found:?}");
    }

    #[test]
    fn dont_flag_a_bank_of_eighteen_stories_as_small() {
        let (bank, _) = bank(&TUNE);
        assert_eq!(bank.usable(), 18);
        assert!(codes(&bank, "K003").is_empty());
    }

    #[test]
    fn short_or_foreign_stories_are_not_usable() {
        let (bank, _) = bank(&[
            "# Short\n\nI fixed the build. It worked.\n",
            "# 보고서\n\n저는 매주 정산 보고서를 자동화했습니다. 그 결과 작업 시간이 줄었습니다.\n",
        ]);
        assert_eq!(bank.stories.len(), 2);
        assert_eq!(bank.usable(), 0);
        assert!(bank.strongest.iter().all(Option::is_none));
        assert_eq!(bank.uncovered.len(), 16);
    }

    #[test]
    fn flags_uncovered_principles_and_names_the_closest_story() {
        let (bank, _) = bank(&[EXAMPLES]);
        let found = codes(&bank, "K001");
        assert!(found.iter().any(|m| m.contains("Think Big")), "{found:?}");
        // Customer Obsession is shown strongly by "The special orders nobody picked up".
        assert!(
            !found.iter().any(|m| m.contains("Customer Obsession")),
            "{found:?}"
        );
        assert_eq!(found.len(), bank.uncovered.len());
        let co = bank
            .principles
            .iter()
            .position(|p| p == "customer-obsession");
        let best = co
            .and_then(|p| bank.strongest[p])
            .map(|s| bank.stories[s].title.as_str());
        assert_eq!(best, Some("The special orders nobody picked up"));
    }

    #[test]
    fn the_matrix_is_each_storys_own_scores() {
        let (bank, reports) = bank(&TUNE);
        for story in &bank.stories {
            let own = &reports[story.doc].stories[story.story];
            for p in &own.principles {
                let i = bank.principles.iter().position(|id| **id == *p.id);
                assert_eq!(i.map(|i| story.scores[i]), Some(p.score));
            }
        }
    }
}
