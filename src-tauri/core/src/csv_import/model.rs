//! The types of CSV import that cross IPC: options, the preview a mapping screen shows, the
//! problems of one cell, progress and the summary of an import.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::fields::{CsvField, CsvKind};

/// What to import and how columns map to fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvOptions {
    pub kind: CsvKind,
    /// Column header -> field name ("" ignores the column); columns not named are guessed.
    #[serde(default)]
    pub mapping: BTreeMap<String, String>,
}

/// A problem with one cell (or, when `column` is None, with a whole row).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvCellError {
    /// The row as a spreadsheet numbers it: the header is row 1.
    pub row: u32,
    /// The column's header.
    pub column: Option<String>,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for CsvCellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some(c) => write!(f, "row {}, column \"{c}\": {}", self.row, self.message),
            None => write!(
                f,
                "row {}, field {}: {}",
                self.row, self.field, self.message
            ),
        }
    }
}

/// One column of the file and the field it fills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvColumn {
    pub header: String,
    pub field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvPreviewRow {
    pub row: u32,
    pub cells: Vec<String>,
    pub errors: Vec<CsvCellError>,
}

/// What the mapping screen shows before anything is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvPreview {
    pub kind: CsvKind,
    /// "," or ";".
    pub delimiter: String,
    pub columns: Vec<CsvColumn>,
    /// Every field of the kind, for the column selects.
    pub fields: Vec<CsvField>,
    /// Required fields no column fills, as sentences; the import refuses until they are mapped.
    pub missing: Vec<String>,
    pub rows: Vec<CsvPreviewRow>,
    /// Whether the file has more rows than the preview shows.
    pub more: bool,
    /// A problem with the file itself past the header (column count, open quote, encoding).
    pub file_error: Option<String>,
}

/// How far an import has come: rows done and bytes read of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct CsvProgress {
    pub rows: u32,
    pub bytes: u32,
}

/// What an import did. Org units created on the way (from sponsors' unit paths, or parents of
/// listed units) count in `org_units_created`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct CsvImportSummary {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub org_units_created: u32,
}
