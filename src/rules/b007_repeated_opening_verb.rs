//! B007 repeated-opening-verb: the same verb opens three or more bullets.

// Fx hashing: the keys are short words, and SipHash was a tenth of the run time.
use rustc_hash::FxHashMap as HashMap;

use super::{
    impact_items, is_english_block, is_latin_word, opening_word, Analysis, ExampleKind, Finding,
    Rule, RuleMeta, Severity,
};

/// How many bullets may share an opening verb before the next one is flagged.
const ALLOWED: usize = 2;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "B007",
    name: "repeated-opening-verb",
    severity: Severity::Info,
    summary: "the same verb opens three or more bullets",
    what: "Flags the third and every later resume bullet (experience, projects, leadership) that opens with the same verb, compared by stem so \"Developed\" and \"Develop\" count as one.",
    why: "A column of \"Developed … Developed … Developed\" reads as a template and hides the range of what you did. A varied verb also says more precisely what each bullet achieved.",
    bad: &["Developed a billing API\nDeveloped an admin page\nDeveloped the test suite"],
    good: &["Developed a billing API\nDesigned an admin page\nAutomated the test suite"],
    examples: ExampleKind::Bullets,
};

/// B007.
#[derive(Debug)]
pub(crate) struct RepeatedOpeningVerb;

impl Rule for RepeatedOpeningVerb {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        let text = a.text();
        let mut seen: HashMap<&str, usize> = HashMap::default();
        let mut openers = Vec::new();
        for (_, block) in impact_items(a) {
            if let Some(word) = opening_word(a, block) {
                if is_latin_word(word.span.slice(text)) && is_english_block(a, block) {
                    *seen.entry(word.stem()).or_default() += 1;
                    openers.push(word);
                }
            }
        }
        let mut count: HashMap<&str, usize> = HashMap::default();
        for word in openers {
            let n = count.entry(word.stem()).or_default();
            *n += 1;
            let total = seen[word.stem()];
            if *n > ALLOWED {
                out.push(Finding::new(
                    &META,
                    word.span,
                    format!(
                        "\"{}\" opens {total} bullets: vary the verb",
                        word.span.slice(text)
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::*;

    #[test]
    fn flags_from_the_third_use_by_stem() {
        assert_flags(
            "B007",
            "Developed A\nDevelop B\nDeveloped C\nDeveloped D\nLed E",
            &["Developed", "Developed"],
        );
    }

    #[test]
    fn two_uses_pass() {
        assert_passes("B007", "Built A\nBuilt B\nLed C");
    }
}
