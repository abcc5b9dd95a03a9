//! CSV import of sponsors and org units (the CLI.md contract): the header guessed to fields,
//! a preview with per-row problems, then all rows in one transaction or none. Streamed row by row.

mod export;
mod fields;
mod model;
mod rows;
mod source;
mod units;
mod values;

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::Transaction;

pub use export::{sponsors_csv, SPONSOR_COLUMNS};
pub use fields::{fields, CsvField, CsvKind};
pub use model::{
    CsvCellError, CsvColumn, CsvImportSummary, CsvOptions, CsvPreview, CsvPreviewRow, CsvProgress,
};
pub use source::CELL_MAX;

use crate::error::{CoreError, Result};
use crate::Store;
use rows::{Columns, Outcome, Written};
use source::Source;

/// Progress is reported every this many rows (and at the end).
const PROGRESS_EVERY: u32 = 200;

/// The kind a file name suggests: "org-units.csv", "Org Units.csv" and "units.csv" hold org units.
pub fn kind_from_file_name(name: &str) -> CsvKind {
    let key = fields::normalize(name);
    if key.contains("orgunit") || key.contains("units") || key.starts_with("org") {
        CsvKind::OrgUnits
    } else {
        CsvKind::Sponsors
    }
}

fn open<R: Read>(input: R, options: &CsvOptions) -> Result<(Source<R>, Columns)> {
    let source = Source::open(input)?;
    let mapping = fields::map_columns(options.kind, &source.headers, &options.mapping)?;
    let cols = Columns {
        headers: source.headers.clone(),
        mapping,
    };
    Ok((source, cols))
}

fn missing_sentences(kind: CsvKind, cols: &Columns) -> Vec<String> {
    fields::missing_required(kind, &cols.mapping)
        .into_iter()
        .map(|f| {
            format!(
                "no column fills the required field {} ({}); add that column or map one of: {} to it",
                f.name,
                f.label,
                cols.headers.join(", ")
            )
        })
        .collect()
}

/// Reads the first `limit` rows and checks them against the database without writing anything
/// (they run in a transaction that is rolled back), so each row shows the problems import would hit.
pub fn preview<R: Read>(
    store: &Store,
    input: R,
    options: &CsvOptions,
    limit: usize,
) -> Result<CsvPreview> {
    let (mut source, cols) = open(input, options)?;
    let missing = missing_sentences(options.kind, &cols);
    let mut rows = Vec::new();
    let mut file_error = None;
    let mut more = false;
    // Dropped without commit: a rollback, whatever the rows created.
    let tx = store.conn().unchecked_transaction()?;
    let mut pending = Vec::new();
    let mut units_added = 0;
    let mut written = Written::default();
    loop {
        let record = match source.next() {
            Ok(Some(r)) => r,
            Ok(None) => break,
            Err(e) => {
                file_error = Some(e.to_string());
                break;
            }
        };
        if rows.len() >= limit {
            more = true;
            break;
        }
        let errors = if missing.is_empty() {
            match row(
                &tx,
                options.kind,
                &cols,
                record.row,
                &record.cells,
                &mut units_added,
                &mut written,
            )? {
                Ok(p) => {
                    pending.extend(p);
                    Vec::new()
                }
                Err(errors) => errors,
            }
        } else {
            Vec::new()
        };
        rows.push(CsvPreviewRow {
            row: record.row as u32,
            cells: record.cells,
            errors,
        });
    }
    for p in &pending {
        if let Err(errors) = rows::reports_to(&tx, &cols, p)? {
            if let Some(r) = rows.iter_mut().find(|r| u64::from(r.row) == p.row) {
                r.errors.extend(errors);
            }
        }
    }
    drop(tx);
    Ok(CsvPreview {
        kind: options.kind,
        delimiter: (source.delimiter as char).to_string(),
        columns: cols
            .headers
            .iter()
            .zip(&cols.mapping)
            .map(|(h, f)| CsvColumn {
                header: h.clone(),
                field: f.map(str::to_string),
            })
            .collect(),
        fields: fields(options.kind),
        missing,
        rows,
        more,
        file_error,
    })
}

