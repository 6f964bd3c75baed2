//! Matching a resume against a job posting, requirement by requirement.
//!
//! Each requirement's terms are looked for in each line of the resume (a bullet, a
//! paragraph, a skills line): a skill by any of its spellings, a salient phrase when all
//! its stems occur in the line. Where a term is found matters: a quantified bullet of
//! experience, projects or leadership shows a skill in use and counts in full; another
//! line counts a little less; a line of a skills section only lists the skill and counts
//! half. A term counts once, at its strongest line, however often it is repeated, so
//! stuffing a resume with a posting's words earns nothing.
//!
//! A requirement's credit is the weighted share of its terms found, each at its strength;
//! alternatives ("Java, Python or Go") count as one term shown by any of them. The
//! coverage of a list is the mean credit of its requirements, and the score weights basic
//! above preferred.

// Fx hashing: the keys are short words, and SipHash was a tenth of the run time.
use rustc_hash::FxHashSet as HashSet;

use super::posting::{
    Posting, Requirement, RequirementSection, Term, TermKey, NON_TARGET_GROUPS, SKILL_WEIGHT,
};
use super::Analysis;
use crate::lexicon::{tech_tokens, Lexicons, SkillMatch, TechToken};
use crate::segment::{BlockKind, SectionKind, Span};

/// Strength of a term shown in a quantified bullet of experience, projects or leadership.
pub const QUANTIFIED_STRENGTH: f64 = 1.0;
/// Strength of a term shown in any other line outside a skills section (an entry's
/// heading, a paragraph, a bullet with no metric).
pub const PLAIN_STRENGTH: f64 = 0.75;
/// Strength of a term only listed in a skills section.
pub const LISTED_STRENGTH: f64 = 0.5;
/// Share of the score that comes from basic qualifications when preferred ones exist.
pub const BASIC_SHARE: f64 = 0.7;
/// Share of a requirement's terms (by weight) a line must show to be evidence of it when
/// the line shows none of its skills.
pub const MIN_PHRASE_COVER: f64 = 0.5;
/// Share of a skill's weight and strength earned by a line that names it without the
/// modifier the requirement narrows it with ("algorithms" for "graph algorithms").
pub const BROADER_SHARE: f64 = 0.5;
/// Most words between a skill and the noun ending the name it is part of.
const MAX_NAME_WORDS: usize = 3;
/// How many lines of evidence are kept per requirement, strongest first.
const MAX_EVIDENCE: usize = 3;
/// How many missing terms are listed.
const MAX_MISSING_TERMS: usize = 5;
/// A missing basic term is worth this many times a missing preferred one.
const BASIC_TERM_VALUE: f64 = 2.0;

/// How much of a requirement the resume shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchStatus {
    /// Every term (or one of each set of alternatives) is shown.
    Matched,
    /// Some terms are shown.
    Partial,
    /// No term is shown.
    Missing,
}

impl MatchStatus {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            MatchStatus::Matched => "matched",
            MatchStatus::Partial => "partial",
            MatchStatus::Missing => "missing",
        }
    }
}

/// A resume line that shows some terms of a requirement.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// The line (block) in the resume.
    pub span: Span,
    /// Its strength: [`QUANTIFIED_STRENGTH`], [`PLAIN_STRENGTH`] or [`LISTED_STRENGTH`].
    pub strength: f64,
    /// The terms it shows, as indices into the requirement's terms.
    pub terms: Vec<usize>,
}

/// How one requirement is met.
#[derive(Clone, Debug)]
pub struct RequirementMatch {
    /// Index into the posting's requirements.
    pub requirement: usize,
    /// Matched, partial or missing.
    pub status: MatchStatus,
    /// Credit in [0, 1]: the weighted share of terms found, at their strength.
    pub credit: f64,
    /// Whether each term is found anywhere, indexed like the requirement's terms.
    pub found: Vec<bool>,
    /// The terms not shown (a set of alternatives as one: "Java or Go"), in posting order.
    pub missing: Vec<String>,
    /// The lines that show it, strongest first.
    pub evidence: Vec<Evidence>,
    /// False when the requirement names no term a resume could show; it then counts in no
    /// coverage and raises no finding.
    pub counted: bool,
}

/// A resume matched against a posting.
#[derive(Clone, Debug)]
pub struct MatchResult {
    /// Every requirement, in posting order.
    pub requirements: Vec<RequirementMatch>,
    /// Mean credit of the basic requirements, if there are any.
    pub basic_coverage: Option<f64>,
    /// Mean credit of the preferred requirements, if there are any.
    pub preferred_coverage: Option<f64>,
    /// Mean credit of the other requirements, if there are any.
    pub other_coverage: Option<f64>,
    /// The overall score, 0–100.
    pub score: u8,
    /// The most valuable terms the resume does not show, most valuable first.
    pub missing_terms: Vec<String>,
}

