//! The large demo: a deep organisation of 5,000 sponsors, 500 initiatives and 20,000
//! sponsorships, with 50,000 touchpoints, 40 committees and their meetings, decisions and
//! actions, and the evidence of value (quick wins, stories, metrics), all in one transaction, to
//! feel the app at scale. The sponsor map goes through the features' inserts with a history row
//! each; the bulk records after it are built whole here (ids included) and written with their
//! features' verbatim inserts, as an import does, each with its creation in history.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate};
use rusqlite::Transaction;

use super::clock::Clock;
use super::rng::Rng;
use super::texts;
use super::{large_committees, large_engagement, large_evidence, DemoSummary};
use crate::error::Result;
use crate::history::{self, HistoryAction};
use crate::initiatives::{InitiativeInput, InitiativeKind, InitiativeStatus, RequiredCoverage};
use crate::org_units::{OrgUnitInput, OrgUnitKind};
use crate::sponsors::{SponsorInput, SponsorStatus, Stance};
use crate::sponsorships::{Contributions, SponsorshipInput, SponsorshipRole};
use crate::{initiatives, org_units, sponsors, sponsorships, Id};

/// How many of each record; `FULL` is the large demo, tests use a tenth of it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Sizes {
    pub organisations: usize,
    pub sponsors: usize,
    pub initiatives: usize,
    pub sponsorships: usize,
    pub touchpoints: usize,
    pub committees: usize,
    pub meetings_per_committee: usize,
    pub decisions: usize,
    pub actions: usize,
    pub quick_wins: usize,
    pub stories: usize,
    pub metrics: usize,
    pub values_per_metric: usize,
}

pub(super) const FULL: Sizes = Sizes {
    organisations: 5,
    sponsors: 5_000,
    initiatives: 500,
    sponsorships: 20_000,
    touchpoints: 50_000,
    committees: 40,
    meetings_per_committee: 10,
    decisions: 2_000,
    actions: 4_000,
    quick_wins: 1_000,
    stories: 5_000,
    metrics: 100,
    values_per_metric: 100,
};

/// Below each organisation: directorates, their departments, and the departments' teams.
const DIRECTORATES: usize = 4;
const DEPARTMENTS: usize = 3;
const TEAMS: usize = 2;

/// Tiers by share of people: few executives, many line managers and champions.
const TIERS: &[i64] = &[1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4];

/// A sponsor as the later generators need them.
#[derive(Debug, Clone)]
pub(super) struct Person {
    pub id: Id,
    pub tier: i64,
    pub name: String,
}

/// What the sponsor map created, for the engagement, committee and evidence generators.
pub(super) struct World {
    pub today: NaiveDate,
    pub people: Vec<Person>,
    /// Sponsors of tiers 1 and 2, who sit on committees and see the KMO most.
    pub executives: Vec<usize>,
    pub plans: Vec<Id>,
}

impl World {
    pub fn day(&self, offset: i64) -> NaiveDate {
        self.today + Duration::days(offset)
    }
}

/// A number of records as an id (counts here are far below `Id::MAX`).
pub(super) fn as_id(n: usize) -> Id {
    Id::try_from(n).unwrap_or(Id::MAX)
}

/// The creation of a record built here, in history as a user's save would put it.
pub(super) fn record_created<T: serde::Serialize>(
    tx: &Transaction,
    at: &str,
    entity: &str,
    id: Id,
    record: &T,
) -> Result<()> {
    history::record_at(
        tx,
        at,
        entity,
        id,
        HistoryAction::Create,
        None,
        Some(record),
    )
}

/// The large demo at full size.
pub fn fill(tx: &Transaction, seed: u64, today: NaiveDate) -> Result<DemoSummary> {
    fill_sized(tx, seed, today, &FULL)
}

