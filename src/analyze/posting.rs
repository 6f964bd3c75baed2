//! Job postings: their sections, their requirements, and the terms each requirement asks
//! for; also the company a posting is from and the facts a cover letter could name.
//!
//! A posting's requirements are the lines (bullets) and sentences of its basic and
//! preferred sections, found from headings (`posting_section` in `lexicons/sections.toml`),
//! plus the sentences elsewhere that read as requirements ("experience with", "knowledge
//! of": `requirement_cues` in `lexicons/background.toml`). Headings are read line by line,
//! because postings pasted as text put "Basic Qualifications" on a line of its own with no
//! marker, and the layout reader may run such a line into the paragraph below.
//!
//! Each requirement's terms are the skills of `lexicons/skills.toml` it names, and its
//! salient phrases: runs of words that are neither skills, stop words nor common posting
//! words (`lexicons/background.toml`), so "experience" and "ability" never count while
//! "freight routing" does. A term is listed once per requirement, however often repeated.

use crate::ingest::{Document, Format, Source};
use crate::lexicon::{tech_tokens, Lexicons, SkillMatch, TechToken};
use crate::segment::{self, BlockKind, LineIndex, Segments, Span};

/// The kind of a posting section, from its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PostingSection {
    /// Basic, minimum or required qualifications.
    Basic,
    /// Preferred qualifications, nice to have.
    Preferred,
    /// About the company, the team or the role.
    About,
    /// Responsibilities: what the job does.
    Responsibilities,
}

impl PostingSection {
    /// The kind with this lexicon name.
    pub fn from_name(name: &str) -> Option<PostingSection> {
        Some(match name {
            "basic" => PostingSection::Basic,
            "preferred" => PostingSection::Preferred,
            "about" => PostingSection::About,
            "responsibilities" => PostingSection::Responsibilities,
            _ => return None,
        })
    }
}

/// Which list a requirement belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequirementSection {
    /// Basic (minimum, required) qualifications.
    Basic,
    /// Preferred qualifications.
    Preferred,
    /// A requirement stated outside both lists.
    Other,
}

impl RequirementSection {
    /// The name used in reports: "basic", "preferred" or "other".
    pub fn name(self) -> &'static str {
        match self {
            RequirementSection::Basic => "basic",
            RequirementSection::Preferred => "preferred",
            RequirementSection::Other => "other",
        }
    }
}

/// What a term is matched by.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TermKey {
    /// A skill of the skills lexicon (index into `Skills::list`), matched by any spelling.
    Skill(usize),
    /// A salient phrase, as token norms (stems); matched when all occur in one line.
    Phrase(Vec<String>),
}

/// A term a requirement asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// How it is matched.
    pub key: TermKey,
    /// How it is shown: the skill's name, or the phrase as the posting writes it.
    pub text: String,
    /// Its weight: a skill counts more than a phrase, which may be loosely worded.
    pub weight: f64,
    /// For a skill the posting narrows with a modifier ("graph algorithms",
    /// "customer-facing technical support"), the modifier's norms: a resume line naming
    /// the skill without them shows only the broader skill. Empty otherwise.
    pub qualifier: Vec<String>,
}

/// Weight of a skill term.
pub const SKILL_WEIGHT: f64 = 1.0;
/// Weight of a salient phrase.
pub const PHRASE_WEIGHT: f64 = 0.5;
/// Longest salient phrase, in tokens; longer runs are cut into pieces this long.
const MAX_PHRASE_TOKENS: usize = 3;
/// Most words a heading line can have.
const MAX_HEADING_WORDS: usize = 6;
/// Most words a line ending with a colon can have and still be a heading: such a line
/// introduces a list ("It would be great if you have:").
const MAX_COLON_HEADING_WORDS: usize = 8;
/// Longest heading line, in bytes.
const MAX_HEADING_LEN: usize = 60;

