//! Phrases matched on English stems of whole words.
//!
//! STAR cues and principle evidence are phrases like "pushed back" or "root cause". They
//! are matched against a sentence's words by stem, so "pushing back" and "root causes"
//! match too. Each phrase is stemmed once, at load time, and indexed by its first stem, so
//! a match costs one hash lookup per word however many phrases a lexicon holds.

// Fx hashing: the keys are short words, and SipHash was a tenth of the run time.
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

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

/// A set of stemmed phrases, indexed by first stem.
#[derive(Clone, Debug, Default)]
pub struct StemPhrases {
    /// The phrases.
    pub phrases: Vec<StemPhrase>,
    by_first: HashMap<String, Vec<usize>>,
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
        let Some(first) = stems.first().cloned() else {
            return;
        };
        self.by_first
            .entry(first)
            .or_default()
            .push(self.phrases.len());
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
        for (i, word) in words.iter().enumerate() {
            let Some(candidates) = self.by_first.get(&*word.stem) else {
                continue;
            };
            for &p in candidates {
                let stems = &self.phrases[p].stems;
                let end = i + stems.len();
                if end <= words.len()
                    && words[i..end].iter().zip(stems).all(|(w, s)| *w.stem == **s)
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
