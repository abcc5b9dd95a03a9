//! settings: the user's thresholds and defaults (warning horizon, cadences, concentration,
//! default required coverage), stored one JSON value per key in the `settings` table.

pub mod model;
mod queries;
mod validate;

pub use model::{Cadences, Settings};
pub use queries::{get, insert_row, list_rows, set};
pub use validate::check;
