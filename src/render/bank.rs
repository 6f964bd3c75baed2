//! The output of `starcheck bank`: a coloured grid for people, the JSON report (documented
//! in docs/json-schema.md), and the matrix as CSV.
//!
//! ```text
//!                                          CO OW IS AR LC HD IH TB BA FR ET DD HB DR SE SS
//!  1 The special orders nobody picked up   76  .  .  .  . 12  .  . 41  .  .  .  . 38  .  .
//! ```
//!
//! Each cell is a strength × 100: bold green when it covers the principle, yellow when it
//! shows some of it, a dim dot when it shows nothing worth naming.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::wire::thousandth;
use super::{severity_style, BOLD, DIM, ERROR};
use crate::bank::coverage::COVERED;
use crate::bank::{plural, Bank, BankStory, Place};
use crate::lexicon::Principles;
use crate::report::Report;

/// A cell at or above this strength (but under [`COVERED`]) shows some of the principle.
const SOME: f64 = 0.15;
/// Titles in the grid and the plan are cut to this many columns.
const TITLE_WIDTH: usize = 36;

const COVERS: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)))
    .bold();
const SHOWS: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));

/// A two-letter column head for a principle id: the initials of its first two words
/// that are not small words ("customer-obsession" → CO), or its first two letters.
pub fn short_id(id: &str) -> String {
    const SMALL: &[&str] = &["a", "and", "be", "for", "on", "the", "to"];
    let words: Vec<&str> = id.split('-').filter(|w| !SMALL.contains(w)).collect();
    let head: String = match words.as_slice() {
        [one] => one.chars().take(2).collect(),
        _ => words
            .iter()
            .take(2)
            .filter_map(|w| w.chars().next())
            .collect(),
    };
    head.to_uppercase()
}

/// `text` cut to `width` display columns, with "…" when cut, and padded to `width`.
fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    if text.width() <= width {
        out.push_str(text);
    } else {
        for c in text.chars() {
            if (out.clone() + &c.to_string()).width() + 1 > width {
                break;
            }
            out.push(c);
        }
        out.push('…');
    }
    let pad = width.saturating_sub(out.width());
    out.push_str(&" ".repeat(pad));
    out
}

/// A strength to two decimals, as `show` rounds it, except that a strength just under
/// [`COVERED`] is rounded down, so that it never reads as the threshold it missed.
fn hundredths(x: f64) -> f64 {
    let rounded = (x * 100.0).round() / 100.0;
    if x < COVERED && rounded >= COVERED {
        (x * 100.0).floor() / 100.0
    } else {
        rounded
    }
}

