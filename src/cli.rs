//! Command-line interface. The doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use starcheck::rules::Severity;

/// Check resumes, cover letters and STAR interview stories for quantified impact, strong
/// verbs and clear ownership. Runs offline; nothing leaves your machine.
#[derive(Debug, Parser)]
#[command(name = "starcheck", version, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Report every finding, with the source line underlined, and each document's score.
    ///
    /// Exit status: 0 when no finding is at the failing level (`--fail-on`, default
    /// warning) and no document scores under `--min-score`, 1 when one does, 2 when an
    /// input could not be read or the command line, a configuration file or a lexicon is
    /// wrong. The reason for a failing exit is printed last, on standard error.
    Check {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        gate: GateArgs,
        #[command(flatten)]
        baseline: BaselineArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
    },
    /// Score every document: a ranked table (or CSV, JSON, JSON lines), then the class
    /// summary: documents by kind, score distribution, most frequent findings, principle
    /// coverage of stories.
    ///
    /// Exit status: 0; 1 when `--fail-on` or `--min-score` is given (or set in a
    /// configuration file) and a document fails it; 2 when an input could not be read.
    Score {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        gate: GateArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
        format: ScoreFormat,
        /// Order of the table rows: as given, or by score (highest first).
        #[arg(long, value_enum, default_value_t = SortArg::Input)]
        sort: SortArg,
    },
    /// Show each story sentence by sentence, coloured by its STAR part, with its measures,
    /// a bar per leadership principle with the evidence behind it, and its findings.
    Show {
        #[command(flatten)]
        input: InputArgs,
        /// Output format (json is the same report as `check --format json`).
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
    },
    /// Match a resume against a job posting: each requirement of the posting with the
    /// resume lines that show it, or "missing"; coverage of the basic and preferred
    /// qualifications; a score that weights basic above preferred; and the most valuable
    /// missing terms. A term counts once however often it is repeated, and counts more in
    /// a quantified bullet than in a skills list.
    ///
    /// Exit status: 0, 1 when a basic qualification is missing (J001), 2 when the resume or
    /// the posting cannot be read.
    Match {
        /// The resume (`-` reads standard input).
        #[arg(value_name = "RESUME")]
        resume: PathBuf,
        /// The job posting (.txt or .md).
        #[arg(long, value_name = "POSTING")]
        job: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = MatchFormat::Human)]
        format: MatchFormat,
        /// Read lexicons from this folder; files there replace the built-in ones of the
        /// same name.
        #[arg(long, value_name = "DIR")]
        lexicons: Option<PathBuf>,
        /// Refuse inputs larger than this (bytes, or with a K, M or G suffix: 5M).
        #[arg(long, value_name = "SIZE", default_value = "5M", value_parser = parse_size)]
        max_file_size: u64,
        /// Write the output to this file instead of standard output; it appears whole or
        /// not at all.
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Read a bank of stories together: which principles each story shows (a grid), the
    /// strongest story for each principle and the principles none shows well (K001), stories
    /// that tell the same event (K002), a bank too small for a loop (K003), which story to
    /// tell in which interview round, and, with --resume, numbers that disagree between the
    /// resume and the stories (K004).
    ///
    /// Every input is read as stories. Exit status: 0 when no bank finding is a warning or
    /// worse, 1 when one is, 2 when an input, the loop file or the resume could not be read.
    Bank {
        #[command(flatten)]
        input: InputArgs,
        /// Output format (csv is the matrix: a row per story, a column per principle).
        #[arg(long, value_enum, default_value_t = BankFormat::Human)]
        format: BankFormat,
        /// The interview loop to plan, a TOML file of [[round]] tables, each with
        /// `name = "..."` and `principles = ["customer-obsession", ...]`. Default: five
        /// rounds over the ten principles asked most. With a loop file, only the principles
        /// it asks about must be covered (K001).
        #[arg(long, value_name = "FILE")]
        plan: Option<PathBuf>,
        /// A resume whose numbers the stories should agree with.
        #[arg(long, value_name = "FILE")]
        resume: Option<PathBuf>,
    },
    /// Print the text starcheck reads from a file, with the line numbers that findings
    /// use and, for a PDF, the page breaks marked. Use it to see exactly what was
    /// analysed in a PDF or Word (.docx) file.
    ///
    /// Exit status: 0, or 2 when the file could not be read.
    Extract {
        /// The file (.pdf, .docx, .md, .txt), or `-` for standard input.
        #[arg(value_name = "PATH")]
        path: PathBuf,
        /// Write the text exactly as analysed: no line numbers, no page marks.
        #[arg(long)]
        raw: bool,
        /// Refuse inputs larger than this (bytes, or with a K, M or G suffix: 5M).
        #[arg(long, value_name = "SIZE", default_value = "5M", value_parser = parse_size)]
        max_file_size: u64,
    },
    /// List the leadership principles stories are scored against.
    Principles {
        /// Read lexicons from this folder instead of the built-in ones.
        #[arg(long, value_name = "DIR")]
        lexicons: Option<PathBuf>,
    },
    /// List every rule: code, name, default severity and summary.
    Rules {
        /// Output format (markdown is docs/rules.md).
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print the configuration in force for a file or folder: the configuration file found
    /// (or given), the rules that run, severities, thresholds, lexicons and vocabulary.
    Config {
        /// The file or folder (default: the current folder).
        #[arg(default_value = ".", value_name = "PATH")]
        path: PathBuf,
        /// Use this configuration file instead of looking for one.
        #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
        config: Option<PathBuf>,
        /// Ignore every configuration file.
        #[arg(long)]
        isolated: bool,
    },
    /// Print a shell completion script: `starcheck completions bash > ~/.local/share/bash-completion/completions/starcheck`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `starcheck man > starcheck.1`.
    Man,
    /// Explain a rule: what it flags, why, and examples.
    Explain {
        /// Rule code (Q001) or name (unquantified-bullet).
        rule: String,
    },
}

