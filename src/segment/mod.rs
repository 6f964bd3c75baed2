//! Document → sections, blocks (headings, paragraphs, items), sentences and words.
//!
//! Segmentation is the one place that knows how text is laid out. Markdown structure comes
//! from `pulldown-cmark`; plain text is read from line shapes (bullet markers, capitalised
//! or colon-terminated headings, indented continuation lines). Everything downstream works
//! on byte spans into the original text, never on copies, so every finding can be
//! underlined exactly where it is.
//!
//! Invariants (held by property tests): every span is in bounds and on char boundaries;
//! blocks, sentences and words are each in text order and do not overlap.

mod kind;
mod line_index;
mod markdown;
mod plain;
mod sentences;
mod span;
mod words;

use std::ops::Range;

pub use kind::{detect_kind, DocKind};
pub use line_index::{LineCol, LineIndex};
pub use span::Span;

use crate::ingest::{Document, Format};
use crate::lexicon::{Lexicons, WordFacts, WordForms};

/// What a resume section holds, from its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Summary, profile or objective.
    Summary,
    /// Education and coursework.
    Education,
    /// Skills, tools, languages, certifications.
    Skills,
    /// Awards and honours.
    Awards,
    /// Projects.
    Projects,
    /// Leadership, activities, volunteering.
    Leadership,
    /// Work, internships, research.
    Experience,
    /// A heading with no recognised kind (a name line, "Interests").
    Other,
}

impl SectionKind {
    /// The kind named by its lexicon name.
    pub fn from_name(name: &str) -> Option<SectionKind> {
        Some(match name {
            "summary" => SectionKind::Summary,
            "education" => SectionKind::Education,
            "skills" => SectionKind::Skills,
            "awards" => SectionKind::Awards,
            "projects" => SectionKind::Projects,
            "leadership" => SectionKind::Leadership,
            "experience" => SectionKind::Experience,
            "other" => SectionKind::Other,
            _ => return None,
        })
    }

    /// The lowercase name used in lexicons and reports.
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Summary => "summary",
            SectionKind::Education => "education",
            SectionKind::Skills => "skills",
            SectionKind::Awards => "awards",
            SectionKind::Projects => "projects",
            SectionKind::Leadership => "leadership",
            SectionKind::Experience => "experience",
            SectionKind::Other => "other",
        }
    }

    /// Sections whose bullets are expected to show impact (and so a metric).
    pub fn shows_impact(self) -> bool {
        matches!(
            self,
            SectionKind::Experience | SectionKind::Projects | SectionKind::Leadership
        )
    }
}

/// A section: a heading and the blocks up to the next heading of its rank or above.
#[derive(Clone, Debug)]
pub struct Section {
    /// The heading text (without `#` or a trailing colon).
    pub title: Span,
    /// What the section holds.
    pub kind: SectionKind,
}

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading line.
    Heading,
    /// A paragraph of prose (or a resume line that is not a bullet).
    Paragraph,
    /// A list item or bullet, continuation lines included.
    Item,
}

/// A heading, paragraph or item, with the sentences and words inside it.
#[derive(Clone, Debug)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's text, without list marker or heading marks.
    pub span: Span,
    /// Index into [`Segments::sections`] of the section holding the block, if any.
    pub section: Option<usize>,
    /// Range into [`Segments::sentences`].
    pub sentences: Range<usize>,
    /// Range into [`Segments::words`].
    pub words: Range<usize>,
}

/// A sentence inside a paragraph or an item.
#[derive(Clone, Debug)]
pub struct Sentence {
    /// The sentence, trimmed.
    pub span: Span,
    /// Index of its block.
    pub block: usize,
    /// Range into [`Segments::words`].
    pub words: Range<usize>,
}

/// A word (Unicode word boundaries), with its lowercase form and English stem.
#[derive(Clone, Debug)]
pub struct Word {
    /// The word as written.
    pub span: Span,
    /// Its lowercase form and stem.
    pub forms: WordForms,
}

impl Word {
    /// The lowercase form.
    pub fn lower(&self) -> &str {
        self.forms.lower()
    }

    /// The English stem of the lowercase form (words in other scripts are left as they
    /// are).
    pub fn stem(&self) -> &str {
        self.forms.stem()
    }

    /// True when the lexicons say every fact of `facts` of this word.
    pub fn is(&self, facts: WordFacts) -> bool {
        self.forms.facts().contains(facts)
    }
}

/// A segmented document.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Blocks in order.
    pub blocks: Vec<Block>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Words in order.
    pub words: Vec<Word>,
}

impl Segments {
    /// The kind of the section holding `block`, if any.
    pub fn section_kind(&self, block: &Block) -> Option<SectionKind> {
        block.section.map(|i| self.sections[i].kind)
    }

    /// Every list item, with its block index.
    pub fn items(&self) -> impl Iterator<Item = (usize, &Block)> {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == BlockKind::Item)
    }

    /// The words of a block or sentence range.
    pub fn words_in(&self, range: &Range<usize>) -> &[Word] {
        &self.words[range.clone()]
    }
}

