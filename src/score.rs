//! Scores 0–100 with a breakdown that explains them.
//!
//! A resume is scored on what recruiters skim for, with the weights below (the only place
//! they live; docs/json-schema.md documents them):
//!
//! - **quantified** (50): the share of impact bullets (experience, projects, leadership)
//!   that state a metric;
//! - **action verbs** (30): the share of impact bullets that open with an action verb
//!   (bullets mostly in another language, which the English verb list cannot judge, count
//!   as passing);
//! - **style** (20): lost as other findings accumulate, by their density per bullet
//!   (a warning weighs 1, an info 0.5); one finding per bullet on average leaves 0.
//!
//! A STAR story is scored on what an interviewer listens for:
//!
//! - **structure** (35): 5 per STAR part present (20), the action share against the third
//!   a story should give it (10), and a length that tells in one to three minutes (5);
//! - **ownership** (15): the share of "I" among "I" and "we" in the action sentences;
//! - **result** (25): a measured outcome in the result (20; a size without a change, 12),
//!   and a stated learning (5);
//! - **principle** (25): the strength of the tagged principle, or of the strongest one.
//!
//! A story in another language is scored on what does not depend on English cues (its
//! parts come from paragraphs, any metric in its result counts), without the ownership,
//! learning and principle points, and its total is rescaled to 100. A story document scores the mean of its stories. Cover letters are scored on style
//! alone, with the density of findings per sentence, scaled to 100. Job descriptions are
//! reference material and get no score. A document with no words scores 0.

use crate::analyze::{Analysis, Star, Story};
use crate::lexicon::WordFacts;
use crate::rules::{impact_items, is_english_block, opening_word, weak_opener, Finding, Severity};
use crate::rules::{S005_MIN_ACTION_SHARE, S007_MAX_SECONDS, S007_MIN_SECONDS};
use crate::segment::DocKind;

/// Points for the share of quantified impact bullets.
pub const QUANTIFIED_POINTS: f64 = 50.0;
/// Points for the share of impact bullets opening with an action verb.
pub const ACTION_VERB_POINTS: f64 = 30.0;
/// Points for few other findings per bullet.
pub const STYLE_POINTS: f64 = 20.0;
/// Weight of one warning in the style density.
pub const WARNING_WEIGHT: f64 = 1.0;
/// Weight of one info finding in the style density.
pub const INFO_WEIGHT: f64 = 0.5;

/// Rules whose findings are already counted by a share above, so style does not count
/// them twice.
const COUNTED_BY_SHARES: &[&str] = &["Q001", "B001", "B002"];

/// A score and how it was reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// The score, 0–100.
    pub value: u8,
    /// The parts that add up to it.
    pub components: Vec<Component>,
}

/// One part of a score.
#[derive(Clone, Debug, PartialEq)]
pub struct Component {
    /// Kebab-case name.
    pub name: &'static str,
    /// Points earned.
    pub points: f64,
    /// Points possible.
    pub max: f64,
    /// How the points were earned, for people: the figures, put into words when shown.
    pub detail: Detail,
}

/// The figures behind a [`Component`]'s points. Kept as numbers and put into words only
/// when a report is shown (`Display`): every story is scored, and formatting each score's
/// details, floats included, cost more than scoring it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Detail {
    /// The document has no words.
    Empty,
    /// Findings over the sentences of prose that is neither a resume nor a story.
    Findings { findings: usize, sentences: usize },
    /// Bullets that state a metric.
    Quantified { quantified: usize, bullets: usize },
    /// Bullets that open with an action verb.
    ActionVerbs { verbs: usize, bullets: usize },
    /// Findings not counted by another component, over the bullets.
    OtherFindings { findings: usize, bullets: usize },
    /// A story's STAR parts, its actions' share of words and its speaking time.
    Structure {
        parts: usize,
        action_share: f64,
        seconds: f64,
    },
    /// A story's result: its metrics, outcomes among them, and whether a learning is
    /// stated.
    Result {
        metrics: usize,
        outcomes: usize,
        learning: bool,
    },
    /// "I" and "we" in a story's actions.
    Ownership { i: usize, we: usize },
    /// The strength of the principle a story shows.
    Principle { strength: f64 },
    /// The mean of this many stories' components.
    Mean { stories: usize },
}

