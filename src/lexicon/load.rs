//! Parsing and validating lexicon files into [`Lexicons`].

// Fx hashing: the keys are short words, and SipHash was a tenth of the run time.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use regex::Regex;
use serde::de::DeserializeOwned;
use toml::Spanned;

use super::files::*;
use super::word_key::WordKey;
use super::{
    english_stem, Background, Deferred, KindCues, LetterCues, Lexicons, NotMetricPattern,
    Numbering, PhraseSet, Principle, Principles, Quantities, Skill, Skills, StarCues, StemPhrases,
    StemVocabulary, StemWeights, Style, Vocabulary, VocabularyTerm, WeakOpener, EMBEDDED,
};
use crate::analyze::posting::PostingSection;
use crate::segment::LineIndex;
use crate::segment::SectionKind;

/// A lexicon that could not be loaded, with the file and line at fault.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {message}", .line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct LexiconError {
    /// The lexicon file.
    pub file: String,
    /// The 1-based line, where one applies.
    pub line: Option<usize>,
    /// What is wrong, as a sentence.
    pub message: String,
}

/// One lexicon file's name and text, for error messages.
struct Source {
    file: String,
    text: String,
    /// Compile every pattern and check its examples now (user lexicons).
    verify: bool,
}

impl Source {
    fn from_parts(file: &str, text: &str, verify: bool) -> Source {
        Source {
            file: file.to_owned(),
            text: text.to_owned(),
            verify,
        }
    }

    /// The display name and text, for a part built later (see [`Deferred`]).
    fn into_parts(self) -> (String, String) {
        (self.file, self.text)
    }

    fn error(&self, offset: Option<usize>, message: impl Into<String>) -> LexiconError {
        LexiconError {
            file: self.file.clone(),
            line: offset.map(|o| LineIndex::line_of(&self.text, o)),
            message: message.into(),
        }
    }

    fn parse<T: DeserializeOwned>(&self) -> Result<T, LexiconError> {
        toml::from_str(&self.text).map_err(|err| {
            let message = err.message().trim().to_owned();
            self.error(err.span().map(|s| s.start), message)
        })
    }

    /// Check that every term is usable: non-empty, trimmed, and lowercase where matching
    /// is case-insensitive.
    fn terms(&self, terms: &Terms, lowercase: bool) -> Result<Vec<String>, LexiconError> {
        terms
            .iter()
            .map(|term| self.term(term, lowercase))
            .collect()
    }

    fn term(&self, term: &Spanned<String>, lowercase: bool) -> Result<String, LexiconError> {
        let value = term.get_ref();
        let at = Some(term.span().start);
        if value.trim().is_empty() {
            return Err(self.error(at, "empty term"));
        }
        if value.trim() != value {
            return Err(self.error(at, format!("term {value:?} has surrounding whitespace")));
        }
        if lowercase && value.to_lowercase() != *value {
            return Err(self.error(at, format!("term {value:?} must be lowercase")));
        }
        Ok(value.clone())
    }
}

impl Source {
    /// A weighted cue: its text must be a usable lowercase term and its weight in (0, 10].
    fn cue(&self, cue: &WeightedCue) -> Result<(String, f64), LexiconError> {
        let text = self.term(&cue.text, true)?;
        let weight = *cue.weight.get_ref();
        if !(weight > 0.0 && weight <= 10.0) {
            return Err(self.error(
                Some(cue.weight.span().start),
                format!("weight {weight} of {text:?} must be above 0 and at most 10"),
            ));
        }
        Ok((text, weight))
    }
}

/// Refuse `.toml` files in a user lexicon folder that no analyzer reads: a misspelt file
/// name would otherwise be silently ignored.
pub(super) fn check_dir(dir: &Path) -> Result<(), LexiconError> {
    let entries = std::fs::read_dir(dir).map_err(|err| LexiconError {
        file: dir.display().to_string(),
        line: None,
        message: format!("cannot read lexicon folder: {err}"),
    })?;
    let nested = std::fs::read_dir(dir.join("principles"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| {
            (
                format!("principles/{}", e.file_name().to_string_lossy()),
                e.path(),
            )
        });
    let top = entries
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()));
    for (name, path) in top.chain(nested) {
        if name.ends_with(".toml") && !EMBEDDED.iter().any(|(file, _)| *file == name) {
            let known: Vec<&str> = EMBEDDED.iter().map(|(file, _)| *file).collect();
            return Err(LexiconError {
                file: path.display().to_string(),
                line: None,
                message: format!("unknown lexicon file; expected one of {}", known.join(", ")),
            });
        }
    }
    Ok(())
}

