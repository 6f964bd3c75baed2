//! Renderers: reports to bytes, one module per output format.
//!
//! Every renderer writes to a `&mut dyn Write`, so tests capture output in a buffer and the
//! binary decides where it goes. Renderers write styled text unconditionally; the binary
//! wraps stdout in `anstream`, which strips the styles when stdout is not a terminal or
//! `NO_COLOR` is set. Exit status is decided from the reports, never here.

pub mod bank;
pub mod concise;
pub mod csv;
pub mod extract;
pub mod github;
pub mod human;
pub mod json;
pub mod matching;
pub mod rules;
pub mod sarif;
pub mod story;
pub mod summary;
pub mod table;
mod wire;

use anstyle::{AnsiColor, Style};

use crate::rules::Severity;

/// Style of a severity label and its underline.
pub(crate) fn severity_style(severity: Severity) -> Style {
    let color = match severity {
        Severity::Info => AnsiColor::Cyan,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Error => AnsiColor::Red,
    };
    Style::new().fg_color(Some(color.into())).bold()
}

/// Bold, for paths and headings.
pub(crate) const BOLD: Style = Style::new().bold();
/// Dimmed, for gutters and secondary text.
pub(crate) const DIM: Style = Style::new().dimmed();
/// Red and bold, for error rows.
pub(crate) const ERROR: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)))
    .bold();
