//! The interview plan: which story to tell for which question of a loop.
//!
//! A loop is a list of rounds, each asking about a few principles (one question per
//! principle). Every question gets at most one story, no story is told twice in the loop,
//! and the total strength of the principles shown is as large as it can be. That is an
//! assignment problem, solved exactly by the Hungarian method (`pathfinding`'s
//! `kuhn_munkres`). A story that shows a question's principle under
//! [`COVERED`](super::coverage::COVERED) is no answer to it: such a question is left
//! without a story, and the plan says so.
//!
//! A loop comes from a small TOML file (`--plan loop.toml`):
//!
//! ```toml
//! [[round]]
//! name = "Hiring manager"
//! principles = ["customer-obsession", "ownership"]
//! ```
//!
//! or, without one, [`Loop::default_loop`]: five rounds over the ten principles asked
//! most often.

use std::fmt;

use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;
use serde::Deserialize;
use toml::Spanned;

use super::coverage::COVERED;
use super::BankStory;
use crate::lexicon::Principles;
use crate::segment::LineIndex;

/// One round of a loop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    /// Its name ("Hiring manager"), or "Round N".
    pub name: String,
    /// The principles it asks about (indices into the principles pack).
    pub principles: Vec<usize>,
}

/// An interview loop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loop {
    /// Where it comes from: a file's path, or "default loop".
    pub source: String,
    /// Whether it is the default loop rather than one the user chose; a chosen loop also
    /// narrows coverage (K001) to the principles it asks about.
    pub default: bool,
    /// Its rounds, in order.
    pub rounds: Vec<Round>,
}

/// One question of the plan and the story to tell.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    /// Index of the round in the loop.
    pub round: usize,
    /// The principle asked about (index into the principles pack).
    pub principle: usize,
    /// The story to tell (index into the bank's stories), or none that shows it well.
    pub story: Option<usize>,
    /// How strongly that story shows the principle (0 without a story).
    pub score: f64,
    /// How many usable stories show the principle well: when the question gets no story
    /// although some do, they are told for other questions, where they add more.
    pub shown_by: usize,
}

/// The default loop: the ten principles asked about most, two per round, each round
/// pairing a principle about the customer or results with one about how you work.
const DEFAULT_LOOP: &[(&str, [&str; 2])] = &[
    ("Phone screen", ["customer-obsession", "deliver-results"]),
    ("Hiring manager", ["ownership", "earn-trust"]),
    ("Peer", ["dive-deep", "have-backbone-disagree-and-commit"]),
    ("Cross-team", ["invent-and-simplify", "bias-for-action"]),
    (
        "Bar raiser",
        ["insist-on-the-highest-standards", "learn-and-be-curious"],
    ),
];

impl Loop {
    /// Five rounds over the ten principles candidates are asked about most (those of
    /// them the pack has; a custom pack without them gets a round over its first two).
    pub fn default_loop(pack: &Principles) -> Loop {
        let mut rounds: Vec<Round> = DEFAULT_LOOP
            .iter()
            .map(|(name, ids)| Round {
                name: (*name).to_owned(),
                principles: ids.iter().filter_map(|id| pack.find(id)).collect(),
            })
            .filter(|r| !r.principles.is_empty())
            .collect();
        if rounds.is_empty() && !pack.list.is_empty() {
            rounds.push(Round {
                name: "Round 1".to_owned(),
                principles: (0..pack.list.len().min(2)).collect(),
            });
        }
        Loop {
            source: "default loop".to_owned(),
            default: true,
            rounds,
        }
    }

