-- 0004: evidence of value. Quick wins (with hard-dollar savings in integer minor units, the
-- evidence behind them and the sponsors they matter to), success stories (credited quotes with a
-- consent state, quantified impacts, tags, and where each story was already used) and programme
-- metrics with dated values. Enumerations are CHECKed as in 0001.
-- AUTOINCREMENT everywhere: a deleted record's id is never reused, so its history rows (and any
-- search hit still on screen) keep pointing at it alone. Nothing cascades out of the sponsor map:
-- an initiative, sponsor or meeting still named here cannot be deleted (RESTRICT).

CREATE TABLE quick_wins (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id   INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE RESTRICT,
    title           TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    start_on        TEXT    NOT NULL CHECK (start_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- May lie more than six months after the start: allowed, and flagged by quick-win-late.
    target_on       TEXT    NOT NULL CHECK (target_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status          TEXT    NOT NULL CHECK (status IN ('planned', 'in_progress', 'delivered', 'dropped')),
    delivered_on    TEXT    CHECK (delivered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- Money is exact: an integer count of the currency's minor units (cents, or yen for JPY).
    savings_minor   INTEGER CHECK (savings_minor >= 0),
    currency        TEXT    CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    savings_basis   TEXT    NOT NULL DEFAULT '',
    recurrence      TEXT    NOT NULL CHECK (recurrence IN ('one_off', 'per_year')),
    soft_benefits   TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    CHECK (target_on >= start_on),
    CHECK ((status = 'delivered') = (delivered_on IS NOT NULL)),
    CHECK (delivered_on IS NULL OR delivered_on >= start_on),
    CHECK ((savings_minor IS NULL) = (currency IS NULL))
);
CREATE INDEX quick_wins_initiative ON quick_wins(initiative_id);
CREATE INDEX quick_wins_target ON quick_wins(target_on);

-- Links or file references behind a quick win, in the order given; part of the quick win (its
-- history row holds them).
CREATE TABLE quick_win_evidence (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    quick_win_id  INTEGER NOT NULL REFERENCES quick_wins(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 1),
    kind          TEXT    NOT NULL CHECK (kind IN ('link', 'file')),
    reference     TEXT    NOT NULL CHECK (length(trim(reference)) BETWEEN 1 AND 2000),
    label         TEXT    NOT NULL DEFAULT '',
    UNIQUE (quick_win_id, position)
);

-- The sponsors a quick win matters to.
CREATE TABLE quick_win_sponsors (
    quick_win_id  INTEGER NOT NULL REFERENCES quick_wins(id) ON DELETE CASCADE,
    sponsor_id    INTEGER NOT NULL REFERENCES sponsors(id) ON DELETE RESTRICT,
    PRIMARY KEY (quick_win_id, sponsor_id)
) WITHOUT ROWID;
CREATE INDEX quick_win_sponsors_sponsor ON quick_win_sponsors(sponsor_id);

CREATE TABLE stories (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE RESTRICT,
    told_on        TEXT    NOT NULL CHECK (told_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    headline       TEXT    NOT NULL CHECK (length(trim(headline)) BETWEEN 1 AND 200),
    narrative      TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE INDEX stories_initiative ON stories(initiative_id, told_on);
CREATE INDEX stories_told_on ON stories(told_on);

-- Tags are stored normalised (lower case, single spaces), so equality is a plain comparison.
CREATE TABLE story_tags (
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL CHECK (length(tag) BETWEEN 1 AND 50 AND tag = lower(tag) AND tag = trim(tag)),
    PRIMARY KEY (story_id, tag)
) WITHOUT ROWID;
CREATE INDEX story_tags_tag ON story_tags(tag);

-- A beneficiary's own words, credited. Only 'given' quotes may leave the app, and 'given'
-- always carries the date consent was given.
CREATE TABLE story_quotes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 1),
    text         TEXT    NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 5000),
    person_name  TEXT    NOT NULL CHECK (length(trim(person_name)) BETWEEN 1 AND 200),
    person_role  TEXT    NOT NULL DEFAULT '',
    consent      TEXT    NOT NULL CHECK (consent IN ('given', 'pending', 'withheld')),
    consent_on   TEXT    CHECK (consent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK (consent <> 'given' OR consent_on IS NOT NULL),
    CHECK (consent <> 'pending' OR consent_on IS NULL)
);
CREATE INDEX story_quotes_story ON story_quotes(story_id, position);

CREATE TABLE story_impacts (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 1),
    metric    TEXT    NOT NULL CHECK (length(trim(metric)) BETWEEN 1 AND 200),
    before    REAL    NOT NULL,
    after     REAL    NOT NULL,
    unit      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX story_impacts_story ON story_impacts(story_id, position);

-- Where a story was already told, so packs do not tell it twice to the same sponsor. A usage is
-- its own record (logged when a brief is printed or a meeting held), with its own history.
CREATE TABLE story_usages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('brief', 'meeting', 'other')),
    sponsor_id  INTEGER REFERENCES sponsors(id) ON DELETE RESTRICT,
    meeting_id  INTEGER REFERENCES meetings(id) ON DELETE RESTRICT,
    used_on     TEXT    NOT NULL CHECK (used_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note        TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    CHECK (kind <> 'brief' OR sponsor_id IS NOT NULL),
    CHECK (kind <> 'meeting' OR meeting_id IS NOT NULL)
);
CREATE INDEX story_usages_story ON story_usages(story_id);
CREATE INDEX story_usages_sponsor ON story_usages(sponsor_id);
CREATE INDEX story_usages_meeting ON story_usages(meeting_id);

CREATE TABLE metrics (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    unit           TEXT    NOT NULL DEFAULT '',
    direction      TEXT    NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
    initiative_id  INTEGER REFERENCES initiatives(id) ON DELETE RESTRICT,
    -- The business outcome the measure supports: the value path from activity to outcome.
    outcome        TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE UNIQUE INDEX metrics_name ON metrics(lower(trim(name)));
CREATE INDEX metrics_initiative ON metrics(initiative_id);

-- One value per metric and day; REAL is fine for a measure (never for money).
CREATE TABLE metric_values (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    metric_id    INTEGER NOT NULL REFERENCES metrics(id) ON DELETE RESTRICT,
    measured_on  TEXT    NOT NULL CHECK (measured_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    value        REAL    NOT NULL CHECK (value BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308),
    note         TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    UNIQUE (metric_id, measured_on)
);
