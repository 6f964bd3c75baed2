//! Near-duplicates: two stories that tell the same event (K002).
//!
//! A retelling uses other words but keeps what the event was made of: its specific nouns
//! and verbs, its numbers and its names. So two stories are compared on three things:
//!
//! - the TF-IDF cosine of their content stems, with document frequencies taken over the
//!   bank itself, so words every story uses ("team", "customer", the principle's own
//!   vocabulary) count little and words only two stories share count much;
//! - the numbers both state (from 10 up, and not years: small counts recur everywhere,
//!   and a year dates a setting, not an event);
//! - the names both use (capitalised words inside a sentence). They count in the cosine
//!   like any other word and are quoted as evidence, but earn no bonus of their own:
//!   alone, a shared name means a shared setting (the same employer), not the same event.
//!
//! The similarity is the cosine plus a bonus per shared number (half for a round one);
//! pairs at or above [`THRESHOLD`] are duplicates. The constants were tuned on the
//! labelled banks in `tests/data/bank/tune/`; `tests/bank_accuracy.rs` reports precision
//! and recall there and on the held-out banks.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{BankFinding, BankStory, Place};
use crate::lexicon::{Lexicons, WordFacts};
use crate::report::Report;
use crate::rules::K002_META;
use crate::segment::{self, Span};

/// Pairs at or above this similarity are duplicates.
pub const THRESHOLD: f64 = 0.25;
/// Added to the cosine for each number both stories state, half of it for a round number
/// (a multiple of 10: "100 users" turns up in unrelated stories, "340 parcels" does not)…
pub const NUMBER_BONUS: f64 = 0.08;
/// …counting at most this many numbers, the most specific first.
pub const MAX_NUMBERS: usize = 3;
/// Shared words quoted as evidence.
const EVIDENCE_WORDS: usize = 6;

/// Two stories that may tell the same event.
#[derive(Clone, Debug, PartialEq)]
pub struct Duplicate {
    /// The earlier story (index into the bank's stories).
    pub a: usize,
    /// The later story.
    pub b: usize,
    /// Similarity: the stems' cosine plus the number bonus, at most 1.
    pub similarity: f64,
    /// Numbers both state, as the first story writes them.
    pub numbers: Vec<String>,
    /// Names both use.
    pub names: Vec<String>,
    /// The shared words that weigh most, as the first story writes them.
    pub words: Vec<String>,
}

/// What a story is made of, for comparison.
#[derive(Debug, Default)]
struct Profile {
    /// Content stem → (count, first surface form).
    stems: HashMap<String, (usize, String)>,
    /// Normalised number → first surface form.
    numbers: HashMap<String, String>,
    /// Lowercase name → first surface form.
    names: HashMap<String, String>,
}

fn profile(report: &Report, sentences: &[Span], lex: &Lexicons) -> Profile {
    let text = &report.text;
    let mut p = Profile::default();
    for &sentence in sentences {
        let words = segment::words(text, sentence, lex);
        for (i, word) in words.iter().enumerate() {
            let surface = word.span.slice(text);
            if surface.chars().any(|c| c.is_ascii_digit()) {
                let number: String = surface.chars().filter(|c| *c != ',').collect();
                if is_specific(&number) {
                    p.numbers
                        .entry(number)
                        .or_insert_with(|| surface.to_owned());
                }
                continue;
            }
            let lower = word.lower();
            // Units of time and number words ("days", "three") say nothing about the event.
            if lower.chars().count() < 3
                || word.is(WordFacts::STOP_WORD)
                || word.is(WordFacts::TIME_UNIT)
                || word.is(WordFacts::NUMBER_WORD)
            {
                continue;
            }
            let entry = p
                .stems
                .entry(word.stem().to_string())
                .or_insert_with(|| (0, lower.to_owned()));
            entry.0 += 1;
            let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
            if i > 0 && capitalised {
                p.names
                    .entry(lower.to_owned())
                    .or_insert_with(|| surface.to_owned());
            }
        }
    }
    p
}

/// A number specific enough to point at one event: 10 or more (small counts such as "4
/// days" or "3 people" recur in unrelated stories) and not a year from 1900 to 2099.
fn is_specific(number: &str) -> bool {
    let Ok(value) = number.trim_end_matches('.').parse::<f64>() else {
        return false;
    };
    let year = number.len() == 4 && (1900.0..2100.0).contains(&value);
    value >= 10.0 && !year
}

