//! starcheck in continuous integration, end to end: failing levels and minimum scores with
//! their exit statuses and reasons, the machine formats (SARIF and GitHub annotations parsed
//! back), configuration files, inline suppressions and baselines.

use std::path::Path;

use serde_json::Value;

mod common;

use common::{parse_json, run, starcheck, write, Run};

const WEAK: &str = "## Experience\n\n- Worked on the website\n- Responsible for testing\n";

/// The last line of standard error: where the reason for a failing exit goes.
fn last_line(text: &str) -> &str {
    text.lines().last().unwrap_or("")
}

// Exit statuses and thresholds.

#[test]
fn clean_document_exits_zero_with_nothing_on_stderr() {
    let r = run(starcheck().args(["check", "examples/resume-improved.md"]));
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("score 100/100"), "{}", r.stdout);
    assert_eq!(r.stderr, "");
}

#[test]
fn warnings_fail_check_by_default_and_say_why_last() {
    let r = run(starcheck().args(["check", "examples/resume-weak.md"]));
    assert_eq!(r.code, 1);
    let reason = last_line(&r.stderr);
    assert!(
        reason.starts_with("starcheck: failed: ") && reason.contains("at warning or above"),
        "{reason}"
    );
}

#[test]
fn fail_on_sets_the_failing_level() {
    // The weak resume has warnings and no errors.
    let r = run(starcheck().args(["check", "--fail-on", "error", "examples/resume-weak.md"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The Korean story has only an info finding (I003).
    let story = "examples/stories/korean-story.md";
    assert_eq!(run(starcheck().args(["check", story])).code, 0);
    let r = run(starcheck().args(["check", "--fail-on", "info", story]));
    assert_eq!(r.code, 1);
    assert!(
        last_line(&r.stderr).contains("1 finding at info or above"),
        "{}",
        r.stderr
    );
}

#[test]
fn min_score_fails_low_documents_and_names_them() {
    let r = run(starcheck().args([
        "check",
        "--fail-on",
        "error",
        "--min-score",
        "50",
        "examples/resume-weak.md",
        "examples/resume-weak.txt",
        "examples/resume-improved.md",
    ]));
    assert_eq!(r.code, 1);
    let reason = last_line(&r.stderr);
    assert!(
        reason.starts_with(
            "starcheck: failed: 2 resumes below min-score 50: examples/resume-weak.md ("
        ),
        "{reason}"
    );
    assert!(!reason.contains("resume-improved"), "{reason}");
    let r = run(starcheck().args(["check", "--min-score", "50", "examples/resume-improved.md"]));
    assert_eq!(r.code, 0);
}

#[test]
fn score_fails_only_when_asked() {
    let r = run(starcheck().args(["score", "-q", "examples/resume-weak.md"]));
    assert_eq!(r.code, 0);
    let r = run(starcheck().args([
        "score",
        "-q",
        "--min-score",
        "60",
        "examples/resume-weak.md",
    ]));
    assert_eq!(r.code, 1);
    assert!(
        last_line(&r.stderr).contains("1 resume below min-score 60"),
        "{}",
        r.stderr
    );
}

#[test]
fn unreadable_input_exits_two_even_when_others_fail() {
    let r = run(starcheck().args(["check", "examples/resume-weak.md", "no-such-file.md"]));
    assert_eq!(r.code, 2);
}

#[test]
fn bad_thresholds_are_usage_errors() {
    assert_eq!(
        run(starcheck().args(["check", "--min-score", "101", "x.md"])).code,
        2
    );
    assert_eq!(
        run(starcheck().args(["check", "--fail-on", "fatal", "x.md"])).code,
        2
    );
}

// Formats.

fn sarif_of(args: &[&str]) -> (Run, Value) {
    let r = run(starcheck().args(["check", "--format", "sarif"]).args(args));
    let log = parse_json(&r.stdout);
    (r, log)
}

#[test]
fn sarif_log_has_the_2_1_0_structure() {
    let (r, log) = sarif_of(&["examples/resume-weak.md", "examples/resume-improved.md"]);
    assert_eq!(r.code, 1);
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"]
        .as_str()
        .unwrap_or("")
        .contains("sarif-2.1.0"));
    let runs = log["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let run0 = &runs[0];
    assert_eq!(run0["columnKind"], "unicodeCodePoints");
    let driver = &run0["tool"]["driver"];
    assert_eq!(driver["name"], "starcheck");
    let rules = driver["rules"].as_array().expect("rules");
    let listed = run(starcheck().arg("rules"));
    assert_eq!(
        rules.len(),
        listed.stdout.lines().count(),
        "one entry per rule"
    );
    for rule in rules {
        let id = rule["id"].as_str().expect("id");
        assert!(rule["name"].is_string() && rule["shortDescription"]["text"].is_string());
        assert!(rule["fullDescription"]["text"]
            .as_str()
            .unwrap_or("")
            .ends_with('.'));
        assert!(rule["help"]["text"].is_string());
        let uri = rule["helpUri"].as_str().expect("helpUri");
        assert!(
            uri.ends_with(&format!("docs/rules.md#{}", id.to_lowercase())),
            "{uri}"
        );
        let level = rule["defaultConfiguration"]["level"].as_str().unwrap_or("");
        assert!(["note", "warning", "error"].contains(&level));
    }
    let results = run0["results"].as_array().expect("results");
    let human = run(starcheck().args(["check", "--format", "concise", "examples/resume-weak.md"]));
    assert_eq!(
        results.len(),
        human.stdout.lines().count(),
        "one result per finding"
    );
    for result in results {
        let id = result["ruleId"].as_str().expect("ruleId");
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], id);
        assert!(["note", "warning", "error"].contains(&result["level"].as_str().unwrap_or("")));
        assert!(result["message"]["text"]
            .as_str()
            .unwrap_or("")
            .starts_with(id));
        let physical = &result["locations"][0]["physicalLocation"];
        assert_eq!(
            physical["artifactLocation"]["uri"],
            "examples/resume-weak.md"
        );
        let region = &physical["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[key].as_u64().unwrap_or(0) >= 1, "{key} is 1-based");
        }
    }
    assert_eq!(run0["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn sarif_regions_match_the_concise_positions() {
    let (_, log) = sarif_of(&["examples/resume-korean.md", "examples/resume-weak.txt"]);
    let concise = run(starcheck().args([
        "check",
        "--format",
        "concise",
        "examples/resume-korean.md",
        "examples/resume-weak.txt",
    ]));
    let from_sarif: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            let p = &r["locations"][0]["physicalLocation"];
            format!(
                "{}:{}:{}: {}",
                p["artifactLocation"]["uri"].as_str().unwrap_or(""),
                p["region"]["startLine"],
                p["region"]["startColumn"],
                r["ruleId"].as_str().unwrap_or("")
            )
        })
        .collect();
    let from_concise: Vec<String> = concise
        .stdout
        .lines()
        .map(|l| l.split(" [").next().unwrap_or("").to_owned())
        .collect();
    assert!(!from_concise.is_empty());
    assert_eq!(from_sarif, from_concise);
}

#[test]
fn sarif_reports_unreadable_inputs_as_notifications() {
    let (r, log) = sarif_of(&["examples/resume-improved.md", "missing.md"]);
    assert_eq!(r.code, 2);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert_eq!(
        note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "missing.md"
    );
}

#[test]
fn github_annotations_are_workflow_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "a,b.md", WEAK);
    let r = run(starcheck().args(["check", "--format", "github"]).arg(&path));
    assert_eq!(r.code, 1);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(!lines.is_empty());
    for line in &lines {
        let (command, message) = line[2..]
            .split_once("::")
            .expect("::command props::message");
        let (level, props) = command.split_once(' ').expect("level and properties");
        assert!(["error", "warning", "notice"].contains(&level), "{line}");
        let props: Vec<(&str, &str)> = props
            .split(',')
            .map(|p| p.split_once('=').expect("key=value"))
            .collect();
        let keys: Vec<&str> = props.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys,
            ["file", "line", "col", "endLine", "endColumn", "title"]
        );
        assert!(props[0].1.ends_with("a%2Cb.md"), "comma escaped: {line}");
        assert!(props[5].1.starts_with('B') || props[5].1.starts_with('Q'));
        assert!(!message.is_empty());
    }
    assert!(
        r.stdout.contains("title=B001 weak-opener::"),
        "{}",
        r.stdout
    );
}

