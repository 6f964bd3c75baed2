//! Case-insensitive whole-word phrase matching.
//!
//! A lexicon of phrases compiles to one Aho-Corasick automaton: one pass over the text
//! however many phrases the lexicon holds, built in a fraction of the time an equivalent
//! regex alternation takes to compile (that difference was a third of the start-up time of
//! a run on one small file). Case is folded for ASCII letters only:
//! the lexicons are English.
//!
//! A phrase of several words matches across any run of whitespace, line breaks included,
//! so it still matches when a bullet wraps onto the next line: a text holding whitespace
//! other than single spaces is searched in a copy where each run is one space, and the
//! matches are mapped back.
//!
//! An automaton answers its first searches with a non-contiguous NFA, which builds in a
//! fraction of the time a DFA does, and only after [`DFA_AFTER`] searches builds the DFA
//! (from that same NFA), which searches fastest: a check of one file, or of a small folder,
//! never pays for a DFA it would search once, and a batch pays for a few slower searches.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::noncontiguous::{self, NFA};
use aho_corasick::{Anchored, BuildError, Input, Match, MatchKind, StartKind};

use crate::segment::Span;

/// A set of phrases matched as whole words, ignoring ASCII case.
#[derive(Clone, Debug)]
pub struct PhraseSet {
    /// The phrases, words joined by single spaces, sorted and de-duplicated.
    phrases: Vec<String>,
    /// Some phrase has more than one word (only then does whitespace need folding).
    multiword: bool,
    automaton: OnceLock<Option<PhraseAutomaton>>,
}

impl Default for PhraseSet {
    fn default() -> PhraseSet {
        PhraseSet::new::<&str>(&[])
    }
}

impl PhraseSet {
    /// A set of `phrases` (built on first use); an empty set matches nothing.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> PhraseSet {
        let mut phrases: Vec<String> = phrases
            .iter()
            .map(|p| p.as_ref().split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect();
        phrases.sort();
        phrases.dedup();
        let multiword = phrases.iter().any(|p| p.contains(' '));
        PhraseSet {
            phrases,
            multiword,
            automaton: OnceLock::new(),
        }
    }

    /// Build now, reporting a set too large to build (a lexicon loaded from a user folder
    /// is checked this way, so its errors appear at load, not mid-batch).
    pub fn compile(&self) -> Result<(), BuildError> {
        if self.phrases.is_empty() {
            return Ok(());
        }
        build(&self.phrases).map(|_| ())
    }

    /// The automaton, built on first use; `None` for an empty set (or one that cannot be
    /// built, which [`PhraseSet::compile`] reports at load).
    fn automaton(&self) -> Option<&PhraseAutomaton> {
        self.automaton
            .get_or_init(|| {
                if self.phrases.is_empty() {
                    None
                } else {
                    build(&self.phrases).ok()
                }
            })
            .as_ref()
    }

    /// The phrases, words joined by single spaces.
    pub(crate) fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// True when the set holds no phrase.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Every match in `text`, as spans relative to `text`, in text order and never
    /// overlapping; where several phrases match at one place, the longest wins ("a lot of"
    /// over "a lot").
    pub fn find_iter(&self, text: &str) -> std::vec::IntoIter<Span> {
        let Some(automaton) = self.automaton().map(PhraseAutomaton::get) else {
            return Vec::new().into_iter();
        };
        let folded = (self.multiword && needs_folding(text)).then(|| Folded::new(text));
        let haystack = folded.as_ref().map_or(text, |f| f.text.as_str());
        let mut found: Vec<Span> = Vec::new();
        let mut at = 0;
        while let Some(m) = find(automaton, &Input::new(haystack).range(at..)) {
            if let Some(end) = longest_whole_word(automaton, haystack, m.start(), m.end()) {
                found.push(Span::new(m.start(), end));
                at = end;
            } else {
                // No whole word starts here; one may start inside this match ("cut" in
                // "execute cuts": the next search starts after "e", not after "execute").
                at = m.start()
                    + haystack[m.start()..]
                        .chars()
                        .next()
                        .map_or(1, char::len_utf8);
            }
        }
        if let Some(folded) = &folded {
            for span in &mut found {
                *span = Span::new(folded.original(span.start), folded.original_end(span.end));
            }
        }
        found.into_iter()
    }

