//! Metrics on a real database file: a value on a metric that does not exist, non-finite values,
//! one value per day, unique names, series order, and deletes that leave history.

use crate::evidence_support::{d, fields, metric, value, Fx};
use sponsor_desk_core::history::{self, HistoryAction};
use sponsor_desk_core::metrics::{self, Direction};
use sponsor_desk_core::ErrorCode;

#[test]
fn a_value_on_a_missing_metric_names_metric_id_and_writes_nothing() {
    let mut fx = Fx::new();
    let err = fx
        .store
        .write(|tx| metrics::add_value(tx, &value(42, "2026-01-31", 12.0)))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let errors = err.field_errors();
    assert_eq!(errors[0].field, "metric_id");
    assert_eq!(
        errors[0].message,
        "Metric 42 does not exist; pick an existing metric"
    );
    assert!(
        err.to_string().starts_with("new value of metric 42: "),
        "{err}"
    );
    assert_eq!(fx.count("metric_values"), 0);
    assert_eq!(fx.count("history"), 1, "only the org unit's");
    assert_eq!(
        metrics::values(fx.store.conn(), 42).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn values_must_be_finite_and_one_per_day() {
    let mut fx = Fx::new();
    let m = fx
        .store
        .write(|tx| metrics::create(tx, &metric("Active members")))
        .unwrap();
    let too_big: f64 = "1e309".parse().unwrap();
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, too_big] {
        let err = fx
            .store
            .write(|tx| metrics::add_value(tx, &value(m.id, "2026-01-31", bad)))
            .unwrap_err();
        assert_eq!(fields(err), ["value"], "{bad}");
    }
    for ok in [0.0, -5.5, f64::MAX, 1e-300] {
        let day = format!("2026-02-{:02}", fx.count("metric_values") + 1);
        fx.store
            .write(|tx| metrics::add_value(tx, &value(m.id, &day, ok)))
            .unwrap();
    }
    let first = fx
        .store
        .write(|tx| metrics::add_value(tx, &value(m.id, "2026-01-31", 120.0)))
        .unwrap();
    let err = fx
        .store
        .write(|tx| metrics::add_value(tx, &value(m.id, "2026-01-31", 121.0)))
        .unwrap_err();
    assert_eq!(fields(err), ["measured_on"]);
    // Saving the same value again on its own date is fine.
    fx.store
        .write(|tx| metrics::update_value(tx, first.id, &value(m.id, "2026-01-31", 125.0)))
        .unwrap();
    let mut input = value(m.id, "2026-01-31", 1.0);
    input.measured_on = None;
    input.metric_id = None;
    assert_eq!(
        fields(
            fx.store
                .write(|tx| metrics::add_value(tx, &input))
                .unwrap_err()
        ),
        ["metric_id", "measured_on"]
    );
    fx.reopen();
    let values = metrics::values(fx.store.conn(), m.id).unwrap();
    assert_eq!(values.len(), 5);
    assert_eq!(values[0].measured_on, d("2026-01-31"));
    assert_eq!(values[0].value, 125.0);
    assert_eq!(values[3].value, f64::MAX);
}

#[test]
fn names_are_unique_initiatives_exist_and_deletes_leave_history() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    let mut input = metric("Time to competency");
    input.direction = Direction::LowerIsBetter;
    input.initiative_id = Some(i);
    input.outcome = "New engineers billable sooner".into();
    let m = fx.store.write(|tx| metrics::create(tx, &input)).unwrap();
    let mut dup = metric("  time TO competency ");
    dup.initiative_id = Some(999);
    assert_eq!(
        fields(fx.store.write(|tx| metrics::create(tx, &dup)).unwrap_err()),
        ["name", "initiative_id"]
    );
    let a = fx
        .store
        .write(|tx| metrics::create(tx, &metric("Active members")))
        .unwrap();
    for (day, v) in [("2026-03-31", 30.0), ("2026-01-31", 40.0)] {
        fx.store
            .write(|tx| metrics::add_value(tx, &value(m.id, day, v)))
            .unwrap();
    }
    let series = metrics::series(fx.store.conn()).unwrap();
    assert_eq!(series[0].metric.id, a.id, "by name");
    assert_eq!(series[1].initiative.as_deref(), Some("Expert Finder"));
    let days: Vec<_> = series[1]
        .values
        .iter()
        .map(|v| v.measured_on.to_string())
        .collect();
    assert_eq!(days, ["2026-01-31", "2026-03-31"]);
    let value_ids: Vec<_> = series[1].values.iter().map(|v| v.id).collect();
    fx.store.write(|tx| metrics::delete(tx, m.id)).unwrap();
    assert_eq!(fx.count("metric_values"), 0);
    for id in value_ids {
        let h = history::list_for(fx.store.conn(), "metric_values", id).unwrap();
        assert_eq!(h[0].action, HistoryAction::Delete);
    }
    let h = history::list_for(fx.store.conn(), "metrics", m.id).unwrap();
    assert_eq!(
        h[0].old_values.as_ref().unwrap()["direction"],
        "lower_is_better"
    );
}