#[test]
fn concise_is_one_line_per_finding() {
    let r = run(starcheck().args(["check", "--format", "concise", "examples/resume-weak.md"]));
    let json_run = run(starcheck().args(["check", "--format", "json", "examples/resume-weak.md"]));
    let findings = parse_json(&json_run.stdout)["documents"][0]["findings"]
        .as_array()
        .map_or(0, Vec::len);
    assert_eq!(r.stdout.lines().count(), findings);
    assert!(r
        .stdout
        .lines()
        .all(|l| l.starts_with("examples/resume-weak.md:") && l.contains(" [")));
}

// Configuration files.

/// Codes of the findings of `check --format json` on `args`.
fn codes(dir: &Path, args: &[&str]) -> (i32, Vec<(String, String, String)>) {
    let r = run(starcheck()
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(args));
    let doc = parse_json(&r.stdout);
    let mut found = Vec::new();
    for d in doc["documents"].as_array().into_iter().flatten() {
        for f in d["findings"].as_array().into_iter().flatten() {
            found.push((
                d["path"].as_str().unwrap_or("").to_owned(),
                f["code"].as_str().unwrap_or("").to_owned(),
                f["severity"].as_str().unwrap_or("").to_owned(),
            ));
        }
    }
    (r.code, found)
}

fn has(found: &[(String, String, String)], path: &str, code: &str) -> bool {
    found.iter().any(|(p, c, _)| p == path && c == code)
}

