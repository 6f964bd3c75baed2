//! Resume–story consistency: the same achievement told with different numbers (K004).
//!
//! An interviewer who read "cut latency 40%" on the resume and hears "cut latency by a
//! third" in the story asks which is true. Each metric of a resume bullet is matched with
//! the metrics of the stories that measure the same thing:
//!
//! - the same quantity: both percentages (a ratio in words, "by a third", is one too),
//!   both counts, both sums of money, both multipliers ("doubled" is 2x), or both
//!   durations in the same unit;
//! - about the same achievement: at least [`MIN_SHARED`] content stems in common among
//!   the words just before and after each metric (up to the neighbouring metric, so
//!   "latency by 40% and errors by 25%" keeps latency with 40%).
//!
//! A resume metric is inconsistent with a story when the story has such a match and none
//! of its matches agrees with it (agreeing: within [`TOLERANCE`], so "about 40%" and
//! "40%" or "a third" and "33%" agree). Only the best match is reported, once per resume
//! metric and story, so one disagreement is one finding.

use super::{BankFinding, BankStory, Place};
use crate::analyze::{find_metrics, Metric, MetricKind};
use crate::lexicon::Lexicons;
use crate::report::Report;
use crate::rules::K004_META;
use crate::segment::{self, Span, Word};

/// Content stems two metrics' surroundings must share to be about the same achievement.
pub const MIN_SHARED: usize = 2;
/// Words before a metric that describe it ("cut API latency by")…
const BEFORE: usize = 5;
/// …and after it ("40% fewer support tickets").
const AFTER: usize = 3;
/// Two values agree when they differ by at most this share of the larger.
pub const TOLERANCE: f64 = 0.1;

/// An achievement whose numbers differ between the resume and a story.
#[derive(Clone, Debug)]
pub struct Inconsistency {
    /// The story (index into the bank's stories).
    pub story: usize,
    /// The metric in the resume.
    pub resume: Place,
    /// The resume's metric as written.
    pub resume_text: String,
    /// The metric in the story.
    pub story_place: Place,
    /// The story's metric as written.
    pub story_text: String,
    /// The words both surroundings share.
    pub shared: Vec<String>,
}

/// What a metric measures, for comparison.
#[derive(Clone, Debug, PartialEq)]
enum Quantity {
    Percent(f64),
    Count(f64),
    Money(f64),
    Multiplier(f64),
    /// Value and unit stem ("day").
    Duration(f64, String),
}

impl Quantity {
    fn agrees(&self, other: &Quantity) -> Option<bool> {
        let close = |a: f64, b: f64| (a - b).abs() <= TOLERANCE * a.abs().max(b.abs());
        match (self, other) {
            (Quantity::Percent(a), Quantity::Percent(b))
            | (Quantity::Count(a), Quantity::Count(b))
            | (Quantity::Money(a), Quantity::Money(b))
            | (Quantity::Multiplier(a), Quantity::Multiplier(b)) => Some(close(*a, *b)),
            (Quantity::Duration(a, u), Quantity::Duration(b, v)) if u == v => Some(close(*a, *b)),
            _ => None,
        }
    }
}

/// A metric of a resume bullet or a story sentence, with what surrounds it.
#[derive(Debug)]
struct Mention {
    span: Span,
    quantity: Quantity,
    /// (stem, lowercase word) of the content words around it, sorted by stem.
    context: Vec<(String, String)>,
}

/// Cardinal number words, for counts written in words ("a team of six").
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

/// Ratios in words, as percentages of change.
const RATIO_PERCENT: &[(&str, f64)] = &[
    ("a fifth", 20.0),
    ("a quarter", 25.0),
    ("a third", 100.0 / 3.0),
    ("two-thirds", 200.0 / 3.0),
    ("half", 50.0),
    ("halved", 50.0),
    ("halving", 50.0),
];

