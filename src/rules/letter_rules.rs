//! What the cover-letter rules (C001–C005) share: the body of a letter, its sentences
//! about the company applied to, and the companies those sentences name.

use crate::analyze::posting::capitalised_names;
use crate::analyze::Analysis;
use crate::lexicon::tech_tokens;
use crate::segment::{BlockKind, DocKind, Sentence, Span};

/// Fewest words of a paragraph of the letter's body; shorter ones are the address block,
/// the salutation and the sign-off.
const MIN_BODY_WORDS: usize = 8;

/// True for a cover letter.
pub(super) fn is_letter(a: &Analysis<'_>) -> bool {
    a.kind == DocKind::CoverLetter
}

/// The sentences of the letter's body paragraphs, in order.
pub(super) fn body_sentences<'a>(a: &'a Analysis<'_>) -> Vec<&'a Sentence> {
    a.segments
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph && b.words.len() >= MIN_BODY_WORDS)
        .flat_map(|b| a.segments.sentences[b.sentences.clone()].iter())
        .collect()
}

/// Where a finding about the whole letter points: its first body sentence, or the start.
pub(super) fn anchor(a: &Analysis<'_>) -> Span {
    body_sentences(a)
        .first()
        .map_or(Span::new(0, 0), |s| s.span)
}

/// True when the sentence speaks of the company applied to ("I would love to join…").
pub(super) fn about_target(a: &Analysis<'_>, sentence: &Sentence) -> bool {
    a.segments
        .words_in(&sentence.words)
        .iter()
        .any(|w| a.lex.letters.target_cues.contains(w.lower()))
}

/// Words before a name that make it the company applied to ("join Contoso").
const BEFORE_COMPANY: &[&str] = &["at", "join", "joining", "with", "for", "to", "the"];

/// Words that, among the three before a name ("my internship with Loomis", "my time on
/// Carrow's help desk"), make it a place the writer was, not the company applied to.
const PAST_CONTEXT: &[&str] = &["my", "our"];

/// The companies the letter names as the one it applies to, by sentence: capitalised
/// names in a sentence about the target, right after "at", "join", "with"… or before "'s"
/// or "team". Names of a job title ("Software Engineer") are not companies, nor are names
/// in the writer's past ("my internship with Loomis", "I learned at Fernhill").
pub(super) fn company_mentions(a: &Analysis<'_>) -> Vec<Vec<Span>> {
    let text = a.text();
    let sentences: Vec<&Sentence> = body_sentences(a)
        .into_iter()
        .filter(|s| about_target(a, s))
        .collect();
    let mut out = Vec::new();
    for sentence in sentences {
        let mut names = Vec::new();
        let slice = sentence.span.slice(text);
        for name in capitalised_names(slice, &[], a.lex) {
            let before = slice[..name.span.start].trim_end();
            let mut words = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase);
            let previous = words.next().unwrap_or_default();
            let past = PAST_CONTEXT.contains(&previous.as_str())
                || words.take(2).any(|w| PAST_CONTEXT.contains(&w.as_str()));
            let after = &slice[name.span.end..];
            let placed = BEFORE_COMPANY.contains(&previous.as_str()) && name.span.start > 0
                || after.starts_with("'s")
                || after.starts_with("’s")
                || after.trim_start().to_lowercase().starts_with("team");
            if placed && !past {
                names.push(name.span.shift(sentence.span.start));
            }
        }
        if !names.is_empty() {
            out.push(names);
        }
    }
    out
}

/// The token norms of a text, for matching skills and phrases in a sentence.
pub(super) fn norms(a: &Analysis<'_>, span: Span) -> (Vec<crate::lexicon::TechToken>, Vec<usize>) {
    let slice = span.slice(a.text());
    // Stems through the per-thread word cache: a letter's words repeat across a batch.
    let tokens = tech_tokens(slice, &|w| a.lex.word_forms(w).stem().to_owned());
    // Naming Lambda names AWS too.
    let found = a
        .lex
        .skills
        .find(slice, &tokens)
        .into_iter()
        .map(|m| m.skill);
    let skills = a.lex.skills.with_implied(found).into_iter().collect();
    (tokens, skills)
}
