//! The dashboard's numbers on a real database file: savings to date by quarter per currency
//! (one-off and yearly), quick wins on time vs late, stories per quarter per initiative, metric
//! series up to the as-of date, and sponsor coverage at each quarter's end.

use crate::evidence_support::{d, metric, saving, story, value, win, Fx};
use sponsor_desk_core::dashboard;
use sponsor_desk_core::metrics;
use sponsor_desk_core::sponsorships::SponsorshipRole;
use sponsor_desk_core::stories;
use sponsor_desk_core::wins::{self, Recurrence, WinStatus};

#[test]
fn savings_add_up_per_currency_by_quarter_to_the_cent() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    let mut yearly = saving(i, "Licences", "1000.01", "EUR", "2025-11-15");
    yearly.recurrence = Recurrence::PerYear;
    let inputs = [
        saving(i, "Subscriptions", "1200.50", "EUR", "2025-08-01"),
        yearly,
        saving(i, "Travel", "99.99", "USD", "2026-01-10"),
        // Delivered after the as-of date: not yet.
        saving(i, "Later", "5000", "EUR", "2026-07-01"),
    ];
    for input in &inputs {
        fx.store.write(|tx| wins::create(tx, input)).unwrap();
    }
    let s = dashboard::savings_by_quarter(fx.store.conn(), d("2026-06-30")).unwrap();
    assert_eq!(s.quarters, ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    assert_eq!(s.currencies.len(), 2);
    let eur = &s.currencies[0];
    assert_eq!(eur.currency, "EUR");
    // 1000.01 a year is 250.00, 250.00, 250.00, 250.01 over four quarters.
    assert_eq!(eur.in_quarter_minor, [120_050, 25_000, 25_000, 25_000]);
    assert_eq!(eur.cumulative_minor, [120_050, 145_050, 170_050, 195_050]);
    assert_eq!(eur.cumulative.last().map(String::as_str), Some("1950.50"));
    let usd = &s.currencies[1];
    assert_eq!(usd.in_quarter, ["0.00", "0.00", "99.99", "0.00"]);
    // A year on, the yearly saving has paid its full amount once.
    let later = dashboard::savings_by_quarter(fx.store.conn(), d("2026-09-30")).unwrap();
    let eur = &later.currencies[0];
    // Q3 2026: the fourth yearly quarter (250.01) and the saving delivered that quarter.
    assert_eq!(eur.in_quarter_minor[1..], [25_000, 25_000, 25_000, 525_001]);
    let empty = dashboard::savings_by_quarter(fx.store.conn(), d("2025-01-01")).unwrap();
    assert!(empty.quarters.is_empty() && empty.currencies.is_empty());
}

#[test]
fn quick_wins_on_time_and_late_by_quarter_of_delivery() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    let delivered = |title: &str, target: &str, on: &str| {
        let mut w = win(i, title);
        w.start_on = Some(d("2025-10-01"));
        w.target_on = Some(d(target));
        w.status = WinStatus::Delivered;
        w.delivered_on = Some(d(on));
        w
    };
    let mut open_late = win(i, "Open, late");
    open_late.target_on = Some(d("2026-03-01"));
    let mut open_fine = win(i, "Open, fine");
    open_fine.target_on = Some(d("2026-06-01"));
    let inputs = [
        delivered("On time", "2026-01-31", "2026-01-31"),
        delivered("Late", "2026-01-31", "2026-02-01"),
        delivered("Early", "2026-06-30", "2025-12-01"),
        open_late,
        open_fine,
    ];
    for input in &inputs {
        fx.store.write(|tx| wins::create(tx, input)).unwrap();
    }
    let t = dashboard::wins_timeliness(fx.store.conn(), d("2026-04-15")).unwrap();
    assert_eq!(t.quarters, ["2025-Q4", "2026-Q1", "2026-Q2"]);
    assert_eq!(t.on_time, [1, 1, 0]);
    assert_eq!(t.late, [0, 1, 0]);
    assert_eq!((t.total_on_time, t.total_late), (2, 1));
    assert_eq!((t.open_overdue, t.open_on_track), (1, 1));
}

#[test]
fn stories_per_quarter_per_initiative_and_metric_series() {
    let mut fx = Fx::new();
    let a = fx.initiative("Lessons Learned");
    let b = fx.initiative("Expert Finder");
    for (i, on) in [
        (a, "2026-01-10"),
        (a, "2026-02-10"),
        (b, "2026-05-01"),
        (b, "2026-08-01"),
    ] {
        let input = story(i, "A story", on);
        fx.store.write(|tx| stories::create(tx, &input)).unwrap();
    }
    let m = fx
        .store
        .write(|tx| metrics::create(tx, &metric("Active members")))
        .unwrap();
    for (day, v) in [("2026-01-31", 10.0), ("2026-07-31", 30.0)] {
        fx.store
            .write(|tx| metrics::add_value(tx, &value(m.id, day, v)))
            .unwrap();
    }
    let board = dashboard::build(fx.store.conn(), d("2026-06-30")).unwrap();
    assert_eq!(board.stories.quarters, ["2026-Q1", "2026-Q2"]);
    let rows: Vec<(&str, Vec<u32>)> = board
        .stories
        .initiatives
        .iter()
        .map(|r| (r.initiative.as_str(), r.counts.clone()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Expert Finder", vec![0, 1]),
            ("Lessons Learned", vec![2, 0])
        ]
    );
    assert_eq!(board.metrics.len(), 1);
    assert_eq!(
        board.metrics[0].values.len(),
        1,
        "values after the as-of date are left out"
    );
    assert_eq!(board.coverage.len(), dashboard::COVERAGE_QUARTERS as usize);
}

#[test]
fn coverage_over_time_uses_the_initiatives_coverage_at_each_quarter_end() {
    let mut fx = Fx::new();
    let covered = fx.initiative("Covered from Q1");
    let never = fx.initiative("Never covered");
    let exec = fx.sponsor("Ada", 1, "");
    let line = fx.sponsor("Bo", 3, "");
    fx.sponsorship(
        exec,
        covered,
        SponsorshipRole::ExecutiveSponsor,
        "2026-01-15",
    );
    fx.sponsorship(
        line,
        covered,
        SponsorshipRole::LineManagerSponsor,
        "2026-03-31",
    );
    fx.sponsorship(exec, never, SponsorshipRole::ExecutiveSponsor, "2025-01-01");
    let points = dashboard::coverage_over_time(fx.store.conn(), d("2026-05-20"), 3).unwrap();
    let got: Vec<(&str, String, u32, u32, Option<u32>)> = points
        .iter()
        .map(|p| {
            (
                p.quarter.as_str(),
                p.on.to_string(),
                p.active_initiatives,
                p.fully_covered,
                p.percent,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2025-Q4", "2025-12-31".to_string(), 2, 0, Some(0)),
            ("2026-Q1", "2026-03-31".to_string(), 2, 1, Some(50)),
            ("2026-Q2", "2026-05-20".to_string(), 2, 1, Some(50)),
        ]
    );
    let none = dashboard::coverage_over_time(Fx::new().store.conn(), d("2026-05-20"), 1).unwrap();
    assert_eq!(none[0].percent, None);
}