/// One requirement of a posting.
#[derive(Clone, Debug)]
pub struct Requirement {
    /// The line or sentence, in the posting's text.
    pub span: Span,
    /// Basic, preferred or other.
    pub section: RequirementSection,
    /// Its terms, in text order, each once.
    pub terms: Vec<Term>,
    /// Whether its skills are listed as alternatives ("Java, Python or Go", "such as S3 or
    /// EC2"): then any one of a list shows it.
    pub any_of: bool,
    /// Sets of terms written as alternatives, as indices into `terms`: the skills of each
    /// list when `any_of` ("Go, Java or Python"), and salient phrases joined by "or"
    /// ("sensors or devices"). Any one of a set shows it.
    pub alternatives: Vec<Vec<usize>>,
}

/// A job posting, read.
#[derive(Debug)]
pub struct Posting {
    /// Where it came from.
    pub source: Source,
    /// Its text (requirement spans index into it).
    pub text: String,
    /// Line index of `text`.
    pub lines: LineIndex,
    /// Its requirements, in text order.
    pub requirements: Vec<Requirement>,
    /// The company it is from, when one name stands out.
    pub company: Option<String>,
    /// Every capitalised name in the posting, lowercase (teams, products, places).
    pub names: Vec<String>,
    /// Every word of the posting, lowercase: a company the posting mentions in any form
    /// ("Amazon" inside "Amazon Web Services") is not another company.
    pub vocabulary: std::collections::BTreeSet<String>,
    /// What a specific cover letter could name: skills, names and salient words of the
    /// posting's text about the company, the team and the role.
    pub targets: Vec<Term>,
}

