//! Helpers shared by the command-line tests: run the binary from the repository root and
//! capture what it printed, parse JSON, write input files.

// Each test binary compiles this module on its own and uses only some of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The `starcheck` binary, run from the repository root, without forced colour.
pub(crate) fn starcheck() -> Command {
    let mut cmd = Command::cargo_bin("starcheck").expect("binary builds");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("CLICOLOR_FORCE");
    cmd
}

/// What a run printed, and its exit status.
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

pub(crate) fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// `text` parsed as JSON, or a panic that shows it.
pub(crate) fn parse_json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// A run's standard output parsed as JSON.
pub(crate) fn json(run: &Run) -> Value {
    parse_json(&run.stdout)
}

/// Write `contents` to `dir/name`, making the folders it needs.
pub(crate) fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder made");
    }
    std::fs::write(&path, contents).expect("file written");
    path
}
