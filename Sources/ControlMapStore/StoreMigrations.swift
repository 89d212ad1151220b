import GRDB

/// The schema of the store, as an ordered list of migrations (never edit a shipped one).
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: documents, events, mentions, place states") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    text TEXT NOT NULL,
                    published TEXT,
                    source TEXT,
                    url TEXT,
                    language TEXT NOT NULL,
                    origin TEXT,
                    ingested_at TEXT NOT NULL,
                    event_count INTEGER NOT NULL
                );
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    sequence INTEGER NOT NULL,
                    place_id TEXT,
                    place_name TEXT,
                    place_name_ar TEXT,
                    lat REAL,
                    lon REAL,
                    place_kind TEXT,
                    mention TEXT NOT NULL,
                    actor TEXT,
                    from_actor TEXT,
                    kind TEXT NOT NULL,
                    share REAL,
                    date TEXT,
                    effective_date TEXT NOT NULL,
                    background INTEGER NOT NULL,
                    confidence REAL NOT NULL,
                    evidence TEXT NOT NULL,
                    source TEXT,
                    url TEXT,
                    predicate TEXT NOT NULL,
                    UNIQUE (document_id, sequence)
                );
                CREATE INDEX event_place ON event(place_id);
                CREATE INDEX event_date ON event(effective_date);
                CREATE TABLE mention (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    place_id TEXT,
                    cue TEXT,
                    reason TEXT NOT NULL,
                    context TEXT NOT NULL,
                    in_event INTEGER NOT NULL
                );
                CREATE INDEX mention_unresolved ON mention(text) WHERE place_id IS NULL;
                CREATE TABLE place_state (
                    place_id TEXT PRIMARY KEY NOT NULL,
                    status TEXT NOT NULL,
                    controller TEXT,
                    shares TEXT NOT NULL,
                    since TEXT NOT NULL,
                    updated TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    sources INTEGER NOT NULL
                );
                """)
        }
        m.registerMigration("v2: feed state and seen feed items") { db in
            try db.execute(sql: """
                CREATE TABLE feed (
                    url TEXT PRIMARY KEY NOT NULL,
                    etag TEXT,
                    last_modified TEXT,
                    last_attempt TEXT,
                    last_success TEXT,
                    next_fetch TEXT,
                    failures INTEGER NOT NULL DEFAULT 0,
                    last_status INTEGER,
                    last_error TEXT,
                    items_total INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE feed_item (
                    key TEXT PRIMARY KEY NOT NULL,
                    feed_url TEXT NOT NULL,
                    seen_at TEXT NOT NULL
                );
                """)
        }
        m.registerMigration("v3: mentions by document") { db in
            // Replacing a document's reading deletes its mentions: without this index each
            // delete scanned the whole table, and reprocess grew with the square of the store.
            try db.execute(sql: "CREATE INDEX mention_document ON mention(document_id)")
        }
        m.registerMigration("v4: what the current map shows, kept with each place state") { db in
            // The current map is read from place_state and at most four events a place:
            // replaying the whole log on every publication grew with the store. `store_flag`
            // holds 'states_stale' while events changed without their states (reprocess).
            try db.execute(sql: """
                ALTER TABLE place_state ADD COLUMN parties TEXT NOT NULL DEFAULT '[]';
                ALTER TABLE place_state ADD COLUMN besieger TEXT;
                ALTER TABLE place_state ADD COLUMN last_event TEXT;
                ALTER TABLE place_state ADD COLUMN evidence TEXT;
                CREATE TABLE store_flag (name TEXT PRIMARY KEY NOT NULL);
                """)
            for id in try String.fetchAll(db, sql: "SELECT place_id FROM place_state") {
                try ControlMapStore.refreshState(of: id, db)
            }
        }
        m.registerMigration("v5: what was published") { db in
            // The next publication is compared with the entries of the last one (not with the
            // GeoJSON it wrote and would read back); each retained publication keeps the last
            // event it included, so that its map can be worked out again from the log.
            try db.execute(sql: """
                CREATE TABLE published_place (
                    place_id TEXT PRIMARY KEY NOT NULL,
                    status TEXT NOT NULL,
                    controller TEXT,
                    shares TEXT NOT NULL,
                    since TEXT NOT NULL,
                    name TEXT NOT NULL,
                    name_ar TEXT,
                    lat REAL NOT NULL,
                    lon REAL NOT NULL
                );
                CREATE TABLE publication (
                    name TEXT PRIMARY KEY NOT NULL,
                    generated TEXT NOT NULL,
                    last_event INTEGER NOT NULL
                );
                """)
        }
        m.registerMigration("v6: a version for each place's events") { db in
            // Raised by every write to a place's events, whoever makes it: a cached place
            // history is used only while its version stands (counting the events on each
            // commit read the whole of a busy place's index).
            try db.execute(sql: """
                CREATE TABLE place_version (place_id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO place_version (place_id, version)
                    SELECT place_id, count(*) FROM event WHERE place_id IS NOT NULL GROUP BY place_id;
                CREATE TRIGGER event_added AFTER INSERT ON event WHEN NEW.place_id IS NOT NULL BEGIN
                    INSERT INTO place_version (place_id, version) VALUES (NEW.place_id, 1)
                        ON CONFLICT (place_id) DO UPDATE SET version = version + 1;
                END;
                CREATE TRIGGER event_removed AFTER DELETE ON event WHEN OLD.place_id IS NOT NULL BEGIN
                    INSERT INTO place_version (place_id, version) VALUES (OLD.place_id, 1)
                        ON CONFLICT (place_id) DO UPDATE SET version = version + 1;
                END;
                CREATE TRIGGER event_changed AFTER UPDATE ON event BEGIN
                    INSERT INTO place_version (place_id, version) SELECT place_id, 1 FROM (SELECT OLD.place_id AS place_id
                        UNION SELECT NEW.place_id) WHERE place_id IS NOT NULL
                        ON CONFLICT (place_id) DO UPDATE SET version = version + 1;
                END;
                """)
        }
        m.registerMigration("v7: places by the names their events give them") { db in
            // `history NAME` and the API look places up by name: scanning every event for it
            // grew with the log. A name once given to a place keeps finding it.
            try db.execute(sql: """
                CREATE TABLE place_name (name TEXT NOT NULL COLLATE NOCASE, place_id TEXT NOT NULL,
                                         PRIMARY KEY (name, place_id)) WITHOUT ROWID;
                INSERT OR IGNORE INTO place_name (name, place_id)
                    SELECT place_name, place_id FROM event WHERE place_id IS NOT NULL AND place_name IS NOT NULL
                    UNION SELECT place_name_ar, place_id FROM event WHERE place_id IS NOT NULL AND place_name_ar IS NOT NULL
                    UNION SELECT mention, place_id FROM event WHERE place_id IS NOT NULL;
                CREATE TRIGGER event_named AFTER INSERT ON event WHEN NEW.place_id IS NOT NULL BEGIN
                    INSERT OR IGNORE INTO place_name (name, place_id)
                        SELECT name, NEW.place_id FROM (SELECT NEW.place_name AS name UNION SELECT NEW.place_name_ar UNION SELECT NEW.mention)
                        WHERE name IS NOT NULL;
                END;
                CREATE INDEX event_unresolved ON event(mention) WHERE place_id IS NULL;
                """)
        }
        m.registerMigration("v8: resolved mentions kept with their document") { db in
            // A row for every resolved mention, with the document id and the whole sentence,
            // took half the store and was never read: they become one JSON array a document.
            // Unresolved mentions keep their rows and sentences (they are listed).
            try db.execute(sql: """
                ALTER TABLE document ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
                UPDATE document SET mentions = coalesce((
                    SELECT json_group_array(json(m)) FROM (
                        SELECT json_array(text, place_id, cue, reason, in_event) AS m FROM mention
                        WHERE mention.document_id = document.id AND place_id IS NOT NULL ORDER BY id)), '[]');
                DELETE FROM mention WHERE place_id IS NOT NULL;
                """)
        }
        m.registerMigration("v9: a place's events by date") { db in
            // The map as it stood at a date is folded one place at a time from the events up to
            // that date: with the place alone indexed, each place read all its later events too.
            // The place and date index serves every query the place index served.
            try db.execute(sql: """
                CREATE INDEX event_place_date ON event(place_id, effective_date);
                DROP INDEX event_place;
                """)
        }
        m.registerMigration("v10: checkpoints of each place's fold") { db in
            // The map as it stood on a day resumes each place's fold from its last checkpoint
            // before (see `StateCheckpoints`). A write to a place's events dated up to a
            // checkpoint's day deletes it, whoever makes it: a date sorts after a checkpoint's
            // day as text exactly when its first day is later.
            try db.execute(sql: """
                CREATE TABLE place_checkpoint (place_id TEXT NOT NULL, through TEXT NOT NULL, rules INTEGER NOT NULL,
                                               fold TEXT NOT NULL, PRIMARY KEY (place_id, through)) WITHOUT ROWID;
                CREATE TRIGGER event_added_checkpoint AFTER INSERT ON event WHEN NEW.place_id IS NOT NULL BEGIN
                    DELETE FROM place_checkpoint WHERE place_id = NEW.place_id AND through >= NEW.effective_date;
                END;
                CREATE TRIGGER event_removed_checkpoint AFTER DELETE ON event WHEN OLD.place_id IS NOT NULL BEGIN
                    DELETE FROM place_checkpoint WHERE place_id = OLD.place_id AND through >= OLD.effective_date;
                END;
                CREATE TRIGGER event_changed_checkpoint AFTER UPDATE ON event BEGIN
                    DELETE FROM place_checkpoint WHERE (place_id = OLD.place_id AND through >= OLD.effective_date)
                        OR (place_id = NEW.place_id AND through >= NEW.effective_date);
                END;
                """)
        }
        return m
    }
}