#[test]
fn closest_configuration_wins_walking_up() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "starcheck.toml", "ignore = [\"B001\"]\n");
    write(dir.path(), "a/resume.md", WEAK);
    write(dir.path(), "b/.starcheck.toml", "select = [\"B001\"]\n");
    write(dir.path(), "b/c/resume.md", WEAK);
    let (_, found) = codes(dir.path(), &["a/resume.md", "b/c/resume.md"]);
    assert!(
        !has(&found, "a/resume.md", "B001"),
        "root file ignores B001"
    );
    assert!(has(&found, "a/resume.md", "Q001"));
    assert!(
        has(&found, "b/c/resume.md", "B001"),
        "closer file selects B001"
    );
    assert!(found
        .iter()
        .filter(|(p, _, _)| p == "b/c/resume.md")
        .all(|(_, c, _)| c == "B001"));
    // Folders given on the command line find the same files.
    let (_, walked) = codes(dir.path(), &["."]);
    assert_eq!(walked.len(), found.len());
}

#[test]
fn config_flag_and_isolated_override_discovery() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "starcheck.toml", "select = [\"Q\"]\n");
    write(dir.path(), "other.toml", "select = [\"B001\"]\n");
    write(dir.path(), "resume.md", WEAK);
    let (_, found) = codes(dir.path(), &["resume.md"]);
    assert!(found.iter().all(|(_, c, _)| c.starts_with('Q')) && !found.is_empty());
    let (_, found) = codes(dir.path(), &["--config", "other.toml", "resume.md"]);
    assert!(found.iter().all(|(_, c, _)| c == "B001") && !found.is_empty());
    let (_, found) = codes(dir.path(), &["--isolated", "resume.md"]);
    assert!(has(&found, "resume.md", "Q001") && has(&found, "resume.md", "B001"));
}

#[test]
fn per_file_ignores_severities_and_thresholds_come_from_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "starcheck.toml",
        "fail-on = \"error\"\n[severity]\nB001 = \"error\"\nQ = \"info\"\n\
         [per-file-ignores]\n\"old/*.md\" = [\"B\"]\n",
    );
    write(dir.path(), "old/resume.md", WEAK);
    write(dir.path(), "new/resume.md", WEAK);
    let (code, found) = codes(dir.path(), &["old/resume.md"]);
    assert_eq!(code, 0, "Q findings are info now, under fail-on error");
    assert!(found
        .iter()
        .all(|(_, c, s)| c.starts_with('Q') && s == "info"));
    let (code, found) = codes(dir.path(), &["new/resume.md"]);
    assert_eq!(code, 1);
    assert!(found.iter().any(|(_, c, s)| c == "B001" && s == "error"));
    // The command line wins over the file.
    let (code, _) = codes(dir.path(), &["--fail-on", "info", "old/resume.md"]);
    assert_eq!(code, 1);
}

