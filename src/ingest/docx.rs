//! Word `.docx` to text, with `zip` and `quick-xml`.
//!
//! A DOCX is a ZIP archive; the body is `word/document.xml`, and `word/styles.xml` names
//! the paragraph styles. What is read:
//!
//! - every paragraph (`w:p`), in document order, with its runs' text (`w:t`), tabs and
//!   breaks;
//! - headings: paragraphs whose style is a heading or title (by style id or style name, or
//!   with an outline level), written as a line of their own;
//! - list paragraphs (`w:numPr`, directly or through the style) as items, bulleted or
//!   numbered alike;
//! - tables cell by cell, row by row, each cell's paragraphs as paragraphs;
//! - text boxes (`w:txbxContent`) where they are anchored, once: the legacy copy Word
//!   keeps for old readers (`mc:Fallback`) is skipped.
//!
//! Deleted text (`w:delText`), field instructions (`w:instrText`; the field's result is
//! kept), images and drawings, headers, footers and comments are not part of the text.
//!
//! Safety: the archive may list at most [`Limits::max_entries`] entries; each part is read
//! through a reader that stops one byte past what is left of
//! [`Limits::max_decompressed`], whatever size the archive claims (a zip bomb is refused
//! after reading the cap, not after inflating the bomb); XML nesting deeper than
//! [`Limits::max_xml_depth`] is refused.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use rustc_hash::FxHashSet;

use super::extract::{normalize_chars, Block, Failure, Limits, TextBuilder};

/// The text of a DOCX file.
pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> Result<String, Failure> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|err| format!("not a valid DOCX (ZIP) file: {err}"))?;
    if archive.len() > limits.max_entries {
        return Err(format!(
            "the archive has {} entries, over the limit of {}",
            archive.len(),
            limits.max_entries
        ));
    }
    let mut budget = limits.max_decompressed;
    let document = read_part(&mut archive, "word/document.xml", &mut budget)?
        .ok_or("not a Word document (no word/document.xml)")?;
    let styles = match read_part(&mut archive, "word/styles.xml", &mut budget)? {
        Some(xml) => Styles::parse(&xml, limits)?,
        None => Styles::default(),
    };
    let mut builder = TextBuilder::default();
    for block in body_blocks(&document, &styles, limits)? {
        builder.push(&block);
        if builder.len() > limits.max_text_chars {
            return Err("the document has more text than any resume".to_owned());
        }
    }
    Ok(builder.finish().0)
}

/// Read one part of the archive as UTF-8, charging its size to `budget`.
fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut u64,
) -> Result<Option<String>, Failure> {
    let entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(err) => return Err(format!("cannot read {name}: {err}")),
    };
    let mut bytes = Vec::new();
    // Never trust the declared size: read at most one byte past the budget.
    entry
        .take(budget.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|err| format!("cannot read {name}: {err}"))?;
    if bytes.len() as u64 > *budget {
        return Err(format!(
            "{name} inflates to more than {} MiB: refusing a possible zip bomb",
            *budget / (1024 * 1024)
        ));
    }
    *budget -= bytes.len() as u64;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| format!("{name} is not UTF-8 XML"))
}

/// What the styles say about paragraphs.
#[derive(Debug, Default)]
struct Styles {
    /// Style ids of headings and titles.
    headings: FxHashSet<String>,
    /// Style ids that make a paragraph a list item.
    lists: FxHashSet<String>,
}

