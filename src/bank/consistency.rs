//! Resume–story consistency: the same achievement told with different numbers (K004).
//!
//! An interviewer who read "cut latency 40%" on the resume and hears "cut latency by a
//! third" in the story asks which is true. Each metric of a resume bullet is matched with
//! the metrics of the stories that measure the same thing:
//!
//! - the same quantity: both percentages (a ratio in words, "by a third", is one too),
//!   both counts, both sums of money, both multipliers ("doubled" is 2x), or both
//!   durations in the same unit;
//! - about the same achievement: at least [`MIN_SHARED`] content stems in common (not all
//!   of them words that go with any measure, such as "average" or "time") among
//!   the content words just before and after each metric (up to the neighbouring metric, so
//!   "latency by 40% and errors by 25%" keeps latency with 40%).
//!
//! A resume metric is inconsistent with a story when the story has such a match and none
//! of its matches agrees with it (agreeing: within [`TOLERANCE`], so "about 40%" and
//! "40%" or "a third" and "33%" agree). Only the best match is reported, once per resume
//! metric and story, so one disagreement is one finding.

use super::{BankFinding, BankStory, Place};
use crate::analyze::{find_metrics, Metric, MetricKind};
use crate::lexicon::{Lexicons, WordFacts};
use crate::report::Report;
use crate::rules::K004_META;
use crate::segment::{self, Span, Word};

/// Content stems two metrics' surroundings must share to be about the same achievement.
pub const MIN_SHARED: usize = 2;
/// Content words before a metric that describe it ("cut API latency by")…
const BEFORE: usize = 4;
/// …and after it ("40% fewer support tickets").
const AFTER: usize = 3;
/// A metric this few words after another shares its words: "from 19 days to 4".
const RANGE_GAP: usize = 2;
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
    /// In seconds.
    Duration(f64),
}

impl Quantity {
    /// The value, in the unit comparisons use (multipliers as a change in percent).
    fn value(&self) -> f64 {
        match self {
            Quantity::Multiplier(m) => (m - 1.0) * 100.0,
            Quantity::Percent(v)
            | Quantity::Count(v)
            | Quantity::Money(v)
            | Quantity::Duration(v) => *v,
        }
    }

    /// How far apart two values are.
    fn distance(&self, other: &Quantity) -> f64 {
        (self.value() - other.value()).abs()
    }

