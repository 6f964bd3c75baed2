//! Phrases matched on English stems of whole words.
//!
//! STAR cues and principle evidence are phrases like "pushed back" or "root cause". They
//! are matched against a sentence's words by stem, so "pushing back" and "root causes"
//! match too. Each phrase is stemmed once, at load time, and its stems are numbered in a
//! [`StemVocabulary`] shared by the sets one analysis searches. A sentence's words are
//! then looked up once, in that vocabulary, and every set compares numbers: a set is
//! indexed by the number of each phrase's first stem and, for longer phrases, its second,
//! so a match costs an array read or two per word however many phrases the set holds.
//! (The cue lexicons have hundreds of phrases opening with "I" or "we": trying each of
//! them at every such word was a tenth of a story's analysis; looking each word's stem up
//! by its text once per set, and comparing phrases stem by stem as text, was a sixth.)

// Fx hashing: the keys are short words, and SipHash was a tenth of the run time.
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::word_key::WordKey;
use crate::segment::Word;

/// A stem's number in a [`StemVocabulary`].
pub type StemId = u32;

/// The number of a word whose stem no phrase of the vocabulary uses.
pub const NO_STEM: StemId = StemId::MAX;

/// The vocabularies of the lexicons, for which the word cache keeps each word's number
/// (see [`WordForms`](super::WordForms)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbering {
    /// The stems of the STAR cues.
    StarCues = 0,
    /// The stems of the principles pack.
    Principles = 1,
}

/// The stems of some phrase sets, numbered in the order they were first added.
#[derive(Clone, Debug, Default)]
pub struct StemVocabulary {
    ids: HashMap<WordKey, StemId>,
    /// Set when the lexicons' word cache numbers words in this vocabulary: their numbers
    /// are then read from the words, not looked up.
    numbering: Option<Numbering>,
}

impl StemVocabulary {
    /// An empty vocabulary whose numbers the word cache keeps as `numbering`. Only the
    /// loader makes these: one [`Lexicons`](super::Lexicons) has one of each.
    pub(super) fn cached(numbering: Numbering) -> StemVocabulary {
        StemVocabulary {
            ids: HashMap::default(),
            numbering: Some(numbering),
        }
    }

    /// The number of `stem`, given it one when it has none yet.
    pub(super) fn number(&mut self, stem: &str) -> StemId {
        let next = StemId::try_from(self.ids.len()).unwrap_or(NO_STEM);
        *self.ids.entry(WordKey::new(stem)).or_insert(next)
    }

    /// The number of `stem`, or [`NO_STEM`].
    pub fn id(&self, stem: &str) -> StemId {
        self.ids.get(stem.as_bytes()).copied().unwrap_or(NO_STEM)
    }

    /// The numbers of each sentence's stems, cut from one buffer: `sentences[i][j]`'s stem
    /// is numbered at `result[i][j]`, and `buffer` holds all of them in that order.
    pub fn number_sentences<'a>(
        &self,
        sentences: &[&[Word]],
        buffer: &'a mut Vec<StemId>,
    ) -> Vec<&'a [StemId]> {
        buffer.clear();
        // Sized once: a flattened iterator does not know its length, and growing the
        // buffer by doubling cost more than numbering the stems did.
        buffer.reserve(sentences.iter().map(|words| words.len()).sum());
        // Sentence by sentence, each an iterator of known length, and the numbering asked
        // for once: a flattened iterator tested both for every word.
        for words in sentences {
            match self.numbering {
                Some(numbering) => buffer.extend(words.iter().map(|word| {
                    word.forms
                        .stem_number(numbering)
                        .unwrap_or_else(|| self.id(word.stem()))
                })),
                None => buffer.extend(words.iter().map(|word| self.id(word.stem()))),
            }
        }
        let mut rest: &[StemId] = buffer;
        sentences
            .iter()
            .map(|words| {
                let (sentence, after) = rest.split_at(words.len());
                rest = after;
                sentence
            })
            .collect()
    }
}

/// One weighted phrase, stemmed.
#[derive(Clone, Debug)]
pub struct StemPhrase {
    /// The phrase as written in the lexicon.
    pub text: String,
    /// Its stems, in order.
    pub stems: Vec<String>,
    /// The numbers of its stems in the vocabulary of its set.
    ids: Vec<StemId>,
    /// Its weight.
    pub weight: f64,
    /// What the phrase is evidence for (an index the owner of the set defines).
    pub owner: usize,
}

/// A set of stemmed phrases, indexed by the numbers of their first two stems in the
/// vocabulary they were added with. Search it only with numbers from that vocabulary.
#[derive(Clone, Debug, Default)]
pub struct StemPhrases {
    /// The phrases.
    pub phrases: Vec<StemPhrase>,
    /// By a stem's number: 1 + its index in `firsts` when some phrase opens with it, or 0.
    first_of: Vec<u32>,
    firsts: Vec<FirstStem>,
}

/// The phrases that open with one stem.
#[derive(Clone, Debug, Default)]
struct FirstStem {
    /// Phrases of that one word.
    alone: Vec<usize>,
    /// Longer phrases, by the number of their second stem.
    by_second: HashMap<StemId, Vec<usize>>,
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
    /// Add a phrase, numbering its stems in `vocabulary`; `stem` stems one lowercase word.
    pub(super) fn push(
        &mut self,
        vocabulary: &mut StemVocabulary,
        text: &str,
        weight: f64,
        owner: usize,
        stem: &dyn Fn(&str) -> String,
    ) {
        let stems: Vec<String> = text
            .unicode_words()
            .map(|w| stem(&w.to_lowercase()))
            .collect();
        let ids: Vec<StemId> = stems.iter().map(|s| vocabulary.number(s)).collect();
        let Some(&first) = ids.first() else {
            return;
        };
        let slot = self.first_slot(first);
        let entry = &mut self.firsts[slot];
        match ids.get(1) {
            Some(second) => entry
                .by_second
                .entry(*second)
                .or_default()
                .push(self.phrases.len()),
            None => entry.alone.push(self.phrases.len()),
        }
        self.phrases.push(StemPhrase {
            text: text.to_owned(),
            stems,
            ids,
            weight,
            owner,
        });
    }

