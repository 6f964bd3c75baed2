//! PDF to text, with `lopdf` (parsing, limits) and `pdf-extract` (text with positions).
//!
//! # Which crate
//!
//! Two ways were compared on the fixtures under `tests/fixtures/documents/` (LibreOffice
//! exports of our example resumes in one column, two columns and a table layout):
//!
//! - `lopdf`'s own `Document::extract_text` returns the strings of the content stream in
//!   order, one line per text object. Reading order was right (two columns came out column
//!   by column, as they are written), but it knows nothing of positions: paragraph gaps
//!   vanish (no blank lines), a bullet glyph lands on a line of its own before its text, and
//!   a bold run splits a line in two ("Northlake University" / ", Tacoma, WA"). Recovering
//!   items from that needs a layout pass on positions, i.e. a second extractor. It took
//!   4.9 ms for the two-page two-column resume (release build).
//! - `pdf-extract` (built on `lopdf`) decodes fonts (ToUnicode maps, standard and
//!   embedded encodings, glyph names) and reports every glyph with its position. The same
//!   order came out, with each bullet on the line of its text, whole lines, and blank lines
//!   at paragraph gaps: every bullet of the Markdown resume was recovered (see
//!   `tests/extraction.rs`). It took 14.9 ms for the same file: slower, still about 130
//!   pages a second, far from mattering next to reading the file.
//!
//! `pdf-extract` is used: it keeps reading order and bullets best. It adds a few small
//! crates over `lopdf` (font and CMap parsers, `euclid`), about 20 seconds of a clean
//! build on two cores; `lopdf` is built without its default features (no `rayon`, `chrono`,
//! `time`, `jiff`).
//!
//! # From glyphs to text
//!
//! [`Collector`] receives the glyphs and groups them into lines much as `pdf-extract`'s own
//! plain-text output does: a new line when the baseline moves by half a font size, a gap
//! (a new block) when it moves by more than one and a half, or when the pen jumps right to
//! another baseline or by more than [`FAR_GAP`] font sizes (the next table cell or column,
//! a date set against the right margin). It remembers each line's left edge. Then, page
//! by page:
//!
//! - ligatures (ﬁ, ﬂ, …) are undone and odd spaces made plain;
//! - a line starting with a bullet glyph (`•`, `▪`, `●`, `◦`, `‣`, `■`, `–`, `➢`, a
//!   private-use Wingdings or Symbol bullet, or `1.`/`1)`) starts an item; following lines
//!   that are indented past the bullet and not after a gap continue it;
//! - a word hyphenated across a line end is joined. The hyphen stays when a piece is a
//!   word the document uses elsewhere ("on-premises", "shipping-report": compounds Word
//!   and LibreOffice break at their hyphen), and goes when the whole word occurs elsewhere
//!   or neither piece does (TeX's "print-ing", "com-mon"); addresses such as
//!   `example.com` do not count as words;
//! - a currency sign and a digit are never split by a space, whatever gap the glyph
//!   widths suggest (pdflatex's `\$`);
//! - pdflatex's default itemize bullet, which `pdf-extract` decodes as U+2039, is a
//!   bullet;
//! - a line that is the first or last of every page once digits are ignored (a running
//!   header or footer, "Page 2 of 3") is dropped, as is a bare page number at the top or
//!   bottom of a page.
//!
//! Reading order is the content stream's order, which is the writing order of Word,
//! LibreOffice and LaTeX: columns and table cells come out one after the other.
//!
//! A PDF with no text (a scan, an image-only export) is an error: "no text layer: is this
//! a scanned image?".
//!
//! # Limits
//!
//! Before `lopdf` parses anything, every `stream … endstream` in the file is inflated into
//! a counting sink, and the file is refused when they add up to more than
//! [`Limits::max_decompressed`]: no stream `lopdf` or `pdf-extract` inflates later can be
//! larger. Then the object and page counts are capped, and the structures `pdf-extract`
//! walks recursively (the page tree's `Parent` chain, drawings that draw other drawings)
//! are checked to be acyclic and shallow, since a cycle there would overflow the stack, which
//! no `catch_unwind` can catch. The glyphs reported are capped too.

