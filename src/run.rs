//! Running a command: read inputs one by one, analyse, render, and decide the exit status.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use starcheck::ingest::{self, Input};
use starcheck::lexicon::Lexicons;
use starcheck::render;
use starcheck::report::Report;
use starcheck::rules::{find_rule, Severity};
use starcheck::segment::DocKind;
use starcheck::Engine;

use crate::cli::{CheckFormat, Command, RulesFormat, ScoreFormat};
use crate::config::Config;

/// Findings at or above warning.
const EXIT_FINDINGS: u8 = 1;
/// Usage, configuration or input error.
pub(crate) const EXIT_ERROR: u8 = 2;

pub(crate) fn run(command: Command) -> Result<ExitCode> {
    // Output is buffered and written once per document or at the end. Formats for people
    // go through anstream, which drops the styles when stdout is not a terminal or
    // NO_COLOR is set; machine formats are written as they are.
    let choice = anstream::AutoStream::choice(&std::io::stdout());
    let raw: Box<dyn Write> = Box::new(BufWriter::new(std::io::stdout().lock()));
    let styled = !matches!(
        command,
        Command::Check {
            format: CheckFormat::Json,
            ..
        } | Command::Show {
            format: CheckFormat::Json,
            ..
        } | Command::Score {
            format: ScoreFormat::Json,
            ..
        } | Command::Rules {
            format: RulesFormat::Markdown
        }
    );
    let mut stdout: Box<dyn Write> = if styled {
        Box::new(anstream::AutoStream::new(raw, choice))
    } else {
        raw
    };
    let status = match command {
        Command::Check { input, format } => check(&mut stdout, input.into(), format)?,
        Command::Score { input, format } => score(&mut stdout, input.into(), format)?,
        Command::Show { input, format } => {
            let mut config: Config = input.into();
            // `show` reads its inputs as stories unless told otherwise.
            config.kind = config.kind.or(Some(DocKind::Story));
            show(&mut stdout, config, format)?
        }
        Command::Principles { lexicons } => {
            let lex = match &lexicons {
                Some(dir) => Lexicons::from_dir(dir),
                None => Lexicons::embedded(),
            }
            .context("cannot load lexicons")?;
            render::rules::write_principles(&mut stdout, &lex.principles)?;
            0
        }
        Command::Rules { format } => {
            match format {
                RulesFormat::Text => render::rules::write_list(&mut stdout)?,
                RulesFormat::Markdown => render::rules::write_markdown(&mut stdout)?,
            }
            0
        }
        Command::Explain { rule } => {
            let Some(found) = find_rule(&rule) else {
                bail!("unknown rule {rule:?}; `starcheck rules` lists them");
            };
            render::rules::write_explain(&mut stdout, found.meta())?;
            0
        }
    };
    stdout.flush()?;
    Ok(ExitCode::from(status))
}

fn engine(config: &Config) -> Result<Engine> {
    let lex = match &config.lexicons {
        Some(dir) => Lexicons::from_dir(dir),
        None => Lexicons::embedded(),
    }
    .context("cannot load lexicons")?;
    Ok(Engine::new(lex))
}

/// Analyse every input in order, handing each report to `sink` as soon as it is ready.
fn analyse_all(
    config: &Config,
    engine: &Engine,
    mut sink: impl FnMut(Report) -> io::Result<()>,
) -> io::Result<()> {
    for input in ingest::collect_inputs(&config.paths) {
        let read = match input {
            Input::File(path) => ingest::read_path(&path, &config.ingest),
            Input::Stdin => ingest::read_stdin(&config.ingest),
            Input::Error(err) => Err(err),
        };
        let report = match read {
            Ok(doc) => engine.check(doc, config.kind),
            Err(err) => Report::from_error(&err),
        };
        sink(report)?;
    }
    Ok(())
}

fn check(out: &mut dyn Write, config: Config, format: CheckFormat) -> Result<u8> {
    let engine = engine(&config)?;
    let mut status = Status::default();
    match format {
        CheckFormat::Human => {
            let mut totals = render::human::Totals::default();
            analyse_all(&config, &engine, |report| {
                status.add(&report);
                totals.add(&report);
                render::human::write_report(out, &report)
            })?;
            render::human::write_totals(out, &totals)?;
        }
        CheckFormat::Json => {
            let mut reports = Vec::new();
            analyse_all(&config, &engine, |report| {
                status.add(&report);
                reports.push(report);
                Ok(())
            })?;
            render::json::write_json(out, &reports)?;
        }
    }
    Ok(status.check_exit())
}

fn show(out: &mut dyn Write, config: Config, format: CheckFormat) -> Result<u8> {
    let engine = engine(&config)?;
    let mut status = Status::default();
    let mut reports = Vec::new();
    analyse_all(&config, &engine, |report| {
        status.add(&report);
        match format {
            CheckFormat::Human => render::story::write_show(out, &report),
            CheckFormat::Json => {
                reports.push(report);
                Ok(())
            }
        }
    })?;
    if format == CheckFormat::Json {
        render::json::write_json(out, &reports)?;
    }
    Ok(status.check_exit())
}

fn score(out: &mut dyn Write, config: Config, format: ScoreFormat) -> Result<u8> {
    let engine = engine(&config)?;
    let mut status = Status::default();
    let mut reports = Vec::new();
    analyse_all(&config, &engine, |report| {
        status.add(&report);
        reports.push(report);
        Ok(())
    })?;
    match format {
        ScoreFormat::Table => render::table::write_table(out, &reports)?,
        ScoreFormat::Json => render::json::write_json(out, &reports)?,
    }
    Ok(if status.input_errors > 0 {
        EXIT_ERROR
    } else {
        0
    })
}

/// What the exit status depends on, gathered as reports go by.
#[derive(Default)]
struct Status {
    input_errors: usize,
    failing_findings: usize,
}

impl Status {
    fn add(&mut self, report: &Report) {
        if report.error.is_some() {
            self.input_errors += 1;
        }
        self.failing_findings += report.count_at_least(Severity::Warning);
    }

    fn check_exit(&self) -> u8 {
        if self.input_errors > 0 {
            EXIT_ERROR
        } else if self.failing_findings > 0 {
            EXIT_FINDINGS
        } else {
            0
        }
    }
}