    fn agrees(&self, other: &Quantity) -> Option<bool> {
        let close = |a: f64, b: f64| (a - b).abs() <= TOLERANCE * a.abs().max(b.abs());
        // "Doubled" is 2x and "grew by 100%": a multiplier m is a change of (m - 1) × 100%.
        let as_percent = |m: f64| (m - 1.0) * 100.0;
        match (self, other) {
            (Quantity::Percent(a), Quantity::Percent(b))
            | (Quantity::Count(a), Quantity::Count(b))
            | (Quantity::Money(a), Quantity::Money(b))
            | (Quantity::Multiplier(a), Quantity::Multiplier(b))
            | (Quantity::Duration(a), Quantity::Duration(b)) => Some(close(*a, *b)),
            (Quantity::Percent(p), Quantity::Multiplier(m))
            | (Quantity::Multiplier(m), Quantity::Percent(p)) => Some(close(*p, as_percent(*m))),
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
    /// For a count, the stems of what is counted: the word before "of" ("team of 4"), or
    /// the two content words after the number ("14 night-shift workers").
    counted: Vec<String>,
    /// The number as written, before any unit ("4" of "4 days").
    bare: Option<f64>,
    /// Every number written with digits in the same bullet or sentence.
    unit_numbers: Vec<f64>,
}

impl Mention {
    /// Whether two counts count different things.
    fn counts_other_things(&self, other: &Mention) -> bool {
        matches!(self.quantity, Quantity::Count(_))
            && !self.counted.is_empty()
            && !other.counted.is_empty()
            && !self.counted.iter().any(|c| other.counted.contains(c))
    }
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
    // A letter suffix counts only as a whole word: "12k", "2 M", not "5 miles".
    let word = |w: &str| {
        suffix.starts_with(w)
            && !suffix[w.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
    };
    let scale = if suffix.starts_with("thousand") || word("k") {
        1e3
    } else if suffix.starts_with("million") || word("m") || word("mm") {
        1e6
    } else if suffix.starts_with("billion") || word("b") || word("bn") {
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

fn quantity(text: &str, metric: &Metric, words: &[Word]) -> Option<Quantity> {
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
                .take(3)
                .find(|w| w.is(WordFacts::TIME_UNIT))?;
            let seconds = unit_seconds(unit.lower())?;
            Some(Quantity::Duration(value * seconds))
        }
        MetricKind::Rank | MetricKind::Scale => None,
    }
}

/// Seconds in a unit of time, by its first letters ("hrs", "weeks"); `None` for units of
/// no fixed length (a semester, a weekend).
fn unit_seconds(unit: &str) -> Option<f64> {
    const UNITS: &[(&str, f64)] = &[
        ("ms", 0.001),
        ("sec", 1.0),
        ("min", 60.0),
        ("h", 3600.0),
        ("day", 86_400.0),
        ("week", 604_800.0),
        ("month", 2_629_800.0),
        ("quarter", 7_889_400.0),
        ("y", 31_557_600.0),
    ];
    if unit.starts_with("weekend") || unit.starts_with("semester") {
        return None;
    }
    UNITS
        .iter()
        .find(|(prefix, _)| unit.starts_with(prefix))
        .map(|(_, s)| *s)
}

/// The metrics of one unit of text (a bullet or a sentence) with their surroundings.
fn mentions(text: &str, span: Span, metrics: &[Metric], lex: &Lexicons) -> Vec<Mention> {
    let words = segment::words(text, span, lex);
    let metrics: Vec<&Metric> = metrics.iter().filter(|m| span.contains(m.span)).collect();
    let inside = |w: &Word, m: &Metric| m.span.overlaps(w.span);
    let unit_numbers: Vec<f64> = words
        .iter()
        .filter_map(|w| digits_value(w.span.slice(text)))
        .collect();
    let mut out = Vec::new();
    for (i, metric) in metrics.iter().enumerate() {
        let first = words.partition_point(|w| w.span.end <= metric.span.start);
        let last = words.partition_point(|w| w.span.start < metric.span.end);
        // Up to the neighbouring metrics, and never into them.
        let floor = i.checked_sub(1).map_or(0, |p| {
            words.partition_point(|w| w.span.start < metrics[p].span.end)
        });
        // The second number of a range ("from 19 days to 4") is about what the first is,
        // in its unit.
        let range_start = out
            .last()
            .filter(|m: &&Mention| i > 0 && m.span == metrics[i - 1].span)
            .filter(|_| first.saturating_sub(floor) <= RANGE_GAP);
        let bare = count_value(metric.span.slice(text));
        let inherited = range_start.and_then(|previous| match previous.quantity {
            Quantity::Duration(seconds) => {
                let unit = seconds / previous.bare.filter(|b| *b > 0.0)?;
                Some(Quantity::Duration(bare? * unit))
            }
            _ => None,
        });
        // A bare number after a duration ("to 4") reads as a count on its own.
        let quantity = match (quantity(text, metric, &words), inherited) {
            (None | Some(Quantity::Count(_)), Some(inherited)) => Some(inherited),
            (own, _) => own,
        };
        let Some(quantity) = quantity else {
            continue;
        };
        let ceiling = metrics.get(i + 1).map_or(words.len(), |n| {
            words.partition_point(|w| w.span.end <= n.span.start)
        });
        let content = |w: &&Word| {
            !inside(w, metric)
                && w.lower().chars().count() >= 3
                && !w.lower().chars().any(|c| c.is_ascii_digit())
                && !w.is(WordFacts::STOP_WORD)
                && !w.is(WordFacts::TIME_UNIT)
        };
        let before = words[floor..first.max(floor)]
            .iter()
            .rev()
            .filter(content)
            .take(BEFORE);
        let after = words[last.min(ceiling)..ceiling]
            .iter()
            .filter(content)
            .take(AFTER);
        let mut context: Vec<(String, String)> = before
            .chain(after)
            .map(|w| (w.stem().to_string(), w.lower().to_string()))
            .collect();
        if let Some(previous) = range_start {
            context.extend(previous.context.iter().cloned());
        }
        context.sort();
        context.dedup_by(|a, b| a.0 == b.0);
        let counted: Vec<String> = match first.checked_sub(1).map(|p| &words[p]) {
            Some(of) if of.lower() == "of" => words[..first - 1]
                .iter()
                .rev()
                .filter(content)
                .take(1)
                .map(|w| w.stem().to_string())
                .collect(),
            _ => words[last.min(words.len())..]
                .iter()
                .filter(content)
                .take(2)
                .map(|w| w.stem().to_string())
                .collect(),
        };
        out.push(Mention {
            span: metric.span,
            quantity,
            context,
            counted,
            bare,
            unit_numbers: unit_numbers.clone(),
        });
    }
    out
}

/// Stems of words that go with any measure ("average refund time", "average pickup
/// time"): shared alone, they do not make two metrics one achievement. Kept here rather
/// than in a lexicon because they are part of how this matcher works, not vocabulary a
/// user would tune.
const GENERIC: &[&str] = &[
    "amount", "averag", "count", "level", "number", "overal", "rate", "size", "time", "total",
];

/// Whether the shared words tie two metrics to one achievement: enough of them, and not
/// only words that go with any measure.
fn same_achievement(common: &[(String, String)]) -> bool {
    common.len() >= MIN_SHARED
        && common
            .iter()
            .any(|(stem, _)| !GENERIC.contains(&stem.as_str()))
}

/// The (stem, word) pairs of `a` whose stems `b` has too.
fn shared(a: &[(String, String)], b: &[(String, String)]) -> Vec<(String, String)> {
    a.iter()
        .filter(|(stem, _)| b.iter().any(|(other, _)| other == stem))
        .cloned()
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
            let mut best: Option<(&Mention, Vec<(String, String)>)> = None;
            let mut agreed = false;
            for s in &story_mentions {
                let Some(agrees) = r.quantity.agrees(&s.quantity) else {
                    continue;
                };
                let common = shared(&r.context, &s.context);
                if !same_achievement(&common) || r.counts_other_things(s) {
                    continue;
                }
                // The same number written in the sentence ("from 19 days to 4") agrees
                // even where its unit is left implicit.
                let same_number = r.bare.is_some_and(|b| s.unit_numbers.contains(&b));
                if agrees || same_number {
                    agreed = true;
                    break;
                }
                // The most shared words, then the nearest value: "from 19 days to 9" is
                // compared with "from 19 days to 4" at its 4, not its 19.
                let better = best.as_ref().is_none_or(|(b, c)| {
                    common.len() > c.len()
                        || common.len() == c.len()
                            && r.quantity.distance(&s.quantity) < r.quantity.distance(&b.quantity)
                });
                if better {
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
                    shared: common.into_iter().map(|(_, word)| word).collect(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_with_their_magnitudes() {
        assert_eq!(digits_value("$12,000"), Some(12_000.0));
        assert_eq!(digits_value("$12k"), Some(12_000.0));
        assert_eq!(digits_value("1.5 million"), Some(1_500_000.0));
        assert_eq!(digits_value("40%"), Some(40.0));
        assert_eq!(digits_value("5 minutes"), Some(5.0));
        assert_eq!(digits_value("5 miles"), Some(5.0));
        assert_eq!(digits_value("$2M"), Some(2_000_000.0));
        assert_eq!(digits_value("3 bn"), Some(3e9));
        assert_eq!(count_value("six"), Some(6.0));
        assert_eq!(count_value("lots"), None);
    }

    #[test]
    fn ratios_and_multipliers_compare_as_changes() {
        assert_eq!(
            Quantity::Percent(100.0).agrees(&Quantity::Multiplier(2.0)),
            Some(true)
        );
        assert_eq!(
            Quantity::Percent(40.0).agrees(&Quantity::Percent(100.0 / 3.0)),
            Some(false)
        );
        assert_eq!(Quantity::Count(4.0).agrees(&Quantity::Money(4.0)), None);
        assert_eq!(
            Quantity::Duration(3.0 * 86_400.0).agrees(&Quantity::Duration(72.0 * 3600.0)),
            Some(true)
        );
    }

    #[test]
    fn units_of_time_have_lengths() {
        assert_eq!(unit_seconds("hours"), Some(3600.0));
        assert_eq!(unit_seconds("ms"), Some(0.001));
        assert_eq!(unit_seconds("minutes"), Some(60.0));
        assert_eq!(unit_seconds("semesters"), None);
    }
}