/// Build every lexicon, getting each file's (display name, text) from `read`.
/// With `verify`, every pattern and phrase set is compiled and every pattern example
/// checked now, so a user's lexicon fails at load with file and line; without it (the
/// embedded lexicons, verified by the tests) they compile on first use.
pub(super) fn build(
    verify: bool,
    vocabulary: &Vocabulary,
    read: impl Fn(&str) -> Result<(String, String), LexiconError>,
) -> Result<Lexicons, LexiconError> {
    let open = |name: &str| -> Result<Source, LexiconError> {
        let (file, text) = read(name)?;
        Ok(Source { file, text, verify })
    };

    let src = open("action_verbs.toml")?;
    let verbs: ActionVerbsFile = src.parse()?;
    let mut action_verbs = HashMap::default();
    for category in &verbs.category {
        let name = src.term(&category.name, true)?;
        for verb in &category.verbs {
            let word = src.term(verb, true)?;
            let stem = english_stem(&word).into_owned();
            if let Some(other) = action_verbs.insert(stem.clone(), name.clone()) {
                if other != name {
                    return Err(src.error(
                        Some(verb.span().start),
                        format!("verb {word:?} (stem {stem:?}) is already in category {other:?}"),
                    ));
                }
            }
        }
    }
    for verb in &vocabulary.action_verbs {
        let word = vocabulary.term(verb)?;
        action_verbs
            .entry(english_stem(&word).into_owned())
            .or_insert_with(|| EXTRA_VERBS.to_owned());
    }
    let allowed = |term: &str| {
        vocabulary
            .allow
            .iter()
            .any(|a| a.text.to_lowercase() == term)
    };

    let src = open("weak_openers.toml")?;
    let openers: WeakOpenersFile = src.parse()?;
    let mut weak_openers = Vec::new();
    for entry in &openers.opener {
        if allowed(entry.text.get_ref()) {
            continue;
        }
        weak_openers.push(WeakOpener {
            text: src.term(&entry.text, true)?,
            instead: src.term(&entry.instead, false)?,
        });
    }
    weak_openers.sort_by_key(|o| std::cmp::Reverse(o.text.len()));
    let texts: Vec<&str> = weak_openers.iter().map(|o| o.text.as_str()).collect();
    let weak_opener_phrases = PhraseSet::new(&texts);
    if src.verify {
        weak_opener_phrases
            .compile()
            .map_err(|err| src.error(None, format!("cannot compile phrases: {err}")))?;
    }

    let buzzwords = phrase_file(&open("buzzwords.toml")?, &allowed)?;
    let vague_amounts = phrase_file(&open("vague_amounts.toml")?, &allowed)?;

    let src = open("quantities.toml")?;
    let q: QuantitiesFile = src.parse()?;
    let set = |terms: &Terms| -> Result<HashSet<String>, LexiconError> {
        Ok(src.terms(terms, true)?.into_iter().collect())
    };
    let quantities = Quantities {
        number_words: set(&q.number_words)?,
        magnitude_words: set(&q.magnitude_words)?,
        scale_words: set(&q.scale_words)?,
        ratios: phrases(&src, &q.ratio_phrases)?,
        ranks: phrases(&src, &q.rank_phrases)?,
        time_units: set(&q.time_units)?,
        currency_words: set(&q.currency_words)?,
        glued_units: set(&q.glued_units)?,
        label_words: set(&q.label_words)?,
        versioned_names: set(&q.versioned_names)?,
        ambiguous_tokens: src.terms(&q.ambiguous_tokens, false)?.into_iter().collect(),
        name_compounds: phrases(&src, &q.name_compounds)?,
        outcome_stems: src
            .terms(&q.outcome_words, true)?
            .iter()
            .map(|w| english_stem(w).into_owned())
            .collect(),
    };

    let src = open("not_metrics.toml")?;
    let patterns: NotMetricsFile = src.parse()?;
    let mut not_metrics = Vec::new();
    for entry in &patterns.pattern {
        let name = src.term(&entry.name, true)?;
        if src.verify {
            let regex = compile(&src, Some(entry.regex.span().start), entry.regex.get_ref())?;
            check_examples(&src, &name, &regex, entry)?;
        }
        not_metrics.push(NotMetricPattern {
            name,
            pattern: ascii_classes(entry.regex.get_ref()),
            compiled: std::sync::OnceLock::new(),
        });
    }
    let alternation: Vec<String> = patterns
        .pattern
        .iter()
        .map(|p| format!("(?:{})", p.regex.get_ref()))
        .collect();
    let not_metrics_any = compile(&src, None, &alternation.join("|"))?;

    let src = open("sections.toml")?;
    let file: SectionsFile = src.parse()?;
    let sections = keyword_table(&src, &file.section, "section", SectionKind::from_name)?;
    let posting_sections = keyword_table(
        &src,
        &file.posting_section,
        "posting section",
        PostingSection::from_name,
    )?;

    let src = open("document_kinds.toml")?;
    let file: KindsFile = src.parse()?;
    let kinds = KindCues {
        salutations: phrases(&src, &file.salutations)?,
        closings: phrases(&src, &file.closings)?,
        job_description: phrases(&src, &file.job_description)?,
        story: phrases(&src, &file.story)?,
    };

    let src = open("style.toml")?;
    let file: StyleFile = src.parse()?;
    let set = |terms: &Terms| -> Result<HashSet<String>, LexiconError> {
        Ok(src.terms(terms, true)?.into_iter().collect())
    };
    let style = Style {
        be_verbs: set(&file.be_verbs)?,
        irregular_participles: set(&file.irregular_participles)?,
        not_passive: set(&file.not_passive)?,
        first_person: set(&file.first_person)?,
        stop_words: set(&file.stop_words)?,
    };

    let src = open("abbreviations.toml")?;
    let file: TermsFile = src.parse()?;
    let abbreviations = src.terms(&file.terms, true)?.into_iter().collect();

    let star = Deferred::new(open("star.toml")?.into_parts());
    let principles = Deferred::new(open("principles/amazon.toml")?.into_parts());
    if verify {
        // A user's files fail now, with file and line, rather than at the first story.
        star.init(star_cues(star.source(), verify)?);
    }
    if verify || !vocabulary.principles.is_empty() {
        // So does extra principle evidence from a configuration file, which the pack
        // built on first use would not know of.
        principles.init(principles_pack(
            principles.source(),
            &style.stop_words,
            vocabulary,
            verify,
        )?);
    }

    let src = open("skills.toml")?;
    let file: SkillsFile = src.parse()?;
    let mut skills = Skills::new(|w| english_stem(w).into_owned());
    for group in &file.group {
        let group_name = src.term(&group.name, true)?;
        for entry in &group.skills {
            let name = src.term(&entry.name, false)?;
            if skills
                .list
                .iter()
                .any(|s| s.name.eq_ignore_ascii_case(&name))
            {
                return Err(src.error(
                    Some(entry.name.span().start),
                    format!("skill {name:?} is listed twice"),
                ));
            }
            let aliases = src.terms(&entry.aliases, true)?;
            let skill = Skill {
                name,
                group: group_name.clone(),
            };
            skills.push(skill, entry.cased, &aliases);
        }
    }
    for (index, entry) in file.group.iter().flat_map(|g| &g.skills).enumerate() {
        for name in &entry.implies {
            let Some(broader) = skills
                .list
                .iter()
                .position(|s| s.name.eq_ignore_ascii_case(name.get_ref()))
            else {
                return Err(src.error(
                    Some(name.span().start),
                    format!("implied skill {:?} is not in the file", name.get_ref()),
                ));
            };
            skills.add_implied(index, broader);
        }
    }

    let src = open("background.toml")?;
    let file: BackgroundFile = src.parse()?;
    let background = Background {
        common: src
            .terms(&file.common, true)?
            .iter()
            .map(|w| english_stem(w).into_owned())
            .collect(),
        boilerplate_cues: phrases(&src, &file.boilerplate_cues)?,
        requirement_cues: phrases(&src, &file.requirement_cues)?,
        name_heads: src
            .terms(&file.name_heads, true)?
            .iter()
            .map(|w| english_stem(w).into_owned())
            .collect(),
    };

    let src = open("cover_letters.toml")?;
    let file: CoverLettersFile = src.parse()?;
    let letters = LetterCues {
        generic_phrases: phrases(&src, &file.generic_phrases)?,
        target_cues: src.terms(&file.target_cues, true)?.into_iter().collect(),
        role_words: src.terms(&file.role_words, true)?.into_iter().collect(),
    };

    /// The last [`Lexicons`] id handed out.
    static LAST_ID: AtomicU64 = AtomicU64::new(0);
    let mut lex = Lexicons {
        id: LAST_ID.fetch_add(1, Ordering::Relaxed) + 1,
        number_facts: HashMap::default(),
        section_keywords: section_keywords(&sections),
        phrase_index: OnceLock::new(),
        phrase_index_with_names: OnceLock::new(),
        star,
        principles,
        posting_sections,
        skills,
        background,
        letters,
        action_verbs,
        weak_openers,
        weak_opener_phrases,
        buzzwords,
        vague_amounts,
        quantities,
        not_metrics,
        not_metrics_any,
        sections,
        kinds,
        style,
        abbreviations,
    };
    lex.number_facts = super::word_forms::number_facts(&lex);
    Ok(lex)
}