/// One resume line, ready for matching.
struct Line {
    span: Span,
    strength: f64,
    skills: HashSet<usize>,
    norms: HashSet<String>,
    /// It names a degree ("B.S. in Computer Science").
    degree: bool,
    /// It lists courses ("Coursework: Data Structures, Intro to SQL").
    course: bool,
    /// It names a certification or a licence.
    credential: bool,
}

/// Skill group of degrees: a requirement naming one is shown only by a line naming one.
const DEGREES: &str = "degrees";
/// Skill group of certifications.
const CERTIFICATIONS: &str = "certifications";
/// Start of the stems that say a line is about a certification or a licence.
const CREDENTIAL_STEMS: [&str; 3] = ["certif", "licenc", "licens"];
/// Degrees written as capitals without periods ("BS in Computer Science", "BS/MS"),
/// matched as written: in lowercase they are other words ("ms" after a number).
const DEGREE_ABBREVIATIONS: [&str; 8] = ["BA", "BEng", "BS", "BSc", "MA", "MEng", "MS", "MSc"];
/// Words that open a list of courses ("Coursework:", "Relevant courses:").
const COURSE_WORDS: [&str; 4] = ["classes", "courses", "coursework", "modules"];
/// Words right before an ambiguous skill name that make it a tool ("in R", "with Excel").
const TOOL_BEFORE: [&str; 4] = ["in", "using", "via", "with"];
/// Words right after an ambiguous skill name that make it a tool ("a Java service", "an
/// Excel model", "a Swift app", "the Jenkins build").
const TOOL_AFTER: [&str; 36] = [
    "api",
    "app",
    "apps",
    "application",
    "backend",
    "bot",
    "build",
    "builds",
    "cluster",
    "code",
    "codebase",
    "compiler",
    "components",
    "crate",
    "dashboard",
    "database",
    "developer",
    "framework",
    "function",
    "functions",
    "job",
    "jobs",
    "library",
    "model",
    "models",
    "package",
    "pipeline",
    "pipelines",
    "program",
    "programming",
    "queries",
    "query",
    "script",
    "scripts",
    "server",
    "service",
];

/// Whether a skill matched in a resume line is meant as the skill.
///
/// A name that is also a word, a letter or part of a name (`cased` in the lexicon: "Go",
/// "R", "C", "Java", "Swift", "Rust", "Excel") counts only in a technical context: in a
/// skills section, beside another technical skill, or right after "in", "with", "using" or
/// before "service", "app", "script"… So "Go-to trainer", "R&D Intern", "Java Junction
/// Café", "Class C license", "Swift, accurate data entry" and "Maya R. Lindqvist" show
/// nothing. A skill named by a participle followed by "by" is passive ("a study led by
/// Prof. Ortiz", "mentored by a senior engineer"): someone else did it, and a participle
/// after an article is an adjective ("a leading bank"). A word that ends
/// a date range ("2024 – present") is a date, a field of study before a number is a course
/// code ("CS 1300"), and a named technology in an inflected form is a common noun ("ball
/// pythons").
fn in_skill_sense(
    slice: &str,
    tokens: &[TechToken],
    m: &SkillMatch,
    all: &[SkillMatch],
    listed: bool,
    lex: &Lexicons,
) -> bool {
    let raw = |i: usize| tokens[i].span.slice(slice).to_lowercase();
    let joined = |from: usize, to: usize| {
        let gap = &slice[tokens[from].span.end..tokens[to].span.start];
        !gap.is_empty() && gap.chars().all(|c| c == ' ')
    };
    let last = m.tokens.end - 1;
    // The end of a date range ("2024 – present") is a date.
    if m.tokens.start > 0 {
        let gap =
            slice[tokens[m.tokens.start - 1].span.end..tokens[m.tokens.start].span.start].trim();
        let before = &tokens[m.tokens.start - 1].norm;
        let year = before.len() == 4 && before.chars().all(|c| c.is_ascii_digit());
        if year && matches!(gap, "-" | "–" | "—") {
            return false;
        }
    }
    // A participle after an article is an adjective ("a leading bank").
    if raw(m.tokens.start).ends_with("ing")
        && m.tokens.start > 0
        && matches!(raw(m.tokens.start - 1).as_str(), "a" | "an" | "the")
    {
        return false;
    }
    if raw(last).ends_with("ed") && m.tokens.end < tokens.len() && raw(m.tokens.end) == "by" {
        return false;
    }
    let skill = &lex.skills.list[m.skill];
    let next_is_number = m.tokens.end < tokens.len()
        && joined(last, m.tokens.end)
        && raw(m.tokens.end).starts_with(|c: char| c.is_ascii_digit());
    // A field of study before a number is a course code ("CS 1300", "IT 220").
    if skill.group == "education" && next_is_number {
        return false;
    }
    // A named technology is never inflected: "ball pythons" are snakes.
    if m.tokens.len() == 1
        && skill.name.starts_with(char::is_uppercase)
        && !lex.skills.is_spelling(m.skill, &raw(last))
    {
        return false;
    }
    if !m.cased {
        return true;
    }
    // An initial: a capital and a period before a capitalised word.
    let after = &slice[tokens[last].span.end..];
    if let Some(rest) = after.strip_prefix(". ") {
        if rest.starts_with(char::is_uppercase) {
            return false;
        }
    }
    let technical = |o: &SkillMatch| {
        !o.cased && !NON_TARGET_GROUPS.contains(&lex.skills.list[o.skill].group.as_str())
    };
    let before = m.tokens.start > 0
        && joined(m.tokens.start - 1, m.tokens.start)
        && TOOL_BEFORE.contains(&raw(m.tokens.start - 1).as_str());
    // A version number makes a name a tool too ("Windows 11", "Java 17").
    let after = next_is_number
        || (m.tokens.end < tokens.len()
            && joined(last, m.tokens.end)
            && TOOL_AFTER.contains(&raw(m.tokens.end).as_str()));
    listed || before || after || all.iter().any(technical)
}

