//! Batches: the same bytes whatever the thread count, every format complete and in order,
//! error rows counted, output files whole, names and contacts hidden on request.

#![allow(clippy::unwrap_used)] // helpers of tests, which fail loudly on purpose

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn starcheck() -> Command {
    let mut cmd = Command::cargo_bin("starcheck").expect("binary builds");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn stdout(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8"),
    )
}

/// A class folder: the shipped examples several times over, plus broken files.
fn class(dir: &Path) -> usize {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut n = 0;
    for copy in 0..6 {
        for entry in walk(&examples) {
            let name = format!("{copy}-{}", entry.file_name().unwrap().to_string_lossy());
            std::fs::copy(&entry, dir.join(name)).unwrap();
            n += 1;
        }
    }
    std::fs::write(dir.join("3-broken.txt"), b"\x00\x01binary").unwrap();
    std::fs::write(dir.join("4-empty.md"), b"").unwrap();
    n + 2
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn every_format_is_identical_with_one_or_many_threads() {
    let dir = tempfile::tempdir().unwrap();
    class(dir.path());
    for args in [
        vec!["score"],
        vec!["score", "--format", "csv"],
        vec!["score", "--format", "json"],
        vec!["score", "--format", "jsonl"],
        vec!["score", "--sort", "score"],
        vec!["check"],
        vec!["check", "--format", "jsonl"],
    ] {
        let one = stdout(starcheck().args(&args).args(["-j", "1"]).arg(dir.path()));
        let many = stdout(starcheck().args(&args).args(["-j", "4"]).arg(dir.path()));
        assert_eq!(one, many, "{args:?}");
        assert_eq!(one.0, 2, "{args:?}: a broken file makes the exit status 2");
    }
}

#[test]
fn jsonl_has_one_report_per_input_in_order_then_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let n = class(dir.path());
    let (_, out) = stdout(
        starcheck()
            .args(["score", "--format", "jsonl"])
            .arg(dir.path()),
    );
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), n + 1);
    let paths: Vec<&str> = lines[..n]
        .iter()
        .map(|l| l["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "input order is path order inside a folder");
    let summary = &lines[n]["summary"];
    assert_eq!(summary["inputs"], n as u64);
    assert_eq!(summary["errors"], 1);
    let resumes = &summary["kinds"]["resume"];
    assert_eq!(resumes["documents"], 30);
    let q001 = resumes["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "Q001")
        .expect("Q001 counted");
    assert_eq!(q001["documents"], 12, "the two weak resumes, six times");
    let scores = &resumes["scores"];
    assert!(
        scores["min"].as_u64() <= scores["median"].as_u64()
            && scores["median"].as_u64() <= scores["max"].as_u64()
    );
}

#[test]
fn csv_has_a_row_per_input_with_fixed_columns() {
    let dir = tempfile::tempdir().unwrap();
    let n = class(dir.path());
    let (code, out) = stdout(
        starcheck()
            .args(["score", "--format", "csv"])
            .arg(dir.path()),
    );
    assert_eq!(code, 2);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "path");
    assert!(header.iter().any(|h| h == "Q001") && header.iter().any(|h| h == "quantified"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), n);
    let broken = rows
        .iter()
        .find(|r| r[0].ends_with("3-broken.txt"))
        .unwrap();
    assert!(broken[3].contains("not a text document"));
    for row in &rows {
        assert_eq!(row.len(), header.len());
    }
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("scores.csv");
    let (code, out) = stdout(
        starcheck()
            .args(["score", "--format", "csv", "-o"])
            .arg(&target)
            .arg("examples/"),
    );
    assert_eq!(code, 0);
    assert!(out.is_empty());
    let written = std::fs::read_to_string(&target).unwrap();
    assert_eq!(
        written.lines().count(),
        1 + walk(Path::new("examples")).len()
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left: {leftovers:?}");
}

#[test]
fn unwritable_output_leaves_nothing_and_fails() {
    let (code, _) =
        stdout(starcheck().args(["score", "-o", "/no/such/dir/scores.csv", "examples/"]));
    assert_eq!(code, 2);
    assert!(!Path::new("/no/such/dir/scores.csv").exists());
}

#[test]
fn anonymize_hides_names_and_contacts() {
    let (_, out) = stdout(starcheck().args([
        "check",
        "--format",
        "json",
        "--anonymize",
        "examples/resume-weak.md",
        "examples/resume-weak.md",
    ]));
    assert!(
        !out.contains("resume-weak") && !out.contains("@example.com") && !out.contains("555"),
        "{out}"
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(
        docs[0]["path"], docs[1]["path"],
        "the same file gets the same id"
    );
    assert!(docs[0]["path"].as_str().unwrap().starts_with("doc-"));
    assert!(
        !docs[0]["findings"].as_array().unwrap().is_empty(),
        "still analysed"
    );
}

#[test]
fn table_ranks_by_score_and_summarises_the_class() {
    let (_, out) = stdout(starcheck().args(["score", "--sort", "score", "examples/"]));
    let ranks: Vec<String> = out
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap().to_owned())
        .collect();
    let numeric: Vec<u32> = ranks.iter().filter_map(|r| r.parse().ok()).collect();
    assert!(numeric.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    assert!(out.contains("Summary: 12 documents"), "{out}");
    assert!(
        out.contains("Q001 unquantified-bullet: 40% of resumes, 4.8 per resume"),
        "{out}"
    );
}
