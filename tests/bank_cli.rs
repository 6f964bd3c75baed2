//! `starcheck bank` end to end: every format, the plan file, the resume, bad inputs and
//! exit statuses. JSON is parsed back before it is compared, and the matrix is checked
//! against each story's own principle scores from `check --format json`.

use std::path::Path;

use serde_json::Value;

mod common;

use common::{json, run, starcheck, write};

#[test]
fn bank_of_the_examples_shows_grid_plan_and_findings() {
    let r = run(starcheck().args(["bank", "examples/stories/"]));
    assert_eq!(r.code, 1, "warnings fail the bank: {}", r.stderr);
    assert!(!r.stdout.contains('\u{1b}'), "no colour when piped");
    insta::assert_snapshot!("bank_examples", r.stdout);
}

#[test]
fn matrix_agrees_with_each_storys_own_scores() {
    let bank = json(&run(starcheck().args([
        "bank",
        "--format",
        "json",
        "examples/stories/",
    ])));
    let check = json(&run(starcheck().args([
        "check",
        "--format",
        "json",
        "--kind",
        "story",
        "examples/stories/",
    ])));
    /// (path, line, [(principle id, score)]) of each story, as `check` reports it.
    type Own = (String, String, Vec<(String, f64)>);
    let mut own: Vec<Own> = Vec::new();
    for doc in check["documents"].as_array().expect("documents") {
        for story in doc["stories"].as_array().expect("stories") {
            let scores = story["principles"]
                .as_array()
                .expect("principles")
                .iter()
                .map(|p| {
                    (
                        p["id"].as_str().expect("id").to_owned(),
                        p["score"].as_f64().expect("score"),
                    )
                })
                .collect();
            own.push((
                doc["path"].as_str().expect("path").to_owned(),
                story["line"].to_string(),
                scores,
            ));
        }
    }
    let stories = bank["bank"]["stories"].as_array().expect("bank stories");
    assert_eq!(stories.len(), own.len(), "every story is in the matrix");
    for (row, (path, line, scores)) in stories.iter().zip(&own) {
        assert_eq!(row["path"].as_str(), Some(path.as_str()));
        assert_eq!(row["line"].to_string(), *line);
        let cells = row["principles"].as_array().expect("cells");
        assert_eq!(cells.len(), 16);
        for cell in cells {
            let id = cell["id"].as_str().expect("id");
            // A story not in English has no principle scores: its cells are 0.
            let expected = scores
                .iter()
                .find(|(p, _)| p == id)
                .map_or(0.0, |(_, s)| *s);
            let score = cell["score"].as_f64().expect("score");
            assert!(
                (score - expected).abs() < 1e-9,
                "{path}:{line} {id}: {score} vs {expected}"
            );
        }
    }
}

#[test]
fn json_has_the_documented_shape() {
    let r = run(starcheck().args(["bank", "--format", "json", "examples/stories/"]));
    assert_eq!(r.code, 1);
    let v = json(&r);
    assert_eq!(v["schema_version"], 1);
    let bank = &v["bank"];
    for story in bank["stories"].as_array().expect("stories") {
        assert!(story["path"].is_string() && story["title"].is_string());
    }
    let uncovered: Vec<&str> = bank["uncovered"]
        .as_array()
        .expect("uncovered")
        .iter()
        .map(|u| u.as_str().expect("id"))
        .collect();
    assert!(uncovered.contains(&"think-big"), "{uncovered:?}");
    assert_eq!(bank["duplicates"], Value::Array(Vec::new()));
    let plan = bank["plan"].as_array().expect("plan");
    assert_eq!(plan.len(), 10, "the default loop asks ten questions");
    let told: Vec<String> = plan
        .iter()
        .filter(|slot| !slot["story"].is_null())
        .map(|slot| format!("{}:{}", slot["story"]["path"], slot["story"]["line"]))
        .collect();
    let mut unique = told.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), told.len(), "no story is told twice: {told:?}");
    assert!(plan
        .iter()
        .all(|s| s["round"].is_u64() && s["principle"].is_string()));
    // Some questions go without a story although a story shows them: it is told elsewhere.
    assert!(plan
        .iter()
        .any(|s| s["story"].is_null() && s["shown_by"].as_u64() > Some(0)));
    assert!(plan
        .iter()
        .any(|s| s["story"].is_null() && s["shown_by"].as_u64() == Some(0)));
    assert_eq!(bank["inconsistencies"], Value::Array(Vec::new()));
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().expect("code"))
        .collect();
    assert!(
        codes.contains(&"K001") && codes.contains(&"K003"),
        "{codes:?}"
    );
}