#[test]
fn min_score_per_kind_comes_from_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "starcheck.toml",
        "fail-on = \"error\"\n[min-score]\nresume = 50\n",
    );
    write(dir.path(), "weak.md", WEAK);
    let story = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/stories/frugality-weak.md"),
    )
    .expect("example story");
    write(dir.path(), "story.md", &story);
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["check", "weak.md", "story.md"]));
    assert_eq!(r.code, 1);
    let reason = last_line(&r.stderr);
    assert!(
        reason.contains("1 resume below min-score 50: weak.md ("),
        "{reason}"
    );
    assert!(
        !reason.contains("story.md"),
        "no minimum for stories: {reason}"
    );
}

#[test]
fn vocabulary_is_merged_into_the_lexicons() {
    let dir = tempfile::tempdir().expect("temp dir");
    let resume = "## Experience\n\n- Dockerized 4 services for 300 users\n- Built team synergy across 3 groups\n";
    write(dir.path(), "resume.md", resume);
    let (_, before) = codes(dir.path(), &["resume.md"]);
    assert!(has(&before, "resume.md", "B002"), "{before:?}");
    assert!(has(&before, "resume.md", "B006"), "{before:?}");
    write(
        dir.path(),
        "starcheck.toml",
        "[vocabulary]\naction-verbs = [\"dockerized\"]\nallow = [\"synergy\"]\n",
    );
    let (_, after) = codes(dir.path(), &["resume.md"]);
    assert!(!has(&after, "resume.md", "B002"), "{after:?}");
    assert!(!has(&after, "resume.md", "B006"), "{after:?}");
}

#[test]
fn bad_configuration_is_one_error_with_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "resume.md", WEAK);
    let cases = [
        (
            "select = [\"Q\"]\n\nignorre = [\"B\"]\n",
            ":3: unknown field `ignorre`",
        ),
        (
            "ignore = [\"Q\", \"X1\"]\n",
            ":1: \"X1\" is not a rule code",
        ),
        (
            "fail-on = \"sometimes\"\n",
            ":1: unknown variant `sometimes`",
        ),
        (
            "[min-score]\nresume = 140\n",
            ":2: min-score 140 is not between 0 and 100",
        ),
        (
            "[vocabulary.principles]\nthrift = [\"saved money\"]\n",
            ":2: no principle \"thrift\"",
        ),
    ];
    for (text, expected) in cases {
        write(dir.path(), "starcheck.toml", text);
        let r = run(starcheck()
            .current_dir(dir.path())
            .args(["check", "resume.md"]));
        assert_eq!(r.code, 2, "{text:?}");
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "one error: {}", r.stderr);
        assert!(
            lines[0].starts_with("starcheck: error: ") && lines[0].contains("starcheck.toml"),
            "{}",
            r.stderr
        );
        assert!(lines[0].contains(expected), "{text:?}: {}", r.stderr);
        assert!(
            !r.stdout.contains("resume.md"),
            "nothing checked: {}",
            r.stdout
        );
    }
}

#[test]
fn bad_lexicon_from_the_configuration_names_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "resume.md", WEAK);
    write(dir.path(), "starcheck.toml", "lexicons = \"words\"\n");
    write(
        dir.path(),
        "words/buzzwords.toml",
        "terms = [\n  \"synergy\",\n  \"Rockstar\",\n]\n",
    );
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["check", "resume.md"]));
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("buzzwords.toml:3:"), "{}", r.stderr);
    assert!(r.stderr.contains("must be lowercase"), "{}", r.stderr);
}

