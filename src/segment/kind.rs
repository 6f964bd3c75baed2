//! What kind of document this is: resume, story, cover letter or job description.
//!
//! Each kind has its own shape: a letter opens with a salutation or closes with a sign-off;
//! a job description names qualifications and responsibilities; a resume has sections and
//! bullets; a story is first-person prose. The checks run in that order because the
//! earlier shapes are the more certain. `--kind` overrides the guess.

use super::{BlockKind, SectionKind, Segments};
use crate::lexicon::{PhraseHits, PhraseList, WordFacts};

/// The kind of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// A resume or CV.
    Resume,
    /// One or more behavioural-interview stories.
    Story,
    /// A cover letter.
    CoverLetter,
    /// A job description (reference material: not scored).
    JobDescription,
}

impl DocKind {
    /// The kebab-case name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Resume => "resume",
            DocKind::Story => "story",
            DocKind::CoverLetter => "cover-letter",
            DocKind::JobDescription => "job-description",
        }
    }

    /// The kind with this name.
    pub fn from_name(name: &str) -> Option<DocKind> {
        [
            DocKind::Resume,
            DocKind::Story,
            DocKind::CoverLetter,
            DocKind::JobDescription,
        ]
        .into_iter()
        .find(|k| k.name() == name)
    }
}

/// Job-description cue score at which a document is taken for a posting.
const JOB_CUES_NEEDED: usize = 3;
/// How many blocks from either end a salutation or sign-off is looked for in.
const LETTER_EDGE_BLOCKS: usize = 4;

/// Guess the kind of a segmented document.
/// `phrases` are the document's phrase matches.
pub fn detect_kind(segments: &Segments, phrases: &PhraseHits) -> DocKind {
    let blocks = &segments.blocks;
    let starts_with =
        |list: PhraseList, block: &super::Block| phrases.at_start(list, block.span).is_some();
    let opens = blocks
        .iter()
        .take(LETTER_EDGE_BLOCKS)
        .any(|b| starts_with(PhraseList::Salutation, b));
    let closes = blocks
        .iter()
        .rev()
        .take(LETTER_EDGE_BLOCKS)
        .any(|b| starts_with(PhraseList::Closing, b));
    if opens || (closes && segments.items().count() < 3) {
        return DocKind::CoverLetter;
    }

    let mut job_cues = 0;
    for block in blocks {
        let cues = phrases.find(PhraseList::JobCue, block.span).count();
        let short = block.words.len() <= 4;
        job_cues += if short && cues > 0 { 2 } else { cues };
    }
    if job_cues >= JOB_CUES_NEEDED {
        return DocKind::JobDescription;
    }

    let mut resume_sections: Vec<SectionKind> = segments
        .sections
        .iter()
        .map(|s| s.kind)
        .filter(|k| *k != SectionKind::Other && *k != SectionKind::Summary)
        .collect();
    resume_sections.sort_by_key(|k| k.name());
    resume_sections.dedup();
    let items = segments.items().count();
    let paragraphs = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .count();
    let bullets_lead = items >= paragraphs && items > 0;
    if resume_sections.len() >= 2 || (bullets_lead && (items >= 3 || !resume_sections.is_empty())) {
        return DocKind::Resume;
    }

    let first_person = segments
        .sentences
        .iter()
        .filter(|s| {
            segments
                .words_in(&s.words)
                .iter()
                .any(|w| w.is(WordFacts::FIRST_PERSON))
        })
        .count();
    let story_cues = phrases.any(PhraseList::StoryCue);
    if story_cues || first_person * 10 >= segments.sentences.len() * 3 && first_person > 0 {
        return DocKind::Story;
    }
    if items > 0 {
        DocKind::Resume
    } else {
        DocKind::Story
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Document, Format, Source};
    use crate::lexicon::Lexicons;

    fn kind(format: Format, text: &str) -> DocKind {
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let doc = Document::from_text(Source::Stdin, format, text);
        let segments = crate::segment::segment(&doc, &lex);
        detect_kind(&segments, &lex.phrase_index().search(text))
    }

    #[test]
    fn resume_by_sections() {
        let text = "# Sam\n\n## Education\n\nState U\n\n## Experience\n\n- Built a thing\n";
        assert_eq!(kind(Format::Markdown, text), DocKind::Resume);
    }

    #[test]
    fn bare_bullets_are_a_resume() {
        assert_eq!(
            kind(
                Format::Text,
                "- Built a thing\n- Ran a thing\n- Sold 3 things\n"
            ),
            DocKind::Resume
        );
    }

    #[test]
    fn letter_by_salutation() {
        let text = "Dear Hiring Manager,\n\nI am applying for the role.\n\nSincerely,\nSam\n";
        assert_eq!(kind(Format::Text, text), DocKind::CoverLetter);
    }

    #[test]
    fn posting_by_qualification_headings() {
        let text = "About the role\nYou will build things.\n\nBasic Qualifications\n- A degree\n- Java\n- Git\n";
        assert_eq!(kind(Format::Text, text), DocKind::JobDescription);
    }

    #[test]
    fn first_person_prose_is_a_story() {
        let text = "During my internship our deploys kept failing. I traced the cause to a cache. I fixed it and failures stopped.";
        assert_eq!(kind(Format::Text, text), DocKind::Story);
    }
}
