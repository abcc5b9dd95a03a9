-- 0003: steering committees. Committees and their members, meetings with attendance and
-- agenda items (minutes per item), the decision register (with the supersede chain and the
-- initiatives a decision touches) and action items. Enumerations are CHECKed as in 0001.
-- Nothing cascades out of the sponsor map: a sponsor or initiative still named here cannot be
-- deleted (RESTRICT), so no committee record loses its subject without a trace.

CREATE TABLE committees (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    cadence       TEXT    NOT NULL CHECK (cadence IN ('monthly', 'quarterly', 'custom')),
    -- Only a custom cadence states its days; monthly and quarterly are fixed (see the model).
    cadence_days  INTEGER CHECK (cadence_days BETWEEN 1 AND 730),
    purpose       TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    CHECK ((cadence = 'custom') = (cadence_days IS NOT NULL))
);

CREATE TABLE committee_members (
    id            INTEGER PRIMARY KEY,
    committee_id  INTEGER NOT NULL REFERENCES committees(id) ON DELETE RESTRICT,
    sponsor_id    INTEGER NOT NULL REFERENCES sponsors(id) ON DELETE RESTRICT,
    role          TEXT    NOT NULL CHECK (role IN ('chair', 'member', 'secretary')),
    start_date    TEXT    NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date      TEXT    CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX committee_members_committee ON committee_members(committee_id);
CREATE INDEX committee_members_sponsor ON committee_members(sponsor_id);

CREATE TABLE meetings (
    id                INTEGER PRIMARY KEY,
    committee_id      INTEGER NOT NULL REFERENCES committees(id) ON DELETE RESTRICT,
    scheduled_on      TEXT    NOT NULL CHECK (scheduled_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    location          TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
    send_ahead_notes  TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX meetings_committee ON meetings(committee_id, scheduled_on);
CREATE INDEX meetings_scheduled_on ON meetings(scheduled_on);

-- Who came. A row is a sponsor (member or guest) or a named guest who is not a sponsor.
-- Attendance rows and agenda items are part of their meeting: its history row holds them.
CREATE TABLE meeting_attendance (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    sponsor_id     INTEGER REFERENCES sponsors(id) ON DELETE RESTRICT,
    guest_name     TEXT    CHECK (guest_name IS NULL OR length(trim(guest_name)) BETWEEN 1 AND 200),
    attendance     TEXT    NOT NULL CHECK (attendance IN ('present', 'apologies', 'delegate')),
    delegate_name  TEXT    CHECK (delegate_name IS NULL OR length(trim(delegate_name)) BETWEEN 1 AND 200),
    is_guest       INTEGER NOT NULL DEFAULT 0 CHECK (is_guest IN (0, 1)),
    -- Exactly one of a sponsor or a guest's name; someone who is not a sponsor is a guest.
    CHECK ((sponsor_id IS NULL) <> (guest_name IS NULL)),
    CHECK (sponsor_id IS NOT NULL OR is_guest = 1),
    CHECK ((attendance = 'delegate') = (delegate_name IS NOT NULL))
);
CREATE INDEX meeting_attendance_meeting ON meeting_attendance(meeting_id);
CREATE INDEX meeting_attendance_sponsor ON meeting_attendance(sponsor_id);
CREATE UNIQUE INDEX meeting_attendance_sponsor_once
    ON meeting_attendance(meeting_id, sponsor_id) WHERE sponsor_id IS NOT NULL;

CREATE TABLE agenda_items (
    id                INTEGER PRIMARY KEY,
    meeting_id        INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    -- 1, 2, 3... in the order of the agenda; rewritten whole when the agenda is saved.
    position          INTEGER NOT NULL CHECK (position >= 1),
    title             TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    presenter         TEXT    NOT NULL DEFAULT '',
    time_box_minutes  INTEGER CHECK (time_box_minutes BETWEEN 1 AND 600),
    initiative_id     INTEGER REFERENCES initiatives(id) ON DELETE RESTRICT,
    kind              TEXT    NOT NULL CHECK (kind IN ('information', 'discussion', 'decision')),
    minutes           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE INDEX agenda_items_initiative ON agenda_items(initiative_id);

CREATE TABLE decisions (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    text           TEXT    NOT NULL DEFAULT '',
    rationale      TEXT    NOT NULL DEFAULT '',
    status         TEXT    NOT NULL CHECK (status IN ('proposed', 'decided', 'deferred', 'superseded', 'reversed')),
    meeting_id     INTEGER REFERENCES meetings(id) ON DELETE RESTRICT,
    decided_by     TEXT    NOT NULL DEFAULT '',
    decided_on     TEXT    CHECK (decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- The older decision this one replaces; that one's status is then 'superseded'.
    supersedes_id  INTEGER REFERENCES decisions(id) ON DELETE RESTRICT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK (supersedes_id IS NULL OR supersedes_id <> id)
);
CREATE INDEX decisions_meeting ON decisions(meeting_id);
-- A chain, not a tree: a decision is replaced by at most one newer decision.
CREATE UNIQUE INDEX decisions_supersedes ON decisions(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX decisions_status ON decisions(status);

CREATE TABLE decision_initiatives (
    decision_id    INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE RESTRICT,
    PRIMARY KEY (decision_id, initiative_id)
) WITHOUT ROWID;
CREATE INDEX decision_initiatives_initiative ON decision_initiatives(initiative_id);

CREATE TABLE actions (
    id                INTEGER PRIMARY KEY,
    text              TEXT    NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
    -- The owner: a sponsor, or a named person who is not one. Exactly one of the two.
    owner_sponsor_id  INTEGER REFERENCES sponsors(id) ON DELETE RESTRICT,
    owner_name        TEXT    CHECK (owner_name IS NULL OR length(trim(owner_name)) BETWEEN 1 AND 200),
    due_on            TEXT    NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status            TEXT    NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    meeting_id        INTEGER REFERENCES meetings(id) ON DELETE RESTRICT,
    decision_id       INTEGER REFERENCES decisions(id) ON DELETE RESTRICT,
    -- When it was done or dropped; none while open.
    completed_on      TEXT    CHECK (completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CHECK ((owner_sponsor_id IS NULL) <> (owner_name IS NULL)),
    CHECK ((status = 'open') = (completed_on IS NULL))
);
CREATE INDEX actions_owner_sponsor ON actions(owner_sponsor_id);
CREATE INDEX actions_meeting ON actions(meeting_id);
CREATE INDEX actions_decision ON actions(decision_id);
CREATE INDEX actions_open_due ON actions(due_on) WHERE status = 'open';
