//! The small demo: a military-style Joint Command and the company Northwind Analytics, with
//! sponsors at every tier, stance and status, and initiatives with deliberate coverage gaps.
//! Every record goes through the same create functions (and validation) a user's save does.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::Transaction;

use super::clock::Clock;
use super::rng::Rng;
use super::texts;
use super::DemoSummary;
use crate::error::{CoreError, Result};
use crate::initiatives::{
    AssessmentInput, InitiativeInput, InitiativeKind as IK, InitiativeStatus as IS, MilestoneInput,
    RequiredCoverage,
};
use crate::org_units::{OrgUnitInput, OrgUnitKind as OK};
use crate::sponsors::{SponsorInput, SponsorStatus, Stance};
use crate::sponsorships::{Contributions, SponsorshipInput, SponsorshipRole as R};
use crate::{initiatives, org_units, sponsors, sponsorships, Id};

/// (key, name, kind, parent key)
const UNITS: &[(&str, &str, OK, Option<&str>)] = &[
    ("jc", "Joint Command", OK::Organisation, None),
    (
        "cos",
        "Office of the Chief of Staff",
        OK::Directorate,
        Some("jc"),
    ),
    ("kmwg", "KM Working Group", OK::WorkingGroup, Some("cos")),
    ("j1", "J1 Personnel", OK::Directorate, Some("jc")),
    ("j2", "J2 Intelligence", OK::Directorate, Some("jc")),
    ("j3", "J3 Operations", OK::Directorate, Some("jc")),
    ("j4", "J4 Logistics", OK::Directorate, Some("jc")),
    ("j5", "J5 Plans", OK::Directorate, Some("jc")),
    (
        "j6",
        "J6 Communications and IT",
        OK::Directorate,
        Some("jc"),
    ),
    ("nw", "Northwind Analytics", OK::Organisation, None),
    ("products", "Products", OK::BusinessGroup, Some("nw")),
    ("web", "Web", OK::BusinessGroup, Some("nw")),
    ("support", "Support", OK::BusinessGroup, Some("nw")),
    ("tier2", "Tier 2 Support", OK::Team, Some("support")),
    ("sales", "Sales", OK::BusinessGroup, Some("nw")),
];

/// Status relative to today: departing in n days, departed or role changed n days ago.
#[derive(Clone, Copy)]
enum St {
    Active,
    Departing(i64),
    Departed(i64),
    RoleChanged(i64),
}

struct Person {
    key: &'static str,
    unit: &'static str,
    title: &'static str,
    tier: u8,
    stance: Stance,
    status: St,
    boss: Option<&'static str>,
}

const fn p(
    key: &'static str,
    unit: &'static str,
    title: &'static str,
    tier: u8,
    stance: Stance,
    status: St,
    boss: Option<&'static str>,
) -> Person {
    Person {
        key,
        unit,
        title,
        tier,
        stance,
        status,
        boss,
    }
}

use Stance::{Champion as Ch, Neutral as Ne, Opponent as Op, Skeptic as Sk, Supporter as Su};