use std::io::Read;

use lopdf::{Dictionary, Object, ObjectId};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use rustc_hash::{FxHashMap, FxHashSet};

use super::extract::{normalize_chars, Block, Failure, Limits, TextBuilder};

/// The message for a PDF without text.
pub(crate) const NO_TEXT: &str = "no text layer: is this a scanned image?";

/// Deepest page tree or drawing nesting accepted.
const MAX_NESTING: usize = 32;

/// A horizontal gap wider than this many font sizes on one baseline separates blocks
/// (table cells, a date pushed to the right margin), except after a lone bullet glyph.
const FAR_GAP: f64 = 2.0;

/// Fewer letters and digits than this in the whole file means there is no text layer.
const MIN_TEXT_CHARS: usize = 20;

/// The text of a PDF and the byte offset where each page starts.
pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> Result<(String, Vec<usize>), Failure> {
    check_inflated_size(bytes, limits.max_decompressed)?;
    let mut doc =
        lopdf::Document::load_mem(bytes).map_err(|err| format!("not a valid PDF: {err}"))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("the PDF is password-protected".to_owned());
    }
    if doc.objects.len() > limits.max_pdf_objects {
        return Err(format!(
            "the PDF has {} objects, over the limit of {}",
            doc.objects.len(),
            limits.max_pdf_objects
        ));
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err("the PDF has no pages".to_owned());
    }
    if pages.len() > limits.max_pdf_pages {
        return Err(format!(
            "the PDF has {} pages, over the limit of {}",
            pages.len(),
            limits.max_pdf_pages
        ));
    }
    for &page in pages.values() {
        check_parents(&doc, page)?;
    }
    check_drawings(&doc)?;

    let mut collector = Collector::new(limits.max_text_chars);
    for &number in pages.keys() {
        let result = pdf_extract::output_doc_page(&doc, &mut collector, number);
        if collector.over {
            return Err("the PDF has more text than any resume".to_owned());
        }
        if let Err(err) = result {
            return Err(format!("cannot read the text of page {number}: {err:?}"));
        }
    }
    let text = layout(collector.pages);
    let meaningful = text.0.chars().filter(|c| c.is_alphanumeric()).count();
    if meaningful < MIN_TEXT_CHARS {
        return Err(NO_TEXT.to_owned());
    }
    Ok(text)
}