#[test]
fn config_command_prints_the_effective_configuration() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "starcheck.toml",
        "select = [\"Q\", \"B00\"]\nignore = [\"B004\"]\n[min-score]\nstory = 60\n\
         [per-file-ignores]\n\"old/*\" = [\"Q002\"]\n",
    );
    write(dir.path(), "old/a.md", WEAK);
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["config", "old/a.md"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("starcheck.toml"),
        "names the file: {}",
        r.stdout
    );
    let effective: toml::Table = toml::from_str(&r.stdout).expect("TOML");
    let select: Vec<&str> = effective["select"]
        .as_array()
        .expect("select")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(select.contains(&"Q001") && select.contains(&"B001"));
    assert!(!select.contains(&"Q002") && !select.contains(&"B004") && !select.contains(&"S001"));
    assert_eq!(effective["fail-on"].as_str(), Some("warning"));
    assert_eq!(effective["min-score"]["story"].as_integer(), Some(60));
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["config", "--isolated"]));
    assert!(r.stdout.contains("no configuration file"));
}

// Inline suppressions.

#[test]
fn suppressed_lines_pass_and_stale_suppressions_fail() {
    let dir = tempfile::tempdir().expect("temp dir");
    let md = "## Experience\n\n\
              <!-- starcheck-disable-next-line B001 Q001 -->\n\
              - Worked on the grading service\n\
              - Cut grading time by 40% for 300 students\n";
    write(dir.path(), "resume.md", md);
    let txt = "EXPERIENCE\n\
               - Worked on the grading service  starcheck: ignore B001, Q001\n\
               - Cut grading time by 40% for 300 students\n";
    write(dir.path(), "resume.txt", txt);
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["check", "resume.md", "resume.txt"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);

    // The bullet is rewritten; the suppression stays behind and is reported.
    let md = md.replace(
        "Worked on the grading service",
        "Rebuilt the grading service for 300 students",
    );
    write(dir.path(), "resume.md", &md);
    let (code, found) = codes(dir.path(), &["resume.md"]);
    assert_eq!(code, 1);
    let unused: Vec<_> = found.iter().filter(|(_, c, _)| c == "I004").collect();
    assert_eq!(unused.len(), 2, "{found:?}");
    // A configuration that ignores I004 accepts it.
    write(dir.path(), "starcheck.toml", "ignore = [\"I004\"]\n");
    assert_eq!(codes(dir.path(), &["resume.md"]).0, 0);
}

#[test]
fn unknown_suppression_codes_are_reported_where_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let md = "## Experience\n\n<!-- starcheck-disable B0O1 -->\n- Cut costs by 40%\n";
    write(dir.path(), "resume.md", md);
    let r = run(starcheck().current_dir(dir.path()).args([
        "check",
        "--format",
        "concise",
        "resume.md",
    ]));
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("resume.md:3:24: I005 [warning] \"B0O1\""),
        "{}",
        r.stdout
    );
}

// Baselines.

#[test]
fn baseline_round_trip_fails_only_on_new_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = "## Experience\n\n- Worked on the website\n- Responsible for testing\n- Worked on the website\n";
    write(dir.path(), "drafts/resume.md", old);
    let r = run(starcheck().current_dir(dir.path()).args([
        "check",
        "drafts/",
        "--write-baseline",
        ".starcheck-baseline.json",
    ]));
    assert_eq!(
        r.code, 0,
        "recording accepts today's findings: {}",
        r.stderr
    );
    let baseline = parse_json(
        &std::fs::read_to_string(dir.path().join(".starcheck-baseline.json")).expect("written"),
    );
    assert_eq!(baseline["version"], 1);
    let entries = baseline["findings"].as_array().expect("findings");
    assert!(entries.iter().all(|e| e["path"] == "drafts/resume.md"));
    let b001 = entries
        .iter()
        .find(|e| e["code"] == "B001" && e["text"] == "Worked on")
        .expect("B001 entry");
    assert_eq!(b001["count"], 2, "duplicates counted");
    let (_, all) = codes(dir.path(), &["drafts/"]);
    let recorded: u64 = entries.iter().filter_map(|e| e["count"].as_u64()).sum();
    assert_eq!(recorded as usize, all.len());

    let check = |dir: &Path| {
        run(starcheck().current_dir(dir).args([
            "check",
            "--format",
            "concise",
            "--baseline",
            ".starcheck-baseline.json",
            "drafts/resume.md",
        ]))
    };
    let r = check(dir.path());
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);

    // Edits elsewhere in the file: a heading above, blank lines, reordered bullets.
    let edited = "# Ada Lovelace\n\nEngineer.\n\n## Experience\n\n- Responsible for testing\n\n- Worked on the website\n- Worked on the website\n";
    write(dir.path(), "drafts/resume.md", edited);
    let r = check(dir.path());
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);

    // A third copy of an accepted bullet and a new weak bullet are new findings.
    let worse = format!("{edited}- Worked on the website\n- Helped with hiring\n");
    write(dir.path(), "drafts/resume.md", &worse);
    let r = check(dir.path());
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("drafts/resume.md:11:3: B001"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("drafts/resume.md:12:3: B001"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains(":9:3: B001"), "{}", r.stdout);
    assert!(
        r.stderr.contains("accepted by the baseline are not shown"),
        "{}",
        r.stderr
    );
    let new_findings = r.stdout.lines().count();

    // The baseline works from another working folder too.
    let r = run(starcheck().current_dir(dir.path().join("drafts")).args([
        "check",
        "--format",
        "concise",
        "--baseline",
        "../.starcheck-baseline.json",
        "resume.md",
    ]));
    assert_eq!(r.stdout.lines().count(), new_findings, "{}", r.stdout);

    // Fixing an accepted finding is reported, so the baseline can be tightened.
    write(
        dir.path(),
        "drafts/resume.md",
        "## Experience\n\n- Cut test time by 40% for 12 engineers\n",
    );
    let r = check(dir.path());
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("no longer occur"), "{}", r.stderr);
}

