//! The command line end to end: every command, both formats, every exit status, stdin,
//! bad input of each kind, bad lexicons. Human output is compared with snapshots; JSON is
//! parsed back before it is compared.

use std::path::Path;

use serde_json::Value;

mod common;

use common::{json, run, starcheck, write};

#[test]
fn score_examples_is_the_first_command_a_newcomer_runs() {
    let r = run(starcheck().args(["score", "examples/"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!("score_examples", r.stdout);
}

#[test]
fn check_weak_resume_shows_findings_and_fails() {
    let r = run(starcheck().args(["check", "examples/resume-weak.md"]));
    assert_eq!(r.code, 1);
    assert!(!r.stdout.contains('\u{1b}'), "no colour when piped");
    insta::assert_snapshot!("check_resume_weak_md", r.stdout);
}

#[test]
fn check_plain_text_resume_with_wrapped_bullets() {
    let r = run(starcheck().args(["check", "examples/resume-weak.txt"]));
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("check_resume_weak_txt", r.stdout);
}

#[test]
fn check_korean_resume_never_breaks() {
    let r = run(starcheck().args(["check", "examples/resume-korean.md"]));
    assert_eq!(r.code, 0, "{}", r.stdout);
    insta::assert_snapshot!("check_resume_korean", r.stdout);
}

#[test]
fn check_clean_document_exits_zero() {
    let r = run(starcheck().args(["check", "examples/resume-improved.txt"]));
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("score 100/100"), "{}", r.stdout);
}

#[test]
fn json_report_has_the_documented_shape() {
    let r = run(starcheck().args(["check", "--format", "json", "examples/resume-weak.md"]));
    assert_eq!(r.code, 1);
    let v = json(&r);
    assert_eq!(v["schema_version"], 1);
    let doc = &v["documents"][0];
    assert_eq!(doc["path"], "examples/resume-weak.md");
    assert_eq!(doc["kind"], "resume");
    assert!(doc["error"].is_null());
    assert!(doc["score"].as_u64().is_some_and(|s| s <= 100));
    let items = doc["items"].as_array().expect("items");
    assert!(!items.is_empty());
    for item in items {
        for key in ["line", "text", "quantified", "metrics"] {
            assert!(item.get(key).is_some(), "item lacks {key}: {item}");
        }
    }
    let text = std::fs::read_to_string("examples/resume-weak.md").expect("example");
    for finding in doc["findings"].as_array().expect("findings") {
        for key in [
            "code", "name", "severity", "message", "line", "column", "start", "end",
        ] {
            assert!(finding.get(key).is_some(), "finding lacks {key}: {finding}");
        }
        let (start, end) = (
            finding["start"].as_u64().unwrap() as usize,
            finding["end"].as_u64().unwrap() as usize,
        );
        assert!(
            text.get(start..end).is_some(),
            "span {start}..{end} is not on char boundaries"
        );
    }
    // A quantified item carries metrics whose offsets slice the metric text.
    let quantified = items
        .iter()
        .find(|i| i["quantified"] == true)
        .expect("a quantified item");
    let metric = &quantified["metrics"][0];
    let (start, end) = (
        metric["start"].as_u64().unwrap() as usize,
        metric["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], metric["text"].as_str().unwrap());
}

#[test]
fn stdin_is_read_and_sniffed() {
    let r = run(starcheck()
        .args(["check", "--format", "json", "-"])
        .write_stdin("## Experience\n\n- Worked on the website\n- Cut page load time by 40%\n"));
    assert_eq!(r.code, 1);
    let v = json(&r);
    let doc = &v["documents"][0];
    assert_eq!(doc["path"], "<stdin>");
    assert_eq!(doc["format"], "markdown");
    let flags: Vec<bool> = doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["quantified"].as_bool().unwrap())
        .collect();
    assert_eq!(flags, vec![false, true]);
}

#[test]
fn bad_inputs_are_error_rows_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let binary = write(dir.path(), "a-binary.txt", b"PK\x03\x04\0\0\0");
    let big = write(dir.path(), "b-big.md", [b'a'; 64]);
    let good = write(
        dir.path(),
        "c-good.md",
        b"## Experience\n\n- Cut costs by 12%\n",
    );
    let missing = dir.path().join("d-missing.md");
    let r = run(starcheck()
        .args(["score", "--format", "json", "--max-file-size", "40"])
        .arg(&binary)
        .arg(&big)
        .arg(&good)
        .arg(&missing));
    assert_eq!(r.code, 2, "an unreadable input makes the exit status 2");
    let v = json(&r);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 4, "one row per input, in order");
    assert!(docs[0]["error"]
        .as_str()
        .unwrap()
        .contains("not a text document"));
    assert!(docs[1]["error"]
        .as_str()
        .unwrap()
        .contains("over the 40-byte limit"));
    assert!(docs[2]["error"].is_null());
    assert_eq!(docs[2]["score"], 100);
    assert!(docs[3]["error"].as_str().unwrap().contains("no such file"));
}

#[test]
fn error_rows_name_the_file_in_the_table() {
    let r = run(starcheck().args(["score", "examples/resume-improved.md", "no/such/file.md"]));
    assert_eq!(r.code, 2);
    let row = r
        .stdout
        .lines()
        .find(|l| l.contains("no/such/file.md"))
        .expect("an error row");
    assert!(row.ends_with("error: no such file or directory"), "{row}");
    assert!(
        r.stdout.contains("examples/resume-improved.md"),
        "{}",
        r.stdout
    );
}

#[test]
fn encodings_decode_and_invalid_bytes_are_a_finding() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "## Experience\n\n- Cut costs by 12%\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let wide = write(dir.path(), "utf16.md", &utf16);
    let latin1 = write(
        dir.path(),
        "latin1.txt",
        b"EXPERIENCE\n- Cut costs by 12% for the caf\xE9\n",
    );
    let bom = write(
        dir.path(),
        "bom.md",
        b"\xEF\xBB\xBF## Experience\n\n- Cut costs by 12%\n",
    );
    let r = run(starcheck()
        .args(["check", "--format", "json"])
        .arg(&wide)
        .arg(&latin1)
        .arg(&bom));
    let v = json(&r);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs[0]["score"], 100, "UTF-16 decodes: {}", docs[0]);
    let codes: Vec<&str> = docs[1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["I001"]);
    assert_eq!(docs[1]["findings"][0]["line"], 2);
    assert_eq!(docs[2]["score"], 100, "BOM is stripped: {}", docs[2]);
    assert_eq!(r.code, 1, "I001 is a warning");
}

