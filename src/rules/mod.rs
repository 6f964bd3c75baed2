//! The rule registry: every check starcheck makes, with its code, documentation and logic.
//!
//! A rule is one small file: a `RuleMeta` const (code, kebab-case name, default severity,
//! one-line summary, what it does, why it matters, bad and good examples) beside a pure
//! `check` over an [`Analysis`]. [`RULES`] lists them ordered by code. The registry tests
//! at the bottom hold its invariants, and run every documented example through the engine,
//! so `starcheck explain` can never show an example the rule does not honour.
//!
//! Codes never change meaning once released; a retired code is never reused.

mod b001_weak_opener;
mod b002_no_action_verb;
mod b003_passive_voice;
mod b004_first_person_pronoun;
mod b005_long_bullet;
mod b006_buzzword;
mod b007_repeated_opening_verb;
mod c001_generic_phrase;
mod c002_no_specific_target;
mod c003_no_principle_in_letter;
mod c004_wrong_company;
mod c005_letter_length;
mod i001_invalid_encoding;
mod i002_empty_document;
mod i003_not_english;
pub(crate) mod i004_unused_suppression;
pub(crate) mod i005_unknown_suppression;
mod j001_missing_basic_qualification;
mod j002_missing_preferred_qualification;
mod k001_uncovered_principle;
mod k002_duplicate_story;
mod k003_small_bank;
mod k004_inconsistent_metric;
mod letter_rules;
mod p001_tagged_principle_not_shown;
mod p002_no_principle_shown;
mod p003_principle_named_not_shown;
mod q001_unquantified_bullet;
mod q002_vague_amount;
mod s001_missing_situation;
mod s002_missing_task;
mod s003_missing_action;
mod s004_missing_result;
mod s005_thin_action;
mod s006_we_over_i;
mod s007_story_length;
mod s008_unquantified_result;
mod story_rules;

use std::fmt;

pub(crate) use k001_uncovered_principle::META as K001_META;
pub(crate) use k002_duplicate_story::META as K002_META;
pub(crate) use k003_small_bank::META as K003_META;
pub(crate) use k004_inconsistent_metric::META as K004_META;
pub(crate) use p001_tagged_principle_not_shown::SHOWN as P001_SHOWN;
pub(crate) use s005_thin_action::MIN_ACTION_SHARE as S005_MIN_ACTION_SHARE;
pub(crate) use s007_story_length::{
    MAX_SECONDS as S007_MAX_SECONDS, MIN_SECONDS as S007_MIN_SECONDS,
};

use crate::analyze::{Analysis, Metric};
use crate::lexicon::{PhraseList, WordFacts};
use crate::segment::{Block, BlockKind, DocKind, SectionKind, Span, Word};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; never fails a check.
    Info,
    /// Should be fixed; fails `check`.
    Warning,
    /// Must be fixed.
    Error,
}

impl Severity {
    /// The lowercase name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a rule's documented examples are run by the registry tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExampleKind {
    /// Each example is one or more resume bullets (one per line) under `## Experience`.
    Bullets,
    /// Each example is a whole Markdown document.
    Document,
    /// The examples describe input that text cannot carry (bytes, a whole folder);
    /// tested elsewhere.
    Described,
    /// Each example is a story bank in one Markdown document, one story per heading, run
    /// through [`crate::bank::Bank`]; lines above a `--- stories ---` line are a resume.
    Bank,
}

/// Everything about a rule except its logic.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code: a letter for the area and three digits.
    pub code: &'static str,
    /// Kebab-case name of the flagged pattern.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// One line, shown by `starcheck rules`.
    pub summary: &'static str,
    /// What the rule flags, and where it looks.
    pub what: &'static str,
    /// Why a recruiter or interviewer cares.
    pub why: &'static str,
    /// Examples the rule flags.
    pub bad: &'static [&'static str],
    /// Examples the rule passes.
    pub good: &'static [&'static str],
    /// How the examples are run by the registry tests.
    pub examples: ExampleKind,
}

