//! Bytes in, `Document` out.
//!
//! Ingest turns a path or stdin into text the rest of the pipeline can trust: decoded
//! (UTF-8, UTF-8 with BOM, UTF-16 with BOM), size-capped, and never a binary file read as
//! text. Problems that still leave a usable text (invalid UTF-8 replaced, an empty file) are
//! kept as [`DecodeIssue`]s and become findings; problems that leave nothing to analyse are
//! an [`IngestError`], which a batch turns into an error row for that file alone.
//!
//! PDF and DOCX are recognised by extension so that a folder walk lists them; their
//! extraction is not implemented yet and they yield [`IngestError::Unsupported`].

mod decode;
mod walk;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use decode::DecodeIssue;
pub use walk::{collect_inputs, inputs, Input};

/// Default cap on the size of one input: 5 MiB, far above any resume or story.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 5 * 1024 * 1024;

/// How the text of a document is laid out, which decides how it is segmented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text: headings and bullets recognised from line shapes.
    Text,
    /// CommonMark: headings and list items from the Markdown structure.
    Markdown,
    /// PDF (not yet extracted).
    Pdf,
    /// Word .docx (not yet extracted).
    Docx,
}

impl Format {
    /// The format a file name implies, or `None` for files that are not documents.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// Markdown when some line starts like a Markdown heading ("# ", "## "), else text.
    pub fn sniff(text: &str) -> Format {
        let heading = |line: &str| {
            let hashes = line.len() - line.trim_start_matches('#').len();
            (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
        };
        if text.lines().any(heading) {
            Format::Markdown
        } else {
            Format::Text
        }
    }

    /// Lowercase name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }
}

/// Where a document came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    Path(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Path(path) => write!(f, "{}", path.display()),
            Source::Stdin => f.write_str("<stdin>"),
        }
    }
}

/// A decoded input document.
#[derive(Clone, Debug)]
pub struct Document {
    /// Where the text came from.
    pub source: Source,
    /// How the text is laid out.
    pub format: Format,
    /// The decoded text; every span in a report indexes into it.
    pub text: String,
    /// Problems met while decoding that left a usable text.
    pub issues: Vec<DecodeIssue>,
}

impl Document {
    /// A document from text already in memory (tests, library users, rule examples).
    pub fn from_text(source: Source, format: Format, text: impl Into<String>) -> Document {
        Document {
            source,
            format,
            text: text.into(),
            issues: Vec::new(),
        }
    }
}

/// Limits applied while reading.
#[derive(Clone, Copy, Debug)]
pub struct IngestOptions {
    /// Inputs larger than this many bytes are refused.
    pub max_file_size: u64,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
        }
    }
}

/// Why an input could not be analysed at all.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file could not be opened or read.
    #[error("{input}: cannot read: {error}")]
    Io {
        /// The input.
        input: Source,
        /// The underlying error.
        error: std::io::Error,
    },
    /// The input is over the size cap.
    #[error("{input}: file is {size} bytes, over the {limit}-byte limit (raise it with --max-file-size)")]
    TooLarge {
        /// The input.
        input: Source,
        /// Its size, or at least how much was read before stopping.
        size: u64,
        /// The cap in force.
        limit: u64,
    },
    /// The bytes are not text (NUL bytes outside UTF-16).
    #[error("{input}: not a text document (contains NUL bytes at byte {offset})")]
    Binary {
        /// The input.
        input: Source,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// A document format whose extraction is not available.
    #[error("{input}: {} files are not supported yet; save the document as .txt or .md", .format.name().to_uppercase())]
    Unsupported {
        /// The input.
        input: Source,
        /// Its format.
        format: Format,
    },
    /// A path named on the command line does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(Source),
}

/// Read and decode one file.
pub fn read_path(path: &Path, options: &IngestOptions) -> Result<Document, IngestError> {
    let source = Source::Path(path.to_path_buf());
    // A file named explicitly with an unknown extension is still read as plain text.
    let format = Format::from_path(path).unwrap_or(Format::Text);
    if matches!(format, Format::Pdf | Format::Docx) {
        return Err(IngestError::Unsupported {
            input: source,
            format,
        });
    }
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(IngestError::NotFound(source))
        }
        Err(error) => {
            return Err(IngestError::Io {
                input: source,
                error,
            })
        }
    };
    read_capped(file, source, format, options)
}

/// Read and decode standard input. Its format is sniffed: Markdown when a line starts like
/// a Markdown heading, plain text otherwise.
pub fn read_stdin(options: &IngestOptions) -> Result<Document, IngestError> {
    let mut doc = read_capped(
        std::io::stdin().lock(),
        Source::Stdin,
        Format::Text,
        options,
    )?;
    doc.format = Format::sniff(&doc.text);
    Ok(doc)
}

/// Decode bytes already in memory.
pub fn from_bytes(
    source: Source,
    format: Format,
    bytes: &[u8],
    options: &IngestOptions,
) -> Result<Document, IngestError> {
    if bytes.len() as u64 > options.max_file_size {
        return Err(IngestError::TooLarge {
            input: source,
            size: bytes.len() as u64,
            limit: options.max_file_size,
        });
    }
    match decode::decode(bytes) {
        Ok((text, issues)) => Ok(Document {
            source,
            format,
            text,
            issues,
        }),
        Err(decode::NotText { offset }) => Err(IngestError::Binary {
            input: source,
            offset,
        }),
    }
}

/// Read at most one byte past the cap, so an endless stream cannot exhaust memory.
fn read_capped(
    reader: impl Read,
    source: Source,
    format: Format,
    options: &IngestOptions,
) -> Result<Document, IngestError> {
    let mut bytes = Vec::new();
    let limit = options.max_file_size.saturating_add(1);
    if let Err(error) = reader.take(limit).read_to_end(&mut bytes) {
        return Err(IngestError::Io {
            input: source,
            error,
        });
    }
    from_bytes(source, format, &bytes, options)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(max: u64) -> IngestOptions {
        IngestOptions { max_file_size: max }
    }

    #[test]
    fn oversized_input_is_an_error() {
        let err = from_bytes(Source::Stdin, Format::Text, b"abcdef", &opts(3));
        assert!(matches!(err, Err(IngestError::TooLarge { size: 6, .. })));
    }

    #[test]
    fn nul_bytes_mean_not_a_text_document() {
        let err = from_bytes(Source::Stdin, Format::Text, b"ab\0cd", &opts(100));
        let message = err.map(|_| ()).unwrap_err().to_string();
        assert_eq!(
            message,
            "<stdin>: not a text document (contains NUL bytes at byte 2)"
        );
    }

    #[test]
    fn pdf_is_recognised_but_unsupported() {
        let err = read_path(Path::new("class/resume.PDF"), &opts(100));
        assert!(matches!(
            err,
            Err(IngestError::Unsupported {
                format: Format::Pdf,
                ..
            })
        ));
    }

    #[test]
    fn missing_file_is_not_found() {
        let err = read_path(Path::new("/no/such/starcheck/file.md"), &opts(100));
        assert!(matches!(err, Err(IngestError::NotFound(_))));
    }
}