#[test]
fn retellings_are_duplicates_with_both_places() {
    let r = run(starcheck().args([
        "bank",
        "--format",
        "json",
        "tests/data/bank/tune/software-and-app.md",
    ]));
    let v = json(&r);
    let duplicates = v["bank"]["duplicates"].as_array().expect("duplicates");
    let pairs: Vec<(&str, &str)> = duplicates
        .iter()
        .map(|d| {
            (
                d["a"]["title"].as_str().expect("a"),
                d["b"]["title"].as_str().expect("b"),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("Crashes on older phones", "The unlock screen that crashed"),
            ("The flaky test suite", "Tests that failed for no reason"),
        ]
    );
    assert!(duplicates[0]["similarity"].as_f64().expect("similarity") >= 0.25);
    assert!(duplicates[0]["numbers"]
        .as_array()
        .expect("numbers")
        .contains(&Value::from("37")));
    let dup: Vec<&Value> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "K002")
        .collect();
    assert_eq!(dup.len(), 2);
    assert_eq!(dup[0]["places"].as_array().map(Vec::len), Some(2));
    assert_eq!(dup[0]["places"][0]["line"], 15);
}

#[test]
fn csv_is_the_matrix() {
    let r = run(starcheck().args(["bank", "--format", "csv", "examples/stories/"]));
    assert_eq!(r.code, 1);
    let mut reader = csv::Reader::from_reader(r.stdout.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.len(), 4 + 16);
    assert_eq!(&header[4], "customer-obsession");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 7);
    let v = json(&run(starcheck().args([
        "bank",
        "--format",
        "json",
        "examples/stories/",
    ])));
    let stories = v["bank"]["stories"].as_array().expect("stories");
    for (row, story) in rows.iter().zip(stories) {
        assert_eq!(Some(&row[2]), story["title"].as_str());
        for (cell, score) in row
            .iter()
            .skip(4)
            .zip(story["principles"].as_array().expect("cells"))
        {
            let x: f64 = cell.parse().expect("a number");
            assert!((0.0..=1.0).contains(&x));
            assert_eq!(Some(x), score["score"].as_f64(), "CSV and JSON agree");
        }
    }
}

#[test]
fn plan_file_sets_the_rounds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = write(
        dir.path(),
        "loop.toml",
        "[[round]]\nname = \"Screen\"\nprinciples = [\"customer-obsession\", \"ownership\"]\n\n[[round]]\nname = \"Onsite\"\nprinciples = [\"dive-deep\"]\n",
    );
    let r = run(starcheck()
        .args(["bank", "--format", "json", "examples/stories/", "--plan"])
        .arg(&plan));
    let v = json(&r);
    let plan = v["bank"]["plan"].as_array().expect("plan");
    let asked: Vec<(&str, &str)> = plan
        .iter()
        .map(|s| {
            (
                s["round_name"].as_str().expect("round"),
                s["principle"].as_str().expect("principle"),
            )
        })
        .collect();
    assert_eq!(
        asked,
        [
            ("Screen", "customer-obsession"),
            ("Screen", "ownership"),
            ("Onsite", "dive-deep")
        ]
    );
    assert!(plan.iter().all(|s| !s["story"].is_null()));
    let r = run(starcheck()
        .args(["bank", "examples/stories/", "--plan"])
        .arg(dir.path().join("loop.toml")));
    assert!(r.stdout.contains("Screen"), "{}", r.stdout);
}

