//! Benchmark (not a timed test): the whole warnings engine on a large seeded database of 5,000
//! sponsors, 500 initiatives and 50,000 touchpoints. The goal is under 20 ms for all warnings.
//! Run: `cargo test -p sponsor-desk-core --release --test warnings_bench -- --ignored --nocapture`

mod warnings_support;

use std::time::{Duration, Instant};

use rusqlite::params;
use sponsor_desk_core::settings::Settings;
use sponsor_desk_core::warnings;
use warnings_support::{d, Fx};

/// A small deterministic generator (SplitMix64), so every run builds the same database.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: i64) -> i64 {
        (self.next() % n.unsigned_abs()) as i64
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as i64) as usize]
    }
}

const SPONSORS: i64 = 5_000;
const INITIATIVES: i64 = 500;
const TOUCHPOINTS: i64 = 50_000;
const UNITS: i64 = 60;

fn day(offset: i64) -> String {
    (d("2026-06-01") + chrono::TimeDelta::days(offset)).to_string()
}

fn fill(fx: &mut Fx, seed: u64) {
    let mut rng = Seeded(seed);
    let stamp = "2026-01-01T00:00:00.000Z";
    fx.store
        .write(|tx| {
            let mut unit = tx.prepare(
                "INSERT INTO org_units (id, name, kind, parent_id, created_at, updated_at) VALUES (?1, ?2, 'department', ?3, ?4, ?4)",
            )?;
            for id in 1..=UNITS {
                let parent = (id > 6).then(|| 1 + rng.below(id - 1));
                unit.execute(params![id, format!("Unit {id}"), parent, stamp])?;
            }
            let mut sponsor = tx.prepare(
                "INSERT INTO sponsors (id, name, org_unit_id, tier, stance, influence, interest, status, status_date, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 3, ?7, ?8, ?9, ?9)",
            )?;
            let stances = ["champion", "supporter", "neutral", "skeptic", "opponent"];
            for id in 1..=SPONSORS {
                let tier = match rng.below(100) {
                    0..=4 => 1,
                    5..=19 => 2,
                    20..=59 => 3,
                    _ => 4,
                };
                let (status, date) = match rng.below(100) {
                    0..=3 => ("departing", Some(day(rng.below(200) + 1))),
                    4..=7 => ("departed", Some(day(-(rng.below(300))))),
                    8..=9 => ("role_changed", Some(day(-(rng.below(300))))),
                    _ => ("active", None),
                };
                sponsor.execute(params![
                    id,
                    format!("Sponsor {id:04}"),
                    1 + rng.below(UNITS),
                    tier,
                    rng.pick(&stances),
                    1 + rng.below(5),
                    status,
                    date,
                    stamp
                ])?;
            }
            let mut initiative = tx.prepare(
                "INSERT INTO initiatives (id, name, kind, status, created_at, updated_at) VALUES (?1, ?2, 'programme', ?3, ?4, ?4)",
            )?;
            let mut spans = tx.prepare(
                "INSERT OR IGNORE INTO initiative_org_units (initiative_id, org_unit_id) VALUES (?1, ?2)",
            )?;
            let mut sponsorship = tx.prepare(
                "INSERT INTO sponsorships (sponsor_id, initiative_id, role, start_date, end_date, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?;
            let statuses = ["active", "active", "active", "active", "active", "active", "active", "proposed", "on_hold", "completed"];
            let roles = ["executive_sponsor", "line_manager_sponsor", "champion", "champion", "successor_in_waiting"];
            for id in 1..=INITIATIVES {
                initiative.execute(params![id, format!("Initiative {id:03}"), rng.pick(&statuses), stamp])?;
                for _ in 0..1 + rng.below(3) {
                    spans.execute(params![id, 1 + rng.below(UNITS)])?;
                }
                for _ in 0..2 + rng.below(6) {
                    let end = (rng.below(10) == 0).then(|| day(-(rng.below(100))));
                    // Roles are unique per open sponsorship; a collision is just skipped.
                    let _ = sponsorship.execute(params![
                        1 + rng.below(SPONSORS),
                        id,
                        rng.pick(&roles),
                        day(-400 - rng.below(300)),
                        end,
                        stamp
                    ]);
                }
            }
            let mut touchpoint = tx.prepare(
                "INSERT INTO touchpoints (id, occurred_on, kind, summary, stance_observed, follow_up_on, created_at, updated_at)
                 VALUES (?1, ?2, 'call', ?3, ?4, ?5, ?6, ?6)",
            )?;
            let mut with = tx.prepare(
                "INSERT OR IGNORE INTO touchpoint_sponsors (touchpoint_id, sponsor_id) VALUES (?1, ?2)",
            )?;
            for id in 1..=TOUCHPOINTS {
                let ago = rng.below(400);
                let stance = (rng.below(3) == 0).then(|| rng.pick(&stances));
                let follow_up = (rng.below(5) == 0).then(|| day(-ago + 1 + rng.below(30)));
                touchpoint.execute(params![
                    id,
                    day(-ago),
                    format!("Touchpoint {id} about the programme's next quarter"),
                    stance,
                    follow_up,
                    stamp
                ])?;
                for _ in 0..1 + rng.below(3) {
                    with.execute(params![id, 1 + rng.below(SPONSORS)])?;
                }
            }
            Ok(())
        })
        .expect("fill");
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        last = Some(value);
    }
    (best, last.expect("at least one run"))
}

#[test]
#[ignore = "benchmark: run with --release -- --ignored --nocapture"]
fn whole_engine_on_a_large_database() {
    let mut fx = Fx::new();
    let start = Instant::now();
    fill(&mut fx, 42);
    println!("filled in {:?}", start.elapsed());
    let conn = fx.store.conn();
    let as_of = d("2026-06-01");
    let settings = Settings::default();

    let (load, snapshot) = best_of(5, || warnings::load_snapshot(conn).expect("snapshot"));
    let (evaluate, found) = best_of(5, || warnings::evaluate(&snapshot, &settings, as_of));
    let (list, listed) = best_of(5, || warnings::list(conn, as_of).expect("list"));
    let departing: Vec<i64> = snapshot
        .sponsors
        .values()
        .filter(|s| s.tier == 1)
        .take(3)
        .map(|s| s.id)
        .collect();
    let (what_if, _) = best_of(5, || {
        warnings::what_if(conn, &departing, as_of).expect("what-if")
    });
    println!(
        "{} sponsors, {} initiatives, {} sponsorships, {} touchpoints -> {} warnings",
        snapshot.sponsors.len(),
        snapshot.initiatives.len(),
        snapshot.sponsorships.len(),
        snapshot.touchpoints.len(),
        found.len()
    );
    println!("load_snapshot {load:?}, evaluate {evaluate:?}, list (load + evaluate + acks) {list:?}, what-if {what_if:?}");
    assert_eq!(listed.len(), found.len());
}