/// Inflate every stream of the raw file into a counting sink, and refuse the file when
/// they add up to more than `cap` bytes.
fn check_inflated_size(bytes: &[u8], cap: u64) -> Result<(), Failure> {
    let mut total: u64 = 0;
    let mut rest = bytes;
    while let Some(at) = find(rest, b"stream") {
        let mut data = &rest[at + b"stream".len()..];
        // "endstream" also contains "stream"; only a keyword followed by EOL opens a stream.
        let opens = data.starts_with(b"\r\n") || data.starts_with(b"\n");
        if !opens || (at >= 3 && &rest[at - 3..at] == b"end") {
            rest = &rest[at + b"stream".len()..];
            continue;
        }
        data = data.strip_prefix(b"\r").unwrap_or(data);
        data = data.strip_prefix(b"\n").unwrap_or(data);
        let end = find(data, b"endstream").unwrap_or(data.len());
        let left = cap.saturating_sub(total);
        let mut decoder = flate2::read::ZlibDecoder::new(&data[..end]).take(left + 1);
        // Not every stream is zlib data; a stream that fails to inflate counts what it gave.
        let inflated = std::io::copy(&mut decoder, &mut std::io::sink()).unwrap_or(0);
        total = total.saturating_add(inflated);
        if total > cap {
            return Err(format!(
                "the PDF's streams inflate to more than {} MiB: refusing a possible \
                 decompression bomb",
                cap / (1024 * 1024)
            ));
        }
        rest = &data[end..];
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The `Parent` chain of a page must end, and soon.
fn check_parents(doc: &lopdf::Document, page: ObjectId) -> Result<(), Failure> {
    let mut id = page;
    for _ in 0..MAX_NESTING {
        let parent = doc
            .get_dictionary(id)
            .ok()
            .and_then(|d| d.get(b"Parent").ok())
            .and_then(|p| p.as_reference().ok());
        match parent {
            Some(parent) => id = parent,
            None => return Ok(()),
        }
    }
    Err("the PDF's page tree is cyclic or too deep".to_owned())
}

/// Drawings (form XObjects) may draw other drawings; the nesting must be acyclic and
/// shallow. A drawing that draws something (`Do`) without resources of its own would use
/// whatever resources drew it, which cannot be followed here, so it is refused.
fn check_drawings(doc: &lopdf::Document) -> Result<(), Failure> {
    let mut children: FxHashMap<ObjectId, Vec<ObjectId>> = FxHashMap::default();
    for (&id, object) in &doc.objects {
        let Object::Stream(stream) = object else {
            continue;
        };
        let is_form = stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Form");
        if !is_form {
            continue;
        }
        let content = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        if !draws(&content) {
            continue;
        }
        let resources = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|r| deref_dict(doc, r));
        let Some(resources) = resources else {
            return Err("the PDF has a drawing without resources that draws".to_owned());
        };
        let xobjects = resources
            .get(b"XObject")
            .ok()
            .and_then(|x| deref_dict(doc, x));
        let kids = xobjects
            .map(|x| {
                x.iter()
                    .filter_map(|(_, v)| v.as_reference().ok())
                    .collect()
            })
            .unwrap_or_default();
        children.insert(id, kids);
    }
    // Depth-first from every drawing, with the path on a stack: a node met again on the
    // path is a cycle.
    let mut done: FxHashSet<ObjectId> = FxHashSet::default();
    for &root in children.keys() {
        let mut stack: Vec<(ObjectId, usize)> = vec![(root, 0)];
        let mut path: Vec<ObjectId> = Vec::new();
        while let Some((id, next)) = stack.pop() {
            if next == 0 {
                if path.contains(&id) || path.len() >= MAX_NESTING {
                    return Err("the PDF's drawings are nested in a cycle or too deep".to_owned());
                }
                if done.contains(&id) {
                    continue;
                }
                path.push(id);
            }
            let kids = children.get(&id).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(&kid) = kids.get(next) {
                stack.push((id, next + 1));
                stack.push((kid, 0));
            } else {
                path.pop();
                done.insert(id);
            }
        }
    }
    Ok(())
}

fn deref_dict<'a>(doc: &'a lopdf::Document, object: &'a Object) -> Option<&'a Dictionary> {
    match object {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    }
}

/// Whether a content stream holds a `Do` operator.
fn draws(content: &[u8]) -> bool {
    content.windows(4).any(|w| {
        w[1..3] == *b"Do"
            && (w[0].is_ascii_whitespace() || w[0] == b'/')
            && (w[3].is_ascii_whitespace())
    }) || content.ends_with(b" Do")
}

/// One line of glyphs.
#[derive(Debug, Default)]
struct Line {
    text: String,
    /// Left edge of the first glyph.
    x: f64,
    /// Font size of the first glyph.
    size: f64,
    /// Whether a paragraph gap comes before it.
    gap: bool,
    /// Whether it starts above the previous line (the top of the next column).
    up: bool,
}

/// Receives glyphs from `pdf-extract` and groups them into lines, page by page.
#[derive(Debug)]
struct Collector {
    pages: Vec<Vec<Line>>,
    height: f64,
    last_end: f64,
    last_y: f64,
    word_start: bool,
    chars: usize,
    max_chars: usize,
    over: bool,
}

impl Collector {
    fn new(max_chars: usize) -> Collector {
        Collector {
            pages: Vec::new(),
            height: 0.0,
            last_end: 0.0,
            last_y: 0.0,
            word_start: false,
            chars: 0,
            max_chars,
            over: false,
        }
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.pages.push(Vec::new());
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.chars += text.len();
        if self.chars > self.max_chars {
            self.over = true;
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        let x = trm.m31;
        let y = self.height - trm.m32;
        let (vx, vy) = (
            font_size * (trm.m11 + trm.m21),
            font_size * (trm.m12 + trm.m22),
        );
        let size = (vx * vy).abs().sqrt().max(0.1);
        let Some(page) = self.pages.last_mut() else {
            return Ok(());
        };
        let dy = (y - self.last_y).abs();
        // Far to the right, or to the right on another baseline: another table cell or
        // column, so another block.
        let aside = x > self.last_end + size * FAR_GAP
            || (x > self.last_end + size * 0.5 && dy > size * 0.25);
        let new_line = page.is_empty() || (self.word_start && (dy > size * 0.5 || aside));
        if new_line {
            page.push(Line {
                text: String::new(),
                x,
                size,
                gap: !page.is_empty() && (dy > size * 1.5 || aside),
                up: !page.is_empty() && y < self.last_y - size,
            });
        } else if self.word_start && x > self.last_end + size * 0.1 {
            if let Some(line) = page.last_mut() {
                // A currency sign and its amount are never apart ("$1,800"); a gap there
                // comes from a glyph width the font reports wrong (pdflatex's `\$`).
                let amount = line.text.ends_with(['$', '€', '£'])
                    && text.starts_with(|c: char| c.is_ascii_digit());
                if !amount {
                    line.text.push(' ');
                }
            }
        }
        if let Some(line) = page.last_mut() {
            line.text.push_str(text);
        }
        self.word_start = false;
        self.last_y = y;
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Is `c` a glyph that marks a bullet? Word and others write Symbol and Wingdings bullets
/// as private-use code points (U+F000 plus the font's own code) when the font has no
/// Unicode map; only those that are bullets count, since icon fonts (a phone, an envelope
/// before a contact line) use the same range.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '▪'
            | '●'
            | '◦'
            | '‣'
            | '⁃'
            | '■'
            | '□'
            | '○'
            | '◆'
            | '◇'
            | '❖'
            | '➢'
            | '➤'
            | '►'
            | '▸'
            | '✓'
            | '✔'
            | '–'
            | '—'
            | '-'
            | '*'
            | '·'
            | '∙'
    ) || WINGDINGS_SYMBOL_BULLETS.contains(&c)
        // pdflatex's default itemize bullet (character 15 of cmsy10, named `bullet` in the
        // font's own encoding) comes out of pdf-extract as U+2039; no line of a resume
        // starts with that quotation mark and a space.
        || c == '\u{2039}'
}

/// Symbol U+F0B7 (•); Wingdings l (●), n (■), q (❑), u (◆), v (❖), § (▪), ¨ (□), Ø (➢),
/// è (➔), ü (✓), and the round bullets at U+F09F and U+F0A1.
const WINGDINGS_SYMBOL_BULLETS: [char; 13] = [
    '\u{f06c}', '\u{f06e}', '\u{f071}', '\u{f075}', '\u{f076}', '\u{f09f}', '\u{f0a1}', '\u{f0a7}',
    '\u{f0a8}', '\u{f0b7}', '\u{f0d8}', '\u{f0e8}', '\u{f0fc}',
];

/// The text after a bullet or a list number ("1." or "1)"), if the line starts with one.
fn item_text(line: &str) -> Option<&str> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    if is_bullet(first) {
        let rest = &line[first.len_utf8()..];
        // A dash followed by a digit is a minus or a range, not a bullet.
        if matches!(first, '-' | '–' | '—') && !rest.starts_with(' ') {
            return None;
        }
        return Some(rest.trim_start());
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(['.', ')']) {
            if rest.starts_with(' ') {
                return Some(rest.trim_start());
            }
        }
    }
    None
}

/// A lone page number, or "Page 2", "Page 2 of 3", "2/3", "- 2 -".
fn is_page_number(line: &str) -> bool {
    let lower = line.to_lowercase();
    let bare = lower
        .trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace())
        .trim_start_matches("page")
        .trim();
    !bare.is_empty()
        && bare.len() <= 12
        && bare.chars().any(|c| c.is_ascii_digit())
        && bare
            .split(|c: char| c.is_whitespace() || c == '/')
            .all(|w| w.is_empty() || w == "of" || w.chars().all(|c| c.is_ascii_digit()))
}