impl std::fmt::Display for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Percentages of bullets, rounded to whole numbers.
        let percent = |k: usize, n: usize| {
            if n == 0 {
                0.0
            } else {
                (k as f64 / n as f64 * 100.0).round()
            }
        };
        match *self {
            Detail::Empty => f.write_str("the document is empty"),
            Detail::Findings {
                findings,
                sentences,
            } => write!(f, "{findings} findings in {sentences} sentences"),
            Detail::Quantified {
                quantified,
                bullets,
            } => write!(
                f,
                "{quantified} of {bullets} bullets state a metric ({}%)",
                percent(quantified, bullets)
            ),
            Detail::ActionVerbs { verbs, bullets } => write!(
                f,
                "{verbs} of {bullets} bullets open with an action verb ({}%)",
                percent(verbs, bullets)
            ),
            Detail::OtherFindings { findings, bullets } => {
                write!(f, "{findings} other findings for {bullets} bullets")
            }
            Detail::Structure {
                parts,
                action_share,
                seconds,
            } => write!(
                f,
                "{parts} of 4 STAR parts, actions {:.0}% of words, {seconds:.0} s to tell",
                action_share * 100.0
            ),
            Detail::Result {
                metrics,
                outcomes,
                learning,
            } => write!(
                f,
                "{metrics} metrics in the result ({outcomes} outcomes), {}",
                if learning {
                    "learning stated"
                } else {
                    "no learning stated"
                }
            ),
            Detail::Ownership { i, we } => {
                write!(f, "\"I\" {i} and \"we\" {we} times in actions")
            }
            Detail::Principle { strength } => write!(f, "strength {strength:.2}"),
            Detail::Mean { stories } => write!(f, "mean over {stories} stories"),
        }
    }
}

/// Score an analysed document from its findings.
pub fn score(a: &Analysis<'_>, findings: &[Finding]) -> Option<Score> {
    if a.kind == DocKind::JobDescription {
        return None;
    }
    if a.segments.words.is_empty() {
        let empty = Component {
            name: "content",
            points: 0.0,
            max: 100.0,
            detail: Detail::Empty,
        };
        return Some(total(vec![empty]));
    }
    let weighted: f64 = findings
        .iter()
        .filter(|f| !COUNTED_BY_SHARES.contains(&f.rule.code))
        .map(|f| match f.severity {
            Severity::Info => INFO_WEIGHT,
            Severity::Warning | Severity::Error => WARNING_WEIGHT,
        })
        .sum();
    let style_findings = findings
        .iter()
        .filter(|f| !COUNTED_BY_SHARES.contains(&f.rule.code))
        .count();
    if a.kind == DocKind::Story && !a.stories.is_empty() {
        return Some(mean_score(a.stories.iter().map(story_score).collect()));
    }
    if a.kind != DocKind::Resume {
        let sentences = a.segments.sentences.len().max(1);
        let style = Component {
            name: "style",
            points: 100.0 * (1.0 - weighted / sentences as f64).max(0.0),
            max: 100.0,
            detail: Detail::Findings {
                findings: style_findings,
                sentences,
            },
        };
        return Some(total(vec![style]));
    }

    let items: Vec<_> = impact_items(a).collect();
    let n = items.len();
    let quantified = items
        .iter()
        .filter(|(i, _)| !a.block_metrics[*i].is_empty())
        .count();
    // Bullets mostly in another language are not judged by the English verb list, and not
    // held against the writer either.
    let verbs = items
        .iter()
        .filter(|(_, block)| {
            !is_english_block(a, block)
                || (weak_opener(a, block).is_none()
                    && opening_word(a, block).is_some_and(|w| w.is(WordFacts::ACTION_VERB)))
        })
        .count();
    let share = |k: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    let components = vec![
        Component {
            name: "quantified",
            points: QUANTIFIED_POINTS * share(quantified),
            max: QUANTIFIED_POINTS,
            detail: Detail::Quantified {
                quantified,
                bullets: n,
            },
        },
        Component {
            name: "action-verbs",
            points: ACTION_VERB_POINTS * share(verbs),
            max: ACTION_VERB_POINTS,
            detail: Detail::ActionVerbs { verbs, bullets: n },
        },
        Component {
            name: "style",
            points: STYLE_POINTS * (1.0 - weighted / n.max(1) as f64).max(0.0),
            max: STYLE_POINTS,
            detail: Detail::OtherFindings {
                findings: style_findings,
                bullets: n,
            },
        },
    ];
    Some(total(components))
}

/// Points for the STAR parts, balance and length of a story.
pub const STRUCTURE_POINTS: f64 = 35.0;
/// Points for "I" over "we" in the actions.
pub const OWNERSHIP_POINTS: f64 = 15.0;
/// Points for a measured result and a stated learning.
pub const RESULT_POINTS: f64 = 25.0;
/// Points for the strength of the principle shown.
pub const PRINCIPLE_POINTS: f64 = 25.0;

