//! The on-disk shape of each lexicon file, parsed with unknown fields denied.
//!
//! Values that validation may complain about are `Spanned`, so an error can name the line.

use serde::Deserialize;
use toml::Spanned;

pub(super) type Terms = Vec<Spanned<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TermsFile {
    pub(super) terms: Terms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ActionVerbsFile {
    pub(super) category: Vec<VerbCategory>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VerbCategory {
    pub(super) name: Spanned<String>,
    #[allow(dead_code)] // documentation for people reading the file
    pub(super) description: String,
    pub(super) verbs: Terms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WeakOpenersFile {
    pub(super) opener: Vec<WeakOpenerEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WeakOpenerEntry {
    pub(super) text: Spanned<String>,
    pub(super) instead: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct QuantitiesFile {
    pub(super) number_words: Terms,
    pub(super) magnitude_words: Terms,
    pub(super) scale_words: Terms,
    pub(super) ratio_phrases: Terms,
    pub(super) rank_phrases: Terms,
    pub(super) time_units: Terms,
    pub(super) currency_words: Terms,
    pub(super) glued_units: Terms,
    pub(super) label_words: Terms,
    pub(super) versioned_names: Terms,
    pub(super) ambiguous_tokens: Terms,
    pub(super) name_compounds: Terms,
    pub(super) outcome_words: Terms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NotMetricsFile {
    pub(super) pattern: Vec<PatternEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PatternEntry {
    pub(super) name: Spanned<String>,
    pub(super) regex: Spanned<String>,
    pub(super) matches: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) rejects: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SectionsFile {
    pub(super) section: Vec<SectionEntry>,
    #[serde(default)]
    pub(super) posting_section: Vec<SectionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SectionEntry {
    pub(super) kind: Spanned<String>,
    pub(super) keywords: Terms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct KindsFile {
    pub(super) salutations: Terms,
    pub(super) closings: Terms,
    pub(super) job_description: Terms,
    pub(super) story: Terms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StyleFile {
    pub(super) be_verbs: Terms,
    pub(super) irregular_participles: Terms,
    pub(super) not_passive: Terms,
    pub(super) first_person: Terms,
    pub(super) stop_words: Terms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WeightedCue {
    pub(super) text: Spanned<String>,
    pub(super) weight: Spanned<f64>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CueTable {
    pub(super) cues: Vec<WeightedCue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StarFile {
    pub(super) situation: CueTable,
    pub(super) task: CueTable,
    pub(super) action: CueTable,
    pub(super) result: CueTable,
    /// Optional: a lexicon written before "other" cues existed still loads.
    #[serde(default)]
    pub(super) other: CueTable,
    pub(super) reflection: TermsFile,
    pub(super) intent: TermsFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PrinciplesFile {
    pub(super) principle: Vec<PrincipleEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PrincipleEntry {
    pub(super) id: Spanned<String>,
    pub(super) name: String,
    pub(super) summary: String,
    pub(super) names: Terms,
    pub(super) evidence: Vec<WeightedCue>,
    #[serde(default)]
    pub(super) baseline: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SkillsFile {
    pub(super) group: Vec<SkillGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SkillGroup {
    pub(super) name: Spanned<String>,
    pub(super) skills: Vec<SkillEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SkillEntry {
    pub(super) name: Spanned<String>,
    #[serde(default)]
    pub(super) cased: bool,
    pub(super) aliases: Terms,
    #[serde(default)]
    pub(super) implies: Terms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BackgroundFile {
    pub(super) common: Terms,
    pub(super) boilerplate_cues: Terms,
    pub(super) requirement_cues: Terms,
    pub(super) name_heads: Terms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CoverLettersFile {
    pub(super) generic_phrases: Terms,
    pub(super) target_cues: Terms,
    pub(super) role_words: Terms,
}