#[test]
fn baseline_errors_exit_two_and_write_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "resume.md", WEAK);
    write(
        dir.path(),
        "bad.json",
        "{\"version\": 1, \"findings\": [{\"path\": 3}]}",
    );
    let r = run(starcheck().current_dir(dir.path()).args([
        "check",
        "--baseline",
        "bad.json",
        "resume.md",
    ]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("starcheck: error: bad.json: not a starcheck baseline"),
        "{}",
        r.stderr
    );
    let r = run(starcheck().current_dir(dir.path()).args([
        "check",
        "--baseline",
        "none.json",
        "resume.md",
    ]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("none.json"), "{}", r.stderr);
    let r = run(starcheck().current_dir(dir.path()).args([
        "check",
        "--write-baseline",
        "no/such/folder/b.json",
        "resume.md",
    ]));
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "", "fails before checking anything");
    assert!(
        r.stderr.contains("cannot write no/such/folder/b.json"),
        "{}",
        r.stderr
    );
    assert!(!dir.path().join("no").exists());
}

// Integration files.

/// The fenced code blocks of a Markdown file that carry `lang`.
fn blocks(markdown: &str, lang: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match &mut current {
            None if line.trim_start() == format!("```{lang}") => current = Some(String::new()),
            Some(block) if line.trim_start() == "```" => {
                found.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    found
}

/// Run a documented `starcheck …` command line in `dir`.
fn run_documented(dir: &Path, line: &str) -> Run {
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(words.first(), Some(&"starcheck"), "{line}");
    run(starcheck().current_dir(dir).args(&words[1..]))
}

#[test]
fn workflow_in_docs_is_valid_and_its_commands_run() {
    let docs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ci.md"))
        .expect("docs/ci.md");
    let workflow = &blocks(&docs, "yaml")[0];
    let yaml = yaml_rust2::YamlLoader::load_from_str(workflow).expect("workflow is YAML");
    let steps = yaml[0]["jobs"]["starcheck"]["steps"]
        .as_vec()
        .expect("steps");
    let command = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.starts_with("starcheck check"))
        .expect("a starcheck step");
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.contains("upload-sarif"))
        })
        .expect("an upload step");
    let sarif_file = upload["with"]["sarif_file"].as_str().expect("sarif_file");
    assert!(command.ends_with(&format!("-o {sarif_file}")), "{command}");

    // In a repository of drafts with a baseline, the step writes a SARIF log.
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "drafts/resume.md", WEAK);
    let r = run_documented(
        dir.path(),
        "starcheck check drafts/ --write-baseline .starcheck-baseline.json",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run_documented(dir.path(), command);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let log =
        parse_json(&std::fs::read_to_string(dir.path().join(sarif_file)).expect("SARIF written"));
    assert_eq!(log["version"], "2.1.0");
    write(
        dir.path(),
        "drafts/story.md",
        "# A story\n\nWe worked on it.\n",
    );
    assert_eq!(
        run_documented(dir.path(), command).code,
        1,
        "a new finding fails the step"
    );
}

