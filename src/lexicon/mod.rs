//! Lexicons: the word lists and patterns the analyzers match against.
//!
//! Lexicons are data, not code. Each one is a TOML file under `lexicons/`, embedded in the
//! binary at build time so it works anywhere, and replaceable file by file with
//! `--lexicons DIR`. A lexicon is input like any other: it is parsed with unknown fields
//! denied, then validated (terms non-empty and trimmed, patterns compiling and agreeing
//! with their own `matches`/`rejects` examples), and every problem names the file and line.
//!
//! Loading compiles everything once (stems, phrase regexes), so analysis never re-reads
//! or re-stems a lexicon.

mod files;
mod load;
mod phrase_index;
mod phrases;
mod skills;
mod stems;
mod word_forms;
mod word_key;

// Fx hashing: the keys are short words, and SipHash was a tenth of the run time.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::OnceLock;

use regex::Regex;

pub use load::LexiconError;
pub use phrase_index::{PhraseHits, PhraseIndex, PhraseList};
pub(crate) use phrases::needs_folding;
pub use phrases::PhraseSet;
pub use skills::{tech_tokens, Skill, SkillMatch, Skills, TechToken};
pub use stems::{Numbering, StemId, StemMatch, StemPhrase, StemPhrases, StemVocabulary, NO_STEM};
pub(crate) use word_forms::WordCache;
pub use word_forms::{WordFacts, WordForms};

use crate::analyze::posting::PostingSection;
use crate::segment::SectionKind;

/// Every lexicon file the analyzers use, with its embedded default text.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "abbreviations.toml",
        include_str!("../../lexicons/abbreviations.toml"),
    ),
    (
        "action_verbs.toml",
        include_str!("../../lexicons/action_verbs.toml"),
    ),
    (
        "background.toml",
        include_str!("../../lexicons/background.toml"),
    ),
    (
        "buzzwords.toml",
        include_str!("../../lexicons/buzzwords.toml"),
    ),
    (
        "cover_letters.toml",
        include_str!("../../lexicons/cover_letters.toml"),
    ),
    (
        "document_kinds.toml",
        include_str!("../../lexicons/document_kinds.toml"),
    ),
    (
        "not_metrics.toml",
        include_str!("../../lexicons/not_metrics.toml"),
    ),
    (
        "quantities.toml",
        include_str!("../../lexicons/quantities.toml"),
    ),
    (
        "principles/amazon.toml",
        include_str!("../../lexicons/principles/amazon.toml"),
    ),
    (
        "sections.toml",
        include_str!("../../lexicons/sections.toml"),
    ),
    ("skills.toml", include_str!("../../lexicons/skills.toml")),
    ("star.toml", include_str!("../../lexicons/star.toml")),
    ("style.toml", include_str!("../../lexicons/style.toml")),
    (
        "vague_amounts.toml",
        include_str!("../../lexicons/vague_amounts.toml"),
    ),
    (
        "weak_openers.toml",
        include_str!("../../lexicons/weak_openers.toml"),
    ),
];

/// The lexicon file of the principles pack, which a configuration may replace.
const PRINCIPLES_FILE: &str = "principles/amazon.toml";

/// Where lexicons come from, besides the embedded ones.
#[derive(Clone, Debug, Default)]
pub struct LexiconSource {
    /// A folder whose files replace the embedded files of the same name.
    pub dir: Option<std::path::PathBuf>,
    /// A principles pack file (the format of `principles/amazon.toml`).
    pub principles: Option<std::path::PathBuf>,
    /// Words added to, or taken from, the lexicons.
    pub vocabulary: Vocabulary,
}

/// Extra vocabulary merged into the lexicons, as a configuration file gives it.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    /// The file it comes from, for errors.
    pub file: String,
    /// More action verbs (B002 accepts them as openers).
    pub action_verbs: Vec<VocabularyTerm>,
    /// Phrases never flagged as buzzwords, vague amounts or weak openers.
    pub allow: Vec<VocabularyTerm>,
    /// More evidence phrases, by principle id.
    pub principles: Vec<(VocabularyTerm, Vec<VocabularyTerm>)>,
}

/// One term of a [`Vocabulary`], with its line for errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VocabularyTerm {
    /// The term.
    pub text: String,
    /// Its 1-based line in [`Vocabulary::file`], if known.
    pub line: Option<usize>,
}