/// The bank for people: the inputs in `errors` that could not be read, the grid, the strongest story per principle, the
/// duplicates, the plan, the inconsistencies and the findings.
pub fn write_human(
    out: &mut dyn Write,
    bank: &Bank,
    errors: &[&Report],
    pack: &Principles,
) -> io::Result<()> {
    for report in errors {
        if let Some(error) = &report.error {
            writeln!(
                out,
                "{BOLD}{}{BOLD:#}: {ERROR}error{ERROR:#}: {error}",
                report.path()
            )?;
        }
    }
    let files = {
        let mut docs: Vec<usize> = bank.stories.iter().map(|s| s.doc).collect();
        docs.dedup();
        docs.len()
    };
    writeln!(
        out,
        "{BOLD}Story bank{BOLD:#}: {} {} in {files} {} ({} usable)\n",
        bank.stories.len(),
        plural(bank.stories.len(), "story", "stories"),
        plural(files, "file", "files"),
        bank.usable()
    )?;
    write_grid(out, bank)?;
    writeln!(out, "\n{BOLD}Strongest story per principle{BOLD:#}")?;
    let name_width = pack.list.iter().map(|p| p.name.width()).max().unwrap_or(0);
    for (p, principle) in pack.list.iter().enumerate() {
        let head = short_id(&principle.id);
        let name = fit(&principle.name, name_width);
        match bank.strongest[p] {
            Some(s) if bank.stories[s].scores[p] >= COVERED => {
                let story = &bank.stories[s];
                writeln!(
                    out,
                    "  {DIM}{head}{DIM:#} {name}  {COVERS}{:.2}{COVERS:#}  {}",
                    hundredths(story.scores[p]),
                    story.title
                )?;
            }
            Some(s) => {
                let story = &bank.stories[s];
                writeln!(
                    out,
                    "  {DIM}{head}{DIM:#} {name}  {SHOWS}{:.2}{SHOWS:#}  not covered; closest: {}",
                    hundredths(story.scores[p]),
                    story.title
                )?;
            }
            None => writeln!(
                out,
                "  {DIM}{head}{DIM:#} {name}  {DIM}   -{DIM:#}  not covered"
            )?,
        }
    }
    if !bank.duplicates.is_empty() {
        writeln!(out, "\n{BOLD}Possible duplicates{BOLD:#}")?;
        for d in &bank.duplicates {
            let mut shared: Vec<&String> = d.numbers.iter().chain(&d.names).collect();
            shared.extend(d.words.iter().take(4));
            let shared: Vec<String> = shared.iter().map(|w| format!("\"{w}\"")).collect();
            writeln!(
                out,
                "  {:.2}  {} {DIM}and{DIM:#} {}  {DIM}shared: {}{DIM:#}",
                hundredths(d.similarity),
                bank.stories[d.a].title,
                bank.stories[d.b].title,
                shared.join(", ")
            )?;
        }
    }
    write_plan(out, bank, pack)?;
    if !bank.inconsistencies.is_empty() {
        writeln!(out, "\n{BOLD}Resume and stories disagree{BOLD:#}")?;
        for i in &bank.inconsistencies {
            writeln!(
                out,
                "  {}:{}: \"{}\" {DIM}vs{DIM:#} {}:{}: \"{}\" {DIM}({}){DIM:#}",
                i.resume.path,
                i.resume.line,
                i.resume_text,
                i.story_place.path,
                i.story_place.line,
                i.story_text,
                i.shared.join(", ")
            )?;
        }
    }
    if !bank.findings.is_empty() {
        writeln!(out, "\n{BOLD}Findings{BOLD:#}")?;
    }
    for f in &bank.findings {
        let style = severity_style(f.severity);
        let at = f
            .places
            .first()
            .map(|p| format!("{}:{}:{}: ", p.path, p.line, p.column))
            .unwrap_or_default();
        writeln!(
            out,
            "{BOLD}{at}{BOLD:#}{style}{}{style:#} {}: {}",
            f.rule.code, f.rule.name, f.message
        )?;
        for p in f.places.iter().skip(1) {
            writeln!(out, "  {DIM}and {}:{}:{}{DIM:#}", p.path, p.line, p.column)?;
        }
    }
    let warnings = bank.count_at_least(crate::rules::Severity::Warning);
    writeln!(
        out,
        "\nChecked {} {}: {} {} ({warnings} {}).",
        bank.stories.len(),
        plural(bank.stories.len(), "story", "stories"),
        bank.findings.len(),
        plural(bank.findings.len(), "finding", "findings"),
        plural(warnings, "warning", "warnings"),
    )
}

