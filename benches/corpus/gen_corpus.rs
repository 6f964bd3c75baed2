//! `gen-corpus DIR N [SEED]`: write N invented documents (resumes, STAR stories and cover
//! letters) into DIR, creating it if needed, and print the total bytes written.
//!
//! The same seed (default 2026) always gives the same files; see `generate.rs`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[allow(unreachable_pub, dead_code)]
#[path = "generate.rs"]
mod generate;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen-corpus DIR N [SEED]";
const DEFAULT_SEED: u64 = 2026;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, count, seed) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("gen-corpus: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(err) = std::fs::create_dir_all(&dir) {
        eprintln!("gen-corpus: cannot create {}: {err}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut total: u64 = 0;
    for index in 0..count {
        let doc = generate::document(seed, index);
        let path = dir.join(&doc.name);
        if let Err(err) = std::fs::write(&path, &doc.text) {
            eprintln!("gen-corpus: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
        total += doc.text.len() as u64;
    }
    println!(
        "{total} bytes in {count} documents written to {}",
        dir.display()
    );
    ExitCode::SUCCESS
}

fn parse(args: &[String]) -> Result<(PathBuf, usize, u64), String> {
    match args {
        [dir, count, rest @ ..] if rest.len() <= 1 => {
            let count = count
                .parse()
                .map_err(|_| format!("N must be a whole number, not {count:?}"))?;
            let seed = match rest.first() {
                Some(seed) => seed
                    .parse()
                    .map_err(|_| format!("SEED must be a whole number, not {seed:?}"))?,
                None => DEFAULT_SEED,
            };
            Ok((PathBuf::from(dir), count, seed))
        }
        _ => Err("expected a directory and a count".to_string()),
    }
}
