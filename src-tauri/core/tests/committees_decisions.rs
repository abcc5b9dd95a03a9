//! The decision register on a real database file: the supersede chain (both ways, the older
//! decision marked in the same transaction, loops and self-links refused with nothing written),
//! the status rules, filters, and the CSV export (header only when empty, RFC 4180 quoting).

use crate::committees_support::{d, decision, fields, Fx};
use sponsor_desk_core::committees::decisions::{
    self, decision_register, register_csv, DecisionStatus, RegisterFilter, REGISTER_CSV_HEADER,
};
use sponsor_desk_core::{history, ErrorCode, Id};

fn supersede(fx: &mut Fx, title: &str, older: Id) -> Id {
    let mut input = decision(title, DecisionStatus::Decided);
    input.supersedes_id = Some(older);
    fx.decision(&input)
}

fn status(fx: &Fx, id: Id) -> DecisionStatus {
    decisions::get(fx.store.conn(), id)
        .expect("decision")
        .status
}

#[test]
fn the_supersede_chain_is_visible_both_ways_and_marks_the_older_decision() {
    let mut fx = Fx::new();
    let first = fx.decision(&decision("Portal on SharePoint", DecisionStatus::Decided));
    let second = supersede(&mut fx, "Portal on Confluence", first);
    assert_eq!(status(&fx, first), DecisionStatus::Superseded);
    let third = supersede(&mut fx, "Portal on the intranet CMS", second);
    assert_eq!(status(&fx, second), DecisionStatus::Superseded);

    let register = decision_register(fx.store.conn(), &RegisterFilter::default()).unwrap();
    let entry = |id: Id| register.iter().find(|e| e.decision.id == id).unwrap();
    let ids = |refs: &[decisions::DecisionRef]| refs.iter().map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(ids(&entry(first).supersedes), Vec::<Id>::new());
    assert_eq!(ids(&entry(first).superseded_by), [second, third]);
    assert_eq!(ids(&entry(second).supersedes), [first]);
    assert_eq!(ids(&entry(second).superseded_by), [third]);
    assert_eq!(ids(&entry(third).supersedes), [second, first]);
    assert_eq!(ids(&entry(third).superseded_by), Vec::<Id>::new());
    assert_eq!(entry(third).supersedes[0].title, "Portal on Confluence");

    // The older decision's change is in the history, in the same write as the newer one.
    let trail = history::list_for(fx.store.conn(), "decisions", first).unwrap();
    assert_eq!(trail.len(), 2);
    assert_eq!(trail[0].old_values.as_ref().unwrap()["status"], "decided");
    assert_eq!(
        trail[0].new_values.as_ref().unwrap()["status"],
        "superseded"
    );
}

#[test]
fn a_decision_cannot_supersede_itself() {
    let mut fx = Fx::new();
    let id = fx.decision(&decision("Fund the portal", DecisionStatus::Decided));
    let mut input = decision("Fund the portal", DecisionStatus::Decided);
    input.supersedes_id = Some(id);
    let err = fx
        .store
        .write(|tx| decisions::update(tx, id, &input))
        .unwrap_err();
    let errors = err.field_errors();
    assert_eq!(errors[0].field, "supersedes_id");
    assert!(errors[0].message.contains("cannot supersede itself"));
    assert!(
        err.to_string()
            .starts_with(&format!("decision {id} \"Fund the portal\"")),
        "{err}"
    );
}

#[test]
fn a_loop_is_refused_and_nothing_is_written() {
    let mut fx = Fx::new();
    let a = fx.decision(&decision("A", DecisionStatus::Decided));
    let b = supersede(&mut fx, "B", a);
    let c = supersede(&mut fx, "C", b);
    let history_before = fx.count("history");
    // A superseding C would close the loop A → C → B → A.
    let mut input = decision("A", DecisionStatus::Superseded);
    input.supersedes_id = Some(c);
    let err = fx
        .store
        .write(|tx| decisions::update(tx, a, &input))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let message = &err.field_errors()[0].message;
    assert!(
        message.contains("would make a loop (A → C → B → A)"),
        "{message}"
    );
    assert_eq!(fx.count("history"), history_before);
    let stored = decisions::get(fx.store.conn(), a).unwrap();
    assert_eq!(stored.supersedes_id, None);
    assert_eq!(stored.status, DecisionStatus::Superseded);
    assert_eq!(status(&fx, c), DecisionStatus::Decided);
}