/// Bosses come before the people who report to them.
const PEOPLE: &[Person] = &[
    p("cos", "cos", "Chief of Staff", 1, Ch, St::Active, None),
    p(
        "dcos",
        "cos",
        "Deputy Chief of Staff (moved to a NATO post)",
        1,
        Ne,
        St::RoleChanged(45),
        Some("cos"),
    ),
    p(
        "j1",
        "j1",
        "Director J1 Personnel",
        2,
        Su,
        St::Active,
        Some("cos"),
    ),
    p(
        "j2",
        "j2",
        "Director J2 Intelligence",
        2,
        Sk,
        St::Active,
        Some("cos"),
    ),
    p(
        "j3",
        "j3",
        "Director J3 Operations",
        2,
        Ch,
        St::Departing(40),
        Some("cos"),
    ),
    p(
        "j4",
        "j4",
        "Director J4 Logistics",
        2,
        Ne,
        St::Active,
        Some("cos"),
    ),
    p(
        "j5",
        "j5",
        "Director J5 Plans",
        2,
        Su,
        St::Active,
        Some("cos"),
    ),
    p(
        "j6",
        "j6",
        "Director J6 Communications and IT",
        2,
        Op,
        St::Active,
        Some("cos"),
    ),
    p(
        "kmwg",
        "kmwg",
        "Chair, KM Working Group",
        3,
        Ch,
        St::Active,
        Some("cos"),
    ),
    p(
        "j1m",
        "j1",
        "Branch Chief, Training and Readiness",
        3,
        Su,
        St::Active,
        Some("j1"),
    ),
    p(
        "j3m",
        "j3",
        "Branch Chief, Current Operations",
        3,
        Su,
        St::Active,
        Some("j3"),
    ),
    p(
        "j4m",
        "j4",
        "Branch Chief, Supply Chain",
        3,
        Ne,
        St::Active,
        Some("j4"),
    ),
    p(
        "j5m",
        "j5",
        "Branch Chief, Future Plans",
        3,
        Su,
        St::Departed(20),
        Some("j5"),
    ),
    p(
        "j6m",
        "j6",
        "Service Desk Manager",
        3,
        Sk,
        St::Active,
        Some("j6"),
    ),
    p(
        "j2c",
        "j2",
        "Lessons Learned Analyst",
        4,
        Ch,
        St::Active,
        Some("j2"),
    ),
    p("j3c", "j3", "Watch Officer", 4, Su, St::Active, Some("j3m")),
    p(
        "ceo",
        "nw",
        "Chief Executive Officer",
        1,
        Su,
        St::Active,
        None,
    ),
    p(
        "coo",
        "nw",
        "Chief Operating Officer",
        1,
        Ch,
        St::Departing(20),
        Some("ceo"),
    ),
    p(
        "vpp",
        "products",
        "VP Products",
        2,
        Ch,
        St::Active,
        Some("ceo"),
    ),
    p("vpw", "web", "Head of Web", 2, Ne, St::Active, Some("coo")),
    p(
        "vps",
        "support",
        "Director of Support",
        2,
        Su,
        St::Active,
        Some("coo"),
    ),
    p("vpsa", "sales", "VP Sales", 2, Sk, St::Active, Some("ceo")),
    p(
        "pm",
        "products",
        "Product Management Lead",
        3,
        Su,
        St::Active,
        Some("vpp"),
    ),
    p(
        "webm",
        "web",
        "Web Engineering Manager",
        3,
        Ch,
        St::Active,
        Some("vpw"),
    ),
    p(
        "supm",
        "tier2",
        "Tier 2 Support Manager",
        3,
        Ch,
        St::Active,
        Some("vps"),
    ),
    p(
        "salm",
        "sales",
        "Regional Sales Manager",
        3,
        Op,
        St::Active,
        Some("vpsa"),
    ),
    p(
        "supc",
        "tier2",
        "Senior Support Engineer",
        4,
        Ch,
        St::Active,
        Some("supm"),
    ),
    p(
        "salc",
        "sales",
        "Sales Enablement Specialist",
        4,
        Su,
        St::Active,
        Some("salm"),
    ),
    p(
        "webc",
        "web",
        "Front-end Developer",
        4,
        Ne,
        St::Active,
        Some("webm"),
    ),
    p(
        "prodc",
        "products",
        "Data Analyst",
        4,
        Sk,
        St::Active,
        Some("pm"),
    ),
];

struct Plan {
    key: &'static str,
    name: &'static str,
    kind: IK,
    status: IS,
    problem: &'static str,
    goal: &'static str,
    owner: &'static str,
    /// Start and target, in days from today.
    days: (i64, i64),
    maturity: Option<u8>,
    /// Required (executive, tier1, tier2, tier3, tier4).
    need: (u8, u8, u8, u8, u8),
    units: &'static [&'static str],
    /// (quarters from today's, title, done)
    milestones: &'static [(i64, &'static str, bool)],
    /// (days from today, level, note)
    assessments: &'static [(i64, u8, &'static str)],
}