/// A block found by the layout readers, before sentences and words.
#[derive(Clone, Copy, Debug)]
struct RawBlock {
    kind: BlockKind,
    span: Span,
    /// Heading rank (1 = top); 0 for other blocks.
    level: u8,
}

/// The words of `span` in `text`, with their lowercase forms and stems, as `segment`
/// finds them (for measures taken over text already segmented once, such as a story bank).
pub fn words(text: &str, span: Span, lex: &Lexicons) -> Vec<Word> {
    let mut out = Vec::new();
    words::push_words(text, span, lex, &mut out);
    out
}

/// Segment a document.
pub fn segment(doc: &Document, lex: &Lexicons) -> Segments {
    let text = doc.text.as_str();
    let raw = match doc.format {
        Format::Markdown => markdown::blocks(text),
        Format::Text | Format::Pdf | Format::Docx => plain::blocks(text, lex),
    };
    // Five to six bytes a word (stories run closer to five) and eighty a sentence in
    // English prose: sized once rather than grown step by step.
    let mut segments = Segments {
        words: Vec::with_capacity(text.len() / 5),
        sentences: Vec::with_capacity(text.len() / 80),
        blocks: Vec::with_capacity(raw.len()),
        ..Segments::default()
    };
    // (section index, its heading level) of the section that new blocks belong to
    let mut current: Option<(usize, u8)> = None;
    for block in raw {
        let span = block.span;
        if block.kind == BlockKind::Heading {
            let kind = section_kind(span.slice(text), lex);
            match (kind, current) {
                // A heading that names no section, below the current section's heading,
                // is an entry inside it ("### Software Intern, Acme" under "## Experience").
                (None, Some((_, level))) if block.level > level => {}
                _ => {
                    segments.sections.push(Section {
                        title: span,
                        kind: kind.unwrap_or(SectionKind::Other),
                    });
                    current = Some((segments.sections.len() - 1, block.level));
                }
            }
        }
        let index = segments.blocks.len();
        let first_word = segments.words.len();
        let first_sentence = segments.sentences.len();
        words::push_words(text, span, lex, &mut segments.words);
        if block.kind != BlockKind::Heading {
            sentences::push_sentences(
                text,
                span,
                index,
                first_word,
                lex,
                &segments.words,
                &mut segments.sentences,
            );
        }
        segments.blocks.push(Block {
            kind: block.kind,
            span,
            section: current.map(|(i, _)| i),
            sentences: first_sentence..segments.sentences.len(),
            words: first_word..segments.words.len(),
        });
    }
    segments
}

/// The section kind a heading names, from the section keywords.
/// The first section in lexicon order that a word of the title is a keyword of.
pub(crate) fn section_kind(title: &str, lex: &Lexicons) -> Option<SectionKind> {
    // Stems from the word cache and each stem's first section from a map: every line of a
    // plain-text document is asked this, and comparing each word with every keyword was a
    // thirtieth of a batch.
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter_map(|w| lex.section_of_stem(lex.word_forms(w).stem()))
        .min()
        .and_then(|i| lex.sections.get(i))
        .map(|(kind, _)| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Source;

    fn lex() -> Lexicons {
        Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    fn seg(format: Format, text: &str) -> Segments {
        segment(&Document::from_text(Source::Stdin, format, text), &lex())
    }

    fn items(format: Format, text: &str) -> Vec<(String, Option<SectionKind>)> {
        let s = seg(format, text);
        s.items()
            .map(|(_, b)| (b.span.slice(text).to_owned(), s.section_kind(b)))
            .collect()
    }

    #[test]
    fn section_keywords_decide_kind_in_lexicon_order() {
        let lex = lex();
        assert_eq!(
            section_kind("Project Experience", &lex),
            Some(SectionKind::Projects)
        );
        assert_eq!(
            section_kind("Leadership & Activities", &lex),
            Some(SectionKind::Leadership)
        );
        assert_eq!(
            section_kind("WORK EXPERIENCE:", &lex),
            Some(SectionKind::Experience)
        );
        assert_eq!(section_kind("경력", &lex), Some(SectionKind::Experience));
        assert_eq!(section_kind("Jordan Lee", &lex), None);
    }

    #[test]
    fn markdown_subheading_stays_in_its_section() {
        let text = "# Jordan Lee\n\n## Experience\n\n### Intern, Acme\n\n- Built a thing\n\n## Skills\n\n- Rust\n";
        assert_eq!(
            items(Format::Markdown, text),
            vec![
                ("Built a thing".to_owned(), Some(SectionKind::Experience)),
                ("Rust".to_owned(), Some(SectionKind::Skills)),
            ]
        );
    }

    #[test]
    fn sentences_and_words_nest_in_their_block() {
        let text = "I led the team. We shipped it in May.\n";
        let s = seg(Format::Text, text);
        assert_eq!(s.blocks.len(), 1);
        let sentences: Vec<&str> = s.sentences.iter().map(|x| x.span.slice(text)).collect();
        assert_eq!(sentences, vec!["I led the team.", "We shipped it in May."]);
        assert_eq!(s.words_in(&s.sentences[1].words).len(), 5);
    }
}
