//! Accuracy of the story bank on labelled data written for it (`tests/data/bank/`).
//!
//! - Duplicates (K002): each file of `tune/` and `holdout/` is one author's bank; the pairs
//!   in `duplicates.tsv` retell one event, every other pair of the same file tells
//!   different events. Precision and recall are printed for both sets and held to floors.
//! - Inconsistent metrics (K004): `consistency-tune.tsv` and `consistency-holdout.tsv` hold
//!   a resume bullet and a story passage per line, labelled 1 when they give different
//!   numbers for the same achievement.
//!
//! The thresholds were tuned on the tuning files only; the held-out files were written at
//! the same time and never used to choose a constant. Run with `-- --nocapture` to read the
//! figures.

#![allow(clippy::print_stdout)] // printing the figures is the point of this test

mod counts;

use counts::Counts;

use std::path::Path;

use starcheck::bank::{duplicates, Bank, Loop};
use starcheck::ingest::{Document, Format, Source};
use starcheck::lexicon::Lexicons;
use starcheck::report::Report;
use starcheck::segment::DocKind;
use starcheck::Engine;

fn engine() -> Engine {
    Engine::new(Lexicons::embedded().expect("embedded lexicons load"))
}

fn read(engine: &Engine, text: &str, kind: DocKind) -> Report {
    let doc = Document::from_text(Source::Stdin, Format::Markdown, text);
    engine.check(doc, Some(kind))
}

/// Precision and recall of K002 on one set of labelled banks; prints each pair's
/// similarity for the tuning set (never for the held-out set).
fn duplicate_counts(set: &str, show_pairs: bool) -> Counts {
    let engine = engine();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bank");
    let labels = std::fs::read_to_string(dir.join("duplicates.tsv")).expect("labels");
    let labels: Vec<Vec<&str>> = labels
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .filter(|f: &Vec<&str>| f[0] == set)
        .collect();
    let mut files: Vec<_> = std::fs::read_dir(dir.join(set))
        .expect("set folder")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let mut counts = Counts::default();
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let text = std::fs::read_to_string(&file).expect("bank file");
        let reports = [read(&engine, &text, DocKind::Story)];
        let lex = engine.lexicons();
        let bank = Bank::new(&reports, lex, Loop::default_loop(lex.principles()), None);
        let titles: Vec<&str> = bank.stories.iter().map(|s| s.title.as_str()).collect();
        for l in labels.iter().filter(|l| l[1] == name) {
            assert!(
                titles.contains(&l[2]) && titles.contains(&l[3]),
                "{name}: a labelled title is not a story: {l:?} in {titles:?}"
            );
        }
        for pair in duplicates::pairs(&bank.stories, &reports, lex) {
            let (a, b) = (titles[pair.a], titles[pair.b]);
            let actual = labels
                .iter()
                .any(|l| l[1] == name && ((l[2] == a && l[3] == b) || (l[2] == b && l[3] == a)));
            let predicted = pair.similarity >= duplicates::THRESHOLD;
            if show_pairs && (actual || pair.similarity >= 0.15) {
                println!(
                    "  {:.3} {} {a} | {b}",
                    pair.similarity,
                    if actual { "DUP " } else { "diff" }
                );
            }
            counts.record(predicted, actual);
        }
        // What the bank reports is exactly the pairs at or above the threshold.
        let reported = bank
            .findings
            .iter()
            .filter(|f| f.rule.code == "K002")
            .count();
        assert_eq!(reported, bank.duplicates.len());
    }
    counts
}

#[test]
fn duplicate_stories_are_found_and_distinct_ones_are_not() {
    let tune = duplicate_counts("tune", true);
    let holdout = duplicate_counts("holdout", false);
    for (set, c) in [("tune", &tune), ("holdout", &holdout)] {
        println!(
            "K002 {set}: precision {:.2} recall {:.2} ({} duplicate pairs, {} distinct; tp {} fp {} fn {})",
            c.precision(),
            c.recall(),
            c.tp + c.fn_,
            c.fp + c.tn,
            c.tp,
            c.fp,
            c.fn_
        );
    }
    assert!(
        tune.precision() >= 0.99 && tune.recall() >= 0.99,
        "{tune:?}"
    );
    assert!(
        holdout.precision() >= 0.75 && holdout.recall() >= 0.66,
        "{holdout:?}"
    );
}

