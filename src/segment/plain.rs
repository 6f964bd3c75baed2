//! Plain-text layout: headings, bullets and paragraphs from line shapes.
//!
//! Resumes pasted as text mark bullets with `•`, `-`, `*`, `–`, `▪`, `●`, `○`, `➢` or
//! `1.`/`1)`, wrap long bullets onto indented lines, and write headings either in capitals
//! ("EXPERIENCE") or as a short title ending in a colon ("Work Experience:"). A line is a
//! heading when it is short and either all capitals or names a known section; an indented
//! or lowercase line right after a bullet continues that bullet; other lines run together
//! into paragraphs until a blank line.

use std::sync::LazyLock;

use regex::Regex;

use super::{section_kind, BlockKind, RawBlock, Span};
use crate::lexicon::Lexicons;

#[allow(clippy::unwrap_used)] // a constant pattern, covered by tests
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]*(?:[•\-*–—▪●○◦‣⁃■□➢➤►✓✔·]|\d{1,2}[.)])[ \t]+").unwrap());

/// Longest line (in chars) that can still be a heading.
const MAX_HEADING_CHARS: usize = 50;
/// Most words a heading can have.
const MAX_HEADING_WORDS: usize = 6;

pub(super) fn blocks(text: &str, lex: &Lexicons) -> Vec<RawBlock> {
    let mut out: Vec<RawBlock> = Vec::new();
    // The block being extended by following lines, if it is still open.
    let mut open: Option<RawBlock> = None;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let line_span = Span::new(start, start + line.len());
        start += line.len();
        let content = line_span.trim(text);
        if content.is_empty() {
            out.extend(open.take());
            continue;
        }
        let raw = line_span.slice(text);
        if let Some(marker) = BULLET.find(raw) {
            out.extend(open.take());
            let item = Span::new(line_span.start + marker.end(), line_span.end).trim(text);
            open = Some(RawBlock {
                kind: BlockKind::Item,
                span: item,
                level: 0,
            });
            continue;
        }
        if is_heading(content.slice(text), lex) {
            out.extend(open.take());
            let title = content.slice(text).trim_end_matches(':').trim_end();
            out.push(RawBlock {
                kind: BlockKind::Heading,
                span: Span::new(content.start, content.start + title.len()),
                level: 1,
            });
            continue;
        }
        let indented = raw.starts_with([' ', '\t']);
        let lowercase = content.slice(text).starts_with(char::is_lowercase);
        match open.as_mut() {
            Some(block) if block.kind == BlockKind::Item && (indented || lowercase) => {
                block.span.end = content.end;
            }
            Some(block) if block.kind == BlockKind::Paragraph => block.span.end = content.end,
            _ => {
                out.extend(open.take());
                open = Some(RawBlock {
                    kind: BlockKind::Paragraph,
                    span: content,
                    level: 0,
                });
            }
        }
    }
    out.extend(open);
    out
}

fn is_heading(line: &str, lex: &Lexicons) -> bool {
    let title = line.trim_end_matches(':').trim_end();
    let words = title.split_whitespace().count();
    if title.is_empty()
        || words > MAX_HEADING_WORDS
        || title.chars().count() > MAX_HEADING_CHARS
        || title.ends_with(['.', '!', '?', ','])
    {
        return false;
    }
    let letters: Vec<char> = title.chars().filter(|c| c.is_alphabetic()).collect();
    let has_case = letters.iter().any(|c| c.is_uppercase() || c.is_lowercase());
    let all_caps = has_case && letters.len() >= 3 && !letters.iter().any(|c| c.is_lowercase());
    if all_caps {
        return true;
    }
    if section_kind(title, lex).is_none() || words > 4 {
        return false;
    }
    // A known section name reads as a heading when it ends with a colon, is capitalised
    // word by word ("Work Experience"), or is in a script without case ("경력").
    let capitalised = title
        .split_whitespace()
        .all(|w| !w.starts_with(char::is_lowercase));
    line.ends_with(':') || capitalised || !has_case
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicons {
        Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    fn show(text: &str) -> Vec<(BlockKind, String)> {
        blocks(text, &lex())
            .into_iter()
            .map(|b| (b.kind, b.span.slice(text).to_owned()))
            .collect()
    }

    #[test]
    fn headings_bullets_and_continuations() {
        let text = "JORDAN LEE\njordan@example.com\n\nWork Experience:\n• Cut report time by 40%\n  for 3 teams\n- Built a tool\nAcme Corp, 2024\n2) Ran a workshop\n";
        assert_eq!(
            show(text),
            vec![
                (BlockKind::Heading, "JORDAN LEE".to_owned()),
                (BlockKind::Paragraph, "jordan@example.com".to_owned()),
                (BlockKind::Heading, "Work Experience".to_owned()),
                (
                    BlockKind::Item,
                    "Cut report time by 40%\n  for 3 teams".to_owned()
                ),
                (BlockKind::Item, "Built a tool".to_owned()),
                (BlockKind::Paragraph, "Acme Corp, 2024".to_owned()),
                (BlockKind::Item, "Ran a workshop".to_owned()),
            ]
        );
    }

    #[test]
    fn prose_lines_are_not_headings() {
        let lex = lex();
        assert!(!is_heading("I have experience in sales", &lex));
        assert!(!is_heading("Relevant coursework: CS 3110, ECON 101", &lex));
        assert!(is_heading("Projects", &lex));
        assert!(is_heading("경력", &lex));
        assert!(!is_heading("Sincerely,", &lex));
    }

    #[test]
    fn crlf_lines_keep_spans_without_carriage_returns() {
        let text = "SKILLS\r\n- Rust\r\n";
        assert_eq!(
            show(text),
            vec![
                (BlockKind::Heading, "SKILLS".to_owned()),
                (BlockKind::Item, "Rust".to_owned()),
            ]
        );
    }
}