/// A rule: metadata and a pure check. Rules take `&self` and hold no state, so one
/// registry serves every thread.
pub trait Rule: Sync {
    /// The rule's metadata.
    fn meta(&self) -> &'static RuleMeta;
    /// Append the rule's findings on `analysis` to `out`.
    fn check(&self, analysis: &Analysis<'_>, out: &mut Vec<Finding>);
}

/// Every rule, ordered by code.
pub static RULES: &[&dyn Rule] = &[
    &b001_weak_opener::WeakOpener,
    &b002_no_action_verb::NoActionVerb,
    &b003_passive_voice::PassiveVoice,
    &b004_first_person_pronoun::FirstPersonPronoun,
    &b005_long_bullet::LongBullet,
    &b006_buzzword::Buzzword,
    &b007_repeated_opening_verb::RepeatedOpeningVerb,
    &c001_generic_phrase::GenericPhrase,
    &c002_no_specific_target::NoSpecificTarget,
    &c003_no_principle_in_letter::NoPrincipleInLetter,
    &c004_wrong_company::WrongCompany,
    &c005_letter_length::LetterLength,
    &i001_invalid_encoding::InvalidEncoding,
    &i002_empty_document::EmptyDocument,
    &i003_not_english::NotEnglish,
    &i004_unused_suppression::UnusedSuppression,
    &i005_unknown_suppression::UnknownSuppression,
    &j001_missing_basic_qualification::MissingBasicQualification,
    &j002_missing_preferred_qualification::MissingPreferredQualification,
    &k001_uncovered_principle::UncoveredPrinciple,
    &k002_duplicate_story::DuplicateStory,
    &k003_small_bank::SmallBank,
    &k004_inconsistent_metric::InconsistentMetric,
    &p001_tagged_principle_not_shown::TaggedPrincipleNotShown,
    &p002_no_principle_shown::NoPrincipleShown,
    &p003_principle_named_not_shown::PrincipleNamedNotShown,
    &q001_unquantified_bullet::UnquantifiedBullet,
    &q002_vague_amount::VagueAmount,
    &s001_missing_situation::MissingSituation,
    &s002_missing_task::MissingTask,
    &s003_missing_action::MissingAction,
    &s004_missing_result::MissingResult,
    &s005_thin_action::ThinAction,
    &s006_we_over_i::WeOverI,
    &s007_story_length::StoryLength,
    &s008_unquantified_result::UnquantifiedResult,
];

/// The findings of the job-match rules (J001, J002) on a resume matched against a posting;
/// their spans index into the posting's text.
pub fn match_findings(
    result: &crate::analyze::matching::MatchResult,
    posting: &crate::analyze::Posting,
) -> Vec<Finding> {
    let mut out = Vec::new();
    j001_missing_basic_qualification::findings(result, posting, &mut out);
    j002_missing_preferred_qualification::findings(result, posting, &mut out);
    out.sort_by(|a, b| (a.span.start, a.rule.code).cmp(&(b.span.start, b.rule.code)));
    out
}

/// The rule with this code (case-insensitive) or name.
pub fn find_rule(code_or_name: &str) -> Option<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.meta().code.eq_ignore_ascii_case(code_or_name) || r.meta().name == code_or_name)
}

/// One problem found in a document.
#[derive(Clone, Debug)]
pub struct Finding {
    /// The rule that found it.
    pub rule: &'static RuleMeta,
    /// Where it is.
    pub span: Span,
    /// What is wrong here, as a sentence.
    pub message: String,
    /// Severity in force.
    pub severity: Severity,
}

impl Finding {
    /// A finding of `rule` at `span`, at the rule's default severity.
    pub fn new(rule: &'static RuleMeta, span: Span, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            span,
            message: message.into(),
            severity: rule.severity,
        }
    }
}

/// Resume bullets expected to show impact: items of a resume in experience, projects or
/// leadership sections, or under no heading at all (a bare list of bullets).
pub(crate) fn impact_items<'a>(
    a: &'a Analysis<'_>,
) -> impl Iterator<Item = (usize, &'a Block)> + 'a {
    let resume = a.kind == DocKind::Resume;
    a.segments.items().filter(move |(_, block)| {
        resume
            && a.segments
                .section_kind(block)
                .is_none_or(SectionKind::shows_impact)
    })
}

/// A unit of prose a writing rule reads, with its words and metrics.
pub(crate) struct ProseUnit<'a> {
    pub(crate) span: Span,
    /// The words of its block or sentence, in text order.
    pub(crate) words: &'a [Word],
    pub(crate) metrics: &'a [Metric],
}

