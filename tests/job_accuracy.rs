//! Accuracy of the job-posting reader, the resume match and the cover-letter rules, on
//! labelled examples in `tests/data/jobs/` and `tests/data/letters/` (written for the
//! project; see CONTRIBUTING.md). Each has a tuning set and three held-out sets (`holdout`,
//! `holdout2`, `holdout3`): the held-out figures are honest only as long as nothing is
//! tuned on them.
//!
//! ```sh
//! cargo test --test job_accuracy -- --nocapture
//! ```
//!
//! - Requirements: `NAME.req.tsv` beside each posting lists, per requirement a careful
//!   reader finds, its section and a piece of its text. A found requirement is right when
//!   its section is the same and its text holds the piece.
//! - Match: `NAME.match.tsv` beside each resume names the posting (`# job: FILE`) and, per
//!   requirement, whether the resume shows it and the resume lines that do. "Shown" is
//!   predicted when the status is matched or partial; an evidence line is right when it
//!   holds one of the labelled pieces.
//! - Letters: `labels.tsv` gives, per letter and posting, whether each C rule should flag.

#![allow(clippy::print_stdout)] // printing the figures is the point of this test

mod counts;

use counts::Counts;

use std::path::{Path, PathBuf};

use starcheck::analyze::matching::MatchStatus;
use starcheck::analyze::Posting;
use starcheck::ingest::{read_path, Document, IngestOptions};
use starcheck::lexicon::Lexicons;
use starcheck::Engine;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

/// Floors: (set, requirement F1, shown F1, evidence precision, letter rules F1), each just
/// under the figure measured. `holdout` was written with the first tuning set; `holdout2`
/// was written with the second tuning set, before the evidence rule and the C004 changes
/// it measures, and run once after them (requirements 0.59, shown 0.73, evidence
/// precision 0.86, letter rules 0.86). That run showed posting headings the reader did not
/// know ("You should have:"); the fix was made on a tuning posting of the same kind, so
/// since then `holdout2`'s requirement figure is no longer a held-out one. Otherwise
/// neither set is tuned on, so their floors guard against a regression without having been
/// tuned for. Both were run once after narrowed skills and names in a line (evidence
/// precision 0.50 and 0.94, shown F1 0.82 and 0.78).
///
/// `holdout3` (an Amazon-style internship, a prose internship with "What we're looking
/// for" and "Bonus points", an embedded new-grad role; three resumes; three letters) was
/// written and committed before the sense checks and the degree, course and certification
/// rules, while the tuning set grew by four postings and nine resumes full of words used
/// in another sense. Its totals were read once, after those changes: requirements F1
/// 0.74, shown F1 0.90, evidence precision 0.86 (recall 0.71), letter rules F1 0.67. The
/// code before the changes measured the same set at evidence 0.87 / 0.77: its false
/// lines are of other kinds than the tuning set's, so the held-out figure did not move.
/// The same changes left `holdout` and `holdout2` unchanged.
const FLOORS: &[(&str, f64, f64, f64, f64)] = &[
    ("tune", 0.95, 0.92, 0.96, 0.90),
    ("holdout", 0.95, 0.80, 0.48, 0.65),
    ("holdout2", 0.95, 0.76, 0.92, 0.80),
    ("holdout3", 0.72, 0.88, 0.84, 0.65),
];