const PLANS: &[Plan] = &[
    Plan {
        key: "llp",
        name: "Lessons Learned Portal",
        kind: IK::Programme,
        status: IS::Active,
        problem: "Lessons from exercises stay in slide decks; the next rotation repeats the same mistakes",
        goal: "80% of after-action lessons assigned an owner within 30 days",
        owner: "KM Officer, Office of the Chief of Staff",
        days: (-300, 240),
        maturity: Some(2),
        need: (1, 0, 0, 1, 1),
        units: &["cos", "j2", "j3"],
        milestones: &[(-2, "Portal live for J2 and J3", true), (0, "Lessons owner workflow", false), (2, "All directorates on board", false)],
        assessments: &[(-300, 2, "Baseline: lessons kept per exercise, rarely reused"), (-90, 3, "Owners assigned in two directorates")],
    },
    Plan {
        key: "opscop",
        name: "Operations Community of Practice",
        kind: IK::CommunityOfPractice,
        status: IS::Active,
        problem: "Watch officers solve the same incidents differently on every shift",
        goal: "Monthly peer assists; shift handover time down 20%",
        owner: "Branch Chief, Current Operations",
        days: (-200, 165),
        maturity: Some(2),
        need: (1, 0, 0, 1, 0),
        units: &["j3", "j5"],
        milestones: &[(-1, "First peer assist", true), (1, "Handover checklist agreed", false)],
        assessments: &[(-200, 2, "Baseline")],
    },
    Plan {
        key: "onboard",
        name: "Onboarding Time-to-Competency",
        kind: IK::Programme,
        status: IS::Proposed,
        problem: "Newly posted staff officers take four months to be effective",
        goal: "Time-to-competency from 16 to 10 weeks",
        owner: "Director J1 Personnel",
        days: (30, 400),
        maturity: None,
        need: (1, 0, 0, 1, 0),
        units: &["j1"],
        milestones: &[(1, "Connect new arrivals to experts", false), (3, "Pilot with the summer rotation", false)],
        assessments: &[],
    },
    Plan {
        key: "aar",
        name: "After-Action Review Library",
        kind: IK::Project,
        status: IS::Completed,
        problem: "After-action reviews were filed but never found again",
        goal: "Every exercise AAR searchable within a week",
        owner: "Lessons Learned Analyst",
        days: (-500, -120),
        maturity: Some(1),
        need: (1, 0, 0, 0, 0),
        units: &["j2"],
        milestones: &[(-5, "Library structure", true), (-3, "Back catalogue loaded", true)],
        assessments: &[(-500, 1, "Baseline"), (-130, 3, "Closed out")],
    },
    Plan {
        key: "expertise",
        name: "Expertise Profiles",
        kind: IK::Project,
        status: IS::Active,
        problem: "People hire consultants for expertise we already have in-house",
        goal: "1,000 expertise profiles; 10 consultant engagements avoided a year",
        owner: "KM lead, Northwind",
        days: (-60, 300),
        maturity: None,
        need: (1, 0, 0, 1, 0),
        units: &["products", "web", "support", "sales"],
        milestones: &[(0, "Profile template", true), (1, "CEO and directs complete profiles", false)],
        assessments: &[],
    },
    Plan {
        key: "subs",
        name: "Duplicate Subscriptions Consolidation",
        kind: IK::Project,
        status: IS::Active,
        problem: "Teams pay separately for the same research and data subscriptions",
        goal: "Save $120,000 a year by consolidating duplicate subscriptions (a quick win within six months)",
        owner: "Tier 2 Support Manager",
        days: (-45, 135),
        maturity: None,
        need: (1, 0, 0, 1, 0),
        units: &["products", "sales", "support"],
        milestones: &[(0, "Inventory of subscriptions", true), (1, "Cancel duplicates", false)],
        assessments: &[],
    },
    Plan {
        key: "kcs",
        name: "Support Knowledge Base",
        kind: IK::Programme,
        status: IS::Active,
        problem: "Support, Web and Products publish conflicting answers to the same question",
        goal: "First-contact resolution from 55% to 70%; one answer per topic",
        owner: "Director of Support",
        days: (-250, 200),
        maturity: Some(2),
        need: (2, 0, 1, 2, 1),
        units: &["support", "web", "products"],
        milestones: &[(-1, "Article quality audit", true), (1, "Shared content model with Web", false), (2, "Retire the old wiki", false)],
        assessments: &[(-250, 2, "Baseline"), (-30, 3, "Quality audit running")],
    },
    Plan {
        key: "search",
        name: "Help Site Search",
        kind: IK::Project,
        status: IS::OnHold,
        problem: "Customers cannot find answers on the help site and open tickets instead",
        goal: "Self-service success rate up 15 points",
        owner: "Head of Web",
        days: (-120, 180),
        maturity: None,
        need: (1, 0, 0, 0, 1),
        units: &["web"],
        milestones: &[(1, "Search analytics review", false)],
        assessments: &[],
    },
    Plan {
        key: "playbook",
        name: "Sales Playbook Wiki",
        kind: IK::Project,
        status: IS::Cancelled,
        problem: "Each region wrote its own objection handling",
        goal: "One playbook used by every region",
        owner: "VP Sales",
        days: (-400, -60),
        maturity: None,
        need: (1, 0, 0, 1, 0),
        units: &["sales"],
        milestones: &[(-4, "Draft playbook", true)],
        assessments: &[],
    },
];

