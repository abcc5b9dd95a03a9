//! What the integration tests share: running the real `sponsor-desk` binary on a database in a
//! temp dir, and reading what it printed. Each test binary uses only part of it.
#![allow(dead_code)]

pub mod desktop;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The binary cargo built for this test run: the same one a user runs.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_sponsor-desk"))
}

/// A database file in its own temp dir, removed with the dir when the test ends.
pub struct TempDb {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

impl TempDb {
    pub fn new(name: &str) -> TempDb {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let path = dir.path().join(name);
        TempDb { dir, path }
    }

    /// A database filled with the small demo (seed 1).
    pub fn with_demo(name: &str) -> TempDb {
        let db = TempDb::new(name);
        db.run(&["demo"]).success();
        db
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `sponsor-desk --db <this> <args...>`.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut all = vec!["--db", path_str(&self.path)];
        all.extend_from_slice(args);
        run(&all)
    }

    /// The whole database as exported JSON text.
    pub fn export(&self) -> String {
        self.run(&["export"]).success().stdout
    }

    /// `sponsors --json`, parsed.
    pub fn sponsors(&self) -> Vec<serde_json::Value> {
        let out = self.run(&["sponsors", "--json"]).success().stdout;
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("sponsors --json is not JSON: {e}"))
    }
}

pub fn path_str(path: &Path) -> &str {
    path.to_str()
        .unwrap_or_else(|| panic!("test paths are UTF-8: {}", path.display()))
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts exit 0 and returns the run for its output.
    pub fn success(self) -> Run {
        self.code(0)
    }

    /// Asserts the exit code, showing everything the binary said when it differs.
    pub fn code(self, expected: i32) -> Run {
        assert_eq!(
            self.code,
            Some(expected),
            "sponsor-desk {:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.args,
            self.stdout,
            self.stderr
        );
        self
    }
}

pub fn run(args: &[&str]) -> Run {
    let output: Output = Command::new(binary())
        .args(args)
        // The CLI must work with no display at all.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", binary().display()));
    Run {
        args: args.iter().map(|a| a.to_string()).collect(),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}