/// The units of prose a writing rule reads: impact bullets in a resume; sentences in a
/// story or a cover letter; nothing in a job description.
pub(crate) fn prose_units<'a>(a: &'a Analysis<'_>) -> Vec<ProseUnit<'a>> {
    match a.kind {
        DocKind::Resume => impact_items(a)
            .map(|(i, block)| ProseUnit {
                span: block.span,
                words: a.segments.words_in(&block.words),
                metrics: a.block_metrics[i].as_slice(),
            })
            .collect(),
        DocKind::Story | DocKind::CoverLetter => a
            .segments
            .sentences
            .iter()
            .map(|s| {
                let metrics = &a.block_metrics[s.block];
                let first = metrics.partition_point(|m| m.span.start < s.span.start);
                let last = metrics.partition_point(|m| m.span.start < s.span.end);
                ProseUnit {
                    span: s.span,
                    words: a.segments.words_in(&s.words),
                    metrics: &metrics[first..last],
                }
            })
            .collect(),
        DocKind::JobDescription => Vec::new(),
    }
}

/// Every non-heading block of a document that is not a job description.
pub(crate) fn text_blocks<'a>(a: &'a Analysis<'_>) -> impl Iterator<Item = &'a Block> + 'a {
    let scored = a.kind != DocKind::JobDescription;
    a.segments
        .blocks
        .iter()
        .filter(move |b| scored && b.kind != BlockKind::Heading)
}

/// The weak opener a bullet starts with ("Responsible for"), past leading markup
/// ("**Worked on**"), as a span of the document.
pub(crate) fn weak_opener(a: &Analysis<'_>, block: &Block) -> Option<Span> {
    let item = block.span.slice(a.text());
    let lead = item.len() - item.trim_start_matches(['*', '_', '[', '`', ' ']).len();
    a.phrases.at_start(
        PhraseList::WeakOpener,
        Span::new(block.span.start + lead, block.span.end),
    )
}

/// The word a bullet opens with, past an "-ly" adverb ("Successfully led" → "led") and
/// past a hyphenated prefix ("Co-designed" → "designed", "Re-architected" → "architected").
pub(crate) fn opening_word<'a>(a: &'a Analysis<'_>, block: &Block) -> Option<&'a Word> {
    let words = a.segments.words_in(&block.words);
    let text = a.text();
    let start = match words {
        [first, _, ..] if first.lower().ends_with("ly") && first.lower().len() > 4 => 1,
        _ => 0,
    };
    let word = words.get(start)?;
    let hyphenated = words
        .get(start + 1)
        .filter(|next| text.get(word.span.end..next.span.start) == Some("-"));
    Some(hyphenated.unwrap_or(word))
}

/// True for words written in Latin letters, the only ones the English lexicons can judge.
pub(crate) fn is_latin_word(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '\'')
}