    /// True when some phrase occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.find_iter(text).next().is_some()
    }
}

/// The end of the longest phrase at `start` (up to `end`, the longest match there) that
/// is a whole word. When the longest is glued to a word ("a lot of" in "a lot offline"),
/// shorter phrases at the same place are tried ("a lot"); a match glued at its start
/// ("cut" in "execute") has none.
fn longest_whole_word(
    automaton: &dyn Automaton,
    haystack: &str,
    start: usize,
    mut end: usize,
) -> Option<usize> {
    if !starts_word(haystack, start) {
        return None;
    }
    while !is_word_edge(haystack, start, end) {
        let shorter = Input::new(haystack)
            .range(start..end - 1)
            .anchored(Anchored::Yes);
        end = find(automaton, &shorter)?.end();
    }
    Some(end)
}

fn build(phrases: &[String]) -> Result<PhraseAutomaton, BuildError> {
    PhraseAutomaton::new(
        noncontiguous::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest),
        phrases,
        // Anchored searches find a shorter phrase where the longest is glued to a word.
        StartKind::Both,
    )
}

/// The first match of a non-overlapping search.
fn find(automaton: &dyn Automaton, input: &Input<'_>) -> Option<Match> {
    // Searches fail only on an anchoring the automaton was not built for, which
    // `StartKind::Both` rules out.
    automaton.try_find(input).ok().flatten()
}

/// How many searches an automaton answers with its NFA before it builds its DFA. A DFA
/// searches about twice as fast as the NFA but takes several times as long to build (the
/// phrase index's about 17 million instructions, what searching some ninety documents with
/// the NFA instead of the DFA costs), and a one-file check searches each automaton once or
/// a few times. A batch pays for this many NFA searches, about a quarter of a percent of a
/// run over a thousand documents.
pub(super) const DFA_AFTER: usize = 32;

/// An Aho-Corasick automaton searched with its NFA until it has served [`DFA_AFTER`]
/// searches, then with a DFA built from the NFA.
#[derive(Debug)]
pub(super) struct PhraseAutomaton {
    nfa: NFA,
    /// The starts the DFA must support (the NFA supports both).
    start_kind: StartKind,
    /// Searches served so far, counted up to [`DFA_AFTER`].
    searches: AtomicUsize,
    /// `None` if the DFA cannot be built (a user's lexicon too large for one), in which
    /// case the NFA serves every search.
    dfa: OnceLock<Option<DFA>>,
}

impl PhraseAutomaton {
    /// The automaton of `patterns` as `nfa` configures it (match kind, case folding).
    pub(super) fn new(
        nfa: &noncontiguous::Builder,
        patterns: &[impl AsRef<[u8]>],
        start_kind: StartKind,
    ) -> Result<PhraseAutomaton, BuildError> {
        Ok(PhraseAutomaton {
            nfa: nfa.build(patterns)?,
            start_kind,
            searches: AtomicUsize::new(0),
            dfa: OnceLock::new(),
        })
    }

    /// The automaton to run one search (of one text) with.
    pub(super) fn get(&self) -> &dyn Automaton {
        self.dfa().map_or(&self.nfa, |dfa| dfa)
    }

    /// The DFA once it is due and built, counting this search towards it until then.
    fn dfa(&self) -> Option<&DFA> {
        if let Some(dfa) = self.dfa.get() {
            return dfa.as_ref();
        }
        if self.searches.fetch_add(1, Ordering::Relaxed) < DFA_AFTER {
            return None;
        }
        self.dfa
            .get_or_init(|| {
                aho_corasick::dfa::Builder::new()
                    .start_kind(self.start_kind)
                    .build_from_noncontiguous(&self.nfa)
                    .ok()
            })
            .as_ref()
    }

    /// Every match of an unanchored overlapping search of `haystack` (the automaton must
    /// have standard match semantics).
    pub(super) fn find_overlapping(&self, haystack: &str) -> Vec<Match> {
        match self.dfa() {
            Some(dfa) => overlapping(dfa, haystack.as_bytes()),
            None => overlapping(&self.nfa, haystack.as_bytes()),
        }
    }
}