#[test]
fn empty_file_gets_a_finding() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = write(dir.path(), "empty.md", b"");
    let r = run(starcheck().args(["check"]).arg(&empty));
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("I002 empty-document"), "{}", r.stdout);
}

#[test]
fn folders_are_walked_skipping_hidden_and_non_documents() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    write(dir.path(), "sub/b.md", b"- Cut costs by 12%\n");
    write(dir.path(), "a.txt", b"- Cut costs by 12%\n");
    write(dir.path(), ".hidden.md", b"- Worked on stuff\n");
    write(dir.path(), "photo.png", b"\x89PNG\0");
    let r = run(starcheck()
        .args(["score", "--format", "json"])
        .arg(dir.path()));
    assert_eq!(r.code, 0, "{}", r.stdout);
    let v = json(&r);
    let paths: Vec<String> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_owned())
        .collect();
    let names: Vec<&str> = paths
        .iter()
        .map(|p| p.rsplit(['/', '\\']).next().unwrap())
        .collect();
    assert_eq!(names, vec!["a.txt", "b.md"]);
}

#[test]
fn inputs_are_never_modified() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = b"\xEF\xBB\xBF## Experience\r\n\r\n- Worked on   stuff \r\n".to_vec();
    let path = write(dir.path(), "draft.md", &bytes);
    run(starcheck().args(["check"]).arg(&path));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn kind_can_be_forced() {
    let r = run(starcheck().args([
        "score",
        "--format",
        "json",
        "--kind",
        "story",
        "examples/resume-weak.md",
    ]));
    assert_eq!(json(&r)["documents"][0]["kind"], "story");
}

#[test]
fn bad_lexicon_names_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "buzzwords.toml",
        b"terms = [\n  \"synergy\",\n  \"Guru\",\n]\n",
    );
    let r = run(starcheck()
        .args(["check", "examples/resume-weak.md", "--lexicons"])
        .arg(dir.path()));
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr
            .contains("buzzwords.toml:3: term \"Guru\" must be lowercase"),
        "{}",
        r.stderr
    );
}

#[test]
fn user_lexicon_replaces_the_builtin_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "buzzwords.toml", b"terms = [\"website\"]\n");
    let r = run(starcheck()
        .args(["check", "--format", "json", "-", "--lexicons"])
        .arg(dir.path())
        .write_stdin("- Rebuilt the website, a synergy win, for 3 teams\n"));
    let names: Vec<String> = json(&r)["documents"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].contains("\"website\""));
}

