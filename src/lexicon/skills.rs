//! Skills and the tokens they are matched on.
//!
//! A posting asks for "C++", "Node.js", "CI/CD" or "Amazon S3", spellings that Unicode word
//! boundaries take apart ("C++" would be "C", the same word as the language C). Skill
//! matching therefore reads its own tokens: runs of letters, digits and `+ # . '`, with a
//! trailing period and a possessive "'s" trimmed. A token made of letters only is compared
//! by English stem ("databases" matches "database"); any other token as written, lowercased
//! ("c++", "ec2", "node.js"). Lexicon names and aliases go through the same function when
//! they are loaded, so both sides always agree.

// Fx hashing: the keys are short words, and SipHash was a tenth of the run time.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use crate::segment::Span;

/// A token of technical text: its span and its normalised form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TechToken {
    /// Where it is, relative to the text tokenized.
    pub span: Span,
    /// Lowercase stem for a word of letters; the lowercase token otherwise.
    pub norm: String,
}

/// The tokens of `text`; `stem` stems a lowercase word of letters.
pub fn tech_tokens(text: &str, stem: &dyn Fn(&str) -> String) -> Vec<TechToken> {
    let is_part = |c: char| c.is_alphanumeric() || matches!(c, '+' | '#' | '.' | '\'' | '’');
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_part(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            if !is_part(next) {
                break;
            }
            end = i + next.len_utf8();
            chars.next();
        }
        if let Some(span) = trim_token(text, start, end) {
            let raw = span.slice(text);
            let lower = raw.to_lowercase();
            let norm = if lower.chars().all(char::is_alphabetic) {
                stem(&lower)
            } else {
                lower
            };
            out.push(TechToken { span, norm });
        }
    }
    out
}

/// Trim punctuation that belongs to the sentence, not the token: leading `+ # ' .` (but
/// not the dot of ".NET"), trailing `. ' ’`, and a possessive "'s".
fn trim_token(text: &str, mut start: usize, mut end: usize) -> Option<Span> {
    loop {
        let token = &text[start..end];
        let first = token.chars().next()?;
        let second = token.chars().nth(1);
        let dot_name = first == '.' && second.is_some_and(char::is_alphabetic);
        if matches!(first, '+' | '#' | '.' | '\'' | '’') && !dot_name {
            start += first.len_utf8();
            continue;
        }
        let last = token.chars().next_back()?;
        if matches!(last, '.' | '\'' | '’') {
            end -= last.len_utf8();
            continue;
        }
        let possessive = ["'s", "'S", "’s", "’S"]
            .iter()
            .find(|p| token.len() > p.len() && token.ends_with(**p));
        if let Some(p) = possessive {
            end -= p.len();
            continue;
        }
        break;
    }
    let token = &text[start..end];
    token
        .chars()
        .any(char::is_alphanumeric)
        .then_some(Span::new(start, end))
}

/// A skill of the skills lexicon.
#[derive(Clone, Debug)]
pub struct Skill {
    /// The name shown in reports ("EC2").
    pub name: String,
    /// The group it belongs to ("cloud").
    pub group: String,
}

/// A skill found in a run of tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillMatch {
    /// Index into [`Skills::list`].
    pub skill: usize,
    /// The tokens matched, as indices into the slice searched.
    pub tokens: Range<usize>,
    /// Whether it matched a name that is also a common word or a letter ("Go", "R",
    /// "Java"), by its case alone: the caller may want a technical context too.
    pub cased: bool,
}

/// First norm → (skill, all norms of the spelling), longest spelling first.
type SpellingIndex = HashMap<String, Vec<(usize, Vec<String>)>>;

/// The skills lexicon, compiled: every spelling of every skill as a sequence of token
/// norms, indexed by its first one.
#[derive(Clone, Debug)]
pub struct Skills {
    /// The skills, in file order.
    pub list: Vec<Skill>,
    /// Stems a lowercase word, for the norms of the spellings.
    stem: fn(&str) -> String,
    /// The spellings matched by their norms, as (skill, text), in the order they were added.
    spelled: Vec<(usize, String)>,
    /// The spellings by their first norm, built on first use: only postings and cover
    /// letters look for skills, and stemming every spelling was a twentieth of the
    /// start-up of a check on one resume.
    by_first: OnceLock<SpellingIndex>,
    /// Names matched only as written ("Go", "R") → skill.
    cased: HashMap<String, usize>,
    /// Skill → the broader skills it shows (PostgreSQL → SQL).
    implies: HashMap<usize, Vec<usize>>,
    /// Skill → its spellings as written, lowercase (name and aliases).
    spellings: HashMap<usize, Vec<String>>,
}

impl Skills {
    /// No skills yet; `stem` stems a lowercase word of letters, as for [`tech_tokens`].
    pub(super) fn new(stem: fn(&str) -> String) -> Skills {
        Skills {
            list: Vec::new(),
            stem,
            spelled: Vec::new(),
            by_first: OnceLock::new(),
            cased: HashMap::default(),
            implies: HashMap::default(),
            spellings: HashMap::default(),
        }
    }

