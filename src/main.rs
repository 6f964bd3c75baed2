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
