//! Lookups over a snapshot, built once per evaluation so every rule runs in near-linear time:
//! sponsorships by initiative and by sponsor, touchpoints by sponsor, and the org-unit tree;
//! plus the sponsors a what-if changed, read in place of the snapshot's own facts.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::NaiveDate;

use super::snapshot::{Snapshot, SponsorFacts, SponsorshipFacts, TouchpointFacts};
use crate::sponsors::model::Stance;
use crate::Id;

/// Hashes an id with one multiplication (Fibonacci hashing). Ids are our own rowids, not
/// attacker-chosen keys, so std's DoS-resistant SipHash only costs time here.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*byte)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_i64(&mut self, id: i64) {
        self.0 = (id as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

pub(crate) type IdMap<V> = HashMap<Id, V, BuildHasherDefault<IdHasher>>;

/// One entry of a sponsor's touchpoint list, with the date and stance copied beside the
/// reference: searching a list then reads one contiguous array instead of chasing pointers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Seen<'a> {
    pub on: NaiveDate,
    pub stance: Option<Stance>,
    pub touchpoint: &'a TouchpointFacts,
}

pub(crate) struct Index<'a> {
    pub snap: &'a Snapshot,
    /// Sponsors whose facts a what-if changed (a handful at most), read instead of the
    /// snapshot's: the lookups below do not depend on any sponsor's facts, so one index serves
    /// both the "before" and the "after" world without copying the snapshot.
    overrides: &'a [SponsorFacts],
    /// In id order.
    by_initiative: IdMap<Vec<&'a SponsorshipFacts>>,
    /// In id order.
    by_sponsor: IdMap<Vec<&'a SponsorshipFacts>>,
    /// Each sponsor's touchpoints, oldest first (date, then id), as one flat list: sponsor
    /// `slot` owns `touchpoints[starts[slot]..starts[slot + 1]]`. Built in two passes without
    /// a vector per sponsor, because there are ten times more pairs than sponsors.
    slots: IdMap<usize>,
    starts: Vec<usize>,
    touchpoints: Vec<Seen<'a>>,
}

impl<'a> Index<'a> {
    pub fn new(snap: &'a Snapshot) -> Index<'a> {
        let mut by_initiative: IdMap<Vec<&SponsorshipFacts>> = IdMap::default();
        let mut by_sponsor: IdMap<Vec<&SponsorshipFacts>> = IdMap::default();
        for s in &snap.sponsorships {
            by_initiative.entry(s.initiative_id).or_default().push(s);
            by_sponsor.entry(s.sponsor_id).or_default().push(s);
        }

        let slots: IdMap<usize> = snap
            .sponsors
            .keys()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect();
        let mut starts = vec![0usize; slots.len() + 1];
        for t in &snap.touchpoints {
            for slot in t.sponsor_ids.iter().filter_map(|id| slots.get(id)) {
                starts[slot + 1] += 1;
            }
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut fill = starts.clone();
        let mut touchpoints: Vec<Seen> = match snap.touchpoints.first() {
            Some(first) => {
                let blank = Seen {
                    on: first.occurred_on,
                    stance: None,
                    touchpoint: first,
                };
                vec![blank; starts[slots.len()]]
            }
            None => Vec::new(),
        };
        for t in &snap.touchpoints {
            let seen = Seen {
                on: t.occurred_on,
                stance: t.stance_observed,
                touchpoint: t,
            };
            for slot in t.sponsor_ids.iter().filter_map(|id| slots.get(id)) {
                touchpoints[fill[*slot]] = seen;
                fill[*slot] += 1;
            }
        }
        Index {
            snap,
            overrides: &[],
            by_initiative,
            by_sponsor,
            slots,
            starts,
            touchpoints,
        }
    }

    /// Reads `overrides` in place of the snapshot's facts of the same sponsors; an override of
    /// an id the snapshot does not hold is never read.
    pub fn set_overrides(&mut self, overrides: &'a [SponsorFacts]) {
        self.overrides = overrides;
    }

    fn overridden(&self, p: &'a SponsorFacts) -> &'a SponsorFacts {
        self.overrides.iter().find(|o| o.id == p.id).unwrap_or(p)
    }

    pub fn sponsor(&self, id: Id) -> Option<&'a SponsorFacts> {
        let p = self.snap.sponsors.get(&id)?;
        Some(if self.overrides.is_empty() {
            p
        } else {
            self.overridden(p)
        })
    }

    /// Every sponsor, by id.
    pub fn sponsors(&self) -> impl Iterator<Item = &'a SponsorFacts> + '_ {
        self.snap.sponsors.values().map(|p| self.overridden(p))
    }

    pub fn sponsorships_of_initiative(&self, id: Id) -> &[&'a SponsorshipFacts] {
        self.by_initiative.get(&id).map_or(&[], Vec::as_slice)
    }

    pub fn sponsorships_of_sponsor(&self, id: Id) -> &[&'a SponsorshipFacts] {
        self.by_sponsor.get(&id).map_or(&[], Vec::as_slice)
    }

    /// A sponsor's touchpoints on or before `day`, oldest first.
    pub fn touchpoints_until(&self, sponsor_id: Id, day: NaiveDate) -> &[Seen<'a>] {
        let Some(slot) = self.slots.get(&sponsor_id) else {
            return &[];
        };
        let all = &self.touchpoints[self.starts[*slot]..self.starts[*slot + 1]];
        let end = all.partition_point(|t| t.on <= day);
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