    /// Add a skill with its spellings.
    pub(super) fn push(&mut self, skill: Skill, cased: bool, aliases: &[String]) {
        let index = self.list.len();
        let spellings = self.spellings.entry(index).or_default();
        spellings.push(skill.name.to_lowercase());
        spellings.extend(aliases.iter().map(|a| a.to_lowercase()));
        if cased {
            self.cased.insert(skill.name.clone(), index);
        } else {
            self.spelled.push((index, skill.name.clone()));
        }
        for alias in aliases {
            self.spelled.push((index, alias.clone()));
        }
        self.list.push(skill);
    }

    /// The index of the spellings matched by their norms.
    fn by_first(&self) -> &SpellingIndex {
        self.by_first.get_or_init(|| {
            let mut by_first = SpellingIndex::default();
            for (index, text) in &self.spelled {
                let norms: Vec<String> = tech_tokens(text, &self.stem)
                    .into_iter()
                    .map(|t| t.norm)
                    .collect();
                let Some(first) = norms.first().cloned() else {
                    continue;
                };
                let entry = by_first.entry(first).or_default();
                if !entry.iter().any(|(i, n)| i == index && *n == norms) {
                    entry.push((*index, norms));
                    entry.sort_by_key(|(_, n)| std::cmp::Reverse(n.len()));
                }
            }
            by_first
        })
    }

    /// Whether `word` is one of the spellings of `skill` as written (ignoring case), not an
    /// inflection of one: "Python" and "postgres" are, "pythons" is not.
    pub fn is_spelling(&self, skill: usize, word: &str) -> bool {
        let word = word.to_lowercase();
        self.spellings
            .get(&skill)
            .is_some_and(|s| s.contains(&word))
    }

    /// Record that showing skill `narrow` shows `broader` too.
    pub(super) fn add_implied(&mut self, narrow: usize, broader: usize) {
        let list = self.implies.entry(narrow).or_default();
        if !list.contains(&broader) && narrow != broader {
            list.push(broader);
        }
    }

    /// The given skills and every skill they imply, directly or through another.
    pub fn with_implied(&self, skills: impl IntoIterator<Item = usize>) -> HashSet<usize> {
        let mut out: HashSet<usize> = HashSet::default();
        let mut todo: Vec<usize> = skills.into_iter().collect();
        while let Some(skill) = todo.pop() {
            if out.insert(skill) {
                todo.extend(self.implies.get(&skill).into_iter().flatten());
            }
        }
        out
    }

    /// Every skill in `tokens` (of `text`, which their spans index), longest spelling
    /// first and without overlaps.
    pub fn find(&self, text: &str, tokens: &[TechToken]) -> Vec<SkillMatch> {
        let by_first = self.by_first();
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let longest = by_first.get(&tokens[i].norm).and_then(|spellings| {
                spellings.iter().find(|(_, norms)| {
                    let end = i + norms.len();
                    end <= tokens.len()
                        && tokens[i..end].iter().zip(norms).all(|(t, n)| t.norm == *n)
                })
            });
            if let Some((skill, norms)) = longest {
                found.push(SkillMatch {
                    skill: *skill,
                    tokens: i..i + norms.len(),
                    cased: false,
                });
                i += norms.len();
                continue;
            }
            if let Some(&skill) = self.cased.get(tokens[i].span.slice(text)) {
                found.push(SkillMatch {
                    skill,
                    tokens: i..i + 1,
                    cased: true,
                });
            }
            i += 1;
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        let stem = |w: &str| w.trim_end_matches('s').to_owned();
        tech_tokens(text, &stem)
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn technical_spellings_stay_whole() {
        assert_eq!(norms("C++, C# and .NET."), vec!["c++", "c#", "and", ".net"]);
        assert_eq!(norms("Node.js (CI/CD)"), vec!["node.js", "ci", "cd"]);
        assert_eq!(
            norms("Bachelor's, Amazon’s S3."),
            vec!["bachelor", "amazon", "s3"]
        );
    }

    #[test]
    fn punctuation_alone_is_no_token() {
        assert!(norms("... + # ' -- ").is_empty());
        assert_eq!(norms("'quoted'"), vec!["quoted"]);
    }

    #[test]
    fn longest_spelling_wins_and_cased_names_need_their_case() {
        let stem = |w: &str| w.to_owned();
        let mut skills = Skills::new(stem);
        let skill = |name: &str| Skill {
            name: name.to_owned(),
            group: "g".to_owned(),
        };
        skills.push(skill("AWS"), false, &["amazon web services".to_owned()]);
        skills.push(skill("web services"), false, &[]);
        skills.push(skill("Go"), true, &["golang".to_owned()]);
        let text = "Amazon Web Services in Go; go home; golang";
        let tokens = tech_tokens(text, &stem);
        let found: Vec<&str> = skills
            .find(text, &tokens)
            .iter()
            .map(|m| skills.list[m.skill].name.as_str())
            .collect();
        assert_eq!(found, vec!["AWS", "Go", "Go"]);
    }
}
