//! The human view of `starcheck show`: each story sentence by sentence, coloured by its
//! STAR part, then its measures, a bar per principle with the evidence behind it, and its
//! findings.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use super::{severity_style, BOLD, DIM, ERROR};
use crate::analyze::Star;
use crate::report::{Report, StoryReport};

/// How many principles get a bar.
const SHOWN_PRINCIPLES: usize = 5;
/// Width of a principle bar, in cells.
const BAR_WIDTH: usize = 20;
/// How many evidence phrases are quoted per principle.
const QUOTED_EVIDENCE: usize = 4;

fn star_style(star: Star) -> Style {
    let color = match star {
        Star::Situation => AnsiColor::Blue,
        Star::Task => AnsiColor::Magenta,
        Star::Action => AnsiColor::Green,
        Star::Result => AnsiColor::Yellow,
        Star::Other => return DIM,
    };
    Style::new().fg_color(Some(color.into()))
}

fn letter(star: Star) -> char {
    star.name()
        .chars()
        .next()
        .map_or('?', |c| c.to_ascii_uppercase())
}

/// Write the story view of `report`.
pub fn write_show(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let path = report.path();
    if let Some(error) = &report.error {
        return writeln!(out, "{BOLD}{path}{BOLD:#}: {ERROR}error{ERROR:#}: {error}");
    }
    if report.stories.is_empty() {
        return writeln!(out, "{BOLD}{path}{BOLD:#}: no story found\n");
    }
    for story in &report.stories {
        write_story(out, report, &path, story)?;
    }
    Ok(())
}

fn write_story(
    out: &mut dyn Write,
    report: &Report,
    path: &str,
    story: &StoryReport,
) -> io::Result<()> {
    let text = report.text.as_str();
    let line = report.lines.line_col(text, story.span.start).line;
    let title = story.title.map_or("(untitled story)", |t| t.slice(text));
    writeln!(
        out,
        "{BOLD}{path}:{line}: {title}{BOLD:#}  score {BOLD}{}/100{BOLD:#}",
        story.score.value
    )?;
    if let Some(question) = &story.question {
        writeln!(out, "{DIM}question: {question}{DIM:#}")?;
    }
    if !story.tagged.is_empty() {
        writeln!(out, "{DIM}tagged: {}{DIM:#}", story.tagged.join(", "))?;
    }
    writeln!(out)?;
    for (span, star, confidence) in &story.sentences {
        let style = star_style(*star);
        let sentence = span
            .slice(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        writeln!(
            out,
            "  {style}{} {sentence}{style:#} {DIM}{:.0}%{DIM:#}",
            letter(*star),
            confidence * 100.0
        )?;
    }

    let m = &story.measures;
    let seconds = m.speaking_seconds.round() as u64;
    writeln!(out, "\n{BOLD}Measures{BOLD:#}")?;
    writeln!(
        out,
        "  {} words, {}:{:02} to tell at 150 words a minute",
        m.words,
        seconds / 60,
        seconds % 60
    )?;
    let parts: Vec<String> = [Star::Situation, Star::Task, Star::Action, Star::Result]
        .iter()
        .zip(m.share)
        .map(|(star, share)| {
            let style = star_style(*star);
            format!("{style}{} {:.0}%{style:#}", star.name(), share * 100.0)
        })
        .collect();
    writeln!(out, "  {}", parts.join("  "))?;
    writeln!(
        out,
        "  \"I\" {} and \"we\" {} times in actions",
        m.i_in_actions, m.we_in_actions
    )?;
    writeln!(
        out,
        "  result: {} metrics ({} outcomes); {}",
        m.result_metrics,
        m.result_outcomes,
        if m.learning {
            "learning stated"
        } else {
            "no learning stated"
        }
    )?;

    writeln!(out, "\n{BOLD}Principles{BOLD:#}")?;
    if !story.english {
        writeln!(
            out,
            "  {DIM}not measured: the principle lexicon is English and the story is not{DIM:#}"
        )?;
    }
    let name_width = story
        .principles
        .iter()
        .take(SHOWN_PRINCIPLES)
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(0);
    for p in story.principles.iter().take(SHOWN_PRINCIPLES) {
        let filled = (p.score * BAR_WIDTH as f64).round() as usize;
        let bar = format!(
            "{}{}",
            "█".repeat(filled),
            "░".repeat(BAR_WIDTH - filled.min(BAR_WIDTH))
        );
        // Each phrase once, as one line, however often and however wrapped it occurs.
        let mut quotes: Vec<String> = Vec::new();
        for span in &p.evidence {
            let words: Vec<&str> = span.slice(text).split_whitespace().collect();
            let quote = format!("\"{}\"", words.join(" "));
            let seen = quotes.iter().any(|q| q.eq_ignore_ascii_case(&quote));
            if quotes.len() < QUOTED_EVIDENCE && !seen {
                quotes.push(quote);
            }
        }
        let pad = " ".repeat(name_width - p.name.chars().count());
        writeln!(
            out,
            "  {}{pad} {bar} {:.2}  {DIM}{}{DIM:#}",
            p.name,
            p.score,
            quotes.join(", ")
        )?;
    }

    let findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| story.span.contains(f.span))
        .collect();
    if !findings.is_empty() {
        writeln!(out, "\n{BOLD}Findings{BOLD:#}")?;
        for f in findings {
            let style = severity_style(f.severity);
            let at = report.lines.line_col(text, f.span.start);
            writeln!(
                out,
                "  {}:{} {style}{}{style:#} {}: {}",
                at.line, at.column, f.rule.code, f.rule.name, f.message
            )?;
        }
    }
    writeln!(out)
}