impl Posting {
    /// Read a posting from a document.
    pub fn from_document(doc: Document, lex: &Lexicons) -> Posting {
        let segments = segment::segment(&doc, lex);
        let text = doc.text.as_str();
        let marks = heading_marks(text, doc.format, lex);
        let mut requirements = Vec::new();
        let mut target_units = Vec::new();
        // Headings (by line start) whose section holds bullets: there, the bullets are the
        // requirements, and a paragraph is a note or boilerplate unless it reads as one.
        let listed: Vec<usize> = segments
            .items()
            .filter_map(|(_, b)| {
                marks
                    .iter()
                    .take_while(|m| m.line.start <= b.span.start)
                    .last()
            })
            .map(|m| m.line.start)
            .collect();
        for block in &segments.blocks {
            if block.kind == BlockKind::Heading {
                continue;
            }
            for unit in units(text, &segments, block, &marks) {
                if lex.background.boilerplate_cues.is_match(unit.slice(text)) {
                    continue;
                }
                let mark = marks
                    .iter()
                    .take_while(|m| m.line.start <= unit.start)
                    .last();
                let cue = || lex.background.requirement_cues.is_match(unit.slice(text));
                let listed_note = block.kind != BlockKind::Item
                    && mark.is_some_and(|m| listed.contains(&m.line.start))
                    && !cue();
                let requirement = match mark.map(|m| m.kind) {
                    Some(Some(PostingSection::Basic)) if !listed_note => {
                        Some(RequirementSection::Basic)
                    }
                    Some(Some(PostingSection::Preferred)) if !listed_note => {
                        Some(RequirementSection::Preferred)
                    }
                    Some(Some(PostingSection::Basic | PostingSection::Preferred)) => None,
                    Some(Some(_)) => None,
                    None | Some(None) => cue().then_some(RequirementSection::Other),
                };
                match requirement {
                    Some(section) => {
                        let (terms, any_of, alternatives) = terms(text, unit, lex);
                        requirements.push(Requirement {
                            span: unit,
                            section,
                            terms,
                            any_of,
                            alternatives,
                        });
                    }
                    None => target_units.push(unit),
                }
            }
        }
        let found = names(text, &marks, lex);
        let company = company(text, &found);
        let mut targets: Vec<Term> = Vec::new();
        for unit in target_units {
            for term in terms(text, unit, lex).0 {
                let technical = match &term.key {
                    TermKey::Skill(i) => {
                        !NON_TARGET_GROUPS.contains(&lex.skills.list[*i].group.as_str())
                    }
                    TermKey::Phrase(_) => true,
                };
                if technical && !targets.iter().any(|t| t.key == term.key) {
                    targets.push(term);
                }
            }
        }
        let mut names: Vec<String> = Vec::new();
        for name in &found {
            let lower = name.span.slice(text).to_lowercase();
            let is_company = company.as_ref().is_some_and(|c| c.to_lowercase() == lower);
            if !is_company {
                let key = TermKey::Phrase(name.norms.clone());
                if !targets.iter().any(|t| t.key == key) {
                    targets.push(Term {
                        key,
                        text: name.span.slice(text).to_owned(),
                        weight: PHRASE_WEIGHT,
                        qualifier: Vec::new(),
                    });
                }
            }
            if !names.contains(&lower) {
                names.push(lower);
            }
        }
        // The words of the title line (the job's name, the first line that is not a
        // heading) are in every letter for this job.
        let mut offset = 0;
        let mut title = "";
        for line in text.split_inclusive('\n') {
            let heading = marks.iter().any(|m| m.line.start == offset);
            offset += line.len();
            if !line.trim().is_empty() && !heading {
                title = line;
                break;
            }
        }
        let title_norms: Vec<String> = tech_tokens(title, &|w| lex.stem(w).into_owned())
            .into_iter()
            .map(|t| t.norm)
            .collect();
        targets.retain(|t| match &t.key {
            TermKey::Phrase(p) => !p.iter().all(|n| title_norms.contains(n)),
            TermKey::Skill(_) => true,
        });
        // Words of the company's own name are no target: naming the company is not
        // naming something about it.
        if let Some(company) = &company {
            let norms: Vec<String> = tech_tokens(company, &|w| lex.stem(w).into_owned())
                .into_iter()
                .map(|t| t.norm)
                .collect();
            targets.retain(|t| match &t.key {
                TermKey::Phrase(p) => !p.iter().all(|n| norms.contains(n)),
                TermKey::Skill(_) => true,
            });
        }
        let vocabulary = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        Posting {
            vocabulary,
            lines: LineIndex::new(text),
            requirements,
            company,
            names,
            targets,
            source: doc.source,
            text: doc.text,
        }
    }

    /// Read a posting from text (tests and library users).
    pub fn from_text(text: &str, lex: &Lexicons) -> Posting {
        Posting::from_document(Document::from_text(Source::Stdin, Format::Text, text), lex)
    }
}

/// Skill groups that say nothing specific about a company ("communication", "bachelor's
/// degree"): never a cover-letter target. Nor are they technical: a resume line naming
/// one gives an ambiguous skill name ("R", "Go") no technical context.
pub(crate) const NON_TARGET_GROUPS: &[&str] =
    &["business", "certifications", "degrees", "education"];

/// A heading line: where it is and the section it opens (`None`: a heading of no known
/// kind, which ends the section before it).
#[derive(Clone, Copy, Debug)]
struct Mark {
    line: Span,
    kind: Option<PostingSection>,
}

