//! Running a command: list the inputs, analyse and render them in parallel, write the
//! output in input order, and decide the exit status.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::CommandFactory;
use starcheck::analyze::Posting;
use starcheck::baseline::{Baseline, Entry};
use starcheck::batch::for_each_ordered;
use starcheck::ingest::IngestOptions;
use starcheck::ingest::{self, Input};
use starcheck::lexicon::LexiconSource;
use starcheck::render;
use starcheck::render::table::Row;
use starcheck::report::Report;
use starcheck::rules::{find_rule, Severity};
use starcheck::segment::DocKind;
use starcheck::summary::{DocStats, Summary};
use starcheck::Engine;
use std::sync::Arc;

use crate::cli::{
    BankFormat, CheckFormat, Command, MatchFormat, RulesFormat, ScoreFormat, SortArg,
};
use crate::config::{load_lexicons, Config, Resolver, Settings};
use crate::gate::{Failures, Verdict};

/// Findings at or above the failing level, or a score under the minimum.
const EXIT_FAILED: u8 = 1;
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
    Sarif,
    Github,
    Concise,
}

impl Output {
    /// The machine formats `check` and `show` share.
    fn machine(format: CheckFormat) -> Output {
        match format {
            CheckFormat::Human => Output::CheckHuman,
            CheckFormat::Json => Output::Json,
            CheckFormat::Jsonl => Output::Jsonl,
            CheckFormat::Sarif => Output::Sarif,
            CheckFormat::Github => Output::Github,
            CheckFormat::Concise => Output::Concise,
        }
    }

    /// Formats for people carry styles (stripped when not on a terminal).
    fn styled(self) -> bool {
        matches!(self, Output::CheckHuman | Output::Show | Output::Table)
    }
}