fn write_grid(out: &mut dyn Write, bank: &Bank) -> io::Result<()> {
    let number_width = bank.stories.len().to_string().len();
    let lead = number_width + 1 + TITLE_WIDTH;
    write!(out, "{}", " ".repeat(lead))?;
    for id in &bank.principles {
        write!(out, " {BOLD}{:>2}{BOLD:#}", short_id(id))?;
    }
    writeln!(out)?;
    for (i, story) in bank.stories.iter().enumerate() {
        write_row(out, i + 1, number_width, story)?;
    }
    // The legend: each short head with its id, four to a line.
    writeln!(out)?;
    for chunk in bank.principles.chunks(4) {
        let cells: Vec<String> = chunk
            .iter()
            .map(|id| format!("{} {}", short_id(id), fit(id, 32)))
            .collect();
        writeln!(out, "{DIM}  {}{DIM:#}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

fn write_row(
    out: &mut dyn Write,
    number: usize,
    number_width: usize,
    story: &BankStory,
) -> io::Result<()> {
    let title = fit(&story.title, TITLE_WIDTH);
    if story.usable {
        write!(out, "{number:>number_width$} {title}")?;
    } else {
        write!(out, "{DIM}{number:>number_width$} {title}{DIM:#}")?;
    }
    for &score in &story.scores {
        let cell = (hundredths(score) * 100.0).round().min(99.0) as u32;
        if score >= COVERED {
            write!(out, " {COVERS}{cell:>2}{COVERS:#}")?;
        } else if score >= SOME {
            write!(out, " {SHOWS}{cell:>2}{SHOWS:#}")?;
        } else {
            write!(out, " {DIM} .{DIM:#}")?;
        }
    }
    let note = if story.usable { "" } else { "  not usable" };
    writeln!(out, "  {DIM}{}:{}{note}{DIM:#}", story.path, story.line)
}

fn write_plan(out: &mut dyn Write, bank: &Bank, pack: &Principles) -> io::Result<()> {
    let rounds = &bank.interview_loop.rounds;
    writeln!(
        out,
        "\n{BOLD}Interview plan{BOLD:#} ({}, {} {})",
        bank.interview_loop.source,
        rounds.len(),
        plural(rounds.len(), "round", "rounds")
    )?;
    let round_width = rounds.iter().map(|r| r.name.width()).max().unwrap_or(0);
    let name_width = bank
        .plan
        .iter()
        .map(|s| pack.list[s.principle].name.width())
        .max()
        .unwrap_or(0);
    let mut last_round = None;
    for slot in &bank.plan {
        let round = if last_round == Some(slot.round) {
            String::new()
        } else {
            rounds[slot.round].name.clone()
        };
        last_round = Some(slot.round);
        let principle = fit(&pack.list[slot.principle].name, name_width);
        let round = fit(&round, round_width);
        match slot.story {
            Some(s) => writeln!(
                out,
                "  {round}  {principle}  {COVERS}{:.2}{COVERS:#}  {}",
                hundredths(slot.score),
                bank.stories[s].title
            )?,
            None => {
                let why = if slot.shown_by > 0 {
                    "no good story left (each one that shows it is told elsewhere)"
                } else {
                    "no story shows it well"
                };
                writeln!(
                    out,
                    "  {round}  {principle}  {SHOWS}   -{SHOWS:#}  {SHOWS}{why}{SHOWS:#}"
                )?
            }
        }
    }
    Ok(())
}

/// The matrix as CSV: one row per story (path, line, title, usable), one column per
/// principle id, each cell the strength to three decimals.
pub fn write_csv(out: &mut dyn Write, bank: &Bank) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "path".to_owned(),
        "line".to_owned(),
        "title".to_owned(),
        "usable".to_owned(),
    ];
    header.extend(bank.principles.iter().cloned());
    let mut rows = vec![header];
    for story in &bank.stories {
        let mut row = vec![
            story.path.clone(),
            story.line.to_string(),
            story.title.clone(),
            story.usable.to_string(),
        ];
        // Rounded as the JSON reports round them, so both give the same figures.
        row.extend(
            story
                .scores
                .iter()
                .map(|s| format!("{:.3}", thousandth(*s))),
        );
        rows.push(row);
    }
    for row in rows {
        writer.write_record(&row).map_err(io::Error::other)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))?;
    out.write_all(&bytes)
}

// ---- JSON -------------------------------------------------------------------------------

/// Version of the bank JSON report; bumped on any incompatible change.
const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct BankJson<'a> {
    schema_version: u32,
    bank: BankOut<'a>,
    findings: Vec<FindingOut<'a>>,
    errors: Vec<ErrorOut>,
}

#[derive(Serialize)]
struct BankOut<'a> {
    stories: Vec<StoryOut<'a>>,
    usable: usize,
    strongest: Vec<StrongestOut<'a>>,
    uncovered: Vec<&'a str>,
    duplicates: Vec<DuplicateOut<'a>>,
    #[serde(rename = "loop")]
    interview_loop: LoopOut<'a>,
    plan: Vec<SlotOut<'a>>,
    inconsistencies: Vec<InconsistencyOut<'a>>,
}

#[derive(Serialize)]
struct StoryRef<'a> {
    path: &'a str,
    title: &'a str,
    line: usize,
}

#[derive(Serialize)]
struct StoryOut<'a> {
    path: &'a str,
    title: &'a str,
    line: usize,
    usable: bool,
    principles: Vec<ScoreOut<'a>>,
}

#[derive(Serialize)]
struct ScoreOut<'a> {
    id: &'a str,
    score: f64,
}

#[derive(Serialize)]
struct StrongestOut<'a> {
    id: &'a str,
    story: Option<StoryRef<'a>>,
    score: f64,
    covered: bool,
}

#[derive(Serialize)]
struct DuplicateOut<'a> {
    a: StoryRef<'a>,
    b: StoryRef<'a>,
    similarity: f64,
    numbers: &'a [String],
    names: &'a [String],
    words: &'a [String],
}

#[derive(Serialize)]
struct LoopOut<'a> {
    source: &'a str,
    rounds: Vec<RoundOut<'a>>,
}

#[derive(Serialize)]
struct RoundOut<'a> {
    name: &'a str,
    principles: Vec<&'a str>,
}

#[derive(Serialize)]
struct SlotOut<'a> {
    round: usize,
    round_name: &'a str,
    principle: &'a str,
    story: Option<StoryRef<'a>>,
    score: f64,
    shown_by: usize,
}

#[derive(Serialize)]
struct InconsistencyOut<'a> {
    resume: PlaceOut<'a>,
    resume_text: &'a str,
    story: StoryRef<'a>,
    story_place: PlaceOut<'a>,
    story_text: &'a str,
    shared: &'a [String],
}