/// Whether a text names a degree by its capitals ("BS", "MSc").
fn names_degree(slice: &str, tokens: &[TechToken]) -> bool {
    tokens
        .iter()
        .any(|t| DEGREE_ABBREVIATIONS.contains(&t.span.slice(slice)))
}

/// Whether a resume line opens with a list of courses: one or two words before a colon,
/// one of them a course word ("Coursework:", "Relevant courses:").
fn lists_courses(slice: &str) -> bool {
    let head = [":", " – ", " - ", " — "]
        .iter()
        .filter_map(|sep| slice.split_once(sep).map(|(head, _)| head))
        .min_by_key(|head| head.len());
    head.is_some_and(names_courses)
}

/// Whether a heading of one or two words names courses ("Relevant Coursework").
fn names_courses(head: &str) -> bool {
    let words: Vec<String> = head
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.len() <= 2 && words.iter().any(|w| COURSE_WORDS.contains(&w.as_str()))
}

/// What kind of line a requirement needs, beyond its terms.
#[derive(Clone, Copy, Debug, Default)]
struct Needs {
    /// A degree ("Bachelor's degree in Computer Science"): only a line naming a degree
    /// shows it, never a course list or a course code ("CS 1300").
    degree: bool,
    /// A certification or a licence: only a line naming one shows it.
    credential: bool,
    /// Experience ("Experience with SQL", "2+ years of testing") and no coursework: a list
    /// of courses does not show it.
    experience: bool,
}

impl Needs {
    fn of(req: &Requirement, text: &str, lex: &Lexicons) -> Needs {
        let stem = |w: &str| lex.stem(w).into_owned();
        let tokens = tech_tokens(req.span.slice(text), &stem);
        let norms: Vec<String> = tokens.iter().map(|t| t.norm.clone()).collect();
        let slice = req.span.slice(text);
        let has = |w: &str| norms.iter().any(|n| *n == stem(w));
        let group = |g: &str| {
            req.terms.iter().any(|t| match t.key {
                TermKey::Skill(i) => lex.skills.list[i].group == g,
                TermKey::Phrase(_) => false,
            })
        };
        let coursework = ["course", "courses", "coursework", "classes", "academic"]
            .iter()
            .any(|w| has(w));
        Needs {
            degree: group(DEGREES) || has("degree") || names_degree(slice, &tokens),
            credential: group(CERTIFICATIONS)
                || norms
                    .iter()
                    .any(|n| CREDENTIAL_STEMS.iter().any(|c| n.starts_with(c))),
            experience: (has("experience") || has("years")) && !coursework,
        }
    }

    /// Whether `line` is the kind of line the requirement needs.
    fn admit(self, line: &Line) -> bool {
        (!self.degree || line.degree)
            && (!self.credential || line.credential)
            && (!self.experience || !line.course)
    }
}

/// What a requirement asks for, counted once: a term, or a set of alternatives ("Java,
/// Python or Go", "sensors or devices") that any one of them shows.
struct Unit {
    /// Indices into the requirement's terms.
    terms: Vec<usize>,
    /// Its weight: [`SKILL_WEIGHT`] for a skill or a set of alternatives, else the term's.
    weight: f64,
    /// True for a skill or a set of alternative skills.
    skill: bool,
}

/// The units of a requirement, in term order.
fn units(req: &Requirement) -> Vec<Unit> {
    let is_skill = |t: usize| matches!(req.terms[t].key, TermKey::Skill(_));
    let mut units = Vec::new();
    for (t, term) in req.terms.iter().enumerate() {
        let skill = is_skill(t);
        if let Some(set) = req.alternatives.iter().find(|set| set.contains(&t)) {
            if t == set[0] {
                let skills = set.iter().all(|&i| is_skill(i));
                units.push(Unit {
                    terms: set.clone(),
                    weight: if skills { SKILL_WEIGHT } else { term.weight },
                    skill: skills,
                });
            }
        } else {
            units.push(Unit {
                terms: vec![t],
                weight: term.weight,
                skill,
            });
        }
    }
    units
}