/// Inputs and how to read them.
#[derive(Debug, Args)]
pub(crate) struct InputArgs {
    /// Files and folders to analyse (folders are searched for .md, .markdown, .txt, .pdf
    /// and .docx files); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Treat every input as this kind instead of detecting it.
    #[arg(long, value_enum)]
    pub(crate) kind: Option<KindArg>,
    /// Read lexicons from this folder; files there replace the built-in ones of the same
    /// name.
    #[arg(long, value_name = "DIR")]
    pub(crate) lexicons: Option<PathBuf>,
    /// Refuse inputs larger than this (bytes, or with a K, M or G suffix: 5M).
    #[arg(long, value_name = "SIZE", default_value = "5M", value_parser = parse_size)]
    pub(crate) max_file_size: u64,
    /// Analyse with this many threads (default: one per core). The output is the same
    /// whatever the number.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    pub(crate) jobs: usize,
    /// Write the output to this file instead of standard output; it appears whole or not
    /// at all.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// No progress bar.
    #[arg(short = 'q', long)]
    pub(crate) quiet: bool,
    /// Replace file names with stable short ids and mask e-mail addresses, phone numbers
    /// and URLs in all output, so a report can be shared.
    #[arg(long)]
    pub(crate) anonymize: bool,
    /// A job posting to check cover letters against: the company it names (C004) and
    /// what it says about the team and role (C002).
    #[arg(long, value_name = "POSTING")]
    pub(crate) job: Option<PathBuf>,
    /// Use this configuration file for every input instead of looking for starcheck.toml
    /// or .starcheck.toml from each input's folder upwards.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub(crate) config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    pub(crate) isolated: bool,
    /// Run only these rules (codes or prefixes, comma-separated: Q,B001), replacing a
    /// configuration file's `select`.
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = parse_selector)]
    pub(crate) select: Option<Vec<String>>,
    /// Run these rules too.
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = parse_selector)]
    pub(crate) extend_select: Vec<String>,
    /// Do not run these rules.
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = parse_selector)]
    pub(crate) ignore: Vec<String>,
}

