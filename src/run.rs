//! Running a command: list the inputs, analyse and render them in parallel, write the
//! output in input order, and decide the exit status.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use starcheck::batch::for_each_ordered;
use starcheck::ingest::{self, Input};
use starcheck::lexicon::Lexicons;
use starcheck::render;
use starcheck::render::table::Row;
use starcheck::report::Report;
use starcheck::rules::find_rule;
use starcheck::segment::DocKind;
use starcheck::summary::{DocStats, Summary};
use starcheck::Engine;

use crate::cli::{CheckFormat, Command, RulesFormat, ScoreFormat, SortArg};
use crate::config::Config;

/// Findings at or above warning.
const EXIT_FINDINGS: u8 = 1;
/// Usage, configuration or input error.
pub(crate) const EXIT_ERROR: u8 = 2;
/// Batches at least this large get a progress bar (on a terminal, without `--quiet`).
const PROGRESS_FROM: usize = 50;

/// What a command prints, chosen once.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    CheckHuman,
    Show,
    Table,
    Csv,
    Json,
    Jsonl,
}

impl Output {
    /// Formats for people carry styles (stripped when not on a terminal).
    fn styled(self) -> bool {
        matches!(self, Output::CheckHuman | Output::Show | Output::Table)
    }
}

pub(crate) fn run(command: Command) -> Result<ExitCode> {
    let status = match command {
        Command::Check { input, format } => {
            let output = match format {
                CheckFormat::Human => Output::CheckHuman,
                CheckFormat::Json => Output::Json,
                CheckFormat::Jsonl => Output::Jsonl,
            };
            batch(input.into(), output, SortArg::Input, true)?
        }
        Command::Show { input, format } => {
            let mut config: Config = input.into();
            // `show` reads its inputs as stories unless told otherwise.
            config.kind = config.kind.or(Some(DocKind::Story));
            let output = match format {
                CheckFormat::Human => Output::Show,
                CheckFormat::Json => Output::Json,
                CheckFormat::Jsonl => Output::Jsonl,
            };
            batch(config, output, SortArg::Input, true)?
        }
        Command::Score {
            input,
            format,
            sort,
        } => {
            let output = match format {
                ScoreFormat::Table => Output::Table,
                ScoreFormat::Csv => Output::Csv,
                ScoreFormat::Json => Output::Json,
                ScoreFormat::Jsonl => Output::Jsonl,
            };
            batch(input.into(), output, sort, false)?
        }
        Command::Extract {
            path,
            raw,
            max_file_size,
        } => extract(&path, raw, max_file_size)?,
        Command::Principles { lexicons } => {
            let lex = load_lexicons(lexicons.as_deref())?;
            write_stdout(true, |out| {
                render::rules::write_principles(out, &lex.principles)
            })?;
            0
        }
        Command::Rules { format } => {
            write_stdout(format == RulesFormat::Text, |out| match format {
                RulesFormat::Text => render::rules::write_list(out),
                RulesFormat::Markdown => render::rules::write_markdown(out),
            })?;
            0
        }
        Command::Explain { rule } => {
            let Some(found) = find_rule(&rule) else {
                bail!("unknown rule {rule:?}; `starcheck rules` lists them");
            };
            write_stdout(true, |out| render::rules::write_explain(out, found.meta()))?;
            0
        }
    };
    Ok(ExitCode::from(status))
}

/// `extract`: print the text of one input, or its error (exit 2).
fn extract(path: &Path, raw: bool, max_file_size: u64) -> Result<u8> {
    let options = ingest::IngestOptions { max_file_size };
    let read = if path.as_os_str() == "-" {
        ingest::read_stdin(&options)
    } else {
        ingest::read_path(path, &options)
    };
    // main prints the error, naming the file, and exits with status 2.
    let doc = read.map_err(anyhow::Error::new)?;
    write_stdout(!raw, |out| {
        if raw {
            render::extract::write_raw(out, &doc)
        } else {
            render::extract::write_extract(out, &doc)
        }
    })?;
    Ok(0)
}

fn load_lexicons(dir: Option<&Path>) -> Result<Lexicons> {
    match dir {
        Some(dir) => Lexicons::from_dir(dir),
        None => Lexicons::embedded(),
    }
    .context("cannot load lexicons")
}

/// Write a command's output to stdout, styled or not, as a batch does.
fn write_stdout(styled: bool, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let sink = Sink::open(None, styled)?;
    let mut out = sink.writer;
    write(&mut out)?;
    out.flush()?;
    drop(out);
    sink.commit.commit()
}

/// One document, analysed and rendered by a worker.
struct Done {
    /// Its output, whole (empty for the table, which is written at the end).
    bytes: Vec<u8>,
    /// Its table row.
    row: Option<Row>,
    /// What it adds to the summary.
    stats: DocStats,
    /// Whether it could not be read.
    error: bool,
}