/// Each section keyword, with the index of the first section in `sections` that lists it.
fn section_keywords(sections: &[(SectionKind, Vec<String>)]) -> HashMap<WordKey, usize> {
    let mut first = HashMap::default();
    for (i, (_, keywords)) in sections.iter().enumerate() {
        for keyword in keywords {
            first.entry(WordKey::new(keyword)).or_insert(i);
        }
    }
    first
}

/// `stem`, remembering the stem of every word it was asked for: the phrases of a lexicon
/// repeat the same few hundred words ("i", "the", "customer"), and stemming each occurrence
/// again was most of the time spent building the STAR cues and the principles pack.
fn memoized(stem: &dyn Fn(&str) -> String) -> impl Fn(&str) -> String + '_ {
    let seen: RefCell<HashMap<String, String>> = RefCell::default();
    move |word| {
        if let Some(known) = seen.borrow().get(word) {
            return known.clone();
        }
        let stemmed = stem(word);
        seen.borrow_mut().insert(word.to_owned(), stemmed.clone());
        stemmed
    }
}

/// Heading kinds with their keywords as stems, in file order; `what` names the kind in
/// errors ("unknown section kind").
fn keyword_table<K>(
    src: &Source,
    entries: &[SectionEntry],
    what: &str,
    from_name: fn(&str) -> Option<K>,
) -> Result<Vec<(K, Vec<String>)>, LexiconError> {
    entries
        .iter()
        .map(|entry| {
            let kind = from_name(entry.kind.get_ref()).ok_or_else(|| {
                src.error(
                    Some(entry.kind.span().start),
                    format!("unknown {what} kind {:?}", entry.kind.get_ref()),
                )
            })?;
            let keywords = src
                .terms(&entry.keywords, true)?
                .iter()
                .map(|w| english_stem(w).into_owned())
                .collect();
            Ok((kind, keywords))
        })
        .collect()
}