#[test]
fn a_decision_already_replaced_cannot_be_superseded_again() {
    let mut fx = Fx::new();
    let a = fx.decision(&decision("A", DecisionStatus::Decided));
    let b = supersede(&mut fx, "B", a);
    let mut input = decision("B2", DecisionStatus::Decided);
    input.supersedes_id = Some(a);
    let err = fx
        .store
        .write(|tx| decisions::create(tx, &input))
        .unwrap_err();
    let message = &err.field_errors()[0].message;
    assert!(
        message.contains(&format!("already superseded by decision {b} \"B\"")),
        "{message}"
    );
    input.supersedes_id = Some(9999);
    assert_eq!(
        fields(
            fx.store
                .write(|tx| decisions::create(tx, &input))
                .unwrap_err()
        ),
        ["supersedes_id"]
    );
}

#[test]
fn superseded_is_set_by_the_link_not_by_hand() {
    let mut fx = Fx::new();
    let err = fx
        .store
        .write(|tx| decisions::create(tx, &decision("A", DecisionStatus::Superseded)))
        .unwrap_err();
    assert_eq!(fields(err), ["status"]);
    let a = fx.decision(&decision("A", DecisionStatus::Decided));
    let b = supersede(&mut fx, "B", a);
    // While B replaces A, A stays superseded.
    let err = fx
        .store
        .write(|tx| decisions::update(tx, a, &decision("A", DecisionStatus::Decided)))
        .unwrap_err();
    assert!(
        err.to_string()
            .contains(&format!("Decision {b} \"B\" supersedes this one")),
        "{err}"
    );
    // Editing A's text while keeping its status is fine.
    let mut keep = decision("A (clarified)", DecisionStatus::Superseded);
    keep.decided_on = Some(d("2026-01-15"));
    fx.store
        .write(|tx| decisions::update(tx, a, &keep))
        .unwrap();
}

#[test]
fn removing_the_link_gives_the_older_decision_its_status_back() {
    let mut fx = Fx::new();
    let a = fx.decision(&decision("A", DecisionStatus::Deferred));
    let b = supersede(&mut fx, "B", a);
    assert_eq!(status(&fx, a), DecisionStatus::Superseded);
    fx.store
        .write(|tx| decisions::update(tx, b, &decision("B", DecisionStatus::Decided)))
        .unwrap();
    assert_eq!(
        status(&fx, a),
        DecisionStatus::Deferred,
        "restored from its history"
    );
    // Deleting a superseding decision restores the older one too.
    let c = supersede(&mut fx, "C", a);
    assert_eq!(status(&fx, a), DecisionStatus::Superseded);
    fx.store.write(|tx| decisions::delete(tx, c)).unwrap();
    assert_eq!(status(&fx, a), DecisionStatus::Deferred);
    // A decision that another supersedes cannot be deleted.
    let e = supersede(&mut fx, "E", a);
    let err = fx.store.write(|tx| decisions::delete(tx, a)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(
        err.to_string()
            .contains(&format!("decision {e} supersedes it")),
        "{err}"
    );
}

#[test]
fn a_proposal_to_supersede_leaves_the_older_decision_until_it_is_decided() {
    let mut fx = Fx::new();
    let a = fx.decision(&decision("A", DecisionStatus::Decided));
    let mut proposal = decision("B", DecisionStatus::Proposed);
    proposal.supersedes_id = Some(a);
    let b = fx.decision(&proposal);
    assert_eq!(status(&fx, a), DecisionStatus::Decided);
    let register = decision_register(fx.store.conn(), &RegisterFilter::default()).unwrap();
    let entry_a = register.iter().find(|e| e.decision.id == a).unwrap();
    assert_eq!(
        entry_a.superseded_by[0].id, b,
        "the pending link is visible"
    );
    let mut decided = proposal.clone();
    decided.status = DecisionStatus::Decided;
    decided.decided_on = Some(d("2026-02-01"));
    fx.store
        .write(|tx| decisions::update(tx, b, &decided))
        .unwrap();
    assert_eq!(status(&fx, a), DecisionStatus::Superseded);
}

#[test]
fn decided_needs_a_date_which_a_meeting_can_give() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let m = fx.meeting(c, "2026-03-01", &[]);
    let mut input = decision("Fund it", DecisionStatus::Decided);
    input.decided_on = None;
    let err = fx
        .store
        .write(|tx| decisions::create(tx, &input))
        .unwrap_err();
    assert_eq!(fields(err), ["decided_on"]);
    input.meeting_id = Some(m);
    let saved = fx.store.write(|tx| decisions::create(tx, &input)).unwrap();
    assert_eq!(saved.decided_on, Some(d("2026-03-01")));
    let mut proposed = decision("Later", DecisionStatus::Proposed);
    proposed.decided_on = Some(d("2026-03-01"));
    proposed.title = String::new();
    proposed.initiative_ids = vec![777];
    let err = fx
        .store
        .write(|tx| decisions::create(tx, &proposed))
        .unwrap_err();
    assert_eq!(fields(err), ["title", "decided_on", "initiative_ids"]);
}

