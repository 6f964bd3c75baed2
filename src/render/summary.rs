//! The class summary for people, printed after the score table.

use std::io::{self, Write};

use super::{BOLD, DIM, ERROR};
use crate::summary::{plural, rule_name, singular, Summary};

/// How many rules the summary lists per kind.
const FREQUENT_CODES: usize = 5;
/// Width of the longest histogram bar, in cells.
const HISTOGRAM_WIDTH: u64 = 30;

/// Write the summary of a batch.
pub fn write_summary(out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
    let kinds: Vec<String> = summary
        .kinds
        .iter()
        .map(|(kind, k)| {
            let name = if k.documents == 1 {
                singular(kind)
            } else {
                plural(kind)
            };
            format!("{} {name}", k.documents)
        })
        .collect();
    let n = summary.documents();
    let documents = if n == 1 { "document" } else { "documents" };
    write!(out, "\n{BOLD}Summary{BOLD:#}: {n} {documents}")?;
    if !kinds.is_empty() {
        write!(out, " ({})", kinds.join(", "))?;
    }
    if summary.errors > 0 {
        write!(
            out,
            ", {ERROR}{} could not be read{ERROR:#}",
            summary.errors
        )?;
    }
    writeln!(out)?;
    for (kind, k) in &summary.kinds {
        let Some(d) = k.distribution() else { continue };
        writeln!(
            out,
            "\n{BOLD}{}{BOLD:#}: score min {} · q1 {} · median {} · q3 {} · max {} · mean {:.1}",
            plural(kind),
            d.min,
            d.q1,
            d.median,
            d.q3,
            d.max,
            d.mean
        )?;
        let bins = k.histogram();
        let most = bins.iter().copied().max().unwrap_or(0).max(1);
        for (i, count) in bins.iter().enumerate() {
            let label = if i == 9 {
                "90–100".to_owned()
            } else {
                format!("{}–{}", i * 10, i * 10 + 9)
            };
            let bar = "█".repeat(((count * HISTOGRAM_WIDTH).div_ceil(most)) as usize);
            writeln!(out, "  {label:>6} {bar} {DIM}{count}{DIM:#}")?;
        }
        let n = k.documents.max(1) as f64;
        for (code, c) in k.frequent_codes().into_iter().take(FREQUENT_CODES) {
            writeln!(
                out,
                "  {code} {}: {:.0}% of {}, {:.1} per {}",
                rule_name(code),
                100.0 * c.documents as f64 / n,
                plural(kind),
                c.findings as f64 / n,
                singular(kind)
            )?;
        }
        if k.stories > 0 {
            let mut coverage: Vec<(&String, &usize)> = k.principles.iter().collect();
            coverage.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let shown: Vec<String> = coverage.iter().map(|(id, n)| format!("{id} {n}")).collect();
            writeln!(
                out,
                "  principles among the 3 strongest of {} stories: {}",
                k.stories,
                shown.join(", ")
            )?;
        }
    }
    Ok(())
}