    /// The index in `firsts` of the phrases opening with stem `id`, made when there is none.
    fn first_slot(&mut self, id: StemId) -> usize {
        let id = id as usize;
        if self.first_of.len() <= id {
            self.first_of.resize(id + 1, 0);
        }
        if self.first_of[id] == 0 {
            self.firsts.push(FirstStem::default());
            self.first_of[id] = u32::try_from(self.firsts.len()).unwrap_or(u32::MAX);
        }
        self.first_of[id] as usize - 1
    }

    /// The phrases opening with stem `id`.
    fn first(&self, id: StemId) -> Option<&FirstStem> {
        let slot = *self.first_of.get(id as usize)?;
        self.firsts.get((slot as usize).checked_sub(1)?)
    }

    /// Every phrase occurrence in a run of words, given by the numbers of their stems (see
    /// [`StemVocabulary::number_sentences`]), into `found` (cleared first, so one buffer
    /// serves every sentence); at one position, every phrase that matches there is reported
    /// (a long and a short phrase may both match), in the order the phrases were added.
    pub fn find(&self, stems: &[StemId], found: &mut Vec<StemMatch>) {
        found.clear();
        for (i, &id) in stems.iter().enumerate() {
            let Some(first) = self.first(id) else {
                continue;
            };
            let longer = stems
                .get(i + 1)
                .and_then(|next| first.by_second.get(next))
                .map_or(&[][..], Vec::as_slice);
            // Both lists are in the order the phrases were added: merged, so are the matches.
            let (mut alone, mut longer) = (first.alone.as_slice(), longer);
            loop {
                let p = match (alone.split_first(), longer.split_first()) {
                    (Some((&a, rest)), Some((&b, _))) if a < b => {
                        alone = rest;
                        a
                    }
                    (Some((&a, rest)), None) => {
                        alone = rest;
                        a
                    }
                    (_, Some((&b, rest))) => {
                        longer = rest;
                        b
                    }
                    (None, None) => break,
                };
                let ids = &self.phrases[p].ids;
                if stems.get(i..i + ids.len()) == Some(ids.as_slice()) {
                    found.push(StemMatch {
                        phrase: p,
                        words: i..i + ids.len(),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::lexicon::Lexicons;
    use crate::segment::Span;

    fn lex() -> &'static Lexicons {
        crate::rules::test_support::engine().lexicons()
    }

    /// Every phrase at every place, compared stem by stem as text.
    fn by_text(set: &StemPhrases, words: &[Word]) -> Vec<StemMatch> {
        let mut found = Vec::new();
        for i in 0..words.len() {
            for (p, phrase) in set.phrases.iter().enumerate() {
                let end = i + phrase.stems.len();
                if end <= words.len()
                    && words[i..end]
                        .iter()
                        .zip(&phrase.stems)
                        .all(|(w, s)| w.stem() == s)
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

    /// Words to draw from: those of the STAR cues and the principles' evidence (so that
    /// phrases long and short occur), a few others, and numbers, which the word cache
    /// leaves unnumbered.
    fn pool() -> Vec<String> {
        let mut pool: Vec<String> = [&lex().star().cues, &lex().principles().evidence]
            .iter()
            .flat_map(|set| set.phrases.iter().take(120))
            .flat_map(|p| {
                p.text
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect();
        pool.extend(["Learned", "RESULTS", "zyzzyva", "2024", "3.5", "팀"].map(str::to_owned));
        pool.sort();
        pool.dedup();
        pool
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Matching by number finds what matching stems as text finds, in both vocabularies.
        #[test]
        fn numbers_match_as_stems_do(picks in proptest::collection::vec(any::<proptest::sample::Index>(), 0..40)) {
            let pool = pool();
            let words: Vec<Word> = picks
                .iter()
                .map(|i| Word {
                    span: Span::new(0, 0),
                    forms: lex().word_forms(i.get(&pool).as_str()),
                })
                .collect();
            let sentences = [&words[..words.len() / 2], &words[words.len() / 2..]];
            for (vocabulary, set) in [
                (&lex().star().stems, &lex().star().cues),
                (&lex().star().stems, &lex().star().reflection),
                (&lex().principles().stems, &lex().principles().evidence),
            ] {
                let mut buffer = Vec::new();
                let numbered = vocabulary.number_sentences(&sentences, &mut buffer);
                let mut found = vec![StemMatch { phrase: 0, words: 0..0 }];
                for (numbers, words) in numbered.iter().zip(sentences) {
                    set.find(numbers, &mut found);
                    prop_assert_eq!(&found, &by_text(set, words));
                }
            }
        }
    }

    #[test]
    fn a_vocabulary_numbers_each_stem_once() {
        let mut vocabulary = StemVocabulary::default();
        let a = vocabulary.number("custom");
        let b = vocabulary.number("trust");
        assert_ne!(a, b);
        assert_eq!(vocabulary.number("custom"), a);
        assert_eq!(vocabulary.id("trust"), b);
        assert_eq!(vocabulary.id("frugal"), NO_STEM);
    }
}
