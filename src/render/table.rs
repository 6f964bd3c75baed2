//! The table format of `score`: one row per document, ranked by score.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::{BOLD, DIM, ERROR};
use crate::report::Report;

/// How many of the most frequent codes a row lists.
const TOP_CODES: usize = 3;

/// One row of the table: what is kept of a report once it has been analysed.
#[derive(Clone, Debug)]
pub struct Row {
    /// Path as shown.
    pub path: String,
    /// Kind name, or empty for an error row.
    pub kind: &'static str,
    /// Score, if scored.
    pub score: Option<u8>,
    /// Number of findings.
    pub findings: usize,
    /// Most frequent codes, with counts.
    pub top: String,
    /// Why the input could not be read.
    pub error: Option<String>,
}

impl Row {
    /// The row of a report.
    pub fn of(report: &Report) -> Row {
        let top: Vec<String> = report
            .top_codes()
            .into_iter()
            .take(TOP_CODES)
            .map(|(code, n)| format!("{code}×{n}"))
            .collect();
        Row {
            path: report.path(),
            kind: report.kind.map_or("", |k| k.name()),
            score: report.score.as_ref().map(|s| s.value),
            findings: report.findings.len(),
            top: top.join(" "),
            error: report.error.clone(),
        }
    }
}

/// Write the score table. Rank is by score, highest first, and equal scores share a rank
/// (1, 1, 3); rows are in input order unless `by_rank`.
pub fn write_table(out: &mut dyn Write, rows: &[Row], by_rank: bool) -> io::Result<()> {
    let mut ranked: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].score.is_some())
        .collect();
    ranked.sort_by_key(|&i| std::cmp::Reverse(rows[i].score));
    let mut rank = vec![None; rows.len()];
    for (r, &i) in ranked.iter().enumerate() {
        let tied = r > 0 && rows[ranked[r - 1]].score == rows[i].score;
        rank[i] = if tied {
            rank[ranked[r - 1]]
        } else {
            Some(r + 1)
        };
    }
    let mut order: Vec<usize> = (0..rows.len()).collect();
    if by_rank {
        order.sort_by_key(|&i| (rank[i].is_none(), rank[i]));
    }
    let width = rows
        .iter()
        .map(|r| r.path.width())
        .max()
        .unwrap_or(0)
        .max(4);
    let pad = |s: &str| format!("{s}{}", " ".repeat(width.saturating_sub(s.width())));
    writeln!(
        out,
        "{BOLD}{:>4}  {}  {:<15} {:>5}  {:>8}  top codes{BOLD:#}",
        "rank",
        pad("path"),
        "kind",
        "score",
        "findings"
    )?;
    for i in order {
        let row = &rows[i];
        let r = rank[i].map_or("-".to_owned(), |r| r.to_string());
        if let Some(error) = &row.error {
            writeln!(
                out,
                "{r:>4}  {}  {ERROR}error: {error}{ERROR:#}",
                pad(&row.path)
            )?;
            continue;
        }
        let score = row.score.map_or("-".to_owned(), |s| s.to_string());
        writeln!(
            out,
            "{r:>4}  {}  {:<15} {score:>5}  {:>8}  {DIM}{}{DIM:#}",
            pad(&row.path),
            row.kind,
            row.findings,
            row.top
        )?;
    }
    Ok(())
}
