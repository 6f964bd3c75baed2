//! The `starcheck` binary: arguments → configuration → run → exit status. The library does
//! the work; this file only glues.

mod cli;
mod config;
mod config_file;
mod gate;
mod run;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    quiet_extractor_panics();
    let cli = cli::Cli::parse();
    match run::run(cli.command) {
        Ok(status) => status,
        Err(err) => {
            #[allow(clippy::print_stderr)] // the one place the binary reports a fatal error
            {
                eprintln!("starcheck: error: {err:#}");
            }
            ExitCode::from(run::EXIT_ERROR)
        }
    }
}

/// A panic inside a PDF or DOCX parser is caught and becomes that file's error row; the
/// default hook would also print it to stderr, in the middle of the output, so it is kept
/// quiet on the extraction threads (and only there).
fn quiet_extractor_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() != Some(starcheck::ingest::EXTRACT_THREAD) {
            default(info);
        }
    }));
}
