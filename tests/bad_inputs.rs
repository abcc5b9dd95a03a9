//! The bad-input table: import files (JSON, and CSV into a database with data) and CLI flags a
//! user or a script could plausibly pass, each refused with its documented exit code, a message
//! that names the field (or flag, or file, or row and column), and the database's content
//! unchanged (export before = export after). Cases already in cli.rs
//! (malformed JSON, an unknown field, a missing org unit, a missing file) are not repeated.

use std::sync::OnceLock;

use crate::support::TempDb;
use serde_json::Value;

/// What a case feeds the binary.
enum Input {
    /// The demo export with one change, imported into an empty database.
    Json(fn(&mut Value)),
    /// The demo export's compact text turned into these bytes, imported into an empty database.
    Raw(fn(&str) -> Vec<u8>),
    /// These arguments, run on a database holding the demo.
    Flags(&'static [&'static str]),
    /// These bytes as `bad.csv` of sponsors, imported into a database holding the demo.
    Csv(fn() -> Vec<u8>),
}

struct Case {
    name: &'static str,
    input: Input,
    code: i32,
    /// What stderr must contain: the field, flag or file the message is about.
    names: &'static str,
}

/// The demo export, computed once for the whole table.
fn demo_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let db = TempDb::with_demo("demo.sqlite");
        let value: Value = serde_json::from_str(&db.export())
            .unwrap_or_else(|e| panic!("export is not JSON: {e}"));
        value.to_string()
    })
}

fn demo() -> Value {
    serde_json::from_str(demo_text()).unwrap_or_else(|e| panic!("{e}"))
}

/// Replaces the first `from` in the export text: for values serde_json cannot even represent.
fn replace_first(text: &str, from: &str, to: &str) -> Vec<u8> {
    assert!(text.contains(from), "the demo export has no {from:?}");
    text.replacen(from, to, 1).into_bytes()
}

