import Foundation
import GRDB
import SitrepModel

/// Where coded events live. SQLite now; PostgreSQL can implement the same protocol later.
public protocol EventStore: Sendable {
    /// Stores one article with its annotations and events in one transaction; re-saving it adds nothing.
    func save(_ doc: Document) throws -> SaveResult
    /// Stores many articles in one transaction (the ingest batch).
    func save(_ docs: [Document]) throws -> SaveResult
    /// Replaces the events an article reports, atomically (re-coding).
    func replaceEvents(articleID: String, events: [Event], coderVersion: String) throws -> SaveResult
    /// Stored articles (text and metadata, no annotations) published, or else ingested, on or after `since`.
    func articles(since: CalendarDay?) throws -> [Document]
    /// Whether an article id is stored.
    func containsArticle(id: String) throws -> Bool
    /// Events matching the filter, newest first, each with its reports and counts.
    func events(_ filter: EventFilter) throws -> [EventRecord]
    /// Knowledge-base contradictions flagged on stored articles (one article's, or all).
    func knowledgeFlags(article: String?) throws -> [StoredFlag]
    /// Article texts and metadata for analysis, optionally limited to a publication range.
    func articleSummaries(since: CalendarDay?, until: CalendarDay?) throws -> [ArticleSummary]
    /// Row counts.
    func stats() throws -> StoreStats
}

/// The embedded store: one SQLite file in WAL mode, opened through GRDB's `DatabasePool`.
public final class SQLiteEventStore: EventStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            // WAL + NORMAL: a committed transaction survives a process kill; a torn one is rolled back.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -32768")  // 32 MB of page cache per connection
            // Reads straight from the OS page cache, up to 2 GB of the file (SQLite's default ceiling).
            try db.execute(sql: "PRAGMA mmap_size = 2147418112")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Schema.migrator.migrate(pool)
        } catch let e as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: e.message ?? e.description)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    public func save(_ doc: Document) throws -> SaveResult {
        try save([doc])
    }

    public func save(_ docs: [Document]) throws -> SaveResult {
        let now = Date().timeIntervalSince1970
        return try write("save") { db in
            let writer = Writer(db: db, now: now)
            var total = SaveResult()
            for doc in docs { total = total + (try writer.save(doc)) }
            try writer.finish()
            return total
        }
    }

    public func replaceEvents(articleID: String, events: [Event], coderVersion: String) throws -> SaveResult {
        let now = Date().timeIntervalSince1970
        return try write("replace events") { db in
            try Writer(db: db, now: now).replaceEvents(articleID: articleID, events: events, coderVersion: coderVersion)
        }
    }

    public func containsArticle(id: String) throws -> Bool {
        try read("article lookup") { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)", arguments: [id]) ?? false
        }
    }

    public func articles(since: CalendarDay?) throws -> [Document] {
        try read("articles") { db in
            var sql = "SELECT * FROM articles"
            var args: StatementArguments = []
            if let since {
                sql += " WHERE coalesce(published, CAST(ingested_at / 86400 AS INTEGER)) >= ?"
                args = [since.dayNumber]
            }
            sql += " ORDER BY ingested_at, id"
            return try Row.fetchAll(db, sql: sql, arguments: args).map(Self.document(from:))
        }
    }

    /// One stored article (text and metadata), or nil.
    public func article(id: String) throws -> Document? {
        try read("article") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE id = ?", arguments: [id]).map(Self.document(from:))
        }
    }

    static func document(from row: Row) -> Document {
        var d = Document(id: row["id"], origin: row["origin"], externalID: row["external_id"], url: row["url"],
                         title: row["title"], author: row["author"], site: row["site"],
                         published: (row["published"] as Int?).map(CalendarDay.init(dayNumber:)),
                         language: row["language"], text: row["text"])
        d.languageConfidence = nil
        return d
    }

    public func knowledgeFlags(article: String? = nil) throws -> [StoredFlag] {
        try read("knowledge flags") { db in
            var sql = "SELECT f.*, a.title FROM knowledge_flags f JOIN articles a ON a.id = f.article_id"
            var args: StatementArguments = []
            if let article { sql += " WHERE f.article_id = ?"; args = [article] }
            sql += " ORDER BY a.ingested_at, f.article_id, f.idx"
            return try Row.fetchAll(db, sql: sql, arguments: args).map { r in
                StoredFlag(article: r["article_id"], title: r["title"],
                           flag: KnowledgeFlag(kind: r["kind"], message: r["message"], evidence: Span(r["start"], r["end"])),
                           evidence: r["evidence"])
            }
        }
    }

    public func articleSummaries(since: CalendarDay? = nil, until: CalendarDay? = nil) throws -> [ArticleSummary] {
        try read("articles") { db in
            var conds: [String] = []
            var args: [DatabaseValueConvertible?] = []
            if let since { conds.append("published >= ?"); args.append(since.dayNumber) }
            if let until { conds.append("published <= ?"); args.append(until.dayNumber) }
            let sql = "SELECT id, url, site, title, published, language, text FROM articles"
                + (conds.isEmpty ? "" : " WHERE " + conds.joined(separator: " AND ")) + " ORDER BY ingested_at, id"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { r in
                ArticleSummary(id: r["id"], url: r["url"], site: r["site"], title: r["title"],
                               published: (r["published"] as Int?).map(CalendarDay.init(dayNumber:)),
                               language: r["language"], text: r["text"])
            }
        }
    }

    public func stats() throws -> StoreStats {
        try read("stats") { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return StoreStats(articles: try count("articles"), events: try count("events"),
                              mentions: try count("event_mentions"), flags: try count("knowledge_flags"))
        }
    }

    /// Copies the whole database to a new file at `path` (a consistent snapshot, checkpointed) and opens the copy.
    public func backup(to path: String) throws -> SQLiteEventStore {
        let copy = try SQLiteEventStore(path: path)
        do {
            try pool.backup(to: copy.pool)
            // The copy arrived through its write-ahead log: move it into the file now, not on the next write.
            _ = try copy.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        } catch let e as DatabaseError {
            throw StoreError.database(operation: "backup", reason: e.message ?? e.description)
        }
        return copy
    }

    /// Updates the query planner's statistics (worth running after a large ingest).
    public func optimize() throws {
        try write("optimize") { db in try db.execute(sql: "ANALYZE") }
    }

    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch let e as StoreError { throw e } catch let e as DatabaseError {
            throw StoreError.database(operation: operation, reason: e.message ?? e.description)
        }
    }

    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let e as StoreError { throw e } catch let e as DatabaseError {
            throw StoreError.database(operation: operation, reason: e.message ?? e.description)
        }
    }
}
