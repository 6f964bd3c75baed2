//! B003 passive-voice: "was developed by", which hides who acted.

use super::{prose_units, Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};
use crate::lexicon::WordFacts;
use crate::segment::Span;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "B003",
    name: "passive-voice",
    severity: Severity::Info,
    summary: "passive voice hides who did the work",
    what: "Flags a form of \"to be\" followed by a past participle (\"was developed\", \"were given\"), with at most one adverb between, in resume bullets and in the sentences of stories and cover letters. Participles used as adjectives (\"was experienced in\", \"is interested in\") are not flagged.",
    why: "A resume and an interview story exist to show what you did. \"The dashboard was built\" leaves the reader guessing who built it; \"Built the dashboard\" or \"I built the dashboard\" does not.",
    bad: &["The onboarding guide was written by me", "Reports were automatically generated for 12 managers"],
    good: &["Wrote the onboarding guide", "Was experienced in customer support before joining"],
    examples: ExampleKind::Bullets,
};

/// B003.
#[derive(Debug)]
pub(crate) struct PassiveVoice;

impl Rule for PassiveVoice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        let style = &a.lex.style;
        for unit in prose_units(a) {
            // A unit holds the words that start in it: only the last can reach past it.
            let words = match unit.words.split_last() {
                Some((last, rest)) if !unit.span.contains(last.span) => rest,
                _ => unit.words,
            };
            for (i, be) in words.iter().enumerate() {
                if !be.is(WordFacts::BE_VERB) {
                    continue;
                }
                let mut j = i + 1;
                if words.get(j).is_some_and(|w| w.lower().ends_with("ly")) {
                    j += 1; // "was quickly adopted"
                }
                let Some(participle) = words.get(j) else {
                    continue;
                };
                let lower = participle.lower();
                let is_participle = (lower.ends_with("ed") && lower.len() > 4)
                    || style.irregular_participles.contains(lower);
                if is_participle && !style.not_passive.contains(lower) {
                    out.push(Finding::new(
                        &META,
                        Span::new(be.span.start, participle.span.end),
                        format!(
                            "passive voice \"{}\": say who did it",
                            Span::new(be.span.start, participle.span.end).slice(a.text())
                        ),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_be_and_participle() {
        assert_flags(
            "B003",
            "The API was rebuilt and was quickly adopted",
            &["was quickly adopted"],
        );
        assert_flags("B003", "Feature was built in Rust", &["was built"]);
    }

    #[test]
    fn dont_flag_adjectives() {
        assert_passes("B003", "Was interested in and experienced with Rust");
    }

    #[test]
    fn flags_in_story_sentences() {
        let doc = "I joined the team in May. The outage was caused by a stale cache. I fixed it.\n";
        assert_eq!(flagged("B003", doc), vec!["was caused"]);
    }
}
