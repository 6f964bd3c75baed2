//! Command-line interface. The doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    /// Exit status: 0 when no finding is a warning or worse, 1 when one is, 2 when an
    /// input could not be read or the command line or a lexicon is wrong.
    Check {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
    },
    /// Score every document: a ranked table (or CSV, JSON, JSON lines), then the class
    /// summary: documents by kind, score distribution, most frequent findings, principle
    /// coverage of stories.
    ///
    /// Exit status: 0, or 2 when an input could not be read.
    Score {
        #[command(flatten)]
        input: InputArgs,
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