/// A rule code or a prefix of one.
fn parse_selector(value: &str) -> Result<String, String> {
    let value = value.trim();
    if starcheck::policy::is_selector(value) {
        Ok(value.to_ascii_uppercase())
    } else {
        Err(format!(
            "{value:?} is not a rule code or a prefix of one; `starcheck rules` lists them"
        ))
    }
}

/// When a run fails (exit status 1).
#[derive(Debug, Args)]
pub(crate) struct GateArgs {
    /// Fail when a finding is at this severity or above (`check` fails on warnings unless
    /// told otherwise; `score` fails on findings only when asked).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub(crate) fail_on: Option<LevelArg>,
    /// Fail when a document scores under N (0-100); overrides every `min-score` of a
    /// configuration file.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub(crate) min_score: Option<u8>,
}

/// Accepting today's findings, so that only new ones fail.
#[derive(Debug, Args)]
pub(crate) struct BaselineArgs {
    /// Accept the findings recorded in this baseline file: only new findings are shown
    /// and fail the run, and a document under its minimum score fails only when it
    /// scores lower than recorded.
    #[arg(long, value_name = "FILE")]
    pub(crate) baseline: Option<PathBuf>,
    /// Record every finding and score of this run in this baseline file (written whole or
    /// not at all); a run that writes a baseline accepts them and does not fail on them.
    #[arg(long, value_name = "FILE")]
    pub(crate) write_baseline: Option<PathBuf>,
}

/// A severity, as a failing level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum LevelArg {
    /// Fail on errors only.
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
}

impl LevelArg {
    pub(crate) fn severity(self) -> Severity {
        match self {
            LevelArg::Error => Severity::Error,
            LevelArg::Warning => Severity::Warning,
            LevelArg::Info => Severity::Info,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum SortArg {
    /// Input order.
    Input,
    /// Score, highest first.
    Score,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum KindArg {
    Resume,
    Story,
    CoverLetter,
    JobDescription,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// Findings with underlined source, then scores.
    Human,
    /// One JSON document (see docs/json-schema.md).
    Json,
    /// One JSON report per line, then a summary line.
    Jsonl,
    /// SARIF 2.1.0, for code scanning (see docs/ci.md).
    Sarif,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// One line per finding: path:line:col: CODE [severity] message.
    Concise,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ScoreFormat {
    /// A ranked table and the class summary.
    Table,
    /// One row per document, for a spreadsheet.
    Csv,
    /// One JSON document with every report and the summary (see docs/json-schema.md).
    Json,
    /// One JSON report per line, then a summary line.
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum MatchFormat {
    /// Requirement by requirement, with the resume lines that show each.
    Human,
    /// One JSON document (see docs/json-schema.md).
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum BankFormat {
    /// A coloured grid of stories by principles, then the plan and the findings.
    Human,
    /// One JSON document (see docs/json-schema.md).
    Json,
    /// The matrix: one row per story, one column per principle.
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum RulesFormat {
    /// One line per rule.
    Text,
    /// The rules reference in Markdown.
    Markdown,
}

/// Parse "5M", "500k", "1048576".
fn parse_size(value: &str) -> Result<u64, String> {
    let value = value.trim();
    let (digits, multiplier) = match value.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let multiplier: u64 = match c.to_ascii_lowercase() {
                'k' => 1 << 10,
                'm' => 1 << 20,
                'g' => 1 << 30,
                _ => return Err(format!("unknown size suffix {c:?}; use K, M or G")),
            };
            (&value[..i], multiplier)
        }
        _ => (value, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(multiplier))
        .ok_or_else(|| format!("{value:?} is not a size (examples: 5M, 500K, 1048576)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_suffixes() {
        assert_eq!(parse_size("5M"), Ok(5 * 1024 * 1024));
        assert_eq!(parse_size("500k"), Ok(500 * 1024));
        assert_eq!(parse_size("123"), Ok(123));
        assert!(parse_size("5X").is_err());
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999999999G").is_err());
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