/// The heading lines of a posting.
fn heading_marks(text: &str, format: Format, lex: &Lexicons) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let line = Span::new(start, start + raw.len());
        start += raw.len();
        let trimmed = raw.trim();
        let markdown_heading = format == Format::Markdown && trimmed.starts_with('#');
        let bullet = trimmed
            .chars()
            .next()
            .is_some_and(|c| "-*•·–—▪●○◦‣⁃■□➢➤►✓✔".contains(c))
            && trimmed.chars().nth(1).is_some_and(char::is_whitespace);
        if trimmed.is_empty() || bullet || trimmed.len() > MAX_HEADING_LEN {
            continue;
        }
        let content = trimmed
            .trim_start_matches(['#', ' '])
            .trim_matches(['*', '_', ' '])
            .trim_end_matches([':', ' '])
            .trim_end_matches(['*', '_']);
        let colon = trimmed.trim_end_matches(['*', '_']).ends_with(':');
        let words: Vec<&str> = content
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let most = if colon {
            MAX_COLON_HEADING_WORDS
        } else {
            MAX_HEADING_WORDS
        };
        if words.is_empty() || words.len() > most || content.ends_with(['.', '!', '?']) {
            continue;
        }
        let capitals = words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || w.chars().count() <= 3);
        let upper =
            content.chars().any(char::is_alphabetic) && !content.chars().any(char::is_lowercase);
        let cue = lex
            .kinds
            .job_description
            .find_iter(content)
            .next()
            .is_some_and(|m| m.start == 0);
        if !(colon || markdown_heading || capitals || cue) {
            continue;
        }
        let stems: Vec<String> = words
            .iter()
            .map(|w| lex.stem(&w.to_lowercase()).into_owned())
            .collect();
        let kind = lex
            .posting_sections
            .iter()
            .find(|(_, keywords)| stems.iter().any(|s| keywords.contains(s)))
            .map(|(kind, _)| *kind);
        if kind.is_some() || colon || markdown_heading || upper {
            marks.push(Mark { line, kind });
        }
    }
    marks
}

/// The units of a block that can each be one requirement: the whole item, or each
/// sentence of a paragraph, leaving out heading lines the layout reader ran into it.
fn units(text: &str, segments: &Segments, block: &segment::Block, marks: &[Mark]) -> Vec<Span> {
    let spans: Vec<Span> = match block.kind {
        BlockKind::Item => vec![block.span],
        _ => segments.sentences[block.sentences.clone()]
            .iter()
            .map(|s| s.span)
            .collect(),
    };
    spans
        .into_iter()
        .filter_map(|span| {
            let mut span = span;
            for mark in marks {
                if mark.line.contains(span) {
                    return None;
                }
                if mark.line.start <= span.start && span.start < mark.line.end {
                    span = Span::new(mark.line.end, span.end).trim(text);
                }
            }
            let words = span.slice(text).split_whitespace().count();
            (words >= 2).then_some(span)
        })
        .collect()
}

/// The modifier a posting puts right before the skill `name` that starts at token `start`,
/// as norms: the salient words joined to the skill by spaces or hyphens (common words such
/// as "strong" or "customer-facing" narrow nothing). Only a concept (a skill named in
/// lowercase: "algorithms", "technical support") is narrowed so; before a named technology
/// a word says where it was used ("backend Java"), which any Java line still shows.
fn qualifier(
    slice: &str,
    tokens: &[TechToken],
    start: usize,
    name: &str,
    salient: &dyn Fn(usize) -> bool,
) -> Vec<String> {
    if !name.starts_with(|c: char| c.is_lowercase()) {
        return Vec::new();
    }
    let gap = |i: usize| &slice[tokens[i].span.end..tokens[i + 1].span.start];
    let joined = |g: &str| g == "-" || (!g.is_empty() && g.chars().all(|c| c == ' '));
    let mut words = Vec::new();
    let mut i = start;
    while i > 0 && words.len() < MAX_PHRASE_TOKENS && joined(gap(i - 1)) {
        if !salient(i - 1) {
            break;
        }
        words.push(tokens[i - 1].norm.clone());
        i -= 1;
    }
    words.reverse();
    words
}