#[test]
fn unknown_lexicon_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "buzzword.toml", b"terms = []\n");
    let r = run(starcheck()
        .args(["check", "examples/", "--lexicons"])
        .arg(dir.path()));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown lexicon file"), "{}", r.stderr);
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(run(starcheck().args(["check"])).code, 2);
    assert_eq!(
        run(starcheck().args(["check", "--format", "xml", "x.md"])).code,
        2
    );
    assert_eq!(
        run(starcheck().args(["score", "--max-file-size", "lots", "x.md"])).code,
        2
    );
    let r = run(starcheck().args(["explain", "Z999"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown rule \"Z999\""), "{}", r.stderr);
}

#[test]
fn rules_and_explain() {
    let r = run(starcheck().arg("rules"));
    assert_eq!(r.code, 0);
    for code in ["B001", "B007", "I001", "I002", "Q001", "Q002"] {
        assert!(
            r.stdout.contains(code),
            "{code} missing from:\n{}",
            r.stdout
        );
    }
    let r = run(starcheck().args(["explain", "Q001"]));
    assert_eq!(r.code, 0);
    insta::assert_snapshot!("explain_q001", r.stdout);
}

#[test]
fn docs_rules_md_is_generated_from_the_registry() {
    let r = run(starcheck().args(["rules", "--format", "markdown"]));
    let committed = std::fs::read_to_string("docs/rules.md").expect("docs/rules.md exists");
    assert_eq!(
        committed, r.stdout,
        "regenerate with `cargo run -- rules --format markdown > docs/rules.md`"
    );
}

#[test]
fn show_tells_a_story_sentence_by_sentence() {
    let r = run(starcheck().args(["show", "examples/stories/ownership-strong.md"]));
    assert_eq!(r.code, 0, "{}", r.stdout);
    insta::assert_snapshot!("show_ownership_strong", r.stdout);
}

#[test]
fn weak_story_fails_check_with_story_rules() {
    let r = run(starcheck().args([
        "check",
        "--format",
        "json",
        "examples/stories/frugality-weak.md",
    ]));
    assert_eq!(r.code, 1);
    let v = json(&r);
    let doc = &v["documents"][0];
    assert_eq!(doc["kind"], "story");
    let story = &doc["stories"][0];
    let codes: Vec<&str> = story["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    for code in ["P001", "P003", "S006", "S007", "S008"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    assert_eq!(story["tagged"][0], "frugality");
}

#[test]
fn json_stories_have_the_documented_shape() {
    let r = run(starcheck().args([
        "check",
        "--format",
        "json",
        "--kind",
        "story",
        "examples/stories/bank.md",
    ]));
    let v = json(&r);
    let doc = &v["documents"][0];
    let text = std::fs::read_to_string("examples/stories/bank.md").unwrap();
    let stories = doc["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 4);
    for story in stories {
        assert!(story["title"].is_string());
        let principles = story["principles"].as_array().unwrap();
        assert_eq!(principles.len(), 16, "all 16 principles");
        let scores: Vec<f64> = principles
            .iter()
            .map(|p| p["score"].as_f64().unwrap())
            .collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "strongest first");
        for p in principles {
            for e in p["evidence"].as_array().unwrap() {
                let (start, end) = (
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[start..end], e["text"].as_str().unwrap());
            }
        }
        for s in story["sentences"].as_array().unwrap() {
            assert!(["situation", "task", "action", "result", "other"]
                .contains(&s["star"].as_str().unwrap()));
            let c = s["confidence"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&c));
        }
        for key in [
            "words",
            "speaking_seconds",
            "share",
            "i_in_actions",
            "we_in_actions",
            "result_metrics",
            "learning",
        ] {
            assert!(story["measures"].get(key).is_some(), "measures lack {key}");
        }
    }
}

#[test]
fn korean_story_is_measured_and_says_what_was_skipped() {
    let r = run(starcheck().args([
        "check",
        "--format",
        "json",
        "examples/stories/korean-story.md",
    ]));
    let v = json(&r);
    let story = &v["documents"][0]["stories"][0];
    assert_eq!(story["english"], false);
    assert!(story["principles"].as_array().unwrap().is_empty());
    assert_eq!(story["findings"][0]["code"], "I003");
    assert!(story["measures"]["words"].as_u64().unwrap() > 0);
}

#[test]
fn principles_lists_the_pack() {
    let r = run(starcheck().arg("principles"));
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("Customer Obsession (customer-obsession)"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.matches(" (").count(), 16, "{}", r.stdout);
}

