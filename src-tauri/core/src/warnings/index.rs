//! Lookups over a snapshot, built once per evaluation so every rule runs in near-linear time:
//! sponsorships by initiative and by sponsor, touchpoints by sponsor, and the org-unit tree.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::snapshot::{Snapshot, SponsorFacts, SponsorshipFacts, TouchpointFacts};
use crate::Id;

pub(crate) struct Index<'a> {
    pub snap: &'a Snapshot,
    /// In id order.
    pub by_initiative: HashMap<Id, Vec<&'a SponsorshipFacts>>,
    /// In id order.
    pub by_sponsor: HashMap<Id, Vec<&'a SponsorshipFacts>>,
    /// Oldest first (date, then id), as the snapshot holds them.
    pub touchpoints_by_sponsor: HashMap<Id, Vec<&'a TouchpointFacts>>,
}

impl<'a> Index<'a> {
    pub fn new(snap: &'a Snapshot) -> Index<'a> {
        let mut by_initiative: HashMap<Id, Vec<&SponsorshipFacts>> = HashMap::new();
        let mut by_sponsor: HashMap<Id, Vec<&SponsorshipFacts>> = HashMap::new();
        for s in &snap.sponsorships {
            by_initiative.entry(s.initiative_id).or_default().push(s);
            by_sponsor.entry(s.sponsor_id).or_default().push(s);
        }
        let mut touchpoints_by_sponsor: HashMap<Id, Vec<&TouchpointFacts>> = HashMap::new();
        for t in &snap.touchpoints {
            for sponsor_id in &t.sponsor_ids {
                touchpoints_by_sponsor
                    .entry(*sponsor_id)
                    .or_default()
                    .push(t);
            }
        }
        Index {
            snap,
            by_initiative,
            by_sponsor,
            touchpoints_by_sponsor,
        }
    }

    pub fn sponsor(&self, id: Id) -> Option<&'a SponsorFacts> {
        self.snap.sponsors.get(&id)
    }

    pub fn sponsorships_of_initiative(&self, id: Id) -> &[&'a SponsorshipFacts] {
        self.by_initiative.get(&id).map_or(&[], Vec::as_slice)
    }

    pub fn sponsorships_of_sponsor(&self, id: Id) -> &[&'a SponsorshipFacts] {
        self.by_sponsor.get(&id).map_or(&[], Vec::as_slice)
    }

    /// A sponsor's touchpoints on or before `day`, oldest first.
    pub fn touchpoints_until(&self, sponsor_id: Id, day: NaiveDate) -> &[&'a TouchpointFacts] {
        let all = self
            .touchpoints_by_sponsor
            .get(&sponsor_id)
            .map_or(&[][..], Vec::as_slice);
        let end = all.partition_point(|t| t.occurred_on <= day);
        &all[..end]
    }

    /// True when `unit` is `ancestor` or lies under it in the org tree. The walk is bounded by
    /// the number of units, so a cycle in damaged data cannot loop forever.
    pub fn unit_within(&self, unit: Id, ancestor: Id) -> bool {
        let mut current = Some(unit);
        for _ in 0..=self.snap.org_units.len() {
            match current {
                Some(id) if id == ancestor => return true,
                Some(id) => current = self.snap.org_units.get(&id).and_then(|u| u.parent_id),
                None => return false,
            }
        }
        false
    }

    pub fn unit_name(&self, id: Id) -> String {
        self.snap
            .org_units
            .get(&id)
            .map_or_else(|| format!("org unit {id}"), |u| u.name.clone())
    }
}
