//! starcheck in continuous integration, end to end: failing levels and minimum scores with
//! their exit statuses and reasons, the machine formats (SARIF and GitHub annotations parsed
//! back), configuration files, inline suppressions and baselines.

use assert_cmd::Command;

fn starcheck() -> Command {
    let mut cmd = Command::cargo_bin("starcheck").expect("binary builds");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("CLICOLOR_FORCE");
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

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