/// Ratios in words, as multipliers.
const RATIO_TIMES: &[(&str, f64)] = &[
    ("doubl", 2.0),
    ("twofold", 2.0),
    ("tripl", 3.0),
    ("threefold", 3.0),
    ("quadrupl", 4.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("tenfold", 10.0),
];

/// The first number written with digits in `text`, with its magnitude suffix applied.
fn digits_value(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    let number: String = rest[..end]
        .trim_end_matches('.')
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let value: f64 = number.parse().ok()?;
    let suffix = rest[end..].trim_start().to_lowercase();
    let scale = if suffix.starts_with("thousand") || suffix.starts_with('k') {
        1e3
    } else if suffix.starts_with("million")
        || suffix.starts_with("mm")
        || suffix.starts_with('m')
            && !suffix.starts_with("min")
            && !suffix.starts_with("mo")
            && !suffix.starts_with("ms")
    {
        1e6
    } else if suffix.starts_with("billion")
        || suffix.starts_with("bn")
        || suffix.starts_with('b') && !suffix.starts_with("by")
    {
        1e9
    } else {
        1.0
    };
    Some(value * scale)
}

/// The value of a count written with digits or in words.
fn count_value(text: &str) -> Option<f64> {
    digits_value(text).or_else(|| {
        let lower = text.to_lowercase();
        lower.split(|c: char| !c.is_alphanumeric()).find_map(|w| {
            NUMBER_WORDS
                .iter()
                .find(|(word, _)| *word == w)
                .map(|(_, v)| *v)
        })
    })
}

fn quantity(text: &str, metric: &Metric, words: &[Word], lex: &Lexicons) -> Option<Quantity> {
    let written = metric.span.slice(text);
    let lower = written.to_lowercase();
    match metric.kind {
        MetricKind::Percent => digits_value(written).map(Quantity::Percent),
        MetricKind::Money => digits_value(written).map(Quantity::Money),
        MetricKind::Count => count_value(written).map(Quantity::Count),
        MetricKind::Multiplier => digits_value(written).map(Quantity::Multiplier),
        MetricKind::Ratio => {
            if let Some(&(_, v)) = RATIO_TIMES.iter().find(|(w, _)| lower.contains(w)) {
                return Some(Quantity::Multiplier(v));
            }
            if let Some(&(_, v)) = RATIO_PERCENT.iter().find(|(w, _)| lower.contains(w)) {
                return Some(Quantity::Percent(v));
            }
            // A fraction: "9/10".
            let (a, b) = lower.split_once('/')?;
            let (a, b) = (digits_value(a)?, digits_value(b)?);
            (b > 0.0).then(|| Quantity::Percent(100.0 * a / b))
        }
        MetricKind::Duration => {
            let value = count_value(written)?;
            // The unit is the last word of the metric or the word right after it.
            let unit = words
                .iter()
                .filter(|w| w.span.start >= metric.span.start)
                .take_while(|w| w.span.start <= metric.span.end)
                .filter(|w| lex.quantities.time_units.contains(&*w.lower))
                .last()?;
            let stem = unit.lower.trim_end_matches('s').to_owned();
            Some(Quantity::Duration(value, stem))
        }
        MetricKind::Rank | MetricKind::Scale => None,
    }
}

/// The metrics of one unit of text (a bullet or a sentence) with their surroundings.
fn mentions(text: &str, span: Span, metrics: &[Metric], lex: &Lexicons) -> Vec<Mention> {
    let words = segment::words(text, span, lex);
    let metrics: Vec<&Metric> = metrics.iter().filter(|m| span.contains(m.span)).collect();
    let inside = |w: &Word, m: &Metric| m.span.overlaps(w.span);
    let mut out = Vec::new();
    for (i, metric) in metrics.iter().enumerate() {
        let Some(quantity) = quantity(text, metric, &words, lex) else {
            continue;
        };
        let first = words.partition_point(|w| w.span.end <= metric.span.start);
        let last = words.partition_point(|w| w.span.start < metric.span.end);
        // Up to the neighbouring metrics, and never into them.
        let floor = i.checked_sub(1).map_or(0, |p| {
            words.partition_point(|w| w.span.start < metrics[p].span.end)
        });
        let ceiling = metrics.get(i + 1).map_or(words.len(), |n| {
            words.partition_point(|w| w.span.end <= n.span.start)
        });
        let from = first.saturating_sub(BEFORE).max(floor);
        let to = (last + AFTER).min(ceiling).max(last);
        let mut context: Vec<(String, String)> = words[from..to]
            .iter()
            .filter(|w| !inside(w, metric))
            .filter(|w| {
                w.lower.chars().count() >= 3
                    && !w.lower.chars().any(|c| c.is_ascii_digit())
                    && !lex.style.stop_words.contains(&*w.lower)
                    && !lex.quantities.time_units.contains(&*w.lower)
            })
            .map(|w| (w.stem.to_string(), w.lower.to_string()))
            .collect();
        context.sort();
        context.dedup_by(|a, b| a.0 == b.0);
        out.push(Mention {
            span: metric.span,
            quantity,
            context,
        });
    }
    out
}

/// The words of `a` whose stems `b` has too.
fn shared(a: &[(String, String)], b: &[(String, String)]) -> Vec<String> {
    a.iter()
        .filter(|(stem, _)| b.iter().any(|(other, _)| other == stem))
        .map(|(_, word)| word.clone())
        .collect()
}

/// Every inconsistency between the resume's bullets and the bank's stories.
pub fn find(
    resume: &Report,
    stories: &[BankStory],
    reports: &[Report],
    lex: &Lexicons,
) -> Vec<Inconsistency> {
    let resume_mentions: Vec<Mention> = resume
        .items
        .iter()
        .flat_map(|item| mentions(&resume.text, item.span, &item.metrics, lex))
        .collect();
    if resume_mentions.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (index, story) in stories.iter().enumerate() {
        let report = &reports[story.doc];
        let text = &report.text;
        let story_mentions: Vec<Mention> = report.stories[story.story]
            .sentences
            .iter()
            .flat_map(|(span, _, _)| {
                let words = segment::words(text, *span, lex);
                let metrics = find_metrics(text, *span, &words, lex);
                mentions(text, *span, &metrics, lex)
            })
            .collect();
        for r in &resume_mentions {
            let mut best: Option<(&Mention, Vec<String>)> = None;
            let mut agreed = false;
            for s in &story_mentions {
                let Some(agrees) = r.quantity.agrees(&s.quantity) else {
                    continue;
                };
                let common = shared(&r.context, &s.context);
                if common.len() < MIN_SHARED {
                    continue;
                }
                if agrees {
                    agreed = true;
                    break;
                }
                if best.as_ref().is_none_or(|(_, c)| common.len() > c.len()) {
                    best = Some((s, common));
                }
            }
            if agreed {
                continue;
            }
            if let Some((s, common)) = best {
                out.push(Inconsistency {
                    story: index,
                    resume: Place::of(resume, r.span),
                    resume_text: r.span.slice(&resume.text).to_owned(),
                    story_place: Place::of(report, s.span),
                    story_text: s.span.slice(text).to_owned(),
                    shared: common,
                });
            }
        }
    }
    out
}

/// K004 for each inconsistency, pointing at the resume's metric and the story's.
pub(super) fn findings(inconsistencies: &[Inconsistency], out: &mut Vec<BankFinding>) {
    for i in inconsistencies {
        out.push(BankFinding::new(
            &K004_META,
            format!(
                "the resume says \"{}\" but the story says \"{}\" about what looks like the same achievement (both mention {}): make the numbers agree",
                i.resume_text,
                i.story_text,
                i.shared.join(", ")
            ),
            vec![i.resume.clone(), i.story_place.clone()],
        ));
    }
}
