//! Quick wins on a real database file: exact savings in minor units, the currency list, every
//! bad saving refused with nothing written, the six-month flag, evidence, sponsors and history.

use crate::evidence_support::{d, fields, saving, win, Fx};
use sponsor_desk_core::history::{self, HistoryAction};
use sponsor_desk_core::wins::{self, Evidence, EvidenceKind, Recurrence, WinStatus};
use sponsor_desk_core::ErrorCode;

/// Nothing of a refused quick win reached the file: no row, no child, no history.
fn nothing_written(fx: &Fx) {
    assert_eq!(fx.count("quick_wins"), 0);
    assert_eq!(fx.count("quick_win_evidence"), 0);
    assert_eq!(fx.count("quick_win_sponsors"), 0);
    assert_eq!(fx.count("history WHERE entity = 'quick_wins'"), 0);
}

#[test]
fn a_negative_saving_is_refused_and_nothing_is_written() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    let mut input = saving(i, "Merge subscriptions", "-1200.00", "EUR", "2025-05-01");
    input.evidence = vec![Evidence {
        kind: EvidenceKind::Link,
        reference: "https://intranet.example/savings".into(),
        label: String::new(),
    }];
    let err = fx.store.write(|tx| wins::create(tx, &input)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let errors = err.field_errors();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "savings_amount");
    assert_eq!(
        errors[0].message,
        "A saving cannot be negative (-1200.00); record what was saved as a positive amount"
    );
    nothing_written(&fx);
}

#[test]
fn a_non_numeric_saving_is_refused() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    for bad in [
        "twelve hundred",
        "12,00,0.0.0",
        "1e3",
        "NaN",
        "€1200",
        "1200-",
    ] {
        let input = saving(i, "Merge subscriptions", bad, "EUR", "2025-05-01");
        let err = fx.store.write(|tx| wins::create(tx, &input)).unwrap_err();
        assert_eq!(fields(err), ["savings_amount"], "{bad}");
    }
    let input = saving(i, "Merge subscriptions", "12.345", "EUR", "2025-05-01");
    let err = fx.store.write(|tx| wins::create(tx, &input)).unwrap_err();
    assert_eq!(
        err.field_errors()[0].message,
        "EUR has 2 decimals; round 12.345 to 2 decimal places"
    );
    nothing_written(&fx);
}

#[test]
fn an_unknown_currency_is_refused_and_a_saving_needs_one() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    for bad in ["EUX", "XXX", "HRK", "€", "EURO", "12"] {
        let input = saving(i, "Merge subscriptions", "1200", bad, "2025-05-01");
        let err = fx.store.write(|tx| wins::create(tx, &input)).unwrap_err();
        assert_eq!(fields(err), ["currency"], "{bad}");
    }
    let mut input = saving(i, "Merge subscriptions", "1200", "EUX", "2025-05-01");
    input.savings_amount = Some("-3".into());
    let err = fx.store.write(|tx| wins::create(tx, &input)).unwrap_err();
    assert_eq!(fields(err), ["currency", "savings_amount"]);
    input.currency = Some("  ".into());
    input.savings_amount = Some("10".into());
    let err = fx.store.write(|tx| wins::create(tx, &input)).unwrap_err();
    assert_eq!(
        err.field_errors()[0].message,
        "A saving needs its currency; pick one such as EUR, USD or GBP"
    );
    nothing_written(&fx);
}

#[test]
fn savings_are_stored_exactly_in_minor_units_of_the_currency() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    let cases = [
        ("1,250.50", " eur ", 125_050, "EUR", "1250.50"),
        ("0.10", "USD", 10, "USD", "0.10"),
        ("1250", "JPY", 1250, "JPY", "1250"),
        ("1.005", "KWD", 1005, "KWD", "1.005"),
    ];
    let mut ids = Vec::new();
    for (amount, currency, ..) in cases {
        let input = saving(i, "Saving", amount, currency, "2025-05-01");
        ids.push(
            fx.store
                .write(|tx| Ok(wins::create(tx, &input)?.id))
                .unwrap(),
        );
    }
    fx.reopen();
    for (id, (_, _, minor, currency, shown)) in ids.into_iter().zip(cases) {
        let s = wins::get(fx.store.conn(), id).unwrap().savings.unwrap();
        assert_eq!(
            (s.minor, s.currency.as_str(), s.amount.as_str()),
            (minor, currency, shown)
        );
    }
    // Yen have no decimals.
    let input = saving(i, "Saving", "1250.5", "JPY", "2025-05-01");
    let err = fx.store.write(|tx| wins::create(tx, &input)).unwrap_err();
    assert_eq!(
        err.field_errors()[0].message,
        "JPY has no decimals; round 1250.5 to a whole amount"
    );
    // No amount: no saving stored, even with a currency picked.
    let mut input = win(i, "Soft only");
    input.currency = Some("EUR".into());
    input.savings_amount = Some("  ".into());
    let id = fx
        .store
        .write(|tx| Ok(wins::create(tx, &input)?.id))
        .unwrap();
    assert_eq!(wins::get(fx.store.conn(), id).unwrap().savings, None);
}

