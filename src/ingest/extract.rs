//! What the PDF and DOCX extractors share: the limits, running an extractor isolated, and
//! writing the extracted blocks as the text every later stage reads.
//!
//! An extractor turns a file into [`Block`]s (headings, paragraphs, list items), page by
//! page for a PDF. [`TextBuilder`] writes them as plain text in the shape the plain-text
//! segmenter reads: an item is one line starting with `• `, a paragraph keeps its lines,
//! blocks are separated by a blank line. That text is the `Document`'s text, so every span,
//! line and column of a finding points into exactly what `starcheck extract` prints.
//!
//! Third-party parsers run inside [`isolated`]: on a thread of their own, under
//! `catch_unwind`, with a deadline. A panic becomes that file's error, and a parser that
//! does not finish in time is abandoned (its thread is left to end on its own) so that the
//! batch goes on. The caps in [`Limits`] bound the input each parser sees, so that the work
//! it can do is bounded too.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Duration;

/// Caps on what one PDF or DOCX may cost.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Most bytes all decompressed parts (ZIP entries, PDF streams) may add up to.
    pub(crate) max_decompressed: u64,
    /// Most entries in a DOCX (ZIP) archive.
    pub(crate) max_entries: usize,
    /// Deepest XML element nesting in a DOCX part.
    pub(crate) max_xml_depth: usize,
    /// Most objects in a PDF.
    pub(crate) max_pdf_objects: usize,
    /// Most pages in a PDF.
    pub(crate) max_pdf_pages: usize,
    /// Most characters of extracted text.
    pub(crate) max_text_chars: usize,
    /// How long one extraction may run.
    pub(crate) deadline: Duration,
}

/// The limits in force: far above any resume (a few pages, a few hundred kilobytes), far
/// below what would hurt a batch.
pub(crate) const LIMITS: Limits = Limits {
    max_decompressed: 64 * 1024 * 1024,
    max_entries: 1_000,
    max_xml_depth: 256,
    max_pdf_objects: 100_000,
    max_pdf_pages: 100,
    max_text_chars: 2_000_000,
    deadline: Duration::from_secs(20),
};

/// Why a file could not be extracted, in words for the error row.
pub(crate) type Failure = String;

/// The name of the threads extractors run on.
pub const EXTRACT_THREAD: &str = "starcheck-extract";

/// Run `work` on its own thread under `catch_unwind`, waiting at most `deadline`.
pub(crate) fn isolated<T: Send + 'static>(
    deadline: Duration,
    work: impl FnOnce() -> Result<T, Failure> + Send + 'static,
) -> Result<T, Failure> {
    let (send, receive) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(EXTRACT_THREAD.into())
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(work));
            // The receiver may have given up waiting; then nobody needs the result.
            let _ = send.send(result);
        });
    if let Err(err) = spawned {
        return Err(format!("cannot start the extractor: {err}"));
    }
    match receive.recv_timeout(deadline) {
        Ok(Ok(result)) => result,
        Ok(Err(panic)) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown error".to_owned());
            Err(format!("the file is malformed (the parser failed: {what})"))
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "extraction took longer than {} seconds; the file is malformed or too complex",
            deadline.as_secs()
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err("the extractor stopped without a result".to_owned())
        }
    }
}

/// One block of extracted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Block {
    /// A heading (a DOCX heading style).
    Heading(String),
    /// A paragraph; its lines are kept as they were laid out.
    Paragraph(String),
    /// A list item, on one line.
    Item(String),
}

/// Writes blocks as the document text and records where each page starts.
#[derive(Debug, Default)]
pub(crate) struct TextBuilder {
    text: String,
    pages: Vec<usize>,
}

impl TextBuilder {
    /// Start a new page: the next block's offset is recorded as its start.
    pub(crate) fn page(&mut self) {
        self.separate();
        self.pages.push(self.text.len());
    }

    /// Append one block, separated from the previous one by a blank line.
    pub(crate) fn push(&mut self, block: &Block) {
        let (prefix, body) = match block {
            Block::Heading(text) | Block::Paragraph(text) => ("", text.as_str()),
            Block::Item(text) => ("• ", text.as_str()),
        };
        let body = body.trim();
        if body.is_empty() {
            return;
        }
        self.separate();
        self.text.push_str(prefix);
        for (i, line) in body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            if i > 0 {
                self.text.push('\n');
            }
            self.text.push_str(line);
        }
    }

    /// Pages started so far.
    pub(crate) fn pages(&self) -> usize {
        self.pages.len()
    }

    /// Characters written so far.
    pub(crate) fn len(&self) -> usize {
        self.text.len()
    }

    /// The text and the page starts.
    pub(crate) fn finish(mut self) -> (String, Vec<usize>) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        // A page with no text starts where the text ends; keep offsets in bounds.
        let end = self.text.len();
        for start in &mut self.pages {
            *start = (*start).min(end);
        }
        (self.text, self.pages)
    }

    fn separate(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push_str(if self.text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            });
        }
    }
}

/// Undo typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ), drop soft hyphens and zero-width
/// characters, and turn other spaces (no-break, thin) into plain spaces.
pub(crate) fn normalize_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' => out.push(' '),
            '\t' => out.push(' '),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_plain_text_with_page_starts() {
        let mut b = TextBuilder::default();
        b.page();
        b.push(&Block::Heading("Experience".into()));
        b.push(&Block::Item("Cut costs by 20%".into()));
        b.page();
        b.push(&Block::Paragraph("Line one\nline two".into()));
        let (text, pages) = b.finish();
        assert_eq!(
            text,
            "Experience\n\n• Cut costs by 20%\n\nLine one\nline two\n"
        );
        assert_eq!(pages, vec![0, text.find("Line one").unwrap_or(0)]);
    }

    #[test]
    fn ligatures_and_odd_spaces_are_undone() {
        assert_eq!(
            normalize_chars("eﬃcient ﬁx\u{a0}of the\u{ad} ﬂow"),
            "efficient fix of the flow"
        );
    }

    #[test]
    fn a_panic_becomes_an_error() {
        let result: Result<(), Failure> =
            isolated(Duration::from_secs(5), || panic!("broken table"));
        let err = result.unwrap_err();
        assert!(err.contains("broken table"), "{err}");
    }

    #[test]
    fn work_past_the_deadline_is_abandoned() {
        let result: Result<(), Failure> = isolated(Duration::from_millis(50), || {
            std::thread::sleep(Duration::from_secs(2));
            Ok(())
        });
        assert!(result.unwrap_err().contains("longer than"));
    }
}