/// Every match of an unanchored overlapping search of `haystack` with `aut` (standard
/// match semantics), those ending at one place in the automaton's order: what the
/// library's `try_find_overlapping` reports, from a loop of our own over the concrete
/// automaton. The library's loop keeps its position and state in the search state, in
/// memory, and took twice the instructions a byte; this one keeps them in registers.
fn overlapping<A: Automaton>(aut: &A, haystack: &[u8]) -> Vec<Match> {
    let mut found = Vec::new();
    let Ok(mut sid) = aut.start_state(Anchored::No) else {
        return found;
    };
    let mut report = |sid, end: usize| {
        for i in 0..aut.match_len(sid) {
            let pattern = aut.match_pattern(sid, i);
            found.push(Match::new(pattern, end - aut.pattern_len(pattern)..end));
        }
    };
    // Only an empty pattern matches before the first byte.
    if aut.is_match(sid) {
        report(sid, 0);
    }
    for (at, &byte) in haystack.iter().enumerate() {
        sid = aut.next_state(Anchored::No, sid, byte);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                break;
            }
            if aut.is_match(sid) {
                report(sid, at + 1);
            }
        }
    }
    found
}

impl Clone for PhraseAutomaton {
    fn clone(&self) -> PhraseAutomaton {
        PhraseAutomaton {
            nfa: self.nfa.clone(),
            start_kind: self.start_kind,
            searches: AtomicUsize::new(self.searches.load(Ordering::Relaxed)),
            dfa: self.dfa.clone(),
        }
    }
}

/// A text with each run of whitespace that is not a single space folded to one space,
/// and the way back to the original offsets.
pub(super) struct Folded {
    pub(super) text: String,
    /// `(folded offset, original offset)` at the first character after each folded run;
    /// offsets between two entries move together.
    anchors: Vec<(usize, usize)>,
}

impl Folded {
    /// The text folded. A run to fold holds a line break, a tab, a vertical tab or form
    /// feed, two spaces, or a non-ASCII space: each kind is found with `memchr`'s vectorised
    /// searches (their next places remembered, so the text is scanned once per kind), and
    /// the run grown around it.
    pub(super) fn new(text: &str) -> Folded {
        let bytes = text.as_bytes();
        let ascii = text.is_ascii();
        let two_spaces = memchr::memmem::Finder::new("  ");
        let is_space_at = |i: usize| text[i..].chars().next().is_some_and(char::is_whitespace);
        type Find<'a> = &'a dyn Fn(usize) -> Option<usize>;
        let finders: [Find<'_>; 4] = [
            &|at| memchr::memchr3(b'\n', b'\t', b'\r', &bytes[at..]).map(|p| p + at),
            &|at| memchr::memchr2(0x0B, 0x0C, &bytes[at..]).map(|p| p + at),
            &|at| two_spaces.find(&bytes[at..]).map(|p| p + at),
            // Lead bytes of the non-ASCII spaces (U+0085, U+00A0, U+1680, U+2000 to U+205F,
            // U+3000); a lead byte always starts a character.
            &|at| {
                if ascii {
                    return None;
                }
                let rest = &bytes[at..];
                let common =
                    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, rest).find(|&p| is_space_at(at + p));
                let ogham = memchr::memchr_iter(0xE1, rest).find(|&p| is_space_at(at + p));
                common.into_iter().chain(ogham).min().map(|p| p + at)
            },
        ];
        // The next place each kind occurs at or after `at` (`None`: nowhere after).
        let mut next: [Option<usize>; 4] = finders.map(|find| find(0));
        let mut folded = String::with_capacity(text.len());
        let mut anchors = Vec::new();
        let mut at = 0;
        loop {
            for (place, find) in next.iter_mut().zip(finders) {
                if place.is_some_and(|p| p < at) {
                    *place = find(at);
                }
            }
            let Some(found) = next.iter().flatten().copied().min() else {
                break;
            };
            // Nothing to fold lies between `at` and `found` but single spaces.
            let mut start = found;
            while start > at && bytes[start - 1] == b' ' {
                start -= 1;
            }
            let mut end = found;
            while end < bytes.len() {
                match bytes[end] {
                    b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => end += 1,
                    b if b.is_ascii() => break,
                    _ if is_space_at(end) => {
                        end += text[end..].chars().next().map_or(1, char::len_utf8);
                    }
                    _ => break,
                }
            }
            folded.push_str(&text[at..start]);
            folded.push(' ');
            anchors.push((folded.len(), end));
            at = end;
        }
        folded.push_str(&text[at..]);
        Folded {
            text: folded,
            anchors,
        }
    }

    /// [`Folded::new`] written as a walk over the characters, plainly: what the tests hold
    /// the vectorised scan to.
    #[cfg(test)]
    fn new_any(text: &str) -> Folded {
        let mut folded = String::with_capacity(text.len());
        let mut anchors = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if !c.is_whitespace() {
                folded.push(c);
                continue;
            }
            let mut end = at + c.len_utf8();
            while let Some(&(i, next)) = chars.peek() {
                if !next.is_whitespace() {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
            folded.push(' ');
            // A single space stays as it is: offsets after it need no anchor.
            if c != ' ' || end != at + 1 {
                anchors.push((folded.len(), end));
            }
        }
        Folded {
            text: folded,
            anchors,
        }
    }

    /// The original offset of folded offset `at`, where `at` starts a character.
    pub(super) fn original(&self, at: usize) -> usize {
        let i = self.anchors.partition_point(|&(folded, _)| folded <= at);
        match i.checked_sub(1).map(|i| self.anchors[i]) {
            Some((folded, original)) => original + (at - folded),
            None => at,
        }
    }

    /// The original offset of folded offset `at`, where `at` ends a match (which never
    /// ends in whitespace, so it maps as the character before it does).
    pub(super) fn original_end(&self, at: usize) -> usize {
        let last = self.text[..at]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        self.original(at - last) + last
    }
}

