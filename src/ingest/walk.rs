//! Command-line paths to a list of inputs.
//!
//! Folders are walked recursively with the `ignore` crate, the way ripgrep walks them:
//! hidden files and whatever `.gitignore` excludes are skipped, and only files whose
//! extension names a document format are kept. The list is sorted by path so that every run
//! reports in the same order. A path that does not exist becomes an error entry, in place,
//! so the rest of the batch still runs.

use std::path::{Path, PathBuf};

use super::{Format, IngestError, Source};

/// One input to analyse, in command-line order.
#[derive(Debug)]
pub enum Input {
    /// A file to read.
    File(PathBuf),
    /// Standard input.
    Stdin,
    /// A path that could not be listed.
    Error(IngestError),
}

/// Expand command-line paths (files, folders, `-`) into inputs.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk_dir(path, &mut inputs);
        } else if path.exists() {
            inputs.push(Input::File(path.clone()));
        } else {
            inputs.push(Input::Error(IngestError::NotFound(Source::Path(
                path.clone(),
            ))));
        }
    }
    inputs
}

fn walk_dir(dir: &Path, inputs: &mut Vec<Input>) {
    let walker = ignore::WalkBuilder::new(dir)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && Format::from_path(entry.path()).is_some() {
                    inputs.push(Input::File(entry.into_path()));
                }
            }
            Err(err) => inputs.push(Input::Error(IngestError::Io {
                input: Source::Path(dir.to_path_buf()),
                error: std::io::Error::other(err.to_string()),
            })),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_path_becomes_an_error_entry_in_place() {
        let inputs = collect_inputs(&[PathBuf::from("-"), PathBuf::from("/no/such/dir/x.md")]);
        assert!(matches!(inputs[0], Input::Stdin));
        assert!(matches!(inputs[1], Input::Error(IngestError::NotFound(_))));
    }
}
