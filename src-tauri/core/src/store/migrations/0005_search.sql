-- 0005: full-text search over sponsors, touchpoints (summary and asks/commitments), decisions,
-- success stories and their quotes, in one FTS5 table kept in step by TRIGGERS, so every writer
-- (the app, import, the demo, a future one) keeps the index right without remembering to.
--
-- One document per record. Its rowid encodes the record: id * 8 + kind (1 sponsor,
-- 2 touchpoint, 3 decision, 4 story, 5 quote), so a trigger finds and replaces it by rowid
-- instead of scanning. `kind` and `ref_id` are stored for the reader, never matched.
-- unicode61 with remove_diacritics 2: "cafe" finds "café", case never matters.

CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    ref_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What each record contributes: one view per kind, filtered by ref_id (the record's primary
-- key, so the lookup stays an index seek once SQLite flattens the view).
CREATE VIEW search_src_sponsors AS
    SELECT id * 8 + 1 AS doc, 'sponsor' AS kind, id AS ref_id, name AS title,
           title || char(10) || priorities || char(10) || talking_points || char(10) || notes AS body
    FROM sponsors;

CREATE VIEW search_src_touchpoints AS
    SELECT t.id * 8 + 2 AS doc, 'touchpoint' AS kind, t.id AS ref_id, t.summary AS title,
           coalesce((SELECT group_concat(i.text, char(10)) FROM touchpoint_items i
                     WHERE i.touchpoint_id = t.id), '') AS body
    FROM touchpoints t;

CREATE VIEW search_src_decisions AS
    SELECT id * 8 + 3 AS doc, 'decision' AS kind, id AS ref_id, title,
           text || char(10) || rationale AS body
    FROM decisions;

CREATE VIEW search_src_stories AS
    SELECT id * 8 + 4 AS doc, 'story' AS kind, id AS ref_id, headline AS title, narrative AS body
    FROM stories;

CREATE VIEW search_src_quotes AS
    SELECT id * 8 + 5 AS doc, 'quote' AS kind, id AS ref_id,
           CASE WHEN trim(person_role) = '' THEN person_name
                ELSE person_name || ', ' || person_role END AS title,
           text AS body
    FROM story_quotes;

-- Sponsors.
CREATE TRIGGER search_sponsors_insert AFTER INSERT ON sponsors BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_sponsors WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_sponsors_update AFTER UPDATE ON sponsors BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_sponsors WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_sponsors_delete AFTER DELETE ON sponsors BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
END;

-- Touchpoints, and their items (an item's change rewrites its touchpoint's document). When a
-- touchpoint is deleted its items cascade; whichever trigger runs last finds no touchpoint and
-- leaves no document behind.
CREATE TRIGGER search_touchpoints_insert AFTER INSERT ON touchpoints BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_touchpoints WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_touchpoints_update AFTER UPDATE ON touchpoints BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_touchpoints WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_touchpoints_delete AFTER DELETE ON touchpoints BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
END;
CREATE TRIGGER search_touchpoint_items_insert AFTER INSERT ON touchpoint_items BEGIN
    DELETE FROM search_index WHERE rowid = NEW.touchpoint_id * 8 + 2;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_touchpoints
        WHERE ref_id = NEW.touchpoint_id;
END;
CREATE TRIGGER search_touchpoint_items_update AFTER UPDATE ON touchpoint_items BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.touchpoint_id * 8 + 2, NEW.touchpoint_id * 8 + 2);
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_touchpoints
        WHERE ref_id IN (OLD.touchpoint_id, NEW.touchpoint_id);
END;
CREATE TRIGGER search_touchpoint_items_delete AFTER DELETE ON touchpoint_items BEGIN
    DELETE FROM search_index WHERE rowid = OLD.touchpoint_id * 8 + 2;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_touchpoints
        WHERE ref_id = OLD.touchpoint_id;
END;

-- Decisions.
CREATE TRIGGER search_decisions_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_decisions WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_decisions_update AFTER UPDATE ON decisions BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_decisions WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_decisions_delete AFTER DELETE ON decisions BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
END;

-- Stories.
CREATE TRIGGER search_stories_insert AFTER INSERT ON stories BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_stories WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_stories_update AFTER UPDATE ON stories BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_stories WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_stories_delete AFTER DELETE ON stories BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
END;

-- Quotes (deleted with their story by cascade, which fires the delete trigger).
CREATE TRIGGER search_quotes_insert AFTER INSERT ON story_quotes BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_quotes WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_quotes_update AFTER UPDATE ON story_quotes BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
        SELECT doc, kind, ref_id, title, body FROM search_src_quotes WHERE ref_id = NEW.id;
END;
CREATE TRIGGER search_quotes_delete AFTER DELETE ON story_quotes BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
END;

-- Records written before this migration.
INSERT INTO search_index (rowid, kind, ref_id, title, body)
    SELECT doc, kind, ref_id, title, body FROM search_src_sponsors;
INSERT INTO search_index (rowid, kind, ref_id, title, body)
    SELECT doc, kind, ref_id, title, body FROM search_src_touchpoints;
INSERT INTO search_index (rowid, kind, ref_id, title, body)
    SELECT doc, kind, ref_id, title, body FROM search_src_decisions;
INSERT INTO search_index (rowid, kind, ref_id, title, body)
    SELECT doc, kind, ref_id, title, body FROM search_src_stories;
INSERT INTO search_index (rowid, kind, ref_id, title, body)
    SELECT doc, kind, ref_id, title, body FROM search_src_quotes;
