//! I003 not-english: a story the English cues cannot read.

use super::story_rules::{anchor, label};
use super::{Analysis, ExampleKind, Finding, Rule, RuleMeta, Severity};

pub(crate) static META: RuleMeta = RuleMeta {
    code: "I003",
    name: "not-english",
    severity: Severity::Info,
    summary: "story is mostly not in English; STAR cues and principles were not applied",
    what: "Reports a story in which most words are not English. Its length, paragraphs and metrics are still measured, and STAR parts are taken from headings or position, but the cue and principle lexicons are English-only and are not applied.",
    why: "Applying English cues to another language would produce confident nonsense. The finding says plainly which parts of the analysis were skipped.",
    bad: &["# 빌드 문제\n\n작년 여름 결제팀에서 인턴으로 일했습니다. 야간 빌드가 절반 정도 실패했습니다. 저는 실패 로그를 모아 원인을 찾았습니다. 그 결과 빌드 성공률이 98%로 올랐습니다.\n"],
    good: &["# The build\n\nLast summer I interned on a payments team. The nightly build failed half the time. I traced the failures to a shared database. As a result, the build passed 98% of nights.\n"],
    examples: ExampleKind::Document,
};

/// I003.
#[derive(Debug)]
pub(crate) struct NotEnglish;

impl Rule for NotEnglish {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, a: &Analysis<'_>, out: &mut Vec<Finding>) {
        for story in a.stories.iter().filter(|s| !s.english) {
            out.push(Finding::new(
                &META,
                anchor(a, story),
                format!("{} is mostly not in English: length and metrics were measured, but STAR cues and principle evidence are English-only and were not applied", label(a, story)),
            ));
        }
    }
}