/// The STAR cues of `star.toml`, given as (display name, text).
pub(super) fn star_cues(
    (file, text): (&str, &str),
    verify: bool,
) -> Result<StarCues, LexiconError> {
    let src = Source::from_parts(file, text, verify);
    let file: StarFile = src.parse()?;
    let stem = &memoized(&|w| english_stem(w).into_owned());
    let mut stems = StemVocabulary::cached(Numbering::StarCues);
    let mut cues = StemPhrases::default();
    for (owner, table) in [
        &file.situation,
        &file.task,
        &file.action,
        &file.result,
        &file.other,
    ]
    .into_iter()
    .enumerate()
    {
        for cue in &table.cues {
            let (text, weight) = src.cue(cue)?;
            cues.push(&mut stems, &text, weight, owner, stem);
        }
    }
    let mut reflection = StemPhrases::default();
    for term in src.terms(&file.reflection.terms, true)? {
        reflection.push(&mut stems, &term, 1.0, 0, stem);
    }
    let intent = src.terms(&file.intent.terms, true)?.into_iter().collect();
    Ok(StarCues {
        stems,
        cues,
        reflection,
        intent,
    })
}

/// A principles pack (`principles/amazon.toml`), given as (display name, text).
pub(super) fn principles_pack(
    (file, text): (&str, &str),
    stop_words: &HashSet<String>,
    vocabulary: &Vocabulary,
    verify: bool,
) -> Result<Principles, LexiconError> {
    let src = Source::from_parts(file, text, verify);
    let file: PrinciplesFile = src.parse()?;
    let stem = &memoized(&|w| english_stem(w).into_owned());
    let mut list = Vec::new();
    let mut stems = StemVocabulary::cached(Numbering::Principles);
    let mut evidence = StemPhrases::default();
    let mut name_owner = HashMap::default();
    for (owner, entry) in file.principle.iter().enumerate() {
        for name in src.terms(&entry.names, true)? {
            name_owner.insert(name.split_whitespace().collect::<Vec<_>>().join(" "), owner);
        }
        let id = src.term(&entry.id, true)?;
        if list.iter().any(|p: &Principle| *p.id == *id) {
            return Err(src.error(
                Some(entry.id.span().start),
                format!("principle {id:?} is listed twice"),
            ));
        }
        for cue in &entry.evidence {
            let (text, weight) = src.cue(cue)?;
            evidence.push(&mut stems, &text, weight, owner, stem);
        }
        list.push(Principle {
            id: id.into(),
            name: entry.name.as_str().into(),
            summary: entry.summary.trim().to_owned(),
            baseline: entry.baseline.max(0.0),
        });
    }
    for (id, terms) in &vocabulary.principles {
        let owner = list.iter().position(|p| *p.id == *id.text).ok_or_else(|| {
            vocabulary.error(id, format!("no principle {:?} in {}", id.text, src.file))
        })?;
        for term in terms {
            evidence.push(
                &mut stems,
                &vocabulary.term(term)?,
                EXTRA_EVIDENCE_WEIGHT,
                owner,
                stem,
            );
        }
    }
    let stem_weights = principle_stems(&list, &evidence, &file, stop_words, stem, &mut stems);
    let all_names: Vec<String> = name_owner.keys().cloned().collect();
    let names = PhraseSet::new(&all_names);
    if src.verify {
        names
            .compile()
            .map_err(|err| src.error(None, format!("cannot compile phrases: {err}")))?;
    }
    let keys = list
        .iter()
        .map(|p| [super::tag_key(&p.id), super::tag_key(&p.name)])
        .collect();
    Ok(Principles {
        list,
        stems,
        evidence,
        stem_weights,
        names,
        name_owner,
        keys,
    })
}