#[test]
fn bad_plan_file_names_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = write(
        dir.path(),
        "loop.toml",
        "[[round]]\nname = \"Screen\"\nprinciples = [\"customer-obsession\",\n  \"think-small\"]\n",
    );
    let r = run(starcheck()
        .args(["bank", "examples/stories/", "--plan"])
        .arg(&plan));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("loop.toml:4:"), "{}", r.stderr);
    assert!(r.stderr.contains("think-small"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let r = run(starcheck().args(["bank", "examples/stories/", "--plan", "no-such-loop.toml"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-loop.toml"), "{}", r.stderr);
}

#[test]
fn resume_numbers_that_disagree_are_k004() {
    let dir = tempfile::tempdir().expect("temp dir");
    let resume = write(
        dir.path(),
        "resume.md",
        "## Experience\n\n- Cut the returns backlog from 340 parcels to 12 in three weeks\n- Reduced the average refund time from 19 days to 9 days\n",
    );
    let r = run(starcheck()
        .args(["bank", "--format", "json", "examples/stories/", "--resume"])
        .arg(&resume));
    assert_eq!(r.code, 1);
    let v = json(&r);
    let found = v["bank"]["inconsistencies"]
        .as_array()
        .expect("inconsistencies");
    assert!(!found.is_empty(), "{found:?}");
    assert!(found.iter().all(|i| i["resume_text"] == "9"), "{found:?}");
    assert!(found.iter().all(|i| i["resume"]["line"] == 4), "{found:?}");
    let k004: Vec<&Value> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "K004")
        .collect();
    assert_eq!(k004.len(), found.len());
    assert!(k004[0]["places"][0]["path"]
        .as_str()
        .is_some_and(|p| p.ends_with("resume.md")));
}

#[test]
fn unreadable_inputs_are_errors_and_the_bank_goes_on() {
    let r = run(starcheck().args([
        "bank",
        "--format",
        "json",
        "examples/stories/bank.md",
        "no-such-story.md",
        "--resume",
        "no-such-resume.md",
    ]));
    assert_eq!(r.code, 2);
    let v = json(&r);
    assert_eq!(v["bank"]["stories"].as_array().map(Vec::len), Some(4));
    let errors: Vec<&str> = v["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["path"].as_str().expect("path"))
        .collect();
    assert_eq!(errors, ["no-such-story.md", "no-such-resume.md"]);
    let r = run(starcheck().args(["bank", "no-such-story.md"]));
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("no-such-story.md: error"), "{}", r.stdout);
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("bank.csv");
    let r = run(starcheck()
        .args(["bank", "--format", "csv", "examples/stories/", "-o"])
        .arg(&out));
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty());
    let text = std::fs::read_to_string(&out).expect("written");
    assert_eq!(text.lines().count(), 8);
}

#[test]
fn a_bank_that_covers_its_loop_exits_zero() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Two principles the example bank shows strongly, each by a different story.
    let plan = write(
        dir.path(),
        "loop.toml",
        "[[round]]\nname = \"Screen\"\nprinciples = [\"customer-obsession\", \"dive-deep\"]\n",
    );
    // Six usable example stories and two more make the eight a bank needs (K003).
    let more = dir.path().join("more");
    std::fs::create_dir(&more).expect("folder");
    write(
        &more,
        "garden.md",
        "# The garden rota\n\nAt the Ashgrove community garden I noticed that the watering rota broke every week, because nobody knew whose turn it was. I made a shared calendar with reminder texts, paired new volunteers with regulars, and asked two regulars to lead the weekend shifts. Missed waterings fell from about ten a month to one.\n",
    );
    write(
        &more,
        "tutoring.md",
        "# Tutoring the first-years\n\nIn my third year I tutored first-year students in statistics. Half of them failed the first quiz, so I asked each one which topic confused them most. I rewrote my sessions around worked examples of those topics and added a short practice quiz every week. On the midterm, 18 of my 20 students passed.\n",
    );
    let stories = [Path::new("examples/stories/"), more.as_path()];
    let r = run(starcheck()
        .args(["bank", "--format", "json", "--plan"])
        .arg(&plan)
        .args(stories));
    assert_eq!(r.code, 0, "{}", r.stdout);
    let v = json(&r);
    assert_eq!(v["bank"]["uncovered"], Value::Array(Vec::new()));
    assert_eq!(v["findings"], Value::Array(Vec::new()));
    // Without the loop file, every principle must be covered, and some are not.
    let r = run(starcheck().args(["bank"]).args(stories));
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("K001"));
}