/// Precision and recall of K004 on one labelled file; prints misjudged lines only for the
/// tuning file.
fn consistency_counts(file: &str, show_errors: bool) -> Counts {
    let engine = engine();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/bank")
        .join(file);
    let data = std::fs::read_to_string(path).expect("labelled pairs");
    let mut counts = Counts::default();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "{file}: {line}");
        let actual = fields[0] == "1";
        let resume = read(
            &engine,
            &format!("## Experience\n\n- {}\n", fields[1]),
            DocKind::Resume,
        );
        let story = read(
            &engine,
            &format!("# A story\n\n{}\n", fields[2]),
            DocKind::Story,
        );
        let reports = [story];
        let lex = engine.lexicons();
        let bank = Bank::new(
            &reports,
            lex,
            Loop::default_loop(lex.principles()),
            Some(&resume),
        );
        let predicted = !bank.inconsistencies.is_empty();
        if show_errors && predicted != actual {
            println!("  missed or false: {line}");
        }
        counts.record(predicted, actual);
    }
    counts
}

#[test]
fn inconsistent_metrics_are_found_and_false_alarms_are_rare() {
    let tune = consistency_counts("consistency-tune.tsv", true);
    let holdout = consistency_counts("consistency-holdout.tsv", false);
    for (set, c) in [("tune", &tune), ("holdout", &holdout)] {
        println!(
            "K004 {set}: precision {:.2} recall {:.2} (tp {} fp {} fn {} tn {})",
            c.precision(),
            c.recall(),
            c.tp,
            c.fp,
            c.fn_,
            c.tn
        );
    }
    assert!(tune.precision() >= 0.9 && tune.recall() >= 0.7, "{tune:?}");
    assert!(
        holdout.precision() >= 0.75 && holdout.recall() >= 0.5,
        "{holdout:?}"
    );
}

/// The best total strength by trying every way to give each question a distinct story or
/// none.
fn brute_force(weights: &[Vec<i64>], row: usize, used: &mut Vec<bool>) -> i64 {
    if row == weights.len() {
        return 0;
    }
    let mut best = brute_force(weights, row + 1, used);
    for c in 0..used.len() {
        if !used[c] && weights[row][c] > 0 {
            used[c] = true;
            best = best.max(weights[row][c] + brute_force(weights, row + 1, used));
            used[c] = false;
        }
    }
    best
}

#[test]
fn plan_is_optimal_and_never_reuses_a_story_on_the_labelled_banks() {
    use starcheck::bank::plan;
    let engine = engine();
    let lex = engine.lexicons();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bank");
    let mut files: Vec<_> = ["tune", "holdout"]
        .iter()
        .flat_map(|set| std::fs::read_dir(dir.join(set)).expect("set folder"))
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    // Loops over principles these banks show, so that stories compete for questions.
    let loops = [
        Loop::default_loop(lex.principles()),
        Loop::parse(
            "loop.toml",
            "[[round]]\nprinciples = [\"customer-obsession\", \"dive-deep\", \"ownership\"]\n[[round]]\nprinciples = [\"frugality\", \"deliver-results\", \"bias-for-action\"]\n[[round]]\nprinciples = [\"have-backbone\", \"earn-trust\"]\n",
            lex.principles(),
        )
        .expect("loop parses"),
    ];
    let mut told_in_all = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).expect("bank file");
        let reports = [read(&engine, &text, DocKind::Story)];
        for interview_loop in &loops {
            let bank = Bank::new(&reports, lex, interview_loop.clone(), None);
            let weights: Vec<Vec<i64>> = interview_loop
                .questions()
                .iter()
                .map(|&(_, p)| bank.stories.iter().map(|s| plan::weight(s, p)).collect())
                .collect();
            let total: i64 = bank
                .plan
                .iter()
                .enumerate()
                .filter_map(|(q, slot)| slot.story.map(|s| weights[q][s]))
                .sum();
            let best = brute_force(&weights, 0, &mut vec![false; bank.stories.len()]);
            assert_eq!(total, best, "{}: the plan is not optimal", file.display());
            let mut told: Vec<usize> = bank.plan.iter().filter_map(|s| s.story).collect();
            let n = told.len();
            told_in_all += n;
            told.sort_unstable();
            told.dedup();
            assert_eq!(n, told.len(), "{}: a story is told twice", file.display());
        }
    }
    // Not a vacuous check: the banks fill many questions.
    assert!(
        told_in_all >= 20,
        "only {told_in_all} questions got a story"
    );
}
