import GRDB

/// The SQLite schema, applied by GRDB's `DatabaseMigrator` (each migration runs once, in a transaction).
enum Schema {
    /// All migrations, in order. Append new ones; never edit a shipped one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-articles-events") { db in
            try createArticles(db)
            try createEvents(db)
            try createIndexes(db)
        }
        m.registerMigration("v2-dyad-index") { db in
            try db.execute(sql: "CREATE INDEX events_dyad ON events(source_country, target_country, date)")
        }
        m.registerMigration("v3-covering-country-indexes") { db in
            try createCoveringIndexes(db)
        }
        m.registerMigration("v4-drop-unused-indexes") { db in
            for name in droppedInV4 { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
        }
        return m
    }

    /// Indexes every insert paid for but no query needs: no filter reads geonameid, and a quad class (four values,
    /// each common) is found fastest by scanning newest first, or inside the covering country indexes.
    static let droppedInV4 = ["events_geonameid", "events_quad"]

    /// Columns every covering index carries after its keys, so filters on code, quad class, modality, happened
    /// and date range are tested inside the index (rowid comes free with every index entry).
    static let coveredColumns = "date, root, code, quad_class, modality, happened, date_last"

    /// Country and dyad indexes that answer a limited, filtered query newest first without reading the table.
    private static func createCoveringIndexes(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX IF EXISTS events_source_country;
            DROP INDEX IF EXISTS events_target_country;
            DROP INDEX IF EXISTS events_place_country;
            DROP INDEX IF EXISTS events_dyad;
            CREATE INDEX events_source_country_cover ON events(source_country, \(coveredColumns));
            CREATE INDEX events_target_country_cover ON events(target_country, \(coveredColumns));
            CREATE INDEX events_place_country_cover ON events(place_country, \(coveredColumns));
            CREATE INDEX events_dyad_cover ON events(source_country, target_country, \(coveredColumns));
            """)
    }

    private static func createArticles(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY NOT NULL,          -- ArticleID: hash of the normalized body text
                origin TEXT NOT NULL,
                external_id TEXT,
                url TEXT,
                site TEXT,
                title TEXT,
                author TEXT,
                published INTEGER,                     -- CalendarDay.dayNumber
                language TEXT,
                text TEXT NOT NULL,
                ingested_at REAL NOT NULL              -- seconds since 1970 (UTC)
            );
            CREATE TABLE sentences (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                paragraph INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE mentions (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                kind TEXT NOT NULL,
                actor_code TEXT,
                actor_name TEXT,
                entity TEXT,
                agent TEXT,
                place_name TEXT,
                place_country TEXT,
                geonameid INTEGER,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE knowledge_flags (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                kind TEXT NOT NULL,
                message TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                evidence TEXT NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE VIRTUAL TABLE article_fts USING fts5(
                title, text, content='', tokenize='unicode61 remove_diacritics 2'
            );
            """)
    }

    private static func createEvents(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE events (
                id TEXT PRIMARY KEY NOT NULL,          -- Event.id
                source_code TEXT, source_name TEXT, source_entity TEXT, source_country TEXT,
                target_code TEXT, target_name TEXT, target_entity TEXT, target_country TEXT,
                code TEXT NOT NULL,
                root TEXT NOT NULL,
                quad_class INTEGER NOT NULL,
                goldstein REAL,
                plover TEXT,
                place_name TEXT, place_country TEXT, place_admin1 TEXT,
                lat REAL, lon REAL, geonameid INTEGER, place_precision TEXT,
                date INTEGER,                          -- CalendarDay.dayNumber of the first day
                date_end INTEGER,
                date_last INTEGER,                     -- date_end, or date: the last day covered
                date_precision TEXT,
                happened INTEGER NOT NULL,             -- asserted or claimed
                modality TEXT NOT NULL,                -- strongest modality among the mentions
                coder_version TEXT NOT NULL,
                first_seen REAL NOT NULL,
                first_article TEXT NOT NULL,
                num_mentions INTEGER NOT NULL DEFAULT 0,
                num_sources INTEGER NOT NULL DEFAULT 0,
                num_articles INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE event_mentions (
                event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                evidence_start INTEGER NOT NULL,
                evidence_end INTEGER NOT NULL,
                evidence TEXT NOT NULL,
                trigger_start INTEGER,
                trigger_end INTEGER,
                modality TEXT NOT NULL,
                modality_rank INTEGER NOT NULL,
                speakers TEXT NOT NULL,                -- JSON array of ActorRef
                fatalities_min INTEGER,
                fatalities_max INTEGER,
                confidence REAL NOT NULL,
                coder_version TEXT NOT NULL,
                lead INTEGER NOT NULL,                 -- evidence in the article's first paragraph
                PRIMARY KEY (event_id, article_id, evidence_start, evidence_end)
            ) WITHOUT ROWID;
            """)
    }

    private static func createIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX articles_published ON articles(published);
            CREATE INDEX articles_site ON articles(site);
            CREATE INDEX articles_language ON articles(language);
            CREATE INDEX event_mentions_article ON event_mentions(article_id);
            CREATE INDEX events_date ON events(date);
            CREATE INDEX events_date_last ON events(date_last);
            CREATE INDEX events_source ON events(source_code, date);
            CREATE INDEX events_target ON events(target_code, date);
            CREATE INDEX events_source_country ON events(source_country, date);
            CREATE INDEX events_target_country ON events(target_country, date);
            CREATE INDEX events_place_country ON events(place_country, date);
            CREATE INDEX events_code ON events(code, date);
            CREATE INDEX events_root ON events(root, date);
            CREATE INDEX events_quad ON events(quad_class, date);
            CREATE INDEX events_place_name ON events(place_name COLLATE NOCASE);
            CREATE INDEX events_geonameid ON events(geonameid);
            CREATE INDEX events_latlon ON events(lat, lon);
            CREATE INDEX events_modality ON events(modality, date);
            """)
    }
}