#[derive(Serialize)]
struct PlaceOut<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    places: Vec<PlaceOut<'a>>,
}

#[derive(Serialize)]
struct ErrorOut {
    path: String,
    error: String,
}

fn story_ref(story: &BankStory) -> StoryRef<'_> {
    StoryRef {
        path: &story.path,
        title: &story.title,
        line: story.line,
    }
}

fn place_out(p: &Place) -> PlaceOut<'_> {
    PlaceOut {
        path: &p.path,
        line: p.line,
        column: p.column,
        end_line: p.end_line,
        end_column: p.end_column,
        start: p.span.start,
        end: p.span.end,
    }
}

/// The bank as one JSON document; `errors` are the inputs that could not be read.
pub fn write_json(out: &mut dyn Write, bank: &Bank, errors: &[&Report]) -> io::Result<()> {
    let stories = &bank.stories;
    let json = BankJson {
        schema_version: SCHEMA_VERSION,
        bank: BankOut {
            stories: stories
                .iter()
                .map(|s| StoryOut {
                    path: &s.path,
                    title: &s.title,
                    line: s.line,
                    usable: s.usable,
                    principles: bank
                        .principles
                        .iter()
                        .zip(&s.scores)
                        .map(|(id, score)| ScoreOut {
                            id,
                            score: thousandth(*score),
                        })
                        .collect(),
                })
                .collect(),
            usable: bank.usable(),
            strongest: bank
                .principles
                .iter()
                .enumerate()
                .map(|(p, id)| StrongestOut {
                    id,
                    story: bank.strongest[p].map(|s| story_ref(&stories[s])),
                    score: thousandth(bank.strongest[p].map_or(0.0, |s| stories[s].scores[p])),
                    covered: bank.strongest[p].is_some_and(|s| stories[s].scores[p] >= COVERED),
                })
                .collect(),
            uncovered: bank
                .uncovered
                .iter()
                .map(|&p| bank.principles[p].as_str())
                .collect(),
            duplicates: bank
                .duplicates
                .iter()
                .map(|d| DuplicateOut {
                    a: story_ref(&stories[d.a]),
                    b: story_ref(&stories[d.b]),
                    similarity: thousandth(d.similarity),
                    numbers: &d.numbers,
                    names: &d.names,
                    words: &d.words,
                })
                .collect(),
            interview_loop: LoopOut {
                source: &bank.interview_loop.source,
                rounds: bank
                    .interview_loop
                    .rounds
                    .iter()
                    .map(|r| RoundOut {
                        name: &r.name,
                        principles: r
                            .principles
                            .iter()
                            .map(|&p| bank.principles[p].as_str())
                            .collect(),
                    })
                    .collect(),
            },
            plan: bank
                .plan
                .iter()
                .map(|slot| SlotOut {
                    round: slot.round + 1,
                    round_name: &bank.interview_loop.rounds[slot.round].name,
                    principle: &bank.principles[slot.principle],
                    story: slot.story.map(|s| story_ref(&stories[s])),
                    score: thousandth(slot.score),
                    shown_by: slot.shown_by,
                })
                .collect(),
            inconsistencies: bank
                .inconsistencies
                .iter()
                .map(|i| InconsistencyOut {
                    resume: place_out(&i.resume),
                    resume_text: &i.resume_text,
                    story: story_ref(&stories[i.story]),
                    story_place: place_out(&i.story_place),
                    story_text: &i.story_text,
                    shared: &i.shared,
                })
                .collect(),
        },
        findings: bank
            .findings
            .iter()
            .map(|f| FindingOut {
                code: f.rule.code,
                name: f.rule.name,
                severity: f.severity.name(),
                message: &f.message,
                places: f.places.iter().map(place_out).collect(),
            })
            .collect(),
        errors: errors
            .iter()
            .filter_map(|r| {
                r.error.as_ref().map(|e| ErrorOut {
                    path: r.path(),
                    error: e.clone(),
                })
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &json).map_err(io::Error::other)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ids_are_two_letters_and_unique_for_the_built_in_pack() {
        let lex = crate::lexicon::Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let mut heads: Vec<String> = lex
            .principles()
            .list
            .iter()
            .map(|p| short_id(&p.id))
            .collect();
        assert!(heads.iter().all(|h| h.chars().count() == 2), "{heads:?}");
        heads.sort();
        heads.dedup();
        assert_eq!(heads.len(), lex.principles().list.len());
        assert_eq!(short_id("customer-obsession"), "CO");
        assert_eq!(short_id("ownership"), "OW");
    }

    #[test]
    fn fit_cuts_and_pads_by_display_width() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdefgh", 5), "abcd…");
        assert_eq!(fit("가나다라", 5).width(), 5);
    }
}
