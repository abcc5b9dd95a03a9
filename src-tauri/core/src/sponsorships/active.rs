//! When a sponsorship counts: the single rule used by coverage, the lists and the warnings.
//! Change it here and every count in the app follows.

use chrono::NaiveDate;

use super::model::Sponsorship;
use crate::sponsors::{Sponsor, SponsorStatus};

/// True when the sponsorship has started by `on`, has not ended before `on`, and the sponsor is
/// still in post on `on` (see `in_post_on`).
pub fn is_active_on(sponsorship: &Sponsorship, sponsor: &Sponsor, on: NaiveDate) -> bool {
    is_active_parts(sponsorship, sponsor.status, sponsor.status_date, on)
}

pub(crate) fn is_active_parts(
    sponsorship: &Sponsorship,
    status: SponsorStatus,
    status_date: Option<NaiveDate>,
    on: NaiveDate,
) -> bool {
    sponsorship.start_date <= on
        && sponsorship.end_date.is_none_or(|end| end >= on)
        && in_post_on(status, status_date, on)
}

/// Whether a sponsor can still act on `on`: active, or departing after `on`. A departing sponsor
/// is gone from their expected date, which lets a what-if ask "on that day, who is left?".
pub fn in_post_on(status: SponsorStatus, status_date: Option<NaiveDate>, on: NaiveDate) -> bool {
    match status {
        SponsorStatus::Active => true,
        SponsorStatus::Departing => status_date.is_none_or(|leaves| on < leaves),
        SponsorStatus::Departed | SponsorStatus::RoleChanged => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sponsorships::{Contributions, SponsorshipRole};

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn sponsorship(start: &str, end: Option<&str>) -> Sponsorship {
        Sponsorship {
            id: 1,
            sponsor_id: 1,
            initiative_id: 1,
            role: SponsorshipRole::ExecutiveSponsor,
            start_date: date(start),
            end_date: end.map(date),
            contributions: Contributions::default(),
            notes: String::new(),
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn open_started_sponsorships_of_people_in_post_are_active() {
        let on = date("2026-06-01");
        let active = SponsorStatus::Active;
        assert!(is_active_parts(
            &sponsorship("2026-01-01", None),
            active,
            None,
            on
        ));
        assert!(is_active_parts(
            &sponsorship("2026-06-01", Some("2026-06-01")),
            active,
            None,
            on
        ));
        assert!(!is_active_parts(
            &sponsorship("2026-01-01", Some("2026-05-31")),
            active,
            None,
            on
        ));
        assert!(!is_active_parts(
            &sponsorship("2026-06-02", None),
            active,
            None,
            on
        ));
    }

    #[test]
    fn departing_sponsors_count_until_their_date() {
        let on = date("2026-06-01");
        let departing = SponsorStatus::Departing;
        assert!(in_post_on(departing, Some(date("2026-06-02")), on));
        assert!(!in_post_on(departing, Some(date("2026-06-01")), on));
        assert!(!in_post_on(
            SponsorStatus::Departed,
            Some(date("2026-01-01")),
            on
        ));
        assert!(!in_post_on(
            SponsorStatus::RoleChanged,
            Some(date("2026-01-01")),
            on
        ));
    }
}