/// Whether a line that shows the units `shown` of a requirement is evidence of it. A skill
/// is specific enough on its own. Salient phrases are looser ("traffic", "audience"), so
/// a line showing no skill must cover at least [`MIN_PHRASE_COVER`] of the requirement,
/// by weight (a skill it names weighing more than a phrase): one shared word of a long
/// requirement shows nothing.
/// A skill the requirement narrows ("graph algorithms") but the line names only broadly
/// ("algorithms") is not specific enough: it covers [`BROADER_SHARE`] of its weight, and
/// a line showing nothing else of the requirement is not evidence of it.
fn is_evidence(units: &[Unit], shown: &[(usize, Shown)]) -> bool {
    if shown
        .iter()
        .any(|&(u, s)| units[u].skill && s == Shown::Fully)
    {
        return true;
    }
    let total: f64 = units.iter().map(|u| u.weight).sum();
    let covered: f64 = shown
        .iter()
        .map(|&(u, s)| units[u].weight * s.share())
        .sum();
    shown.iter().any(|&(_, s)| s == Shown::Fully) && covered >= MIN_PHRASE_COVER * total
}

/// How a line shows a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Shown {
    No,
    /// The line names the skill but not the modifier the requirement narrows it with, or
    /// the modifier but not the skill.
    Broader,
    Fully,
}

impl Shown {
    /// The share of the term's weight and strength the line earns.
    fn share(self) -> f64 {
        match self {
            Shown::No => 0.0,
            Shown::Broader => BROADER_SHARE,
            Shown::Fully => 1.0,
        }
    }
}

/// Whether the skill whose match ends at token `end` of `slice` is part of a name: right
/// before a noun that ends names ("Communications Club", "help desk wiki"), or before a
/// run of capitalised words ending in one ("Data Science Student Society").
fn in_name(slice: &str, tokens: &[TechToken], end: usize, a: &Analysis<'_>) -> bool {
    let mut i = end;
    while i < tokens.len() && i < end + MAX_NAME_WORDS {
        let gap = &slice[tokens[i - 1].span.end..tokens[i].span.start];
        if gap.is_empty() || !gap.chars().all(|c| c == ' ' || c == '-') {
            return false;
        }
        if a.lex.background.name_heads.contains(&tokens[i].norm) {
            return true;
        }
        if !tokens[i].span.slice(slice).starts_with(char::is_uppercase) {
            return false;
        }
        i += 1;
    }
    false
}

