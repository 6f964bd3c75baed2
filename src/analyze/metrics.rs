//! The quantification detector: which spans of a bullet or sentence are metrics.
//!
//! Recruiters skim for measured impact, so this is the heart of the tool, and its hard part
//! is saying no: "Python 3.11", "EC2", "CS 3110" and "Jun 2019 – Aug 2020" all have digits
//! and none is a metric, while "doubled sign-ups" and "thousands of users" have no digit
//! and are. The detector works in three passes over one unit of text:
//!
//! 1. **Blocked spans**: every `not_metrics` pattern (dates, versions, course codes, phone
//!    numbers, …) and every name compound ("two-factor") marks text where numbers do not
//!    count.
//! 2. **Numbers with digits**: each number is read with its currency, suffix (`%`, `k`,
//!    `x`), range and glued unit, then judged by its neighbours: a number glued to letters
//!    (`S3`, `5G`) is a name, one after a label word (`Tier 1`) a label, one after a
//!    versioned name (`Windows 10`) a version, a lone year a date.
//! 3. **Amounts in words**: number words ("twelve interns"), magnitudes ("a dozen"), scale
//!    phrases ("thousands of"), ratio phrases ("cut in half") and placements ("finalist").
//!
//! Each metric gets a kind and a role: an *outcome* reports a change ("reduced latency
//! 40%"), *scope* the size of the work ("a team of 5"). Accuracy is measured on the
//! labelled bullets in `tests/data/bullets/` by `tests/accuracy.rs`.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{Lexicons, PhraseHits, PhraseList, WordFacts};
use crate::segment::{Span, Word};

/// What a metric measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetricKind {
    /// A percentage or percentage points.
    Percent,
    /// An amount of money.
    Money,
    /// A count of things.
    Count,
    /// A multiplier ("2x", "3 times faster").
    Multiplier,
    /// A length of time, or time saved.
    Duration,
    /// A rank or placement.
    Rank,
    /// A ratio stated in words ("doubled", "cut in half") or as a fraction ("9/10").
    Ratio,
    /// An order of magnitude in words ("thousands of").
    Scale,
}

impl MetricKind {
    /// The lowercase name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            MetricKind::Percent => "percent",
            MetricKind::Money => "money",
            MetricKind::Count => "count",
            MetricKind::Multiplier => "multiplier",
            MetricKind::Duration => "duration",
            MetricKind::Rank => "rank",
            MetricKind::Ratio => "ratio",
            MetricKind::Scale => "scale",
        }
    }
}

/// Whether a metric reports a result or the size of the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetricRole {
    /// A change or result: "reduced latency 40%", "won 1st of 120 teams".
    Outcome,
    /// The size of the work: "a team of 5", "3 projects", "a $2M budget".
    Scope,
}

impl MetricRole {
    /// The lowercase name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            MetricRole::Outcome => "outcome",
            MetricRole::Scope => "scope",
        }
    }
}

/// A measurable amount found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metric {
    /// Where it is in the document.
    pub span: Span,
    /// What it measures.
    pub kind: MetricKind,
    /// Result or scope.
    pub role: MetricRole,
}

#[allow(clippy::unwrap_used)] // a constant pattern, covered by tests
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<cur>[$€£¥₩])?
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:
            (?P<frac>/\d+(?:\.\d+)?)
          | (?P<range>\s?(?:-|–|—)\s?[$€£¥₩]?\d{1,3}(?:,\d{3})*(?:\.\d+)?)
        )?
        (?P<suffix>
            \s?%
          | \s?(?:percent|per\s?cent)(?-u:\b)
          | [kKmMbB](?-u:\b) | bn(?-u:\b) | MM(?-u:\b)
          | [xX](?:(?-u:\b)|$) | ×
          | \s(?:thousand|million|billion|trillion)(?-u:\b)
        )?
        (?P<plus>\+)?",
    )
    .unwrap()
});

/// [`NUMBER`]'s groups by index, for the test that holds [`NumberParts`] to them.
#[cfg(test)]
const CUR: usize = 1;
#[cfg(test)]
const NUM: usize = 2;
#[cfg(test)]
const FRAC: usize = 3;
#[cfg(test)]
const RANGE: usize = 4;
#[cfg(test)]
const SUFFIX: usize = 5;
#[cfg(test)]
const PLUS: usize = 6;

/// Currency signs that may open a number: the class `[$€£¥₩]` of [`NUMBER`].
const CURRENCY_SIGNS: [char; 5] = ['$', '€', '£', '¥', '₩'];

/// A match of [`NUMBER`] cut into the parts its groups name.
///
/// The parts are read from the match by character class instead of by the pattern's
/// capture groups: the capture engine cost more than finding the numbers did. Each part
/// opens with characters no part before it can end with (the number with a digit, a
/// fraction with `/`, a range with a space or a dash, a suffix with anything but a digit),
/// so the cuts are unique, and a property test holds them to the groups.
struct NumberParts<'a> {
    /// The whole match, in unit offsets.
    span: Span,
    /// The digits, with their thousands commas and decimals.
    num: &'a str,
    /// A currency sign opens the number.
    currency: bool,
    /// A fraction follows ("/10").
    fraction: bool,
    /// A range follows ("-20", " – $30").
    range: bool,
    /// `%`, `k`, `x`, "percent", " million", … as written, with its leading space.
    suffix: Option<&'a str>,
    /// A `+` closes the number.
    plus: bool,
}