pub(super) fn fill_sized(
    tx: &Transaction,
    seed: u64,
    today: NaiveDate,
    sizes: &Sizes,
) -> Result<DemoSummary> {
    let mut rng = Rng::new(seed);
    let mut clock = Clock::new(today);
    let units = org_tree(tx, &mut clock, sizes)?;
    let people = sponsors_of(tx, &mut rng, &mut clock, today, &units, sizes)?;
    let plans = initiatives_of(tx, &mut rng, &mut clock, today, &units, sizes)?;
    let sponsorships = sponsorships_of(tx, &mut rng, &mut clock, today, &people, &plans, sizes)?;

    let executives = (0..people.len()).filter(|&i| people[i].tier <= 2).collect();
    let world = World {
        today,
        people,
        executives,
        plans,
    };
    let touchpoints = large_engagement::fill(tx, &mut rng, &mut clock, &world, sizes)?;
    let committees = large_committees::fill(tx, &mut rng, &mut clock, &world, sizes)?;
    let evidence = large_evidence::fill(tx, &mut rng, &mut clock, &world, sizes)?;

    let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
    Ok(DemoSummary {
        org_units: n(units.len()),
        sponsors: n(world.people.len()),
        initiatives: n(world.plans.len()),
        sponsorships: n(sponsorships),
        touchpoints: n(touchpoints),
        committees: n(committees.committees),
        meetings: n(committees.meetings),
        decisions: n(committees.decisions),
        actions: n(committees.actions),
        quick_wins: n(evidence.quick_wins),
        stories: n(evidence.stories),
        metrics: n(evidence.metrics),
        metric_values: n(evidence.metric_values),
    })
}

/// Organisations, directorates, departments and teams: four levels, every unit's parent made
/// before it. Returns every unit's id, organisations included.
fn org_tree(tx: &Transaction, clock: &mut Clock, sizes: &Sizes) -> Result<Vec<Id>> {
    let mut units: Vec<Id> = Vec::new();
    let mut add = |name: String, kind: OrgUnitKind, parent_id: Option<Id>| -> Result<Id> {
        let input = OrgUnitInput {
            name,
            kind,
            parent_id,
            notes: String::new(),
        };
        let id = org_units::create_at(tx, &input, &clock.tick())?.id;
        units.push(id);
        Ok(id)
    };
    for o in 1..=sizes.organisations {
        let top = add(
            format!("Organisation {o:02}"),
            OrgUnitKind::Organisation,
            None,
        )?;
        for d in 1..=DIRECTORATES {
            let dir = add(
                format!("Organisation {o:02} / Directorate {d}"),
                OrgUnitKind::Directorate,
                Some(top),
            )?;
            for p in 1..=DEPARTMENTS {
                let dept = add(
                    format!("Organisation {o:02} / Directorate {d} / Department {p}"),
                    OrgUnitKind::Department,
                    Some(dir),
                )?;
                for t in 1..=TEAMS {
                    add(
                        format!(
                            "Organisation {o:02} / Directorate {d} / Department {p} / Team {t}"
                        ),
                        OrgUnitKind::Team,
                        Some(dept),
                    )?;
                }
            }
        }
    }
    Ok(units)
}

/// Sponsors, each reporting to someone of a higher tier created before them: the reporting
/// lines form a tree four levels deep and no loop can form. Inserted without re-validating each
/// row (the generator keeps every rule by construction), then read back for its history entry,
/// as create does.
fn sponsors_of(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    today: NaiveDate,
    units: &[Id],
    sizes: &Sizes,
) -> Result<Vec<Person>> {
    let day = |offset: i64| today + Duration::days(offset);
    let mut people: Vec<Person> = Vec::with_capacity(sizes.sponsors);
    for n in 0..sizes.sponsors {
        let tier = *rng.pick(TIERS);
        let (status, status_date) = match rng.below(20) {
            0 => (SponsorStatus::Departing, Some(day(rng.between(1, 120)))),
            1 => (SponsorStatus::Departed, Some(day(-rng.between(1, 365)))),
            2 => (SponsorStatus::RoleChanged, Some(day(-rng.between(1, 365)))),
            _ => (SponsorStatus::Active, None),
        };
        let bosses: Vec<Id> = people
            .iter()
            .rev()
            .take(200)
            .filter(|p| p.tier < tier)
            .map(|p| p.id)
            .collect();
        let reports_to_id = (!bosses.is_empty()).then(|| bosses[rng.below(bosses.len())]);
        let first = rng.pick(texts::FIRST_NAMES);
        let last = rng.pick(texts::LAST_NAMES);
        let name = format!("{first} {last}");
        let input = SponsorInput {
            name: name.clone(),
            title: format!("Tier {tier} lead {n:04}"),
            email: None,
            org_unit_id: Some(units[rng.below(units.len())]),
            reports_to_id,
            tier,
            stance: *rng.pick(Stance::ALL),
            influence: rng.between(1, 5),
            interest: rng.between(1, 5),
            status,
            status_date,
            priorities: rng.pick(texts::COMPANY_PRIORITIES).to_string(),
            talking_points: rng.pick(texts::TALKING_POINTS).to_string(),
            preferred_channel: rng.pick(texts::CHANNELS).to_string(),
            notes: String::new(),
        };
        let at = clock.tick();
        let id = sponsors::insert(tx, None, &input, &at, &at)?;
        let sponsor = sponsors::get(tx, id)?;
        history::record_at(
            tx,
            &at,
            "sponsors",
            id,
            HistoryAction::Create,
            None,
            Some(&sponsor),
        )?;
        people.push(Person { id, tier, name });
    }
    Ok(people)
}