/// The lines of every page as blocks, written as the document text.
fn layout(pages: Vec<Vec<Line>>) -> (String, Vec<usize>) {
    let mut pages: Vec<Vec<Line>> = pages
        .into_iter()
        .map(|page| {
            page.into_iter()
                .map(|mut line| {
                    line.text = normalize_chars(&line.text).trim().to_owned();
                    line
                })
                .filter(|line| !line.text.is_empty())
                .collect()
        })
        .collect();
    drop_running_lines(&mut pages);

    // Every line's words, to decide whether a hyphen at a line end is part of a word.
    // How often each word (a run of letters, lowercase) occurs, to decide whether a hyphen
    // at a line end is part of a compound or only breaks a word.
    let mut words: FxHashMap<String, usize> = FxHashMap::default();
    // The pieces at line breaks themselves are not counted.
    let mut after_break = false;
    for line in pages.iter().flatten() {
        let tokens: Vec<&str> = line.text.split_whitespace().collect();
        let broken = line.text.ends_with('-');
        for (i, token) in tokens.iter().enumerate() {
            let piece = (i == 0 && after_break) || (i + 1 == tokens.len() && broken);
            // Addresses are not words: "com" of "example.com" says nothing of "com-mon".
            if piece || is_address(token) {
                continue;
            }
            for word in token.split(|c: char| !c.is_alphabetic()) {
                if !word.is_empty() {
                    *words.entry(word.to_lowercase()).or_default() += 1;
                }
            }
        }
        after_break = broken;
    }

    let mut builder = TextBuilder::default();
    // The open block, its left edge (the bullet's, for an item) and its page. An item may
    // go on at the top of the next page.
    let mut block: Option<(Block, f64, usize)> = None;
    for (number, page) in pages.iter().enumerate() {
        let mut pending_bullet: Option<f64> = None;
        for line in page {
            if let Some(text) = item_text(&line.text) {
                flush(&mut builder, &mut block);
                if text.is_empty() {
                    // The bullet glyph alone: its text is on the next line.
                    pending_bullet = Some(line.x);
                    continue;
                }
                block = Some((Block::Item(text.to_owned()), line.x, number));
                continue;
            }
            if let Some(bullet_x) = pending_bullet.take() {
                flush(&mut builder, &mut block);
                block = Some((Block::Item(line.text.clone()), bullet_x, number));
                continue;
            }
            match &mut block {
                Some((Block::Item(text), bullet_x, _))
                    if (!line.gap
                        && (line.x > *bullet_x + line.size * 0.3
                            || unfinished(text, &line.text)))
                        || (line.up && unfinished(text, &line.text)) =>
                {
                    join_line(text, &line.text, &words, ' ');
                }
                Some((Block::Paragraph(text), _, started)) if !line.gap && *started == number => {
                    join_line(text, &line.text, &words, '\n');
                }
                _ => {
                    flush(&mut builder, &mut block);
                    block = Some((Block::Paragraph(line.text.clone()), line.x, number));
                }
            }
        }
    }
    flush(&mut builder, &mut block);
    while builder.pages() < pages.len() {
        builder.page();
    }
    builder.finish()
}

