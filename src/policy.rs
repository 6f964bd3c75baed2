//! Which rules run on a document, and at what severity: the part of a configuration the
//! engine applies.
//!
//! Rules are chosen by selectors, each a rule code or a prefix of one (`Q`, `B00`,
//! `Q001`), as in ruff: `select` replaces the default set (every rule), `extend-select`
//! adds to it, `ignore` takes away. When selectors of both kinds match a rule, the longer
//! (more specific) one wins, and `ignore` wins a tie, so `select = ["B"]` with
//! `ignore = ["B004"]` runs every B rule but B004, and `ignore = ["B"]` with
//! `extend-select = ["B001"]` runs only B001 of them. Severity overrides are keyed the
//! same way, the most specific first.

use crate::rules::{Finding, Severity, RULES};

/// A selector that matches no rule code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{selector:?} is not a rule code or a prefix of one; `starcheck rules` lists them")]
pub struct UnknownSelector {
    /// The selector as written.
    pub selector: String,
}

/// The rules that run, and their severities, one entry per rule of [`RULES`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    enabled: Vec<bool>,
    severity: Vec<Severity>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy::all()
    }
}

/// What a configuration asks of the rules, before it is resolved into a [`Policy`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Replaces the default set (every rule) when given.
    pub select: Option<Vec<String>>,
    /// Added to the selected rules.
    pub extend_select: Vec<String>,
    /// Taken away.
    pub ignore: Vec<String>,
    /// Severity per selector.
    pub severity: Vec<(String, Severity)>,
}

impl Policy {
    /// Every rule at its default severity.
    pub fn all() -> Policy {
        Policy {
            enabled: vec![true; RULES.len()],
            severity: RULES.iter().map(|r| r.meta().severity).collect(),
        }
    }

    /// Resolve a selection; a selector matching no rule is an error.
    pub fn new(selection: &Selection) -> Result<Policy, UnknownSelector> {
        let selected: Vec<&str> = match &selection.select {
            Some(select) => select.iter().map(String::as_str).collect(),
            None => vec![""],
        };
        let severity_keys = selection.severity.iter().map(|(s, _)| s);
        for selector in selected
            .iter()
            .copied()
            .filter(|s| !s.is_empty())
            .chain(selection.extend_select.iter().map(String::as_str))
            .chain(selection.ignore.iter().map(String::as_str))
            .chain(severity_keys.map(String::as_str))
        {
            check(selector)?;
        }
        let mut policy = Policy::all();
        for (i, rule) in RULES.iter().enumerate() {
            let code = rule.meta().code;
            let chosen = longest(
                code,
                selected
                    .iter()
                    .copied()
                    .chain(selection.extend_select.iter().map(String::as_str)),
            );
            let ignored = longest(code, selection.ignore.iter().map(String::as_str));
            policy.enabled[i] = match (chosen, ignored) {
                (Some(s), Some(g)) => s > g,
                (Some(_), None) => true,
                (None, _) => false,
            };
            let mut best: Option<(usize, Severity)> = None;
            for (selector, level) in &selection.severity {
                if matches(code, selector) && best.is_none_or(|(len, _)| selector.len() >= len) {
                    best = Some((selector.len(), *level));
                }
            }
            if let Some((_, level)) = best {
                policy.severity[i] = level;
            }
        }
        Ok(policy)
    }

    /// True when every rule runs at its default severity (nothing to apply).
    pub fn is_default(&self) -> bool {
        self.enabled.iter().all(|&on| on)
            && RULES
                .iter()
                .zip(&self.severity)
                .all(|(r, s)| r.meta().severity == *s)
    }

    /// Whether the rule at `index` of [`RULES`] runs.
    pub fn runs(&self, index: usize) -> bool {
        self.enabled.get(index).copied().unwrap_or(true)
    }

    /// Whether the rule with this code runs.
    pub fn runs_code(&self, code: &str) -> bool {
        RULES
            .iter()
            .position(|r| r.meta().code == code)
            .is_none_or(|i| self.runs(i))
    }

