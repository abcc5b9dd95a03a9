-- 0002: touchpoints (dated engagements with sponsors, with the asks made and the commitments
-- received), the settings the warnings engine reads, and the user's acknowledgements and
-- snoozes of warnings. Enumerations are CHECKed here as in 0001.

-- AUTOINCREMENT: a deleted touchpoint's id is never reused, so its history rows keep pointing
-- at it alone.
CREATE TABLE touchpoints (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_on      TEXT    NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind             TEXT    NOT NULL CHECK (kind IN ('one_to_one_brief', 'training', 'event', 'committee', 'email', 'call')),
    summary          TEXT    NOT NULL CHECK (length(trim(summary)) BETWEEN 1 AND 2000),
    -- When set, the stance was observed for every sponsor of the touchpoint.
    stance_observed  TEXT    CHECK (stance_observed IN ('champion', 'supporter', 'neutral', 'skeptic', 'opponent')),
    follow_up_on     TEXT    CHECK (follow_up_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CHECK (follow_up_on IS NULL OR follow_up_on >= occurred_on)
);
CREATE INDEX touchpoints_occurred_on ON touchpoints(occurred_on);

-- The sponsors a touchpoint was with (at least one; the writer enforces it). A sponsor with
-- touchpoints cannot be deleted: their engagement record would vanish without a trace.
CREATE TABLE touchpoint_sponsors (
    touchpoint_id  INTEGER NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
    sponsor_id     INTEGER NOT NULL REFERENCES sponsors(id) ON DELETE RESTRICT,
    PRIMARY KEY (touchpoint_id, sponsor_id)
) WITHOUT ROWID;
CREATE INDEX touchpoint_sponsors_sponsor ON touchpoint_sponsors(sponsor_id, touchpoint_id);

-- Asks made and commitments received; listed until met or dropped.
CREATE TABLE touchpoint_items (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    touchpoint_id  INTEGER NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('ask', 'commitment')),
    text           TEXT    NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
    status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'dropped')),
    resolved_on    TEXT    CHECK (resolved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK ((status = 'open') = (resolved_on IS NULL))
);
CREATE INDEX touchpoint_items_touchpoint ON touchpoint_items(touchpoint_id);
CREATE INDEX touchpoint_items_open ON touchpoint_items(status) WHERE status = 'open';

-- Thresholds and defaults, one JSON value per key (see settings::Settings for the keys).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
    value  TEXT NOT NULL CHECK (json_valid(value))
) WITHOUT ROWID;

-- A warning the user acknowledged or snoozed. One row per warning (code and subject); the
-- fingerprint is of the facts behind the warning, so it returns when they change.
CREATE TABLE warning_acks (
    code           TEXT    NOT NULL CHECK (code IN ('orphaned', 'tier-gap', 'single-point', 'departing-uncovered',
                                                    'departed-unreplaced', 'pet-project', 'unit-gap', 'concentration',
                                                    'stale-engagement', 'stance-slipping', 'follow-up-overdue',
                                                    'committee-lapsed', 'decision-stalled', 'action-overdue',
                                                    'quick-win-late', 'story-drought')),
    subject_kind   TEXT    NOT NULL CHECK (subject_kind IN ('sponsor', 'initiative', 'committee', 'decision', 'action',
                                                            'quick_win', 'touchpoint')),
    subject_id     INTEGER NOT NULL,
    fingerprint    TEXT    NOT NULL CHECK (length(fingerprint) BETWEEN 1 AND 200),
    state          TEXT    NOT NULL CHECK (state IN ('acknowledged', 'snoozed')),
    snoozed_until  TEXT    CHECK (snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    at             TEXT    NOT NULL,
    PRIMARY KEY (code, subject_kind, subject_id),
    CHECK ((state = 'snoozed') = (snoozed_until IS NOT NULL))
) WITHOUT ROWID;
