//! The phrase sets every document is searched for, in one automaton, searched once per
//! document.
//!
//! A resume bullet used to be searched once per set (buzzwords, vague amounts, ratios,
//! ranks, its weak opener, the kind cues), each search a pass of its own automaton over a
//! short text; together they were a fifth of a run. Here all those phrases are one
//! automaton, run once over the whole document with overlapping matches, so each set's
//! whole-word matches are known everywhere at once. A query then picks, inside one block
//! or sentence, what a search of that text alone would have found: the leftmost match,
//! the longest there, then the next that does not overlap it.
//!
//! Case is folded by lowercasing (ASCII) the phrases and a copy of the text rather than by
//! the automaton: its ASCII case folding gives every letter two bytes of the alphabet, which
//! made the automaton half as costly again to build (the NFA at start-up, and the DFA of a
//! batch), while the copy costs one pass over the text.

use aho_corasick::nfa::noncontiguous;
use aho_corasick::{BuildError, MatchKind, StartKind};

use super::phrases::{is_word_edge, needs_folding, Folded, PhraseAutomaton};
use super::PhraseSet;
use crate::segment::Span;

/// A phrase set of the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseList {
    /// Weak bullet openers ("responsible for").
    WeakOpener,
    /// Buzzwords and clichés.
    Buzzword,
    /// Vague amounts ("a lot of").
    VagueAmount,
    /// Worded ratios ("half of").
    Ratio,
    /// Worded ranks ("first place").
    Rank,
    /// Compounds whose number is a name ("two-factor").
    NameCompound,
    /// Letter salutations.
    Salutation,
    /// Letter sign-offs.
    Closing,
    /// Job-posting cues.
    JobCue,
    /// Story cues.
    StoryCue,
    /// Generic cover-letter phrases.
    GenericPhrase,
    /// The principles' names, in the index once the principles pack is built (see
    /// [`crate::lexicon::Lexicons::phrase_index`]).
    PrincipleName,
}

/// How many lists there are.
pub(super) const LISTS: usize = PhraseList::PrincipleName as usize + 1;

/// The automaton of every [`PhraseList`].
#[derive(Clone, Debug)]
pub struct PhraseIndex {
    /// `None` when no list holds a phrase.
    automaton: Option<PhraseAutomaton>,
    /// The list of each pattern, by pattern id.
    list_of: Vec<PhraseList>,
    /// Some phrase has more than one word (only then does whitespace need folding).
    multiword: bool,
    /// The lists the index was built with, by [`PhraseList`].
    lists: [bool; LISTS],
}

impl PhraseIndex {
    /// One automaton over the phrases of `sets`.
    pub(crate) fn new(sets: &[(PhraseList, &PhraseSet)]) -> Result<PhraseIndex, BuildError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut list_of = Vec::new();
        let mut lists = [false; LISTS];
        for (list, set) in sets {
            lists[*list as usize] = true;
            for phrase in set.phrases() {
                // Lowercase already when it comes from a lexicon, but a set may hold any.
                patterns.push(phrase.to_ascii_lowercase());
                list_of.push(*list);
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(PhraseAutomaton::new(
                // Every match, overlapping ones included: each list then keeps its own
                // leftmost-longest matches, whatever the other lists match nearby.
                noncontiguous::Builder::new().match_kind(MatchKind::Standard),
                &patterns,
                StartKind::Unanchored,
            )?)
        };
        Ok(PhraseIndex {
            automaton,
            multiword: patterns.iter().any(|p| p.contains(' ')),
            list_of,
            lists,
        })
    }

    /// Every whole-word match of every list in `text`.
    pub fn search(&self, text: &str) -> PhraseHits {
        let mut hits: Vec<(PhraseList, Span)> = Vec::new();
        if let Some(automaton) = &self.automaton {
            let folded = (self.multiword && needs_folding(text)).then(|| Folded::new(text));
            let haystack = folded.as_ref().map_or(text, |f| f.text.as_str());
            // Offsets and word edges are those of the text: only ASCII letters change.
            let lower = haystack.to_ascii_lowercase();
            let haystack = lower.as_str();
            for m in automaton.find_overlapping(haystack) {
                if !is_word_edge(haystack, m.start(), m.end()) {
                    continue;
                }
                let span = match &folded {
                    Some(f) => Span::new(f.original(m.start()), f.original_end(m.end())),
                    None => Span::new(m.start(), m.end()),
                };
                hits.push((self.list_of[m.pattern().as_usize()], span));
            }
        }
        // By list, then leftmost first and, at one place, longest first.
        hits.sort_unstable_by_key(|&(list, span)| {
            (list as usize, span.start, std::cmp::Reverse(span.end))
        });
        hits.dedup();
        let mut bounds = [0; LISTS + 1];
        for (list, bound) in bounds.iter_mut().enumerate() {
            *bound = hits.partition_point(|&(l, _)| (l as usize) < list);
        }
        PhraseHits {
            spans: hits.into_iter().map(|(_, span)| span).collect(),
            bounds,
            searched: self.lists,
        }
    }
}

/// The matches of every [`PhraseList`] in one document, as spans of its text.
#[derive(Clone, Debug, Default)]
pub struct PhraseHits {
    /// Grouped by list; in each, by start, and longest first at one start.
    spans: Vec<Span>,
    /// `spans[bounds[l]..bounds[l + 1]]` are list `l`'s.
    bounds: [usize; LISTS + 1],
    /// The lists the document was searched for.
    searched: [bool; LISTS],
}