/// The terms of a requirement, and whether its skills are alternatives.
fn terms(text: &str, unit: Span, lex: &Lexicons) -> (Vec<Term>, bool, Vec<Vec<usize>>) {
    let slice = unit.slice(text);
    let stem = |w: &str| lex.stem(w).into_owned();
    let tokens = tech_tokens(slice, &stem);
    let skills = lex.skills.find(slice, &tokens);
    let mut in_skill = vec![false; tokens.len()];
    for m in &skills {
        in_skill[m.tokens.clone()]
            .iter_mut()
            .for_each(|b| *b = true);
    }
    // A skill written right before a narrower one that implies it names where that one
    // lives ("AWS IAM policies", "AWS Lambda"): it is part of that name, not a term of its
    // own, nor an alternative a resume could show instead.
    let skills: Vec<SkillMatch> = skills
        .iter()
        .enumerate()
        .filter(|(k, m)| {
            !skills.get(k + 1).is_some_and(|next| {
                let gap =
                    &slice[tokens[m.tokens.end - 1].span.end..tokens[next.tokens.start].span.start];
                gap == " " && lex.skills.with_implied([next.skill]).contains(&m.skill)
            })
        })
        .map(|(_, m)| m.clone())
        .collect();
    let salient = |i: usize| {
        let t = &tokens[i];
        let raw = t.span.slice(slice).to_lowercase();
        !in_skill[i]
            && !lex.background.common.contains(&t.norm)
            && !lex.style.stop_words.contains(&raw)
            && !raw.chars().any(|c| c.is_ascii_digit())
            && raw.chars().count() >= 2
    };
    let mut found: Vec<(Span, Term)> = Vec::new();
    // Tokens of a modifier, which belong to the skill they narrow, not to a phrase.
    let mut in_qualifier = vec![false; tokens.len()];
    for m in &skills {
        let name = &lex.skills.list[m.skill].name;
        let qualifier = qualifier(slice, &tokens, m.tokens.start, name, &salient);
        let from = m.tokens.start - qualifier.len();
        in_qualifier[from..m.tokens.start]
            .iter_mut()
            .for_each(|b| *b = true);
        // A narrowed skill is shown as the posting words it ("graph algorithms").
        let text = match qualifier.len() {
            0 => name.clone(),
            _ => format!(
                "{} {name}",
                &slice[tokens[from].span.start..tokens[m.tokens.start - 1].span.end]
            ),
        };
        found.push((
            Span::new(
                tokens[m.tokens.start].span.start,
                tokens[m.tokens.end - 1].span.end,
            ),
            Term {
                key: TermKey::Skill(m.skill),
                text,
                weight: SKILL_WEIGHT,
                qualifier,
            },
        ));
    }
    let mut run: Vec<&TechToken> = Vec::new();
    let mut runs: Vec<Vec<&TechToken>> = Vec::new();
    for i in 0..tokens.len() {
        let joined = run.last().is_some_and(|prev| {
            let gap = &slice[prev.span.end..tokens[i].span.start];
            gap == "-" || gap.chars().all(|c| c.is_whitespace() && c != '\n')
        });
        let phrase = salient(i) && !in_qualifier[i];
        if !phrase || !joined {
            runs.push(std::mem::take(&mut run));
        }
        if phrase {
            run.push(&tokens[i]);
        }
    }
    runs.push(run);
    for run in runs.iter().filter(|r| !r.is_empty()) {
        for piece in run.chunks(MAX_PHRASE_TOKENS) {
            let span = Span::new(piece[0].span.start, piece[piece.len() - 1].span.end);
            found.push((
                span,
                Term {
                    key: TermKey::Phrase(piece.iter().map(|t| t.norm.clone()).collect()),
                    text: span.slice(slice).to_owned(),
                    weight: PHRASE_WEIGHT,
                    qualifier: Vec::new(),
                },
            ));
        }
    }
    found.sort_by_key(|(at, _)| at.start);
    // Phrases joined by "or" ("sensors or devices") are alternatives.
    let mut alternatives: Vec<Vec<usize>> = Vec::new();
    let mut terms: Vec<Term> = Vec::new();
    for (i, (at, term)) in found.iter().enumerate() {
        if terms.iter().any(|t| t.key == term.key) {
            continue;
        }
        let joined = i > 0 && {
            let (prev_at, prev) = &found[i - 1];
            let gap = slice[prev_at.end..at.start].trim().to_lowercase();
            matches!(prev.key, TermKey::Phrase(_))
                && matches!(term.key, TermKey::Phrase(_))
                && terms.last() == Some(prev)
                && matches!(gap.as_str(), "or" | ", or" | "/" | "and/or")
        };
        if joined {
            let prev = terms.len() - 1;
            match alternatives.last_mut().filter(|set| set.contains(&prev)) {
                Some(set) => set.push(terms.len()),
                None => alternatives.push(vec![prev, terms.len()]),
            }
        }
        terms.push(term.clone());
    }
    let any_of = skills.len() >= 2 && {
        // Lowercase each piece on its own: lowercasing can change byte lengths, so offsets
        // into `slice` do not index its lowercase copy.
        let first = tokens[skills[0].tokens.start].span.start;
        let before = slice[..first].to_lowercase();
        let listed = [
            "such as",
            "e.g",
            "including",
            "like",
            "at least one",
            "one of",
            "any of",
            "for example",
        ]
        .iter()
        .any(|cue| before.contains(cue));
        let gaps = skills.windows(2).any(|pair| {
            let from = tokens[pair[0].tokens.end - 1].span.end;
            let to = tokens[pair[1].tokens.start].span.start;
            let gap = slice[from..to].to_lowercase();
            gap.contains(" or ") || gap.contains('/') || gap.contains('(')
        });
        listed || gaps
    };
    if any_of {
        // The skills listed one after another ("Java, C++, Python or Go") are the
        // alternatives; a skill outside the list is asked for in its own right ("backend
        // services in Go, Java or Python": backend services, and one of the languages).
        let index = |m: &SkillMatch| {
            terms
                .iter()
                .position(|t| t.key == TermKey::Skill(m.skill))
                .unwrap_or(0)
        };
        let mut run: Vec<usize> = Vec::new();
        for (k, m) in skills.iter().enumerate() {
            let listed = k > 0 && {
                let from = tokens[skills[k - 1].tokens.end - 1].span.end;
                // A possessive is trimmed off its token ("Bachelor's or Master's").
                let gap = slice[from..tokens[m.tokens.start].span.start]
                    .trim_start_matches(['\'', '’'])
                    .trim_start_matches('s')
                    .to_lowercase();
                gap.split(|c: char| !c.is_alphanumeric())
                    .all(|w| matches!(w, "" | "or" | "and"))
            };
            if !listed {
                push_alternatives(&mut alternatives, std::mem::take(&mut run));
            }
            run.push(index(m));
        }
        push_alternatives(&mut alternatives, run);
    }
    (terms, any_of, alternatives)
}

