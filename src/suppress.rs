//! Inline suppressions: comments in a document that silence a finding where the author has
//! decided to keep the text as it is.
//!
//! - `<!-- starcheck-disable-next-line Q001 -->` (Markdown): findings of Q001 starting on
//!   the next non-blank line;
//! - `<!-- starcheck-disable B006 -->` … `<!-- starcheck-enable B006 -->`: findings of B006
//!   starting between the two (or to the end of the document without an `enable`);
//! - `starcheck: ignore Q001` at the end of a line (plain text): findings of Q001 starting
//!   on that line.
//!
//! Codes (or rule names) are separated by commas or spaces; none means every rule, and the
//! first word that is not a code starts a free comment ("… B006 -- our house style").
//! A suppression that silences nothing is reported as I004, and a code that names no rule
//! as I005, as ruff reports unused `noqa` comments, so suppressions do not outlive the text
//! they were written for. A document without the word "starcheck" costs one substring
//! search.

use crate::policy::Policy;
use crate::rules::i004_unused_suppression::META as UNUSED;
use crate::rules::i005_unknown_suppression::META as UNKNOWN;
use crate::rules::{find_rule, Finding};
use crate::segment::{LineIndex, Span};

/// One code of a suppression, and whether it silenced something.
#[derive(Debug)]
struct Code {
    /// The rule, or `None` for every rule (a suppression without codes).
    rule: Option<&'static str>,
    /// Where the code is written (the directive itself when it has none).
    span: Span,
    used: bool,
}

/// What a suppression covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    /// Findings starting on this 1-based line.
    Line(usize),
    /// Findings starting in this byte range.
    Range(usize, usize),
}

#[derive(Debug)]
struct Suppression {
    scope: Scope,
    codes: Vec<Code>,
}

/// Remove the suppressed findings, and add I004 for suppressions that silenced nothing and
/// I005 for codes that name no rule (each only when the policy runs it).
pub(crate) fn apply(text: &str, lines: &LineIndex, policy: &Policy, findings: &mut Vec<Finding>) {
    if !text.contains("starcheck") {
        return;
    }
    let (mut suppressions, unknown) = parse(text, lines);
    if suppressions.is_empty() && unknown.is_empty() {
        return;
    }
    findings.retain(|f| {
        let line = lines.line_col(text, f.span.start).line;
        let mut silenced = false;
        for s in &mut suppressions {
            let covers = match s.scope {
                Scope::Line(l) => l == line,
                Scope::Range(start, end) => (start..end).contains(&f.span.start),
            };
            if !covers {
                continue;
            }
            for code in &mut s.codes {
                if code.rule.is_none_or(|r| r == f.rule.code) {
                    code.used = true;
                    silenced = true;
                }
            }
        }
        !silenced
    });
    if policy.runs_code(UNUSED.code) {
        for s in &suppressions {
            for code in s.codes.iter().filter(|c| !c.used) {
                // A suppression for a rule that does not run here is not stale: the same
                // file may be checked with another selection.
                if code.rule.is_some_and(|r| !policy.runs_code(r)) {
                    continue;
                }
                let message = match code.rule {
                    Some(rule) => format!("suppression of {rule} silences nothing here: remove it"),
                    None => "suppression silences nothing here: remove it".to_owned(),
                };
                findings.push(Finding::new(&UNUSED, code.span, message));
            }
        }
    }
    if policy.runs_code(UNKNOWN.code) {
        for (span, message) in unknown {
            findings.push(Finding::new(&UNKNOWN, span, message));
        }
    }
}

