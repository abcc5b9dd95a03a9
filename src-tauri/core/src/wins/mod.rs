//! wins: quick wins with exact hard-dollar savings, soft benefits, evidence and the sponsors
//! they matter to; types, money, queries and validation. Never stores money as a float.

mod csv;
pub mod model;
pub mod money;
mod queries;
pub(crate) mod text;
mod validate;

pub use csv::{quick_wins_csv, QUICK_WINS_CSV_HEADER};
pub use model::{
    is_target_beyond_six_months, Evidence, EvidenceKind, QuickWin, QuickWinInput, Recurrence,
    Savings, WinStatus,
};
pub use money::{currency_codes, format_minor, minor_digits, parse_amount, AmountError};
pub use queries::{create, delete, get, list, list_all, update};
pub use queries::{create_at, insert_verbatim};
pub use validate::{check, BENEFITS_MAX, EVIDENCE_MAX, REFERENCE_MAX};