fn cases() -> Vec<Case> {
    use Input::{Flags, Json, Raw};
    let case = |name, input, code, names| Case {
        name,
        input,
        code,
        names,
    };
    vec![
        // Wrong types.
        case(
            "tier as text",
            Json(|v| v["sponsors"][0]["tier"] = "high".into()),
            3,
            "field tier",
        ),
        case(
            "tier out of range",
            Json(|v| v["sponsors"][0]["tier"] = 7.into()),
            3,
            "field tier",
        ),
        case(
            "influence as a fraction",
            Json(|v| v["sponsors"][0]["influence"] = 3.5.into()),
            3,
            "field influence",
        ),
        case(
            "influence negative",
            Json(|v| v["sponsors"][0]["influence"] = (-1).into()),
            3,
            "field influence",
        ),
        case(
            "name as a number",
            Json(|v| v["sponsors"][0]["name"] = 42.into()),
            3,
            "field name",
        ),
        case(
            "sponsors as an object",
            Json(|v| v["sponsors"] = serde_json::json!({"a": 1})),
            3,
            "\"sponsors\" must be a list",
        ),
        case(
            "a sponsor that is null",
            Json(|v| v["sponsors"][0] = Value::Null),
            3,
            "sponsors[0]",
        ),
        case(
            "coverage as text",
            Json(|v| v["initiatives"][0]["required_coverage"]["executive"] = "one".into()),
            3,
            "field required_coverage",
        ),
        case(
            "done as text",
            Json(|v| v["initiative_milestones"][0]["done"] = "yes".into()),
            3,
            "field done",
        ),
        case(
            "sponsor ids as text",
            Json(|v| v["touchpoints"][0]["sponsor_ids"] = "1,2".into()),
            3,
            "field sponsor_ids",
        ),
        // Missing required fields.
        case(
            "sponsor without name",
            Json(|v| remove(&mut v["sponsors"][0], "name")),
            3,
            "missing field `name`",
        ),
        case(
            "sponsor without tier",
            Json(|v| remove(&mut v["sponsors"][0], "tier")),
            3,
            "missing field `tier`",
        ),
        case(
            "org unit without kind",
            Json(|v| remove(&mut v["org_units"][0], "kind")),
            3,
            "missing field `kind`",
        ),
        case(
            "touchpoint without date",
            Json(|v| remove(&mut v["touchpoints"][0], "occurred_on")),
            3,
            "missing field `occurred_on`",
        ),
        case(
            "decision without title",
            Json(|v| remove(&mut v["decisions"][0], "title")),
            3,
            "missing field `title`",
        ),
        // Bad values.
        case(
            "empty name",
            Json(|v| v["sponsors"][0]["name"] = "  ".into()),
            3,
            "name is required",
        ),
        case(
            "unknown stance",
            Json(|v| v["sponsors"][0]["stance"] = "enthusiast".into()),
            3,
            "field stance",
        ),
        case(
            "unknown org unit kind",
            Json(|v| v["org_units"][0]["kind"] = "galaxy".into()),
            3,
            "field kind",
        ),
        case(
            "unknown sponsorship role",
            Json(|v| v["sponsorships"][0]["role"] = "cheerleader".into()),
            3,
            "field role",
        ),
        case(
            "bad email",
            Json(|v| v["sponsors"][0]["email"] = "not an email".into()),
            3,
            "is not an email address",
        ),
        case(
            "huge name",
            Json(|v| v["sponsors"][0]["name"] = "x".repeat(100_000).into()),
            3,
            "name must be at most 200 characters",
        ),
        case(
            "unknown currency",
            Json(|v| v["quick_wins"][0]["savings"]["currency"] = "XYZ".into()),
            3,
            "currency code",
        ),
        // Dates.
        case(
            "touchpoint on 2026-02-30",
            Json(|v| v["touchpoints"][0]["occurred_on"] = "2026-02-30".into()),
            3,
            "field occurred_on",
        ),
        case(
            "month 13",
            Json(|v| v["initiatives"][0]["start_date"] = "2026-13-01".into()),
            3,
            "field start_date",
        ),
        case(
            "day-first date",
            Json(|v| v["meetings"][0]["scheduled_on"] = "15/04/2026".into()),
            3,
            "field scheduled_on",
        ),
        case(
            "created_at not a timestamp",
            Json(|v| v["sponsors"][0]["created_at"] = "yesterday".into()),
            3,
            "field created_at",
        ),
        case(
            "history stamp not a timestamp",
            Json(|v| v["history"][0]["at"] = "2026-02-30T09:00:00Z".into()),
            3,
            "field at",
        ),
        case(
            "departed without a date",
            Json(|v| {
                v["sponsors"][0]["status"] = "departed".into();
                v["sponsors"][0]["status_date"] = Value::Null;
            }),
            3,
            "field status_date",
        ),
        // Duplicates and dangling references.
        case(
            "duplicate sponsor id",
            Json(|v| {
                let first = v["sponsors"][0]["id"].clone();
                v["sponsors"][1]["id"] = first;
            }),
            3,
            "id 1 appears more than once in \"sponsors\"",
        ),
        case(
            "duplicate org unit id",
            Json(|v| {
                let first = v["org_units"][0]["id"].clone();
                v["org_units"][1]["id"] = first;
            }),
            3,
            "id 1 appears more than once in \"org_units\"",
        ),
        case(
            "dangling reports_to",
            Json(|v| v["sponsors"][0]["reports_to_id"] = 999_999.into()),
            3,
            "field reports_to_id",
        ),
        case(
            "dangling initiative",
            Json(|v| v["sponsorships"][0]["initiative_id"] = 999_999.into()),
            3,
            "field initiative_id",
        ),
        case(
            "dangling supersedes",
            Json(|v| v["decisions"][0]["supersedes_id"] = 999_999.into()),
            3,
            "field supersedes_id",
        ),
        case(
            "dangling metric",
            Json(|v| v["metric_values"][0]["metric_id"] = 999_999.into()),
            3,
            "field metric_id",
        ),
        case(
            "dangling story",
            Json(|v| v["quotes"][0]["story_id"] = 999_999.into()),
            3,
            "field story_id",
        ),
        case(
            "org unit its own parent",
            Json(|v| {
                let id = v["org_units"][0]["id"].clone();
                v["org_units"][0]["parent_id"] = id;
            }),
            3,
            "loop of \"parent_id\" references",
        ),
        // The file as a whole.
        case(
            "another format",
            Json(|v| v["format"] = "some-other-app".into()),
            3,
            "\"format\" must be",
        ),
        case(
            "a future version",
            Json(|v| v["version"] = 99.into()),
            3,
            "\"version\" must be 1",
        ),
        case(
            "an array, not an object",
            Json(|v| *v = serde_json::json!([1, 2])),
            3,
            "one JSON object",
        ),
        case(
            "number 1e309",
            Raw(|t| replace_first(t, "\"influence\":4", "\"influence\":1e309")),
            3,
            "bad.json",
        ),
        case("empty file", Raw(|_| Vec::new()), 3, "bad.json"),
        case(
            "UTF-16 text",
            Raw(|t| t.encode_utf16().flat_map(u16::to_le_bytes).collect()),
            3,
            "bad.json",
        ),
        case(
            "Latin-1 byte in a name",
            Raw(|t| {
                let mut bytes = replace_first(t, "Joint Command", "Joint Comm\u{e9}nd");
                let at = bytes
                    .windows(2)
                    .position(|w| w == [0xC3, 0xA9])
                    .unwrap_or(0);
                bytes.splice(at..at + 2, [0xE9]);
                bytes
            }),
            3,
            "bad.json",
        ),
        case(
            "nesting 100000 deep",
            Raw(|_| "[".repeat(100_000).into_bytes()),
            3,
            "bad.json",
        ),
        // CLI flags on a database with data.
        case(
            "--as-of 2026-02-30",
            Flags(&["warnings", "--as-of", "2026-02-30"]),
            2,
            "--as-of",
        ),
        case(
            "what-if --on 2026-02-30",
            Flags(&["what-if", "--depart", "1", "--on", "2026-02-30"]),
            2,
            "--on",
        ),
        case(
            "--depart not an id",
            Flags(&["what-if", "--depart", "abc"]),
            2,
            "--depart",
        ),
        case(
            "--depart unknown",
            Flags(&["what-if", "--depart", "999999"]),
            4,
            "999999",
        ),
        case("--tier 9", Flags(&["sponsors", "--tier", "9"]), 2, "--tier"),
        case(
            "--tier 1e309",
            Flags(&["sponsors", "--tier", "1e309"]),
            2,
            "--tier",
        ),
        case(
            "demo --size huge",
            Flags(&["demo", "--size", "huge"]),
            2,
            "--size",
        ),
        case("demo --seed -1", Flags(&["demo", "--seed=-1"]), 2, "--seed"),
        case("demo on data", Flags(&["demo"]), 3, "demo"),
        case(
            "import into data",
            Flags(&["import", "/dev/null"]),
            3,
            "null",
        ),
        case(
            "calendar --as-of",
            Flags(&["calendar", "--out", "/tmp/x.ics", "--as-of", "2026-02-30"]),
            2,
            "--as-of",
        ),
        case(
            "export into a missing folder",
            Flags(&["export", "--out", "/nonexistent-dir/x.json"]),
            3,
            "/nonexistent-dir/x.json",
        ),
        case(
            "backup onto /proc",
            Flags(&["backup", "--out", "/proc/sponsor-desk.sqlite"]),
            3,
            "/proc/sponsor-desk.sqlite",
        ),
        case(
            "restore of a folder",
            Flags(&["restore", "/tmp"]),
            5,
            "/tmp",
        ),
    ]
}