#[test]
fn readme_ci_commands_are_valid() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let section = readme
        .split("## In continuous integration")
        .nth(1)
        .expect("README has the CI section");
    let commands = &blocks(section, "sh")[0];
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "drafts/resume.md", WEAK);
    for line in commands.lines() {
        let command = line.split(" #").next().unwrap_or("").trim();
        let r = run_documented(dir.path(), command);
        assert_ne!(r.code, 2, "{command}: {}", r.stderr);
    }
}

#[test]
fn pre_commit_hooks_run_the_check() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .expect(".pre-commit-hooks.yaml");
    let yaml = yaml_rust2::YamlLoader::load_from_str(&text).expect("YAML");
    let hooks = yaml[0].as_vec().expect("a list of hooks");
    assert!(!hooks.is_empty());
    let dir = tempfile::tempdir().expect("temp dir");
    let weak = write(dir.path(), "weak.md", WEAK);
    let strong = write(
        dir.path(),
        "strong.txt",
        "EXPERIENCE\n- Cut page load time by 40% for 2 million users\n",
    );
    for hook in hooks {
        for key in ["id", "name", "entry", "language"] {
            assert!(hook[key].as_str().is_some(), "{key} in {hook:?}");
        }
        let types: Vec<&str> = hook["types_or"]
            .as_vec()
            .expect("types_or")
            .iter()
            .filter_map(|t| t.as_str())
            .collect();
        assert_eq!(types, ["markdown", "plain-text"]);
        let entry = hook["entry"].as_str().unwrap_or("");
        let words: Vec<&str> = entry.split_whitespace().collect();
        assert_eq!(words[0], "starcheck");
        // pre-commit appends the staged file names.
        let r = run(starcheck().args(&words[1..]).arg(&weak).arg(&strong));
        assert_eq!(r.code, 1, "{entry}: {}", r.stderr);
        let r = run(starcheck().args(&words[1..]).arg(&strong));
        assert_eq!(r.code, 0, "{entry}: {}", r.stderr);
    }
}

// Shell completions and the manual page.

#[test]
fn completions_cover_every_shell_and_the_new_flags() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let r = run(starcheck().args(["completions", shell]));
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        for word in [
            "check",
            "score",
            "config",
            "fail-on",
            "min-score",
            "baseline",
            "isolated",
        ] {
            assert!(r.stdout.contains(word), "{shell} completion lacks {word}");
        }
        // Shells that complete values offer the formats too.
        if ["bash", "zsh", "fish"].contains(&shell) {
            assert!(
                r.stdout.contains("sarif"),
                "{shell} completion lacks the formats"
            );
        }
    }
    assert_eq!(run(starcheck().args(["completions", "tcsh"])).code, 2);
}

#[test]
fn man_page_is_roff_naming_the_commands() {
    let r = run(starcheck().arg("man"));
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains(".TH starcheck 1"),
        "{}",
        &r.stdout[..200.min(r.stdout.len())]
    );
    for command in ["check", "score", "show", "config", "completions", "explain"] {
        assert!(r.stdout.contains(command), "man page lacks {command}");
    }
}