/// A weak way to open a bullet, with the advice shown when it is found.
#[derive(Clone, Debug)]
pub struct WeakOpener {
    /// The phrase, lowercase.
    pub text: String,
    /// One sentence of advice.
    pub instead: String,
}

/// A named pattern for numbers that are not metrics (dates, versions, phone numbers, …).
#[derive(Clone, Debug)]
pub struct NotMetricPattern {
    /// Short kebab-case name, shown when explaining why a number was not counted.
    pub name: String,
    /// The pattern, with ASCII word boundaries.
    pub pattern: String,
    /// The compiled pattern, built on first use (the detector scans with
    /// [`Lexicons::not_metrics_any`]; single patterns serve `--anonymize`).
    compiled: std::sync::OnceLock<Option<Regex>>,
}

impl NotMetricPattern {
    /// The compiled pattern; `None` only if it cannot compile, which loading a user's
    /// lexicon reports as an error.
    pub fn regex(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| Regex::new(&self.pattern).ok())
            .as_ref()
    }
}

/// Word lists of the quantification detector (see `lexicons/quantities.toml`).
#[derive(Clone, Debug)]
pub struct Quantities {
    /// Cardinal number words ("two", "twenty", "hundred").
    pub number_words: HashSet<String>,
    /// Words that scale a preceding number ("million", "dozen").
    pub magnitude_words: HashSet<String>,
    /// Plural magnitudes that make a scale phrase with "of" ("thousands of").
    pub scale_words: HashSet<String>,
    /// Change words and phrases that state a ratio without digits ("doubled", "cut in half").
    pub ratios: PhraseSet,
    /// Placement words and phrases ("finalist", "first place").
    pub ranks: PhraseSet,
    /// Units of time ("weeks", "hrs").
    pub time_units: HashSet<String>,
    /// Currency names and codes written after or before an amount ("dollars", "usd").
    pub currency_words: HashSet<String>,
    /// Units that may be glued to a number ("200ms", "5GB").
    pub glued_units: HashSet<String>,
    /// Words after which a number is a label ("Tier 1", "Phase 3").
    pub label_words: HashSet<String>,
    /// Names after which a number is a version ("Python 3", "Windows 10").
    pub versioned_names: HashSet<String>,
    /// Tokens that look like amounts but usually name something ("3M", "4K"), case-sensitive.
    pub ambiguous_tokens: HashSet<String>,
    /// Compounds with number words that are names, not amounts ("two-factor", "six sigma").
    pub name_compounds: PhraseSet,
    /// Stems of words that report a change, which make a metric an outcome ("reduced").
    pub outcome_stems: HashSet<String>,
}

/// Cues for telling resumes, stories, cover letters and job descriptions apart.
#[derive(Clone, Debug)]
pub struct KindCues {
    /// Openings of a letter ("dear").
    pub salutations: PhraseSet,
    /// Sign-offs of a letter ("sincerely").
    pub closings: PhraseSet,
    /// Phrases typical of a job posting ("basic qualifications").
    pub job_description: PhraseSet,
    /// Phrases typical of a STAR story ("as a result", "the situation").
    pub story: PhraseSet,
}

/// Word lists for grammar-level style checks.
#[derive(Clone, Debug)]
pub struct Style {
    /// Forms of "to be" that introduce a passive.
    pub be_verbs: HashSet<String>,
    /// Past participles that do not end in "-ed" ("built", "written").
    pub irregular_participles: HashSet<String>,
    /// "-ed" words that act as adjectives after "be" ("experienced", "interested").
    pub not_passive: HashSet<String>,
    /// First-person pronouns that resume bullets leave out.
    pub first_person: HashSet<String>,
    /// Function words, ignored when a story is read word by word.
    pub stop_words: HashSet<String>,
}

/// Cues for labelling the sentences of a STAR story.
#[derive(Clone, Debug, Default)]
pub struct StarCues {
    /// The stems of `cues` and `reflection`, numbered: a sentence's words are numbered
    /// once and both sets searched with the numbers.
    pub stems: StemVocabulary,
    /// Cue phrases; `owner` is 0 situation, 1 task, 2 action, 3 result, 4 other.
    pub cues: StemPhrases,
    /// Phrases that state a learning or a reflection ("i learned", "next time").
    pub reflection: StemPhrases,
    /// Verbs of wanting or needing ("wanted", "needed"), lowercase: a goal, not an action.
    pub intent: HashSet<String>,
}