/// A spreadsheet of sponsors: the header most exports have, then `rows`.
fn sheet(rows: &str) -> Vec<u8> {
    format!("Full name,Job title,E-mail,Department,Manager,Tier,Status,Status date\n{rows}")
        .into_bytes()
}

/// One good row with `cell` (0-based) replaced.
fn row_with(cell: usize, value: &str) -> Vec<u8> {
    let mut cells = [
        "Zoe Quist",
        "Head of Data",
        "zoe@desk.example",
        "Sales",
        "",
        "2",
        "active",
        "",
    ];
    cells[cell] = value;
    sheet(&format!("{}\n", cells.join(",")))
}

fn csv_cases() -> Vec<Case> {
    use Input::{Csv, Raw};
    let case = |name, input, code, names| Case {
        name,
        input,
        code,
        names,
    };
    vec![
        case(
            "CSV in UTF-16",
            Csv(|| {
                let text = String::from_utf8_lossy(&row_with(0, "Zoe")).into_owned();
                [0xFF, 0xFE]
                    .into_iter()
                    .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                    .collect()
            }),
            3,
            "row 1, column 1",
        ),
        case(
            "CSV Latin-1 byte in a name",
            Csv(|| {
                let mut bytes = row_with(0, "Zo#");
                if let Some(at) = bytes.iter().position(|b| *b == b'#') {
                    bytes[at] = 0xE9;
                }
                bytes
            }),
            3,
            "row 2, column 1 \"Full name\"",
        ),
        case(
            "CSV cell over 100 KB",
            Csv(|| row_with(1, &"x".repeat(100 * 1024 + 1))),
            3,
            "row 2, column 2 \"Job title\"",
        ),
        case(
            "CSV row of 10000 cells",
            Csv(|| sheet(&format!("Zoe{}\n", ",x".repeat(10_000)))),
            3,
            "row 2: this row has 10001 cells",
        ),
        case(
            "CSV tier as text",
            Csv(|| row_with(5, "high")),
            3,
            "row 2, column \"Tier\"",
        ),
        case(
            "CSV tier 1e309",
            Csv(|| row_with(5, "1e309")),
            3,
            "row 2, column \"Tier\"",
        ),
        case(
            "CSV status date 2026-02-30",
            Csv(|| row_with(7, "2026-02-30")),
            3,
            "row 2, column \"Status date\"",
        ),
        case(
            "CSV without a name column",
            Csv(|| b"Job title,E-mail,Department\nHead,zoe@desk.example,Sales\n".to_vec()),
            3,
            "required field name",
        ),
        case(
            "CSV empty name",
            Csv(|| row_with(0, "   ")),
            3,
            "row 2, column \"Full name\"",
        ),
        case(
            "CSV manager nobody is called",
            Csv(|| row_with(4, "Nobody Atall")),
            3,
            "row 2, column \"Manager\"",
        ),
        case(
            "CSV the same email on two rows",
            Csv(|| {
                sheet(
                    "Zoe Quist,,zoe@desk.example,Sales,,2,active,\n\
                     Zoe Q,,ZOE@desk.example,Sales,,3,active,\n",
                )
            }),
            3,
            "row 3, column \"E-mail\"",
        ),
        case(
            "CSV unknown id",
            Csv(|| b"id,Full name,Department\n999999,Zoe Quist,Sales\n".to_vec()),
            3,
            "row 2, column \"id\"",
        ),
        case(
            "CSV id as text",
            Csv(|| b"id,Full name,Department\nseven,Zoe Quist,Sales\n".to_vec()),
            3,
            "row 2, column \"id\"",
        ),
        case(
            "CSV header named twice",
            Csv(|| b"Full name,Department,Name\nZoe,Sales,Zoe\n".to_vec()),
            3,
            "\"Name\"",
        ),
        case(
            "CSV quote never closed",
            Csv(|| row_with(1, "\"Head of Data")),
            3,
            "row 2",
        ),
        case(
            "CSV BOM and semicolons, tier out of range",
            Csv(|| {
                let mut bytes = b"\xEF\xBB\xBFName;Department;Tier\n".to_vec();
                bytes.extend_from_slice(b"Zoe Quist;Sales;9\n");
                bytes
            }),
            3,
            "row 2, column \"Tier\"",
        ),
        case("CSV empty file", Csv(Vec::new), 3, "row 1"),
        case(
            "JSON BOM, then a tier as text",
            Raw(|t| {
                let mut value: Value = serde_json::from_str(t).unwrap_or_else(|e| panic!("{e}"));
                value["sponsors"][0]["tier"] = "high".into();
                format!("\u{feff}{value}").into_bytes()
            }),
            3,
            "field tier",
        ),
    ]
}