/// True when most words of a block are English-like, so that English word-order checks
/// (the verb comes first) apply. A Korean bullet that opens with "AWS Lambda" ends with its
/// verb, and is not judged by them.
pub(crate) fn is_english_block(a: &Analysis<'_>, block: &Block) -> bool {
    let words = a.segments.words_in(&block.words);
    let latin = words.iter().filter(|w| w.is(WordFacts::ASCII)).count();
    latin * 2 > words.len()
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Helpers for rule tests: run text through the whole engine, look at one rule.

    use crate::ingest::{Document, Format, Source};
    use crate::Engine;

    pub(crate) fn engine() -> &'static Engine {
        static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        ENGINE.get_or_init(|| {
            let lex = crate::lexicon::Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
            Engine::new(lex)
        })
    }

    /// A Markdown document of resume bullets under `## Experience`, one per line.
    pub(crate) fn bullets_doc(bullets: &str) -> String {
        let mut doc = String::from("## Experience\n\n");
        for line in bullets.lines() {
            doc.push_str("- ");
            doc.push_str(line);
            doc.push('\n');
        }
        doc
    }

    /// The texts flagged by `code` in a Markdown document.
    pub(crate) fn flagged(code: &str, markdown: &str) -> Vec<String> {
        let doc = Document::from_text(Source::Stdin, Format::Markdown, markdown);
        let report = engine().check(doc, None);
        report
            .findings
            .iter()
            .filter(|f| f.rule.code == code)
            .map(|f| f.span.slice(&report.text).to_owned())
            .collect()
    }

    /// The messages of `code` when `example` is read as a story bank (one Markdown
    /// document, one story per heading), with the lines above `--- stories ---` as resume.
    pub(crate) fn bank_flagged(code: &str, example: &str) -> Vec<String> {
        use crate::segment::DocKind;
        let (resume, stories) = match example.split_once("\n--- stories ---\n") {
            Some((resume, stories)) => (Some(resume), stories),
            None => (None, example),
        };
        let read = |text: &str, kind| {
            let doc = Document::from_text(Source::Stdin, Format::Markdown, text);
            engine().check(doc, Some(kind))
        };
        let resume = resume.map(|text| read(text, DocKind::Resume));
        let reports = [read(stories, DocKind::Story)];
        let lex = engine().lexicons();
        let plan = crate::bank::Loop::default_loop(lex.principles());
        let bank = crate::bank::Bank::new(&reports, lex, plan, resume.as_ref());
        bank.findings
            .iter()
            .filter(|f| f.rule.code == code)
            .map(|f| f.message.clone())
            .collect()
    }

    #[track_caller]
    pub(crate) fn assert_flags(code: &str, bullets: &str, expected: &[&str]) {
        assert_eq!(
            flagged(code, &bullets_doc(bullets)),
            expected,
            "{code} on {bullets:?}"
        );
    }

    #[track_caller]
    pub(crate) fn assert_passes(code: &str, bullets: &str) {
        assert_flags(code, bullets, &[]);
    }

    #[test]
    fn helpers_see_findings_and_their_absence() {
        assert_flags("B001", "Worked on the website", &["Worked on"]);
        assert_passes("B001", "Rebuilt the website");
    }
}

#[cfg(test)]
mod registry_tests {
    use super::test_support::*;
    use super::{find_rule, ExampleKind, RULES};

    #[test]
    fn codes_are_unique_sorted_and_well_formed() {
        let codes: Vec<&str> = RULES.iter().map(|r| r.meta().code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted, "codes must be unique and sorted");
        for code in codes {
            let (letter, digits) = code.split_at(1);
            assert!(
                "BCIJKPQS".contains(letter)
                    && digits.len() == 3
                    && digits.chars().all(|c| c.is_ascii_digit()),
                "bad code {code}"
            );
        }
    }

    #[test]
    fn names_are_unique_kebab_case() {
        let mut names: Vec<&str> = RULES.iter().map(|r| r.meta().name).collect();
        for name in &names {
            assert!(
                name.split('-').all(|part| !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
                "{name} is not kebab-case"
            );
        }
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "rule names must be unique");
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in RULES {
            let m = rule.meta();
            assert!(
                !m.summary.is_empty() && !m.summary.ends_with('.'),
                "{}: summary is one line without a period",
                m.code
            );
            assert!(
                m.what.ends_with('.') && m.why.ends_with('.'),
                "{}: what/why are sentences",
                m.code
            );
            assert!(
                !m.bad.is_empty() && !m.good.is_empty(),
                "{}: needs bad and good examples",
                m.code
            );
        }
    }

    #[test]
    fn documented_examples_hold() {
        for rule in RULES {
            let m = rule.meta();
            let run = |example: &str| match m.examples {
                ExampleKind::Bullets => Some(flagged(m.code, &bullets_doc(example))),
                ExampleKind::Document => Some(flagged(m.code, example)),
                ExampleKind::Bank => Some(bank_flagged(m.code, example)),
                ExampleKind::Described => None,
            };
            for example in m.bad {
                if let Some(found) = run(example) {
                    assert!(
                        !found.is_empty(),
                        "{} should flag its bad example {example:?}",
                        m.code
                    );
                }
            }
            for example in m.good {
                if let Some(found) = run(example) {
                    assert_eq!(
                        found,
                        Vec::<String>::new(),
                        "{} should pass its good example {example:?}",
                        m.code
                    );
                }
            }
        }
    }

    #[test]
    fn rules_are_found_by_code_or_name() {
        assert_eq!(
            find_rule("q001").map(|r| r.meta().name),
            Some("unquantified-bullet")
        );
        assert_eq!(
            find_rule("weak-opener").map(|r| r.meta().code),
            Some("B001")
        );
        assert!(find_rule("Z999").is_none());
    }
}