    /// Read a loop from the TOML `text` of the file `path`.
    pub fn parse(path: &str, text: &str, pack: &Principles) -> Result<Loop, PlanError> {
        let error = |offset: Option<usize>, message: String| PlanError {
            file: path.to_owned(),
            line: offset.map(|o| LineIndex::line_of(text, o)),
            message,
        };
        let file: LoopFile = toml::from_str(text)
            .map_err(|err| error(err.span().map(|s| s.start), err.message().trim().to_owned()))?;
        if file.round.is_empty() {
            return Err(error(
                None,
                "no rounds: add one or more [[round]] tables, each with principles = [...]"
                    .to_owned(),
            ));
        }
        let mut rounds = Vec::new();
        for (i, round) in file.round.iter().enumerate() {
            let name = round
                .name
                .as_ref()
                .map(|n| n.get_ref().trim().to_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| format!("Round {}", i + 1));
            if round.principles.get_ref().is_empty() {
                return Err(error(
                    Some(round.principles.span().start),
                    format!("round \"{name}\" asks about no principle"),
                ));
            }
            let mut principles = Vec::new();
            for tag in round.principles.get_ref() {
                let Some(p) = pack.find(tag.get_ref()) else {
                    return Err(error(
                        Some(tag.span().start),
                        format!(
                            "{:?} is not a known principle (`starcheck principles` lists them)",
                            tag.get_ref()
                        ),
                    ));
                };
                if principles.contains(&p) {
                    return Err(error(
                        Some(tag.span().start),
                        format!("round \"{name}\" names {:?} twice", tag.get_ref()),
                    ));
                }
                principles.push(p);
            }
            rounds.push(Round { name, principles });
        }
        Ok(Loop {
            source: path.to_owned(),
            default: false,
            rounds,
        })
    }

    /// The principles the loop asks about, each once, in pack order.
    pub fn principles(&self) -> Vec<usize> {
        let mut all: Vec<usize> = self.questions().iter().map(|q| q.1).collect();
        all.sort_unstable();
        all.dedup();
        all
    }

    /// Every question of the loop: (round index, principle index), in loop order.
    pub fn questions(&self) -> Vec<(usize, usize)> {
        self.rounds
            .iter()
            .enumerate()
            .flat_map(|(r, round)| round.principles.iter().map(move |&p| (r, p)))
            .collect()
    }
}

/// The file format of `--plan`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LoopFile {
    #[serde(default)]
    round: Vec<RoundFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoundFile {
    name: Option<Spanned<String>>,
    principles: Spanned<Vec<Spanned<String>>>,
}

