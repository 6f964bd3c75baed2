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
/// listed when the batch reaches it, and its listing is compact (see `walk_dir`), so the
/// memory a batch needs barely grows with its size.
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

/// The inputs under a folder, sorted by path. The walk itself is unsorted, so the walker
/// holds one open directory per level; the paths it finds are kept in one shared buffer
/// (about 40 bytes a file, where a sorted walk holds a full directory entry, about 180
/// bytes, for every file of a folder) and sorted once at the end. Paths that are not
/// valid Unicode, which the buffer cannot hold, follow in their own sorted list.
fn walk_dir(dir: &Path) -> impl Iterator<Item = Input> {
    let root = dir.to_path_buf();
    let source = Source::Path(root.clone());
    let mut errors = Vec::new();
    // Paths relative to the folder, each ended by a NUL (which no path holds), end to end,
    // and where each one starts: five bytes a file besides the path itself.
    let mut text = String::new();
    let mut starts: Vec<u32> = Vec::new();
    let mut other: Vec<PathBuf> = Vec::new();
    for entry in ignore::WalkBuilder::new(dir).build() {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if !is_file || Format::from_path(entry.path()).is_none() {
                    continue;
                }
                let relative = entry.path().strip_prefix(dir).ok().and_then(Path::to_str);
                let start = u32::try_from(text.len()).ok();
                let fits =
                    relative.is_some_and(|r| u32::try_from(text.len() + r.len() + 1).is_ok());
                match (relative, start) {
                    (Some(relative), Some(start)) if fits && !relative.contains('\0') => {
                        starts.push(start);
                        text.push_str(relative);
                        text.push('\0');
                    }
                    _ => other.push(entry.into_path()),
                }
            }
            Err(err) => errors.push(Input::Error(IngestError::Io {
                input: source.clone(),
                error: std::io::Error::other(err.to_string()),
            })),
        }
    }
    text.shrink_to_fit();
    starts.shrink_to_fit();
    starts.sort_unstable_by(|&a, &b| path_order(path_at(&text, a), path_at(&text, b)));
    other.sort();
    let files = starts
        .into_iter()
        .map(move |start| Input::File(root.join(path_at(&text, start))));
    errors
        .into_iter()
        .chain(files)
        .chain(other.into_iter().map(Input::File))
}

/// The NUL-ended path at `start` of a listing.
fn path_at(text: &str, start: u32) -> &str {
    let rest = text.get(start as usize..).unwrap_or("");
    &rest[..rest.find('\0').unwrap_or(rest.len())]
}

/// Paths in the order of their components (as `Path` compares them: "a/b.md" before
/// "a.md"), without splitting them: a separator sorts before any other character.
fn path_order(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |c: u8| {
        if std::path::is_separator(c as char) {
            0
        } else {
            c
        }
    };
    a.bytes().map(key).cmp(b.bytes().map(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_sort_by_component() {
        let mut paths = vec!["d/a.md", "d/a/b.md", "d/A.md", "d/a-b.md", "d/a/a.md"];
        paths.sort_by(|a, b| path_order(a, b));
        let mut by_path = paths.clone();
        by_path.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
        assert_eq!(paths, by_path);
        assert_eq!(
            paths,
            vec!["d/A.md", "d/a/a.md", "d/a/b.md", "d/a-b.md", "d/a.md"]
        );
    }

    #[test]
    fn folder_inputs_are_sorted_by_path() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.md", "a.txt", "sub/c.md", "sub.md", "notes.rs"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let found: Vec<PathBuf> = collect_inputs(&[dir.path().to_path_buf()])
            .into_iter()
            .map(|input| match input {
                Input::File(path) => path.strip_prefix(dir.path()).unwrap().to_path_buf(),
                other => panic!("{other:?}"),
            })
            .collect();
        let expected: Vec<PathBuf> = ["a.txt", "b.md", "sub/c.md", "sub.md"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn missing_path_becomes_an_error_entry_in_place() {
        let inputs = collect_inputs(&[PathBuf::from("-"), PathBuf::from("/no/such/dir/x.md")]);
        assert!(matches!(inputs[0], Input::Stdin));
        assert!(matches!(inputs[1], Input::Error(IngestError::NotFound(_))));
    }
}
