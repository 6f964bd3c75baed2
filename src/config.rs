//! The resolved configuration of one run, built once from the command line.

use std::path::PathBuf;

use starcheck::ingest::IngestOptions;
use starcheck::segment::DocKind;

use starcheck::rules::Severity;

use crate::cli::{GateArgs, InputArgs, KindArg};
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
    /// When a document fails the run.
    pub(crate) gate: Gate,
}

impl Config {
    /// The configuration of a command that fails on findings at `fail_on` unless the
    /// command line says otherwise.
    pub(crate) fn new(args: InputArgs, gate: GateArgs, fail_on: Option<Severity>) -> Config {
        let mut config = Config::from(args);
        config.gate = Gate {
            fail_on: gate.fail_on.map(|level| level.severity()).or(fail_on),
            min_score: gate.min_score.map(MinScore::all).unwrap_or_default(),
        };
        config
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
            gate: Gate {
                fail_on: Some(Severity::Warning),
                min_score: MinScore::default(),
            },
        }
    }
}