impl PhraseHits {
    fn of(&self, list: PhraseList) -> &[Span] {
        let l = list as usize;
        self.spans
            .get(self.bounds[l]..self.bounds[l + 1])
            .unwrap_or(&[])
    }

    /// The matches of `list` inside `within`, as a search of that text alone finds them:
    /// in text order, never overlapping, the longest where several start at one place.
    pub fn find(&self, list: PhraseList, within: Span) -> impl Iterator<Item = Span> + '_ {
        let spans = self.of(list);
        let first = spans.partition_point(|s| s.start < within.start);
        let mut free = within.start;
        spans[first..]
            .iter()
            .take_while(move |s| s.start < within.end)
            .filter(move |s| {
                let take = s.start >= free && s.end <= within.end;
                if take {
                    free = s.end;
                }
                take
            })
            .copied()
    }

    /// The longest match of `list` that starts where `within` does and ends inside it.
    pub fn at_start(&self, list: PhraseList, within: Span) -> Option<Span> {
        self.find(list, within)
            .next()
            .filter(|s| s.start == within.start)
    }

    /// Move every match `by` bytes on: the matches of a part of a text, as spans of the
    /// whole.
    pub fn shift(&mut self, by: usize) {
        for span in &mut self.spans {
            *span = span.shift(by);
        }
    }

    /// True when the document was searched for `list` (every list but
    /// [`PhraseList::PrincipleName`] always is).
    pub fn searched(&self, list: PhraseList) -> bool {
        self.searched[list as usize]
    }

    /// True when `list` matches anywhere in the document.
    pub fn any(&self, list: PhraseList) -> bool {
        !self.of(list).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn index(sets: &[(PhraseList, &PhraseSet)]) -> PhraseIndex {
        PhraseIndex::new(sets).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn each_list_keeps_its_own_longest_matches() {
        let vague = PhraseSet::new(&["a lot", "a lot of"]);
        let ratio = PhraseSet::new(&["lot of", "half of"]);
        let idx = index(&[
            (PhraseList::VagueAmount, &vague),
            (PhraseList::Ratio, &ratio),
        ]);
        let text = "Saved a lot of\n  time and half of the cost.";
        let hits = idx.search(text);
        let whole = Span::new(0, text.len());
        let found = |list| -> Vec<&str> { hits.find(list, whole).map(|s| s.slice(text)).collect() };
        assert_eq!(found(PhraseList::VagueAmount), ["a lot of"]);
        assert_eq!(found(PhraseList::Ratio), ["lot of", "half of"]);
        assert!(!hits.any(PhraseList::Buzzword));
        // Inside a narrower span, only what lies wholly in it.
        assert_eq!(
            hits.find(PhraseList::VagueAmount, Span::new(0, 12))
                .map(|s| s.slice(text))
                .collect::<Vec<_>>(),
            ["a lot"]
        );
        assert_eq!(
            hits.at_start(PhraseList::VagueAmount, Span::new(6, text.len())),
            Some(Span::new(6, 14))
        );
        assert_eq!(hits.at_start(PhraseList::VagueAmount, whole), None);
    }

    #[test]
    fn searches_find_the_same_before_and_after_the_dfa() {
        let set = PhraseSet::new(&["a lot", "a lot of", "lot of", "team player"]);
        let idx = index(&[(PhraseList::VagueAmount, &set)]);
        let text = "Saved a lot of\n  time as a team  player.";
        let all = |hits: PhraseHits| -> Vec<&str> {
            hits.find(PhraseList::VagueAmount, Span::new(0, text.len()))
                .map(|s| s.slice(text))
                .collect()
        };
        let first = all(idx.search(text));
        assert_eq!(first, ["a lot of", "team  player"]);
        for _ in 0..=super::super::phrases::DFA_AFTER {
            assert_eq!(all(idx.search(text)), first);
        }
    }

    #[test]
    fn case_is_ignored_in_phrases_and_text() {
        let set = PhraseSet::new(&["Team Player", "a lot"]);
        let idx = index(&[(PhraseList::Buzzword, &set)]);
        let text = "A TEAM\nplayer, a Lot";
        let hits = idx.search(text);
        let found: Vec<&str> = hits
            .find(PhraseList::Buzzword, Span::new(0, text.len()))
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(found, ["TEAM\nplayer", "a Lot"]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// A query over any span finds what a search of that span's text alone finds.
        #[test]
        fn queries_agree_with_searching_the_span_alone(
            text in "[abAB cC\n.\u{a0}é-]{0,30}",
            cut in (0usize..31, 0usize..31),
        ) {
            let phrases = ["a", "ab", "a b", "b c", "Ab C", "c", "b-c"];
            let set = PhraseSet::new(&phrases);
            let idx = index(&[(PhraseList::Buzzword, &set)]);
            let (lo, hi) = (cut.0.min(cut.1).min(text.len()), cut.0.max(cut.1).min(text.len()));
            // Spans start and end between words, as blocks and sentences do.
            prop_assume!(text.is_char_boundary(lo) && text.is_char_boundary(hi));
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            let edge = |i: usize| !(word(text[..i].chars().next_back()) && word(text[i..].chars().next()));
            prop_assume!(edge(lo) && edge(hi));
            let within = Span::new(lo, hi);
            let alone: Vec<Span> = set
                .find_iter(within.slice(&text))
                .map(|s| s.shift(lo))
                .collect();
            let indexed: Vec<Span> = idx.search(&text).find(PhraseList::Buzzword, within).collect();
            prop_assert_eq!(indexed, alone);
        }
    }
}