impl<'a> NumberParts<'a> {
    /// The parts of the match of [`NUMBER`] at `start..end` of `unit`.
    fn of(unit: &'a str, start: usize, end: usize) -> Self {
        let whole = &unit[start..end];
        let (body, plus) = match whole.strip_suffix('+') {
            Some(body) => (body, true),
            None => (whole, false),
        };
        // Every suffix starts with a space, `%`, a letter or `×`, and what comes before it
        // ends with a digit.
        let digits_end = body
            .char_indices()
            .rev()
            .find(|&(_, c)| is_number_digit(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let suffix = (digits_end < body.len()).then(|| &body[digits_end..]);
        let mut rest = &body[..digits_end];
        let currency = rest.starts_with(CURRENCY_SIGNS);
        if let Some(c) = rest.chars().next().filter(|_| currency) {
            rest = &rest[c.len_utf8()..];
        }
        let num_end = rest
            .find(|c: char| !(c == ',' || c == '.' || is_number_digit(c)))
            .unwrap_or(rest.len());
        let (num, tail) = rest.split_at(num_end);
        let fraction = tail.starts_with('/');
        NumberParts {
            span: Span::new(start, end),
            num,
            currency,
            fraction,
            range: !tail.is_empty() && !fraction,
            suffix,
            plus,
        }
    }
}

/// A digit inside a match of [`NUMBER`]: `\d` there may be any script's decimal digit, and
/// the only other characters a match can hold are the ASCII ones of its parts, currency
/// signs, dashes, `×` and spaces.
fn is_number_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        !(CURRENCY_SIGNS.contains(&c) || matches!(c, '–' | '—' | '×') || c.is_whitespace())
    }
}

/// Ordinal suffixes glued to a number ("1st", "22nd").
const ORDINALS: &[&str] = &["st", "nd", "rd", "th"];
/// Words before an ordinal that make it a placement ("placed 2nd").
const RANK_VERBS: &[&str] = &[
    "came", "earned", "finished", "placed", "ranked", "ranking", "secured", "took", "won",
];
/// Words after an ordinal that make it a placement ("2nd place", "3rd of 40").
const RANK_NOUNS: &[&str] = &["among", "in", "of", "out", "overall", "place", "prize"];
/// Words before a number word that make it an amount even at the end of a sentence.
const COMPARATIVES: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "by",
    "from",
    "nearly",
    "over",
    "roughly",
    "than",
    "to",
];
/// Small words before a number that do not make it a name even when capitalised.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "across",
    "almost",
    "an",
    "and",
    "approx",
    "approximately",
    "around",
    "at",
    "by",
    "for",
    "from",
    "in",
    "nearly",
    "of",
    "on",
    "or",
    "over",
    "roughly",
    "than",
    "the",
    "to",
    "top",
    "under",
    "up",
    "with",
    "within",
];

/// Find the metrics in `span` of `text`. `words` are the segment words inside `span`.
pub fn find_metrics(text: &str, span: Span, words: &[Word], lex: &Lexicons) -> Vec<Metric> {
    let slice = span.slice(text);
    let mut phrases = lex.phrase_index().search(slice);
    let blocked = not_metric_spans(slice, &phrases, lex);
    let blocked: Vec<Span> = blocked.iter().map(|b| b.shift(span.start)).collect();
    phrases.shift(span.start);
    find_metrics_with(text, span, words, lex, &blocked, &phrases)
}

/// Spans of `text` where numbers are not metrics: matches of the `not_metrics` patterns
/// and of name compounds ("two-factor"). Computed once per document, because running
/// every pattern once over the whole text costs far less than once per bullet.
/// `phrases` are the document's phrase matches.
pub fn not_metric_spans(text: &str, phrases: &PhraseHits, lex: &Lexicons) -> Vec<Span> {
    // The patterns only ever block numbers with digits; text without digits skips them.
    let has_digits = text.bytes().any(|b| b.is_ascii_digit());
    let mut blocked: Vec<Span> = if has_digits {
        lex.not_metrics_any
            .find_iter(text)
            .map(|m| Span::new(m.start(), m.end()))
            .collect()
    } else {
        Vec::new()
    };
    blocked.extend(phrases.find(PhraseList::NameCompound, Span::new(0, text.len())));
    blocked.sort();
    blocked
}