/// Every suppression of a text, and what names no rule or directive (span, message).
fn parse(text: &str, lines: &LineIndex) -> (Vec<Suppression>, Vec<(Span, String)>) {
    let mut suppressions = Vec::new();
    let mut unknown = Vec::new();
    // Open `disable` ranges: the code and where the range starts.
    let mut open: Vec<(Code, usize)> = Vec::new();
    for (at, _) in text.match_indices("starcheck") {
        let before = text[..at].trim_end_matches([' ', '\t']);
        let after = &text[at + "starcheck".len()..];
        if before.ends_with("<!--") {
            let Some(close) = after.find("-->") else {
                continue;
            };
            let body = &after[..close];
            let body_start = at + "starcheck".len();
            let comment_end = body_start + close + "-->".len();
            let (kind, rest) = match body.split_once(char::is_whitespace) {
                Some((kind, rest)) => (kind, rest),
                None => (body, ""),
            };
            let rest_start = body_start + (body.len() - rest.len());
            let directive = Span::new(at, body_start + kind.len());
            if !["-disable-next-line", "-disable", "-enable"].contains(&kind) {
                // "starcheck-disable-nextline": a directive that would silently do nothing.
                if kind.starts_with('-') {
                    let message = format!(
                        "{:?} is not a suppression: write starcheck-disable-next-line, \
                         starcheck-disable or starcheck-enable",
                        directive.slice(text)
                    );
                    unknown.push((directive, message));
                }
                continue;
            }
            let codes = codes(text, rest, rest_start, directive, &mut unknown);
            match kind {
                "-disable-next-line" => {
                    let line = lines.line_col(text, comment_end).line;
                    let next = next_non_blank_line(text, lines, line);
                    suppressions.push(Suppression {
                        scope: Scope::Line(next),
                        codes,
                    });
                }
                "-disable" => open.extend(codes.into_iter().map(|c| (c, comment_end))),
                "-enable" => {
                    let closing: Vec<Option<&str>> = codes.iter().map(|c| c.rule).collect();
                    let (closed, still): (Vec<_>, Vec<_>) =
                        open.drain(..).partition(|(code, _)| {
                            closing.contains(&None) || closing.contains(&code.rule)
                        });
                    open = still;
                    for (code, start) in closed {
                        suppressions.push(Suppression {
                            scope: Scope::Range(start, at),
                            codes: vec![code],
                        });
                    }
                }
                _ => {}
            }
        } else if let Some(rest) = after.strip_prefix(": ignore") {
            let end = rest.find('\n').unwrap_or(rest.len());
            let rest = &rest[..end];
            let rest_start = at + "starcheck: ignore".len();
            let directive = Span::new(at, rest_start);
            let codes = codes(text, rest, rest_start, directive, &mut unknown);
            suppressions.push(Suppression {
                scope: Scope::Line(lines.line_col(text, at).line),
                codes,
            });
        }
    }
    for (code, start) in open {
        suppressions.push(Suppression {
            scope: Scope::Range(start, text.len()),
            codes: vec![code],
        });
    }
    (suppressions, unknown)
}

/// The codes written in `rest` (which starts at byte `offset` of `text`): rule codes or
/// names, up to the first word that is neither and does not look like a code. A word that
/// looks like a code but names no rule goes to `unknown`.
fn codes(
    text: &str,
    rest: &str,
    offset: usize,
    directive: Span,
    unknown: &mut Vec<(Span, String)>,
) -> Vec<Code> {
    let mut codes = Vec::new();
    let mut pos = 0;
    for word in rest.split([' ', '\t', ',', '\r', '\n']) {
        let start = offset + pos;
        pos += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let span = Span::new(start, start + word.len());
        debug_assert_eq!(span.slice(text), word);
        match find_rule(word).map(|r| r.meta()) {
            Some(meta) => codes.push(Code {
                rule: Some(meta.code),
                span,
                used: false,
            }),
            None if looks_like_code(word) => unknown.push((
                span,
                format!("{word:?} is not a rule code or name: `starcheck rules` lists them"),
            )),
            None => break,
        }
    }
    if codes.is_empty() && !rest.split([' ', '\t', ',']).any(looks_like_code) {
        codes.push(Code {
            rule: None,
            span: directive,
            used: false,
        });
    }
    codes
}

/// A short word of a letter then letters and digits, with a digit ("Q001", "X12", "B0O1"):
/// meant as a rule code, even if mistyped.
fn looks_like_code(word: &str) -> bool {
    word.len() <= 6
        && word.starts_with(|c: char| c.is_ascii_alphabetic())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && word.chars().any(|c| c.is_ascii_digit())
}