pub(crate) fn run(command: Command) -> Result<ExitCode> {
    let status = match command {
        Command::Check {
            input,
            gate,
            baseline,
            format,
        } => {
            let output = match format {
                CheckFormat::Human => Output::CheckHuman,
                other => Output::machine(other),
            };
            let mut config = Config::new(input, gate, Some(Severity::Warning));
            config.baseline = baseline.baseline;
            config.write_baseline = baseline.write_baseline;
            batch(config, output, SortArg::Input)?
        }
        Command::Show { input, format } => {
            let mut config: Config = input.into();
            // `show` reads its inputs as stories unless told otherwise.
            config.kind = config.kind.or(Some(DocKind::Story));
            let output = match format {
                CheckFormat::Human => Output::Show,
                other => Output::machine(other),
            };
            batch(config, output, SortArg::Input)?
        }
        Command::Score {
            input,
            gate,
            format,
            sort,
        } => {
            let output = match format {
                ScoreFormat::Table => Output::Table,
                ScoreFormat::Csv => Output::Csv,
                ScoreFormat::Json => Output::Json,
                ScoreFormat::Jsonl => Output::Jsonl,
            };
            batch(Config::new(input, gate, None), output, sort)?
        }
        Command::Match {
            resume,
            job,
            format,
            lexicons,
            max_file_size,
            output,
        } => {
            let options = IngestOptions { max_file_size };
            let engine = Engine::new(load_lexicons(&LexiconSource {
                dir: lexicons,
                ..LexiconSource::default()
            })?);
            let posting = read_posting(&job, &options, &engine)?;
            let doc = if resume.as_os_str() == "-" {
                ingest::read_stdin(&options)
            } else {
                ingest::read_path(&resume, &options)
            }
            .with_context(|| format!("cannot read resume {}", resume.display()))?;
            let report = engine.match_resume(doc, &posting);
            let sink = Sink::open(output.as_deref(), format == MatchFormat::Human)?;
            let mut out = sink.writer;
            match format {
                MatchFormat::Human => render::matching::write_human(&mut out, &report, &posting)?,
                MatchFormat::Json => render::matching::write_json(&mut out, &report, &posting)?,
            }
            out.flush()?;
            drop(out);
            sink.commit.commit()?;
            let missing_basic = report
                .findings
                .iter()
                .any(|f| f.severity >= starcheck::rules::Severity::Warning);
            u8::from(missing_basic) * EXIT_FAILED
        }
        Command::Bank {
            input,
            format,
            plan,
            resume,
        } => bank(input.into(), format, plan.as_deref(), resume.as_deref())?,
        Command::Extract {
            path,
            raw,
            max_file_size,
        } => extract(&path, raw, max_file_size)?,
        Command::Principles { lexicons } => {
            let lex = load_lexicons(&LexiconSource {
                dir: lexicons,
                ..LexiconSource::default()
            })?;
            write_stdout(true, |out| {
                render::rules::write_principles(out, lex.principles())
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
        Command::Config {
            path,
            config,
            isolated,
        } => {
            let run_config = Config {
                config_file: config,
                isolated,
                ..Config::default()
            };
            let resolver = Resolver::new(&run_config)?;
            let absolute = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
            let settings = if absolute.is_dir() {
                resolver.settings_at(&absolute, &absolute.join("-"))?
            } else {
                resolver.settings(Some(&path))?
            };
            let sink = Sink::open(None, false)?;
            let mut out = sink.writer;
            crate::config::write_effective(&mut out, &path, &settings)?;
            out.flush()?;
            drop(out);
            sink.commit.commit()?;
            0
        }
        Command::Completions { shell } => {
            let mut command = crate::cli::Cli::command();
            write_stdout(false, |out| {
                clap_complete::generate(shell, &mut command, "starcheck", out);
                Ok(())
            })?;
            0
        }
        Command::Man => {
            let man = clap_mangen::Man::new(crate::cli::Cli::command());
            write_stdout(false, |out| man.render(out))?;
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

/// Read a job posting (`--job`); a posting that cannot be read stops the run, since every
/// document would be checked against it.
fn read_posting(path: &Path, options: &IngestOptions, engine: &Engine) -> Result<Posting> {
    let doc = ingest::read_path(path, options)
        .with_context(|| format!("cannot read job posting {}", path.display()))?;
    Ok(Posting::from_document(doc, engine.lexicons()))
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
    /// Why it could not be read, for the SARIF log's notifications.
    sarif_error: Option<(String, String)>,
    /// Its path as shown, and whether it fails the run.
    path: String,
    verdict: Verdict,
    /// Its findings as baseline entries and its key and score, when a baseline is being
    /// written.
    entries: Vec<Entry>,
    score: Option<(String, u8)>,
    /// Its findings the baseline accepted, and those it accepts that no longer occur.
    baselined: usize,
    stale: usize,
}

fn batch(config: Config, output: Output, sort: SortArg) -> Result<u8> {
    let resolver = Resolver::new(&config)?;
    let posting = match &config.job {
        Some(path) => Some(read_posting(
            path,
            &config.ingest,
            resolver.default_engine(),
        )?),
        None => None,
    };
    let progress = progress_bar(config.quiet);
    // Each input's configuration is found as the inputs are listed, on this thread; a
    // configuration file that cannot be used stops the listing and fails the run.
    let mut config_error = None;
    let inputs = ingest::inputs(&config.paths).map_while(|input| {
        let path = match &input {
            Input::File(path) => Some(path.as_path()),
            Input::Stdin => None,
            Input::Error(_) => return Some((input, None)),
        };
        match resolver.settings(path) {
            Ok(settings) => Some((input, Some(Arc::new(settings)))),
            Err(err) => {
                config_error = Some(err);
                None
            }
        }
    });

    let baselines = Baselines::new(&config)?;
    let work = |(input, settings): (Input, Option<Arc<Settings>>)| -> Done {
        let key = baselines.key(&input);
        let mut report = match &settings {
            Some(settings) => analyse(input, &config, settings, posting.as_ref()),
            // Only an input that could not be listed comes without settings.
            None => analyse(input, &config, &resolver.fallback(), posting.as_ref()),
        };
        let (entries, baselined, stale) = match &key {
            Some(key) => baselines.apply(&mut report, key),
            None => (Vec::new(), 0, 0),
        };
        let verdict = match &settings {
            // Recording a baseline accepts the run's findings and scores.
            Some(_) if baselines.writing => Verdict::default(),
            Some(settings) => {
                let mut verdict = settings.gate.judge(&report);
                verdict.accept_score_from(baselines.score_for(key.as_deref()));
                verdict
            }
            None => Verdict::default(),
        };
        let score = key
            .filter(|_| baselines.writing)
            .zip(report.score.as_ref().map(|s| s.value));
        // A report is usually a few times the size of its text: growing the buffer
        // step by step copied it over and over.
        let mut bytes = Vec::with_capacity(4 * report.text.len() + 1024);
        // Writing to a Vec cannot fail.
        let _ = match output {
            Output::CheckHuman => render::human::write_report(&mut bytes, &report),
            Output::Show => render::story::write_show(&mut bytes, &report),
            Output::Json => render::json::JsonStream::document_bytes(&mut bytes, &report),
            Output::Jsonl => render::json::jsonl_document_bytes(&mut bytes, &report),
            Output::Csv => render::csv::write_row(&mut bytes, &report),
            Output::Sarif => render::sarif::SarifStream::document_bytes(&mut bytes, &report),
            Output::Github => render::github::write_report(&mut bytes, &report),
            Output::Concise => render::concise::write_report(&mut bytes, &report),
            Output::Table => Ok(()),
        };
        Done {
            bytes,
            row: (output == Output::Table).then(|| Row::of(&report)),
            stats: DocStats::of(&report),
            error: report.error.is_some(),
            sarif_error: render::sarif::error_of(&report).filter(|_| output == Output::Sarif),
            path: report.path(),
            verdict,
            entries,
            score,
            baselined,
            stale,
        }
    };

    let mut summary = Summary::default();
    let mut rows: Vec<Row> = Vec::new();
    let mut totals = render::human::Totals::default();
    let mut json = render::json::JsonStream::default();
    let mut sarif = render::sarif::SarifStream::default();
    let mut input_errors = 0usize;
    let mut failures = Failures::default();
    let mut entries = Vec::new();
    let mut scores = std::collections::BTreeMap::new();
    let (mut baselined, mut stale) = (0usize, 0usize);

    // Both files are opened (as temporary files beside their targets) before any work, so
    // a folder that cannot be written fails the run at once.
    let baseline_sink = match &config.write_baseline {
        Some(path) => Some(Sink::open(Some(path), false)?),
        None => None,
    };
    let sink = Sink::open(config.output.as_deref(), output.styled())?;
    let mut out = sink.writer;
    match output {
        Output::Json => json.start(&mut out)?,
        Output::Sarif => sarif.start(&mut out)?,
        Output::Csv => render::csv::write_header(&mut out)?,
        _ => {}
    }
    for_each_ordered(inputs, config.jobs, work, |done| {
        summary.add(&done.stats);
        totals.add_stats(&done.stats);
        input_errors += usize::from(done.error);
        failures.add(&done.path, &done.verdict);
        entries.extend(done.entries);
        scores.extend(done.score);
        baselined += done.baselined;
        stale += done.stale;
        if let Some(bar) = &progress {
            bar.inc(1);
            if bar.position() == PROGRESS_FROM as u64 {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
        }
        match output {
            Output::Json => json.document_raw(&mut out, &done.bytes)?,
            Output::Sarif => sarif.document_raw(&mut out, done.sarif_error, &done.bytes)?,
            _ => out.write_all(&done.bytes)?,
        }
        rows.extend(done.row);
        Ok(())
    })?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let stopped = config_error.is_some();
    match output {
        // Totals and a class table would describe a run that stopped part way.
        Output::CheckHuman | Output::Table if stopped => {}
        Output::CheckHuman => render::human::write_totals(&mut out, &totals)?,
        Output::Table => {
            render::table::write_table(&mut out, &rows, sort == SortArg::Score)?;
            render::summary::write_summary(&mut out, &summary)?;
        }
        Output::Json => json.finish(&mut out, &summary)?,
        Output::Jsonl => render::json::write_jsonl_summary(&mut out, &summary)?,
        Output::Sarif => sarif.finish(&mut out)?,
        Output::Show | Output::Csv | Output::Github | Output::Concise => {}
    }
    out.flush()?;
    drop(out);
    if let Some(err) = config_error {
        // The output stops at the input the configuration applies to: never commit it.
        return Err(err);
    }
    sink.commit.commit()?;

    let mut stderr = io::stderr().lock();
    if let (Some(path), Some(sink)) = (&config.write_baseline, baseline_sink) {
        let count: usize = entries.iter().map(|e| e.count).sum();
        let mut out = sink.writer;
        starcheck::baseline::write(&mut out, entries, scores)?;
        out.flush()?;
        drop(out);
        sink.commit.commit()?;
        let _ = writeln!(
            stderr,
            "starcheck: recorded {count} findings in {}",
            path.display()
        );
    }
    if baselines.read.is_some() {
        if baselined > 0 {
            let _ = writeln!(
                stderr,
                "starcheck: {baselined} findings accepted by the baseline are not shown"
            );
        }
        if stale > 0 && config.write_baseline.is_none() {
            let _ = writeln!(
                stderr,
                "starcheck: {stale} findings of the baseline no longer occur; record the baseline again with --write-baseline to keep it tight"
            );
        }
    }
    if let Some(reason) = failures.reason() {
        // Last on stderr, so a CI log ends with why the step failed.
        let _ = writeln!(stderr, "starcheck: failed: {reason}");
    }
    // The lexicons and their automata live as long as the process: freeing them piece by
    // piece took longer than checking a small story, and the system takes the memory
    // back at exit anyway.
    std::mem::forget(resolver);
    Ok(if input_errors > 0 {
        EXIT_ERROR
    } else if failures.failed() {
        EXIT_FAILED
    } else {
        0
    })
}

/// The baseline read (`--baseline`) and the one being written (`--write-baseline`).
struct Baselines {
    read: Option<Baseline>,
    writing: bool,
    /// The folder paths in the baseline are relative to.
    dir: Option<PathBuf>,
}

impl Baselines {
    fn new(config: &Config) -> Result<Baselines> {
        let read = match &config.baseline {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read baseline {}", path.display()))?;
                Some(Baseline::parse(&text, &path.display().to_string())?)
            }
            None => None,
        };
        let dir = config
            .write_baseline
            .as_deref()
            .or(config.baseline.as_deref())
            .map(folder_of);
        Ok(Baselines {
            read,
            writing: config.write_baseline.is_some(),
            dir,
        })
    }

    /// The score the baseline read records for a document.
    fn score_for(&self, key: Option<&str>) -> Option<u8> {
        self.read.as_ref()?.score_for(key?)
    }

    /// The key of an input in a baseline, when one is read or written.
    fn key(&self, input: &Input) -> Option<String> {
        self.dir.as_deref().map(|dir| baseline_key(input, dir))
    }

    /// Record a report's findings (when writing), then drop those the baseline accepts.
    /// Returns the entries, how many findings were accepted, and how many accepted
    /// findings no longer occur.
    fn apply(&self, report: &mut Report, key: &str) -> (Vec<Entry>, usize, usize) {
        let entries = if self.writing {
            starcheck::baseline::entries(report, key)
        } else {
            Vec::new()
        };
        let Some(baseline) = &self.read else {
            return (entries, 0, 0);
        };
        let accepted = baseline.filter(report, key);
        (entries, accepted, baseline.accepted_for(key) - accepted)
    }
}

/// The real, absolute form of a path (`..` and links resolved) where it exists.
fn real(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// The real folder of a file, which need not exist yet.
fn folder_of(file: &Path) -> PathBuf {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => real(parent),
        _ => real(Path::new(".")),
    }
}

/// The path of an input in a baseline: relative to the baseline's folder when it is
/// inside it, with `/` separators, so the file works from any working folder and system.
fn baseline_key(input: &Input, dir: &Path) -> String {
    let path = match input {
        Input::File(path) => path,
        Input::Stdin => return "<stdin>".to_owned(),
        Input::Error(_) => return String::new(),
    };
    let absolute = real(path);
    let shown = absolute.strip_prefix(dir).unwrap_or(path);
    shown
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// `starcheck bank`: analyse every input as stories, read them together as one bank, and
/// render it whole.
fn bank(
    mut config: Config,
    format: BankFormat,
    plan: Option<&Path>,
    resume: Option<&Path>,
) -> Result<u8> {
    let resolver = Resolver::new(&config)?;
    // A bank is read with the command line's lexicons and every rule; configuration
    // files are for checking drafts one by one.
    let settings = resolver.fallback();
    let lex = settings.engine.lexicons();
    // A loop file that cannot be used stops the command before any work, like a bad
    // lexicon: the plan it asks for cannot be made.
    let interview_loop = match plan {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            starcheck::bank::Loop::parse(&path.display().to_string(), &text, lex.principles())?
        }
        None => starcheck::bank::Loop::default_loop(lex.principles()),
    };
    // The resume is read as a resume, the inputs as stories unless `--kind` says otherwise.
    let kind = config.kind;
    config.kind = Some(DocKind::Resume);
    let resume =
        resume.map(|path| analyse(Input::File(path.to_path_buf()), &config, &settings, None));
    config.kind = kind.or(Some(DocKind::Story));
    let inputs = ingest::inputs(&config.paths);
    let mut reports: Vec<Report> = Vec::new();
    for_each_ordered(
        inputs,
        config.jobs,
        |input| analyse(input, &config, &settings, None),
        |report| {
            reports.push(report);
            Ok(())
        },
    )?;
    let bank = starcheck::bank::Bank::new(
        &reports,
        lex,
        interview_loop,
        resume.as_ref().filter(|r| r.error.is_none()),
    );
    let errors: Vec<&Report> = reports
        .iter()
        .chain(resume.as_ref())
        .filter(|r| r.error.is_some())
        .collect();
    let styled = format == BankFormat::Human;
    let sink = Sink::open(config.output.as_deref(), styled)?;
    let mut out = sink.writer;
    match format {
        BankFormat::Human => render::bank::write_human(&mut out, &bank, &errors, lex.principles())?,
        BankFormat::Json => render::bank::write_json(&mut out, &bank, &errors)?,
        BankFormat::Csv => render::bank::write_csv(&mut out, &bank)?,
    }
    out.flush()?;
    drop(out);
    sink.commit.commit()?;
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if bank.count_at_least(starcheck::rules::Severity::Warning) > 0 {
        EXIT_FAILED
    } else {
        0
    })
}

/// Read, decode and analyse one input; an input that cannot be read is an error row.
fn analyse(
    input: Input,
    config: &Config,
    settings: &Settings,
    posting: Option<&Posting>,
) -> Report {
    let read = match input {
        Input::File(path) => ingest::read_path(&path, &config.ingest),
        Input::Stdin => ingest::read_stdin(&config.ingest),
        Input::Error(err) => Err(err),
    };
    match read {
        Ok(mut doc) => {
            let engine = &settings.engine;
            if config.anonymize {
                starcheck::privacy::anonymize(&mut doc, engine.lexicons());
            }
            engine.check_full(doc, config.kind, posting, &settings.policy)
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
    /// `Send`, since the batch's workers write the results they finish in order.
    writer: Box<dyn Write + Send>,
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
            let raw: Box<dyn Write + Send> = Box::new(BufWriter::new(io::stdout()));
            let writer: Box<dyn Write + Send> = if styled {
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
        let raw: Box<dyn Write + Send> = Box::new(BufWriter::new(file));
        Ok(Sink {
            writer: Box::new(anstream::AutoStream::never(raw)),
            commit: Commit::File(temp, path.to_path_buf()),
        })
    }
}
