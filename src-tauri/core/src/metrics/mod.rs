//! metrics: programme measures with dated values, for the value path from activity to outcome;
//! types, queries and validation. Values are finite floats; money lives in quick wins.

pub mod model;
mod queries;
mod validate;

pub use model::{Direction, Metric, MetricInput, MetricSeries, MetricValue, MetricValueInput};
pub use queries::{
    add_value, add_value_at, create, create_at, delete, delete_value, get, get_value,
    insert_value_verbatim, insert_verbatim, list, list_all, list_all_values, series, update,
    update_value, values,
};
pub use validate::{check, check_value, OUTCOME_MAX};
