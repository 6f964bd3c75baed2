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

/// Expand command-line paths (files, folders, `-`) into inputs, lazily: a folder is
/// walked as its inputs are consumed, so a batch of any size never lists all its paths in
/// memory at once.
pub fn inputs(paths: &[PathBuf]) -> impl Iterator<Item = Input> + '_ {
    paths
        .iter()
        .flat_map(|path| -> Box<dyn Iterator<Item = Input>> {
            if path.as_os_str() == "-" {
                Box::new(std::iter::once(Input::Stdin))
            } else if path.is_dir() {
                Box::new(walk_dir(path))
            } else if path.exists() {
                Box::new(std::iter::once(Input::File(path.clone())))
            } else {
                Box::new(std::iter::once(Input::Error(IngestError::NotFound(
                    Source::Path(path.clone()),
                ))))
            }
        })
}

/// [`inputs`], collected.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<Input> {
    inputs(paths).collect()
}

fn walk_dir(dir: &Path) -> impl Iterator<Item = Input> {
    let source = Source::Path(dir.to_path_buf());
    ignore::WalkBuilder::new(dir)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build()
        .filter_map(move |entry| match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                (is_file && Format::from_path(entry.path()).is_some())
                    .then(|| Input::File(entry.into_path()))
            }
            Err(err) => Some(Input::Error(IngestError::Io {
                input: source.clone(),
                error: std::io::Error::other(err.to_string()),
            })),
        })
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