/// Write the open block, marking the start of every page up to its own first.
/// An item goes on, even on a line that is not indented past its bullet (a layout without
/// a hanging indent) or at the top of the next column, when it does not end a sentence and
/// the next line starts in lowercase.
fn unfinished(item: &str, next: &str) -> bool {
    !item.ends_with(['.', '!', '?', ':', ';']) && next.starts_with(char::is_lowercase)
}

fn flush(builder: &mut TextBuilder, block: &mut Option<(Block, f64, usize)>) {
    if let Some((block, _, page)) = block.take() {
        while builder.pages() <= page {
            builder.page();
        }
        builder.push(&block);
    }
}

/// An e-mail address, URL or domain name: an `@`, a `/`, or a dot followed by a letter.
fn is_address(token: &str) -> bool {
    token.contains(['@', '/'])
        || token
            .char_indices()
            .any(|(i, c)| c == '.' && token[i + 1..].starts_with(char::is_alphabetic))
}

/// Append `next` to `text` with `separator`, or glued when `text` ends in a word broken
/// by a hyphen. The hyphen goes when the whole word occurs elsewhere in the document, or
/// when neither piece does (TeX's "print-ing"); it stays when a piece is a word the document
/// uses elsewhere ("on-premises", "shipping-report").
fn join_line(text: &mut String, next: &str, words: &FxHashMap<String, usize>, separator: char) {
    let broken = text.ends_with('-')
        && text[..text.len() - 1].ends_with(char::is_alphabetic)
        && next.starts_with(char::is_lowercase);
    if !broken {
        text.push(separator);
        text.push_str(next);
        return;
    }
    let left = text[..text.len() - 1]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let right: String = next
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let count = |w: &str| words.get(w).copied().unwrap_or(0);
    let whole_elsewhere = count(&format!("{left}{right}")) > 0;
    let piece_elsewhere = count(&left) > 0 || count(&right) > 0;
    if whole_elsewhere || !piece_elsewhere {
        text.pop();
    }
    text.push_str(next);
}