/// The category of action verbs a configuration adds.
const EXTRA_VERBS: &str = "configured";

/// Weight of an evidence phrase a configuration adds: a typical weight of the pack.
const EXTRA_EVIDENCE_WEIGHT: f64 = 2.0;

impl Vocabulary {
    fn error(&self, term: &VocabularyTerm, message: impl Into<String>) -> LexiconError {
        LexiconError {
            file: self.file.clone(),
            line: term.line,
            message: message.into(),
        }
    }

    /// A term as the lexicons hold it: trimmed, non-empty, lowercase.
    fn term(&self, term: &VocabularyTerm) -> Result<String, LexiconError> {
        let text = term.text.trim();
        if text.is_empty() {
            return Err(self.error(term, "empty term"));
        }
        Ok(text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase())
    }
}

/// Weight of a summary word, against an evidence phrase's own weight.
const SUMMARY_STEM_WEIGHT: f64 = 0.5;

/// Single-stem weights per principle: each evidence phrase lends its weight to its content
/// stems, each summary word a little; then a stem shared by many principles is discounted
/// (inverse document frequency), so "customer" or "team" cannot decide a story alone.
/// Indexed by the stems' numbers in `numbers`, which numbers the summaries' stems too.
fn principle_stems(
    list: &[Principle],
    evidence: &StemPhrases,
    file: &PrinciplesFile,
    stop_words: &HashSet<String>,
    stem: &dyn Fn(&str) -> String,
    numbers: &mut StemVocabulary,
) -> Vec<Option<StemWeights>> {
    let content = |s: &String| !stop_words.contains(s) && s.chars().count() > 2;
    let mut weights: HashMap<String, HashMap<usize, f64>> = HashMap::default();
    for phrase in &evidence.phrases {
        let stems: Vec<&String> = phrase.stems.iter().filter(|s| content(s)).collect();
        for s in &stems {
            let w = weights
                .entry((*s).clone())
                .or_default()
                .entry(phrase.owner)
                .or_default();
            // The strongest phrase using the stem sets its weight: summing would let a
            // principle with many variants of one word ("cut costs", "cost savings",
            // "server costs") win every story that mentions that word.
            *w = w.max(phrase.weight / stems.len() as f64);
        }
    }
    for (owner, entry) in file.principle.iter().enumerate() {
        for word in entry.summary.split(|c: char| !c.is_alphanumeric()) {
            let s = stem(&word.to_lowercase());
            if !s.is_empty() && !stop_words.contains(&word.to_lowercase()) && content(&s) {
                *weights.entry(s).or_default().entry(owner).or_default() += SUMMARY_STEM_WEIGHT;
            }
        }
    }
    let n = list.len().max(1) as f64;
    let mut stems: Vec<(String, Vec<(usize, f64)>)> = weights
        .into_iter()
        .map(|(s, by_principle)| {
            let idf = (n / by_principle.len() as f64).ln();
            let mut list: Vec<(usize, f64)> = by_principle
                .into_iter()
                .map(|(p, w)| (p, w * idf))
                .collect();
            list.sort_by_key(|(p, _)| *p);
            (s, list)
        })
        .filter(|(_, list)| list.iter().any(|(_, w)| *w > 0.0))
        .collect();
    stems.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut by_number = Vec::new();
    for (rank, (s, weights)) in stems.into_iter().enumerate() {
        let number = numbers.number(&s) as usize;
        if by_number.len() <= number {
            by_number.resize(number + 1, None);
        }
        let quoted = weights
            .iter()
            .filter(|(_, w)| *w >= super::QUOTED_STEM_WEIGHT)
            .map(|&(p, _)| p)
            .collect();
        by_number[number] = Some(StemWeights {
            rank,
            weights,
            quoted,
        });
    }
    by_number
}

