//! Bytes in, `Document` out.
//!
//! Ingest turns a path or stdin into text the rest of the pipeline can trust: decoded
//! (UTF-8, UTF-8 with BOM, UTF-16 with BOM), size-capped, and never a binary file read as
//! text. Problems that still leave a usable text (invalid UTF-8 replaced, an empty file) are
//! kept as [`DecodeIssue`]s and become findings; problems that leave nothing to analyse are
//! an [`IngestError`], which a batch turns into an error row for that file alone.
//!
//! PDF and DOCX are recognised by extension (and on stdin by their first bytes); their
//! text is extracted by `pdf.rs` and `docx.rs` into the same `Document`, so every later
//! stage reads them as plain text. `extract.rs` holds what both share: the limits, the
//! isolation of third-party parsers (a panic or a hang becomes that file's error), and the
//! shape of the extracted text.

mod decode;
mod docx;
mod extract;
mod pdf;
mod walk;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use decode::DecodeIssue;
pub use extract::EXTRACT_THREAD;
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
    /// PDF; its extracted text is read as plain text.
    Pdf,
    /// Word .docx; its extracted text is read as plain text.
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
    /// Byte offset in `text` where each page starts, for a PDF; empty otherwise.
    pub pages: Vec<usize>,
}

impl Document {
    /// A document from text already in memory (tests, library users, rule examples).
    pub fn from_text(source: Source, format: Format, text: impl Into<String>) -> Document {
        Document {
            source,
            format,
            text: text.into(),
            issues: Vec::new(),
            pages: Vec::new(),
        }
    }

    /// The 1-based page holding byte `offset`, for a document with pages.
    pub fn page_of(&self, offset: usize) -> Option<usize> {
        page_of(&self.pages, offset)
    }
}

/// The 1-based page holding byte `offset`, given the byte offset where each page starts.
pub fn page_of(pages: &[usize], offset: usize) -> Option<usize> {
    if pages.is_empty() {
        return None;
    }
    Some(pages.partition_point(|&start| start <= offset).max(1))
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
    /// A PDF or DOCX whose text could not be extracted: malformed, encrypted, over a
    /// limit, or with no text layer.
    #[error("{input}: cannot read this {} file: {reason}", .format.name().to_uppercase())]
    Extract {
        /// The input.
        input: Source,
        /// Its format.
        format: Format,
        /// Why, in words.
        reason: String,
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

/// Read and decode standard input. Its format is sniffed: PDF or DOCX from the first
/// bytes, else Markdown when a line starts like a Markdown heading, else plain text.
pub fn read_stdin(options: &IngestOptions) -> Result<Document, IngestError> {
    let mut bytes = Vec::new();
    let limit = options.max_file_size.saturating_add(1);
    if let Err(error) = std::io::stdin().lock().take(limit).read_to_end(&mut bytes) {
        return Err(IngestError::Io {
            input: Source::Stdin,
            error,
        });
    }
    let format = if bytes.starts_with(b"%PDF-") {
        Format::Pdf
    } else if bytes.starts_with(b"PK\x03\x04") {
        Format::Docx
    } else {
        Format::Text
    };
    let mut doc = from_bytes(Source::Stdin, format, &bytes, options)?;
    if format == Format::Text {
        doc.format = Format::sniff(&doc.text);
    }
    Ok(doc)
}

/// Decode bytes already in memory (or extract the text of a PDF or DOCX).
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
    if matches!(format, Format::Pdf | Format::Docx) {
        return extract_document(source, format, bytes);
    }
    match decode::decode(bytes) {
        Ok((text, issues)) => Ok(Document {
            source,
            format,
            text,
            issues,
            pages: Vec::new(),
        }),
        Err(decode::NotText { offset }) => Err(IngestError::Binary {
            input: source,
            offset,
        }),
    }
}

/// Extract the text of a PDF or DOCX on an isolated thread (see `extract.rs`).
fn extract_document(source: Source, format: Format, bytes: &[u8]) -> Result<Document, IngestError> {
    let limits = extract::LIMITS;
    let owned = bytes.to_vec();
    let result = extract::isolated(limits.deadline, move || match format {
        Format::Pdf => pdf::extract(&owned, &limits),
        _ => docx::extract(&owned, &limits).map(|text| (text, Vec::new())),
    });
    match result {
        Ok((text, pages)) => Ok(Document {
            source,
            format,
            text,
            issues: Vec::new(),
            pages,
        }),
        Err(reason) => Err(IngestError::Extract {
            input: source,
            format,
            reason,
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
    fn pdf_and_docx_are_recognised_by_extension() {
        assert_eq!(
            Format::from_path(Path::new("class/resume.PDF")),
            Some(Format::Pdf)
        );
        assert_eq!(
            Format::from_path(Path::new("resume.docx")),
            Some(Format::Docx)
        );
    }

    #[test]
    fn garbage_named_pdf_is_an_extraction_error() {
        let err = from_bytes(Source::Stdin, Format::Pdf, b"not a pdf", &opts(100));
        let message = err.map(|_| ()).unwrap_err().to_string();
        assert!(
            message.starts_with("<stdin>: cannot read this PDF file: not a valid PDF"),
            "{message}"
        );
    }

    /// A one-page PDF showing `text`, with or without the page's MediaBox.
    fn pdf(text: &str, media_box: bool) -> Vec<u8> {
        use lopdf::{dictionary, Object, Stream};
        let mut doc = lopdf::Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let content = format!("BT /F1 12 Tf 72 700 Td ({text}) Tj ET");
        let content = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let mut page = dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        };
        if media_box {
            page.set("MediaBox", vec![0.into(), 0.into(), 612.into(), 792.into()]);
        }
        let page_id = doc.add_object(page);
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    #[test]
    fn a_simple_pdf_is_extracted() {
        let bytes = pdf("Reduced build time by 40 percent for 3 teams", true);
        let doc = from_bytes(Source::Stdin, Format::Pdf, &bytes, &opts(1 << 20)).unwrap();
        assert_eq!(doc.text, "Reduced build time by 40 percent for 3 teams\n");
        assert_eq!(doc.pages, vec![0]);
    }

    #[test]
    fn a_panic_in_the_pdf_parser_is_that_files_error() {
        // pdf-extract panics on a page without a MediaBox; the panic must stay inside.
        let bytes = pdf("Reduced build time by 40 percent for 3 teams", false);
        let err = from_bytes(Source::Stdin, Format::Pdf, &bytes, &opts(1 << 20));
        let message = err.map(|_| ()).unwrap_err().to_string();
        assert!(message.contains("the parser failed"), "{message}");
    }

    #[test]
    fn pages_are_found_by_offset() {
        assert_eq!(page_of(&[], 5), None);
        assert_eq!(page_of(&[0, 10, 20], 0), Some(1));
        assert_eq!(page_of(&[0, 10, 20], 10), Some(2));
        assert_eq!(page_of(&[0, 10, 20], 99), Some(3));
    }

    #[test]
    fn missing_file_is_not_found() {
        let err = read_path(Path::new("/no/such/starcheck/file.md"), &opts(100));
        assert!(matches!(err, Err(IngestError::NotFound(_))));
    }
}
