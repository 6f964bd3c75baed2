//! Phrases matched on English stems of whole words.
//!
//! STAR cues and principle evidence are phrases like "pushed back" or "root cause". They
//! are matched against a sentence's words by stem, so "pushing back" and "root causes"
//! match too. Each phrase is stemmed once, at load time, and indexed by its first stem and,
//! for longer phrases, its second, so a match costs a hash lookup or two per word however
//! many phrases a lexicon holds. (The cue lexicons have hundreds of phrases opening with
//! "I" or "we": trying each of them at every such word was a tenth of a story's analysis.)

// Fx hashing: the keys are short words, and SipHash was a tenth of the run time.
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::word_key::WordKey;
use crate::segment::Word;

/// One weighted phrase, stemmed.
#[derive(Clone, Debug)]
pub struct StemPhrase {
    /// The phrase as written in the lexicon.
    pub text: String,
    /// Its stems, in order.
    pub stems: Vec<String>,
    /// Its weight.
    pub weight: f64,
    /// What the phrase is evidence for (an index the owner of the set defines).
    pub owner: usize,
}

/// A set of stemmed phrases, indexed by their first two stems.
#[derive(Clone, Debug, Default)]
pub struct StemPhrases {
    /// The phrases.
    pub phrases: Vec<StemPhrase>,
    by_first: HashMap<WordKey, FirstStem>,
}

/// The phrases that open with one stem.
#[derive(Clone, Debug, Default)]
struct FirstStem {
    /// Phrases of that one word.
    alone: Vec<usize>,
    /// Longer phrases, by their second stem.
    by_second: HashMap<WordKey, Vec<usize>>,
}

/// A phrase found in a run of words.
#[derive(Clone, Debug, PartialEq)]
pub struct StemMatch {
    /// Index into [`StemPhrases::phrases`].
    pub phrase: usize,
    /// The words matched, as indices into the slice searched.
    pub words: Range<usize>,
}

impl StemPhrases {
    /// Add a phrase; `stem` stems one lowercase word.
    pub(super) fn push(
        &mut self,
        text: &str,
        weight: f64,
        owner: usize,
        stem: &dyn Fn(&str) -> String,
    ) {
        let stems: Vec<String> = text
            .unicode_words()
            .map(|w| stem(&w.to_lowercase()))
            .collect();
        let Some(first) = stems.first() else {
            return;
        };
        let entry = self.by_first.entry(WordKey::new(first)).or_default();
        match stems.get(1) {
            Some(second) => entry
                .by_second
                .entry(WordKey::new(second))
                .or_default()
                .push(self.phrases.len()),
            None => entry.alone.push(self.phrases.len()),
        }
        self.phrases.push(StemPhrase {
            text: text.to_owned(),
            stems,
            weight,
            owner,
        });
    }

    /// Every phrase occurrence in `words`; at one position, every phrase that matches
    /// there is reported (a long and a short phrase may both match).
    pub fn find(&self, words: &[Word]) -> Vec<StemMatch> {
        let mut found = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let Some(first) = self.by_first.get(word.stem().as_bytes()) else {
                continue;
            };
            candidates.clear();
            candidates.extend(&first.alone);
            if let Some(longer) = words
                .get(i + 1)
                .and_then(|next| first.by_second.get(next.stem().as_bytes()))
            {
                candidates.extend(longer);
                // In the order the phrases were added, as callers expect.
                candidates.sort_unstable();
            }
            for &p in &candidates {
                let stems = &self.phrases[p].stems;
                let end = i + stems.len();
                if end <= words.len()
                    && words[i..end]
                        .iter()
                        .zip(stems)
                        .all(|(w, s)| *w.stem() == **s)
                {
                    found.push(StemMatch {
                        phrase: p,
                        words: i..end,
                    });
                }
            }
        }
        found
    }
}