/// What the cover-letter rules look for (see `lexicons/cover_letters.toml`).
#[derive(Clone, Debug)]
pub struct LetterCues {
    /// Phrases any applicant could send any company ("team player").
    pub generic_phrases: PhraseSet,
    /// Lowercase words of a sentence about the company applied to ("join", "position").
    pub target_cues: HashSet<String>,
    /// Lowercase words of a job title ("engineer", "intern").
    pub role_words: HashSet<String>,
}

/// Words too common to be a requirement term, and cues of requirement sentences (see
/// `lexicons/background.toml`).
#[derive(Clone, Debug)]
pub struct Background {
    /// Stems of the common words.
    pub common: HashSet<String>,
    /// Phrases of legal and benefits boilerplate ("equal opportunity").
    pub boilerplate_cues: PhraseSet,
    /// Phrases that make a sentence a requirement outside a qualifications section.
    pub requirement_cues: PhraseSet,
    /// Stems of the nouns that end a name ("club", "wiki"): a skill right before one is
    /// part of the name ("Communications Club"), not a skill shown.
    pub name_heads: HashSet<String>,
}

/// A leadership principle.
#[derive(Clone, Debug)]
pub struct Principle {
    /// Stable kebab-case id (DESIGN.md). Shared, since every story's report names all
    /// sixteen principles: a copy of each id and name was a string to allocate and free.
    pub id: std::sync::Arc<str>,
    /// Display name.
    pub name: std::sync::Arc<str>,
    /// The company's own summary of it.
    pub summary: String,
    /// Evidence weight a story about another principle typically collects for this one;
    /// subtracted, so that principles whose words are common do not win every story.
    pub baseline: f64,
}

/// A principles pack: the principles and the phrases that show each.
#[derive(Clone, Debug, Default)]
pub struct Principles {
    /// The principles, in the pack's order.
    pub list: Vec<Principle>,
    /// The stems of `evidence` and `stem_weights`, numbered.
    pub stems: StemVocabulary,
    /// Evidence phrases; `owner` indexes `list`.
    pub evidence: StemPhrases,
    /// Every phrase that names a principle (not evidence), in one set so a story is
    /// scanned once.
    pub names: PhraseSet,
    /// Name phrase (lowercase, single-spaced) → index into `list`.
    pub name_owner: HashMap<String, usize>,
    /// Single stems of the evidence phrases and summaries, with a weight per principle
    /// already scaled by how few principles share the stem (inverse document frequency).
    /// Indexed by the stem's number in `stems`.
    pub(crate) stem_weights: Vec<Option<StemWeights>>,
    /// Each principle's id and name as [`tag_key`] writes them, for [`Principles::find`].
    pub(crate) keys: Vec<[String; 2]>,
}

/// The single-stem weights of one evidence stem (see [`Principles`]).
#[derive(Clone, Debug)]
pub struct StemWeights {
    /// The stem's place among all evidence stems in byte order: a story's stems are grouped
    /// by sorting these numbers, in the order sorting the stems would give.
    pub rank: usize,
    /// (principle, weight), by principle.
    pub weights: Vec<(usize, f64)>,
    /// The principles for which a word of this stem is quoted as evidence: those it weighs
    /// at least [`QUOTED_STEM_WEIGHT`] for. Listed once here, since every such word of
    /// every story asks.
    pub quoted: Vec<usize>,
}

/// A single word is quoted as evidence for a principle when its stem weighs at least this
/// for it.
pub const QUOTED_STEM_WEIGHT: f64 = 3.0;

impl Principles {
    /// The index of the principle with this id, name or a name phrase (case and spacing
    /// ignored): "dive-deep", "Dive Deep", "customer obsession".
    pub fn find(&self, tag: &str) -> Option<usize> {
        let tag = tag_key(tag);
        self.list.iter().zip(&self.keys).position(|(p, keys)| {
            keys.contains(&tag)
                || p.id
                    .strip_prefix(tag.as_str())
                    .is_some_and(|rest| rest.starts_with('-'))
        })
    }
}