fn initiatives_of(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    today: NaiveDate,
    units: &[Id],
    sizes: &Sizes,
) -> Result<Vec<Id>> {
    let day = |offset: i64| today + Duration::days(offset);
    let mut plans: Vec<Id> = Vec::with_capacity(sizes.initiatives);
    for n in 0..sizes.initiatives {
        let start = rng.between(-700, 100);
        let input = InitiativeInput {
            name: format!("{} {n:03}", rng.pick(texts::PROGRAMMES)),
            kind: *rng.pick(InitiativeKind::ALL),
            business_problem: String::new(),
            measurable_goal: String::new(),
            owner: String::new(),
            status: *rng.pick(InitiativeStatus::ALL),
            start_date: Some(day(start)),
            target_date: Some(day(start + rng.between(90, 720))),
            maturity_baseline: None,
            required_coverage: RequiredCoverage::default(),
            org_unit_ids: vec![units[rng.below(units.len())]],
            milestones: Vec::new(),
            assessments: Vec::new(),
        };
        let at = clock.tick();
        let id = initiatives::insert(tx, None, &input, &at, &at)?;
        for unit in &input.org_unit_ids {
            initiatives::insert_org_unit(tx, id, *unit)?;
        }
        let initiative = initiatives::get(tx, id)?;
        history::record_at(
            tx,
            &at,
            "initiatives",
            id,
            HistoryAction::Create,
            None,
            Some(&initiative),
        )?;
        plans.push(id);
    }
    Ok(plans)
}

/// Each (sponsor, initiative, role) at most once, so no two open ones collide. Returns how many.
fn sponsorships_of(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    today: NaiveDate,
    people: &[Person],
    plans: &[Id],
    sizes: &Sizes,
) -> Result<usize> {
    let day = |offset: i64| today + Duration::days(offset);
    let mut taken: HashSet<(Id, Id, SponsorshipRole)> = HashSet::with_capacity(sizes.sponsorships);
    while taken.len() < sizes.sponsorships {
        let person = &people[rng.below(people.len())];
        let initiative_id = plans[rng.below(plans.len())];
        let role = match person.tier {
            1 | 2 if rng.chance(80) => SponsorshipRole::ExecutiveSponsor,
            3 if rng.chance(80) => SponsorshipRole::LineManagerSponsor,
            _ => *rng.pick(SponsorshipRole::ALL),
        };
        if !taken.insert((person.id, initiative_id, role)) {
            continue;
        }
        let start = rng.between(-700, 0);
        let input = SponsorshipInput {
            sponsor_id: Some(person.id),
            initiative_id: Some(initiative_id),
            role,
            start_date: Some(day(start)),
            end_date: rng.chance(15).then(|| day(start + rng.between(0, 600))),
            contributions: Contributions {
                translates_strategy: rng.chance(50),
                legitimizes: rng.chance(50),
                channels_resources: rng.chance(40),
                gives_voice: rng.chance(50),
                negotiates_accountability: rng.chance(30),
            },
            notes: String::new(),
        };
        let at = clock.tick();
        let id = sponsorships::insert(tx, None, &input, &at, &at)?;
        let sponsorship = sponsorships::get(tx, id)?;
        history::record_at(
            tx,
            &at,
            "sponsorships",
            id,
            HistoryAction::Create,
            None,
            Some(&sponsorship),
        )?;
    }
    Ok(taken.len())
}