#[test]
fn match_shows_each_requirement_with_its_evidence() {
    let r = run(starcheck().args([
        "match",
        "examples/resume-improved.md",
        "--job",
        "examples/job-sde-intern.txt",
    ]));
    assert_eq!(r.code, 1, "a basic qualification is missing: {}", r.stderr);
    assert!(r.stdout.contains("Basic qualifications"), "{}", r.stdout);
    assert!(
        r.stdout.contains("Preferred qualifications"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("J001 missing-basic-qualification"),
        "{}",
        r.stdout
    );
    insta::assert_snapshot!("match_resume_improved", r.stdout);
}

#[test]
fn match_json_has_the_documented_shape() {
    let r = run(starcheck().args([
        "match",
        "examples/resume-improved.md",
        "--job",
        "examples/job-sde-intern.txt",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v = json(&r);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["company"], "Harborlight Systems");
    let m = &v["match"];
    let score = m["score"].as_u64().expect("score");
    assert!(score <= 100);
    assert!(m["basic_coverage"].as_f64().is_some());
    assert!(m["preferred_coverage"].as_f64().is_some());
    let reqs = m["requirements"].as_array().expect("requirements");
    assert_eq!(reqs.len(), 10);
    let resume = std::fs::read_to_string("examples/resume-improved.md").expect("example");
    for req in reqs {
        let section = req["section"].as_str().expect("section");
        assert!(["basic", "preferred", "other"].contains(&section));
        let status = req["status"].as_str().expect("status");
        assert!(["matched", "partial", "missing"].contains(&status));
        assert!(req["terms"].is_array());
        for e in req["evidence"].as_array().expect("evidence") {
            let (start, end) = (
                e["start"].as_u64().expect("start") as usize,
                e["end"].as_u64().expect("end") as usize,
            );
            assert_eq!(&resume[start..end], e["text"].as_str().expect("text"));
            let line = resume[..start].matches('\n').count() + 1;
            assert_eq!(e["line"].as_u64(), Some(line as u64));
        }
    }
    let findings = v["findings"].as_array().expect("findings");
    assert!(findings.iter().any(|f| f["code"] == "J001"));
    assert!(findings
        .iter()
        .all(|f| f["path"] == "examples/job-sde-intern.txt"));
}

#[test]
fn match_errors_name_the_file() {
    let r = run(starcheck().args([
        "match",
        "no-such-resume.md",
        "--job",
        "examples/job-sde-intern.txt",
    ]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-resume.md"), "{}", r.stderr);
    let r = run(starcheck().args([
        "match",
        "examples/resume-improved.md",
        "--job",
        "no-such-posting.txt",
    ]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-posting.txt"), "{}", r.stderr);
    let r = run(starcheck().args(["match", "examples/resume-improved.md"]));
    assert_eq!(r.code, 2, "--job is required");
}

#[test]
fn match_output_file_is_written_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("match.json");
    let r = run(starcheck()
        .args([
            "match",
            "examples/resume-improved.md",
            "--job",
            "examples/job-sde-intern.txt",
            "--format",
            "json",
            "-o",
        ])
        .arg(&out));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let text = std::fs::read_to_string(&out).expect("written");
    let v: Value = serde_json::from_str(&text).expect("whole JSON");
    assert_eq!(v["schema_version"], 1);
}

#[test]
fn check_letter_against_a_posting_finds_the_wrong_company() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = std::fs::read_to_string("examples/cover-letter.txt").expect("example");
    let letter = original.replace(
        "I am especially interested in serverless architectures",
        "I would love to join Contoso's platform team, and I am especially interested in serverless architectures",
    );
    let path = write(dir.path(), "letter.txt", letter.as_bytes());
    let r = run(starcheck()
        .args([
            "check",
            "--job",
            "examples/job-sde-intern.txt",
            "--format",
            "json",
        ])
        .arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v = json(&r);
    let codes: Vec<&str> = v["documents"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert!(codes.contains(&"C004"), "{codes:?}");
    let r = run(starcheck().args([
        "check",
        "--job",
        "examples/job-sde-intern.txt",
        "examples/cover-letter.txt",
        "--format",
        "json",
    ]));
    let v = json(&r);
    let codes: Vec<&str> = v["documents"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert!(
        !codes.contains(&"C004") && !codes.contains(&"C002"),
        "{codes:?}"
    );
    let r = run(starcheck().args([
        "check",
        "--job",
        "no-such-posting.txt",
        "examples/cover-letter.txt",
    ]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-posting.txt"), "{}", r.stderr);
}

#[test]
fn extract_prints_the_analysed_text_with_pages_marked() {
    let pdf = "tests/fixtures/documents/resume-improved-twocol.pdf";
    let r = run(starcheck().args(["extract", pdf]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("── page 1 ──\n"), "{}", r.stdout);
    assert!(r.stdout.contains("\n── page 2 ──\n"), "{}", r.stdout);
    // The numbered lines are the lines findings point at.
    let raw = run(starcheck().args(["extract", "--raw", pdf]));
    let numbered: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| !l.starts_with("── page"))
        .map(|l| l.split_once(" | ").map_or("", |(_, text)| text))
        .collect();
    let raw_lines: Vec<&str> = raw.stdout.lines().collect();
    assert_eq!(numbered, raw_lines);
    assert!(raw
        .stdout
        .contains("• Automated 6 manual shipping-report scripts"));
}

#[test]
fn extract_of_an_unreadable_file_names_it_and_exits_two() {
    let r = run(starcheck().args(["extract", "tests/fixtures/documents/scanned.pdf"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(
            "tests/fixtures/documents/scanned.pdf: cannot read this PDF file: no text layer"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn pdf_findings_name_their_page() {
    let r = run(starcheck().args(["check", "tests/fixtures/documents/resume-weak-onecol.pdf"]));
    assert_eq!(r.code, 1);
    let first = r.stdout.lines().next().unwrap_or("");
    assert!(first.ends_with("(page 1)"), "{first}");
    assert!(r.stdout.contains("(page 2)"), "{}", r.stdout);
    let r = run(starcheck().args([
        "check",
        "--format",
        "json",
        "tests/fixtures/documents/resume-weak-onecol.pdf",
        "examples/resume-weak.md",
    ]));
    let v = json(&r);
    let pages: Vec<i64> = v["documents"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["page"].as_i64().expect("every PDF finding has a page"))
        .collect();
    assert_eq!(pages.first(), Some(&1));
    assert_eq!(pages.last(), Some(&2));
    assert!(pages.windows(2).all(|w| w[0] <= w[1]));
    assert!(v["documents"][1]["findings"][0].get("page").is_none());
}

#[test]
fn folders_of_pdf_and_docx_files_are_scored_and_bad_files_are_rows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents");
    for name in [
        "resume-weak-onecol.pdf",
        "resume-weak-onecol.docx",
        "scanned.pdf",
        "zip-bomb.docx",
    ] {
        std::fs::copy(fixtures.join(name), dir.path().join(name)).expect("copied");
    }
    let r = run(starcheck()
        .args(["score", "--format", "json"])
        .arg(dir.path()));
    assert_eq!(r.code, 2, "unreadable files make the status 2");
    let v = json(&r);
    let docs = v["documents"].as_array().unwrap();
    let names: Vec<&str> = docs
        .iter()
        .map(|d| {
            d["path"]
                .as_str()
                .unwrap()
                .rsplit(['/', '\\'])
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        names,
        vec![
            "resume-weak-onecol.docx",
            "resume-weak-onecol.pdf",
            "scanned.pdf",
            "zip-bomb.docx"
        ]
    );
    assert_eq!(docs[0]["format"], "docx");
    assert_eq!(docs[1]["format"], "pdf");
    assert_eq!(docs[0]["score"], docs[1]["score"]);
    assert!(docs[2]["error"].as_str().unwrap().contains("scanned image"));
    assert!(docs[3]["error"].as_str().unwrap().contains("zip bomb"));
}

#[test]
fn a_pdf_on_stdin_is_recognised() {
    let bytes = std::fs::read("tests/fixtures/documents/resume-improved-onecol.pdf").unwrap();
    let r = run(starcheck()
        .args(["extract", "--raw", "-"])
        .write_stdin(bytes));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("Jordan Lee\n"), "{}", r.stdout);
}

/// A one-page PDF whose page has no MediaBox, on which the PDF text crate panics.
fn pdf_without_media_box() -> Vec<u8> {
    use lopdf::{dictionary, Object, Stream};
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let content = b"BT /F1 12 Tf 72 700 Td (Cut costs by 40 percent for 3 teams) Tj ET".to_vec();
    let content = doc.add_object(Stream::new(dictionary! {}, content));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("saved");
    bytes
}

#[test]
fn a_parser_panic_is_a_quiet_error_row_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(dir.path(), "a-bad.pdf", pdf_without_media_box());
    let r = run(starcheck()
        .args(["score", "--format", "json", "examples/resume-improved.md"])
        .arg(&bad)
        .arg("tests/fixtures/documents/resume-improved-onecol.docx"));
    assert_eq!(r.code, 2);
    let v = json(&r);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    assert!(docs[1]["error"]
        .as_str()
        .unwrap()
        .contains("the parser failed"));
    assert_eq!(docs[2]["score"], 100);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}