/// A principle's id, name or tag with case and spacing ignored: lowercase words joined by
/// hyphens ("Dive Deep" and "dive_deep" are "dive-deep").
pub(crate) fn tag_key(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// All lexicons, loaded, validated and compiled.
#[derive(Debug)]
pub struct Lexicons {
    /// Tells these lexicons from any other loaded in the process (see
    /// [`Lexicons::word_forms`]); never 0.
    id: u64,
    /// Action verb stem → category name.
    pub action_verbs: HashMap<String, String>,
    /// Weak openers, longest first.
    pub weak_openers: Vec<WeakOpener>,
    /// The weak openers' texts, as one phrase set.
    pub weak_opener_phrases: PhraseSet,
    /// Buzzwords and clichés.
    pub buzzwords: PhraseSet,
    /// Vague amounts that stand where a number belongs.
    pub vague_amounts: PhraseSet,
    /// The quantification detector's word lists.
    pub quantities: Quantities,
    /// Numbers that are not metrics.
    pub not_metrics: Vec<NotMetricPattern>,
    /// All of `not_metrics` in one alternation, so a document is scanned once, not once
    /// per pattern.
    pub not_metrics_any: Regex,
    /// Section heading keywords (stems, or words for scripts the stemmer leaves alone), in
    /// the order they are tried.
    pub sections: Vec<(SectionKind, Vec<String>)>,
    /// Document kind cues.
    pub kinds: KindCues,
    /// Style word lists.
    pub style: Style,
    /// Abbreviations (lowercase, with their dots) that do not end a sentence.
    pub abbreviations: HashSet<String>,
    /// STAR sentence cues (see [`Lexicons::star`]).
    star: Deferred<StarCues>,
    /// The principles pack (see [`Lexicons::principles`]).
    principles: Deferred<Principles>,
    /// Job-posting heading keywords (stems), in the order they are tried.
    pub posting_sections: Vec<(PostingSection, Vec<String>)>,
    /// Skills a posting may ask for, with their spellings.
    pub skills: Skills,
    /// Stems too common in postings to be a requirement term ("experience", "ability").
    pub background: Background,
    /// Cover-letter cues.
    pub letters: LetterCues,
    /// The phrase sets every document is searched for, as one automaton (see
    /// [`Lexicons::phrase_index`]).
    phrase_index: OnceLock<PhraseIndex>,
    /// The same with the principles' names, once the principles pack is built.
    phrase_index_with_names: OnceLock<PhraseIndex>,
    /// What the word lists say of the numbers they hold (see `word_forms.rs`).
    number_facts: HashMap<word_key::WordKey, WordFacts>,
    /// Each keyword of `sections`, with the index of the first section it belongs to.
    section_keywords: HashMap<word_key::WordKey, usize>,
}

/// A part of the lexicons that only stories read, kept as its file's text and built on
/// first use: a run over resumes never parses it, which is a third of the start-up time.
/// A user's lexicon folder builds it at load instead, so its errors appear there.
struct Deferred<T> {
    built: OnceLock<T>,
    /// (display name, text) of the file.
    source: (String, String),
}

impl<T> Deferred<T> {
    fn new(source: (String, String)) -> Deferred<T> {
        Deferred {
            built: OnceLock::new(),
            source,
        }
    }

    fn source(&self) -> (&str, &str) {
        (&self.source.0, &self.source.1)
    }

    /// Set the built value now (at load).
    fn init(&self, value: T) {
        let _ = self.built.set(value);
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Deferred<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.built.get() {
            Some(value) => value.fmt(f),
            None => write!(f, "Deferred({})", self.source.0),
        }
    }
}

/// The phrase index of `sets`. Each set was built on its own at load (a user's) or by the
/// tests (the embedded ones), so together they build too; if they somehow did not, no
/// phrase would match rather than a panic.
fn build_index(sets: &[(PhraseList, &PhraseSet)]) -> PhraseIndex {
    PhraseIndex::new(sets).unwrap_or_else(|_| {
        PhraseIndex::new(&[]).unwrap_or_else(|_| unreachable!("an empty index builds"))
    })
}

impl Lexicons {
    /// STAR sentence cues, built on first use.
    pub fn star(&self) -> &StarCues {
        self.star.built.get_or_init(|| {
            // The embedded file is verified by the tests and a user's at load, so this
            // cannot fail; if it somehow did, stories would get no cues rather than a panic.
            load::star_cues(self.star.source(), false).unwrap_or_default()
        })
    }

    /// Every phrase set a document is always searched for, in one automaton built on first
    /// use (see `phrase_index.rs`).
    ///
    /// Once a story has built the principles pack, the index holds the principles' names
    /// too ([`PhraseList::PrincipleName`]), so that the stories after it find them in the
    /// document's one search instead of searching every story again. Before that, a story
    /// searches for them itself: a check of one file, or a batch without stories, never
    /// builds the principles pack or a second automaton for them. Each list finds the same
    /// matches in either index.
    pub fn phrase_index(&self) -> &PhraseIndex {
        let Some(pack) = self.principles.built.get() else {
            return self
                .phrase_index
                .get_or_init(|| build_index(&self.indexed_sets()));
        };
        self.phrase_index_with_names.get_or_init(|| {
            let mut sets = self.indexed_sets();
            sets.push((PhraseList::PrincipleName, &pack.names));
            build_index(&sets)
        })
    }

    /// The sets of every list but the principles' names.
    fn indexed_sets(&self) -> Vec<(PhraseList, &PhraseSet)> {
        vec![
            (PhraseList::WeakOpener, &self.weak_opener_phrases),
            (PhraseList::Buzzword, &self.buzzwords),
            (PhraseList::VagueAmount, &self.vague_amounts),
            (PhraseList::Ratio, &self.quantities.ratios),
            (PhraseList::Rank, &self.quantities.ranks),
            (PhraseList::NameCompound, &self.quantities.name_compounds),
            (PhraseList::Salutation, &self.kinds.salutations),
            (PhraseList::Closing, &self.kinds.closings),
            (PhraseList::JobCue, &self.kinds.job_description),
            (PhraseList::StoryCue, &self.kinds.story),
            (PhraseList::GenericPhrase, &self.letters.generic_phrases),
        ]
    }

    /// The index in [`Lexicons::sections`] of the first section `stem` is a keyword of.
    pub(crate) fn section_of_stem(&self, stem: &str) -> Option<usize> {
        self.section_keywords.get(stem.as_bytes()).copied()
    }

    /// The principles pack, built on first use.
    pub fn principles(&self) -> &Principles {
        self.principles.built.get_or_init(|| {
            load::principles_pack(
                self.principles.source(),
                &self.style.stop_words,
                &Vocabulary::default(),
                false,
            )
            .unwrap_or_default()
        })
    }

    /// The lexicons embedded in the binary. They are not re-verified here (pattern
    /// examples, regex sizes): the test suite verifies them, and start-up stays fast.
    pub fn embedded() -> Result<Lexicons, LexiconError> {
        load::build(false, &Vocabulary::default(), |name| {
            let text = EMBEDDED
                .iter()
                .find(|(file, _)| *file == name)
                .map_or("", |(_, text)| text);
            Ok((format!("lexicons/{name}"), text.to_owned()))
        })
    }

    /// The embedded lexicons, with every file present in `dir` replacing its namesake.
    /// A `.toml` file in `dir` that is not a known lexicon is an error (likely a typo).
    pub fn from_dir(dir: &Path) -> Result<Lexicons, LexiconError> {
        Lexicons::load(&LexiconSource {
            dir: Some(dir.to_path_buf()),
            ..LexiconSource::default()
        })
    }

    /// Lexicons from a source: the embedded ones, with the files of a folder replacing
    /// their namesakes, another principles pack, and extra vocabulary merged in.
    pub fn load(source: &LexiconSource) -> Result<Lexicons, LexiconError> {
        if let Some(dir) = &source.dir {
            load::check_dir(dir)?;
        }
        let user = source.dir.is_some() || source.principles.is_some();
        load::build(user, &source.vocabulary, |name| {
            // A pack named by the configuration must exist; a folder's files are optional.
            let path = match &source.principles {
                Some(pack) if name == PRINCIPLES_FILE => Some(pack.clone()),
                _ => source
                    .dir
                    .as_ref()
                    .map(|dir| dir.join(name))
                    .filter(|p| p.is_file()),
            };
            if let Some(path) = path {
                let text = std::fs::read_to_string(&path).map_err(|err| LexiconError {
                    file: path.display().to_string(),
                    line: None,
                    message: format!("cannot read: {err}"),
                })?;
                Ok((path.display().to_string(), text))
            } else {
                let text = EMBEDDED
                    .iter()
                    .find(|(file, _)| *file == name)
                    .map_or("", |(_, text)| text);
                Ok((format!("lexicons/{name}"), text.to_owned()))
            }
        })
    }

    /// The English stem of a lowercase word (see [`english_stem`]).
    pub fn stem<'a>(&self, lowercase_word: &'a str) -> std::borrow::Cow<'a, str> {
        english_stem(lowercase_word)
    }
}

/// The English stem of a lowercase word: the one stemmer of the project, for the lexicons at
/// load and for the words of every document. Making a stemmer only picks a function, so one
/// is made for each call rather than kept.
fn english_stem(lowercase_word: &str) -> std::borrow::Cow<'_, str> {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English).stem(lowercase_word)
}