#[cfg(test)]
mod tests {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};

    use super::{fill_sized, Sizes, FULL};
    use crate::demo::{fill, DemoSize};
    use crate::testing::date;
    use crate::transfer::{export_json, import_json};
    use crate::Store;

    /// A tenth of the large demo: the same generator, small enough for a debug test to fill
    /// three times and import once.
    const TENTH: Sizes = Sizes {
        organisations: 2,
        sponsors: 500,
        initiatives: 50,
        sponsorships: 2_000,
        touchpoints: 5_000,
        committees: 4,
        meetings_per_committee: 10,
        decisions: 200,
        actions: 400,
        quick_wins: 100,
        stories: 500,
        metrics: 10,
        values_per_metric: 100,
    };

    fn count(store: &Store, table: &str) -> i64 {
        store
            .conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    fn export_hash(dir: &tempfile::TempDir, name: &str, seed: u64) -> (u64, String) {
        let mut store = Store::open(&dir.path().join(name)).unwrap();
        store
            .write(|tx| fill_sized(tx, seed, date("2026-06-15"), &TENTH))
            .unwrap();
        let json = export_json(store.conn()).unwrap();
        let mut hasher = DefaultHasher::new();
        json.hash(&mut hasher);
        (hasher.finish(), json)
    }

    #[test]
    fn large_demo_fills_every_table_to_size_and_passes_the_checks() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("large.db")).unwrap();
        let summary = fill(&mut store, DemoSize::Large, 7, date("2026-06-15")).unwrap();
        assert_eq!(
            summary.to_string(),
            "205 org units, 5000 sponsors, 500 initiatives, 20000 sponsorships, \
             50000 touchpoints, 40 committees, 400 meetings, 2000 decisions, 4000 actions, \
             1000 quick wins, 5000 stories, 100 metrics with 10000 values"
        );
        for (table, expected) in [
            ("org_units", 205),
            ("sponsors", FULL.sponsors),
            ("initiatives", FULL.initiatives),
            ("sponsorships", FULL.sponsorships),
            ("touchpoints", FULL.touchpoints),
            ("committees", FULL.committees),
            ("meetings", FULL.committees * FULL.meetings_per_committee),
            ("decisions", FULL.decisions),
            ("actions", FULL.actions),
            ("quick_wins", FULL.quick_wins),
            ("stories", FULL.stories),
            ("metrics", FULL.metrics),
            ("metric_values", FULL.metrics * FULL.values_per_metric),
        ] {
            assert_eq!(count(&store, table), expected as i64, "{table}");
        }
        // Every record's creation is in history.
        let records: i64 = [
            "org_units",
            "sponsors",
            "initiatives",
            "sponsorships",
            "touchpoints",
            "committees",
            "committee_members",
            "meetings",
            "decisions",
            "actions",
            "quick_wins",
            "stories",
            "metrics",
            "metric_values",
        ]
        .iter()
        .map(|t| count(&store, t))
        .sum();
        assert_eq!(count(&store, "history"), records);
        // The children and the variety the warnings and screens need are there too.
        let some = |sql: &str| -> i64 { store.conn().query_row(sql, [], |r| r.get(0)).unwrap() };
        assert!(count(&store, "touchpoint_items") > 40_000);
        assert!(count(&store, "meeting_attendance") > 2_000);
        assert!(count(&store, "agenda_items") >= 800);
        assert!(count(&store, "story_quotes") >= 5_000);
        assert_eq!(
            some("SELECT count(*) FROM decisions WHERE status = 'superseded'"),
            some("SELECT count(*) FROM decisions WHERE supersedes_id IS NOT NULL")
        );
        assert!(some("SELECT count(*) FROM decisions WHERE status = 'superseded'") > 50);
        assert_eq!(
            some("SELECT count(DISTINCT consent) FROM story_quotes"),
            3,
            "given, pending and withheld quotes"
        );
        assert!(
            some("SELECT count(*) FROM actions WHERE status = 'open' AND due_on < '2026-06-15'")
                > 100
        );
        assert!(
            some("SELECT max(length(name)) FROM org_units") > 50,
            "a deep tree"
        );
        assert!(store.check().unwrap().ok);
    }

    #[test]
    fn a_tenth_of_the_large_demo_is_deterministic_and_passes_every_feature_check() {
        let dir = tempfile::tempdir().unwrap();
        let (a, json) = export_hash(&dir, "a.db", 3);
        let (b, _) = export_hash(&dir, "b.db", 3);
        let (c, _) = export_hash(&dir, "c.db", 4);
        assert_eq!(a, b, "the same seed gave different exports");
        assert_ne!(a, c, "another seed gave the same export");
        // Import runs every record through its feature's own checks, so this proves the
        // generator keeps every rule (memberships, attendance, supersede chains, consent...).
        let mut fresh = Store::open(&dir.path().join("imported.db")).unwrap();
        import_json(&mut fresh, &json).unwrap();
        assert_eq!(export_json(fresh.conn()).unwrap(), json);
    }
}