fn remove(record: &mut Value, field: &str) {
    if let Some(map) = record.as_object_mut() {
        map.remove(field);
    }
}

/// Runs one case; returns what went wrong, if anything.
fn run_case(case: &Case, with_data: &TempDb, csv_base: &TempDb) -> Option<String> {
    let (db, run) = match &case.input {
        Input::Csv(make) => {
            // A copy of a demo database nobody else opens, so a refused import can be compared.
            let target = TempDb::new("target.sqlite");
            std::fs::copy(&csv_base.path, &target.path).unwrap_or_else(|e| panic!("{e}"));
            let before = target.export();
            let file = target.file("bad.csv");
            std::fs::write(&file, make()).unwrap_or_else(|e| panic!("{e}"));
            let run = target.run(&["import", crate::support::path_str(&file)]);
            if target.export() != before {
                return Some(format!("{}: the import changed the database", case.name));
            }
            (None, run)
        }
        Input::Flags(args) => {
            let before = with_data.export();
            let run = with_data.run(args);
            (Some((with_data, before)), run)
        }
        Input::Json(_) | Input::Raw(_) => {
            let empty = TempDb::new("target.sqlite");
            let before = empty.export();
            let bytes = match &case.input {
                Input::Json(change) => {
                    let mut value = demo();
                    change(&mut value);
                    value.to_string().into_bytes()
                }
                Input::Raw(make) => make(demo_text()),
                Input::Flags(_) | Input::Csv(_) => unreachable!("handled above"),
            };
            let file = empty.file("bad.json");
            std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{e}"));
            let run = empty.run(&["import", crate::support::path_str(&file)]);
            let after = empty.export();
            if after != before {
                return Some(format!("{}: the import changed the database", case.name));
            }
            (None, run)
        }
    };
    if let Some((db, before)) = db {
        if db.export() != before {
            return Some(format!("{}: the command changed the database", case.name));
        }
    }
    if run.code != Some(case.code) {
        return Some(format!(
            "{}: exit {:?}, expected {}: {}",
            case.name, run.code, case.code, run.stderr
        ));
    }
    let named = case.names;
    if !run.stderr.contains(named) {
        return Some(format!(
            "{}: stderr does not name {:?}: {}",
            case.name, named, run.stderr
        ));
    }
    None
}