#[test]
fn the_register_filters_by_status_initiative_committee_and_date() {
    let mut fx = Fx::new();
    let portal = fx.initiative("KM Portal");
    let cop = fx.initiative("Engineering CoP");
    let c = fx.committee("KM Steering Committee");
    let m = fx.meeting(c, "2026-02-10", &[]);
    let mut a = decision("Portal budget", DecisionStatus::Decided);
    a.initiative_ids = vec![portal, cop, portal];
    a.decided_on = Some(d("2026-01-15"));
    let a = fx.decision(&a);
    let mut b = decision("CoP charter", DecisionStatus::Proposed);
    b.initiative_ids = vec![cop];
    b.meeting_id = Some(m);
    let b = fx.decision(&b);
    let mut c_dec = decision("Expertise profiles", DecisionStatus::Decided);
    c_dec.decided_on = Some(d("2026-04-01"));
    let c_dec = fx.decision(&c_dec);

    let conn = fx.store.conn();
    let pick = |filter: RegisterFilter| -> Vec<Id> {
        decision_register(conn, &filter)
            .unwrap()
            .iter()
            .map(|e| e.decision.id)
            .collect()
    };
    assert_eq!(
        pick(RegisterFilter::default()),
        [c_dec, b, a],
        "newest first"
    );
    assert_eq!(
        pick(RegisterFilter {
            status: Some(DecisionStatus::Decided),
            ..Default::default()
        }),
        [c_dec, a]
    );
    assert_eq!(
        pick(RegisterFilter {
            initiative_id: Some(cop),
            ..Default::default()
        }),
        [b, a]
    );
    assert_eq!(
        pick(RegisterFilter {
            committee_id: Some(c),
            ..Default::default()
        }),
        [b]
    );
    assert_eq!(
        pick(RegisterFilter {
            from: Some(d("2026-02-10")),
            to: Some(d("2026-03-31")),
            ..Default::default()
        }),
        [b],
        "a proposal is dated by its meeting"
    );
    let register = decision_register(conn, &RegisterFilter::default()).unwrap();
    let entry_a = register.iter().find(|e| e.decision.id == a).unwrap();
    let names: Vec<&str> = entry_a
        .initiatives
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(names, ["Engineering CoP", "KM Portal"]);
    let entry_b = register.iter().find(|e| e.decision.id == b).unwrap();
    assert_eq!(
        entry_b.committee_name.as_deref(),
        Some("KM Steering Committee")
    );
    assert_eq!(entry_b.dated_on, d("2026-02-10"));
}

#[test]
fn the_csv_of_an_empty_register_is_the_header_row() {
    let fx = Fx::new();
    let csv = register_csv(fx.store.conn(), &RegisterFilter::default()).unwrap();
    assert_eq!(csv, format!("{}\r\n", REGISTER_CSV_HEADER.join(",")));
}

#[test]
fn the_csv_quotes_what_needs_it_and_reads_back_exactly() {
    let mut fx = Fx::new();
    let portal = fx.initiative("KM Portal, phase 2");
    let a = fx.decision(&decision("Plain", DecisionStatus::Decided));
    let mut tricky = decision(
        "Budget \"approved\", with conditions",
        DecisionStatus::Decided,
    );
    tricky.text = "Line one\r\nLine two; \"quoted\"\nLine three".into();
    tricky.rationale = "=SUM(A1:A2) stays text".into();
    tricky.supersedes_id = Some(a);
    tricky.initiative_ids = vec![portal];
    tricky.decided_on = Some(d("2026-02-01"));
    let b = fx.decision(&tricky);

    let text = register_csv(fx.store.conn(), &RegisterFilter::default()).unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, REGISTER_CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    let col = |row: &csv::StringRecord, name: &str| {
        let i = REGISTER_CSV_HEADER.iter().position(|h| *h == name).unwrap();
        row[i].to_string()
    };
    assert_eq!(col(&rows[0], "id"), b.to_string());
    assert_eq!(
        col(&rows[0], "title"),
        "Budget \"approved\", with conditions"
    );
    assert_eq!(
        col(&rows[0], "decision"),
        "Line one\r\nLine two; \"quoted\"\nLine three"
    );
    assert_eq!(col(&rows[0], "rationale"), "=SUM(A1:A2) stays text");
    assert_eq!(col(&rows[0], "initiatives"), "KM Portal, phase 2");
    assert_eq!(col(&rows[0], "supersedes_id"), a.to_string());
    assert_eq!(col(&rows[1], "status"), "superseded");
    assert_eq!(col(&rows[1], "superseded_by_id"), b.to_string());
    assert!(text.contains("\"Budget \"\"approved\"\", with conditions\""));
    // The filter applies to the CSV as to the page.
    let only_superseded = register_csv(
        fx.store.conn(),
        &RegisterFilter {
            status: Some(DecisionStatus::Superseded),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(only_superseded.matches("\r\n").count(), 2);
}