#[test]
fn a_target_beyond_six_months_is_stored_and_flagged() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    let mut input = win(i, "Long one");
    input.start_on = Some(d("2026-01-31"));
    input.target_on = Some(d("2026-07-31"));
    let ok = fx.store.write(|tx| wins::create(tx, &input)).unwrap();
    assert!(!ok.target_beyond_six_months());
    input.target_on = Some(d("2026-08-01"));
    let long = fx.store.write(|tx| wins::create(tx, &input)).unwrap();
    assert!(long.target_beyond_six_months());
    assert!(wins::check(fx.store.conn(), None, &input)
        .unwrap()
        .is_empty());
    assert!(wins::is_target_beyond_six_months(
        d("2026-01-31"),
        d("2026-08-01")
    ));
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut fx = Fx::new();
    let mut input = win(999, " ");
    input.start_on = Some(d("2026-03-01"));
    input.target_on = Some(d("2026-02-01"));
    input.status = WinStatus::Planned;
    input.delivered_on = Some(d("2026-02-15"));
    input.savings_amount = Some("abc".into());
    input.currency = Some("ZZZ".into());
    input.evidence = vec![
        Evidence {
            kind: EvidenceKind::Link,
            reference: "intranet/page".into(),
            label: String::new(),
        },
        Evidence {
            kind: EvidenceKind::File,
            reference: "  ".into(),
            label: String::new(),
        },
        Evidence {
            kind: EvidenceKind::File,
            reference: "S:/KM/savings.xlsx".into(),
            label: "Sheet".into(),
        },
    ];
    input.sponsor_ids = vec![77];
    let found = fields(fx.store.write(|tx| wins::create(tx, &input)).unwrap_err());
    assert_eq!(
        found,
        [
            "title",
            "target_on",
            "delivered_on",
            "currency",
            "savings_amount",
            "evidence[0].reference",
            "evidence[1].reference",
            "initiative_id",
            "sponsor_ids[0]"
        ]
    );
    let mut delivered = win(1, "x");
    delivered.status = WinStatus::Delivered;
    delivered.start_on = None;
    delivered.target_on = None;
    delivered.initiative_id = None;
    assert_eq!(
        fields(
            fx.store
                .write(|tx| wins::create(tx, &delivered))
                .unwrap_err()
        ),
        ["initiative_id", "start_on", "target_on", "delivered_on"]
    );
    nothing_written(&fx);
}

#[test]
fn evidence_and_sponsors_are_replaced_and_every_change_is_in_history() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    let a = fx.sponsor("Ada", 1, "");
    let b = fx.sponsor("Bo", 3, "");
    let mut input = saving(i, "Merge subscriptions", "1200", "EUR", "2025-05-01");
    input.recurrence = Recurrence::PerYear;
    input.savings_basis = "Two licences of the same news service".into();
    input.sponsor_ids = vec![b, a, b];
    input.evidence = vec![
        Evidence {
            kind: EvidenceKind::Link,
            reference: " https://intranet.example/po/77 ".into(),
            label: "PO".into(),
        },
        Evidence {
            kind: EvidenceKind::File,
            reference: "S:/KM/licences.xlsx".into(),
            label: String::new(),
        },
    ];
    let created = fx.store.write(|tx| wins::create(tx, &input)).unwrap();
    assert_eq!(created.sponsor_ids, [a, b]);
    assert_eq!(
        created.evidence[0].reference,
        "https://intranet.example/po/77"
    );
    assert_eq!(created.evidence[1].kind, EvidenceKind::File);
    input.evidence.remove(0);
    input.sponsor_ids = vec![a];
    let updated = fx
        .store
        .write(|tx| wins::update(tx, created.id, &input))
        .unwrap();
    assert_eq!(updated.evidence.len(), 1);
    assert_eq!(updated.sponsor_ids, [a]);
    fx.store.write(|tx| wins::delete(tx, created.id)).unwrap();
    let entries = history::list_for(fx.store.conn(), "quick_wins", created.id).unwrap();
    let actions: Vec<HistoryAction> = entries.iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        [
            HistoryAction::Delete,
            HistoryAction::Update,
            HistoryAction::Create
        ]
    );
    let old = entries[0].old_values.as_ref().unwrap();
    assert_eq!(old["savings"]["minor"], 120_000);
    assert_eq!(old["evidence"][0]["reference"], "S:/KM/licences.xlsx");
    assert_eq!(fx.count("quick_win_evidence"), 0);
    assert_eq!(fx.count("quick_win_sponsors"), 0);
    assert_eq!(
        fx.store
            .write(|tx| wins::delete(tx, created.id))
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
}

#[test]
fn late_means_delivered_after_target_or_still_open_past_it() {
    let mut fx = Fx::new();
    let i = fx.initiative("Expert Finder");
    let mut input = win(i, "Open");
    input.target_on = Some(d("2026-04-30"));
    let open = fx.store.write(|tx| wins::create(tx, &input)).unwrap();
    assert!(!open.is_late_on(d("2026-04-30")));
    assert!(open.is_late_on(d("2026-05-01")));
    input.status = WinStatus::Delivered;
    input.delivered_on = Some(d("2026-05-02"));
    let late = fx.store.write(|tx| wins::create(tx, &input)).unwrap();
    assert!(late.is_late_on(d("2026-05-02")));
    input.delivered_on = Some(d("2026-04-30"));
    let on_time = fx.store.write(|tx| wins::create(tx, &input)).unwrap();
    assert!(!on_time.is_late_on(d("2027-01-01")));
    input.status = WinStatus::Dropped;
    input.delivered_on = None;
    let dropped = fx.store.write(|tx| wins::create(tx, &input)).unwrap();
    assert!(!dropped.is_late_on(d("2027-01-01")));
    assert_eq!(wins::list(fx.store.conn(), Some(i)).unwrap().len(), 4);
    assert_eq!(wins::list(fx.store.conn(), Some(i + 1)).unwrap().len(), 0);
}