fn norm(s: &str) -> String {
    s.replace(['’', '‘'], "'")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn engine() -> Engine {
    Engine::new(Lexicons::embedded().expect("embedded lexicons load"))
}

fn read(path: &Path) -> Document {
    read_path(path, &IngestOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// Label lines of a TSV file: not empty, not comments.
fn rows(path: &Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    out.sort();
    out
}

/// The posting beside a label file: the same stem with `.txt` or `.md`.
fn posting_of(label: &Path, suffix: &str) -> PathBuf {
    let stem = label.to_string_lossy().trim_end_matches(suffix).to_owned();
    ["txt", "md"]
        .iter()
        .map(|ext| PathBuf::from(format!("{stem}.{ext}")))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("no posting for {}", label.display()))
}

fn requirements(engine: &Engine, set: &str) -> Counts {
    let mut counts = Counts::default();
    for label in files(&Path::new(DATA).join("jobs").join(set), ".req.tsv") {
        let posting =
            Posting::from_document(read(&posting_of(&label, ".req.tsv")), engine.lexicons());
        let found: Vec<(&str, String)> = posting
            .requirements
            .iter()
            .map(|r| (r.section.name(), norm(r.span.slice(&posting.text))))
            .collect();
        let expected: Vec<(String, String)> = rows(&label)
            .into_iter()
            .map(|r| (r[0].clone(), norm(&r[1])))
            .collect();
        let hit = |(s, text): &(&str, String), (es, piece): &(String, String)| {
            s == es && text.contains(piece.as_str())
        };
        if set == "tune" {
            for f in found.iter().filter(|f| !expected.iter().any(|e| hit(f, e))) {
                println!("  extra requirement {}: {f:?}", label.display());
            }
            for e in expected.iter().filter(|e| !found.iter().any(|f| hit(f, e))) {
                println!("  missed requirement {}: {e:?}", label.display());
            }
        }
        counts.tp += found
            .iter()
            .filter(|f| expected.iter().any(|e| hit(f, e)))
            .count();
        counts.fp += found
            .iter()
            .filter(|f| !expected.iter().any(|e| hit(f, e)))
            .count();
        counts.fn_ += expected
            .iter()
            .filter(|e| !found.iter().any(|f| hit(f, e)))
            .count();
    }
    counts
}

/// (shown detection, evidence lines)
fn matches(engine: &Engine, set: &str) -> (Counts, Counts) {
    let dir = Path::new(DATA).join("jobs").join(set);
    let (mut shown, mut evidence) = (Counts::default(), Counts::default());
    for label in files(&dir, ".match.tsv") {
        let text = std::fs::read_to_string(&label).expect("label file");
        let job = text
            .lines()
            .find_map(|l| l.strip_prefix("# job: "))
            .unwrap_or_else(|| panic!("{}: no '# job:' line", label.display()));
        let posting = Posting::from_document(read(&dir.join(job.trim())), engine.lexicons());
        let resume = label.to_string_lossy().replace(".match.tsv", ".md");
        let report = engine.match_resume(read(Path::new(&resume)), &posting);
        for row in rows(&label) {
            let piece = norm(&row[0]);
            let truly = row[1] == "shown";
            let pieces: Vec<String> = row
                .get(2)
                .map(|e| e.split(" | ").map(norm).filter(|p| !p.is_empty()).collect())
                .unwrap_or_default();
            let found = report.result.requirements.iter().find(|m| {
                norm(
                    posting.requirements[m.requirement]
                        .span
                        .slice(&posting.text),
                )
                .contains(&piece)
            });
            let predicted = found.is_some_and(|m| m.status != MatchStatus::Missing);
            if set == "tune" && predicted != truly {
                println!("  shown? predicted {predicted}, labelled {truly}: {piece}");
            }
            shown.record(predicted, truly);
            let lines: Vec<String> = found
                .map(|m| {
                    m.evidence
                        .iter()
                        .map(|e| norm(e.span.slice(&report.text)))
                        .collect()
                })
                .unwrap_or_default();
            for line in &lines {
                if pieces.iter().any(|p| line.contains(p.as_str())) {
                    evidence.tp += 1;
                } else {
                    evidence.fp += 1;
                    if set == "tune" {
                        println!("  false evidence for {piece}: {line}");
                    }
                }
            }
            let unseen: Vec<&String> = pieces
                .iter()
                .filter(|p| !lines.iter().any(|l| l.contains(p.as_str())))
                .collect();
            if set == "tune" && !unseen.is_empty() && lines.len() < MAX_EVIDENCE {
                println!("  evidence not shown for {piece}: {unseen:?}");
            }
            evidence.fn_ += unseen.len();
        }
    }
    (shown, evidence)
}

/// Most evidence lines a match keeps per requirement: a labelled line beyond them is
/// missed by design, and not printed as a miss.
const MAX_EVIDENCE: usize = 3;

const LETTER_RULES: [&str; 5] = ["C001", "C002", "C003", "C004", "C005"];

fn letters(engine: &Engine, set: &str) -> [Counts; 5] {
    let dir = Path::new(DATA).join("letters").join(set);
    let mut counts = [Counts::default(); 5];
    for row in rows(&dir.join("labels.tsv")) {
        let posting = (row[1] != "-").then(|| {
            Posting::from_document(
                read(&Path::new(DATA).join("jobs").join(&row[1])),
                engine.lexicons(),
            )
        });
        let report = engine.check_with_job(read(&dir.join(&row[0])), None, posting.as_ref());
        for (i, code) in LETTER_RULES.iter().enumerate() {
            let truly = row[2 + i] == "1";
            let predicted = report.findings.iter().any(|f| f.rule.code == *code);
            if set == "tune" && predicted != truly {
                println!(
                    "  {code} on {}: predicted {predicted}, labelled {truly}",
                    row[0]
                );
            }
            counts[i].record(predicted, truly);
        }
    }
    counts
}

fn line(name: &str, c: Counts) -> String {
    format!(
        "| {name:<28} | {:>5.2} | {:>5.2} | {:>5.2} | {:>3} | {:>3} | {:>3} |",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    )
}

#[test]
fn job_and_letter_accuracy_hold_their_floors() {
    let engine = engine();
    let mut failures = Vec::new();
    for &(set, req_floor, shown_floor, evidence_floor, letter_floor) in FLOORS {
        let req = requirements(&engine, set);
        let (shown, evidence) = matches(&engine, set);
        let per_rule = letters(&engine, set);
        let mut all_rules = Counts::default();
        for c in per_rule {
            all_rules.merge(c);
        }
        println!("\n{set}\n");
        println!("| measure                      | prec. | recall|  F1   | tp  | fp  | fn  |");
        println!("|------------------------------|-------|-------|-------|-----|-----|-----|");
        println!("{}", line("requirements found", req));
        println!("{}", line("requirement shown", shown));
        println!("{}", line("evidence lines", evidence));
        for (code, c) in LETTER_RULES.iter().zip(per_rule) {
            println!("{}", line(&format!("letter rule {code}"), c));
        }
        println!("{}", line("letter rules, all", all_rules));
        let checks = [
            ("requirements found F1", req.f1(), req_floor),
            ("requirement shown F1", shown.f1(), shown_floor),
            ("evidence precision", evidence.precision(), evidence_floor),
            ("letter rules F1", all_rules.f1(), letter_floor),
        ];
        for (what, got, floor) in checks {
            if got < floor {
                failures.push(format!(
                    "{set}: {what} {got:.2} is under its floor {floor:.2}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