/// True when `text` holds whitespace other than single spaces (a line break, a tab, two
/// spaces, a no-break space), which a multi-word phrase must match across.
pub(crate) fn needs_folding(text: &str) -> bool {
    // Every search of a multi-word set asks this first, so it runs on memchr's vectorised
    // searches rather than a loop over the characters.
    let bytes = text.as_bytes();
    memchr::memchr3(b'\n', b'\t', b'\r', bytes).is_some()
        || memchr::memmem::find(bytes, b"  ").is_some()
        || memchr::memchr2(0x0B, 0x0C, bytes).is_some()
        || (!text.is_ascii()
            // Lead bytes of the non-ASCII spaces (U+0085, U+00A0, U+1680, U+2000 to
            // U+205F, U+3000); a lead byte always starts a character.
            && memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes)
                .chain(memchr::memchr_iter(0xE1, bytes))
                .any(|i| text[i..].chars().next().is_some_and(char::is_whitespace)))
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A match must not start inside a word.
fn starts_word(text: &str, start: usize) -> bool {
    let before = text[..start].chars().next_back();
    let first = text[start..].chars().next();
    !matches!((before, first), (Some(o), Some(i)) if is_word(o) && is_word(i))
}

/// A match must not start or end inside a word ("cut" must not match in "execute").
pub(super) fn is_word_edge(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let glued = |outside: Option<char>, inside: Option<char>| matches!((outside, inside), (Some(o), Some(i)) if is_word(o) && is_word(i));
    !glued(before, first) && !glued(after, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(set: &PhraseSet, text: &str) -> Vec<String> {
        set.find_iter(text)
            .map(|s| s.slice(text).to_owned())
            .collect()
    }

    #[test]
    fn longest_phrase_wins_and_case_is_ignored() {
        let set = PhraseSet::new(&["a lot", "a lot of"]);
        assert_eq!(found(&set, "Handled A lot of tickets"), vec!["A lot of"]);
    }

    #[test]
    fn a_shorter_phrase_matches_where_the_longer_one_is_glued() {
        let set = PhraseSet::new(&["a lot", "a lot of"]);
        assert_eq!(found(&set, "a lot offline"), vec!["a lot"]);
    }

    #[test]
    fn does_not_match_inside_words() {
        let set = PhraseSet::new(&["cut", "many"]);
        assert!(found(&set, "executed germany plans cut_off").is_empty());
        assert_eq!(found(&set, "cut costs for many"), vec!["cut", "many"]);
    }

    #[test]
    fn spaces_match_line_breaks() {
        let set = PhraseSet::new(&["team player"]);
        assert_eq!(found(&set, "a team\n   player"), vec!["team\n   player"]);
        assert_eq!(
            found(&set, "é  team\u{a0}player, team\tplayer"),
            vec!["team\u{a0}player", "team\tplayer"]
        );
    }

    #[test]
    fn offsets_after_folded_runs_map_back() {
        let set = PhraseSet::new(&["team player", "many"]);
        let text = "x\n\n  many  ünïcode team \n player many";
        let spans: Vec<&str> = set.find_iter(text).map(|s| s.slice(text)).collect();
        assert_eq!(spans, vec!["many", "team \n player", "many"]);
    }

    #[test]
    fn the_dfa_finds_what_the_nfa_found() {
        let set = PhraseSet::new(&["a lot", "a lot of", "team player", "cut"]);
        let text = "A lot offline, a team\nplayer, execute cuts and a LOT OF it";
        let first = found(&set, text);
        assert_eq!(first, ["A lot", "team\nplayer", "a LOT OF"]);
        let built = |set: &PhraseSet| {
            set.automaton()
                .is_some_and(|a| a.dfa.get().is_some_and(Option::is_some))
        };
        for _ in 0..DFA_AFTER {
            assert!(!built(&set));
            assert_eq!(found(&set, text), first);
        }
        assert!(built(&set));
        assert_eq!(found(&set, text), first);
    }

    #[test]
    fn hyphenated_phrases_match_literally() {
        let set = PhraseSet::new(&["hard-working"]);
        assert_eq!(found(&set, "Hard-working and kind"), vec!["Hard-working"]);
    }

    #[test]
    fn phrases_around_other_scripts() {
        let set = PhraseSet::new(&["many"]);
        assert_eq!(found(&set, "많은 many 팀"), vec!["many"]);
        assert!(found(&set, "많many").is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Folding finds the runs a walk over the characters finds.
        #[test]
        fn folding_matches_the_walk_over_characters(
            text in "[ab \t\n\r\x0B\x0C.\u{85}\u{a0}\u{1680}\u{2003}\u{205f}\u{3000}•é가]{0,30}"
        ) {
            let (fast, general) = (Folded::new(&text), Folded::new_any(&text));
            proptest::prop_assert_eq!(&fast.text, &general.text);
            proptest::prop_assert_eq!(&fast.anchors, &general.anchors);
        }

        /// Our overlapping loop reports what the library's overlapping search reports, in
        /// the same order, over the NFA and over the DFA built from it.
        #[test]
        fn overlapping_matches_the_library(
            patterns in proptest::collection::vec("[ab ]{1,4}", 1..8),
            haystack in "[abc ]{0,40}"
        ) {
            let nfa = noncontiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .unwrap_or_else(|e| panic!("{e}"));
            let library = |aut: &dyn Automaton| {
                let input = Input::new(&haystack);
                let mut state = aho_corasick::automaton::OverlappingState::start();
                let mut found = Vec::new();
                while aut.try_find_overlapping(&input, &mut state).is_ok() {
                    match state.get_match() {
                        Some(m) => found.push(m),
                        None => break,
                    }
                }
                found
            };
            let dfa = aho_corasick::dfa::Builder::new()
                .build_from_noncontiguous(&nfa)
                .unwrap_or_else(|e| panic!("{e}"));
            proptest::prop_assert_eq!(overlapping(&nfa, haystack.as_bytes()), library(&nfa));
            proptest::prop_assert_eq!(overlapping(&dfa, haystack.as_bytes()), library(&dfa));
        }

        /// Whatever the text, every match is in bounds, on character boundaries, in order,
        /// never overlapping, a whole word, and with its whitespace runs folded it is one
        /// of the phrases (ignoring ASCII case).
        #[test]
        fn matches_are_whole_phrases(text in "(team|player|a|lot|of|Lot|OF| |  |\n|\t|\u{a0}|\u{3000}|x|é|팀|-|[a-z]{1,3}){0,24}") {
            let set = PhraseSet::new(&["team player", "a lot", "a lot of", "of", "x-ray"]);
            let mut last_end = 0;
            for span in set.find_iter(&text) {
                proptest::prop_assert!(span.start >= last_end && span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                proptest::prop_assert!(is_word_edge(&text, span.start, span.end));
                let folded = span.slice(&text).split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase();
                proptest::prop_assert!(set.phrases.contains(&folded), "{folded:?}");
                last_end = span.end;
            }
        }
    }
}
