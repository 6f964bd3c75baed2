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
//! Stories and cover letters are scored on style alone, with the density per sentence,
//! scaled to 100. Job descriptions are reference material and get no score. A document
//! with no words scores 0.

use crate::analyze::Analysis;
use crate::rules::{impact_items, is_english_block, opening_word, Finding, Severity};
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
    /// How the points were earned, for people.
    pub detail: String,
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
            detail: "the document is empty".to_owned(),
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
    if a.kind != DocKind::Resume {
        let sentences = a.segments.sentences.len().max(1);
        let style = Component {
            name: "style",
            points: 100.0 * (1.0 - weighted / sentences as f64).max(0.0),
            max: 100.0,
            detail: format!("{style_findings} findings in {sentences} sentences"),
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
            let item = block
                .span
                .slice(a.text())
                .trim_start_matches(['*', '_', '[', '`', ' ']);
            !is_english_block(a, block)
                || (!a.lex.weak_opener_regex.is_match(item)
                    && opening_word(a, block)
                        .is_some_and(|w| a.lex.action_verbs.contains_key(&w.stem)))
        })
        .count();
    let share = |k: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    let percent = |k: usize| (share(k) * 100.0).round();
    let components = vec![
        Component {
            name: "quantified",
            points: QUANTIFIED_POINTS * share(quantified),
            max: QUANTIFIED_POINTS,
            detail: format!(
                "{quantified} of {n} bullets state a metric ({}%)",
                percent(quantified)
            ),
        },
        Component {
            name: "action-verbs",
            points: ACTION_VERB_POINTS * share(verbs),
            max: ACTION_VERB_POINTS,
            detail: format!(
                "{verbs} of {n} bullets open with an action verb ({}%)",
                percent(verbs)
            ),
        },
        Component {
            name: "style",
            points: STYLE_POINTS * (1.0 - weighted / n.max(1) as f64).max(0.0),
            max: STYLE_POINTS,
            detail: format!("{style_findings} other findings for {n} bullets"),
        },
    ];
    Some(total(components))
}

fn total(components: Vec<Component>) -> Score {
    let sum: f64 = components.iter().map(|c| c.points).sum();
    Score {
        value: sum.round().clamp(0.0, 100.0) as u8,
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
}
