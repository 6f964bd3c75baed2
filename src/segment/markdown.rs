//! Markdown layout from the CommonMark events of `pulldown-cmark`.
//!
//! A block's span runs from its first inline event to its last, so list markers, `#`s and
//! container indentation stay outside it while inline markup (`**40%**`) stays inside.
//! An item's own text stops where a nested list starts; the nested items are items of
//! their own. YAML front matter, code and HTML are not prose and yield no block.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{BlockKind, RawBlock, Span};

/// A block whose inline content is being collected.
struct Open {
    kind: BlockKind,
    level: u8,
    span: Option<Span>,
    /// True once a nested list has started inside an item: later text is not the item's.
    closed: bool,
}

pub(super) fn blocks(text: &str) -> Vec<RawBlock> {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_STRIKETHROUGH;
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut skip = 0usize; // depth inside code blocks and metadata
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1);
            }
            _ if skip > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => stack.push(Open {
                kind: BlockKind::Heading,
                level: level as u8,
                span: None,
                closed: false,
            }),
            Event::Start(Tag::Item) => stack.push(Open {
                kind: BlockKind::Item,
                level: 0,
                span: None,
                closed: false,
            }),
            Event::Start(Tag::Paragraph) => {
                // Paragraphs inside an item (loose lists) are the item's text.
                if !matches!(stack.last(), Some(open) if open.kind == BlockKind::Item) {
                    stack.push(Open {
                        kind: BlockKind::Paragraph,
                        level: 0,
                        span: None,
                        closed: false,
                    });
                }
            }
            Event::Start(Tag::List(_)) => {
                if let Some(open) = stack.last_mut() {
                    if open.kind == BlockKind::Item {
                        // The item's own text ends here; emit it before its children.
                        open.closed = true;
                        if let Some(span) = open.span.take() {
                            out.push(RawBlock {
                                kind: BlockKind::Item,
                                span,
                                level: 0,
                            });
                        }
                    }
                }
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Item) => close(&mut stack, &mut out),
            Event::End(TagEnd::Paragraph) => {
                if matches!(stack.last(), Some(open) if open.kind == BlockKind::Paragraph) {
                    close(&mut stack, &mut out);
                }
            }
            // Inline markup belongs to the block's text; other containers (a block quote or
            // a table inside an item) hold blocks of their own and must not widen it.
            Event::Start(tag) if is_inline(&tag) => extend(&mut stack, range.into()),
            Event::Start(_) | Event::End(_) => {}
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => extend(&mut stack, range.into()),
            Event::SoftBreak | Event::HardBreak | Event::Rule | Event::Html(_) => {}
        }
    }
    out.sort_by_key(|b| b.span.start);
    // Blocks never overlap, whatever nesting the Markdown has: a block that starts inside
    // the previous one is cut to begin where it ends.
    let mut end = 0;
    out.retain_mut(|b| {
        b.span.start = b.span.start.max(end);
        if b.span.start >= b.span.end {
            return false;
        }
        end = b.span.end;
        true
    });
    out
}

fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn extend(stack: &mut [Open], span: Span) {
    if let Some(open) = stack.last_mut() {
        if open.closed {
            return;
        }
        open.span = Some(match open.span {
            Some(current) => Span::new(current.start.min(span.start), current.end.max(span.end)),
            None => span,
        });
    }
}

fn close(stack: &mut Vec<Open>, out: &mut Vec<RawBlock>) {
    if let Some(open) = stack.pop() {
        if let Some(span) = open.span {
            out.push(RawBlock {
                kind: open.kind,
                span,
                level: open.level,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(BlockKind, String)> {
        blocks(text)
            .into_iter()
            .map(|b| (b.kind, b.span.slice(text).to_owned()))
            .collect()
    }

    #[test]
    fn headings_paragraphs_items_with_markup_kept() {
        let text = "---\ntitle: x\n---\n# Jordan Lee\n\nSome *prose*\nwrapped.\n\n- Cut costs **40%**\n- [Site](https://example.com/2)\n\n```\ncode 99\n```\n";
        assert_eq!(
            show(text),
            vec![
                (BlockKind::Heading, "Jordan Lee".to_owned()),
                (BlockKind::Paragraph, "Some *prose*\nwrapped.".to_owned()),
                (BlockKind::Item, "Cut costs **40%**".to_owned()),
                (BlockKind::Item, "[Site](https://example.com/2)".to_owned()),
            ]
        );
    }

    #[test]
    fn containers_inside_items_do_not_widen_them() {
        // Found by the property tests: a list inside a quote inside an item.
        let text = "* > * EXPERIENCE\n";
        let blocks = blocks(text);
        for pair in blocks.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{blocks:?}");
        }
        assert_eq!(show(text), vec![(BlockKind::Item, "EXPERIENCE".to_owned())]);
    }

    #[test]
    fn nested_items_are_separate_and_in_order() {
        let text = "1. Led a team\n   - Hired 3 interns\n2. Loose item\n\n   second paragraph\n";
        assert_eq!(
            show(text),
            vec![
                (BlockKind::Item, "Led a team".to_owned()),
                (BlockKind::Item, "Hired 3 interns".to_owned()),
                (
                    BlockKind::Item,
                    "Loose item\n\n   second paragraph".to_owned()
                ),
            ]
        );
    }
}