/// Match the resume `a` against `posting`.
pub fn match_resume(a: &Analysis<'_>, posting: &Posting) -> MatchResult {
    let text = a.text();
    let stem = |w: &str| a.lex.stem(w).into_owned();
    let lines: Vec<Line> = a
        .segments
        .blocks
        .iter()
        .enumerate()
        // Section headings ("Experience") show nothing, but the heading of an entry inside
        // a section ("IT Help Desk Technician, Pinecrest") names a role held.
        .filter(|(_, b)| {
            b.kind != BlockKind::Heading
                || b.section
                    .is_some_and(|i| a.segments.sections[i].title != b.span)
        })
        .map(|(i, b)| {
            let slice = b.span.slice(text);
            let tokens = tech_tokens(slice, &stem);
            let section = a.segments.section_kind(b);
            let listed = section == Some(SectionKind::Skills);
            let found = a.lex.skills.find(slice, &tokens);
            // A line naming PostgreSQL shows SQL too.
            let skills = a.lex.skills.with_implied(
                found
                    .iter()
                    .filter(|m| !in_name(slice, &tokens, m.tokens.end, a))
                    .filter(|m| in_skill_sense(slice, &tokens, m, &found, listed, a.lex))
                    .map(|m| m.skill),
            );
            let in_group = |g: &str| skills.iter().any(|&i| a.lex.skills.list[i].group == g);
            let degree = in_group(DEGREES) || names_degree(slice, &tokens);
            let credential = in_group(CERTIFICATIONS)
                || tokens
                    .iter()
                    .any(|t| CREDENTIAL_STEMS.iter().any(|c| t.norm.starts_with(c)));
            let strength = match section {
                Some(SectionKind::Skills) => LISTED_STRENGTH,
                _ if b.kind == BlockKind::Heading => PLAIN_STRENGTH,
                s if s.is_none_or(SectionKind::shows_impact) && !a.block_metrics[i].is_empty() => {
                    QUANTIFIED_STRENGTH
                }
                _ => PLAIN_STRENGTH,
            };
            Line {
                span: b.span,
                strength,
                skills,
                norms: tokens.into_iter().map(|t| t.norm).collect(),
                degree,
                // A line opening with "Coursework:", or under a "Relevant Coursework"
                // heading.
                course: lists_courses(slice)
                    || b.section.is_some_and(|i| {
                        let title = a.segments.sections[i].title;
                        title != b.span && names_courses(title.slice(text))
                    }),
                credential,
            }
        })
        .collect();
    // Whether a line shows a term: a line with only one half of a narrowed skill ("graph
    // algorithms": "algorithms", or "graph search") shows it broadly.
    let shows_as = |line: &Line, term: &Term| match &term.key {
        TermKey::Skill(i) => {
            let skill = line.skills.contains(i);
            let modifier = term.qualifier.iter().all(|n| line.norms.contains(n));
            match (skill, modifier) {
                (true, true) => Shown::Fully,
                (false, false) => Shown::No,
                (false, true) if term.qualifier.is_empty() => Shown::No,
                _ => Shown::Broader,
            }
        }
        TermKey::Phrase(norms) if norms.iter().all(|n| line.norms.contains(n)) => Shown::Fully,
        TermKey::Phrase(_) => Shown::No,
    };
    let shows = |line: &Line, term: &Term| shows_as(line, term) != Shown::No;

    let mut requirements = Vec::new();
    let mut missing: Vec<(String, f64, usize)> = Vec::new();
    for (r, req) in posting.requirements.iter().enumerate() {
        let units = units(req);
        let needs = Needs::of(req, &posting.text, a.lex);
        // The units each line shows, for the lines that are evidence of this requirement.
        // How a line shows a unit: by its best term.
        let unit_shown = |line: &Line, u: usize| {
            units[u]
                .terms
                .iter()
                .map(|&t| shows_as(line, &req.terms[t]))
                .max()
                .unwrap_or(Shown::No)
        };
        let evidence_lines: Vec<(&Line, Vec<(usize, Shown)>)> = lines
            .iter()
            .filter(|line| needs.admit(line))
            .filter_map(|line| {
                let shown: Vec<(usize, Shown)> = (0..units.len())
                    .map(|u| (u, unit_shown(line, u)))
                    .filter(|(_, s)| *s != Shown::No)
                    .collect();
                is_evidence(&units, &shown).then_some((line, shown))
            })
            .collect();
        // The strongest evidence line for each unit, and whether any shows it fully.
        let unit_best: Vec<(f64, bool)> = (0..units.len())
            .map(|u| {
                evidence_lines
                    .iter()
                    .flat_map(|(l, shown)| {
                        shown
                            .iter()
                            .filter(|(v, _)| *v == u)
                            .map(|(_, s)| (l.strength * s.share(), *s == Shown::Fully))
                    })
                    .fold((0.0_f64, false), |(a, fa), (b, fb)| (a.max(b), fa || fb))
            })
            .collect();
        let unit_strength: Vec<f64> = unit_best.iter().map(|(s, _)| *s).collect();
        let fully = unit_best.iter().filter(|(_, f)| *f).count();
        let total: f64 = units.iter().map(|u| u.weight).sum();
        let got: f64 = units
            .iter()
            .zip(&unit_strength)
            .map(|(u, s)| u.weight * s)
            .sum();
        let shown = unit_strength.iter().filter(|s| **s > 0.0).count();
        let status = if units.is_empty() || shown == 0 {
            MatchStatus::Missing
        } else if fully == units.len() {
            MatchStatus::Matched
        } else {
            MatchStatus::Partial
        };
        let value = match req.section {
            RequirementSection::Basic => BASIC_TERM_VALUE,
            _ => 1.0,
        };
        let mut not_shown = Vec::new();
        for (unit, strength) in units.iter().zip(&unit_strength) {
            if *strength == 0.0 {
                let weight = &unit.weight;
                let name = unit
                    .terms
                    .iter()
                    .map(|&t| req.terms[t].text.as_str())
                    .collect::<Vec<_>>()
                    .join(" or ");
                not_shown.push(name.clone());
                match missing
                    .iter_mut()
                    .find(|(n, _, _)| n.eq_ignore_ascii_case(&name))
                {
                    Some(entry) => entry.1 += value * weight,
                    None => missing.push((name, value * weight, missing.len())),
                }
            }
        }
        let mut evidence: Vec<Evidence> = evidence_lines
            .iter()
            .map(|(line, shown)| Evidence {
                span: line.span,
                strength: line.strength,
                terms: (0..req.terms.len())
                    .filter(|&t| shown.iter().any(|(u, _)| units[*u].terms.contains(&t)))
                    .filter(|&t| shows(line, &req.terms[t]))
                    .collect(),
            })
            .collect();
        let found = (0..req.terms.len())
            .map(|t| evidence.iter().any(|e| e.terms.contains(&t)))
            .collect();
        evidence.sort_by(|x, y| {
            y.strength
                .total_cmp(&x.strength)
                .then(y.terms.len().cmp(&x.terms.len()))
                .then(x.span.start.cmp(&y.span.start))
        });
        evidence.truncate(MAX_EVIDENCE);
        requirements.push(RequirementMatch {
            requirement: r,
            status,
            credit: if total > 0.0 { got / total } else { 0.0 },
            found,
            missing: not_shown,
            evidence,
            counted: !units.is_empty(),
        });
    }

    let coverage = |section: RequirementSection| {
        let credits: Vec<f64> = requirements
            .iter()
            .filter(|m| m.counted && posting.requirements[m.requirement].section == section)
            .map(|m| m.credit)
            .collect();
        (!credits.is_empty()).then(|| credits.iter().sum::<f64>() / credits.len() as f64)
    };
    let basic_coverage = coverage(RequirementSection::Basic);
    let preferred_coverage = coverage(RequirementSection::Preferred);
    let other_coverage = coverage(RequirementSection::Other);
    // Requirements outside both lists stand in for the basic ones when a posting has none.
    let first = basic_coverage.or(other_coverage);
    let overall = match (first, preferred_coverage) {
        (Some(b), Some(p)) => BASIC_SHARE * b + (1.0 - BASIC_SHARE) * p,
        (Some(b), None) => b,
        (None, Some(p)) => p,
        (None, None) => 0.0,
    };
    missing.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.2.cmp(&y.2)));
    MatchResult {
        requirements,
        basic_coverage,
        preferred_coverage,
        other_coverage,
        score: (overall * 100.0).round().clamp(0.0, 100.0) as u8,
        missing_terms: missing
            .into_iter()
            .take(MAX_MISSING_TERMS)
            .map(|(name, _, _)| name)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Document, Format, Source};
    use crate::lexicon::Lexicons;
    use crate::segment::DocKind;

    const POSTING: &str = "Basic Qualifications\n- Experience with Python or Java\n- Knowledge of SQL\n- Experience with Kubernetes\n\nPreferred Qualifications\n- Experience with geospatial routing\n";

    fn run(resume: &str) -> (MatchResult, String) {
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let posting = Posting::from_text(POSTING, &lex);
        let doc = Document::from_text(Source::Stdin, Format::Markdown, resume);
        let a = Analysis::new(&doc, &lex, Some(DocKind::Resume));
        let result = match_resume(&a, &posting);
        let statuses = result
            .requirements
            .iter()
            .map(|m| m.status.name())
            .collect::<Vec<_>>()
            .join(" ");
        (result, statuses)
    }

    #[test]
    fn each_requirement_is_matched_with_its_evidence_or_missing() {
        let resume = "## Experience\n\n- Cut query time 40% by rewriting SQL for a Python service\n\n## Skills\n\n- Java, Docker\n";
        let (result, statuses) = run(resume);
        assert_eq!(statuses, "matched matched missing missing");
        let first = &result.requirements[0];
        assert_eq!(first.evidence[0].strength, QUANTIFIED_STRENGTH);
        assert_eq!(
            result.missing_terms,
            vec!["Kubernetes", "geospatial routing"]
        );
    }

    #[test]
    fn a_skills_list_counts_less_than_a_quantified_bullet() {
        let listed = run("## Skills\n\n- Python, SQL, Kubernetes\n").0;
        let shown = run(
            "## Experience\n\n- Moved 12 Python and SQL jobs onto Kubernetes, cutting cost 30%\n",
        )
        .0;
        assert!(listed.basic_coverage < shown.basic_coverage);
        assert_eq!(shown.basic_coverage, Some(1.0));
        assert_eq!(listed.basic_coverage, Some(LISTED_STRENGTH));
    }

    #[test]
    fn repeating_a_term_earns_nothing() {
        let once = run("## Skills\n\n- Kubernetes\n").0;
        let stuffed =
            run("## Skills\n\n- Kubernetes, Kubernetes, kubernetes, K8s\n- Kubernetes\n").0;
        assert_eq!(once.score, stuffed.score);
        assert_eq!(once.basic_coverage, stuffed.basic_coverage);
    }

    #[test]
    fn one_shared_word_of_a_long_requirement_is_not_evidence() {
        let posting = Posting::from_text(
            "Preferred Qualifications\n- Experience building distributed systems that serve high traffic\n",
            &Lexicons::embedded().unwrap_or_else(|e| panic!("{e}")),
        );
        let phrases = posting.requirements[0].terms.len();
        assert!(phrases >= 2, "{:?}", posting.requirements[0].terms);
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let result = |resume: &str| {
            let doc = Document::from_text(Source::Stdin, Format::Markdown, resume);
            let a = Analysis::new(&doc, &lex, Some(DocKind::Resume));
            match_resume(&a, &posting).requirements[0].clone()
        };
        let weak = result("## Experience\n\n- Grew web traffic to the shop by 20%\n");
        assert_eq!(weak.status, MatchStatus::Missing);
        assert!(weak.evidence.is_empty());
        let strong = result(
            "## Experience\n\n- Built a distributed system that serves 2,000 requests a second of traffic\n",
        );
        assert_ne!(strong.status, MatchStatus::Missing);
        assert_eq!(strong.evidence.len(), 1);
    }

    fn first_match(posting: &str, resume: &str) -> RequirementMatch {
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let posting = Posting::from_text(posting, &lex);
        let doc = Document::from_text(Source::Stdin, Format::Markdown, resume);
        let a = Analysis::new(&doc, &lex, Some(DocKind::Resume));
        match_resume(&a, &posting).requirements[0].clone()
    }

    #[test]
    fn a_broader_skill_is_not_evidence_of_a_narrowed_one() {
        let posting = "Basic Qualifications\n- Knowledge of graph algorithms\n";
        let broad = first_match(posting, "## Skills\n\n- Python, Algorithms\n");
        assert_eq!(broad.status, MatchStatus::Missing);
        assert!(broad.evidence.is_empty());
        assert_eq!(broad.missing, vec!["graph algorithms"]);
        let narrow = first_match(
            posting,
            "## Experience\n\n- Wrote graph algorithms that plan 300 routes a night\n",
        );
        assert_eq!(narrow.status, MatchStatus::Matched);
        assert_eq!(narrow.evidence.len(), 1);
    }

    #[test]
    fn a_modifier_does_not_narrow_a_named_technology() {
        let m = first_match(
            "Basic Qualifications\n- Experience with backend Java\n",
            "## Experience\n\n- Built a Java service used by 4 teams\n",
        );
        assert_eq!(m.evidence.len(), 1);
    }

    #[test]
    fn a_skill_inside_a_name_is_not_shown() {
        let posting = "Basic Qualifications\n- Experience with machine learning\n";
        for resume in [
            "## Leadership\n\n### Machine Learning Club, Treasurer\n\n- Kept a budget of $3,000\n",
            "## Experience\n\n- Wrote 14 pages for the machine learning wiki\n",
            "## Activities\n\n- Machine Learning Student Society, member\n",
        ] {
            let m = first_match(posting, resume);
            assert_eq!(m.status, MatchStatus::Missing, "{resume}");
        }
        let m = first_match(
            posting,
            "## Experience\n\n- Trained a machine learning model for the Club Finder app\n",
        );
        assert_eq!(m.status, MatchStatus::Matched);
    }

    #[test]
    fn an_ambiguous_skill_name_needs_a_technical_context() {
        let posting = "Basic Qualifications\n- Experience with Java, R or Go\n";
        for resume in [
            "## Experience\n\n### Barista, Java Junction Café (2023 – 2025)\n\n- Served 200 customers a day\n",
            "## Experience\n\n### R&D Intern, Tern Foods (2025)\n\n- Tasted 40 sauces a week\n",
            "## Experience\n\n- Go-to trainer for 8 new baristas\n",
            "## Experience\n\n### Research Assistant to Prof. Maya R. Lindqvist\n\n- Ran 30 interviews\n",
        ] {
            let m = first_match(posting, resume);
            assert_eq!(m.status, MatchStatus::Missing, "{resume}");
        }
        for resume in [
            "## Experience\n\n- Built a Java service that plans 300 routes a night\n",
            "## Experience\n\n- Fit 12 survival models in R for the county\n",
            "## Experience\n\n- Moved 4 Go and PostgreSQL jobs to one server\n",
            "## Skills\n\n- Java, R, Go\n",
        ] {
            let m = first_match(posting, resume);
            assert_eq!(m.status, MatchStatus::Matched, "{resume}");
        }
    }

    #[test]
    fn a_lowercase_word_is_not_a_cased_skill() {
        let m = first_match(
            "Basic Qualifications\n- Experience with Excel or Rust\n",
            "## Experience\n\n- Helped 12 students excel in algebra\n- Sanded rust off 60 bike frames\n",
        );
        assert_eq!(m.status, MatchStatus::Missing);
    }

    #[test]
    fn a_passive_participle_shows_nothing() {
        let posting = "Preferred Qualifications\n- Experience leading a team\n";
        let passive = first_match(
            posting,
            "## Activities\n\n- Member of a team led by a senior\n",
        );
        assert_eq!(passive.status, MatchStatus::Missing);
        let active = first_match(
            posting,
            "## Activities\n\n- Led a team of 5 to a 3rd place\n",
        );
        assert_ne!(active.status, MatchStatus::Missing);
    }

    #[test]
    fn the_end_of_a_date_range_is_no_skill() {
        let m = first_match(
            "Basic Qualifications\n- Experience presenting to customers\n",
            "## Experience\n\n### Peer Tutor, Writing Center (2024 – present)\n\n- Help 15 students a week\n",
        );
        assert!(m.evidence.is_empty(), "{:?}", m.evidence);
    }

    #[test]
    fn a_degree_is_shown_only_by_a_line_naming_a_degree() {
        let posting = "Basic Qualifications\n- Pursuing a degree in Computer Science\n";
        let courses = first_match(
            posting,
            "## Education\n\nCoursework: CS 1300 Intro to Programming, Cell Biology\n",
        );
        assert_eq!(courses.status, MatchStatus::Missing);
        let degree = first_match(
            posting,
            "## Education\n\nLakemont University, B.S. in Computer Science, May 2027\n",
        );
        assert_eq!(degree.status, MatchStatus::Matched);
    }

    #[test]
    fn a_course_list_shows_knowledge_but_not_experience() {
        let resume = "## Education\n\nCoursework: Database Systems with SQL, Statistics\n";
        let experience = first_match("Basic Qualifications\n- Experience with SQL\n", resume);
        assert_eq!(experience.status, MatchStatus::Missing);
        let knowledge = first_match("Basic Qualifications\n- Knowledge of SQL\n", resume);
        assert_eq!(knowledge.status, MatchStatus::Matched);
        let coursework = first_match(
            "Basic Qualifications\n- Experience with SQL from coursework or projects\n",
            resume,
        );
        assert_eq!(coursework.status, MatchStatus::Matched);
    }

    #[test]
    fn a_certification_is_shown_only_by_a_line_naming_one() {
        let posting =
            "Preferred Qualifications\n- AWS Certified Cloud Practitioner or another AWS certification\n";
        let used = first_match(
            posting,
            "## Experience\n\n- Moved the catalog to EC2 and RDS, cutting cost by 35%\n",
        );
        assert_eq!(used.status, MatchStatus::Missing);
        let certified = first_match(
            posting,
            "## Certifications\n\n- AWS Certified Developer (2026)\n",
        );
        assert_ne!(certified.status, MatchStatus::Missing);
    }

    #[test]
    fn a_common_noun_is_not_a_named_technology() {
        let posting =
            "Preferred Qualifications\n- Experience with a scripting language such as Python\n- Experience with Windows servers or containers\n";
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let posting = Posting::from_text(posting, &lex);
        let resume = "## Experience\n\n- Fed and weighed 40 ball pythons\n- Installed 30 replacement windows\n- Unloaded 6 shipping containers a week\n";
        let doc = Document::from_text(Source::Stdin, Format::Markdown, resume);
        let a = Analysis::new(&doc, &lex, Some(DocKind::Resume));
        for m in match_resume(&a, &posting).requirements {
            assert_eq!(m.status, MatchStatus::Missing, "{:?}", m.evidence);
        }
    }

    #[test]
    fn a_course_code_is_not_a_field_of_study() {
        let m = first_match(
            "Basic Qualifications\n- Knowledge of Computer Science fundamentals\n",
            "## Education\n\nCoursework: CS 1300, CS 2110\n",
        );
        assert_eq!(m.status, MatchStatus::Missing);
    }

    #[test]
    fn a_degree_written_in_capitals_is_a_degree() {
        let posting = "Basic Qualifications\n- BS or MS in Computer Science\n";
        let degree = first_match(
            posting,
            "## Education\n\nPrairie University, BS in Computer Science, 2027\n",
        );
        assert_eq!(degree.status, MatchStatus::Matched);
        let courses = first_match(
            posting,
            "## Education\n\nRelevant coursework: Computer Science Theory\n",
        );
        assert_eq!(courses.status, MatchStatus::Missing);
    }

    #[test]
    fn only_the_listed_skills_are_alternatives() {
        let posting =
            "Basic Qualifications\n- Experience writing backend services in Go, Java or Python\n";
        let language = first_match(posting, "## Skills\n\n- Python\n");
        assert_eq!(language.status, MatchStatus::Partial);
        let both = first_match(
            posting,
            "## Experience\n\n- Wrote a backend service in Python for 4 clinics\n",
        );
        assert_eq!(both.status, MatchStatus::Matched);
    }

    #[test]
    fn courses_under_a_coursework_heading_are_courses() {
        let posting = "Basic Qualifications\n- Experience with SQL\n";
        for resume in [
            "## Relevant Coursework\n\n- Database Systems with SQL\n",
            "## Education\n\nCoursework – Database Systems with SQL\n",
        ] {
            let m = first_match(posting, resume);
            assert_eq!(m.status, MatchStatus::Missing, "{resume}");
        }
    }

    #[test]
    fn a_participle_after_an_article_is_an_adjective() {
        let m = first_match(
            "Preferred Qualifications\n- Experience leading a team\n",
            "## Experience\n\n- Interned at a leading freight broker for 10 weeks\n",
        );
        assert_eq!(m.status, MatchStatus::Missing);
    }
}