/// A loop file that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct PlanError {
    /// The file.
    pub file: String,
    /// The 1-based line, where one applies.
    pub line: Option<usize>,
    /// What is wrong, as a sentence.
    pub message: String,
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Scores are turned into integers at this scale for the assignment (exact arithmetic,
/// so the optimum does not depend on the order of floating-point sums).
const SCALE: f64 = 1_000_000.0;

/// The weight of telling a story for a question: its strength for the principle, or 0
/// when it shows it under [`COVERED`] or is not usable.
pub fn weight(story: &BankStory, principle: usize) -> i64 {
    let score = story.scores[principle];
    if story.usable && score >= COVERED {
        (score * SCALE).round() as i64
    } else {
        0
    }
}

/// Assign at most one column to each row, never one column to two rows, so that the sum
/// of the weights is maximal; a row whose best share is a zero weight gets none.
/// `weights[row][column]` must not be negative.
pub fn assign(weights: &[Vec<i64>]) -> Vec<Option<usize>> {
    let rows = weights.len();
    if rows == 0 {
        return Vec::new();
    }
    let columns = weights[0].len();
    // One "no story" column per row, so there are never more rows than columns and any
    // row may stay open.
    let padded: Vec<Vec<i64>> = weights
        .iter()
        .map(|row| {
            let mut row = row.clone();
            row.resize(columns + rows, 0);
            row
        })
        .collect();
    let Ok(matrix) = Matrix::from_rows(padded) else {
        return vec![None; rows];
    };
    let (_, chosen) = kuhn_munkres(&matrix);
    chosen
        .iter()
        .zip(weights)
        .map(|(&c, row)| (c < columns && row[c] > 0).then_some(c))
        .collect()
}

/// The plan of `interview_loop` over the bank's stories.
pub fn plan(interview_loop: &Loop, stories: &[BankStory]) -> Vec<Slot> {
    let questions = interview_loop.questions();
    let weights: Vec<Vec<i64>> = questions
        .iter()
        .map(|&(_, p)| stories.iter().map(|s| weight(s, p)).collect())
        .collect();
    let chosen = assign(&weights);
    questions
        .iter()
        .zip(chosen)
        .map(|(&(round, principle), story)| Slot {
            round,
            principle,
            story,
            score: story.map_or(0.0, |s| stories[s].scores[principle]),
            shown_by: stories.iter().filter(|s| weight(s, principle) > 0).count(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pack() -> Principles {
        crate::lexicon::Lexicons::embedded()
            .unwrap_or_else(|e| panic!("{e}"))
            .principles()
            .clone()
    }

    /// The best total by trying every way to give each row a distinct column or none.
    fn brute_force(weights: &[Vec<i64>], row: usize, used: &mut Vec<bool>) -> i64 {
        if row == weights.len() {
            return 0;
        }
        let mut best = brute_force(weights, row + 1, used);
        for c in 0..used.len() {
            if !used[c] {
                used[c] = true;
                best = best.max(weights[row][c] + brute_force(weights, row + 1, used));
                used[c] = false;
            }
        }
        best
    }

    proptest! {
        #[test]
        fn assignment_is_optimal_and_never_reuses_a_column(
            (rows, columns, cells) in (0usize..6, 0usize..6).prop_flat_map(|(r, c)| {
                (Just(r), Just(c), proptest::collection::vec(
                    prop_oneof![Just(0i64), 0i64..1_000_000], r * c))
            })
        ) {
            let weights: Vec<Vec<i64>> = (0..rows)
                .map(|r| cells[r * columns..(r + 1) * columns].to_vec())
                .collect();
            let chosen = assign(&weights);
            prop_assert_eq!(chosen.len(), rows);
            let mut seen = std::collections::HashSet::new();
            for c in chosen.iter().flatten() {
                prop_assert!(seen.insert(*c), "column {} used twice", c);
            }
            let total: i64 = chosen
                .iter()
                .enumerate()
                .filter_map(|(r, c)| c.map(|c| weights[r][c]))
                .sum();
            let best = brute_force(&weights, 0, &mut vec![false; columns]);
            prop_assert_eq!(total, best);
            for (r, c) in chosen.iter().enumerate() {
                if let Some(c) = c {
                    prop_assert!(weights[r][*c] > 0, "a zero weight is no assignment");
                }
            }
        }
    }

    #[test]
    fn default_loop_has_five_rounds_of_known_principles() {
        let pack = pack();
        let l = Loop::default_loop(&pack);
        assert_eq!(l.rounds.len(), 5);
        assert_eq!(l.questions().len(), 10);
        let mut all: Vec<usize> = l.questions().iter().map(|q| q.1).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 10, "no principle is asked twice");
    }

    #[test]
    fn parses_rounds_with_ids_and_names() {
        let pack = pack();
        let l = Loop::parse(
            "loop.toml",
            "[[round]]\nname = \"Screen\"\nprinciples = [\"dive-deep\", \"Customer Obsession\"]\n\n[[round]]\nprinciples = [\"ownership\"]\n",
            &pack,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.rounds.len(), 2);
        assert_eq!(l.rounds[0].name, "Screen");
        assert_eq!(l.rounds[1].name, "Round 2");
        assert_eq!(
            &*pack.list[l.rounds[0].principles[1]].id,
            "customer-obsession"
        );
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let pack = pack();
        let err = Loop::parse(
            "loop.toml",
            "[[round]]\nname = \"Screen\"\nprinciples = [\"dive-deep\",\n  \"thinking-small\"]\n",
            &pack,
        )
        .unwrap_err();
        assert_eq!(err.line, Some(4));
        assert!(err.to_string().starts_with("loop.toml:4: "), "{err}");
        assert!(err.message.contains("thinking-small"), "{err}");

        let err = Loop::parse(
            "loop.toml",
            "[[round]]\nprinciples = [\"ownership\"]\ncolour = 1\n",
            &pack,
        )
        .unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");

        let err = Loop::parse("loop.toml", "[[round]\n", &pack).unwrap_err();
        assert_eq!(err.line, Some(1), "{err}");

        let err = Loop::parse("loop.toml", "# nothing\n", &pack).unwrap_err();
        assert!(err.message.contains("no rounds"), "{err}");

        let err = Loop::parse("loop.toml", "[[round]]\nprinciples = []\n", &pack).unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
    }
}
