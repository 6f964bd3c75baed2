//! C003 no-principle-in-letter: a cover letter that shows no leadership principle.

use super::letter_rules::{anchor, body_sentences, is_letter};
use super::p001_tagged_principle_not_shown::{SHOWN, TOP};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::analyze::story::document_principles;
use crate::lexicon::{PhraseList, WordFacts};
use crate::segment::Span;

/// Fewest body sentences for the check: a shorter letter is C005's business.
const MIN_SENTENCES: usize = 4;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "C003",
    name: "no-principle-in-letter",
    severity: Severity::Info,
    summary: "the cover letter shows no leadership principle",
    what: "Flags an English cover letter of four body sentences or more in which no leadership principle of the pack is shown: none of its three strongest principles has an evidence phrase, or even the strongest is weak (the same measure and thresholds as P002 for stories).",
    why: "Companies that hire on principles read a letter for them too. A letter that tells one thing you did which a principle describes (you owned a problem to the end, you dug into data) says more than a list of qualities.",
    bad: &["Dear Hiring Manager,\n\nI am applying for the internship. I study computer science. I like computers and programming. I have taken many classes. I think I would be a good intern.\n\nSincerely,\nSam Rivera\n"],
    good: &["Dear Hiring Manager,\n\nI am applying for the internship. Last summer our nightly job kept failing, and nobody owned it. I took ownership of it, dug into the logs to find the root cause, and fixed it myself. I also wrote a runbook so the next person would not have to start over. The job has not failed since.\n\nSincerely,\nSam Rivera\n"],
    examples: ExampleKind::Document,
};

/// C003.
#[derive(Debug)]
pub(crate) struct NoPrincipleInLetter;

impl Rule for NoPrincipleInLetter {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        if !is_letter(a) {
            return;
        }
        let body = body_sentences(a);
        if body.len() < MIN_SENTENCES {
            return;
        }
        let words = &a.segments.words;
        let latin = words.iter().filter(|w| w.is(WordFacts::ASCII)).count();
        if latin * 2 <= words.len() {
            return;
        }
        // Stock phrases ("eager to learn") claim a principle without showing it.
        let generic: Vec<_> = a
            .phrases
            .find(PhraseList::GenericPhrase, Span::new(0, a.text().len()))
            .collect();
        let scores = document_principles(a.text(), &a.segments, &body, &generic, &a.phrases, a.lex);
        let best = scores.first().map_or(0.0, |p| p.score);
        let phrases = scores.iter().take(TOP).any(|p| p.phrase_hits > 0);
        if best < SHOWN || !phrases {
            out.push(Finding::new(
                &META,
                anchor(a),
                format!("the letter shows no principle clearly (strongest {best:.2}): tell one thing you did that a principle describes"),
            ));
        }
    }
}