#[test]
fn every_bad_input_is_refused_by_name_and_changes_nothing() {
    let mut table = cases();
    table.extend(csv_cases());
    assert!(table.len() >= 40, "the table has {} cases", table.len());
    let with_data = TempDb::with_demo("data.sqlite");
    let csv_base = TempDb::with_demo("csv-base.sqlite");
    // Four at a time: each case is a few runs of the binary, mostly waiting on fsync.
    let chunk = table.len().div_ceil(4);
    let problems: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = table
            .chunks(chunk)
            .map(|cases| {
                let (with_data, csv_base) = (&with_data, &csv_base);
                scope.spawn(move || {
                    cases
                        .iter()
                        .filter_map(|case| run_case(case, with_data, csv_base))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|_| vec!["a worker panicked".into()])
            })
            .collect()
    });
    assert!(
        problems.is_empty(),
        "{} of {} bad inputs misbehaved:\n{}",
        problems.len(),
        table.len(),
        problems.join("\n")
    );
}

/// Was a finding: the core named the field `id`, but the CLI took "invalid" for a mention of
/// it and left it out of the message (now matched as a whole word).
#[test]
fn an_id_of_the_wrong_type_is_refused_by_field() {
    let db = TempDb::new("target.sqlite");
    let mut value = demo();
    value["sponsors"][0]["id"] = "seven".into();
    let file = db.file("bad.json");
    std::fs::write(&file, value.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let run = db.run(&["import", crate::support::path_str(&file)]).code(3);
    assert!(run.stderr.contains("field id"), "{}", run.stderr);
}

/// A UTF-8 byte-order mark is not a bad input: Windows editors write it, and the export imports.
#[test]
fn a_json_export_with_a_byte_order_mark_imports() {
    let db = TempDb::new("target.sqlite");
    let file = db.file("bom.json");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(demo_text().as_bytes());
    std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{e}"));
    db.run(&["import", crate::support::path_str(&file)])
        .success();
    let imported: Value = serde_json::from_str(&db.export()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported, demo());
}
