import Foundation
import GRDB
import SitrepModel

/// Writes inside one open transaction, with cached prepared statements (the ingest hot path).
///
/// A new event is inserted with the counts of its first report (one mention, one article, one source). Events
/// that gain a further report are marked stale and recounted once, by `finish()`, before the transaction commits.
final class Writer {
    let db: Database
    let now: Double
    /// Events whose counts, modality or first article no longer match their reports.
    private(set) var stale = Set<String>()
    /// Encodes report speakers (one encoder for the whole transaction).
    private let encoder: JSONEncoder = {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return enc
    }()

    init(db: Database, now: Double) {
        self.db = db
        self.now = now
    }

    /// Stores the article, its annotations and its events; nothing when the article is already stored.
    /// Call `finish()` before the transaction ends.
    func save(_ doc: Document) throws -> SaveResult {
        let site = Self.site(of: doc)
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO articles (id, origin, external_id, url, site, title, author, published, language, text, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [doc.id, doc.origin, doc.externalID, doc.url, site, doc.title, doc.author,
                                     doc.published?.dayNumber, doc.language, doc.text, now])
        guard db.changesCount == 1 else { return SaveResult() }
        let rowid = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [rowid, Self.searchable(doc.title ?? ""), Self.searchable(doc.text)])
        try saveAnnotations(doc)
        var result = try insertEvents(doc.events, article: doc.id, lead: Self.leadTest(doc), coderVersion: nil)
        result.articlesInserted = 1
        return result
    }

    /// Recounts every stale event (once each, however many reports it gained in the transaction).
    func finish() throws {
        for id in stale { try recount(id) }
        stale.removeAll()
    }

    /// Deletes the article's reports, inserts the new events, recounts and drops events no article reports any more.
    func replaceEvents(articleID: String, events: [Event], coderVersion: String) throws -> SaveResult {
        guard let row = try Row.fetchOne(db, sql: "SELECT text FROM articles WHERE id = ?", arguments: [articleID]) else {
            throw StoreError.unknownArticle(id: articleID)
        }
        let text: String = row["text"]
        let old = try String.fetchAll(db, sql: "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?", arguments: [articleID])
        try db.execute(sql: "DELETE FROM event_mentions WHERE article_id = ?", arguments: [articleID])
        stale.formUnion(old)
        let paragraphEnd = text.utf8.firstIndex(of: 10).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? Int.max
        var relabelled = events
        for i in relabelled.indices { relabelled[i].article = articleID }
        var result = try insertEvents(relabelled, article: articleID, lead: { $0.start < paragraphEnd }, coderVersion: coderVersion)
        try finish()
        let fresh = Set(relabelled.map(\.id))
        for id in old where !fresh.contains(id) {
            try db.cachedStatement(sql: "DELETE FROM events WHERE id = ? AND num_mentions = 0").execute(arguments: [id])
            result.eventsRemoved += db.changesCount
        }
        return result
    }

    /// Sentences, entity mentions and knowledge flags of a new article (an article has dozens to hundreds).
    private func saveAnnotations(_ doc: Document) throws {
        try insertRows(into: "sentences", columns: ["article_id", "idx", "start", "\"end\"", "paragraph"], count: doc.sentences.count) { i in
            let s = doc.sentences[i]
            return [doc.id, i, s.span.start, s.span.end, s.paragraph]
        }
        try insertRows(into: "mentions", columns: ["article_id", "idx", "start", "\"end\"", "kind", "actor_code", "actor_name", "entity",
                                                   "agent", "place_name", "place_country", "geonameid"], count: doc.mentions.count) { i in
            let m = doc.mentions[i]
            return [doc.id, i, m.span.start, m.span.end, m.kind.rawValue, m.actor?.code, m.actor?.name,
                    m.actor?.entity, m.agent, m.place?.name, m.place?.country, m.place?.geonameid]
        }
        try insertRows(into: "knowledge_flags", columns: ["article_id", "idx", "kind", "message", "start", "\"end\"", "evidence"],
                       count: doc.flags.count) { i in
            let f = doc.flags[i]
            return [doc.id, i, f.kind, f.message, f.evidence.start, f.evidence.end, String(doc.text(f.evidence))]
        }
    }

    /// Rows per multi-row INSERT: few statement executions, and well under SQLite's 999-parameter floor.
    static let rowsPerInsert = 32

    /// Inserts `count` rows, `row(i)` giving row i's values in column order, `rowsPerInsert` rows per statement.
    private func insertRows(into table: String, columns: [String], count: Int, row: (Int) -> [DatabaseValueConvertible?]) throws {
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let head = "INSERT OR IGNORE INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        var start = 0
        while start < count {
            let n = min(Self.rowsPerInsert, count - start)
            var args: [DatabaseValueConvertible?] = []
            args.reserveCapacity(n * columns.count)
            for i in start..<start + n { args += row(i) }
            try db.cachedStatement(sql: head + Array(repeating: tuple, count: n).joined(separator: ", "))
                .execute(arguments: StatementArguments(args))
            start += n
        }
    }

    /// Inserts events (new ids only, counted as one report) and one report per (event, article, evidence);
    /// an event that already had a report and gains one becomes stale.
    private func insertEvents(_ events: [Event], article: String, lead: (Span) -> Bool, coderVersion: String?) throws -> SaveResult {
        var result = SaveResult()
        let insertEvent = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO events (id, source_code, source_name, source_entity, source_country,
                target_code, target_name, target_entity, target_country, code, root, quad_class, goldstein, plover,
                place_name, place_country, place_admin1, lat, lon, geonameid, place_precision,
                date, date_end, date_last, date_precision, happened, modality, coder_version, first_seen, first_article,
                num_mentions, num_sources, num_articles)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1)
            """)
        let insertMention = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_mentions (event_id, article_id, evidence_start, evidence_end, evidence,
                trigger_start, trigger_end, modality, modality_rank, speakers, fatalities_min, fatalities_max, confidence, coder_version, lead)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for e in events {
            let version = coderVersion ?? e.coderVersion
            try insertEvent.execute(arguments: Self.eventArguments(e, version: version, firstSeen: now, article: article))
            let isNew = db.changesCount == 1
            if isNew { result.eventsInserted += 1 } else if coderVersion != nil {
                try db.cachedStatement(sql: "UPDATE events SET coder_version = ? WHERE id = ?").execute(arguments: [version, e.id])
            }
            try insertMention.execute(arguments: [e.id, article, e.evidence.span.start, e.evidence.span.end, e.evidence.text,
                                                  e.evidence.trigger?.start, e.evidence.trigger?.end, e.modality.rawValue,
                                                  Self.rank(e.modality), json(e.speakers), e.fatalities?.min, e.fatalities?.max,
                                                  e.confidence, version, lead(e.evidence.span)])
            if db.changesCount == 1 {
                result.mentionsInserted += 1
                if !isNew { stale.insert(e.id) }
            }
        }
        return result
    }

    /// The events row of a new event, in the column order of the insert.
    static func eventArguments(_ e: Event, version: String, firstSeen: Double, article: String) -> StatementArguments {
        let p = e.place
        var args: [DatabaseValueConvertible?] = [e.id, e.source?.code, e.source?.name, e.source?.entity, e.source?.country,
                                                  e.target?.code, e.target?.name, e.target?.entity, e.target?.country]
        args += [e.code, e.root, e.quadClass, e.goldstein, e.plover]
        args += [p?.name, p?.country, p?.admin1, p?.lat, p?.lon, p?.geonameid, p?.precision.rawValue]
        args += [e.date?.dayNumber, e.dateEnd?.dayNumber, (e.dateEnd ?? e.date)?.dayNumber, e.datePrecision?.rawValue]
        args += [e.modality.happened, e.modality.rawValue, version, firstSeen, article]
        return StatementArguments(args)
    }

    /// Recomputes an event's GDELT counts, strongest modality and first article from its reports, in one read;
    /// the modality (indexed) is written only when it changes.
    func recount(_ id: String) throws {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
                   count(DISTINCT coalesce(a.site, a.id)) AS sources, min(m.modality_rank) AS rank,
                   (SELECT f.article_id FROM event_mentions f JOIN articles fa ON fa.id = f.article_id
                    WHERE f.event_id = ?1 ORDER BY fa.ingested_at, fa.rowid LIMIT 1) AS first
            FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?1
            """), arguments: [id])
        guard let row else { return }
        try db.cachedStatement(sql: """
            UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, first_article = coalesce(?, first_article)
            WHERE id = ?
            """).execute(arguments: [row["mentions"], row["articles"], row["sources"], row["first"], id])
        if let rank: Int = row["rank"], let strongest = Modality.allCases.first(where: { Self.rank($0) == rank }) {
            try db.cachedStatement(sql: "UPDATE events SET modality = ?1 WHERE id = ?2 AND modality <> ?1")
                .execute(arguments: [strongest.rawValue, id])
        }
    }

    static func rank(_ m: Modality) -> Int {
        switch m {
        case .asserted: return 0
        case .claimed: return 1
        case .predicted: return 2
        case .hypothetical: return 3
        case .negated: return 4
        }
    }

    func json(_ speakers: [ActorRef]) -> String {
        guard !speakers.isEmpty else { return "[]" }
        return (try? encoder.encode(speakers)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// A test for "evidence in the first paragraph": by sentence paragraph numbers, else by the first line break.
    static func leadTest(_ doc: Document) -> (Span) -> Bool {
        if !doc.sentences.isEmpty {
            let firstEnd = doc.sentences.filter { $0.paragraph == doc.sentences[0].paragraph }.map(\.span.end).max() ?? 0
            return { $0.start < firstEnd }
        }
        let u = doc.text.utf8
        let end = u.firstIndex(of: 10).map { u.distance(from: u.startIndex, to: $0) } ?? Int.max
        return { $0.start < end }
    }

    /// The article's site: given, or the URL's host without "www.".
    static func site(of doc: Document) -> String? {
        if let s = doc.site, !s.isEmpty { return s.lowercased() }
        guard let u = doc.url, let host = URL(string: u)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Text as FTS5 indexes it: ligatures unfolded (unicode61 folds é→e but not œ→oe).
    static func searchable(_ s: String) -> String {
        guard hasLigature(s) else { return s }
        return s.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "Oe")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "Ae")
    }

    /// Whether the text holds œ, Œ, æ or Æ (one pass over the UTF-8 bytes: C5 93, C5 92, C3 A6, C3 86).
    static func hasLigature(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if (previous == 0xC5 && (b == 0x93 || b == 0x92)) || (previous == 0xC3 && (b == 0xA6 || b == 0x86)) { return true }
            previous = b
        }
        return false
    }
}
