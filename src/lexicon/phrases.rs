//! Case-insensitive whole-word phrase matching.
//!
//! A lexicon of phrases compiles to one regex alternation (longest phrases first, so
//! "a lot of" wins over "a lot"), which the regex crate runs as a single automaton: one
//! pass over the text however many phrases the lexicon holds. The regex is built on first
//! use, so a run that never reads a lexicon (a resume never needs the principle names)
//! never pays for it.

use std::sync::OnceLock;

use regex::Regex;

use crate::segment::Span;

/// A set of phrases matched as whole words, ignoring case.
#[derive(Clone, Debug)]
pub struct PhraseSet {
    pattern: Option<String>,
    regex: OnceLock<Option<Regex>>,
    len: usize,
}

impl PhraseSet {
    /// A set of `phrases` (compiled on first use); an empty set matches nothing.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> PhraseSet {
        let mut sorted: Vec<&str> = phrases.iter().map(AsRef::as_ref).collect();
        sorted.sort_by_key(|p| std::cmp::Reverse(p.len()));
        sorted.dedup();
        if sorted.is_empty() {
            return PhraseSet {
                pattern: None,
                regex: OnceLock::new(),
                len: 0,
            };
        }
        let alternation: Vec<String> = sorted.iter().map(|p| phrase_pattern(p)).collect();
        // ASCII case folding and word boundaries (the lexicons are English) keep the
        // regex small to build and on its fast automaton for any text; the Unicode-aware
        // edge check below then rejects matches glued to letters of other scripts.
        let pattern = format!(r"(?i-u)\b(?:{})\b", alternation.join("|"));
        PhraseSet {
            pattern: Some(pattern),
            regex: OnceLock::new(),
            len: sorted.len(),
        }
    }

    /// Compile now, reporting a set too large to compile (a lexicon loaded from a user
    /// folder is checked this way, so its errors appear at load, not mid-batch).
    pub fn compile(&self) -> Result<(), regex::Error> {
        match &self.pattern {
            Some(pattern) => Regex::new(pattern).map(|_| ()),
            None => Ok(()),
        }
    }

    /// The regex, built on first use; `None` for an empty set (or one that cannot be
    /// built, which [`PhraseSet::compile`] reports at load).
    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| self.pattern.as_ref().and_then(|p| Regex::new(p).ok()))
            .as_ref()
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the set holds no phrase.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every match in `text`, as spans relative to `text`.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Span> + 't {
        self.regex()
            .into_iter()
            .flat_map(move |re| re.find_iter(text))
            .filter(move |m| is_word_edge(text, m.start(), m.end()))
            .map(|m| Span::new(m.start(), m.end()))
    }

    /// True when some phrase occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.find_iter(text).next().is_some()
    }
}

/// A phrase as a regex: literal text, with any run of spaces matching any whitespace (so a
/// phrase still matches when a bullet wraps onto the next line).
fn phrase_pattern(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s+")
}

/// A match must not start or end inside a word ("cut" must not match in "execute").
fn is_word_edge(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let glued = |outside: Option<char>, inside: Option<char>| matches!((outside, inside), (Some(o), Some(i)) if o.is_alphanumeric() && i.is_alphanumeric());
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
    fn does_not_match_inside_words() {
        let set = PhraseSet::new(&["cut", "many"]);
        assert!(found(&set, "executed germany plans").is_empty());
        assert_eq!(found(&set, "cut costs for many"), vec!["cut", "many"]);
    }

    #[test]
    fn spaces_match_line_breaks() {
        let set = PhraseSet::new(&["team player"]);
        assert_eq!(found(&set, "a team\n   player"), vec!["team\n   player"]);
    }

    #[test]
    fn hyphenated_phrases_match_literally() {
        let set = PhraseSet::new(&["hard-working"]);
        assert_eq!(found(&set, "Hard-working and kind"), vec!["Hard-working"]);
    }
}
