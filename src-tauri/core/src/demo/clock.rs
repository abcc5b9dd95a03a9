//! The demo's clock: timestamps that advance one second per record from the day before the
//! anchor date, so the same seed and date give the same history rows.

use chrono::{Duration, NaiveDate, SecondsFormat};

pub struct Clock {
    start: chrono::NaiveDateTime,
    ticks: i64,
}

impl Clock {
    pub fn new(today: NaiveDate) -> Clock {
        let day_before = today - Duration::days(1);
        Clock {
            start: day_before.and_hms_opt(9, 0, 0).unwrap_or_default(),
            ticks: 0,
        }
    }

    /// The next timestamp, RFC 3339 UTC with milliseconds like `history::now()`.
    pub fn tick(&mut self) -> String {
        self.ticks += 1;
        (self.start + Duration::seconds(self.ticks))
            .and_utc()
            .to_rfc3339_opts(SecondsFormat::Millis, true)
    }
}