/// Every pair of stories with its similarity, most similar first (ties in bank order).
pub fn pairs(stories: &[BankStory], reports: &[Report], lex: &Lexicons) -> Vec<Duplicate> {
    let profiles: Vec<Profile> = stories
        .iter()
        .map(|s| {
            let report = &reports[s.doc];
            let sentences: Vec<Span> = report.stories[s.story]
                .sentences
                .iter()
                .map(|(span, _, _)| *span)
                .collect();
            profile(report, &sentences, lex)
        })
        .collect();
    // Smoothed inverse document frequency over the bank.
    let mut df: HashMap<&str, usize> = HashMap::default();
    for p in &profiles {
        for stem in p.stems.keys() {
            *df.entry(stem.as_str()).or_default() += 1;
        }
    }
    let n = profiles.len() as f64;
    let idf =
        |stem: &str| ((1.0 + n) / (1.0 + df.get(stem).copied().unwrap_or(0) as f64)).ln() + 1.0;
    let vectors: Vec<HashMap<&str, f64>> = profiles
        .iter()
        .map(|p| {
            p.stems
                .iter()
                .map(|(stem, (count, _))| (stem.as_str(), (1.0 + (*count as f64).ln()) * idf(stem)))
                .collect()
        })
        .collect();
    let norms: Vec<f64> = vectors
        .iter()
        .map(|v| v.values().map(|w| w * w).sum::<f64>().sqrt())
        .collect();
    let mut out = Vec::new();
    for a in 0..profiles.len() {
        for b in a + 1..profiles.len() {
            out.push(compare(a, b, &profiles, &vectors, &norms));
        }
    }
    out.sort_by(|x, y| {
        y.similarity
            .total_cmp(&x.similarity)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    out
}

fn compare(
    a: usize,
    b: usize,
    profiles: &[Profile],
    vectors: &[HashMap<&str, f64>],
    norms: &[f64],
) -> Duplicate {
    let (va, vb) = (&vectors[a], &vectors[b]);
    let mut shared: Vec<(&str, f64)> = va
        .iter()
        .filter_map(|(stem, wa)| vb.get(stem).map(|wb| (*stem, wa * wb)))
        .collect();
    let dot: f64 = shared.iter().map(|(_, w)| w).sum();
    let cosine = if norms[a] > 0.0 && norms[b] > 0.0 {
        dot / (norms[a] * norms[b])
    } else {
        0.0
    };
    shared.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(y.0)));
    let (pa, pb) = (&profiles[a], &profiles[b]);
    let mut numbers: Vec<String> = pa
        .numbers
        .iter()
        .filter(|(n, _)| pb.numbers.contains_key(*n))
        .map(|(_, surface)| surface.clone())
        .collect();
    numbers.sort();
    let mut names: Vec<String> = pa
        .names
        .iter()
        .filter(|(n, _)| pb.names.contains_key(*n))
        .map(|(_, surface)| surface.clone())
        .collect();
    names.sort();
    let name_set: HashSet<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let words: Vec<String> = shared
        .iter()
        .map(|(stem, _)| pa.stems[*stem].1.clone())
        .filter(|w| !name_set.contains(w))
        .take(EVIDENCE_WORDS)
        .collect();
    let mut bonuses: Vec<f64> = pa
        .numbers
        .keys()
        .filter(|n| pb.numbers.contains_key(*n))
        .map(|n| {
            let round = n
                .parse::<f64>()
                .is_ok_and(|v| v.fract() == 0.0 && v % 10.0 == 0.0);
            if round {
                NUMBER_BONUS / 2.0
            } else {
                NUMBER_BONUS
            }
        })
        .collect();
    bonuses.sort_by(|a, b| b.total_cmp(a));
    let bonus: f64 = bonuses.iter().take(MAX_NUMBERS).sum();
    Duplicate {
        a,
        b,
        similarity: (cosine + bonus).min(1.0),
        numbers,
        names,
        words,
    }
}

/// The pairs of stories at or above [`THRESHOLD`], most similar first.
pub fn find(stories: &[BankStory], reports: &[Report], lex: &Lexicons) -> Vec<Duplicate> {
    let mut all = pairs(stories, reports, lex);
    all.retain(|d| d.similarity >= THRESHOLD);
    all
}

/// K002 for each duplicate, pointing at both stories.
pub(super) fn findings(
    duplicates: &[Duplicate],
    stories: &[BankStory],
    reports: &[Report],
    out: &mut Vec<BankFinding>,
) {
    for d in duplicates {
        let (a, b) = (&stories[d.a], &stories[d.b]);
        let shared: Vec<String> = d
            .numbers
            .iter()
            .chain(&d.names)
            .chain(&d.words)
            .map(|w| format!("\"{w}\""))
            .collect();
        out.push(BankFinding::new(
            &K002_META,
            format!(
                "\"{}\" and \"{}\" may tell the same event (similarity {:.2}; both mention {}): merge them, or tell two different events",
                a.title,
                b.title,
                d.similarity,
                shared.join(", ")
            ),
            vec![
                Place::of(&reports[a.doc], a.span),
                Place::of(&reports[b.doc], b.span),
            ],
        ));
    }
}