/// The first line after `line` with something on it (or the line after, at the end).
fn next_non_blank_line(text: &str, lines: &LineIndex, line: usize) -> usize {
    let mut next = line + 1;
    while next <= lines.line_count() && lines.line_span(text, next).slice(text).trim().is_empty() {
        next += 1;
    }
    next
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::flagged;

    #[track_caller]
    fn check(markdown: &str, code: &str, expected: &[&str]) {
        assert_eq!(flagged(code, markdown), expected, "{code} in {markdown:?}");
    }

    const WEAK: &str = "## Experience\n\n- Worked on the website\n- Helped with testing\n";

    #[test]
    fn next_line_silences_only_the_next_line() {
        let doc = "## Experience\n\n<!-- starcheck-disable-next-line B001 -->\n- Worked on the website\n- Helped with testing\n";
        check(doc, "B001", &["Helped with"]);
        check(doc, "I004", &[]);
        check(
            doc,
            "Q001",
            &["Worked on the website", "Helped with testing"],
        );
    }

    #[test]
    fn next_line_skips_blank_lines_and_takes_several_codes() {
        let doc = "## Experience\n\n<!-- starcheck-disable-next-line B001, Q001 -->\n\n- Worked on the website\n";
        check(doc, "B001", &[]);
        check(doc, "Q001", &[]);
        check(doc, "I004", &[]);
    }

    #[test]
    fn names_work_as_codes_and_comments_follow() {
        let doc = "## Experience\n\n<!-- starcheck-disable-next-line weak-opener -- house style -->\n- Worked on the website\n";
        check(doc, "B001", &[]);
        check(doc, "I005", &[]);
    }

    #[test]
    fn disable_enable_covers_a_range() {
        let doc = "## Experience\n\n- Worked on the website\n<!-- starcheck-disable B001 -->\n- Helped with testing\n- Assisted in hiring\n<!-- starcheck-enable B001 -->\n- Helped with billing\n";
        check(doc, "B001", &["Worked on", "Helped with"]);
        assert_eq!(flagged("B001", doc).len(), 2);
        check(doc, "I004", &[]);
    }

    #[test]
    fn disable_without_enable_runs_to_the_end() {
        let doc = "<!-- starcheck-disable Q001 B001 -->\n".to_owned() + WEAK;
        check(&doc, "Q001", &[]);
        check(&doc, "B001", &[]);
    }

    #[test]
    fn disable_without_codes_silences_every_rule() {
        let doc = "<!-- starcheck-disable -->\n".to_owned() + WEAK;
        check(&doc, "Q001", &[]);
        check(&doc, "B001", &[]);
        check(&doc, "I004", &[]);
    }

    #[test]
    fn plain_text_trailing_ignore() {
        let doc = "## Experience\n\n- Worked on the website starcheck: ignore B001\n- Helped with testing\n";
        check(doc, "B001", &["Helped with"]);
        check(doc, "I004", &[]);
    }

    #[test]
    fn unused_suppressions_are_reported_at_their_code() {
        let doc = "## Experience\n\n<!-- starcheck-disable-next-line B001 Q001 -->\n- Cut build time by 40% for 12 engineers\n";
        check(doc, "I004", &["B001", "Q001"]);
        let doc = "## Experience\n\n- Cut build time by 40% starcheck: ignore\n";
        check(doc, "I004", &["starcheck: ignore"]);
    }

    #[test]
    fn unknown_codes_are_reported() {
        let doc = "## Experience\n\n<!-- starcheck-disable-next-line Q999, B001 -->\n- Worked on the website\n";
        check(doc, "I005", &["Q999"]);
        check(doc, "B001", &[]);
        check(doc, "I004", &[]);
    }

    #[test]
    fn mistyped_directives_are_reported() {
        let doc =
            "## Experience\n\n<!-- starcheck-disable-nextline B001 -->\n- Worked on the website\n";
        check(doc, "I005", &["starcheck-disable-nextline"]);
        check(doc, "B001", &["Worked on"]);
    }

    #[test]
    fn the_word_elsewhere_is_not_a_suppression() {
        let doc = "## Experience\n\n- Built starcheck, a linter for resumes used by 40 students\n- Worked on <!-- starcheck\n";
        check(doc, "I004", &[]);
        check(doc, "I005", &[]);
        assert_eq!(flagged("B001", doc), ["Worked on"]);
    }
}