/// Drop running headers and footers (the first or last line of every page, digits
/// ignored, when there are two pages or more) and bare page numbers at a page's top or
/// bottom.
fn drop_running_lines(pages: &mut [Vec<Line>]) {
    let key = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect()
    };
    let ends = |page: &Vec<Line>| -> Vec<String> {
        let mut keys: Vec<String> = page.first().into_iter().map(|l| key(&l.text)).collect();
        keys.extend(page.last().map(|l| key(&l.text)));
        keys
    };
    let mut running: FxHashSet<String> = FxHashSet::default();
    if pages.len() >= 2 {
        if let Some(first) = pages.first() {
            running = ends(first).into_iter().collect();
            for page in &pages[1..] {
                let here: FxHashSet<String> = ends(page).into_iter().collect();
                running.retain(|k| here.contains(k));
            }
        }
    }
    for page in pages.iter_mut() {
        for _ in 0..2 {
            if page
                .first()
                .is_some_and(|l| running.contains(&key(&l.text)) || is_page_number(&l.text))
            {
                page.remove(0);
            }
            if page
                .last()
                .is_some_and(|l| running.contains(&key(&l.text)) || is_page_number(&l.text))
            {
                page.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, x: f64, gap: bool) -> Line {
        Line {
            text: text.to_owned(),
            x,
            size: 10.0,
            gap,
            up: false,
        }
    }

    #[test]
    fn bullets_start_items_and_indented_lines_continue_them() {
        let page = vec![
            line("Experience", 50.0, false),
            line("Acme Corp", 50.0, true),
            line("\u{f0b7} Cut build time by 40% for", 60.0, false),
            line("3 teams", 72.0, false),
            line("• Wrote a data-", 60.0, false),
            line("base tool", 72.0, false),
            line("Skills", 50.0, false),
        ];
        let (text, pages) = layout(vec![page]);
        assert_eq!(
            text,
            "Experience\n\nAcme Corp\n\n• Cut build time by 40% for 3 teams\n\n• Wrote a database tool\n\nSkills\n"
        );
        assert_eq!(pages, vec![0]);
    }

    #[test]
    fn an_item_cut_by_a_column_break_goes_on_in_the_next_column() {
        let mut top = line("refresh 2 weeks early.", 320.0, true);
        top.up = true;
        let mut next = line("Projects", 300.0, true);
        next.up = false;
        let page = vec![
            line("• Upgraded 120 computers, finishing the", 60.0, false),
            top,
            next,
        ];
        let (text, _) = layout(vec![page]);
        assert_eq!(
            text,
            "• Upgraded 120 computers, finishing the refresh 2 weeks early.\n\nProjects\n"
        );
    }

    #[test]
    fn hyphen_stays_in_a_compound_and_goes_inside_a_word() {
        let page = vec![
            line("• Moved the on-", 60.0, false),
            line("premises servers on time and fixed print-", 72.0, false),
            line("ing", 72.0, false),
        ];
        let (text, _) = layout(vec![page]);
        assert_eq!(
            text,
            "• Moved the on-premises servers on time and fixed printing\n"
        );
    }

    #[test]
    fn addresses_do_not_make_pieces_words() {
        let page = vec![
            line("jo@example.com", 50.0, false),
            line("• Wrote articles for com-", 60.0, true),
            line("mon problems", 72.0, false),
        ];
        let (text, _) = layout(vec![page]);
        assert!(text.contains("for common problems"), "{text}");
    }

    #[test]
    fn hyphen_is_dropped_when_the_word_appears_whole() {
        let page = vec![
            line("• Tuned the data-", 60.0, false),
            line("base and the database index", 72.0, false),
        ];
        let (text, _) = layout(vec![page]);
        assert_eq!(text, "• Tuned the database and the database index\n");
    }

    #[test]
    fn running_headers_footers_and_page_numbers_go() {
        let page = |n: usize, body: &str| {
            vec![
                line("Jordan Lee — Resume", 50.0, false),
                line(body, 50.0, true),
                line(&format!("Page {n} of 2"), 50.0, true),
            ]
        };
        let (text, pages) = layout(vec![page(1, "First page"), page(2, "Second page")]);
        assert_eq!(text, "First page\n\nSecond page\n");
        assert_eq!(pages, vec![0, text.find("Second").unwrap()]);
    }

    #[test]
    fn latex_bullets_are_bullets() {
        assert_eq!(
            item_text("\u{2039} Cut costs by 20%"),
            Some("Cut costs by 20%")
        );
    }

    #[test]
    fn icon_fonts_are_not_bullets_but_wingdings_bullets_are() {
        assert_eq!(item_text("\u{f095} (555) 014-2298"), None);
        assert_eq!(
            item_text("\u{f0a7} Cut costs by 20%"),
            Some("Cut costs by 20%")
        );
    }

    #[test]
    fn a_wrapped_line_without_hanging_indent_continues_an_unfinished_item() {
        let page = vec![
            line("• Cut costs by 20% for the", 50.0, false),
            line("warehouse team", 50.0, false),
            line("Acme Corp", 50.0, false),
        ];
        let (text, _) = layout(vec![page]);
        assert_eq!(
            text,
            "• Cut costs by 20% for the warehouse team\n\nAcme Corp\n"
        );
    }

    #[test]
    fn dashes_before_digits_are_not_bullets() {
        assert_eq!(item_text("- 40% faster"), Some("40% faster"));
        assert_eq!(item_text("-40 degrees"), None);
        assert_eq!(item_text("2) Ran a workshop"), Some("Ran a workshop"));
        assert_eq!(item_text("2024 Acme"), None);
    }

    #[test]
    fn page_numbers() {
        for yes in ["3", "Page 2", "page 2 of 3", "- 2 -", "2/3"] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["Python 3", "2019 – 2020 Acme", "Page"] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn inflated_size_is_capped() {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&vec![b' '; 1 << 20]).unwrap();
        let packed = encoder.finish().unwrap();
        let mut file = b"%PDF-1.4\n1 0 obj\n<< /Length 9 >>\nstream\n".to_vec();
        file.extend_from_slice(&packed);
        file.extend_from_slice(b"\nendstream\nendobj\n");
        assert!(check_inflated_size(&file, 2 << 20).is_ok());
        let err = check_inflated_size(&file, 1 << 19).unwrap_err();
        assert!(err.contains("bomb"), "{err}");
    }
}