/// (person, plan, role, start days from today, end days from today)
const BACKING: &[(&str, &str, R, i64, Option<i64>)] = &[
    ("cos", "llp", R::ExecutiveSponsor, -300, None),
    ("dcos", "llp", R::ExecutiveSponsor, -300, None),
    ("j1", "llp", R::Champion, -200, None),
    ("kmwg", "llp", R::LineManagerSponsor, -300, None),
    ("j2c", "llp", R::Champion, -280, None),
    // The departing J3 director's successor is already waiting in the wings.
    ("j3", "opscop", R::ExecutiveSponsor, -200, None),
    ("j5", "opscop", R::SuccessorInWaiting, -40, None),
    ("j5m", "opscop", R::LineManagerSponsor, -200, None),
    ("j3m", "opscop", R::LineManagerSponsor, -190, None),
    ("j3c", "opscop", R::Champion, -150, None),
    ("j1", "onboard", R::ExecutiveSponsor, -20, None),
    ("j1m", "onboard", R::LineManagerSponsor, -20, None),
    ("j2", "aar", R::ExecutiveSponsor, -500, Some(-120)),
    ("j2c", "aar", R::Champion, -500, Some(-120)),
    // A pet project: only the CEO.
    ("ceo", "expertise", R::ExecutiveSponsor, -60, None),
    // No executive at all.
    ("supm", "subs", R::LineManagerSponsor, -45, None),
    ("prodc", "subs", R::Champion, -45, None),
    ("salc", "subs", R::Champion, -30, None),
    ("coo", "kcs", R::ExecutiveSponsor, -250, None),
    ("vps", "kcs", R::ExecutiveSponsor, -250, None),
    ("supm", "kcs", R::LineManagerSponsor, -240, None),
    ("webm", "kcs", R::LineManagerSponsor, -200, None),
    ("supc", "kcs", R::Champion, -240, None),
    ("vpw", "search", R::ExecutiveSponsor, -120, None),
    ("webc", "search", R::Champion, -100, None),
    ("vpsa", "playbook", R::ExecutiveSponsor, -400, Some(-60)),
    ("salm", "playbook", R::LineManagerSponsor, -380, Some(-60)),
];