/// Record a set of alternative terms (indices into the terms), sorted, if it has two or
/// more.
fn push_alternatives(alternatives: &mut Vec<Vec<usize>>, mut set: Vec<usize>) {
    set.sort_unstable();
    set.dedup();
    if set.len() >= 2 {
        alternatives.push(set);
    }
}

/// A capitalised name in a posting ("Harborlight Systems", "Pacific Northwest").
#[derive(Clone, Debug)]
pub(crate) struct Name {
    /// Where it is.
    pub(crate) span: Span,
    /// Its token norms.
    pub(crate) norms: Vec<String>,
}

/// Longest run of capitalised tokens taken for a name; longer runs are titles.
const MAX_NAME_TOKENS: usize = 3;

/// The capitalised names of a text, outside headings and skills, in text order (every
/// occurrence). A name is one to three capitalised tokens separated by single spaces (or
/// " & "), not all of them common words.
pub(crate) fn capitalised_names(text: &str, skip: &[Span], lex: &Lexicons) -> Vec<Name> {
    let stem = |w: &str| lex.stem(w).into_owned();
    let tokens = tech_tokens(text, &stem);
    let skills = lex.skills.find(text, &tokens);
    let mut in_skill = vec![false; tokens.len()];
    for m in &skills {
        in_skill[m.tokens.clone()]
            .iter_mut()
            .for_each(|b| *b = true);
    }
    let capital = |i: usize| {
        let raw = tokens[i].span.slice(text);
        !in_skill[i]
            && raw.chars().next().is_some_and(char::is_uppercase)
            && raw.chars().any(char::is_lowercase)
            && !skip.iter().any(|s| s.contains(tokens[i].span))
    };
    let mut names = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !capital(i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() && capital(end) {
            let gap = &text[tokens[end - 1].span.end..tokens[end].span.start];
            if gap != " " && gap != " & " {
                break;
            }
            end += 1;
        }
        let run = &tokens[i..end];
        let common = run.iter().all(|t| {
            let lower = t.span.slice(text).to_lowercase();
            lex.background.common.contains(&t.norm)
                || lex.style.stop_words.contains(&lower)
                || lex.letters.role_words.contains(&lower)
        });
        let role = run.iter().any(|t| {
            lex.letters
                .role_words
                .contains(&t.span.slice(text).to_lowercase())
        });
        if run.len() <= MAX_NAME_TOKENS && !common && !role {
            names.push(Name {
                span: Span::new(run[0].span.start, run[run.len() - 1].span.end),
                norms: run.iter().map(|t| t.norm.clone()).collect(),
            });
        }
        i = end;
    }
    names
}

