//! The resolved configuration of one run: the command line, parsed once, and the
//! configuration files that apply to each input.
//!
//! A configuration file is looked for from each input's folder upwards (the closest wins),
//! or given with `--config` (then it applies to every input), or ignored with
//! `--isolated`. Each file is read once and makes one [`Settings`]; inputs under the same
//! file share its engine, and only a file that changes the lexicons gets its own.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};
use starcheck::ingest::IngestOptions;
use starcheck::lexicon::{LexiconSource, Lexicons};
use starcheck::policy::{Policy, Selection};
use starcheck::rules::Severity;
use starcheck::segment::DocKind;
use starcheck::Engine;

use crate::cli::{GateArgs, InputArgs, KindArg};
use crate::config_file::{FileConfig, FILE_NAMES};
use crate::gate::{Gate, MinScore};

/// What to read and how.
#[derive(Debug)]
pub(crate) struct Config {
    /// Files, folders and `-`, in command-line order.
    pub(crate) paths: Vec<PathBuf>,
    /// A kind forced on every input.
    pub(crate) kind: Option<DocKind>,
    /// A folder of replacement lexicons.
    pub(crate) lexicons: Option<PathBuf>,
    /// Limits for reading.
    pub(crate) ingest: IngestOptions,
    /// Threads (0: one per core).
    pub(crate) jobs: usize,
    /// Where the output goes, if not to stdout.
    pub(crate) output: Option<PathBuf>,
    /// No progress bar.
    pub(crate) quiet: bool,
    /// Hide names and contact details.
    pub(crate) anonymize: bool,
    /// A job posting cover letters are checked against.
    pub(crate) job: Option<PathBuf>,
    /// The configuration file given with `--config`.
    pub(crate) config_file: Option<PathBuf>,
    /// Ignore configuration files.
    pub(crate) isolated: bool,
    /// Rule selectors from the command line: `select` replaces the file's, the others add.
    pub(crate) selection: Selection,
    /// The failing level given on the command line.
    pub(crate) fail_on: Option<Severity>,
    /// The failing level when neither the command line nor a file sets one.
    pub(crate) default_fail_on: Option<Severity>,
    /// The minimum score given on the command line.
    pub(crate) min_score: Option<u8>,
    /// A baseline of accepted findings.
    pub(crate) baseline: Option<PathBuf>,
    /// Where to record this run's findings as a baseline.
    pub(crate) write_baseline: Option<PathBuf>,
}

impl Config {
    /// The configuration of a command that fails on findings at `fail_on` unless the
    /// command line or a configuration file says otherwise.
    pub(crate) fn new(args: InputArgs, gate: GateArgs, fail_on: Option<Severity>) -> Config {
        let mut config = Config::from(args);
        config.fail_on = gate.fail_on.map(|level| level.severity());
        config.default_fail_on = fail_on;
        config.min_score = gate.min_score;
        config
    }
}

impl Default for Config {
    /// The configuration of `check` with no paths and no options.
    fn default() -> Config {
        Config {
            paths: Vec::new(),
            kind: None,
            lexicons: None,
            ingest: IngestOptions::default(),
            jobs: 0,
            output: None,
            quiet: true,
            anonymize: false,
            job: None,
            config_file: None,
            isolated: false,
            selection: Selection::default(),
            fail_on: None,
            default_fail_on: Some(Severity::Warning),
            min_score: None,
            baseline: None,
            write_baseline: None,
        }
    }
}

impl From<InputArgs> for Config {
    fn from(args: InputArgs) -> Config {
        Config {
            paths: args.paths,
            kind: args.kind.map(|k| match k {
                KindArg::Resume => DocKind::Resume,
                KindArg::Story => DocKind::Story,
                KindArg::CoverLetter => DocKind::CoverLetter,
                KindArg::JobDescription => DocKind::JobDescription,
            }),
            lexicons: args.lexicons,
            ingest: IngestOptions {
                max_file_size: args.max_file_size,
            },
            jobs: args.jobs,
            output: args.output,
            quiet: args.quiet,
            anonymize: args.anonymize,
            job: args.job,
            config_file: args.config,
            isolated: args.isolated,
            selection: Selection {
                select: args.select,
                extend_select: args.extend_select,
                ignore: args.ignore,
                severity: Vec::new(),
            },
            fail_on: None,
            default_fail_on: Some(Severity::Warning),
            min_score: None,
            baseline: None,
            write_baseline: None,
        }
    }
}

