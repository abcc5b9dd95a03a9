//! The `brief`, `committee-pack` and `briefs` subcommands: real PDFs of the small demo, 1-3
//! page briefs, a pack per meeting, one brief per attendee, and exit 4 for unknown ids.

use std::process::Command;

use crate::support::{path_str, TempDb};

fn pages(path: &std::path::Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("pdfinfo (poppler-utils) is needed: {e}"));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

#[test]
fn brief_writes_a_short_pdf_and_unknown_sponsor_exits_4() {
    let db = TempDb::with_demo("p.sqlite");
    let id = db.sponsors()[0]["id"].to_string();
    let out = db.file("brief.pdf");
    db.run(&["brief", "--sponsor", &id, "--out", path_str(&out)])
        .success();
    let n = pages(&out);
    assert!((1..=3).contains(&n), "{n} pages");
    let missing = db.file("missing.pdf");
    db.run(&["brief", "--sponsor", "99999", "--out", path_str(&missing)])
        .code(4);
    assert!(!missing.exists(), "a failed brief writes nothing");
}

#[test]
fn committee_pack_and_briefs_for_a_meeting() {
    let db = TempDb::with_demo("p.sqlite");
    let out = db.file("pack.pdf");
    db.run(&["committee-pack", "--meeting", "1", "--out", path_str(&out)])
        .success();
    assert!(pages(&out) >= 2);
    db.run(&[
        "committee-pack",
        "--meeting",
        "99999",
        "--out",
        path_str(&out),
    ])
    .code(4);
    let dir = db.file("briefs");
    std::fs::create_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    db.run(&["briefs", "--meeting", "1", "--out-dir", path_str(&dir)])
        .success();
    let written = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert!(written >= 2, "{written} briefs");
    db.run(&["briefs", "--meeting", "99999", "--out-dir", path_str(&dir)])
        .code(4);
}