#[test]
fn standard_input_uses_the_working_folders_configuration() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), ".starcheck.toml", "select = [\"B001\"]\n");
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["check", "--format", "concise", "-"])
        .write_stdin(WEAK));
    assert_eq!(r.code, 1);
    assert!(
        !r.stdout.is_empty() && r.stdout.lines().all(|l| l.contains(" B001 ")),
        "{}",
        r.stdout
    );
    let r =
        run(starcheck()
            .current_dir(dir.path())
            .args(["check", "--config", "missing.toml", "-"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("missing.toml: cannot read configuration"),
        "{}",
        r.stderr
    );
}

#[test]
fn documented_configuration_parses_and_matches_the_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs = std::fs::read_to_string(root.join("docs/config.md")).expect("docs/config.md");
    let example = &blocks(&docs, "toml")[0];
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "starcheck.toml", example);
    std::fs::create_dir_all(dir.path().join("lexicons")).expect("folder");
    let pack = std::fs::read_to_string(root.join("lexicons/principles/amazon.toml")).expect("pack");
    write(dir.path(), "packs/our-values.toml", &pack);
    write(dir.path(), "resume.md", WEAK);
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["config", "resume.md"]));
    assert_eq!(r.code, 0, "the documented example is valid: {}", r.stderr);
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["check", "resume.md"]));
    assert_ne!(r.code, 2, "{}", r.stderr);

    // The schema knows exactly the keys of the documented example, which uses them all.
    let schema = parse_json(
        &std::fs::read_to_string(root.join("docs/starcheck.schema.json")).expect("schema"),
    );
    let example: toml::Table = toml::from_str(example).expect("TOML");
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v["properties"]
            .as_object()
            .expect("properties")
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    };
    let table_keys = |t: &toml::Table| -> Vec<String> {
        let mut k: Vec<String> = t.keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&schema), table_keys(&example));
    for nested in ["min-score", "vocabulary"] {
        let table = example[nested].as_table().expect("table");
        assert_eq!(
            keys(&schema["properties"][nested]),
            table_keys(table),
            "{nested}"
        );
    }
    // And the parser refuses a key the schema does not have.
    write(
        dir.path(),
        "starcheck.toml",
        "[vocabulary]\nverbs = [\"x\"]\n",
    );
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["config", "resume.md"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("starcheck.toml:2: unknown field `verbs`"),
        "{}",
        r.stderr
    );
}

#[test]
fn baseline_accepts_low_scores_until_they_drop() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "starcheck.toml",
        "fail-on = \"error\"\n[min-score]\nresume = 90\n",
    );
    let two = "## Experience\n\n- Cut costs by 40% for 300 users\n- Worked on the website\n";
    write(dir.path(), "resume.md", two);
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["check", "resume.md"]));
    assert_eq!(r.code, 1, "under its minimum: {}", r.stderr);
    let r = run(starcheck().current_dir(dir.path()).args([
        "check",
        "resume.md",
        "--write-baseline",
        "b.json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let recorded =
        parse_json(&std::fs::read_to_string(dir.path().join("b.json")).expect("written"));
    let score = recorded["scores"]["resume.md"]
        .as_u64()
        .expect("score recorded");
    assert!(score < 90);
    let check = || {
        run(starcheck().current_dir(dir.path()).args([
            "check",
            "resume.md",
            "--baseline",
            "b.json",
        ]))
    };
    assert_eq!(check().code, 0, "accepted at its recorded score");
    write(
        dir.path(),
        "resume.md",
        format!("{two}- Helped with testing\n"),
    );
    let r = check();
    assert_eq!(r.code, 1, "worse than recorded");
    assert!(
        last_line(&r.stderr).contains("1 resume below min-score 90: resume.md ("),
        "{}",
        r.stderr
    );
}

#[test]
fn command_line_selection_adds_to_the_configuration() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "starcheck.toml", "select = [\"Q\"]\n");
    write(dir.path(), "resume.md", WEAK);
    let set = |found: Vec<(String, String, String)>| {
        let mut codes: Vec<String> = found.into_iter().map(|(_, c, _)| c).collect();
        codes.sort();
        codes.dedup();
        codes
    };
    assert_eq!(set(codes(dir.path(), &["resume.md"]).1), ["Q001"]);
    assert_eq!(
        set(codes(dir.path(), &["--extend-select", "B001", "resume.md"]).1),
        ["B001", "Q001"]
    );
    assert_eq!(
        set(codes(dir.path(), &["--select", "b001,B002", "resume.md"]).1),
        ["B001"]
    );
    assert_eq!(
        set(codes(dir.path(), &["--ignore", "Q", "resume.md"]).1),
        Vec::<String>::new()
    );
    let r = run(starcheck()
        .current_dir(dir.path())
        .args(["check", "--ignore", "Q9", "resume.md"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("\"Q9\" is not a rule code"),
        "{}",
        r.stderr
    );
}