/// How one input is checked: its engine, rules and failing thresholds.
#[derive(Debug)]
pub(crate) struct Settings {
    /// The configuration file in force, if any.
    pub(crate) file: Option<Arc<FileConfig>>,
    pub(crate) engine: Arc<Engine>,
    pub(crate) policy: Policy,
    pub(crate) gate: Gate,
}

/// Finds and caches the configuration of each input.
#[derive(Debug)]
pub(crate) struct Resolver<'a> {
    config: &'a Config,
    /// The engine of inputs whose configuration leaves the lexicons alone.
    default_engine: Arc<Engine>,
    /// The file given with `--config`.
    given: Option<Arc<FileConfig>>,
    /// Folder → the configuration file found from it.
    found: Mutex<HashMap<PathBuf, Option<Arc<FileConfig>>>>,
    /// Configuration file → its engine, when it changes the lexicons.
    engines: Mutex<HashMap<PathBuf, Arc<Engine>>>,
}

impl<'a> Resolver<'a> {
    /// A resolver for a run; reads `--config` and the lexicons now.
    pub(crate) fn new(config: &'a Config) -> Result<Resolver<'a>> {
        let given = match (&config.config_file, config.isolated) {
            (Some(path), false) => Some(Arc::new(FileConfig::read(path)?)),
            _ => None,
        };
        let lexicons = load_lexicons(&LexiconSource {
            dir: config.lexicons.clone(),
            ..LexiconSource::default()
        })?;
        Ok(Resolver {
            config,
            default_engine: Arc::new(Engine::new(lexicons)),
            given,
            found: Mutex::new(HashMap::new()),
            engines: Mutex::new(HashMap::new()),
        })
    }

    /// The settings of one input (`None`: standard input, resolved from the working
    /// folder).
    pub(crate) fn settings(&self, input: Option<&Path>) -> Result<Settings> {
        let absolute = match input {
            Some(path) => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
            None => std::env::current_dir().unwrap_or_default().join("<stdin>"),
        };
        let dir = absolute.parent().unwrap_or(Path::new("/")).to_path_buf();
        self.settings_at(&dir, &absolute)
    }

    /// The settings of a file at `absolute`, in the folder `dir`.
    pub(crate) fn settings_at(&self, dir: &Path, absolute: &Path) -> Result<Settings> {
        let file = if self.config.isolated {
            None
        } else if let Some(given) = &self.given {
            Some(Arc::clone(given))
        } else {
            self.discover(dir)?
        };
        let engine = match &file {
            Some(f) if f.changes_lexicons() => self.engine_for(f)?,
            _ => Arc::clone(&self.default_engine),
        };
        let mut selection = Selection::default();
        if let Some(f) = &file {
            selection = Selection {
                select: f.select.clone(),
                extend_select: f.extend_select.clone(),
                ignore: f.ignore.clone(),
                severity: f.severity.clone(),
            };
            selection.ignore.extend(f.ignores_for(absolute));
        }
        let cli = &self.config.selection;
        if cli.select.is_some() {
            selection.select.clone_from(&cli.select);
        }
        selection
            .extend_select
            .extend(cli.extend_select.iter().cloned());
        selection.ignore.extend(cli.ignore.iter().cloned());
        // The selectors were checked when the file was read.
        let policy = Policy::new(&selection).unwrap_or_default();
        let gate = Gate {
            fail_on: self
                .config
                .fail_on
                .or(file.as_ref().and_then(|f| f.fail_on))
                .or(self.config.default_fail_on),
            min_score: match (self.config.min_score, &file) {
                (Some(min), _) => MinScore::all(min),
                (None, Some(f)) => f.min_score.clone(),
                (None, None) => MinScore::default(),
            },
        };
        Ok(Settings {
            file,
            engine,
            policy,
            gate,
        })
    }

    /// The engine of inputs whose configuration leaves the lexicons alone.
    pub(crate) fn default_engine(&self) -> &Engine {
        &self.default_engine
    }

    /// Settings without any configuration file, for inputs that could not be listed.
    pub(crate) fn fallback(&self) -> Arc<Settings> {
        Arc::new(Settings {
            file: None,
            engine: Arc::clone(&self.default_engine),
            policy: Policy::all(),
            gate: Gate::default(),
        })
    }

    /// The closest configuration file in `dir` or a folder above it.
    fn discover(&self, dir: &Path) -> Result<Option<Arc<FileConfig>>> {
        let mut found = self.found.lock().unwrap_or_else(|e| e.into_inner());
        let mut visited = Vec::new();
        let mut result = None;
        for folder in dir.ancestors() {
            if let Some(known) = found.get(folder) {
                result = known.clone();
                break;
            }
            visited.push(folder.to_path_buf());
            if let Some(path) = FILE_NAMES
                .iter()
                .map(|name| folder.join(name))
                .find(|p| p.is_file())
            {
                result = Some(Arc::new(FileConfig::read(&path)?));
                break;
            }
        }
        for folder in visited {
            found.insert(folder, result.clone());
        }
        Ok(result)
    }

    fn engine_for(&self, file: &FileConfig) -> Result<Arc<Engine>> {
        let mut engines = self.engines.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(engine) = engines.get(&file.path) {
            return Ok(Arc::clone(engine));
        }
        let mut source = file.lexicons.clone();
        // `--lexicons` on the command line wins over the file's folder.
        if self.config.lexicons.is_some() {
            source.dir.clone_from(&self.config.lexicons);
        }
        let engine = Arc::new(Engine::new(load_lexicons(&source)?));
        engines.insert(file.path.clone(), Arc::clone(&engine));
        Ok(engine)
    }
}

/// Load lexicons, naming the file at fault.
pub(crate) fn load_lexicons(source: &LexiconSource) -> Result<Lexicons> {
    Lexicons::load(source).context("cannot load lexicons")
}

/// The effective configuration of a path, as `starcheck config` prints it (TOML).
pub(crate) fn write_effective(
    out: &mut dyn std::io::Write,
    path: &Path,
    settings: &Settings,
) -> Result<()> {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "kebab-case")]
    struct Effective {
        select: Vec<&'static str>,
        fail_on: Option<&'static str>,
        lexicons: Option<String>,
        principles: Option<String>,
        #[serde(skip_serializing_if = "MinScore::is_empty")]
        min_score: MinScore,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        severity: BTreeMap<&'static str, &'static str>,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        per_file_ignores: BTreeMap<String, Vec<String>>,
        #[serde(skip_serializing_if = "VocabularyOut::is_empty")]
        vocabulary: VocabularyOut,
    }
    #[derive(serde::Serialize)]
    #[serde(rename_all = "kebab-case")]
    struct VocabularyOut {
        #[serde(skip_serializing_if = "Vec::is_empty")]
        action_verbs: Vec<String>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        allow: Vec<String>,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        principles: BTreeMap<String, Vec<String>>,
    }
    impl VocabularyOut {
        fn is_empty(&self) -> bool {
            self.action_verbs.is_empty() && self.allow.is_empty() && self.principles.is_empty()
        }
    }
    let file = settings.file.as_deref();
    let texts = |terms: &[starcheck::lexicon::VocabularyTerm]| -> Vec<String> {
        terms.iter().map(|t| t.text.clone()).collect()
    };
    let shown = |p: &Option<PathBuf>| p.as_ref().map(|p| p.display().to_string());
    let vocabulary = file.map(|f| &f.lexicons.vocabulary);
    let effective = Effective {
        select: settings.policy.enabled_codes(),
        fail_on: settings.gate.fail_on.map(Severity::name),
        lexicons: file.and_then(|f| shown(&f.lexicons.dir)),
        principles: file.and_then(|f| shown(&f.lexicons.principles)),
        min_score: settings.gate.min_score.clone(),
        severity: settings
            .policy
            .overrides()
            .into_iter()
            .map(|(code, level)| (code, level.name()))
            .collect(),
        per_file_ignores: file
            .map(|f| {
                f.per_file_ignores
                    .iter()
                    .map(|(glob, _, codes)| (glob.clone(), codes.clone()))
                    .collect()
            })
            .unwrap_or_default(),
        vocabulary: VocabularyOut {
            action_verbs: vocabulary
                .map(|v| texts(&v.action_verbs))
                .unwrap_or_default(),
            allow: vocabulary.map(|v| texts(&v.allow)).unwrap_or_default(),
            principles: vocabulary
                .map(|v| {
                    v.principles
                        .iter()
                        .map(|(id, terms)| (id.text.clone(), texts(terms)))
                        .collect()
                })
                .unwrap_or_default(),
        },
    };
    writeln!(out, "# The configuration in force for {}", path.display())?;
    match file {
        Some(f) => writeln!(out, "# from {}\n", f.path.display())?,
        None => writeln!(out, "# (no configuration file: the defaults)\n")?,
    }
    out.write_all(toml::to_string(&effective)?.as_bytes())?;
    Ok(())
}
