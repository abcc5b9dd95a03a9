//! Two CLI writers on one database file at once: each either finishes or fails cleanly with
//! exit 5 (locked), every id either one acknowledged is present, and the file passes its checks.

use std::process::{Command, Stdio};

use crate::support::TempDb;

#[test]
fn two_writers_on_one_file_finish_or_fail_cleanly_without_corruption() {
    let db = TempDb::new("shared.sqlite");
    let start = |tag: &str| {
        Command::new(crate::support::binary())
            .args(["--db", crate::support::path_str(&db.path), "__write-loop"])
            .args(["--count", "60", "--tag", tag])
            .env_remove("DISPLAY")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start a writer: {e}"))
    };
    let writers = [start("a"), start("b")];
    let mut outputs = Vec::new();
    for (tag, child) in ["a", "b"].into_iter().zip(writers) {
        outputs.push((tag, child.wait_with_output()));
    }
    let all = db.sponsors();
    let mut acknowledged = 0;
    for (tag, out) in outputs {
        let out = out.unwrap_or_else(|e| panic!("writer {tag}: {e}"));
        let code = out.status.code();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            code == Some(0) || code == Some(5),
            "writer {tag} exited {code:?}: {stderr}"
        );
        if code == Some(5) {
            assert!(stderr.contains("lock"), "writer {tag}: {stderr}");
        }
        let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        if code == Some(0) {
            assert_eq!(
                ids.len(),
                60,
                "writer {tag} finished but acknowledged {}",
                ids.len()
            );
        }
        for (n, id) in ids.iter().enumerate() {
            let name = format!("Sponsor {tag} {n}");
            assert!(
                all.iter().any(
                    |s| s["id"].as_i64().map(|i| i.to_string()).as_ref() == Some(id)
                        && s["name"] == name.as_str()
                ),
                "writer {tag}: acknowledged sponsor {id} ({name}) is missing"
            );
            acknowledged += 1;
        }
    }
    assert!(acknowledged > 0, "neither writer wrote anything");
    db.run(&["check"]).success();
}