fn batch(config: Config, output: Output, sort: SortArg, failing_exits: bool) -> Result<u8> {
    let lex = load_lexicons(config.lexicons.as_deref())?;
    let engine = Engine::new(lex);
    let inputs = ingest::inputs(&config.paths);
    let progress = progress_bar(config.quiet);

    let work = |input: Input| -> Done {
        let report = analyse(input, &config, &engine);
        let mut bytes = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = match output {
            Output::CheckHuman => render::human::write_report(&mut bytes, &report),
            Output::Show => render::story::write_show(&mut bytes, &report),
            Output::Json => render::json::JsonStream::document_bytes(&mut bytes, &report),
            Output::Jsonl => render::json::write_jsonl_document(&mut bytes, &report),
            Output::Csv => render::csv::write_row(&mut bytes, &report),
            Output::Table => Ok(()),
        };
        Done {
            bytes,
            row: (output == Output::Table).then(|| Row::of(&report)),
            stats: DocStats::of(&report),
            error: report.error.is_some(),
        }
    };

    let mut summary = Summary::default();
    let mut rows: Vec<Row> = Vec::new();
    let mut totals = render::human::Totals::default();
    let mut json = render::json::JsonStream::default();
    let (mut input_errors, mut failing) = (0usize, 0usize);

    let sink = Sink::open(config.output.as_deref(), output.styled())?;
    let mut out = sink.writer;
    match output {
        Output::Json => json.start(&mut out)?,
        Output::Csv => render::csv::write_header(&mut out)?,
        _ => {}
    }
    for_each_ordered(inputs, config.jobs, work, |done| {
        summary.add(&done.stats);
        totals.add_stats(&done.stats);
        input_errors += usize::from(done.error);
        failing += done.stats.failing;
        if let Some(bar) = &progress {
            bar.inc(1);
            if bar.position() == PROGRESS_FROM as u64 {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
        }
        match output {
            Output::Json => json.document_raw(&mut out, &done.bytes)?,
            _ => out.write_all(&done.bytes)?,
        }
        rows.extend(done.row);
        Ok(())
    })?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    match output {
        Output::CheckHuman => render::human::write_totals(&mut out, &totals)?,
        Output::Table => {
            render::table::write_table(&mut out, &rows, sort == SortArg::Score)?;
            render::summary::write_summary(&mut out, &summary)?;
        }
        Output::Json => json.finish(&mut out, &summary)?,
        Output::Jsonl => render::json::write_jsonl_summary(&mut out, &summary)?,
        Output::Show | Output::Csv => {}
    }
    out.flush()?;
    drop(out);
    sink.commit.commit()?;

    Ok(if input_errors > 0 {
        EXIT_ERROR
    } else if failing_exits && failing > 0 {
        EXIT_FINDINGS
    } else {
        0
    })
}

/// Read, decode and analyse one input; an input that cannot be read is an error row.
fn analyse(input: Input, config: &Config, engine: &Engine) -> Report {
    let read = match input {
        Input::File(path) => ingest::read_path(&path, &config.ingest),
        Input::Stdin => ingest::read_stdin(&config.ingest),
        Input::Error(err) => Err(err),
    };
    match read {
        Ok(mut doc) => {
            if config.anonymize {
                starcheck::privacy::anonymize(&mut doc, engine.lexicons());
            }
            engine.check(doc, config.kind)
        }
        Err(err) => {
            let mut report = Report::from_error(&err);
            if config.anonymize {
                report.source = starcheck::privacy::anonymous_source(&report.source);
            }
            report
        }
    }
}

/// A progress line on a terminal's stderr, hidden until the batch reaches
/// `PROGRESS_FROM` documents (inputs are listed lazily, so the total is not known).
fn progress_bar(quiet: bool) -> Option<indicatif::ProgressBar> {
    if quiet || !io::stderr().is_terminal() {
        return None;
    }
    let hidden = indicatif::ProgressDrawTarget::hidden();
    let bar = indicatif::ProgressBar::with_draw_target(None, hidden);
    let style =
        indicatif::ProgressStyle::with_template("{spinner} {pos} documents, {per_sec}, {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
    bar.set_style(style);
    Some(bar)
}

/// Where the output goes: stdout, or a temporary file renamed over `--output` once the
/// whole output is written, so the file appears whole or not at all.
struct Sink {
    writer: Box<dyn Write>,
    commit: Commit,
}

enum Commit {
    Stdout,
    File(tempfile::TempPath, std::path::PathBuf),
}

impl Commit {
    fn commit(self) -> Result<()> {
        match self {
            Commit::Stdout => Ok(()),
            Commit::File(temp, path) => temp
                .persist(&path)
                .map_err(|err| anyhow::anyhow!("cannot write {}: {}", path.display(), err.error)),
        }
    }
}

impl Sink {
    fn open(path: Option<&Path>, styled: bool) -> Result<Sink> {
        let Some(path) = path else {
            let choice = anstream::AutoStream::choice(&io::stdout());
            let raw: Box<dyn Write> = Box::new(BufWriter::new(io::stdout().lock()));
            let writer: Box<dyn Write> = if styled {
                Box::new(anstream::AutoStream::new(raw, choice))
            } else {
                raw
            };
            return Ok(Sink {
                writer,
                commit: Commit::Stdout,
            });
        };
        let dir = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let file = tempfile::NamedTempFile::new_in(dir)
            .with_context(|| format!("cannot write {}", path.display()))?;
        let (file, temp) = file.into_parts();
        // A file never gets terminal styles.
        let raw: Box<dyn Write> = Box::new(BufWriter::new(file));
        Ok(Sink {
            writer: Box::new(anstream::AutoStream::never(raw)),
            commit: Commit::File(temp, path.to_path_buf()),
        })
    }
}