/// A file of phrases, less those the user allows.
fn phrase_file(src: &Source, allowed: &dyn Fn(&str) -> bool) -> Result<PhraseSet, LexiconError> {
    let mut file: TermsFile = src.parse()?;
    file.terms.retain(|t| !allowed(t.get_ref()));
    phrases(src, &file.terms)
}

fn phrases(src: &Source, terms: &Terms) -> Result<PhraseSet, LexiconError> {
    let set = PhraseSet::new(&src.terms(terms, true)?);
    if src.verify {
        set.compile()
            .map_err(|err| src.error(None, format!("cannot compile phrases: {err}")))?;
    }
    Ok(set)
}

fn compile(src: &Source, at: Option<usize>, pattern: &str) -> Result<Regex, LexiconError> {
    Regex::new(&ascii_classes(pattern))
        .map_err(|err| src.error(at, format!("invalid pattern: {err}")))
}

/// `\b`, `\B`, `\d`, `\D`, `\w` and `\W` in lexicon patterns are ASCII classes. Unicode word
/// boundaries would push the regex engine off its fast automaton whenever a text holds a
/// non-ASCII character (an en dash, a curly quote, Korean), and Unicode digit and word
/// classes make the patterns several times slower to compile (the largest part of the
/// start-up time); the patterns are about digits and ASCII words anyway. (A class
/// written inside brackets, `[\d.]`, becomes a nested class, which the syntax allows.)
fn ascii_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str("(?-u:\\b)"),
            Some('B') => out.push_str("(?-u:\\B)"),
            Some('d') => out.push_str("[0-9]"),
            Some('D') => out.push_str("[^0-9]"),
            Some('w') => out.push_str("[0-9A-Za-z_]"),
            Some('W') => out.push_str("[^0-9A-Za-z_]"),
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A pattern's `matches` must each be matched whole, and its `rejects` not at all, so the
/// examples written beside a pattern stay true.
fn check_examples(
    src: &Source,
    name: &str,
    regex: &Regex,
    entry: &PatternEntry,
) -> Result<(), LexiconError> {
    for example in &entry.matches {
        let text = example.get_ref();
        let whole = regex
            .find_iter(text)
            .any(|m| m.start() == 0 && m.end() == text.len());
        if !whole {
            return Err(src.error(
                Some(example.span().start),
                format!("pattern {name:?} does not match all of its example {text:?}"),
            ));
        }
    }
    for example in &entry.rejects {
        let text = example.get_ref();
        if let Some(m) = regex.find(text) {
            return Err(src.error(
                Some(example.span().start),
                format!(
                    "pattern {name:?} matches {:?} in its counter-example {text:?}",
                    m.as_str()
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_override(name: &'static str, text: &'static str) -> Result<Lexicons, LexiconError> {
        build(true, &Vocabulary::default(), move |file| {
            let body = if file == name {
                text
            } else {
                EMBEDDED
                    .iter()
                    .find(|(f, _)| *f == file)
                    .map_or("", |(_, t)| t)
            };
            Ok((format!("lexicons/{file}"), body.to_owned()))
        })
    }

    #[test]
    fn classes_become_ascii_and_escapes_survive() {
        assert_eq!(ascii_classes(r"\bQ[1-4]\B"), r"(?-u:\b)Q[1-4](?-u:\B)");
        assert_eq!(
            ascii_classes(r"a\\b\d[\w.]\s"),
            r"a\\b[0-9][[0-9A-Za-z_].]\s"
        );
        let regex = Regex::new(&ascii_classes(r"^[\w.]+\d\D$")).unwrap();
        assert!(regex.is_match("a.b3x"));
        assert!(!regex.is_match("é3x"));
    }

    #[test]
    fn embedded_lexicons_pass_the_checks_user_lexicons_get() {
        let lex = build(true, &Vocabulary::default(), |name| {
            let text = EMBEDDED
                .iter()
                .find(|(f, _)| *f == name)
                .map_or("", |(_, t)| t);
            Ok((format!("lexicons/{name}"), text.to_owned()))
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(lex.not_metrics.iter().all(|p| p.regex().is_some()));
    }

    fn term(text: &str, line: usize) -> VocabularyTerm {
        VocabularyTerm {
            text: text.to_owned(),
            line: Some(line),
        }
    }

    fn with_vocabulary(vocabulary: Vocabulary) -> Result<Lexicons, LexiconError> {
        Lexicons::load(&super::super::LexiconSource {
            vocabulary,
            ..Default::default()
        })
    }

    #[test]
    fn vocabulary_adds_verbs_and_evidence_and_allows_words() {
        let plain = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        assert!(!plain
            .action_verbs
            .contains_key(plain.stem("dockerized").as_ref()));
        let lex = with_vocabulary(Vocabulary {
            file: "starcheck.toml".into(),
            action_verbs: vec![term("Dockerized", 3)],
            allow: vec![term("synergy", 4)],
            principles: vec![(term("frugality", 6), vec![term("reused spare parts", 6)])],
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(lex
            .action_verbs
            .contains_key(lex.stem("dockerized").as_ref()));
        assert!(plain.buzzwords.is_match("pure synergy"));
        assert!(!lex.buzzwords.is_match("pure synergy"));
        assert!(lex.buzzwords.is_match("a team player"));
        let frugality = lex.principles().find("frugality").unwrap_or(usize::MAX);
        assert!(
            lex.principles().evidence.phrases.len() > plain.principles().evidence.phrases.len()
        );
        assert_eq!(
            lex.principles().evidence.phrases.last().map(|p| p.owner),
            Some(frugality)
        );
    }

    #[test]
    fn vocabulary_for_an_unknown_principle_names_file_and_line() {
        let err = with_vocabulary(Vocabulary {
            file: "drafts/starcheck.toml".into(),
            principles: vec![(term("thrift", 9), vec![term("saved money", 9)])],
            ..Vocabulary::default()
        })
        .err()
        .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("drafts/starcheck.toml:9: no principle \"thrift\" in lexicons/principles/amazon.toml")
        );
    }

    #[test]
    fn memoized_stems_each_word_once() {
        let calls = std::cell::Cell::new(0);
        let stem = |w: &str| {
            calls.set(calls.get() + 1);
            w.trim_end_matches('s').to_owned()
        };
        let memo = memoized(&stem);
        let stems: Vec<String> = ["customers", "trust", "customers", "trust"]
            .iter()
            .map(|w| memo(w))
            .collect();
        assert_eq!(stems, ["customer", "trust", "customer", "trust"]);
        assert_eq!(calls.get(), 2);
    }

    #[test]
    fn embedded_lexicons_load() {
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        assert!(lex.action_verbs.len() >= 300);
    }

    #[test]
    fn unknown_field_names_file_and_line() {
        let err = with_override("buzzwords.toml", "# c\nterms = [\"synergy\"]\nterm = 1\n")
            .map(|_| ())
            .unwrap_err();
        assert_eq!(err.file, "lexicons/buzzwords.toml");
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("unknown field"), "{}", err.message);
    }

    #[test]
    fn uppercase_term_is_refused_with_its_line() {
        let err = with_override(
            "buzzwords.toml",
            "terms = [\n  \"synergy\",\n  \"Guru\",\n]\n",
        )
        .map(|_| ())
        .unwrap_err();
        assert_eq!(err.line, Some(3));
        assert_eq!(err.message, "term \"Guru\" must be lowercase");
    }

    #[test]
    fn pattern_example_that_fails_is_refused() {
        let text = "[[pattern]]\nname = \"year\"\nregex = '\\b20\\d\\d\\b'\nmatches = [\"1999\"]\n";
        let err = with_override("not_metrics.toml", text)
            .map(|_| ())
            .unwrap_err();
        assert_eq!(err.line, Some(4));
        assert!(err.message.contains("does not match"), "{}", err.message);
    }

    #[test]
    fn unknown_implied_skill_names_its_line() {
        let text = "[[group]]\nname = \"cloud\"\nskills = [\n  { name = \"EC2\", aliases = [], implies = [\"AWZ\"] },\n]\n";
        let err = with_override("skills.toml", text).map(|_| ()).unwrap_err();
        assert_eq!(err.file, "lexicons/skills.toml");
        assert_eq!(err.line, Some(4));
        assert!(err.message.contains("AWZ"), "{}", err.message);
    }

    #[test]
    fn skill_listed_twice_is_refused() {
        let text = "[[group]]\nname = \"cloud\"\nskills = [\n  { name = \"EC2\", aliases = [] },\n  { name = \"ec2\", aliases = [] },\n]\n";
        let err = with_override("skills.toml", text).map(|_| ()).unwrap_err();
        assert_eq!(err.line, Some(5));
    }

    #[test]
    fn invalid_regex_is_refused() {
        let text = "[[pattern]]\nname = \"bad\"\nregex = '(unclosed'\nmatches = []\n";
        let err = with_override("not_metrics.toml", text)
            .map(|_| ())
            .unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(
            err.message.starts_with("invalid pattern"),
            "{}",
            err.message
        );
    }
}
