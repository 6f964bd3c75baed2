//! Accuracy of STAR sentence labels and of principle evidence on labelled stories.
//!
//! `tests/data/stories/tune.txt` and `tune2.txt` (the second in the voices of published
//! answers) are the sets the labeller and the principle weights were developed against;
//! `holdout.txt` and `holdout2.txt` were written separately and are never tuned on (the
//! second was written before the changes it measures and run once, after them). Each
//! story is rebuilt as a Markdown story (its sentences joined into its paragraphs), run
//! through the whole pipeline, and compared with its labels:
//! - STAR: the share of sentences whose label matches (each labelled sentence takes the
//!   label of the analysed sentence it starts in);
//! - principles: whether the author's principle is the strongest (top-1) or among the
//!   three strongest (top-3), over stories that do not name their principle.
//!
//! Run with `--nocapture` to see the figures; for the tuning sets the test also prints each
//! story's principle rank, the STAR confusion matrix and the principle top-1 misses
//! (`STARCHECK_SHOW_STAR_MISSES=1` adds every mislabelled sentence).

#![allow(clippy::print_stdout)] // printing the figures is the point of this test

use starcheck::ingest::{Document, Format, Source};
use starcheck::lexicon::Lexicons;
use starcheck::segment::DocKind;
use starcheck::Engine;

struct Labelled {
    id: String,
    principle: String,
    named: bool,
    /// (label letter, sentence), with `None` marking a paragraph break.
    sentences: Vec<Option<(char, String)>>,
}

fn load(name: &str) -> Vec<Labelled> {
    let path = format!("{}/tests/data/stories/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut stories: Vec<Labelled> = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let at = || format!("{path}:{}", n + 1);
        if line.starts_with('#') {
            continue;
        }
        if let Some(header) = line.strip_prefix("=== ") {
            let fields: Vec<&str> = header.split('|').map(str::trim).collect();
            assert_eq!(
                fields.len(),
                3,
                "{}: header needs ID | PRINCIPLE | named=…",
                at()
            );
            stories.push(Labelled {
                id: fields[0].to_owned(),
                principle: fields[1].to_owned(),
                named: fields[2] == "named=yes",
                sentences: Vec::new(),
            });
        } else if line.trim().is_empty() {
            if let Some(story) = stories.last_mut() {
                story.sentences.push(None);
            }
        } else {
            let (label, sentence) = line
                .split_once("| ")
                .unwrap_or_else(|| panic!("{}: expected `X| sentence`", at()));
            let label = label
                .chars()
                .next()
                .filter(|c| "STARO".contains(*c))
                .unwrap_or_else(|| panic!("{}: bad label", at()));
            let story = stories
                .last_mut()
                .unwrap_or_else(|| panic!("{}: sentence before any header", at()));
            story
                .sentences
                .push(Some((label, sentence.trim().to_owned())));
        }
    }
    stories
}

#[derive(Default)]
struct Figures {
    sentences: usize,
    sentences_right: usize,
    unnamed: usize,
    top1: usize,
    top3: usize,
    all_top3: usize,
    /// STAR labels, gold (rows) against predicted (columns), in the order S T A R O.
    confusion: [[usize; 5]; 5],
    /// (author's principle, our strongest) for stories whose strongest is another one.
    principle_misses: Vec<(String, String)>,
}

const LABELS: &str = "STARO";

fn evaluate(stories: &[Labelled], show: bool) -> Figures {
    let engine = Engine::new(Lexicons::embedded().expect("lexicons"));
    let mut f = Figures::default();
    for story in stories {
        let mut text = format!("# Story {}\n\n", story.id);
        let mut starts = Vec::new();
        let mut paragraph_open = false;
        for entry in &story.sentences {
            match entry {
                None => {
                    if paragraph_open {
                        text.push_str("\n\n");
                        paragraph_open = false;
                    }
                }
                Some((label, sentence)) => {
                    if paragraph_open {
                        text.push(' ');
                    }
                    starts.push((text.len(), *label));
                    text.push_str(sentence);
                    paragraph_open = true;
                }
            }
        }
        text.push('\n');
        let report = engine.check(
            Document::from_text(Source::Stdin, Format::Markdown, text.clone()),
            Some(DocKind::Story),
        );
        assert_eq!(report.stories.len(), 1, "{}: one story", story.id);
        let analysed = &report.stories[0];
        let mut wrong = Vec::new();
        for (start, label) in &starts {
            let got = analysed
                .sentences
                .iter()
                .rev()
                .find(|(span, _, _)| span.start <= *start)
                .map_or('?', |(_, star, _)| {
                    star.name().to_uppercase().chars().next().unwrap_or('?')
                });
            f.sentences += 1;
            if let (Some(g), Some(p)) = (LABELS.find(*label), LABELS.find(got)) {
                f.confusion[g][p] += 1;
            }
            if got == *label {
                f.sentences_right += 1;
            } else {
                wrong.push(format!("{label}→{got}"));
                if show && std::env::var_os("STARCHECK_SHOW_STAR_MISSES").is_some() {
                    let sentence = text[*start..].split(['.', '!', '?']).next().unwrap_or("");
                    println!("    {label}→{got}: {sentence}");
                }
            }
        }
        let rank = analysed
            .principles
            .iter()
            .position(|p| *p.id == *story.principle);
        let top3 = rank.is_some_and(|r| r < 3);
        f.all_top3 += top3 as usize;
        if rank != Some(0) {
            if let Some(best) = analysed.principles.first() {
                f.principle_misses
                    .push((story.principle.clone(), best.id.to_string()));
            }
        }
        if !story.named {
            f.unnamed += 1;
            f.top1 += (rank == Some(0)) as usize;
            f.top3 += top3 as usize;
        }
        if show {
            let best: Vec<String> = analysed
                .principles
                .iter()
                .take(3)
                .map(|p| format!("{} {:.2}", p.id, p.score))
                .collect();
            println!(
                "  {:<10} {:<40} rank {:>2}  top: {}  STAR misses: {}",
                story.id,
                story.principle,
                rank.map_or(99, |r| r + 1),
                best.join(", "),
                wrong.join(" ")
            );
        }
    }
    f
}

