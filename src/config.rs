//! The resolved configuration of one run, built once from the command line.

use std::path::PathBuf;

use starcheck::ingest::IngestOptions;
use starcheck::segment::DocKind;

use crate::cli::{InputArgs, KindArg};

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
        }
    }
}