/// [`find_metrics`] with the document's [`not_metric_spans`] and phrase matches already
/// found.
pub fn find_metrics_with(
    text: &str,
    span: Span,
    words: &[Word],
    lex: &Lexicons,
    document_blocked: &[Span],
    phrases: &PhraseHits,
) -> Vec<Metric> {
    let unit = span.slice(text);
    // Most units state no number at all: no digit (an ASCII unit; another may hold other
    // scripts' digits), no number, magnitude or scale word, and no worded ratio or rank.
    // Nothing below would find one there.
    if unit.is_ascii()
        && !has_ascii_digit(unit)
        && !words
            .iter()
            .any(|w| w.forms.facts().intersects(WordFacts::NUMERIC))
        && phrases.find(PhraseList::Ratio, span).next().is_none()
        && phrases.find(PhraseList::Rank, span).next().is_none()
    {
        return Vec::new();
    }
    metrics_of_unit(text, span, words, lex, document_blocked, phrases)
}

/// [`find_metrics_with`] without its test for a unit that states no number.
fn metrics_of_unit(
    text: &str,
    span: Span,
    words: &[Word],
    lex: &Lexicons,
    document_blocked: &[Span],
    phrases: &PhraseHits,
) -> Vec<Metric> {
    let unit = span.slice(text);
    let blocked: Vec<Span> = document_blocked
        .iter()
        .filter(|b| b.overlaps(span))
        .map(|b| {
            Span::new(
                b.start.max(span.start) - span.start,
                b.end.min(span.end) - span.start,
            )
        })
        .collect();
    // Words relative to the unit, so everything below works in unit offsets.
    let mut unit_words: Vec<UnitWord> = Vec::with_capacity(words.len());
    unit_words.extend(
        words
            .iter()
            .filter(|w| span.contains(w.span))
            .map(|w| UnitWord {
                span: Span::new(w.span.start - span.start, w.span.end - span.start),
                word: w,
            }),
    );
    let words = unit_words;
    let mut found: Vec<(Span, MetricKind)> = Vec::new();
    // Find numbers with the pattern's fast automaton, then cut each into its parts
    // (`NumberParts`).
    for m in numbers(unit) {
        let number = NumberParts::of(unit, m.start(), m.end());
        if let Some(found_one) = judge_number(unit, &number, &words, &blocked, lex) {
            found.push(found_one);
        }
    }
    find_worded(unit, span, &words, &blocked, phrases, lex, &mut found);

    found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut metrics: Vec<Metric> = Vec::new();
    // Where the unit's first word of change ("reduced", "grew") ends, found once.
    let first_outcome = OnceCell::new();
    for (metric_span, kind) in found {
        if metrics
            .last()
            .is_some_and(|m| m.span.end > metric_span.start + span.start)
        {
            continue;
        }
        let role = role_of(metric_span, kind, &words, &first_outcome);
        metrics.push(Metric {
            span: metric_span.shift(span.start),
            kind,
            role,
        });
    }
    metrics
}

/// The matches of [`NUMBER`] in `unit`, as `NUMBER.find_iter` finds them. A number starts
/// at a digit or a currency sign, so each search starts at the next byte that can begin
/// one ([`next_number_start`]): the pattern's automaton would otherwise read every byte of
/// the prose between numbers, about ten instructions a byte.
fn numbers(unit: &str) -> impl Iterator<Item = regex::Match<'_>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let m = NUMBER.find_at(unit, next_number_start(unit, at)?)?;
        // The pattern matches no empty number; `+ 1` would step past one all the same.
        at = m.end().max(m.start() + 1);
        Some(m)
    })
}

/// The first byte at or after `at` where a number can start: an ASCII digit, `$`, or the
/// first byte of a non-ASCII character (another script's digit or another currency
/// sign). No other ASCII character begins a match of [`NUMBER`]. Tested in blocks of bytes
/// so that the test is vectorised.
fn next_number_start(unit: &str, at: usize) -> Option<usize> {
    let can_start = |b: &u8| b.is_ascii_digit() || *b == b'$' || *b >= 0xC0;
    let mut offset = at;
    for block in unit.as_bytes().get(at..)?.chunks(32) {
        if block.iter().fold(false, |any, b| any | can_start(b)) {
            return block.iter().position(can_start).map(|i| offset + i);
        }
        offset += block.len();
    }
    None
}

/// True when `text` holds an ASCII digit; tested in blocks of bytes without stopping
/// early inside one, so that the test is vectorised (every block of a document asks this).
fn has_ascii_digit(text: &str) -> bool {
    text.as_bytes()
        .chunks(32)
        .any(|chunk| chunk.iter().fold(false, |any, b| any | b.is_ascii_digit()))
}

/// A word of the unit, in unit offsets, and the segment word it is: its forms and facts
/// are read from there when asked for, since most words of a unit are only tested for
/// their facts, and a unit copies every word it holds.
struct UnitWord<'a> {
    span: Span,
    word: &'a Word,
}

impl<'a> UnitWord<'a> {
    /// The lowercase form.
    fn lower(&self) -> &'a str {
        self.word.lower()
    }

    /// The word as written in `unit`, the unit's text.
    fn text<'u>(&self, unit: &'u str) -> &'u str {
        self.span.slice(unit)
    }

    /// What the lexicons say of the word.
    fn facts(&self) -> WordFacts {
        self.word.forms.facts()
    }

    /// True when the lexicons say every fact of `facts` of this word.
    fn is(&self, facts: WordFacts) -> bool {
        self.facts().contains(facts)
    }
}