/// One row of either kind; a sponsor row may leave a reports-to to resolve at the end.
fn row(
    tx: &Transaction,
    kind: CsvKind,
    cols: &Columns,
    row: u64,
    cells: &[String],
    units_added: &mut u32,
    written: &mut Written,
) -> Result<std::result::Result<Option<rows::Pending>, Vec<CsvCellError>>> {
    Ok(match kind {
        CsvKind::Sponsors => rows::sponsor(tx, cols, row, cells, units_added, written)?.map(Some),
        CsvKind::OrgUnits => {
            rows::org_unit(tx, cols, row, cells, units_added, written)?.map(|outcome| {
                Some(rows::Pending {
                    row,
                    sponsor: 0,
                    boss: None,
                    outcome,
                })
            })
        }
    })
}

fn refused(errors: Vec<CsvCellError>) -> CoreError {
    let first = errors.first();
    // The row's other problems follow, so one run shows everything to fix in that row.
    let extra: String = errors
        .iter()
        .skip(1)
        .map(|e| match &e.column {
            Some(c) => format!("; also column \"{c}\": {}", e.message),
            None => format!("; also {}: {}", e.field, e.message),
        })
        .collect();
    CoreError::InvalidImport {
        location: first
            .map(|e| match &e.column {
                Some(c) => format!("row {}, column \"{c}\"", e.row),
                None => format!("row {}", e.row),
            })
            .unwrap_or_else(|| "CSV".into()),
        field: first.map(|e| e.field.clone()),
        message: format!(
            "{}{extra}; nothing was imported",
            first.map(|e| e.message.as_str()).unwrap_or("invalid row")
        ),
    }
}

/// Imports every row in one transaction: on the first problem (or a cancel) nothing is written.
/// `cancel` is checked between rows; `progress` hears about every few hundred rows.
pub fn import<R: Read>(
    store: &mut Store,
    input: R,
    options: &CsvOptions,
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(CsvProgress),
) -> Result<CsvImportSummary> {
    let (mut source, cols) = open(input, options)?;
    if let Some(sentence) = missing_sentences(options.kind, &cols).into_iter().next() {
        return Err(CoreError::InvalidImport {
            location: "row 1 (header)".into(),
            field: fields::missing_required(options.kind, &cols.mapping)
                .first()
                .map(|f| f.name.clone()),
            message: sentence,
        });
    }
    let kind = options.kind;
    store.write(|tx| {
        let mut summary = CsvImportSummary::default();
        let mut pending = Vec::new();
        let mut written = Written::default();
        let mut done: u32 = 0;
        while let Some(record) = source.next()? {
            if cancel.load(Ordering::Relaxed) {
                return Err(cancelled(record.row));
            }
            match row(
                tx,
                kind,
                &cols,
                record.row,
                &record.cells,
                &mut summary.org_units_created,
                &mut written,
            )? {
                Ok(p) => pending.extend(p),
                Err(errors) => return Err(refused(errors)),
            }
            done += 1;
            if done.is_multiple_of(PROGRESS_EVERY) {
                progress(CsvProgress {
                    rows: done,
                    bytes: u32::try_from(source.bytes_read()).unwrap_or(u32::MAX),
                });
            }
        }
        for p in &mut pending {
            if cancel.load(Ordering::Relaxed) {
                return Err(cancelled(p.row));
            }
            match rows::reports_to(tx, &cols, p)? {
                Err(errors) => return Err(refused(errors)),
                // A new boss is a change to a person the first pass found unchanged.
                Ok(true) if p.outcome == Outcome::Unchanged => p.outcome = Outcome::Updated,
                Ok(_) => {}
            }
        }
        progress(CsvProgress {
            rows: done,
            bytes: u32::try_from(source.bytes_read()).unwrap_or(u32::MAX),
        });
        for p in &pending {
            match p.outcome {
                Outcome::Added => summary.added += 1,
                Outcome::Updated => summary.updated += 1,
                Outcome::Unchanged => summary.unchanged += 1,
            }
        }
        Ok(summary)
    })
}

fn cancelled(row: u64) -> CoreError {
    CoreError::InvalidImport {
        location: format!("row {row}"),
        field: None,
        message: "the import was cancelled; nothing was imported".into(),
    }
}