impl Styles {
    fn parse(xml: &str, limits: &Limits) -> Result<Styles, Failure> {
        let mut styles = Styles::default();
        let mut current: Option<String> = None;
        let mut reader = Reader::from_str(xml);
        let mut depth = 0usize;
        loop {
            let event = reader.read_event().map_err(xml_error("styles.xml"))?;
            let (start, empty) = match &event {
                Event::Start(e) => (Some(e), false),
                Event::Empty(e) => (Some(e), true),
                Event::End(_) => {
                    depth = depth.saturating_sub(1);
                    if depth == 1 {
                        current = None;
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let Some(e) = start else { continue };
            if !empty {
                depth += 1;
                if depth > limits.max_xml_depth {
                    return Err(too_deep("styles.xml", limits));
                }
            }
            match e.local_name().as_ref() {
                b"style" => current = attr(e, b"styleId"),
                b"name" => {
                    if let (Some(id), Some(name)) = (&current, attr(e, b"val")) {
                        let name = name.to_ascii_lowercase();
                        if name.starts_with("heading") || name == "title" || name == "subtitle" {
                            styles.headings.insert(id.clone());
                        }
                    }
                }
                b"outlineLvl" => {
                    if let Some(id) = &current {
                        styles.headings.insert(id.clone());
                    }
                }
                b"numPr" => {
                    if let Some(id) = &current {
                        styles.lists.insert(id.clone());
                    }
                }
                _ => {}
            }
        }
        Ok(styles)
    }

    fn is_heading(&self, id: &str) -> bool {
        self.headings.contains(id) || {
            let lower = id.to_ascii_lowercase();
            lower.starts_with("heading") || lower == "title"
        }
    }
}

/// A paragraph being read.
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    numbered: bool,
    outline: bool,
}

/// The blocks of `word/document.xml`, in reading order.
fn body_blocks(xml: &str, styles: &Styles, limits: &Limits) -> Result<Vec<Block>, Failure> {
    let mut reader = Reader::from_str(xml);
    let mut blocks = Vec::new();
    // Open paragraphs: a text box inside a paragraph opens another one inside it.
    let mut open: Vec<Paragraph> = Vec::new();
    let mut depth = 0usize;
    // Depth at which a skipped element (deleted text, fallback copy, field code) started.
    let mut skip_from: Option<usize> = None;
    // Inside `w:t`, whose text is the document's.
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(xml_error("document.xml"))?;
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > limits.max_xml_depth {
                    return Err(too_deep("document.xml", limits));
                }
                if skip_from.is_some() {
                    continue;
                }
                match e.local_name().as_ref() {
                    b"Fallback" | b"delText" | b"instrText" | b"del" => skip_from = Some(depth),
                    b"p" => open.push(Paragraph::default()),
                    b"t" => in_text = true,
                    _ => element(&e, styles, &mut open),
                }
            }
            Event::Empty(e) if skip_from.is_none() => element(&e, styles, &mut open),
            Event::End(e) => {
                if skip_from == Some(depth) {
                    skip_from = None;
                } else if skip_from.is_none() {
                    match e.local_name().as_ref() {
                        b"t" => in_text = false,
                        b"p" => {
                            if let Some(p) = open.pop() {
                                blocks.push(finish(p, styles));
                            }
                        }
                        _ => {}
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) if in_text && skip_from.is_none() => {
                if let Some(p) = open.last_mut() {
                    let text = t.decode().map_err(|err| format!("document.xml: {err}"))?;
                    p.text.push_str(&text);
                }
            }
            Event::GeneralRef(r) if in_text && skip_from.is_none() => {
                if let Some(p) = open.last_mut() {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        p.text.push(c);
                    } else {
                        let name = r.decode().map_err(|err| format!("document.xml: {err}"))?;
                        p.text.push_str(match name.as_ref() {
                            "amp" => "&",
                            "lt" => "<",
                            "gt" => ">",
                            "quot" => "\"",
                            "apos" => "'",
                            _ => "",
                        });
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(blocks)
}

/// An element that is not a paragraph or text: style, list, tab or break.
fn element(e: &BytesStart<'_>, styles: &Styles, open: &mut [Paragraph]) {
    let Some(p) = open.last_mut() else { return };
    match e.local_name().as_ref() {
        b"pStyle" => {
            if let Some(style) = attr(e, b"val") {
                p.numbered |= styles.lists.contains(&style);
                p.style = Some(style);
            }
        }
        b"numPr" => p.numbered = true,
        // Numbering 0 takes a list style's numbering away.
        b"numId" if attr(e, b"val").as_deref() == Some("0") => p.numbered = false,
        b"outlineLvl" => p.outline = true,
        b"tab" | b"ptab" => p.text.push(' '),
        b"br" | b"cr" => p.text.push('\n'),
        b"noBreakHyphen" => p.text.push('-'),
        _ => {}
    }
}

fn finish(p: Paragraph, styles: &Styles) -> Block {
    let text = normalize_chars(&p.text);
    let heading = p.outline || p.style.as_deref().is_some_and(|s| styles.is_heading(s));
    if p.numbered && !heading {
        // A list item is one line, however it was broken.
        Block::Item(text.split_whitespace().collect::<Vec<_>>().join(" "))
    } else if heading {
        Block::Heading(text.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Block::Paragraph(text)
    }
}

fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

fn xml_error(part: &'static str) -> impl Fn(quick_xml::Error) -> Failure {
    move |err| format!("{part} is not well-formed XML: {err}")
}

fn too_deep(part: &str, limits: &Limits) -> Failure {
    format!(
        "{part} nests elements more than {} deep",
        limits.max_xml_depth
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract::LIMITS;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

    fn blocks(body: &str) -> Vec<Block> {
        let xml = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
        body_blocks(&xml, &Styles::default(), &LIMITS).unwrap()
    }

    #[test]
    fn headings_items_and_paragraphs() {
        let got = blocks(concat!(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>"#,
            r#"<w:r><w:t xml:space="preserve">Cut costs by </w:t></w:r><w:r><w:t>20% &amp; more</w:t></w:r></w:p>"#,
            r#"<w:p><w:r><w:t>Acme</w:t><w:tab/><w:t>2024</w:t></w:r></w:p>"#,
        ));
        assert_eq!(
            got,
            vec![
                Block::Heading("Experience".into()),
                Block::Item("Cut costs by 20% & more".into()),
                Block::Paragraph("Acme 2024".into()),
            ]
        );
    }

    #[test]
    fn deleted_text_field_codes_and_fallbacks_are_skipped() {
        let got = blocks(concat!(
            r#"<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>"#,
            r#"<w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r><w:r><w:t> link</w:t></w:r></w:p>"#,
            r#"<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"#,
            r#"<w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"#,
            r#"<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p>"#,
            r#"</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
        ));
        assert_eq!(
            got,
            vec![
                Block::Paragraph("Kept link".into()),
                Block::Paragraph("In a box".into()),
                Block::Paragraph(String::new()),
            ]
        );
    }

    #[test]
    fn numbering_zero_is_not_a_list() {
        let got = blocks(concat!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>"#,
            r#"<w:r><w:t>Plain again</w:t></w:r></w:p>"#,
        ));
        assert_eq!(got, vec![Block::Paragraph("Plain again".into())]);
    }

    #[test]
    fn table_cells_read_row_by_row() {
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let body = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell("a"),
            cell("b"),
            cell("c"),
            cell("d")
        );
        let got: Vec<Block> = blocks(&body);
        let texts: Vec<String> = got
            .into_iter()
            .map(|b| match b {
                Block::Paragraph(t) | Block::Heading(t) | Block::Item(t) => t,
            })
            .collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let body = "<w:x>".repeat(400) + &"</w:x>".repeat(400);
        let xml = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
        let err = body_blocks(&xml, &Styles::default(), &LIMITS).unwrap_err();
        assert!(err.contains("deep"), "{err}");
    }

    #[test]
    fn styles_name_headings_and_lists() {
        let xml = format!(
            r#"<w:styles {W}><w:style w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style><w:style w:styleId="Bullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>"#
        );
        let styles = Styles::parse(&xml, &LIMITS).unwrap();
        assert!(styles.is_heading("berschrift1"));
        assert!(styles.lists.contains("Bullet"));
    }
}