struct Filler<'a, 'c> {
    tx: &'a Transaction<'c>,
    rng: Rng,
    clock: Clock,
    today: NaiveDate,
}

pub fn fill(tx: &Transaction, seed: u64, today: NaiveDate) -> Result<DemoSummary> {
    let mut f = Filler {
        tx,
        rng: Rng::new(seed),
        clock: Clock::new(today),
        today,
    };
    let units = f.units()?;
    let people = f.people(&units)?;
    let plans = f.plans(&units)?;
    f.backing(&people, &plans)?;
    let touchpoints = super::engagement::fill(tx, today, &people)?;
    let committees = super::committees::fill(tx, today, &people, &plans)?;
    let evidence = super::evidence::fill(tx, today, &people, &plans, committees.last_steering)?;
    let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
    Ok(DemoSummary {
        org_units: n(units.len()),
        sponsors: n(people.len()),
        initiatives: n(plans.len()),
        sponsorships: n(BACKING.len()),
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

/// A key in the tables above that does not resolve is a bug in this file.
pub(super) fn lookup(map: &HashMap<&str, Id>, key: &str) -> Result<Id> {
    map.get(key).copied().ok_or_else(|| CoreError::Conflict {
        field: None,
        message: format!("demo data refers to an unknown key {key}"),
    })
}

impl Filler<'_, '_> {
    fn day(&self, offset: i64) -> NaiveDate {
        self.today + Duration::days(offset)
    }

    fn quarter(&self, offset: i64) -> String {
        quarter(self.today, offset)
    }

    fn units(&mut self) -> Result<HashMap<&'static str, Id>> {
        let mut ids = HashMap::new();
        for (key, name, kind, parent) in UNITS {
            let parent_id = parent.map(|p| lookup(&ids, p)).transpose()?;
            let input = OrgUnitInput {
                name: (*name).to_string(),
                kind: *kind,
                parent_id,
                notes: String::new(),
            };
            ids.insert(
                *key,
                org_units::create_at(self.tx, &input, &self.clock.tick())?.id,
            );
        }
        Ok(ids)
    }

    /// Distinct names for every person, shuffled by the seed.
    fn names(&mut self) -> Vec<(String, String)> {
        let mut all: Vec<(String, String)> = texts::FIRST_NAMES
            .iter()
            .flat_map(|f| {
                texts::LAST_NAMES
                    .iter()
                    .map(move |l| ((*f).to_string(), (*l).to_string()))
            })
            .collect();
        let mut picked = Vec::new();
        while picked.len() < PEOPLE.len() {
            let (first, last) = all.swap_remove(self.rng.below(all.len()));
            // One person per first name and per last name keeps the demo easy to read.
            if picked
                .iter()
                .all(|(f, l): &(String, String)| *f != first && *l != last)
            {
                picked.push((first, last));
            }
        }
        picked
    }

    fn people(&mut self, units: &HashMap<&str, Id>) -> Result<HashMap<&'static str, Id>> {
        let names = self.names();
        let mut ids = HashMap::new();
        for (person, (first, last)) in PEOPLE.iter().zip(names) {
            let military = !matches!(
                person.unit,
                "nw" | "products" | "web" | "support" | "tier2" | "sales"
            );
            let (name, domain, priorities) = if military {
                let rank = texts::RANKS[usize::from(person.tier - 1)];
                (
                    format!("{rank} {first} {last}"),
                    "jointcommand.example",
                    texts::MILITARY_PRIORITIES,
                )
            } else {
                (
                    format!("{first} {last}"),
                    "northwind.example",
                    texts::COMPANY_PRIORITIES,
                )
            };
            let email = format!("{}.{}@{domain}", ascii_lower(&first), ascii_lower(&last));
            let (status, status_date) = match person.status {
                St::Active => (SponsorStatus::Active, None),
                St::Departing(days) => (SponsorStatus::Departing, Some(self.day(days))),
                St::Departed(days) => (SponsorStatus::Departed, Some(self.day(-days))),
                St::RoleChanged(days) => (SponsorStatus::RoleChanged, Some(self.day(-days))),
            };
            let tier = i64::from(person.tier);
            let input = SponsorInput {
                name,
                title: person.title.to_string(),
                email: Some(email),
                org_unit_id: Some(lookup(units, person.unit)?),
                reports_to_id: person.boss.map(|b| lookup(&ids, b)).transpose()?,
                tier,
                stance: person.stance,
                influence: (6 - tier + self.rng.between(-1, 0)).clamp(1, 5),
                interest: (i64::from(person.stance.warmth()) + self.rng.between(-1, 1)).clamp(1, 5),
                status,
                status_date,
                priorities: self.pick_lines(priorities, 2),
                talking_points: self.pick_lines(texts::TALKING_POINTS, 2),
                preferred_channel: self.rng.pick(texts::CHANNELS).to_string(),
                notes: String::new(),
            };
            ids.insert(
                person.key,
                sponsors::create_at(self.tx, &input, &self.clock.tick())?.id,
            );
        }
        Ok(ids)
    }

    /// `count` different lines of `pool`, one per line.
    fn pick_lines(&mut self, pool: &[&str], count: usize) -> String {
        let mut lines: Vec<&str> = Vec::new();
        while lines.len() < count.min(pool.len()) {
            let line = *self.rng.pick(pool);
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
        lines.join("\n")
    }

    fn plans(&mut self, units: &HashMap<&str, Id>) -> Result<HashMap<&'static str, Id>> {
        let mut ids = HashMap::new();
        for plan in PLANS {
            let (executive, tier1, tier2, tier3, tier4) = plan.need;
            let (start_jitter, target_jitter) = (self.rng.between(-10, 0), self.rng.between(0, 10));
            let input = InitiativeInput {
                name: plan.name.to_string(),
                kind: plan.kind,
                business_problem: plan.problem.to_string(),
                measurable_goal: plan.goal.to_string(),
                owner: plan.owner.to_string(),
                status: plan.status,
                start_date: Some(self.day(plan.days.0 + start_jitter)),
                target_date: Some(self.day(plan.days.1 + target_jitter)),
                maturity_baseline: plan.maturity.map(i64::from),
                required_coverage: RequiredCoverage {
                    executive,
                    tier1,
                    tier2,
                    tier3,
                    tier4,
                },
                org_unit_ids: plan
                    .units
                    .iter()
                    .map(|u| lookup(units, u))
                    .collect::<Result<_>>()?,
                milestones: plan
                    .milestones
                    .iter()
                    .map(|(q, title, done)| MilestoneInput {
                        quarter: self.quarter(*q),
                        title: (*title).to_string(),
                        done: *done,
                    })
                    .collect(),
                assessments: plan
                    .assessments
                    .iter()
                    .map(|(days, level, note)| AssessmentInput {
                        assessed_on: self.day(*days),
                        level: i64::from(*level),
                        note: (*note).to_string(),
                    })
                    .collect(),
            };
            ids.insert(
                plan.key,
                initiatives::create_at(self.tx, &input, &self.clock.tick())?.id,
            );
        }
        Ok(ids)
    }

    fn backing(&mut self, people: &HashMap<&str, Id>, plans: &HashMap<&str, Id>) -> Result<()> {
        for (person, plan, role, start, end) in BACKING {
            let contributions = Contributions {
                translates_strategy: self.rng.chance(50),
                // An executive sponsor legitimizes by definition; others sometimes do.
                legitimizes: *role == R::ExecutiveSponsor || self.rng.chance(30),
                channels_resources: self.rng.chance(40),
                gives_voice: self.rng.chance(50),
                negotiates_accountability: self.rng.chance(30),
            };
            let jitter = self.rng.between(0, 5);
            let input = SponsorshipInput {
                sponsor_id: Some(lookup(people, person)?),
                initiative_id: Some(lookup(plans, plan)?),
                role: *role,
                start_date: Some(self.day(*start + jitter)),
                end_date: end.map(|e| self.day(e)),
                contributions,
                notes: String::new(),
            };
            sponsorships::create_at(self.tx, &input, &self.clock.tick(), self.today)?;
        }
        Ok(())
    }
}

/// `YYYY-Qn` of the quarter `offset` quarters from the one holding `today`.
fn quarter(today: NaiveDate, offset: i64) -> String {
    let index = i64::from(today.year()) * 4 + i64::from(today.month0() / 3) + offset;
    format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
}

/// An email-safe spelling of a name: ASCII letters only, lower case ("Zielińska" → "zieliska").
fn ascii_lower(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sponsors::SponsorQuery;
    use crate::testing::date;
    use crate::Store;

    fn filled(seed: u64) -> Store {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::fill(
            &mut store,
            crate::demo::DemoSize::Small,
            seed,
            date("2026-06-15"),
        )
        .unwrap();
        store
    }

    #[test]
    fn covers_every_tier_stance_status_kind_and_initiative_status() {
        let store = filled(42);
        let today = date("2026-06-15");
        let rows = sponsors::list_on(store.conn(), &SponsorQuery::default(), today).unwrap();
        assert_eq!(rows.len(), PEOPLE.len());
        for tier in 1..=4 {
            assert!(rows.iter().any(|r| r.tier == tier), "tier {tier}");
        }
        for stance in Stance::ALL {
            assert!(rows.iter().any(|r| r.stance == *stance), "{stance}");
        }
        for status in SponsorStatus::ALL {
            assert!(rows.iter().any(|r| r.status == *status), "{status}");
        }
        let departing_soon = rows.iter().filter(|r| {
            r.status == SponsorStatus::Departing
                && r.status_date
                    .is_some_and(|d| d <= today + Duration::days(60))
        });
        assert!(departing_soon.count() >= 2);
        let departed = rows
            .iter()
            .find(|r| r.status == SponsorStatus::Departed)
            .unwrap();
        assert!(
            departed.open_sponsorships > 0,
            "the departed sponsor still holds a sponsorship"
        );
        let list = initiatives::list_on(store.conn(), today).unwrap();
        for kind in IK::ALL {
            assert!(list.iter().any(|i| i.kind == *kind), "{kind}");
        }
        for status in IS::ALL {
            assert!(list.iter().any(|i| i.status == *status), "{status}");
        }
        assert!(store.check().unwrap().ok);
    }

    #[test]
    fn has_the_deliberate_gaps() {
        let store = filled(42);
        let today = date("2026-06-15");
        let by_name = |name: &str| {
            let row = initiatives::list_on(store.conn(), today)
                .unwrap()
                .into_iter()
                .find(|i| i.name == name)
                .unwrap();
            initiatives::detail_on(store.conn(), row.id, today).unwrap()
        };
        let pet = by_name("Expertise Profiles");
        let tiers: Vec<usize> = pet.tiers.iter().map(|t| t.sponsorships.len()).collect();
        assert_eq!(tiers, [1, 0, 0, 0]);
        let orphan = by_name("Duplicate Subscriptions Consolidation");
        assert_eq!(
            (orphan.coverage[0].key.as_str(), orphan.coverage[0].active),
            ("executive", 0)
        );
        let cop = by_name("Operations Community of Practice");
        assert!(cop
            .tiers
            .iter()
            .flat_map(|t| &t.sponsorships)
            .any(|v| v.sponsorship.role == R::SuccessorInWaiting));
    }

    #[test]
    fn quarters_roll_over_years() {
        assert_eq!(quarter(date("2026-11-30"), 0), "2026-Q4");
        assert_eq!(quarter(date("2026-11-30"), 1), "2027-Q1");
        assert_eq!(quarter(date("2026-02-01"), -1), "2025-Q4");
        assert_eq!(quarter(date("2026-02-01"), -9), "2023-Q4");
    }
}