/// Score one story.
pub fn story_score(story: &Story) -> Score {
    let m = &story.measures;
    let parts = [Star::Situation, Star::Task, Star::Action, Star::Result]
        .iter()
        .filter(|p| story.sentences.iter().any(|s| s.star == **p))
        .count();
    let balance = (m.share[2] / S005_MIN_ACTION_SHARE).min(1.0);
    let length_ok = (S007_MIN_SECONDS..=S007_MAX_SECONDS).contains(&m.speaking_seconds);
    let structure = 5.0 * parts as f64 + 10.0 * balance + if length_ok { 5.0 } else { 0.0 };
    let pronouns = m.i_in_actions + m.we_in_actions;
    let ownership = if pronouns == 0 {
        1.0
    } else {
        m.i_in_actions as f64 / pronouns as f64
    };
    // Without English cues a metric cannot be told an outcome or a size: any counts.
    let measured = if m.result_outcomes > 0 || (!story.english && m.result_metrics > 0) {
        20.0
    } else if m.result_metrics > 0 {
        12.0
    } else {
        0.0
    };
    let result = measured + if m.learning { 5.0 } else { 0.0 };
    let mut components = vec![
        Component {
            name: "structure",
            points: structure,
            max: STRUCTURE_POINTS,
            detail: Detail::Structure {
                parts,
                action_share: m.share[2],
                seconds: m.speaking_seconds,
            },
        },
        Component {
            name: "result",
            points: result,
            // A learning is found by English phrases only.
            max: if story.english {
                RESULT_POINTS
            } else {
                RESULT_POINTS - 5.0
            },
            detail: Detail::Result {
                metrics: m.result_metrics,
                outcomes: m.result_outcomes,
                learning: m.learning,
            },
        },
    ];
    if story.english {
        components.push(Component {
            name: "ownership",
            points: OWNERSHIP_POINTS * ownership,
            max: OWNERSHIP_POINTS,
            detail: Detail::Ownership {
                i: m.i_in_actions,
                we: m.we_in_actions,
            },
        });
        let shown = story
            .tagged
            .first()
            .and_then(|t| story.principles.iter().find(|p| p.principle == *t))
            .or(story.principles.first());
        let strength = shown.map_or(0.0, |p| p.score);
        components.push(Component {
            name: "principle",
            points: PRINCIPLE_POINTS * strength,
            max: PRINCIPLE_POINTS,
            detail: Detail::Principle { strength },
        });
    }
    total(components)
}

/// The mean of several scores, component by component.
fn mean_score(scores: Vec<Score>) -> Score {
    if scores.len() == 1 {
        return scores
            .into_iter()
            .next()
            .unwrap_or_else(|| total(Vec::new()));
    }
    let n = scores.len() as f64;
    let mut components: Vec<Component> = Vec::new();
    for score in &scores {
        for c in &score.components {
            match components.iter_mut().find(|x| x.name == c.name) {
                Some(x) => {
                    x.points += c.points / n;
                    x.max += c.max / n;
                }
                None => components.push(Component {
                    name: c.name,
                    points: c.points / n,
                    max: c.max / n,
                    detail: Detail::Mean {
                        stories: scores.len(),
                    },
                }),
            }
        }
    }
    total(components)
}

/// Add up components, rescaled to 100 when they do not add up to 100 possible points.
fn total(components: Vec<Component>) -> Score {
    let sum: f64 = components.iter().map(|c| c.points).sum();
    let max: f64 = components.iter().map(|c| c.max).sum();
    let scaled = if max > 0.0 { sum * 100.0 / max } else { 0.0 };
    Score {
        value: scaled.round().clamp(0.0, 100.0) as u8,
        components,
    }
}

#[cfg(test)]
mod tests {
    use crate::ingest::{Document, Format, Source};
    use crate::rules::test_support::engine;

    fn score_of(markdown: &str) -> Option<u8> {
        let doc = Document::from_text(Source::Stdin, Format::Markdown, markdown);
        engine().check(doc, None).score.map(|s| s.value)
    }

    #[test]
    fn perfect_bullets_score_100() {
        assert_eq!(
            score_of("## Experience\n\n- Cut costs by 20%\n- Led 4 engineers\n"),
            Some(100)
        );
    }

    #[test]
    fn weak_bullets_score_low_and_components_add_up() {
        let doc = Document::from_text(
            Source::Stdin,
            Format::Markdown,
            "## Experience\n\n- Responsible for many things\n- Worked on stuff\n",
        );
        let score = engine()
            .check(doc, None)
            .score
            .unwrap_or_else(|| panic!("no score"));
        let sum: f64 = score.components.iter().map(|c| c.points).sum();
        assert_eq!(score.value, sum.round() as u8);
        assert!(score.value < 20, "{score:?}");
    }

    #[test]
    fn job_descriptions_are_not_scored() {
        let jd = "Basic Qualifications\n- Java\n\nPreferred Qualifications\n- Go\n";
        let doc = Document::from_text(Source::Stdin, Format::Text, jd);
        assert_eq!(engine().check(doc, None).score, None);
    }

    #[test]
    fn empty_document_scores_zero() {
        assert_eq!(score_of(""), Some(0));
    }

    #[test]
    fn details_are_put_into_words_with_their_figures() {
        use super::Detail;
        let words = |d: Detail| d.to_string();
        assert_eq!(
            words(Detail::Quantified {
                quantified: 2,
                bullets: 3
            }),
            "2 of 3 bullets state a metric (67%)"
        );
        assert_eq!(
            words(Detail::ActionVerbs {
                verbs: 0,
                bullets: 0
            }),
            "0 of 0 bullets open with an action verb (0%)"
        );
        assert_eq!(
            words(Detail::Structure {
                parts: 3,
                action_share: 0.416,
                seconds: 95.6
            }),
            "3 of 4 STAR parts, actions 42% of words, 96 s to tell"
        );
        assert_eq!(
            words(Detail::Result {
                metrics: 2,
                outcomes: 1,
                learning: false
            }),
            "2 metrics in the result (1 outcomes), no learning stated"
        );
        assert_eq!(words(Detail::Principle { strength: 0.5 }), "strength 0.50");
    }
}
