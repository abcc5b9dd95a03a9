-- 0001: the sponsor map. Org units, sponsors, initiatives, sponsorships and the
-- history of every change. Enumerations are CHECKed here so no writer can store
-- a value the domain does not know.

CREATE TABLE org_units (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind        TEXT    NOT NULL CHECK (kind IN ('organisation', 'directorate', 'department', 'business_group', 'team', 'working_group')),
    parent_id   INTEGER REFERENCES org_units(id) ON DELETE RESTRICT,
    notes       TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX org_units_parent ON org_units(parent_id);

CREATE TABLE sponsors (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    title              TEXT    NOT NULL DEFAULT '',
    email              TEXT,
    org_unit_id        INTEGER NOT NULL REFERENCES org_units(id) ON DELETE RESTRICT,
    reports_to_id      INTEGER REFERENCES sponsors(id) ON DELETE RESTRICT,
    tier               INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 4),
    stance             TEXT    NOT NULL CHECK (stance IN ('champion', 'supporter', 'neutral', 'skeptic', 'opponent')),
    influence          INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
    interest           INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),
    status             TEXT    NOT NULL CHECK (status IN ('active', 'departing', 'departed', 'role_changed')),
    -- departing: the expected date; departed / role_changed: the date it happened.
    status_date        TEXT,
    priorities         TEXT    NOT NULL DEFAULT '',
    talking_points     TEXT    NOT NULL DEFAULT '',
    preferred_channel  TEXT    NOT NULL DEFAULT '',
    notes              TEXT    NOT NULL DEFAULT '',
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    CHECK ((status = 'active') = (status_date IS NULL))
);
CREATE INDEX sponsors_org_unit ON sponsors(org_unit_id);
CREATE INDEX sponsors_reports_to ON sponsors(reports_to_id);
CREATE INDEX sponsors_name ON sponsors(name COLLATE NOCASE);
CREATE UNIQUE INDEX sponsors_email ON sponsors(lower(email)) WHERE email IS NOT NULL;

CREATE TABLE initiatives (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind                TEXT    NOT NULL CHECK (kind IN ('programme', 'community_of_practice', 'project')),
    business_problem    TEXT    NOT NULL DEFAULT '',
    measurable_goal     TEXT    NOT NULL DEFAULT '',
    owner               TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL CHECK (status IN ('proposed', 'active', 'on_hold', 'completed', 'cancelled')),
    start_date          TEXT,
    target_date         TEXT,
    maturity_baseline   INTEGER CHECK (maturity_baseline BETWEEN 1 AND 5),
    -- Required coverage: active sponsors needed. `executive` counts tiers 1 and 2 together.
    required_executive  INTEGER NOT NULL DEFAULT 1 CHECK (required_executive BETWEEN 0 AND 20),
    required_tier1      INTEGER NOT NULL DEFAULT 0 CHECK (required_tier1 BETWEEN 0 AND 20),
    required_tier2      INTEGER NOT NULL DEFAULT 0 CHECK (required_tier2 BETWEEN 0 AND 20),
    required_tier3      INTEGER NOT NULL DEFAULT 1 CHECK (required_tier3 BETWEEN 0 AND 20),
    required_tier4      INTEGER NOT NULL DEFAULT 0 CHECK (required_tier4 BETWEEN 0 AND 20),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    CHECK (start_date IS NULL OR target_date IS NULL OR target_date >= start_date)
);

-- The org units an initiative spans (for the unit-gap warning).
CREATE TABLE initiative_org_units (
    initiative_id  INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    org_unit_id    INTEGER NOT NULL REFERENCES org_units(id) ON DELETE RESTRICT,
    PRIMARY KEY (initiative_id, org_unit_id)
) WITHOUT ROWID;
CREATE INDEX initiative_org_units_unit ON initiative_org_units(org_unit_id);

CREATE TABLE initiative_milestones (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    quarter        TEXT    NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    title          TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
CREATE INDEX initiative_milestones_initiative ON initiative_milestones(initiative_id);

CREATE TABLE initiative_assessments (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    assessed_on    TEXT    NOT NULL,
    level          INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    note           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX initiative_assessments_initiative ON initiative_assessments(initiative_id);

CREATE TABLE sponsorships (
    id                        INTEGER PRIMARY KEY,
    sponsor_id                INTEGER NOT NULL REFERENCES sponsors(id) ON DELETE RESTRICT,
    initiative_id             INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE RESTRICT,
    role                      TEXT    NOT NULL CHECK (role IN ('executive_sponsor', 'line_manager_sponsor', 'successor_in_waiting', 'champion')),
    start_date                TEXT    NOT NULL,
    end_date                  TEXT,
    -- Wenger's five sponsor contributions.
    translates_strategy       INTEGER NOT NULL DEFAULT 0 CHECK (translates_strategy IN (0, 1)),
    legitimizes               INTEGER NOT NULL DEFAULT 0 CHECK (legitimizes IN (0, 1)),
    channels_resources        INTEGER NOT NULL DEFAULT 0 CHECK (channels_resources IN (0, 1)),
    gives_voice               INTEGER NOT NULL DEFAULT 0 CHECK (gives_voice IN (0, 1)),
    negotiates_accountability INTEGER NOT NULL DEFAULT 0 CHECK (negotiates_accountability IN (0, 1)),
    notes                     TEXT    NOT NULL DEFAULT '',
    created_at                TEXT    NOT NULL,
    updated_at                TEXT    NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX sponsorships_sponsor ON sponsorships(sponsor_id);
CREATE INDEX sponsorships_initiative ON sponsorships(initiative_id);
-- One open sponsorship per sponsor, initiative and role.
CREATE UNIQUE INDEX sponsorships_open_unique
    ON sponsorships(sponsor_id, initiative_id, role) WHERE end_date IS NULL;

-- Every change to every record: nothing is deleted without a trace.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    old_values  TEXT,
    new_values  TEXT
);
CREATE INDEX history_entity ON history(entity, entity_id);
