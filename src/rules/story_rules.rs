//! What the story rules share: where to point a finding about a whole story, and the
//! check that a STAR part is present.

use super::{Finding, RuleMeta};
use crate::analyze::{Analysis, Star, Story};
use crate::segment::Span;

/// Stories shorter than this many sentences are not checked for missing parts: a two-line
/// draft is not yet a story.
pub(crate) const MIN_SENTENCES: usize = 4;

/// Where a finding about a whole story points: its title, or its first sentence.
pub(crate) fn anchor(a: &Analysis<'_>, story: &Story) -> Span {
    story.title.unwrap_or_else(|| {
        story
            .sentences
            .first()
            .map_or(story.span, |s| a.segments.sentences[s.sentence].span)
    })
}

/// The title of a story for messages: `"Fixing the build": ` or nothing.
pub(crate) fn label(a: &Analysis<'_>, story: &Story) -> String {
    story
        .title
        .map(|t| format!("story \"{}\"", t.slice(a.text())))
        .unwrap_or_else(|| "story".to_owned())
}

/// Report stories (English, long enough) with no sentence labelled `part`.
pub(crate) fn missing_part(
    a: &Analysis<'_>,
    out: &mut Vec<Finding>,
    meta: &'static RuleMeta,
    part: Star,
) {
    for story in &a.stories {
        if !story.english || story.sentences.len() < MIN_SENTENCES {
            continue;
        }
        if story.sentences.iter().all(|s| s.star != part) {
            out.push(Finding::new(
                meta,
                anchor(a, story),
                format!("{} has no {} sentence", label(a, story), part.name()),
            ));
        }
    }
}