fn names(text: &str, marks: &[Mark], lex: &Lexicons) -> Vec<Name> {
    let headings: Vec<Span> = marks.iter().map(|m| m.line).collect();
    capitalised_names(text, &headings, lex)
}

/// Extra weight of a name seen where postings name their company ("At X,", "X is an
/// equal opportunity employer").
const COMPANY_CONTEXT_BONUS: usize = 3;

/// The company a posting is from: the name seen most often, with names in company
/// contexts counting more; `None` when no name is seen at least twice.
fn company(text: &str, names: &[Name]) -> Option<String> {
    let mut scores: Vec<(String, usize, usize)> = Vec::new();
    for name in names {
        let shown = name.span.slice(text);
        let before = text[..name.span.start].trim_end_matches(' ');
        let after = &text[name.span.end..];
        let context = ["At", "at", "About", "about", "Join", "join"]
            .iter()
            .any(|w| {
                before.ends_with(w)
                    && before[..before.len() - w.len()].ends_with(|c: char| !c.is_alphanumeric())
            })
            || [
                " is an equal",
                " is committed",
                " is a ",
                "’s mission",
                "'s mission",
            ]
            .iter()
            .any(|w| after.starts_with(w));
        let points = 1 + if context { COMPANY_CONTEXT_BONUS } else { 0 };
        match scores.iter_mut().find(|(n, _, _)| n == shown) {
            Some(entry) => entry.1 += points,
            None => scores.push((shown.to_owned(), points, scores.len())),
        }
    }
    scores
        .into_iter()
        .filter(|(_, points, _)| *points >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|(name, _, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicons {
        Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    const POSTING: &str = "Data Intern\nQuillmark Labs - Denver, CO\n\nAbout the team\nQuillmark Labs builds freight routing tools.\n\nBasic Qualifications\n- Experience with Python or Java\n- Knowledge of SQL and statistics\n\nPreferred Qualifications\n- Familiarity with AWS services such as S3 or EC2\n- Experience with geospatial routing\n\nQuillmark Labs is an equal opportunity employer.\n";

    #[test]
    fn requirements_come_from_the_qualification_sections() {
        let lex = lex();
        let p = Posting::from_text(POSTING, &lex);
        let found: Vec<(&str, &str)> = p
            .requirements
            .iter()
            .map(|r| (r.section.name(), r.span.slice(&p.text)))
            .collect();
        assert_eq!(
            found,
            vec![
                ("basic", "Experience with Python or Java"),
                ("basic", "Knowledge of SQL and statistics"),
                (
                    "preferred",
                    "Familiarity with AWS services such as S3 or EC2"
                ),
                ("preferred", "Experience with geospatial routing"),
            ]
        );
    }

    #[test]
    fn terms_are_skills_and_salient_phrases_never_common_words() {
        let lex = lex();
        let p = Posting::from_text(POSTING, &lex);
        let texts = |i: usize| -> Vec<&str> {
            p.requirements[i]
                .terms
                .iter()
                .map(|t| t.text.as_str())
                .collect()
        };
        assert_eq!(texts(0), vec!["Python", "Java"]);
        assert!(p.requirements[0].any_of);
        assert_eq!(texts(1), vec!["SQL", "statistics"]);
        assert!(!p.requirements[1].any_of);
        assert_eq!(texts(2), vec!["AWS", "S3", "EC2"]);
        assert!(p.requirements[2].any_of);
        assert_eq!(texts(3), vec!["geospatial routing"]);
    }

    #[test]
    fn company_is_the_name_in_company_contexts() {
        let lex = lex();
        let p = Posting::from_text(POSTING, &lex);
        assert_eq!(p.company.as_deref(), Some("Quillmark Labs"));
        let targets: Vec<&str> = p.targets.iter().map(|t| t.text.as_str()).collect();
        assert!(targets.contains(&"freight routing"), "{targets:?}");
        assert!(!p.targets.iter().any(|t| t.text.contains("Quillmark")));
    }

    #[test]
    fn letters_that_change_length_when_lowercased_do_not_break_offsets() {
        let lex = lex();
        let p = Posting::from_text(
            "Basic Qualifications\n- İİİ İstanbul experience with Java or Python\n",
            &lex,
        );
        assert_eq!(p.requirements.len(), 1);
        assert!(p.requirements[0].any_of);
    }

    #[test]
    fn a_posting_without_headings_still_has_its_requirement_sentences() {
        let lex = lex();
        let p = Posting::from_text(
            "We build maps. You should have experience with Rust and PostgreSQL. The office is nice.",
            &lex,
        );
        assert_eq!(p.requirements.len(), 1);
        assert_eq!(p.requirements[0].section, RequirementSection::Other);
    }

    #[test]
    fn phrases_joined_by_or_are_alternatives() {
        let lex = lex();
        let p = Posting::from_text(
            "Preferred Qualifications\n- Experience with time-series readings from sensors or devices\n",
            &lex,
        );
        let req = &p.requirements[0];
        let texts: Vec<&str> = req.terms.iter().map(|t| t.text.as_str()).collect();
        let sensors = texts.iter().position(|t| *t == "sensors");
        let devices = texts.iter().position(|t| *t == "devices");
        assert!(sensors.is_some() && devices.is_some(), "{texts:?}");
        assert_eq!(
            req.alternatives,
            vec![vec![sensors.unwrap_or(0), devices.unwrap_or(0)]]
        );
    }

    #[test]
    fn a_longer_line_ending_with_a_colon_is_a_heading() {
        let lex = lex();
        let p = Posting::from_text(
            "To be considered, you should:\n- Know Git\n\nIdeally, you would also have the following:\n- Know Kotlin\n",
            &lex,
        );
        let sections: Vec<_> = p.requirements.iter().map(|r| r.section).collect();
        assert_eq!(
            sections,
            vec![RequirementSection::Basic, RequirementSection::Preferred]
        );
    }

    #[test]
    fn a_skill_naming_where_a_narrower_one_lives_is_no_term() {
        let lex = lex();
        let p = Posting::from_text(
            "Preferred Qualifications\n- Knowledge of cloud security, for example AWS IAM policies\n",
            &lex,
        );
        let texts: Vec<&str> = p.requirements[0]
            .terms
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        assert!(texts.contains(&"IAM"), "{texts:?}");
        assert!(!texts.contains(&"AWS"), "{texts:?}");
    }
}
