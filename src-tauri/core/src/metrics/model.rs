//! Programme metrics: a measure (participation, time-to-competency, savings...) with a unit, the
//! direction that counts as better, an optional initiative and the business outcome it supports
//! (the value path from activity to outcome), and its dated values.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    Direction {
        HigherIsBetter => "higher_is_better",
        LowerIsBetter => "lower_is_better",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub id: Id,
    pub name: String,
    pub unit: String,
    pub direction: Direction,
    pub initiative_id: Option<Id>,
    /// The business outcome this measure supports.
    pub outcome: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MetricInput {
    pub name: String,
    #[serde(default)]
    pub unit: String,
    pub direction: Direction,
    #[serde(default)]
    pub initiative_id: Option<Id>,
    #[serde(default)]
    pub outcome: String,
}

/// One measurement. A float is right for a measure; money is never stored here as a value of
/// record (quick wins hold savings exactly).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MetricValue {
    pub id: Id,
    pub metric_id: Id,
    pub measured_on: NaiveDate,
    pub value: f64,
    pub note: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MetricValueInput {
    pub metric_id: Option<Id>,
    pub measured_on: Option<NaiveDate>,
    pub value: f64,
    #[serde(default)]
    pub note: String,
}

/// A metric with its values, oldest first: one chart line.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MetricSeries {
    pub metric: Metric,
    pub initiative: Option<String>,
    pub values: Vec<MetricValue>,
}

impl From<&Metric> for MetricInput {
    fn from(m: &Metric) -> Self {
        MetricInput {
            name: m.name.clone(),
            unit: m.unit.clone(),
            direction: m.direction,
            initiative_id: m.initiative_id,
            outcome: m.outcome.clone(),
        }
    }
}

impl From<&MetricValue> for MetricValueInput {
    fn from(v: &MetricValue) -> Self {
        MetricValueInput {
            metric_id: Some(v.metric_id),
            measured_on: Some(v.measured_on),
            value: v.value,
            note: v.note.clone(),
        }
    }
}