/// The word just before `at`. Words are in text order and never overlap, so their starts
/// and ends both ascend and a binary search finds the place (a paragraph-long unit has a
/// hundred words and a number or two in every sentence).
fn word_before<'w, 'a>(words: &'w [UnitWord<'a>], at: usize) -> Option<&'w UnitWord<'a>> {
    let i = words.partition_point(|w| w.span.end <= at);
    i.checked_sub(1).map(|i| &words[i])
}

/// The words from `at` on.
fn words_after<'w, 'a>(
    words: &'w [UnitWord<'a>],
    at: usize,
) -> impl Iterator<Item = &'w UnitWord<'a>> {
    words[words.partition_point(|w| w.span.start < at)..].iter()
}

/// Judge one number with digits: a metric and its kind, or `None` if it is not one.
fn judge_number(
    unit: &str,
    number: &NumberParts<'_>,
    words: &[UnitWord<'_>],
    blocked: &[Span],
    lex: &Lexicons,
) -> Option<(Span, MetricKind)> {
    let q = &lex.quantities;
    let whole = number.span;
    let num = number.num;
    let currency = number.currency;
    let suffix = number.suffix.map(|s| lowercase(s.trim()));
    let percent = suffix
        .as_deref()
        .is_some_and(|s| s.starts_with('%') || s.starts_with("per"));
    let mut span = whole;

    // What touches the number on the left.
    let mut before = unit[..span.start].chars().rev();
    match (before.next(), before.next()) {
        (Some(c), _) if c.is_alphanumeric() || c == '_' || c == '@' || c == '.' => return None,
        (Some('-' | '/' | '\''), Some(c)) if c.is_alphanumeric() => return None,
        (Some('#'), _) => {
            // "#1" is a rank; longer numbers after "#" are identifiers.
            let with_hash = Span::new(span.start - 1, span.end);
            return (num.len() <= 2).then_some((with_hash, MetricKind::Rank));
        }
        _ => {}
    }

    let prev = word_before(words, span.start);
    let mut next_words = words_after(words, span.end);
    let next = next_words.next();
    let next2 = next_words.next();
    // Currency written as a word, before ("USD 5,000") or after ("300 dollars").
    let money_word = prev.is_some_and(|w| {
        w.is(WordFacts::CURRENCY_WORD)
            && w.text(unit).chars().all(char::is_uppercase)
            && unit[w.span.end..whole.start].trim().is_empty()
    }) || next
        .is_some_and(|w| w.is(WordFacts::CURRENCY_WORD) && w.span.start <= span.end + 1);

    // Dates, versions, codes: plain numbers inside them do not count.
    let marked = currency || percent || money_word;
    if !marked && blocked.iter().any(|b| b.overlaps(span)) {
        return None;
    }

    // What touches the number on the right.
    let rest = &unit[span.end..];
    let glued = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    let mut kind = None;
    if !glued.is_empty() {
        let lower = lowercase(glued);
        if ORDINALS.contains(&lower.as_ref()) {
            let after_ordinal = words_after(words, span.end + glued.len()).next();
            let ranked = prev.is_some_and(|w| RANK_VERBS.contains(&w.lower()))
                || after_ordinal.is_some_and(|w| RANK_NOUNS.contains(&w.lower()));
            return ranked.then_some((
                Span::new(span.start, span.end + glued.len()),
                MetricKind::Rank,
            ));
        }
        if !glued.is_ascii() {
            // Korean and Japanese glue counters to numbers: "120개", "800명", "2위".
            return Some((
                Span::new(span.start, span.end + glued.len()),
                MetricKind::Count,
            ));
        }
        let one_upper_letter = glued.len() == 1 && glued != lower && lower != "x";
        if !q.glued_units.contains(lower.as_ref()) || one_upper_letter {
            return None; // "5G", "3D", "2FA", "5S"
        }
        span.end += glued.len();
        kind = Some(if q.time_units.contains(lower.as_ref()) {
            MetricKind::Duration
        } else if lower == "x" {
            MetricKind::Multiplier
        } else {
            MetricKind::Count
        });
    }

    let plural_after = |w: Option<&UnitWord<'_>>| {
        w.is_some_and(|w| {
            let counts = w.lower().len() > 3
                && w.lower().ends_with('s')
                && w.lower().chars().all(char::is_alphabetic)
                && !w.text(unit).starts_with(char::is_uppercase);
            counts || w.is(WordFacts::TIME_UNIT) || w.is(WordFacts::CURRENCY_WORD)
        })
    };
    let after_hyphen = rest.strip_prefix('-').map_or("", |r| {
        &r[..r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len())]
    });
    // "10-K", "8-Q": a number with a single capital after a hyphen names a form or a model.
    if after_hyphen.len() == 1 && after_hyphen.chars().all(char::is_uppercase) {
        return None;
    }
    let compound = !after_hyphen.is_empty();
    let counted = plural_after(next)
        || (next.is_some_and(|w| !w.text(unit).starts_with(char::is_uppercase))
            && plural_after(next2));

    let ambiguous = || match number.suffix {
        Some(suffix) => q.ambiguous_tokens.contains(&format!("{num}{suffix}")),
        None => q.ambiguous_tokens.contains(num),
    };
    if !currency && !counted && !number.plus && ambiguous() {
        return None; // "3M", "2K"
    }

    // "~6 hrs": an approximation is always an amount.
    let approximate = unit[..whole.start].trim_end().ends_with(['~', '≈']);
    if !marked && !approximate {
        if let Some(prev) = prev {
            // The whole token before the number, so that "C++ 17" and ".NET 6" are seen.
            let prev_token = unit[..whole.start]
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .trim_end_matches([',', ':', ';']);
            let prev_token = lowercase(prev_token);
            let names = |w: &str| q.label_words.contains(w) || q.versioned_names.contains(w);
            if names(prev.lower()) || names(&prev_token) {
                return None; // "Tier 1", "Python 3", "Unit 4B", "C++ 17"
            }
        }
    }
    let plain = !marked
        && !approximate
        && suffix.is_none()
        && !number.range
        && !number.fraction
        && kind.is_none();
    if plain {
        if let Some(prev) = prev {
            let capitalised = prev.text(unit).chars().any(char::is_uppercase);
            let first_word = words.first().is_some_and(|w| w.span == prev.span);
            let function_word = FUNCTION_WORDS.contains(&prev.lower());
            if capitalised && !first_word && !function_word && !counted && !compound {
                return None; // "Windows 10", "OAuth 2.0", "Xbox 360"
            }
            // A decimal right after a name is a version ("pandas 2.0", "nginx 1.24"), unless
            // a verb or a preposition introduces it ("rated 4.8", "to 0.91").
            let verb = prev.is(WordFacts::ACTION_VERB)
                || prev.is(WordFacts::OUTCOME)
                || prev.lower().ends_with("ed");
            if num.contains('.') && !function_word && !verb && !counted {
                return None;
            }
        }
        if is_year(num) && !counted {
            return None;
        }
    }
    if number.fraction {
        kind = Some(MetricKind::Ratio);
    }

    let kind = if currency || money_word {
        MetricKind::Money
    } else if percent {
        MetricKind::Percent
    } else if suffix.as_deref().is_some_and(|s| s.starts_with(['x', '×'])) {
        MetricKind::Multiplier
    } else if let Some(kind) = kind {
        kind
    } else if compound {
        if q.time_units.contains(lowercase(after_hyphen).as_ref()) {
            MetricKind::Duration
        } else {
            MetricKind::Count
        }
    } else if next.is_some_and(|w| w.is(WordFacts::TIME_UNIT)) {
        MetricKind::Duration
    } else if next.is_some_and(|w| w.lower() == "times") || after_factor_of(words, span.start) {
        MetricKind::Multiplier
    } else if prev.is_some_and(|w| w.lower() == "top") {
        MetricKind::Rank
    } else {
        MetricKind::Count
    };
    Some((span, kind))
}