    /// The codes of the rules that run.
    pub fn enabled_codes(&self) -> Vec<&'static str> {
        RULES
            .iter()
            .enumerate()
            .filter(|(i, _)| self.runs(*i))
            .map(|(_, r)| r.meta().code)
            .collect()
    }

    /// The severity overrides in force, as (code, severity).
    pub fn overrides(&self) -> Vec<(&'static str, Severity)> {
        RULES
            .iter()
            .zip(&self.severity)
            .filter(|(r, s)| r.meta().severity != **s)
            .map(|(r, s)| (r.meta().code, *s))
            .collect()
    }

    /// Drop the findings of rules that do not run and give the others their severity.
    pub fn apply(&self, findings: &mut Vec<Finding>) {
        findings.retain(|f| self.runs_code(f.rule.code));
        for f in findings {
            if let Some(i) = RULES.iter().position(|r| r.meta().code == f.rule.code) {
                f.severity = self.severity[i];
            }
        }
    }
}

/// True when `selector` is `code` or a prefix of it (case-insensitive).
fn matches(code: &str, selector: &str) -> bool {
    code.len() >= selector.len() && code[..selector.len()].eq_ignore_ascii_case(selector)
}

/// The length of the longest selector matching `code`.
fn longest<'a>(code: &str, selectors: impl Iterator<Item = &'a str>) -> Option<usize> {
    selectors.filter(|s| matches(code, s)).map(str::len).max()
}

fn check(selector: &str) -> Result<(), UnknownSelector> {
    let known = !selector.is_empty()
        && selector.is_ascii()
        && RULES.iter().any(|r| matches(r.meta().code, selector));
    if known {
        Ok(())
    } else {
        Err(UnknownSelector {
            selector: selector.to_owned(),
        })
    }
}

/// True when `selector` names a rule code or a prefix of one.
pub fn is_selector(selector: &str) -> bool {
    check(selector).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selection(select: Option<&[&str]>, extend: &[&str], ignore: &[&str]) -> Selection {
        let owned = |s: &[&str]| s.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        Selection {
            select: select.map(owned),
            extend_select: owned(extend),
            ignore: owned(ignore),
            severity: Vec::new(),
        }
    }

    fn enabled(sel: &Selection) -> Vec<&'static str> {
        Policy::new(sel).unwrap().enabled_codes()
    }

    #[test]
    fn default_runs_every_rule() {
        assert!(Policy::new(&Selection::default()).unwrap().is_default());
        assert_eq!(enabled(&Selection::default()).len(), RULES.len());
    }

    #[test]
    fn select_replaces_and_ignore_removes() {
        let codes = enabled(&selection(Some(&["Q"]), &[], &[]));
        assert_eq!(codes, ["Q001", "Q002"]);
        let codes = enabled(&selection(Some(&["B00"]), &["q002"], &["B004"]));
        assert!(codes.contains(&"B001") && codes.contains(&"Q002"));
        assert!(!codes.contains(&"B004") && !codes.contains(&"Q001"));
    }

    #[test]
    fn the_more_specific_selector_wins() {
        let codes = enabled(&selection(None, &["B001"], &["B"]));
        assert!(codes.contains(&"B001") && !codes.contains(&"B002"));
        // A tie goes to ignore.
        let codes = enabled(&selection(Some(&["B001"]), &[], &["B001"]));
        assert!(codes.is_empty());
    }

    #[test]
    fn unknown_selectors_are_refused() {
        for bad in ["Z", "Q9", "Q0011", "", "é"] {
            let err = Policy::new(&selection(None, &[], &[bad]));
            assert!(err.is_err(), "{bad:?}");
        }
        assert!(Policy::new(&selection(Some(&["X001"]), &[], &[])).is_err());
    }

    #[test]
    fn severities_override_most_specific_first() {
        let sel = Selection {
            severity: vec![
                ("B004".into(), Severity::Error),
                ("B".into(), Severity::Info),
            ],
            ..Selection::default()
        };
        let policy = Policy::new(&sel).unwrap();
        let overrides = policy.overrides();
        assert!(overrides.contains(&("B004", Severity::Error)));
        assert!(overrides.contains(&("B001", Severity::Info)));
        assert!(!overrides.iter().any(|(c, _)| c.starts_with('Q')));
    }
}
