//! Configuration files (`starcheck.toml` or `.starcheck.toml`): their shape, parsed with
//! unknown keys refused, and their validation. Every error names the file and the line.
//!
//! Paths inside a file (`lexicons`, `principles`) are relative to the file's folder, and so
//! are the globs of `per-file-ignores`, so a configuration means the same thing from
//! wherever starcheck is run. docs/config.md describes every key.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobMatcher};
use serde::Deserialize;
use starcheck::lexicon::{LexiconSource, Vocabulary, VocabularyTerm};
use starcheck::policy::is_selector;
use starcheck::rules::Severity;
use toml::Spanned;

use crate::gate::MinScore;
use starcheck::segment::LineIndex;

/// The names a configuration file may have, in the order they are looked for in a folder.
pub(crate) const FILE_NAMES: &[&str] = &[".starcheck.toml", "starcheck.toml"];

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{file}{}: {message}", .line.map(|l| format!(":{l}")).unwrap_or_default())]
pub(crate) struct ConfigError {
    pub(crate) file: String,
    pub(crate) line: Option<usize>,
    pub(crate) message: String,
}

type Strings = Vec<Spanned<String>>;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileShape {
    select: Option<Strings>,
    #[serde(default)]
    extend_select: Strings,
    #[serde(default)]
    ignore: Strings,
    #[serde(default)]
    per_file_ignores: BTreeMap<Spanned<String>, Strings>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<Level>>,
    fail_on: Option<Level>,
    min_score: Option<MinScoreShape>,
    lexicons: Option<Spanned<String>>,
    principles: Option<Spanned<String>>,
    vocabulary: Option<VocabularyShape>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    fn severity(self) -> Severity {
        match self {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Info => Severity::Info,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct MinScoreShape {
    resume: Option<Spanned<i64>>,
    story: Option<Spanned<i64>>,
    cover_letter: Option<Spanned<i64>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct VocabularyShape {
    #[serde(default)]
    action_verbs: Strings,
    #[serde(default)]
    allow: Strings,
    #[serde(default)]
    principles: BTreeMap<Spanned<String>, Strings>,
}

/// One configuration file, validated.
#[derive(Debug)]
pub(crate) struct FileConfig {
    /// The file.
    pub(crate) path: PathBuf,
    pub(crate) select: Option<Vec<String>>,
    pub(crate) extend_select: Vec<String>,
    pub(crate) ignore: Vec<String>,
    /// Globs (relative to the file's folder) and the selectors they ignore.
    pub(crate) per_file_ignores: Vec<(String, GlobMatcher, Vec<String>)>,
    pub(crate) severity: Vec<(String, Severity)>,
    pub(crate) fail_on: Option<Severity>,
    pub(crate) min_score: MinScore,
    /// Lexicon folder, principles pack and vocabulary.
    pub(crate) lexicons: LexiconSource,
}

impl FileConfig {
    /// Read and validate a configuration file.
    pub(crate) fn read(path: &Path) -> Result<FileConfig, ConfigError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|err| ConfigError {
            file: file.clone(),
            line: None,
            message: format!("cannot read configuration: {err}"),
        })?;
        FileConfig::parse(path, &text)
    }

    /// Validate the text of a configuration file read from `path`.
    pub(crate) fn parse(path: &Path, text: &str) -> Result<FileConfig, ConfigError> {
        let file = path.display().to_string();
        let error = |at: Option<usize>, message: String| ConfigError {
            file: file.clone(),
            line: at.map(|offset| LineIndex::line_of(text, offset)),
            message,
        };
        let shape: FileShape = toml::from_str(text)
            .map_err(|err| error(err.span().map(|s| s.start), err.message().trim().to_owned()))?;
        let selectors = |list: &Strings| -> Result<Vec<String>, ConfigError> {
            list.iter()
                .map(|s| {
                    let value = s.get_ref().trim();
                    if is_selector(value) {
                        Ok(value.to_ascii_uppercase())
                    } else {
                        Err(error(
                            Some(s.span().start),
                            format!(
                                "{value:?} is not a rule code or a prefix of one; \
                                 `starcheck rules` lists them"
                            ),
                        ))
                    }
                })
                .collect()
        };
        let dir = path.parent().unwrap_or(Path::new("."));

        let mut per_file_ignores = Vec::new();
        for (pattern, codes) in &shape.per_file_ignores {
            // `*` stays inside one folder, as in a shell; `**` crosses folders.
            let glob = GlobBuilder::new(pattern.get_ref())
                .literal_separator(true)
                .build()
                .map(|g| g.compile_matcher())
                .map_err(|err| {
                    error(
                        Some(pattern.span().start),
                        format!("bad glob {:?}: {}", pattern.get_ref(), err.kind()),
                    )
                })?;
            per_file_ignores.push((pattern.get_ref().clone(), glob, selectors(codes)?));
        }
        let mut severity = Vec::new();
        for (selector, level) in &shape.severity {
            let code = selectors(&vec![selector.clone()])?.remove(0);
            severity.push((code, level.get_ref().severity()));
        }
        let percent = |value: &Option<Spanned<i64>>| -> Result<Option<u8>, ConfigError> {
            match value {
                None => Ok(None),
                Some(v) => u8::try_from(*v.get_ref())
                    .ok()
                    .filter(|n| *n <= 100)
                    .map(Some)
                    .ok_or_else(|| {
                        error(
                            Some(v.span().start),
                            format!("min-score {} is not between 0 and 100", v.get_ref()),
                        )
                    }),
            }
        };
        let min_score = match &shape.min_score {
            None => MinScore::default(),
            Some(m) => MinScore {
                resume: percent(&m.resume)?,
                story: percent(&m.story)?,
                cover_letter: percent(&m.cover_letter)?,
            },
        };
        let existing = |value: &Spanned<String>, folder: bool| -> Result<PathBuf, ConfigError> {
            let full = dir.join(value.get_ref());
            let ok = if folder {
                full.is_dir()
            } else {
                full.is_file()
            };
            if ok {
                Ok(full)
            } else {
                let what = if folder { "folder" } else { "file" };
                Err(error(
                    Some(value.span().start),
                    format!(
                        "no {what} {} (paths are relative to this file)",
                        full.display()
                    ),
                ))
            }
        };
        let term = |s: &Spanned<String>| VocabularyTerm {
            text: s.get_ref().clone(),
            line: Some(LineIndex::line_of(text, s.span().start)),
        };
        let vocabulary = shape.vocabulary.unwrap_or_default();
        let lexicons = LexiconSource {
            dir: shape
                .lexicons
                .as_ref()
                .map(|d| existing(d, true))
                .transpose()?,
            principles: shape
                .principles
                .as_ref()
                .map(|p| existing(p, false))
                .transpose()?,
            vocabulary: Vocabulary {
                file: file.clone(),
                action_verbs: vocabulary.action_verbs.iter().map(term).collect(),
                allow: vocabulary.allow.iter().map(term).collect(),
                principles: vocabulary
                    .principles
                    .iter()
                    .map(|(id, terms)| (term(id), terms.iter().map(term).collect()))
                    .collect(),
            },
        };
        Ok(FileConfig {
            path: path.to_path_buf(),
            select: shape.select.as_ref().map(selectors).transpose()?,
            extend_select: selectors(&shape.extend_select)?,
            ignore: selectors(&shape.ignore)?,
            per_file_ignores,
            severity,
            fail_on: shape.fail_on.map(Level::severity),
            min_score,
            lexicons,
        })
    }

    /// The selectors `per-file-ignores` applies to `input` (an absolute path): those of
    /// every glob matching its path relative to the file's folder, or its file name for a
    /// glob without `/`.
    pub(crate) fn ignores_for(&self, input: &Path) -> Vec<String> {
        let dir = self.path.parent().unwrap_or(Path::new(""));
        let relative = input.strip_prefix(dir).unwrap_or(input);
        let name = input.file_name().map(Path::new);
        self.per_file_ignores
            .iter()
            .filter(|(pattern, glob, _)| {
                glob.is_match(relative)
                    || (!pattern.contains('/') && name.is_some_and(|n| glob.is_match(n)))
            })
            .flat_map(|(_, _, codes)| codes.iter().cloned())
            .collect()
    }

    /// True when the file changes the lexicons.
    pub(crate) fn changes_lexicons(&self) -> bool {
        let v = &self.lexicons.vocabulary;
        self.lexicons.dir.is_some()
            || self.lexicons.principles.is_some()
            || !(v.action_verbs.is_empty() && v.allow.is_empty() && v.principles.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(text: &str) -> Result<FileConfig, String> {
        FileConfig::parse(Path::new("cfg/starcheck.toml"), text).map_err(|e| e.to_string())
    }

    #[test]
    fn a_full_file_parses() {
        let config = parse(
            "select = [\"Q\", \"b00\"]\nignore = [\"B004\"]\nfail-on = \"info\"\n\
             [min-score]\nresume = 70\n[severity]\nQ002 = \"error\"\n\
             [per-file-ignores]\n\"old/*.md\" = [\"Q001\"]\n\
             [vocabulary]\naction-verbs = [\"dockerized\"]\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.select, Some(vec!["Q".into(), "B00".into()]));
        assert_eq!(config.fail_on, Some(Severity::Info));
        assert_eq!(config.min_score.resume, Some(70));
        assert_eq!(config.severity, vec![("Q002".into(), Severity::Error)]);
        let ignores = config.ignores_for(Path::new("cfg/old/a.md"));
        assert_eq!(ignores, ["Q001"]);
        assert!(config.ignores_for(Path::new("cfg/new/a.md")).is_empty());
        assert!(config
            .ignores_for(Path::new("cfg/old/deeper/a.md"))
            .is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// A configuration file is input: any text parses or is refused, never panics.
        #[test]
        fn any_text_parses_or_is_refused(text in prop_oneof![
            any::<String>(),
            prop::collection::vec(prop::sample::select(vec![
                "select = ", "ignore = ", "fail-on = ", "[min-score]\n", "[severity]\n",
                "[per-file-ignores]\n", "[vocabulary]\n", "[vocabulary.principles]\n",
                "resume = ", "story = ", "\"Q\"", "[\"B00\"]", "\"**/[\"", "\"info\"",
                "101", "-1", "70", "\n", "\"é\" = ", "lexicons = \"..\"\n", "Q001 = ",
            ]), 0..30).prop_map(|v| v.concat()),
        ]) {
            let _ = FileConfig::parse(Path::new("p/starcheck.toml"), &text);
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            (
                "select = [\"Q\"]\nselectt = [\"B\"]\n",
                "cfg/starcheck.toml:2: unknown field `selectt`",
            ),
            (
                "\n\nignore = [\"Z9\"]\n",
                "cfg/starcheck.toml:3: \"Z9\" is not a rule code",
            ),
            (
                "fail-on = \"fatal\"\n",
                "cfg/starcheck.toml:1: unknown variant `fatal`",
            ),
            (
                "[min-score]\nstory = 120\n",
                "cfg/starcheck.toml:2: min-score 120 is not between",
            ),
            (
                "[min-score]\nstorys = 1\n",
                "cfg/starcheck.toml:2: unknown field `storys`",
            ),
            (
                "[per-file-ignores]\n\"a/[\" = [\"Q\"]\n",
                "cfg/starcheck.toml:2: bad glob",
            ),
            (
                "lexicons = \"nowhere\"\n",
                "cfg/starcheck.toml:1: no folder cfg/nowhere",
            ),
            ("select = \"Q\"\n", "cfg/starcheck.toml:1: invalid type"),
            (
                "[severity]\nQ001 = \"loud\"\n",
                "cfg/starcheck.toml:2: unknown variant `loud`",
            ),
        ];
        for (text, expected) in cases {
            let err = parse(text).err().unwrap_or_default();
            assert!(err.starts_with(expected), "{text:?}: {err}");
        }
    }
}