/// True when the words before offset `at` end with "factor of" ("by a factor of ten").
fn after_factor_of(words: &[UnitWord<'_>], at: usize) -> bool {
    let before = &words[..words.partition_point(|w| w.span.end <= at)];
    matches!(before, [.., factor, of] if factor.lower() == "factor" && of.lower() == "of")
}

/// `text` in lowercase, borrowed when it is already (ASCII without capitals): the detector
/// lowercases a token or two around every number, and most are lowercase already.
fn lowercase(text: &str) -> Cow<'_, str> {
    if text
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.to_lowercase())
    }
}

fn is_year(num: &str) -> bool {
    num.len() == 4 && num.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y))
}

/// Amounts written in words.
fn find_worded(
    unit: &str,
    span: Span,
    words: &[UnitWord<'_>],
    blocked: &[Span],
    phrases: &PhraseHits,
    lex: &Lexicons,
    found: &mut Vec<(Span, MetricKind)>,
) {
    let q = &lex.quantities;
    let in_unit = |s: Span| Span::new(s.start - span.start, s.end - span.start);
    for (list, kind) in [
        (PhraseList::Ratio, MetricKind::Ratio),
        (PhraseList::Rank, MetricKind::Rank),
    ] {
        found.extend(phrases.find(list, span).map(|s| (in_unit(s), kind)));
    }

    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        // Most words are none of these, and nothing below starts at them.
        if !word.facts().intersects(WordFacts::NUMERIC) {
            i += 1;
            continue;
        }
        let is_number = word.is(WordFacts::NUMBER_WORD);
        let is_magnitude = word.is(WordFacts::MAGNITUDE);
        let blocked_here = blocked.iter().any(|b| b.overlaps(word.span));

        // "thousands of", "tens of thousands of"
        if word.is(WordFacts::SCALE) && !blocked_here {
            let mut j = i + 1;
            while j + 1 < words.len()
                && words[j].lower() == "of"
                && words[j + 1].is(WordFacts::SCALE)
            {
                j += 2;
            }
            if words.get(j).is_some_and(|w| w.lower() == "of") {
                found.push((
                    Span::new(word.span.start, words[j].span.end),
                    MetricKind::Scale,
                ));
                i = j + 1;
                continue;
            }
        }

        // "a dozen", "a hundred", "one thousand"
        // "several hundred members": a vague word with a magnitude still gives the scale.
        if is_magnitude
            && i > 0
            && matches!(words[i - 1].lower(), "several" | "few" | "many")
            && !blocked_here
        {
            found.push((
                Span::new(words[i - 1].span.start, word.span.end),
                MetricKind::Scale,
            ));
            i += 1;
            continue;
        }
        let article_magnitude =
            is_magnitude && i > 0 && matches!(words[i - 1].lower(), "a" | "one" | "half");
        if (is_number || article_magnitude) && !blocked_here && !is_name_like(unit, words, i) {
            let start = if article_magnitude {
                words[i - 1].span.start
            } else {
                word.span.start
            };
            let mut j = i;
            // "twenty-five", "two hundred", "half a dozen"
            while j + 1 < words.len()
                && (words[j + 1].is(WordFacts::NUMBER_WORD)
                    || words[j + 1].is(WordFacts::MAGNITUDE))
                && unit[words[j].span.end..words[j + 1].span.start]
                    .trim_matches([' ', '-'])
                    .is_empty()
            {
                j += 1;
            }
            let end = words[j].span.end;
            let next = words.get(j + 1);
            let touching = unit[end..].starts_with('-');
            let kind = match next {
                _ if after_factor_of(words, start) => MetricKind::Multiplier,
                Some(n) if n.is(WordFacts::TIME_UNIT) => MetricKind::Duration,
                Some(n) if n.lower() == "times" => MetricKind::Multiplier,
                _ if touching => {
                    let rest = &unit[end + 1..];
                    let unit_word = &rest[..rest
                        .find(|c: char| !c.is_alphabetic())
                        .unwrap_or(rest.len())];
                    if q.time_units.contains(lowercase(unit_word).as_ref()) {
                        MetricKind::Duration
                    } else {
                        MetricKind::Count
                    }
                }
                _ => MetricKind::Count,
            };
            // A number word must count something: it needs a word after it, unless it ends
            // a comparison ("to more than forty") or a factor ("by a factor of ten").
            let compared = i > 0 && COMPARATIVES.contains(&words[i - 1].lower())
                || after_factor_of(words, start);
            if next.is_some() || touching || compared {
                found.push((Span::new(start, end), kind));
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
}

/// A capitalised number word inside a sentence is usually a name ("Two Sigma"), and one
/// glued to a dot or digits a technology ("Three.js").
fn is_name_like(unit: &str, words: &[UnitWord<'_>], i: usize) -> bool {
    let word = &words[i];
    if unit[word.span.end..].starts_with(['.', '_'])
        && unit[word.span.end + 1..].starts_with(char::is_alphanumeric)
    {
        return true;
    }
    i > 0
        && word.text(unit).starts_with(char::is_uppercase)
        && !unit[..word.span.start]
            .trim_end()
            .ends_with(['.', ':', ';', '(', '—', '–'])
}

/// Outcome when the metric itself states a change, or a change word comes before it.
fn role_of(
    span: Span,
    kind: MetricKind,
    words: &[UnitWord<'_>],
    first_outcome: &OnceCell<Option<usize>>,
) -> MetricRole {
    if matches!(
        kind,
        MetricKind::Percent | MetricKind::Multiplier | MetricKind::Ratio | MetricKind::Rank
    ) {
        return MetricRole::Outcome;
    }
    let prev = word_before(words, span.start);
    if prev.is_some_and(|w| matches!(w.lower(), "by" | "to" | "from")) {
        return MetricRole::Outcome;
    }
    if prev.is_some_and(|w| matches!(w.lower(), "of" | "for" | "across" | "with" | "among")) {
        return MetricRole::Scope;
    }
    // A word of change before the number makes it an outcome.
    let first_outcome = first_outcome.get_or_init(|| {
        words
            .iter()
            .find(|w| w.is(WordFacts::OUTCOME))
            .map(|w| w.span.end)
    });
    if first_outcome.is_some_and(|end| end <= span.start) {
        MetricRole::Outcome
    } else {
        MetricRole::Scope
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Document, Format, Source};

    fn lex() -> &'static Lexicons {
        crate::rules::test_support::engine().lexicons()
    }

    fn metrics(text: &str) -> Vec<(String, &'static str, &'static str)> {
        let lex = lex();
        let doc = Document::from_text(Source::Stdin, Format::Text, text);
        let segments = crate::segment::segment(&doc, lex);
        let span = Span::new(0, text.len());
        find_metrics(text, span, &segments.words, lex)
            .into_iter()
            .map(|m| (m.span.slice(text).to_owned(), m.kind.name(), m.role.name()))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        metrics(text).into_iter().map(|(t, _, _)| t).collect()
    }

    #[track_caller]
    fn assert_none(text: &str) {
        assert_eq!(texts(text), Vec::<String>::new(), "in {text:?}");
    }

    #[test]
    fn group_indices_name_the_number_pattern_groups() {
        let names: Vec<Option<&str>> = NUMBER.capture_names().collect();
        for (index, name) in [
            (CUR, "cur"),
            (NUM, "num"),
            (FRAC, "frac"),
            (RANGE, "range"),
            (SUFFIX, "suffix"),
            (PLUS, "plus"),
        ] {
            assert_eq!(names[index], Some(name));
        }
        assert_eq!(names.len(), 7);
    }

    /// Pieces of text around numbers, with other scripts' digits and spaces.
    const PIECES: &[&str] = &[
        "0",
        "1",
        "4",
        "9",
        "٣",
        "７",
        "१",
        ",",
        ".",
        "/",
        "-",
        "–",
        "—",
        " ",
        "\u{a0}",
        "%",
        "percent",
        "per cent",
        "per",
        "k",
        "K",
        "m",
        "M",
        "MM",
        "b",
        "bn",
        "x",
        "X",
        "×",
        " thousand",
        " million",
        "+",
        "$",
        "€",
        "£",
        "¥",
        "₩",
        "a",
        "s",
        "명",
        "_",
        "\n",
    ];

    proptest::proptest! {
        /// Skipping units that state no number skips none that has a metric.
        #[test]
        fn units_without_numbers_have_no_metrics(
            plain in proptest::collection::vec(proptest::sample::select(vec![
                "Led", "the", "team", "of", "a", "in", "users", ",", ".", "by", "top",
                "first", "place", "winner", "halved", "doubled", "cut", "half", "ranked",
            ]), 0..10),
            numeric in proptest::sample::select(vec![
                "", "", "", "", "twelve", "dozen", "thousands", "hundred", "3", "40%", "one",
                "ten", "two-factor", "five",
            ]),
            at in 0usize..10
        ) {
            let lex = lex();
            // Plain words, and at most one that states a number: most texts take the short
            // path, some only just miss it.
            let mut pieces = plain;
            pieces.insert(at.min(pieces.len()), numeric);
            let text = pieces.join(" ");
            let doc = Document::from_text(Source::Stdin, Format::Text, text.as_str());
            let segments = crate::segment::segment(&doc, lex);
            let phrases = lex.phrase_index().search(&text);
            let blocked = not_metric_spans(&text, &phrases, lex);
            let span = Span::new(0, text.len());
            let words = &segments.words;
            proptest::prop_assert_eq!(
                find_metrics_with(&text, span, words, lex, &blocked, &phrases),
                metrics_of_unit(&text, span, words, lex, &blocked, &phrases)
            );
        }

        /// The blockwise digit test answers as a plain scan does, wherever the digit falls.
        #[test]
        fn digits_are_found_in_any_block(text in "[a-z .,]{0,100}", digit in "[0-9]?", at in 0usize..101) {
            let at = at.min(text.len());
            let text = format!("{}{digit}{}", &text[..at], &text[at..]);
            proptest::prop_assert_eq!(
                has_ascii_digit(&text),
                text.bytes().any(|b| b.is_ascii_digit())
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        #[test]
        fn number_parts_are_the_pattern_groups(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..14)
        ) {
            let unit = pieces.concat();
            for m in NUMBER.find_iter(&unit) {
                let caps = NUMBER.captures_at(&unit[..m.end()], m.start());
                let caps = caps.unwrap_or_else(|| panic!("no groups in {unit:?}"));
                let parts = NumberParts::of(&unit, m.start(), m.end());
                let group = |i: usize| caps.get(i).map(|g| g.as_str());
                proptest::prop_assert_eq!(parts.span.slice(&unit), m.as_str());
                proptest::prop_assert_eq!(Some(parts.num), group(NUM), "in {:?}", unit);
                proptest::prop_assert_eq!(parts.currency, group(CUR).is_some());
                proptest::prop_assert_eq!(parts.fraction, group(FRAC).is_some());
                proptest::prop_assert_eq!(parts.range, group(RANGE).is_some());
                proptest::prop_assert_eq!(parts.suffix, group(SUFFIX), "in {:?}", unit);
                proptest::prop_assert_eq!(parts.plus, group(PLUS).is_some());
            }
        }

        /// Skipping to where a number can start finds every number the pattern does.
        #[test]
        fn numbers_are_the_pattern_matches(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..14),
            prose in "[a-zA-Z é팀]{0,70}",
            at in 0usize..15
        ) {
            let mut pieces: Vec<&str> = pieces;
            pieces.insert(at.min(pieces.len()), &prose);
            let unit = pieces.concat();
            let found: Vec<_> = numbers(&unit).map(|m| m.range()).collect();
            let expected: Vec<_> = NUMBER.find_iter(&unit).map(|m| m.range()).collect();
            proptest::prop_assert_eq!(found, expected, "in {:?}", unit);
        }
    }

    #[test]
    fn kinds_and_roles() {
        assert_eq!(
            metrics("Reduced latency by 40% for 3 teams, saving $12k and 6 hours a week"),
            vec![
                ("40%".to_owned(), "percent", "outcome"),
                ("3".to_owned(), "count", "scope"),
                ("$12k".to_owned(), "money", "outcome"),
                ("6".to_owned(), "duration", "outcome"),
            ]
        );
        assert_eq!(
            metrics("Led a team of 5 engineers"),
            vec![("5".to_owned(), "count", "scope")]
        );
        assert_eq!(
            metrics("Made search 3x faster"),
            vec![("3x".to_owned(), "multiplier", "outcome")]
        );
    }

    #[test]
    fn dates_versions_names_and_codes_are_not_metrics() {
        for text in [
            "Software Intern, Acme, Jun 2019 – Aug 2020",
            "Built ETL jobs in Python 3.11 and Java 17 during Summer 2022",
            "Deployed services on EC2 and S3 with IPv6 and 5G",
            "Took CS 3110 and 15-213 Computer Systems in 2021",
            "Upgraded laptops to Windows 10 with i7 CPUs, GPA 3.8/4.0",
            "Wrote ES6 and HTML5 front ends for Web3 and Log4j audits",
            "Provided Tier 1 support 24/7 to K-12 schools during COVID-19",
            "Call (555) 123-4567 or see https://example.com/42",
            "Rendered 1920x1080 video for 3M in 20XX",
            "Held 1-on-1 check-ins and set up two-factor authentication",
            "Studied 21st century media with first-year students",
        ] {
            assert_none(text);
        }
    }

    /// Every example the design names, on both sides of the line.
    #[test]
    fn design_examples() {
        for text in [
            "Python 3.11",
            "EC2",
            "CS 3110",
            "Jun 2019 – Aug 2020",
            "2019–2021",
            "Summer 2022",
            "20XX",
            "Java 17",
            "ES6",
            "v2.0",
            "HTML5",
            "S3",
            "IPv6",
            "Web3",
            "5G",
            "3M",
            "Log4j",
            "Windows 10",
            "i7",
            "15-213 Introduction to Computer Systems",
            "GPA 3.9/4.0",
            "call 555-123-4567",
            "1920x1080",
            "Section 4.2",
        ] {
            assert_none(&format!("Worked with {text} daily"));
        }
        for (text, kind) in [
            ("reduced latency 40%", "percent"),
            ("saved $12,000", "money"),
            ("served 300 users", "count"),
            ("handled 1,200 requests", "count"),
            ("made it 10× faster", "multiplier"),
            ("made it faster by a factor of ten", "multiplier"),
            ("cut build time by 3 hours", "duration"),
            ("placed 1st of 120 teams", "rank"),
            ("ranked in the top 5%", "percent"),
            ("named a finalist", "rank"),
            ("doubled sign-ups", "ratio"),
            ("halved build time", "ratio"),
            ("cut costs in half", "ratio"),
            ("reached thousands of users", "scale"),
            ("answered millions of requests", "scale"),
            ("saved hundreds of hours", "scale"),
            ("hired two dozen tutors", "count"),
            ("led three teams", "count"),
        ] {
            let found = metrics(text);
            assert!(
                found.iter().any(|(_, k, _)| *k == kind),
                "{text:?}: expected a {kind} metric, got {found:?}"
            );
        }
    }

    #[test]
    fn scope_and_outcome() {
        assert_eq!(metrics("Led a team of 5")[0].2, "scope");
        assert_eq!(metrics("Ran 3 projects")[0].2, "scope");
        assert_eq!(metrics("Reduced latency 40%")[0].2, "outcome");
        assert_eq!(
            metrics("Cut onboarding from 3 weeks to 5 days")[0].2,
            "outcome"
        );
    }

    #[test]
    fn amounts_in_words_are_metrics() {
        assert_eq!(
            texts("Doubled sign-ups and cut build time in half"),
            vec!["Doubled", "in half"]
        );
        assert_eq!(texts("Served thousands of users"), vec!["thousands of"]);
        assert_eq!(
            texts("Mentored two interns and a dozen volunteers"),
            vec!["two", "a dozen"]
        );
        assert_eq!(
            texts("Named finalist among 120 teams"),
            vec!["finalist", "120"]
        );
        assert_eq!(texts("Placed 2nd of 40 teams"), vec!["2nd", "40"]);
    }

    #[test]
    fn years_count_only_with_a_counted_noun() {
        assert_none("Joined in 2021");
        assert_eq!(texts("Signed up 2000 users"), vec!["2000"]);
    }

    #[test]
    fn ambiguous_tokens_need_a_counted_noun_or_currency() {
        assert_none("Interned at 3M in Minnesota");
        assert_eq!(texts("Reached 3M users"), vec!["3M"]);
        assert_eq!(texts("Raised $3M"), vec!["$3M"]);
    }

    #[test]
    fn numbers_with_korean_counters_are_counts() {
        assert_eq!(texts("pytest 테스트 120개를 추가"), vec!["120개를"]);
        assert_eq!(texts("32개 팀 중 2위 수상"), vec!["32개", "2위"]);
    }

    #[test]
    fn glued_units_and_compounds() {
        assert_eq!(
            metrics("Cut p99 latency to 200ms"),
            vec![("200ms".to_owned(), "duration", "outcome")]
        );
        assert_eq!(
            metrics("Ran a 10-week study"),
            vec![("10".to_owned(), "duration", "scope")]
        );
    }
}