/// The STAR confusion matrix and which principle won where the author's did not.
fn print_confusions(f: &Figures) {
    println!("  STAR labels, gold (rows) against predicted (columns):");
    println!("       S     T     A     R     O");
    for (g, row) in f.confusion.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|c| format!("{c:>5}")).collect();
        println!("  {} {}", &LABELS[g..=g], cells.join(" "));
    }
    let mut misses: Vec<String> = f
        .principle_misses
        .iter()
        .map(|(gold, got)| format!("{gold} → {got}"))
        .collect();
    misses.sort();
    println!("  principle top-1 misses (author's → strongest):");
    for m in misses {
        println!("    {m}");
    }
}

fn report(names: &[&str], show: bool, star_floor: f64, top3_floor: f64, top1_floor: f64) {
    let name = names.join(" + ");
    let stories: Vec<Labelled> = names.iter().flat_map(|n| load(n)).collect();
    let f = evaluate(&stories, show);
    if show {
        print_confusions(&f);
    }
    if names.len() > 1 {
        for one in names {
            let f = evaluate(&load(one), false);
            println!(
                "  {one}: STAR accuracy {:.3}; principle top-1 {:.3}, top-3 {:.3}",
                f.sentences_right as f64 / f.sentences.max(1) as f64,
                f.top1 as f64 / f.unnamed.max(1) as f64,
                f.top3 as f64 / f.unnamed.max(1) as f64
            );
        }
    }
    let star = f.sentences_right as f64 / f.sentences.max(1) as f64;
    let top1 = f.top1 as f64 / f.unnamed.max(1) as f64;
    let top3 = f.top3 as f64 / f.unnamed.max(1) as f64;
    println!(
        "{name}: {} stories, {} sentences: STAR accuracy {star:.3}; principle top-1 {top1:.3}, top-3 {top3:.3} ({} stories that do not name their principle); top-3 over all {:.3}",
        stories.len(),
        f.sentences,
        f.unnamed,
        f.all_top3 as f64 / stories.len().max(1) as f64
    );
    assert!(
        star >= star_floor,
        "{name}: STAR accuracy {star:.3} under {star_floor}"
    );
    assert!(
        top3 >= top3_floor,
        "{name}: top-3 {top3:.3} under {top3_floor}"
    );
    assert!(
        top1 >= top1_floor,
        "{name}: top-1 {top1:.3} under {top1_floor}"
    );
}

/// The tuning data: the first set, and a second in the voices of published answers.
const TUNING: &[&str] = &["tune.txt", "tune2.txt"];

#[test]
fn tuning_stories() {
    report(TUNING, true, 0.86, 0.75, 0.58);
}

#[test]
fn held_out_stories() {
    // Per-story results are not printed: reading them would make this a tuning set.
    report(&["holdout.txt"], false, 0.78, 0.70, 0.48);
}

/// A second held-out set, written before the changes it measures, in the voices of
/// published answers (long situations, implicit tasks, "we"-heavy tellings, closing
/// reflections, a restated question or the result first). Only its totals were read,
/// once, after the last change; the floors sit just under them. Its principle figures are
/// optimistic: the evidence phrases added with it were written by the same hand, and 2.3
/// of them occur per story here against 0.8 in `holdout.txt`, so `holdout.txt` is the
/// fairer principle figure.
#[test]
fn held_out_stories_2() {
    report(&["holdout2.txt"], false, 0.85, 0.93, 0.70);
}

/// The baseline of each principle is the mean evidence weight it collects on tuning
/// stories about the *other* principles. The numbers in `lexicons/principles/amazon.toml`
/// must be those means (to two decimals), so they are measured, not hand-set; this test
/// prints them for pasting when the lexicon changes.
#[test]
fn principle_baselines_are_measured_on_the_tuning_stories() {
    let lex = Lexicons::embedded().expect("lexicons");
    let stories: Vec<Labelled> = TUNING.iter().flat_map(|n| load(n)).collect();
    let n = lex.principles().list.len();
    let (mut sum, mut count) = (vec![0.0; n], vec![0usize; n]);
    for story in &stories {
        let text: String = story
            .sentences
            .iter()
            .flatten()
            .map(|(_, s)| format!("{s} "))
            .collect();
        let doc = Document::from_text(Source::Stdin, Format::Markdown, text);
        let analysis = starcheck::analyze::Analysis::new(&doc, &lex, Some(DocKind::Story));
        for p in &analysis.stories[0].principles {
            if *lex.principles().list[p.principle].id != *story.principle {
                sum[p.principle] += p.raw;
                count[p.principle] += 1;
            }
        }
    }
    let mut drift = Vec::new();
    for (i, p) in lex.principles().list.iter().enumerate() {
        let measured = sum[i] / count[i].max(1) as f64;
        println!("{:<48} baseline = {measured:.2}", p.id);
        if (measured - p.baseline).abs() > 0.01 {
            drift.push(format!(
                "{}: lexicon {:.2}, measured {measured:.2}",
                p.id, p.baseline
            ));
        }
    }
    assert!(
        drift.is_empty(),
        "update the baselines in lexicons/principles/amazon.toml:\n{}",
        drift.join("\n")
    );
}
